#!/usr/bin/env bash
# All set-up on a fresh Debian 12 machine with Node 20: the Debian packages the tests use
# (LibreOffice for formula recalculation and PDF, Chromium for the task pane, CJK fonts,
# xmllint for the manifest, poppler for PDF checks; python3-uno for the recalculation bench;
# strace to slow writes down in the kill test), then the npm packages from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libreoffice-calc-nogui python3-uno chromium fonts-noto-cjk libxml2-utils poppler-utils strace)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Packages' install scripts are off (.npmrc); the CLI is compiled here so `npx gangze` starts at once.
npm ci --no-audit --no-fund
npm run --silent build:cli
