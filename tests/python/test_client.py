"""Client configuration: constructor options, `from_env`, the rate limit, tokens never shown,
labels helpers, and the `hetzcloud.testing` fixture users get."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

import hetzcloud
import hetzcloud.testing
from _support import Control, api_requests, public_key

SECRET = "s3cr3t-t0ken-value-0123456789"


def test_repr_never_shows_the_token(control: Control, capfd: Any, caplog: Any) -> None:
    for cls in (hetzcloud.Client, hetzcloud.AsyncClient):
        c = cls(token=SECRET, endpoint=control.api_url)
        assert SECRET not in repr(c) and SECRET not in str(c)
    c = hetzcloud.Client(token=SECRET, endpoint=control.api_url, debug=True)
    caplog.set_level(logging.DEBUG)
    c.ssh_keys.create(name="k", public_key=public_key(1))
    with pytest.raises(hetzcloud.Error) as info:
        c.ssh_keys.create(name="k", public_key=public_key(1))
    shown = repr(info.value) + str(info.value) + str(vars(info.value))
    out = capfd.readouterr()
    assert SECRET not in shown
    assert SECRET not in out.out + out.err
    assert SECRET not in caplog.text
    for obj in (c.ssh_keys, c.ssh_keys.list(), c.rate_limit):
        assert SECRET not in repr(obj)


def test_debug_logs_requests_without_the_token(control: Control, capfd: Any, caplog: Any) -> None:
    """`debug=True` (HCLOUD_DEBUG) shows each request and answer somewhere a Python user sees
    it (the `logging` module or stderr), with the token redacted."""
    caplog.set_level(logging.DEBUG)
    c = hetzcloud.Client(token=SECRET, endpoint=control.api_url, debug=True)
    c.locations.get(1)
    shown = caplog.text + "".join(capfd.readouterr())
    assert "/locations/1" in shown, "debug=True showed nothing"
    assert SECRET not in shown


def test_constructor_options(control: Control) -> None:
    c = hetzcloud.Client(
        token="t",
        endpoint=control.api_url,
        application=("my-app", "1.0"),
        timeout=5.0,
        retries=2,
        poll=0.05,
    )
    assert c.endpoint.rstrip("/") == control.api_url
    assert c.locations.list().collect()


def test_from_env(control: Control, monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.setenv("HCLOUD_TOKEN", SECRET)
    monkeypatch.setenv("HCLOUD_ENDPOINT", control.api_url)
    monkeypatch.setenv("HCLOUD_POLL_INTERVAL", "50ms")
    c = hetzcloud.Client.from_env()
    assert c.locations.list().collect()
    assert SECRET not in repr(c)

    token_file = tmp_path / "token"
    token_file.write_text(SECRET + "\n")
    monkeypatch.delenv("HCLOUD_TOKEN")
    monkeypatch.setenv("HCLOUD_TOKEN_FILE", str(token_file))
    assert hetzcloud.Client.from_env().locations.list().collect()

    async def main() -> Any:
        return await hetzcloud.AsyncClient.from_env().locations.list().collect()

    assert asyncio.run(main())


def test_from_env_without_a_token(control: Control, monkeypatch: Any) -> None:
    """No token: the client is built (as the core allows), and the API's answer says why."""
    for k in ("HCLOUD_TOKEN", "HCLOUD_TOKEN_FILE"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("HCLOUD_ENDPOINT", control.api_url)
    with pytest.raises(hetzcloud.UnauthorizedError):
        hetzcloud.Client.from_env(retries=0).locations.list().collect()


def test_from_env_with_a_bad_token_file(monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.delenv("HCLOUD_TOKEN", raising=False)
    monkeypatch.setenv("HCLOUD_TOKEN_FILE", str(tmp_path / "missing"))
    with pytest.raises(hetzcloud.InvalidArgumentError) as info:
        hetzcloud.Client.from_env()
    assert "HCLOUD_TOKEN_FILE" in str(info.value)


def test_rate_limit_after_a_call(client: Any) -> None:
    client.locations.list().collect()
    rl = client.rate_limit
    assert rl is not None
    limit = getattr(rl, "limit", None)
    remaining = getattr(rl, "remaining", None)
    reset = getattr(rl, "reset", None)
    if limit is None:  # a tuple (limit, remaining, reset)
        limit, remaining, reset = rl
    assert limit == 3600 and 0 < remaining < 3600 and reset is not None


def test_retries_on_transient_answers(control: Control) -> None:
    control.fault("status", status=503, times=2)
    control.clear_requests()
    c = hetzcloud.Client(token="t", endpoint=control.api_url, retries=3)
    assert c.locations.get(1).name
    assert len(api_requests(control)) == 3


def test_labels_helpers() -> None:
    labels = hetzcloud.labels
    labels.validate_labels({"env": "prod", "example.com/team": "a-b_c.d"})
    with pytest.raises(hetzcloud.InvalidArgumentError):
        labels.validate_labels({"bad key!": "x"})
    with pytest.raises(ValueError):
        labels.validate_selector("env in (a")
    sel = labels.Selector().eq("env", "prod").exists("team").not_in("tier", ["db", "cache"])
    text = str(sel)
    assert "env=prod" in text and "team" in text and "tier notin (" in text
    assert sel.matches({"env": "prod", "team": "x", "tier": "web"})
    assert not sel.matches({"env": "prod", "tier": "web"})
    assert labels.Selector.parse(text) == sel


# ---------------------------------------------------------------------------------------------
# hetzcloud.testing: what users use to test their own code


def test_the_testing_emulator_as_a_context_manager() -> None:
    with hetzcloud.testing.emulator() as c:
        assert isinstance(c, hetzcloud.Client)
        key = c.ssh_keys.create(name="k", public_key=public_key(1)).ssh_key
        assert c.ssh_keys.get(key.id) == key
        endpoint = c.endpoint
    # Stopped afterwards.
    with pytest.raises(hetzcloud.TransportError):
        hetzcloud.Client(token="t", endpoint=endpoint, retries=0, timeout=2).locations.list().collect()


def test_each_emulator_is_separate() -> None:
    with hetzcloud.testing.emulator() as a, hetzcloud.testing.emulator() as b:
        a.ssh_keys.create(name="only-in-a", public_key=public_key(1))
        assert [k.name for k in a.ssh_keys.list()] == ["only-in-a"]
        assert b.ssh_keys.list().collect() == []


def test_the_testing_emulator_options() -> None:
    with hetzcloud.testing.emulator(action_duration=0.3, retries=1) as c:
        r = c.volumes.create(name="v", size=10, location="fsn1")
        assert r.action.status == "running"
        done = c.actions.wait(r.action)
        assert done[0].status == "success"


def test_a_pytest_fixture_for_users(pytester: Any) -> None:
    """A user's test suite gets a ready client from the package's pytest fixture, registered
    by the installed package (entry point `pytest11`): no conftest needed."""
    pytester.makepyfile(
        """
        import hetzcloud

        def create_web_servers(client, n):
            return [client.servers.create(name=f"web-{i}", server_type="cx22", image="ubuntu-24.04")
                    for i in range(n)]

        def test_my_code(hetzcloud_client):
            assert isinstance(hetzcloud_client, hetzcloud.Client)
            answers = create_web_servers(hetzcloud_client, 2)
            hetzcloud_client.actions.wait(*[a.action for a in answers])
            assert [s.name for s in hetzcloud_client.servers.list()] == ["web-0", "web-1"]
        """
    )
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_what_the_client_sends() -> None:
    """The token as a bearer token, the application in the User-Agent, JSON bodies."""
    from _support import StubServer

    stub = StubServer()
    try:
        stub.httpd.answer = (  # type: ignore[attr-defined]
            201,
            {"Content-Type": "application/json"},
            b'{"ssh_key": {"id": 1, "name": "k", "fingerprint": "aa", "public_key": "x", "labels": {}, "created": "2024-01-01T00:00:00Z"}}',
        )
        c = hetzcloud.Client(token=SECRET, endpoint=stub.url, application=("my-app", "1.0"))
        key = c.ssh_keys.create(name="k", public_key=public_key(1)).ssh_key
        assert key.name == "k"
        method, path, headers = stub.httpd.last  # type: ignore[attr-defined]
        h = {k.lower(): v for k, v in headers.items()}
        assert (method, path) == ("POST", "/v1/ssh_keys")
        assert h["authorization"] == f"Bearer {SECRET}"
        assert "my-app/1.0" in h["user-agent"], h["user-agent"]
        assert h["content-type"].startswith("application/json")
    finally:
        stub.close()


def test_a_429_is_retried_after_the_reset(control: Control) -> None:
    """An injected 429 says the limit resets in a second: the client waits, then retries."""
    import time

    control.fault("rate_limited", times=1)
    control.clear_requests()
    c = hetzcloud.Client(token="t", endpoint=control.api_url, retries=2)
    start = time.monotonic()
    assert c.locations.get(1).name
    assert [r["status"] for r in api_requests(control)] == [429, 200]
    assert time.monotonic() - start < 10
