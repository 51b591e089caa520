//! The Python binding's generated files: the Rust glue (`py/src/generated/`), the resource
//! classes of `Client` / `AsyncClient` (`hetzcloud/_generated.py`) and the stubs of the native
//! module (`hetzcloud/_native.pyi`).

use super::python::{action_fields, answer_types, emit_models, emit_ops, py_type};
use crate::names;
use crate::ops::{Api, Op, PathKind};
use crate::types::{FieldDef, Kind, Registry, Ty, TypeId};
use std::collections::{BTreeMap, BTreeSet};

const PY_HEADER: &str = "# Generated from cloud.spec.json by xtask. Do not edit.\n";

pub fn emit(api: &Api) -> Vec<(String, String)> {
    let mut files = vec![
        ("py/src/generated/models.rs".into(), emit_models(api)),
        ("py/src/generated/ops.rs".into(), emit_ops(api)),
        ("py/python/hetzcloud/_native.pyi".into(), emit_stubs(api)),
        (
            "py/python/hetzcloud/models.py".into(),
            emit_models_module(api),
        ),
    ];
    files.extend(emit_resources(api));
    files
}

const PY_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn py_ident(name: &str) -> String {
    if PY_KEYWORDS.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// Markdown of the description → docstring text (in-page links reduced to their text).
fn doc_text(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text.trim();
    while let Some(start) = rest.find('[') {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        if let Some(close) = after.find("](") {
            if let Some(end) = after[close..].find(')') {
                let target = &after[close + 2..close + end];
                if target.starts_with('#') {
                    out.push_str(&after[1..close]);
                } else {
                    out.push_str(&after[..close + end + 1]);
                }
                rest = &after[close + end + 1..];
                continue;
            }
        }
        out.push('[');
        rest = &after[1..];
    }
    out.push_str(rest);
    let mut lines: Vec<String> = Vec::new();
    for l in out.lines() {
        let l = l.trim_end().to_owned();
        if l.is_empty() && lines.last().is_some_and(|x: &String| x.is_empty()) {
            continue;
        }
        lines.push(l);
    }
    lines
        .join("\n")
        .replace('\\', "\\\\")
        .replace("\"\"\"", "\\\"\\\"\\\"")
}

fn docstring(text: &str, indent: &str) -> String {
    let body = doc_text(text);
    let mut out = format!("{indent}\"\"\"");
    for (i, line) in body.lines().enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(indent);
            }
        }
        out.push_str(line);
    }
    if body.lines().count() > 1 {
        out.push('\n');
        out.push_str(indent);
    }
    out.push_str("\"\"\"\n");
    out
}

/// One argument of a generated method.
struct Arg {
    /// The API's name (key of the dict passed to dispatch).
    api: String,
    /// The Python parameter name.
    ident: String,
    hint: String,
    required: bool,
    doc: String,
}

/// Names that hold a resource's ID: `server`, `network`, `id`, `*_id`, ... (models accepted).
fn references(api: &Api) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = api.ops.iter().map(|o| names::singular(&o.group)).collect();
    out.insert("id".into());
    out
}

/// A string field the API documents as "ID or name" (`image`, `server_type`, `ssh_keys`).
fn id_or_name_doc(doc: &str) -> bool {
    let d = doc.to_ascii_lowercase();
    d.contains("id or name") || d.contains("ids (`integer`) or names")
}

fn in_hint_doc(reg: &Registry, ty: &Ty, name: &str, refs: &BTreeSet<String>, doc: &str) -> String {
    match ty {
        Ty::Str if id_or_name_doc(doc) => "Ref".into(),
        Ty::Vec(t) if **t == Ty::Str && id_or_name_doc(doc) => "Sequence[Ref]".into(),
        _ => in_hint(reg, ty, name, refs),
    }
}

fn in_hint(reg: &Registry, ty: &Ty, name: &str, refs: &BTreeSet<String>) -> String {
    match ty {
        Ty::Bool => "bool".into(),
        Ty::I64 | Ty::I32 if refs.contains(name) || name.ends_with("_id") => "IdRef".into(),
        Ty::I32 | Ty::I64 => "int".into(),
        Ty::F64 => "float".into(),
        Ty::Str | Ty::Decimal => "str".into(),
        Ty::DateTime => "Union[str, datetime.datetime]".into(),
        Ty::Any => "Any".into(),
        Ty::IdOrName => "Ref".into(),
        Ty::Tuple(_) => "Sequence[Any]".into(),
        Ty::Vec(t) => {
            let single = names::singular(name);
            format!("Sequence[{}]", in_hint(reg, t, &single, refs))
        }
        Ty::Map(t) => format!("Mapping[str, {}]", in_hint(reg, t, "", refs)),
        Ty::Named(id) => match &reg.types[*id].kind {
            Kind::Enum(values) => {
                let lits: Vec<String> = values.iter().map(|v| format!("{v:?}")).collect();
                format!("Literal[{}]", lits.join(", "))
            }
            Kind::Struct(_) => "Mapping[str, Any]".into(),
        },
    }
}

fn args_of(api: &Api, op: &Op, refs: &BTreeSet<String>) -> (Vec<Arg>, Vec<Arg>) {
    let reg = &api.registry;
    let mut positional = Vec::new();
    for p in &op.path_params {
        let hint = match &p.kind {
            PathKind::Id => "IdRef".to_owned(),
            PathKind::Str => "str".to_owned(),
            PathKind::Enum(id) => in_hint(reg, &Ty::Named(*id), &p.name, refs),
        };
        positional.push(Arg {
            api: p.name.clone(),
            ident: py_ident(&p.name),
            hint,
            required: true,
            doc: String::new(),
        });
    }
    let mut keyword = Vec::new();
    if let Some(q) = &op.query {
        for p in &q.params {
            let elem = in_hint_doc(reg, &p.ty, &p.name, refs, &p.doc);
            let hint = if p.array {
                format!("Union[{elem}, Sequence[{elem}]]")
            } else {
                elem
            };
            keyword.push(Arg {
                api: p.name.clone(),
                ident: py_ident(&p.name),
                hint,
                required: p.required,
                doc: p.doc.clone(),
            });
        }
    }
    if let Some(b) = &op.body {
        if let Kind::Struct(fields) = &reg.types[b.ty].kind {
            for f in fields {
                keyword.push(Arg {
                    api: f.json.clone(),
                    ident: py_ident(&f.json),
                    hint: in_hint_doc(reg, &f.ty, &f.json, refs, f.doc.as_deref().unwrap_or("")),
                    required: !f.optional(),
                    doc: f.doc.clone().unwrap_or_default(),
                });
            }
        }
    }
    (positional, keyword)
}

fn signature(positional: &[Arg], keyword: &[Arg], skip: &[&str]) -> String {
    let mut parts = vec!["self".to_owned()];
    for a in positional {
        parts.push(format!("{}: {}", a.ident, a.hint));
    }
    let kw: Vec<&Arg> = keyword
        .iter()
        .filter(|a| !skip.contains(&a.api.as_str()))
        .collect();
    if !kw.is_empty() {
        parts.push("*".into());
    }
    for a in kw.iter().filter(|a| a.required) {
        parts.push(format!("{}: {}", a.ident, a.hint));
    }
    for a in kw.iter().filter(|a| !a.required) {
        parts.push(format!("{}: Optional[{}] = None", a.ident, a.hint));
    }
    parts.join(", ")
}

fn args_dict(positional: &[Arg], keyword: &[Arg], skip: &[&str]) -> String {
    let items: Vec<String> = positional
        .iter()
        .chain(keyword.iter())
        .filter(|a| !skip.contains(&a.api.as_str()))
        .map(|a| format!("{:?}: {}", a.api, a.ident))
        .collect();
    format!("{{{}}}", items.join(", "))
}

fn arg_docs(args: &[&Arg], indent: &str) -> String {
    let documented: Vec<&&Arg> = args.iter().filter(|a| !a.doc.trim().is_empty()).collect();
    if documented.is_empty() {
        return String::new();
    }
    let mut out = format!("\n\n{indent}Args:\n");
    for a in documented {
        let first = a
            .doc
            .trim()
            .split("\n\n")
            .next()
            .unwrap_or("")
            .replace('\n', " ");
        out.push_str(&format!("{indent}    {}: {}\n", a.ident, first.trim()));
    }
    out.trim_end().to_owned()
}

fn method_doc(op: &Op, positional: &[Arg], keyword: &[Arg], skip: &[&str], extra: &str) -> String {
    let mut text = op.summary.clone();
    if let Some(d) = &op.deprecated {
        text.push_str(&format!("\n\nDeprecated: {d}"));
    }
    let desc = op.description.trim();
    if !desc.is_empty() {
        let first = desc.split("\n\n").next().unwrap_or(desc);
        if first.trim() != op.summary.trim() {
            text.push_str("\n\n");
            text.push_str(first);
        }
    }
    if !extra.is_empty() {
        text.push_str("\n\n");
        text.push_str(extra);
    }
    let all: Vec<&Arg> = positional
        .iter()
        .chain(keyword.iter())
        .filter(|a| !skip.contains(&a.api.as_str()))
        .collect();
    text.push_str(&arg_docs(&all, ""));
    text.push_str(&format!(
        "\n\nOperation `{}` ({} {}).",
        op.id,
        op.method.to_uppercase(),
        op.path
    ));
    text
}

/// Items field and item class of a list operation.
fn list_item(api: &Api, op: &Op) -> Option<(String, String)> {
    let l = op.list.as_ref()?;
    Some((
        names::bare(&l.items_field).to_owned(),
        api.registry.name(l.item).to_owned(),
    ))
}

/// The one field of a single-resource answer (`GetServerResponse.server`): (field, class).
fn single_field(reg: &Registry, t: TypeId) -> Option<(String, String)> {
    let Kind::Struct(fields) = &reg.types[t].kind else {
        return None;
    };
    let [f] = fields.as_slice() else { return None };
    let Ty::Named(id) = f.ty else { return None };
    matches!(reg.types[id].kind, Kind::Struct(_)).then(|| (f.json.clone(), reg.name(id).to_owned()))
}

fn class_name(group: &str) -> String {
    format!("{}Resource", names::pascal(group))
}

fn emit_resources(api: &Api) -> Vec<(String, String)> {
    let reg = &api.registry;
    let refs = references(api);
    let mut groups: BTreeMap<&str, Vec<&Op>> = BTreeMap::new();
    for op in &api.ops {
        groups.entry(op.group.as_str()).or_default().push(op);
    }
    let head = format!(
        "{PY_HEADER}\"\"\"The resources of `Client` and `AsyncClient`: one method per API operation.\"\"\"\n\n\
         from __future__ import annotations\n\n\
         import datetime\n\
         from typing import TYPE_CHECKING, Any, List, Literal, Mapping, Optional, Sequence, Union\n\n\
         from .._base import (\n    ActionsExtras,\n    AsyncActionsExtras,\n    AsyncListIterator,\n    AsyncResource,\n    IdRef,\n    ListIterator,\n    Page,\n    Ref,\n    SyncResource,\n)\n\n\
         if TYPE_CHECKING:\n    from .. import _native as m\n\n\
         __all__: List[str] = []\n"
    );
    let mut files = Vec::new();
    for (group, ops) in &groups {
        let mut out = head.clone();
        for asyncness in [false, true] {
            let cls = if asyncness {
                format!("Async{}", class_name(group))
            } else {
                class_name(group)
            };
            let mut bases = Vec::new();
            if *group == "actions" {
                bases.push(if asyncness {
                    "AsyncActionsExtras"
                } else {
                    "ActionsExtras"
                });
            }
            bases.push(if asyncness {
                "AsyncResource"
            } else {
                "SyncResource"
            });
            out.push_str(&format!("\n\nclass {cls}({}):\n", bases.join(", ")));
            let title = group.replace('_', " ");
            out.push_str(&docstring(
                &format!(
                    "Operations on {title}{}: `client.{group}.<method>(...)`.",
                    if asyncness { " (awaitable)" } else { "" }
                ),
                "    ",
            ));
            let (def, aw) = if asyncness {
                ("async def", "await ")
            } else {
                ("def", "")
            };
            let list_op = ops.iter().find(|o| o.fn_name == "list" && o.list.is_some());
            for op in ops {
                let (positional, keyword) = args_of(api, op, &refs);
                let ret = match op.response {
                    Some(t) => format!("m.{}", reg.name(t)),
                    None => "None".into(),
                };
                let fname = py_ident(&op.fn_name);
                if let Some((items, item)) = list_item(api, op) {
                    // Iterator over every page.
                    let skip = ["page", "per_page"];
                    let iter_t = if asyncness {
                        "AsyncListIterator"
                    } else {
                        "ListIterator"
                    };
                    out.push_str(&format!(
                        "\n    def {fname}({}) -> {iter_t}[m.{item}]:\n",
                        signature(&positional, &keyword, &skip)
                    ));
                    out.push_str(&docstring(
                        &method_doc(
                            op,
                            &positional,
                            &keyword,
                            &skip,
                            &format!(
                                "Returns a lazy {}iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.",
                                if asyncness { "async " } else { "" }
                            ),
                        ),
                        "        ",
                    ));
                    out.push_str(&format!(
                        "        return self._list({:?}, {})\n",
                        op.id,
                        args_dict(&positional, &keyword, &skip)
                    ));
                    // One page.
                    out.push_str(&format!(
                        "\n    {def} {fname}_page({}) -> Page[m.{item}]:\n",
                        signature(&positional, &keyword, &[])
                    ));
                    out.push_str(&docstring(
                        &method_doc(
                            op,
                            &positional,
                            &keyword,
                            &[],
                            "Returns one page: `.items` and `.pagination`.",
                        ),
                        "        ",
                    ));
                    out.push_str(&format!(
                        "        return Page({aw}self._call({:?}, {}), {items:?})\n",
                        op.id,
                        args_dict(&positional, &keyword, &[])
                    ));
                    continue;
                }
                let single = op.response.and_then(|t| single_field(reg, t));
                if let Some((field, item)) =
                    single.filter(|_| op.fn_name == "get" && op.path_params.len() == 1)
                {
                    let id_path = matches!(op.path_params[0].kind, PathKind::Id);
                    let by_name = id_path
                        && list_op.is_some_and(|l| {
                            l.query
                                .as_ref()
                                .is_some_and(|q| q.params.iter().any(|p| p.name == "name"))
                        });
                    let (hint, how) = if by_name || !id_path {
                        ("Union[IdRef, str]", "by ID or by name")
                    } else {
                        ("IdRef", "by ID")
                    };
                    let pid = &positional[0].ident;
                    let key = &positional[0].api;
                    out.push_str(&format!(
                        "\n    {def} get(self, {pid}: {hint}) -> m.{item}:\n"
                    ));
                    out.push_str(&docstring(
                        &format!(
                            "{}\n\nLooks the resource up {how} and returns it (raises `NotFoundError` if there is none).\n\nOperation `{}` ({} {}).",
                            op.summary,
                            op.id,
                            op.method.to_uppercase(),
                            op.path
                        ),
                        "        ",
                    ));
                    let list_arg = match list_op.filter(|_| by_name) {
                        Some(l) => format!("{:?}", l.id),
                        None => "None".to_owned(),
                    };
                    out.push_str(&format!(
                        "        return {aw}self._get({:?}, {field:?}, {pid}, {list_arg}, {key:?})  # type: ignore[no-any-return]\n",
                        op.id
                    ));
                    continue;
                }
                out.push_str(&format!(
                    "\n    {def} {fname}({}) -> {ret}:\n",
                    signature(&positional, &keyword, &[])
                ));
                out.push_str(&docstring(
                    &method_doc(op, &positional, &keyword, &[], ""),
                    "        ",
                ));
                out.push_str(&format!(
                    "        return {aw}self._call({:?}, {})  # type: ignore[no-any-return]\n",
                    op.id,
                    args_dict(&positional, &keyword, &[])
                ));
            }
            out.push_str(&format!("\n\n__all__.append({cls:?})\n"));
        }
        files.push((format!("py/python/hetzcloud/_generated/{group}.py"), out));
    }
    // The resources of each client, imported when first used (`import hetzcloud` stays fast).
    let mut out = format!(
        "{PY_HEADER}\"\"\"The resources of `Client` and `AsyncClient`, each module imported on first use.\"\"\"\n\n\
         from __future__ import annotations\n\n\
         import importlib\n\
         from typing import TYPE_CHECKING, Any, Dict, List\n\n\
         if TYPE_CHECKING:\n"
    );
    for group in groups.keys() {
        out.push_str(&format!("    from . import {group} as _{group}\n"));
    }
    out.push_str(
        "\n__all__: List[str] = [\"Resources\", \"AsyncResources\"]\n\n\n\
         def _load(owner: Any, group: str, cls: str) -> Any:\n\
         \x20   cache: Dict[str, Any] = owner.__dict__.setdefault(\"_resources\", {})\n\
         \x20   r = cache.get(group)\n\
         \x20   if r is None:\n\
         \x20       r = getattr(importlib.import_module(f\"{__name__}.{group}\"), cls)(owner)\n\
         \x20       cache[group] = r\n\
         \x20   return r\n",
    );
    for asyncness in [false, true] {
        let cls = if asyncness {
            "AsyncResources"
        } else {
            "Resources"
        };
        out.push_str(&format!("\n\nclass {cls}:\n"));
        out.push_str(&docstring(
            "The API's resources as attributes (`client.servers`, `client.zones`, ...).",
            "    ",
        ));
        for group in groups.keys() {
            let rc = if asyncness {
                format!("Async{}", class_name(group))
            } else {
                class_name(group)
            };
            out.push_str(&format!(
                "\n    @property\n    def {group}(self) -> _{group}.{rc}:\n        \"\"\"Operations on {}.\"\"\"\n        return _load(self, {group:?}, {rc:?})  # type: ignore[no-any-return]\n",
                group.replace('_', " ")
            ));
        }
        out.push_str("\n    def _bind_resources(self) -> None:\n        self.__dict__[\"_resources\"] = {}\n");
    }
    files.push(("py/python/hetzcloud/_generated/__init__.py".into(), out));
    files
}

fn stub_type(reg: &Registry, f: &FieldDef) -> String {
    let t = py_type(reg, &f.ty);
    if f.optional() {
        format!("Optional[{t}]")
    } else {
        t
    }
}

/// `hetzcloud.models`: the answer model classes under public names, for annotations and
/// `isinstance` (they live in the native module).
fn emit_models_module(api: &Api) -> String {
    let reg = &api.registry;
    let names: Vec<&str> = answer_types(api)
        .into_iter()
        .filter(|id| matches!(reg.types[*id].kind, Kind::Struct(_)))
        .map(|id| reg.types[id].name.as_str())
        .collect();
    let mut out = String::from(PY_HEADER);
    out.push_str(
        "\"\"\"The model classes of the API's answers (``hetzcloud.models.Server`` ...): immutable,\n\
         with typed attributes. For annotations and ``isinstance``; instances come from the client.\"\"\"\n\n\
         from ._native import (\n",
    );
    for name in &names {
        out.push_str(&format!("    {name},\n"));
    }
    out.push_str(")\n\n__all__ = [\n");
    for name in &names {
        out.push_str(&format!("    {name:?},\n"));
    }
    out.push_str("]\n");
    out
}

fn emit_stubs(api: &Api) -> String {
    let reg = &api.registry;
    let mut out = String::from(PY_HEADER);
    out.push_str(include_str!("python_native_head.pyi"));
    let mut exported: Vec<String> = [
        "__version__",
        "NativeClient",
        "ItemStream",
        "NativeEmulator",
        "Selector",
        "validate_key",
        "validate_value",
        "validate_labels",
        "validate_selector",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for id in answer_types(api) {
        let t = &reg.types[id];
        let Kind::Struct(fields) = &t.kind else {
            continue;
        };
        exported.push(t.name.clone());
        out.push_str(&format!("\n@final\nclass {}:\n", t.name));
        out.push_str(&docstring(t.doc.as_deref().unwrap_or(&t.name), "    "));
        for f in fields {
            out.push_str(&format!(
                "    @property\n    def {}(self) -> {}: ...\n",
                f.json,
                stub_type(reg, f)
            ));
        }
        out.push_str(
            "    def _repr_html_(self) -> str: ...\n\
             \x20   def to_dict(self) -> Dict[str, Any]: ...\n\
             \x20   def to_dataframe(self) -> Any: ...\n\
             \x20   def __eq__(self, value: object, /) -> bool: ...\n\
             \x20   def __ne__(self, value: object, /) -> bool: ...\n",
        );
        if !action_fields(reg, id).is_empty() {
            out.push_str(
                "    def wait(self, *, timeout: Optional[float] = None, progress: Any = None) -> Any: ...\n",
            );
        }
    }
    out.push_str("\n__all__ = [\n");
    for name in exported {
        out.push_str(&format!("    {name:?},\n"));
    }
    out.push_str("]\n");
    out
}
