//! `hetzcloud-emulator --port 0 --action-duration 0ms --token T` prints its URL and serves
//! until Ctrl-C.

use hetzcloud_emulator::{Config, Emulator, FaultRule};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "usage: hetzcloud-emulator [--host 127.0.0.1] [--port 0] [--token T]... \
[--read-only-token T]... [--action-duration 1s] [--rate-limit 3600] [--max-per-kind 100] \
[--fault SPEC]...
  --fault: KIND[=VALUE][,times=N][,path=/v1/...][,method=POST]
           KIND: latency=MS | status=CODE | html=CODE | rate_limit | drop | truncate";

fn parse_duration(s: &str) -> Option<Duration> {
    if let Some(ms) = s.strip_suffix("ms") {
        return ms.parse().ok().map(Duration::from_millis);
    }
    let secs = s.strip_suffix('s').unwrap_or(s);
    secs.parse::<f64>()
        .ok()
        .and_then(|v| Duration::try_from_secs_f64(v).ok())
}

fn parse(args: &[String]) -> Result<Config, String> {
    let mut c = Config {
        action_duration: Duration::from_secs(1),
        ..Config::default()
    };
    let mut i = 0;
    while i < args.len() {
        let flag = args[i].as_str();
        if flag == "--help" || flag == "-h" {
            return Err(String::new());
        }
        let value = args
            .get(i + 1)
            .ok_or_else(|| format!("{flag} needs a value"))?;
        match flag {
            "--host" => {
                c.host = value
                    .parse()
                    .map_err(|_| format!("--host: `{value}` is not an IP address"))?
            }
            "--port" => {
                c.port = value
                    .parse()
                    .map_err(|_| format!("--port: `{value}` is not a port"))?
            }
            "--token" => c.tokens.push(value.clone()),
            "--read-only-token" => c.read_only_tokens.push(value.clone()),
            "--action-duration" => {
                c.action_duration = parse_duration(value).ok_or_else(|| {
                    format!("--action-duration: `{value}` is not a duration like 500ms or 2s")
                })?
            }
            "--rate-limit" => {
                c.rate_limit = value
                    .parse()
                    .map_err(|_| format!("--rate-limit: `{value}` is not a number"))?
            }
            "--max-per-kind" => {
                c.max_per_kind = value
                    .parse()
                    .map_err(|_| format!("--max-per-kind: `{value}` is not a number"))?
            }
            "--fault" => c.faults.push(FaultRule::parse(value)?),
            other => return Err(format!("unknown option `{other}`")),
        }
        i += 2;
    }
    Ok(c)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match parse(&args) {
        Ok(c) => c,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { 2 });
        }
    };
    let emulator = match Emulator::start(config).await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot listen: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("{}", emulator.url());
    let _ = tokio::signal::ctrl_c().await;
    emulator.stop().await;
    ExitCode::SUCCESS
}
