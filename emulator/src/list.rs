//! Lists: `name`, `label_selector`, `sort`, `page`/`per_page`, `meta.pagination` and `Link`.

use crate::call::{ApiFail, Call, Reply};
use crate::store::Resource;
use axum::http::{header, HeaderValue};
use hetzcloud::labels::Selector;
use hetzcloud::models::{ListMeta, Pagination};

pub const DEFAULT_PER_PAGE: i64 = 25;
pub const MAX_PER_PAGE: i64 = 50;

/// One page of `items` after the call's filters and sort; `keep` adds resource-specific
/// filters (`status`, `type`, ...).
pub fn page<'a, T: Resource + 'a>(
    items: impl Iterator<Item = &'a T>,
    call: &Call,
    keep: impl Fn(&T) -> Result<bool, ApiFail>,
) -> Result<(Vec<T>, ListMeta, Option<HeaderValue>), ApiFail> {
    let (refs, meta, link) = page_refs(items, call, keep)?;
    Ok((refs.into_iter().cloned().collect(), meta, link))
}

/// [`page`] without copying the items.
pub fn page_refs<'a, T: Resource + 'a>(
    items: impl Iterator<Item = &'a T>,
    call: &Call,
    keep: impl Fn(&T) -> Result<bool, ApiFail>,
) -> Result<(Vec<&'a T>, ListMeta, Option<HeaderValue>), ApiFail> {
    let name = call.query_one("name");
    let selector = match call.query_one("label_selector") {
        Some(s) => Some(
            Selector::parse(s)
                .map_err(|e| ApiFail::invalid_input("label_selector", &e.to_string()))?,
        ),
        None => None,
    };
    let empty = Default::default();
    let mut out = Vec::new();
    for item in items {
        if name.is_some_and(|n| item.name() != Some(n)) {
            continue;
        }
        if let Some(sel) = &selector {
            if !sel.matches(item.labels().unwrap_or(&empty)) {
                continue;
            }
        }
        if keep(item)? {
            out.push(item);
        }
    }
    sort(&mut out, call)?;
    let per_page = match call.query_one("per_page") {
        None => DEFAULT_PER_PAGE,
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| ApiFail::invalid_input("per_page", "must be a positive integer"))?
            .min(call.op.max_per_page.unwrap_or(MAX_PER_PAGE)),
    };
    let page = match call.query_one("page") {
        None => 1,
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| ApiFail::invalid_input("page", "must be a positive integer"))?,
    };
    let total = out.len() as i64;
    let last = ((total + per_page - 1) / per_page).max(1);
    let start = ((page - 1) * per_page).min(total) as usize;
    let end = (start + per_page as usize).min(out.len());
    let items: Vec<&'a T> = out[start..end].to_vec();
    let pagination = Pagination {
        page,
        per_page,
        previous_page: (page > 1).then(|| (page - 1).min(last)),
        next_page: (page < last).then_some(page + 1),
        last_page: Some(last),
        total_entries: Some(total),
    };
    let link = link_header(call, &pagination);
    Ok((items, ListMeta { pagination }, link))
}

/// Applies `sort=field[:asc|:desc]` (repeatable); by ID when absent.
fn sort<T: Resource>(items: &mut [&T], call: &Call) -> Result<(), ApiFail> {
    let mut keys: Vec<(String, bool)> = Vec::new();
    for s in call.query_all("sort") {
        let (field, desc) = match s.split_once(':') {
            Some((f, "asc")) => (f, false),
            Some((f, "desc")) => (f, true),
            Some(_) => {
                return Err(ApiFail::invalid_input(
                    "sort",
                    &format!("invalid sort direction in `{s}`"),
                ))
            }
            None => (s, false),
        };
        let probe = items
            .first()
            .map(|i| i.sort_key(field).is_some())
            .unwrap_or(true);
        if !probe
            || !matches!(
                field,
                "id" | "name"
                    | "created"
                    | "command"
                    | "status"
                    | "started"
                    | "finished"
                    | "progress"
                    | "type"
            )
        {
            return Err(ApiFail::invalid_input(
                "sort",
                &format!("cannot sort by `{field}`"),
            ));
        }
        keys.push((field.to_owned(), desc));
    }
    keys.push(("id".into(), false));
    items.sort_by(|a, b| {
        for (field, desc) in &keys {
            let ord = a.sort_key(field).cmp(&b.sort_key(field));
            let ord = if *desc { ord.reverse() } else { ord };
            if ord != std::cmp::Ordering::Equal {
                return ord;
            }
        }
        std::cmp::Ordering::Equal
    });
    Ok(())
}

fn link_header(call: &Call, p: &Pagination) -> Option<HeaderValue> {
    let base = format!("/v1{}", concrete_path(call));
    let query: Vec<String> = call
        .query
        .iter()
        .filter(|(k, _)| k != "page")
        .map(|(k, v)| format!("{k}={}", crate::http::encode_query(v)))
        .collect();
    let with = |page: i64| {
        let mut q = query.clone();
        q.push(format!("page={page}"));
        format!("<{base}?{}>", q.join("&"))
    };
    let mut links = Vec::new();
    if let Some(prev) = p.previous_page {
        links.push(format!("{}; rel=\"prev\"", with(prev)));
    }
    if let Some(next) = p.next_page {
        links.push(format!("{}; rel=\"next\"", with(next)));
    }
    if let Some(last) = p.last_page {
        links.push(format!("{}; rel=\"last\"", with(last)));
    }
    if links.is_empty() {
        return None;
    }
    HeaderValue::from_str(&links.join(", ")).ok()
}

fn concrete_path(call: &Call) -> String {
    let mut path = call.op.path.to_owned();
    for (k, v) in &call.path {
        path = path.replace(&format!("{{{k}}}"), v);
    }
    path
}

/// A list answer with its `Link` header.
pub fn reply<T: serde::Serialize>(body: &T, link: Option<HeaderValue>) -> Reply {
    let mut r = Reply::ok(body);
    if let Some(link) = link {
        r.headers.push((header::LINK, link));
    }
    r
}

/// Each resource's JSON, kept until anything in the project changes (the store clears it after
/// every write and every finished action), so a list answer is assembled from ready pieces.
pub type RenderCache = std::collections::HashMap<(&'static str, i64), std::sync::Arc<[u8]>>;

/// A list answer `{"<key>": [...], "meta": {...}}` built from cached item JSON.
pub fn reply_rendered<T: Resource>(
    key: &str,
    items: &[&T],
    meta: &ListMeta,
    link: Option<HeaderValue>,
    cache: &mut RenderCache,
) -> Reply {
    let mut body = Vec::with_capacity(64 + items.len() * 2048);
    body.extend_from_slice(format!("{{\"{key}\":[").as_bytes());
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        let json = cache
            .entry((T::KIND, item.id()))
            .or_insert_with(|| serde_json::to_vec(item).expect("models serialize").into());
        body.extend_from_slice(json);
    }
    body.extend_from_slice(b"],\"meta\":");
    body.extend_from_slice(&serde_json::to_vec(meta).expect("meta serializes"));
    body.push(b'}');
    let mut r = Reply {
        status: axum::http::StatusCode::OK,
        body: Some(body),
        headers: Vec::new(),
    };
    if let Some(link) = link {
        r.headers.push((header::LINK, link));
    }
    r
}
