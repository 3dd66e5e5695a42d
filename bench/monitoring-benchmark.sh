#!/usr/bin/env bash
# Monitoring benchmark of a running Sujarit (curl and the JDK's jcmd only). Run after ./mvnw package:
#   bench/monitoring-benchmark.sh [uploads] [upload-megabytes]
# 1. a 50-item plan is imported, approved and published through the API, and 45 items are reported;
# 2. the round's dashboard page is timed 30 times (median and worst of curl's time to first byte on
#    localhost: server time), and the 6-month report as PDF and as DOCX 5 times each;
# 3. 100 evidence files of 5 MB are uploaded in a row; the heap is measured after a full GC before
#    and after them (uploads are streamed to disk, so it must stay flat).
set -euo pipefail
cd "$(dirname "$0")/.."
UPLOADS=${1:-100}
MEGABYTES=${2:-5}
source bench/sujarit.sh
PORT=$(free_port)
BASE=http://localhost:$PORT
DATA=$(mktemp -d)
PASSWORD=bench-password-2568
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
start_sujarit "$DATA" "$PORT" SUJARIT_ADMIN_INITIAL_PASSWORD=$PASSWORD
wait_for_first_start_data "$DATA"
PLANNER="demo.planner:$PASSWORD"
EXECUTIVE="demo.executive:$PASSWORD"
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
ORG=$(curl -sf -u "$PLANNER" $BASE/api/organizations | json '[0]["id"]')

python3 > "$DATA/plan.json" <<'PY'
import json
missions = ["1.1","1.2","1.3","2.1","2.2","2.3","3.1","3.2","3.3","4.1","4.2","4.3"]
units = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "หน่วยตรวจสอบภายใน"]
dims = {}
for i in range(50):
    code = missions[i % 12]
    dims.setdefault(int(code[0]), {}).setdefault(code, []).append({
        "seq": i + 1, "kind": "PROJECT", "name": f"โครงการส่งเสริมคุณธรรมและความโปร่งใสลำดับที่ {i+1}",
        "budget": {str(y): 10000 + 500 * i for y in range(2566, 2571)}, "responsible": units[i % 5],
        "quarters": {str(y): [1 + i % 4] for y in range(2566, 2571)},
        "details": {"principle": "หลักการ", "indicatorTargets": [{"indicator": "ร้อยละของผู้เข้าร่วม", "target": 80, "unit": "percent"}]}})
print(json.dumps({"period": {"startYear": 2566, "endYear": 2570}, "framework": "NACC_2566", "title": "แผน 50 รายการ",
  "dimensions": [{"no": d, "missions": [{"code": c, "projects": p} for c, p in ms.items()]} for d, ms in sorted(dims.items())]},
  ensure_ascii=False))
PY
PLAN=$(curl -sf -u "$PLANNER" -H 'Content-Type: application/json' --data-binary @"$DATA/plan.json" \
  $BASE/api/organizations/$ORG/plans/interchange | json '["id"]')
rev() { curl -sf -u "$PLANNER" $BASE/api/plans/$PLAN/versions/1 | json '["revision"]'; }
curl -sf -o /dev/null -u "$PLANNER" -X POST "$BASE/api/plans/$PLAN/versions/1/submit?revision=$(rev)"
curl -sf -o /dev/null -u "$EXECUTIVE" -X POST "$BASE/api/plans/$PLAN/versions/1/approve?revision=$(rev)"
curl -sf -o /dev/null -u "$PLANNER" -X POST "$BASE/api/plans/$PLAN/versions/1/publish?revision=$(rev)"
ROUND=$BASE/api/plans/$PLAN/progress/2567/HALF_YEAR
ITEMS=$(curl -sf -u "$PLANNER" $BASE/api/plans/$PLAN/versions/1 | python3 -c 'import json,sys; print(" ".join(i["id"] for i in json.load(sys.stdin)["items"]))')
n=0
for item in $ITEMS; do
  n=$((n + 1)); [[ $n -gt 45 ]] && break
  status=$([[ $((n % 3)) -eq 0 ]] && echo IN_PROGRESS || echo DONE)
  curl -sf -o /dev/null -u "$PLANNER" -X PUT -H 'Content-Type: application/json' $ROUND/items/$item \
    -d "{\"record\":{\"status\":\"$status\",\"done\":\"อบรมแล้ว\",\"spent\":\"$((8000 + n * 100)).50\",\"achieved\":[\"$((70 + n % 25))\"],\"problems\":\"ผู้เข้าร่วมไม่ครบ\"},\"submit\":true}"
done
echo "plan $PLAN: 50 items, $((n > 45 ? 45 : n)) reported in the 6-month round of 2567"

# a signed-in browser session for the pages
COOKIES="$DATA/cookies"
TOKEN=$(curl -sf -c "$COOKIES" $BASE/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -sf -b "$COOKIES" -c "$COOKIES" -o /dev/null --data-urlencode "username=demo.planner" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$TOKEN" $BASE/login
PAGE=$BASE/plans/$PLAN/progress/2567/HALF_YEAR
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, worst %.1f ms (%d runs)\n", a[int((NR+1)/2)]*1000, a[NR]*1000, NR}'; }
for _ in 1 2 3 4 5; do curl -sf -b "$COOKIES" -o /dev/null $PAGE; done   # warm-up
echo -n "dashboard page: "
for _ in $(seq 1 30); do curl -sf -b "$COOKIES" -o /dev/null -w '%{time_starttransfer}\n' $PAGE; done | stats
# the API with the session too: HTTP Basic would add a BCrypt check (strength 12) to every request
echo -n "dashboard API:  "
for _ in $(seq 1 30); do curl -sf -b "$COOKIES" -o /dev/null -w '%{time_starttransfer}\n' $ROUND; done | stats
for format in pdf docx; do
  curl -sf -b "$COOKIES" -o /dev/null $PAGE/report.$format
  echo -n "6-month report, $format, 50 items with charts: "
  for _ in 1 2 3 4 5; do curl -sf -b "$COOKIES" -o /dev/null -w '%{time_total}\n' $PAGE/report.$format; done | stats
done

heap() { jcmd $APP GC.run >/dev/null; sleep 1; jcmd $APP GC.heap_info | grep -m1 -o 'used [0-9]*K' | grep -o '[0-9]*'; }
head -c $((MEGABYTES * 1024 * 1024 - 16)) /dev/urandom > "$DATA/body"
FIRST=$(echo "$ITEMS" | cut -d' ' -f1)
before=$(heap)
start=$(date +%s.%N)
for i in $(seq 1 $UPLOADS); do
  # each file different (its own checksum): "%PDF-" first, random bytes after
  { printf '%%PDF-1.4 %08d\n' $i; cat "$DATA/body"; } > "$DATA/evidence.pdf"
  curl -sf -o /dev/null -u "$PLANNER" -F "file=@$DATA/evidence.pdf;filename=หลักฐาน-$i.pdf" $ROUND/items/$FIRST/evidence
done
elapsed=$(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)")
after=$(heap)
echo "$UPLOADS uploads of $MEGABYTES MB in $elapsed s; heap after full GC: before ${before} KB, after ${after} KB; \
max heap 512 MB; files on disk: $(find "$DATA/evidence" -type f -not -path "$DATA/evidence/tmp/*" | wc -l), $(du -sm "$DATA/evidence" | cut -f1) MB"
