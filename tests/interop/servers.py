# SPDX-License-Identifier: MIT
"""The web servers of the interop matrix, each started on 127.0.0.1 on a free port from a
configuration of our own (no systemd, no /etc change) and stopped with its process group.

Every server answers the same paths: the site under /, and /r/CODE/PATH redirecting to /PATH
with that status where the server can (Location relative or absolute as that server writes it).
Each writes one access-log line per request that `requests()` reads back as
(status, path, request headers we care about)."""
import json
import os
import pwd
import re
import signal
import socket
import subprocess
import time
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def installed_version(package):
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}|${Version}", package], capture_output=True, text=True)
    status, _, version = result.stdout.partition("|")
    return version.split("-")[0].split(":")[-1] if status == "install ok installed" else None


class Server:
    name = ""
    package = ""
    redirect_codes = ()  # the /r/CODE/ paths this server answers
    # A path prefix under which the site is served with validators ignored (no ETag, no 304),
    # or "": the fingerprint check then has a server that always sends the whole body.
    unconditional_prefix = ""

    def __init__(self, docroot: Path, state: Path):
        self.docroot, self.state = docroot, state
        self.port = 0
        self.process = None
        self.log = state / "access.log"

    def missing(self):
        """Why this server cannot run here, or None."""
        return None if installed_version(self.package) else f"Debian package {self.package} is not installed"

    def version(self):
        return installed_version(self.package)

    def command(self):
        raise NotImplementedError

    def configure(self):
        pass

    def start(self):
        self.state.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.configure()
        self.log.touch()
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "HOME": str(self.state), "XDG_DATA_HOME": str(self.state / "data"),
               "XDG_CONFIG_HOME": str(self.state / "config")}
        with open(self.state / "server.out", "wb") as out:
            self.process = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env,
                                            start_new_session=True, cwd=self.state)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited at start: {(self.state / 'server.out').read_text(errors='replace')[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not listen on {self.port} within 15 s")

    def stop(self):
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None

    def requests(self):
        """[(status, path, {"if-none-match", "if-modified-since", "accept-encoding"})] in order;
        a header the log cannot show is absent from the dict."""
        found = []
        for line in self.log.read_text(errors="replace").splitlines():
            match = re.match(r"(\d{3}) (\S+) (\S+) inm=(.*?) ims=(.*?) ae=(.*)$", line)
            if match:
                headers = {"if-none-match": match[4], "if-modified-since": match[5], "accept-encoding": match[6]}
                found.append((int(match[1]), match[3], {k: ("" if v in ("-", "") else v) for k, v in headers.items()}))
        return found


class Nginx(Server):
    name, package = "nginx", "nginx"
    redirect_codes = (301, 302, 307, 308)
    unconditional_prefix = "/whole"

    def configure(self):
        user = "user root root;" if os.geteuid() == 0 else ""
        temp = self.state / "tmp"
        temp.mkdir(exist_ok=True)
        (self.state / "nginx.conf").write_text(f"""
{user}
daemon off; master_process on; worker_processes 1;
pid {self.state}/nginx.pid; error_log {self.state}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    types {{ application/feed+json json; }}
    log_format interop '$status $request_method $request_uri inm=$http_if_none_match ims=$http_if_modified_since ae=$http_accept_encoding';
    access_log {self.log} interop;
    client_body_temp_path {temp}/body; proxy_temp_path {temp}/proxy; fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi; scgi_temp_path {temp}/scgi;
    gzip on; gzip_min_length 0;
    gzip_types application/rss+xml application/atom+xml application/xml application/feed+json application/json text/xml;
    server {{
        listen 127.0.0.1:{self.port};
        root {self.docroot};
        location ~ ^/r/301/(.*)$ {{ return 301 http://127.0.0.1:{self.port}/$1; }}
        location ~ ^/r/302/(.*)$ {{ return 302 http://127.0.0.1:{self.port}/$1; }}
        location ~ ^/r/307/(.*)$ {{ absolute_redirect off; return 307 /$1; }}
        location ~ ^/r/308/(.*)$ {{ absolute_redirect off; return 308 /$1; }}
        location /whole/ {{ alias {self.docroot}/; etag off; if_modified_since off; }}
    }}
}}
""")

    def command(self):
        return ["nginx", "-c", str(self.state / "nginx.conf"), "-p", str(self.state)]


class Apache(Server):
    name, package = "Apache httpd", "apache2"
    redirect_codes = (301, 302, 307, 308)
    modules = ("mpm_event", "authz_core", "mime", "dir", "alias", "deflate", "filter", "headers")

    def configure(self):
        loads = "\n".join(f"LoadModule {m}_module /usr/lib/apache2/modules/mod_{m}.so" for m in self.modules)
        user = "User www-data\nGroup www-data" if os.geteuid() == 0 else ""
        (self.state / "httpd.conf").write_text(f"""
ServerRoot {self.state}
{loads}
{user}
ServerName 127.0.0.1
Listen 127.0.0.1:{self.port}
PidFile {self.state}/httpd.pid
ErrorLog {self.state}/error.log
Mutex file:{self.state}
TypesConfig /etc/mime.types
LogFormat "%>s %m %U inm=%{{If-None-Match}}i ims=%{{If-Modified-Since}}i ae=%{{Accept-Encoding}}i" interop
CustomLog {self.log} interop
DocumentRoot {self.docroot}
<Directory {self.docroot}>
    Require all granted
    AllowOverride FileInfo
</Directory>
AddOutputFilterByType DEFLATE application/rss+xml application/atom+xml application/xml application/json text/xml text/html
""")
        # The redirects live where site owners put them: .htaccess, with mod_alias.
        (self.docroot / ".htaccess").write_text(
            "Redirect permanent /r/301/ /\nRedirectMatch 302 ^/r/302/(.*)$ /$1\nRedirectMatch 307 ^/r/307/(.*)$ /$1\nRedirectMatch 308 ^/r/308/(.*)$ /$1\n"
        )

    def command(self):
        return ["apache2", "-f", str(self.state / "httpd.conf"), "-DFOREGROUND"]


class Lighttpd(Server):
    name, package = "lighttpd", "lighttpd"
    redirect_codes = (301, 302, 307, 308)

    def configure(self):
        redirects = "\n".join(
            f'$HTTP["url"] =~ "^/r/{code}/" {{ url.redirect = ("^/r/{code}/(.*)$" => "/$1") url.redirect-code = {code} }}'
            for code in self.redirect_codes
        )
        user = 'server.username = "www-data"\nserver.groupname = "www-data"' if os.geteuid() == 0 else ""
        (self.state / "lighttpd.conf").write_text(f"""
server.modules = ("mod_redirect", "mod_accesslog")
server.document-root = "{self.docroot}"
server.bind = "127.0.0.1"
server.port = {self.port}
server.errorlog = "{self.state}/error.log"
{user}
index-file.names = ("index.html")
include_shell "/usr/share/lighttpd/create-mime.conf.pl"
# A log file is written in blocks, a piped logger line by line: the checks read it at once.
accesslog.filename = "|/usr/bin/tee -a {self.log}"
accesslog.format = "%>s %m %U inm=%{{If-None-Match}}i ims=%{{If-Modified-Since}}i ae=%{{Accept-Encoding}}i"
{redirects}
""")

        if os.geteuid() == 0:
            # lighttpd gives up root before it opens its logs.
            for path in (self.state, self.log):
                self.log.touch()
                os.chown(path, pwd.getpwnam("www-data").pw_uid, pwd.getpwnam("www-data").pw_gid)

    def command(self):
        return ["lighttpd", "-D", "-f", str(self.state / "lighttpd.conf")]


class Caddy(Server):
    name, package = "Caddy", "caddy"
    redirect_codes = (301, 302, 307, 308)

    def configure(self):
        (self.state / "Caddyfile").write_text(f"""
{{
    admin off
    auto_https off
    storage file_system {self.state}/storage
}}
http://127.0.0.1:{self.port} {{
    log {{
        output file {self.state}/caddy.json
        format json
    }}
    encode gzip zstd
    @r301 path_regexp r301 ^/r/301/(.*)$
    redir @r301 http://127.0.0.1:{self.port}/{{re.r301.1}} 301
    @r302 path_regexp r302 ^/r/302/(.*)$
    redir @r302 /{{re.r302.1}} 302
    @r307 path_regexp r307 ^/r/307/(.*)$
    redir @r307 /{{re.r307.1}} 307
    @r308 path_regexp r308 ^/r/308/(.*)$
    redir @r308 /{{re.r308.1}} 308
    root * {self.docroot}
    file_server
}}
""")

    def command(self):
        return ["caddy", "run", "--adapter", "caddyfile", "--config", str(self.state / "Caddyfile")]

    def requests(self):
        found = []
        path = self.state / "caddy.json"
        if not path.exists():
            return found
        for line in path.read_text(errors="replace").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            request = entry.get("request", {})
            headers = {k.lower(): ", ".join(v) for k, v in request.get("headers", {}).items()}
            wanted = {k: headers.get(k, "") for k in ("if-none-match", "if-modified-since", "accept-encoding")}
            wanted["content-encoding"] = ", ".join(entry.get("resp_headers", {}).get("Content-Encoding", []))
            found.append((int(entry.get("status", 0)), request.get("uri", ""), wanted))
        return found


class PythonHttp(Server):
    name, package = "Python http.server", "python3"
    redirect_codes = ()  # it has no redirect rules to configure

    def version(self):
        return subprocess.run(["/usr/bin/python3", "-c", "import platform; print(platform.python_version())"], capture_output=True,
                              text=True).stdout.strip()

    def command(self):
        # As shipped: HTTP/1.0, one request per connection. Its log goes to standard error.
        return ["/usr/bin/python3", "-u", "-m", "http.server", str(self.port), "--bind", "127.0.0.1", "--directory", str(self.docroot)]

    def requests(self):
        found = []
        for line in (self.state / "server.out").read_text(errors="replace").splitlines():
            match = re.search(r'"(\S+) (\S+) HTTP/[\d.]+" (\d{3})', line)
            if match:
                found.append((int(match[3]), match[2], {}))
        return found


SERVERS = {"nginx": Nginx, "apache": Apache, "lighttpd": Lighttpd, "caddy": Caddy, "python": PythonHttp}
