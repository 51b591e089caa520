//! Paged lists: `list_all` over many pages (concurrently when the total is known, page by page
//! when it is not), errors in the middle, single pages, and `find` by ID or name.

mod common;

use common::*;
use futures::{StreamExt, TryStreamExt};
use hetzcloud::models::{ListServersParams, ListSshKeysParams, Pagination, Server};
use hetzcloud::{Error, ErrorCode};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Answers `GET /servers?page=N&per_page=M` with servers `(N-1)*M+1 ..= N*M` out of `pages`
/// pages, recording when each page was asked for. Pages after the first answer after `delay`.
#[derive(Clone)]
struct ServerPages {
    pages: i64,
    /// Whether `last_page` is reported (`false`: only `next_page`).
    total_known: bool,
    delay: Duration,
    /// This page answers with a 500 instead.
    failing_page: Option<i64>,
    arrivals: Arc<Mutex<Vec<(i64, Instant)>>>,
}

impl ServerPages {
    fn new(pages: i64, delay: Duration) -> ServerPages {
        ServerPages {
            pages,
            total_known: true,
            delay,
            failing_page: None,
            arrivals: Arc::default(),
        }
    }

    fn arrivals(&self) -> Vec<(i64, Instant)> {
        self.arrivals.lock().unwrap().clone()
    }

    fn arrival_of(&self, page: i64) -> Instant {
        let all = self.arrivals();
        let hits: Vec<_> = all.iter().filter(|(p, _)| *p == page).collect();
        assert_eq!(hits.len(), 1, "page {page} asked for once: {all:?}");
        hits[0].1
    }
}

impl Respond for ServerPages {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let page = query_number(req, "page").expect("page is sent");
        let per_page = query_number(req, "per_page").expect("per_page is sent");
        self.arrivals.lock().unwrap().push((page, Instant::now()));
        let delay = if page > 1 { self.delay } else { Duration::ZERO };
        if self.failing_page == Some(page) {
            return error_response(500, "server_error", "page failed").set_delay(delay);
        }
        let first = (page - 1) * per_page + 1;
        let servers: Vec<Value> = (first..first + per_page)
            .map(|id| server_json(id, &format!("web-{id}")))
            .collect();
        let next = (page < self.pages).then_some(page + 1);
        let meta = if self.total_known {
            pagination(
                page,
                per_page,
                Some(self.pages),
                next,
                Some(self.pages * per_page),
            )
        } else {
            pagination(page, per_page, None, next, None)
        };
        ResponseTemplate::new(200)
            .set_body_json(json!({"servers": servers, "meta": meta}))
            .set_delay(delay)
    }
}

async fn mount_pages(server: &MockServer, pages: &ServerPages, expected_requests: u64) {
    Mock::given(method("GET"))
        .and(path(p("/servers")))
        .respond_with(pages.clone())
        .expect(expected_requests)
        .mount(server)
        .await;
}

fn ids(servers: &[Server]) -> Vec<i64> {
    servers.iter().map(|s| s.id).collect()
}

#[test]
fn server_json_is_a_complete_server() {
    let server: Server =
        hetzcloud::from_json(server_json(42, "web-1").to_string().as_bytes()).unwrap();
    assert_eq!(server.id, 42);
    assert_eq!(server.name, "web-1");
}

#[tokio::test]
async fn list_all_fetches_the_remaining_pages_concurrently_in_order() {
    let server = mock_api().await;
    let delay = Duration::from_millis(300);
    let pages = ServerPages::new(5, delay);
    mount_pages(&server, &pages, 5).await;
    let client = client(&server);

    let started = Instant::now();
    let servers: Vec<Server> = client
        .servers()
        .list_all(&ListServersParams::default())
        .try_collect()
        .await
        .unwrap();
    let elapsed = started.elapsed();

    assert_eq!(ids(&servers), (1..=250).collect::<Vec<i64>>());
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 5);
    for req in &requests {
        assert_eq!(query_values(req, "per_page"), vec!["50"], "{}", req.url);
        assert_eq!(query_values(req, "page").len(), 1, "{}", req.url);
    }
    assert_eq!(query_values(&requests[0], "page"), vec!["1"]);

    // Pages 2-5 all arrived before the first of them could have been answered.
    let first = pages.arrival_of(1);
    let rest: Vec<Instant> = (2..=5).map(|p| pages.arrival_of(p)).collect();
    let earliest = *rest.iter().min().unwrap();
    let latest = *rest.iter().max().unwrap();
    assert!(earliest >= first);
    assert!(
        latest - earliest < delay,
        "pages 2-5 arrived over {:?}",
        latest - earliest
    );
    assert!(elapsed < 4 * delay, "took {elapsed:?}");
}

#[tokio::test]
async fn list_all_with_page_concurrency_1_fetches_one_page_at_a_time() {
    let server = mock_api().await;
    let delay = Duration::from_millis(100);
    let pages = ServerPages::new(5, delay);
    mount_pages(&server, &pages, 5).await;
    let client = builder(&server).page_concurrency(1).build().unwrap();

    let started = Instant::now();
    let servers: Vec<Server> = client
        .servers()
        .list_all(&ListServersParams::default())
        .try_collect()
        .await
        .unwrap();
    let elapsed = started.elapsed();

    assert_eq!(ids(&servers), (1..=250).collect::<Vec<i64>>());
    for page in 2..5 {
        let gap = pages.arrival_of(page + 1) - pages.arrival_of(page);
        assert!(
            gap >= delay,
            "page {} asked for {gap:?} after page {page}",
            page + 1
        );
    }
    assert!(elapsed >= 4 * delay, "took {elapsed:?}");
    assert_eq!(request_count(&server).await, 5);
}

#[tokio::test]
async fn list_all_honours_per_page_and_filters() {
    let server = mock_api().await;
    let pages = ServerPages::new(3, Duration::ZERO);
    Mock::given(method("GET"))
        .and(path(p("/servers")))
        .and(query_param("label_selector", "env=prod"))
        .and(query_param("per_page", "10"))
        .respond_with(pages.clone())
        .expect(3)
        .mount(&server)
        .await;
    let params = ListServersParams::default()
        .label_selector("env=prod")
        .per_page(10)
        .page(7); // ignored by list_all
    let servers: Vec<Server> = client(&server)
        .servers()
        .list_all(&params)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&servers), (1..=30).collect::<Vec<i64>>());
    let mut asked: Vec<i64> = pages.arrivals().iter().map(|(p, _)| *p).collect();
    asked.sort();
    assert_eq!(asked, vec![1, 2, 3]);
}

#[tokio::test]
async fn list_all_follows_next_page_when_the_total_is_unknown() {
    let server = mock_api().await;
    let mut pages = ServerPages::new(4, Duration::from_millis(20));
    pages.total_known = false;
    mount_pages(&server, &pages, 4).await;

    let servers: Vec<Server> = client(&server)
        .servers()
        .list_all(&ListServersParams::default())
        .try_collect()
        .await
        .unwrap();

    assert_eq!(ids(&servers), (1..=200).collect::<Vec<i64>>());
    let asked: Vec<i64> = pages.arrivals().iter().map(|(p, _)| *p).collect();
    assert_eq!(asked, vec![1, 2, 3, 4], "one page after another");
    for page in 2..4 {
        let gap = pages.arrival_of(page + 1) - pages.arrival_of(page);
        assert!(
            gap >= Duration::from_millis(20),
            "page {} too early",
            page + 1
        );
    }
}

#[tokio::test]
async fn list_all_surfaces_an_error_on_page_3() {
    let server = mock_api().await;
    let mut pages = ServerPages::new(5, Duration::from_millis(10));
    pages.failing_page = Some(3);
    mount_pages(&server, &pages, 5).await;
    let client = client(&server);

    let items: Vec<Result<Server, Error>> = client
        .servers()
        .list_all(&ListServersParams::default())
        .collect()
        .await;

    let ok_before: Vec<i64> = items
        .iter()
        .map_while(|r| r.as_ref().ok().map(|s| s.id))
        .collect();
    assert_eq!(ok_before, (1..=100).collect::<Vec<i64>>(), "pages 1 and 2");
    let err = items[100].as_ref().unwrap_err();
    assert_eq!(err.api().map(|a| a.status), Some(500));
    assert!(err.is(ErrorCode::ServerError), "{err:?}");
    assert_eq!(
        items.iter().filter(|r| r.is_err()).count(),
        1,
        "exactly one error item"
    );

    // try_collect stops at that error.
    let server2 = mock_api().await;
    mount_pages(&server2, &pages, 5).await;
    let collected: Result<Vec<Server>, Error> = common::client(&server2)
        .servers()
        .list_all(&ListServersParams::default())
        .try_collect()
        .await;
    assert!(collected.unwrap_err().is(ErrorCode::ServerError));
}

#[tokio::test]
async fn list_all_of_an_empty_list_sends_one_request() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/servers")))
        .and(query_param("page", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "servers": [],
            "meta": pagination(1, 50, Some(1), None, Some(0)),
        })))
        .expect(1)
        .mount(&server)
        .await;
    let servers: Vec<Server> = client(&server)
        .servers()
        .list_all(&ListServersParams::default())
        .try_collect()
        .await
        .unwrap();
    assert!(servers.is_empty());
}

#[tokio::test]
async fn list_returns_one_page_with_its_pagination_unchanged() {
    let server = mock_api().await;
    let servers: Vec<Value> = (26..=50)
        .map(|id| server_json(id, &format!("web-{id}")))
        .collect();
    Mock::given(method("GET"))
        .and(path(p("/servers")))
        .and(query_param("page", "2"))
        .and(query_param("per_page", "25"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "servers": servers,
            "meta": pagination(2, 25, Some(4), Some(3), Some(100)),
        })))
        .expect(1)
        .mount(&server)
        .await;
    let resp = client(&server)
        .servers()
        .list(&ListServersParams::default().page(2).per_page(25))
        .await
        .unwrap();
    assert_eq!(ids(&resp.servers), (26..=50).collect::<Vec<i64>>());
    assert_eq!(
        resp.meta.pagination,
        Pagination {
            page: 2,
            per_page: 25,
            previous_page: Some(1),
            next_page: Some(3),
            last_page: Some(4),
            total_entries: Some(100),
        }
    );
    assert_eq!(request_count(&server).await, 1);
}

// `Servers` has no `find` (see the report: the generator skips resources whose `get` answer
// has an optional item), so `find` is exercised on SSH keys, which have it.

#[tokio::test]
async fn find_by_id_uses_get() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/ssh_keys/42")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"ssh_key": ssh_key_json(42, "k")})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let key = client(&server).ssh_keys().find(42).await.unwrap();
    assert_eq!(key.map(|k| (k.id, k.name)), Some((42, "k".to_owned())));
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn find_by_id_is_none_on_404() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/ssh_keys/43")))
        .respond_with(error_response(
            404,
            "not_found",
            "ssh_key with ID '43' not found",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let key = client(&server).ssh_keys().find(43).await.unwrap();
    assert_eq!(key, None);
    assert_eq!(request_count(&server).await, 1, "a 404 is not retried");
}

#[tokio::test]
async fn find_by_id_passes_other_errors_on() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/ssh_keys/44")))
        .respond_with(error_response(403, "forbidden", "insufficient permissions"))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).ssh_keys().find(44).await.unwrap_err();
    assert!(err.is(ErrorCode::Forbidden), "{err:?}");
}

#[tokio::test]
async fn find_by_name_filters_the_list() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/ssh_keys")))
        .and(query_param("name", "web-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "ssh_keys": [ssh_key_json(7, "web-1")],
            "meta": pagination(1, 25, Some(1), None, Some(1)),
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(p("/ssh_keys")))
        .and(query_param("name", "nobody"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "ssh_keys": [],
            "meta": pagination(1, 25, Some(1), None, Some(0)),
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let key = client.ssh_keys().find("web-1").await.unwrap();
    assert_eq!(key.map(|k| k.id), Some(7));
    assert_eq!(client.ssh_keys().find("nobody").await.unwrap(), None);
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn find_treats_a_string_of_digits_as_an_id() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/ssh_keys/12")))
        .and(query_param_is_missing("name"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"ssh_key": ssh_key_json(12, "twelve")})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let key = client(&server).ssh_keys().find("12").await.unwrap();
    assert_eq!(key.map(|k| k.id), Some(12));
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn ssh_key_list_all_uses_the_same_paging() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/ssh_keys")))
        .respond_with(|req: &Request| {
            let page = query_number(req, "page").unwrap();
            let keys: Vec<Value> = (1..=2)
                .map(|i| ssh_key_json(page * 10 + i, &format!("k{page}{i}")))
                .collect();
            ResponseTemplate::new(200).set_body_json(json!({
                "ssh_keys": keys,
                "meta": pagination(page, 2, Some(3), (page < 3).then_some(page + 1), Some(6)),
            }))
        })
        .expect(3)
        .mount(&server)
        .await;
    let keys: Vec<i64> = client(&server)
        .ssh_keys()
        .list_all(&ListSshKeysParams::default().per_page(2))
        .map_ok(|k| k.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(keys, vec![11, 12, 21, 22, 31, 32]);
}
