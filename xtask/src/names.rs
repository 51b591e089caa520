//! Rust names for the description's names.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Type names the generated code must not take: they would shadow the crate's own types or
/// the prelude in the generated modules.
pub const RESERVED: &[&str] = &[
    "Error",
    "Result",
    "Response",
    "Option",
    "Vec",
    "String",
    "Box",
    "Client",
    "Value",
    "Decimal",
    "IdOrName",
    "Timestamp",
    "Method",
    "ErrorCode",
    "RateLimit",
    "Some",
    "None",
    "Ok",
    "Err",
];

/// Property names whose object is always named plainly, being unique in the API and
/// unambiguous: `meta.pagination` is `Pagination`.
pub const PLAIN: &[&str] = &["pagination", "pricing", "metrics"];

/// `parent` + `child` without repeating the words they share:
/// `FirewallAppliedTo` + `AppliedToResource` → `FirewallAppliedToResource`.
pub fn join(parent: &str, child: &str) -> String {
    if child.starts_with(parent) {
        return child.to_owned();
    }
    let starts: Vec<usize> = parent
        .char_indices()
        .filter(|(_, c)| c.is_ascii_uppercase())
        .map(|(i, _)| i)
        .collect();
    for &i in &starts {
        let tail = &parent[i..];
        if i > 0 && child.starts_with(tail) && child.len() > tail.len() {
            return format!("{}{child}", &parent[..i]);
        }
    }
    format!("{parent}{child}")
}

pub fn pascal(s: &str) -> String {
    let p = s.to_upper_camel_case();
    if p.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{p}")
    } else {
        p
    }
}

pub fn snake(s: &str) -> String {
    s.to_snake_case()
}

/// A field or argument name, with `r#` for keywords.
pub fn field(s: &str) -> String {
    let n = snake(s);
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move",
        "mut", "pub", "ref", "return", "static", "struct", "super", "trait", "true", "type",
        "unsafe", "use", "where", "while", "yield", "abstract", "become", "box", "do", "final",
        "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "gen",
    ];
    if n == "self" {
        "self_".to_owned()
    } else if KEYWORDS.contains(&n.as_str()) {
        format!("r#{n}")
    } else {
        n
    }
}

/// The name without `r#`, for use inside other identifiers.
pub fn bare(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// `servers` → `server`, `floating_ips` → `floating_ip`, `entries` → `entry`.
pub fn singular(s: &str) -> String {
    const KEEP: &[&str] = &[
        "status", "series", "https", "dns", "alias", "address", "ips",
    ];
    if KEEP.iter().any(|k| s.ends_with(k)) && !s.ends_with("_ips") {
        return s.to_owned();
    }
    if let Some(stem) = s.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if s.ends_with("sses") || s.ends_with("xes") {
        return s[..s.len() - 2].to_owned();
    }
    if s.ends_with('s') && !s.ends_with("ss") {
        return s[..s.len() - 1].to_owned();
    }
    s.to_owned()
}

/// An enum variant for an API value: `id:asc` → `IdAsc`, `A` → `A`, `x86` → `X86`.
pub fn variant(value: &str) -> String {
    let cleaned: String = value
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let p = if cleaned
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        // DNS record types: keep them readable (`AAAA` → `Aaaa` would be odd; `Aaaa` is what
        // clippy wants, so follow it).
        cleaned.to_upper_camel_case()
    } else {
        cleaned.to_upper_camel_case()
    };
    if p.is_empty() {
        "Empty".to_owned()
    } else if p.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{p}")
    } else {
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        assert_eq!(singular("servers"), "server");
        assert_eq!(singular("floating_ips"), "floating_ip");
        assert_eq!(singular("entries"), "entry");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("time_series"), "time_series");
        assert_eq!(singular("addresses"), "address");
    }

    #[test]
    fn variants() {
        assert_eq!(variant("id:asc"), "IdAsc");
        assert_eq!(variant("AAAA"), "Aaaa");
        assert_eq!(variant("partially-valid"), "PartiallyValid");
        assert_eq!(variant("hmac-sha256"), "HmacSha256");
    }

    #[test]
    fn joins() {
        assert_eq!(
            join("FirewallAppliedTo", "AppliedToResource"),
            "FirewallAppliedToResource"
        );
        assert_eq!(join("Server", "PublicNet"), "ServerPublicNet");
        assert_eq!(join("HealthStatus", "Status"), "HealthStatusStatus");
        assert_eq!(join("Server", "ServerType"), "ServerType");
    }

    #[test]
    fn fields() {
        assert_eq!(field("type"), "r#type");
        assert_eq!(field("per_page"), "per_page");
    }
}
