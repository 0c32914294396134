# SPDX-License-Identifier: MIT
"""Renders the shared content with Hugo: Markdown posts with front matter (the draft marked
draft: true), Hugo's own RSS template, and a home page that links its feed as themes do.
Usage: python3 hugo.py POSTS_JSON WORKDIR OUTDIR BASE_URL"""
import json
import subprocess
import sys
from pathlib import Path

posts_file, work, out_dir, base = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
data = json.loads(Path(posts_file).read_text(encoding="utf-8"))
site = data["site"]

(work / "content" / "posts").mkdir(parents=True, exist_ok=True)
(work / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
(work / "config.json").write_text(
    json.dumps(
        {
            "baseURL": base,
            "title": site["title"],
            "languageCode": "en",
            "author": site["author"],
            "disableKinds": ["taxonomy", "term"],
            # Post bodies are HTML; Hugo drops raw HTML from Markdown unless told otherwise.
            "markup": {"goldmark": {"renderer": {"unsafe": True}}},
        }
    ),
    encoding="utf-8",
)
(work / "layouts" / "index.html").write_text(
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{{ .Site.Title }}</title>\n"
    "{{ range .AlternativeOutputFormats -}}\n"
    '<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink | safeURL }}" title="{{ $.Site.Title }}">\n'
    "{{ end -}}\n</head><body>{{ range .Site.RegularPages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</body></html>\n",
    encoding="utf-8",
)
(work / "layouts" / "_default" / "single.html").write_text("<!DOCTYPE html><title>{{ .Title }}</title>{{ .Content }}\n", encoding="utf-8")
(work / "layouts" / "_default" / "list.html").write_text("<!DOCTYPE html><title>{{ .Title }}</title>\n", encoding="utf-8")
for post in data["posts"]:
    front = {"title": post["title"], "date": post["date"], "draft": bool(post.get("draft")), "author": post.get("author", "")}
    (work / "content" / "posts" / f"{post['slug']}.md").write_text(json.dumps(front, ensure_ascii=False) + "\n\n" + post["body"] + "\n", encoding="utf-8")
subprocess.run(["hugo", "--quiet", "--source", str(work), "--destination", str(out_dir.resolve())], check=True)
version = subprocess.run(["hugo", "version"], capture_output=True, text=True, check=True).stdout.split()[1].split("+")[0].lstrip("v")
manifest = {"version": version, "feeds": [["index.xml", "rss"]], "enclosures": [], "authors": True}
(out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
