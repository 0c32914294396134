# SPDX-License-Identifier: MIT
"""Renders the shared content set (content/site.json) with one generator, twice (version 1, and
version 2 with one post edited, one added, one removed), into the build folder. A site already
rendered from the same content, scripts and generator version is kept: CI renders each once.
Exit status 77 (CTest's skip) when the generator is not installed here.
Usage: render.py GENERATOR OUTDIR NPM_PREFIX"""
import copy
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDER = "http://freshet-origin.invalid"
NPM_PINS = {"feed": "6.0.0", "rss": "1.2.2", "podcast": "2.0.1"}
SKIP = 77


def versions(content):
    """The content in its two published versions, ORIGIN set to the placeholder host."""
    text = json.dumps(content, ensure_ascii=False).replace("ORIGIN", PLACEHOLDER)
    first = json.loads(text)
    second = copy.deepcopy(first)
    change = second.pop("version2")
    first.pop("version2")
    posts = [p for p in second["posts"] if p["slug"] != change["remove"]]
    for post in posts:
        if post["slug"] == change["edit"]["slug"]:
            post.update(change["edit"])
    second["posts"] = posts + [change["add"]]
    return first, second


def tool_missing(generator):
    needs = {"hugo": ["hugo"], "jekyll": ["jekyll"], "ikiwiki": ["ikiwiki"], "django": ["/usr/bin/python3"], "feed": ["node", "npm"], "rss": ["node", "npm"],
             "podcast": ["node", "npm"]}[generator]
    for tool in needs:
        if not shutil.which(tool):
            return f"{tool} is not installed"
    if generator == "feed":
        node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip().lstrip("v")
        if int(node.split(".")[0] or 0) < 20:
            return f"npm feed {NPM_PINS['feed']} needs Node.js 20 or later, this machine has {node}"
    if generator == "django" and subprocess.run(["/usr/bin/python3", "-c", "import django"], capture_output=True).returncode:
        return "python3-django is not installed"
    if generator == "jekyll" and subprocess.run(["dpkg-query", "-W", "ruby-jekyll-feed"], capture_output=True).returncode:
        return "ruby-jekyll-feed is not installed"
    return None


def npm_modules(prefix: Path):
    """The pinned npm libraries, installed once into the build folder."""
    wanted = json.dumps(NPM_PINS, sort_keys=True)
    stamp = prefix / "pins.json"
    if stamp.exists() and stamp.read_text() == wanted:
        return prefix / "node_modules"
    prefix.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--no-save", "--loglevel=error"]
                   + [f"{name}@{version}" for name, version in NPM_PINS.items()], check=True)
    stamp.write_text(wanted)
    return prefix / "node_modules"


def render_one(generator, data_file: Path, work: Path, out: Path, npm_prefix: Path):
    base = f"{PLACEHOLDER}/{generator}/"
    if generator in NPM_PINS:
        command = ["node", str(HERE / "generators" / "npm.mjs"), generator, str(npm_modules(npm_prefix)), str(data_file), str(out), base]
    elif generator == "django":
        command = ["/usr/bin/python3", str(HERE / "generators" / "django_feeds.py"), str(data_file), str(out), base]
    else:
        command = ["/usr/bin/python3", str(HERE / "generators" / f"{generator}.py"), str(data_file), str(work), str(out), base]
    subprocess.run(command, check=True)


def main():
    generator, out_dir, npm_prefix = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    reason = tool_missing(generator)
    if reason:
        print(f"SKIPPED: {generator}: {reason}")
        return SKIP
    content = json.loads((HERE / "content" / "site.json").read_text(encoding="utf-8"))
    fingerprint = hashlib.sha256()
    for path in sorted([HERE / "content" / "site.json", HERE / "render.py", *(HERE / "generators").iterdir()]):
        fingerprint.update(path.read_bytes())
    fingerprint.update(json.dumps(NPM_PINS).encode())
    stamp = out_dir / "rendered.stamp"
    if stamp.exists() and stamp.read_text() == fingerprint.hexdigest():
        print(f"{generator}: rendered site in {out_dir} is current")
        return 0
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    for number, data in enumerate(versions(content), start=1):
        data_file = out_dir / f"content-v{number}.json"
        data_file.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        render_one(generator, data_file, out_dir / f"work-v{number}", out_dir / f"v{number}", npm_prefix)
        shutil.rmtree(out_dir / f"work-v{number}", ignore_errors=True)
    stamp.write_text(fingerprint.hexdigest())
    print(f"{generator}: rendered {out_dir}/v1 and v2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
