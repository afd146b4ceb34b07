#!/usr/bin/env bash
# Runs every test: the Swift suite on SQLite, again on PostgreSQL, then the browser
# journey and accessibility scan in headless Chromium, then the API contract pass
# (schemathesis against the served OpenAPI document).
#
# With RINNALLA_REQUIRE_ALL=1 (as .ci/run sets) a missing tool is a failure; otherwise
# the pass it needs is skipped with a note, so `./scripts/test.sh` works on a laptop
# with only Swift installed.
set -uo pipefail
cd "$(dirname "$0")/.."

require_all=${RINNALLA_REQUIRE_ALL:-0}
results=()
failed=0
pg_dir=""

cleanup() {
  [ -n "$pg_dir" ] && scripts/stop-postgres.sh "$pg_dir"
}
trap cleanup EXIT

record() { # name status
  results+=("$1: $2")
  [ "$2" = "failed" ] && failed=1
}

skip_or_fail() { # name reason
  if [ "$require_all" = 1 ]; then
    echo "FAILED: $1 needs $2" >&2
    record "$1" failed
  else
    echo "SKIPPED: $1 ($2)"
    record "$1" skipped
  fi
}

echo "== build"
if ! swift build --build-tests; then
  echo "build failed" >&2
  exit 1
fi

echo "== Swift tests on SQLite"
if env -u RINNALLA_TEST_DATABASE_URL swift test --skip-build; then
  record "swift tests (SQLite)" passed
else
  record "swift tests (SQLite)" failed
fi

echo "== Swift tests on PostgreSQL"
pg_url=${RINNALLA_TEST_DATABASE_URL:-}
if [ -z "$pg_url" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  pg_dir=$(mktemp -d /tmp/rinnalla-pg.XXXXXX)
  pg_url=$(scripts/start-postgres.sh "$pg_dir" | tail -n 1) || pg_url=""
fi
if [ -n "$pg_url" ]; then
  if RINNALLA_TEST_DATABASE_URL="$pg_url" swift test --skip-build; then
    record "swift tests (PostgreSQL)" passed
  else
    record "swift tests (PostgreSQL)" failed
  fi
else
  skip_or_fail "swift tests (PostgreSQL)" "PostgreSQL (apt-get install postgresql) or RINNALLA_TEST_DATABASE_URL"
fi

echo "== browser and accessibility tests"
if command -v chromium >/dev/null && command -v chromedriver >/dev/null \
  && python3 -c "import selenium, pytest, axe_playwright_python" 2>/dev/null; then
  if python3 -m pytest -q -p no:cacheprovider tests/browser; then
    record "browser tests" passed
  else
    record "browser tests" failed
  fi
else
  skip_or_fail "browser tests" "chromium, chromium-driver and python3 -m pip install -r tests/browser/requirements.txt"
fi

echo "== API contract (schemathesis against the served OpenAPI document)"
if command -v st >/dev/null && st --version 2>/dev/null | grep -q "4.32.5"; then
  if scripts/api-contract.sh; then
    record "API contract" passed
  else
    record "API contract" failed
  fi
else
  skip_or_fail "API contract" "schemathesis 4.32.5 (python3 -m pip install -r tests/api-contract/requirements.txt)"
fi

echo
echo "== summary"
for line in "${results[@]}"; do echo "  $line"; done
exit $failed
