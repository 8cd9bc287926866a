#!/usr/bin/env bash
# Runs every test project of the solution on SQLite, then the runtime's and the HTTP tests again on PostgreSQL,
# and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")"

bash scripts/chromium.sh || exit 1  # Debian's Chromium for the browser tests (tests/Library.Tests/Browser)
bash scripts/ui.sh || exit 1
# A PostgreSQL server of the project's own on loopback. Without one the SQLite suite still runs; CI must have it.
postgres_error=$(mktemp)
if postgres=$(bash scripts/postgres.sh 2>"$postgres_error"); then
  postgres_skipped=""
else
  postgres_skipped=$(tail -n 1 "$postgres_error")
  if [ -n "${CI:-}" ]; then
    echo "PostgreSQL is needed in CI and could not be started: $postgres_skipped" >&2
    exit 1
  fi
fi
rm -f "$postgres_error"

dotnet build Workflows.sln -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
log=$(mktemp)
dotnet test Workflows.sln -c Release --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ -z "$postgres_skipped" ]; then
  echo "== The runtime's and the HTTP tests on PostgreSQL =="
  for project in tests/Workflows.Tests tests/Library.Tests; do
    # The browser tests drive the UI, which sees no difference between the engines.
    WORKFLOWS_TEST_DATABASE=Postgres WORKFLOWS_TEST_POSTGRES="$postgres" \
      dotnet test "$project" -c Release --no-build --nologo --filter "FullyQualifiedName!~Browser" 2>&1 | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  done
fi

# dotnet test prints one "Passed!/Failed! - Failed: F, Passed: P, Skipped: S" line per test project and run.
summary=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
  awk '{f+=$1; p+=$2; s+=$3} END {if (NR) printf "%d passed, %d failed, %d skipped\n", p, f, s}')
rm -f "$log"
[ -n "$postgres_skipped" ] && echo "PostgreSQL skipped: $postgres_skipped"
[ -n "$summary" ] && echo "$summary"
exit "$status"
