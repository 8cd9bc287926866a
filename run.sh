#!/usr/bin/env bash
# Builds the service and its web UI and starts it on the embedded SQLite default; data goes to ./data.
# Environment: URLS (default http://127.0.0.1:5080); any setting as Section__Key, e.g. Smtp__Port=25.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null; then
  echo "run.sh needs the .NET 10 SDK (dotnet) on the PATH." >&2
  exit 1
fi

urls="${URLS:-http://127.0.0.1:5080}"
out=src/Host/bin/Release/net10.0
# The designer UI first: the host build copies its output (src/Host/wwwroot) beside the binaries.
bash scripts/ui.sh
dotnet build src/Host/Host.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
mkdir -p data
echo "Library request workflow service on $urls (database and files in $(pwd)/data)"
exec dotnet "$out/Library.Host.dll" --contentRoot "$(pwd)/$out" --urls "$urls" "$@"
