#!/usr/bin/env bash
# Installs Debian's chromium when it is missing: the browser tests (tests/Accountability.Reports.BrowserTests) open the
# HTML report in it through Playwright, which is pointed at /usr/bin/chromium and never downloads a browser of its own.
set -euo pipefail
if command -v chromium > /dev/null; then
  echo "chromium: $(command -v chromium)"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ] && command -v sudo > /dev/null; then
  sudo="sudo"
fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
echo "chromium: $(command -v chromium)"
