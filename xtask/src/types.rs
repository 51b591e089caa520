//! The registry of generated types: one per distinct shape, each with a name a user would type.

use crate::names;
use crate::shapes::{self, Object, Shape};
use std::collections::{HashMap, HashSet};

pub type TypeId = usize;

#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    Bool,
    I32,
    I64,
    F64,
    Str,
    DateTime,
    Decimal,
    Any,
    IdOrName,
    Tuple(Vec<Ty>),
    Vec(Box<Ty>),
    Map(Box<Ty>),
    Named(TypeId),
}

#[derive(Clone, Debug)]
pub struct FieldDef {
    pub json: String,
    pub ident: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub doc: Option<String>,
    pub deprecated: bool,
}

impl FieldDef {
    /// Held as `Option<T>` (absent or null allowed).
    pub fn optional(&self) -> bool {
        !self.required || self.nullable
    }
}

#[derive(Clone, Debug)]
pub enum Kind {
    Struct(Vec<FieldDef>),
    Enum(Vec<String>),
}

#[derive(Clone, Debug)]
pub struct TypeDef {
    pub name: String,
    pub doc: Option<String>,
    pub kind: Kind,
    /// Sent in a request body (gets a constructor and input checks).
    pub in_request: bool,
}

/// Where a schema sits, to name it when it has no title.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// Name of the enclosing type (or of the operation for top-level schemas).
    pub parent: String,
    /// Property or parameter name (empty at top level).
    pub prop: String,
    /// The schema is the item of an array (name it in the singular).
    pub item: bool,
    /// A preferred name (top-level request and response bodies).
    pub hint: Option<String>,
    pub in_request: bool,
}

#[derive(Default)]
pub struct Registry {
    pub types: Vec<TypeDef>,
    by_key: HashMap<String, TypeId>,
    taken: HashSet<String>,
    /// Names kept for one shape: the resources of the single-resource GET answers.
    reserved: HashMap<String, String>,
    /// For each object shape: the (parent shape, property) places it occurs.
    uses: HashMap<String, HashSet<(String, String)>>,
}

impl Registry {
    /// Keeps `name` for the object `shape` (`Server` for the `server` of `GET /servers/{id}`),
    /// so that no other schema met earlier takes it.
    pub fn reserve_for(&mut self, name: &str, shape: &Shape) {
        self.reserved
            .entry(name.to_owned())
            .or_insert_with(|| shapes::key(shape));
    }

    /// Records where object shapes occur, before naming, so a shape used under several
    /// parents by the same property name (`protection`) can take the plain name.
    pub fn observe(&mut self, shape: &Shape) {
        let Shape::Object(o) = shape else { return };
        let parent = shapes::key(shape);
        for f in &o.fields {
            let mut inner = &f.shape;
            while let Shape::Array(i) | Shape::Map(i) = inner {
                inner = i;
            }
            if let Shape::Object(_) = inner {
                self.uses
                    .entry(shapes::key(inner))
                    .or_default()
                    .insert((parent.clone(), f.name.clone()));
                self.observe(inner);
            }
        }
    }

    /// Used under two or more parents, always by the same property name.
    fn shared(&self, key: &str) -> bool {
        self.uses.get(key).is_some_and(|u| {
            let props: HashSet<&String> = u.iter().map(|(_, p)| p).collect();
            u.len() >= 2 && props.len() == 1
        })
    }

    pub fn ty(&mut self, shape: &Shape, ctx: &Ctx) -> Ty {
        match shape {
            Shape::Bool => Ty::Bool,
            Shape::I32 => Ty::I32,
            Shape::I64 => Ty::I64,
            Shape::F64 => Ty::F64,
            Shape::Str => Ty::Str,
            Shape::DateTime => Ty::DateTime,
            Shape::Decimal => Ty::Decimal,
            Shape::Any => Ty::Any,
            Shape::IdOrName => Ty::IdOrName,
            Shape::Tuple(items) => Ty::Tuple(items.iter().map(|s| self.ty(s, ctx)).collect()),
            Shape::Array(item) => {
                let c = Ctx {
                    item: true,
                    ..ctx.clone()
                };
                Ty::Vec(Box::new(self.ty(item, &c)))
            }
            Shape::Map(v) => {
                let c = Ctx {
                    item: true,
                    ..ctx.clone()
                };
                Ty::Map(Box::new(self.ty(v, &c)))
            }
            Shape::Enum(values) => Ty::Named(self.enum_type(values, ctx)),
            Shape::Object(o) => Ty::Named(self.struct_type(o, shape, ctx)),
        }
    }

    /// Finds an enum with exactly these values (for query parameters that repeat a model's enum).
    pub fn find_enum(&self, values: &[String]) -> Option<TypeId> {
        self.by_key
            .get(&shapes::key(&Shape::Enum(values.to_vec())))
            .copied()
    }

    /// An enum for a query or path parameter: the model's enum of that name when it holds every
    /// value (`status` of `list_servers` is `ServerStatus`), else one with exactly these values,
    /// else a new enum of that name (sort orders differ per resource, so they never merge).
    pub fn param_enum(&mut self, name: &str, values: &[String]) -> TypeId {
        if let Some(id) = self.types.iter().position(|t| {
            t.name == name
                && matches!(&t.kind, Kind::Enum(v) if values.iter().all(|x| v.contains(x)))
        }) {
            return id;
        }
        if let Some(id) = self.find_enum(values) {
            return id;
        }
        let key = format!("param:{name}");
        if let Some(&id) = self.by_key.get(&key) {
            return id;
        }
        let name = self.claim(&[name.to_owned()], name);
        let id = self.types.len();
        self.types.push(TypeDef {
            name,
            doc: None,
            kind: Kind::Enum(values.to_vec()),
            in_request: false,
        });
        self.by_key.insert(key, id);
        id
    }

    fn enum_type(&mut self, values: &[String], ctx: &Ctx) -> TypeId {
        let key = shapes::key(&Shape::Enum(values.to_vec()));
        if let Some(&id) = self.by_key.get(&key) {
            return id;
        }
        let prop = names::pascal(&ctx.prop);
        let parent = &ctx.parent;
        let base = names::join(parent, &prop);
        let name = self.claim(&[base.clone(), format!("{parent}{prop}")], &base);
        let id = self.types.len();
        self.types.push(TypeDef {
            name,
            doc: None,
            kind: Kind::Enum(values.to_vec()),
            in_request: false,
        });
        self.by_key.insert(key, id);
        id
    }

    fn struct_type(&mut self, o: &Object, shape: &Shape, ctx: &Ctx) -> TypeId {
        let key = shapes::key(shape);
        if let Some(&id) = self.by_key.get(&key) {
            if ctx.in_request {
                self.mark_request(id);
            }
            return id;
        }
        let mut candidates = Vec::new();
        if let Some(t) = &o.title {
            candidates.push(names::pascal(t));
        }
        if let Some(h) = &ctx.hint {
            candidates.push(h.clone());
        }
        let prop = if ctx.item {
            names::singular(&ctx.prop)
        } else {
            ctx.prop.clone()
        };
        let base = names::pascal(&prop);
        let qualified = names::join(&ctx.parent, &base);
        // The plain property name only for a resource's own shape or a shape shared as-is;
        // anything else is named within its parent (`ServerPublicNet`), never a bare `Status`.
        let plain_ok = self.reserved.get(&base) == Some(&key)
            || self.shared(&key)
            || names::PLAIN.contains(&ctx.prop.as_str());
        if !base.is_empty() && plain_ok {
            candidates.push(base);
        }
        candidates.push(qualified.clone());
        let name = self.claim_for(&candidates, &qualified, &key);
        let id = self.types.len();
        self.types.push(TypeDef {
            name: name.clone(),
            doc: o.description.clone(),
            kind: Kind::Struct(vec![]),
            in_request: ctx.in_request,
        });
        self.by_key.insert(key, id);
        let fields = o
            .fields
            .iter()
            .map(|f| {
                let c = Ctx {
                    parent: name.clone(),
                    prop: f.name.clone(),
                    item: false,
                    hint: None,
                    in_request: ctx.in_request,
                };
                FieldDef {
                    json: f.name.clone(),
                    ident: names::field(&f.name),
                    ty: self.ty(&f.shape, &c),
                    required: f.required,
                    nullable: f.nullable,
                    doc: f.description.clone(),
                    deprecated: f.deprecated,
                }
            })
            .collect();
        self.types[id].kind = Kind::Struct(fields);
        id
    }

    fn mark_request(&mut self, id: TypeId) {
        if self.types[id].in_request {
            return;
        }
        self.types[id].in_request = true;
        if let Kind::Struct(fields) = self.types[id].kind.clone() {
            for f in fields {
                for child in named_in(&f.ty) {
                    self.mark_request(child);
                }
            }
        }
    }

    fn claim(&mut self, candidates: &[String], fallback: &str) -> String {
        self.claim_for(candidates, fallback, "")
    }

    /// The first free candidate not kept for another shape, else `fallback` with a number.
    fn claim_for(&mut self, candidates: &[String], fallback: &str, key: &str) -> String {
        for c in candidates {
            let kept_for_other = self.reserved.get(c).is_some_and(|k| k != key);
            if !c.is_empty()
                && !kept_for_other
                && !self.taken.contains(c)
                && !names::RESERVED.contains(&c.as_str())
            {
                self.taken.insert(c.clone());
                return c.clone();
            }
        }
        for n in 2.. {
            let c = format!("{fallback}{n}");
            if !self.taken.contains(&c) {
                self.taken.insert(c.clone());
                return c;
            }
        }
        unreachable!()
    }

    /// Takes `name` for a type alias if it is free; false when a type already has it.
    pub fn reserve_alias(&mut self, name: &str) -> bool {
        if self.taken.contains(name) || self.reserved.contains_key(name) {
            return false;
        }
        self.taken.insert(name.to_owned());
        true
    }

    /// Reserves a name for a type the generator writes itself (parameter structs).
    pub fn reserve(&mut self, name: &str) -> String {
        self.claim(&[name.to_owned()], name)
    }

    pub fn name(&self, id: TypeId) -> &str {
        &self.types[id].name
    }
}

/// The named types a type refers to directly.
pub fn named_in(ty: &Ty) -> Vec<TypeId> {
    match ty {
        Ty::Named(id) => vec![*id],
        Ty::Vec(t) | Ty::Map(t) => named_in(t),
        Ty::Tuple(ts) => ts.iter().flat_map(named_in).collect(),
        _ => vec![],
    }
}
