//! Paging (being written).
