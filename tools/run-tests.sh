#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs every CTest test of one build folder in the environment the tests expect: the offscreen
# GUI platform, a throwaway HOME and XDG dirs (so no test touches the developer's own profile),
# and the sanitizer settings the ASan build needs.
set -euo pipefail
build_dir=${1:?usage: run-tests.sh BUILD_DIR [CTEST ARGUMENTS...]}
here=$(cd "$(dirname "$0")" && pwd)

scratch=$(mktemp -d -t freshet-tests.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$here/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

echo "== tests in $build_dir"
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" --timeout 600 "${@:2}"
