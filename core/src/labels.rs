//! Label validation and label selectors (placeholder, being written).
