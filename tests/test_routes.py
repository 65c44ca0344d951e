"""What the page fetches by URL (cited passages, charts, briefs): served from the study, cached, and bad requests
answered with a clear French message, never the chat page nor a file outside the sources."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient

STUDY = "etude-ia-generative-metiers-assistance.txt"


@pytest.fixture(scope="module")
def service(data_dir):
    from app.chat import ChatService
    from app.config import Settings

    return ChatService(Settings(data_dir=data_dir))


@pytest.fixture(scope="module")
def client(service):
    from app.routes import install

    app = FastAPI()

    @app.get("/{full_path:path}")  # like Chainlit's catch-all page route, registered first
    def page(full_path: str):
        return HTMLResponse("<html>la page du chat</html>")

    install(app, service)
    return TestClient(app)


def test_every_attachment_of_an_answer_is_served_from_its_url(service, client):
    from app.planner import Conversation

    answer = service.engine.ask("Je suis chargée d'assistance, suis-je exposée ?", Conversation())
    attachments = service.attachments(answer)
    assert {a.kind for a in attachments} == {"passage", "chart", "brief"}
    for attachment in attachments:
        response = client.get(attachment.url)
        assert response.status_code == 200, attachment.url
        assert "la page du chat" not in response.text
    passage = client.get(next(a.url for a in attachments if a.name == "Source 1")).text
    assert "tableau consolidé des expositions" in passage and "Chargé d'assistance Oui 0,30 26" in passage
    chart = json.loads(client.get(next(a.url for a in attachments if a.kind == "chart")).text)
    assert chart["layout"]["autosize"] is True and "Chargé d'assistance" in chart["layout"]["title"]["text"]
    brief = client.get(next(a.url for a in attachments if a.kind == "brief"))
    assert brief.headers["content-disposition"] == 'attachment; filename="fiche-charge-d-assistance.md"'
    assert "| Experts métier | 0,17 | 45e sur 58 | En évolution |" in brief.text


def test_a_ranking_chart_is_rebuilt_from_its_url(service, client):
    from app.planner import Conversation

    answer = service.engine.ask("Quels sont les 5 métiers les plus exposés selon les experts ?", Conversation())
    [chart] = [a for a in service.attachments(answer) if a.kind == "chart"]
    figure = client.get(chart.url).json()
    labels = figure["data"][0]["y"]
    assert labels[-1].startswith("1. Gestionnaire de dossiers d'assistance") and len(labels) == 5


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        (f"/etude/passage/{STUDY}?lignes=abc", 400, "Plage de lignes attendue"),
        (f"/etude/passage/{STUDY}?lignes=900000-900001", 404, "hors du document"),
        (f"/etude/passage/{STUDY}?lignes=20-10", 404, "hors du document"),
        ("/etude/passage/pyproject.toml?lignes=1-2", 404, "Document source inconnu"),
        ("/etude/passage/absent.txt?lignes=1-2", 404, "Document source inconnu"),
        ("/etude/graphique/camembert", 404, "Graphique inconnu"),
        ("/etude/graphique/position?metiers=plombier", 404, "Métier inconnu de l'étude : plombier"),
        ("/etude/graphique/position", 404, "au moins un métier"),
        ("/etude/fiche/fiche-plombier.md", 404, "Métier inconnu de l'étude : plombier"),
        ("/etude/fiche/notes.md", 404, "Fiche inconnue"),
    ],
)
def test_bad_requests_get_a_clear_french_message(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    assert message in response.json()["detail"]


@pytest.mark.parametrize("url", ["/etude/passage/..%2F..%2Fpyproject.toml?lignes=1-3", "/etude/passage/..?lignes=1-3"])
def test_no_file_outside_the_sources_is_served(client, url):
    response = client.get(url)
    assert "[project]" not in response.text and response.status_code in (200, 404)  # 200: the chat page
