//! Actions: created `running`, finished (`success` or `error`) after the configured duration,
//! with their effects on resources applied when they succeed. Progress is computed on read,
//! so nothing runs in the background.

use crate::call::ApiFail;
use crate::store::Store;
use chrono::{DateTime, Duration, Utc};
use hetzcloud::models::{Action, ActionError, ActionResource, ActionStatus};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A running action's future.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Pending {
    pub finish_at: DateTime<Utc>,
    /// `(code, message)` when the action is to fail.
    pub fail: Option<(String, String)>,
    pub effects: Vec<Effect>,
}

/// A change to apply when an action succeeds.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Effect {
    /// Merge `patch` (a JSON object) into the resource `id` of `table` (`servers`, `volumes`, ...).
    Patch {
        table: String,
        id: i64,
        patch: Value,
    },
    /// Remove the resource.
    Delete { table: String, id: i64 },
}

impl Effect {
    pub fn patch(table: &str, id: i64, patch: Value) -> Effect {
        Effect::Patch {
            table: table.to_owned(),
            id,
            patch,
        }
    }
}

/// Makes the next matching action fail (set through `/_emulator/actions/fail`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FailRule {
    /// Only actions with this command (e.g. `start_server`); any when absent.
    #[serde(default)]
    pub command: Option<String>,
    #[serde(default = "default_code")]
    pub code: String,
    #[serde(default = "default_message")]
    pub message: String,
}

fn default_code() -> String {
    "action_failed".into()
}
fn default_message() -> String {
    "Action failed".into()
}

impl Store {
    /// Starts an action on `resources` (`("server", 42)`), finishing after the configured
    /// duration with `effects` applied.
    pub fn start_action(
        &mut self,
        command: &str,
        resources: &[(&str, i64)],
        effects: Vec<Effect>,
        now: DateTime<Utc>,
    ) -> Action {
        let id = self.next_id();
        let fail = self
            .settings
            .fail_next
            .iter()
            .position(|r| r.command.as_deref().is_none_or(|c| c == command))
            .map(|i| self.settings.fail_next.remove(i))
            .map(|r| (r.code, r.message));
        let action = Action {
            id,
            command: command.to_owned(),
            status: ActionStatus::Running,
            started: now,
            finished: None,
            progress: 0,
            resources: resources
                .iter()
                .map(|(t, id)| ActionResource {
                    id: *id,
                    r#type: (*t).to_owned(),
                })
                .collect(),
            error: None,
        };
        let finish_at = now + Duration::milliseconds(self.settings.action_duration_ms as i64);
        self.pending.insert(
            id,
            Pending {
                finish_at,
                fail,
                effects,
            },
        );
        self.actions.insert(action.clone());
        action
    }

    /// Finishes every action that is due and updates the progress of the others. True when an
    /// action finished (its effects may have changed resources).
    pub fn tick(&mut self, now: DateTime<Utc>) -> bool {
        if self.pending.is_empty() {
            return false;
        }
        let due: Vec<i64> = self
            .pending
            .iter()
            .filter(|(_, p)| p.finish_at <= now)
            .map(|(id, _)| *id)
            .collect();
        let finished = !due.is_empty();
        for id in due {
            let Some(p) = self.pending.remove(&id) else {
                continue;
            };
            if let Some(action) = self.actions.rows.get_mut(&id) {
                action.progress = 100;
                action.finished = Some(p.finish_at.max(action.started));
                match p.fail {
                    Some((code, message)) => {
                        action.status = ActionStatus::Error;
                        action.error = Some(ActionError { code, message });
                    }
                    None => action.status = ActionStatus::Success,
                }
            }
            let succeeded = self
                .actions
                .rows
                .get(&id)
                .is_some_and(|a| a.status == ActionStatus::Success);
            if succeeded {
                for effect in p.effects {
                    self.apply(effect);
                }
            }
        }
        for (id, p) in &self.pending {
            if let Some(action) = self.actions.rows.get_mut(id) {
                let total = (p.finish_at - action.started).num_milliseconds().max(1);
                let done = (now - action.started).num_milliseconds().clamp(0, total);
                action.progress = ((done * 100) / total).min(99) as i32;
            }
        }
        finished
    }

    /// `locked` while an action is running on the resource.
    pub fn check_unlocked(&self, kind: &str, id: i64) -> Result<(), ApiFail> {
        let busy = self
            .pending
            .keys()
            .filter_map(|a| self.actions.rows.get(a))
            .any(|a| a.resources.iter().any(|r| r.id == id && r.r#type == kind));
        if busy {
            Err(ApiFail::locked(kind, id))
        } else {
            Ok(())
        }
    }

    fn apply(&mut self, effect: Effect) {
        match effect {
            Effect::Patch { table, id, patch } => self.patch(&table, id, &patch),
            Effect::Delete { table, id } => self.delete(&table, id),
        }
    }
}

macro_rules! by_table {
    ($store:expr, $table:expr, |$t:ident| $body:expr $(, $m:ident)?) => {
        match $table {
            "servers" => { let $t = &$($m)? $store.servers; $body }
            "images" => { let $t = &$($m)? $store.images; $body }
            "volumes" => { let $t = &$($m)? $store.volumes; $body }
            "networks" => { let $t = &$($m)? $store.networks; $body }
            "firewalls" => { let $t = &$($m)? $store.firewalls; $body }
            "floating_ips" => { let $t = &$($m)? $store.floating_ips; $body }
            "primary_ips" => { let $t = &$($m)? $store.primary_ips; $body }
            "load_balancers" => { let $t = &$($m)? $store.load_balancers; $body }
            "certificates" => { let $t = &$($m)? $store.certificates; $body }
            "ssh_keys" => { let $t = &$($m)? $store.ssh_keys; $body }
            "placement_groups" => { let $t = &$($m)? $store.placement_groups; $body }
            "zones" => { let $t = &$($m)? $store.zones; $body }
            other => panic!("no table {other}"),
        }
    };
}

impl Store {
    /// Merges a JSON object into a stored resource (missing resource: nothing to do).
    pub fn patch(&mut self, table: &str, id: i64, patch: &Value) {
        by_table!(
            self,
            table,
            |t| {
                if let Some(row) = t.rows.get_mut(&id) {
                    let mut value = serde_json::to_value(&*row).expect("models serialize");
                    merge(&mut value, patch);
                    *row = serde_json::from_value(value).expect("a patch keeps the model's shape");
                }
            },
            mut
        )
    }

    pub fn exists(&self, table: &str, id: i64) -> bool {
        by_table!(self, table, |t| t.rows.contains_key(&id))
    }

    pub fn delete(&mut self, table: &str, id: i64) {
        by_table!(
            self,
            table,
            |t| {
                t.rows.remove(&id);
            },
            mut
        )
    }
}

/// JSON merge: objects merge key by key, anything else replaces.
pub fn merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                merge(t.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
        (t, p) => *t = p.clone(),
    }
}
