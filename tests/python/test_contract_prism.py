"""Contract: every operation of the API description, sent through the Python client to Stoplight
Prism serving the spec. Prism answers 422 to any request that breaks the spec.

    bash tests/contract/prism.sh python -m pytest tests/python/test_contract_prism.py -rs

(prism.sh starts Prism and sets HETZCLOUD_PRISM_URL; without it these tests are skipped.)
Arguments come from the description's examples, chosen as the core's generated Rust contract
cases choose them (xtask/src/emit/tests.rs), passed as keyword arguments named as in the API.
"""

from __future__ import annotations

import asyncio
import os
import re
from typing import Any, Dict, List, Tuple

import pytest

import hetzcloud
from _support import REPO, SUMMARY, OperationMatcher, load_spec, spec_operations

URL = os.environ.get("HETZCLOUD_PRISM_URL")
SPEC = load_spec()
pytestmark = pytest.mark.skipif(
    URL is None or SPEC is None,
    reason="needs Prism: bash tests/contract/prism.sh python -m pytest tests/python/test_contract_prism.py",
)


def core_operations() -> Dict[str, Tuple[str, str, bool]]:
    """op id -> (resource, function, paged), from the core's generated table."""
    text = (REPO / "core" / "src" / "generated" / "operations.rs").read_text()
    rx = re.compile(
        r'id: "(\w+)",\s*method: Method::\w+,\s*path: "[^"]+",\s*resource: "(\w+)",'
        r'\s*function: "(\w+)",\s*stream: (\S+),'
    )
    return {m[1]: (m[2], m[3], m[4] != "None") for m in rx.finditer(text)}


def _resolve(schema: Dict[str, Any]) -> Dict[str, Any]:
    assert SPEC is not None
    seen = 0
    while "$ref" in schema and seen < 20:
        node: Any = SPEC
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
        seen += 1
    return schema


def sample(schema: Dict[str, Any]) -> Any:
    """A value valid for `schema`, from its examples where it has them (xtask's `sample`)."""
    schema = _resolve(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(schema[key][0])
    if "allOf" in schema:
        out: Dict[str, Any] = {}
        for part in schema["allOf"]:
            v = sample(part)
            if isinstance(v, dict):
                out.update(v)
        return out
    ty = schema.get("type", "object")
    if isinstance(ty, list):
        ty = next((t for t in ty if t != "null"), "null")
    if "example" in schema and (ty != "object" or "properties" not in schema):
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    if ty == "object":
        out = {k: sample(v) for k, v in schema.get("properties", {}).items()}
        if not out and isinstance(schema.get("additionalProperties"), dict):
            out["key"] = sample(schema["additionalProperties"])
        return out
    if ty == "array":
        return [sample(schema.get("items", {}))]
    if ty == "integer":
        return schema.get("minimum", 1)
    if ty == "number":
        return 1.0
    if ty == "boolean":
        return False
    if ty == "string":
        return {"date-time": "2016-01-30T23:55:00Z", "decimal": "1.0000"}.get(
            schema.get("format", ""), "example"
        )
    return None


def _scalar(name: str, schema: Dict[str, Any]) -> Any:
    schema = _resolve(schema)
    if schema.get("enum"):
        return schema["enum"][0]
    ty = schema.get("type")
    if ty == "integer":
        return 25 if name == "per_page" else schema.get("example", 1)
    if ty == "boolean":
        return False
    fixed = {
        "label_selector": "env=prod",
        "start": "2017-01-01T00:00:00Z",
        "end": "2017-01-01T23:00:00Z",
        "step": "60",
    }
    if name in fixed:
        return fixed[name]
    ex = schema.get("example")
    return ex if isinstance(ex, str) else ("example" if ex is None else str(ex))


def case(op_id: str) -> Tuple[List[Any], Dict[str, Any]]:
    """(positional path arguments, keyword arguments) for one operation."""
    assert SPEC is not None
    _, template, op = spec_operations(SPEC)[op_id]
    params = {p["name"]: p for p in op.get("parameters", []) if "name" in p}
    args: List[Any] = []
    for name in re.findall(r"\{(\w+)\}", template):
        schema = _resolve(params[name]["schema"])
        if schema.get("enum"):
            args.append(schema["enum"][0])
        elif schema.get("type") == "integer":
            args.append(schema.get("example", 42))
        else:
            args.append(schema.get("example", "example.com"))
    kwargs: Dict[str, Any] = {}
    for p in params.values():
        if p.get("in") != "query":
            continue
        schema = _resolve(p["schema"])
        if schema.get("type") == "array":
            kwargs[p["name"]] = [_scalar(p["name"], schema.get("items", {}))]
        else:
            kwargs[p["name"]] = _scalar(p["name"], schema)
    body = op.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None:
        examples = body.get("examples")
        value = next(iter(examples.values()))["value"] if examples else sample(body["schema"])
        kwargs.update(value)
    return args, kwargs


def _page_method(res: Any, function: str) -> Any:
    """The page-by-page method of a list operation (`list` -> `list_page`,
    `list_actions_for` -> `list_actions_for_page`): one request."""
    name = function + "_page"
    if not hasattr(res, name):
        raise AttributeError(f"no page-by-page method {name} on {type(res).__name__}")
    return getattr(res, name)


def call(client: Any, op_id: str) -> Any:
    resource, function, paged = core_operations()[op_id]
    args, kwargs = case(op_id)
    res = getattr(client, resource)
    if paged:
        fn = _page_method(res, function)
    else:
        kwargs.pop("page", None)
        kwargs.pop("per_page", None)
        fn = getattr(res, function)
    return fn(*args, **kwargs)


class PrismLog:
    """The requests Prism logged ("[HTTP SERVER] get /zones/x ... Request received") since
    this object was made: which operations actually reached Prism."""

    RX = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request received")

    def __init__(self) -> None:
        mock = os.environ.get("HETZCLOUD_MOCK_SPEC")
        self.path = os.path.join(os.path.dirname(mock), "prism.log") if mock else None
        self.start = os.path.getsize(self.path) if self.path and os.path.exists(self.path) else 0

    def operations(self) -> "set[str]":
        assert SPEC is not None
        if not self.path or not os.path.exists(self.path):
            return set()
        match = OperationMatcher(spec_operations(SPEC))
        with open(self.path, "rb") as f:
            f.seek(self.start)
            text = f.read().decode("utf-8", "replace")
        out = set()
        for m in self.RX.finditer(text):
            op = match(m[1], m[2])
            if op:
                out.add(op)
        return out


def _check_reached(log: PrismLog, ops: List[str], who: str, failed: int) -> None:
    reached = log.operations() if log.path is not None else set()
    missing = sorted(set(ops) - reached)
    line = (
        f"contract through Python ({who}) against Prism: {len(ops)} operations sent, {failed} failed, "
        f"{len(reached)}/{len(ops)} seen in Prism's log"
    )
    print(line)
    SUMMARY.append(line)
    if log.path is None:
        return
    assert not missing, f"operations that never reached Prism: {missing}"


def _classify(e: BaseException) -> str:
    if isinstance(e, hetzcloud.APIError) and e.status == 422:
        return f"Prism answered 422 (the request breaks the spec): {e}"
    return f"{type(e).__name__}: {e}"


def test_every_operation_through_the_blocking_client() -> None:
    assert SPEC is not None and URL is not None
    client = hetzcloud.Client(token="prism-token", endpoint=URL, retries=0, timeout=30)
    ops = sorted(spec_operations(SPEC))
    assert len(ops) == 189
    log = PrismLog()
    failures: Dict[str, str] = {}
    for op_id in ops:
        try:
            call(client, op_id)
        except Exception as e:
            failures[op_id] = _classify(e)
    for op_id, why in failures.items():
        print(f"contract: FAIL {op_id}: {why}")
    print(f"contract (Python, blocking): {len(ops)} operations sent, {len(failures)} failed")
    _check_reached(log, ops, "Client", len(failures))
    assert not failures, f"{len(failures)} of {len(ops)} operations failed: {sorted(failures)}"


def test_every_operation_through_the_asyncio_client() -> None:
    assert SPEC is not None and URL is not None
    ops = sorted(spec_operations(SPEC))
    log = PrismLog()

    async def main() -> Dict[str, str]:
        client = hetzcloud.AsyncClient(token="prism-token", endpoint=URL, retries=0, timeout=30)
        gate = asyncio.Semaphore(8)
        failures: Dict[str, str] = {}

        async def one(op_id: str) -> None:
            async with gate:
                try:
                    await call(client, op_id)
                except Exception as e:
                    failures[op_id] = _classify(e)

        await asyncio.gather(*(one(op) for op in ops))
        return failures

    failures = asyncio.run(main())
    for op_id, why in sorted(failures.items()):
        print(f"contract: FAIL {op_id}: {why}")
    _check_reached(log, ops, "AsyncClient", len(failures))
    assert not failures, f"{len(failures)} of {len(ops)} operations failed: {sorted(failures)}"
