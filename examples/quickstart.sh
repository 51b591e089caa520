#!/usr/bin/env bash
# The README's first command: installs the Python package into a virtualenv and runs
# examples/quickstart.py (against the in-process emulator unless HCLOUD_TOKEN is set).
#
#   bash examples/quickstart.sh
#
# The virtualenv is $HETZCLOUD_VENV (default <repo>/.venv), created if missing; the package is
# built from this checkout with `pip install .` (maturin + cargo; Cargo's $CARGO_TARGET_DIR is
# respected). Needs python3 ≥ 3.9 with venv and a Rust toolchain; without cargo it offers the
# rustup installer (set HETZCLOUD_INSTALL_RUST=1 to install without asking).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-python3}
VENV=${HETZCLOUD_VENV:-$PWD/.venv}
export PIP_DISABLE_PIP_VERSION_CHECK=1

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "quickstart: $PYTHON not found; install Python 3.9 or later (with venv)" >&2
    exit 1
fi

if ! command -v cargo >/dev/null 2>&1; then
    if [[ -x $HOME/.cargo/bin/cargo ]]; then
        export PATH=$HOME/.cargo/bin:$PATH
    else
        echo "quickstart: building the package needs Rust (cargo), which is not installed."
        answer=${HETZCLOUD_INSTALL_RUST:-}
        if [[ -z $answer && -t 0 ]]; then
            read -r -p "Install it now with rustup (https://rustup.rs, into ~/.cargo)? [y/N] " answer
        fi
        case $answer in
        1 | y | Y | yes)
            curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
            export PATH=$HOME/.cargo/bin:$PATH
            ;;
        *)
            echo "quickstart: install Rust from https://rustup.rs and run this again" >&2
            exit 1
            ;;
        esac
    fi
fi

if [[ ! -x $VENV/bin/python ]]; then
    echo "quickstart: creating the virtualenv $VENV"
    "$PYTHON" -m venv "$VENV"
fi
echo "quickstart: pip install . (builds the native module; the first build takes a few minutes)"
# tqdm draws the progress bar (optional: without it a plain line is printed).
"$VENV/bin/python" -m pip install -q tqdm
"$VENV/bin/python" -m pip install -q .
exec "$VENV/bin/python" examples/quickstart.py "$@"
