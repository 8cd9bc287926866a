#!/usr/bin/env bash
# Runs every test project of the solution and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")"

bash scripts/chromium.sh || exit 1  # Debian's Chromium for the browser tests (tests/Library.Tests/Browser)
bash scripts/ui.sh || exit 1
log=$(mktemp)
dotnet test Workflows.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one "Passed!/Failed! - Failed: F, Passed: P, Skipped: S" line per test project.
summary=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
  awk '{f+=$1; p+=$2; s+=$3} END {if (NR) printf "%d passed, %d failed, %d skipped\n", p, f, s}')
rm -f "$log"
[ -n "$summary" ] && echo "$summary"
exit "$status"
