#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make run`: starts the bundled demo feed server on loopback and Freshet on a demo profile that
# is subscribed to it, so a populated, live window appears within seconds, offline too.
# Without a display (ssh, a container) Freshet runs inside Xvfb and says so.
# Usage: run-freshet.sh BUILD_DIR PROFILE_DIR [freshet arguments]
set -euo pipefail
build_dir=${1:?usage: run-freshet.sh BUILD_DIR PROFILE_DIR [freshet arguments]}
profile=${2:?usage: run-freshet.sh BUILD_DIR PROFILE_DIR [freshet arguments]}
shift 2
freshet="$build_dir/bin/freshet"
server="$build_dir/bin/freshet-feedserver"
port=${FRESHET_DEMO_PORT:-47850}

# The demo server lives exactly as long as this script: its stdin is our pipe.
exec 3> >("$server" --demo --port "$port" --exit-with-stdin >/dev/null 2>&1)
server_pid=$!
# Its first start can take several seconds on a busy machine (a parallel build once made 5 s
# too short): wait while it is alive, up to 60 s, and stop at once when it has exited.
server_ready=no
for _ in $(seq 1 600); do
    if (exec 4<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then server_ready=yes; break; fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ $server_ready != yes ]]; then
    echo "The demo feed server did not start on port $port (is it taken? set FRESHET_DEMO_PORT)." >&2
    exit 1
fi

if [[ ! -e $profile/freshet.db ]]; then
    echo "First run: subscribing the profile $profile to the demo feeds on 127.0.0.1:$port."
    "$freshet" --profile "$profile" add --category Demo \
        "http://127.0.0.1:$port/demo/photos.xml" \
        "http://127.0.0.1:$port/demo/news.rss" \
        "http://127.0.0.1:$port/demo/notes.atom"
fi

run=("$freshet" --profile "$profile" --debug "$@")
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "No display found: starting Freshet inside Xvfb (a virtual display)." >&2
    xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}"
else
    "${run[@]}"
fi
