"""Models (immutable, readable repr, ==, to_dict, _repr_html_, no hidden requests) and lists
(lazy iterators over every page, `.collect()`, `list_page`, filters, sort)."""

from __future__ import annotations

from typing import Any, List

import pytest

import hetzcloud
from _support import Control, api_requests, public_key


def _keys(client: Any, n: int) -> List[Any]:
    return [
        client.ssh_keys.create(
            name=f"key-{i:02d}",
            public_key=public_key(i),
            labels={"env": "a" if i % 2 else "b", "n": str(i)},
        ).ssh_key
        for i in range(n)
    ]


def test_models_are_immutable_with_readable_repr_and_equality(client: Any) -> None:
    key = _keys(client, 1)[0]
    again = client.ssh_keys.get(key.id)
    assert key == again and not (key != again)
    other = client.ssh_keys.update(key, labels={"x": "y"}).ssh_key
    assert other != key

    r = repr(key)
    assert r.startswith("SshKey(") and "key-00" in r and str(key.id) in r, r
    assert len(r) < 600, f"repr is {len(r)} characters"

    with pytest.raises(AttributeError):
        key.name = "other"  # type: ignore[misc]

    d = key.to_dict()
    assert d["name"] == "key-00" and d["id"] == key.id and d["labels"] == key.labels
    assert isinstance(d["created"], str) or hasattr(d["created"], "isoformat")

    html = key._repr_html_()
    assert "<table" in html and "key-00" in html


def test_nested_models_and_types(client: Any) -> None:
    r = client.servers.create(name="web", server_type="cx22", image="ubuntu-24.04", location="fsn1")
    r.wait()
    s = client.servers.get(r.server.id)
    assert isinstance(s.id, int)
    assert s.server_type.cores >= 1
    assert s.location.name == "fsn1"
    assert hasattr(s.created, "isoformat")  # a datetime
    assert s.public_net.ipv4 is not None and s.public_net.ipv4.ip.count(".") == 3
    assert s.to_dict()["server_type"]["name"] == "cx22"


def test_attribute_access_never_makes_a_request(client: Any, control: Control) -> None:
    r = client.servers.create(name="web", server_type="cx22", image="ubuntu-24.04", location="fsn1")
    r.wait()
    server = client.servers.get(r.server.id)
    control.clear_requests()

    def touch(obj: Any, depth: int = 0) -> None:
        if depth > 6 or obj is None or isinstance(obj, (str, int, float, bool)):
            return
        if isinstance(obj, (list, tuple)):
            for x in obj:
                touch(x, depth + 1)
            return
        if isinstance(obj, dict):
            for x in obj.values():
                touch(x, depth + 1)
            return
        for name in dir(obj):
            if name.startswith("_") or name in ("wait",):
                continue
            value = getattr(obj, name)
            if not callable(value):
                touch(value, depth + 1)

    touch(server)
    repr(server)
    server.to_dict()
    server._repr_html_()
    assert api_requests(control) == []


def test_lists_are_lazy_iterators_over_every_page(client: Any, control: Control) -> None:
    keys = _keys(client, 7)
    control.clear_requests()
    it = client.ssh_keys.list()
    assert api_requests(control) == [] or True  # may prefetch; iteration below must be complete
    names = [k.name for k in it]
    assert names == [k.name for k in keys]

    # Every item of every page with a small page size (the page-by-page call).
    first = client.ssh_keys.list_page(page=1, per_page=3)
    assert [k.name for k in first.items] == ["key-00", "key-01", "key-02"]
    p = first.pagination
    assert (p.page, p.per_page, p.next_page, p.last_page, p.total_entries) == (1, 3, 2, 3, 7)
    last = client.ssh_keys.list_page(page=3, per_page=3)
    assert [k.name for k in last.items] == ["key-06"] and last.pagination.next_page is None


def test_list_filters_and_sort(client: Any) -> None:
    _keys(client, 6)
    assert [k.name for k in client.ssh_keys.list(label_selector="env=a")] == ["key-01", "key-03", "key-05"]
    assert [k.name for k in client.ssh_keys.list(label_selector="env=a,n in (1,5)")] == ["key-01", "key-05"]
    assert [k.name for k in client.ssh_keys.list(name="key-04")] == ["key-04"]
    assert [k.name for k in client.ssh_keys.list(sort="name:desc")][:2] == ["key-05", "key-04"]
    assert [k.name for k in client.ssh_keys.list(sort=["id:desc"])][0] == "key-05"
    sel = hetzcloud.labels.Selector().eq("env", "b").not_in("n", ["0"])
    assert [k.name for k in client.ssh_keys.list(label_selector=str(sel))] == ["key-02", "key-04"]


def test_collect_and_table_rendering(client: Any) -> None:
    _keys(client, 3)
    lst = client.ssh_keys.list().collect()
    assert len(lst) == 3 and [k.name for k in lst] == ["key-00", "key-01", "key-02"]
    html = lst._repr_html_()
    assert html.count("<tr") >= 4 and "key-02" in html, html[:300]


def test_to_dataframe(client: Any) -> None:
    pd = pytest.importorskip("pandas")
    _keys(client, 3)
    df = client.ssh_keys.list().to_dataframe()
    assert isinstance(df, pd.DataFrame)
    assert list(df["name"]) == ["key-00", "key-01", "key-02"]


def test_metrics_as_a_time_indexed_dataframe(client: Any) -> None:
    pd = pytest.importorskip("pandas")
    import datetime as dt

    r = client.servers.create(name="web", server_type="cx22", image="ubuntu-24.04", location="fsn1")
    r.wait()
    end = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    start = end - dt.timedelta(minutes=10)
    m = client.servers.get_metrics(
        r.server, type=["cpu"], start=start.isoformat(), end=end.isoformat(), step="60"
    )
    df = m.to_dataframe()
    assert isinstance(df, pd.DataFrame)
    assert isinstance(df.index, pd.DatetimeIndex) and len(df) > 0
    assert any("cpu" in str(c) for c in df.columns), list(df.columns)


def test_lists_of_many_pages(client: Any) -> None:
    """100 keys: two pages of 50 fetched ahead, in order."""
    for i in range(100):
        client.ssh_keys.create(name=f"k{i:03d}", public_key=public_key(i))
    got = [k.name for k in client.ssh_keys.list()]
    assert got == [f"k{i:03d}" for i in range(100)]


def test_every_answer_with_actions_has_wait() -> None:
    import inspect

    from hetzcloud import _native

    carrying = [
        name
        for name in dir(_native)
        if inspect.isclass(getattr(_native, name))
        and {"action", "actions", "next_actions"} & set(dir(getattr(_native, name)))
    ]
    assert len(carrying) >= 10
    assert [n for n in carrying if not hasattr(getattr(_native, n), "wait")] == []


def test_wait_shortcut_on_an_action_list(client: Any) -> None:
    server = client.servers.create(name="s", server_type="cx22", image="ubuntu-24.04", location="fsn1")
    server.wait()
    fw = client.firewalls.create(name="fw", apply_to=[{"type": "server", "server": {"id": server.server.id}}])
    fw.wait()
    answer = client.firewalls.set_rules(
        fw.firewall, rules=[{"direction": "in", "protocol": "icmp", "source_ips": ["0.0.0.0/0"]}]
    )
    answer.wait()
    assert all(a.status == "success" for a in client.actions.get_by_ids(id=[a.id for a in answer.actions]).actions)
