#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what the interop matrix (tests/interop) needs on Debian: the generators (Hugo, Jekyll
# with jekyll-feed, Django, ikiwiki; Node.js and npm for the npm libraries, which the render
# tests install into the build folder at pinned versions) and the web servers (nginx, Apache httpd, lighttpd,
# Caddy; Python's http.server comes with python3). The servers' packages would start their
# system services on port 80: the tests start their own, so the maintainer scripts are kept
# from starting anything. A no-op when all is there; as another user than root it says what is
# missing and the matrix reports those cells as skipped.
set -euo pipefail

log() { printf '[interop] %s\n' "$*" >&2; }

packages=(hugo jekyll ruby-jekyll-feed python3 python3-django ikiwiki nginx apache2 lighttpd caddy nodejs)
# Node.js from elsewhere bundles npm (and conflicts with Debian's npm package).
command -v npm >/dev/null || packages+=(npm)

missing=()
for pkg in "${packages[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true) == "install ok installed" ]] || missing+=("$pkg")
done
((${#missing[@]} == 0)) && exit 0
if [[ $(id -u) -ne 0 ]]; then
    log "the interop matrix needs: ${missing[*]} (install as root: tools/bootstrap.sh test); those cells will be skipped"
    exit 0
fi
log "installing: ${missing[*]}"
made_policy=0
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    made_policy=1
fi
apt-cache policy hugo 2>/dev/null | grep -q 'Candidate: [0-9]' || apt-get update -q
rc=0
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" || rc=$?
((made_policy)) && rm -f /usr/sbin/policy-rc.d
exit $rc
