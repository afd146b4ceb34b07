#!/usr/bin/env bash
# The social report's three counting queries (SocialReportService.counts) run through the
# database's own command-line client, for comparing with `rinnalla bench social-report`
# (which adds the app's decoding and the small-cell protection). These are the grouped
# forms PostgreSQL runs; on SQLite the app counts each channel × area × month cell as its
# own index range instead, because grouping is several times slower there.
#
#   bench/social-report-sql.sh sqlite /path/to/rinnalla.sqlite [FROM] [TO]
#   bench/social-report-sql.sh postgres postgres://user:pass@host:port/db [FROM] [TO]
#
# FROM and TO are ISO days (default: two years back to today). The unit is the demo
# outreach unit. Each query runs three times; the client's own timer is printed.
set -euo pipefail
kind=$1
target=$2
from=${3:-$(date -d '730 days ago' +%F)}
to=${4:-$(date +%F)}
unit_name="Etsivä työ ja matalan kynnyksen palvelut"

if [ "$kind" = sqlite ]; then
  # Fluent keeps UUIDs as text in SQLite.
  unit="'$(sqlite3 "$target" "SELECT id FROM units WHERE name = '$unit_name'")'"
  run() { printf '.timer on\n%s;\n' "$1" | sqlite3 "$target" | grep -E "^Run Time" ; }
else
  unit="'$(psql "$target" -At -c "SELECT id FROM units WHERE name = '$unit_name'")'"
  run() { psql "$target" -At -c '\timing on' -c "$1" | grep -E "^Time" ; }
fi
where="unit_id = $unit AND day >= '$from' AND day <= '$to'"
queries=(
  "SELECT count(*) FROM (SELECT channel, area_id, substr(day, 1, 7) AS month, COUNT(*) AS n FROM contacts WHERE $where GROUP BY channel, area_id, substr(day, 1, 7)) x"
  "SELECT topic, COUNT(*) AS n FROM contact_topics WHERE $where GROUP BY topic"
  "SELECT count(*) FROM (SELECT service_path_id, method, outcome, COUNT(*) AS n FROM referrals WHERE $where GROUP BY service_path_id, method, outcome) x"
)
names=("contacts by channel, area, month" "topics" "referrals")
for i in 0 1 2; do
  echo "== ${names[$i]}"
  for _ in 1 2 3; do run "${queries[$i]}"; done
done
