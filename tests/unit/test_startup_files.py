"""Files read at start-up: the session secret and the users file are named when they cannot be used."""

from __future__ import annotations

import logging
import stat

import pytest


@pytest.fixture()
def data_dir(tmp_path, monkeypatch):
    from knowledge.settings import get_settings

    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_the_secret_is_created_private(data_dir):
    from app.web.launcher import auth_secret

    secret = auth_secret()
    path = data_dir / ".chainlit-secret"
    assert len(secret) >= 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert auth_secret() == secret


@pytest.mark.parametrize("content", [b"", b"   \n", b"\xff\xfe\x00 pas du texte"])
def test_an_empty_or_unreadable_secret_is_replaced_with_a_warning(data_dir, content, capsys):
    from app.web.launcher import auth_secret

    (data_dir / ".chainlit-secret").write_bytes(content)
    secret = auth_secret()
    assert len(secret) >= 32 and "un nouveau secret le remplace" in capsys.readouterr().err
    assert (data_dir / ".chainlit-secret").read_text(encoding="utf-8") == secret


@pytest.mark.parametrize("case", ["absent", "dossier", "invalide"])
def test_a_users_file_that_cannot_be_read_is_logged_at_start_up(tmp_path, caplog, case):
    from app.web.security import check_users_file

    path = tmp_path / "comptes.json"
    if case == "dossier":
        path.mkdir()
    elif case == "invalide":
        path.write_text("{", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        assert not check_users_file(path)
    assert "AUTH_USERS_FILE" in caplog.text and "Nobody can log in" in caplog.text
