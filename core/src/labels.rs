//! Client-side checks for labels, hostnames and label selectors, following the API reference.
//!
//! Checking before sending turns a round trip ending in `invalid_input` into an immediate error
//! that names the bad part, and [`Selector::matches`] gives local code (tests, emulators) the
//! same selection semantics as the API.

use crate::Error;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// Longest key name, value or DNS label.
const MAX_NAME: usize = 63;
/// Longest key prefix or hostname (a DNS subdomain).
const MAX_DNS: usize = 253;
/// Reserved by the API. DNS names are case-insensitive, so `Hetzner.Cloud/` is reserved too.
const RESERVED_PREFIX: &str = "hetzner.cloud";
/// Selector errors name the query parameter.
const SELECTOR_FIELD: &str = "label_selector";
const NAME_RULE: &str =
    "at most 63 letters, digits, `-`, `_`, `.`, beginning and ending alphanumeric";

/// What is wrong with `s` as 1 to `MAX_NAME` alphanumerics and `extra` characters beginning and
/// ending alphanumeric (a key name, a non-empty value, a DNS label), if anything.
fn segment_problem(s: &str, extra: &str) -> Option<String> {
    let alnum = |c: char| c.is_ascii_alphanumeric();
    let len = s.chars().count();
    let bad = s.chars().find(|&c| !alnum(c) && !extra.contains(c));
    Some(if s.is_empty() {
        "is empty".into()
    } else if len > MAX_NAME {
        format!("is {len} characters long (at most {MAX_NAME})")
    } else if let Some(c) = bad {
        format!("contains `{c}`, which is not an ASCII letter, digit or one of `{extra}`")
    } else if !s.starts_with(alnum) || !s.ends_with(alnum) {
        "must begin and end with a letter or digit".into()
    } else {
        return None;
    })
}

/// What is wrong with a DNS subdomain or hostname (RFC 1123), if anything.
///
/// Upper case is accepted, unlike in Kubernetes: DNS names are case-insensitive (RFC 4343), the
/// API reference spells its alphabet `[a-z0-9A-Z]`, and the official Go client accepts upper
/// case in prefixes. Refusing here what the server may accept would block valid labels, while
/// accepting too much only defers the error to the server.
fn dns_problem(s: &str) -> Option<String> {
    let len = s.chars().count();
    if s.is_empty() {
        Some("is empty".into())
    } else if len > MAX_DNS {
        Some(format!("is {len} characters long (at most {MAX_DNS})"))
    } else {
        s.split('.').find_map(|label| {
            let why = segment_problem(label, "-")?;
            Some(format!("has a DNS label `{label}` that {why}"))
        })
    }
}

/// What is wrong with the syntax of a key, if anything. The reserved prefix is not checked:
/// selectors may read labels that only the API may set.
fn key_syntax_problem(key: &str) -> Option<String> {
    let (prefix, name) = match key.split_once('/') {
        Some((_, name)) if name.contains('/') => {
            return Some("has more than one `/`; a key is `name` or `prefix/name`".into())
        }
        Some((prefix, name)) => (Some(prefix), name),
        None => (None, key),
    };
    if let Some(prefix) = prefix {
        if let Some(why) = dns_problem(prefix) {
            let hint = "a prefix is a DNS subdomain such as `example.com`";
            return Some(format!("has a prefix `{prefix}` that {why}; {hint}"));
        }
    }
    let why = segment_problem(name, "-_.")?;
    Some(match prefix {
        Some(_) => format!("has a name `{name}` that {why}; a name is {NAME_RULE}"),
        None => format!("{why}; a key name is {NAME_RULE}"),
    })
}

fn key_problem(key: &str) -> Option<String> {
    key_syntax_problem(key).or_else(|| {
        let (prefix, _) = key.split_once('/')?;
        let reserved = prefix.eq_ignore_ascii_case(RESERVED_PREFIX);
        reserved.then(|| format!("uses the prefix `{prefix}/`, which is reserved by Hetzner"))
    })
}

fn value_problem(value: &str) -> Option<String> {
    if value.is_empty() {
        return None; // an empty value is valid, though a name is not
    }
    let why = segment_problem(value, "-_.")?;
    Some(format!("{why}; a value is empty or {NAME_RULE}"))
}

fn label_error(key: &str, message: String) -> Error {
    Error::invalid_input(format!("labels[\"{key}\"]"), message)
}

/// Checks a label key: an optional DNS-subdomain prefix and `/`, then a name of at most 63
/// letters, digits, `-`, `_` and `.` that begins and ends alphanumeric. The `hetzner.cloud/`
/// prefix is reserved.
pub fn validate_key(key: &str) -> Result<(), Error> {
    match key_problem(key) {
        Some(why) => Err(label_error(key, format!("label key `{key}` {why}"))),
        None => Ok(()),
    }
}

/// Checks the value of the label `key`: empty, or at most 63 letters, digits, `-`, `_` and `.`
/// that begins and ends alphanumeric.
pub fn validate_value(key: &str, value: &str) -> Result<(), Error> {
    match value_problem(value) {
        Some(why) => Err(label_error(key, format!("label value `{value}` {why}"))),
        None => Ok(()),
    }
}

/// Checks every key and value of a label map (`&BTreeMap` or `&HashMap`), returning the first
/// problem found.
pub fn validate_labels<'a, I>(labels: I) -> Result<(), Error>
where
    I: IntoIterator<Item = (&'a String, &'a String)>,
{
    labels.into_iter().try_for_each(|(key, value)| {
        validate_key(key)?;
        validate_value(key, value)
    })
}

/// Checks that `name` is a hostname per RFC 1123 (dot-separated labels of 1 to 63 letters of
/// either case, digits and `-`, not beginning or ending with `-`, at most 253 in total), as
/// Server names must be. `field` names the argument in the error.
pub fn validate_hostname(field: &str, name: &str) -> Result<(), Error> {
    let why = dns_problem(name).map(|why| format!("`{name}` is not a valid hostname: it {why}"));
    why.map_or(Ok(()), |why| Err(Error::invalid_input(field, why)))
}

/// One condition of a [`Selector`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// `key=value`: the label is present with this value.
    Equals {
        /// The label key.
        key: String,
        /// The required value.
        value: String,
    },
    /// `key!=value`: the label is absent or has another value.
    NotEquals {
        /// The label key.
        key: String,
        /// The excluded value.
        value: String,
    },
    /// `key`: the label is present, with any value.
    Exists {
        /// The label key.
        key: String,
    },
    /// `!key`: the label is absent.
    NotExists {
        /// The label key.
        key: String,
    },
    /// `key in (v1,v2)`: the label is present with one of these values.
    In {
        /// The label key.
        key: String,
        /// The allowed values.
        values: Vec<String>,
    },
    /// `key notin (v1,v2)`: the label is absent or has none of these values.
    NotIn {
        /// The label key.
        key: String,
        /// The excluded values.
        values: Vec<String>,
    },
}

impl Requirement {
    /// The label key this requirement is about.
    pub fn key(&self) -> &str {
        use Requirement::*;
        match self {
            Equals { key, .. } | NotEquals { key, .. } | Exists { key } | NotExists { key } => key,
            In { key, .. } | NotIn { key, .. } => key,
        }
    }

    /// Whether `labels` satisfy this requirement. As in Kubernetes, `!=` and `notin` also
    /// match when the key is absent.
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        let found = labels.get(self.key());
        match self {
            Requirement::Equals { value, .. } => found == Some(value),
            Requirement::NotEquals { value, .. } => found != Some(value),
            Requirement::Exists { .. } => found.is_some(),
            Requirement::NotExists { .. } => found.is_none(),
            Requirement::In { values, .. } => found.is_some_and(|v| values.contains(v)),
            Requirement::NotIn { values, .. } => found.is_none_or(|v| !values.contains(v)),
        }
    }

    /// What is wrong with this requirement, if anything. Reserved prefixes are allowed (reading
    /// labels is not setting them). Empty values are refused because the text form cannot carry
    /// them: the documented syntax has no quoting, and `k==` must be an error.
    fn problem(&self) -> Option<String> {
        let key = self.key();
        if let Some(why) = key_syntax_problem(key) {
            return Some(format!("label key `{key}` {why}"));
        }
        let values = match self {
            Requirement::Equals { value, .. } | Requirement::NotEquals { value, .. } => {
                std::slice::from_ref(value)
            }
            Requirement::In { values, .. } | Requirement::NotIn { values, .. } => values,
            Requirement::Exists { .. } | Requirement::NotExists { .. } => return None,
        };
        if values.is_empty() {
            return Some(format!("`{self}` needs at least one value"));
        }
        values.iter().find_map(|v| match value_problem(v) {
            _ if v.is_empty() => Some(format!(
                "`{self}` has an empty value; use `{key}` or `!{key}`"
            )),
            why => why.map(|why| format!("label value `{v}` in `{self}` {why}")),
        })
    }
}

impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Requirement::Equals { key, value } => write!(f, "{key}={value}"),
            Requirement::NotEquals { key, value } => write!(f, "{key}!={value}"),
            Requirement::Exists { key } => f.write_str(key),
            Requirement::NotExists { key } => write!(f, "!{key}"),
            Requirement::In { key, values } => write!(f, "{key} in ({})", values.join(",")),
            Requirement::NotIn { key, values } => write!(f, "{key} notin ({})", values.join(",")),
        }
    }
}

/// A label selector: requirements that must all hold (the `label_selector` query parameter).
///
/// Parse one from text, or build one and render its canonical text:
///
/// ```
/// use hetzcloud::labels::Selector;
/// use std::collections::BTreeMap;
///
/// let text = Selector::new().eq("env", "production").not_in("type", ["database"]).build()?;
/// assert_eq!(text, "env=production,type notin (database)");
///
/// let parsed: Selector = " env == production , type notin ( database ) ".parse()?;
/// assert_eq!(parsed.to_string(), text);
///
/// let labels = BTreeMap::from([("env".to_owned(), "production".to_owned())]);
/// assert!(parsed.matches(&labels));
/// # Ok::<(), hetzcloud::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selector {
    requirements: Vec<Requirement>,
}

impl Selector {
    /// An empty selector, to add requirements to.
    pub fn new() -> Selector {
        Selector::default()
    }

    /// Parses and checks selector text. Whitespace around tokens is allowed, `=` and `==` are
    /// the same, keys must be valid label keys and values valid non-empty label values.
    pub fn parse(s: &str) -> Result<Selector, Error> {
        Parser { src: s, pos: 0 }.selector()
    }

    /// Adds `key=value`.
    pub fn eq(self, key: impl Into<String>, value: impl Into<String>) -> Selector {
        let (key, value) = (key.into(), value.into());
        self.with(Requirement::Equals { key, value })
    }

    /// Adds `key!=value`.
    pub fn ne(self, key: impl Into<String>, value: impl Into<String>) -> Selector {
        let (key, value) = (key.into(), value.into());
        self.with(Requirement::NotEquals { key, value })
    }

    /// Adds `key` (the label is present).
    pub fn exists(self, key: impl Into<String>) -> Selector {
        let key = key.into();
        self.with(Requirement::Exists { key })
    }

    /// Adds `!key` (the label is absent).
    pub fn not_exists(self, key: impl Into<String>) -> Selector {
        let key = key.into();
        self.with(Requirement::NotExists { key })
    }

    /// Adds `key in (values)`.
    pub fn is_in<V: Into<String>>(
        self,
        key: impl Into<String>,
        values: impl IntoIterator<Item = V>,
    ) -> Selector {
        let (key, values) = (key.into(), values.into_iter().map(Into::into).collect());
        self.with(Requirement::In { key, values })
    }

    /// Adds `key notin (values)`.
    pub fn not_in<V: Into<String>>(
        self,
        key: impl Into<String>,
        values: impl IntoIterator<Item = V>,
    ) -> Selector {
        let (key, values) = (key.into(), values.into_iter().map(Into::into).collect());
        self.with(Requirement::NotIn { key, values })
    }

    fn with(mut self, requirement: Requirement) -> Selector {
        self.requirements.push(requirement);
        self
    }

    /// Checks every requirement and renders the canonical text, which [`Selector::parse`]
    /// reads back to an equal selector.
    pub fn build(&self) -> Result<String, Error> {
        let problem = match self.requirements.is_empty() {
            true => Some("the selector has no requirements; add one, e.g. `env=prod`".into()),
            false => self.requirements.iter().find_map(Requirement::problem),
        };
        match problem {
            Some(why) => Err(Error::invalid_input(SELECTOR_FIELD, why)),
            None => Ok(self.to_string()),
        }
    }

    /// The requirements, in order.
    pub fn requirements(&self) -> &[Requirement] {
        &self.requirements
    }

    /// Whether `labels` satisfy every requirement (an empty selector matches everything).
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        self.requirements.iter().all(|r| r.matches(labels))
    }
}

/// Renders the canonical text without checking it; use [`Selector::build`] to check.
impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, requirement) in self.requirements.iter().enumerate() {
            write!(f, "{}{requirement}", if i > 0 { "," } else { "" })?;
        }
        Ok(())
    }
}

impl FromStr for Selector {
    type Err = Error;

    fn from_str(s: &str) -> Result<Selector, Error> {
        Selector::parse(s)
    }
}

/// Checks selector text without keeping the parsed [`Selector`].
pub fn validate_selector(s: &str) -> Result<(), Error> {
    Selector::parse(s).map(drop)
}

const OPERATORS: &str = "`=`, `==`, `!=`, `in`, `notin`, `,` or the end";

/// A recursive-descent parser; `pos` is a byte offset into `src` that only ever advances by
/// whole characters, so slicing at it cannot panic.
struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn skip_ws(&mut self) {
        let rest = &self.src[self.pos..];
        self.pos += rest.len() - rest.trim_start().len();
    }

    /// Skips whitespace, then consumes `c` if it comes next.
    fn eat(&mut self, c: char) -> bool {
        self.skip_ws();
        let found = self.peek() == Some(c);
        if found {
            self.pos += c.len_utf8();
        }
        found
    }

    /// A run of anything but whitespace and the grammar's punctuation. It is wider than the
    /// key alphabet so that a bad key is quoted whole (`a@b`), not cut at the bad character.
    fn word(&mut self) -> &'a str {
        let rest = &self.src[self.pos..];
        let end = rest
            .find(|c: char| c.is_whitespace() || ",()=!".contains(c))
            .unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }

    /// An error at byte offset `at`, reported as a 1-based character column.
    fn fail<T>(&self, at: usize, message: impl fmt::Display) -> Result<T, Error> {
        let column = self.src.get(..at).map_or(0, |s| s.chars().count()) + 1;
        let message = format!("{message} (at column {column} of `{}`)", self.src);
        Err(Error::invalid_input(SELECTOR_FIELD, message))
    }

    /// An error at the current position, quoting what stands there instead of `what`.
    fn expected<T>(&self, what: &str) -> Result<T, Error> {
        match self.peek() {
            Some(c) => self.fail(self.pos, format_args!("expected {what}, found `{c}`")),
            None => self.fail(self.pos, format_args!("expected {what}, found the end")),
        }
    }

    fn selector(mut self) -> Result<Selector, Error> {
        if self.src.trim().is_empty() {
            let message = format!(
                "the selector `{}` is empty; write e.g. `env=prod`",
                self.src
            );
            return Err(Error::invalid_input(SELECTOR_FIELD, message));
        }
        let mut requirements = vec![self.requirement("at the start")?];
        while self.eat(',') {
            requirements.push(self.requirement("after `,`")?);
        }
        match self.peek() {
            None => Ok(Selector { requirements }),
            Some(_) => self.expected("`,` or the end after a requirement"),
        }
    }

    /// A key or value (`what`), checked by `problem`.
    fn token(
        &mut self,
        what: &str,
        after: &str,
        problem: fn(&str) -> Option<String>,
    ) -> Result<String, Error> {
        self.skip_ws();
        let at = self.pos;
        match self.word() {
            "" => self.expected(&format!("a {what} {after}")),
            token => match problem(token) {
                Some(why) => self.fail(at, format_args!("{what} `{token}` {why}")),
                None => Ok(token.to_owned()),
            },
        }
    }

    /// A value is never empty here: see [`Requirement::problem`].
    fn value(&mut self, after: &str) -> Result<String, Error> {
        self.token("label value", &format!("after `{after}`"), value_problem)
    }

    fn requirement(&mut self, after: &str) -> Result<Requirement, Error> {
        if self.eat('!') {
            let key = self.token("label key", "after `!`", key_syntax_problem)?;
            return Ok(Requirement::NotExists { key });
        }
        let key = self.token("label key", after, key_syntax_problem)?;
        self.skip_ws();
        // `!=` and `==` are single tokens: `k! =v` is refused, `k = v` is not.
        let rest = &self.src[self.pos..];
        if let Some(op) = ["==", "!=", "="]
            .into_iter()
            .find(|op| rest.starts_with(op))
        {
            self.pos += op.len();
            let value = self.value(&format!("{key}{op}"))?;
            return Ok(match op {
                "!=" => Requirement::NotEquals { key, value },
                _ => Requirement::Equals { key, value },
            });
        }
        let at = self.pos;
        match self.word() {
            "in" => Ok(Requirement::In {
                values: self.set(&key, "in")?,
                key,
            }),
            "notin" => Ok(Requirement::NotIn {
                values: self.set(&key, "notin")?,
                key,
            }),
            "" if matches!(self.peek(), None | Some(',')) => Ok(Requirement::Exists { key }),
            "" => self.expected(&format!("{OPERATORS} after key `{key}`")),
            word => {
                let message = format!("expected {OPERATORS} after key `{key}`, found `{word}`");
                self.fail(at, message)
            }
        }
    }

    /// `( v1 , v2 , ... )` with at least one value.
    fn set(&mut self, key: &str, op: &str) -> Result<Vec<String>, Error> {
        self.skip_ws();
        let open = self.pos;
        if !self.eat('(') {
            return self.expected(&format!("`(` after `{key} {op}`"));
        }
        let mut values = vec![self.value(&format!("{key} {op} ("))?];
        loop {
            if self.eat(')') {
                return Ok(values);
            }
            if !self.eat(',') {
                return match self.peek() {
                    None => self.fail(open, format_args!("unclosed `(` after `{key} {op}`")),
                    Some(_) => self.expected(&format!("`,` or `)` in the values of `{key}`")),
                };
            }
            let last = values.last().map_or("", String::as_str);
            let value = self.value(&format!("{last},"))?;
            values.push(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Checks that every `valid` input passes and every `(input, expected)` fails with an
    /// error naming `field(input)` whose message quotes the input and contains `expected`.
    fn check<T: fmt::Debug>(
        valid: &[&str],
        invalid: &[(&str, &str)],
        field: impl Fn(&str) -> String,
        run: impl Fn(&str) -> Result<T, Error>,
    ) {
        for input in valid {
            assert!(
                run(input).is_ok(),
                "{input:?} should be valid: {:?}",
                run(input)
            );
        }
        for &(input, expected) in invalid {
            match run(input) {
                Err(Error::InvalidInput { field: f, message }) => {
                    assert_eq!(f, field(input), "{input:?}");
                    assert!(
                        message.contains(&format!("`{input}`")),
                        "{input:?}: {message}"
                    );
                    assert!(message.contains(expected), "{input:?}: {message}");
                }
                other => panic!("{input:?}: expected {expected:?}, got {other:?}"),
            }
        }
    }

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// A valid DNS subdomain of exactly `len` characters (labels of up to 63).
    fn dns_name(len: usize) -> String {
        let mut s = "a".repeat(len.min(MAX_NAME));
        while s.len() < len {
            s += &format!(".{}", "b".repeat((len - s.len() - 1).clamp(1, MAX_NAME)));
        }
        s
    }

    fn selector_field(_: &str) -> String {
        SELECTOR_FIELD.into()
    }

    #[test]
    fn documented_label_example_is_valid() {
        let labels = map(&[
            ("environment", "development"),
            ("service", "backend"),
            ("example.com/my", "label"),
            ("just-a-key", ""),
        ]);
        assert!(validate_labels(&labels).is_ok());
        let hashed: HashMap<String, String> = labels.into_iter().collect();
        assert!(validate_labels(&hashed).is_ok());
    }

    #[test]
    fn keys() {
        let n63 = format!("a{}z", "-_.".repeat(20) + "9");
        let lens = (n63.len(), dns_name(253).len(), dns_name(254).len());
        assert_eq!(lens, (63, 253, 254));
        let (n64, p253) = (format!("{n63}b"), format!("{}/x", dns_name(253)));
        let a64 = "a".repeat(64);
        let (p254, l64) = (format!("{}/x", dns_name(254)), format!("{a64}.com/a"));
        let l64_why = format!("DNS label `{a64}` that is 64 characters long");
        #[rustfmt::skip]
        let valid = [
            "a", "A9", "a.b_c-d", &n63, "example.com/my", "Example.COM/x", &p253,
            "sub.hetzner.cloud/x", "hetzner.cloudy/x",
        ];
        #[rustfmt::skip]
        let invalid = [
            ("", "is empty"),
            (&n64, "is 64 characters long"),
            (&p254, "is 254 characters long (at most 253); a prefix is a DNS subdomain"),
            (&l64, &l64_why),
            ("example.com/", "has a name `` that is empty"),
            ("/name", "has a prefix `` that is empty"),
            ("a/b/c", "has more than one `/`"),
            ("a b", "contains ` `"),
            ("é", "contains `é`"),
            ("-a", "must begin and end"),
            ("a_", "must begin and end"),
            (".a", "must begin and end"),
            ("ex_ample.com/a", "DNS label `ex_ample` that contains `_`"),
            ("-ex.com/a", "DNS label `-ex` that must begin and end"),
            ("ex..com/a", "DNS label `` that is empty"),
            ("hetzner.cloud/x", "`hetzner.cloud/`, which is reserved"),
            ("Hetzner.Cloud/x", "`Hetzner.Cloud/`, which is reserved"),
        ];
        let field = |k: &str| format!("labels[\"{k}\"]");
        check(&valid, &invalid, field, validate_key);
    }

    #[test]
    fn values() {
        let (v63, v64) = ("v".repeat(63), "v".repeat(64));
        let invalid = [
            (v64.as_str(), "is 64 characters long"),
            ("-a", "must begin and end"),
            ("a.", "must begin and end"),
            ("_", "must begin and end"),
            ("a b", "contains ` `"),
            ("a/b", "contains `/`"),
        ];
        let valid = ["", "a", "1.2.3", "a-b_c.D", &v63];
        let field = |_: &str| r#"labels["env"]"#.to_owned();
        check(&valid, &invalid, field, |v| validate_value("env", v));
    }

    #[test]
    fn validate_labels_names_the_first_bad_entry() {
        let labels = map(&[("a", "1"), ("bad", "-x"), ("hetzner.cloud/x", "1")]);
        let err = validate_labels(&labels).map_err(|e| e.to_string());
        let expected = r#"invalid input in `labels["bad"]`: label value `-x` must begin and end"#;
        assert!(
            err.as_ref().is_err_and(|e| e.starts_with(expected)),
            "{err:?}"
        );
        let err = validate_labels(&map(&[("hetzner.cloud/x", "1")]));
        assert!(err.is_err_and(|e| e.to_string().contains(r#"`labels["hetzner.cloud/x"]`"#)));
    }

    #[test]
    fn hostnames() {
        let (h63, h64, d253, d254) = ("h".repeat(63), "h".repeat(64), dns_name(253), dns_name(254));
        let valid = ["web", "web-1", "1web", "Web-1.Example.com", &h63, &d253];
        let invalid = [
            ("", "it is empty"),
            (&h64, "is 64 characters long"),
            (&d254, "is 254 characters long"),
            ("-web", "must begin and end"),
            ("web-", "must begin and end"),
            ("web_1", "contains `_`"),
            ("web 1", "contains ` `"),
            ("a..b", "DNS label `` that is empty"),
            ("web.", "DNS label `` that is empty"),
        ];
        check(
            &valid,
            &invalid,
            |_| "name".into(),
            |n| validate_hostname("name", n),
        );
    }

    #[test]
    fn parses_every_documented_form() {
        let vs = ["v1", "v2", "v3"];
        let cases = [
            ("k==v", Selector::new().eq("k", "v")),
            ("k=v", Selector::new().eq("k", "v")),
            ("k!=v", Selector::new().ne("k", "v")),
            ("k", Selector::new().exists("k")),
            ("!k", Selector::new().not_exists("k")),
            ("k in (v1,v2,v3)", Selector::new().is_in("k", vs)),
            ("k notin (v1,v2,v3)", Selector::new().not_in("k", vs)),
            ("k1==v,!k2", Selector::new().eq("k1", "v").not_exists("k2")),
        ];
        for (text, expected) in cases {
            assert_eq!(Selector::parse(text).ok(), Some(expected), "{text}");
        }
        let parsed = Selector::parse("k in (a)").map(|s| s.requirements().to_vec());
        let expected = Requirement::In {
            key: "k".into(),
            values: vec!["a".into()],
        };
        assert_eq!(parsed.ok(), Some(vec![expected]));
    }

    #[test]
    fn round_trips_through_canonical_text() {
        #[rustfmt::skip]
        let cases = [
            ("env=production,type!=database", "env=production,type!=database"),
            ("env in (testing,staging)", "env in (testing,staging)"),
            ("!type", "!type"),
            ("k==v", "k=v"),
            ("example.com/a=b , hetzner.cloud/x", "example.com/a=b,hetzner.cloud/x"),
        ];
        for (text, canonical) in cases {
            let selector: Selector = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(selector.to_string(), canonical);
            assert_eq!(selector.build().ok().as_deref(), Some(canonical));
            assert_eq!(Selector::parse(canonical).ok(), Some(selector));
            assert!(validate_selector(text).is_ok());
        }
    }

    #[test]
    fn whitespace_is_tolerated_around_tokens() {
        let canonical = "a=1,b!=2,c,!d,e in (x,y),f notin (z)";
        for text in [
            canonical,
            " a = 1 , b != 2 , c , ! d , e in ( x , y ) , f notin ( z ) ",
            "a==1,b!=2,c,!d,e in(x,y),f notin(z)",
            "\ta ==1,\n b!= 2,c ,!d, e  in  (x,y),f\tnotin (z)\n",
        ] {
            let selector = Selector::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert_eq!(selector.to_string(), canonical, "{text:?}");
        }
    }

    #[test]
    fn invalid_selectors_quote_the_fragment_and_position() {
        #[rustfmt::skip]
        let cases = [
            ("", "the selector `` is empty"),
            ("  ", "the selector `  ` is empty"),
            ("k in (a", "unclosed `(` after `k in` (at column 6"),
            ("k in ()", "after `k in (`, found `)` (at column 7"),
            ("k in (a,)", "value after `a,`, found `)` (at column 9"),
            ("=v", "expected a label key at the start, found `=` (at column 1"),
            ("k==", "expected a label value after `k==`, found the end (at column 4"),
            ("k=", "expected a label value after `k=`, found the end (at column 3"),
            ("!", "expected a label key after `!`, found the end (at column 2"),
            ("k notin", "expected `(` after `k notin`, found the end (at column 8"),
            ("a=b,", "expected a label key after `,`, found the end (at column 5"),
            ("a=b,,c", "expected a label key after `,`, found `,` (at column 5"),
            ("-k=v", "label key `-k` must begin and end with a letter or digit"),
            ("x=1, a/b/c", "more than one `/`; a key is `name` or `prefix/name` (at column 6"),
            ("k=-v", "label value `-v` must begin and end"),
            ("k in (a,b c)", "expected `,` or `)` in the values of `k`, found `c`"),
            ("k is (a)", "after key `k`, found `is` (at column 3"),
            ("k!v", "`,` or the end after key `k`, found `!` (at column 2"),
            ("k! =v", "found `!` (at column 2"),
            ("k=v w", "expected `,` or the end after a requirement, found `w`"),
            ("!k=v", "found `=` (at column 3"),
        ];
        check(&[], &cases, selector_field, Selector::parse);
        check(&[], &cases, selector_field, validate_selector);
        check(&[], &cases, selector_field, str::parse::<Selector>);
    }

    #[test]
    fn builder_renders_canonical_text() {
        let selector = Selector::new()
            .eq("env", "production")
            .ne("type", "database")
            .exists("backup")
            .not_exists("example.com/legacy")
            .is_in("tier", ["web", "api"])
            .not_in("zone", vec!["fsn1".to_owned()]);
        let text = selector.build().expect("valid selector");
        let expected = "env=production,type!=database,backup,!example.com/legacy,";
        assert_eq!(
            text,
            format!("{expected}tier in (web,api),zone notin (fsn1)")
        );
        assert_eq!(Selector::parse(&text).ok(), Some(selector));
    }

    #[test]
    fn builder_rejects_what_parse_would_reject() {
        #[rustfmt::skip]
        let cases = [
            (Selector::new(), "no requirements"),
            (Selector::new().eq("k", ""), "`k=` has an empty value"),
            (Selector::new().ne("k", "a b"), "label value `a b` in `k!=a b`"),
            (Selector::new().is_in("k", [""; 0]), "`k in ()` needs at least one value"),
            (Selector::new().not_in("k", ["a", "-x"]), "`-x` in `k notin (a,-x)`"),
            (Selector::new().exists("a/b/c"), "label key `a/b/c`"),
            (Selector::new().exists("k").not_exists(""), "label key `` is empty"),
        ];
        for (selector, expected) in cases {
            let text = selector.to_string();
            match selector.build() {
                Err(Error::InvalidInput { field, message }) => {
                    assert_eq!(field, SELECTOR_FIELD);
                    assert!(message.contains(expected), "{text}: {message}");
                }
                other => panic!("{text}: expected an error, got {other:?}"),
            }
            assert!(Selector::parse(&text).is_err(), "{text}");
        }
    }

    #[test]
    fn matches_follows_kubernetes_semantics() {
        let labels = map(&[("env", "prod"), ("tier", "web"), ("flag", "")]);
        // (selector, matches `labels`, matches no labels at all)
        #[rustfmt::skip]
        let cases = [
            ("env=prod", true, false),              ("env==staging", false, false),
            ("env!=prod", false, true),             ("env!=staging", true, true),
            ("missing!=x", true, true),             ("env", true, false),
            ("flag", true, false),                  ("missing", false, false),
            ("!env", false, true),                  ("!missing", true, true),
            ("env in (staging,prod)", true, false), ("env in (staging)", false, false),
            ("missing in (x)", false, false),       ("env notin (staging,prod)", false, true),
            ("env notin (staging)", true, true),    ("missing notin (x)", true, true),
            ("env=prod,tier=web", true, false),     ("env=prod,tier=db", false, false),
            ("env=prod,!flag", false, false),
        ];
        for (text, on_labels, on_none) in cases {
            let selector = Selector::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(selector.matches(&labels), on_labels, "{text} on labels");
            assert_eq!(
                selector.matches(&BTreeMap::new()),
                on_none,
                "{text} on no labels"
            );
            let all = selector.requirements().iter().all(|r| r.matches(&labels));
            assert_eq!(all, on_labels, "{text}: Requirement::matches agrees");
        }
        assert!(
            Selector::new().matches(&labels),
            "an empty selector matches everything"
        );
    }
}
