"""``python -m app.web.launcher`` (``make run``): start the Chainlit chat on http://localhost:8000 (``PORT`` overrides)."""

from __future__ import annotations

import os
import secrets
import sys

from app.web.security.exposure import exposure_error
from knowledge.paths import ROOT
from knowledge.private import write_private
from knowledge.settings import get_settings


class SecretError(RuntimeError):
    """The secret file cannot be used (French message naming it and the fix)."""


def auth_secret() -> str:
    """Chainlit signs sessions with this secret; kept in the data directory so logins survive restarts. Created
    private (0600). An empty or unreadable secret is replaced by a new one with a warning (the sessions it signed
    end); a folder in its place is an error."""
    settings = get_settings()
    path = settings.data_dir / ".chainlit-secret"
    if path.is_dir():
        raise SecretError(f"{path} est un dossier : supprimez-le, un nouveau secret de session y sera créé.")
    problem = None
    if path.exists():
        try:
            secret = path.read_text(encoding="utf-8").strip()
            if len(secret) >= 32 and secret.isprintable() and " " not in secret:
                path.chmod(0o600)
                return secret
            problem = "vide ou trop court"
        except (OSError, UnicodeDecodeError) as error:
            problem = f"illisible ({type(error).__name__})"
    secret = secrets.token_urlsafe(48)
    write_private(path, secret)
    if problem:
        print(f"Attention : secret de session {path} {problem} ; un nouveau secret le remplace, "
              "les sessions ouvertes sont fermées.", file=sys.stderr)  # fmt: skip
    return secret


def chainlit_command(host: str, port: str) -> list[str]:
    return [sys.executable, "-m", "chainlit", "run", "app/web/handlers.py", "--host", host, "--port", port, "--headless"]


def main() -> int:
    settings = get_settings()
    port, host = str(settings.port), settings.host
    if refusal := exposure_error(host, settings.auth_users_file, settings.allow_open_history):
        print(refusal, file=sys.stderr)
        return 2
    try:
        if not os.environ.get("CHAINLIT_AUTH_SECRET"):
            os.environ["CHAINLIT_AUTH_SECRET"] = auth_secret()
    except SecretError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 2
    os.chdir(ROOT)  # Chainlit reads .chainlit/, public/ and chainlit.md from the working directory
    from app.web.startup import serve  # prints the address once the chat answers

    return serve(chainlit_command(host, port), int(port))


if __name__ == "__main__":
    sys.exit(main())
