#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the README's "Tested with" table from the interop matrix's results (the JSON files
tests/interop/check.py leaves in BUILD/interop/results), so no cell is ever written by hand: a
cell is green only when that pair's test passed in the run that wrote the results.
Usage: tools/interop/tested-with.py [BUILD_DIR] [--check]
Rewrites the part of README.md between the tested-with markers; --check only says whether it
is current (exit 1 when not)."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START, END = "<!-- tested-with:start (tools/interop/tested-with.py writes this) -->", "<!-- tested-with:end -->"
GENERATORS = {"hugo": "Hugo (RSS)", "jekyll": "Jekyll + jekyll-feed (Atom)", "django": "Django syndication (RSS, Atom)", "ikiwiki": "ikiwiki (RSS, Atom)",
              "feed": "npm feed (RSS, Atom, JSON Feed)", "rss": "npm rss (RSS)", "podcast": "npm podcast (RSS, iTunes)"}
CELLS = {"passed": "✅ passed", "failed": "❌ failed", "skipped": "⚪ skipped"}


def table(results_dir: Path):
    records = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(results_dir.glob("*--*.json"))]
    if not records:
        raise SystemExit(f"no results in {results_dir}: run `tools/run-tests.sh BUILD -L interop` first")
    servers = {}
    for record in records:
        if record["server_version"]:
            servers[record["server"]] = record["server_version"]
        servers.setdefault(record["server"], None)
    server_names = sorted(servers, key=lambda name: (name.startswith("Python"), name.lower()))
    by_pair = {(r["generator"], r["server"]): r for r in records}
    versions = {r["generator"]: r["generator_version"] for r in records if r["generator_version"]}
    header = "| generator | " + " | ".join(f"{name} {servers[name] or ''}".strip() for name in server_names) + " |"
    lines = [header, "|" + " --- |" * (len(server_names) + 1)]
    for key, label in GENERATORS.items():
        if not any(g == key for g, _ in by_pair):
            continue
        cells = [CELLS[by_pair[(key, name)]["status"]] if (key, name) in by_pair else "–" for name in server_names]
        lines.append(f"| {label} {versions.get(key, '')} | " + " | ".join(cells) + " |")
    counts = {status: sum(r["status"] == status for r in records) for status in CELLS}
    lines.append("")
    lines.append(f"{len(records)} pairs: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped.")
    return "\n".join(lines)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    build = Path(args[0]) if args else ROOT / "build"
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"README.md has no {START} … {END} section")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    updated = f"{before}{START}\n{table(build / 'interop' / 'results')}\n{END}{after}"
    if "--check" in sys.argv:
        if updated != text:
            print("README.md's Tested with table is not what the last results say: run tools/interop/tested-with.py")
            return 1
        return 0
    readme.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
