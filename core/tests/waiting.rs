//! Waiting for actions: batched polling (≤ 50 IDs per request), progress reports, failures,
//! deadlines, unknown IDs, and slower polling when the rate limit runs low.

mod common;

use common::*;
use hetzcloud::models::{Action, ActionStatus};
use hetzcloud::{Error, FailedAction, PendingAction, PollPolicy, IDS_PER_REQUEST};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// What action `id` looks like the `round`-th time (1-based) it is asked for; `None`: the API
/// does not know it.
type Plan = Arc<dyn Fn(i64, u32) -> Option<Value> + Send + Sync>;

/// Every request: when it arrived and the IDs it asked for.
type RequestLog = Arc<Mutex<Vec<(Instant, Vec<i64>)>>>;

/// Per action, every (status, progress) the progress callback saw.
type ProgressLog = Arc<Mutex<BTreeMap<i64, Vec<(ActionStatus, i32)>>>>;

/// Answers `GET /actions?id=..&id=..` from a [`Plan`], recording every request's IDs and
/// arrival. Answers in reverse order of the request, so the waiter must reorder.
#[derive(Clone)]
struct Actions {
    plan: Plan,
    limit: u32,
    remaining: u32,
    asked: Arc<Mutex<HashMap<i64, u32>>>,
    log: RequestLog,
}

impl Actions {
    fn new(plan: impl Fn(i64, u32) -> Option<Value> + Send + Sync + 'static) -> Actions {
        Actions {
            plan: Arc::new(plan),
            limit: 3600,
            remaining: 3000,
            asked: Arc::default(),
            log: Arc::default(),
        }
    }

    fn times_asked(&self, id: i64) -> u32 {
        self.asked.lock().unwrap().get(&id).copied().unwrap_or(0)
    }

    fn log(&self) -> Vec<(Instant, Vec<i64>)> {
        self.log.lock().unwrap().clone()
    }

    async fn mount(&self, server: &MockServer) {
        Mock::given(method("GET"))
            .and(path(p("/actions")))
            .respond_with(self.clone())
            .mount(server)
            .await;
    }
}

impl Respond for Actions {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let ids: Vec<i64> = query_values(req, "id")
            .iter()
            .map(|v| v.parse().expect("numeric id"))
            .collect();
        self.log.lock().unwrap().push((Instant::now(), ids.clone()));
        let mut actions = Vec::new();
        for id in &ids {
            let round = {
                let mut asked = self.asked.lock().unwrap();
                let n = asked.entry(*id).or_insert(0);
                *n += 1;
                *n
            };
            actions.extend((self.plan)(*id, round));
        }
        actions.reverse();
        with_rate_limit(
            ResponseTemplate::new(200).set_body_json(json!({ "actions": actions })),
            self.limit,
            self.remaining,
            unix_now() + 3600,
        )
    }
}

/// Running with growing progress for `running_rounds` rounds, then success.
fn finishes_after(running_rounds: u32) -> impl Fn(i64, u32) -> Option<Value> + Send + Sync {
    move |id, round| {
        Some(if round <= running_rounds {
            action_json(id, "running", ((round - 1) * 30) as i32)
        } else {
            action_json(id, "success", 100)
        })
    }
}

#[tokio::test]
async fn waits_for_100_actions_with_two_requests_per_round() {
    let server = mock_api().await;
    let actions = Actions::new(finishes_after(3));
    actions.mount(&server).await;
    let client = client(&server);

    // 1..=100 in a scrambled order (37 generates the multiplicative group mod 101).
    let input: Vec<i64> = (1..=100).map(|i| (i * 37) % 101).collect();
    assert_eq!(input.iter().collect::<BTreeSet<_>>().len(), 100);
    let progress: ProgressLog = Arc::default();
    let seen = progress.clone();

    let done = client
        .wait_for(input.iter())
        .on_progress(move |a: &Action| {
            seen.lock()
                .unwrap()
                .entry(a.id)
                .or_default()
                .push((a.status.clone(), a.progress));
        })
        .await
        .expect("all actions succeed");

    let done_ids: Vec<i64> = done.iter().map(|a| a.id).collect();
    assert_eq!(done_ids, input, "finished actions in input order");
    assert!(done
        .iter()
        .all(|a| a.status == ActionStatus::Success && a.progress == 100));

    // Four rounds (three running, one finished) of two requests of at most 50 IDs.
    let log = actions.log();
    assert_eq!(log.len(), 8, "2 requests per round, 4 rounds");
    for (round, pair) in log.chunks(2).enumerate() {
        assert!(pair.iter().all(|(_, ids)| ids.len() <= IDS_PER_REQUEST));
        let covered: BTreeSet<i64> = pair.iter().flat_map(|(_, ids)| ids.clone()).collect();
        assert_eq!(
            covered.len(),
            100,
            "round {round} asks for every action once"
        );
    }
    for id in 1..=100 {
        assert_eq!(actions.times_asked(id), 4, "action {id}");
    }
    assert_eq!(request_count(&server).await, 8);

    // Every change was reported, once each.
    let progress = progress.lock().unwrap();
    assert_eq!(progress.len(), 100);
    let want = vec![
        (ActionStatus::Running, 0),
        (ActionStatus::Running, 30),
        (ActionStatus::Running, 60),
        (ActionStatus::Success, 100),
    ];
    for (id, changes) in progress.iter() {
        assert_eq!(changes, &want, "action {id}");
    }
    assert_eq!(progress.values().map(Vec::len).sum::<usize>(), 400);
}

#[tokio::test]
async fn unchanged_actions_are_not_reported_again() {
    let server = mock_api().await;
    // Same progress for three rounds, then success.
    let actions = Actions::new(|id, round| {
        Some(if round <= 3 {
            action_json(id, "running", 50)
        } else {
            action_json(id, "success", 100)
        })
    });
    actions.mount(&server).await;
    let calls = Arc::new(Mutex::new(Vec::new()));
    let seen = calls.clone();
    client(&server)
        .wait_for([1i64, 1, 1])
        .on_progress(move |a: &Action| seen.lock().unwrap().push((a.id, a.progress)))
        .await
        .unwrap();
    assert_eq!(*calls.lock().unwrap(), vec![(1, 50), (1, 100)]);
    assert_eq!(
        actions.times_asked(1),
        4,
        "duplicates asked for once a round"
    );
    assert_eq!(request_count(&server).await, 4);
}

#[tokio::test]
async fn waits_for_the_action_a_call_returned() {
    let server = mock_api().await;
    Mock::given(method("POST"))
        .and(path(p("/servers/42/actions/poweron")))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(json!({"action": action_json(7, "running", 0)})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let actions = Actions::new(finishes_after(1));
    actions.mount(&server).await;
    let client = client(&server);
    let started = client.servers().power_on(42).await.unwrap();
    let done = client.wait_for([&started.action]).await.unwrap();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0].id, 7);
    assert_eq!(done[0].status, ActionStatus::Success);
    assert_eq!(actions.times_asked(7), 2);
    assert_eq!(request_count(&server).await, 3);
}

#[tokio::test]
async fn failed_actions_are_all_reported_after_the_others_finish() {
    let server = mock_api().await;
    let actions = Actions::new(|id, round| {
        Some(match (id, round) {
            (2, _) => failed_action_json(2, "action_failed", "the server could not be started"),
            (4, 1) => action_json(4, "running", 10),
            (4, _) => failed_action_json(4, "server_error", "internal error"),
            (_, 1..=2) => action_json(id, "running", 40),
            _ => action_json(id, "success", 100),
        })
    });
    actions.mount(&server).await;

    let err = client(&server)
        .wait_for([1i64, 2, 3, 4, 5])
        .await
        .unwrap_err();

    let Error::ActionFailed(failed) = &err else {
        panic!("expected failed actions, got {err:?}")
    };
    assert_eq!(
        failed,
        &vec![
            FailedAction {
                id: 2,
                command: "start_server".into(),
                code: "action_failed".into(),
                message: "the server could not be started".into(),
            },
            FailedAction {
                id: 4,
                command: "start_server".into(),
                code: "server_error".into(),
                message: "internal error".into(),
            },
        ]
    );
    let shown = err.to_string();
    assert!(shown.starts_with("2 action(s) failed"), "{shown}");
    assert!(
        shown.contains("action 2 (start_server): action_failed: the server could not be started"),
        "{shown}"
    );
    assert!(
        shown.contains("action 4 (start_server): server_error: internal error"),
        "{shown}"
    );
    // The failures did not cut the wait short: the others were polled until they finished,
    // and a finished action was not asked for again.
    for id in [1, 3, 5] {
        assert_eq!(actions.times_asked(id), 3, "action {id}");
    }
    assert_eq!(actions.times_asked(2), 1);
    assert_eq!(actions.times_asked(4), 2);
    assert_eq!(request_count(&server).await, 3);
}

#[tokio::test]
async fn unfinished_actions_time_out_listing_the_pending_ones() {
    let server = mock_api().await;
    let actions = Actions::new(|id, _| Some(action_json(id, "running", (id * 10) as i32)));
    actions.mount(&server).await;

    let limit = Duration::from_millis(100);
    let started = Instant::now();
    let err = client(&server)
        .wait_for([1i64, 2])
        .timeout(limit)
        .await
        .unwrap_err();
    let elapsed = started.elapsed();

    let Error::WaitTimeout { waited, pending } = &err else {
        panic!("expected a wait timeout, got {err:?}")
    };
    assert_eq!(
        pending,
        &vec![
            PendingAction {
                id: 1,
                command: "start_server".into(),
                progress: 10,
            },
            PendingAction {
                id: 2,
                command: "start_server".into(),
                progress: 20,
            },
        ]
    );
    // The deadline is checked after each round, so the last poll may end a little past it.
    assert!(
        *waited >= Duration::from_millis(80) && *waited < limit + Duration::from_millis(200),
        "waited {waited:?}"
    );
    assert!(
        elapsed >= Duration::from_millis(80),
        "gave up early: {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_secs(1),
        "gave up late: {elapsed:?}"
    );
    assert!(actions.times_asked(1) >= 2, "it kept polling");
    let shown = err.to_string();
    assert!(shown.contains("2 action(s)"), "{shown}");
    assert!(shown.contains("1 (start_server, 10%)"), "{shown}");
}

#[tokio::test]
async fn an_unknown_action_id_is_a_clear_error() {
    let server = mock_api().await;
    let actions = Actions::new(|id, _| (id != 7).then(|| action_json(id, "running", 0)));
    actions.mount(&server).await;
    let err = client(&server).wait_for([5i64, 6, 7]).await.unwrap_err();
    let Error::InvalidInput { field, message } = &err else {
        panic!("expected an input error, got {err:?}")
    };
    assert_eq!(field, "actions");
    assert!(message.contains('7'), "{message}");
    assert!(
        !message.contains('5') && !message.contains('6'),
        "{message}"
    );
    assert_eq!(request_count(&server).await, 1);
}

/// Starts of the poll rounds of a wait on 60 actions (2 requests a round) that finish in the
/// third round, with `remaining` requests left in the rate limit of 36000 an hour.
async fn round_gaps(remaining: u32) -> Vec<Duration> {
    let server = mock_api().await;
    let mut actions = Actions::new(finishes_after(2));
    actions.limit = 36_000;
    actions.remaining = remaining;
    actions.mount(&server).await;
    let client = builder(&server)
        .poll(PollPolicy {
            low_rate_limit: 50,
            ..fast_poll()
        })
        .build()
        .unwrap();
    client.wait_for(1i64..=60).await.expect("finishes");
    let log = actions.log();
    assert_eq!(log.len(), 6, "3 rounds of 2 requests");
    let starts: Vec<Instant> = log.chunks(2).map(|pair| pair[0].0).collect();
    starts.windows(2).map(|w| w[1] - w[0]).collect()
}

#[tokio::test]
async fn low_rate_limit_slows_polling_to_the_refill_rate() {
    // 36000 an hour refill one request per 0.1 s; a round of 2 requests may come every 0.2 s.
    let slow = round_gaps(10).await;
    assert_eq!(slow.len(), 2);
    for gap in &slow {
        assert!(*gap >= Duration::from_millis(200), "rounds {slow:?} apart");
        assert!(*gap < Duration::from_millis(600), "rounds {slow:?} apart");
    }
    let fast = round_gaps(30_000).await;
    for gap in &fast {
        assert!(*gap < Duration::from_millis(100), "rounds {fast:?} apart");
    }
}

#[tokio::test]
async fn wait_timeout_holds_while_a_poll_request_is_in_flight() {
    let server = mock_api().await;
    Mock::given(method("GET"))
        .and(path(p("/actions")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"actions": [action_json(1, "running", 0)]}))
                .set_delay(Duration::from_secs(2)),
        )
        .mount(&server)
        .await;
    let limit = Duration::from_millis(150);
    let started = Instant::now();
    let err = client(&server)
        .wait_for([1i64])
        .timeout(limit)
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(matches!(err, Error::WaitTimeout { .. }), "{err:?}");
    assert!(
        elapsed < Duration::from_secs(1),
        "a {limit:?} wait gave up only after {elapsed:?}"
    );
}

#[tokio::test]
async fn wait_does_not_give_up_before_its_timeout() {
    let server = mock_api().await;
    let actions = Actions::new(|id, _| Some(action_json(id, "running", 0)));
    actions.mount(&server).await;
    let limit = Duration::from_millis(300);
    let client = builder(&server)
        .poll(PollPolicy {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(1),
            ..fast_poll()
        })
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.wait_for([1i64]).timeout(limit).await.unwrap_err();
    let elapsed = started.elapsed();
    let Error::WaitTimeout { waited, .. } = &err else {
        panic!("expected a wait timeout, got {err:?}")
    };
    assert!(
        elapsed >= limit && *waited >= limit,
        "a {limit:?} wait gave up after {elapsed:?} (reported {waited:?})"
    );
    assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
}
