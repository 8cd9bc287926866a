#!/usr/bin/env bash
# Builds the designer UI (src/Host/ui) into src/Host/wwwroot, which the host serves.
# Idempotent and quick when nothing changed: `npm ci` runs only when package-lock.json differs from the one last
# installed, and the production build only when a source or config file, or the API contract src/Host/openapi.json the
# UI's API types are generated from, is newer than the last build.
set -euo pipefail
cd "$(dirname "$0")/../src/Host/ui"

# shellcheck source=scripts/node.sh
source ../../../scripts/node.sh

# node_modules matches the lock file it was installed from; the stamp is a copy of that lock file.
install_stamp=node_modules/.installed-package-lock.json
if [ ! -f "$install_stamp" ] || ! cmp -s package-lock.json "$install_stamp"; then
  echo "Designer UI: installing packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$install_stamp"
fi

out=../wwwroot
build_stamp=node_modules/.last-build
if [ -f "$build_stamp" ] && [ -f "$out/index.html" ] &&
   [ -z "$(find src index.html package.json package-lock.json tsconfig.json vite.config.ts api-types/package.json ../openapi.json \
     -newer "$build_stamp" -print -quit)" ]; then
  echo "Designer UI: up to date (src/Host/wwwroot)"
  exit 0
fi

echo "Designer UI: type-checking and building into src/Host/wwwroot"
npm run --silent build -- --logLevel warn
touch "$build_stamp"
