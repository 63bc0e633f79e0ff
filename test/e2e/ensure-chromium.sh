#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (playwright's own browser download is not
# reachable here). Installs it, and a CJK font for readable screenshots, when missing.
set -euo pipefail
# (grep without -q reads all of fc-list: an early exit would fail the pipe under pipefail)
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -i 'wenquanyi\|wqy' >/dev/null; then exit 0; fi
echo "installing Debian chromium and fonts-wqy-microhei for the end-to-end tests" >&2
apt() { bash "$(dirname "$0")/apt-get.sh" "$@"; }
apt update
apt install -y chromium fonts-wqy-microhei
