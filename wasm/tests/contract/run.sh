#!/usr/bin/env bash
# Every operation through the npm package (Node build) against Prism serving the spec:
# tests/contract/prism.sh starts and stops Prism; contract.mjs makes the calls.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
exec bash "$REPO/tests/contract/prism.sh" node "$REPO/wasm/tests/contract/contract.mjs" "$@"
