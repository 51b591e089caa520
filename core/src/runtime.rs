//! The few things that differ between native targets and wasm32 in a browser or Node.

use std::time::Duration;

pub(crate) use web_time::{SystemTime, UNIX_EPOCH};

/// A boxed stream; `Send` natively, not on wasm32 where futures are single-threaded.
#[cfg(not(target_arch = "wasm32"))]
pub type BoxStream<'a, T> = futures::stream::BoxStream<'a, T>;
#[cfg(target_arch = "wasm32")]
pub type BoxStream<'a, T> = futures::stream::LocalBoxStream<'a, T>;

/// A boxed future; `Send` natively, not on wasm32.
#[cfg(not(target_arch = "wasm32"))]
pub type BoxFuture<'a, T> = futures::future::BoxFuture<'a, T>;
#[cfg(target_arch = "wasm32")]
pub type BoxFuture<'a, T> = futures::future::LocalBoxFuture<'a, T>;

/// Boxes a stream into [`BoxStream`] on either target.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn boxed<'a, T, S>(s: S) -> BoxStream<'a, T>
where
    S: futures::Stream<Item = T> + Send + 'a,
{
    Box::pin(s)
}
#[cfg(target_arch = "wasm32")]
pub(crate) fn boxed<'a, T, S>(s: S) -> BoxStream<'a, T>
where
    S: futures::Stream<Item = T> + 'a,
{
    Box::pin(s)
}

/// Waits without blocking the executor.
pub(crate) async fn sleep(d: Duration) {
    #[cfg(not(target_arch = "wasm32"))]
    tokio::time::sleep(d).await;
    #[cfg(target_arch = "wasm32")]
    gloo_timers::future::sleep(d).await;
}

/// Seconds since the Unix epoch, as `RateLimit-Reset` counts them.
pub(crate) fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// A uniformly random number in `[0, 1)` for backoff jitter.
pub(crate) fn random_unit() -> f64 {
    fastrand::f64()
}
