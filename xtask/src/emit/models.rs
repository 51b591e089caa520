//! `models.rs`: every schema type, the parameter structs, and the paging glue.

use super::{lit, rust_type, HEADER};
use crate::docs::doc_lines;
use crate::names;
use crate::ops::{Api, Query};
use crate::types::{FieldDef, Kind, Registry, Ty, TypeDef};
use std::collections::BTreeSet;

pub fn emit(api: &Api) -> String {
    let reg = &api.registry;
    let mut out = String::from(HEADER);
    out.push_str("//! Models of the Hetzner Cloud API.\n\n");
    out.push_str("#![allow(clippy::too_many_arguments, clippy::large_enum_variant)]\n\n");
    out.push_str("use serde::{Deserialize, Serialize};\n\n");
    for t in &reg.types {
        match &t.kind {
            Kind::Enum(values) => out.push_str(&emit_enum(t, values)),
            Kind::Struct(fields) => out.push_str(&emit_struct(reg, t, fields)),
        }
    }
    for op in &api.ops {
        if let Some(b) = &op.body {
            if b.name != reg.name(b.ty) {
                out.push_str(&format!(
                    "/// The body of `{}` (the same shape as [`{}`]).\npub type {} = {};\n\n",
                    op.id,
                    reg.name(b.ty),
                    b.name,
                    reg.name(b.ty)
                ));
            }
        }
    }
    let mut seen = BTreeSet::new();
    for op in &api.ops {
        if let Some(q) = &op.query {
            out.push_str(&emit_params(reg, q, &op.id));
        }
        if let (Some(list), Some(resp)) = (&op.list, op.response) {
            if seen.insert(resp) {
                out.push_str(&emit_page_impl(reg, reg.name(resp), list));
            }
        }
    }
    out
}

fn emit_enum(t: &TypeDef, values: &[String]) -> String {
    let mut out = String::from("crate::string_enum! {\n");
    out.push_str(&doc_lines(
        t.doc
            .as_deref()
            .unwrap_or(&format!("Values of `{}`.", t.name)),
        "    ",
    ));
    out.push_str(&format!("    {} {{\n", t.name));
    let mut used = BTreeSet::new();
    for v in values {
        let mut variant = names::variant(v);
        while !used.insert(variant.clone()) {
            variant.push('_');
        }
        out.push_str(&format!(
            "        /// `{v}`\n        {variant} = {},\n",
            lit(v)
        ));
    }
    out.push_str("    }\n}\n\n");
    out
}

fn field_type(reg: &Registry, f: &FieldDef) -> String {
    let inner = rust_type(reg, &f.ty);
    if f.optional() {
        format!("Option<{inner}>")
    } else {
        inner
    }
}

fn emit_struct(reg: &Registry, t: &TypeDef, fields: &[FieldDef]) -> String {
    let all_optional = fields.iter().all(FieldDef::optional);
    let mut out = doc_lines(t.doc.as_deref().unwrap_or(&t.name), "");
    let default = if all_optional { ", Default" } else { "" };
    out.push_str(&format!(
        "#[derive(Clone, Debug, PartialEq, Serialize, Deserialize{default})]\n"
    ));
    out.push_str(&format!("pub struct {} {{\n", t.name));
    for f in fields {
        let mut doc = f.doc.clone().unwrap_or_default();
        if f.deprecated {
            doc = format!("**Deprecated.** {doc}");
        }
        out.push_str(&doc_lines(&doc, "    "));
        if names::bare(&f.ident) != f.json {
            out.push_str(&format!("    #[serde(rename = {})]\n", lit(&f.json)));
        }
        if !f.required {
            out.push_str("    #[serde(default, skip_serializing_if = \"Option::is_none\")]\n");
        } else if f.nullable {
            out.push_str("    #[serde(default)]\n");
        }
        out.push_str(&format!("    pub {}: {},\n", f.ident, field_type(reg, f)));
    }
    out.push_str("}\n\n");
    if t.in_request {
        out.push_str(&emit_request_impl(reg, t, fields));
    }
    out
}

/// A constructor taking the required fields, and the checks run before sending.
fn emit_request_impl(reg: &Registry, t: &TypeDef, fields: &[FieldDef]) -> String {
    let required: Vec<&FieldDef> = fields.iter().filter(|f| !f.optional()).collect();
    let mut out = format!("impl {} {{\n", t.name);
    if !required.is_empty() {
        out.push_str(
            "    /// A value with the required fields set and every optional field unset.\n",
        );
        let args: Vec<String> = required
            .iter()
            .map(|f| format!("{}: {}", f.ident, arg_type(reg, &f.ty)))
            .collect();
        out.push_str(&format!(
            "    pub fn new({}) -> Self {{\n        {} {{\n",
            args.join(", "),
            t.name
        ));
        for f in fields {
            if f.optional() {
                out.push_str(&format!("            {}: None,\n", f.ident));
            } else if takes_into(&f.ty) {
                out.push_str(&format!("            {0}: {0}.into(),\n", f.ident));
            } else {
                out.push_str(&format!("            {},\n", f.ident));
            }
        }
        out.push_str("        }\n    }\n\n");
    }
    out.push_str("    /// Checks what can be checked before sending (labels, label selectors).\n");
    out.push_str("    pub fn check(&self) -> crate::Result<()> {\n");
    for f in fields {
        let access = if f.optional() {
            format!("if let Some(v) = &self.{}", f.ident)
        } else {
            String::new()
        };
        let value = if f.optional() {
            "v".to_owned()
        } else {
            format!("&self.{}", f.ident)
        };
        let check = match (&f.ty, f.json.as_str()) {
            (Ty::Map(inner), "labels") if **inner == Ty::Str => {
                Some(format!("crate::labels::validate_labels({value})?;"))
            }
            (Ty::Str, "label_selector") => {
                Some(format!("crate::labels::validate_selector({value})?;"))
            }
            (Ty::Named(id), _)
                if reg.types[*id].in_request && matches!(reg.types[*id].kind, Kind::Struct(_)) =>
            {
                Some(format!("{}.check()?;", value.trim_start_matches('&')))
            }
            (Ty::Vec(inner), _) => match **inner {
                Ty::Named(id)
                    if reg.types[id].in_request
                        && matches!(reg.types[id].kind, Kind::Struct(_)) =>
                {
                    Some(format!("for item in {value} {{ item.check()?; }}"))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(check) = check {
            if access.is_empty() {
                out.push_str(&format!("        {check}\n"));
            } else {
                out.push_str(&format!("        {access} {{ {check} }}\n"));
            }
        }
    }
    out.push_str("        Ok(())\n    }\n}\n\n");
    out
}

fn takes_into(ty: &Ty) -> bool {
    matches!(ty, Ty::Str | Ty::IdOrName)
}

fn arg_type(reg: &Registry, ty: &Ty) -> String {
    match ty {
        Ty::Str => "impl Into<String>".into(),
        Ty::IdOrName => "impl Into<crate::IdOrName>".into(),
        other => rust_type(reg, other),
    }
}

fn param_type(reg: &Registry, p: &crate::ops::QueryParam) -> String {
    let elem = rust_type(reg, &p.ty);
    match (p.array, p.required) {
        (true, _) => format!("Vec<{elem}>"),
        (false, true) => elem,
        (false, false) => format!("Option<{elem}>"),
    }
}

fn emit_params(reg: &Registry, q: &Query, op_id: &str) -> String {
    let name = &q.struct_name;
    let required: Vec<_> = q.params.iter().filter(|p| p.required).collect();
    let mut out = format!("/// Query parameters of `{op_id}`.\n");
    let default = if required.is_empty() { ", Default" } else { "" };
    out.push_str(&format!(
        "#[derive(Clone, Debug, PartialEq{default})]\npub struct {name} {{\n"
    ));
    for p in &q.params {
        out.push_str(&doc_lines(&p.doc, "    "));
        out.push_str(&format!("    pub {}: {},\n", p.ident, param_type(reg, p)));
    }
    out.push_str("}\n\n");
    out.push_str(&format!("impl {name} {{\n"));
    if !required.is_empty() {
        out.push_str("    /// Parameters with the required ones set.\n");
        let args: Vec<String> = required
            .iter()
            .map(|p| format!("{}: {}", p.ident, param_type(reg, p)))
            .collect();
        out.push_str(&format!(
            "    pub fn new({}) -> Self {{\n        {name} {{\n",
            args.join(", ")
        ));
        for p in &q.params {
            if p.required {
                out.push_str(&format!("            {},\n", p.ident));
            } else if p.array {
                out.push_str(&format!("            {}: Vec::new(),\n", p.ident));
            } else {
                out.push_str(&format!("            {}: None,\n", p.ident));
            }
        }
        out.push_str("        }\n    }\n\n");
    }
    for p in &q.params {
        let setter = &p.ident;
        let elem = rust_type(reg, &p.ty);
        let doc = format!("    /// Sets `{}`.\n", p.name);
        out.push_str(&doc);
        if p.array {
            out.push_str(&format!(
                "    pub fn {setter}(mut self, values: impl IntoIterator<Item = {elem}>) -> Self {{\n        self.{} = values.into_iter().collect();\n        self\n    }}\n\n",
                p.ident
            ));
        } else {
            let (arg, conv) = if p.ty == Ty::Str {
                ("impl Into<String>".to_owned(), "value.into()")
            } else {
                (elem.clone(), "value")
            };
            let wrapped = if p.required {
                conv.to_owned()
            } else {
                format!("Some({conv})")
            };
            out.push_str(&format!(
                "    pub fn {setter}(mut self, value: {arg}) -> Self {{\n        self.{} = {wrapped};\n        self\n    }}\n\n",
                p.ident
            ));
        }
    }
    // Query encoding and checks.
    out.push_str("    /// Checks the values and appends them to `query` in order.\n");
    out.push_str("    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {\n");
    for p in &q.params {
        let to_string = match p.ty {
            Ty::Str => "v.clone()",
            Ty::DateTime => "v.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)",
            _ => "v.to_string()",
        };
        let check = if p.name == "label_selector" {
            "crate::labels::validate_selector(v)?; "
        } else if p.name == "page" {
            "crate::checks::page(*v)?; "
        } else if p.name == "per_page" {
            "crate::checks::per_page(*v, MAX)?; "
        } else {
            ""
        };
        let check = check.replace("MAX", &q.max_per_page.to_string());
        let key = lit(&p.name);
        if p.array {
            out.push_str(&format!(
                "        for v in &self.{} {{ {check}query.push(({key}, {to_string})); }}\n",
                p.ident
            ));
        } else if p.required {
            out.push_str(&format!(
                "        {{ let v = &self.{}; {check}query.push(({key}, {to_string})); }}\n",
                p.ident
            ));
        } else {
            out.push_str(&format!("        if let Some(v) = &self.{} {{ {check}query.push(({key}, {to_string})); }}\n", p.ident));
        }
    }
    out.push_str("        Ok(())\n    }\n}\n\n");
    out
}

fn emit_page_impl(reg: &Registry, resp: &str, list: &crate::ops::ListInfo) -> String {
    let item = reg.name(list.item);
    let pagination = if list.meta_required {
        "Some(&self.meta.pagination)"
    } else {
        "self.meta.as_ref().map(|m| &m.pagination)"
    };
    format!(
        "impl crate::paging::Page for {resp} {{\n    type Item = {item};\n    fn into_items(self) -> Vec<{item}> {{\n        self.{}\n    }}\n    fn pagination(&self) -> Option<&Pagination> {{\n        {pagination}\n    }}\n}}\n\n",
        list.items_field
    )
}
