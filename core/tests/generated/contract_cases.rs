// Generated from cloud.spec.json by xtask. Do not edit.
//
// PLACEHOLDER, written by hand: three cases through the untyped `execute_*` calls, so that the
// contract test (core/tests/contract_prism.rs) can be built and run before the generator writes
// this file with one case per operation of the spec, through the typed methods. The interface
// (`Case`, `cases()`) is the one the generator keeps.

use futures::future::BoxFuture;
use futures::FutureExt;
use hetzcloud::{ApiRequest, CallOptions, Client, Error, Method};

/// One operation of the spec, sent with example arguments.
pub struct Case {
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// Sends the request and decodes the answer into the client's type for it.
    pub run: fn(Client) -> BoxFuture<'static, Result<(), Error>>,
}

/// Every case, one per operation.
pub fn cases() -> Vec<Case> {
    vec![
        Case {
            operation_id: "list_servers",
            run: |client| {
                async move {
                    let req = ApiRequest::new(Method::Get, "/servers");
                    client.execute_json(req, &CallOptions::default()).await?;
                    Ok(())
                }
                .boxed()
            },
        },
        Case {
            operation_id: "create_server",
            run: |client| {
                async move {
                    let req =
                        ApiRequest::new(Method::Post, "/servers").json(&serde_json::json!({
                            "name": "my-server",
                            "server_type": "cpx22",
                            "image": "ubuntu-24.04",
                            "location": "nbg1",
                            "labels": { "environment": "prod" }
                        }))?;
                    client.execute_json(req, &CallOptions::default()).await?;
                    Ok(())
                }
                .boxed()
            },
        },
        Case {
            operation_id: "delete_firewall",
            run: |client| {
                async move {
                    let req = ApiRequest::new(Method::Delete, "/firewalls/42");
                    client
                        .execute_no_content(req, &CallOptions::default())
                        .await?;
                    Ok(())
                }
                .boxed()
            },
        },
    ]
}
