"""A fast fake of `GET /v1/servers` and `GET /v1/servers/{id}` on 127.0.0.1 for the benchmarks.

Every answer is pre-rendered bytes (status line, headers and body) looked up by the request
target; HTTP/1.1 keep-alive, one thread per connection, TCP_NODELAY. It prints its URL
(`http://127.0.0.1:PORT/v1`) as the first stdout line once ready, and its totals on SIGTERM.

`GET /_stats` answers its own cost so far: requests served, wall time spent inside handlers
(request parsed -> answer written) and the process CPU time. The benchmark reads it before and
after each measured run to show that the server is not the bottleneck.

Usage: python server.py [--port 0] [--total 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sys
import threading
import time
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402

_HEAD = (
    "HTTP/1.1 {status}\r\n"
    "Content-Type: application/json\r\n"
    "Content-Length: {length}\r\n"
    "RateLimit-Limit: 3600\r\n"
    "RateLimit-Remaining: 3599\r\n"
    "RateLimit-Reset: 1893456000\r\n"
    "X-Correlation-Id: bench-0000\r\n"
    "\r\n"
)


def answer(body: bytes, status: str = "200 OK") -> bytes:
    return _HEAD.format(status=status, length=len(body)).encode() + body


def not_found(what: str) -> bytes:
    return answer(data.dumps({"error": {"code": "not_found", "message": f"{what} not found", "details": {}}}),
                  "404 Not Found")


class Server:
    def __init__(self, total: int) -> None:
        t0 = time.perf_counter()
        self.servers = [data.server(i) for i in range(1, total + 1)]
        self.by_id = {s["id"]: answer(data.dumps({"server": s})) for s in self.servers}
        self.pages: dict[tuple[int, int], bytes] = {}
        last = -(-total // data.PER_PAGE)
        for p in range(1, last + 1):
            self.page(p, data.PER_PAGE)
        # Exact request target -> answer; filled as targets are first seen.
        self.cache: dict[bytes, bytes] = {}
        self.lock = threading.Lock()
        self.requests = 0
        self.handle_s = 0.0
        self.bytes_out = 0
        self.render_s = time.perf_counter() - t0

    def page(self, number: int, per_page: int) -> bytes:
        key = (number, per_page)
        got = self.pages.get(key)
        if got is None:
            got = answer(data.dumps(data.page(self.servers, number, per_page)))
            self.pages[key] = got
        return got

    def stats(self) -> bytes:
        return answer(data.dumps({
            "requests": self.requests,
            "handle_s": self.handle_s,
            "cpu_s": time.process_time(),
            "bytes_out": self.bytes_out,
        }))

    def resolve(self, target: bytes) -> tuple[bytes, bool]:
        """The answer for `target`, and whether it may be cached."""
        url = urlsplit(target.decode("latin-1"))
        path = url.path
        if path.startswith("/v1/"):
            path = path[3:]
        if path == "/_stats":
            return self.stats(), False
        if path == "/servers":
            q = parse_qs(url.query)
            number = int(q.get("page", ["1"])[0])
            per_page = min(50, max(1, int(q.get("per_page", ["25"])[0])))
            return self.page(max(1, number), per_page), True
        if path.startswith("/servers/"):
            rest = path[len("/servers/"):]
            if rest.isdigit() and int(rest) in self.by_id:
                return self.by_id[int(rest)], True
            return not_found("server"), True
        return not_found("path"), True

    def serve(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = b""
        perf = time.perf_counter
        cache = self.cache
        try:
            while True:
                end = buf.find(b"\r\n\r\n")
                while end < 0:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buf += chunk
                    end = buf.find(b"\r\n\r\n")
                t0 = perf()
                head = buf[:end]
                buf = buf[end + 4:]
                line_end = head.find(b"\r\n")
                line = head[:line_end] if line_end >= 0 else head
                parts = line.split(b" ")
                target = parts[1] if len(parts) > 1 else b"/"
                lower = head.lower()
                cl = lower.find(b"\r\ncontent-length:")
                if cl >= 0:  # GETs carry none; skip a body if one comes anyway
                    n = int(lower[cl + 17:].split(b"\r\n", 1)[0])
                    while len(buf) < n:
                        chunk = conn.recv(65536)
                        if not chunk:
                            return
                        buf += chunk
                    buf = buf[n:]
                out = cache.get(target)
                if out is None:
                    out, cacheable = self.resolve(target)
                    if cacheable:
                        cache[target] = out
                conn.sendall(out)
                dt = perf() - t0
                with self.lock:
                    self.requests += 1
                    self.handle_s += dt
                    self.bytes_out += len(out)
                if b"\r\nconnection: close" in lower:
                    return
        except (ConnectionError, OSError):
            return
        finally:
            conn.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--total", type=int, default=data.TOTAL)
    args = ap.parse_args()
    srv = Server(args.total)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    sock.listen(128)

    def finish(*_: object) -> None:
        print(f"server: {srv.requests} requests, {srv.handle_s:.3f} s in handlers, "
              f"{time.process_time():.3f} s CPU, {srv.bytes_out / 1e6:.1f} MB sent "
              f"(pre-render {srv.render_s:.2f} s)", file=sys.stderr, flush=True)
        os._exit(0)

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    print(f"http://127.0.0.1:{sock.getsockname()[1]}/v1", flush=True)
    print(f"server: pre-rendered {len(srv.pages)} pages and {len(srv.by_id)} servers "
          f"in {srv.render_s:.2f} s", file=sys.stderr, flush=True)
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=srv.serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
