//! Models decoded on first use.
//!
//! A list keeps each item as its raw JSON text (found by one fast scan of the page) and decodes
//! it into the typed core model the first time an attribute is read. Listing 10,000 servers
//! then costs little more than fetching them; reading a field costs one item's decode, once.
//! Answers of single calls arrive decoded.

use crate::errors::to_pyerr;
use hetzcloud::models::{ListMeta, Pagination};
use pyo3::prelude::*;
use serde::de::{DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};

enum State<T> {
    Raw(Box<RawValue>),
    Ready(Arc<T>),
}

/// A model held decoded, or as JSON text until first use.
pub struct Lazy<T>(Mutex<State<T>>);

impl<T: DeserializeOwned> Lazy<T> {
    pub fn ready(value: T) -> Self {
        Lazy(Mutex::new(State::Ready(Arc::new(value))))
    }

    pub fn raw(raw: Box<RawValue>) -> Self {
        Lazy(Mutex::new(State::Raw(raw)))
    }

    /// The decoded model (decoding it now if this is the first use).
    pub fn get(&self) -> PyResult<Arc<T>> {
        let mut state = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let value = match &*state {
            State::Ready(v) => return Ok(v.clone()),
            State::Raw(raw) => {
                Arc::new(hetzcloud::from_json::<T>(raw.get().as_bytes()).map_err(to_pyerr)?)
            }
        };
        *state = State::Ready(value.clone());
        Ok(value)
    }
}

/// A model class that can be made from an item's raw JSON (list items).
pub trait FromRaw {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>>;
}

/// Names the items field of a list answer (`servers`); one marker type per name, generated.
pub trait ItemsField: Send + 'static {
    const NAME: &'static str;
}

/// A list answer: the items as raw JSON, and `meta.pagination`.
pub struct RawPage<F> {
    items: Vec<Box<RawValue>>,
    meta: Option<ListMeta>,
    field: PhantomData<fn() -> F>,
}

impl<F: ItemsField> hetzcloud::Page for RawPage<F> {
    type Item = Box<RawValue>;
    fn into_items(self) -> Vec<Box<RawValue>> {
        self.items
    }
    fn pagination(&self) -> Option<&Pagination> {
        self.meta.as_ref().map(|m| &m.pagination)
    }
}

impl<'de, F: ItemsField> Deserialize<'de> for RawPage<F> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<F>(PhantomData<fn() -> F>);
        impl<'de, F: ItemsField> Visitor<'de> for V<F> {
            type Value = RawPage<F>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a list answer with `{}`", F::NAME)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawPage<F>, A::Error> {
                let mut items = Vec::new();
                let mut meta = None;
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key == "meta" {
                        meta = map.next_value::<Option<ListMeta>>()?;
                    } else if key == F::NAME {
                        items = map.next_value::<Vec<Box<RawValue>>>()?;
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(RawPage {
                    items,
                    meta,
                    field: PhantomData,
                })
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}
