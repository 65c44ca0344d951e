"""Private conversations stay private, checked on the real server (issue 11): who may listen where, which origins
may read, sessions that end, logins that cannot be brute-forced, threads that belong to their author."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from devtools.servers import free_port
from knowledge.paths import ROOT


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def started(command: list[str], env: dict, port: int, timeout: float = 90) -> subprocess.CompletedProcess | None:
    """The finished process, or None (after stopping it) when it kept running and listened instead."""
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.terminate()
        process.communicate(timeout=20)
        return None
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def test_without_users_file_a_public_address_is_refused_naming_the_fix(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("AUTH_USERS_FILE", "ALLOW_OPEN_HISTORY")}
    env |= {"DATA_DIR": str(tmp_path), "HOST": "0.0.0.0", "PORT": str(port)}
    result = started([sys.executable, "-m", "app.web.launcher"], env, port)
    assert result is not None, "the chat started on 0.0.0.0 without a login"
    assert result.returncode == 2 and not listening(port)
    message = result.stderr.decode()
    assert "AUTH_USERS_FILE" in message and "ALLOW_OPEN_HISTORY" in message and "Traceback" not in message
    # started by Chainlit's own command line, without the launcher: the same refusal
    direct = [sys.executable, "-m", "chainlit", "run", "app/web/handlers.py", "--host", "0.0.0.0", "--port",
              str(port), "--headless"]  # fmt: skip
    result = started(direct, env | {"CHAINLIT_AUTH_SECRET": "secret-de-test-" + "x" * 40}, port)
    assert result is not None, "chainlit run --host 0.0.0.0 served without a login"
    assert result.returncode != 0 and "AUTH_USERS_FILE" in result.stderr.decode()
