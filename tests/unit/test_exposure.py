"""Without a users file the chat listens on loopback only, unless the operator accepts an open history."""

from pathlib import Path

import pytest

from app.web.security.exposure import exposure_error


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_loopback_needs_no_login(host):
    assert exposure_error(host, None, False) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "assistant.example.org"])
def test_any_other_address_without_login_is_refused_with_the_fix(host):
    message = exposure_error(host, None, False)
    assert message and host in message
    assert "AUTH_USERS_FILE" in message and "ALLOW_OPEN_HISTORY=true" in message


def test_a_users_file_or_the_explicit_setting_allows_any_address():
    assert exposure_error("0.0.0.0", Path("/srv/comptes.json"), False) is None
    assert exposure_error("0.0.0.0", None, True) is None
