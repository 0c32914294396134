# SPDX-License-Identifier: MIT
"""Renders the shared content through Django's syndication framework (RSS 2.0 and Atom), the way
a Django site serves its feeds: a Feed class, called with a request for the site's host.
Usage: /usr/bin/python3 django_feeds.py POSTS_JSON OUTDIR BASE_URL"""
import json
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import django
from django.conf import settings

posts_file, out_dir, base = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
origin = urlsplit(base)
settings.configure(ALLOWED_HOSTS=["*"], USE_TZ=True, TIME_ZONE="UTC", ROOT_URLCONF=__name__, DEFAULT_CHARSET="utf-8")
django.setup()
urlpatterns = []

from django.contrib.syndication.views import Feed  # noqa: E402 (needs the settings above)
from django.test import RequestFactory  # noqa: E402
from django.utils.feedgenerator import Atom1Feed  # noqa: E402

data = json.loads(Path(posts_file).read_text(encoding="utf-8"))
site = data["site"]
posts = [post for post in data["posts"] if not post.get("draft")]


class PostsRss(Feed):
    title = site["title"]
    description = site["description"]
    link = origin.path
    author_name = site["author"]["name"]
    author_email = site["author"]["email"]

    def items(self):
        return posts

    def item_title(self, post):
        return post["title"]

    def item_description(self, post):
        return post["body"]

    def item_link(self, post):
        return f"{origin.path}posts/{post['slug']}/"

    def item_pubdate(self, post):
        return datetime.fromisoformat(post["date"].replace("Z", "+00:00"))

    def item_author_name(self, post):
        return post["author"]

    def item_author_email(self, post):
        return site["author"]["email"]

    def item_enclosure_url(self, post):
        return post.get("enclosure", {}).get("url")

    def item_enclosure_length(self, post):
        return post.get("enclosure", {}).get("length")

    def item_enclosure_mime_type(self, post):
        return post.get("enclosure", {}).get("type")


class PostsAtom(PostsRss):
    feed_type = Atom1Feed
    subtitle = site["description"]


out_dir.mkdir(parents=True, exist_ok=True)
request = RequestFactory().get(origin.path, HTTP_HOST=origin.netloc)
feeds = [("rss.xml", "rss", PostsRss), ("atom.xml", "atom", PostsAtom)]
for name, _, view in feeds:
    (out_dir / name).write_bytes(view()(request).content)
links = "\n".join(
    f'<link rel="alternate" type="application/{kind}+xml" title="{site["title"]}" href="{base}{name}">' for name, kind, _ in feeds
)
(out_dir / "index.html").write_text(
    f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{site["title"]}</title>\n{links}\n</head><body></body></html>\n',
    encoding="utf-8",
)
manifest = {"version": django.get_version(), "feeds": [[name, kind] for name, kind, _ in feeds], "enclosures": [name for name, _, _ in feeds], "authors": True}
(out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
