//! Waiting for actions (being written).

use std::time::Duration;

/// How action waiting polls: `initial` for the first `fast_polls` rounds, then growing by
/// `factor` up to `max`; slower still when the rate limit runs low.
#[derive(Clone, Debug, PartialEq)]
pub struct PollPolicy {
    pub initial: Duration,
    pub fast_polls: u32,
    pub factor: f64,
    pub max: Duration,
    /// Give up after this long (`None`: wait as long as it takes).
    pub timeout: Option<Duration>,
    /// Below this many remaining requests, poll at the rate the limit refills instead.
    pub low_rate_limit: u32,
}

impl Default for PollPolicy {
    fn default() -> Self {
        PollPolicy {
            initial: Duration::from_millis(500),
            fast_polls: 10,
            factor: 1.5,
            max: Duration::from_millis(2500),
            timeout: None,
            low_rate_limit: 50,
        }
    }
}
