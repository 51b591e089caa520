//! `GET /servers/{id}/metrics`: plausible, repeatable time series for `cpu`, `disk` and
//! `network` (values depend only on the server, the series and the timestamp).

use crate::call::{Answer, ApiFail, Call, Reply};
use crate::store::Store;
use chrono::{DateTime, Utc};
use hetzcloud::models::{GetLoadBalancerMetricsResponse, Metrics, MetricsTimeSeries, ServerStatus};
use std::collections::BTreeMap;

const TYPES: &[&str] = &["cpu", "disk", "network"];

/// Samples when no step is given, and at most.
const DEFAULT_SAMPLES: f64 = 200.0;
const MAX_SAMPLES: f64 = 500.0;

/// The series of each metric type, with the range their values move in.
fn series(kind: &str) -> &'static [(&'static str, f64, f64)] {
    match kind {
        "cpu" => &[("cpu", 0.5, 35.0)],
        "disk" => &[
            ("disk.0.iops.read", 0.0, 40.0),
            ("disk.0.iops.write", 1.0, 120.0),
            ("disk.0.bandwidth.read", 0.0, 2_000_000.0),
            ("disk.0.bandwidth.write", 4_096.0, 6_000_000.0),
        ],
        _ => &[
            ("network.0.pps.in", 5.0, 600.0),
            ("network.0.pps.out", 5.0, 500.0),
            ("network.0.bandwidth.in", 500.0, 250_000.0),
            ("network.0.bandwidth.out", 500.0, 180_000.0),
        ],
    }
}

fn time_param(call: &Call, name: &str) -> Result<DateTime<Utc>, ApiFail> {
    let raw = call
        .query_one(name)
        .ok_or_else(|| ApiFail::invalid_input(name, "is required"))?;
    // An unencoded `+` in the offset arrives as a space.
    DateTime::parse_from_rfc3339(raw)
        .or_else(|_| DateTime::parse_from_rfc3339(&raw.replace(' ', "+")))
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| ApiFail::invalid_input(name, &format!("`{raw}` is not an RFC 3339 time")))
}

/// splitmix64: a well-mixed hash of one number.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A value in `[low, high)` for a series at a time: a daily wave plus noise.
fn value(server: i64, series: usize, ts: f64, low: f64, high: f64) -> f64 {
    let day = (ts / 86_400.0 * std::f64::consts::TAU).sin() * 0.5 + 0.5;
    let seed = (server as u64)
        .wrapping_mul(1_000_003)
        .wrapping_add(series as u64 * 7_919)
        .wrapping_add(ts.round() as u64);
    let noise = (mix(seed) >> 11) as f64 / (1u64 << 53) as f64;
    let share = 0.6 * day + 0.4 * noise;
    ((low + (high - low) * share) * 10_000.0).round() / 10_000.0
}

pub fn get_metrics(store: &mut Store, call: &Call) -> Answer {
    let server = store.servers.get(call.id("id")?)?.clone();
    let mut types: Vec<&str> = Vec::new();
    for v in call.query_all("type") {
        for t in v.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            let Some(known) = TYPES.iter().find(|k| **k == t) else {
                return Err(ApiFail::invalid_input(
                    "type",
                    &format!("`{t}` is not one of cpu, disk, network"),
                ));
            };
            if !types.contains(known) {
                types.push(known);
            }
        }
    }
    if types.is_empty() {
        return Err(ApiFail::invalid_input("type", "is required"));
    }
    let start = time_param(call, "start")?;
    let end = time_param(call, "end")?;
    if start >= end {
        return Err(ApiFail::invalid_input("end", "must be after start"));
    }
    let range = (end - start).num_milliseconds() as f64 / 1000.0;
    let mut step = match call.query_one("step") {
        Some(raw) => raw
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0)
            .ok_or_else(|| {
                ApiFail::invalid_input("step", &format!("`{raw}` is not a positive number"))
            })?,
        None => (range / DEFAULT_SAMPLES).ceil(),
    };
    step = step.max((range / MAX_SAMPLES).ceil()).max(1.0);
    let first = start.timestamp_millis() as f64 / 1000.0;
    let samples = ((range / step).floor() as usize + 1).min(MAX_SAMPLES as usize + 1);
    // A server that is off now shows no load at all.
    let idle = server.status == ServerStatus::Off;
    let mut time_series = BTreeMap::new();
    let mut index = 0;
    for kind in types {
        for (name, low, high) in series(kind) {
            let values = (0..samples)
                .map(|k| {
                    let ts = first + k as f64 * step;
                    let v = if idle {
                        0.0
                    } else {
                        value(server.id, index, ts, *low, *high)
                    };
                    (ts, v.to_string())
                })
                .collect();
            time_series.insert((*name).to_owned(), MetricsTimeSeries { values });
            index += 1;
        }
    }
    Ok(Reply::ok(&GetLoadBalancerMetricsResponse {
        metrics: Metrics {
            start,
            end,
            step,
            time_series,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_stay_in_range_and_repeat() {
        for k in 0..1000 {
            let ts = 1_700_000_000.0 + f64::from(k) * 60.0;
            let v = value(42, 1, ts, 1.0, 120.0);
            assert!((1.0..=120.0).contains(&v), "{v}");
            assert_eq!(v, value(42, 1, ts, 1.0, 120.0));
        }
    }
}
