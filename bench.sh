#!/usr/bin/env bash
# Runs the benchmark and writes bench/results/latest.json. Options: --quick (under three minutes), --postgres.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build bench/Bench/Bench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet bench/Bench/bin/Release/net10.0/Bench.dll --results bench/results "$@"
