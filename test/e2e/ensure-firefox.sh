#!/usr/bin/env bash
# The Firefox end-to-end tests run Debian's firefox-esr (the ESR apt installs) and the ESR before
# it, which Debian keeps in its main archive: that package is only unpacked, under
# node_modules/.cache/firefox-esr/<its version>/, and runs in place. Installs or fetches what is
# missing (needs root or sudo for apt).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache="$here/../../node_modules/.cache/firefox-esr"
apt() { bash "$here/apt-get.sh" "$@"; }

# (grep without -q reads all of fc-list: an early exit would fail the pipe under pipefail)
if ! command -v firefox-esr >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -i 'wenquanyi\|wqy' >/dev/null; then
  echo "installing Debian firefox-esr and fonts-wqy-microhei for the end-to-end tests" >&2
  apt update
  apt install -y firefox-esr fonts-wqy-microhei
fi

# The newest packaged firefox-esr of a lower major version than the installed one.
older_esr() {
  local installed
  installed=$(dpkg-query -W -f '${Version}' firefox-esr)
  apt-cache madison firefox-esr | awk -v major="${installed%%.*}" '{ split($3, v, "."); if (v[1] + 0 < major + 0) print $3 }' | sort -V | tail -n 1
}
older=$(older_esr)
if [ -z "$older" ]; then apt update; older=$(older_esr); fi
if [ -z "$older" ]; then echo "no older firefox-esr in the apt sources" >&2; exit 1; fi

if [ ! -x "$cache/$older/usr/lib/firefox-esr/firefox-esr" ]; then
  echo "unpacking firefox-esr $older for the end-to-end tests" >&2
  rm -rf "$cache"
  mkdir -p "$cache"
  # (no root needed; the sandbox user is us, so apt does not warn that _apt cannot write here)
  (cd "$cache" && apt-get -qq -o APT::Sandbox::User="$(id -un)" download "firefox-esr=$older")
  dpkg -x "$cache"/firefox-esr_*.deb "$cache/$older"
  rm "$cache"/firefox-esr_*.deb
fi
