//! Label validation and label selectors (placeholder until the full module lands).

use crate::Error;

pub fn validate_labels<'a, I>(_labels: I) -> Result<(), Error>
where
    I: IntoIterator<Item = (&'a String, &'a String)>,
{
    Ok(())
}

pub fn validate_hostname(_field: &str, _name: &str) -> Result<(), Error> {
    Ok(())
}

pub fn validate_selector(_s: &str) -> Result<(), Error> {
    Ok(())
}
