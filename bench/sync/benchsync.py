#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Sync benchmark (issue 9, "Figures"): Freshet against a real Tiny Tiny RSS server on loopback.

Starts its own tt-rss (tools/ttrss/ttrss-server.sh, state under the build tree), subscribes the
admin account to N generated feeds of M items and has tt-rss ingest them; then times
`freshet sync --json` on a fresh profile (first sync), after 1% changed on the server
(incremental, repeated) and with nothing changed. Beside every Freshet run it replays the same
API calls from a minimal client (no parsing beyond JSON, no storage): the server's own share.

Figures are reported, never judged: the exit status is 0 unless something broke.
"""

import argparse
import atexit
import concurrent.futures
import datetime
import json
import os
import platform
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
SCRIPT = os.path.join(SOURCE, 'tools', 'ttrss', 'ttrss-server.sh')
TTRSS_WWW = '/usr/share/tt-rss/www'
BUS_MARK = 'FRESHET_BENCH_SYNC_PRIVATE_BUS'
RUN_TIMEOUT_S = 3700
NO_PROXY_ENV = {k: v for k, v in os.environ.items() if 'proxy' not in k.lower()}
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))

# tt-rss's virtual feeds (as services/sync/ttrss/ttrssclient.cpp uses them).
ALL_ARTICLES, STARRED, ALL_REAL_FEEDS = -4, -1, -3
PAGE = 200

CHILDREN = []
CLEANUPS = []


class Broken(Exception):
    """Something other than speed went wrong: the figures would be meaningless."""


def log(message):
    print(f'[bench-sync] {message}', file=sys.stderr, flush=True)


def cleanup():
    for child in CHILDREN:
        if child.poll() is None:
            child.terminate()
    for child in CHILDREN:
        try:
            child.wait(5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    while CLEANUPS:
        CLEANUPS.pop()()


def on_signal(signum, _frame):
    # sys.exit runs atexit's cleanup: the tt-rss instance stops whatever ended the run.
    sys.exit(128 + signum)


# --- tt-rss ---------------------------------------------------------------------------------

def running_ttrss():
    """Every process on this machine that belongs to a tt-rss instance of ttrss-server.sh."""
    found = []
    for pid in filter(str.isdigit, os.listdir('/proc')):
        try:
            with open(f'/proc/{pid}/cmdline', 'rb') as f:
                args = f.read().split(b'\0')
        except OSError:
            continue
        text = ' '.join(a.decode(errors='replace') for a in args if a)
        is_web = any(a == TTRSS_WWW.encode() for a in args) and any(a == b'-S' for a in args)
        is_db = 'postgres' in text and '/tmp/freshet-ttrss-pg.' in text
        if is_web or is_db:
            found.append(f'{pid}: {text[:160]}')
    return found


class TtRss:
    """The instance this benchmark starts and always stops."""

    def __init__(self, state, feedserver):
        self.state = state
        others = running_ttrss()
        if others:
            raise Broken('a tt-rss instance already runs on this machine (the CTest fixture of some build tree, '
                         'or an earlier benchmark); only one can run at a time. Stop it first (ctest finishes, or '
                         '`tools/ttrss/ttrss-server.sh stop STATE_DIR`):\n  ' + '\n  '.join(others))
        CLEANUPS.append(self.stop)
        log(f'starting tt-rss in {state}')
        done = subprocess.run([SCRIPT, 'start', state, feedserver], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=NO_PROXY_ENV, timeout=300)
        if done.returncode != 0:
            raise Broken(f'ttrss-server.sh start failed: {done.stderr.strip()[-800:]}')
        env = {}
        with open(os.path.join(state, 'env')) as f:
            for line in f:
                key, _, value = line.strip().partition('=')
                env[key] = value
        if 'TTRSS_SKIP_REASON' in env:
            raise Broken(f'tt-rss cannot run here: {env["TTRSS_SKIP_REASON"]}')
        self.url, self.user, self.password = env['TTRSS_URL'], env['TTRSS_USER'], env['TTRSS_PASSWORD']
        self.feedserver, self.feed_host = env['TTRSS_FEEDSERVER_URL'], env['TTRSS_FEED_HOST']
        self.api = Api(self.url, self.user, self.password)

    def stop(self):
        log('stopping tt-rss')
        subprocess.run([SCRIPT, 'stop', self.state], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        # 50k articles leave over 1 GB of PostgreSQL files; the next start runs initdb again.
        if not running_ttrss():
            shutil.rmtree(os.path.join(self.state, 'pgdata'), ignore_errors=True)

    def sql(self, statement):
        """Runs SQL in tt-rss's database; the rows as lists of strings."""
        pgbin = sorted(os.listdir('/usr/lib/postgresql'), key=lambda v: [int(x) for x in v.split('.')])[-1]
        with open(os.path.join(self.state, 'pgsock.path')) as f:
            sock = f.read().strip()
        cmd = [f'/usr/lib/postgresql/{pgbin}/bin/psql', '-h', sock, '-p', '5432', '-U', 'postgres', '-d', 'ttrss',
               '-X', '-q', '-t', '-A', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', statement]
        if os.getuid() == 0:
            cmd = ['runuser', '-u', 'postgres', '--'] + cmd
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600)
        if done.returncode != 0:
            raise Broken(f'SQL failed: {done.stderr.strip()[:500]}')
        return [line.split('\t') for line in done.stdout.splitlines() if line]

    def scalar(self, statement):
        return int(self.sql(statement)[0][0])

    def feed_url(self, n, items):
        return f'http://{self.feed_host}/gen/{n}.xml?items={items}&validators=none'

    def bump(self, feed, count):
        req = urllib.request.Request(f'{self.feedserver}/control/bump?feed={feed}&count={count}', data=b'', method='POST')
        with HTTP.open(req, timeout=30) as reply:
            if json.loads(reply.read()).get('bumped') != 1:
                raise Broken(f'the feed server did not bump feed {feed}')

    def api_requests(self):
        """API requests php -S has logged so far (one line per request)."""
        with open(os.path.join(self.state, 'web.log'), errors='replace') as f:
            return sum(1 for line in f if 'POST /api/' in line)


class Api:
    """tt-rss's JSON API in a session of its own."""

    def __init__(self, url, user, password):
        self.endpoint = url.rstrip('/') + '/api/'
        self.user, self.password = user, password
        self.sid = None
        self.requests = 0

    def post(self, body):
        req = urllib.request.Request(self.endpoint, json.dumps(body).encode(), {'Content-Type': 'application/json'})
        with HTTP.open(req, timeout=600) as reply:
            answer = json.loads(reply.read())
        self.requests += 1
        if answer.get('status') != 0:
            raise Broken(f'tt-rss API {body.get("op")}: {json.dumps(answer)[:300]}')
        return answer['content']

    def login(self):
        self.sid = self.post({'op': 'login', 'user': self.user, 'password': self.password})['session_id']

    def call(self, op, **params):
        if self.sid is None:
            self.login()
        return self.post(dict(params, op=op, sid=self.sid))


def replay_sync(ttrss, since):
    """The calls `freshet sync` makes (services/sync/accountsync.cpp, ttrss/ttrssclient.cpp),
    from a client that only decodes the JSON: how long the server itself needs for one sync."""
    api = Api(ttrss.url, ttrss.user, ttrss.password)
    start = time.monotonic()
    api.login()
    api.call('getCategories', include_empty=True)
    api.call('getFeeds', cat_id=ALL_REAL_FEEDS, include_nested=True)
    skip, articles = 0, 0
    while True:
        page = api.call('getHeadlines', feed_id=ALL_ARTICLES, view_mode='all_articles', since_id=since, skip=skip,
                        limit=PAGE, show_content=True, include_attachments=True)
        articles += len(page)
        skip += len(page)
        if len(page) < PAGE:
            break
    ids = {}
    for name, feed, mode in (('unread', ALL_ARTICLES, 'unread'), ('starred', STARRED, 'all_articles')):
        skip = 0
        while True:
            page = api.call('getHeadlines', feed_id=feed, view_mode=mode, skip=skip, limit=PAGE, show_content=False,
                            include_attachments=False)
            skip += len(page)
            if len(page) < PAGE:
                break
        ids[name] = skip
    return {'wall': time.monotonic() - start, 'requests': api.requests, 'articles': articles, 'unread': ids['unread']}


# --- Freshet and its keychain ---------------------------------------------------------------

def start_keyring(env):
    """gnome-keyring-daemon's Secret Service on this process's private bus, login keyring unlocked."""
    def gdbus(*args):
        return subprocess.run(['gdbus', 'call', '--session', *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True, env=env, timeout=10).stdout

    def owned():
        return 'true' in gdbus('--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus',
                               '--method', 'org.freedesktop.DBus.NameHasOwner', 'org.freedesktop.secrets')

    # Touching the service before the daemon owns its name would activate a second, locked one.
    if owned():
        raise Broken('a Secret Service already runs on the private bus')
    daemon = subprocess.Popen(['gnome-keyring-daemon', '--foreground', '--unlock', '--components=secrets'],
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    CHILDREN.append(daemon)
    daemon.stdin.write(b'freshet-bench-keyring')
    daemon.stdin.close()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            raise Broken(f'gnome-keyring-daemon quit ({daemon.returncode})')
        if owned():
            alias = gdbus('--dest', 'org.freedesktop.secrets', '--object-path', '/org/freedesktop/secrets',
                          '--method', 'org.freedesktop.Secret.Service.ReadAlias', 'default')
            if alias and "'/'" not in alias:
                return
        time.sleep(0.05)
    raise Broken('gnome-keyring-daemon did not open its login keyring in time')


def measure(cmd, workdir, env, stdin_bytes=None):
    """Runs cmd once: wall seconds, user+sys CPU seconds and peak RSS (wait4), and its stdout."""
    out_path, err_path = os.path.join(workdir, 'stdout.txt'), os.path.join(workdir, 'stderr.txt')
    with open(out_path, 'w') as out, open(err_path, 'w') as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.PIPE, env=env, cwd=workdir)
        CHILDREN.append(proc)
        proc.stdin.write(stdin_bytes or b'')
        proc.stdin.close()
        deadline = start + RUN_TIMEOUT_S
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                raise Broken(f'{cmd[0]} took longer than {RUN_TIMEOUT_S} s')
            time.sleep(0.002)
        wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path) as f:
        stdout = f.read()
    if proc.returncode != 0:
        with open(err_path) as f:
            raise Broken(f'{" ".join(cmd[3:5])} exited {proc.returncode}: {f.read().strip()[:500]}')
    return {'wall': wall, 'cpu': usage.ru_utime + usage.ru_stime, 'rssMb': usage.ru_maxrss / 1024.0, 'stdout': stdout}


class Freshet:
    def __init__(self, binary, workdir, env):
        self.binary, self.workdir, self.env = binary, workdir, env
        self.profile = os.path.join(workdir, 'profile')

    def run(self, *args, stdin_bytes=None):
        return measure([self.binary, '--profile', self.profile, *args], self.workdir, self.env, stdin_bytes)

    def sync(self, ttrss):
        before = ttrss.api_requests()
        fig = self.run('sync', '--json', '--deadline', '3600')
        fig['requests'] = ttrss.api_requests() - before
        summary = json.loads(fig.pop('stdout'))
        accounts = summary.get('accounts', [])
        if summary.get('result') == 'failed' or summary.get('deadlineHit') or len(accounts) != 1:
            raise Broken(f'freshet sync: {summary}')
        fig.update(newItems=summary['newItems'], updatedItems=summary['updatedItems'], engineMs=summary['elapsedMs'])
        fig['stored'], fig['read'] = self.counts()
        return fig

    def counts(self):
        db = sqlite3.connect(f'file:{os.path.join(self.profile, "freshet.db")}?mode=ro', uri=True)
        try:
            return db.execute('SELECT COUNT(*), COALESCE(SUM(read), 0) FROM items WHERE remote_id IS NOT NULL').fetchone()
        finally:
            db.close()


# --- the scenarios --------------------------------------------------------------------------

def populate(ttrss, args):
    """Subscribes the admin account to the generated feeds and has tt-rss ingest every article."""
    start = time.monotonic()
    owner = ttrss.scalar(f"SELECT id FROM ttrss_users WHERE login = '{ttrss.user}'")
    # One statement instead of 1000 subscribeToFeed calls (each of which downloads the feed
    # once more only to check that it is one): subscribing is not what is measured.
    values = ','.join(f"({owner}, '[Unknown]', '{ttrss.feed_url(n, args.items)}')" for n in range(args.feeds))
    ttrss.sql(f'INSERT INTO ttrss_feeds (owner_uid, title, feed_url) VALUES {values}')
    feed_ids = {int(url.split('/gen/')[1].split('.')[0]): int(fid)
                for fid, url in ttrss.sql(f'SELECT id, feed_url FROM ttrss_feeds WHERE owner_uid = {owner}')}
    subscribe_s = time.monotonic() - start

    # The API's updateFeed runs tt-rss's own update (RSSUtils::update_rss_feed) inside the
    # running php -S workers, so no PHP start-up per feed as with update.php; two at a time,
    # as many as php -S has workers.
    log(f'tt-rss ingests {args.feeds} feeds × {args.items} items (two at a time through its API updateFeed)')
    start = time.monotonic()
    done = 0
    sessions = threading.local()

    def update(feed_id):
        # A session per thread: no two requests at once in one session.
        if not hasattr(sessions, 'api'):
            sessions.api = Api(ttrss.url, ttrss.user, ttrss.password)
        sessions.api.call('updateFeed', feed_id=feed_id)

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for _ in pool.map(update, sorted(feed_ids.values())):
            done += 1
            if done % 50 == 0 or done == len(feed_ids):
                elapsed = time.monotonic() - start
                log(f'  {done}/{len(feed_ids)} feeds, {elapsed:.0f} s, about '
                    f'{elapsed / done * (len(feed_ids) - done):.0f} s left')
    ingest_s = time.monotonic() - start
    articles = ttrss.scalar(f'SELECT COUNT(*) FROM ttrss_user_entries WHERE owner_uid = {owner}')
    errors = ttrss.scalar(f"SELECT COUNT(*) FROM ttrss_feeds WHERE owner_uid = {owner} AND last_error != ''")
    expected = args.feeds * args.items
    if articles != expected or errors:
        raise Broken(f'tt-rss holds {articles} articles (expected {expected}), {errors} feeds with errors')
    return {'subscribeS': subscribe_s, 'ingestS': ingest_s, 'articles': articles, 'feedIds': feed_ids,
            'owner': owner}


def change_one_percent(ttrss, setup, args, run):
    """1% of the feeds gain items, and args.read_changes articles are marked read on the server."""
    since = ttrss.scalar(f'SELECT COALESCE(MAX(ref_id), 0) FROM ttrss_user_entries WHERE owner_uid = {setup["owner"]}')
    count = max(1, args.feeds // 100)
    step = max(1, args.feeds // count)
    feeds = [(run + k * step) % args.feeds for k in range(count)]
    for n in feeds:
        ttrss.bump(n, args.new_items)
    start = time.monotonic()
    for n in feeds:
        ttrss.api.call('updateFeed', feed_id=setup['feedIds'][n])
    update_s = time.monotonic() - start
    ids = [row[0] for row in ttrss.sql(f'SELECT ref_id FROM ttrss_user_entries WHERE owner_uid = {setup["owner"]} '
                                       f'AND unread AND ref_id <= {since} ORDER BY ref_id LIMIT {args.read_changes}')]
    start = time.monotonic()
    if ids:
        ttrss.api.call('updateArticle', article_ids=','.join(ids), field=2, mode=0)
    mark_s = time.monotonic() - start
    return {'since': since, 'feeds': len(feeds), 'newOnServer': len(feeds) * args.new_items, 'markedRead': len(ids),
            'updateS': update_s, 'markS': mark_s}


def timed_sync(ttrss, freshet, since, label, replay=False):
    """replay: only the first sync's calls are known without Freshet's own state (every page
    of articles and of unread ids); later syncs ask only the feeds whose unread counts changed."""
    fig = freshet.sync(ttrss)
    fig['replay'] = replay_sync(ttrss, since) if replay else None
    server = f'; the same calls from a bare client: {fig["replay"]["wall"]:.2f} s' if replay else ''
    log(f'  {label}: {fig["wall"]:.2f} s wall, {fig["cpu"]:.2f} s CPU, {fig["rssMb"]:.0f} MB, {fig["requests"]} '
        f'requests, {fig["newItems"]} new{server}')
    return fig


def median_row(samples):
    row = dict(samples[len(samples) // 2])
    for key in ('wall', 'cpu', 'rssMb', 'requests', 'engineMs'):
        row[key] = statistics.median(s[key] for s in samples)
    row['runs'] = [s['wall'] for s in samples]
    return row


# --- report ---------------------------------------------------------------------------------

def load_average():
    return ' / '.join(f'{x:.2f}' for x in os.getloadavg())


def report(args, setup, first, changes, incremental, unchanged, load_before, load_after):
    now = datetime.datetime.now().astimezone()
    expected = args.feeds * args.items
    lines = [f'# Sync benchmark — tt-rss, {args.feeds} feeds × {args.items} items on loopback\n',
             f'- Date: {now:%Y-%m-%d %H:%M %Z}; machine: {platform.node()} ({os.cpu_count()} cores, '
             f'{platform.machine()}, {platform.system()} {platform.release()})',
             f'- Load average (1/5/15 min) before: {load_before}; after: {load_after}. Other builds on the same '
             'cores make every figure noisy; tt-rss (PHP, PostgreSQL) shares the two cores with Freshet.',
             '- Server: Debian 12\'s tt-rss 21 (API level 15), `php -S` with 2 workers, PostgreSQL 15 '
             '(fsync off), started by tools/ttrss/ttrss-server.sh; feeds from freshet-feedserver through it as proxy.',
             f'- tt-rss setup: subscribed by SQL in {setup["subscribeS"]:.1f} s; tt-rss ingested '
             f'{setup["articles"]} articles ({args.feeds} × API updateFeed, two at a time) in '
             f'**{setup["ingestS"]:.0f} s** ({setup["ingestS"] / args.feeds * 1000:.0f} ms per feed).',
             '- wall/CPU/peak RSS: the `freshet sync --json` process (wait4). requests: POSTs to /api/ in php -S\'s '
             'log. engine ms: `elapsedMs` from the JSON. server s (first sync): the same API calls replayed at once by a bare '
             'Python client (JSON decoding only, no storage): the server\'s own share of the sync.',
             f'- "1% changed": before each run {changes[0]["feeds"]} feeds ({changes[0]["feeds"] * 100 // args.feeds}%) '
             f'gained {args.new_items} items each ({changes[0]["newOnServer"]} articles; tt-rss\'s updateFeed of them '
             f'took {statistics.median(c["updateS"] for c in changes):.2f} s) and {changes[0]["markedRead"]} older '
             f'articles were marked read through updateArticle ({statistics.median(c["markS"] for c in changes):.2f} s). '
             f'Median of {len(changes)} runs; "unchanged": median of {args.repeat} runs with nothing changed.\n',
             '| sync | wall s | CPU s | peak RSS MB | requests | engine ms | server s (replay) | Freshet\'s share | new items | stored / read | target |',
             '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|']

    def row(label, r, target):
        server = f'{r["replay"]["wall"]:.2f}' if r['replay'] else '–'
        share = f'{max(0.0, r["wall"] - r["replay"]["wall"]):.2f} s' if r['replay'] else '–'
        runs = f' (runs: {", ".join(f"{w:.2f}" for w in r["runs"])})' if 'runs' in r else ''
        lines.append(f'| {label}{runs} | {r["wall"]:.2f} | {r["cpu"]:.2f} | {r["rssMb"]:.0f} | {r["requests"]:.0f} | '
                     f'{r["engineMs"]:.0f} | {server} | {share} | {r["newItems"]} | {r["stored"]} / {r["read"]} | {target} |')

    row('first', first, f'stores all {expected}: {"met" if first["stored"] == expected else "MISSED"}')
    inc_ok = incremental['wall'] < 2.0
    row('1% changed', incremental, f'< 2 s: {"met" if inc_ok else "MISSED"}')
    row('unchanged', unchanged, '–')
    lines.append('')
    lines.append(f'Requests per sync: first {first["requests"]} ({first["replay"]["articles"]} articles in pages of '
                 f'{PAGE}, then the ids of {first["replay"]["unread"]} unread articles in pages of {PAGE}); '
                 f'1% changed {incremental["requests"]:.0f}; unchanged {unchanged["requests"]:.0f}.')
    return '\n'.join(lines) + '\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--build-dir', default='build', help='where bin/freshet and bin/freshet-feedserver are')
    parser.add_argument('--state-dir', help='tt-rss state (default BUILD_DIR/bench-sync-ttrss; the CTest '
                                            'fixture uses BUILD_DIR/ttrss-server)')
    parser.add_argument('--feeds', type=int, default=1000)
    parser.add_argument('--items', type=int, default=50)
    parser.add_argument('--new-items', type=int, default=5, help='new items per changed feed')
    parser.add_argument('--read-changes', type=int, default=500, help='articles marked read on the server per run')
    parser.add_argument('--repeat', type=int, default=3, help='incremental and unchanged runs; medians shown')
    parser.add_argument('--results', help='also write the table to this Markdown file')
    args = parser.parse_args()
    args.repeat = max(1, min(args.repeat, 20))
    args.freshet = os.path.abspath(os.path.join(args.build_dir, 'bin', 'freshet'))
    args.server = os.path.abspath(os.path.join(args.build_dir, 'bin', 'freshet-feedserver'))
    args.state_dir = os.path.abspath(args.state_dir or os.path.join(args.build_dir, 'bench-sync-ttrss'))
    for tool in (args.freshet, args.server):
        if not os.access(tool, os.X_OK):
            raise Broken(f'{tool} is missing: build it first (make build)')
    for tool in ('dbus-run-session', 'gnome-keyring-daemon', 'gdbus'):
        if shutil.which(tool) is None:
            raise Broken(f'{tool} is missing (tools/bootstrap.sh test installs it)')

    load_before = load_average()
    workdir = tempfile.mkdtemp(prefix='freshet-bench-sync-')
    atexit.register(shutil.rmtree, workdir, True)
    # A throwaway home: the keyring file and Freshet's settings never land in a real one.
    home = os.path.join(workdir, 'home')
    env = dict(NO_PROXY_ENV, HOME=home, XDG_RUNTIME_DIR=os.path.join(home, 'run'),
               XDG_DATA_HOME=os.path.join(home, 'data'), XDG_CACHE_HOME=os.path.join(home, 'cache'),
               XDG_CONFIG_HOME=os.path.join(home, 'config'))
    os.makedirs(env['XDG_RUNTIME_DIR'], mode=0o700)
    start_keyring(env)

    ttrss = TtRss(args.state_dir, args.server)
    setup = populate(ttrss, args)
    log(f'tt-rss ingested {setup["articles"]} articles in {setup["ingestS"]:.0f} s')

    freshet = Freshet(args.freshet, workdir, env)
    freshet.run('account', 'add', 'ttrss', ttrss.url, '--user', ttrss.user, '--name', 'bench',
                stdin_bytes=(ttrss.password + '\n').encode())
    log('first sync')
    first = timed_sync(ttrss, freshet, 0, 'first', replay=True)
    if first['stored'] != setup['articles']:
        raise Broken(f'the first sync stored {first["stored"]} of {setup["articles"]} articles')

    changes, samples = [], []
    for run in range(args.repeat):
        change = change_one_percent(ttrss, setup, args, run)
        changes.append(change)
        before = freshet.counts()
        fig = timed_sync(ttrss, freshet, change['since'], f'1% changed, run {run + 1}')
        if fig['newItems'] != change['newOnServer'] or fig['read'] - before[1] != change['markedRead']:
            raise Broken(f'incremental sync: {fig["newItems"]} new (expected {change["newOnServer"]}), '
                         f'{fig["read"] - before[1]} newly read (expected {change["markedRead"]})')
        samples.append(fig)
    incremental = median_row(samples)

    since = ttrss.scalar(f'SELECT MAX(ref_id) FROM ttrss_user_entries WHERE owner_uid = {setup["owner"]}')
    unchanged = median_row([timed_sync(ttrss, freshet, since, f'unchanged, run {run + 1}') for run in range(args.repeat)])

    cleanup()
    table = report(args, setup, first, changes, incremental, unchanged, load_before, load_average())
    print(table)
    if args.results:
        with open(args.results, 'w') as f:
            f.write(table)


if __name__ == '__main__':
    if os.environ.get(BUS_MARK) != '1':
        # A private session bus for the keyring and Freshet: never the desktop's own.
        os.execvpe('dbus-run-session', ['dbus-run-session', '--', sys.executable, os.path.abspath(__file__),
                                        *sys.argv[1:]], dict(os.environ, **{BUS_MARK: '1'}))
    atexit.register(cleanup)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    try:
        main()
    except Broken as error:
        print(f'bench-sync: {error}', file=sys.stderr)
        sys.exit(1)
