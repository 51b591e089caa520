"""The stubs type user code precisely: `mypy --strict` accepts tests/python/typecheck/user_code.py,
where `assert_type` pins answer types and `# type: ignore[...]` marks calls the stubs must reject
(strict mode reports an ignore that hides nothing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy")

HERE = Path(__file__).resolve().parent


def test_typed_user_code(tmp_path: Path) -> None:
    r = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"),
            str(HERE / "typecheck" / "user_code.py"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
