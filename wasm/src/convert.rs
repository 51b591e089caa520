//! Translations between the JSON the JS side sends and the core's types, independent of the
//! target (unit-tested natively). No API logic: options become a `ClientBuilder`, errors
//! become a JSON description the JS side turns into `HetzcloudError` subclasses.

use hetzcloud::{ClientBuilder, Error, ErrorDetails, PollPolicy, RateLimit, RetryPolicy};
use serde_json::{json, Map, Value};
use std::time::Duration;

/// `{ token, endpoint, application, timeoutMs, retries, poll, pageConcurrency, debug }` on top
/// of `base` (defaults, or what `from_vars` read).
pub fn client_builder(mut b: ClientBuilder, opts: &Value) -> Result<ClientBuilder, Error> {
    let Some(o) = opts.as_object() else {
        return match opts {
            Value::Null => Ok(b),
            _ => Err(Error::invalid_input("options", "must be an object")),
        };
    };
    for key in o.keys() {
        if !matches!(
            key.as_str(),
            "token"
                | "endpoint"
                | "application"
                | "timeoutMs"
                | "retries"
                | "poll"
                | "pageConcurrency"
                | "debug"
        ) {
            return Err(Error::invalid_input(
                format!("options.{key}"),
                "unknown option (token, endpoint, application, timeoutMs, retries, poll, pageConcurrency, debug)",
            ));
        }
    }
    if let Some(v) = present(o, "token") {
        b = b.token(string(v, "options.token")?);
    }
    if let Some(v) = present(o, "endpoint") {
        b = b.endpoint(string(v, "options.endpoint")?);
    }
    if let Some(v) = present(o, "application") {
        b = match v {
            Value::String(name) => b.application(name.clone(), None),
            Value::Object(app) => {
                let name = string(
                    app.get("name").unwrap_or(&Value::Null),
                    "options.application.name",
                )?;
                let version = match app.get("version") {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(string(v, "options.application.version")?),
                };
                b.application(name, version.as_deref())
            }
            _ => {
                return Err(Error::invalid_input(
                    "options.application",
                    "must be a name or { name, version }",
                ))
            }
        };
    }
    if let Some(v) = present(o, "timeoutMs") {
        b = b.timeout(millis(v, "options.timeoutMs")?);
    }
    if let Some(v) = present(o, "retries") {
        b = b.retry(retry_policy(v, "options.retries")?);
    }
    if let Some(v) = present(o, "poll") {
        b = b.poll(poll_policy(v, "options.poll")?);
    }
    if let Some(v) = present(o, "pageConcurrency") {
        b = b.page_concurrency(count(v, "options.pageConcurrency")? as usize);
    }
    if let Some(v) = present(o, "debug") {
        b = b.debug(
            v.as_bool()
                .ok_or_else(|| Error::invalid_input("options.debug", "must be true or false"))?,
        );
    }
    Ok(b)
}

/// Per-call options `{ timeoutMs, retries }` (the signal stays on the JS side).
pub fn call_options(opts: &Value) -> Result<hetzcloud::CallOptions, Error> {
    let mut out = hetzcloud::CallOptions::default();
    let Some(o) = opts.as_object() else {
        return Ok(out);
    };
    if let Some(v) = present(o, "timeoutMs") {
        out.timeout = Some(millis(v, "options.timeoutMs")?);
    }
    if let Some(v) = present(o, "retries") {
        out.retry = Some(retry_policy(v, "options.retries")?);
    }
    Ok(out)
}

/// A number of retries, or `{ maxRetries, baseDelayMs, maxDelayMs, jitter, maxRateLimitWaitMs }`.
pub fn retry_policy(v: &Value, field: &str) -> Result<RetryPolicy, Error> {
    let mut p = RetryPolicy::default();
    match v {
        Value::Number(_) => p.max_retries = count(v, field)?,
        Value::Object(o) => {
            if let Some(v) = present(o, "maxRetries") {
                p.max_retries = count(v, &format!("{field}.maxRetries"))?;
            }
            if let Some(v) = present(o, "baseDelayMs") {
                p.base_delay = millis(v, &format!("{field}.baseDelayMs"))?;
            }
            if let Some(v) = present(o, "maxDelayMs") {
                p.max_delay = millis(v, &format!("{field}.maxDelayMs"))?;
            }
            if let Some(v) = present(o, "maxRateLimitWaitMs") {
                p.max_rate_limit_wait = millis(v, &format!("{field}.maxRateLimitWaitMs"))?;
            }
            if let Some(v) = present(o, "jitter") {
                p.jitter = v.as_bool().ok_or_else(|| {
                    Error::invalid_input(format!("{field}.jitter"), "must be true or false")
                })?;
            }
        }
        _ => {
            return Err(Error::invalid_input(
                field,
                "must be a number of retries or { maxRetries, baseDelayMs, maxDelayMs, jitter }",
            ))
        }
    }
    Ok(p)
}

/// `{ intervalMs, maxIntervalMs, factor, fastPolls, timeoutMs }` (`timeoutMs: null`: no limit).
pub fn poll_policy(v: &Value, field: &str) -> Result<PollPolicy, Error> {
    let mut p = PollPolicy::default();
    let Some(o) = v.as_object() else {
        return Err(Error::invalid_input(
            field,
            "must be { intervalMs, maxIntervalMs, factor, fastPolls, timeoutMs }",
        ));
    };
    if let Some(v) = present(o, "intervalMs") {
        p.initial = millis(v, &format!("{field}.intervalMs"))?;
        p.max = p.max.max(p.initial);
    }
    if let Some(v) = present(o, "maxIntervalMs") {
        p.max = millis(v, &format!("{field}.maxIntervalMs"))?;
    }
    if let Some(v) = present(o, "factor") {
        p.factor = v
            .as_f64()
            .filter(|f| *f >= 1.0)
            .ok_or_else(|| Error::invalid_input(format!("{field}.factor"), "must be ≥ 1"))?;
    }
    if let Some(v) = present(o, "fastPolls") {
        p.fast_polls = count(v, &format!("{field}.fastPolls"))?;
    }
    match o.get("timeoutMs") {
        None => {}
        Some(Value::Null) => p.timeout = None,
        Some(v) => p.timeout = Some(millis(v, &format!("{field}.timeoutMs"))?),
    }
    Ok(p)
}

fn present<'a>(o: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    o.get(key).filter(|v| !v.is_null())
}

fn string(v: &Value, field: &str) -> Result<String, Error> {
    v.as_str()
        .map(str::to_owned)
        .ok_or_else(|| Error::invalid_input(field, "must be a string"))
}

pub fn millis(v: &Value, field: &str) -> Result<Duration, Error> {
    v.as_f64()
        .filter(|ms| ms.is_finite() && *ms >= 0.0)
        .map(|ms| Duration::from_secs_f64(ms / 1000.0))
        .ok_or_else(|| Error::invalid_input(field, "must be a number of milliseconds ≥ 0"))
}

fn count(v: &Value, field: &str) -> Result<u32, Error> {
    v.as_f64()
        .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX))
        .map(|n| n as u32)
        .ok_or_else(|| Error::invalid_input(field, "must be a whole number ≥ 0"))
}

pub fn rate_limit(rl: Option<RateLimit>) -> Value {
    match rl {
        Some(rl) => json!({ "limit": rl.limit, "remaining": rl.remaining, "reset": rl.reset }),
        None => Value::Null,
    }
}

/// The JSON description of an error: `kind` picks the JS class. The core's messages never
/// hold the token (it only travels in a header the transport marks sensitive).
pub fn error(e: &Error) -> Value {
    let message = e.to_string();
    match e {
        Error::Api(api) => json!({
            "kind": "api",
            "message": message,
            "apiMessage": api.message,
            "code": api.code.as_str(),
            "status": api.status,
            "details": details(&api.details),
            "correlationId": api.correlation_id,
        }),
        Error::Transport {
            message: m,
            connect,
        } => json!({
            "kind": "transport", "message": message, "code": "transport_error",
            "detail": m, "connect": connect,
        }),
        Error::Timeout(d) => json!({
            "kind": "timeout", "message": message, "code": "request_timeout",
            "timeoutMs": d.as_millis() as u64,
        }),
        Error::Decode {
            path,
            message: m,
            status,
        } => json!({
            "kind": "decode", "message": message, "code": "decode_error",
            "path": path, "detail": m, "status": status,
        }),
        Error::InvalidInput { field, message: m } => json!({
            "kind": "invalid_input", "message": message, "code": "invalid_input",
            "field": field,
            "details": { "fields": [{ "name": field, "messages": [m] }] },
        }),
        Error::ActionFailed(actions) => json!({
            "kind": "action_failed", "message": message, "code": "action_failed",
            "actions": actions.iter().map(|a| json!({
                "id": a.id, "command": a.command, "code": a.code, "message": a.message,
            })).collect::<Vec<_>>(),
        }),
        Error::WaitTimeout { waited, pending } => json!({
            "kind": "wait_timeout", "message": message, "code": "wait_timeout",
            "waitedMs": waited.as_millis() as u64,
            "pending": pending.iter().map(|a| json!({
                "id": a.id, "command": a.command, "progress": a.progress,
            })).collect::<Vec<_>>(),
        }),
        other => json!({ "kind": "other", "message": other.to_string(), "code": "error" }),
    }
}

fn details(d: &ErrorDetails) -> Value {
    match d {
        ErrorDetails::None => Value::Null,
        ErrorDetails::InvalidInput { fields } => json!({
            "fields": fields.iter().map(|f| json!({ "name": f.name, "messages": f.messages })).collect::<Vec<_>>(),
        }),
        ErrorDetails::ResourceLimits { limits } => json!({
            "limits": limits.iter().map(|l| json!({ "name": l.name })).collect::<Vec<_>>(),
        }),
        ErrorDetails::Deprecated { announcement } => json!({ "announcement": announcement }),
        ErrorDetails::Other(v) => v.clone(),
        _ => Value::Null,
    }
}

/// Arguments as sent by JS: a JSON text, `""`/`null`/`undefined` for none.
pub fn parse_args(text: &str) -> Result<Value, Error> {
    if text.is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(text)
        .map_err(|e| Error::invalid_input("args", format!("not valid JSON: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_build_a_client() {
        let b = client_builder(
            ClientBuilder::default(),
            &json!({"token": "t", "endpoint": "http://127.0.0.1:1/v1", "timeoutMs": 1500,
                    "retries": 0, "poll": {"intervalMs": 10, "timeoutMs": null},
                    "application": {"name": "app", "version": "1"}}),
        )
        .unwrap();
        let c = b.build().unwrap();
        assert_eq!(c.endpoint(), "http://127.0.0.1:1/v1");
        assert_eq!(c.poll_policy().initial, Duration::from_millis(10));
        assert_eq!(c.poll_policy().timeout, None);
    }

    #[test]
    fn unknown_and_ill_typed_options_are_named() {
        let e = client_builder(ClientBuilder::default(), &json!({"tokn": "x"})).unwrap_err();
        assert!(e.to_string().contains("options.tokn"), "{e}");
        let e = client_builder(ClientBuilder::default(), &json!({"timeoutMs": "x"})).unwrap_err();
        assert!(e.to_string().contains("options.timeoutMs"), "{e}");
    }

    #[test]
    fn errors_describe_themselves_without_the_token() {
        let e = Error::invalid_input("labels", "bad");
        let v = error(&e);
        assert_eq!(v["kind"], "invalid_input");
        assert_eq!(v["field"], "labels");
        assert_eq!(v["details"]["fields"][0]["messages"][0], "bad");
        let err = client_builder(ClientBuilder::default(), &json!({"token": "a secret"}))
            .unwrap()
            .build()
            .unwrap_err();
        assert!(!error(&err).to_string().contains("a secret"));
    }

    #[test]
    fn call_options_read_timeout_and_retries() {
        let o = call_options(&json!({"timeoutMs": 250, "retries": 2})).unwrap();
        assert_eq!(o.timeout, Some(Duration::from_millis(250)));
        assert_eq!(o.retry.unwrap().max_retries, 2);
    }
}
