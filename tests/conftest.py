"""Shared fixtures: a real PostgreSQL in a temp dir, a database URL per backend, a loopback web server."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


# -- PostgreSQL ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PostgresServer:
    """A running throw-away PostgreSQL cluster."""

    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = f"assay_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True
        ) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _postgres_bin() -> Path | None:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unavailable(reason: str) -> None:
    # On CI a missing PostgreSQL means half the suite silently did not run: that is a failure.
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required on CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """Start PostgreSQL in a temp dir (as an unprivileged user when running as root), stop it at the end."""
    bin_dir = _postgres_bin()
    if bin_dir is None:
        _unavailable("initdb/pg_ctl not on PATH nor in /usr/lib/postgresql/*/bin")
    assert bin_dir is not None
    # PostgreSQL refuses to run as root, so the cluster belongs to an unprivileged account.
    as_user: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        as_user = [runuser, "-u", "nobody", "--"] if runuser else []
    base = Path(tempfile.mkdtemp(prefix="assay-pg-"))
    data, sockets, log = base / "data", base / "sock", base / "server.log"
    sockets.mkdir()
    if os.geteuid() == 0:
        import pwd

        nobody = pwd.getpwnam("nobody")
        for path in (base, sockets):
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
        if not as_user:
            as_user = ["su", "-s", "/bin/sh", "nobody", "-c"]
    port = _free_port()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [str(a) for a in args]
        if as_user and as_user[0] == "su":
            command = [*as_user, " ".join(f"'{c}'" for c in command)]
        else:
            command = [*as_user, *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    init = run(bin_dir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale")
    if init.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        _unavailable(f"initdb failed: {init.stderr.strip()[-500:]}")
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    start = run(bin_dir / "pg_ctl", "-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start")
    if start.returncode != 0:
        detail = log.read_text(errors="replace")[-500:] if log.exists() else start.stderr
        shutil.rmtree(base, ignore_errors=True)
        _unavailable(f"pg_ctl start failed: {detail.strip()}")
    try:
        yield PostgresServer(port=port, user="postgres")
    finally:
        run(bin_dir / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL on each backend: a fresh SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


# -- a loopback web server --------------------------------------------------------------------


@dataclass(frozen=True)
class WebServer:
    """The fixture web server's base URL."""

    base: str

    def url(self, path: str) -> str:
        return self.base + path


BIG_BODY = b"<html><body><p>" + b"padding " * 40_000 + b"</p></body></html>"
SLOW_SECONDS = 2.0


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return

    def _send(
        self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", length: bool = True
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/pages/"):
            file = FIXTURES / "pages" / path.removeprefix("/pages/")
            if file.is_file():
                return self._send(200, file.read_bytes())
        elif path.startswith("/hop/"):
            # /hop/N redirects to /hop/N-1 (relative), /hop/1 to the story: N redirects in all.
            remaining = int(path.removeprefix("/hop/"))
            return self._redirect("/pages/aktobe.html" if remaining <= 1 else f"/hop/{remaining - 1}")
        elif path == "/big":
            return self._send(200, BIG_BODY)
        elif path == "/big-undeclared":
            return self._send(200, BIG_BODY, length=False)
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            return self._send(200, b"<html><body><p>late</p></body></html>")
        elif path == "/cp1251":
            body = "<html><body><p>Взрыв в Актобе: погибли три человека.</p></body></html>".encode("cp1251")
            return self._send(200, body, content_type="text/html; charset=windows-1251")
        elif path == "/cp1251-meta":
            body = (
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
                "</head><body><p>Взрыв в Актобе.</p></body></html>"
            ).encode("cp1251")
            return self._send(200, body, content_type="text/html")
        elif path == "/binary":
            return self._send(200, b"\x00\x01\x02" * 100, content_type="application/octet-stream")
        elif path == "/feed.xml":
            template = (FIXTURES / "feed.xml").read_text(encoding="utf-8")
            body = template.replace("{base}", f"http://{self.headers['Host']}").encode("utf-8")
            return self._send(200, body, content_type="application/rss+xml")
        self._send(404, b"<html><body>not found</body></html>")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that refuse a body (size cap, timeout) hang up mid-write; that is the point of the test.
        return


@pytest.fixture(scope="session")
def web_server() -> Iterator[WebServer]:
    """A ThreadingHTTPServer on 127.0.0.1 serving pages, redirects, a big body, a slow page, a feed, a 404."""
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield WebServer(base=f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
