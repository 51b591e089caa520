//! Every operation of the API description is callable from the client, once, by a unique name.

#[allow(dead_code)] // only the operation ids are used here
#[path = "generated/contract_cases.rs"]
mod contract_cases;
#[path = "support/spec.rs"]
mod spec;

use hetzcloud::operations::OPERATIONS;
use std::collections::BTreeSet;

#[test]
fn every_operation_has_a_method() {
    let Some(spec) = spec::load() else { return };
    let in_spec: BTreeSet<String> = spec::operations(&spec)
        .into_iter()
        .map(|(id, ..)| id)
        .collect();
    let in_client: BTreeSet<String> = OPERATIONS.iter().map(|o| o.id.to_owned()).collect();
    let missing: Vec<_> = in_spec.difference(&in_client).collect();
    let extra: Vec<_> = in_client.difference(&in_spec).collect();
    assert!(
        missing.is_empty(),
        "operations without a method: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "methods for operations the description no longer has: {extra:?}"
    );
    println!(
        "coverage: {} of {} operations callable",
        in_client.len(),
        in_spec.len()
    );
}

#[test]
fn operation_table_matches_the_description() {
    let Some(spec) = spec::load() else { return };
    for (id, method, path, op) in spec::operations(&spec) {
        let o = OPERATIONS.iter().find(|o| o.id == id).expect("in table");
        assert_eq!(o.method.as_str().to_lowercase(), method, "{id}");
        assert_eq!(o.path, path, "{id}");
        assert_eq!(
            o.deprecated,
            op["deprecated"].as_bool().unwrap_or(false),
            "{id}"
        );
    }
    let deprecated = OPERATIONS.iter().filter(|o| o.deprecated).count();
    assert_eq!(deprecated, 12, "the description deprecates 12 operations");
}

#[test]
fn method_names_are_unique_per_handle() {
    let mut seen = BTreeSet::new();
    for o in OPERATIONS {
        assert!(
            seen.insert((o.resource, o.function)),
            "{}::{} twice",
            o.resource,
            o.function
        );
    }
}

#[test]
fn every_operation_has_a_contract_case() {
    let cases: BTreeSet<&str> = contract_cases::cases()
        .iter()
        .map(|c| c.operation_id)
        .collect();
    let table: BTreeSet<&str> = OPERATIONS.iter().map(|o| o.id).collect();
    assert_eq!(cases, table);
}

#[test]
fn handles_for_every_resource_named_in_the_issue() {
    let resources: BTreeSet<&str> = OPERATIONS.iter().map(|o| o.resource).collect();
    for r in [
        "servers",
        "images",
        "volumes",
        "networks",
        "firewalls",
        "floating_ips",
        "primary_ips",
        "load_balancers",
        "certificates",
        "ssh_keys",
        "placement_groups",
        "isos",
        "locations",
        "datacenters",
        "server_types",
        "load_balancer_types",
        "pricing",
        "actions",
        "zones",
    ] {
        assert!(resources.contains(r), "no handle for {r}");
    }
}
