//! Every request and response example in the API description decodes into its generated type.

#[path = "generated/example_types.rs"]
mod example_types;
#[path = "support/spec.rs"]
mod spec;

/// The example values of a media type object: `examples.*.value` and `schema.example`.
fn examples(media: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    if let Some(map) = media["examples"].as_object() {
        for (name, ex) in map {
            out.push((name.clone(), ex["value"].clone()));
        }
    }
    if let Some(ex) = media.get("example") {
        out.push(("example".into(), ex.clone()));
    }
    if let Some(ex) = media["schema"].get("example") {
        out.push(("schema.example".into(), ex.clone()));
    }
    out
}

#[test]
fn every_example_decodes_into_its_type() {
    let Some(spec) = spec::load() else { return };
    let mut checked = 0;
    let mut failures = Vec::new();
    for (id, _, _, op) in spec::operations(&spec) {
        for (status, response) in op["responses"].as_object().expect("responses") {
            if !status.starts_with('2') {
                continue;
            }
            for (name, value) in examples(&response["content"]["application/json"]) {
                let json = value.to_string();
                match example_types::decode_response(&id, &json) {
                    Some(Ok(())) => checked += 1,
                    Some(Err(e)) => failures.push(format!("{id} {status} {name}: {e}")),
                    None => failures.push(format!("{id} {status} {name}: no response type")),
                }
            }
        }
        for (name, value) in examples(&op["requestBody"]["content"]["application/json"]) {
            match example_types::decode_request(&id, &value.to_string()) {
                Some(Ok(())) => checked += 1,
                Some(Err(e)) => failures.push(format!("{id} request {name}: {e}")),
                None => failures.push(format!("{id} request {name}: no request type")),
            }
        }
    }
    println!(
        "spec examples: {checked} decoded, {} failed",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "examples that do not decode:\n{}",
        failures.join("\n")
    );
    assert!(
        checked >= 100,
        "expected the description's examples, found only {checked}"
    );
}

#[test]
fn error_examples_decode_into_api_errors() {
    let Some(spec) = spec::load() else { return };
    let mut checked = 0;
    for (id, _, _, op) in spec::operations(&spec) {
        for (status, response) in op["responses"].as_object().expect("responses") {
            if status.starts_with('2') {
                continue;
            }
            for (name, value) in examples(&response["content"]["application/json"]) {
                let body = value.to_string();
                let err = hetzcloud::ApiError::from_response(422, body.as_bytes(), None);
                let code = value["error"]["code"].as_str().unwrap_or_default();
                assert_eq!(err.code.as_str(), code, "{id} {status} {name}");
                assert!(
                    !matches!(err.code, hetzcloud::ErrorCode::Unrecognized(_)),
                    "{id} {status} {name}: code {code} is not a documented ErrorCode"
                );
                assert_eq!(
                    err.message,
                    value["error"]["message"].as_str().unwrap_or_default()
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked >= 189,
        "every operation documents an error example; found {checked}"
    );
}
