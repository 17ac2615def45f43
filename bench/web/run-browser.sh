#!/usr/bin/env bash
# The explorer in Chromium at 495, 2,002 and 9,999 elements: the generator's graphs of 45, 182 and 909 actors (ten
# ties each) loaded as app-model stores, each opened whole (the explorer's default view, same code path as any
# view) on its own server. Then the 9,999-element view once more with the WebGL renderer forced on.
#   bench/web/run-browser.sh [runs=3]
set -euo pipefail
runs=${1:-3}
cd "$(dirname "$0")/../.."
bench="dotnet bench/RelationsGraph.WebBench/bin/Release/net10.0/RelationsGraph.WebBench.dll"
for n in 45 182 909; do
  [ -f "bench-work/data/n$n/ties.csv" ] || node ../shared/bench/gen-graph.js "$n" bench-work/data >/dev/null
  [ -f "bench-work/web/n$n.db" ] || $bench load "bench-work/data/n$n" "bench-work/web/n$n.db"
done
for n in 45 182 909; do
  pid=$(bench/web/serve.sh "bench-work/web/n$n.db" 5100)
  echo "== n=$n ($(uptime | sed 's/.*load/load/'))"
  $bench browser http://127.0.0.1:5100/ "e$((n * 11))" "$runs" || true
  if [ "$n" = 909 ]; then
    echo "== n=$n, WebGL forced ($(uptime | sed 's/.*load/load/'))"
    $bench browser "http://127.0.0.1:5100/?renderer=webgl" "e$((n * 11))-webgl" 1 || true
  fi
  kill "$pid"
  sleep 1
done
echo "== done ($(uptime | sed 's/.*load/load/'))"
