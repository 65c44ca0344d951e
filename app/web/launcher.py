"""``python -m app.web.launcher`` (``make run``): start the Chainlit chat on http://localhost:8000 (``PORT`` overrides)."""

from __future__ import annotations

import os
import secrets
import sys

from knowledge.paths import ROOT
from knowledge.settings import get_settings


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
    return [sys.executable, "-m", "chainlit", "run", "app/web/handlers.py", "--host", host, "--port", port, "--headless"]


def main() -> int:
    settings = get_settings()
    port, host = str(settings.port), settings.host
    os.environ.setdefault("CHAINLIT_AUTH_SECRET", auth_secret())
    os.chdir(ROOT)  # Chainlit reads .chainlit/, public/ and chainlit.md from the working directory
    from app.web.startup import serve  # prints the address once the chat answers

    return serve(chainlit_command(host, port), int(port))


if __name__ == "__main__":
    sys.exit(main())
