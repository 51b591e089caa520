#!/usr/bin/env bash
# Throughput of the emulator on one list endpoint, measured with wrk on 127.0.0.1.
#
#   bash emulator/bench/throughput.sh
#
# 1. builds hetzcloud-emulator in release (CARGO_TARGET_DIR is respected);
# 2. installs wrk (Debian package) with apt-get if it is missing;
# 3. starts `hetzcloud-emulator --port 0 --action-duration 0ms --token T` (plus a rate limit
#    high enough not to answer 429 during the run), reads the URL it prints, and stops it by
#    its PID however the script ends;
# 4. loads 50 servers when `POST /servers` works, else 50 SSH keys (until servers are
#    emulated), and measures `GET /servers?per_page=50` (or `GET /ssh_keys?per_page=50`) for
#    DURATION seconds with CONNECTIONS connections on THREADS wrk threads; then, for
#    comparison, a one-object GET and the control health check (outside the API gate);
# 5. prints requests/s, latency percentiles and the response size, and checks the target
#    (TARGET requests/s, default 5000; exit 1 below it when STRICT=1).
#
# Environment: DURATION (10), CONNECTIONS (4), THREADS (2), TARGET (5000), STRICT (0).
set -euo pipefail

DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-2}
TARGET=${TARGET:-5000}
STRICT=${STRICT:-0}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO"
TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
OUT=$TARGET_DIR/bench
mkdir -p "$OUT"

echo "bench: building hetzcloud-emulator (release)"
cargo build --release --quiet -p hetzcloud-emulator --bin hetzcloud-emulator
BIN=$TARGET_DIR/release/hetzcloud-emulator

if ! command -v wrk >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "bench: installing wrk (apt-get)"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    else
        echo "bench: wrk is required (Debian: apt-get install wrk)" >&2
        exit 1
    fi
fi
for tool in curl python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is required" >&2; exit 1; }
done

EMU_PID=
stop_emulator() {
    local pid=$EMU_PID
    EMU_PID=
    [[ -n $pid ]] || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
trap stop_emulator EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

TOKEN=T
"$BIN" --port 0 --action-duration 0ms --token "$TOKEN" --rate-limit 4000000000 \
    >"$OUT/emulator.out" 2>"$OUT/emulator.err" </dev/null &
EMU_PID=$!
URL=
for _ in $(seq 100); do
    URL=$(head -n 1 "$OUT/emulator.out" 2>/dev/null || true)
    [[ -n $URL ]] && break
    kill -0 "$EMU_PID" 2>/dev/null || break
    sleep 0.1
done
if [[ -z $URL ]]; then
    echo "bench: the emulator printed no URL within 10 s; stderr:" >&2
    cat "$OUT/emulator.err" >&2
    exit 1
fi
echo "bench: emulator (pid $EMU_PID) at $URL"

AUTH="Authorization: Bearer $TOKEN"
api() { # METHOD PATH [BODY] -> prints the body, then the status on the last line
    local method=$1 path=$2 body=${3:-}
    if [[ -n $body ]]; then
        curl -sS -X "$method" -H "$AUTH" -H 'Content-Type: application/json' \
            --data "$body" -w '\n%{http_code}' "$URL$path"
    else
        curl -sS -X "$method" -H "$AUTH" -w '\n%{http_code}' "$URL$path"
    fi
}
status_of() { tail -n 1 <<<"$1"; }
body_of() { sed '$d' <<<"$1"; }
# first NAME of a list answer: json_first KEY FIELD
json_first() {
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[sys.argv[1]][0][sys.argv[2]])' "$1" "$2"
}

# 50 servers when servers are emulated, else 50 SSH keys.
KIND=ssh_keys
answer=$(api GET /server_types)
if [[ $(status_of "$answer") == 200 ]]; then
    server_type=$(body_of "$answer" | json_first server_types name)
    image=$(body_of "$(api GET '/images?type=system')" | json_first images name)
    location=$(body_of "$(api GET /locations)" | json_first locations name)
    body=$(printf '{"name":"bench-0","server_type":"%s","image":"%s","location":"%s"}' \
        "$server_type" "$image" "$location")
    answer=$(api POST /servers "$body")
    if [[ $(status_of "$answer") == 201 ]]; then
        KIND=servers
    fi
fi
if [[ $KIND == servers ]]; then
    for i in $(seq 1 49); do
        body=$(printf '{"name":"bench-%d","server_type":"%s","image":"%s","location":"%s","labels":{"bench":"yes"}}' \
            "$i" "$server_type" "$image" "$location")
        answer=$(api POST /servers "$body")
        [[ $(status_of "$answer") == 201 ]] || { echo "bench: POST /servers: $answer" >&2; exit 1; }
    done
else
    echo "bench: POST /servers is not emulated yet; loading 50 SSH keys instead"
    for i in $(seq 0 49); do
        # A distinct ed25519 public key per i: "ssh-ed25519" + 32 key bytes, as SSH strings.
        blob=$({
            printf '\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20'
            head -c 31 /dev/zero
            printf '%b' "\\x$(printf %02x "$i")"
        } | base64 -w0)
        body=$(printf '{"name":"bench-%d","public_key":"ssh-ed25519 %s bench@%d","labels":{"bench":"yes"}}' \
            "$i" "$blob" "$i")
        answer=$(api POST /ssh_keys "$body")
        [[ $(status_of "$answer") == 201 ]] || { echo "bench: POST /ssh_keys: $answer" >&2; exit 1; }
    done
fi

LIST="$URL/$KIND?per_page=50"
answer=$(api GET "/$KIND?per_page=50")
[[ $(status_of "$answer") == 200 ]] || { echo "bench: GET /$KIND: $answer" >&2; exit 1; }
count=$(body_of "$answer" | python3 -c "import json,sys; print(len(json.load(sys.stdin)['$KIND']))")
size=$(curl -sS -o /dev/null -H "$AUTH" -w '%{size_download}' "$LIST")
one_id=$(body_of "$answer" | python3 -c "import json,sys; print(json.load(sys.stdin)['$KIND'][0]['id'])")
one_size=$(curl -sS -o /dev/null -H "$AUTH" -w '%{size_download}' "$URL/$KIND/$one_id")
echo "bench: GET /$KIND?per_page=50 answers $count items, $size bytes"

# wrk NAME URL [HEADER] -> prints the summary; sets RPS
run_wrk() {
    local name=$1 url=$2 log=$OUT/wrk-$1.txt
    shift 2
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --latency "$@" "$url" >"$log" 2>&1
    RPS=$(awk '/^Requests\/sec:/ {print $2}' "$log")
    if grep -q 'Non-2xx or 3xx responses' "$log"; then
        echo "bench: $name: some answers were not 2xx:" >&2
        cat "$log" >&2
        exit 1
    fi
    local lat
    lat=$(awk '/^ +Latency +[0-9]/ {print "avg " $2 ", stdev " $3 ", max " $4}' "$log")
    local pct
    pct=$(awk '/^ +(50|90|99)%/ {printf "%sp%s %s", sep, $1, $2; sep=", "}' "$log" | tr -d '%')
    printf '  %-34s %10s req/s   latency %s (%s)\n' "$name" "$RPS" "$lat" "$pct"
}

echo "bench: wrk, $THREADS threads, $CONNECTIONS connections, ${DURATION} s each, on $(nproc) cores"
run_wrk "list-50 ($size B)" "$LIST" -H "$AUTH"
MAIN_RPS=$RPS
run_wrk "get-one ($one_size B)" "$URL/$KIND/$one_id" -H "$AUTH"
run_wrk "health (no API gate)" "${URL%/v1}/_emulator/health"

echo "bench: GET /$KIND?per_page=50: $MAIN_RPS requests/s (target >= $TARGET), $size bytes per answer"
if awk -v r="$MAIN_RPS" -v t="$TARGET" 'BEGIN { exit !(r >= t) }'; then
    echo "bench: target met"
else
    echo "bench: below target"
    if [[ $STRICT == 1 ]]; then
        exit 1
    fi
fi
