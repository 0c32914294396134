# SPDX-License-Identifier: MIT
"""Renders the shared content with Jekyll and the jekyll-feed plugin (Atom): posts in _posts,
the draft in _drafts (which a build leaves out), a home page with {% feed_meta %}.
Usage: python3 jekyll.py POSTS_JSON WORKDIR OUTDIR BASE_URL"""
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

posts_file, work, out_dir, base = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
data = json.loads(Path(posts_file).read_text(encoding="utf-8"))
site = data["site"]
origin = urlsplit(base)

for folder in ("_posts", "_drafts", "_layouts"):
    (work / folder).mkdir(parents=True, exist_ok=True)
config = {
    "title": site["title"],
    "description": site["description"],
    "url": f"{origin.scheme}://{origin.netloc}",
    "baseurl": origin.path.rstrip("/"),
    "author": site["author"],
    "plugins": ["jekyll-feed"],
    "timezone": "UTC",
    "permalink": "/posts/:title/",
}
# JSON is YAML: no YAML writer needed.
(work / "_config.yml").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
(work / "_layouts" / "default.html").write_text(
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{{ site.title }}</title>\n{% feed_meta %}\n</head><body>{{ content }}</body></html>\n",
    encoding="utf-8",
)
(work / "index.html").write_text("---\nlayout: default\n---\n{% for post in site.posts %}<a href=\"{{ post.url | relative_url }}\">{{ post.title }}</a>{% endfor %}\n", encoding="utf-8")
for post in data["posts"]:
    front = {"layout": "default", "title": post["title"], "date": post["date"], "author": post.get("author", ""), "slug": post["slug"]}
    folder, name = ("_drafts", f"{post['slug']}.md") if post.get("draft") else ("_posts", f"{post['date'][:10]}-{post['slug']}.md")
    (work / folder / name).write_text("---\n" + json.dumps(front, ensure_ascii=False) + "\n---\n" + post["body"] + "\n", encoding="utf-8")
subprocess.run(["jekyll", "build", "--quiet", "--source", str(work), "--destination", str(out_dir.resolve())], check=True, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"})
version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "ruby-jekyll-feed"], capture_output=True, text=True, check=True).stdout.split("-")[0]
jekyll = subprocess.run(["jekyll", "--version"], capture_output=True, text=True, check=True).stdout.split()[-1]
manifest = {"version": f"{jekyll} + jekyll-feed {version}", "feeds": [["feed.xml", "atom"]], "enclosures": [], "authors": True}
(out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
