#!/usr/bin/env bash
# Runs a command against Stoplight Prism serving (a derived copy of) the official spec.
#
#   bash tests/contract/prism.sh [COMMAND ARGS...]
#   (default COMMAND: cargo test -p hetzcloud --test contract_prism -- --nocapture)
#
# 1. finds the spec: $HETZCLOUD_SPEC, else <repo>/../shared/spec/cloud.spec.json; without it,
#    prints where to get it and exits 0 (skipped);
# 2. installs @stoplight/prism-cli@5.16.0 into <repo>/.tools/prism if it is not there (npm, no
#    global install; .tools is git-ignored);
# 3. derives the mock spec into target/contract/mock-spec.json (tests/contract/derive-mock-spec.mjs
#    says what it changes and why);
# 4. starts `prism mock` on 127.0.0.1 and a free port, in its own process group, logging to
#    target/contract/prism.log, and waits (at most $PRISM_START_TIMEOUT s, default 60) until
#    it accepts connections;
# 5. runs COMMAND with HETZCLOUD_PRISM_URL=http://127.0.0.1:PORT, HETZCLOUD_SPEC (the official
#    spec) and HETZCLOUD_MOCK_SPEC (the derived one) exported;
# 6. stops Prism (its whole process group, by id) however the script ends, and exits with
#    COMMAND's status.
set -euo pipefail

PRISM_VERSION=5.16.0
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO"

SPEC=${HETZCLOUD_SPEC:-$REPO/../shared/spec/cloud.spec.json}
if [[ ! -f $SPEC ]]; then
    echo "contract: skipped: no OpenAPI spec at $SPEC; download https://docs.hetzner.cloud/cloud.spec.json and set HETZCLOUD_SPEC to its path"
    exit 0
fi
SPEC=$(cd "$(dirname "$SPEC")" && pwd)/$(basename "$SPEC")

if [[ $# -eq 0 ]]; then
    set -- cargo test -p hetzcloud --test contract_prism -- --nocapture
fi

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "contract: $tool is required to run Prism (Node.js 20 or later)" >&2
        exit 1
    fi
done

TOOLS=$REPO/.tools/prism
PRISM=$TOOLS/node_modules/@stoplight/prism-cli/dist/index.js
installed_version() {
    node -e 'try { console.log(require(process.argv[1]).version) } catch { console.log("none") }' \
        "$TOOLS/node_modules/@stoplight/prism-cli/package.json"
}
if [[ ! -f $PRISM || $(installed_version) != "$PRISM_VERSION" ]]; then
    echo "contract: installing @stoplight/prism-cli@$PRISM_VERSION into .tools/prism"
    mkdir -p "$TOOLS"
    # SCARF_ANALYTICS=false: a dependency's install script would otherwise try to phone home.
    SCARF_ANALYTICS=false npm install --prefix "$TOOLS" --save-exact --no-audit --no-fund \
        --loglevel=error "@stoplight/prism-cli@$PRISM_VERSION" >&2
fi
if [[ ! -f $PRISM ]]; then
    echo "contract: Prism is not at $PRISM after npm install" >&2
    exit 1
fi

OUT=${CARGO_TARGET_DIR:-$REPO/target}/contract
mkdir -p "$OUT"
MOCK_SPEC=$OUT/mock-spec.json
LOG=$OUT/prism.log
node "$REPO/tests/contract/derive-mock-spec.mjs" "$MOCK_SPEC" "$SPEC"

free_port() {
    node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

PRISM_PID=
PIDFILE=$OUT/prism.pid
stop_prism() {
    local pid=$PRISM_PID
    PRISM_PID=
    [[ -n $pid ]] || return 0
    # Prism runs in its own process group (setsid below), led by $pid: stop the group, so
    # anything it forked goes too, then make sure.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PIDFILE"
}
CMD_PID=
# On INT/TERM: stop the command (TERM: a background command of a script ignores INT), then
# exit, which stops Prism through the EXIT trap.
# shellcheck disable=SC2317 # called from the traps
on_signal() {
    if [[ -n $CMD_PID ]]; then
        kill -TERM "$CMD_PID" 2>/dev/null || true
    fi
    exit "$1"
}
trap stop_prism EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

start_prism() {
    local port=$1
    rm -f "$PIDFILE"
    # The inner shell writes its own pid and then becomes Prism (exec), so the pid in the file
    # is Prism's and leads Prism's new session and process group, whether or not setsid forked.
    # shellcheck disable=SC2016 # $$ and "$@" are for the inner shell
    setsid sh -c 'echo $$ > "$1"; shift; exec "$@"' sh "$PIDFILE" \
        node "$PRISM" mock "$MOCK_SPEC" -h 127.0.0.1 -p "$port" >"$LOG" 2>&1 </dev/null &
    for _ in $(seq 50); do
        [[ -s $PIDFILE ]] && break
        sleep 0.1
    done
    PRISM_PID=$(cat "$PIDFILE" 2>/dev/null || true)
    [[ -n $PRISM_PID ]]
}

# Waits until Prism accepts connections; fails early if it died (e.g. the port was taken).
wait_for_prism() {
    local port=$1 deadline=$((SECONDS + ${PRISM_START_TIMEOUT:-60}))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$PRISM_PID" 2>/dev/null; then
            return 1
        fi
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.5
    done
    return 2
}

started=false
for attempt in 1 2 3; do
    PORT=$(free_port)
    start_prism "$PORT" || { echo "contract: could not start Prism" >&2; exit 1; }
    status=0
    wait_for_prism "$PORT" || status=$?
    if ((status == 0)); then
        started=true
        break
    fi
    stop_prism
    if ((status == 2)); then
        echo "contract: Prism did not answer on 127.0.0.1:$PORT within ${PRISM_START_TIMEOUT:-60} s; last lines of $LOG:" >&2
        tail -n 20 "$LOG" >&2
        exit 1
    fi
    echo "contract: Prism exited at start (attempt $attempt); last lines of $LOG:" >&2
    tail -n 5 "$LOG" >&2
done
$started || exit 1

export HETZCLOUD_PRISM_URL=http://127.0.0.1:$PORT
export HETZCLOUD_SPEC=$SPEC
export HETZCLOUD_MOCK_SPEC=$MOCK_SPEC
echo "contract: Prism $PRISM_VERSION (pid $PRISM_PID) serves $MOCK_SPEC at $HETZCLOUD_PRISM_URL; log: $LOG"

# In the background and waited for, so that a signal to this script is handled at once
# rather than after the command ends.
status=0
"$@" &
CMD_PID=$!
wait "$CMD_PID" || status=$?
CMD_PID=
if ((status != 0)) && grep -q 'VALIDATOR.*error' "$LOG"; then
    echo "contract: Prism rejected requests; its validator said (first 40 lines of $LOG):"
    grep 'VALIDATOR.*error' "$LOG" | head -n 40 || true
fi
exit "$status"
