#!/usr/bin/env bash
# Starts the web app (Release, Production) on an embedded store file in the background and waits until /health
# answers healthy. Prints the server's pid; stop it with `kill <pid>`.
#   bench/web/serve.sh bench-work/web/n100000.db [port=5099]
set -euo pipefail
db=$(realpath "$1")
port=${2:-5099}
cd "$(dirname "$0")/../.."
log=bench-work/web/server-$port.log
ASPNETCORE_ENVIRONMENT=Production Graph__Embedded__Path="$db" \
  nohup dotnet src/RelationsGraph.Web/bin/Release/net10.0/RelationsGraph.Web.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
for _ in $(seq 300); do
  if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then echo "$pid"; exit 0; fi
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 1
done
echo "the server did not become healthy in 300 s (log: $log)" >&2
kill "$pid"
exit 1
