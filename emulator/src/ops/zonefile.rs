//! BIND zone files (RFC 1035 master file format): parsing for `import_zonefile` and
//! `create_zone`, rendering for `get_zone_zonefile`.
//!
//! Supported: `$ORIGIN` (must be the zone's name), `$TTL`, `@`, relative and absolute owner
//! names, an omitted owner (the previous one), TTL and class in either order, TTL units
//! (`1h30m`), parentheses spanning lines, quoted strings, `;` comments (discarded, as the API
//! documents). Not supported: `$INCLUDE`, `$GENERATE`, classes other than `IN`.

use hetzcloud::models::{RrSet, RrSetType, Zone};
use std::fmt::Write;

/// One RRSet read from a zone file: record values as written (whitespace normalized).
#[derive(Clone, Debug, PartialEq)]
pub struct FileRrSet {
    pub name: String,
    pub r#type: RrSetType,
    pub ttl: Option<i64>,
    pub values: Vec<String>,
}

/// What a zone file holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// The `$TTL` directive.
    pub ttl: Option<i64>,
    /// RRSets in the order they first appear.
    pub rrsets: Vec<FileRrSet>,
}

/// Splits a value into tokens: runs of non-blank characters, or quoted strings (kept with their
/// quotes, backslash escapes included).
pub fn tokens(text: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut token = String::new();
        if c == '"' {
            token.push(c);
            chars.next();
            let mut closed = false;
            while let Some(c) = chars.next() {
                token.push(c);
                match c {
                    '\\' => {
                        if let Some(n) = chars.next() {
                            token.push(n);
                        }
                    }
                    '"' => {
                        closed = true;
                        break;
                    }
                    _ => {}
                }
            }
            if !closed {
                return Err("unterminated quoted string".into());
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '"' {
                    break;
                }
                token.push(c);
                chars.next();
            }
        }
        out.push(token);
    }
    Ok(out)
}

/// A value with its whitespace normalized (one blank between tokens).
pub fn normalize(value: &str) -> Result<String, String> {
    Ok(tokens(value)?.join(" "))
}

/// A logical line: comments removed, parenthesized continuations joined.
struct Line {
    number: usize,
    /// Starts with a blank: the owner is the previous record's.
    indented: bool,
    text: String,
}

fn logical_lines(text: &str) -> Result<Vec<Line>, String> {
    let mut lines = Vec::new();
    let mut current: Option<Line> = None;
    let mut depth = 0usize;
    for (i, raw) in text.lines().enumerate() {
        let number = i + 1;
        let mut kept = String::new();
        let mut in_quote = false;
        let mut escaped = false;
        for c in raw.chars() {
            if escaped {
                kept.push(c);
                escaped = false;
                continue;
            }
            match c {
                '\\' if in_quote => {
                    escaped = true;
                    kept.push(c);
                }
                '"' => {
                    in_quote = !in_quote;
                    kept.push(c);
                }
                ';' if !in_quote => break,
                '(' if !in_quote => {
                    depth += 1;
                    kept.push(' ');
                }
                ')' if !in_quote => {
                    depth = depth
                        .checked_sub(1)
                        .ok_or_else(|| format!("line {number}: unbalanced `)`"))?;
                    kept.push(' ');
                }
                _ => kept.push(c),
            }
        }
        if in_quote {
            return Err(format!("line {number}: unterminated quoted string"));
        }
        match current.as_mut() {
            Some(line) => {
                line.text.push(' ');
                line.text.push_str(&kept);
            }
            None => {
                current = Some(Line {
                    number,
                    indented: raw.starts_with([' ', '\t']),
                    text: kept,
                })
            }
        }
        if depth == 0 {
            if let Some(line) = current.take() {
                if !line.text.trim().is_empty() {
                    lines.push(line);
                }
            }
        }
    }
    if depth != 0 {
        return Err("unbalanced `(`: the file ends inside parentheses".into());
    }
    Ok(lines)
}

/// A TTL: seconds, or BIND units (`1h30m`, `2d`).
pub fn parse_ttl(token: &str) -> Option<i64> {
    if !token.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if let Ok(v) = token.parse::<i64>() {
        return Some(v);
    }
    let mut total: i64 = 0;
    let mut number = String::new();
    for c in token.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c.to_ascii_lowercase() {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return None,
        };
        let n: i64 = number.parse().ok()?;
        total = total.checked_add(n.checked_mul(unit)?)?;
        number.clear();
    }
    if !number.is_empty() {
        return None;
    }
    Some(total)
}

const CLASSES: [&str; 4] = ["IN", "CH", "HS", "CS"];

/// The RRSet name of an owner: `@`, or relative to the zone.
fn owner_name(owner: &str, zone: &str) -> Result<String, String> {
    let owner = owner.to_ascii_lowercase();
    if owner == "@" {
        return Ok(owner);
    }
    let Some(absolute) = owner.strip_suffix('.') else {
        return Ok(owner);
    };
    if absolute == zone {
        return Ok("@".into());
    }
    match absolute.strip_suffix(zone) {
        Some(rest) if rest.ends_with('.') && rest.len() > 1 => Ok(rest[..rest.len() - 1].into()),
        _ => Err(format!("`{owner}` is outside the zone `{zone}.`")),
    }
}

/// Reads a zone file for `zone` (its name, without the final dot).
pub fn parse(text: &str, zone: &str) -> Result<Parsed, String> {
    let mut parsed = Parsed::default();
    let mut previous: Option<String> = None;
    for line in logical_lines(text)? {
        let n = line.number;
        let toks = tokens(&line.text).map_err(|e| format!("line {n}: {e}"))?;
        let Some(first) = toks.first() else {
            continue;
        };
        if let Some(directive) = first.strip_prefix('$') {
            let arg = toks.get(1);
            match directive.to_ascii_uppercase().as_str() {
                "ORIGIN" => {
                    let origin = arg.ok_or_else(|| format!("line {n}: $ORIGIN needs a name"))?;
                    if !origin.eq_ignore_ascii_case(&format!("{zone}.")) {
                        return Err(format!(
                            "line {n}: $ORIGIN `{origin}` must be the zone's name with an ending dot (`{zone}.`)"
                        ));
                    }
                }
                "TTL" => {
                    let ttl = arg
                        .and_then(|t| parse_ttl(t))
                        .ok_or_else(|| format!("line {n}: $TTL needs a TTL"))?;
                    parsed.ttl = Some(ttl);
                }
                other => {
                    return Err(format!(
                        "line {n}: the directive `${other}` is not supported"
                    ))
                }
            }
            continue;
        }
        let mut rest = toks.iter().map(String::as_str).peekable();
        let owner = if line.indented {
            previous
                .clone()
                .ok_or_else(|| format!("line {n}: a record without an owner name"))?
        } else {
            let raw = rest.next().unwrap_or_default();
            owner_name(raw, zone).map_err(|e| format!("line {n}: {e}"))?
        };
        previous = Some(owner.clone());
        let mut ttl = None;
        let mut class = None;
        for _ in 0..2 {
            let Some(&t) = rest.peek() else { break };
            if ttl.is_none() {
                if let Some(v) = parse_ttl(t) {
                    ttl = Some(v);
                    rest.next();
                    continue;
                }
            }
            if class.is_none() && CLASSES.iter().any(|c| c.eq_ignore_ascii_case(t)) {
                class = Some(t.to_ascii_uppercase());
                rest.next();
                continue;
            }
            break;
        }
        if let Some(c) = class.filter(|c| c != "IN") {
            return Err(format!(
                "line {n}: only `IN` class records are allowed, not `{c}`"
            ));
        }
        let ty_raw = rest
            .next()
            .ok_or_else(|| format!("line {n}: a record needs a type"))?;
        let ty = RrSetType::from(ty_raw.to_ascii_uppercase().as_str());
        if matches!(ty, RrSetType::Unrecognized(_)) {
            return Err(format!(
                "line {n}: the record type `{ty_raw}` is not supported"
            ));
        }
        let value = rest.collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            return Err(format!("line {n}: the {ty} record has no value"));
        }
        match parsed
            .rrsets
            .iter_mut()
            .find(|r| r.name == owner && r.r#type == ty)
        {
            Some(set) => {
                if ttl.is_some() && set.ttl.is_some() && ttl != set.ttl {
                    return Err(format!(
                        "line {n}: the records of the RRSet `{owner}/{ty}` have different TTLs"
                    ));
                }
                set.ttl = set.ttl.or(ttl);
                if !set.values.contains(&value) {
                    set.values.push(value);
                }
            }
            None => parsed.rrsets.push(FileRrSet {
                name: owner,
                r#type: ty,
                ttl,
                values: vec![value],
            }),
        }
    }
    Ok(parsed)
}

fn order(r: &RrSet) -> (u8, bool, &str, &str) {
    let apex = r.name == "@";
    let rank = match r.r#type {
        RrSetType::Soa => 0,
        RrSetType::Ns if apex => 1,
        _ => 2,
    };
    (rank, !apex, r.name.as_str(), r.r#type.as_str())
}

/// The zone file of a zone: `$ORIGIN`, `$TTL`, the SOA, the apex NS records, then the rest by
/// name and type; record comments as `;` comments.
pub fn render(zone: &Zone, rrsets: &[&RrSet]) -> String {
    let mut sorted: Vec<&RrSet> = rrsets.to_vec();
    sorted.sort_by(|a, b| order(a).cmp(&order(b)));
    let mut out = String::new();
    let _ = writeln!(out, "$ORIGIN\t{}.", zone.name);
    let _ = writeln!(out, "$TTL\t{}", zone.ttl);
    for set in sorted {
        out.push('\n');
        for record in &set.records {
            let _ = write!(out, "{}\tIN\t", set.name);
            if let Some(ttl) = set.ttl {
                let _ = write!(out, "{ttl}\t");
            }
            let _ = write!(out, "{}\t{}", set.r#type, record.value);
            if let Some(comment) = record.comment.as_deref().filter(|c| !c.is_empty()) {
                let _ = write!(out, " ; {}", comment.replace(['\n', '\r'], " "));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_quoted_strings() {
        assert_eq!(
            tokens("  \"v=spf1 -all\"  \"a \\\" b\" x").unwrap(),
            vec!["\"v=spf1 -all\"", "\"a \\\" b\"", "x"]
        );
        assert!(tokens("\"open").is_err());
        assert_eq!(
            normalize(" 10   mail.example.com. ").unwrap(),
            "10 mail.example.com."
        );
    }

    #[test]
    fn ttls_with_units() {
        assert_eq!(parse_ttl("3600"), Some(3600));
        assert_eq!(parse_ttl("1h30m"), Some(5400));
        assert_eq!(parse_ttl("2D"), Some(172_800));
        assert_eq!(parse_ttl("IN"), None);
        assert_eq!(parse_ttl("1x"), None);
        assert_eq!(parse_ttl("5m3"), None);
    }

    #[test]
    fn parses_a_typical_file() {
        let text = "$ORIGIN example.com.\n$TTL 1h\n; a comment line\n\
            @ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. (\n  2024010100 ; serial\n  86400 10800 3600000 3600 )\n\
            @\tIN\t10800\tNS\thydrogen.ns.hetzner.com. ; Some comment.\n\
            \tIN 10800 NS oxygen.ns.hetzner.com.\n\
            example.com. 10800 IN NS helium.ns.hetzner.de.\n\
            www 300 A 198.51.100.1\n\
            www.example.com. IN A 198.51.100.2\n\
            mail IN MX 10 mx.example.com.\n\
            @ IN TXT \"v=spf1 ; not a comment\" \"second\"\n";
        let p = parse(text, "example.com").unwrap();
        assert_eq!(p.ttl, Some(3600));
        assert_eq!(p.rrsets.len(), 5);
        assert_eq!(p.rrsets[0].r#type, RrSetType::Soa);
        assert_eq!(
            p.rrsets[0].values,
            vec!["hydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600"]
        );
        assert_eq!(p.rrsets[1].name, "@");
        assert_eq!(p.rrsets[1].values.len(), 3);
        assert_eq!(p.rrsets[1].ttl, Some(10800));
        assert_eq!(p.rrsets[2].name, "www");
        assert_eq!(p.rrsets[2].values, vec!["198.51.100.1", "198.51.100.2"]);
        assert_eq!(p.rrsets[2].ttl, Some(300));
        assert_eq!(p.rrsets[3].values, vec!["10 mx.example.com."]);
        assert_eq!(
            p.rrsets[4].values,
            vec!["\"v=spf1 ; not a comment\" \"second\""]
        );
    }

    #[test]
    fn rejects_what_the_api_rejects() {
        assert!(parse("$ORIGIN other.com.\n", "example.com")
            .unwrap_err()
            .contains("$ORIGIN"));
        assert!(parse("@ CH A 1.2.3.4\n", "example.com")
            .unwrap_err()
            .contains("IN"));
        assert!(parse("x.other.com. A 1.2.3.4\n", "example.com")
            .unwrap_err()
            .contains("outside"));
        assert!(parse("$INCLUDE other\n", "example.com").is_err());
        assert!(parse("@ IN NAPTR 1\n", "example.com").is_err());
        assert!(parse("@ SOA a. b. (1 2 3 4 5\n", "example.com").is_err());
        assert!(parse("  A 1.2.3.4\n", "example.com").is_err());
        assert!(parse("a 60 A 1.2.3.4\na 120 A 1.2.3.5\n", "example.com").is_err());
    }
}
