#!/usr/bin/env bash
# Signs in through the app's sign-in form (anti-forgery token and all) and prints the session's Cookie header
# value, for wrk's -H. serve.sh makes the account.
#   bench/web/signin.sh http://127.0.0.1:5099 [name=bench] [password=$BENCH_PASSWORD]
set -euo pipefail
base=$1
name=${2:-bench}
password=${3:-${BENCH_PASSWORD:-bench-password-1}}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
token=$(curl -sf -c "$jar" "$base/account/signin" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
[ -n "$token" ] || { echo "no anti-forgery token on the sign-in page" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" \
  --data-urlencode "Name=$name" --data-urlencode "Password=$password" --data-urlencode "ReturnUrl=" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/account/signin")
[ "$status" = 302 ] || { echo "sign-in answered $status, not a redirect" >&2; exit 1; }
awk -F'\t' 'NF >= 7 && $1 !~ /^# / { printf "%s%s=%s", sep, $6, $7; sep = "; " } END { print "" }' "$jar"
