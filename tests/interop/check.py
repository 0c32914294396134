# SPDX-License-Identifier: MIT
"""One cell of the interop matrix: a generator's rendered site behind one web server, read by
the real `freshet` binary with a real profile. Checks (issue #19):
  1 posts: exactly the published posts, titles as text, absolute percent-encoded links,
    enclosures and content URLs, dates to the second in UTC, authors, no draft;
  2 the next fetch is conditional (304 in the server's log) when the server sent validators,
    else skipped by the body fingerprint; Freshet asks only for encodings it decodes;
  3 version 2 of the site: the edited post updated in place, the new one arrives (newData),
    the removed one kept, nothing twice;
  4 301/308 (relative and absolute Location) update the stored address, 302/307 keep it;
  5 the home page finds the feed through <link rel="alternate">.
Writes RESULTS/GENERATOR--SERVER.json for tools/interop/tested-with.py. Exit status 0 passed,
1 failed, 77 skipped (a generator or server this machine does not have).
Usage: check.py GENERATOR SERVER SITES_DIR FRESHET_BINARY STATE_DIR RESULTS_DIR"""
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
from render import PLACEHOLDER, SKIP  # noqa: E402
from servers import SERVERS  # noqa: E402

# What Qt's network stack inflates itself (Debian's Qt is built with brotli and zstd); anything
# else advertised would come back as bytes nobody decodes.
DECODABLE = {"gzip", "deflate", "br", "zstd", "identity"}


class Cell:
    def __init__(self, generator, server_key, sites, freshet, state, results):
        self.generator, self.server_key = generator, server_key
        self.site = Path(sites) / generator
        self.freshet, self.state, self.results = freshet, Path(state), Path(results)
        self.failures, self.notes = [], []
        self.server = None

    # ------------------------------------------------------------------------ helpers ---
    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition

    def freshet_run(self, profile, *args):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([self.freshet, "--profile", str(profile), *args], capture_output=True, text=True, env=env, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"freshet {' '.join(args)} exited {result.returncode}: {result.stdout[-1500:]}{result.stderr[-1500:]}")
        return result.stdout

    def freshet_json(self, profile, *args):
        return json.loads(self.freshet_run(profile, *args, "--json"))

    def origin(self):
        return f"http://127.0.0.1:{self.server.port}"

    def publish(self, version, age_seconds):
        """Copies a rendered version into the docroot with the server's real address, dated in the past
        so a later version always has a newer Last-Modified."""
        source = self.site / f"v{version}"
        target = self.docroot / self.generator
        shutil.rmtree(target, ignore_errors=True)
        stamp = time.time() - age_seconds
        for path in source.rglob("*"):
            destination = target / path.relative_to(source)
            if path.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            data = path.read_bytes()
            if path.suffix in (".xml", ".html", ".json", ".rss", ".atom"):
                data = data.replace(PLACEHOLDER.encode(), self.origin().encode())
            destination.write_bytes(data)
            os.utime(destination, (stamp, stamp))
        # lighttpd keeps a file's stat for a second: a version published right after another
        # could be served as the old one. Wait until every feed is served as written (5 s at most).
        deadline = time.monotonic() + 5
        for name, _ in self.feeds():
            wanted = (target / name).read_bytes()
            while self.raw_get(f"/{self.generator}/{name}")[2] != wanted and time.monotonic() < deadline:
                time.sleep(0.1)

    def raw_get(self, path, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body

    def feeds(self):
        return [(name, kind) for name, kind in self.manifest["feeds"]]

    def feed_url(self, name):
        return f"{self.origin()}/{self.generator}/{name}"

    def expected_posts(self, version):
        data = json.loads((self.site / f"content-v{version}.json").read_text(encoding="utf-8"))
        return [post for post in data["posts"] if not post.get("draft")]

    # ------------------------------------------------------------------------- checks ---
    def check_posts(self, items, name, version):
        expected = {f"{self.origin()}/{self.generator}/posts/{post['slug']}/": post for post in self.expected_posts(version)}
        links = [item["link"] for item in items]
        self.expect(sorted(links) == sorted(expected), f"{name}: links {sorted(links)} != {sorted(expected)}")
        self.expect(not any("Draft" in item["title"] for item in items), f"{name}: the draft arrived")
        for item in items:
            post = expected.get(item["link"])
            if post is None:
                continue
            where = f"{name} {post['slug']}"
            self.expect(item["title"] == post["title"], f"{where}: title {item['title']!r} != {post['title']!r}")
            want = datetime.fromisoformat(post["date"].replace("Z", "+00:00")).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            got = item["published"] or item["updated"]
            self.expect(got == want, f"{where}: date {got} != {want}")
            if self.manifest.get("authors"):
                self.expect("Ada Example" in (item["author"] or ""), f"{where}: author {item['author']!r}")
            urls = re.findall(r'(?:src|href)="([^"]*)"', (item["content"] or "") + (item["summary"] or ""))
            for url in urls + [item["image"] or ""] + [e["url"] for e in item["enclosures"]]:
                if url:
                    self.expect(url.startswith("http://") and " " not in url, f"{where}: address {url!r} not absolute and encoded")
            body = (item["content"] or "") + (item["summary"] or "")
            if "images/a b.jpg" in post["body"] and "<img" in body:
                self.expect("a%20b.jpg" in body, f"{where}: image address lost its %20: {body[:300]}")
            if "caf%C3%A9" in post["body"] and "search/" in body:
                self.expect("?s=caf%C3%A9" in body, f"{where}: query lost its encoding: {body[:300]}")
            enclosure = post.get("enclosure")
            if enclosure and name in self.manifest["enclosures"]:
                want_url = enclosure["url"].replace(PLACEHOLDER, self.origin()).replace(" ", "%20")
                got_urls = [e["url"] for e in item["enclosures"]]
                self.expect(want_url in got_urls, f"{where}: enclosure {got_urls} lacks {want_url}")

    def check_feed(self, name, kind):
        profile = self.state / f"profile-{name}"
        url = self.feed_url(name)
        status, headers, _ = self.raw_get(urlsplit(url).path)
        self.expect(status == 200, f"{name}: the server answers {status}")
        validators = bool(headers.get("etag") or headers.get("last-modified"))
        self.freshet_run(profile, "add", url)
        first = self.freshet_json(profile, "fetch", "--all")
        self.expect(first["failed"] == 0, f"{name}: first fetch failed: {first}")
        items = self.freshet_json(profile, "items")
        self.check_posts(items, name, 1)

        # 2: the next fetch.
        before = len(self.server.requests())
        second = self.freshet_json(profile, "fetch", "--all")
        feed = self.freshet_json(profile, "list")[0]
        asked = [r for r in self.server.requests()[before:] if r[1] == urlsplit(url).path]
        self.expect(second["newItems"] == 0 and second["updatedItems"] == 0, f"{name}: an unchanged feed changed items: {second}")
        if validators:
            self.expect(asked and asked[-1][0] == 304, f"{name}: second request not answered 304: {asked}")
            self.expect(feed["lastResult"] == "notModified", f"{name}: second fetch {feed['lastResult']}")
            if asked and asked[-1][2]:
                conditional = asked[-1][2].get("if-none-match") or asked[-1][2].get("if-modified-since")
                self.expect(bool(conditional), f"{name}: the log shows no conditional header: {asked[-1]}")
        else:
            self.expect(asked and asked[-1][0] == 200, f"{name}: expected a full answer without validators: {asked}")
            self.expect(feed["lastResult"] in ("notModified", "unchanged"), f"{name}: unchanged body not skipped: {feed['lastResult']}")
        advertised = set()
        for request in self.server.requests():
            advertised |= {e.split(";")[0].strip().lower() for e in request[2].get("accept-encoding", "").split(",") if e.strip()}
        self.expect(advertised <= DECODABLE, f"{name}: Freshet advertised {sorted(advertised - DECODABLE)}")
        encoded = {r[2].get("content-encoding") for r in self.server.requests() if r[2].get("content-encoding")}
        if encoded:
            self.notes.append(f"{name} sent {'/'.join(sorted(encoded))}")
        if self.server.unconditional_prefix:
            self.check_fingerprint(name)
        return profile, validators

    def check_fingerprint(self, name):
        """A server that answers every request in full: the unchanged body costs no parse."""
        path = f"{self.server.unconditional_prefix}/{self.generator}/{name}"
        profile = self.state / f"profile-whole-{name}"
        self.freshet_run(profile, "add", self.origin() + path)
        self.freshet_json(profile, "fetch", "--all")
        before = len(self.server.requests())
        run = self.freshet_json(profile, "fetch", "--all")
        feed = self.freshet_json(profile, "list")[0]
        asked = [r for r in self.server.requests()[before:] if r[1] == path]
        self.expect(asked and asked[-1][0] == 200, f"{name}: {path} was not answered in full: {asked}")
        self.expect(run["newItems"] == 0 and run["updatedItems"] == 0 and feed["lastResult"] in ("notModified", "unchanged"),
                    f"{name}: an unchanged whole body was not skipped by its fingerprint: {run}, {feed['lastResult']}")
        self.expect(feed["lastHttpStatus"] == 200, f"{name}: {path} last answered {feed['lastHttpStatus']}")
        if "fingerprint" not in self.notes:
            self.notes.append("fingerprint")
        shutil.rmtree(profile, ignore_errors=True)

    def check_update(self, profile, name):
        self.publish(2, age_seconds=0)
        run = self.freshet_json(profile, "fetch", "--all")
        self.expect(run["result"] == "newData" and run["newItems"] == 1, f"{name}: version 2 gave {run}")
        items = self.freshet_json(profile, "items")
        links = [item["link"] for item in items]
        self.expect(len(links) == len(set(links)), f"{name}: an item twice: {links}")
        titles = {item["title"] for item in items}
        self.expect("Apostrophe’s test — edited" in titles, f"{name}: edit not applied: {sorted(titles)}")
        self.expect("Apostrophe’s test — dashes…" not in titles, f"{name}: edit added a second item")
        self.expect("A new post" in titles, f"{name}: new post missing")
        self.expect("A code block ☕ 日本語" in titles, f"{name}: removed post not kept")
        self.expect(len(items) == len(self.expected_posts(1)) + 1, f"{name}: {len(items)} items after version 2")
        self.publish(1, age_seconds=100)

    def check_redirects(self, name):
        for code in self.server.redirect_codes:
            path = f"/r/{code}/{self.generator}/{name}"
            status, headers, _ = self.raw_get(path)
            if not self.expect(status == code, f"{name}: {path} answered {status}, not {code}"):
                continue
            location = headers.get("location", "")
            form = "absolute" if location.startswith("http") else "relative"
            profile = self.state / f"profile-r{code}-{name}"
            self.freshet_run(profile, "add", self.origin() + path)
            self.freshet_json(profile, "fetch", "--all")
            stored = self.freshet_json(profile, "list")[0]["url"]
            want = self.feed_url(name) if code in (301, 308) else self.origin() + path
            self.expect(stored == want, f"{name}: after a {code} ({form} Location {location}) the address is {stored}, not {want}")
            if f"{code} {form}" not in self.notes:
                self.notes.append(f"{code} {form}")
            shutil.rmtree(profile, ignore_errors=True)

    def check_discovery(self):
        profile = self.state / "profile-discovery"
        home = f"{self.origin()}/{self.generator}/"
        wanted = {self.feed_url(name) for name, _ in self.feeds()}
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([self.freshet, "--profile", str(profile), "add", home], capture_output=True, text=True, env=env, timeout=60)
        if len(wanted) > 1:
            # Several feeds: Freshet lists them and asks which one (exit status 1).
            offered = set(re.findall(r"— (http\S+)$", result.stdout, re.MULTILINE))
            self.expect(offered == wanted, f"discovery offered {sorted(offered)}, not {sorted(wanted)}: {result.stdout}{result.stderr}")
        else:
            self.expect(result.returncode == 0, f"discovery failed: {result.stdout}{result.stderr}")
            stored = [feed["url"] for feed in self.freshet_json(profile, "list")] if result.returncode == 0 else []
            self.expect(set(stored) == wanted, f"discovery from the home page stored {stored}, not {sorted(wanted)}")
        shutil.rmtree(profile, ignore_errors=True)

    # --------------------------------------------------------------------------- main ---
    def run(self):
        server_class = SERVERS[self.server_key]
        self.docroot = self.state / "docroot"
        self.server = server_class(self.docroot, self.state / "server")
        if not (self.site / "rendered.stamp").exists():
            return self.finish("skipped", f"{self.generator} was not rendered (see its render test)")
        missing = self.server.missing()
        if missing:
            return self.finish("skipped", missing)
        self.manifest = json.loads((self.site / "v1" / "manifest.json").read_text())
        shutil.rmtree(self.state, ignore_errors=True)
        self.docroot.mkdir(parents=True)
        started = time.monotonic()
        try:
            self.server.start()
            self.publish(1, age_seconds=100)
            for name, kind in self.feeds():
                profile, _ = self.check_feed(name, kind)
                self.check_update(profile, name)
                self.check_redirects(name)
            self.check_discovery()
        except (RuntimeError, OSError, subprocess.SubprocessError, KeyError, ValueError) as error:
            self.failures.append(f"error: {error}")
        finally:
            self.server.stop()
        self.notes.append(f"{time.monotonic() - started:.1f} s")
        shutil.rmtree(self.state, ignore_errors=True)
        return self.finish("passed" if not self.failures else "failed", "")

    def finish(self, status, reason):
        self.results.mkdir(parents=True, exist_ok=True)
        record = {
            "generator": self.generator,
            "generator_version": self.manifest_version(),
            "server": self.server.name,
            "server_version": self.server.version() if status != "skipped" else None,
            "status": status,
            "reason": reason,
            "failures": self.failures,
            "notes": self.notes,
        }
        (self.results / f"{self.generator}--{self.server_key}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1))
        for failure in self.failures:
            print(f"FAIL: {failure}")
        print(f"{status.upper()}: {self.generator} behind {self.server.name}" + (f": {reason}" if reason else "") + f" ({'; '.join(self.notes)})")
        return {"passed": 0, "failed": 1, "skipped": SKIP}[status]

    def manifest_version(self):
        path = self.site / "v1" / "manifest.json"
        return json.loads(path.read_text())["version"] if path.exists() else None


if __name__ == "__main__":
    sys.exit(Cell(*sys.argv[1:7]).run())
