"""Every operation of the API description, called at least once through Python.

The scenario (scenario.py) drives the whole API through `hetzcloud.Client`; the emulator's request
log says which operations were reached and answered 2xx. The spec is read from
`$HETZCLOUD_SPEC`, else `../shared/spec/cloud.spec.json`.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Set

import pytest

import hetzcloud
import scenario
from _support import (
    REPO,
    SKIP_NO_SPEC,
    SUMMARY,
    Control,
    OperationMatcher,
    api_requests,
    load_spec,
    spec_operations,
)

SPEC = load_spec()
needs_spec = pytest.mark.skipif(SPEC is None, reason=SKIP_NO_SPEC)


def core_operations() -> List[Dict[str, str]]:
    """The core's operation table (id, resource, function), read from its generated source."""
    text = (REPO / "core" / "src" / "generated" / "operations.rs").read_text()
    rx = re.compile(
        r'id: "(\w+)",\s*method: Method::(\w+),\s*path: "([^"]+)",\s*resource: "(\w+)",'
        r'\s*function: "(\w+)",\s*stream: (\S+),'
    )
    return [
        {"id": m[1], "method": m[2].upper(), "path": m[3], "resource": m[4], "function": m[5],
         "stream": m[6]}
        for m in rx.finditer(text)
    ]


@needs_spec
def test_the_spec_has_189_operations() -> None:
    assert SPEC is not None
    assert len(spec_operations(SPEC)) == 189


@pytest.mark.parametrize("cls", ["Client", "AsyncClient"])
def test_every_operation_has_a_documented_method(cls: str) -> None:
    """`client.<resource>.<function>` exists for every operation, with a docstring."""
    ops = core_operations()
    assert len(ops) == 189, "could not read the core's operation table"
    klass = getattr(hetzcloud, cls)
    missing: List[str] = []
    undocumented: List[str] = []
    for op in ops:
        res_cls = _resource_class(klass, op["resource"])
        if res_cls is None:
            missing.append(f"{op['id']}: no `{op['resource']}` resource")
            continue
        fn = getattr(res_cls, op["function"], None)
        if fn is None:
            missing.append(f"{op['id']}: no {op['resource']}.{op['function']}")
        elif not (getattr(fn, "__doc__", None) or "").strip():
            undocumented.append(f"{op['resource']}.{op['function']}")
    assert not missing, f"{len(missing)} operations have no method on {cls}:\n" + "\n".join(missing)
    assert not undocumented, f"methods without a docstring: {undocumented}"


def _resource_class(klass: Any, resource: str) -> Any:
    """The class of `Client.<resource>`: from the property's return annotation, or from an
    instance built against an unused endpoint (no request is made)."""
    inst = klass(token="x", endpoint="http://127.0.0.1:9/v1")
    return type(getattr(inst, resource, None)) if hasattr(inst, resource) else None


@needs_spec
def test_every_operation_through_python(client: Any, control: Control) -> None:
    assert SPEC is not None
    ops = spec_operations(SPEC)
    match = OperationMatcher(ops)
    control.clear_requests()

    s = scenario.run(client, control)

    reached: Dict[str, Set[int]] = {}
    unknown: List[str] = []
    for r in api_requests(control):
        op = match(r["method"], r["path"])
        if op is None:
            unknown.append(f"{r['method']} {r['path']} -> {r['status']}")
            continue
        reached.setdefault(op, set()).add(r["status"])
    succeeded = {op for op, st in reached.items() if any(200 <= x < 300 for x in st)}
    never_sent = sorted(set(ops) - set(reached))
    failed = sorted(set(reached) - succeeded)

    line = f"coverage through Python (Client): {len(succeeded)}/{len(ops)} operations answered 2xx"
    print("\n" + line)
    SUMMARY.append(line)
    for e in s.errors:
        print(f"  scenario: {e}")
    assert not unknown, f"requests that match no operation: {unknown}"
    assert not never_sent and not failed, (
        f"{len(succeeded)}/{len(ops)} operations succeeded through Python.\n"
        f"never sent ({len(never_sent)}): {never_sent}\n"
        f"no 2xx answer ({len(failed)}): {[(op, sorted(reached[op])) for op in failed]}\n"
        "scenario errors:\n  " + "\n  ".join(s.errors)
    )
    assert not s.errors, "scenario errors:\n  " + "\n  ".join(s.errors)
