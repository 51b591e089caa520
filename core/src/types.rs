//! Small value types the generated models are built from.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A point in time as the API reports it (RFC 3339, converted to UTC).
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// An exact decimal number as the API sends it (prices): kept as its string so nothing is lost
/// to binary floating point.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Decimal(String);

impl Decimal {
    /// The decimal as the API wrote it, e.g. `"1.0000000000"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Decimal {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s.strip_prefix('-').unwrap_or(s);
        let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
        let ok = !int.is_empty()
            && !frac.is_empty()
            && int.bytes().all(|b| b.is_ascii_digit())
            && frac.bytes().all(|b| b.is_ascii_digit());
        if ok {
            Ok(Decimal(s.to_owned()))
        } else {
            Err(crate::Error::invalid_input(
                "decimal",
                format!("`{s}` is not a decimal number such as `1.50`"),
            ))
        }
    }
}

/// A reference to a resource by its numeric ID or by its name.
///
/// Converting from a string that holds only digits gives an [`IdOrName::Id`], the way the API
/// and the official tools read such references.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IdOrName {
    Id(i64),
    Name(String),
}

impl From<i64> for IdOrName {
    fn from(id: i64) -> Self {
        IdOrName::Id(id)
    }
}

impl From<&str> for IdOrName {
    fn from(s: &str) -> Self {
        match s.parse::<i64>() {
            Ok(id) if !s.starts_with('+') && !s.starts_with('-') => IdOrName::Id(id),
            _ => IdOrName::Name(s.to_owned()),
        }
    }
}

impl From<String> for IdOrName {
    fn from(s: String) -> Self {
        IdOrName::from(s.as_str())
    }
}

impl From<&String> for IdOrName {
    fn from(s: &String) -> Self {
        IdOrName::from(s.as_str())
    }
}

impl fmt::Display for IdOrName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdOrName::Id(id) => write!(f, "{id}"),
            IdOrName::Name(name) => f.write_str(name),
        }
    }
}

/// Declares a string enum that keeps values it does not know in `Unrecognized`, so a new value
/// introduced by the API never breaks decoding.
#[macro_export]
#[doc(hidden)]
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $value:literal ),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the client does not know yet, kept as sent. (Not named
            /// `Unknown` or `Other`: API enums have documented values `unknown` and `other`.)
            Unrecognized(String),
        }

        impl $name {
            /// Every value known to this version of the client.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),*];

            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $value, )*
                    $name::Unrecognized(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $( $value => $name::$variant, )*
                    other => $name::Unrecognized(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name::from(s.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok($name::from(s))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                Ok($name::from(&*s))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    string_enum!(Color { Red = "red", DarkBlue = "dark_blue" });

    #[test]
    fn string_enum_lists_known_values() {
        assert_eq!(Color::KNOWN, &[Color::Red, Color::DarkBlue]);
    }

    #[test]
    fn string_enum_keeps_unknown_values() {
        let c: Vec<Color> = serde_json::from_str(r#"["red","dark_blue","green"]"#).unwrap();
        assert_eq!(
            c,
            vec![
                Color::Red,
                Color::DarkBlue,
                Color::Unrecognized("green".into())
            ]
        );
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"["red","dark_blue","green"]"#
        );
    }

    #[test]
    fn id_or_name_reads_digits_as_id() {
        assert_eq!(IdOrName::from("42"), IdOrName::Id(42));
        assert_eq!(IdOrName::from("web-1"), IdOrName::Name("web-1".into()));
        assert_eq!(IdOrName::from("-1"), IdOrName::Name("-1".into()));
    }

    #[test]
    fn decimal_keeps_exact_text() {
        let d: Decimal = serde_json::from_str(r#""1.0000000000""#).unwrap();
        assert_eq!(d.as_str(), "1.0000000000");
        assert!("1.5".parse::<Decimal>().is_ok());
        assert!("1.5e3".parse::<Decimal>().is_err());
        assert!(".5".parse::<Decimal>().is_err());
    }
}
