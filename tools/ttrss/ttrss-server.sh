#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A real Tiny Tiny RSS server (Debian 12's tt-rss 21, API level 15) on loopback, for the sync
# tests. CTest starts it as a fixture (tests/services/sync/CMakeLists.txt); it can also be run
# by hand.
#
#   ttrss-server.sh install                  install the Debian packages (root; no-op when present)
#   ttrss-server.sh start STATE_DIR FEEDSERVER_BINARY
#                                            start PostgreSQL (a private cluster), freshet-feedserver
#                                            and tt-rss (php -S) on free ports, with an empty
#                                            database; write STATE_DIR/env
#   ttrss-server.sh stop STATE_DIR           stop what start started (pid files, process groups)
#   ttrss-server.sh sql STATE_DIR 'SQL'      run SQL in the tt-rss database
#   ttrss-server.sh status STATE_DIR
#
# STATE_DIR/env holds TTRSS_URL, TTRSS_USER, TTRSS_PASSWORD, TTRSS_FEEDSERVER_URL and
# TTRSS_FEED_HOST; or, when this machine cannot run tt-rss, only TTRSS_SKIP_REASON. start then
# still succeeds, so the tests can report the reason as a skip.
#
# How feeds reach tt-rss: tt-rss refuses to fetch from 127.x, localhost and ports other than
# 80/443. Feeds are therefore subscribed as http://feeds.test/PATH, a name that does not
# resolve, and tt-rss fetches every URL through its _HTTP_PROXY, which is freshet-feedserver
# itself: it serves absolute-form requests ("GET http://feeds.test/gen/1.xml") like their
# path. So http://feeds.test/gen/7.xml?items=250 is the feed server's /gen/7.xml?items=250.
#
# Stale content: tt-rss sends If-Modified-Since/If-None-Match and keeps a 30-second file cache
# of fetched feeds. Tests add `validators=none` to feed URLs (the feed server then sends neither
# ETag nor Last-Modified, so tt-rss never gets a 304), and the cache folder is left unwritable,
# so an update always sees the feed as it is now.
#
# The configuration is our own file in STATE_DIR, loaded before tt-rss's with PHP's
# auto_prepend_file: tt-rss's settings are constants, and the first definition wins. So
# /etc/tt-rss stays as Debian ships it and instances in several build trees never share a
# configuration. PostgreSQL refuses to run as root and tt-rss refuses uid 0, so as root they
# run as postgres and www-data; as another user, as that user.
set -euo pipefail

log() { printf '[ttrss-server] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

WWW=/usr/share/tt-rss/www
TTRSS_USER=admin
TTRSS_PASSWORD=password   # the built-in account of tt-rss's schema
FEED_HOST=feeds.test
DB_NAME=ttrss
PACKAGES=(tt-rss postgresql php8.2-cli php8.2-cgi php8.2-pgsql php8.2-curl php8.2-intl
          php8.2-mbstring php8.2-xml python3 procps)

is_root() { [[ $(id -u) -eq 0 ]]; }
installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]; }
missing_packages() { local p; for p in "${PACKAGES[@]}"; do installed "$p" || echo "$p"; done; }

# ---------------------------------------------------------------------------------- install ---
install_packages() {
    local missing; mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) && return 0
    if ! is_root; then
        log "tt-rss sync tests need: ${missing[*]} (install as root: tools/bootstrap.sh test); they will be skipped"
        return 0
    fi
    log "installing: ${missing[*]}"
    local started=$SECONDS
    # No database set-up by dbconfig-common (each test instance makes its own) and no web
    # server configuration (php -S serves it).
    debconf-set-selections <<'EOF'
tt-rss tt-rss/dbconfig-install boolean false
tt-rss tt-rss/reconfigure-webserver multiselect
tt-rss tt-rss/self_url_path string http://127.0.0.1/
EOF
    # Keep the maintainer scripts from starting services (tt-rss's update daemon, the system
    # PostgreSQL cluster). Container images often have this file already; only ours is removed.
    local made_policy=0
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        made_policy=1
    fi
    apt-cache policy tt-rss 2>/dev/null | grep -q 'Candidate: [0-9]' || apt-get update -q
    local rc=0
    # "libapache2-mod-php-": tt-rss depends on "libapache2-mod-php | php-cgi | php"; without
    # it apt would bring Apache.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${PACKAGES[@]}" libapache2-mod-php- libapache2-mod-php8.2- || rc=$?
    ((made_policy)) && rm -f /usr/sbin/policy-rc.d
    ((rc == 0)) || die "apt-get install failed"
    log "installed in $((SECONDS - started)) s"
}

# ------------------------------------------------------------------------------- processes ---
# A dead child of a minimal container's init can stay a zombie for a second: zombies are dead.
proc_alive() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $st != Z* ]]; }
group_alive() { ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ {f = 1} END {exit !f}'; }
pidfile_alive() { [[ -s $1 ]] && proc_alive "$(head -n1 "$1")"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Runs a command as USER (or as ourselves when that is empty) in a new session, so its process
# group is its own and stop can end every process it made (php -S workers too).
spawn() { # pidfile logfile user command...
    local pidfile=$1 logfile=$2 user=$3; shift 3
    local as=()
    [[ -n $user ]] && as=(setpriv --reuid="$user" --regid="$user" --init-groups --)
    : >"$logfile"
    [[ -n $user ]] && chown "$user:" "$logfile"
    rm -f "$pidfile"
    # The shell writes its pid and execs: pid file = server pid = its process group.
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "${as[@]}" \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME="$STATE" "$@" \
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

# ------------------------------------------------------------------------------ postgresql ---
pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }
as_db_owner() { if [[ -n $PG_USER ]]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }
psql_run() { PGOPTIONS="-c client_min_messages=warning" as_db_owner "$(pgbin)/psql" -h "$(cat "$STATE/pgsock.path")" -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
pg_running() { [[ -s $STATE/pgsock.path ]] && as_db_owner "$(pgbin)/pg_ctl" -D "$STATE/pgdata" status >/dev/null 2>&1; }

start_postgresql() {
    # A unix socket path must stay under 108 bytes, which a build tree may not: the socket
    # gets a short private folder of its own.
    local sock; sock=$(mktemp -d /tmp/freshet-ttrss-pg.XXXXXX)
    chmod 0755 "$sock"
    [[ -n $PG_USER ]] && chown "$PG_USER:" "$sock"
    echo "$sock" >"$STATE/pgsock.path"
    if [[ ! -s $STATE/pgdata/PG_VERSION ]]; then
        rm -rf "$STATE/pgdata"
        install -d -m 0700 "$STATE/pgdata"
        [[ -n $PG_USER ]] && chown "$PG_USER:" "$STATE/pgdata"
        as_db_owner "$(pgbin)/initdb" -D "$STATE/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
            --no-sync >"$STATE/initdb.log" 2>&1 || { cat "$STATE/initdb.log" >&2; die "initdb failed"; }
        cat >>"$STATE/pgdata/postgresql.conf" <<'EOF'
# ttrss-server.sh: a throwaway test cluster, on a unix socket only
listen_addresses = ''
max_connections = 20
shared_buffers = 16MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    fi
    : >"$STATE/postgresql.log"
    [[ -n $PG_USER ]] && chown "$PG_USER:" "$STATE/postgresql.log"
    as_db_owner "$(pgbin)/pg_ctl" -D "$STATE/pgdata" -l "$STATE/postgresql.log" -w -t 60 \
        -o "-k $sock -p 5432" start >/dev/null || { tail -n 20 "$STATE/postgresql.log" >&2; die "PostgreSQL did not start"; }
}

# Every start begins with an empty database, so tests never see an earlier run's articles.
create_database() {
    psql_run -d postgres -c "drop database if exists $DB_NAME" -c "create database $DB_NAME encoding 'UTF8' template template0"
    psql_run -d "$DB_NAME" -f "$WWW/../schema/ttrss_schema_pgsql.sql" >/dev/null
    # The API is off by default for every user.
    psql_run -d "$DB_NAME" -c "insert into ttrss_user_prefs (owner_uid, pref_name, profile, value)
        select id, 'ENABLE_API_ACCESS', null, 'true' from ttrss_users where login = '$TTRSS_USER'"
}

# ---------------------------------------------------------------------------------- tt-rss ---
write_config() { # web port, feed server port
    local base="http://127.0.0.1:$1/" dir
    for dir in lock icons cache cache/images cache/upload cache/export cache/js; do
        install -d -m 0755 "$STATE/$dir"
        [[ -n $WEB_USER ]] && chown "$WEB_USER:" "$STATE/$dir"
    done
    # Not writable by tt-rss on purpose: then it never serves a feed from its file cache.
    install -d -m 0555 "$STATE/cache/feeds"
    cat >"$STATE/config.php" <<EOF
<?php
// Written by tools/ttrss/ttrss-server.sh, loaded before tt-rss's own config.php (whose
// definitions then do not take effect).
define('DB_TYPE', 'pgsql');
define('DB_HOST', '$(cat "$STATE/pgsock.path")');
define('DB_PORT', '5432');
define('DB_USER', 'postgres');
define('DB_NAME', '$DB_NAME');
define('DB_PASS', '');
define('MYSQL_CHARSET', 'UTF8');
define('SELF_URL_PATH', '$base');
define('SINGLE_USER_MODE', false);
define('SIMPLE_UPDATE_MODE', false);
define('PHP_EXECUTABLE', '/usr/bin/php');
define('LOCK_DIRECTORY', '$STATE/lock');
define('CACHE_DIR', '$STATE/cache');
define('ICONS_DIR', '$STATE/icons');
define('ICONS_URL', 'feed-icons');
define('AUTH_AUTO_CREATE', true);
define('AUTH_AUTO_LOGIN', true);
define('FORCE_ARTICLE_PURGE', 0);
define('ENABLE_REGISTRATION', false);
define('REG_NOTIFY_ADDRESS', 'user@example.invalid');
define('REG_MAX_USERS', 10);
define('SESSION_COOKIE_LIFETIME', 86400);
define('SMTP_FROM_NAME', 'Tiny Tiny RSS');
define('SMTP_FROM_ADDRESS', 'noreply@example.invalid');
define('DIGEST_SUBJECT', '[tt-rss] New headlines');
define('CHECK_FOR_UPDATES', false);
define('ENABLE_GZIP_OUTPUT', false);
define('PLUGINS', 'auth_internal');
define('LOG_DESTINATION', '');
define('CONFIG_VERSION', 26);
define('_HTTP_PROXY', '127.0.0.1:$2');
EOF
    chmod 0644 "$STATE/config.php"
}

wait_for_port() { # port pidfile what
    local i
    for i in $(seq 200); do
        port_open "$1" && return 0
        pidfile_alive "$2" || return 1
        sleep 0.05
    done
    return 1
}

start_feedserver() {
    local binary=$1
    [[ -x $binary ]] || die "no feed server binary at $binary"
    rm -f "$STATE/feedserver.port"
    spawn "$STATE/feedserver.pid" "$STATE/feedserver.log" "" "$binary" --port 0 \
        --port-file "$STATE/feedserver.port" --feeds 1000 --log
    local i
    for i in $(seq 200); do [[ -s $STATE/feedserver.port ]] && break; sleep 0.05; done
    [[ -s $STATE/feedserver.port ]] || { tail -n 20 "$STATE/feedserver.log" >&2; die "the feed server did not start"; }
}

start_web() { # feed server port; tries a few ports in case another process takes one first
    local attempt port
    for attempt in 1 2 3; do
        port=$(free_port)
        write_config "$port" "$1"
        # Two workers: a test may call the API directly while a client's request is running.
        # No time limit: php -S gives each request 30 s, and tt-rss stops storing a feed's
        # articles at 70% of it ("too many articles to process at once"), so on a slow or busy
        # machine a 3000-article feed arrived in part, a different part each run.
        spawn "$STATE/web.pid" "$STATE/web.log" "$WEB_USER" PHP_CLI_SERVER_WORKERS=2 /usr/bin/php \
            -d "auto_prepend_file=$STATE/config.php" -d error_reporting=E_ERROR -d display_errors=stderr -d max_execution_time=0 \
            -S "127.0.0.1:$port" -t "$WWW"
        if wait_for_port "$port" "$STATE/web.pid"; then
            echo "$port" >"$STATE/web.port"
            return 0
        fi
        stop_pidfile "$STATE/web.pid"
    done
    tail -n 20 "$STATE/web.log" >&2
    die "tt-rss (php -S) did not start"
}

check_api() {
    local port; port=$(cat "$STATE/web.port")
    local answer
    answer=$(python3 - "$port" "$TTRSS_USER" "$TTRSS_PASSWORD" <<'EOF'
import json, sys, urllib.request
port, user, password = sys.argv[1:4]
request = urllib.request.Request(f"http://127.0.0.1:{port}/api/",
    json.dumps({"op": "login", "user": user, "password": password}).encode(),
    {"Content-Type": "application/json"})
print(json.loads(urllib.request.urlopen(request, timeout=30).read())["status"])
EOF
    ) || true
    [[ $answer == 0 ]] || { tail -n 20 "$STATE/web.log" >&2; die "tt-rss's API does not accept a login"; }
}

write_env() {
    cat >"$STATE/env.tmp" <<EOF
TTRSS_URL=http://127.0.0.1:$(cat "$STATE/web.port")/
TTRSS_USER=$TTRSS_USER
TTRSS_PASSWORD=$TTRSS_PASSWORD
TTRSS_FEEDSERVER_URL=http://127.0.0.1:$(cat "$STATE/feedserver.port")
TTRSS_FEED_HOST=$FEED_HOST
EOF
    mv -f "$STATE/env.tmp" "$STATE/env"
}

skip() {
    log "tt-rss tests will be skipped: $1"
    printf 'TTRSS_SKIP_REASON=%s\n' "$1" >"$STATE/env"
    exit 0
}

start() {
    local feedserver=$1
    stop
    local missing; mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || skip "not installed: ${missing[*]} (run tools/bootstrap.sh test as root)"
    if is_root; then
        PG_USER=postgres WEB_USER=www-data
        runuser -u postgres -- test -x "$STATE" && runuser -u www-data -- test -x "$STATE" \
            || die "users postgres and www-data cannot reach $STATE: make the build tree world-searchable (chmod o+x)"
    fi
    local started=$SECONDS
    start_postgresql
    create_database
    start_feedserver "$feedserver"
    start_web "$(cat "$STATE/feedserver.port")"
    check_api
    write_env
    log "running at http://127.0.0.1:$(cat "$STATE/web.port")/ (feeds: $(cat "$STATE/feedserver.port"); started in $((SECONDS - started)) s)"
}

stop() {
    stop_pidfile "$STATE/web.pid"
    stop_pidfile "$STATE/feedserver.pid"
    if [[ -d $STATE/pgdata ]] && pg_running; then
        as_db_owner "$(pgbin)/pg_ctl" -D "$STATE/pgdata" -m fast -w stop >/dev/null || true
    fi
    if [[ -s $STATE/pgsock.path ]]; then
        local sock; sock=$(cat "$STATE/pgsock.path")
        [[ $sock == /tmp/freshet-ttrss-pg.* ]] && rm -rf "$sock"
        rm -f "$STATE/pgsock.path"
    fi
    rm -f "$STATE/env"
}

status() {
    local name
    for name in web feedserver; do
        if pidfile_alive "$STATE/$name.pid"; then echo "$name: running, pid $(head -n1 "$STATE/$name.pid")"; else echo "$name: stopped"; fi
    done
    if pg_running; then echo "postgresql: running"; else echo "postgresql: stopped"; fi
}

command=${1:-}
[[ $command == install ]] && { install_packages; exit 0; }
STATE=${2:?usage: ttrss-server.sh install | start STATE_DIR FEEDSERVER_BINARY | stop|status STATE_DIR | sql STATE_DIR SQL}
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
PG_USER='' WEB_USER=''
if is_root && id postgres >/dev/null 2>&1 && id www-data >/dev/null 2>&1; then PG_USER=postgres WEB_USER=www-data; fi
case $command in
    start) start "${3:?the feed server binary}" ;;
    stop) stop ;;
    status) status ;;
    sql) pg_running || die "not running"; psql_run -d "$DB_NAME" -c "${3:?SQL}" ;;
    *) die "unknown command $command" ;;
esac
