#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Lays out our C++ sources as .clang-format says. Usage: tools/format.sh [--check] [FILE...]
# Without files it takes every .cpp, .h and .mm of app, ui, models, services, tests, bench and
# tools. `--check` changes nothing: it lists the files that would change and fails if any would.
# The style is written for clang-format 14 (Debian 12's); another version lays out some lines
# differently, so CLANG_FORMAT=... overrides the choice at your own risk.
set -euo pipefail
mode=apply
if [ "${1:-}" = --check ]; then
    mode=check
    shift
fi
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

clang_format=${CLANG_FORMAT:-$(command -v clang-format-14 || true)}
if [ -z "$clang_format" ]; then
    echo "tools/format.sh needs clang-format 14. Install it with:" >&2
    echo "    sudo apt-get install -y clang-format-14" >&2
    exit 2
fi
# Without it clang-format would fall back to its own default style and reflow everything.
[ -f .clang-format ] || { echo "tools/format.sh: no .clang-format in $root" >&2; exit 2; }

if [ $# -gt 0 ]; then
    files=("$@")
else
    # Tracked files and new ones not yet added, never build folders or ignored files.
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- app ui models services tests bench tools |
        grep -E '\.(cpp|h|mm)$' | sort -u | while IFS= read -r file; do [ -f "$file" ] && printf '%s\n' "$file"; done)
fi
[ ${#files[@]} -gt 0 ] || exit 0

if [ "$mode" = check ]; then
    # Each batch reports to a file of its own: parallel runs writing to one stream interleave
    # mid-line. Without --Werror clang-format exits 0 on a file that differs, so a failure here
    # is a real one (a bad .clang-format, an unreadable file) and is shown as it is.
    reports=$(mktemp -d)
    trap 'rm -rf "$reports"' EXIT
    if ! printf '%s\0' "${files[@]}" |
        xargs -0 -n 50 -P "$(nproc)" bash -c '"$0" --style=file --dry-run --ferror-limit=1 "${@:2}" 2> "$(mktemp -p "$1")"' \
            "$clang_format" "$reports"; then
        cat "$reports"/* >&2
        exit 2
    fi
    # One warning per file that would change, at the first place it differs.
    mapfile -t differ < <(cat "$reports"/* |
        sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
    if [ ${#differ[@]} -gt 0 ]; then
        echo "These files are not laid out as .clang-format says (tools/format.sh fixes them):"
        printf '  %s\n' "${differ[@]}"
        exit 1
    fi
    echo "Every C++ source is laid out as .clang-format says."
    exit 0
fi

printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P "$(nproc)" "$clang_format" --style=file -i
