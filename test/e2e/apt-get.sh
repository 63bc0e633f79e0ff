#!/usr/bin/env bash
# apt-get (quiet, as root or through sudo) that waits for another process's apt or dpkg run
# instead of failing: for dpkg's lock through DPkg::Lock::Timeout, and for the package lists' and
# archives' locks, which that option does not cover, by trying again while apt says it could not
# get a lock. Up to 10 minutes in all.
set -uo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
deadline=$((SECONDS + 600))
until err=$($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -qq "$@" 2>&1 >/dev/null); do
  if [[ "$err" != *"Could not get lock"* ]] || ((SECONDS >= deadline)); then
    printf '%s\n' "$err" >&2
    exit 1
  fi
  sleep 3
done
