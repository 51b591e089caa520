"""Parity over the whole API: the coverage scenario (every operation) run once through `Client`
and once through `AsyncClient`, each on a fresh emulator, gives the same answers in the same
order (ids are deterministic on a fresh emulator; times, secrets and timing-dependent fields are
left out of the comparison)."""

from __future__ import annotations

import asyncio
from typing import Any, List, Tuple

import pytest

import hetzcloud
import hetzcloud.testing
import scenario
from _support import SKIP_NO_SPEC, SUMMARY, Control, OperationMatcher, api_requests, drop_keys, load_spec, spec_operations

# Fields that differ between two runs for reasons other than the client: clocks, generated
# secrets, and action progress that depends on when a poll happened.
VOLATILE = {
    "created", "started", "finished", "root_password", "password", "wss_url", "progress",
    "time_series", "start", "end", "expires", "not_valid_before", "not_valid_after",
    "last_seen", "step",
}


def _run(client: Any, control: Control) -> Tuple[List[Any], List[str]]:
    s = scenario.Scenario(client, control)
    s.run()
    return s.answers, s.errors


@pytest.mark.skipif(load_spec() is None, reason=SKIP_NO_SPEC)
def test_the_whole_scenario_gives_equal_answers_sync_and_async() -> None:
    with hetzcloud.testing.Emulator() as e1, hetzcloud.testing.Emulator() as e2:
        sync_answers, sync_errors = _run(e1.client(), Control(e1.url))
        loop = asyncio.new_event_loop()
        try:
            aclient = scenario.SyncOverAsync(e2.async_client(), loop)
            async_answers, async_errors = _run(aclient, Control(e2.url))  # type: ignore[arg-type]
        finally:
            loop.close()
        spec = load_spec()
        assert spec is not None
        match = OperationMatcher(spec_operations(spec))

        def reached(e: Any) -> Any:
            return sorted(
                {match(r["method"], r["path"]) for r in api_requests(Control(e.url)) if r["status"] < 300}
            )

        assert reached(e1) == reached(e2), "the two clients reached different operations"
        line = f"coverage through Python (AsyncClient): {len(reached(e2))} operations answered 2xx, answers equal to Client's"
        print("\n" + line)
        SUMMARY.append(line)
    assert [w for w, _ in sync_answers] == [w for w, _ in async_answers]
    assert sync_errors == async_errors
    diffs = []
    for (what, s), (_, a) in zip(sync_answers, async_answers):
        s, a = drop_keys(s, VOLATILE), drop_keys(a, VOLATILE)
        if s != a:
            diffs.append(f"{what}:\n  sync:  {s}\n  async: {a}")
    assert not diffs, f"{len(diffs)} answers differ:\n" + "\n".join(diffs[:10])
    assert len(sync_answers) >= 190, len(sync_answers)
