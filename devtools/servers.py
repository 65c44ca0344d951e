"""Real server processes on loopback for end-to-end tests: Chroma and PostgreSQL here; the Chainlit server is
``app.web.launcher.ChainlitServer``, shared with ``make bench``."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from app.web.launcher import chainlit_command
from knowledge.paths import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_http(url: str, timeout: float = 120, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(url)


class ChainlitServer:
    """The chat server as a child process with its own data directory, on a free loopback port: started and
    stopped by the end-to-end tests and by ``make bench``."""

    def __init__(self, data_dir: Path, log_path: Path, **env: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.log_path = log_path
        self.env = os.environ | {"DATA_DIR": str(data_dir), "CHAINLIT_AUTH_SECRET": "secret-de-test-" + "x" * 40} | env
        self.process: subprocess.Popen | None = None

    def start(self) -> ChainlitServer:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            chainlit_command("127.0.0.1", str(self.port)),
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_http(self.url, process=self.process)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class ChromaServer:
    """``chroma run`` from the chromadb package, on loopback, with its own storage."""

    def __init__(self, path: Path, log_path: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.path, self.log_path = path, log_path
        self.process: subprocess.Popen | None = None

    def start(self) -> ChromaServer:
        chroma = Path(sys.executable).parent / "chroma"
        self.process = subprocess.Popen(
            [str(chroma), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self.log_path.open("ab"),
            stderr=subprocess.STDOUT,
        )
        wait_http(f"{self.url}/api/v2/heartbeat", timeout=60, process=self.process)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


class PostgresServer:
    """A throw-away PostgreSQL cluster on loopback (initdb + pg_ctl), run as the ``postgres`` system user when
    the tests run as root (PostgreSQL refuses root)."""

    def __init__(self):
        self.port = free_port()
        # not under pytest's private tmp: the postgres user must be able to reach it
        self.path = Path(tempfile.mkdtemp(prefix="assistant-pg-"))
        self.path.chmod(0o755)
        self.url = f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = list(args)
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> PostgresServer:
        self.path.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.path, "postgres", "postgres")
        bindir = pg_bindir()
        self._run(f"{bindir}/initdb", "-D", str(self.path / "db"), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self._run(
            f"{bindir}/pg_ctl", "-D", str(self.path / "db"), "-l", str(self.path / "server.log"), "-w",
            "-o", f"-p {self.port} -k {self.path} -c listen_addresses=127.0.0.1", "start",
        )  # fmt: skip
        return self

    def stop(self) -> None:
        try:
            self._run(f"{pg_bindir()}/pg_ctl", "-D", str(self.path / "db"), "-m", "fast", "stop")
        except (subprocess.CalledProcessError, FileNotFoundError):
            pass
        shutil.rmtree(self.path, ignore_errors=True)


def pg_bindir() -> str:
    found = shutil.which("initdb")
    if found:
        return str(Path(found).resolve().parent)
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not versions:
        raise FileNotFoundError("PostgreSQL absent : apt-get install postgresql")
    return str(versions[-1])
