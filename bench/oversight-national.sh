#!/usr/bin/env bash
# Oversight at national scale: generates the synthetic country (7,850 organizations) into a fresh data
# directory, then starts Sujarit on it and times the oversight API warm (median and p95 of 50 calls):
# the country summary, a province summary and one organization's row.
#   bench/oversight-national.sh [DATA_DIR]      (needs target/sujarit.jar: ./mvnw -q package -DskipTests)
#   ORGANIZATIONS=1000 bench/oversight-national.sh /tmp/sujarit-1000   (a smaller country)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-/tmp/sujarit-national}
PORT=${PORT:-18090}
PASS=bench-$(date +%s)
JAR=target/sujarit.jar
ORGANIZATIONS=${ORGANIZATIONS:-7850}
if [ ! -d "$DATA/pg" ]; then
  /usr/bin/time -f "generate-national wall %e s, max RSS %M KB" \
    java -Xmx1g -jar "$JAR" generate-national --synthetic --organizations "$ORGANIZATIONS" --sujarit.db.data-dir="$DATA" 2>&1 | grep -v ' INFO '
fi
SUJARIT_DEMO_ENABLED=false SUJARIT_ADMIN_INITIAL_PASSWORD=$PASS java -Xmx512m -jar "$JAR" --server.port=$PORT \
  --sujarit.db.data-dir="$DATA" --sujarit.security.bcrypt-strength=4 > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$PORT/login" && break; sleep 1; done
ORG=$(curl -sf -u "admin:$PASS" "http://localhost:$PORT/api/organizations" | grep -o '"id":"[0-9a-f-]*"' | sed -n "$((ORGANIZATIONS / 2))p" | cut -d'"' -f4)
# HTTP Basic on every call; BCrypt strength 4 keeps the password check out of the numbers (~1 ms)
measure() {
  local name=$1 url=$2
  for _ in $(seq 1 20); do curl -sf -u "admin:$PASS" -o /dev/null "$url"; done
  for _ in $(seq 1 50); do curl -sf -u "admin:$PASS" -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n |
    awk -v n="$name" '{t[NR]=$1*1000} END {printf "%-28s median %6.1f ms   p95 %6.1f ms   max %6.1f ms\n", n, t[int(NR/2)+1], t[int(NR*0.95)], t[NR]}'
}
measure "country summary (77 prov.)" "http://localhost:$PORT/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569"
measure "province summary (30)" "http://localhost:$PORT/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569&province=30"
measure "organization row" "http://localhost:$PORT/api/oversight/organizations/$ORG?cycle=NACC_2566&fiscalYear=2569"
measure "country page (HTML)" "http://localhost:$PORT/oversight?fiscalYear=2569"
measure "province page (HTML, 30)" "http://localhost:$PORT/oversight/provinces/30?fiscalYear=2569"
measure "organization page (HTML)" "http://localhost:$PORT/organizations/$ORG"
measure "province table CSV (30)" "http://localhost:$PORT/oversight/provinces/30/organizations.csv?fiscalYear=2569"
