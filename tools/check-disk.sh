#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Stops a build that cannot fit before it starts, with the figures, instead of letting the
# compiler fail halfway with "No space left on device" (CI's landing of 5fe6068 did).
# Usage: tools/check-disk.sh MEGABYTES DIR... : the DIRs (build folders, existing or not) will
# hold MEGABYTES when complete; what they hold already counts as used.
set -euo pipefail

needed_mb=$1
shift

held_kb=0
for dir in "$@"; do
    if [[ -d $dir ]]; then
        held_kb=$((held_kb + $(du -sk "$dir" | cut -f1)))
    fi
done
still_needed_mb=$((needed_mb - held_kb / 1024))

# df wants a folder that exists: the first DIR's nearest existing parent.
probe=$1
while [[ ! -d $probe ]]; do
    probe=$(dirname "$probe")
done
free_mb=$(($(df -Pk "$probe" | awk 'NR == 2 { print $4 }') / 1024))

if ((still_needed_mb > free_mb)); then
    echo "Not enough disk space: the build folders ($*) need about ${still_needed_mb} MB more," >&2
    echo "and $(df -P "$probe" | awk 'NR == 2 { print $6 }') has ${free_mb} MB free." >&2
    echo "Free some space (old build folders or clones count) and run the command again." >&2
    exit 1
fi
