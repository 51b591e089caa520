"""Python benchmark: hetzcloud (ours) vs the official `hcloud` library vs a raw HTTP floor.

Starts server.py on 127.0.0.1 (stopped by its PID at the end), runs every measurement in a fresh
interpreter (contenders.py), interleaving contenders round by round so that machine noise hits
them alike, and prints medians. Figures: list 10k (ours / hcloud / raw floor), 1,000 gets, peak
RSS of the 10k listing, `import` time, wheel size. `bash bench/python/run.sh` prepares everything.

    python bench.py [--runs 5] [--reps 3] [--ours-path DIR] [--wheel FILE] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))

TARGETS = {
    "list_vs_hcloud": 10.0,  # hcloud / ours >= 10
    "list_vs_floor": 1.5,  # ours / floor <= 1.5
    "get_vs_hcloud": 3.0,  # hcloud / ours >= 3
    "rss_vs_hcloud": 0.5,  # ours / hcloud <= 0.5
    "import_ms": 50.0,
    "wheel_mb": 6.0,
}


def rustc_count() -> int:
    try:
        out = subprocess.run(["pgrep", "-c", "rustc"], capture_output=True, text=True).stdout.strip()
        return int(out or 0)
    except (OSError, ValueError):
        return -1


def wait_quiet(max_wait: float) -> float:
    """Waits (bounded) until no rustc runs; returns the seconds waited."""
    t0 = time.monotonic()
    while rustc_count() > 0 and time.monotonic() - t0 < max_wait:
        time.sleep(2)
    return time.monotonic() - t0


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.env = dict(os.environ)
        self.env.pop("HCLOUD_TOKEN", None)
        if args.ours_path:
            self.env["PYTHONPATH"] = args.ours_path + os.pathsep + self.env.get("PYTHONPATH", "")
        self.loads: list[tuple[float, int]] = []
        self.server = None
        self.url = ""

    # -- server ------------------------------------------------------------------------------
    def start_server(self) -> None:
        self.server = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "server.py"), "--port", "0"],
            stdout=subprocess.PIPE, stderr=sys.stderr, text=True)
        self.url = self.server.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            raise SystemExit(f"server did not start: {self.url!r}")

    def stop_server(self) -> None:
        if self.server is not None:
            self.server.terminate()  # its SIGTERM handler prints its totals
            try:
                self.server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait(timeout=10)

    def server_stats(self) -> dict:
        with urllib.request.urlopen(self.url + "/_stats", timeout=10) as r:
            return json.loads(r.read())

    # -- contenders --------------------------------------------------------------------------
    def available(self, contender: str) -> bool:
        module = {"ours": "hetzcloud", "hcloud": "hcloud"}.get(contender, "http.client")
        r = subprocess.run([self.args.python, "-c", f"import {module}"], env=self.env,
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(f"# {contender}: `import {module}` failed, skipped: "
                  f"{r.stderr.strip().splitlines()[-1] if r.stderr.strip() else '?'}", file=sys.stderr)
        return r.returncode == 0

    def run(self, contender: str, task: str, reps: int = 1) -> dict:
        self.loads.append((os.getloadavg()[0], rustc_count()))
        before = self.server_stats()
        r = subprocess.run(
            [self.args.python, os.path.join(HERE, "contenders.py"), contender, task, self.url,
             "--reps", str(reps)],
            env=self.env, capture_output=True, text=True, timeout=600)
        after = self.server_stats()
        if r.returncode != 0:
            raise SystemExit(f"{contender} {task} failed:\n{r.stderr[-3000:]}")
        out = json.loads(r.stdout.strip().splitlines()[-1])
        out["server_requests"] = after["requests"] - before["requests"] - 1  # minus the /_stats call
        out["server_cpu_s"] = after["cpu_s"] - before["cpu_s"]
        out["server_handle_s"] = after["handle_s"] - before["handle_s"]
        return out

    def import_ms(self, module: str, runs: int) -> dict:
        """Median `-X importtime` cumulative time of `module`, and the median wall time of
        `python -c "import module"` minus that of `python -c pass`."""
        cum, wall, bare = [], [], []
        for _ in range(runs):
            r = subprocess.run([self.args.python, "-X", "importtime", "-c", f"import {module}"],
                               env=self.env, capture_output=True, text=True)
            for line in r.stderr.splitlines():
                m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s?(\S.*)$", line)
                if m and m.group(3) == module:
                    cum.append(int(m.group(2)) / 1000)
            for cmd, sink in ((f"import {module}", wall), ("pass", bare)):
                t0 = time.perf_counter()
                subprocess.run([self.args.python, "-c", cmd], env=self.env, check=True)
                sink.append((time.perf_counter() - t0) * 1000)
        return {
            "importtime_ms": statistics.median(cum) if cum else float("nan"),
            "wall_minus_bare_ms": statistics.median(wall) - statistics.median(bare),
        }


def med(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def fmt_s(x: float) -> str:
    if x != x:
        return "-"
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5, help="fresh-interpreter runs per figure (>= 5)")
    ap.add_argument("--reps", type=int, default=3, help="timed repetitions inside each run")
    ap.add_argument("--python", default=sys.executable, help="interpreter for the contenders")
    ap.add_argument("--ours-path", default="", help="directory prepended to PYTHONPATH (unpacked wheel)")
    ap.add_argument("--wheel", default="", help="wheel file whose size is reported")
    ap.add_argument("--contenders", default="ours,hcloud,raw,json")
    ap.add_argument("--wait-quiet", type=float, default=60,
                    help="max seconds to wait for no running rustc before each round")
    ap.add_argument("--json", default="", help="write all samples here")
    args = ap.parse_args()

    b = Bench(args)
    contenders = [c for c in args.contenders.split(",") if c and b.available(c)]
    started = datetime.datetime.now(datetime.timezone.utc)
    res: dict = {c: {"list": [], "get": [], "touch": [], "rss": [], "srv_list": [], "srv_get": []}
                 for c in contenders}
    waited = 0.0
    b.start_server()
    try:
        print(f"# server {b.url}; contenders {', '.join(contenders)}; {args.runs} runs x {args.reps} reps",
              file=sys.stderr)
        for c in contenders:
            b.run(c, "check")
        for rnd in range(args.runs):
            waited += wait_quiet(args.wait_quiet)
            order = contenders[rnd % len(contenders):] + contenders[:rnd % len(contenders)]
            for c in order:
                o = b.run(c, "list", args.reps)
                res[c]["list"] += o["times"]
                res[c]["srv_list"].append(o["server_cpu_s"] / (1 + args.reps))
                o = b.run(c, "get", args.reps)
                res[c]["get"] += o["times"]
                res[c]["srv_get"].append(o["server_cpu_s"] / (1 + args.reps))
                o = b.run(c, "touch", 1)
                res[c]["touch"] += o["times"]
                o = b.run(c, "rss")
                res[c]["rss"].append(o["rss_peak_mb"])
                res[c].setdefault("rss_ready", []).append(o["rss_ready_mb"])
            print(f"# round {rnd + 1}/{args.runs} done (load {os.getloadavg()[0]:.2f}, "
                  f"rustc {rustc_count()})", file=sys.stderr)
        imports = {}
        for c, module in (("ours", "hetzcloud"), ("hcloud", "hcloud")):
            if c in contenders:
                waited += wait_quiet(args.wait_quiet)
                imports[c] = b.import_ms(module, max(7, args.runs))
    finally:
        b.stop_server()
    finished = datetime.datetime.now(datetime.timezone.utc)

    m = {c: {k: med(v) for k, v in r.items()} for c, r in res.items()}
    wheel_mb = os.path.getsize(args.wheel) / 1e6 if args.wheel and os.path.exists(args.wheel) else float("nan")
    loads = [load for load, _ in b.loads]
    rustcs = [n for _, n in b.loads]
    quiet = sum(1 for n in rustcs if n == 0)

    def g(c: str, k: str) -> float:
        return m.get(c, {}).get(k, float("nan"))

    def ratio(a: float, b_: float) -> float:
        return a / b_ if b_ == b_ and b_ and a == a else float("nan")

    ok = lambda cond: "-" if cond is None else ("PASS" if cond else "MISS")  # noqa: E731

    def check(value: float, target: float, higher_is_better: bool):
        if value != value:
            return None
        return value >= target if higher_is_better else value <= target

    lines = []
    P = lines.append
    P(f"Python benchmark — {finished:%Y-%m-%d %H:%M} UTC, {platform.python_implementation()} "
      f"{platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}")
    P(f"load average during runs: median {med(loads):.2f}, max {max(loads):.2f}; "
      f"measurements with no rustc running: {quiet}/{len(rustcs)} (waited {waited:.0f} s for quiet)")
    P(f"{args.runs} fresh-interpreter runs per figure; list/get: {args.reps} timed reps per run after a "
      f"warm-up -> medians of {args.runs * args.reps}")
    P("")
    nan = float("nan")
    io, ih = imports.get("ours", {}), imports.get("hcloud", {})
    r_list = ratio(g("hcloud", "list"), g("ours", "list"))
    r_floor = ratio(g("ours", "list"), g("raw", "list"))
    r_touch = ratio(g("hcloud", "touch"), g("ours", "touch"))
    r_get = ratio(g("hcloud", "get"), g("ours", "get"))
    r_rss = ratio(g("ours", "rss"), g("hcloud", "rss"))
    imp1, imp2 = io.get("importtime_ms", nan), io.get("wall_minus_bare_ms", nan)
    rows = [
        # figure, ours, hcloud, raw, json, ratio text, verdict
        ("list 10,000 servers (200 pages)", *(fmt_s(g(c, "list")) for c in ("ours", "hcloud", "raw", "json")),
         f"hcloud/ours {r_list:.1f}x", ok(check(r_list, 10, True)) + " (>=10x)"),
        ("", "", "", "", "", f"ours/floor {r_floor:.2f}x", ok(check(r_floor, 1.5, False)) + " (<=1.5x)"),
        ("list 10k + read 3 attrs of each", *(fmt_s(g(c, "touch")) for c in ("ours", "hcloud", "raw", "json")),
         f"hcloud/ours {r_touch:.1f}x", "info"),
        ("1,000 sequential gets", *(fmt_s(g(c, "get")) for c in ("ours", "hcloud", "raw", "json")),
         f"hcloud/ours {r_get:.1f}x", ok(check(r_get, 3, True)) + " (>=3x)"),
        ("peak RSS of the 10k listing", *(f"{g(c, 'rss'):.1f} MB" for c in ("ours", "hcloud", "raw", "json")),
         f"ours/hcloud {r_rss:.2f}x", ok(check(r_rss, 0.5, False)) + " (<=0.5x)"),
        ("  RSS after import + client", *(f"{g(c, 'rss_ready'):.1f} MB" for c in ("ours", "hcloud", "raw", "json")),
         "", "info"),
        ("import, -X importtime cumulative", f"{imp1:.1f} ms", f"{ih.get('importtime_ms', nan):.1f} ms", "", "",
         "", ok(check(imp1, 50, False)) + " (<=50 ms)"),
        ("import, wall minus bare python", f"{imp2:.1f} ms", f"{ih.get('wall_minus_bare_ms', nan):.1f} ms", "", "",
         "", ok(check(imp2, 50, False)) + " (<=50 ms)"),
        ("wheel size", f"{wheel_mb:.2f} MB", "", "", "", "", ok(check(wheel_mb, 6, False)) + " (<=6 MB)"),
    ]
    head = ("figure", "ours", "hcloud", "raw floor", "json.loads", "ratio", "target")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    fmt_row = lambda r: "| " + " | ".join(  # noqa: E731
        str(v).ljust(w) if i in (0, 5, 6) else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))) + " |"
    P(fmt_row(head))
    P("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        P(fmt_row(r).replace(" nan MB", "    - ").replace("nan ms", "  -   ").replace(" nanx", "  -  "))
    mins = {c: min(res[c]["list"]) for c in contenders if res[c]["list"]}
    if "ours" in mins and "raw" in mins:
        P("")
        P(f"list, best of {len(res['ours']['list'])}: ours {fmt_s(mins['ours'])}, raw floor {fmt_s(mins['raw'])}, "
          f"ours/floor {mins['ours'] / mins['raw']:.2f}x (the floor is one connection; ours fetches "
          f"pages concurrently)")
    P("")
    P("server's own CPU per operation (median): " + "; ".join(
        f"{c}: list {fmt_s(g(c, 'srv_list'))}, 1,000 gets {fmt_s(g(c, 'srv_get'))}" for c in contenders))
    text = "\n".join(lines)
    print(text)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"started": started.isoformat(), "finished": finished.isoformat(),
                       "samples": res, "imports": imports, "wheel_mb": wheel_mb,
                       "loads": b.loads, "table": text}, f, indent=1)


if __name__ == "__main__":
    main()
