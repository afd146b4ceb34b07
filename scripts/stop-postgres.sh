#!/usr/bin/env bash
# Stops a cluster started by scripts/start-postgres.sh DIR and removes DIR.
set -uo pipefail
dir=${1:?usage: stop-postgres.sh DIR}
[ -f "$dir/stop-command" ] || exit 0
if [ "$(id -u)" = 0 ]; then
  runuser -u postgres -- $(cat "$dir/stop-command") >/dev/null 2>&1
else
  $(cat "$dir/stop-command") >/dev/null 2>&1
fi
rm -rf "$dir"
