//! `decode-probe PAGE.json [ROUNDS]`: median time per page for each way of decoding it.

use hetzcloud::models::ListServersResponse;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// Counts heap allocations and bytes still held, to show what one decoded server costs.
struct Counting;
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        LIVE.fetch_add(l.size(), Relaxed);
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Relaxed);
        System.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        LIVE.fetch_add(n, Relaxed);
        LIVE.fetch_sub(l.size(), Relaxed);
        System.realloc(p, l, n)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    xs[xs.len() / 2]
}

fn time<F: FnMut()>(rounds: usize, mut f: F) -> f64 {
    for _ in 0..rounds / 10 + 1 {
        f();
    }
    let xs = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    median(xs)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: decode-probe PAGE.json [ROUNDS]");
    let rounds: usize = args.next().map(|s| s.parse().unwrap()).unwrap_or(200);
    let body = std::fs::read(&path).unwrap();
    let mb = body.len() as f64 / 1e6;
    let show = |name: &str, us: f64| {
        println!(
            "{name:<48} {us:>8.0} us/page  {:>6.0} MB/s  x200 pages = {:>5.1} ms",
            mb / (us / 1e6),
            us * 200.0 / 1000.0
        )
    };
    show("serde_json::from_slice::<Value>", time(rounds, || {
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        std::hint::black_box(v);
    }));
    show("serde_json::from_slice::<ListServersResponse>", time(rounds, || {
        let v: ListServersResponse = serde_json::from_slice(&body).unwrap();
        std::hint::black_box(v);
    }));
    show("serde_path_to_error (core's decode today)", time(rounds, || {
        let de = &mut serde_json::Deserializer::from_slice(&body);
        let v: ListServersResponse = serde_path_to_error::deserialize(de).unwrap();
        std::hint::black_box(v);
    }));
    let (a0, l0) = (ALLOCS.load(Relaxed), LIVE.load(Relaxed));
    let page: ListServersResponse = serde_json::from_slice(&body).unwrap();
    let (a1, l1) = (ALLOCS.load(Relaxed), LIVE.load(Relaxed));
    let n = page.servers.len();
    println!(
        "one decoded server: {} heap allocations, {} bytes held (struct {} bytes inline); JSON {} bytes",
        (a1 - a0) / n,
        (l1 - l0) / n,
        std::mem::size_of::<hetzcloud::models::Server>(),
        body.len() / n
    );
    show("clone + drop of the 50 decoded servers", time(rounds, || {
        std::hint::black_box(page.servers.clone());
    }));
    show("body.to_vec() (the transport's copy)", time(rounds, || {
        std::hint::black_box(body.to_vec());
    }));
}
