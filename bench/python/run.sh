#!/usr/bin/env bash
# Python benchmark: hetzcloud vs the official `hcloud` library vs a raw HTTP floor.
# Installs what it needs (a venv with hcloud + maturin), builds the release wheel of this repo,
# unpacks it into a temporary directory (the venv's own install of hetzcloud is left alone),
# and runs bench.py against a local pre-rendered server. Extra arguments go to bench.py
# (e.g. --runs 7). Environment: VENV (default .venv at the repo root), CARGO_TARGET_DIR,
# WHEEL=path to use an already built wheel instead of building one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
cd "$ROOT"

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
PY="$VENV/bin/python"
"$PY" -m pip install -q --disable-pip-version-check hcloud maturin
echo "# hcloud $("$PY" -c 'import importlib.metadata as m; print(m.version("hcloud"))')," \
     "maturin $("$VENV/bin/maturin" --version | awk '{print $2}')" >&2

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
if [ -z "${WHEEL:-}" ]; then
  echo "# building the release wheel (maturin build --release)" >&2
  "$VENV/bin/maturin" build --release --quiet -o "$TMP/wheels" >&2
  WHEEL="$(ls "$TMP"/wheels/hetzcloud-*.whl | head -1)"
fi
echo "# wheel: $WHEEL" >&2
"$PY" -m pip install -q --disable-pip-version-check --no-deps --target "$TMP/site" "$WHEEL"

"$PY" "$ROOT/bench/python/bench.py" --python "$PY" --ours-path "$TMP/site" --wheel "$WHEEL" \
  --json "$ROOT/bench/python/results.json" "$@"
