//! The emulator answers every operation of the API description.

use hetzcloud::operations::OPERATIONS;

#[test]
fn every_operation_is_emulated() {
    let emulated = hetzcloud_emulator::handler_ids();
    let missing: Vec<&str> = OPERATIONS
        .iter()
        .map(|o| o.id)
        .filter(|id| !emulated.contains(id))
        .collect();
    println!(
        "emulated: {} of {} operations",
        emulated.len(),
        OPERATIONS.len()
    );
    assert!(
        missing.is_empty(),
        "operations the emulator does not answer: {missing:?}"
    );
}
