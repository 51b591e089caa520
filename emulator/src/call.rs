//! One API call as the handlers see it, and what they answer.

use axum::http::{HeaderName, HeaderValue, StatusCode};
use hetzcloud::operations::Operation;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::HashMap;

/// The parts of a request a handler needs.
pub struct Call {
    pub op: &'static Operation,
    pub path: HashMap<String, String>,
    pub query: Vec<(String, String)>,
    pub body: bytes::Bytes,
    pub now: chrono::DateTime<chrono::Utc>,
}

impl Call {
    /// A numeric path parameter (`id`, `action_id`).
    pub fn id(&self, name: &str) -> Result<i64, ApiFail> {
        let raw = self.path.get(name).map(String::as_str).unwrap_or_default();
        raw.parse::<i64>()
            .ok()
            .filter(|v| *v >= 1)
            .ok_or_else(|| ApiFail::invalid_input(name, &format!("invalid ID `{raw}`")))
    }

    /// A text path parameter.
    pub fn segment(&self, name: &str) -> &str {
        self.path.get(name).map(String::as_str).unwrap_or_default()
    }

    /// Every value of a repeatable query parameter.
    pub fn query_all(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The last value of a query parameter.
    pub fn query_one(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A boolean query parameter (`true`/`false`).
    pub fn query_bool(&self, name: &str) -> Result<Option<bool>, ApiFail> {
        match self.query_one(name) {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(other) => Err(ApiFail::invalid_input(
                name,
                &format!("`{other}` is not true or false"),
            )),
        }
    }

    /// The JSON body as `T`: `json_error` when it is not JSON, `invalid_input` naming the
    /// field when it does not fit the operation's request schema.
    pub fn body<T: DeserializeOwned>(&self) -> Result<T, ApiFail> {
        let text: &[u8] = if self.body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &self.body
        };
        if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(text) {
            return Err(ApiFail::new(
                400,
                "json_error",
                &format!("invalid JSON in request body: {e}"),
            ));
        }
        let de = &mut serde_json::Deserializer::from_slice(text);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner().to_string();
            // serde names a missing field in its message rather than in the path.
            let field = match inner.strip_prefix("missing field `") {
                Some(rest) => {
                    let name = rest.split('`').next().unwrap_or_default();
                    if path == "." {
                        name.to_owned()
                    } else {
                        format!("{path}.{name}")
                    }
                }
                None => path,
            };
            let message = inner.split(" at line ").next().unwrap_or(&inner).to_owned();
            ApiFail::invalid_input(&field, &message)
        })
    }
}

/// A successful answer.
pub struct Reply {
    pub status: StatusCode,
    pub body: Option<Vec<u8>>,
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

impl Reply {
    pub fn json<T: Serialize>(status: u16, value: &T) -> Reply {
        Reply {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
            body: Some(serde_json::to_vec(value).expect("models serialize")),
            headers: Vec::new(),
        }
    }

    pub fn ok<T: Serialize>(value: &T) -> Reply {
        Reply::json(200, value)
    }

    pub fn created<T: Serialize>(value: &T) -> Reply {
        Reply::json(201, value)
    }

    pub fn no_content() -> Reply {
        Reply {
            status: StatusCode::NO_CONTENT,
            body: None,
            headers: Vec::new(),
        }
    }
}

/// An error answer in the API's shape `{"error": {"code", "message", "details"}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiFail {
    pub status: u16,
    pub code: String,
    pub message: String,
    /// Boxed: most errors have none, and a small error keeps every `Result` small.
    pub details: Box<Value>,
}

impl ApiFail {
    pub fn new(status: u16, code: &str, message: &str) -> ApiFail {
        ApiFail {
            status,
            code: code.to_owned(),
            message: message.to_owned(),
            details: Box::new(Value::Null),
        }
    }

    pub fn not_found(kind: &str, id: impl std::fmt::Display) -> ApiFail {
        ApiFail::new(404, "not_found", &format!("{kind} with ID {id} not found"))
    }

    pub fn invalid_input(field: &str, message: &str) -> ApiFail {
        ApiFail {
            status: 422,
            code: "invalid_input".into(),
            message: format!("invalid input in field '{field}': {message}"),
            details: Box::new(json!({"fields": [{"name": field, "messages": [message]}]})),
        }
    }

    pub fn uniqueness(field: &str, message: &str) -> ApiFail {
        ApiFail {
            status: 409,
            code: "uniqueness_error".into(),
            message: message.to_owned(),
            details: Box::new(json!({"fields": [{"name": field}]})),
        }
    }

    pub fn protected(kind: &str, id: i64) -> ApiFail {
        ApiFail::new(423, "protected", &format!("{kind} {id} is protected"))
    }

    pub fn locked(kind: &str, id: i64) -> ApiFail {
        ApiFail::new(
            423,
            "locked",
            &format!("{kind} {id} is locked: an action is running on it"),
        )
    }

    pub fn conflict(message: &str) -> ApiFail {
        ApiFail::new(409, "conflict", message)
    }

    pub fn limit(name: &str, message: &str) -> ApiFail {
        ApiFail {
            status: 403,
            code: "resource_limit_exceeded".into(),
            message: message.to_owned(),
            details: Box::new(json!({"limits": [{"name": name}]})),
        }
    }

    /// A call-specific error such as `server_not_stopped` (422).
    pub fn specific(code: &str, message: &str) -> ApiFail {
        ApiFail::new(422, code, message)
    }

    pub fn body(&self) -> Vec<u8> {
        serde_json::to_vec(&json!({"error": {"code": self.code, "message": self.message, "details": self.details}}))
            .expect("error serializes")
    }
}

pub type Answer = Result<Reply, ApiFail>;
