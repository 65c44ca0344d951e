"""Optional password login: users in a JSON file with argon2id-hashed passwords (argon2-cffi: the parameters are
stored in each hash, and a hash made with older parameters, or with the scrypt of earlier versions, is replaced at
the next successful login).

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
import re
import sys
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from knowledge.private import write_private

HASHER = PasswordHasher()
LEGACY_SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # hashes written before argon2: "scrypt$salt$digest"
# Verified when the name is unknown, so that an unknown name takes as long as a known one.
_DUMMY_HASH = HASHER.hash("mot de passe factice pour les noms inconnus")

IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")


class UsersFileError(ValueError):
    """The users file cannot be read as a list of accounts (the message, in French, says why)."""


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(password: str, stored: str) -> bool:
    return password_check(password, stored)[0]


def password_check(password: str, stored: str) -> tuple[bool, bool]:
    """(the password matches, the hash should be replaced by a current one)."""
    if stored.startswith("scrypt$"):
        try:
            _, salt, digest = stored.split("$")
            actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), **LEGACY_SCRYPT)
            return hmac.compare_digest(actual, base64.b64decode(digest)), True
        except (ValueError, TypeError):
            return False, False
    try:
        HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False, False
    return True, HASHER.check_needs_rehash(stored)


def identifier_error(identifier: str) -> str | None:
    """Why a name cannot be an account name (French), or None."""
    if not IDENTIFIER.fullmatch(identifier):
        return (
            f"Identifiant invalide : {identifier!r}. Un identifiant compte 1 à 64 caractères : lettres sans accent, "
            "chiffres, point, tiret, tiret bas ou @, sans espace, et commence par une lettre ou un chiffre."
        )
    return None


def read_users(path: Path) -> dict[str, str]:
    """identifier -> password hash; UsersFileError (in French) when the file cannot be read as accounts."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {u["identifier"]: u["password_hash"] for u in data["users"]}
    except IsADirectoryError as error:
        raise UsersFileError(f"{path} est un dossier, pas un fichier de comptes.") from error
    except FileNotFoundError as error:
        raise UsersFileError(f"Fichier de comptes introuvable : {path}") from error
    except OSError as error:
        raise UsersFileError(f"Fichier de comptes illisible : {path} ({error.strerror})") from error
    except (ValueError, KeyError, TypeError) as error:
        raise UsersFileError(f"Fichier de comptes invalide (JSON attendu : {{\"users\": [...]}}) : {path}") from error


def load_users(path: Path) -> dict[str, str]:
    """identifier -> password hash; an unreadable file logs nobody in."""
    try:
        return read_users(path)
    except UsersFileError:
        return {}


def check_login(path: Path, identifier: str, password: str) -> bool:
    """The password is right for this name; an unknown name costs the same time as a known one. A hash with old
    parameters is replaced in the file."""
    stored = load_users(path).get(identifier)
    matches, stale = password_check(password, stored or _DUMMY_HASH)
    if stored is None:
        return False
    if matches and stale:
        try:
            add_user(path, identifier, password)
        except (OSError, UsersFileError):
            pass  # the login still succeeds; the hash is replaced at a later one
    return matches


def add_user(path: Path, identifier: str, password: str) -> None:
    """Add or update one account, keeping the others; the file is private to its owner (0600)."""
    users = read_users(path) if path.exists() else {}
    users[identifier] = hash_password(password)
    text = json.dumps({"users": [{"identifier": k, "password_hash": v} for k, v in sorted(users.items())]}, indent=2)
    write_private(path, text)


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
    if message := identifier_error(args.identifier):
        print(f"Erreur : {message}", file=sys.stderr)
        return 2
    if path.exists() or path.is_symlink():
        try:
            read_users(path)
        except UsersFileError as error:
            print(f"Erreur : {error} Rien n'a été modifié.", file=sys.stderr)
            return 2
    password = os.environ.get("NEW_USER_PASSWORD") or getpass.getpass("Mot de passe : ")
    if not os.environ.get("NEW_USER_PASSWORD") and password != getpass.getpass("Confirmez : "):
        print("Erreur : les deux mots de passe diffèrent.", file=sys.stderr)
        return 2
    if len(password) < 8:
        print("Erreur : 8 caractères au minimum.", file=sys.stderr)
        return 2
    try:
        add_user(path, args.identifier, password)
    except (OSError, UsersFileError) as error:
        print(f"Erreur : écriture impossible dans {path} : {error}", file=sys.stderr)
        return 1
    print(f"Compte « {args.identifier} » enregistré dans {path}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
