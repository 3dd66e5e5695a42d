#!/usr/bin/env bash
# Deadline week: USERS (200) signed-in planners of ACTIVE_ORGS (500) organizations of the national data
# set save budget cells, progress records and evidence files for DURATION (600 s) on two nodes sharing
# the embedded PostgreSQL of node A, sessions and files; node B is killed with kill -9 at a third of the
# run (and started again at half), the PostgreSQL server at two thirds (down 20 s, then started again
# with the same binaries). Afterwards every acknowledged write is read back; lost must be 0.
#   bench/deadline-week.sh [DATA_DIR]        (needs target/sujarit.jar: ./mvnw -q package -DskipTests)
#   ORGANIZATIONS=1000 USERS=40 DURATION=120 bench/deadline-week.sh /tmp/dw-1000   (a short run)
#   FAULTS=false …                           (load only)
# The report is printed and saved as DATA_DIR/deadline-week-report.txt; exit 0 when no errors, nothing lost and
# no "database unavailable" while the database was up (a request that waited past the pool time-out).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/sujarit.sh
DATA=$(realpath -m "${1:-/tmp/sujarit-deadline-week}")
ORGANIZATIONS=${ORGANIZATIONS:-7850}
ACTIVE_ORGS=${ACTIVE_ORGS:-500}
USERS=${USERS:-200}
DURATION=${DURATION:-600}
FAULTS=${FAULTS:-true}
# the generated planners' password; fixed, so that a data directory generated before can be used again
PLANNER_PASSWORD=${PLANNER_PASSWORD:-deadline-week}
PG_PORT=${PG_PORT:-$(free_port)}
JAR=target/sujarit.jar
[[ -f $JAR ]] || { echo "build first: ./mvnw package -DskipTests"; exit 2; }

if [ ! -d "$DATA/pg" ]; then
  # BCrypt strength 4: a sign-in costs ~1 ms, so the password check is not what is measured
  /usr/bin/time -f "generate-national wall %e s, max RSS %M KB" java -Xmx1g -jar "$JAR" generate-national --synthetic \
    --organizations "$ORGANIZATIONS" --planner-password "$PLANNER_PASSWORD" --sujarit.security.bcrypt-strength=4 \
    --sujarit.db.data-dir="$DATA" 2>&1 | grep -v ' INFO '
fi
mkdir -p "$DATA/node-b"
rm -f "$DATA/node-b/pid"
PORT_A=$(free_port)
PORT_B=$(free_port)
# settings of both nodes (JSON: every property exactly as named in the README's table)
COMMON='"sujarit.sessions":"jdbc","sujarit.security.bcrypt-strength":4,"sujarit.demo.enabled":false,"sujarit.files.dir":"'$DATA'"'

start_sujarit "$DATA" "$PORT_A" SPRING_APPLICATION_JSON="{$COMMON,\"sujarit.db.embedded-port\":$PG_PORT}"
A=$APP
stop() {
  [[ -f $DATA/node-b/pid ]] && kill "$(cat "$DATA/node-b/pid")" 2>/dev/null || true
  kill "$A" 2>/dev/null || true
  wait "$A" 2>/dev/null || true
}
trap stop EXIT

prop() { grep "^$1=" "$DATA/database.credentials" | cut -d= -f2-; }
URL="jdbc:postgresql://localhost:$PG_PORT/postgres"
# node B: the same server through its URL, as the application's role (migrations as the owner)
umask 077 # the script below holds the database passwords
cat > "$DATA/node-b/start.sh" <<EOF
cd "$PWD"
source bench/sujarit.sh
start_sujarit "$DATA/node-b" "$PORT_B" SPRING_APPLICATION_JSON='{$COMMON,"sujarit.db.url":"$URL","sujarit.db.user":"sujarit_app","sujarit.db.password":"$(prop app)","sujarit.db.owner-user":"sujarit_owner","sujarit.db.owner-password":"$(prop owner)"}'
echo \$APP > "$DATA/node-b/pid"
EOF
bash "$DATA/node-b/start.sh"

RUNTIME=$(ls -d "$DATA"/pg-runtime/PG-*/bin | head -1)
PGHOST=localhost PGPORT=$PG_PORT PGUSER=sujarit_app PGPASSWORD=$(prop app) PGDATABASE=postgres \
  java -Xmx512m bench/DeadlineWeek.java nodes="http://localhost:$PORT_A,http://localhost:$PORT_B" users="$USERS" \
  organizations="$ACTIVE_ORGS" duration="$DURATION" password="$PLANNER_PASSWORD" faults="$FAULTS" files-dir="$DATA" \
  b-pid-file="$DATA/node-b/pid" start-b="$DATA/node-b/start.sh" pg-dir="$DATA/pg" pg-bin="$RUNTIME" pg-log="$DATA/pg-restart.log" \
  report="$DATA/deadline-week-report.txt"
