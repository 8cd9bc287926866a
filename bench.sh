#!/usr/bin/env bash
# Runs the benchmark and writes bench/results/latest.json. Options: --quick (under three minutes, plus the history
# measurement: 25 minutes the first time, to load its million requests, about 8 after), --postgres (the
# raw, runtime and HTTP measurements on PostgreSQL too, on the durable server scripts/postgres.sh --durable starts).
set -euo pipefail
cd "$(dirname "$0")"
for option in "$@"; do
  if [ "$option" = --postgres ]; then
    # Its own cluster, with fsync and synchronous_commit on: the test server's would make every commit rate meaningless.
    WORKFLOWS_BENCH_POSTGRES=$(bash scripts/postgres.sh --durable)
    export WORKFLOWS_BENCH_POSTGRES
  fi
done
dotnet build bench/Bench/Bench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet bench/Bench/bin/Release/net10.0/Bench.dll --results bench/results "$@"
