//! A tour of hetzcloud against the built-in emulator: no account, no token, no network.
//!
//! `cargo run -p hetzcloud-emulator --example quickstart`
//!
//! Creates an SSH key and two servers with labels, waits for all their actions with progress,
//! lists them by label selector, powers one off, prints a table and deletes everything.

use futures::TryStreamExt;
use hetzcloud::models::{CreateServerRequest, CreateSshKeyRequest, ListServersParams, Server};
use hetzcloud::Client;
use hetzcloud_emulator::{Config, Emulator};
use std::time::Duration;

const PUBLIC_KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ quickstart";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Actions take a moment, as on the real API, so there is progress to show.
    let config = Config {
        action_duration: Duration::from_millis(800),
        ..Config::default()
    };
    let emulator = Emulator::start(config).await?;
    println!("emulator at {}\n", emulator.url());
    let client: Client = emulator.client();

    let key = client
        .ssh_keys()
        .create(&CreateSshKeyRequest::new("quickstart", PUBLIC_KEY))
        .await?;
    println!("SSH key {} ({})", key.ssh_key.name, key.ssh_key.fingerprint);

    let mut actions = Vec::new();
    for (name, role) in [("web-1", "web"), ("db-1", "db")] {
        let mut req = CreateServerRequest::new(name, "cx22", "ubuntu-24.04");
        req.ssh_keys = Some(vec![key.ssh_key.name.clone()]);
        req.labels = Some(
            [
                ("env".to_owned(), "demo".to_owned()),
                ("role".to_owned(), role.to_owned()),
            ]
            .into(),
        );
        let created = client.servers().create(&req).await?;
        println!("creating {name}: action {}", created.action.id);
        actions.push(created.action.clone());
        actions.extend(created.next_actions.iter().cloned());
    }
    println!("\nwaiting for {} actions:", actions.len());
    client
        .wait_for(&actions)
        .on_progress(|a| {
            println!(
                "  {:>6}  {:<14} {:>3}%  {}",
                a.id, a.command, a.progress, a.status
            )
        })
        .await?;

    let demo = ListServersParams::default().label_selector("env=demo");
    let servers: Vec<Server> = client.servers().list_all(&demo).try_collect().await?;
    print_table(&servers);

    let db = client
        .servers()
        .find("db-1")
        .await?
        .ok_or("db-1 is missing")?;
    let off = client.servers().power_off(db.id).await?;
    client.wait_for([&off.action]).await?;
    println!("\npowered off db-1");
    let servers: Vec<Server> = client.servers().list_all(&demo).try_collect().await?;
    print_table(&servers);

    let mut deletions = Vec::new();
    for s in &servers {
        deletions.extend(client.servers().delete(s.id).await?.into_inner().action);
    }
    client.wait_for(&deletions).await?;
    client.ssh_keys().delete(key.ssh_key.id).await?;
    let left = client.servers().list(&demo).await?.servers.len();
    println!("\ndeleted everything ({left} servers left)");
    if let Some(rl) = client.rate_limit() {
        println!(
            "rate limit: {} of {} requests left this hour",
            rl.remaining, rl.limit
        );
    }
    emulator.stop().await;
    Ok(())
}

fn print_table(servers: &[Server]) {
    println!(
        "\n{:<8} {:<8} {:<9} {:<6} {:<9} {:<16} LABELS",
        "ID", "NAME", "STATUS", "TYPE", "LOCATION", "IPV4"
    );
    for s in servers {
        let ip = s
            .public_net
            .ipv4
            .as_ref()
            .map(|v| v.ip.as_str())
            .unwrap_or("-");
        let labels: Vec<String> = s.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        println!(
            "{:<8} {:<8} {:<9} {:<6} {:<9} {:<16} {}",
            s.id,
            s.name,
            s.status.as_str(),
            s.server_type.name,
            s.location.name,
            ip,
            labels.join(",")
        );
    }
}
