#!/usr/bin/env bash
# Every check of the Python package (issue 4), from a fresh machine or an already set-up one:
#
#   bash .ci/python.sh
#
# 1. a virtualenv under the repository ($HETZCLOUD_PY_VENV, default .tools/python-ci, git-ignored) with maturin,
#    pytest, mypy, nbclient/ipykernel/ipywidgets, tqdm and pandas (installed once; a stamp file remembers
#    the list, so later runs skip pip);
# 2. wheel + sdist with `maturin build --release --sdist` (Cargo's $CARGO_TARGET_DIR is
#    respected; default <repo>/target), the wheel must be ≤ 6 MB (6,000,000 bytes), the sdist must hold the
#    sources a build needs, and the wheel is installed; with HETZCLOUD_PY_SDIST_BUILD=1 a wheel
#    is also built from the unpacked sdist alone (a second release build);
# 3. examples/quickstart.sh, the README's first command (`pip install .` + the quickstart
#    against the in-process emulator);
# 4. pytest tests/python (all against the emulator), then the notebook through nbclient;
# 5. `python -m mypy.stubtest hetzcloud._native` and `mypy --strict examples/`;
# 6. the contract run: every operation through Python against Prism (tests/contract/prism.sh;
#    skipped with a note when there is no spec).
#
# Prints each step's time. Needs python3 (≥3.9, with venv), cargo, and node/npm for Prism.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
PYTHON=${PYTHON:-python3}
VENV=${HETZCLOUD_PY_VENV:-$REPO/.tools/python-ci}
DIST=$CARGO_TARGET_DIR/python-dist
# "≤ 6 MB" read strictly: 6,000,000 bytes.
MAX_WHEEL_BYTES=6000000
# Quiet pip, no version nag.
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
# The tests never use a real token.
unset HCLOUD_TOKEN HCLOUD_TOKEN_FILE HCLOUD_ENDPOINT

START=$SECONDS
step() {
    local name=$1 t0=$SECONDS rc=0
    shift
    echo "==> python: $name: $*"
    "$@" || rc=$?
    if ((rc != 0)); then
        echo "!!! python: $name failed (exit $rc) after $((SECONDS - t0)) s"
        exit "$rc"
    fi
    echo "<== python: $name: $((SECONDS - t0)) s"
}

SPEC=${HETZCLOUD_SPEC:-$REPO/../shared/spec/cloud.spec.json}
if [[ -f $SPEC ]]; then
    HETZCLOUD_SPEC=$(cd "$(dirname "$SPEC")" && pwd)/$(basename "$SPEC")
    export HETZCLOUD_SPEC
else
    echo "note: no OpenAPI spec at $SPEC; the coverage and contract tests are skipped (download https://docs.hetzner.cloud/cloud.spec.json and set HETZCLOUD_SPEC)"
fi

DEPS="maturin>=1.16,<2 pytest>=8 pytest-timeout mypy>=1.10 nbclient>=0.10 nbformat ipykernel ipywidgets tqdm pandas"
setup_venv() {
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 9))' 2>/dev/null; then
        echo "$PYTHON is missing or older than 3.9 (set PYTHON=...)"
        return 1
    fi
    if [[ ! -x $VENV/bin/python ]]; then
        "$PYTHON" -m venv "$VENV" || {
            echo "could not create a virtualenv: install the venv module (Debian/Ubuntu: apt-get install python3-venv)"
            rm -rf "$VENV"
            return 1
        }
    fi
    local stamp=$VENV/.hetzcloud-ci-deps
    if [[ ! -f $stamp || $(cat "$stamp") != "$DEPS" ]]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        # shellcheck disable=SC2086 # DEPS is a list of requirements
        "$VENV/bin/python" -m pip install -q $DEPS
        echo "$DEPS" >"$stamp"
    fi
    "$VENV/bin/python" --version
}

build() {
    rm -rf "$DIST"
    "$VENV/bin/maturin" build --release --sdist --out "$DIST"
    local wheels=("$DIST"/hetzcloud-*.whl) sdists=("$DIST"/hetzcloud-*.tar.gz)
    [[ -f ${wheels[0]} ]] || { echo "no wheel in $DIST"; return 1; }
    [[ -f ${sdists[0]} ]] || { echo "no sdist in $DIST"; return 1; }
    local size
    size=$(stat -c %s "${wheels[0]}")
    echo "wheel: $(basename "${wheels[0]}") $size bytes (limit $MAX_WHEEL_BYTES)"
    echo "sdist: $(basename "${sdists[0]}") $(($(stat -c %s "${sdists[0]}") / 1024)) KiB"
    if ((size > MAX_WHEEL_BYTES)); then
        echo "the wheel is larger than 6 MB"
        return 1
    fi
    # The sdist must hold everything a build needs (and no built module).
    local listing missing=()
    listing=$(tar tzf "${sdists[0]}")
    for f in pyproject.toml Cargo.toml Cargo.lock py/Cargo.toml py/src/lib.rs core/src/lib.rs \
        emulator/src/lib.rs py/python/hetzcloud/__init__.py py/python/hetzcloud/py.typed \
        py/python/hetzcloud/_native.pyi; do
        grep -q "^hetzcloud-[^/]*/$f\$" <<<"$listing" || missing+=("$f")
    done
    if ((${#missing[@]})); then
        echo "the sdist lacks: ${missing[*]}"
        return 1
    fi
    if grep -qE '\.(so|pyd|dylib)$' <<<"$listing"; then
        echo "the sdist contains a built module:"
        grep -E '\.(so|pyd|dylib)$' <<<"$listing"
        return 1
    fi
    "$VENV/bin/python" -m pip install -q --force-reinstall --no-deps "${wheels[0]}"
}

# Optional (HETZCLOUD_PY_SDIST_BUILD=1): build a wheel from the sdist alone, in a fresh
# directory, as a packager would (a second release build of the workspace crates).
sdist_build() {
    local tmp rc=0 sdists=("$DIST"/hetzcloud-*.tar.gz)
    tmp=$(mktemp -d)
    tar xzf "${sdists[0]}" -C "$tmp"
    (cd "$tmp"/hetzcloud-* && "$VENV/bin/maturin" build --release --out "$tmp/out") || rc=$?
    ls -la "$tmp/out" 2>/dev/null || true
    rm -rf "$tmp"
    return "$rc"
}

import_time() {
    # `import hetzcloud` must stay cheap (issue 4: ≤ 50 ms); printed, not enforced here.
    "$VENV/bin/python" -c 'import time; t=time.perf_counter(); import hetzcloud; print(f"import hetzcloud: {(time.perf_counter()-t)*1000:.1f} ms")'
}

stubtest() {
    local allow=()
    for f in py/stubtest-allowlist.txt py/python/stubtest-allowlist.txt; do
        [[ -f $f ]] && allow=(--allowlist "$f")
    done
    "$VENV/bin/python" -m mypy.stubtest hetzcloud._native "${allow[@]}"
}

step "virtualenv $VENV" setup_venv
step "wheel + sdist (maturin build --release --sdist)" build
if [[ ${HETZCLOUD_PY_SDIST_BUILD:-0} == 1 ]]; then
    step "wheel from the sdist alone" sdist_build
fi
step "import time" import_time
step "README first command (examples/quickstart.sh)" \
    env HETZCLOUD_VENV="$VENV" bash examples/quickstart.sh
step "pytest tests/python" \
    "$VENV/bin/python" -m pytest tests/python -q -p no:cacheprovider --timeout 600 \
    --ignore tests/python/test_notebook.py --ignore tests/python/test_contract_prism.py
step "notebook (nbclient)" \
    "$VENV/bin/python" -m pytest tests/python/test_notebook.py -q -p no:cacheprovider --timeout 600
step "stubtest hetzcloud._native" stubtest
step "mypy --strict examples/" "$VENV/bin/python" -m mypy --strict examples/
step "contract: every operation through Python against Prism" \
    bash tests/contract/prism.sh "$VENV/bin/python" -m pytest tests/python/test_contract_prism.py \
    -q -p no:cacheprovider --timeout 900 -rs

echo "python: all checks passed in $((SECONDS - START)) s"
