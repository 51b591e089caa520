//! The emulated project: every resource, kept as the API's own models.

use crate::call::ApiFail;
use crate::reference::Reference;
use chrono::{DateTime, Utc};
use hetzcloud::models::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub type Labels = BTreeMap<String, String>;

/// What lists need to filter and sort a resource.
pub trait Resource: Clone + Serialize {
    /// How error messages name it: `Server`, `Volume`.
    const KIND: &'static str;
    fn id(&self) -> i64;
    fn name(&self) -> Option<&str>;
    fn labels(&self) -> Option<&Labels> {
        None
    }
    fn created(&self) -> Option<DateTime<Utc>> {
        None
    }
    /// The value to order by for `sort=<field>`; `None` for a field that cannot be sorted.
    fn sort_key(&self, field: &str) -> Option<SortKey> {
        match field {
            "id" => Some(SortKey::Int(self.id())),
            "name" => Some(SortKey::Text(self.name().unwrap_or_default().to_owned())),
            "created" => self.created().map(SortKey::Time),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SortKey {
    Int(i64),
    Text(String),
    Time(DateTime<Utc>),
}

macro_rules! resource {
    ($t:ty, $kind:literal, name: |$a:ident| $name:expr, labels: |$b:ident| $labels:expr, created: |$c:ident| $created:expr) => {
        impl Resource for $t {
            const KIND: &'static str = $kind;
            fn id(&self) -> i64 {
                self.id
            }
            fn name(&self) -> Option<&str> {
                let $a = self;
                $name
            }
            fn labels(&self) -> Option<&Labels> {
                let $b = self;
                $labels
            }
            fn created(&self) -> Option<DateTime<Utc>> {
                let $c = self;
                $created
            }
        }
    };
}

resource!(Server, "Server", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(Image, "Image", name: |s| s.name.as_deref(), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(Iso, "ISO", name: |s| s.name.as_deref(), labels: |_s| None, created: |_s| None);
resource!(Volume, "Volume", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(Network, "Network", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(Firewall, "Firewall", name: |s| Some(&s.name), labels: |s| s.labels.as_ref(), created: |s| Some(s.created));
resource!(FloatingIp, "Floating IP", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(PrimaryIp, "Primary IP", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(LoadBalancer, "Load Balancer", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(Certificate, "Certificate", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(SshKey, "SSH Key", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(PlacementGroup, "Placement Group", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(Zone, "Zone", name: |s| Some(&s.name), labels: |s| Some(&s.labels), created: |s| Some(s.created));
resource!(Location, "Location", name: |s| Some(&s.name), labels: |_s| None, created: |_s| None);
resource!(Datacenter, "Datacenter", name: |s| Some(&s.name), labels: |_s| None, created: |_s| None);
resource!(ServerType, "Server Type", name: |s| Some(&s.name), labels: |_s| None, created: |_s| None);
resource!(LoadBalancerType, "Load Balancer Type", name: |s| Some(&s.name), labels: |_s| None, created: |_s| None);

impl Resource for Action {
    const KIND: &'static str = "Action";
    fn id(&self) -> i64 {
        self.id
    }
    fn name(&self) -> Option<&str> {
        None
    }
    fn sort_key(&self, field: &str) -> Option<SortKey> {
        match field {
            "id" => Some(SortKey::Int(self.id)),
            "command" => Some(SortKey::Text(self.command.clone())),
            "status" => Some(SortKey::Text(self.status.to_string())),
            "started" => Some(SortKey::Time(self.started)),
            "finished" => self
                .finished
                .map(SortKey::Time)
                .or(Some(SortKey::Int(i64::MAX))),
            "progress" => Some(SortKey::Int(i64::from(self.progress))),
            _ => None,
        }
    }
}

/// Resources of one kind by ID.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Table<T> {
    pub rows: BTreeMap<i64, T>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: BTreeMap::new(),
        }
    }
}

impl<T: Resource> Table<T> {
    pub fn get(&self, id: i64) -> Result<&T, ApiFail> {
        self.rows
            .get(&id)
            .ok_or_else(|| ApiFail::not_found(T::KIND, id))
    }

    pub fn get_mut(&mut self, id: i64) -> Result<&mut T, ApiFail> {
        self.rows
            .get_mut(&id)
            .ok_or_else(|| ApiFail::not_found(T::KIND, id))
    }

    pub fn insert(&mut self, value: T) {
        self.rows.insert(value.id(), value);
    }

    pub fn remove(&mut self, id: i64) -> Result<T, ApiFail> {
        self.rows
            .remove(&id)
            .ok_or_else(|| ApiFail::not_found(T::KIND, id))
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.rows.values()
    }

    pub fn by_name(&self, name: &str) -> Option<&T> {
        self.rows.values().find(|r| r.name() == Some(name))
    }

    /// A resource given by ID or by name, as request bodies may reference them.
    pub fn by_id_or_name(&self, field: &str, value: &hetzcloud::IdOrName) -> Result<&T, ApiFail> {
        match value {
            hetzcloud::IdOrName::Id(id) => self.get(*id),
            hetzcloud::IdOrName::Name(name) => match name.parse::<i64>() {
                Ok(id) => self.get(id),
                Err(_) => self.by_name(name).ok_or_else(|| {
                    ApiFail::invalid_input(field, &format!("{} `{name}` not found", T::KIND))
                }),
            },
        }
    }

    /// Fails with `uniqueness_error` when another resource has this name.
    pub fn check_unique_name(&self, name: &str, except: Option<i64>) -> Result<(), ApiFail> {
        match self.by_name(name) {
            Some(other) if Some(other.id()) != except => Err(ApiFail::uniqueness(
                "name",
                &format!("{} with the name `{name}` already exists", T::KIND),
            )),
            _ => Ok(()),
        }
    }
}

/// An RRSet with the zone it belongs to.
pub type RrSetKey = (i64, String, String);

/// Everything the emulated project holds. Serializable, so tests can dump and load it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Store {
    pub next_id: i64,
    pub reference: Reference,
    pub actions: Table<Action>,
    /// Running actions: when they finish and what they change then.
    pub pending: BTreeMap<i64, crate::actions::Pending>,
    pub servers: Table<Server>,
    pub images: Table<Image>,
    pub volumes: Table<Volume>,
    pub networks: Table<Network>,
    pub firewalls: Table<Firewall>,
    pub floating_ips: Table<FloatingIp>,
    pub primary_ips: Table<PrimaryIp>,
    pub load_balancers: Table<LoadBalancer>,
    pub certificates: Table<Certificate>,
    pub ssh_keys: Table<SshKey>,
    pub placement_groups: Table<PlacementGroup>,
    pub zones: Table<Zone>,
    /// RRSets by (zone ID, name, type).
    #[serde(with = "rrset_map")]
    pub rrsets: BTreeMap<RrSetKey, RrSet>,
    /// Metadata answers of each server (hostname and so on are derived; this holds extras).
    pub server_secrets: BTreeMap<i64, String>,
    /// Settings a test can change at run time.
    pub settings: Settings,
    /// Rendered JSON of resources, valid until the next change.
    #[serde(skip)]
    pub rendered: crate::list::RenderCache,
}

/// Behaviour switches, changed through `/_emulator/`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Settings {
    /// How long an action runs, in milliseconds.
    pub action_duration_ms: u64,
    /// The next actions created end in `error` (FIFO), optionally only for one command.
    pub fail_next: Vec<crate::actions::FailRule>,
    /// Most resources of one kind a project may hold.
    pub max_per_kind: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            action_duration_ms: 0,
            fail_next: Vec::new(),
            max_per_kind: 100,
        }
    }
}

impl Store {
    pub fn new(settings: Settings) -> Store {
        let mut store = Store {
            next_id: 1000,
            reference: Reference::standard(),
            settings,
            ..Default::default()
        };
        for image in crate::reference::system_images() {
            store.images.insert(image);
        }
        store
    }

    /// A fresh ID, unique across all kinds.
    pub fn next_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    /// `resource_limit_exceeded` when a table is full.
    pub fn check_limit(&self, count: usize, kind: &str) -> Result<(), ApiFail> {
        if count >= self.settings.max_per_kind {
            Err(ApiFail::limit(
                &format!("{}_limit", kind.to_lowercase().replace(' ', "_")),
                &format!("{kind} limit of {} exceeded", self.settings.max_per_kind),
            ))
        } else {
            Ok(())
        }
    }
}

/// JSON objects need string keys: RRSets are stored as a list.
mod rrset_map {
    use super::*;
    use serde::{Deserializer, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Entry {
        zone: i64,
        rrset: RrSet,
    }

    pub fn serialize<S: Serializer>(
        map: &BTreeMap<RrSetKey, RrSet>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let list: Vec<Entry> = map
            .iter()
            .map(|((zone, _, _), r)| Entry {
                zone: *zone,
                rrset: r.clone(),
            })
            .collect();
        list.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<RrSetKey, RrSet>, D::Error> {
        let list = Vec::<Entry>::deserialize(d)?;
        Ok(list
            .into_iter()
            .map(|e| {
                (
                    (e.zone, e.rrset.name.clone(), e.rrset.r#type.to_string()),
                    e.rrset,
                )
            })
            .collect())
    }
}
