#!/usr/bin/env bash
# The API contract pass: serves the already built debug binary with the demo data (a temp
# SQLite file, a free port) and runs schemathesis against its own /api/openapi.json with
# every check, as a worker and as an administrator. Any failure fails the pass.
#
# The operations are split in three kinds of run, each for a reason:
#  1. everything except the session operations, with one bearer token per role;
#  2. revokeToken and changeMyPassword, with schemathesis logging in itself (revoking ends
#     the token in use; a 401 makes it log in again). changeMyPassword is fuzzed too: it
#     cannot succeed without the current password, which no generated body has;
#  3. createToken last and once: its fuzzing fails many logins from 127.0.0.1, which the
#     login limit answers with 429 (documented) — any login after it would be refused.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=.build/debug/rinnalla
max_examples=${RINNALLA_ST_MAX_EXAMPLES:-20}
password=demo-salasana-2026
admin_password=contract-test-admin-2026

data_dir=$(mktemp -d /tmp/rinnalla-contract.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
env -u DATABASE_URL -u RINNALLA_TEST_DATABASE_URL RINNALLA_DATA_DIR="$data_dir" \
  "$binary" serve --demo --hostname 127.0.0.1 --port "$port" >"$data_dir/server.log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -sf "$base/readyz" >/dev/null && break
  sleep 1
done

token() { # email password
  curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# The demo administrator must change the password before anything else.
first=$(token admin@demo.rinnalla.fi "$password")
curl -sf -X POST "$base/api/v1/me/password" -H "Authorization: Bearer $first" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$password\",\"newPassword\":\"$admin_password\"}" >/dev/null
worker_token=$(token sanna@demo.rinnalla.fi "$password")
admin_token=$(token admin@demo.rinnalla.fi "$admin_password")

cat tests/api-contract/schemathesis.toml tests/api-contract/session-auth.toml >"$data_dir/session.toml"

failed=0
config=tests/api-contract/schemathesis.toml
# The stateful phase follows the document's links (a created record to its reads); the
# session and login runs select no linked pair, which schemathesis counts as an error.
phases=examples,coverage,fuzzing,stateful
st_run() { # label, then st run arguments
  local label=$1
  shift
  echo "-- schemathesis: $label"
  if ! st --config-file "$config" run "$base/api/openapi.json" \
    --checks all --max-examples "$max_examples" --seed 1 \
    --phases "$phases" --no-color "$@" >"$data_dir/st.log" 2>&1; then
    failed=1
    cat "$data_dir/st.log"
  else
    grep -E "^(API Operations|  (Selected|Tested)|Test Phases|  [^ ].*(Examples|Coverage|Fuzzing|Stateful))|API Links|passed|No issues found" \
      "$data_dir/st.log" | tail -n 12
  fi
}

# Order matters: the administrator's run may deactivate users or change their email
# (it finds their ids), so the runs that log in come before it; createToken comes last.
session_ops=(--exclude-operation-id createToken --exclude-operation-id revokeToken
  --exclude-operation-id changeMyPassword)
st_run "worker" -H "Authorization: Bearer $worker_token" "${session_ops[@]}"
config="$data_dir/session.toml"
phases=examples,coverage,fuzzing
RINNALLA_ST_EMAIL=sanna@demo.rinnalla.fi RINNALLA_ST_PASSWORD=$password \
  st_run "worker session" --include-operation-id revokeToken --include-operation-id changeMyPassword
RINNALLA_ST_EMAIL=admin@demo.rinnalla.fi RINNALLA_ST_PASSWORD=$admin_password \
  st_run "administrator session" --include-operation-id revokeToken --include-operation-id changeMyPassword
config=tests/api-contract/schemathesis.toml
phases=examples,coverage,fuzzing,stateful
st_run "administrator" -H "Authorization: Bearer $admin_token" "${session_ops[@]}"
phases=examples,coverage,fuzzing
st_run "login" --include-operation-id createToken

exit $failed
