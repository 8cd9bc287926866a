#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (tests/Library.Tests/Browser), with a font
# for Chinese (fonts-wqy-zenhei), so the Chinese pages' screenshots show their text rather than empty boxes.
# Playwright is told never to download a browser of its own: this machine's network reaches only package registries.
# Idempotent: does nothing when both are installed.
set -euo pipefail

packages=(chromium fonts-wqy-zenhei)
if [ -x /usr/bin/chromium ] && dpkg-query -W -f='${Status}' fonts-wqy-zenhei 2>/dev/null | grep -q "ok installed"; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "scripts/chromium.sh: /usr/bin/chromium or its Chinese font is missing and installing them needs root (or password-less sudo)." >&2
  echo "Install them with: apt-get install -y ${packages[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# The package lists are fetched only when apt does not know the package yet (a fresh machine has no lists).
if ! apt-cache show chromium >/dev/null 2>&1; then
  "${sudo[@]}" apt-get update -qq
fi
# Stale lists name package versions the mirror no longer has: refresh them once and try again.
if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null; then
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "scripts/chromium.sh: apt-get installed chromium but /usr/bin/chromium is not there." >&2
  exit 1
fi
echo "scripts/chromium.sh: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
