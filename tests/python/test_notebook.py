"""examples/notebook.ipynb runs top to bottom in a real kernel (nbclient) against the emulator,
and its tables render as HTML."""

from __future__ import annotations

import os
from typing import Any, Dict, List

import pytest

from _support import REPO

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK = REPO / "examples" / "notebook.ipynb"


@pytest.fixture(scope="module")
def executed() -> Any:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    env_token = {k: os.environ.pop(k) for k in ("HCLOUD_TOKEN", "HCLOUD_TOKEN_FILE") if k in os.environ}
    try:
        nbclient.NotebookClient(
            nb,
            timeout=120,
            kernel_name="python3",
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        ).execute()
    finally:
        os.environ.update(env_token)
    return nb


def _outputs(nb: Any, source_start: str) -> List[Dict[str, Any]]:
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source.lstrip().startswith(source_start):
            return list(cell.outputs)
    raise AssertionError(f"no cell starts with {source_start!r}")


def _html(outputs: List[Dict[str, Any]]) -> str:
    return "".join(
        o.get("data", {}).get("text/html", "") for o in outputs if o.get("output_type") == "execute_result"
    )


def test_the_notebook_runs_without_errors(executed: Any) -> None:
    for cell in executed.cells:
        if cell.cell_type != "code":
            continue
        for o in cell.outputs:
            assert o.get("output_type") != "error", (cell.source, o.get("ename"), o.get("evalue"))


def test_lists_and_models_render_as_html_tables(executed: Any) -> None:
    listing = _html(_outputs(executed, "servers = client.servers.list"))
    assert "<table" in listing and "notebook-" in listing, listing[:500]
    one = _html(_outputs(executed, "servers[0]"))
    assert "<table" in one, one[:500]
    assert "<table" in _html(_outputs(executed, "locations = "))


def test_dataframes(executed: Any) -> None:
    pytest.importorskip("pandas")
    df = _html(_outputs(executed, "try:\n    import pandas"))
    assert "<table" in df and "dataframe" in df, df[:500]
    metrics = _html(_outputs(executed, "end = dt.datetime"))
    assert "<table" in metrics, metrics[:500]


def test_awaiting_in_the_running_loop(executed: Any) -> None:
    out = _outputs(executed, "aclient = ")
    text = "".join(o.get("data", {}).get("text/plain", "") for o in out)
    assert "-web" in text and "-db" in text, text


def test_the_token_is_not_shown(executed: Any) -> None:
    shown = str([c.outputs for c in executed.cells if c.cell_type == "code"])
    for secret in ("nb-secret-token", "emulator-token"):
        assert secret not in shown


def test_cleanup_left_nothing(executed: Any) -> None:
    out = _outputs(executed, "deletions = ")
    text = "".join(o.get("text", "") for o in out)
    assert "left behind: 0" in text, text


def test_the_committed_notebook_has_no_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, cell.source


def test_waiting_shows_a_notebook_progress_bar(executed: Any) -> None:
    """`progress=True` in Jupyter: tqdm's notebook bar (a widget) when tqdm and ipywidgets are
    installed."""
    pytest.importorskip("tqdm")
    pytest.importorskip("ipywidgets")
    out = _outputs(executed, "run = secrets.token_hex")
    kinds = [k for o in out for k in o.get("data", {})]
    assert "application/vnd.jupyter.widget-view+json" in kinds, kinds
