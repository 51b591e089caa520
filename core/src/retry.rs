//! When to retry a failed call, as a pure function of the attempt and its outcome.
//!
//! Defaults follow the official Hetzner libraries: the codes `rate_limit_exceeded`, `conflict`,
//! `timeout` and `bad_gateway`, HTTP 502 and 504 (and 503, which proxies send while the API
//! restarts), exponential backoff from 1 s doubling up to
//! 60 s with full jitter, at most 5 retries. Beyond that: a 429 waits until `RateLimit-Reset`
//! (capped), and network failures are retried only for methods that are safe to repeat.

use crate::ErrorCode;
use std::time::Duration;

/// How a client retries failed calls. `RetryPolicy::none()` turns retries off.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 = never retry).
    pub max_retries: u32,
    /// Backoff before the first retry; doubles each time.
    pub base_delay: Duration,
    /// Upper bound of any single backoff.
    pub max_delay: Duration,
    /// Full jitter: each backoff is uniformly random in `[0, backoff]`.
    pub jitter: bool,
    /// Upper bound on waiting for `RateLimit-Reset` after a 429.
    pub max_rate_limit_wait: Duration,
    /// API error codes worth retrying.
    pub retry_codes: Vec<ErrorCode>,
    /// HTTP statuses worth retrying whatever the body says.
    pub retry_statuses: Vec<u16>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 5,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            jitter: true,
            max_rate_limit_wait: Duration::from_secs(60),
            retry_codes: vec![
                ErrorCode::RateLimitExceeded,
                ErrorCode::Conflict,
                ErrorCode::Timeout,
                ErrorCode::BadGateway,
            ],
            retry_statuses: vec![502, 503, 504],
        }
    }
}

/// What happened on one attempt, as far as the retry decision cares.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<'a> {
    /// The API answered with an error.
    Api {
        status: u16,
        code: &'a ErrorCode,
        /// Time until `RateLimit-Reset`, when the answer carried it.
        rate_limit_reset_in: Option<Duration>,
    },
    /// The request failed on the way (connection refused or dropped, timeout).
    Network {
        /// Whether the method may be repeated without changing the result (GET, PUT, DELETE).
        idempotent: bool,
    },
}

/// The decision for one failed attempt.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Decision {
    /// Try again after this delay.
    Retry(Duration),
    /// Give up and return the error.
    Stop,
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> RetryPolicy {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// Decides about attempt number `attempt` (1 = the first request) that ended in `outcome`.
    /// `random` is a number in `[0, 1)` that scales the jitter, passed in to keep this pure.
    pub fn decide(&self, attempt: u32, outcome: &Outcome<'_>, random: f64) -> Decision {
        if attempt > self.max_retries {
            return Decision::Stop;
        }
        match outcome {
            Outcome::Network { idempotent: false } => Decision::Stop,
            Outcome::Network { idempotent: true } => Decision::Retry(self.backoff(attempt, random)),
            Outcome::Api {
                status,
                code,
                rate_limit_reset_in,
            } => {
                let retryable =
                    self.retry_codes.contains(code) || self.retry_statuses.contains(status);
                if !retryable {
                    return Decision::Stop;
                }
                let backoff = self.backoff(attempt, random);
                match (status, rate_limit_reset_in) {
                    // Waiting less than the reset would only burn another request on a 429.
                    (429, Some(reset)) => {
                        Decision::Retry((*reset).min(self.max_rate_limit_wait).max(backoff))
                    }
                    _ => Decision::Retry(backoff),
                }
            }
        }
    }

    /// Backoff before retry `attempt` (1-based): `base × 2^(attempt-1)`, capped, jittered.
    pub fn backoff(&self, attempt: u32, random: f64) -> Duration {
        let exp = attempt.saturating_sub(1).min(30);
        let raw = self
            .base_delay
            .saturating_mul(1u32 << exp)
            .min(self.max_delay);
        if self.jitter {
            raw.mul_f64(random.clamp(0.0, 1.0))
        } else {
            raw
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, code: &ErrorCode) -> Outcome<'_> {
        Outcome::Api {
            status,
            code,
            rate_limit_reset_in: None,
        }
    }

    #[test]
    fn decision_table() {
        let p = RetryPolicy {
            jitter: false,
            ..RetryPolicy::default()
        };
        let s = Duration::from_secs;
        let conflict = ErrorCode::Conflict;
        let rate = ErrorCode::RateLimitExceeded;
        let timeout = ErrorCode::Timeout;
        let bad_gw = ErrorCode::BadGateway;
        let not_found = ErrorCode::NotFound;
        let invalid = ErrorCode::InvalidInput;
        let server_err = ErrorCode::ServerError;
        let unknown = ErrorCode::Unrecognized("http_503".into());
        let reset = |secs| Outcome::Api {
            status: 429,
            code: &rate,
            rate_limit_reset_in: Some(s(secs)),
        };
        let table: Vec<(u32, Outcome<'_>, Decision)> = vec![
            (1, api(409, &conflict), Decision::Retry(s(1))),
            (2, api(409, &conflict), Decision::Retry(s(2))),
            (3, api(504, &timeout), Decision::Retry(s(4))),
            (4, api(502, &bad_gw), Decision::Retry(s(8))),
            (5, api(502, &server_err), Decision::Retry(s(16))),
            (6, api(409, &conflict), Decision::Stop),
            (1, api(404, &not_found), Decision::Stop),
            (1, api(422, &invalid), Decision::Stop),
            (1, api(500, &server_err), Decision::Stop),
            (1, api(503, &unknown), Decision::Retry(s(1))),
            (1, api(501, &unknown), Decision::Stop),
            (1, api(504, &unknown), Decision::Retry(s(1))),
            (1, reset(30), Decision::Retry(s(30))),
            (1, reset(3000), Decision::Retry(s(60))),
            (3, reset(0), Decision::Retry(s(4))),
            (1, api(429, &rate), Decision::Retry(s(1))),
            (
                1,
                Outcome::Network { idempotent: true },
                Decision::Retry(s(1)),
            ),
            (1, Outcome::Network { idempotent: false }, Decision::Stop),
            (6, Outcome::Network { idempotent: true }, Decision::Stop),
        ];
        for (attempt, outcome, want) in table {
            assert_eq!(
                p.decide(attempt, &outcome, 0.5),
                want,
                "attempt {attempt}, {outcome:?}"
            );
        }
    }

    #[test]
    fn backoff_doubles_then_caps() {
        let p = RetryPolicy {
            jitter: false,
            ..RetryPolicy::default()
        };
        let got: Vec<u64> = (1..=8).map(|a| p.backoff(a, 0.0).as_secs()).collect();
        assert_eq!(got, vec![1, 2, 4, 8, 16, 32, 60, 60]);
    }

    #[test]
    fn full_jitter_scales_within_bounds() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(3, 0.0), Duration::ZERO);
        assert_eq!(p.backoff(3, 0.5), Duration::from_secs(2));
        assert!(p.backoff(3, 0.999) < Duration::from_secs(4));
    }

    #[test]
    fn none_never_retries() {
        let p = RetryPolicy::none();
        assert_eq!(
            p.decide(1, &api(409, &ErrorCode::Conflict), 0.5),
            Decision::Stop
        );
    }
}
