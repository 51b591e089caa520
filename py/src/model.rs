//! What every model class shares: `repr`, `_repr_html_`, `to_dict`, `==`.
//! The generated classes call these with their wrapped core struct.

use crate::convert::json_to_py;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use serde::Serialize;
use serde_json::Value;
use std::fmt::Write;

/// Fields never shown by `repr` or `_repr_html_` (they are still attributes).
const SECRET: &[&str] = &["root_password", "password", "private_key", "tsig_key"];

/// Fields `repr` shows first when present.
const FIRST: &[&str] = &["id", "name", "status", "type", "command", "progress"];

fn value_of<T: Serialize>(t: &T) -> PyResult<Value> {
    serde_json::to_value(t).map_err(|e| PyValueError::new_err(e.to_string()))
}

fn short(v: &Value, room: usize) -> String {
    let s = match v {
        Value::String(s) => format!("'{}'", s.replace('\'', "\\'")),
        Value::Array(a) => format!("[{} item{}]", a.len(), if a.len() == 1 { "" } else { "s" }),
        Value::Object(o) => {
            let id = o.get("id").map(|x| x.to_string());
            let name = o.get("name").and_then(Value::as_str);
            match (id, name) {
                (Some(i), Some(n)) => format!("<{i} '{n}'>"),
                (Some(i), None) => format!("<{i}>"),
                (None, Some(n)) => format!("<'{n}'>"),
                (None, None) => format!("{{{} keys}}", o.len()),
            }
        }
        other => other.to_string(),
    };
    if s.chars().count() > room {
        let cut: String = s.chars().take(room.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        s
    }
}

/// `Server(id=42, name='web-1', status='running', …)`: the identifying fields, then others
/// until the line is long enough. Secrets are masked.
pub fn repr<T: Serialize>(name: &str, t: &T) -> PyResult<String> {
    let Value::Object(o) = value_of(t)? else {
        return Ok(format!("{name}()"));
    };
    let mut keys: Vec<&String> = FIRST
        .iter()
        .filter_map(|k| o.get_key_value(*k).map(|(k, _)| k))
        .collect();
    keys.extend(o.keys().filter(|k| !FIRST.contains(&k.as_str())));
    let mut out = format!("{name}(");
    let mut n = 0;
    for k in keys {
        let v = &o[k];
        if v.is_null() {
            continue;
        }
        if out.len() > 100 {
            out.push_str(", …");
            break;
        }
        if n > 0 {
            out.push_str(", ");
        }
        n += 1;
        if SECRET.contains(&k.as_str()) {
            let _ = write!(out, "{k}='***'");
        } else {
            let _ = write!(out, "{k}={}", short(v, 40));
        }
    }
    out.push(')');
    Ok(out)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A compact two-column table for Jupyter.
pub fn html<T: Serialize>(name: &str, t: &T) -> PyResult<String> {
    let Value::Object(o) = value_of(t)? else {
        return Ok(format!("<b>{}</b>", esc(name)));
    };
    let mut out = format!(
        "<table class=\"hetzcloud\"><thead><tr><th colspan=\"2\" style=\"text-align:left\">{}</th></tr></thead><tbody>",
        esc(name)
    );
    for (k, v) in &o {
        let shown = if SECRET.contains(&k.as_str()) && !v.is_null() {
            "***".to_owned()
        } else {
            match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => short(other, 80),
            }
        };
        let _ = write!(
            out,
            "<tr><td style=\"text-align:left\"><code>{}</code></td><td style=\"text-align:left\">{}</td></tr>",
            esc(k),
            esc(&shown)
        );
    }
    out.push_str("</tbody></table>");
    Ok(out)
}

/// The model as the API spells it: a JSON-compatible `dict` (timestamps as RFC 3339 strings).
pub fn to_dict<'py, T: Serialize>(py: Python<'py>, t: &T) -> PyResult<Bound<'py, PyAny>> {
    json_to_py(py, &value_of(t)?)
}

/// Calls `hetzcloud._frames.to_dataframe(obj)` (imports pandas only then).
pub fn to_dataframe<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    obj.py()
        .import("hetzcloud._frames")?
        .getattr("to_dataframe")?
        .call1((obj,))
}
