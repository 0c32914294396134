#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A real FreshRSS (its Google Reader API) on loopback, for the sync tests. Our own adaptation of
# ../shared/servers/freshrss/start-freshrss.sh: FreshRSS itself is not in this repository; its
# public source archive is (../shared/servers/freshrss/), and this script unpacks it into the
# build tree. CTest starts it as a fixture (tests/app/CMakeLists.txt); it can be run by hand.
#
#   freshrss-server.sh start STATE_DIR ARCHIVE FEEDSERVER_BINARY
#                                  unpack ARCHIVE into STATE_DIR/src (once per archive), install
#                                  FreshRSS with SQLite and an empty user, start freshet-feedserver
#                                  and FreshRSS (php -S) on free ports, write STATE_DIR/env
#   freshrss-server.sh actualize STATE_DIR
#                                  have FreshRSS fetch every feed of the user now
#   freshrss-server.sh stop STATE_DIR
#   freshrss-server.sh status STATE_DIR
#
# STATE_DIR/env holds FRESHRSS_API_URL, FRESHRSS_USER, FRESHRSS_API_PASSWORD,
# FRESHRSS_FEEDSERVER_URL, FRESHRSS_WEB_LOG and FRESHRSS_VERSION; or, when this machine cannot
# run FreshRSS (no archive, packages missing), only FRESHRSS_SKIP_REASON. start then still
# succeeds, so the tests can report the reason as a skip. The packages come from
# tools/bootstrap.sh test.
#
# Feeds: unlike tt-rss, FreshRSS fetches from 127.0.0.1 on any port, so it subscribes to the
# feed server's own addresses. It keeps a copy of each feed (SimplePie's .spc files) and skips
# feeds fetched less than its TTL ago: actualize deletes the copies and backdates each feed's
# last update, then runs FreshRSS's own cli/actualize-user.php.
#
# Layout: STATE_DIR/src is only read. Everything FreshRSS writes goes to STATE_DIR/data through
# its DATA_PATH variable; every start begins with an empty one. As root, FreshRSS's tools and
# php -S run as www-data, which owns that folder: a web server facing PHP code has no business
# running as root.
set -euo pipefail

log() { printf '[freshrss-server] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

FR_USER=alice
FR_PASSWORD=alice-web-pass1
FR_API_PASSWORD=alice-api-pass1
# What FreshRSS's install checks for (cli/do-install.php), and curl to see it answer.
PACKAGES=(php8.2-cli php8.2-sqlite3 php8.2-curl php8.2-xml php8.2-mbstring php8.2-intl
          php8.2-zip php8.2-gmp curl python3 util-linux)

is_root() { [[ $(id -u) -eq 0 ]]; }
installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]; }
missing_packages() { local p; for p in "${PACKAGES[@]}"; do installed "$p" || echo "$p"; done; }

# A dead child of a minimal container's init can stay a zombie for a second: zombies are dead.
proc_alive() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $st != Z* ]]; }
group_alive() { ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ {f = 1} END {exit !f}'; }
pidfile_alive() { [[ -s $1 ]] && proc_alive "$(head -n1 "$1")"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# FreshRSS's command-line tools, run from its source tree as the web server's user.
fr_php() {
    local as=()
    [[ -n $WEB_USER ]] && as=(setpriv --reuid="$WEB_USER" --regid="$WEB_USER" --init-groups --)
    (cd "$STATE/src" && "${as[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME="$STATE" \
        "DATA_PATH=$STATE/data" /usr/bin/php "$@")
}

# Runs a command in a new session, so its process group is its own and stop can end every
# process it made (php -S workers too). The pid file holds the group's leader.
spawn() { # pidfile logfile as-web(0|1) command...
    local pidfile=$1 logfile=$2 web=$3; shift 3
    local as=()
    [[ $web == 1 && -n $WEB_USER ]] && as=(setpriv --reuid="$WEB_USER" --regid="$WEB_USER" --init-groups --)
    : >"$logfile"
    [[ $web == 1 && -n $WEB_USER ]] && chown "$WEB_USER:" "$logfile"
    rm -f "$pidfile"
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "${as[@]}" \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME="$STATE" "DATA_PATH=$STATE/data" "$@" \
        </dev/null >>"$logfile" 2>&1 &
    local i
    for i in $(seq 100); do [[ -s $pidfile ]] && return 0; sleep 0.05; done
    die "could not start $*"
}

stop_pidfile() {
    local pidfile=$1 pid i
    if pidfile_alive "$pidfile"; then
        pid=$(head -n1 "$pidfile")
        kill -TERM -- "-$pid" 2>/dev/null || true
        for i in $(seq 50); do group_alive "$pid" || break; sleep 0.1; done
        if group_alive "$pid"; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
    fi
    rm -f "$pidfile"
}

wait_for_port() { # port pidfile
    local i
    for i in $(seq 200); do
        port_open "$1" && return 0
        pidfile_alive "$2" || return 1
        sleep 0.05
    done
    return 1
}

# Unpacked once per archive (name, size and time), so a second start costs no extraction.
unpack() { # archive
    local stamp; stamp=$(stat -c '%n %s %Y' "$1")
    if [[ ! -f $STATE/src/.unpacked-from || $(cat "$STATE/src/.unpacked-from") != "$stamp" ]]; then
        rm -rf "$STATE/src"
        install -d "$STATE/src"
        tar -xzf "$1" -C "$STATE/src" --strip-components=1 || die "could not unpack $1"
        chmod -R a+rX "$STATE/src"
        echo "$stamp" >"$STATE/src/.unpacked-from"
    fi
    [[ -f $STATE/src/constants.php && -f $STATE/src/p/api/greader.php && -f $STATE/src/cli/do-install.php ]] \
        || die "$1 does not hold a FreshRSS source tree (constants.php, p/api/greader.php, cli/)"
}

install_freshrss() { # web port
    rm -rf "$STATE/data"
    install -d -m 0750 "$STATE/data"
    [[ -n $WEB_USER ]] && chown "$WEB_USER:" "$STATE/data"
    # create-user imports DATA_PATH/opml.xml, else FreshRSS's default OPML of internet feeds;
    # --no-default-feeds crashes in this snapshot, so an empty OPML is how to start with none.
    cat >"$STATE/data/opml.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>No feeds</title></head><body></body></opml>
EOF
    [[ -n $WEB_USER ]] && chown "$WEB_USER:" "$STATE/data/opml.xml"
    fr_php cli/prepare.php >/dev/null
    fr_php cli/do-install.php --default-user "$FR_USER" --auth-type form --environment production \
        --base-url "http://127.0.0.1:$1/" --api-enabled --db-type sqlite --disable-update \
        --title "FreshRSS test" >/dev/null 2>"$STATE/install.log" || { cat "$STATE/install.log" >&2; die "cli/do-install.php failed"; }
    fr_php cli/create-user.php --user "$FR_USER" --password "$FR_PASSWORD" --api-password "$FR_API_PASSWORD" \
        >/dev/null 2>"$STATE/create-user.log" || { cat "$STATE/create-user.log" >&2; die "cli/create-user.php failed"; }
    # FreshRSS deletes read articles beyond 200 a feed, at random in one refresh of 30: a test
    # counting articles must not lose some by chance. Keep every article.
    fr_php -r '$f = $argv[1]; $c = include $f; $c["archiving"]["keep_max"] = false; $c["archiving"]["keep_period"] = false;
        file_put_contents($f, "<?php\nreturn " . var_export($c, true) . ";\n") !== false || exit(1);' \
        "$STATE/data/users/$FR_USER/config.php" || die "could not keep every article"
}

start_feedserver() { # binary
    [[ -x $1 ]] || die "no feed server binary at $1"
    rm -f "$STATE/feedserver.port"
    spawn "$STATE/feedserver.pid" "$STATE/feedserver.log" 0 "$1" --port 0 --port-file "$STATE/feedserver.port" --feeds 1000 --log
    local i
    for i in $(seq 200); do [[ -s $STATE/feedserver.port ]] && break; sleep 0.05; done
    [[ -s $STATE/feedserver.port ]] || { tail -n 20 "$STATE/feedserver.log" >&2; die "the feed server did not start"; }
}

start_web() { # port
    # Two workers: a test may call the API directly while a client's request is running.
    spawn "$STATE/web.pid" "$STATE/web.log" 1 PHP_CLI_SERVER_WORKERS=2 /usr/bin/php -S "127.0.0.1:$1" -t "$STATE/src/p"
    wait_for_port "$1" "$STATE/web.pid" || { tail -n 20 "$STATE/web.log" >&2; die "FreshRSS (php -S) did not start"; }
    local i answer=''
    for i in $(seq 100); do
        answer=$(curl -sS -m 5 "http://127.0.0.1:$1/api/greader.php" 2>/dev/null) && [[ $answer == OK ]] && return 0
        sleep 0.1
    done
    tail -n 20 "$STATE/web.log" >&2
    die "FreshRSS's API does not answer (got: ${answer:0:200})"
}

write_env() { # web port
    local version
    version=$(sed -n "s/^const FRESHRSS_VERSION = '\(.*\)';/\1/p" "$STATE/src/constants.php")
    cat >"$STATE/env.tmp" <<EOF
FRESHRSS_API_URL=http://127.0.0.1:$1/api/greader.php
FRESHRSS_USER=$FR_USER
FRESHRSS_API_PASSWORD=$FR_API_PASSWORD
FRESHRSS_FEEDSERVER_URL=http://127.0.0.1:$(cat "$STATE/feedserver.port")
FRESHRSS_WEB_LOG=$STATE/web.log
FRESHRSS_VERSION=$version
EOF
    mv -f "$STATE/env.tmp" "$STATE/env"
}

skip() {
    log "FreshRSS tests will be skipped: $1"
    printf 'FRESHRSS_SKIP_REASON=%s\n' "$1" >"$STATE/env"
    exit 0
}

start() { # archive feedserver
    stop
    [[ -f $1 ]] || skip "no FreshRSS source archive at $1"
    local missing; mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || skip "not installed: ${missing[*]} (run tools/bootstrap.sh test as root)"
    if [[ -n $WEB_USER ]]; then
        runuser -u "$WEB_USER" -- test -x "$STATE" \
            || die "user $WEB_USER cannot reach $STATE: make the build tree world-searchable (chmod o+x)"
    fi
    local started=$SECONDS attempt port
    unpack "$1"
    start_feedserver "$2"
    for attempt in 1 2 3; do # another process may take the free port first
        port=$(free_port)
        install_freshrss "$port"
        if (start_web "$port"); then
            write_env "$port"
            log "running at http://127.0.0.1:$port/ (feeds: $(cat "$STATE/feedserver.port"); started in $((SECONDS - started)) s)"
            return 0
        fi
        stop_pidfile "$STATE/web.pid"
    done
    die "FreshRSS did not start"
}

actualize() {
    [[ -d $STATE/data/users/$FR_USER ]] || die "not installed: run start first"
    find "$STATE/data/cache" -maxdepth 1 -name '*.spc' -delete
    fr_php -r '$db = new PDO("sqlite:" . $argv[1]); $db->exec("UPDATE feed SET lastUpdate = 1") !== false || exit(1);' \
        "$STATE/data/users/$FR_USER/db.sqlite" || die "could not backdate the feeds"
    # It exits 1 when no feed was updated, which is no failure here; its summary line is.
    fr_php cli/actualize-user.php --user "$FR_USER" >"$STATE/actualize.log" 2>&1 || true
    grep -q '^FreshRSS actualized' "$STATE/actualize.log" || { cat "$STATE/actualize.log" >&2; die "cli/actualize-user.php failed"; }
}

stop() {
    stop_pidfile "$STATE/web.pid"
    stop_pidfile "$STATE/feedserver.pid"
    rm -f "$STATE/env"
}

status() {
    local name
    for name in web feedserver; do
        if pidfile_alive "$STATE/$name.pid"; then echo "$name: running, pid $(head -n1 "$STATE/$name.pid")"; else echo "$name: stopped"; fi
    done
}

command=${1:-}
STATE=${2:?usage: freshrss-server.sh start STATE_DIR ARCHIVE FEEDSERVER_BINARY | actualize|stop|status STATE_DIR}
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
WEB_USER=''
if is_root && id www-data >/dev/null 2>&1; then WEB_USER=www-data; fi
case $command in
    start) start "${3:?the FreshRSS source archive}" "${4:?the feed server binary}" ;;
    actualize) actualize ;;
    stop) stop ;;
    status) status ;;
    *) die "unknown command $command" ;;
esac
