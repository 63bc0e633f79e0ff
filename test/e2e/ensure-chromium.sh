#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (playwright's own browser download is not
# reachable here). Installs it, and a CJK font for readable screenshots, when missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy'; then exit 0; fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing Debian chromium and fonts-wqy-microhei for the end-to-end tests" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
