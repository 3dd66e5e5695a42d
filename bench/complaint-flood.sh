#!/usr/bin/env bash
# Scripted complaint flood: wrk posts the public complaint form of the demo organization for 30 s (every
# request from another address via X-Forwarded-For, as behind a proxy) while a second wrk measures the
# signed-in complaint officer's case list; the same list is measured idle first. Run after ./mvnw package.
#   bench/complaint-flood.sh [flood-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30}
source bench/sujarit.sh
PORT=$(free_port)
BASE=http://localhost:$PORT
DATA=$(mktemp -d)
PASSWORD=bench-password-2568
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 2; }
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

start_sujarit "$DATA" "$PORT" SUJARIT_ADMIN_INITIAL_PASSWORD=$PASSWORD
wait_for_first_start_data "$DATA"
until grep -q "demo complaints" "$DATA/app.log"; do sleep 0.2; done
read -r ORG CODE < <(curl -sf -u "demo.planner:$PASSWORD" $BASE/api/organizations \
  | python3 -c 'import json,sys; o=json.load(sys.stdin)[0]; print(o["id"], o["code"])')

# the officer, signed in as a browser is
OFFICER_COOKIES="$DATA/officer"
TOKEN=$(curl -sf -c "$OFFICER_COOKIES" $BASE/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -sf -b "$OFFICER_COOKIES" -c "$OFFICER_COOKIES" -o /dev/null --data-urlencode "username=demo.complaints" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" $BASE/login
OFFICER="JSESSIONID=$(awk '$6=="JSESSIONID"{print $7}' "$OFFICER_COOKIES")"
LIST=$BASE/organizations/$ORG/complaints
[[ $(curl -s -o /dev/null -w '%{http_code}' -b "$OFFICER" $LIST) == 200 ]] || { echo "officer case list failed"; exit 1; }

# the script's session and CSRF token, taken from the public form once
FORM=$BASE/o/$CODE/complaints/new
PUBLIC_COOKIES="$DATA/public"
FORM_TOKEN=$(curl -sf -c "$PUBLIC_COOKIES" $FORM | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
export BODY="_csrf=$FORM_TOKEN&anonymous=true&subject=%E0%B8%97%E0%B8%94%E0%B8%AA%E0%B8%AD%E0%B8%9A&details=flood&category=ROADS&consent=true"
FLOOD_COOKIE="JSESSIONID=$(awk '$6=="JSESSIONID"{print $7}' "$PUBLIC_COOKIES")"
cases() { curl -sf -b "$OFFICER" "$BASE/api/complaints?organization=$ORG" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
BEFORE=$(cases)

COOKIE=$OFFICER ACCEPT=text/html wrk -t1 -c4 -d8s -s bench/p95.lua $LIST > /dev/null   # warm-up
echo "officer case list idle, 4 connections, 15 s:"
COOKIE=$OFFICER ACCEPT=text/html wrk -t1 -c4 -d15s -s bench/p95.lua $LIST | tail -5

echo "flood of the public form, 1 thread, 16 connections, ${DURATION} s, a new address per request:"
COOKIE=$FLOOD_COOKIE wrk -t1 -c16 -d${DURATION}s -s bench/flood.lua $FORM > "$DATA/flood.out" &
FLOOD=$!
sleep 3
echo "officer case list during the flood, 4 connections, $((DURATION - 8)) s:"
COOKIE=$OFFICER ACCEPT=text/html wrk -t1 -c4 -d$((DURATION - 8))s -s bench/p95.lua $LIST | tail -5
wait $FLOOD
grep -E '^(Requests|status|flood)' "$DATA/flood.out" || cat "$DATA/flood.out"
echo "cases accepted by the flood: $(( $(cases) - BEFORE ))"
echo "a further post from one address: HTTP $(curl -s -o /dev/null -w '%{http_code}' -b "$FLOOD_COOKIE" -H 'X-Forwarded-For: 10.0.0.1' \
  -H 'Content-Type: application/x-www-form-urlencoded' --data "$BODY" $FORM)"
