//! One resource handle per top-level path segment (`client.servers()`), one method per
//! operation, plus `list_all` streams and `find` by ID or name; and the operation table.

use super::{lit, HEADER};
use crate::docs::{clean, doc_lines};
use crate::names;
use crate::ops::{Api, Op, PathKind};
use crate::types::{Kind, Ty};
use std::collections::BTreeMap;

pub fn emit(api: &Api) -> Vec<(String, String)> {
    let mut groups: BTreeMap<&str, Vec<&Op>> = BTreeMap::new();
    for op in &api.ops {
        groups.entry(op.group.as_str()).or_default().push(op);
    }
    let mut files = Vec::new();
    let mut index = String::from(HEADER);
    index.push_str("//! Resource handles: `client.servers()`, `client.images()`, ...\n\n");
    for group in groups.keys() {
        index.push_str(&format!("mod {group};\n"));
    }
    index.push('\n');
    for group in groups.keys() {
        index.push_str(&format!("pub use {group}::{};\n", names::pascal(group)));
    }
    files.push(("core/src/generated/resources/mod.rs".to_owned(), index));
    for (group, ops) in &groups {
        files.push((
            format!("core/src/generated/resources/{group}.rs"),
            emit_group(api, group, ops),
        ));
    }
    files
}

fn emit_group(api: &Api, group: &str, ops: &[&Op]) -> String {
    let handle = names::pascal(group);
    let title = group.replace('_', " ");
    let mut out = String::from(HEADER);
    out.push_str(&format!("//! `{group}`: the `{handle}` handle.\n\n"));
    out.push_str("#[allow(unused_imports)]\nuse crate::models::*;\nuse crate::{ApiRequest, CallOptions, Client, Method};\n\n");
    out.push_str(&format!(
        "impl Client {{\n    /// Operations on {title}.\n    pub fn {group}(&self) -> {handle} {{\n        {handle} {{ client: self.clone(), opts: CallOptions::default() }}\n    }}\n}}\n\n"
    ));
    out.push_str(&format!(
        "/// Operations on {title}; from [`Client::{group}`].\n"
    ));
    out.push_str(&format!("#[derive(Clone, Debug)]\npub struct {handle} {{\n    client: Client,\n    opts: CallOptions,\n}}\n\n"));
    out.push_str(&format!("impl {handle} {{\n"));
    out.push_str(
        "    /// The same handle with options (retries, timeout) for every call made through it.\n",
    );
    out.push_str("    pub fn with_options(mut self, opts: CallOptions) -> Self {\n        self.opts = opts;\n        self\n    }\n\n");
    for op in ops {
        out.push_str(&emit_method(api, op));
    }
    if let Some(find) = emit_find(api, ops) {
        out.push_str(&find);
    }
    out.push_str("}\n");
    out
}

/// `(name: type)` pairs of the operation's arguments, and the names to pass them on.
fn args(api: &Api, op: &Op) -> (Vec<String>, Vec<String>) {
    let mut decl = Vec::new();
    let mut pass = Vec::new();
    for p in &op.path_params {
        let ty = match &p.kind {
            PathKind::Id => "i64".to_owned(),
            PathKind::Str => "&str".to_owned(),
            PathKind::Enum(id) => api.registry.name(*id).to_owned(),
        };
        decl.push(format!("{}: {ty}", p.ident));
        pass.push(p.ident.clone());
    }
    if let Some(q) = &op.query {
        decl.push(format!("params: &{}", q.struct_name));
        pass.push("params".into());
    }
    if let Some(b) = &op.body {
        decl.push(format!("body: &{}", b.name));
        pass.push("body".into());
    }
    (decl, pass)
}

fn method_const(m: &str) -> &'static str {
    match m {
        "get" => "Method::Get",
        "post" => "Method::Post",
        "put" => "Method::Put",
        "delete" => "Method::Delete",
        other => panic!("unsupported method {other}"),
    }
}

fn emit_method(api: &Api, op: &Op) -> String {
    let (decl, pass) = args(api, op);
    let fname = &op.fn_name;
    let mut out = String::new();
    let mut doc = op.summary.clone();
    let desc = op.description.trim();
    if !desc.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(desc);
    }
    doc.push_str(&format!("\n\n`{} {}`", op.method.to_uppercase(), op.path));
    out.push_str(&doc_lines(&doc, "    "));
    if names::bare(&op.fn_name) != op.id {
        out.push_str(&format!("    #[doc(alias = {})]\n", lit(&op.id)));
    }
    if let Some(note) = &op.deprecated {
        out.push_str(&format!("    #[deprecated(note = {})]\n", lit(note)));
    }
    let (ret, exec) = match op.response {
        Some(t) => (
            format!("crate::Response<{}>", api.registry.name(t)),
            "execute",
        ),
        None => ("crate::Response<()>".to_owned(), "execute_no_content"),
    };
    out.push_str(&format!(
        "    pub async fn {fname}(&self{}) -> crate::Result<{ret}> {{\n        let req = Self::{}_request({})?;\n        self.client.{exec}(req, &self.opts).await\n    }}\n\n",
        decl.iter().map(|d| format!(", {d}")).collect::<String>(),
        names::bare(fname),
        pass.join(", "),
    ));
    // The request as data.
    out.push_str(&format!(
        "    /// The request [`Self::{fname}`] sends, built and checked but not sent.\n"
    ));
    out.push_str(&format!(
        "    pub fn {}_request({}) -> crate::Result<ApiRequest> {{\n",
        names::bare(fname),
        decl.join(", ")
    ));
    let mut fmt_path = String::new();
    let mut fmt_args = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').expect("closing brace") + start;
        fmt_path.push_str(&rest[..start]);
        fmt_path.push_str("{}");
        let name = &rest[start + 1..end];
        let p = op
            .path_params
            .iter()
            .find(|p| p.name == name)
            .expect("path parameter declared");
        match &p.kind {
            PathKind::Id => {
                out.push_str(&format!(
                    "        crate::checks::id({}, {})?;\n",
                    lit(&p.name),
                    p.ident
                ));
                fmt_args.push(p.ident.clone());
            }
            PathKind::Str => {
                out.push_str(&format!(
                    "        crate::checks::segment({}, {})?;\n",
                    lit(&p.name),
                    p.ident
                ));
                fmt_args.push(format!(
                    "crate::transport::encode_path_segment({})",
                    p.ident
                ));
            }
            PathKind::Enum(_) => fmt_args.push(format!(
                "crate::transport::encode_path_segment({}.as_str())",
                p.ident
            )),
        }
        rest = &rest[end + 1..];
    }
    fmt_path.push_str(rest);
    let path_expr = if fmt_args.is_empty() {
        lit(&fmt_path)
    } else {
        format!("format!({}, {})", lit(&fmt_path), fmt_args.join(", "))
    };
    let mutable = if op.query.is_some() || op.body.is_some() {
        "mut "
    } else {
        ""
    };
    out.push_str(&format!(
        "        let {mutable}req = ApiRequest::new({}, {path_expr});\n",
        method_const(&op.method)
    ));
    if op.query.is_some() {
        out.push_str("        params.append_to(&mut req.query)?;\n");
    }
    if let Some(b) = &op.body {
        out.push_str("        body.check()?;\n");
        if let Some(optional) = hostname_field(api, op, b.ty) {
            out.push_str(&if optional {
                "        if let Some(name) = &body.name {\n            crate::labels::validate_hostname(\"name\", name)?;\n        }\n".to_owned()
            } else {
                "        crate::labels::validate_hostname(\"name\", &body.name)?;\n".to_owned()
            });
        }
        out.push_str("        req = req.json(body)?;\n");
    }
    out.push_str("        Ok(req)\n    }\n\n");
    if let Some(list) = &op.list {
        out.push_str(&emit_stream(api, op, list));
    }
    out
}

/// Whether `body` carries the `name` of a resource whose names must be host names (the
/// resource model says "RFC 1123", as Servers do), and whether that field is optional.
fn hostname_field(api: &Api, op: &Op, body: crate::types::TypeId) -> Option<bool> {
    let reg = &api.registry;
    let Kind::Struct(fields) = &reg.types[body].kind else {
        return None;
    };
    let name = fields
        .iter()
        .find(|f| f.json == "name" && f.ty == Ty::Str)?;
    let get = api
        .ops
        .iter()
        .find(|o| o.group == op.group && o.fn_name == "get")?;
    let Kind::Struct(resp) = &reg.types[get.response?].kind else {
        return None;
    };
    let resource = resp.iter().find_map(|f| match f.ty {
        Ty::Named(id) if f.json == names::singular(&op.group) => Some(id),
        _ => None,
    })?;
    let Kind::Struct(model) = &reg.types[resource].kind else {
        return None;
    };
    let doc = model.iter().find(|f| f.json == "name")?.doc.as_deref()?;
    doc.contains("RFC 1123").then_some(name.optional())
}

/// `list` → `list_all`, `list_actions_for` → `list_all_actions_for`.
pub fn stream_name(fname: &str) -> String {
    match fname.strip_prefix("list") {
        Some(rest) => format!("list_all{rest}"),
        None => format!("{fname}_all"),
    }
}

fn emit_stream(api: &Api, op: &Op, list: &crate::ops::ListInfo) -> String {
    let q = op
        .query
        .as_ref()
        .expect("paged operations have query parameters");
    let item = api.registry.name(list.item);
    let resp = api
        .registry
        .name(op.response.expect("paged operations answer"));
    let name = stream_name(&op.fn_name);
    let max = q.max_per_page;
    let mut decl = Vec::new();
    let mut owned = String::new();
    let mut pass = Vec::new();
    for p in &op.path_params {
        match &p.kind {
            PathKind::Id => {
                decl.push(format!("{}: i64", p.ident));
                pass.push(p.ident.clone());
            }
            PathKind::Str => {
                decl.push(format!("{}: &str", p.ident));
                owned.push_str(&format!("        let {0} = {0}.to_owned();\n", p.ident));
                pass.push(format!("&{}", p.ident));
            }
            PathKind::Enum(id) => {
                decl.push(format!("{}: {}", p.ident, api.registry.name(*id)));
                pass.push(format!("{}.clone()", p.ident));
            }
        }
    }
    decl.push(format!("params: &{}", q.struct_name));
    pass.push("&p".into());
    let mut out = format!(
        "    /// Every item of every page of [`Self::{}`], in order. After the first page the rest are\n    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the\n    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.\n",
        op.fn_name
    );
    if let Some(note) = &op.deprecated {
        out.push_str(&format!("    #[deprecated(note = {})]\n", lit(note)));
    }
    out.push_str(&format!(
        "    pub fn {name}(&self, {}) -> crate::BoxStream<'static, crate::Result<{item}>> {{\n",
        decl.join(", ")
    ));
    out.push_str(&owned);
    out.push_str("        let params = params.clone();\n");
    out.push_str(&format!(
        "        let per_page = params.per_page.unwrap_or({max});\n        crate::paging::stream::<{resp}, _>(self.client.clone(), self.opts.clone(), per_page, move |page, per_page| {{\n            let mut p = params.clone();\n            p.page = Some(page);\n            p.per_page = Some(per_page);\n            Self::{}_request({})\n        }})\n    }}\n\n",
        names::bare(&op.fn_name),
        pass.join(", ")
    ));
    out
}

/// `find(id_or_name)` where the resource has `get` by ID and a `name` filter on `list`.
fn emit_find(api: &Api, ops: &[&Op]) -> Option<String> {
    let reg = &api.registry;
    let get = ops
        .iter()
        .find(|o| o.fn_name == "get" && o.path_params.len() == 1)?;
    let list = ops.iter().find(|o| o.fn_name == "list")?;
    let info = list.list.as_ref()?;
    let q = list.query.as_ref()?;
    if !q.params.iter().any(|p| p.name == "name") {
        return None;
    }
    let Kind::Struct(fields) = &reg.types[get.response?].kind else {
        return None;
    };
    let single = fields.iter().find(|f| f.ty == Ty::Named(info.item))?;
    let found = if single.optional() {
        format!("r.data.{}", single.ident)
    } else {
        format!("Some(r.data.{})", single.ident)
    };
    let item = reg.name(info.item);
    let id_arg = match get.path_params[0].kind {
        PathKind::Id => "id",
        PathKind::Str => "&id.to_string()",
        PathKind::Enum(_) => return None,
    };
    let deprecated = get.deprecated.is_some() || list.deprecated.is_some();
    let mut out = format!(
        "    /// Looks up a {item} by ID or by exact name (a string of digits is an ID); `Ok(None)` when\n    /// there is none. One request either way.\n"
    );
    out.push_str("    #[doc(alias = \"get_by_name\")]\n");
    if deprecated {
        out.push_str(
            "    #[deprecated(note = \"uses deprecated operations\")]\n    #[allow(deprecated)]\n",
        );
    }
    out.push_str(&format!(
        "    pub async fn find(&self, id_or_name: impl Into<crate::IdOrName>) -> crate::Result<Option<{item}>> {{\n        match id_or_name.into() {{\n            crate::IdOrName::Id(id) => match self.get({id_arg}).await {{\n                Ok(r) => Ok({found}),\n                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),\n                Err(e) => Err(e),\n            }},\n            crate::IdOrName::Name(name) => {{\n                let page = self.list(&{}::default().name(name)).await?;\n                Ok(page.data.{}.into_iter().next())\n            }}\n        }}\n    }}\n",
        q.struct_name, info.items_field
    ));
    Some(out)
}

pub fn operations_table(api: &Api) -> String {
    let mut out = String::from(HEADER);
    out.push_str("//! Every operation of the API description, as data.\n\n");
    out.push_str("use crate::Method;\n\n");
    out.push_str("/// One operation: how it is called in the API and in this client.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub struct Operation {\n");
    out.push_str("    /// `operationId` in the API description, e.g. `poweron_server`.\n    pub id: &'static str,\n");
    out.push_str("    pub method: Method,\n    /// Path template, e.g. `/servers/{id}/actions/poweron`.\n    pub path: &'static str,\n");
    out.push_str("    /// Resource handle, e.g. `servers` for `client.servers()`.\n    pub resource: &'static str,\n");
    out.push_str(
        "    /// Method on the handle, e.g. `power_on`.\n    pub function: &'static str,\n",
    );
    out.push_str("    /// Streaming method over all pages, if the operation is paged.\n    pub stream: Option<&'static str>,\n");
    out.push_str("    /// Largest `per_page` the operation accepts, if it has one.\n    pub max_per_page: Option<i64>,\n");
    out.push_str("    pub deprecated: bool,\n    /// One-line summary.\n    pub summary: &'static str,\n}\n\n");
    out.push_str(&format!(
        "/// All {} operations.\npub const OPERATIONS: &[Operation] = &[\n",
        api.ops.len()
    ));
    for op in &api.ops {
        let max_per_page = match &op.query {
            Some(q) if q.params.iter().any(|p| p.name == "per_page") => {
                format!("Some({})", q.max_per_page)
            }
            _ => "None".to_owned(),
        };
        let stream = match &op.list {
            Some(_) => format!("Some({})", lit(&stream_name(&op.fn_name))),
            None => "None".to_owned(),
        };
        out.push_str(&format!(
            "    Operation {{ id: {}, method: {}, path: {}, resource: {}, function: {}, stream: {stream}, max_per_page: {max_per_page}, deprecated: {}, summary: {} }},\n",
            lit(&op.id),
            method_const(&op.method),
            lit(&op.path),
            lit(&op.group),
            lit(names::bare(&op.fn_name)),
            op.deprecated.is_some(),
            lit(&clean(&op.summary)),
        ));
    }
    out.push_str("];\n");
    out
}
