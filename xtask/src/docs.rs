//! Turning the description's Markdown into doc comments that rustdoc renders and never runs.

/// Doc comment lines (`/// ...`) at `indent`, or nothing for empty text.
pub fn doc_lines(text: &str, indent: &str) -> String {
    let cleaned = clean(text);
    if cleaned.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    for line in cleaned.lines() {
        if line.is_empty() {
            out.push_str(&format!("{indent}///\n"));
        } else {
            out.push_str(&format!("{indent}/// {line}\n"));
        }
    }
    out
}

/// Removes in-page links, un-indents (indented Markdown would become doctests), marks code
/// fences as text, and trims blank runs.
pub fn clean(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.trim().lines() {
        let expanded = raw.replace('\t', "    ");
        let line = expanded.trim();
        let line = if line.starts_with("```") {
            "```text".to_owned()
        } else {
            line.to_owned()
        };
        let line = if line == "```text"
            && lines.iter().filter(|l| l.starts_with("```")).count() % 2 == 1
        {
            "```".to_owned()
        } else {
            line
        };
        if line.is_empty() && lines.last().is_some_and(|l| l.is_empty()) {
            continue;
        }
        lines.push(strip_anchor_links(&line));
    }
    // Escape brackets that rustdoc would read as intra-doc links, and bare URLs.
    lines
        .into_iter()
        .map(|l| escape_brackets(&l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

/// `[Server](#tag/servers)` → `Server`.
fn strip_anchor_links(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('[') {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        if let Some(close) = after.find("](#") {
            if let Some(end) = after[close..].find(')') {
                out.push_str(&after[1..close]);
                rest = &after[close + end + 1..];
                continue;
            }
        }
        out.push('[');
        rest = &after[1..];
    }
    out.push_str(rest);
    out
}

/// Leaves `[text](http...)` links alone; escapes other `[`/`]` pairs and wraps bare URLs.
fn escape_brackets(line: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let mut in_code = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
            out.push(c);
        } else if !in_code && c == '[' {
            let rest: String = chars[i..].iter().collect();
            let is_link = rest
                .find("](http")
                .is_some_and(|p| !rest[..p].contains(']'));
            if is_link {
                out.push('[');
            } else {
                out.push_str("\\[");
            }
        } else if !in_code && c == ']' {
            let is_link = chars.get(i + 1) == Some(&'(');
            if is_link {
                out.push(']');
            } else {
                out.push_str("\\]");
            }
        } else if !in_code
            && (line[byte_index(&chars, i)..].starts_with("http://")
                || line[byte_index(&chars, i)..].starts_with("https://"))
            && (i == 0 || !matches!(chars[i - 1], '(' | '<'))
        {
            let start = byte_index(&chars, i);
            let end = line[start..]
                .find(|ch: char| ch.is_whitespace() || ch == ')' || ch == '>')
                .map(|e| start + e)
                .unwrap_or(line.len());
            let url = line[start..end].trim_end_matches(['.', ',', ';']);
            out.push('<');
            out.push_str(url);
            out.push('>');
            let consumed = url.chars().count();
            i += consumed;
            continue;
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

fn byte_index(chars: &[char], i: usize) -> usize {
    chars[..i].iter().map(|c| c.len_utf8()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_become_text() {
        assert_eq!(
            clean("ID of the [Server](#tag/servers)."),
            "ID of the Server."
        );
    }

    #[test]
    fn fences_are_text_and_indent_removed() {
        let c = clean("a\n\n```\n    x\n```\n");
        assert_eq!(c, "a\n\n```text\nx\n```");
    }

    #[test]
    fn brackets_and_urls() {
        assert_eq!(clean("see https://x.y/z."), "see <https://x.y/z>.");
        assert_eq!(clean("[a](https://x.y)"), "[a](https://x.y)");
        assert_eq!(clean("list [a, b]"), "list \\[a, b\\]");
    }
}
