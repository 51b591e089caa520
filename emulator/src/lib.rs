//! A stateful, in-memory Hetzner Cloud API on loopback: for tests, examples and offline work.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let emulator = hetzcloud_emulator::Emulator::start(Default::default()).await?;
//! let client = emulator.client();
//! let keys = client.ssh_keys().list(&Default::default()).await.unwrap();
//! assert!(keys.ssh_keys.is_empty());
//! emulator.stop().await;
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]

mod actions;
mod call;
mod config;
mod control;
pub mod faults;
mod http;
mod list;
mod metadata;
mod ops;
mod reference;
mod store;

pub use config::Config;
pub use faults::{FaultKind, FaultRule};
pub use ops::handler_ids;

/// The README's examples, compiled as doctests (this crate sees both the client and the emulator).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

use http::{App, Bucket};
use std::net::SocketAddr;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};

/// A running emulator. Stop it with [`Emulator::stop`] (or drop it, which stops it too).
pub struct Emulator {
    endpoint: Endpoint,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

/// Where a running emulator listens, and a token it accepts. Both [`Emulator`] and
/// [`BackgroundEmulator`] dereference to it.
#[derive(Clone, Debug)]
pub struct Endpoint {
    addr: SocketAddr,
    token: String,
}

impl Endpoint {
    /// The API endpoint, e.g. `http://127.0.0.1:38123/v1`.
    pub fn url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// The server root (metadata under `/hetzner/v1/metadata`, control under `/_emulator/`).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A token the emulator accepts.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// A client for this emulator (usable from any runtime).
    pub fn client(&self) -> hetzcloud::Client {
        hetzcloud::Client::builder()
            .endpoint(self.url())
            .token(self.token.clone())
            .build()
            .expect("a valid local endpoint")
    }
}

impl std::ops::Deref for Emulator {
    type Target = Endpoint;
    fn deref(&self) -> &Endpoint {
        &self.endpoint
    }
}

impl std::ops::Deref for BackgroundEmulator {
    type Target = Endpoint;
    fn deref(&self) -> &Endpoint {
        &self.endpoint
    }
}

impl Emulator {
    /// Binds the configured address (port 0: a free port) and serves on the current runtime.
    pub async fn start(config: Config) -> std::io::Result<Emulator> {
        let listener = tokio::net::TcpListener::bind((config.host, config.port)).await?;
        let addr = listener.local_addr()?;
        let token = config
            .tokens
            .first()
            .cloned()
            .unwrap_or_else(|| "emulator-token".to_owned());
        let app = Arc::new(App {
            store: Mutex::new(store::Store::new(config.settings())),
            faults: Mutex::new(faults::Faults {
                rules: config.faults.clone(),
            }),
            limiter: Mutex::new(Bucket::new(config.rate_limit)),
            recorded: Mutex::new(Default::default()),
            counter: AtomicU64::new(0),
            seed: {
                use std::hash::{BuildHasher, Hasher};
                std::collections::hash_map::RandomState::new()
                    .build_hasher()
                    .finish()
            },
            config,
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let router = http::router(app);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(Emulator {
            endpoint: Endpoint { addr, token },
            shutdown: Some(tx),
            task: Some(task),
        })
    }

    /// Stops serving and waits until the server task has ended.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// An emulator serving from a thread of its own, with its own runtime: for callers that have no
/// tokio runtime (a plain `#[test]`, another language's test fixture). Stopping it, or dropping
/// it, ends the server and joins the thread.
pub struct BackgroundEmulator {
    endpoint: Endpoint,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Emulator {
    /// Starts an emulator on a new thread; returns once it listens.
    pub fn spawn(config: Config) -> std::io::Result<BackgroundEmulator> {
        type Ready = std::io::Result<(Endpoint, tokio::sync::oneshot::Sender<()>)>;
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Ready>();
        let thread = std::thread::Builder::new()
            .name("hetzcloud-emulator".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                runtime.block_on(async move {
                    match Emulator::start(config).await {
                        Ok(emulator) => {
                            let (stop_tx, stop_rx) = tokio::sync::oneshot::channel();
                            let _ = ready_tx.send(Ok((emulator.endpoint.clone(), stop_tx)));
                            let _ = stop_rx.await;
                            emulator.stop().await;
                        }
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                        }
                    }
                });
            })?;
        let (endpoint, shutdown) = ready_rx
            .recv()
            .map_err(|_| std::io::Error::other("the emulator thread ended before it listened"))??;
        Ok(BackgroundEmulator {
            endpoint,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }
}

impl BackgroundEmulator {
    /// Stops serving and waits for the thread to end.
    pub fn stop(mut self) {
        self.shutdown_and_join();
    }

    fn shutdown_and_join(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for BackgroundEmulator {
    fn drop(&mut self) {
        self.shutdown_and_join();
    }
}
