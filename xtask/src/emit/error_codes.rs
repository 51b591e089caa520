//! `ErrorCode`: the codes of the error tables in the description, generic and call-specific.

use super::HEADER;
use crate::names;
use serde_json::Value;

pub fn emit(spec: &Value) -> String {
    let mut codes: Vec<(String, String)> = Vec::new();
    let mut collect = |text: &str| {
        for (code, desc) in table_codes(text) {
            if !codes.iter().any(|(c, _)| *c == code) {
                codes.push((code, desc));
            }
        }
    };
    collect(spec["info"]["description"].as_str().unwrap_or_default());
    for (_, _, op) in crate::spec::operations(spec) {
        collect(op["description"].as_str().unwrap_or_default());
    }
    // Answers the API gives without listing them in a table.
    for (code, desc) in [
        ("bad_gateway", "The API could not reach a backend; retry."),
        (
            "method_not_allowed",
            "The HTTP method is not allowed for this path.",
        ),
    ] {
        if !codes.iter().any(|(c, _)| c == code) {
            codes.push((code.to_owned(), desc.to_owned()));
        }
    }
    let mut out = String::from(HEADER);
    out.push_str("crate::string_enum! {\n");
    out.push_str("    /// The `code` of an API error: every code the API description documents, generic and\n");
    out.push_str("    /// call-specific; codes it does not document are kept in `Unrecognized`.\n");
    out.push_str("    ErrorCode {\n");
    for (code, desc) in &codes {
        out.push_str(&crate::docs::doc_lines(desc, "        "));
        out.push_str(&format!("        {} = {:?},\n", names::variant(code), code));
    }
    out.push_str("    }\n}\n");
    out
}

/// Rows of Markdown tables with a `Code` column: (code, description with its HTTP status).
fn table_codes(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut columns: Option<(usize, Option<usize>, Option<usize>)> = None;
    for line in text.lines() {
        let line = line.trim();
        if !line.starts_with('|') {
            columns = None;
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let find = |name: &str| cells.iter().position(|c| c.eq_ignore_ascii_case(name));
        if let Some(code) = find("code") {
            columns = Some((code, find("status"), find("description")));
            continue;
        }
        let Some((code_col, status_col, desc_col)) = columns else {
            continue;
        };
        let code = cells
            .get(code_col)
            .map(|c| c.trim_matches('`'))
            .unwrap_or_default();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            continue;
        }
        let desc = desc_col
            .and_then(|i| cells.get(i))
            .copied()
            .unwrap_or_default();
        let desc = match status_col.and_then(|i| cells.get(i)) {
            Some(status) => format!("{desc} (HTTP {})", status.trim_matches('`')),
            None => desc.to_owned(),
        };
        out.push((code.to_owned(), desc));
    }
    out
}
