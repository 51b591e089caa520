"""Every exception class, raised by a real server answer.

The emulator gives the realistic cases (a missing resource, a duplicate name, a protected or
locked resource, a resource limit, a failed action, injected 429/5xx, dropped connections,
latency). For codes the emulator never answers (e.g. `maintenance`, the certificate
authority's), a tiny local HTTP server answers with the API's error body: still a real HTTP
answer parsed by the client, for every documented code.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest

import hetzcloud
import hetzcloud.testing
from _support import REPO, Control, StubServer, public_key

@pytest.fixture(scope="module")
def stub() -> Iterator[StubServer]:
    s = StubServer()
    yield s
    s.close()


def documented_codes() -> List[Tuple[str, int]]:
    """(code, HTTP status) of every code the API documents (from the core's generated table);
    codes without a documented status (call-specific) answer 422."""
    text = (REPO / "core" / "src" / "generated" / "error_codes.rs").read_text()
    out = []
    for m in re.finditer(r'\(HTTP ?(\d*)\)\s*\n\s*\w+ = "(\w+)"', text):
        out.append((m[2], int(m[1]) if m[1] else 422))
    return out


CODES = documented_codes()

# The class the issue names for a code; other codes get their own subclass or `APIError`.
NAMED = {
    "not_found": "NotFoundError",
    "invalid_input": "InvalidInputError",
    "uniqueness_error": "UniquenessError",
    "rate_limit_exceeded": "RateLimitError",
    "conflict": "ConflictError",
    "locked": "LockedError",
    "protected": "ProtectedError",
    "unauthorized": "UnauthorizedError",
    "forbidden": "ForbiddenError",
    "resource_limit_exceeded": "ResourceLimitExceededError",
}


def test_the_documented_codes_were_read() -> None:
    assert len(CODES) >= 60, CODES
    assert ("not_found", 404) in CODES and ("rate_limit_exceeded", 429) in CODES


@pytest.mark.parametrize("code,status", CODES, ids=[c for c, _ in CODES])
def test_every_documented_code_from_a_real_answer(stub: StubServer, code: str, status: int) -> None:
    stub.error(status, code, message=f"the {code} message", details={})
    client = hetzcloud.Client(token="t", endpoint=stub.url, retries=0)
    with pytest.raises(hetzcloud.APIError) as info:
        client.ssh_keys.get(1)
    e = info.value
    assert isinstance(e, hetzcloud.Error)
    assert (e.code, e.status, e.message) == (code, status, f"the {code} message")
    assert e.correlation_id == "corr-1234"
    assert type(e) is hetzcloud.errors.error_class(code)
    if code in NAMED:
        assert type(e).__name__ == NAMED[code], (code, type(e).__mro__)
        assert isinstance(e, getattr(hetzcloud, NAMED[code]))


def test_an_unknown_code_is_an_api_error(stub: StubServer) -> None:
    stub.error(418, "brand_new_code")
    client = hetzcloud.Client(token="t", endpoint=stub.url, retries=0)
    with pytest.raises(hetzcloud.APIError) as info:
        client.ssh_keys.get(1)
    assert (info.value.code, info.value.status) == ("brand_new_code", 418)


def test_a_malformed_answer_is_a_decode_error(stub: StubServer) -> None:
    body = json.dumps({"ssh_key": {"id": "not-a-number", "name": 5}}).encode()
    stub.httpd.answer = (200, {"Content-Type": "application/json"}, body)  # type: ignore[attr-defined]
    client = hetzcloud.Client(token="t", endpoint=stub.url, retries=0)
    with pytest.raises(hetzcloud.DecodeError) as info:
        client.ssh_keys.get(1)
    assert info.value.status == 200 and "ssh_key" in info.value.path, (info.value.path, str(info.value))


def test_a_non_json_error_page_is_an_error(stub: StubServer) -> None:
    stub.httpd.answer = (502, {"Content-Type": "text/html"}, b"<html>bad gateway</html>")  # type: ignore[attr-defined]
    client = hetzcloud.Client(token="t", endpoint=stub.url, retries=0)
    with pytest.raises(hetzcloud.Error):
        client.ssh_keys.get(1)


# ---------------------------------------------------------------------------------------------
# The emulator's real answers: one trigger per exception class


def _server(client: Any, name: str = "s") -> Any:
    r = client.servers.create(name=name, server_type="cx22", image="ubuntu-24.04", location="fsn1")
    r.wait()
    return r.server


def raise_not_found(client: Any, control: Control) -> None:
    client.servers.get(424242)


def raise_invalid_input(client: Any, control: Control) -> None:
    client.ssh_keys.create(name="k", public_key="ssh-ed25519 not-base64!")


def raise_uniqueness(client: Any, control: Control) -> None:
    client.ssh_keys.create(name="k", public_key=public_key(1))
    client.ssh_keys.create(name="k", public_key=public_key(2))


def raise_rate_limit(client: Any, control: Control) -> None:
    control.fault("rate_limited", times=1)
    hetzcloud.Client(token="t", endpoint=control.api_url, retries=0).ssh_keys.list().collect()


def _no_retry(control: Control) -> Any:
    return hetzcloud.Client(token="t", endpoint=control.api_url, retries=0)


def raise_conflict(client: Any, control: Control) -> None:
    s = _server(client)
    client.servers.power_off(s).wait()
    _no_retry(control).servers.reset_password(s)


def raise_locked(client: Any, control: Control) -> None:
    s = _server(client)
    control.set_settings(action_duration_ms=60_000)
    client.servers.power_off(s)
    _no_retry(control).servers.power_on(s)


def raise_protected(client: Any, control: Control) -> None:
    s = _server(client)
    client.servers.change_protection(s, delete=True, rebuild=True).wait()
    client.servers.delete(s)


def raise_resource_limit(client: Any, control: Control) -> None:
    control.set_settings(max_per_kind=1)
    client.ssh_keys.create(name="a", public_key=public_key(1))
    client.ssh_keys.create(name="b", public_key=public_key(2))


def raise_unauthorized(client: Any, control: Control) -> None:
    # `hetzcloud.testing.emulator()` has no option for the accepted tokens (it accepts any):
    # the native emulator class does.
    emu = hetzcloud._native.NativeEmulator(token="the-right-token")
    try:
        hetzcloud.Client(token="a-wrong-token", endpoint=emu.url, retries=0).ssh_keys.list().collect()
    finally:
        emu.stop()


def raise_unauthorized_without_token(client: Any, control: Control) -> None:
    hetzcloud.Client(endpoint=control.api_url, retries=0).ssh_keys.list().collect()


def _status(status: int) -> Callable[[Any, Control], None]:
    def trigger(client: Any, control: Control) -> None:
        control.fault("status", status=status, times=1)
        hetzcloud.Client(token="t", endpoint=control.api_url, retries=0).locations.get(1)

    trigger.__name__ = f"raise_status_{status}"
    return trigger


def raise_html_error_page(client: Any, control: Control) -> None:
    control.fault("html", status=502, times=1)
    hetzcloud.Client(token="t", endpoint=control.api_url, retries=0).locations.get(1)


def raise_truncated(client: Any, control: Control) -> None:
    control.fault("truncate", times=1)
    hetzcloud.Client(token="t", endpoint=control.api_url, retries=0).locations.get(1)


def raise_transport(client: Any, control: Control) -> None:
    control.fault("drop", times=5)
    hetzcloud.Client(token="t", endpoint=control.api_url, retries=0).locations.get(1)


def raise_transport_refused(client: Any, control: Control) -> None:
    hetzcloud.Client(token="t", endpoint="http://127.0.0.1:9/v1", retries=0).locations.get(1)


def raise_timeout(client: Any, control: Control) -> None:
    control.fault("latency", ms=3000, times=1)
    hetzcloud.Client(token="t", endpoint=control.api_url, retries=0, timeout=0.3).locations.get(1)


def raise_action_failed(client: Any, control: Control) -> None:
    control.fail_next(command="create_volume", code="volume_error", message="no luck")
    client.volumes.create(name="v", size=10, location="fsn1").wait()


def raise_wait_timeout(client: Any, control: Control) -> None:
    control.set_settings(action_duration_ms=60_000)
    r = client.volumes.create(name="v", size=10, location="fsn1")
    client.actions.wait(r.action, timeout=0.3)


def raise_invalid_argument(client: Any, control: Control) -> None:
    client.ssh_keys.create(name="k", public_key=public_key(1), labels={"bad key!": "x"})


# (exception class name, trigger, what else to check)
TRIGGERS: List[Tuple[str, Callable[[Any, Control], None], Callable[[Any], None]]] = [
    ("NotFoundError", raise_not_found, lambda e: (e.status == 404 and e.code == "not_found") or _fail(e)),
    (
        "InvalidInputError",
        raise_invalid_input,
        lambda e: ("public_key" in _field_names(e.fields) and e.status == 422) or _fail(e),
    ),
    ("UniquenessError", raise_uniqueness, lambda e: e.status == 409 or _fail(e)),
    ("RateLimitError", raise_rate_limit, lambda e: e.status == 429 or _fail(e)),
    ("ConflictError", raise_conflict, lambda e: e.status == 409 or _fail(e)),
    ("LockedError", raise_locked, lambda e: (e.status == 423 and e.code == "locked") or _fail(e)),
    ("ProtectedError", raise_protected, lambda e: (e.status == 423 and e.code == "protected") or _fail(e)),
    ("ResourceLimitExceededError", raise_resource_limit, lambda e: e.status == 403 or _fail(e)),
    ("UnauthorizedError", raise_unauthorized, lambda e: e.status == 401 or _fail(e)),
    ("UnauthorizedError", raise_unauthorized_without_token, lambda e: e.status == 401 or _fail(e)),
    ("ServerError", _status(500), lambda e: (e.status, e.code) == (500, "server_error") or _fail(e)),
    ("BadGatewayError", _status(502), lambda e: (e.status, e.code) == (502, "bad_gateway") or _fail(e)),
    ("UnavailableError", _status(503), lambda e: (e.status, e.code) == (503, "unavailable") or _fail(e)),
    ("APITimeoutError", _status(504), lambda e: (e.status, e.code) == (504, "timeout") or _fail(e)),
    ("APIError", raise_html_error_page, lambda e: e.status == 502 or _fail(e)),
    ("Error", raise_truncated, lambda e: None),
    ("TransportError", raise_transport, lambda e: None),
    ("TransportError", raise_transport_refused, lambda e: e.connect is True or _fail(e)),
    ("TimeoutError", raise_timeout, lambda e: None),
    ("ActionFailedError", raise_action_failed, lambda e: _check_failed(e)),
    ("WaitTimeoutError", raise_wait_timeout, lambda e: (len(e.pending) == 1 and e.waited > 0) or _fail(e)),
    ("InvalidArgumentError", raise_invalid_argument, lambda e: isinstance(e, ValueError) or _fail(e)),
    ("ResourceLimitExceededError", raise_resource_limit, lambda e: "ssh_key" in str(e.limits) or _fail(e)),
]


def _fail(e: Any) -> None:
    raise AssertionError(f"unexpected details: {e!r} {vars(e) if hasattr(e, '__dict__') else ''}")


def _field_names(fields: Any) -> List[str]:
    if isinstance(fields, dict):
        return list(fields)
    return [f["name"] if isinstance(f, dict) else getattr(f, "name", f) for f in fields]


def _check_failed(e: Any) -> None:
    failed = getattr(e, "actions", None) or getattr(e, "failed", None)
    assert failed, f"{e!r} lists no failed action"
    first = failed[0]
    code = first["code"] if isinstance(first, dict) else getattr(first, "code", None)
    if code is None and hasattr(first, "error"):
        code = first.error.code
    assert code == "volume_error", failed


@pytest.mark.parametrize(
    "name,trigger,check", TRIGGERS, ids=[f"{n}-{t.__name__[6:]}" for n, t, _ in TRIGGERS]
)
def test_exception_from_the_emulator(
    client: Any, control: Control, name: str, trigger: Callable[[Any, Control], None], check: Callable[[Any], None]
) -> None:
    cls = getattr(hetzcloud, name)
    with pytest.raises(hetzcloud.Error) as info:
        trigger(client, control)
    e = info.value
    assert isinstance(e, cls), f"expected {name}, got {type(e).__name__}: {e}"
    if name not in ("APIError", "Error"):
        assert type(e) is cls, type(e).__mro__
    check(e)
    assert "emulator-token" not in str(e) and "the-right-token" not in str(e)


def test_every_exception_class_is_raised_by_some_test() -> None:
    """Each exception class of the package is raised by a test of this module: a trigger
    against the emulator, or a documented code answered by the stub server."""
    classes = {
        n for n in hetzcloud.errors.__all__
        if isinstance(getattr(hetzcloud.errors, n), type)
    }
    covered = {n for n, _, _ in TRIGGERS} | {"Error", "DecodeError"}
    covered |= {hetzcloud.errors.error_class(code).__name__ for code, _ in CODES}
    not_covered = sorted(classes - covered)
    assert not not_covered, f"exception classes no test raises: {not_covered}"
    assert set(hetzcloud.errors.__all__) <= set(dir(hetzcloud)), "not all errors exported"


def test_errors_keep_their_details(client: Any) -> None:
    with pytest.raises(hetzcloud.InvalidInputError) as info:
        client.ssh_keys.create(name="k", public_key="nope")
    e = info.value
    assert e.code == "invalid_input" and e.status == 422
    assert e.correlation_id
    assert isinstance(e.details, dict) and "fields" in e.details
    assert "public_key" in str(e) or "public_key" in repr(e)
    assert "public_key" in _field_names(e.fields)


def test_exception_parity_between_clients(control: Control) -> None:
    """The asyncio client raises the same classes with the same details."""
    import asyncio

    aclient = hetzcloud.AsyncClient(token="t", endpoint=control.api_url)
    sclient = hetzcloud.Client(token="t", endpoint=control.api_url)
    with pytest.raises(hetzcloud.NotFoundError) as s:
        sclient.servers.get(424242)

    async def main() -> None:
        await aclient.servers.get(424242)

    with pytest.raises(hetzcloud.NotFoundError) as a:
        asyncio.run(main())
    assert (s.value.code, s.value.status, s.value.message) == (a.value.code, a.value.status, a.value.message)
