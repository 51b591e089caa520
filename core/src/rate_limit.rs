//! The `RateLimit-*` headers the API sends with every response.

use std::time::Duration;

/// The rate limit as the last response reported it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed per hour (`RateLimit-Limit`).
    pub limit: u32,
    /// Requests left in the current window (`RateLimit-Remaining`).
    pub remaining: u32,
    /// Unix time (seconds) at which the full limit is available again (`RateLimit-Reset`).
    pub reset: i64,
}

impl RateLimit {
    /// Reads the three headers; `None` unless all three are present and numeric.
    pub fn from_headers(headers: &reqwest::header::HeaderMap) -> Option<RateLimit> {
        let num =
            |name: &str| -> Option<i64> { headers.get(name)?.to_str().ok()?.trim().parse().ok() };
        Some(RateLimit {
            limit: u32::try_from(num("ratelimit-limit")?).ok()?,
            remaining: u32::try_from(num("ratelimit-remaining")?).ok()?,
            reset: num("ratelimit-reset")?,
        })
    }

    /// Time from `now` (Unix seconds) until the reset instant; zero if it has passed.
    pub fn reset_in(&self, now: i64) -> Duration {
        Duration::from_secs(self.reset.saturating_sub(now).max(0) as u64)
    }

    /// Time until one more request is available, given the API refills one request per
    /// `3600 / limit` seconds. Zero when requests remain.
    pub fn next_request_in(&self) -> Duration {
        if self.remaining > 0 || self.limit == 0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(3600.0 / f64::from(self.limit))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue};

    #[test]
    fn reads_all_three_headers() {
        let mut h = HeaderMap::new();
        h.insert("RateLimit-Limit", HeaderValue::from_static("3600"));
        h.insert("RateLimit-Remaining", HeaderValue::from_static("12"));
        h.insert("RateLimit-Reset", HeaderValue::from_static("1700000000"));
        let rl = RateLimit::from_headers(&h).unwrap();
        assert_eq!(
            rl,
            RateLimit {
                limit: 3600,
                remaining: 12,
                reset: 1_700_000_000
            }
        );
        assert_eq!(rl.reset_in(1_699_999_990), Duration::from_secs(10));
        assert_eq!(rl.reset_in(1_800_000_000), Duration::ZERO);
    }

    #[test]
    fn missing_header_gives_none() {
        let mut h = HeaderMap::new();
        h.insert("RateLimit-Limit", HeaderValue::from_static("3600"));
        assert_eq!(RateLimit::from_headers(&h), None);
    }
}
