#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""First sync of a large Google Reader account (issue #20): Freshet against a real FreshRSS on
loopback. Starts its own FreshRSS (tools/freshrss/freshrss-server.sh, state under the build
tree, every article kept), subscribes it to N generated feeds of M items and has it ingest them;
then times `freshet sync --json` on a fresh profile, and a second sync with nothing changed.
Reuses benchsync.py's private bus, keyring and measuring. Figures are reported, never judged.
"""
import argparse
import atexit
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchsync  # noqa: E402

SOURCE = benchsync.SOURCE
SCRIPT = os.path.join(SOURCE, 'tools', 'freshrss', 'freshrss-server.sh')
ARCHIVE = os.path.join(SOURCE, '..', 'shared', 'servers', 'freshrss', 'freshrss-6c58b9051.tar.gz')


def server_env(state):
    values = {}
    with open(os.path.join(state, 'env')) as f:
        for line in f:
            key, _, value = line.strip().partition('=')
            values[key] = value.strip("'\"")
    if 'FRESHRSS_SKIP_REASON' in values:
        raise benchsync.Broken(values['FRESHRSS_SKIP_REASON'])
    return values


class Api:
    def __init__(self, values):
        self.base = values['FRESHRSS_API_URL']
        form = urllib.parse.urlencode({'Email': values['FRESHRSS_USER'], 'Passwd': values['FRESHRSS_API_PASSWORD']}).encode()
        answer = benchsync.HTTP.open(self.base + '/accounts/ClientLogin', form, timeout=60).read().decode()
        self.auth = [line[5:] for line in answer.splitlines() if line.startswith('Auth=')][0]
        self.token = self.request('/reader/api/0/token').decode().strip()

    def request(self, path, form=None):
        req = urllib.request.Request(self.base + path, headers={'Authorization': 'GoogleLogin auth=' + self.auth})
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        return benchsync.HTTP.open(req, data, timeout=600).read()

    def subscribe(self, url):
        answer = self.request('/reader/api/0/subscription/edit', {'ac': 'subscribe', 's': 'feed/' + url, 'T': self.token})
        if answer.strip() != b'OK':
            raise benchsync.Broken(f'FreshRSS did not subscribe to {url}: {answer[:200]!r}')

    def unread_count(self):
        counts = json.loads(self.request('/reader/api/0/unread-count?output=json'))
        return counts.get('max', 0), sum(c['count'] for c in counts['unreadcounts'] if c['id'].startswith('feed/'))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--build-dir', default='build')
    parser.add_argument('--feeds', type=int, default=100)
    parser.add_argument('--items', type=int, default=500)
    args = parser.parse_args()
    build = os.path.abspath(args.build_dir)
    state = os.path.join(build, 'bench-sync-freshrss')
    freshet_binary = os.path.join(build, 'bin', 'freshet')

    workdir = tempfile.mkdtemp(prefix='freshet-bench-freshrss-')
    atexit.register(shutil.rmtree, workdir, True)
    home = os.path.join(workdir, 'home')
    env = dict(benchsync.NO_PROXY_ENV, HOME=home, XDG_RUNTIME_DIR=os.path.join(home, 'run'),
               XDG_DATA_HOME=os.path.join(home, 'data'), XDG_CACHE_HOME=os.path.join(home, 'cache'),
               XDG_CONFIG_HOME=os.path.join(home, 'config'))
    os.makedirs(env['XDG_RUNTIME_DIR'], mode=0o700)
    benchsync.start_keyring(env)

    subprocess.run([SCRIPT, 'start', state, ARCHIVE, os.path.join(build, 'bin', 'freshet-feedserver')], check=True,
                   stdout=subprocess.DEVNULL)
    benchsync.CLEANUPS.append(lambda: subprocess.run([SCRIPT, 'stop', state], stdout=subprocess.DEVNULL))
    values = server_env(state)
    api = Api(values)
    feeds = values['FRESHRSS_FEEDSERVER_URL'].rstrip('/')
    start = time.monotonic()
    for feed in range(args.feeds):
        api.subscribe(f'{feeds}/gen/{feed}.xml?items={args.items}')
    subscribed = time.monotonic() - start
    start = time.monotonic()
    subprocess.run([SCRIPT, 'actualize', state], check=True, stdout=subprocess.DEVNULL)
    ingest = time.monotonic() - start
    _, articles = api.unread_count()
    benchsync.log(f'FreshRSS: {args.feeds} feeds subscribed in {subscribed:.0f} s, {articles} articles ingested in {ingest:.0f} s')

    freshet = benchsync.Freshet(freshet_binary, workdir, env)
    freshet.run('account', 'add', 'greader', values['FRESHRSS_API_URL'], '--user', values['FRESHRSS_USER'], '--name', 'bench',
                stdin_bytes=(values['FRESHRSS_API_PASSWORD'] + '\n').encode())
    rows = []
    for label in ('first', 'unchanged'):
        fig = freshet.run('sync', '--json', '--deadline', '3600')
        summary = json.loads(fig.pop('stdout'))
        db = sqlite3.connect(f'file:{os.path.join(freshet.profile, "freshet.db")}?mode=ro', uri=True)
        stored = db.execute('SELECT COUNT(*) FROM items WHERE remote_id IS NOT NULL').fetchone()[0]
        db.close()
        rows.append(f'| {label} | {fig["wall"]:.1f} s | {fig["cpu"]:.1f} s | {fig["rssMb"]:.0f} MB | '
                    f'{summary["newItems"]} new, {stored} stored | {summary["result"]} |')
        benchsync.log(rows[-1])
    print(f'FreshRSS {values.get("FRESHRSS_VERSION", "?")}, {args.feeds} feeds x {args.items} items = {articles} articles '
          f'(subscribing, which fetches each feed, {subscribed:.0f} s; actualize {ingest:.0f} s)\n')
    print('| sync | wall | Freshet CPU | peak RSS | articles | result |\n|---|---:|---:|---:|---|---|')
    print('\n'.join(rows))


if __name__ == '__main__':
    if os.environ.get(benchsync.BUS_MARK) != '1':
        os.execvpe('dbus-run-session', ['dbus-run-session', '--', sys.executable, os.path.abspath(__file__), *sys.argv[1:]],
                   dict(os.environ, **{benchsync.BUS_MARK: '1'}))
    atexit.register(benchsync.cleanup)
    try:
        main()
    except benchsync.Broken as error:
        print(f'bench-sync-freshrss: {error}', file=sys.stderr)
        sys.exit(1)
