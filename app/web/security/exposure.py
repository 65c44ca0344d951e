"""Who can reach the chat: without a users file every visitor is the same local user, who can read, rename and
delete every conversation, so the chat then listens on the loopback address only, and refuses the local login to a
request forwarded by a reverse proxy, unless the operator says in ``ALLOW_OPEN_HISTORY`` that an open, shared
history is what they want."""

from __future__ import annotations

import ipaddress
from pathlib import Path

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def exposure_error(host: str, auth_users_file: Path | None, allow_open_history: bool) -> str | None:
    """The French reason to refuse to start, or None when listening on ``host`` is safe or accepted."""
    if auth_users_file is not None or allow_open_history or is_loopback(host):
        return None
    return (
        f"Erreur : sans fichier de comptes, le chat n'écoute que sur la boucle locale (127.0.0.1), pas sur {host}. "
        "Sans connexion, quiconque atteint ce port lit, renomme et supprime toutes les conversations. "
        "Créez des comptes (AUTH_USERS_FILE=/chemin/comptes.json .venv/bin/python -m app.web.auth add NOM) et "
        "relancez avec AUTH_USERS_FILE, ou, si un historique ouvert et partagé par tous est voulu, "
        "définissez ALLOW_OPEN_HISTORY=true."
    )


PROXY_HEADERS = ("x-forwarded-for", "x-forwarded-host", "x-real-ip", "forwarded")


def reached_through_a_proxy(headers) -> bool:
    """The request came through a reverse proxy: the chat listens on loopback, but the proxy may publish it."""
    return any(headers.get(name) for name in PROXY_HEADERS)
