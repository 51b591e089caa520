"""Progress display for ``client.actions.wait(progress=True)``."""

from __future__ import annotations

import sys
from typing import Any, Callable, Dict, Optional, Tuple


def reporter(progress: Any, count: int) -> Tuple[Optional[Callable[[Any], None]], Callable[[], None]]:
    """(callback for the native waiter, finisher) for a ``progress`` argument."""
    if not progress:
        return None, lambda: None
    if callable(progress) and progress is not True:
        return progress, lambda: None
    seen: Dict[int, int] = {}
    total = 100 * max(count, 1)
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped]

        bar = tqdm(total=total, desc=f"waiting for {count} action(s)", unit="%", leave=True)
        shown = [0]

        def update(action: Any) -> None:
            seen[action.id] = 100 if action.status in ("success", "error") else int(action.progress)
            now = sum(seen.values())
            if now > shown[0]:
                bar.update(now - shown[0])
                shown[0] = now

        return update, bar.close
    except ImportError:
        pass

    def line(action: Any) -> None:
        seen[action.id] = 100 if action.status in ("success", "error") else int(action.progress)
        finished = sum(1 for v in seen.values() if v >= 100)
        pct = sum(seen.values()) * 100 // total
        sys.stderr.write(f"\rwaiting for {count} action(s): {pct:3d}% ({finished}/{count} done)")
        sys.stderr.flush()

    def end() -> None:
        if seen:
            sys.stderr.write("\n")
            sys.stderr.flush()

    return line, end
