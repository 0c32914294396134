#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Brings every .ts file up to date with the sources. German, French and Romanian get every
# message; English gets only the plural forms, the one thing the source text cannot carry.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=(app ui services models)
"$lupdate" -no-obsolete -locations none -extensions cpp,h,mm "${sources[@]}" \
    -ts translations/freshet_de.ts translations/freshet_fr.ts translations/freshet_ro.ts
"$lupdate" -no-obsolete -locations none -extensions cpp,h,mm -pluralonly "${sources[@]}" -ts translations/freshet_en.ts
