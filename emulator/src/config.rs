//! How an emulator is set up.

use crate::faults::FaultRule;
use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on; loopback unless you mean to share it.
    pub host: IpAddr,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// Tokens accepted for everything; empty accepts any token.
    pub tokens: Vec<String>,
    /// Tokens accepted for GET only (others answer `forbidden`).
    pub read_only_tokens: Vec<String>,
    /// Requests per hour before `rate_limit_exceeded` (refilled one by one, like the API).
    pub rate_limit: u32,
    /// How long actions run before they finish.
    pub action_duration: Duration,
    /// Faults active from the start.
    pub faults: Vec<FaultRule>,
    /// Most resources of one kind (then `resource_limit_exceeded`).
    pub max_per_kind: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            tokens: Vec::new(),
            read_only_tokens: Vec::new(),
            rate_limit: 3600,
            action_duration: Duration::ZERO,
            faults: Vec::new(),
            max_per_kind: 100,
        }
    }
}

impl Config {
    pub(crate) fn settings(&self) -> crate::store::Settings {
        crate::store::Settings {
            action_duration_ms: self.action_duration.as_millis() as u64,
            max_per_kind: self.max_per_kind,
            ..Default::default()
        }
    }
}
