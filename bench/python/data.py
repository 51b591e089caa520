"""Deterministic, realistic Hetzner Cloud server objects for the benchmarks.

Shape: the `Server` schema of GET /servers/{id} in cloud.spec.json (every property present,
nullable ones filled on some servers and null on others, as the real API answers). Both the
official `hcloud` library and `hetzcloud` decode these objects; bench.py checks it (contenders.py TASK `check`) before measuring.
"""

from __future__ import annotations

import json
import random

TOTAL = 10_000
PER_PAGE = 50

_LOCATIONS = [
    dict(id=1, name="fsn1", description="Falkenstein DC Park 1", country="DE", city="Falkenstein",
         latitude=50.47612, longitude=12.370071, network_zone="eu-central"),
    dict(id=2, name="nbg1", description="Nuremberg DC Park 1", country="DE", city="Nuremberg",
         latitude=49.452102, longitude=11.076665, network_zone="eu-central"),
    dict(id=3, name="hel1", description="Helsinki DC Park 1", country="FI", city="Helsinki",
         latitude=60.169855, longitude=24.938379, network_zone="eu-central"),
    dict(id=4, name="ash", description="Ashburn, VA", country="US", city="Ashburn, VA",
         latitude=39.045821, longitude=-77.487073, network_zone="us-east"),
]

# (id, name, cores, memory GB, disk GB, cpu_type, category, architecture, monthly net price)
_SERVER_TYPES = [
    (22, "cpx22", 2, 4.0, 80, "shared", "Shared vCPU", "x86", 7.05),
    (23, "cpx32", 4, 8.0, 160, "shared", "Shared vCPU", "x86", 12.99),
    (45, "cax21", 4, 8.0, 80, "shared", "Shared vCPU", "arm", 6.49),
    (96, "ccx23", 4, 16.0, 160, "dedicated", "Dedicated vCPU", "x86", 28.09),
]

_IMAGES = [
    (161547269, "ubuntu-24.04", "Ubuntu 24.04", "ubuntu", "24.04"),
    (114690387, "debian-12", "Debian 12", "debian", "12"),
    (103908130, "rocky-9", "Rocky Linux 9", "rocky", "9"),
]


def _price(value: float) -> dict:
    return {"net": f"{value:.4f}", "gross": f"{value * 1.19:.4f}"}


def _server_type(t: tuple) -> dict:
    sid, name, cores, mem, disk, cpu, cat, arch, monthly = t
    locs = _LOCATIONS[:3]
    return {
        "id": sid,
        "name": name,
        "description": name.upper(),
        "cores": cores,
        "memory": mem,
        "disk": disk,
        "deprecated": False,
        "prices": [
            {
                "location": loc["name"],
                "price_hourly": _price(monthly / 730),
                "price_monthly": _price(monthly),
                "included_traffic": 21990232555520,
                "price_per_tb_traffic": _price(1.0),
            }
            for loc in locs
        ],
        "storage_type": "local",
        "cpu_type": cpu,
        "category": cat,
        "architecture": arch,
        "deprecation": None,
        "locations": [
            {"id": loc["id"], "name": loc["name"], "deprecation": None,
             "recommended": True, "available": True}
            for loc in locs
        ],
    }


def _image(t: tuple, arch: str) -> dict:
    iid, name, desc, flavor, version = t
    return {
        "id": iid,
        "type": "system",
        "status": "available",
        "name": name,
        "description": desc,
        "image_size": None,
        "disk_size": 5,
        "created": "2024-04-25T10:00:00Z",
        "created_from": None,
        "bound_to": None,
        "os_flavor": flavor,
        "os_version": version,
        "rapid_deploy": True,
        "protection": {"delete": False},
        "deprecated": None,
        "deleted": None,
        "labels": {},
        "architecture": arch,
    }


def server(i: int) -> dict:
    """The server with id `i` (1-based); the same for every call."""
    rnd = random.Random(i)
    st = _SERVER_TYPES[i % len(_SERVER_TYPES)]
    loc = _LOCATIONS[i % 3]
    env = ("prod", "staging", "dev")[i % 3]
    role = ("web", "db", "worker", "cache")[i % 4]
    has_net = i % 2 == 0
    has_pg = i % 5 == 0
    server_type = _server_type(st)
    return {
        "id": i,
        "name": f"{role}-{env}-{i:05d}",
        "status": "running" if i % 10 else "off",
        "created": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}Z",
        "public_net": {
            "ipv4": {
                "id": 1_000_000 + i,
                "ip": f"{49 + i % 100}.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(1, 255)}",
                "blocked": False,
                "dns_ptr": f"static.{i}.clients.your-server.de",
            },
            "ipv6": {
                "id": 2_000_000 + i,
                "ip": f"2a01:4f8:{rnd.randrange(0x10000):x}:{i:x}::/64",
                "blocked": False,
                "dns_ptr": [],
            },
            "floating_ips": [3_000_000 + i] if i % 7 == 0 else [],
            "firewalls": [{"id": 4711 + i % 3, "status": "applied"}],
        },
        "private_net": [
            {
                "network": 4711 + i % 4,
                "ip": f"10.0.{i // 250}.{2 + i % 250}",
                "alias_ips": [],
                "mac_address": "86:00:00:%02x:%02x:%02x" % (i >> 16 & 255, i >> 8 & 255, i & 255),
            }
        ] if has_net else [],
        "server_type": server_type,
        "location": dict(loc),
        "image": _image(_IMAGES[i % len(_IMAGES)], st[7]),
        "iso": None,
        "rescue_enabled": False,
        "locked": False,
        "backup_window": "22-02" if i % 4 == 0 else None,
        "outgoing_traffic": rnd.randrange(10**6, 10**11),
        "ingoing_traffic": rnd.randrange(10**6, 10**11),
        "included_traffic": 21990232555520,
        "protection": {"delete": i % 8 == 0, "rebuild": i % 8 == 0},
        "labels": {"env": env, "role": role, "team": f"team-{i % 17}",
                   "app.example.com/tier": ("frontend", "backend")[i % 2]},
        "volumes": [5_000_000 + i] if i % 6 == 0 else [],
        "load_balancers": [6000 + i % 5] if role == "web" else [],
        "primary_disk_size": st[4],
        "placement_group": {
            "id": 700 + i % 10,
            "name": f"spread-{i % 10}",
            "labels": {},
            "type": "spread",
            "created": "2025-01-01T00:00:00Z",
            "servers": [i],
        } if has_pg else None,
    }


def dumps(obj: object) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def page(servers: list[dict], number: int, per_page: int) -> dict:
    total = len(servers)
    last = max(1, -(-total // per_page))
    items = servers[(number - 1) * per_page: number * per_page]
    return {
        "servers": items,
        "meta": {
            "pagination": {
                "page": number,
                "per_page": per_page,
                "previous_page": number - 1 if number > 1 else None,
                "next_page": number + 1 if number < last else None,
                "last_page": last,
                "total_entries": total,
            }
        },
    }


if __name__ == "__main__":
    import sys

    first = dumps(page([server(i) for i in range(1, PER_PAGE + 1)], 1, PER_PAGE))
    if len(sys.argv) > 1:  # python data.py PAGE.json: page 1 for decode-probe
        with open(sys.argv[1], "wb") as f:
            f.write(first)
    print(f"{len(dumps(server(10)))} bytes per server; page 1 of {PER_PAGE}: {len(first)} bytes")
