#!/usr/bin/env bash
# The browser test (README.md here): installs playwright-core from package-lock.json here if it cannot be imported,
# then runs run.mjs with the given arguments.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# playwright-core from here or from wasm/node_modules (wasm/package.json lists it too).
if ! (cd "$HERE" && node --input-type=module -e "await import('playwright-core')" 2>/dev/null); then
    (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)
fi
exec node "$HERE/run.mjs" "$@"
