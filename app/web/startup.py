"""``make run`` as a person sees it: the address once the chat answers, and only the messages one can act on.

Chainlit prints its address before the engine is loaded, logs in English at INFO level, and warns that
"SQLAlchemyDataLayer storage client is not initialized and elements will not be persisted" although elements are
URLs kept in the history rows (``history.py``). The server runs as a child process; its output is filtered."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
import urllib.request
from typing import IO

NOISE = re.compile(
    r" - (?:INFO|DEBUG) - "
    r"|SQLAlchemyDataLayer storage client is not initialized"
    r"|Your app is available at"
    r"|Translation file for .* not found"
)


def worth_showing(line: str) -> bool:
    return not NOISE.search(line)


def wait_until_answering(url: str, process: subprocess.Popen, timeout: float = 300) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def announce(port: int, process: subprocess.Popen, out: IO[str]) -> None:
    started = time.monotonic()
    if wait_until_answering(f"http://127.0.0.1:{port}/", process):
        seconds = f"{time.monotonic() - started:.1f}".replace(".", ",")
        out.write(f"Assistant disponible sur http://localhost:{port} (prêt en {seconds} s ; Ctrl+C pour arrêter)\n")
        out.flush()


def serve(command: list[str], port: int, out: IO[str] = sys.stdout) -> int:
    """Run the server until it stops or Ctrl+C; returns its exit code (0 when stopped by the person)."""
    out.write("Démarrage de l'assistant…\n")
    out.flush()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    threading.Thread(target=announce, args=(port, process, out), daemon=True).start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if worth_showing(line):
                out.write(line)
                out.flush()
        return process.wait()
    except KeyboardInterrupt:  # the terminal sent Ctrl+C to the server too
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        out.write("Assistant arrêté.\n")
        out.flush()
        return 0
