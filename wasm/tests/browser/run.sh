#!/usr/bin/env bash
# The browser test (README.md here): installs playwright-core from package-lock.json if needed,
# then runs run.mjs with the given arguments.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ ! -f $HERE/node_modules/playwright-core/package.json ]]; then
    (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)
fi
exec node "$HERE/run.mjs" "$@"
