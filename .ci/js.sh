#!/usr/bin/env bash
# The npm package (wasm/): sets up what it needs on a fresh machine, builds it, and runs its
# checks, printing the time of every step.
#
#   bash .ci/js.sh
#
# Setup (each skipped when already there): the wasm32-unknown-unknown target; wasm-bindgen-cli
# of exactly the version pinned in wasm/Cargo.toml (cargo install, without --locked: one
# locked dependency is missing from the registry mirror); `npm ci` in wasm/ (wasm-opt from npm
# binaryen@132 — never Debian's binaryen, whose old wasm-opt silently breaks the module —,
# typescript, playwright-core); Debian's chromium + chromium-driver for the browser test.
#
# Checks: the package build (wasm/build.sh: release wasm, wasm-bindgen for Node and for
# browsers, wasm-opt -Oz, gzipped size); `node --test` (wasm/tests/node: coverage of every
# operation through JS, paging, waiting, abort, every error class, input rejected before
# sending, npm pack into an empty project) against the emulator binary; the headless Chromium
# test (wasm/tests/browser); `tsc --strict --noEmit` (wasm/tests/types); every operation
# through JS against Prism (wasm/tests/contract). The OpenAPI spec comes from $HETZCLOUD_SPEC,
# else <repo>/../shared/spec/cloud.spec.json; the steps that need it skip themselves without.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD

START=$SECONDS
TIMES=()
step() {
    local name=$1 t0=$SECONDS rc=0
    shift
    echo "==> js: $name: $*"
    "$@" || rc=$?
    TIMES+=("$(printf '%5d s  %s' $((SECONDS - t0)) "$name")")
    if ((rc != 0)); then
        echo "!!! js: $name failed (exit $rc) after $((SECONDS - t0)) s"
        exit "$rc"
    fi
    echo "<== js: $name: $((SECONDS - t0)) s"
}

SPEC=${HETZCLOUD_SPEC:-$REPO/../shared/spec/cloud.spec.json}
if [[ -f $SPEC ]]; then
    HETZCLOUD_SPEC=$(cd "$(dirname "$SPEC")" && pwd)/$(basename "$SPEC")
    export HETZCLOUD_SPEC
fi

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "js: need root for: $*" >&2
        return 1
    fi
}

wasm_target() {
    if command -v rustup >/dev/null 2>&1; then
        rustup target add wasm32-unknown-unknown
    fi
}

PINNED=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' wasm/Cargo.toml)
wasm_bindgen_cli() {
    local have
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
    if [[ $have == "$PINNED" ]]; then
        echo "wasm-bindgen $have already installed"
    else
        # No default features: they only add TLS (rustls, ring) for the test runner's
        # downloads, which this project does not use; the build is a little shorter.
        cargo install wasm-bindgen-cli --version "$PINNED" --no-default-features
    fi
}

npm_ci() {
    (cd wasm && npm ci --no-audit --no-fund --loglevel=error)
}

chromium() {
    if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
        echo "chromium already installed: $(command -v chromium)"
    else
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
    fi
}

# The emulator binary for the node and browser tests. `--workspace`: the same feature set as
# `cargo test --workspace` in .ci/test, so its build is reused instead of repeated.
emulator() {
    cargo build -q --workspace --bins
    test -x "${CARGO_TARGET_DIR:-$REPO/target}/debug/hetzcloud-emulator"
}

node_tests() {
    (cd wasm && node --test tests/node/)
}

step "rustup target wasm32-unknown-unknown" wasm_target
step "wasm-bindgen-cli $PINNED" wasm_bindgen_cli
step "npm ci (wasm/)" npm_ci
step "chromium + chromium-driver" chromium
step "build the package (wasm/build.sh)" bash wasm/build.sh
step "emulator binary" emulator
step "node --test wasm/tests/node" node_tests
step "browser test (headless Chromium)" bash wasm/tests/browser/run.sh
step "tsc --strict --noEmit (wasm/tests/types)" bash wasm/tests/types/run.sh
step "every operation through JS against Prism" bash wasm/tests/contract/run.sh

echo "js: step times:"
printf '  %s\n' "${TIMES[@]}"
echo "js: all checks passed in $((SECONDS - START)) s"
