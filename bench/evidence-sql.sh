#!/usr/bin/env bash
# The evidence view's heaviest query (issue 17) through the database's own client, for
# comparing with the page in bench.py: realised meetings per period and month over the
# four quarters shown, for the demo's largest unit (Länsi), five times; the client's own
# timer is printed, then the median.
#
#   bench/evidence-sql.sh sqlite /path/to/rinnalla.sqlite
#   bench/evidence-sql.sh postgres postgres://user:pass@host:port/db
set -euo pipefail
kind=$1
target=$2
unit_name="Länsi aikuissosiaalityö"
# The first day of the quarter three before today's.
month=$(date +%-m); year=$(date +%Y)
first_month=$(( (month - 1) / 3 * 3 + 1 - 9 ))
if [ "$first_month" -lt 1 ]; then first_month=$((first_month + 12)); year=$((year - 1)); fi
from=$(printf '%04d-%02d-01' "$year" "$first_month")
to=$(date +%F)
if [ "$kind" = sqlite ]; then
  unit="'$(sqlite3 "$target" "SELECT id FROM units WHERE name = '$unit_name'")'"
  run() { printf '.timer on\n%s;\n' "$1" | sqlite3 "$target" | grep -E "^Run Time" | sed -E 's/.*real ([0-9.]+).*/\1/' | awk '{printf "%.1f\n", $1 * 1000}'; }
else
  unit="'$(psql "$target" -At -c "SELECT id FROM units WHERE name = '$unit_name'")'"
  run() { psql "$target" -At -c '\timing on' -c "$1" | grep -E "^Time" | sed -E 's/Time: ([0-9.]+) ms.*/\1/'; }
fi
query="SELECT count(*) FROM (SELECT period_id, substr(day, 1, 7) AS month, COUNT(*) AS n FROM meetings WHERE unit_id = $unit AND day >= '$from' AND day <= '$to' AND status = 'realised' GROUP BY period_id, substr(day, 1, 7)) x"
times=()
for _ in 1 2 3 4 5; do times+=("$(run "$query")"); done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "evidence baseline ($kind, $from – $to): meetings per period and month, ms: ${times[*]}; median $median"
