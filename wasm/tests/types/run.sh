#!/usr/bin/env bash
# tsc --strict --noEmit over the package's public types (types-test.ts, the Node ESM/CJS consumers),
# the examples and the code blocks of docs/README-js.md, against the built package (wasm/build.sh → wasm/dist; or $HETZCLOUD_JS_PKG).
#
#   bash wasm/tests/types/run.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WASM=$(cd "$HERE/../.." && pwd)
# The built package: $HETZCLOUD_JS_PKG, else wasm/ once wasm/build.sh filled wasm/dist.
PKG=$(node --input-type=module -e "import { packageDir } from '$WASM/tests/browser/harness.mjs'; console.log(packageDir() ?? '')")
if [[ -z $PKG ]]; then
    echo "types: the npm package is not built (bash wasm/build.sh, or set HETZCLOUD_JS_PKG)" >&2
    exit 1
fi
PKG=$(cd "$PKG" && pwd)
cd "$HERE"
if [[ ! -x node_modules/.bin/tsc ]]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
# "hetzcloud" resolves as after `npm install hetzcloud`: a node_modules/hetzcloud beside the
# code that imports it (git-ignored links).
for dir in "$HERE" "$WASM/examples/browser"; do
    mkdir -p "$dir/node_modules"
    ln -sfn "$PKG" "$dir/node_modules/hetzcloud"
done
node "$HERE/extract-readme.mjs"
passed=0 failed=0
for project in tsconfig.json tsconfig.node.json; do
    if node_modules/.bin/tsc -p "$project" --pretty false; then
        echo "ok   tsc --strict --noEmit -p wasm/tests/types/$project"
        passed=$((passed + 1))
    else
        echo "FAIL tsc --strict --noEmit -p wasm/tests/types/$project"
        failed=$((failed + 1))
    fi
done
echo "types: $passed passed, $failed failed"
((failed == 0))
