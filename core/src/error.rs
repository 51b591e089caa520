//! The one error type every call returns.

use crate::ErrorCode;
use serde::Deserialize;
use std::fmt;
use std::time::Duration;

/// Everything that can go wrong in a call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error (`{"error": {"code", "message", "details"}}`).
    #[error("{0}")]
    Api(Box<ApiError>),

    /// The request did not complete: connection refused or dropped, TLS, DNS, a truncated body.
    #[error("transport error{}: {message}", if *.connect { " (could not connect)" } else { "" })]
    Transport {
        /// What went wrong, without the token.
        message: String,
        /// True when no connection could be made, so the request certainly was not sent.
        connect: bool,
    },

    /// No complete answer arrived within the configured timeout.
    #[error("the request timed out after {0:?}")]
    Timeout(Duration),

    /// The answer was not what the API description says (status {status}).
    #[error("could not decode the response (HTTP {status}) at `{path}`: {message}")]
    Decode {
        /// JSON path of the value that failed, e.g. `servers[3].created`.
        path: String,
        /// What serde reported.
        message: String,
        /// HTTP status of the answer.
        status: u16,
    },

    /// The input was rejected before anything was sent.
    #[error("invalid input in `{field}`: {message}")]
    InvalidInput {
        /// Which argument or field is wrong, e.g. `labels["env/"]`.
        field: String,
        /// What is wrong with it and what would be valid.
        message: String,
    },

    /// One or more awaited actions ended with status `error`.
    #[error("{} action(s) failed: {}", .0.len(), FailedList(.0))]
    ActionFailed(Vec<FailedAction>),

    /// The deadline passed while actions were still running.
    #[error("gave up after {waited:?} waiting for {} action(s): {}", .pending.len(), PendingList(.pending))]
    WaitTimeout {
        /// How long the waiter waited.
        waited: Duration,
        /// The actions still running, with their last known progress.
        pending: Vec<PendingAction>,
    },
}

impl Error {
    /// A client-side input error; no request is sent.
    pub fn invalid_input(field: impl Into<String>, message: impl Into<String>) -> Error {
        Error::InvalidInput {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The API error, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The API error code, if this is an API error.
    pub fn code(&self) -> Option<&ErrorCode> {
        self.api().map(|e| &e.code)
    }

    /// True for an API error with the given code.
    pub fn is(&self, code: ErrorCode) -> bool {
        self.code() == Some(&code)
    }
}

/// An error answer of the API, with everything it said.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiError {
    /// HTTP status, e.g. 404.
    pub status: u16,
    /// Machine-readable code, e.g. [`ErrorCode::NotFound`].
    pub code: ErrorCode,
    /// Human-readable message from the API.
    pub message: String,
    /// Structured details, typed for the codes that document them.
    pub details: ErrorDetails,
    /// The `X-Correlation-Id` header, to quote to Hetzner support.
    pub correlation_id: Option<String>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (HTTP {}): {}", self.code, self.status, self.message)?;
        if let ErrorDetails::InvalidInput { fields } = &self.details {
            for field in fields {
                write!(f, "; {}: {}", field.name, field.messages.join(", "))?;
            }
        }
        if let Some(id) = &self.correlation_id {
            write!(f, " [correlation id {id}]")?;
        }
        Ok(())
    }
}

/// The `details` object of an API error.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorDetails {
    /// No details were sent.
    None,
    /// `invalid_input` and `uniqueness_error`: the fields at fault.
    InvalidInput { fields: Vec<InvalidField> },
    /// `resource_limit_exceeded`: the limits that were hit.
    ResourceLimits { limits: Vec<LimitDetail> },
    /// `deprecated_api_endpoint`: where the removal was announced.
    Deprecated { announcement: String },
    /// Details of a shape not described above, kept as sent.
    Other(serde_json::Value),
}

/// A field named in `invalid_input` or `uniqueness_error` details.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct InvalidField {
    pub name: String,
    #[serde(default)]
    pub messages: Vec<String>,
}

/// A limit named in `resource_limit_exceeded` details.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct LimitDetail {
    pub name: String,
}

/// An action that ended with status `error`.
#[derive(Clone, Debug, PartialEq)]
pub struct FailedAction {
    pub id: i64,
    pub command: String,
    /// The action's error code, e.g. `action_failed`.
    pub code: String,
    pub message: String,
}

/// An action still running when a wait gave up.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingAction {
    pub id: i64,
    pub command: String,
    pub progress: i64,
}

struct FailedList<'a>(&'a [FailedAction]);
impl fmt::Display for FailedList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, a) in self.0.iter().enumerate() {
            let sep = if i == 0 { "" } else { "; " };
            write!(
                f,
                "{sep}action {} ({}): {}: {}",
                a.id, a.command, a.code, a.message
            )?;
        }
        Ok(())
    }
}

struct PendingList<'a>(&'a [PendingAction]);
impl fmt::Display for PendingList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, a) in self.0.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}{} ({}, {}%)", a.id, a.command, a.progress)?;
        }
        Ok(())
    }
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: ErrorBody,
}

#[derive(Deserialize)]
struct ErrorBody {
    code: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    details: Option<serde_json::Value>,
}

impl ApiError {
    /// Builds the error for a non-success answer. A body that is not the documented error
    /// shape (an HTML page from a proxy, say) still gives an error that says what arrived.
    pub fn from_response(status: u16, body: &[u8], correlation_id: Option<String>) -> ApiError {
        match serde_json::from_slice::<ErrorEnvelope>(body) {
            Ok(env) => {
                let code = ErrorCode::from(env.error.code.as_str());
                let details = ErrorDetails::parse(&code, env.error.details);
                ApiError {
                    status,
                    code,
                    message: env.error.message,
                    details,
                    correlation_id,
                }
            }
            Err(_) => ApiError {
                status,
                code: ErrorCode::for_status(status),
                message: format!(
                    "unexpected non-JSON answer with HTTP status {status}: {}",
                    snippet(body)
                ),
                details: ErrorDetails::None,
                correlation_id,
            },
        }
    }
}

impl ErrorDetails {
    fn parse(code: &ErrorCode, details: Option<serde_json::Value>) -> ErrorDetails {
        #[derive(Deserialize)]
        struct Fields {
            fields: Vec<InvalidField>,
        }
        #[derive(Deserialize)]
        struct Limits {
            limits: Vec<LimitDetail>,
        }
        #[derive(Deserialize)]
        struct Announcement {
            announcement: String,
        }
        let Some(value) = details.filter(|v| !v.is_null()) else {
            return ErrorDetails::None;
        };
        let typed = match code {
            ErrorCode::InvalidInput | ErrorCode::UniquenessError => Fields::deserialize(&value)
                .ok()
                .map(|f| ErrorDetails::InvalidInput { fields: f.fields }),
            ErrorCode::ResourceLimitExceeded => Limits::deserialize(&value)
                .ok()
                .map(|l| ErrorDetails::ResourceLimits { limits: l.limits }),
            ErrorCode::DeprecatedApiEndpoint => {
                Announcement::deserialize(&value)
                    .ok()
                    .map(|a| ErrorDetails::Deprecated {
                        announcement: a.announcement,
                    })
            }
            _ => None,
        };
        typed.unwrap_or(ErrorDetails::Other(value))
    }

    /// The invalid fields, for `invalid_input` and `uniqueness_error`.
    pub fn fields(&self) -> &[InvalidField] {
        match self {
            ErrorDetails::InvalidInput { fields } => fields,
            _ => &[],
        }
    }
}

/// The start of a body, printable, for error messages.
pub(crate) fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if squeezed.chars().count() > 200 {
        let cut: String = squeezed.chars().take(200).collect();
        format!("{cut}…")
    } else if squeezed.is_empty() {
        "(empty body)".to_owned()
    } else {
        squeezed
    }
}

impl ErrorCode {
    /// The code to assume when an error answer has no JSON body. Only the statuses the retry
    /// policy acts on are mapped; a bare 404 (a wrong endpoint, say) must not pass for the
    /// API's `not_found`, so everything else stays `http_<status>`.
    pub fn for_status(status: u16) -> ErrorCode {
        match status {
            429 => ErrorCode::RateLimitExceeded,
            502 => ErrorCode::BadGateway,
            503 => ErrorCode::Unavailable,
            504 => ErrorCode::Timeout,
            other => ErrorCode::Unrecognized(format!("http_{other}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(body: &str) -> ApiError {
        ApiError::from_response(422, body.as_bytes(), Some("abc123".into()))
    }

    #[test]
    fn invalid_input_details_are_typed() {
        let e = decode(
            r#"{"error":{"code":"invalid_input","message":"invalid input in field 'broken_field': is too long",
               "details":{"fields":[{"name":"broken_field","messages":["is too long"]}]}}}"#,
        );
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.details.fields()[0].name, "broken_field");
        assert_eq!(
            e.details.fields()[0].messages,
            vec!["is too long".to_owned()]
        );
        assert_eq!(e.correlation_id.as_deref(), Some("abc123"));
        let text = e.to_string();
        assert!(text.contains("broken_field: is too long"), "{text}");
        assert!(text.contains("abc123"), "{text}");
    }

    #[test]
    fn uniqueness_error_fields_without_messages() {
        let e = decode(
            r#"{"error":{"code":"uniqueness_error","message":"SSH key with the same fingerprint already exists",
               "details":{"fields":[{"name":"public_key"}]}}}"#,
        );
        assert_eq!(e.code, ErrorCode::UniquenessError);
        assert_eq!(e.details.fields()[0].name, "public_key");
    }

    #[test]
    fn resource_limit_details_are_typed() {
        let e = decode(
            r#"{"error":{"code":"resource_limit_exceeded","message":"project limit exceeded",
               "details":{"limits":[{"name":"project_limit"}]}}}"#,
        );
        assert_eq!(
            e.details,
            ErrorDetails::ResourceLimits {
                limits: vec![LimitDetail {
                    name: "project_limit".into()
                }]
            }
        );
    }

    #[test]
    fn deprecated_endpoint_announcement_is_typed() {
        let e = decode(
            r#"{"error":{"code":"deprecated_api_endpoint","message":"API functionality was removed",
               "details":{"announcement":"https://docs.hetzner.cloud/changelog#2023-07-20-foo-endpoint-is-deprecated"}}}"#,
        );
        assert!(
            matches!(e.details, ErrorDetails::Deprecated { ref announcement } if announcement.contains("changelog"))
        );
    }

    #[test]
    fn unknown_code_and_details_are_kept() {
        let e = decode(r#"{"error":{"code":"brand_new","message":"m","details":{"x":1}}}"#);
        assert_eq!(e.code, ErrorCode::Unrecognized("brand_new".into()));
        assert_eq!(e.details, ErrorDetails::Other(serde_json::json!({"x": 1})));
    }

    #[test]
    fn html_error_page_gives_clear_error() {
        let e = ApiError::from_response(
            502,
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",
            None,
        );
        assert_eq!(e.code, ErrorCode::BadGateway);
        assert!(e.message.contains("502 Bad Gateway"), "{}", e.message);
    }
}
