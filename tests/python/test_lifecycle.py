"""Lifecycle scenarios through the blocking client: servers, volumes, networks, firewalls, load
balancers, zones and RRSets, Primary and Floating IPs. References are passed as ids, names and
model objects; every create's `.wait()` shortcut and `client.actions.wait` are used."""

from __future__ import annotations

from typing import Any, List

import pytest

import hetzcloud
from _support import Control
from scenario import SSH_KEY


def _server(client: Any, name: str = "web-1", **extra: Any) -> Any:
    r = client.servers.create(
        name=name,
        server_type="cx22",
        image="ubuntu-24.04",
        location="fsn1",
        labels={"env": "test"},
        **extra,
    )
    r.wait()
    return client.servers.get(r.server.id)


def test_server_lifecycle(client: Any) -> None:
    key = client.ssh_keys.create(name="k", public_key=SSH_KEY).ssh_key
    r = client.servers.create(
        name="web-1",
        server_type="cx22",
        image="ubuntu-24.04",
        location="fsn1",
        ssh_keys=[key],  # a model object for a reference
        labels={"env": "test", "role": "web"},
    )
    assert r.server.name == "web-1"
    assert r.action.command == "create_server"
    assert isinstance(r.next_actions, list)
    assert r.root_password is None  # an SSH key was given
    r.wait()

    s = client.servers.get(r.server.id)
    assert s.status == "running"
    assert s.labels == {"env": "test", "role": "web"}
    assert s.server_type.name == "cx22"
    assert s.image is not None and s.image.name == "ubuntu-24.04"
    assert client.servers.get("web-1") == s  # by name
    assert client.servers.get(s) == s  # by model object

    client.servers.power_off(s).wait()
    assert client.servers.get(s.id).status == "off"

    updated = client.servers.update(s, name="web-2", labels={"env": "prod"}).server
    assert (updated.name, updated.labels) == ("web-2", {"env": "prod"})

    client.servers.change_type(s, server_type="cx32", upgrade_disk=False).wait()
    assert client.servers.get(s).server_type.name == "cx32"

    client.servers.power_on(s).wait()
    assert client.servers.get(s).status == "running"

    client.servers.change_protection(s, delete=True, rebuild=True).wait()
    assert client.servers.get(s).protection.delete is True
    with pytest.raises(hetzcloud.ProtectedError):
        client.servers.delete(s)
    client.servers.change_protection(s, delete=False, rebuild=False).wait()

    deleted = client.servers.delete(s)
    deleted.wait()
    with pytest.raises(hetzcloud.NotFoundError):
        client.servers.get(s.id)
    assert client.servers.list().collect() == []


def test_volume_lifecycle(client: Any) -> None:
    server = _server(client)
    r = client.volumes.create(name="data", size=10, location="fsn1", format="ext4", labels={"a": "b"})
    r.wait()
    vol = client.volumes.get(r.volume.id)
    assert (vol.name, vol.size, vol.server) == ("data", 10, None)

    client.volumes.attach(vol, server=server, automount=False).wait()
    assert client.volumes.get(vol).server == server.id
    assert vol.id in (client.servers.get(server).volumes or [])

    client.volumes.detach(vol).wait()
    client.volumes.resize(vol, size=20).wait()
    vol = client.volumes.get("data")
    assert (vol.server, vol.size) == (None, 20)

    assert client.volumes.update(vol, name="data-2").volume.name == "data-2"
    client.volumes.delete(vol)
    with pytest.raises(hetzcloud.NotFoundError):
        client.volumes.get(vol.id)


def test_network_lifecycle(client: Any) -> None:
    net = client.networks.create(
        name="net",
        ip_range="10.0.0.0/16",
        subnets=[{"type": "cloud", "network_zone": "eu-central", "ip_range": "10.0.1.0/24"}],
    ).network
    assert [s.ip_range for s in net.subnets] == ["10.0.1.0/24"]

    client.networks.add_subnet(net, type="cloud", network_zone="eu-central", ip_range="10.0.2.0/24").wait()
    client.networks.add_route(net, destination="10.100.1.0/24", gateway="10.0.1.1").wait()
    net = client.networks.get(net)
    assert sorted(s.ip_range for s in net.subnets) == ["10.0.1.0/24", "10.0.2.0/24"]
    assert [(r.destination, r.gateway) for r in net.routes] == [("10.100.1.0/24", "10.0.1.1")]

    server = _server(client)
    client.servers.attach_to_network(server, network=net, ip="10.0.1.5").wait()
    server = client.servers.get(server)
    assert [(p.network, p.ip) for p in server.private_net] == [(net.id, "10.0.1.5")]
    client.servers.detach_from_network(server, network=net).wait()

    client.networks.delete_route(net, destination="10.100.1.0/24", gateway="10.0.1.1").wait()
    client.networks.delete_subnet(net, ip_range="10.0.2.0/24").wait()
    net = client.networks.get(net)
    assert net.routes == [] and len(net.subnets) == 1
    client.networks.delete(net)
    assert client.networks.list().collect() == []


def test_firewall_lifecycle(client: Any) -> None:
    server = _server(client)
    r = client.firewalls.create(
        name="fw",
        rules=[{"direction": "in", "protocol": "tcp", "port": "22", "source_ips": ["0.0.0.0/0"]}],
        apply_to=[{"type": "server", "server": {"id": server.id}}],
    )
    client.actions.wait(*r.actions)
    fw = client.firewalls.get(r.firewall.id)
    assert [(x.direction, x.port) for x in fw.rules] == [("in", "22")]
    assert [a.server.id for a in fw.applied_to] == [server.id]

    client.actions.wait(
        *client.firewalls.set_rules(
            fw,
            rules=[
                {"direction": "in", "protocol": "tcp", "port": "80", "source_ips": ["0.0.0.0/0"]},
                {"direction": "in", "protocol": "icmp", "source_ips": ["0.0.0.0/0"]},
            ],
        ).actions
    )
    assert [x.protocol for x in client.firewalls.get(fw).rules] == ["tcp", "icmp"]

    client.actions.wait(
        *client.firewalls.remove_from_resources(
            fw, remove_from=[{"type": "server", "server": {"id": server.id}}]
        ).actions
    )
    assert client.firewalls.get(fw).applied_to == []
    client.firewalls.delete(fw)


def test_load_balancer_lifecycle(client: Any) -> None:
    server = _server(client)
    r = client.load_balancers.create(
        name="lb", load_balancer_type="lb11", location="fsn1", algorithm={"type": "round_robin"}
    )
    r.wait()
    lb = r.load_balancer
    client.load_balancers.add_service(
        lb,
        protocol="tcp",
        listen_port=443,
        destination_port=8443,
        proxyprotocol=False,
        health_check={"protocol": "tcp", "port": 8443, "interval": 15, "timeout": 10, "retries": 3},
    ).wait()
    client.load_balancers.add_target(lb, type="server", server={"id": server.id}).wait()
    lb = client.load_balancers.get(lb)
    assert [(s.listen_port, s.destination_port) for s in lb.services] == [(443, 8443)]
    assert [t.server.id for t in lb.targets] == [server.id]

    client.load_balancers.change_algorithm(lb, type="least_connections").wait()
    client.load_balancers.change_type(lb, load_balancer_type="lb21").wait()
    lb = client.load_balancers.get("lb")
    assert (lb.algorithm.type, lb.load_balancer_type.name) == ("least_connections", "lb21")

    client.load_balancers.remove_target(lb, type="server", server={"id": server.id}).wait()
    client.load_balancers.delete_service(lb, listen_port=443).wait()
    lb = client.load_balancers.get(lb)
    assert lb.services == [] and lb.targets == []
    client.load_balancers.delete(lb)


def test_zone_and_rrset_lifecycle(client: Any) -> None:
    r = client.zones.create(name="example.com", mode="primary", ttl=3600)
    r.wait()
    zone = client.zones.get("example.com")
    assert (zone.name, zone.ttl, zone.mode) == ("example.com", 3600, "primary")

    rr = client.zones.create_rrset(
        zone.name, name="www", type="A", ttl=300, records=[{"value": "198.51.100.1"}]
    )
    rr.wait()
    got = client.zones.get_rrset("example.com", "www", "A").rrset
    assert [x.value for x in got.records] == ["198.51.100.1"]

    client.zones.add_rrset_records("example.com", "www", "A", records=[{"value": "198.51.100.2"}]).wait()
    got = client.zones.get_rrset("example.com", "www", "A").rrset
    assert sorted(x.value for x in got.records) == ["198.51.100.1", "198.51.100.2"]

    names = {(s.name, s.type) for s in client.zones.list_rrsets("example.com")}
    assert ("www", "A") in names

    zonefile = client.zones.get_zonefile("example.com").zonefile
    assert "198.51.100.2" in zonefile

    client.zones.change_ttl(zone.id, ttl=7200).wait()  # by id
    assert client.zones.get(zone.id).ttl == 7200
    client.zones.delete_rrset("example.com", "www", "A").wait()
    with pytest.raises(hetzcloud.NotFoundError):
        client.zones.get_rrset("example.com", "www", "A")
    client.zones.delete("example.com").wait()
    assert client.zones.list().collect() == []


def test_primary_and_floating_ip_lifecycle(client: Any) -> None:
    server = _server(client)
    client.servers.power_off(server).wait()
    own = client.servers.get(server).public_net.ipv4
    assert own is not None
    client.primary_ips.unassign(own.id).wait()

    pip = client.primary_ips.create(
        name="pip", type="ipv4", location="fsn1", assignee_type="server", auto_delete=False
    )
    pip.wait()
    ip = pip.primary_ip
    assert ip.assignee_id is None
    client.primary_ips.assign(ip, assignee_type="server", assignee_id=server.id).wait()
    assert client.primary_ips.get(ip).assignee_id == server.id
    assert client.servers.get(server).public_net.ipv4.ip == ip.ip

    fip = client.floating_ips.create(type="ipv4", home_location="fsn1", name="fip")
    fip.wait()
    client.floating_ips.assign(fip.floating_ip, server=server).wait()
    assert client.floating_ips.get("fip").server == server.id
    client.floating_ips.change_dns_ptr(
        fip.floating_ip, ip=fip.floating_ip.ip, dns_ptr="fip.example.com"
    ).wait()
    ptrs = client.floating_ips.get(fip.floating_ip).dns_ptr
    assert [(p.ip, p.dns_ptr) for p in ptrs] == [(fip.floating_ip.ip, "fip.example.com")]
    client.floating_ips.unassign(fip.floating_ip).wait()
    client.floating_ips.delete(fip.floating_ip)

    client.primary_ips.unassign(ip).wait()
    client.primary_ips.delete(ip)
    client.primary_ips.delete(own.id)
    with pytest.raises(hetzcloud.NotFoundError):
        client.primary_ips.get(ip.id)


def test_waiting_on_many_actions_at_once(client: Any, control: Control) -> None:
    control.set_settings(action_duration_ms=300)
    answers = [
        client.servers.create(name=f"s{i}", server_type="cx22", image="ubuntu-24.04", location="fsn1")
        for i in range(3)
    ]
    updates: List[Any] = []
    done = client.actions.wait(*[a.action for a in answers], progress=updates.append)
    assert sorted(a.id for a in done) == sorted(a.action.id for a in answers)
    assert all(a.status == "success" for a in done)
    assert updates, "the progress callable got no update"
    assert {s.status for s in client.servers.list()} == {"running"}


def test_wait_accepts_ids_and_actions(client: Any) -> None:
    r = client.ssh_keys.create(name="k", public_key=SSH_KEY)
    assert r.ssh_key.name == "k"
    vol = client.volumes.create(name="v", size=10, location="fsn1")
    done = client.actions.wait(vol.action.id)
    assert [a.id for a in done] == [vol.action.id]
    done = client.actions.wait(vol.action)
    assert done[0].status == "success"


def test_the_wait_shortcut_covers_next_actions(client: Any, control: Control) -> None:
    control.set_settings(action_duration_ms=300)
    r = client.servers.create(name="s", server_type="cx22", image="ubuntu-24.04", location="fsn1")
    assert [a.command for a in r.next_actions] == ["start_server"]
    done = r.wait()
    assert [(a.command, a.status) for a in done] == [("create_server", "success"), ("start_server", "success")]
    assert client.servers.get(r.server).status == "running"
