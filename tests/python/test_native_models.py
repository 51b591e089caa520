"""The native layer: model classes, conversions, lists, get by name, waiting, errors."""

from __future__ import annotations

import asyncio
import time
import datetime
from typing import Any, Iterator, List

import pytest

import hetzcloud
from hetzcloud import _native
from hetzcloud.testing import Emulator, emulator

from _support import public_key  # noqa: E402

KEY = public_key(9000, "native@x")


@pytest.fixture
def nclient() -> Iterator[hetzcloud.Client]:
    with emulator() as c:
        yield c


def make_server(c: hetzcloud.Client, name: str, **kw: Any) -> Any:
    return c.servers.create(name=name, server_type="cpx11", image="ubuntu-24.04", location="fsn1", **kw)


def test_model_attributes_convert_on_access(nclient: hetzcloud.Client) -> None:
    created = make_server(nclient, "web-1", labels={"env": "test"})
    s = created.server
    assert isinstance(s, _native.Server)
    assert isinstance(s.id, int) and s.name == "web-1"
    assert isinstance(s.created, datetime.datetime) and s.created.tzinfo is not None
    assert s.labels == {"env": "test"}
    assert isinstance(s.status, str)
    assert isinstance(s.server_type, _native.ServerType)
    assert isinstance(s.server_type.prices, list)
    price = s.server_type.prices[0].price_hourly.gross
    assert isinstance(price, str) and "." in price
    assert isinstance(created.action, _native.Action)
    assert isinstance(created.next_actions, list)


def test_model_classes_have_public_names(nclient: hetzcloud.Client) -> None:
    from hetzcloud.models import Action, Server, ServerType

    created = make_server(nclient, "named-1")
    assert isinstance(created.server, Server) and isinstance(created.action, Action)
    assert isinstance(created.server.server_type, ServerType)
    assert hetzcloud.models.Server is _native.Server
    assert all(isinstance(getattr(hetzcloud.models, n), type) for n in hetzcloud.models.__all__)
    assert len(hetzcloud.models.__all__) > 100


def test_models_are_immutable_and_compare_by_value(nclient: hetzcloud.Client) -> None:
    s = make_server(nclient, "imm").server
    with pytest.raises(AttributeError):
        s.name = "other"  # type: ignore[misc]
    again = nclient.servers.get(s.id)
    assert again == nclient.servers.get(s.id)
    assert again != s.server_type
    assert not (again == "x")


def test_repr_to_dict_and_html(nclient: hetzcloud.Client) -> None:
    created = make_server(nclient, "repr-1")
    r = repr(created.server)
    assert r.startswith("Server(id=") and "name='repr-1'" in r
    assert "token" not in repr(nclient).lower() or "endpoint" in repr(nclient)
    if created.root_password is not None:
        assert created.root_password not in repr(created)
        assert created.root_password not in created._repr_html_()
    d = created.server.to_dict()
    assert d["name"] == "repr-1" and isinstance(d["created"], str)
    html = created.server._repr_html_()
    assert html.startswith("<table") and "repr-1" in html


def test_lists_iterate_collect_and_page(nclient: hetzcloud.Client) -> None:
    for i in range(7):
        nclient.ssh_keys.create(name=f"k{i}", public_key=public_key(9100 + i), labels={"i": str(i % 2)})
    it = nclient.ssh_keys.list()
    assert isinstance(it, hetzcloud.ListIterator)
    names = [k.name for k in it]
    assert names == [f"k{i}" for i in range(7)]
    odd = nclient.ssh_keys.list(label_selector="i=1").collect()
    assert isinstance(odd, hetzcloud.ModelList) and len(odd) == 3
    assert "<table" in odd._repr_html_()
    page = nclient.ssh_keys.list_page(page=2, per_page=3)
    assert [k.name for k in page.items] == ["k3", "k4", "k5"]
    assert page.pagination is not None and page.pagination.page == 2
    assert page.pagination.total_entries == 7


def test_get_by_id_or_name(nclient: hetzcloud.Client) -> None:
    key = nclient.ssh_keys.create(name="by-name", public_key=KEY).ssh_key
    assert nclient.ssh_keys.get(key.id) == key
    assert nclient.ssh_keys.get("by-name") == key
    with pytest.raises(hetzcloud.NotFoundError):
        nclient.ssh_keys.get("missing")
    with pytest.raises(hetzcloud.NotFoundError) as e:
        nclient.ssh_keys.get(987654)
    assert e.value.status == 404 and e.value.code == "not_found"


def test_models_accepted_for_references(nclient: hetzcloud.Client) -> None:
    s = make_server(nclient, "ref").server
    vol = nclient.volumes.create(name="v1", size=10, location="fsn1").volume
    r = nclient.volumes.attach(vol, server=s)
    assert r.action.command == "attach_volume"
    assert nclient.volumes.get(vol.id).server == s.id


def test_wait_progress_and_answer_wait() -> None:
    with emulator(action_duration=0.3) as c:
        a = make_server(c, "w1")
        b = make_server(c, "w2")
        seen: List[Any] = []
        done = c.actions.wait(a.action, b.action, progress=seen.append)
        assert [x.id for x in done] == [a.action.id, b.action.id]
        assert all(x.status == "success" for x in done)
        assert seen and all(isinstance(x, _native.Action) for x in seen)
        r = c.servers.power_off(a.server)
        finished = r.wait()
        assert finished[0].status == "success"


def test_invalid_input_rejected_before_sending(nclient: hetzcloud.Client) -> None:
    with pytest.raises(hetzcloud.InvalidArgumentError) as e:
        nclient.servers.create(name="x", server_type="cpx11", image="i", labels={"bad key!": "v"})
    assert isinstance(e.value, ValueError)
    with pytest.raises(ValueError):
        nclient.ssh_keys.list(label_selector="a in (")


def test_api_error_fields(nclient: hetzcloud.Client) -> None:
    nclient.ssh_keys.create(name="dup", public_key=KEY)
    with pytest.raises(hetzcloud.APIError) as e:
        nclient.ssh_keys.create(name="dup", public_key=public_key(9200))
    assert isinstance(e.value, hetzcloud.UniquenessError)
    assert e.value.status in (400, 409, 422)
    assert "name" in e.value.fields


def test_async_client_same_answers() -> None:
    with Emulator() as emu:
        sync = emu.client()
        key = sync.ssh_keys.create(name="a1", public_key=KEY).ssh_key

        async def run() -> Any:
            ac = emu.async_client()
            got = await ac.ssh_keys.get(key.id)
            by_name = await ac.ssh_keys.get("a1")
            items = [k async for k in ac.ssh_keys.list()]
            collected = await ac.ssh_keys.list().collect()
            return got, by_name, items, collected

        got, by_name, items, collected = asyncio.run(run())
        assert got == key == by_name
        assert items == list(collected) == sync.ssh_keys.list().collect()


def test_rate_limit_and_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    with Emulator() as emu:
        monkeypatch.setenv("HCLOUD_TOKEN", emu.token)
        monkeypatch.setenv("HCLOUD_ENDPOINT", emu.url)
        c = hetzcloud.Client.from_env()
        assert c.rate_limit is None
        c.ssh_keys.list().collect()
        rl = c.rate_limit
        assert rl is not None and rl.limit > 0 and rl.remaining <= rl.limit
        assert emu.token not in repr(c)


def test_metrics_dataframe(nclient: hetzcloud.Client) -> None:
    pd = pytest.importorskip("pandas")
    s = make_server(nclient, "m1").server
    now = datetime.datetime.now(datetime.timezone.utc)
    m = nclient.servers.get_metrics(s, type=["cpu"], start=now - datetime.timedelta(minutes=5), end=now)
    frame = m.to_dataframe()
    assert isinstance(frame, pd.DataFrame) and isinstance(frame.index, pd.DatetimeIndex)


def test_labels_module() -> None:
    sel = hetzcloud.labels.Selector().eq("env", "prod").not_in("tier", ["db"])
    assert str(sel) == "env=prod,tier notin (db)"
    assert sel.matches({"env": "prod", "tier": "web"})
    with pytest.raises(hetzcloud.InvalidArgumentError):
        hetzcloud.labels.validate_labels({"hetzner.cloud/x": "y"})


def test_progress_true_prints_a_line_without_tqdm(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import builtins

    real_import = builtins.__import__

    def no_tqdm(name: str, *args: Any, **kw: Any) -> Any:
        if name.startswith("tqdm"):
            raise ImportError("no tqdm here")
        return real_import(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_tqdm)
    with emulator(action_duration=0.2) as c:
        r = make_server(c, "p1")
        c.actions.wait(r.action, progress=True)
    err = capsys.readouterr().err
    assert "waiting for 1 action(s)" in err and "100%" in err


def test_list_interrupted_by_close(nclient: hetzcloud.Client) -> None:
    for i in range(3):
        nclient.ssh_keys.create(name=f"c{i}", public_key=public_key(9300 + i))
    it = nclient.ssh_keys.list()
    first = next(iter(it))
    assert first.name == "c0"
    it.close()
    time.sleep(0.1)
    assert list(it) == []


def test_labels_selector_helper() -> None:
    assert hetzcloud.labels.selector(env="prod", tier="web") == "env=prod,tier=web"
    assert hetzcloud.labels.Selector.parse("a=b, !c") == hetzcloud.labels.Selector().eq("a", "b").not_exists("c")
