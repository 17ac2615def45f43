#!/usr/bin/env bash
# The one test command: from a fresh clone it installs what the tests need, builds everything and runs
# every test suite, then the openCypher TCK gate. Usage: ./test.sh   (CI runs exactly this.)
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\n== %s\n' "$*"; }

# Browser tests drive Debian's Chromium (a Playwright browser download cannot work offline).
if [ ! -x /usr/bin/chromium ]; then
  say "Installing Chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing and this user cannot install it: run 'apt-get install chromium' as root." >&2
    exit 1
  fi
fi

# The web project restores its client libraries with npm (see README); fail early with a clear message.
command -v npm >/dev/null || { echo "npm is required to restore the client libraries (install Node.js 20+)." >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say "Build (Release)"
dotnet build RelationsGraph.sln -c Release -clp:ErrorsOnly -nologo

say "Unit, functional and browser tests"
log=$(mktemp)
status=0
dotnet test RelationsGraph.sln -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?

say "openCypher TCK gate"
tck_status=0
dotnet run --project tests/RelationsGraph.Tck -c Release --no-build -- \
  --gate tests/RelationsGraph.Tck/passing-scenarios.txt 2>&1 | tee -a "$log" | tail -n 60 || tck_status=$?

# One plain closing line over every suite: 'N passed, N failed, N skipped'.
awk '
  /(Passed|Failed)!  *- Failed: / {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { gsub(",", "", $(i+1)); f += $(i+1) }
      if ($i == "Passed:")  { gsub(",", "", $(i+1)); p += $(i+1) }
      if ($i == "Skipped:") { gsub(",", "", $(i+1)); s += $(i+1) }
    }
  }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }
' "$log"
rm -f "$log"

if [ "$status" -ne 0 ] || [ "$tck_status" -ne 0 ]; then
  echo "Tests failed (dotnet test exit $status, TCK gate exit $tck_status)." >&2
  exit 1
fi
