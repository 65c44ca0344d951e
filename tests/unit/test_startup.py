"""``make run`` shows a person only what they can act on, and the address only once the chat answers."""

from __future__ import annotations

import io
import sys

from app.web.startup import serve, worth_showing


def test_chainlit_noise_is_hidden_and_errors_are_kept():
    assert not worth_showing(
        "2026-11-25 15:11:28 - WARNING - chainlit - SQLAlchemyDataLayer storage client is not initialized and "
        "elements will not be persisted!\n"
    )
    assert not worth_showing("2026-11-25 15:11:28 - INFO - chainlit - Your app is available at http://localhost:8000\n")
    assert not worth_showing("2026-11-25 15:11:26 - INFO - sentence_transformers.base.model - Loading model\n")
    assert worth_showing("2026-11-25 15:11:26 - ERROR - app.engine.core - index unreadable\n")
    assert worth_showing("OSError: [Errno 98] Address already in use\n")


def test_a_server_that_never_answers_is_never_announced(unused_port=59999):
    out = io.StringIO()
    script = "print('2026-01-01 - INFO - chainlit - Your app is available at x'); print('Erreur : port occupé')"
    code = serve([sys.executable, "-c", script + "; raise SystemExit(3)"], unused_port, out)
    assert code == 3
    assert out.getvalue() == "Démarrage de l'assistant…\nErreur : port occupé\n"
