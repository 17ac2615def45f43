#!/usr/bin/env bash
# wrk against a running app (bench/web/serve.sh): the neighbourhood endpoint rotating over the generator's 500
# one-hop actor ids, then two trivial endpoints on the same server as the ceiling: a static file (/favicon.svg) and
# /health (one `RETURN 1` through the engine). 2 threads, 32 connections, 30 s each, signed in as the bench account;
# a 10 s timeout, so slow answers count in the latencies instead of dropping out as wrk timeouts.
#   bench/web/run-wrk.sh bench-work/data/n100000/queries.json [base=http://127.0.0.1:5099] [duration=30s]
set -euo pipefail
queries=$(realpath "$1")
base=${2:-http://127.0.0.1:5099}
duration=${3:-30s}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../bench-work/results"
mkdir -p "$out"
ids=$(mktemp)
trap 'rm -f "$ids"' EXIT
python3 -c 'import json, sys; print("\n".join(json.load(open(sys.argv[1]))["hop1"]))' "$queries" >"$ids"
cookie=$("$here/signin.sh" "$base")
run() {
  local name=$1; shift
  echo "== $name ($(uptime | sed 's/.*load/load/'))"
  wrk -t2 -c32 -d"$duration" --timeout 10s --latency -H "Cookie: $cookie" "$@" 2>&1 | tee "$out/wrk-$name.txt"
}
run neighbourhood -s "$here/neighbourhood.lua" "$base" -- "$ids" 1
run static "$base/favicon.svg"
run health "$base/health"
echo "== done ($(uptime | sed 's/.*load/load/'))"
