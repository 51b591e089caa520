//! Lists servers by label, powers one off and waits for it.
//!
//! `HCLOUD_TOKEN=... cargo run -p hetzcloud --example list_and_power -- env=dev`
//! (or set `HCLOUD_ENDPOINT` to a local emulator).

use futures::TryStreamExt;
use hetzcloud::models::{ListServersParams, ServerStatus};
use hetzcloud::{ClientBuilder, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let selector = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "env=dev".to_owned());
    let client = ClientBuilder::from_env()?
        .application("list-and-power", Some("1.0"))
        .build()?;

    // Every page, fetched concurrently after the first, in order.
    let params = ListServersParams::default().label_selector(selector.as_str());
    let servers: Vec<_> = client.servers().list_all(&params).try_collect().await?;
    for s in &servers {
        println!(
            "{:>10}  {:<20} {:<12} {}",
            s.id, s.name, s.status, s.server_type.name
        );
    }

    if let Some(running) = servers.iter().find(|s| s.status == ServerStatus::Running) {
        let action = client.servers().power_off(running.id).await?;
        client
            .wait_for([&action.action])
            .on_progress(|a| println!("{} {}: {}%", a.command, a.status, a.progress))
            .await?;
    }
    if let Some(rl) = client.rate_limit() {
        println!("rate limit: {} of {} left", rl.remaining, rl.limit);
    }
    Ok(())
}
