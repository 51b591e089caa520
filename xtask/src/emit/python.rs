//! The Rust half of the Python binding (`py/src/generated/`): one frozen pyclass per model the
//! API answers with, and the table from operation id to typed call.

use super::{lit, HEADER};
use crate::docs::doc_lines;
use crate::ops::Api;
use crate::types::{named_in, FieldDef, Kind, Registry, Ty, TypeId};
use std::collections::BTreeSet;

/// Every type reachable from an operation's answer, in registry order.
pub fn answer_types(api: &Api) -> Vec<TypeId> {
    let reg = &api.registry;
    let mut seen = BTreeSet::new();
    let mut todo: Vec<TypeId> = api.ops.iter().filter_map(|o| o.response).collect();
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        if let Kind::Struct(fields) = &reg.types[id].kind {
            for f in fields {
                todo.extend(named_in(&f.ty));
            }
        }
    }
    seen.into_iter().collect()
}

/// Fields holding actions to wait for: `action`, `actions`, `next_actions`.
pub fn action_fields(reg: &Registry, id: TypeId) -> Vec<&FieldDef> {
    let Kind::Struct(fields) = &reg.types[id].kind else {
        return vec![];
    };
    fields
        .iter()
        .filter(|f| {
            let named = named_in(&f.ty);
            matches!(f.json.as_str(), "action" | "actions" | "next_actions")
                && named.len() == 1
                && reg.name(named[0]) == "Action"
        })
        .collect()
}

pub fn emit_models(api: &Api) -> String {
    let reg = &api.registry;
    let mut out = String::from(HEADER);
    out.push_str(
        "//! One frozen Python class per model of the API's answers; getters convert on access.\n\n\
         #![allow(clippy::too_many_lines)]\n\n\
         use crate::convert::ToPy;\n\
         use crate::lazy::{FromRaw, Lazy};\n\
         use hetzcloud::models as m;\n\
         use pyo3::prelude::*;\n\
         use serde_json::value::RawValue;\n\n",
    );
    let types = answer_types(api);
    let list_items: BTreeSet<TypeId> = api
        .ops
        .iter()
        .filter_map(|o| o.list.as_ref().map(|l| l.item))
        .collect();
    let mut enums = Vec::new();
    let mut classes = Vec::new();
    for &id in &types {
        let t = &reg.types[id];
        match &t.kind {
            Kind::Enum(_) => enums.push(format!("m::{}", t.name)),
            Kind::Struct(fields) => {
                classes.push(t.name.clone());
                out.push_str(&emit_class(reg, id, fields, list_items.contains(&id)));
            }
        }
    }
    out.push_str(&format!("crate::enum_to_py!({});\n\n", enums.join(", ")));
    out.push_str("/// Adds every model class to the module.\n");
    out.push_str("pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {\n");
    for c in &classes {
        out.push_str(&format!("    module.add_class::<{c}>()?;\n"));
    }
    out.push_str("    Ok(())\n}\n");
    out
}

fn emit_class(reg: &Registry, id: TypeId, fields: &[FieldDef], raw: bool) -> String {
    let t = &reg.types[id];
    let name = &t.name;
    let waits = !action_fields(reg, id).is_empty();
    let mut out = doc_lines(t.doc.as_deref().unwrap_or(name), "");
    out.push_str(&format!(
        "#[pyclass(frozen, module = \"hetzcloud._native\", name = {})]\n",
        lit(name)
    ));
    if waits {
        out.push_str(&format!(
            "pub struct {name}(pub Lazy<m::{name}>, pub Option<Py<PyAny>>);\n\n"
        ));
        out.push_str(&format!(
            "impl ToPy for m::{name} {{\n\
             fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {{ self.clone().into_py_any(py) }}\n\
             fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {{\n\
             Ok(Bound::new(py, {name}(Lazy::ready(self), None))?.into_any()) }}\n}}\n\n\
             impl crate::answer::Answer for m::{name} {{\n\
             fn into_answer(self: Box<Self>, py: Python<'_>, waiter: Option<&Py<PyAny>>) -> PyResult<Py<PyAny>> {{\n\
             Ok(Bound::new(py, {name}(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))))?.into_any().unbind()) }}\n}}\n\n"
        ));
        if raw {
            out.push_str(&format!(
                "impl FromRaw for m::{name} {{\n\
                 fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {{\n\
                 Ok(Py::new(py, {name}(Lazy::raw(raw), None))?.into_any()) }}\n}}\n\n"
            ));
        }
    } else {
        out.push_str(&format!("pub struct {name}(pub Lazy<m::{name}>);\n\n"));
        out.push_str(&format!(
            "impl ToPy for m::{name} {{\n\
             fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {{ self.clone().into_py_any(py) }}\n\
             fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {{\n\
             Ok(Bound::new(py, {name}(Lazy::ready(self)))?.into_any()) }}\n}}\n\n\
             impl crate::answer::Answer for m::{name} {{\n\
             fn into_answer(self: Box<Self>, py: Python<'_>, _waiter: Option<&Py<PyAny>>) -> PyResult<Py<PyAny>> {{\n\
             Ok((*self).into_py_any(py)?.unbind()) }}\n}}\n\n"
        ));
        if raw {
            out.push_str(&format!(
                "impl FromRaw for m::{name} {{\n\
                 fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {{\n\
                 Ok(Py::new(py, {name}(Lazy::raw(raw)))?.into_any()) }}\n}}\n\n"
            ));
        }
    }
    out.push_str(&format!("#[pymethods]\nimpl {name} {{\n"));
    for f in fields {
        let mut doc = f.doc.clone().unwrap_or_default();
        if f.deprecated {
            doc = format!("**Deprecated.** {doc}");
        }
        out.push_str(&doc_lines(&doc, "    "));
        let bare = crate::names::bare(&f.ident);
        out.push_str(&format!(
            "    #[getter({})]\n    fn get_{bare}<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {{ self.0.get()?.{}.to_py(py) }}\n\n",
            f.ident, f.ident
        ));
    }
    out.push_str(&format!(
        "    fn __repr__(&self) -> PyResult<String> {{ crate::model::repr({n}, &*self.0.get()?) }}\n\n\
         /// A compact HTML table (Jupyter).\n\
         fn _repr_html_(&self) -> PyResult<String> {{ crate::model::html({n}, &*self.0.get()?) }}\n\n\
         /// The model as a JSON-compatible dict, named as in the API.\n\
         fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {{ crate::model::to_dict(py, &*self.0.get()?) }}\n\n\
         /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.\n\
         fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {{ crate::model::to_dataframe(slf.as_any()) }}\n\n\
         fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {{ other.cast::<Self>().is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b)) }}\n\n\
         fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {{ !self.__eq__(other) }}\n",
        n = lit(name)
    ));
    if waits {
        let fields: Vec<String> = action_fields(reg, id)
            .iter()
            .map(|f| lit(&f.json))
            .collect();
        out.push_str(&format!(
            "\n    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the\n\
             /// client that made the call; same options as `client.actions.wait`.\n\
             #[pyo3(signature = (*, timeout=None, progress=None))]\n\
             fn wait<'py>(slf: &Bound<'py, Self>, timeout: Option<f64>, progress: Option<Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {{\n\
             crate::answer::wait(slf.as_any(), slf.get().1.as_ref(), &[{}], timeout, progress)\n}}\n",
            fields.join(", ")
        ));
    }
    out.push_str("}\n\n");
    out
}

pub fn emit_ops(api: &Api) -> String {
    let reg = &api.registry;
    let mut out = String::from(HEADER);
    out.push_str(
        "//! Operation id → typed call: the request comes from `hetzcloud::dispatch`, the answer is\n\
         //! decoded into the operation's own response type.\n\n\
         use crate::answer::{fetch, fetch_empty, raw_items, Call, Items};\n\
         use crate::lazy::{ItemsField, RawPage};\n\
         use hetzcloud::{dispatch, models as m, CallOptions, Client};\n\
         use serde_json::Value;\n\n",
    );
    out.push_str(
        "/// Starts operation `op` with flat named `args`; fails before sending on bad input.\n\
         pub fn call(client: &Client, opts: &CallOptions, op: &str, args: Value) -> hetzcloud::Result<Call> {\n\
         let req = dispatch::request(op, args)?;\n\
         Ok(match op {\n",
    );
    for op in &api.ops {
        match op.response {
            Some(t) => out.push_str(&format!(
                "        {} => fetch::<m::{}>(client, opts, req),\n",
                lit(&op.id),
                reg.name(t)
            )),
            None => out.push_str(&format!(
                "        {} => fetch_empty(client, opts, req),\n",
                lit(&op.id)
            )),
        }
    }
    out.push_str(
        "        other => return Err(hetzcloud::Error::invalid_input(\"operation\", format!(\"unknown operation `{other}`\"))),\n\
         })\n}\n\n",
    );
    out.push_str(
        "/// Every item of every page of list operation `op`, in chunks of Python-ready items.\n\
         pub fn list(client: &Client, opts: &CallOptions, op: &str, args: Value) -> hetzcloud::Result<Items> {\n\
         Ok(match op {\n",
    );
    for op in &api.ops {
        if let Some(l) = &op.list {
            out.push_str(&format!(
                "        {} => raw_items::<m::{}>(dispatch::list_all::<RawPage<Items{}>>(client, opts, {}, args)?),\n",
                lit(&op.id),
                reg.name(l.item),
                crate::names::pascal(crate::names::bare(&l.items_field)),
                lit(&op.id)
            ));
        }
    }
    out.push_str(
        "        other => return Err(hetzcloud::Error::invalid_input(\"operation\", format!(\"`{other}` is not a list operation\"))),\n\
         })\n}\n",
    );
    let fields: BTreeSet<&str> = api
        .ops
        .iter()
        .filter_map(|o| o.list.as_ref().map(|l| crate::names::bare(&l.items_field)))
        .collect();
    for f in fields {
        out.push_str(&format!(
            "\n/// The items field `{f}`.\npub struct Items{};\nimpl ItemsField for Items{} {{ const NAME: &'static str = {}; }}\n",
            crate::names::pascal(f),
            crate::names::pascal(f),
            lit(f)
        ));
    }
    out
}

/// Used by the Python emitter too: the Python type of a field held by a model.
pub fn py_type(reg: &Registry, ty: &Ty) -> String {
    match ty {
        Ty::Bool => "bool".into(),
        Ty::I32 | Ty::I64 => "int".into(),
        Ty::F64 => "float".into(),
        Ty::Str | Ty::Decimal => "str".into(),
        Ty::DateTime => "datetime.datetime".into(),
        Ty::Any => "Any".into(),
        Ty::IdOrName => "Union[int, str]".into(),
        Ty::Tuple(items) => format!(
            "Tuple[{}]",
            items
                .iter()
                .map(|t| py_type(reg, t))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Ty::Vec(t) => format!("List[{}]", py_type(reg, t)),
        Ty::Map(t) => format!("Dict[str, {}]", py_type(reg, t)),
        Ty::Named(id) => match &reg.types[*id].kind {
            Kind::Enum(_) => "str".into(),
            Kind::Struct(_) => reg.name(*id).to_owned(),
        },
    }
}
