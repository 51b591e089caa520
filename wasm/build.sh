#!/usr/bin/env bash
# Builds the npm package `hetzcloud` into wasm/dist/ (then `npm pack` in wasm/ makes the tarball).
#
#   bash wasm/build.sh            # release build, wasm-opt -Oz
#   SKIP_OPT=1 bash wasm/build.sh # without wasm-opt (faster, bigger)
#
# Needs: rustup target wasm32-unknown-unknown; wasm-bindgen-cli of the version pinned in
# wasm/Cargo.toml on PATH; `npm ci` done in wasm/ (wasm-opt from npm binaryen — never Debian's
# binaryen, whose old wasm-opt silently breaks the module). .ci/js.sh installs all of it.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
cd "$HERE"

PINNED=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
HAVE=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [[ "$HAVE" != "$PINNED" ]]; then
    echo "build: wasm-bindgen $PINNED is needed (found: ${HAVE:-none}); run: cargo install wasm-bindgen-cli --version $PINNED" >&2
    exit 1
fi
WASM_OPT=$HERE/node_modules/.bin/wasm-opt
if [[ -z "${SKIP_OPT:-}" && ! -x $WASM_OPT ]]; then
    echo "build: $WASM_OPT missing; run \`npm ci\` in wasm/" >&2
    exit 1
fi

# Size-tuned release build of this crate only (the profile is set here, not in the workspace,
# so native release builds stay as they are).
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
export CARGO_PROFILE_RELEASE_LTO=true
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1
export CARGO_PROFILE_RELEASE_PANIC=abort
export CARGO_PROFILE_RELEASE_DEBUG=false
export CARGO_PROFILE_RELEASE_STRIP=debuginfo
cargo build --release -p hetzcloud-wasm --target wasm32-unknown-unknown --target-dir "$TARGET_DIR"
INPUT=$TARGET_DIR/wasm32-unknown-unknown/release/hetzcloud_wasm.wasm

rm -rf dist
mkdir -p dist/node dist/web
wasm-bindgen --target nodejs --no-typescript --out-dir dist/node --out-name hetzcloud_wasm "$INPUT"
wasm-bindgen --target web --no-typescript --out-dir dist/web --out-name hetzcloud_wasm "$INPUT"
# Both targets get the same module (only the JS glue differs): the package ships it once, in
# dist/web, and the Node glue reads it from there (scripts/assemble.mjs).
if ! cmp -s dist/node/hetzcloud_wasm_bg.wasm dist/web/hetzcloud_wasm_bg.wasm; then
    echo "build: wasm-bindgen wrote different modules for Node and browsers; the package expects one" >&2
    exit 1
fi
rm dist/node/hetzcloud_wasm_bg.wasm
if [[ -z "${SKIP_OPT:-}" ]]; then
    f=dist/web/hetzcloud_wasm_bg.wasm
    "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        -o "$f.opt" "$f"
    mv "$f.opt" "$f"
fi
node scripts/assemble.mjs

wasm_gz=$(gzip -9c dist/web/hetzcloud_wasm_bg.wasm | wc -c)
js_gz=$(cat dist/web/index.js dist/web/hetzcloud_wasm.js | gzip -9c | wc -c)
echo "build: dist/web: wasm $(wc -c <dist/web/hetzcloud_wasm_bg.wasm) B ($wasm_gz B gzipped), JS $(cat dist/web/index.js dist/web/hetzcloud_wasm.js | wc -c) B ($js_gz B gzipped); total gzipped $((wasm_gz + js_gz)) B"
