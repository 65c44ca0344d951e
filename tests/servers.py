"""Real server processes on loopback for end-to-end tests: Chroma and PostgreSQL here; the Chainlit server is
``app.web.launcher.ChainlitServer``, shared with ``make bench``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app.web.launcher import free_port, wait_http

ROOT = Path(__file__).resolve().parent.parent


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
