#!/usr/bin/env bash
# The public site at national scale: on the synthetic country (7,850 organizations, most with a
# published 2566-2570 plan of 30-60 items), anonymous readers under 50 concurrent connections (wrk,
# from Debian: apt-get install wrk):
#   - the public page of a 60-item plan, as kept after the first reader, and rendered every time
#     (a new query string per request);
#   - the organization index (all publishing organizations, first page of 100) and a search;
#   - the national open-data CSV, streamed: its size, time and the server's heap around it.
#   bench/public-site.sh [DATA_DIR] [seconds-per-run]   (needs target/sujarit.jar: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-/tmp/sujarit-national}
DURATION=${2:-20}
source bench/sujarit.sh
PORT=$(free_port)
BASE=http://localhost:$PORT
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 2; }
if [ ! -d "$DATA/pg" ]; then
  java -Xmx1g -jar target/sujarit.jar generate-national --synthetic --sujarit.db.data-dir="$DATA" 2>&1 | grep -v ' INFO ' || true
fi
start_sujarit "$DATA" "$PORT" SUJARIT_DEMO_ENABLED=false SUJARIT_ADMIN_INITIAL_PASSWORD=bench-$(date +%s)
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
until curl -sf -o /dev/null $BASE/o; do sleep 0.5; done

# a published version with 60 items, found through the public API
PLAN=$(python3 - "$BASE" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
get = lambda u: json.load(urllib.request.urlopen(u))
for org in get(base + "/api/public/organizations")[:400]:
    for v in get(org["links"]["api"])["versions"]:
        if len(get(v["api"])["items"]) == 60:
            print(v["link"].replace(base, "")); sys.exit(0)
sys.exit("no published 60-item plan in the first 400 organizations")
PY
)
COUNT=$(curl -sf $BASE/api/public/organizations | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo "publishing organizations: $COUNT; 60-item plan: $PLAN"

cpu() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' /proc/$APP/stat; }
measure() { # name script url
  local before after out
  wrk -t2 -c50 -d5s -s "$2" "$3" > /dev/null   # warm-up: JIT, caches
  before=$(cpu)
  out=$(wrk -t2 -c50 -d${DURATION}s -s "$2" "$3" | tail -5)
  after=$(cpu)
  echo "$1, 50 connections, ${DURATION}s:"
  echo "$out"
  echo "server CPU per request: $(echo "$out" | awk -v c="$(echo "$after - $before" | bc)" '/^requests/ {printf "%.2f ms", 1000 * c / $2}')"
}
measure "plan page, kept" bench/p95.lua "$BASE$PLAN"
measure "plan page, rendered every time" bench/unique.lua "$BASE$PLAN"
measure "index /o (first 100 of $COUNT)" bench/p95.lua "$BASE/o"
measure "index /o, rendered every time" bench/unique.lua "$BASE/o"

heap() { jcmd $APP GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo n/a; }
echo "heap before the national CSV: $(heap)"
curl -sSf -o /tmp/sujarit-plans.csv -w 'national CSV: %{size_download} bytes in %{time_total} s (first byte after %{time_starttransfer} s)\n' $BASE/open-data/plans.csv
echo "rows: $(($(wc -l < /tmp/sujarit-plans.csv) - 1)); complete: $(tail -c 2 /tmp/sujarit-plans.csv | od -An -c | tr -d ' '); heap after: $(heap)"
