#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A build that cannot fit on the disk stops before it starts, with the figures
# (tools/check-disk.sh), and `make run` and `make test` check before they build.
# Usage: check-disk-stops-what-cannot-fit.sh SOURCE_DIR
set -euo pipefail
source_dir=${1:?usage: SOURCE_DIR}
check=$source_dir/tools/check-disk.sh
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
free_mb() { echo $(($(df -Pk "$scratch" | awk 'NR == 2 { print $4 }') / 1024)); }

"$check" 1 "$scratch/build" "$scratch/build-asan" || fail "1 MB did not fit in a folder that does not exist yet"

if "$check" $(($(free_mb) + 4096)) "$scratch/build" 2>"$scratch/err"; then
    fail "4 GB more than the free space was let through"
fi
grep -q "Not enough disk space" "$scratch/err" || fail "no clear message: $(cat "$scratch/err")"
grep -q "MB free" "$scratch/err" || fail "the message does not give the free space: $(cat "$scratch/err")"

# What a build folder holds already is not needed again: an incremental build of a nearly full
# disk goes ahead. The margin is far above what the other tests write meanwhile.
mkdir -p "$scratch/build"
fallocate -l 1G "$scratch/build/object" || dd if=/dev/zero of="$scratch/build/object" bs=1M count=1024 status=none
"$check" $(($(free_mb) + 512)) "$scratch/build" || fail "the 1 GB the folder holds was counted as still needed"

# The quick-start commands check before their first build step.
for goal in run test; do
    plan=$(make -s -n -C "$source_dir" "$goal" BUILD_DIR="$scratch/build" ASAN_DIR="$scratch/build-asan")
    check_line=$(grep -n "tools/check-disk.sh" <<<"$plan" | head -1 | cut -d: -f1 || true)
    build_line=$(grep -n "^cmake --build" <<<"$plan" | head -1 | cut -d: -f1 || true)
    [[ -n $check_line ]] || fail "make $goal does not check the disk"
    [[ -n $build_line ]] || fail "make $goal shows no build step"
    ((check_line < build_line)) || fail "make $goal builds before it checks the disk"
done
echo "PASS"
