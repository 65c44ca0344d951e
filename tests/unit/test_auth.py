"""The users file and its command line: argon2id hashes (older scrypt ones upgraded at login), a private file that
stays private, and no account lost or malformed by a bad command."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
import subprocess
import sys

import pytest

from app.web.auth import add_user, check_login, load_users, verify_password
from knowledge.paths import ROOT


def legacy_scrypt(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_an_old_scrypt_account_still_logs_in_and_its_hash_is_upgraded(tmp_path):
    users = tmp_path / "comptes.json"
    users.write_text(json.dumps({"users": [{"identifier": "alice", "password_hash": legacy_scrypt("ancien-secret")}]}))
    assert not check_login(users, "alice", "mauvais")
    assert load_users(users)["alice"].startswith("scrypt$")  # a wrong password changes nothing
    assert check_login(users, "alice", "ancien-secret")
    upgraded = load_users(users)["alice"]
    assert upgraded.startswith("$argon2id$") and verify_password("ancien-secret", upgraded)
    assert check_login(users, "alice", "ancien-secret")


def test_the_users_file_is_created_private_and_stays_so(tmp_path):
    users = tmp_path / "comptes" / "comptes.json"
    add_user(users, "alice", "motdepasse-alice")
    assert stat.S_IMODE(users.stat().st_mode) == 0o600
    assert stat.S_IMODE(users.parent.stat().st_mode) == 0o700
    add_user(users, "bob", "motdepasse-bob")
    assert stat.S_IMODE(users.stat().st_mode) == 0o600 and set(load_users(users)) == {"alice", "bob"}


def run_add(users, identifier: str) -> subprocess.CompletedProcess:
    env = os.environ | {"AUTH_USERS_FILE": str(users), "NEW_USER_PASSWORD": "motdepasse-long"}
    return subprocess.run([sys.executable, "-m", "app.web.auth", "add", identifier], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip


@pytest.mark.parametrize("content", ["{pas du json", '{"comptes": []}', "[1, 2]"])
def test_add_refuses_a_users_file_it_cannot_read_and_leaves_it_intact(tmp_path, content):
    users = tmp_path / "comptes.json"
    users.write_text(content, encoding="utf-8")
    result = run_add(users, "carol")
    assert result.returncode == 2 and "Fichier de comptes invalide" in result.stderr and "Traceback" not in result.stderr
    assert users.read_text(encoding="utf-8") == content


def test_add_names_a_folder_given_as_users_file(tmp_path):
    result = run_add(tmp_path, "carol")
    assert result.returncode == 2 and "est un dossier" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("identifier", ["", "   ", "alice ", "ali\nce", "<b>alice</b>", "x" * 65])
def test_add_refuses_identifiers_a_person_could_not_type_or_see(tmp_path, identifier):
    users = tmp_path / "comptes.json"
    add_user(users, "alice", "motdepasse-alice")
    before = users.read_text(encoding="utf-8")
    result = run_add(users, identifier)
    assert result.returncode == 2 and "Identifiant invalide" in result.stderr
    assert users.read_text(encoding="utf-8") == before
