#!/usr/bin/env bash
# HTTP benchmark of a running Sujarit: cold start, then the plan page and the plan API of a 60-item
# plan under 20 concurrent clients (wrk, from Debian: apt-get install wrk). Run after ./mvnw package.
#   bench/http-benchmark.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
source bench/sujarit.sh
PORT=$(free_port)
BASE=http://localhost:$PORT
DATA=$(mktemp -d)
PASSWORD=bench-password-2568
AUTH="demo.planner:$PASSWORD"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 2; }
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT

start=$(date +%s.%N)
start_sujarit "$DATA" "$PORT" SUJARIT_ADMIN_INITIAL_PASSWORD=$PASSWORD
echo "first start (initdb, migrations): $(echo "$(date +%s.%N) - $start" | bc) s wall; $(grep -o 'Started Sujarit in [0-9.]* seconds' "$DATA/app.log")"
wait_for_first_start_data "$DATA"
echo "first start with demo data ready: $(echo "$(date +%s.%N) - $start" | bc) s wall"
kill $APP; wait $APP 2>/dev/null || true
start=$(date +%s.%N)
start_sujarit "$DATA" "$PORT"
echo "restart on existing data: $(echo "$(date +%s.%N) - $start" | bc) s wall; $(grep -o 'Started Sujarit in [0-9.]* seconds' "$DATA/app.log")"

# a 60-item plan through the API
ORG=$(curl -sf -u "$AUTH" $BASE/api/organizations | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
python3 - "$ORG" > "$DATA/plan.json" <<'PY'
import json, sys
missions = ["1.1","1.2","1.3","2.1","2.2","2.3","3.1","3.2","3.3","4.1","4.2","4.3"]
dims = {}
for i in range(60):
    code = missions[i % 12]
    d = int(code[0])
    dims.setdefault(d, {}).setdefault(code, []).append({
        "seq": i + 1, "kind": "PROJECT", "name": f"โครงการทดสอบประสิทธิภาพลำดับที่ {i+1} เพื่อส่งเสริมคุณธรรมและความโปร่งใส",
        "budget": {str(y): 10000 + 500 * i for y in range(2566, 2571)}, "responsible": "สำนักปลัด",
        "details": {"principle": "หลักการ " * 40, "objectives": ["เพื่อ ก", "เพื่อ ข"], "method": ["ขั้น 1", "ขั้น 2", "ขั้น 3"]}})
print(json.dumps({"period": {"startYear": 2566, "endYear": 2570}, "framework": "NACC_2566", "title": "แผน 60 รายการ",
  "dimensions": [{"no": d, "missions": [{"code": c, "projects": p} for c, p in ms.items()]} for d, ms in sorted(dims.items())]}, ensure_ascii=False))
PY
PLAN=$(curl -sf -u "$AUTH" -H 'Content-Type: application/json' --data-binary @"$DATA/plan.json" \
  $BASE/api/organizations/$ORG/plans/interchange | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# a signed-in session, as a browser has
JAR_COOKIES="$DATA/cookies"
TOKEN=$(curl -sf -c "$JAR_COOKIES" $BASE/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -sf -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=demo.planner" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" $BASE/login
export COOKIE="JSESSIONID=$(awk '$6=="JSESSIONID"{print $7}' "$JAR_COOKIES")"

curl -sf -b "$JAR_COOKIES" -o /dev/null $BASE/plans/$PLAN || { echo "plan page failed"; exit 1; }
# warm up (JIT, caches) before measuring, as a server that has been running a while
ACCEPT=text/html wrk -t2 -c20 -d10s -s bench/p95.lua $BASE/plans/$PLAN > /dev/null
ACCEPT=application/json wrk -t2 -c20 -d10s -s bench/p95.lua $BASE/api/plans/$PLAN > /dev/null
# CPU seconds the server process has used (user + system), to report CPU per request: on a shared
# machine latency varies with the neighbours, CPU per request much less
cpu() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' /proc/$APP/stat; }
measure() { # name accept url
  local before after out
  before=$(cpu)
  out=$(ACCEPT=$2 wrk -t2 -c20 -d${DURATION}s -s bench/p95.lua "$3" | tail -5)
  after=$(cpu)
  echo "$1, 20 connections, ${DURATION}s:"
  echo "$out"
  echo "server CPU per request: $(echo "$out" | awk -v c="$(echo "$after - $before" | bc)" '/^requests/ {printf "%.1f ms", 1000 * c / $2}')"
}
measure "plan page /plans/$PLAN" text/html $BASE/plans/$PLAN
measure "plan API /api/plans/$PLAN" application/json $BASE/api/plans/$PLAN
echo "heap after the runs: $(jcmd $APP GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo n/a)"
