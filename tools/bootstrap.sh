#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what building, running and testing Freshet needs on Debian, and nothing when it is
# all there already, so `make run` and `make test` stay fast on the second call.
# Usage: tools/bootstrap.sh [run|test|package]
set -euo pipefail

purpose=${1:-run}

packages=(
    cmake g++ ninja-build pkg-config
    # LLVM's linker: a test build links about a hundred executables (cmake/FreshetLinker.cmake).
    lld
    qt6-base-dev qtkeychain-qt6-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-dev
    # New items are written through the SQLite Qt's driver runs on (services/storage/sqlitestatement.h).
    libsqlite3-dev
    # The HTML5 parser of the article sanitiser (services/html/).
    libgumbo-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    # Qt's own words (Yes, No, Cancel, the file dialog) in the person's language.
    qt6-translations-l10n
    qt6-qpa-plugins fonts-dejavu-core
    # ICU's charset detector, for feeds that declare no encoding (the runtime library is Qt's).
    libicu-dev
    xvfb xauth
    # Downloads go through libcurl (services/downloads/httpget.cpp).
    libcurl4-openssl-dev
)
if [[ $purpose == test ]]; then
    # A real Secret Service for the keychain tests, clang's libFuzzer for the parser fuzz
    # smoke test, and the peers the benchmarks compare against.
    # systemd for systemd-analyze, which checks the generated user units.
    packages+=(dbus gnome-keyring libsecret-tools clang libclang-rt-14-dev python3 python3-feedparser systemd)
    # A real system tray on the tests' own X server: Quit against close-to-tray (tst_quit).
    packages+=(trayer)
    # tst_format checks the layout with the clang-format version .clang-format is written for.
    packages+=(clang-format-14)
    # A real forward proxy for the system proxy tests (tst_systemproxy): absolute-form GET,
    # CONNECT tunnels and a proxy login; openssl makes the certificate of its https origin.
    packages+=(tinyproxy openssl)
    # A real FreshRSS for the Google Reader sync tests (tools/freshrss/freshrss-server.sh): PHP
    # with SQLite and the extensions FreshRSS checks for at install, and curl to see it answer.
    packages+=(php8.2-cli php8.2-sqlite3 php8.2-curl php8.2-xml php8.2-mbstring php8.2-intl
        php8.2-zip php8.2-gmp curl util-linux)
fi
if [[ $purpose == test || $purpose == package ]]; then
    # cpack's .deb: dpkg-shlibdeps (dpkg-dev) and file find the libraries the binary needs.
    # The packaging tests also check the desktop file, the AppStream metainfo and the man page,
    # and run lintian on the .deb.
    packages+=(dpkg-dev file)
    if [[ $purpose == test ]]; then
        packages+=(desktop-file-utils appstream man-db groff-base lintian)
    fi
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} > 0)); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "Freshet needs these Debian packages: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ $purpose == test ]]; then
    # A real Tiny Tiny RSS server for the sync tests: its packages need debconf answers and must
    # not pull in Apache or start services, which that script takes care of.
    "$(dirname "$0")/ttrss/ttrss-server.sh" install
    # The generators and web servers of the interop matrix (ctest -L interop).
    "$(dirname "$0")/interop/install.sh"
fi
