#!/usr/bin/env bash
# Refreshes src/Host/openapi.json, the committed API contract, from what the host serves at /openapi/v1.json.
# The comparison test (OpenApiDocumentTests) starts the host in-process and, with OPENAPI_REFRESH=1, writes the
# document it was served instead of comparing it; review the diff and commit it with the endpoint change.
set -euo pipefail
cd "$(dirname "$0")/.."

OPENAPI_REFRESH=1 dotnet test tests/Library.Tests -c Release --nologo -v quiet \
  --filter "FullyQualifiedName~OpenApiDocumentTests.The_committed_document_is_the_one_the_host_serves"
echo "scripts/openapi.sh: wrote src/Host/openapi.json"
git --no-pager diff --stat -- src/Host/openapi.json || true
