#!/usr/bin/env bash
# ESIS results and import benchmark (issue 6): `rinnalla bench inclusion` on a database
# that holds `rinnalla demo --inclusion-responses N`, then the same aggregates through the
# database's own command-line client (sqlite3 / psql) and the ratios.
#
#   RINNALLA_DATA_DIR=/tmp/bench-incl bench/inclusion.sh sqlite
#   DATABASE_URL=postgres://user:pass@host:port/db bench/inclusion.sh postgres
#
# BENCH_BIN (default the debug binary), RUNS (5), IMPORT_ROWS (100000).
set -euo pipefail
kind=$1
cd "$(dirname "$0")/.."
bin=${BENCH_BIN:-$(swift build --show-bin-path)/rinnalla}
out=$(LOG_LEVEL=warning "$bin" bench inclusion --runs "${RUNS:-5}" --import-rows "${IMPORT_ROWS:-100000}" 2>&1 \
  | grep -v "^\[")
echo "$out"
round=$(echo "$out" | sed -n 's/.*round \([0-9A-Fa-f-]*\)$/\1/p')
app_results=$(echo "$out" | sed -n 's/^round results.*median \([0-9.]*\) ms.*/\1/p')
app_tally=$(echo "$out" | sed -n 's/^tally query through the app: median \([0-9.]*\) ms/\1/p')

if [ "$kind" = sqlite ]; then
  db="${RINNALLA_DATA_DIR:-./data}/rinnalla.sqlite"
  # Fluent keeps UUIDs as upper-case text in SQLite.
  id="'$(echo "$round" | tr a-f A-F)'"
  run() { printf '.timer on\n%s;\n' "$1" | sqlite3 "$db" | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' | awk '{print $1*1000}'; }
else
  id="'$round'"
  run() { psql "$DATABASE_URL" -At -c '\timing on' -c "$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'; }
fi
tally="SELECT raw_sum, SUM(count) FROM inclusion_score_tallies WHERE round_id = $id GROUP BY raw_sum"
raw="SELECT raw_sum, COUNT(*) FROM inclusion_responses WHERE round_id = $id GROUP BY raw_sum"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cli_tally=$(for _ in 1 2 3 4 5; do run "$tally"; done | median)
cli_raw=$(for _ in 1 2 3; do run "$raw"; done | median)
echo "== $kind command-line client"
echo "tally query: median $cli_tally ms"
echo "full aggregate over the raw rows: median $cli_raw ms"
python3 - "$app_results" "$app_tally" "$cli_tally" "$cli_raw" <<'PY'
import sys
results, tally, cli_tally, cli_raw = map(float, sys.argv[1:])
print(f"ratio app round results / client tally query: {results / max(cli_tally, 0.001):.1f}")
print(f"ratio app tally query / client tally query: {tally / max(cli_tally, 0.001):.1f}")
print(f"ratio app round results / client full aggregate over the rows: {results / max(cli_raw, 0.001):.3f}")
PY
