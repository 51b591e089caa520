"""hetzcloud quick start: an SSH key, two labelled servers, a power-off, a table, cleanup.

    bash examples/quickstart.sh            # installs the package into .venv, then runs this
    python examples/quickstart.py          # with hetzcloud already installed

Without HCLOUD_TOKEN it runs against the emulator, in-process (`hetzcloud.testing.emulator()`):
nothing leaves your machine. With HCLOUD_TOKEN set it uses the real API (`Client.from_env()`),
creates two small servers for about a minute and deletes everything it created, even on errors
or Ctrl-C. QUICKSTART_SERVER_TYPE, QUICKSTART_IMAGE and QUICKSTART_LOCATION override the
defaults (the first current x86 server type, ubuntu-24.04, fsn1).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from typing import Iterator, List, Sequence, Tuple

import hetzcloud
import hetzcloud.testing

# A public key only: the quick start never logs in anywhere.
PUBLIC_KEY = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ quickstart"
)


@contextlib.contextmanager
def connect() -> Iterator[hetzcloud.Client]:
    """The real API when HCLOUD_TOKEN (or HCLOUD_TOKEN_FILE) is set, else the emulator."""
    if os.environ.get("HCLOUD_TOKEN") or os.environ.get("HCLOUD_TOKEN_FILE"):
        print("HCLOUD_TOKEN is set: using the API from the environment (Client.from_env())")
        yield hetzcloud.Client.from_env()
    else:
        print("No HCLOUD_TOKEN: using the in-process emulator")
        with hetzcloud.testing.emulator() as client:
            yield client


def pick_server_type(client: hetzcloud.Client) -> str:
    wanted = os.environ.get("QUICKSTART_SERVER_TYPE")
    if wanted:
        return wanted
    for st in client.server_types.list():
        if st.architecture == "x86" and st.deprecation is None:
            return st.name
    raise SystemExit("no current x86 server type found")


def print_table(rows: Sequence[Tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())


def tour(client: hetzcloud.Client) -> None:
    run = secrets.token_hex(3)
    selector = f"quickstart={run}"
    server_type = pick_server_type(client)
    image = os.environ.get("QUICKSTART_IMAGE", "ubuntu-24.04")
    location = os.environ.get("QUICKSTART_LOCATION", "fsn1")

    key = client.ssh_keys.create(
        name=f"quickstart-{run}", public_key=PUBLIC_KEY, labels={"quickstart": run}
    ).ssh_key
    print(f"created SSH key {key.name} (id {key.id})")
    created: List[int] = []  # server ids, for the cleanup
    try:
        answers = [
            client.servers.create(
                name=f"quickstart-{run}-{role}",
                server_type=server_type,
                image=image,
                location=location,
                ssh_keys=[key],  # a model object stands for its id
                labels={"quickstart": run, "role": role},
            )
            for role in ("web", "db")
        ]
        created = [a.server.id for a in answers]
        print(f"creating {len(created)} servers ({server_type}, {image}, {location})")
        # Every action of both creations at once, with a progress bar (tqdm when installed).
        client.actions.wait(
            *[a.action for a in answers],
            *[n for a in answers for n in a.next_actions],
            progress=True,
        )

        servers = client.servers.list(label_selector=selector, sort="name").collect()
        print(f"{len(servers)} servers match {selector!r}")
        web = next(s for s in servers if s.labels.get("role") == "web")
        client.actions.wait(client.servers.power_off(web).action, progress=True)
        print(f"powered off {web.name}")

        rows = [("ID", "NAME", "STATUS", "TYPE", "IPV4", "LABELS")]
        for s in client.servers.list(label_selector=selector, sort="name"):
            ipv4 = s.public_net.ipv4.ip if s.public_net.ipv4 is not None else "-"
            labels = ",".join(f"{k}={v}" for k, v in sorted(s.labels.items()))
            rows.append((str(s.id), s.name, str(s.status), s.server_type.name, ipv4, labels))
        print_table(rows)
    finally:
        # Delete everything created above, whatever happened.
        deletions = []
        for server_id in created:
            try:
                deletions.append(client.servers.delete(server_id).action)
            except hetzcloud.NotFoundError:
                pass
        if deletions:
            client.actions.wait(*deletions, progress=True)
        client.ssh_keys.delete(key)
        print(f"deleted {len(created)} servers and the SSH key")
        left = client.servers.list(label_selector=selector).collect()
        assert not left, f"left behind: {left}"


def main() -> int:
    try:
        with connect() as client:
            tour(client)
    except hetzcloud.Error as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
