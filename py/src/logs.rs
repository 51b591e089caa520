//! The core's `tracing` events (requests and answers with `debug=True`, retries always) go to
//! Python's `logging`, under the logger named by the event's target (`hetzcloud.http`, ...).

use pyo3::prelude::*;
use std::fmt::Write;
use std::sync::Once;
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.0.push_str(value);
        } else {
            let _ = write!(self.0, " {}={value}", field.name());
        }
    }
}

struct PyLogging;

impl<S: Subscriber> Layer<S> for PyLogging {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let meta = event.metadata();
        let level = match *meta.level() {
            Level::ERROR => 40,
            Level::WARN => 30,
            Level::INFO => 20,
            _ => 10,
        };
        let mut msg = Message(String::new());
        event.record(&mut msg);
        let logger = meta.target().replace("::", ".");
        Python::attach(|py| {
            let r = py
                .import("logging")
                .and_then(|l| l.call_method1("getLogger", (logger,)))
                .and_then(|l| l.call_method1("log", (level, msg.0)));
            if let Err(e) = r {
                e.write_unraisable(py, None);
            }
        });
    }
}

static INSTALL: Once = Once::new();

/// Installs the forwarding once per process (unless the process already has a subscriber).
pub fn install() {
    INSTALL.call_once(|| {
        let filter = Targets::new().with_target("hetzcloud", Level::DEBUG);
        let subscriber = tracing_subscriber::registry().with(PyLogging.with_filter(filter));
        let _ = tracing::subscriber::set_global_default(subscriber);
    });
}
