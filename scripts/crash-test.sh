#!/usr/bin/env bash
# The long crash run: the built service is killed (SIGKILL) at random moments while clients work, started again each
# time, and checked afterwards (tests/Library.Tests/Crash). ./test.sh runs a short one (5 kills) on each engine.
#   scripts/crash-test.sh [--kills N] [--clients N] [--seed N] [--postgres]
set -euo pipefail
cd "$(dirname "$0")/.."

kills=25
engine=Sqlite
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills="$2"; shift 2 ;;
    --clients) export WORKFLOWS_CRASH_CLIENTS="$2"; shift 2 ;;
    --seed) export WORKFLOWS_CRASH_SEED="$2"; shift 2 ;;
    --postgres) engine=Postgres; shift ;;
    *) echo "usage: scripts/crash-test.sh [--kills N] [--clients N] [--seed N] [--postgres]" >&2; exit 2 ;;
  esac
done

export WORKFLOWS_CRASH_KILLS="$kills"
if [ "$engine" = Postgres ]; then
  export WORKFLOWS_TEST_DATABASE=Postgres
  WORKFLOWS_TEST_POSTGRES=$(bash scripts/postgres.sh)
  export WORKFLOWS_TEST_POSTGRES
fi

dotnet build tests/Library.Tests -c Release --nologo -v quiet -clp:ErrorsOnly
# The run's figures are its test output, which the detailed console logger prints.
dotnet test tests/Library.Tests -c Release --no-build --nologo --filter "FullyQualifiedName~Library.Tests.Crash" \
  --logger "console;verbosity=detailed" 2>&1 | grep -vE '^\[xUnit.net [0-9:.]+\] +(Discover|Start|Finish)'
