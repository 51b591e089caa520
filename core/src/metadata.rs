//! Server metadata client (placeholder, being written).
