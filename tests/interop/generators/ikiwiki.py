# SPDX-License-Identifier: MIT
"""Renders the shared content with ikiwiki as a blog: posts under posts/, the draft under
drafts/ (which the blog's inline directive does not take), RSS and Atom from the inline
directive, dates and titles with [[!meta]].
Usage: python3 ikiwiki.py POSTS_JSON WORKDIR OUTDIR BASE_URL"""
import json
import subprocess
import sys
from pathlib import Path

posts_file, work, out_dir, base = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
data = json.loads(Path(posts_file).read_text(encoding="utf-8"))
site = data["site"]
source = work / "src"
for folder in ("posts", "drafts"):
    (source / folder).mkdir(parents=True, exist_ok=True)


def meta(key, value):
    return f'[[!meta {key}="""{value}"""]]\n'


(source / "index.mdwn").write_text(
    meta("title", site["title"]) + '[[!inline pages="posts/*" show=0 rss=yes atom=yes]]\n', encoding="utf-8"
)
for post in data["posts"]:
    folder = "drafts" if post.get("draft") else "posts"
    text = meta("title", post["title"]) + meta("date", post["date"]) + meta("author", post.get("author", "")) + "\n" + post["body"] + "\n"
    (source / folder / f"{post['slug']}.mdwn").write_text(text, encoding="utf-8")
subprocess.run(
    ["ikiwiki", "--verbose", "--plugin", "meta", "--plugin", "inline", "--rss", "--atom", "--url", base.rstrip("/"),
     "--wikiname", site["title"], "--set", "timeformat=%Y-%m-%dT%H:%M:%S%z", str(source), str(out_dir.resolve())],
    check=True, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC", "HOME": str(work)}, stdout=subprocess.DEVNULL,
)
version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "ikiwiki"], capture_output=True, text=True, check=True).stdout.split("-")[0]
manifest = {"version": version, "feeds": [["index.rss", "rss"], ["index.atom", "atom"]], "enclosures": [], "authors": True}
(out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
