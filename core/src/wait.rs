//! Waiting for any number of actions with one request per 50 actions per poll round.
//!
//! The schedule follows the official CLI: `initial` (500 ms) for the first 10 rounds, then
//! ×1.5 per round up to `max` (2.5 s). When `RateLimit-Remaining` runs low the waiter polls no
//! faster than the limit refills, so waiting never exhausts the hourly budget.

use crate::client::Client;
use crate::error::{Error, FailedAction, PendingAction};
use crate::models::{Action, ActionStatus, GetActionsParams};
use crate::rate_limit::RateLimit;
use crate::runtime;
use std::collections::BTreeMap;
use std::future::IntoFuture;
use std::time::Duration;
use web_time::Instant;

/// IDs the API accepts in one `GET /actions?id=..` request.
pub const IDS_PER_REQUEST: usize = 50;

/// How action waiting polls: `initial` for the first `fast_polls` rounds, then growing by
/// `factor` up to `max`; slower still when the rate limit runs low.
#[derive(Clone, Debug, PartialEq)]
pub struct PollPolicy {
    pub initial: Duration,
    pub fast_polls: u32,
    pub factor: f64,
    pub max: Duration,
    /// Give up after this long (`None`: wait as long as it takes). Default one hour.
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
            timeout: Some(Duration::from_secs(3600)),
            low_rate_limit: 50,
        }
    }
}

impl PollPolicy {
    /// The pause after poll round `round` (0-based), before any rate-limit slowdown.
    pub fn interval(&self, round: u32) -> Duration {
        if round < self.fast_polls {
            return self.initial;
        }
        let grown = self.initial.as_secs_f64()
            * self
                .factor
                .powi((round - self.fast_polls + 1).min(64) as i32);
        Duration::from_secs_f64(grown.min(self.max.as_secs_f64())).max(self.initial.min(self.max))
    }

    /// `interval`, stretched when few requests remain: a round of `requests` requests may not
    /// come faster than the limit refills them (the API refills `limit` per hour).
    pub fn throttled(
        &self,
        interval: Duration,
        rate_limit: Option<RateLimit>,
        requests: u32,
    ) -> Duration {
        match rate_limit {
            Some(rl) if rl.remaining < self.low_rate_limit && rl.limit > 0 => {
                let refill = Duration::from_secs_f64(
                    3600.0 / f64::from(rl.limit) * f64::from(requests.max(1)),
                );
                interval.max(refill)
            }
            _ => interval,
        }
    }
}

/// Something that names an action: its ID, or the action itself.
pub trait ActionId {
    fn action_id(&self) -> i64;
}

impl ActionId for i64 {
    fn action_id(&self) -> i64 {
        *self
    }
}
impl ActionId for &i64 {
    fn action_id(&self) -> i64 {
        **self
    }
}
impl ActionId for Action {
    fn action_id(&self) -> i64 {
        self.id
    }
}
impl ActionId for &Action {
    fn action_id(&self) -> i64 {
        self.id
    }
}

#[cfg(not(target_arch = "wasm32"))]
type ProgressFn = Box<dyn FnMut(&Action) + Send>;
#[cfg(target_arch = "wasm32")]
type ProgressFn = Box<dyn FnMut(&Action)>;

/// A wait on several actions; configure it, then `.await` it.
///
/// ```no_run
/// # async fn demo(client: hetzcloud::Client) -> hetzcloud::Result<()> {
/// use std::time::Duration;
/// let created = client.servers().power_on(42).await?;
/// let done = client
///     .wait_for([&created.action])
///     .timeout(Duration::from_secs(300))
///     .on_progress(|a| println!("{} {} {}%", a.id, a.command, a.progress))
///     .await?;
/// assert!(done.iter().all(|a| a.status == hetzcloud::models::ActionStatus::Success));
/// # Ok(()) }
/// ```
pub struct ActionWaiter {
    client: Client,
    ids: Vec<i64>,
    poll: PollPolicy,
    progress: Option<ProgressFn>,
}

impl Client {
    /// Waits for all `actions` to finish. Resolves to the finished actions in the order given;
    /// fails with [`Error::ActionFailed`] listing every action that ended in `error`, or
    /// [`Error::WaitTimeout`] listing those still running at the deadline.
    pub fn wait_for<I>(&self, actions: I) -> ActionWaiter
    where
        I: IntoIterator,
        I::Item: ActionId,
    {
        let mut ids: Vec<i64> = Vec::new();
        for a in actions {
            let id = a.action_id();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ActionWaiter {
            client: self.clone(),
            ids,
            poll: self.inner.poll.clone(),
            progress: None,
        }
    }
}

impl ActionWaiter {
    /// Gives up after `timeout` with [`Error::WaitTimeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.poll.timeout = Some(timeout);
        self
    }

    /// Another poll schedule for this wait.
    pub fn poll(mut self, poll: PollPolicy) -> Self {
        self.poll = poll;
        self
    }

    /// Called with an action each time its status or progress changes (and once at first).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn on_progress(mut self, f: impl FnMut(&Action) + Send + 'static) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    /// Called with an action each time its status or progress changes (and once at first).
    #[cfg(target_arch = "wasm32")]
    pub fn on_progress(mut self, f: impl FnMut(&Action) + 'static) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    async fn run(mut self) -> Result<Vec<Action>, Error> {
        for &id in &self.ids {
            crate::checks::id("action id", id)?;
        }
        let started = Instant::now();
        let deadline = self.poll.timeout;
        let mut latest: BTreeMap<i64, Action> = BTreeMap::new();
        let mut pending: Vec<i64> = self.ids.clone();
        // Bounded by the deadline (default one hour); without one, by the actions finishing.
        for round in 0u32.. {
            let remaining = deadline.map(|d| d.saturating_sub(started.elapsed()));
            let polled = poll_round(&self.client, &pending, &mut latest, self.progress.as_mut());
            let polled = match remaining {
                Some(left) => match race(polled, left).await {
                    Some(result) => result,
                    None => return Err(timeout(started, &pending, &latest)),
                },
                None => polled.await,
            };
            polled?;
            let missing: Vec<i64> = pending
                .iter()
                .copied()
                .filter(|id| !latest.contains_key(id))
                .collect();
            if !missing.is_empty() {
                return Err(Error::invalid_input(
                    "actions",
                    format!("the API knows no action with ID {missing:?}"),
                ));
            }
            // Only `success` and `error` are final; a status this client does not know yet
            // is treated as still running.
            pending.retain(|id| {
                latest.get(id).is_some_and(|a| {
                    !matches!(a.status, ActionStatus::Success | ActionStatus::Error)
                })
            });
            if pending.is_empty() {
                break;
            }
            let requests = pending.len().div_ceil(IDS_PER_REQUEST) as u32;
            let pause = self.poll.throttled(
                self.poll.interval(round),
                self.client.rate_limit(),
                requests,
            );
            match deadline.map(|d| d.saturating_sub(started.elapsed())) {
                // Deadline passed: the last poll above was the final look.
                Some(left) if left.is_zero() => return Err(timeout(started, &pending, &latest)),
                // Sleep no further than the deadline, then poll one last time.
                Some(left) => runtime::sleep(pause.min(left)).await,
                None => runtime::sleep(pause).await,
            }
        }
        let failed: Vec<FailedAction> = self
            .ids
            .iter()
            .filter_map(|id| latest.get(id))
            .filter(|a| a.status == ActionStatus::Error)
            .map(|a| FailedAction {
                id: a.id,
                command: a.command.clone(),
                code: a.error.as_ref().map(|e| e.code.clone()).unwrap_or_default(),
                message: a
                    .error
                    .as_ref()
                    .map(|e| e.message.clone())
                    .unwrap_or_default(),
            })
            .collect();
        if !failed.is_empty() {
            return Err(Error::ActionFailed(failed));
        }
        Ok(self.ids.iter().filter_map(|id| latest.remove(id)).collect())
    }
}

/// One poll round: `GET /actions?id=..` per 50 pending actions, reporting changes.
async fn poll_round(
    client: &Client,
    pending: &[i64],
    latest: &mut BTreeMap<i64, Action>,
    mut progress: Option<&mut ProgressFn>,
) -> Result<(), Error> {
    for chunk in pending.chunks(IDS_PER_REQUEST) {
        let params = GetActionsParams::new(chunk.to_vec());
        let page = client.actions().get_by_ids(&params).await?;
        for action in page.data.actions {
            let changed = latest
                .get(&action.id)
                .is_none_or(|old| old.status != action.status || old.progress != action.progress);
            if changed {
                if let Some(f) = progress.as_mut() {
                    f(&action);
                }
            }
            latest.insert(action.id, action);
        }
    }
    Ok(())
}

/// `fut`'s output, or `None` when `limit` passes first (the request is then dropped).
async fn race<F: std::future::Future>(fut: F, limit: Duration) -> Option<F::Output> {
    let sleep = runtime::sleep(limit);
    futures::pin_mut!(fut, sleep);
    match futures::future::select(fut, sleep).await {
        futures::future::Either::Left((out, _)) => Some(out),
        futures::future::Either::Right(_) => None,
    }
}

fn timeout(started: Instant, pending: &[i64], latest: &BTreeMap<i64, Action>) -> Error {
    let pending = pending
        .iter()
        .map(|id| match latest.get(id) {
            Some(a) => PendingAction {
                id: a.id,
                command: a.command.clone(),
                progress: i64::from(a.progress),
            },
            None => PendingAction {
                id: *id,
                command: String::new(),
                progress: 0,
            },
        })
        .collect();
    Error::WaitTimeout {
        waited: started.elapsed(),
        pending,
    }
}

impl IntoFuture for ActionWaiter {
    type Output = Result<Vec<Action>, Error>;
    type IntoFuture = runtime::BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_starts_fast_then_backs_off_to_the_cap() {
        let p = PollPolicy::default();
        let ms: Vec<u128> = (0..16).map(|r| p.interval(r).as_millis()).collect();
        assert_eq!(&ms[..10], &[500; 10]);
        assert_eq!(&ms[10..], &[750, 1125, 1687, 2500, 2500, 2500]);
    }

    #[test]
    fn low_rate_limit_slows_polling_to_the_refill_rate() {
        let p = PollPolicy::default();
        let plenty = Some(RateLimit {
            limit: 3600,
            remaining: 3000,
            reset: 0,
        });
        let low = Some(RateLimit {
            limit: 3600,
            remaining: 10,
            reset: 0,
        });
        let half = Duration::from_millis(500);
        assert_eq!(p.throttled(half, plenty, 2), half);
        assert_eq!(p.throttled(half, None, 2), half);
        assert_eq!(p.throttled(half, low, 2), Duration::from_secs(2));
        assert_eq!(
            p.throttled(Duration::from_secs(5), low, 2),
            Duration::from_secs(5)
        );
    }
}
