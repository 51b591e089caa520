"""A scenario that calls every operation of the API through the Python client, in dependency
order, with the resources it created (a port of the emulator's fidelity scenario).

Each call is made through the documented surface (`client.<resource>.<method>(...)`, keyword
arguments named as in the API, ids or model objects for references). A failing call does not
stop the scenario: its error is kept, and the coverage test reports it with the operations
that never got a successful answer (from the emulator's request log).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Dict, List

import hetzcloud

from _support import Control, plain

MISSING = 999_999_999

SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ python@x"

CERTIFICATE = """-----BEGIN CERTIFICATE-----
MIIBtzCCAVygAwIBAgIUEppF1jGUzZZVrLF/gUXTAsxr5pUwCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUZmlkZWxpdHkuZXhhbXBsZS5jb20wIBcNMjYxMTIyMTczMjM0
WhgPMjEyNjEwMjkxNzMyMzRaMB8xHTAbBgNVBAMMFGZpZGVsaXR5LmV4YW1wbGUu
Y29tMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEOs8YrSQn70Wrph05ZV4pFNFh
NhPv9DTH95MQuvx10huJuHJVl1s7g0DcYSZHZutj3crbLlw3CDVjvjwMljLUm6N0
MHIwHQYDVR0OBBYEFENB+gI+/hoTl0QUuZYHev7B2e+OMB8GA1UdIwQYMBaAFENB
+gI+/hoTl0QUuZYHev7B2e+OMA8GA1UdEwEB/wQFMAMBAf8wHwYDVR0RBBgwFoIU
ZmlkZWxpdHkuZXhhbXBsZS5jb20wCgYIKoZIzj0EAwIDSQAwRgIhAJPNIZDLe2Bq
pEteDf+H+MS0Jq/z2lQBjw8JT4mNqvYMAiEAqMckC5ihAyvSL+JpL7xcsxo/wScV
a7eMFtz3E7Z3p94=
-----END CERTIFICATE-----
"""

# A throwaway key for the self-signed certificate above (tests only).
PRIVATE_KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgs3Wkmp5UGfICswfp
mrFybZE3yd+nyZaPgI7HGBxCBJihRANCAAQ6zxitJCfvRaumHTllXikU0WE2E+/0
NMf3kxC6/HXSG4m4clWXWzuDQNxhJkdm62PdytsuXDcINWO+PAyWMtSb
-----END PRIVATE KEY-----
"""

ZONE = "example.com"
SECONDARY_ZONE = "example.net"


def dig(obj: Any, path: str, default: Any = None) -> Any:
    """`dig(answer, "server.public_net.ipv4.ip")`: attributes (or keys, or list indexes) by
    a dotted path; `default` when any step is missing."""
    cur = obj
    for part in path.split("."):
        if cur is None:
            return default
        if part.isdigit():
            try:
                cur = list(cur)[int(part)]
            except (IndexError, TypeError):
                return default
            continue
        if isinstance(cur, dict):
            cur = cur.get(part)
        else:
            cur = getattr(cur, part, None)
    return default if cur is None else cur


def metrics_window() -> "tuple[str, str]":
    end = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    start = end - _dt.timedelta(hours=1)
    f = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
    return f(start), f(end)


class Scenario:
    def __init__(self, client: hetzcloud.Client, control: Control) -> None:
        self.c = client
        self.control = control
        self.errors: List[str] = []
        self.actions: Dict[str, int] = {}
        self.all_actions: List[int] = []
        # (what, answer as plain data) of every successful call, in order.
        self.answers: List[Any] = []

    # -- plumbing -------------------------------------------------------------------------

    def call(self, what: str, fn: Callable[[], Any]) -> Any:
        """Runs one call; its answer (lazy lists collected), or None when it failed."""
        try:
            answer = fn()
            if hasattr(answer, "collect") and callable(answer.collect):
                answer = answer.collect()
        except hetzcloud.Error as e:
            self.errors.append(f"{what}: {type(e).__name__}: {e}")
            return None
        except Exception as e:  # a surface problem (TypeError, AttributeError ...)
            self.errors.append(f"{what}: {type(e).__name__}: {e}")
            return None
        self.note_actions(answer)
        self.answers.append((what, plain(answer)))
        return answer

    def note_actions(self, answer: Any) -> None:
        found: List[Any] = []
        a = dig(answer, "action")
        if a is not None:
            found.append(a)
        for key in ("actions", "next_actions"):
            found.extend(dig(answer, key) or [])
        for a in found:
            aid = dig(a, "id")
            if not isinstance(aid, int):
                continue
            if aid not in self.all_actions:
                self.all_actions.append(aid)
            for r in dig(a, "resources") or []:
                kind = dig(r, "type")
                if isinstance(kind, str):
                    self.actions[kind] = aid

    def action(self, kind: str) -> int:
        return self.actions.get(kind, MISSING)

    def wait(self, answer: Any) -> None:
        """Waits for the actions of an answer through `client.actions.wait`."""
        if answer is None:
            return
        pending: List[Any] = []
        a = dig(answer, "action")
        if a is not None:
            pending.append(a)
        for key in ("actions", "next_actions"):
            pending.extend(dig(answer, key) or [])
        if not pending:
            return
        try:
            self.c.actions.wait(*pending, timeout=20)
        except Exception as e:
            self.errors.append(f"waiting: {type(e).__name__}: {e}")

    def step(self, what: str, fn: Callable[[], Any]) -> Any:
        a = self.call(what, fn)
        self.wait(a)
        return a

    # -- the scenario ---------------------------------------------------------------------

    def run(self) -> None:
        c = self.c
        start, end = metrics_window()

        # Reference data.
        locations = self.call("list_locations", lambda: c.locations.list())
        location = dig(locations, "0.name", "fsn1")
        network_zone = dig(locations, "0.network_zone", "eu-central")
        self.call("get_location", lambda: c.locations.get(dig(locations, "0.id", MISSING)))
        dcs = self.call("list_datacenters", lambda: c.datacenters.list())
        self.call("get_datacenter", lambda: c.datacenters.get(dig(dcs, "0.id", MISSING)))
        sts = self.call("list_server_types", lambda: c.server_types.list())
        server_type = dig(sts, "0.name", "cx22")
        bigger_type = dig(sts, "1.name", server_type)
        self.call("get_server_type", lambda: c.server_types.get(dig(sts, "0.id", MISSING)))
        lbts = self.call("list_load_balancer_types", lambda: c.load_balancer_types.list())
        lb_type = dig(lbts, "0.name", "lb11")
        other_lb_type = dig(lbts, "1.name", lb_type)
        self.call(
            "get_load_balancer_type",
            lambda: c.load_balancer_types.get(dig(lbts, "0.id", MISSING)),
        )
        isos = self.call("list_isos", lambda: c.isos.list())
        iso = dig(isos, "0.name", "virtio-win-0.1.248.iso")
        self.call("get_iso", lambda: c.isos.get(dig(isos, "0.id", MISSING)))
        self.call("get_pricing", lambda: c.pricing.get())
        images = self.call("list_images", lambda: c.images.list(type="system"))
        image = dig(images, "0.name", "ubuntu-24.04")
        self.call("get_image", lambda: c.images.get(dig(images, "0.id", MISSING)))

        # SSH key, placement group, network, firewall.
        key = self.call(
            "create_ssh_key",
            lambda: c.ssh_keys.create(
                name="scenario-key", public_key=SSH_KEY, labels={"role": "scenario"}
            ),
        )
        key_id = dig(key, "ssh_key.id", MISSING)
        self.call("list_ssh_keys", lambda: c.ssh_keys.list())
        self.call("get_ssh_key", lambda: c.ssh_keys.get(key_id))
        self.call(
            "update_ssh_key",
            lambda: c.ssh_keys.update(key_id, labels={"role": "scenario", "x": "y"}),
        )

        pg = self.call(
            "create_placement_group",
            lambda: c.placement_groups.create(
                name="scenario-pg", type="spread", labels={"role": "scenario"}
            ),
        )
        pg_id = dig(pg, "placement_group.id", MISSING)
        self.call("list_placement_groups", lambda: c.placement_groups.list())
        self.call("get_placement_group", lambda: c.placement_groups.get(pg_id))
        self.call(
            "update_placement_group",
            lambda: c.placement_groups.update(pg_id, name="scenario-pg-2"),
        )

        net = self.call(
            "create_network",
            lambda: c.networks.create(
                name="scenario-net",
                ip_range="10.0.0.0/16",
                labels={"role": "scenario"},
                subnets=[
                    {"type": "cloud", "network_zone": network_zone, "ip_range": "10.0.1.0/24"}
                ],
            ),
        )
        net_id = dig(net, "network.id", MISSING)
        self.call("list_networks", lambda: c.networks.list())
        self.call("get_network", lambda: c.networks.get(net_id))
        self.call("update_network", lambda: c.networks.update(net_id, name="scenario-net-2"))
        self.step(
            "add_network_subnet",
            lambda: c.networks.add_subnet(
                net_id, type="cloud", network_zone=network_zone, ip_range="10.0.2.0/24"
            ),
        )
        self.step(
            "add_network_route",
            lambda: c.networks.add_route(net_id, destination="10.100.1.0/24", gateway="10.0.1.1"),
        )
        self.step(
            "change_network_ip_range",
            lambda: c.networks.change_ip_range(net_id, ip_range="10.0.0.0/15"),
        )
        self.step(
            "change_network_protection",
            lambda: c.networks.change_protection(net_id, delete=False),
        )

        fw = self.step(
            "create_firewall",
            lambda: c.firewalls.create(
                name="scenario-fw",
                labels={"role": "scenario"},
                rules=[
                    {
                        "direction": "in",
                        "protocol": "tcp",
                        "port": "22",
                        "source_ips": ["0.0.0.0/0", "::/0"],
                        "description": "ssh",
                    }
                ],
            ),
        )
        fw_id = dig(fw, "firewall.id", MISSING)
        self.call("list_firewalls", lambda: c.firewalls.list())
        self.call("get_firewall", lambda: c.firewalls.get(fw_id))
        self.call("update_firewall", lambda: c.firewalls.update(fw_id, name="scenario-fw-2"))

        # The server (references by name, by id and by model object).
        created = self.step(
            "create_server",
            lambda: c.servers.create(
                name="scenario-1",
                server_type=server_type,
                image=image,
                location=location,
                ssh_keys=["scenario-key"],
                networks=[net_id],
                firewalls=[{"firewall": fw_id}],
                placement_group=pg_id,
                labels={"role": "scenario"},
                start_after_create=True,
            ),
        )
        srv = dig(created, "server.id", MISSING)
        self.call("list_servers", lambda: c.servers.list())
        server = self.call("get_server", lambda: c.servers.get(srv))
        server_model = dig(server, "server", server)
        server_ip = dig(server_model, "public_net.ipv4.ip", "203.0.113.1")
        server_primary_ipv4 = dig(server_model, "public_net.ipv4.id", MISSING)
        self.call(
            "update_server",
            lambda: c.servers.update(srv, name="scenario-2", labels={"role": "scenario"}),
        )
        self.step(
            "change_server_dns_ptr",
            lambda: c.servers.change_dns_ptr(srv, ip=server_ip, dns_ptr="srv.scenario.example.com"),
        )
        self.step(
            "change_server_protection",
            lambda: c.servers.change_protection(srv, delete=True, rebuild=True),
        )
        self.step(
            "change_server_protection",
            lambda: c.servers.change_protection(srv, delete=False, rebuild=False),
        )
        self.step("attach_server_iso", lambda: c.servers.attach_iso(srv, iso=iso))
        self.step("detach_server_iso", lambda: c.servers.detach_iso(srv))
        self.step("enable_server_backup", lambda: c.servers.enable_backup(srv))
        self.step("disable_server_backup", lambda: c.servers.disable_backup(srv))
        self.step(
            "enable_server_rescue",
            lambda: c.servers.enable_rescue(srv, type="linux64", ssh_keys=[key_id]),
        )
        self.step("disable_server_rescue", lambda: c.servers.disable_rescue(srv))
        self.step(
            "detach_server_from_network",
            lambda: c.servers.detach_from_network(srv, network=net_id),
        )
        self.step(
            "attach_server_to_network",
            lambda: c.servers.attach_to_network(srv, network=net_id, ip="10.0.1.5"),
        )
        self.step(
            "change_server_alias_ips",
            lambda: c.servers.change_alias_ips(srv, network=net_id, alias_ips=["10.0.1.10"]),
        )
        self.call(
            "get_server_metrics",
            lambda: c.servers.get_metrics(srv, type=["cpu"], start=start, end=end),
        )
        self.call("request_server_console", lambda: c.servers.request_console(srv))
        self.step("reset_server_password", lambda: c.servers.reset_password(srv))
        self.step("reboot_server", lambda: c.servers.reboot(srv))
        self.step("reset_server", lambda: c.servers.reset(srv))
        self.step("shutdown_server", lambda: c.servers.shutdown(srv))
        self.step("poweron_server", lambda: c.servers.power_on(srv))
        self.step("poweroff_server", lambda: c.servers.power_off(srv))

        # With the server off.
        self.step(
            "change_server_type",
            lambda: c.servers.change_type(srv, server_type=bigger_type, upgrade_disk=False),
        )
        snap = self.step(
            "create_server_image",
            lambda: c.servers.create_image(
                srv, type="snapshot", description="scenario-snapshot", labels={"role": "scenario"}
            ),
        )
        snapshot = dig(snap, "image.id", MISSING)
        self.step(
            "remove_server_from_placement_group",
            lambda: c.servers.remove_from_placement_group(srv),
        )
        self.step(
            "add_server_to_placement_group",
            lambda: c.servers.add_to_placement_group(srv, placement_group=pg_id),
        )

        # Primary IPs: swap the server's own IPv4 for a new one.
        self.step("unassign_primary_ip", lambda: c.primary_ips.unassign(server_primary_ipv4))
        pip = self.step(
            "create_primary_ip",
            lambda: c.primary_ips.create(
                name="scenario-pip",
                type="ipv4",
                location=location,
                assignee_type="server",
                auto_delete=False,
                labels={"role": "scenario"},
            ),
        )
        pip_id = dig(pip, "primary_ip.id", MISSING)
        pip_ip = dig(pip, "primary_ip.ip", "203.0.113.2")
        self.call("list_primary_ips", lambda: c.primary_ips.list())
        self.call("get_primary_ip", lambda: c.primary_ips.get(pip_id))
        self.call(
            "update_primary_ip",
            lambda: c.primary_ips.update(pip_id, name="scenario-pip-2", auto_delete=False),
        )
        self.step(
            "change_primary_ip_dns_ptr",
            lambda: c.primary_ips.change_dns_ptr(pip_id, ip=pip_ip, dns_ptr="pip.scenario.example.com"),
        )
        self.step(
            "change_primary_ip_protection",
            lambda: c.primary_ips.change_protection(pip_id, delete=False),
        )
        self.step(
            "assign_primary_ip",
            lambda: c.primary_ips.assign(pip_id, assignee_type="server", assignee_id=srv),
        )
        self.step("rebuild_server", lambda: c.servers.rebuild(srv, image=image))
        self.step("poweron_server", lambda: c.servers.power_on(srv))

        # Volume.
        vol = self.step(
            "create_volume",
            lambda: c.volumes.create(
                name="scenario-vol",
                size=10,
                location=location,
                format="ext4",
                automount=False,
                labels={"role": "scenario"},
            ),
        )
        vol_id = dig(vol, "volume.id", MISSING)
        self.call("list_volumes", lambda: c.volumes.list())
        self.call("get_volume", lambda: c.volumes.get(vol_id))
        self.call("update_volume", lambda: c.volumes.update(vol_id, name="scenario-vol-2"))
        self.step("attach_volume", lambda: c.volumes.attach(vol_id, server=srv, automount=False))
        self.step("detach_volume", lambda: c.volumes.detach(vol_id))
        self.step("resize_volume", lambda: c.volumes.resize(vol_id, size=20))
        self.step(
            "change_volume_protection",
            lambda: c.volumes.change_protection(vol_id, delete=False),
        )

        # Floating IP.
        fip = self.step(
            "create_floating_ip",
            lambda: c.floating_ips.create(
                type="ipv4",
                home_location=location,
                name="scenario-fip",
                description="scenario",
                labels={"role": "scenario"},
            ),
        )
        fip_id = dig(fip, "floating_ip.id", MISSING)
        fip_ip = dig(fip, "floating_ip.ip", "203.0.113.3")
        self.call("list_floating_ips", lambda: c.floating_ips.list())
        self.call("get_floating_ip", lambda: c.floating_ips.get(fip_id))
        self.call(
            "update_floating_ip",
            lambda: c.floating_ips.update(fip_id, description="scenario-2"),
        )
        self.step("assign_floating_ip", lambda: c.floating_ips.assign(fip_id, server=srv))
        self.step(
            "change_floating_ip_dns_ptr",
            lambda: c.floating_ips.change_dns_ptr(fip_id, ip=fip_ip, dns_ptr="fip.scenario.example.com"),
        )
        self.step(
            "change_floating_ip_protection",
            lambda: c.floating_ips.change_protection(fip_id, delete=False),
        )
        self.step("unassign_floating_ip", lambda: c.floating_ips.unassign(fip_id))

        # Load balancer.
        lb = self.step(
            "create_load_balancer",
            lambda: c.load_balancers.create(
                name="scenario-lb",
                load_balancer_type=lb_type,
                location=location,
                algorithm={"type": "round_robin"},
                labels={"role": "scenario"},
            ),
        )
        lb_id = dig(lb, "load_balancer.id", MISSING)
        lb_ip = dig(lb, "load_balancer.public_net.ipv4.ip", "203.0.113.4")
        self.call("list_load_balancers", lambda: c.load_balancers.list())
        self.call("get_load_balancer", lambda: c.load_balancers.get(lb_id))
        self.call(
            "update_load_balancer",
            lambda: c.load_balancers.update(lb_id, name="scenario-lb-2"),
        )
        lbs = c.load_balancers
        self.step(
            "add_load_balancer_service",
            lambda: lbs.add_service(
                lb_id,
                protocol="http",
                listen_port=80,
                destination_port=80,
                proxyprotocol=False,
                health_check={
                    "protocol": "http",
                    "port": 80,
                    "interval": 15,
                    "timeout": 10,
                    "retries": 3,
                    "http": {
                        "domain": "scenario.example.com",
                        "path": "/",
                        "status_codes": ["2??"],
                        "tls": False,
                    },
                },
            ),
        )
        self.step(
            "update_load_balancer_service",
            lambda: lbs.update_service(lb_id, listen_port=80, destination_port=8080),
        )
        self.step(
            "attach_load_balancer_to_network",
            lambda: lbs.attach_to_network(lb_id, network=net_id),
        )
        self.step(
            "add_load_balancer_target",
            lambda: lbs.add_target(lb_id, type="server", server={"id": srv}, use_private_ip=True),
        )
        self.step(
            "change_load_balancer_algorithm",
            lambda: lbs.change_algorithm(lb_id, type="least_connections"),
        )
        self.step(
            "change_load_balancer_dns_ptr",
            lambda: lbs.change_dns_ptr(lb_id, ip=lb_ip, dns_ptr="lb.scenario.example.com"),
        )
        self.step(
            "change_load_balancer_protection",
            lambda: lbs.change_protection(lb_id, delete=False),
        )
        self.step(
            "change_load_balancer_type",
            lambda: lbs.change_type(lb_id, load_balancer_type=other_lb_type),
        )
        self.step(
            "disable_load_balancer_public_interface",
            lambda: lbs.disable_public_interface(lb_id),
        )
        self.step(
            "enable_load_balancer_public_interface",
            lambda: lbs.enable_public_interface(lb_id),
        )
        self.step(
            "remove_load_balancer_target",
            lambda: lbs.remove_target(lb_id, type="server", server={"id": srv}),
        )
        self.step(
            "delete_load_balancer_service",
            lambda: lbs.delete_service(lb_id, listen_port=80),
        )
        self.step(
            "detach_load_balancer_from_network",
            lambda: lbs.detach_from_network(lb_id, network=net_id),
        )
        self.call(
            "get_load_balancer_metrics",
            lambda: lbs.get_metrics(lb_id, type=["open_connections"], start=start, end=end),
        )

        # Certificates.
        cert = self.call(
            "create_certificate",
            lambda: c.certificates.create(
                name="scenario-cert",
                type="uploaded",
                certificate=CERTIFICATE,
                private_key=PRIVATE_KEY,
                labels={"role": "scenario"},
            ),
        )
        cert_id = dig(cert, "certificate.id", MISSING)
        # The issuance fails (on request), so that `retry` has something to retry.
        self.control.fail_next(
            command="create_certificate",
            code="dns_zone_not_found",
            message="the DNS zone of the domain was not found",
        )
        managed = self.call(
            "create_certificate",
            lambda: c.certificates.create(
                name="scenario-managed",
                type="managed",
                domain_names=["managed.scenario.example.com"],
            ),
        )
        managed_id = dig(managed, "certificate.id", MISSING)
        self.wait_quietly(managed)
        self.call("list_certificates", lambda: c.certificates.list())
        self.call("get_certificate", lambda: c.certificates.get(cert_id))
        self.call(
            "update_certificate",
            lambda: c.certificates.update(cert_id, name="scenario-cert-2"),
        )
        self.step("retry_certificate", lambda: c.certificates.retry(managed_id))

        # The snapshot image.
        self.call(
            "update_image",
            lambda: c.images.update(
                snapshot, description="scenario-snapshot-2", labels={"role": "scenario"}
            ),
        )
        self.step(
            "change_image_protection",
            lambda: c.images.change_protection(snapshot, delete=False),
        )

        # Firewall: apply and remove.
        server_res = [{"type": "server", "server": {"id": srv}}]
        selector_res = [
            {"type": "label_selector", "label_selector": {"selector": "role=scenario"}}
        ]
        self.step(
            "remove_firewall_from_resources",
            lambda: c.firewalls.remove_from_resources(fw_id, remove_from=server_res),
        )
        self.step(
            "apply_firewall_to_resources",
            lambda: c.firewalls.apply_to_resources(fw_id, apply_to=selector_res),
        )
        self.step(
            "set_firewall_rules",
            lambda: c.firewalls.set_rules(
                fw_id,
                rules=[
                    {
                        "direction": "in",
                        "protocol": "tcp",
                        "port": "80-443",
                        "source_ips": ["0.0.0.0/0"],
                    },
                    {
                        "direction": "out",
                        "protocol": "icmp",
                        "destination_ips": ["0.0.0.0/0", "::/0"],
                    },
                ],
            ),
        )
        self.step(
            "remove_firewall_from_resources",
            lambda: c.firewalls.remove_from_resources(fw_id, remove_from=selector_res),
        )

        # Zones and RRSets.
        zone = self.step(
            "create_zone",
            lambda: c.zones.create(
                name=ZONE, mode="primary", ttl=3600, labels={"role": "scenario"}
            ),
        )
        zone_ref: Any = dig(zone, "zone.id", ZONE)
        self.step(
            "create_zone",
            lambda: c.zones.create(
                name=SECONDARY_ZONE,
                mode="secondary",
                primary_nameservers=[{"address": "198.51.100.10", "port": 53}],
            ),
        )
        self.call("list_zones", lambda: c.zones.list())
        self.call("get_zone", lambda: c.zones.get(zone_ref))
        self.call(
            "update_zone",
            lambda: c.zones.update(zone_ref, labels={"role": "scenario", "x": "y"}),
        )
        self.call("get_zone_zonefile", lambda: c.zones.get_zonefile(zone_ref))
        zonefile = (
            f"$ORIGIN {ZONE}.\n$TTL 3600\n"
            "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600\n"
            "@ IN NS hydrogen.ns.hetzner.com.\n"
            "@ IN NS oxygen.ns.hetzner.com.\n"
            "@ IN NS helium.ns.hetzner.de.\n"
            "@ 300 IN A 198.51.100.20\n"
            f"mail IN MX 10 mx.{ZONE}.\n"
        )
        self.step(
            "import_zone_zonefile",
            lambda: c.zones.import_zonefile(zone_ref, zonefile=zonefile),
        )
        self.step("change_zone_ttl", lambda: c.zones.change_ttl(zone_ref, ttl=7200))
        self.step(
            "change_zone_protection",
            lambda: c.zones.change_protection(zone_ref, delete=False),
        )
        self.step(
            "change_zone_primary_nameservers",
            lambda: c.zones.change_primary_nameservers(
                SECONDARY_ZONE,
                primary_nameservers=[{"address": "198.51.100.11", "port": 53}],
            ),
        )
        z = c.zones
        self.step(
            "create_zone_rrset",
            lambda: z.create_rrset(
                zone_ref,
                name="www",
                type="A",
                ttl=300,
                records=[{"value": "198.51.100.1", "comment": "web"}],
                labels={"role": "scenario"},
            ),
        )
        self.call("list_zone_rrsets", lambda: z.list_rrsets(zone_ref))
        self.call("get_zone_rrset", lambda: z.get_rrset(zone_ref, "www", "A"))
        self.call(
            "update_zone_rrset",
            lambda: z.update_rrset(zone_ref, "www", "A", labels={"role": "scenario", "x": "y"}),
        )
        self.step(
            "change_zone_rrset_protection",
            lambda: z.change_rrset_protection(zone_ref, "www", "A", change=False),
        )
        self.step(
            "change_zone_rrset_ttl",
            lambda: z.change_rrset_ttl(zone_ref, "www", "A", ttl=600),
        )
        self.step(
            "set_zone_rrset_records",
            lambda: z.set_rrset_records(
                zone_ref, "www", "A", records=[{"value": "198.51.100.2", "comment": "set"}]
            ),
        )
        self.step(
            "add_zone_rrset_records",
            lambda: z.add_rrset_records(
                zone_ref, "www", "A", ttl=600, records=[{"value": "198.51.100.3"}]
            ),
        )
        self.step(
            "update_zone_rrset_records",
            lambda: z.update_rrset_records(
                zone_ref, "www", "A", records=[{"value": "198.51.100.2", "comment": "updated"}]
            ),
        )
        self.step(
            "remove_zone_rrset_records",
            lambda: z.remove_rrset_records(zone_ref, "www", "A", records=[{"value": "198.51.100.3"}]),
        )
        self.step("delete_zone_rrset", lambda: z.delete_rrset(zone_ref, "www", "A"))

        # Actions, generic and per kind.
        some = list(reversed(self.all_actions))[:3] or [MISSING]
        self.call("get_actions", lambda: c.actions.get_by_ids(id=some))
        self.call("get_action", lambda: c.actions.get(some[0]))
        self.actions_of_kind(
            srv=srv,
            vol=vol_id,
            fip=fip_id,
            pip=pip_id,
            lb=lb_id,
            cert=managed_id,
            net=net_id,
            fw=fw_id,
            image=snapshot,
            zone=zone_ref,
        )

        # Teardown, dependents first.
        for zr in (zone_ref, SECONDARY_ZONE):
            self.step("delete_zone", lambda zr=zr: c.zones.delete(zr))
        self.call("delete_certificate", lambda: c.certificates.delete(cert_id))
        self.call("delete_certificate", lambda: c.certificates.delete(managed_id))
        self.call("delete_load_balancer", lambda: c.load_balancers.delete(lb_id))
        self.call("delete_floating_ip", lambda: c.floating_ips.delete(fip_id))
        self.call("delete_volume", lambda: c.volumes.delete(vol_id))
        self.step("poweroff_server", lambda: c.servers.power_off(srv))
        self.step("unassign_primary_ip", lambda: c.primary_ips.unassign(pip_id))
        self.call("delete_primary_ip", lambda: c.primary_ips.delete(pip_id))
        self.step("delete_server", lambda: c.servers.delete(srv))
        if server_primary_ipv4 != MISSING:
            self.call("delete_primary_ip", lambda: c.primary_ips.delete(server_primary_ipv4))
        self.call("delete_image", lambda: c.images.delete(snapshot))
        self.call("delete_firewall", lambda: c.firewalls.delete(fw_id))
        self.step(
            "delete_network_route",
            lambda: c.networks.delete_route(net_id, destination="10.100.1.0/24", gateway="10.0.1.1"),
        )
        self.step(
            "delete_network_subnet",
            lambda: c.networks.delete_subnet(net_id, ip_range="10.0.2.0/24"),
        )
        self.call("delete_network", lambda: c.networks.delete(net_id))
        self.call("delete_placement_group", lambda: c.placement_groups.delete(pg_id))
        self.call("delete_ssh_key", lambda: c.ssh_keys.delete(key_id))

    def wait_quietly(self, answer: Any) -> None:
        """Waits for actions expected to fail (the failed issuance)."""
        if answer is None:
            return
        pending = [a for a in [dig(answer, "action")] if a is not None]
        if not pending:
            return
        try:
            self.c.actions.wait(*pending, timeout=20)
        except hetzcloud.ActionFailedError:
            pass
        except Exception as e:
            self.errors.append(f"waiting for the failing issuance: {type(e).__name__}: {e}")

    def actions_of_kind(self, **ids: Any) -> None:
        """`list_actions`, `get_action`, `list_actions_for` and the deprecated
        `get_<kind>_action(id, action_id)` of every resource kind with actions."""
        c = self.c
        kinds = [
            ("servers", "server", ids["srv"]),
            ("volumes", "volume", ids["vol"]),
            ("floating_ips", "floating_ip", ids["fip"]),
            ("primary_ips", "primary_ip", ids["pip"]),
            ("load_balancers", "load_balancer", ids["lb"]),
            ("certificates", "certificate", ids["cert"]),
            ("networks", "network", ids["net"]),
            ("firewalls", "firewall", ids["fw"]),
            ("images", "image", ids["image"]),
            ("zones", "zone", ids["zone"]),
        ]
        for group, kind, rid in kinds:
            res = getattr(c, group)
            aid = self.action(kind)
            self.call(f"list_{group}_actions", lambda: res.list_actions())
            self.call(f"get_{group}_action", lambda: res.get_action(aid))
            self.call(f"list_{kind}_actions", lambda: res.list_actions_for(rid))
            deprecated = getattr(res, f"get_{kind}_action", None)
            if deprecated is None:
                self.errors.append(f"get_{kind}_action: no method {group}.get_{kind}_action")
            else:
                self.call(f"get_{kind}_action", lambda: deprecated(rid, aid))


def run(client: hetzcloud.Client, control: Control) -> Scenario:
    s = Scenario(client, control)
    s.run()
    return s


__all__ = ["Scenario", "run", "dig", "MISSING", "SSH_KEY"]


class SyncOverAsync:
    """An `AsyncClient` driven from blocking code on one event loop: every method returns
    what awaiting it gives, lazy lists are drained. Lets the scenario run through AsyncClient."""

    def __init__(self, aclient: Any, loop: Any) -> None:
        self._a = aclient
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._a, name)
        if hasattr(attr, "_native") and not callable(attr):
            return _AsyncResourceAdapter(attr, self._loop)
        return attr


class _AsyncResourceAdapter:
    def __init__(self, res: Any, loop: Any) -> None:
        self._r = res
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        fn = getattr(self._r, name)
        if not callable(fn):
            return fn
        loop = self._loop

        def call(*args: Any, **kwargs: Any) -> Any:
            r = fn(*args, **kwargs)
            if hasattr(r, "__await__"):
                return loop.run_until_complete(r)
            if hasattr(r, "__aiter__"):
                return loop.run_until_complete(r.collect())
            return r

        return call
