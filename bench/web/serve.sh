#!/usr/bin/env bash
# Starts the web app (Release, Production) on an embedded store file in the background and waits until /health
# answers healthy. Prints the server's pid; stop it with `kill <pid>`. The app asks for a signed-in user: this makes
# a Viewer account 'bench' (password $BENCH_PASSWORD, default bench-password-1) in the store if it is missing.
# wrk drives the graph endpoints from that one account at hundreds of requests a second, past the per-user graph
# rate limit (600 per 10 s by default): the limit is raised here ($GRAPH_REQUESTS_PER_WINDOW, default 1000000).
#   bench/web/serve.sh bench-work/web/n100000.db [port=5099]
set -euo pipefail
db=$(realpath "$1")
port=${2:-5099}
cd "$(dirname "$0")/../.."
log=$PWD/bench-work/web/server-$port.log
# From the project folder, as `dotnet run` would: that is the content root, where appsettings.json (log levels) is.
cd src/RelationsGraph.Web
ASPNETCORE_ENVIRONMENT=Production Graph__Embedded__Path="$db" \
  Auth__Users__bench__Role=Viewer Auth__Users__bench__Password="${BENCH_PASSWORD:-bench-password-1}" \
  Security__GraphRequestsPerWindow="${GRAPH_REQUESTS_PER_WINDOW:-1000000}" \
  nohup dotnet bin/Release/net10.0/RelationsGraph.Web.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
for _ in $(seq 300); do
  if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then echo "$pid"; exit 0; fi
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 1
done
echo "the server did not become healthy in 300 s (log: $log)" >&2
kill "$pid"
exit 1
