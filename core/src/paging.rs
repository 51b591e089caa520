//! Streams over every item of a paged list.
//!
//! Page 1 is fetched first; it tells `last_page`, and the remaining pages are then fetched
//! concurrently (bounded by `ClientBuilder::page_concurrency`) while items are yielded strictly
//! in order. When the API does not report `last_page` (total unknown), pages are followed one
//! by one through `next_page`.

use crate::client::{CallOptions, Client};
use crate::models::Pagination;
use crate::runtime::{boxed, BoxStream};
use crate::transport::ApiRequest;
use crate::Error;
use futures::{stream, StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;

/// The API's usual maximum page size (a few lists allow more; their streams use that).
pub const MAX_PER_PAGE: i64 = 50;

/// A list answer: its items and its pagination.
pub trait Page: DeserializeOwned {
    type Item;
    fn into_items(self) -> Vec<Self::Item>;
    fn pagination(&self) -> Option<&Pagination>;
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) trait Builder:
    Fn(i64, i64) -> Result<ApiRequest, Error> + Send + Sync + 'static
{
}
#[cfg(not(target_arch = "wasm32"))]
impl<F: Fn(i64, i64) -> Result<ApiRequest, Error> + Send + Sync + 'static> Builder for F {}
#[cfg(target_arch = "wasm32")]
pub(crate) trait Builder: Fn(i64, i64) -> Result<ApiRequest, Error> + 'static {}
#[cfg(target_arch = "wasm32")]
impl<F: Fn(i64, i64) -> Result<ApiRequest, Error> + 'static> Builder for F {}

/// What a stream's items must be: `Send + 'static` natively, `'static` on wasm32.
#[cfg(not(target_arch = "wasm32"))]
pub trait Item: Send + 'static {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send + 'static> Item for T {}
/// What a stream's items must be: `Send + 'static` natively, `'static` on wasm32.
#[cfg(target_arch = "wasm32")]
pub trait Item: 'static {}
#[cfg(target_arch = "wasm32")]
impl<T: 'static> Item for T {}

/// Every item of every page; `build(page, per_page)` makes the request for one page.
pub(crate) fn stream<P, B>(
    client: Client,
    opts: CallOptions,
    per_page: i64,
    build: B,
) -> BoxStream<'static, Result<P::Item, Error>>
where
    P: Page + Item,
    P::Item: Item,
    B: Builder,
{
    let concurrency = client.inner.page_concurrency;
    let build = std::sync::Arc::new(build);
    let fetch = move |page: i64| {
        let client = client.clone();
        let opts = opts.clone();
        let build = build.clone();
        async move {
            let req = build(page, per_page)?;
            let page = client.execute::<P>(req, &opts).await?;
            Ok::<P, Error>(page.data)
        }
    };
    let first = fetch.clone();
    let pages = stream::once(async move { first(1).await })
        .map_ok(move |first_page| {
            let pagination = first_page.pagination().cloned();
            let rest: BoxStream<'static, Result<P, Error>> = match pagination {
                // Total known: fetch pages 2..=last concurrently, yielded in order.
                Some(Pagination {
                    last_page: Some(last),
                    ..
                }) if last > 1 => {
                    let fetch = fetch.clone();
                    boxed(stream::iter(2..=last).map(fetch).buffered(concurrency))
                }
                // Total unknown: follow next_page one at a time.
                Some(Pagination {
                    next_page: Some(next),
                    last_page: None,
                    ..
                }) => boxed(follow(fetch.clone(), next)),
                _ => boxed(stream::empty()),
            };
            stream::once(async move { Ok(first_page) }).chain(rest)
        })
        .try_flatten();
    boxed(
        pages
            .map_ok(|p| stream::iter(p.into_items().into_iter().map(Ok)))
            .try_flatten(),
    )
}

/// Pages one after another by `next_page`, for lists whose total is unknown. Bounded by the
/// API: it stops when a page has no `next_page` or does not move forward.
fn follow<P, F, Fut>(fetch: F, first: i64) -> impl futures::Stream<Item = Result<P, Error>>
where
    P: Page,
    F: Fn(i64) -> Fut,
    Fut: std::future::Future<Output = Result<P, Error>>,
{
    stream::unfold(Some(first), move |next| {
        let fut = next.map(&fetch);
        async move {
            let page_no = next?;
            match fut?.await {
                Ok(page) => {
                    let after = page
                        .pagination()
                        .and_then(|p| p.next_page)
                        .filter(|n| *n > page_no);
                    Some((Ok(page), after))
                }
                Err(e) => Some((Err(e), None)),
            }
        }
    })
}
