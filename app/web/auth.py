"""Optional password login: users in a JSON file with scrypt-hashed passwords.

``python -m app.web.auth add NAME`` adds or updates a user (the password is asked twice, never echoed).
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import json
import os
import sys
from pathlib import Path

N, R, P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P)
    return f"scrypt${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=N, r=R, p=P)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def load_users(path: Path) -> dict[str, str]:
    """identifier -> password hash; an unreadable file logs nobody in."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {u["identifier"]: u["password_hash"] for u in data.get("users", [])}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def check_login(path: Path, identifier: str, password: str) -> bool:
    stored = load_users(path).get(identifier)
    return stored is not None and verify_password(password, stored)


def add_user(path: Path, identifier: str, password: str) -> None:
    users = load_users(path) if path.exists() else {}
    users[identifier] = hash_password(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"users": [{"identifier": k, "password_hash": v} for k, v in sorted(users.items())]}, indent=2),
        encoding="utf-8",
    )
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    from knowledge.settings import get_settings

    parser = argparse.ArgumentParser(prog="python -m app.web.auth", description="Gère les comptes de connexion.")
    parser.add_argument("command", choices=["add"])
    parser.add_argument("identifier")
    args = parser.parse_args(argv)
    path = get_settings().auth_users_file
    if path is None:
        print("Erreur : définissez AUTH_USERS_FILE (chemin du fichier des comptes).", file=sys.stderr)
        return 2
    password = os.environ.get("NEW_USER_PASSWORD") or getpass.getpass("Mot de passe : ")
    if not os.environ.get("NEW_USER_PASSWORD") and password != getpass.getpass("Confirmez : "):
        print("Erreur : les deux mots de passe diffèrent.", file=sys.stderr)
        return 2
    if len(password) < 8:
        print("Erreur : 8 caractères au minimum.", file=sys.stderr)
        return 2
    add_user(path, args.identifier, password)
    print(f"Compte « {args.identifier} » enregistré dans {path}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
