#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""One large loopback download: `freshet download` against `curl -o` on the same URL.

Prints wall time, throughput and peak RSS side by side (and Freshet's peak above an idle
`freshet downloads`), checks both files' SHA-256 against the server's, and writes the table to
RESULTS.md. Reports, never judges: exit 0 unless something broke.
"""
import argparse
import datetime
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def start_server(build_dir):
    server = subprocess.Popen([os.path.join(build_dir, "bin", "freshet-feedserver"), "--exit-with-stdin"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline().strip()
    if not line.startswith("listening on "):
        sys.exit("feed server did not start: " + line)
    return server, line[len("listening on "):]


def measured(argv, **kwargs):
    """Runs argv; returns (seconds, peak RSS in KiB, exit code, stdout)."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, **kwargs)
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status), out.decode().strip()


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_profile(freshet, base, size):
    profile = tempfile.mkdtemp(prefix="freshet-bench-dl-")
    feed = f"{base}/gen/0.xml?items=1&enclosure-size={size}"
    for argv in (["add", feed], ["fetch", "--all"]):
        subprocess.run([freshet, "--profile", profile] + argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    items = json.loads(subprocess.run([freshet, "--profile", profile, "items", "--json"], check=True,
                                      capture_output=True, text=True).stdout)
    item = items[0]
    return profile, item["id"], item["enclosures"][0]["url"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", default="build")
    parser.add_argument("--size", default="1G", help="file size as the feed server takes it (default 1G)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per client; medians are reported")
    parser.add_argument("--results", default=None, help="also write the table to this Markdown file")
    args = parser.parse_args()

    freshet = os.path.join(args.build_dir, "bin", "freshet")
    server, base = start_server(args.build_dir)
    scratch = tempfile.mkdtemp(prefix="freshet-bench-curl-")
    profiles = []
    rows = {"freshet": [], "curl": []}
    idle_rss = []
    try:
        for _ in range(args.repeat):
            profile, item_id, url = prepare_profile(freshet, base, args.size)
            profiles.append(profile)
            expected = urllib.request.urlopen(url.replace(".bin?", ".bin.sha256?")).read().decode().strip()

            _, idle, _, _ = measured([freshet, "--profile", profile, "downloads"])
            idle_rss.append(idle)

            out = os.path.join(scratch, "curl.bin")
            seconds, rss, code, _ = measured(["curl", "-s", "-o", out, url])
            if code != 0 or sha256(out) != expected:
                sys.exit("curl failed or its file differs")
            size = os.path.getsize(out)
            os.remove(out)
            rows["curl"].append((seconds, rss))

            seconds, rss, code, path = measured([freshet, "--profile", profile, "download", str(item_id)])
            if code != 0 or sha256(path) != expected:
                sys.exit(f"freshet download failed ({code}) or its file differs")
            os.remove(path)
            rows["freshet"].append((seconds, rss))
    finally:
        server.stdin.close()
        server.wait(timeout=10)
        shutil.rmtree(scratch, ignore_errors=True)
        for profile in profiles:
            shutil.rmtree(profile, ignore_errors=True)

    def median(client, index):
        return statistics.median(run[index] for run in rows[client])

    mib = size / (1 << 20)
    idle = statistics.median(idle_rss) / 1024
    lines = [
        f"# Download benchmark ({datetime.date.today().isoformat()})",
        "",
        f"One {mib:.0f} MiB file from `freshet-feedserver` on loopback, median of {args.repeat}; "
        f"both files' SHA-256 checked. Load average at the end: {os.getloadavg()[0]:.1f} (2 shared cores).",
        "",
        "| client | wall time | throughput | peak RSS |",
        "|---|---|---|---|",
    ]
    for client in ("curl", "freshet"):
        seconds = median(client, 0)
        lines.append(f"| {'`curl -o`' if client == 'curl' else '`freshet download`'} | {seconds:.2f} s | "
                     f"{mib / seconds:.0f} MiB/s | {median(client, 1) / 1024:.1f} MiB |")
    ratio = median("freshet", 0) / median("curl", 0)
    above = median("freshet", 1) / 1024 - idle
    lines += [
        "",
        f"- Freshet / curl wall time: **{ratio:.2f}x** (target: within 1.05x).",
        f"- Freshet's peak RSS {median('freshet', 1) / 1024:.1f} MiB is **{above:.1f} MiB above** an idle "
        f"`freshet downloads` ({idle:.1f} MiB) (target: within 10 MB of idle).",
    ]
    table = "\n".join(lines) + "\n"
    print(table)
    if args.results:
        with open(args.results, "w") as f:
            f.write(table)


if __name__ == "__main__":
    main()
