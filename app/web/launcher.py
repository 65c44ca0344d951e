"""``python -m app.web.launcher`` (``make run``): start the Chainlit chat on http://localhost:8000 (``PORT`` overrides)."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from knowledge.settings import ROOT, get_settings


def auth_secret() -> str:
    """Chainlit signs sessions with this secret; kept in the data directory so logins survive restarts."""
    settings = get_settings()
    path = settings.data_dir / ".chainlit-secret"
    if not path.exists():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def chainlit_command(host: str, port: str) -> list[str]:
    return [sys.executable, "-m", "chainlit", "run", "app/ui.py", "--host", host, "--port", port, "--headless"]


def main() -> int:
    port = os.environ.get("PORT", "8000")
    host = os.environ.get("HOST", "127.0.0.1")
    os.environ.setdefault("CHAINLIT_AUTH_SECRET", auth_secret())
    os.chdir(ROOT)  # Chainlit reads .chainlit/, public/ and chainlit.md from the working directory
    print(f"Assistant disponible sur http://localhost:{port} (Ctrl+C pour arrêter)", flush=True)
    os.execv(sys.executable, chainlit_command(host, port))
    return 0


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
            time.sleep(0.5)
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


if __name__ == "__main__":
    sys.exit(main())
