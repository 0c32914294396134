#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make run` must build only what it starts: on a fresh 2-core machine building every target
# (the tests and benchmarks are most of them) kept the window away for 25 minutes.
# Asks make what `make run` would do, and ninja what the build step it names would compile.
# Usage: quickstart-builds-what-it-runs.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=${1:?usage: SOURCE_DIR BUILD_DIR}
build_dir=${2:?usage: SOURCE_DIR BUILD_DIR}

if [[ ! -f $build_dir/build.ninja ]]; then
    echo "SKIP: $build_dir is not a Ninja build; the check reads ninja's plan."
    exit 0
fi
build_line=$(make -s -n -C "$source_dir" run BUILD_DIR="$build_dir" | grep -E '^cmake --build ' | head -1)
if [[ -z $build_line ]]; then
    echo "FAIL: 'make -n run' shows no 'cmake --build' step" >&2
    exit 1
fi
echo "make run builds with: $build_line"
targets=$(sed -n 's/.*--target \(.*\)$/\1/p' <<<"$build_line")
if [[ -z $targets ]]; then
    echo "FAIL: make run builds every target (no --target in: $build_line)" >&2
    exit 1
fi
# shellcheck disable=SC2086
run_commands=$(ninja -C "$build_dir" -t commands $targets)
all_commands=$(ninja -C "$build_dir" -t commands all)
run_count=$(grep -c . <<<"$run_commands")
all_count=$(grep -c . <<<"$all_commands")
echo "make run: $run_count build commands; make test: $all_count"
for target in freshet freshet-feedserver; do
    if ! grep -q -- "-o bin/$target\b" <<<"$run_commands"; then
        echo "FAIL: make run does not build $target, which it starts" >&2
        exit 1
    fi
done
if stray=$(grep -E -- "-c [^ ]*/(tests|bench)/" <<<"$run_commands" | head -3) && [[ -n $stray ]]; then
    echo "FAIL: make run compiles tests or benchmarks:" >&2
    echo "$stray" >&2
    exit 1
fi
echo "PASS"
