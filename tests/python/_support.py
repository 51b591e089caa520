"""Helpers shared by the Python tests: the API description, the emulator's control endpoints,
and mapping recorded requests back to operation ids.

Nothing here talks to the real API: every test runs against the emulator.
"""

from __future__ import annotations

import asyncio
import http.server
import threading
import inspect
import json
import os
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[2]

# Lines the tests want shown at the end of the run (printed by conftest's terminal summary).
SUMMARY: List[str] = []

# ---------------------------------------------------------------------------------------------
# The API description


def spec_path() -> Path:
    """`$HETZCLOUD_SPEC`, else `<repo>/../shared/spec/cloud.spec.json`."""
    env = os.environ.get("HETZCLOUD_SPEC")
    if env:
        return Path(env)
    return REPO.parent / "shared" / "spec" / "cloud.spec.json"


def load_spec() -> Optional[Dict[str, Any]]:
    p = spec_path()
    if not p.is_file():
        return None
    with p.open("rb") as f:
        return json.load(f)  # type: ignore[no-any-return]


SKIP_NO_SPEC = (
    "no API description at $HETZCLOUD_SPEC or ../shared/spec/cloud.spec.json "
    "(download https://docs.hetzner.cloud/cloud.spec.json)"
)

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations(spec: Dict[str, Any]) -> Dict[str, Tuple[str, str, Dict[str, Any]]]:
    """operationId -> (METHOD, path template, operation object)."""
    out: Dict[str, Tuple[str, str, Dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                out[op["operationId"]] = (method.upper(), path, op)
    return out


class OperationMatcher:
    """Maps a request (method, path) to the operation it calls. Literal segments win over
    parameters (`GET /servers/actions` is `list_servers_actions`, not `get_server`)."""

    def __init__(self, ops: Dict[str, Tuple[str, str, Dict[str, Any]]]) -> None:
        self._routes: List[Tuple[str, "re.Pattern[str]", int, str]] = []
        for op_id, (method, template, _) in ops.items():
            params = template.count("{")
            rx = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
            self._routes.append((method, re.compile("^" + rx + "$"), params, op_id))
        # Fewest parameters first: the first match is the most literal one.
        self._routes.sort(key=lambda r: r[2])

    def __call__(self, method: str, path: str) -> Optional[str]:
        path = path.split("?", 1)[0]
        if path.startswith("/v1/"):
            path = path[3:]
        for m, rx, _, op_id in self._routes:
            if m == method.upper() and rx.match(path):
                return op_id
        return None


# ---------------------------------------------------------------------------------------------
# The emulator's control endpoints (`/_emulator/...`)


class Control:
    """The emulator's control endpoints, over plain HTTP (no client involved)."""

    def __init__(self, base_url: str) -> None:
        base_url = base_url.rstrip("/")
        if base_url.endswith("/v1"):
            base_url = base_url[: -len("/v1")]
        self.base_url = base_url
        self.api_url = base_url + "/v1"

    def _req(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base_url + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=10) as r:
            text = r.read()
        return json.loads(text) if text else None

    def reset(self) -> None:
        self._req("POST", "/_emulator/reset")

    def requests(self) -> List[Dict[str, Any]]:
        """Requests received by the API (oldest first): method, path, query, status, body."""
        return self._req("GET", "/_emulator/requests")  # type: ignore[no-any-return]

    def clear_requests(self) -> None:
        self._req("DELETE", "/_emulator/requests")

    def fault(
        self,
        kind: str,
        *,
        times: Optional[int] = None,
        path: Optional[str] = None,
        method: Optional[str] = None,
        **extra: Any,
    ) -> None:
        """Adds a fault: kind latency (ms=), status (status=), rate_limited, drop, truncate,
        html (status=). `path` is the API path with its `/v1` prefix."""
        rule: Dict[str, Any] = {"kind": kind, **extra}
        if times is not None:
            rule["times"] = times
        if path is not None:
            rule["path"] = path
        if method is not None:
            rule["method"] = method
        self._req("POST", "/_emulator/faults", rule)

    def clear_faults(self) -> None:
        self._req("DELETE", "/_emulator/faults")

    def fail_next(
        self,
        command: Optional[str] = None,
        code: str = "action_failed",
        message: str = "Action failed",
    ) -> None:
        rule: Dict[str, Any] = {"code": code, "message": message}
        if command is not None:
            rule["command"] = command
        self._req("POST", "/_emulator/actions/fail", rule)

    def settings(self) -> Dict[str, Any]:
        return self._req("GET", "/_emulator/settings")  # type: ignore[no-any-return]

    def set_settings(self, **changes: Any) -> None:
        s = self.settings()
        s.update(changes)
        self._req("PUT", "/_emulator/settings", s)

    def state(self) -> Dict[str, Any]:
        return self._req("GET", "/_emulator/state")  # type: ignore[no-any-return]

    def health(self) -> bool:
        try:
            with urllib.request.urlopen(self.base_url + "/_emulator/health", timeout=5) as r:
                return r.read() == b"ok"
        except (urllib.error.URLError, OSError):
            return False


def api_requests(control: Control) -> List[Dict[str, Any]]:
    """Recorded requests to the API itself."""
    return [r for r in control.requests() if not r["path"].startswith("/_emulator")]


# ---------------------------------------------------------------------------------------------
# Values


def plain(value: Any) -> Any:
    """A model, list of models, response or primitive, as plain Python data (for comparing)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def drop_keys(value: Any, keys: Iterable[str]) -> Any:
    """`value` without the given keys at any depth (ids, timestamps, secrets...)."""
    keys = set(keys)
    if isinstance(value, dict):
        return {k: drop_keys(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [drop_keys(v, keys) for v in value]
    return value


async def _settle(value: Any) -> Any:
    if inspect.isawaitable(value):
        value = await value
    if hasattr(value, "__aiter__") and not hasattr(value, "__iter__"):
        value = [item async for item in value]
    elif hasattr(value, "__aiter__"):
        value = [item async for item in value]
    return value


def run_async(fn: Callable[[], Any]) -> Any:
    """Runs `fn()` (an awaitable or async iterator) to its result on a fresh event loop."""

    async def main() -> Any:
        return await _settle(fn())

    return asyncio.run(main())


def sync_and_async(client: Any, aclient: Any, call: Callable[[Any], Any]) -> Tuple[Any, Any]:
    """The same call on the blocking and the asyncio client: (sync result, async result).

    Lazy lists are drained on both sides (iterator / async iterator) so their items compare."""
    s = call(client)
    if hasattr(s, "__iter__") and not isinstance(s, (str, bytes, dict)) and not hasattr(s, "to_dict"):
        s = list(s)
    a = run_async(lambda: call(aclient))
    return s, a


def assert_parity(client: Any, aclient: Any, call: Callable[[Any], Any], ignore: Iterable[str] = ()) -> Any:
    """Asserts the blocking and asyncio clients give equal results for `call`; returns it."""
    s, a = sync_and_async(client, aclient, call)
    ps, pa = drop_keys(plain(s), ignore), drop_keys(plain(a), ignore)
    assert ps == pa, f"sync and async results differ:\nsync:  {ps!r}\nasync: {pa!r}"
    if not ignore:
        # Same type and model equality (`==`), not only the same dict.
        assert type(s) is type(a) or isinstance(s, list), (type(s), type(a))
    return s


def public_key(n: int = 0, comment: str = "test@hetzcloud") -> str:
    """A well-formed OpenSSH ed25519 public key line, different for every `n` (the API wants
    unique fingerprints)."""
    import base64
    import hashlib
    import struct

    kind = b"ssh-ed25519"
    raw = hashlib.sha256(f"hetzcloud-test-key-{n}".encode()).digest()
    blob = struct.pack(">I", len(kind)) + kind + struct.pack(">I", len(raw)) + raw
    return f"ssh-ed25519 {base64.b64encode(blob).decode()} {comment}"


# ---------------------------------------------------------------------------------------------
# A server that answers every request with one prepared answer


class _Handler(http.server.BaseHTTPRequestHandler):
    answer: Tuple[int, Dict[str, str], bytes] = (500, {}, b"")

    def _reply(self) -> None:
        n = int(self.headers.get("Content-Length") or 0)
        if n:
            self.rfile.read(n)
        status, headers, body = self.server.answer  # type: ignore[attr-defined]
        self.server.hits += 1  # type: ignore[attr-defined]
        self.server.last = (self.command, self.path, dict(self.headers.items()))  # type: ignore[attr-defined]
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _reply

    def log_message(self, *args: Any) -> None:
        pass


class StubServer:
    def __init__(self) -> None:
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.answer = (500, {}, b"")  # type: ignore[attr-defined]
        self.httpd.hits = 0  # type: ignore[attr-defined]
        self.httpd.last = None  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def error(self, status: int, code: str, message: str = "message", details: Any = None) -> None:
        body = json.dumps({"error": {"code": code, "message": message, "details": details or {}}})
        headers = {"Content-Type": "application/json", "X-Correlation-Id": "corr-1234"}
        self.httpd.answer = (status, headers, body.encode())  # type: ignore[attr-defined]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
