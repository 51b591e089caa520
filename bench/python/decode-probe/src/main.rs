//! `decode-probe PAGE.json [ROUNDS]`: median time per page for each way of decoding it.

use hetzcloud::models::ListServersResponse;
use std::time::Instant;

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
    let page: ListServersResponse = serde_json::from_slice(&body).unwrap();
    show("clone + drop of the 50 decoded servers", time(rounds, || {
        std::hint::black_box(page.servers.clone());
    }));
    show("body.to_vec() (the transport's copy)", time(rounds, || {
        std::hint::black_box(body.to_vec());
    }));
}
