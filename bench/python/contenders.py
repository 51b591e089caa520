"""One measurement of one contender, in a fresh interpreter; prints one JSON line.

    python contenders.py CONTENDER TASK URL [--reps N]

CONTENDER: ours (hetzcloud), hcloud (official library from PyPI), raw (http.client, no parsing),
           json (http.client + json.loads: the stdlib's cost of turning pages into dicts; info).
TASK:
  list   - every one of the 10,000 servers (200 pages of 50), result kept as a list.
           One untimed warm-up listing, then N timed ones (median reported by bench.py).
  touch  - list, then read name, public_net.ipv4.ip and server_type.name of every server.
  get    - 1,000 sequential single-server gets (ids 1..1000); warm-up of 20 gets first.
  rss    - one listing and nothing else; reports ru_maxrss before and after (KiB -> MB).
  check  - decodes what the server sends: names, ids and an address agree with data.py.
"""

from __future__ import annotations

import http.client
import json
import os
import resource
import sys
import time
from urllib.parse import urlsplit

TOKEN = "bench-token-0123456789"
N_GETS = 1000


def make(contender: str, url: str):
    """(list_all, get_one, touch) callables for a contender."""
    if contender == "ours":
        import hetzcloud

        client = hetzcloud.Client(token=TOKEN, endpoint=url)

        def list_all():
            it = client.servers.list()
            return it.collect() if hasattr(it, "collect") else list(it)

        def get_one(i):
            return client.servers.get(i)

        def touch(servers):
            n = 0
            for s in servers:
                n += len(s.name) + len(s.public_net.ipv4.ip) + len(s.server_type.name)
            return n

        return list_all, get_one, touch

    if contender == "hcloud":
        from hcloud import Client

        client = Client(token=TOKEN, api_endpoint=url)

        def list_all():
            return client.servers.get_all()

        def get_one(i):
            return client.servers.get_by_id(i)

        def touch(servers):
            n = 0
            for s in servers:
                n += len(s.name) + len(s.public_net.ipv4.ip) + len(s.server_type.name)
            return n

        return list_all, get_one, touch

    if contender in ("raw", "json"):
        u = urlsplit(url)
        conn = http.client.HTTPConnection(u.hostname, u.port)
        headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
        base = u.path.rstrip("/")

        def fetch(path):
            conn.request("GET", base + path, headers=headers)
            r = conn.getresponse()
            body = r.read()
            if r.status != 200:
                raise RuntimeError(f"{path}: {r.status}")
            return body

        if contender == "raw":
            def list_all():
                # The page count is known up front (the floor does no parsing at all).
                return [fetch(f"/servers?page={p}&per_page=50") for p in range(1, 201)]

            def get_one(i):
                return fetch(f"/servers/{i}")

            def touch(pages):
                return sum(len(p) for p in pages)
        else:
            def list_all():
                out, page = [], 1
                while page:
                    d = json.loads(fetch(f"/servers?page={page}&per_page=50"))
                    out += d["servers"]
                    page = d["meta"]["pagination"]["next_page"]
                return out

            def get_one(i):
                return json.loads(fetch(f"/servers/{i}"))["server"]

            def touch(servers):
                n = 0
                for s in servers:
                    n += len(s["name"]) + len(s["public_net"]["ipv4"]["ip"]) + len(s["server_type"]["name"])
                return n

        return list_all, get_one, touch

    raise SystemExit(f"unknown contender {contender!r}")


def main() -> None:
    contender, task, url = sys.argv[1:4]
    reps = 1
    if "--reps" in sys.argv:
        reps = int(sys.argv[sys.argv.index("--reps") + 1])
    perf = time.perf_counter
    out: dict = {"contender": contender, "task": task}
    if task == "rss":
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        list_all, _, _ = make(contender, url)
        after_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = perf()
        items = list_all()
        out["s"] = perf() - t0
        out["n"] = len(items) if contender != "raw" else len(items) * 50
        out["rss_start_mb"] = before / 1024
        out["rss_ready_mb"] = after_import / 1024
        out["rss_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    elif task in ("list", "touch"):
        list_all, _, touch = make(contender, url)
        items = list_all()  # warm-up (connection, first-use costs)
        n = len(items) if contender != "raw" else len(items) * 50
        if n != 10_000:
            raise SystemExit(f"{contender}: listed {n} servers, expected 10000")
        del items
        times = []
        for _ in range(reps):
            t0 = perf()
            items = list_all()
            if task == "touch":
                touch(items)
            times.append(perf() - t0)
            del items
        out["times"] = times
        out["n"] = n
    elif task == "get":
        _, get_one, _ = make(contender, url)
        for i in range(1, 21):
            get_one(i)
        times = []
        for _ in range(reps):
            t0 = perf()
            for i in range(1, N_GETS + 1):
                get_one(i)
            times.append(perf() - t0)
        out["times"] = times
        out["n"] = N_GETS
    elif task == "check":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import data

        list_all, get_one, _ = make(contender, url)
        items = list_all()
        if contender == "json":
            assert len(items) == 10_000 and items[76]["name"] == data.server(77)["name"]
        elif contender != "raw":
            assert len(items) == 10_000, len(items)
            for s, i in ((items[0], 1), (items[-1], 10_000), (items[4321], 4322), (get_one(77), 77)):
                want = data.server(i)
                got = (s.id, s.name, s.public_net.ipv4.ip, s.server_type.name, s.location.name)
                exp = (i, want["name"], want["public_net"]["ipv4"]["ip"], want["server_type"]["name"],
                       want["location"]["name"])
                assert got == exp, f"{contender}: {got} != {exp}"
        out["ok"] = True
    else:
        raise SystemExit(f"unknown task {task!r}")
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
