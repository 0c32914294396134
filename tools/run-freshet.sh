#!/usr/bin/env bash
# Starts the built Freshet. Without a display (ssh, a container) it runs inside Xvfb and says so,
# rather than failing with a Qt platform error.
set -euo pipefail
build_dir=${1:?usage: run-freshet.sh BUILD_DIR [freshet arguments]}
shift
binary="$build_dir/bin/freshet"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "No display found: starting Freshet inside Xvfb (virtual display)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$binary" "$@"
fi
exec "$binary" "$@"
