#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fetch-engine benchmark (issue 4, "Speed").

Refreshes N generated feeds served by freshet-feedserver on loopback with Freshet's
`fetch --all`, `newsboat -x reload` and `curl --parallel`: cold (all 200), warm (all 304) and
after 10% of the feeds changed; then Freshet alone with 100 ms of latency per request inside
the 30 s deadline. Prints one Markdown table with ratios and the issue's targets.

Figures are reported, never judged: the exit status is 0 unless something broke (a tool
missing, a client failing, the server not starting).
"""

import argparse
import atexit
import datetime
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

# Every child we start, so that an exit of any kind (error, Ctrl-C, SIGTERM) stops them all.
CHILDREN = []
RUN_TIMEOUT_S = 600          # a client run that takes longer is killed and reported as broken
NO_PROXY_ENV = {k: v for k, v in os.environ.items() if 'proxy' not in k.lower()}


def stop_children():
    for child in CHILDREN:
        if child.poll() is None:
            child.terminate()
    deadline = time.monotonic() + 5
    for child in CHILDREN:
        try:
            child.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def on_signal(signum, _frame):
    stop_children()
    sys.exit(128 + signum)


atexit.register(stop_children)
signal.signal(signal.SIGTERM, on_signal)
signal.signal(signal.SIGINT, on_signal)
signal.signal(signal.SIGHUP, on_signal)


class Broken(Exception):
    """Something other than speed went wrong: the benchmark's figures would be meaningless."""


# Loopback only, and never through a proxy from the environment.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class FeedServer:
    def __init__(self, binary, feeds, items, latency_ms=0, hosts=1, content_bytes=0):
        self.feeds = feeds
        # 1: every feed on 127.0.0.1. More: feed n on 127.0.0.(2 + n % hosts), as a person's
        # subscriptions are spread over many hosts (all of 127/8 is loopback on Linux).
        self.hosts = hosts
        # --exit-with-stdin: even a SIGKILLed benchmark leaves no server behind.
        self.proc = subprocess.Popen(
            [binary, '--feeds', str(feeds), '--items', str(items), '--latency-ms', str(latency_ms),
             '--port', '0', '--exit-with-stdin', '--max-connections', '2048',
             '--loopback-hosts', str(hosts if hosts > 1 else 0), '--content-bytes', str(content_bytes)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=NO_PROXY_ENV)
        CHILDREN.append(self.proc)
        line = self.proc.stdout.readline().strip()
        prefix = 'listening on '
        if not line.startswith(prefix):
            raise Broken(f'feed server did not start: {line!r}')
        self.base = line[len(prefix):]
        if not self.base.startswith('http://127.0.0.1:'):
            raise Broken(f'feed server is not on loopback: {self.base}')

    def url(self, path):
        return self.base + path

    def request(self, path, method='GET'):
        req = urllib.request.Request(self.url(path), method=method, data=b'' if method == 'POST' else None)
        with HTTP.open(req, timeout=30) as reply:
            return reply.read()

    def stats(self):
        return json.loads(self.request('/control/stats'))

    def reset_stats(self):
        self.request('/control/stats/reset', 'POST')

    def bump(self, share):
        return json.loads(self.request(f'/control/bump?feeds={share}', 'POST'))

    def urls(self):
        if self.hosts == 1:
            return [self.url(f'/gen/{n}.xml') for n in range(self.feeds)]
        port = self.base.rsplit(':', 1)[1]
        return [f'http://127.0.0.{2 + n % self.hosts}:{port}/gen/{n}.xml' for n in range(self.feeds)]

    def write_opml(self, path):
        """The subscriptions as Freshet imports them, at the layout's addresses."""
        outlines = ''.join(f'    <outline type="rss" text="Feed {n}" xmlUrl="{url}"/>\n' for n, url in enumerate(self.urls()))
        with open(path, 'w') as f:
            f.write(f'<?xml version="1.0"?>\n<opml version="2.0">\n  <head><title>bench</title></head>\n'
                    f'  <body>\n{outlines}  </body>\n</opml>\n')

    def warm(self, workdir):
        """Renders and gzips every feed once (both encodings), so no timed client pays for it."""
        listing = os.path.join(workdir, 'warm-urls.txt')
        with open(listing, 'w') as out:
            out.write('\n'.join(f'url = "{u}"\noutput = "/dev/null"' for u in self.urls()) + '\n')
        for extra in (['--compressed'], []):
            run_quiet(['curl', '--silent', '--show-error', '--fail', '--noproxy', '*', '--parallel',
                       '--parallel-max', '32', *extra, '--config', listing])

    def stop(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.terminate()
            self.proc.wait(10)


def run_quiet(cmd, **kw):
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=NO_PROXY_ENV,
                          timeout=RUN_TIMEOUT_S, **kw)
    if done.returncode != 0:
        raise Broken(f'{cmd[0]} failed ({done.returncode}): {done.stderr.strip()[:500]}')


def measure(cmd, workdir, env=None, ok_codes=(0,)):
    """Runs cmd once: wall seconds, user+sys CPU seconds and peak RSS (wait4), plus its stdout."""
    out_path = os.path.join(workdir, 'stdout.txt')
    err_path = os.path.join(workdir, 'stderr.txt')
    with open(out_path, 'w') as out, open(err_path, 'w') as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env or NO_PROXY_ENV,
                                cwd=workdir)
        CHILDREN.append(proc)
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
    if proc.returncode not in ok_codes:
        with open(err_path) as f:
            raise Broken(f'{" ".join(cmd[:3])}… exited {proc.returncode}: {f.read().strip()[:500]}')
    return {'wall': wall, 'cpu': usage.ru_utime + usage.ru_stime, 'rssMb': usage.ru_maxrss / 1024.0,
            'stdout': stdout}


def timed(server, cmd, workdir, env=None, ok_codes=(0,)):
    """measure() plus what the server saw during the run."""
    server.reset_stats()
    figures = measure(cmd, workdir, env, ok_codes)
    stats = server.stats()
    by_status = stats.get('byStatus', {})
    # The /control/stats request itself is counted (a 200): leave it out.
    figures.update(requests=stats['requests'] - 1, ok200=by_status.get('200', 0) - 1, nm304=by_status.get('304', 0),
                   wireBytes=stats['bytesSent'])
    return figures


# --- clients --------------------------------------------------------------------------------

def freshet_runs(server, freshet, workdir, label, extra, keep_cold=None):
    """Cold, warm and 10%-changed runs of `freshet fetch --all` on a fresh profile. keep_cold:
    where to copy the profile as the cold run left it (the rows work_floor writes again)."""
    profile = tempfile.mkdtemp(prefix='profile-', dir=workdir)
    opml = os.path.join(workdir, 'feeds.opml')
    run_quiet([freshet, '--profile', profile, 'import', opml])
    rows = {}
    for scenario in ('cold', 'warm', 'changed'):
        if scenario == 'warm' and keep_cold and not os.path.exists(keep_cold):
            shutil.copytree(profile, keep_cold)
        if scenario == 'changed':
            server.bump('10%')
            server.warm(workdir)
        fig = timed(server, [freshet, '--profile', profile, 'fetch', '--all', '--json', *extra], workdir)
        engine = json.loads(fig.pop('stdout'))
        if engine['failed'] or engine['skipped']:
            raise Broken(f'freshet {scenario}: {engine}')
        fig['engineMs'] = engine['elapsedMs']
        fig['engine'] = engine
        rows[scenario] = fig
    shutil.rmtree(profile, ignore_errors=True)
    return label, rows


def newsboat_runs(server, workdir, threads):
    home = tempfile.mkdtemp(prefix='newsboat-', dir=workdir)
    urls = os.path.join(home, 'urls')
    config = os.path.join(home, 'config')
    cache = os.path.join(home, 'cache.db')
    with open(urls, 'w') as f:
        f.write('\n'.join(server.urls()) + '\n')
    with open(config, 'w') as f:
        f.write(f'reload-threads {threads}\ndownload-retries 1\ndownload-timeout 30\nshow-read-feeds yes\n')
    # A private HOME and XDG dirs: nothing read from or left in the user's own newsboat setup.
    env = dict(NO_PROXY_ENV, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_CACHE_HOME=home)
    cmd = ['newsboat', '-q', '-u', urls, '-c', cache, '-C', config, '-x', 'reload']
    rows = {}
    for scenario in ('cold', 'warm', 'changed'):
        if scenario == 'warm':
            # newsboat 2.21 stores a new feed's ETag/Last-Modified only when it downloads it a
            # second time, so its first re-run is all 200s again; run it once untimed so that
            # "warm" means what it means for the others: every feed answers 304.
            measure(cmd, workdir, env)
        if scenario == 'changed':
            server.bump('10%')
            server.warm(workdir)
        rows[scenario] = timed(server, cmd, workdir, env)
        rows[scenario].pop('stdout')
    shutil.rmtree(home, ignore_errors=True)
    return f'newsboat, reload-threads {threads}', rows


def curl_config(server, path, etag_dir, mode):
    """One curl operation per feed (ETag files are per operation); mode: 'save' stores each
    feed's ETag, 'compare' sends it back. Per-operation options repeat in every block, since
    `next` starts each operation afresh; a trailing `next` would be an operation without URL."""
    per_op = 'output = "/dev/null"\ncompressed\nsilent\nshow-error\nfail\nnoproxy = "*"\n'
    blocks = []
    for n, url in enumerate(server.urls()):
        etag = f'etag-save = "{etag_dir}/{n}"' if mode == 'save' else f'etag-compare = "{etag_dir}/{n}"'
        blocks.append(f'url = "{url}"\n{per_op}{etag}\n')
    with open(path, 'w') as f:
        f.write('next\n'.join(blocks))


def validator_runs(server, workdir, command):
    """Cold, warm and 10%-changed runs of a client that keeps validators itself:
    command(mode) gives its argv, mode 'save' (cold) or 'compare' (warm, changed)."""
    rows = {}
    plan = [('cold', 'save', False), ('warm', 'compare', False), ('changed', 'compare', True)]
    for scenario, mode, bump in plan:
        if bump:
            server.bump('10%')
            server.warm(workdir)
        rows[scenario] = timed(server, command(mode), workdir)
        rows[scenario].pop('stdout')
    return rows


def curl_runs(server, workdir, parallel):
    etags = tempfile.mkdtemp(prefix='etags-', dir=workdir)
    base = ['curl', '--no-progress-meter', '--parallel', '--parallel-max', str(parallel)]

    def command(mode):
        config = os.path.join(workdir, f'curl-{mode}.cfg')
        curl_config(server, config, etags, mode)
        return base + ['--config', config]

    rows = validator_runs(server, workdir, command)
    shutil.rmtree(etags, ignore_errors=True)
    return f'curl --parallel-max {parallel}', rows


def qnam_runs(server, qnam, workdir, in_flight):
    """freshet-bench-qnam: the same conditional GETs through a bare QNetworkAccessManager."""
    urls = os.path.join(workdir, 'qnam-urls.txt')
    with open(urls, 'w') as f:
        f.write('\n'.join(server.urls()) + '\n')
    validators = os.path.join(workdir, f'qnam-validators-{in_flight}.tsv')
    rows = validator_runs(server, workdir, lambda mode: [qnam, '--urls', urls, '--validators', validators,
                                                         '--mode', mode, '--in-flight', str(in_flight)])
    return f'bare QNAM, {in_flight} in flight', rows


def work_floor(server, args, workdir, cold_profile):
    """freshet-bench-floor over this layout's documents and the rows of a cold Freshet run:
    CPU seconds of Qt's XML reader and of SQLite alone (workfloor.cpp)."""
    documents = os.path.join(workdir, 'floor-documents')
    shutil.rmtree(documents, ignore_errors=True)
    os.makedirs(documents)
    listing = os.path.join(workdir, 'floor-urls.txt')
    with open(listing, 'w') as out:
        out.write(''.join(f'url = "{u}"\noutput = "{documents}/{n:06d}.xml"\n' for n, u in enumerate(server.urls())))
    run_quiet(['curl', '--silent', '--show-error', '--fail', '--noproxy', '*', '--compressed', '--parallel',
               '--parallel-max', '32', '--config', listing])
    fig = measure([args.floor, '--documents', documents, '--profile-db', os.path.join(cold_profile, 'freshet.db'),
                   '--scratch', workdir, '--repeat', str(args.repeat)], workdir)
    shutil.rmtree(documents, ignore_errors=True)
    return json.loads(fig['stdout'])


def latency_run(args, workdir):
    """1000 feeds, 100 ms before every response: must all arrive inside the default 30 s."""
    server = FeedServer(args.server, args.feeds, args.items, latency_ms=args.latency_ms)
    try:
        with open(os.path.join(workdir, 'feeds.opml'), 'wb') as f:
            f.write(server.request('/gen/feeds.opml'))
        server.warm(workdir)
        results = []
        for label, extra in freshet_variants(args):
            profile = tempfile.mkdtemp(prefix='profile-', dir=workdir)
            run_quiet([args.freshet, '--profile', profile, 'import', os.path.join(workdir, 'feeds.opml')])
            # Exit 3 (failed) is a figure here, not a breakage.
            fig = timed(server, [args.freshet, '--profile', profile, 'fetch', '--all', '--json', '--deadline', '30',
                                 *extra], workdir, ok_codes=(0, 3))
            fig['engine'] = json.loads(fig.pop('stdout'))
            results.append((label, fig))
            shutil.rmtree(profile, ignore_errors=True)
        return results
    finally:
        server.stop()


def freshet_variants(args):
    variants = [('freshet (defaults: 32 overall, 6 per host)', [])]
    if args.matched:
        n = args.matched
        variants.append((f'freshet --concurrency {n} --per-host {n}', ['--concurrency', str(n), '--per-host', str(n)]))
    return variants


# --- report ---------------------------------------------------------------------------------

def median_rows(samples):
    """Median of each figure over repeated runs (the run itself is kept for the engine's JSON)."""
    merged = {}
    for scenario in samples[0]:
        runs = [s[scenario] for s in samples]
        row = dict(runs[0])
        for key in ('wall', 'cpu', 'rssMb', 'requests', 'ok200', 'nm304', 'wireBytes', 'engineMs'):
            if key in row:
                row[key] = statistics.median(r[key] for r in runs)
        merged[scenario] = row
    return merged


def fmt_mb(n):
    return f'{n / 1e6:.1f}'


def ratio(a, b):
    return a / b if b else float('nan')


def many_hosts_in_flight(args):
    """Requests in flight for every client over many hosts, where no per-host limit binds:
    the matched count, else Freshet's overall default."""
    return args.matched or 32


def layout_name(args, layout):
    hosts, content_bytes = layout
    where = (f'{args.feeds} feeds on one host (127.0.0.1)' if hosts == 1
             else f'{args.feeds} feeds over {hosts} hosts (127.0.0.2 to 127.0.0.{1 + hosts})')
    if content_bytes:
        where += f', content-rich ({content_bytes} bytes of article HTML per item)'
    return where


def target_verdicts(fresh, bare, content_bytes):
    """Issue #22's targets against the bare client: the memory bound is 64 MB for the plain
    workload and 80 MB whatever the workload; the content-rich one has its own cold bounds."""
    verdict = lambda ok: 'met' if ok else 'MISSED'
    cold = ratio(fresh['cold']['wall'], bare['cold']['wall'])
    warm = max(ratio(fresh[s]['wall'], bare[s]['wall']) for s in ('warm', 'changed'))
    cpu, rss = fresh['cold']['cpu'], fresh['cold']['rssMb']
    if content_bytes:
        wall = fresh['cold']['wall']
        cold_part, cpu_limit, rss_limit = f"cold ≤ 3 s: {verdict(wall <= 3)}", 4.0, 80
    else:
        cold_part, cpu_limit, rss_limit = f"cold ≤ 3x: {verdict(cold <= 3)}", 2.0, 64
    return (f"{cold_part}; cold CPU {cpu:.2f} s ≤ {cpu_limit:.1f}: {verdict(cpu <= cpu_limit)}; "
            f"peak RSS {rss:.0f} MB ≤ {rss_limit}: {verdict(rss <= rss_limit)}; warm/changed ≤ 1.15x: {verdict(warm <= 1.15)}")


def floor_table(args, layout, by, floor):
    """The least CPU a cold refresh on Freshet's parts can spend, part by part, beside Freshet's."""
    hosts, content_bytes = layout
    in_flight = 6 if hosts == 1 else many_hosts_in_flight(args)
    bare = by.get(f'bare QNAM, {in_flight} in flight')
    fresh = by.get(freshet_variants(args)[0][0])
    if not bare or not fresh:
        return []
    parts = [(f'HTTP: the bare client, {in_flight} in flight (cold, above)', bare['cold']['cpu']),
             ('parsing: QXmlStreamReader reading every token of every document, text kept', floor['xmlTokensTextKept']),
             ('storing: SQLite writing the cold run\'s rows again into an empty profile (same schema, pragmas, '
              '1,600 rows a transaction)', floor['sqliteRows']),
             ('search: FTS5 indexing all of them in one statement', floor['sqliteSearchIndex'])]
    total = sum(cpu for _, cpu in parts)
    limit = 4.0 if content_bytes else 2.0
    lines = [f'\n### The floor under a cold refresh, {layout_name(args, layout)} (CPU seconds)\n',
             'What the parts Freshet is built on cost alone (`freshet-bench-floor`, `freshet-bench-qnam`), without '
             'any of Freshet\'s own work (feed formats, identities, dates, deduplication, scheduling, the fetch log). '
             f'XML reading every token alone: {floor["xmlTokens"]:.2f} s.\n',
             '| part | CPU s |', '|---|---:|']
    lines += [f'| {name} | {cpu:.2f} |' for name, cpu in parts]
    lines.append(f'| **sum of the floors** | **{total:.2f}** |')
    lines.append(f'| Freshet, cold (defaults) | {fresh["cold"]["cpu"]:.2f} |')
    lines.append(f'| target (#22) | {limit:.1f} |')
    lines.append(f'| left for all of Freshet\'s own work under the target | {limit - total:.2f} |')
    return lines


def report(args, layouts, latency, load_before, load_after):
    lines = []
    now = datetime.datetime.now().astimezone()
    lines.append(f'# Fetch benchmark — {args.feeds} feeds × {args.items} items on loopback\n')
    lines.append(f'- Date: {now:%Y-%m-%d %H:%M %Z}; machine: {platform.node()} ({os.cpu_count()} cores, '
                 f'{platform.machine()}, {platform.system()} {platform.release()})')
    lines.append(f'- Load average (1/5/15 min) before: {load_before}; after: {load_after}. '
                 'Other builds on the same cores make every figure noisy.')
    lines.append(f'- Median of {args.repeat} run(s) per cell ({args.newsboat_repeat} for newsboat). Server warmed before every timed run '
                 '(every feed rendered and gzipped), so no client pays for rendering.')
    lines.append('- wall/CPU/peak RSS: the client process (wait4). requests, 200/304, wire bytes: the server\'s '
                 '/control/stats over the run. engine ms: `elapsedMs` from `freshet fetch --json`.')
    lines.append('- "changed": 10% of the feeds gained one item (`/control/bump?feeds=10%`) after the warm run.')
    lines.append('- Two layouts: every feed on one host, and the same feeds spread over many host names as a '
                 'person\'s subscriptions are (`freshet-feedserver --loopback-hosts`). On one host Freshet\'s '
                 'per-host limit (default 6) is its whole concurrency, and Qt 6.4\'s QNetworkAccessManager opens at '
                 'most 6 HTTP/1.1 connections per host whatever Freshet allows (QHttp1Configuration, which lifts '
                 'it, is Qt 6.5); over many hosts neither binds, and Freshet\'s overall limit (32) does. '
                 f'newsboat\'s reload-threads, curl\'s --parallel-max and the bare client\'s in-flight count are '
                 f'set to match: 6 against Freshet\'s defaults, {args.matched} against `--concurrency {args.matched} '
                 f'--per-host {args.matched}`.')
    lines.append('- newsboat 2.21 keeps a new feed\'s validators only from its second download on, so one '
                 'untimed reload runs between its cold and warm runs (otherwise its "warm" is 1000 × 200 again).')
    lines.append('- curl only downloads to /dev/null (no parsing, no storage): the practical limit. Its warm and '
                 'changed runs send the ETag saved in the cold run (`--etag-save`/`--etag-compare` per URL).')
    lines.append('- bare QNAM (`freshet-bench-qnam`): the same GETs through QNetworkAccessManager alone, each body '
                 'read (so decompressed) and dropped, validators sent back as Freshet and curl do. The refresh-cost '
                 'issue (#22) sets Freshet\'s targets against it: cold ≤ 3x its wall time with ≤ 2.0 s CPU and '
                 '≤ 64 MB peak RSS; warm and changed ≤ 1.15x.')

    if any(content for (_, content), _, _ in layouts):
        lines.append(f'- Content-rich: every item also carries about {args.rich_bytes} bytes of article HTML '
                     '(`freshet-feedserver --content-bytes`: paragraphs, links, lists; words from a vocabulary of '
                     'thousands, few common and most rare, so the search index grows as with real prose). '
                     'Its targets (#22): cold ≤ 3 s wall and ≤ 4 s CPU, peak RSS ≤ 80 MB, warm and changed ≤ 1.15x '
                     'the bare client. newsboat is left out of it (a minute a run).')

    for layout, clients, floor in layouts:
        hosts, content_bytes = layout
        lines.append(f'\n## {layout_name(args, layout)}\n')
        lines.append('| client | run | wall s | CPU s | peak RSS MB | requests | 200 | 304 | wire MB | engine ms |')
        lines.append('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|')
        for label, rows in clients:
            for scenario in ('cold', 'warm', 'changed'):
                r = rows[scenario]
                engine = f"{r['engineMs']:.0f}" if 'engineMs' in r else '–'
                lines.append(f"| {label} | {scenario} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['rssMb']:.0f} | "
                             f"{r['requests']:.0f} | {r['ok200']:.0f} | {r['nm304']:.0f} | {fmt_mb(r['wireBytes'])} | {engine} |")

        by = dict(clients)
        lines.append(f'\n### Ratios, {layout_name(args, layout)} (wall time; < 1 means Freshet is faster)\n')
        lines.append('| Freshet | vs | cold | warm | changed | targets (#22, against the bare client) |')
        lines.append('|---|---|---:|---:|---:|---|')
        for label, rows in clients:
            if not label.startswith('freshet'):
                continue
            if hosts > 1:
                matched = many_hosts_in_flight(args)
            else:
                matched = args.matched if '--per-host' in label else 6
            for peer in (f'bare QNAM, {matched} in flight', f'curl --parallel-max {matched}', f'newsboat, reload-threads {matched}'):
                if peer not in by:
                    continue
                f, p = by[label], by[peer]
                cells = [f"{ratio(f[s]['wall'], p[s]['wall']):.2f}x" for s in ('cold', 'warm', 'changed')]
                target = target_verdicts(f, p, content_bytes) if peer.startswith('bare QNAM') else ''
                lines.append(f'| {label} | {peer} | {cells[0]} | {cells[1]} | {cells[2]} | {target} |')
        lines.extend(floor_table(args, layout, by, floor))

    lines.append(f'\n## {args.feeds} feeds with {args.latency_ms} ms of latency per response, 30 s deadline\n')
    lines.append('| client | wall s | CPU s | engine ms | deadline hit | updated | failed | skipped | requests | target |')
    lines.append('|---|---:|---:|---:|---|---:|---:|---:|---:|---|')
    for label, r in latency:
        e = r['engine']
        met = e['elapsedMs'] < 30000 and not e['deadlineHit'] and e['updated'] == args.feeds
        lines.append(f"| {label} | {r['wall']:.2f} | {r['cpu']:.2f} | {e['elapsedMs']} | "
                     f"{'yes' if e['deadlineHit'] else 'no'} | {e['updated']} | {e['failed']} | {e['skipped']} | "
                     f"{r['requests']} | all {args.feeds} inside 30 s: {'met' if met else 'MISSED'} |")
    return '\n'.join(lines) + '\n'


def load_average():
    return ' / '.join(f'{x:.2f}' for x in os.getloadavg())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[1])
    parser.add_argument('--build-dir', default='build', help='where bin/freshet and bin/freshet-feedserver are')
    parser.add_argument('--feeds', type=int, default=1000)
    parser.add_argument('--items', type=int, default=50)
    parser.add_argument('--latency-ms', type=int, default=100)
    parser.add_argument('--repeat', type=int, default=1, help='runs per cell; the table shows medians')
    parser.add_argument('--matched', type=int, default=32,
                        help='also run Freshet, curl and newsboat at this concurrency on the one host (0: off)')
    parser.add_argument('--newsboat-repeat', type=int, default=1,
                        help='runs per newsboat cell (it takes minutes; default 1)')
    parser.add_argument('--no-newsboat', action='store_true', help='skip newsboat (it is the slowest client)')
    parser.add_argument('--results', help='also write the table to this Markdown file')
    parser.add_argument('--hosts', default='1,100',
                        help='the layouts, by number of host names the feeds are spread over (1: all on 127.0.0.1)')
    parser.add_argument('--rich', type=int, default=100,
                        help='also run the content-rich workload over this many hosts (0: not at all)')
    parser.add_argument('--rich-bytes', type=int, default=1800, help='article HTML per item in the content-rich workload')
    args = parser.parse_args()
    layouts_wanted = [(max(1, min(int(h), 253)), 0) for h in args.hosts.split(',') if h.strip()]
    if args.rich > 0:
        layouts_wanted.append((max(1, min(args.rich, 253)), max(1, args.rich_bytes)))
    args.repeat = max(1, min(args.repeat, 20))
    args.newsboat_repeat = max(1, min(args.newsboat_repeat, 20))
    args.freshet = os.path.abspath(os.path.join(args.build_dir, 'bin', 'freshet'))
    args.server = os.path.abspath(os.path.join(args.build_dir, 'bin', 'freshet-feedserver'))
    args.qnam = os.path.abspath(os.path.join(args.build_dir, 'bin', 'freshet-bench-qnam'))
    args.floor = os.path.abspath(os.path.join(args.build_dir, 'bin', 'freshet-bench-floor'))
    for tool in (args.freshet, args.server, args.qnam, args.floor):
        if not os.access(tool, os.X_OK):
            raise Broken(f'{tool} is missing: build it first (make build)')
    if shutil.which('curl') is None:
        raise Broken('curl is missing (apt-get install curl)')
    if not args.no_newsboat and shutil.which('newsboat') is None:
        raise Broken('newsboat is missing (apt-get install newsboat), or pass --no-newsboat')

    load_before = load_average()
    workdir = tempfile.mkdtemp(prefix='freshet-bench-fetch-')
    atexit.register(shutil.rmtree, workdir, True)
    concurrencies = [6] + ([args.matched] if args.matched and args.matched != 6 else [])

    layouts = []
    for layout in layouts_wanted:
        hosts, content_bytes = layout
        print(f'layout: {layout_name(args, layout)}', file=sys.stderr)
        server = FeedServer(args.server, args.feeds, args.items, hosts=hosts, content_bytes=content_bytes)
        server.write_opml(os.path.join(workdir, 'feeds.opml'))
        server.warm(workdir)

        # Over many hosts no per-host limit binds: Freshet's defaults run its overall 32 at once,
        # and the peers run as many.
        variants = freshet_variants(args) if hosts == 1 else freshet_variants(args)[:1]
        peers = concurrencies if hosts == 1 else [many_hosts_in_flight(args)]
        cold_profile = os.path.join(workdir, f'cold-profile-{hosts}-{content_bytes}')
        jobs = [(args.repeat, lambda label=label, extra=extra, keep=(cold_profile if not extra else None):
                 freshet_runs(server, args.freshet, workdir, label, extra, keep))
                for label, extra in variants]
        jobs += [(args.repeat, lambda n=n: curl_runs(server, workdir, n)) for n in peers]
        jobs += [(args.repeat, lambda n=n: qnam_runs(server, args.qnam, workdir, n)) for n in peers]
        if not args.no_newsboat and not content_bytes:
            jobs += [(args.newsboat_repeat, lambda n=n: newsboat_runs(server, workdir, n)) for n in peers]
        clients = []
        for repeat, job in jobs:
            samples = []
            for _ in range(repeat):
                label, rows = job()
                samples.append(rows)
                print(f'  {label}: ' + ', '.join(f"{s} {rows[s]['wall']:.2f} s" for s in rows), file=sys.stderr)
            clients.append((label, median_rows(samples)))
        floor = work_floor(server, args, workdir, cold_profile)
        print(f'  floor: {floor}', file=sys.stderr)
        shutil.rmtree(cold_profile, ignore_errors=True)
        server.stop()
        layouts.append((layout, clients, floor))

    latency = []
    for _ in range(args.repeat):
        latency.extend(latency_run(args, workdir))
    table = report(args, layouts, latency, load_before, load_average())
    print(table)
    if args.results:
        with open(args.results, 'w') as f:
            f.write(table)


if __name__ == '__main__':
    try:
        main()
    except Broken as error:
        print(f'bench-fetch: {error}', file=sys.stderr)
        sys.exit(1)
