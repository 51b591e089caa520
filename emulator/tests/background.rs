//! An emulator started without a runtime of the caller's (as a plain test or a Python fixture
//! would), used from another runtime, and stopped: the port is closed afterwards.

use hetzcloud::models::CreateSshKeyRequest;
use hetzcloud_emulator::{Config, Emulator};

const KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ a@x";

#[test]
fn spawned_emulator_serves_and_stops() {
    let emulator = Emulator::spawn(Config::default()).expect("starts");
    assert!(emulator.url().starts_with("http://127.0.0.1:"));
    let client = emulator.client();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let created = runtime
        .block_on(
            client
                .ssh_keys()
                .create(&CreateSshKeyRequest::new("k", KEY)),
        )
        .expect("answers");
    assert_eq!(created.ssh_key.name, "k");
    let addr = emulator.addr();
    emulator.stop();
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "still listening after stop"
    );
}

#[test]
fn spawn_reports_a_port_in_use() {
    let first = Emulator::spawn(Config::default()).unwrap();
    let taken = Config {
        port: first.addr().port(),
        ..Config::default()
    };
    let err = Emulator::spawn(taken).err().expect("the port is taken");
    assert_eq!(err.kind(), std::io::ErrorKind::AddrInUse);
    drop(first);
}
