#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every file of ours that a compiler, shell or CMake reads starts by naming its license, so a
# file copied out of the tree still says under which terms. `--check` lists the files without
# the line and fails (CTest runs it); without it, the line is added where it is missing.
# Data (feeds, fixtures, pictures, translations) is covered by LICENSE alone.
set -euo pipefail
mode=${1:-add}
root=$(cd "${2:-$(dirname "$0")/..}" && pwd)
cd "$root"

tag='SPDX-License-Identifier: MIT'

comment_for() {
    case "$1" in
        *.cpp|*.h|*.mm|*.java|*.h.in) echo "// $tag" ;;
        *.sql) echo "-- $tag" ;;
        *.1.in) echo ".\\\" $tag" ;;
        *) echo "# $tag" ;;
    esac
}

sources() {
    # Tracked files, and new ones not yet added, but never build folders or ignored files.
    git ls-files --cached --others --exclude-standard -- \
        '*.cpp' '*.h' '*.mm' '*.java' '*.h.in' '*.1.in' '*.sql' '*.sh' '*.py' '*.cmake' \
        'CMakeLists.txt' '*/CMakeLists.txt' 'Makefile' '.ci/run' |
        grep -v -e '^tests/fuzz/corpus/' | sort -u
}

# One awk over every file: a process per file took half a minute on a loaded machine.
mapfile -t files < <(sources | while IFS= read -r file; do [ -f "$file" ] && printf '%s\n' "$file"; done)
mapfile -t missing < <(awk -v tag="$tag" '
    FNR == 1 { if (NR > 1 && !found) print current; current = FILENAME; found = 0 }
    FNR <= 3 && index($0, tag) { found = 1 }
    END { if (NR > 0 && !found) print current }' "${files[@]}")

if [ "$mode" = --check ]; then
    if [ ${#missing[@]} -gt 0 ]; then
        echo "These files do not start with '$tag' (tools/spdx-headers.sh adds it):"
        printf '  %s\n' "${missing[@]}"
        exit 1
    fi
    echo "Every source file names its license."
    exit 0
fi

for file in "${missing[@]}"; do
    line=$(comment_for "$file")
    if head -n 1 "$file" | grep -q '^#!'; then
        # The interpreter line must stay first.
        { head -n 1 "$file"; echo "$line"; tail -n +2 "$file"; } > "$file.spdx"
    else
        { echo "$line"; cat "$file"; } > "$file.spdx"
    fi
    chmod --reference="$file" "$file.spdx"
    mv "$file.spdx" "$file"
done
echo "Added the license line to ${#missing[@]} files."
