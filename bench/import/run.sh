#!/usr/bin/env bash
# Import benchmark: a 100,000-row ties CSV (10,000 actors) through the real HTTP API into a fresh embedded store.
#   bench/import/run.sh [N=10000]      (N actors, 10*N ties; needs node, curl, python3 and a Release build)
# Prints, per job (actor import, ties dry run, import, re-import): the elapsed time the job reports, the CPU time
# the app process used meanwhile (from /proc; on a shared machine wall time depends on the neighbours, CPU time
# much less), and the load average at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000}
WORK=$(mktemp -d /tmp/rg-import-bench-XXXX)
PORT=${PORT:-5097}
BASE=http://127.0.0.1:$PORT
node ../shared/bench/gen-graph.js "$N" "$WORK/data" >/dev/null
DATA=$WORK/data/n$N
APP=src/RelationsGraph.Web/bin/Release/net10.0/RelationsGraph.Web.dll
[ -f "$APP" ] || { echo "Build first: dotnet build src/RelationsGraph.Web -c Release" >&2; exit 1; }
# A throw-away Analyst account for this run (a plain password is accepted from the environment only).
PASSWORD="bench-$(date +%s%N)"
(cd src/RelationsGraph.Web && Graph__Embedded__Path="$WORK/graph.db" Graph__QueryTimeout=00:05:00 ASPNETCORE_ENVIRONMENT=Production \
  Auth__Users__bench__Role=Analyst Auth__Users__bench__Password="$PASSWORD" \
  exec dotnet "../../$APP" --urls "$BASE" >"$WORK/app.log" 2>&1) &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "$BASE/health" >/dev/null 2>&1 && break; sleep 0.3; done

JAR=$WORK/cookies
FORM=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/signin" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Name=bench" --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$FORM" "$BASE/account/signin"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/import" | grep -o '<meta name="csrf-token" content="[^"]*"' | sed 's/.*content="//;s/"$//')
[ -n "$TOKEN" ] || { echo "Signing in failed; see $WORK/app.log" >&2; exit 1; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

upload() { curl -s -b "$JAR" -H "X-CSRF-TOKEN: $TOKEN" -F "file=@$1" "$BASE/api/imports/uploads" | json 'd["id"]'; }

cpu() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$APP_PID/stat"; }

run_job() { # upload-id mapping-file dry-run label
  local body
  body=$(python3 -c "import json,sys; print(json.dumps({'uploadId': sys.argv[1], 'mapping': json.load(open(sys.argv[2])), 'dryRun': sys.argv[3] == 'true'}))" "$1" "$2" "$3")
  local id
  id=$(curl -s -b "$JAR" -H "X-CSRF-TOKEN: $TOKEN" -H 'Content-Type: application/json' -d "$body" "$BASE/api/imports" | json 'd["id"]')
  local before state=running view
  before=$(cpu)
  while [ "$state" = running ] || [ "$state" = queued ]; do
    sleep 0.2
    view=$(curl -s -b "$JAR" "$BASE/api/imports/$id")
    state=$(echo "$view" | json 'd["state"]')
  done
  local used
  used=$(python3 -c "print(f'{float(\"$(cpu)\") - float(\"$before\"):.1f}')")
  echo "$view" | python3 -c "import json,sys; d=json.load(sys.stdin); c=d['counts']; print(f\"$4: {d['state']} in {d['elapsedMs']} ms (app CPU $used s, load $(cut -d' ' -f1 /proc/loadavg)); rows {c['rows']}, create {c['create']}, update {c['update']}, unchanged {c['unchanged']}, reject {c['reject']}; written {d.get('written')}\")"
}

ACTORS=$(upload "$DATA/actors.csv")
run_job "$ACTORS" bench/import/actors-mapping.json false "actors import ($N)"
TIES=$(upload "$DATA/ties.csv")
run_job "$TIES" bench/import/ties-mapping.json true "ties dry run ($((N * 10)) rows)"
run_job "$TIES" bench/import/ties-mapping.json false "ties import ($((N * 10)) rows)"
run_job "$TIES" bench/import/ties-mapping.json false "ties re-import ($((N * 10)) rows, nothing to change)"
rm -rf "$WORK"
