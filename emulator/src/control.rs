//! `/_emulator/`: what tests use to steer the emulator.
//!
//! - `POST /_emulator/reset` — back to an empty project
//! - `GET|PUT /_emulator/state` — dump or load the whole project as JSON
//! - `GET|DELETE /_emulator/requests` — the requests received (newest last)
//! - `GET|POST|DELETE /_emulator/faults` — list, add (a `FaultRule`) or clear faults
//! - `POST /_emulator/actions/fail` — make the next action (of a command) fail
//! - `GET|PUT /_emulator/settings` — action duration, resource limit
//! - `GET /_emulator/health`

use crate::actions::FailRule;
use crate::faults::FaultRule;
use crate::http::App;
use crate::store::{Settings, Store};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use std::sync::Arc;

pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/_emulator/health", get(|| async { "ok" }))
        .route("/_emulator/reset", post(reset))
        .route("/_emulator/state", get(dump).put(load))
        .route("/_emulator/requests", get(requests).delete(clear_requests))
        .route(
            "/_emulator/faults",
            get(list_faults).post(add_fault).delete(clear_faults),
        )
        .route("/_emulator/actions/fail", post(fail_next))
        .route("/_emulator/settings", get(settings).put(set_settings))
}

fn store(app: &App) -> std::sync::MutexGuard<'_, Store> {
    app.store.lock().unwrap_or_else(|e| e.into_inner())
}

async fn reset(State(app): State<Arc<App>>) -> StatusCode {
    let mut s = store(&app);
    *s = Store::new(app.config.settings());
    app.faults
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .rules
        .clear();
    app.recorded
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clear();
    StatusCode::NO_CONTENT
}

async fn dump(State(app): State<Arc<App>>) -> Json<Store> {
    Json(store(&app).clone())
}

async fn load(State(app): State<Arc<App>>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<Store>(&body) {
        Ok(new) => {
            let mut s = store(&app);
            *s = new;
            crate::ops::reconcile(&mut s);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => (StatusCode::BAD_REQUEST, format!("not a state dump: {e}")).into_response(),
    }
}

async fn requests(State(app): State<Arc<App>>) -> Response {
    let rec = app.recorded.lock().unwrap_or_else(|e| e.into_inner());
    Json(rec.iter().cloned().collect::<Vec<_>>()).into_response()
}

async fn clear_requests(State(app): State<Arc<App>>) -> StatusCode {
    app.recorded
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clear();
    StatusCode::NO_CONTENT
}

async fn list_faults(State(app): State<Arc<App>>) -> Json<Vec<FaultRule>> {
    Json(
        app.faults
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .rules
            .clone(),
    )
}

async fn add_fault(State(app): State<Arc<App>>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<FaultRule>(&body) {
        Ok(rule) => {
            app.faults
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .rules
                .push(rule);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => (StatusCode::BAD_REQUEST, format!("not a fault rule: {e}")).into_response(),
    }
}

async fn clear_faults(State(app): State<Arc<App>>) -> StatusCode {
    app.faults
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .rules
        .clear();
    StatusCode::NO_CONTENT
}

async fn fail_next(State(app): State<Arc<App>>, body: axum::body::Bytes) -> Response {
    let text: &[u8] = if body.is_empty() { b"{}" } else { &body };
    match serde_json::from_slice::<FailRule>(text) {
        Ok(rule) => {
            store(&app).settings.fail_next.push(rule);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => (StatusCode::BAD_REQUEST, format!("not a fail rule: {e}")).into_response(),
    }
}

async fn settings(State(app): State<Arc<App>>) -> Json<Settings> {
    Json(store(&app).settings.clone())
}

async fn set_settings(State(app): State<Arc<App>>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<Settings>(&body) {
        Ok(s) => {
            store(&app).settings = s;
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => (StatusCode::BAD_REQUEST, format!("not settings: {e}")).into_response(),
    }
}
