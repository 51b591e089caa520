//! Checks on arguments, run before a request is built.

use crate::Error;

/// IDs are positive (the API's own bound) and at most 2^53 - 1 (exact in JavaScript numbers).
pub(crate) fn id(name: &str, value: i64) -> Result<(), Error> {
    if (1..=9_007_199_254_740_991).contains(&value) {
        Ok(())
    } else {
        Err(Error::invalid_input(
            name,
            format!("must be an ID from 1 to 2^53-1, got {value}"),
        ))
    }
}

/// A path segment given as text (a zone name, an RRSet name) must not be empty.
pub(crate) fn segment(name: &str, value: &str) -> Result<(), Error> {
    if value.is_empty() {
        Err(Error::invalid_input(name, "must not be empty"))
    } else {
        Ok(())
    }
}

/// `page` starts at 1.
pub(crate) fn page(value: i64) -> Result<(), Error> {
    if value >= 1 {
        Ok(())
    } else {
        Err(Error::invalid_input(
            "page",
            format!("must be 1 or more, got {value}"),
        ))
    }
}

/// `per_page` is 1 to the operation's maximum (50 for most, as the API documents).
pub(crate) fn per_page(value: i64, max: i64) -> Result<(), Error> {
    if (1..=max).contains(&value) {
        Ok(())
    } else {
        Err(Error::invalid_input(
            "per_page",
            format!("must be 1 to {max}, got {value}"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds() {
        assert!(id("id", 1).is_ok());
        assert!(id("id", 0).is_err());
        assert!(id("id", 9_007_199_254_740_992).is_err());
        assert!(segment("rr_name", "").is_err());
        assert!(per_page(50, 50).is_ok());
        assert!(per_page(51, 50).is_err());
        assert!(per_page(100, 100).is_ok());
        assert!(page(0).is_err());
    }
}
