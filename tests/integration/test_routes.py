"""What the page fetches by URL (cited passages, charts, briefs): served from the study, cached, and bad requests
answered with a clear French message, never the chat page nor a file outside the sources."""

from __future__ import annotations

import json
import re

import pytest
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient

STUDY = "etude-ia-generative-metiers-assistance.txt"


@pytest.fixture(scope="module")
def service(data_dir):
    from app.web.presenter import ChatService
    from knowledge.settings import Settings

    return ChatService(Settings(data_dir=data_dir))


def chat_app(service, skip_login: bool = True) -> FastAPI:
    from app.web.routes import install, logged_in

    app = FastAPI()

    @app.get("/{full_path:path}")  # like Chainlit's catch-all page route, registered first
    def page(full_path: str):
        return HTMLResponse("<html>la page du chat</html>")

    install(app, service)
    if skip_login:  # the login itself is tested below
        app.dependency_overrides[logged_in] = lambda: None
    return app


@pytest.fixture(scope="module")
def client(service):
    return TestClient(chat_app(service))


def test_every_attachment_of_an_answer_is_served_from_its_url(service, client):
    from app.engine.plan import Conversation

    answer = service.engine.ask("Je suis chargée d'assistance, suis-je exposée ?", Conversation())
    attachments = service.attachments(answer)
    assert {a.kind for a in attachments} == {"chart", "brief"}  # sources are links in the text
    sources = re.findall(r"\]\((/etude/[^)]+)\)", service.message_text(answer))
    for url in [a.url for a in attachments] + sources:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "la page du chat" not in response.text
    table = client.get(sources[0]).text.replace("\u00a0", " ")  # French no-break spaces
    assert "<dt>Experts métier : position</dt><dd>45e sur 58</dd>" in table
    assert "Chargé d&#x27;assistance Oui 0,30 26" in table  # the raw line, kept for checking
    chart = json.loads(client.get(next(a.url for a in attachments if a.kind == "chart")).text)
    assert chart["layout"]["autosize"] is True and "Chargé d'assistance" in chart["layout"]["title"]["text"]
    brief = client.get(next(a.url for a in attachments if a.kind == "brief"))
    assert brief.headers["content-disposition"] == 'attachment; filename="fiche-charge-d-assistance.pdf"'
    assert brief.content.startswith(b"%PDF")
    page = client.get("/etude/document/fiche-charge-d-assistance.html")  # linked from the answer, printable
    assert "(page imprimable)](/etude/document/fiche-charge-d-assistance.html)" in service.message_text(answer)
    assert page.headers["content-type"].startswith("text/html") and "0,17<br><small>45e sur 58" in page.text
    # the Markdown brief of earlier conversations is still served
    old = client.get("/etude/fiche/fiche-charge-d-assistance.md")
    assert "| Experts métier | 0,17 | 45e sur 58 | En évolution |" in old.text


def test_a_ranking_chart_is_rebuilt_from_its_url(service, client):
    from app.engine.plan import Conversation

    answer = service.engine.ask("Quels sont les 5 métiers les plus exposés selon les experts ?", Conversation())
    [chart] = [a for a in service.attachments(answer) if a.kind == "chart"]
    figure = client.get(chart.url).json()
    labels = [label.replace("<br>", " ") for label in figure["data"][0]["y"]]  # long names on two lines
    assert labels[-1].startswith("1. Gestionnaire de dossiers d'assistance") and len(labels) == 5


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        (f"/etude/passage/{STUDY}?lignes=abc", 400, "Plage de lignes attendue"),
        (f"/etude/passage/{STUDY}?lignes=900000-900001", 404, "hors du document"),
        (f"/etude/passage/{STUDY}?lignes=20-10", 404, "hors du document"),
        (f"/etude/passage/{STUDY}?lignes=1-5000", 400, "au plus 400 lignes"),
        ("/etude/passage/.env?lignes=1-1", 404, "Document source inconnu"),
        ("/etude/passage/pyproject.toml?lignes=1-2", 404, "Document source inconnu"),
        ("/etude/passage/absent.txt?lignes=1-2", 404, "Document source inconnu"),
        ("/etude/passage/" + "a" * 300 + "?lignes=1-2", 404, "Document source inconnu"),
        ("/etude/graphique/camembert", 404, "Graphique inconnu : camembert"),
        ("/etude/graphique/position?metiers=plombier", 404, "Métier inconnu de l'étude : plombier"),
        ("/etude/graphique/position", 400, "porte sur 1 à 1 métier(s), pas 0"),
        ("/etude/graphique/position?metiers=juriste,auditeur", 400, "pas 2"),
        ("/etude/graphique/comparaison?metiers=juriste,juriste", 400, "deux fois"),
        ("/etude/graphique/classement?metiers=" + ",".join(f"m{i}" for i in range(21)), 400, "pas 21"),
        ("/etude/graphique/position?metiers=juriste&qualification=cgt", 400, "Qualification inconnue : cgt"),
        ("/etude/fiche/fiche-plombier.md", 404, "Métier inconnu de l'étude : plombier"),
        ("/etude/fiche/notes.md", 404, "Fiche inconnue"),
        (f"/etude/source/{STUDY}?lignes=abc", 400, "Plage de lignes attendue"),
        (f"/etude/source/{STUDY}?lignes=900000-900001", 404, "hors du document"),
        ("/etude/source/.env?lignes=1-1", 404, "Document source inconnu"),
        ("/etude/tableau?metiers=plombier", 404, "Métier inconnu de l'étude : plombier"),
        ("/etude/document/fiche-plombier.pdf", 404, "Métier inconnu de l'étude : plombier"),
        ("/etude/document/fiche-famille-99.html", 404, "Famille de métiers inconnue"),
        ("/etude/document/notes.txt", 404, "Fiche inconnue"),
    ],
)
def test_bad_requests_get_a_clear_french_message(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    assert message in response.json()["detail"]


@pytest.mark.parametrize("source", ["..", "../pyproject.toml", "../../app/config.py", ".env", "/etc/passwd"])
def test_no_file_outside_the_sources_is_read(service, source):
    with pytest.raises(LookupError, match="Document source inconnu"):
        service.passage(source, 1, 3)


def test_attachments_need_the_login_when_one_is_required(service, monkeypatch):
    import chainlit.auth
    from chainlit.auth import create_jwt
    from chainlit.user import User

    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "secret-de-test-" + "x" * 40)
    monkeypatch.setattr(chainlit.auth, "require_login", lambda: True)
    client = TestClient(chat_app(service, skip_login=False))
    token = create_jwt(User(identifier="alice"))
    for url in (f"/etude/passage/{STUDY}?lignes=229-229", f"/etude/source/{STUDY}?lignes=229-229",
                "/etude/tableau?metiers=juriste"):  # fmt: skip
        refused = client.get(url)
        assert refused.status_code == 401 and "Connexion requise" in refused.json()["detail"]
        assert client.get(url, headers={"Authorization": "Bearer faux.jeton.signe"}).status_code == 401
        assert client.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_attachments_refuse_expired_and_unsigned_tokens(service, monkeypatch):
    import base64
    import json as jsonlib
    import time

    import chainlit.auth
    import jwt

    secret = "secret-de-test-" + "x" * 40
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", secret)
    monkeypatch.setattr(chainlit.auth, "require_login", lambda: True)
    client = TestClient(chat_app(service, skip_login=False))
    url = f"/etude/passage/{STUDY}?lignes=229-229"
    claims = {"identifier": "alice", "metadata": {}, "display_name": None}
    expired = jwt.encode(claims | {"exp": int(time.time()) - 60}, secret, algorithm="HS256")

    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(jsonlib.dumps(data).encode()).decode().rstrip("=")

    unsigned = f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims | {'exp': int(time.time()) + 3600})}."
    other_key = jwt.encode(claims | {"exp": int(time.time()) + 3600}, "une-autre-cle-" + "y" * 40, algorithm="HS256")
    for token in (expired, unsigned, other_key):
        assert client.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 401
        assert client.get(url, cookies={"access_token": token}).status_code == 401


def test_under_a_root_path_links_and_routes_agree(service, monkeypatch):
    from chainlit.config import config

    from app.engine.plan import Conversation

    monkeypatch.setenv("CHAINLIT_ROOT_PATH", "/assistant")  # what `chainlit run --root-path /assistant` sets
    monkeypatch.setattr(config.run, "root_path", "/assistant")
    client = TestClient(chat_app(service))
    answer = service.engine.ask("Quel est le score du juriste ?", Conversation())
    sources = re.findall(r"\]\((/[^)]+)\)", service.message_text(answer))
    assert sources
    for url in [a.url for a in service.attachments(answer)] + sources:
        assert url.startswith("/assistant/etude/")
        response = client.get(url)
        assert response.status_code == 200 and "la page du chat" not in response.text
