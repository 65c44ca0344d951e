"""The explorer served by the chat's server: its pages and files answer under /etude behind the same login, and
the downloaded table holds the same 58 rows and figures as ``python -m scoring table --json``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date

import pytest
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from knowledge.paths import ROOT

STEM = "/etude/explorateur/exposition-58-metiers-assistance"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from app.web.presenter import ChatService
    from knowledge.settings import Settings

    return ChatService(Settings(data_dir=tmp_path_factory.mktemp("explorer")))  # the explorer needs no index


def chat_app(service, skip_login: bool = True) -> FastAPI:
    from app.web.routes import install, logged_in

    app = FastAPI()

    @app.get("/{full_path:path}")  # like Chainlit's catch-all page route, registered first
    def page(full_path: str):
        return HTMLResponse("<html>la page du chat</html>")

    install(app, service)
    if skip_login:
        app.dependency_overrides[logged_in] = lambda: None
    return app


@pytest.fixture(scope="module")
def client(service):
    return TestClient(chat_app(service))


@pytest.fixture(scope="module")
def published():
    """What the scoring tool's command line prints: the reference the downloads must match."""
    out = subprocess.run([sys.executable, "-m", "scoring", "table", "--json"], cwd=ROOT, capture_output=True,
                         text=True, check=True)  # fmt: skip
    return json.loads(out.stdout)


def test_the_csv_holds_the_same_58_rows_and_figures_as_the_scoring_tool(client, published):
    response = client.get(f"{STEM}.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    today = date.today().isoformat()
    assert f'filename="exposition-58-metiers-assistance-{today}.csv"' in response.headers["content-disposition"]
    text = response.content.decode("utf-8-sig")
    first, rest = text.split("\r\n", 1)
    assert first.startswith("# Étude « Impact de l'IA générative sur les métiers de l'assistance »") and today in first
    rows = list(csv.DictReader(io.StringIO(rest), delimiter=";"))
    assert len(rows) == len(published) == 58

    def number(value: str) -> float:
        return float(value.replace(",", "."))

    for row, job in zip(rows, published, strict=True):
        assert row["Identifiant"] == job["id"] and row["Métier"] == job["job"]
        assert row["Famille (code)"] == job["family_code"] and row["Métier cœur"] == ("oui" if job["core"] else "non")
        assert number(row["Score PwC"]) == job["pwc"]["score"] and int(row["Position PwC"]) == job["pwc"]["rank"]
        assert row["Profil PwC"] == job["pwc"]["classification"]
        assert number(row["Score experts métier"]) == job["expert"]["score"]
        assert int(row["Position experts métier"]) == job["expert"]["rank"]
        assert row["Profil experts métier"] == job["expert"]["classification"]
        assert int(row["Évolution de position publiée"]) == job["evolution_published"]


def test_the_workbook_has_the_table_the_sources_and_the_audit(client, published):
    response = client.get(f"{STEM}.xlsx")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Métiers", "Sources", "Audit"]
    table = book["Métiers"]
    assert "Impact de l'IA générative" in table["A1"].value and date.today().isoformat() in table["A1"].value
    values = list(table.iter_rows(min_row=4, values_only=True))
    assert len(values) == 58 and [v[2] for v in values] == [j["job"] for j in published]
    assert [v[4] for v in values] == [j["pwc"]["score"] for j in published]  # numbers, not text
    assert book["Sources"].max_row >= 3 + 58
    assert any("évolution de position publiée" in (row[2] or "") for row in book["Audit"].iter_rows(values_only=True))


def test_the_json_names_the_study_and_the_date(client, published):
    data = client.get(f"{STEM}.json").json()
    assert data["etude"]["titre"] == "Impact de l'IA générative sur les métiers de l'assistance"
    assert data["date"] == date.today().isoformat() and data["metiers"] == published
    assert len(data["profils"]) == 4 and data["constats_audit"]


def test_a_job_page_links_its_brief_the_chat_and_the_explorer(client):
    page = client.get("/etude/explorateur/metier/infirmier-d-assistance")
    assert page.status_code == 200
    html = page.text
    assert "<h1>Infirmier d&#x27;assistance</h1>" in html and "Poser une question sur ce métier" in html
    assert 'href="/?question=Infirmier%20d%27assistance%20%3A%20' in html
    assert client.get("/etude/document/fiche-infirmier-d-assistance.html").status_code == 200
    assert "Le profil change" in html and "Actions prioritaires pour 2025" in html
    assert "Constats de l'audit qui le concernent" in html
    missing = client.get("/etude/explorateur/metier/astronaute")
    assert missing.status_code == 404 and "Métier inconnu" in missing.json()["detail"]
    assert client.get("/etude/explorateur/autre.csv").status_code == 404


def test_the_explorer_needs_the_login_when_one_is_required(service, monkeypatch):
    import chainlit.auth
    from chainlit.auth import create_jwt
    from chainlit.user import User

    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "secret-de-test-" + "x" * 40)
    monkeypatch.setattr(chainlit.auth, "require_login", lambda: True)
    client = TestClient(chat_app(service, skip_login=False))
    token = create_jwt(User(identifier="alice"))
    for url in ("/etude/explorateur", "/etude/explorateur/metier/juriste", f"{STEM}.csv"):
        assert client.get(url).status_code == 401
        assert client.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200



def test_an_answer_about_jobs_links_to_their_pages_in_the_explorer(service, client):
    from app.engine.plan import Conversation

    for question, urls in [
        ("Les infirmières sont-elles exposées ?", ["/etude/explorateur/metier/infirmier-d-assistance"]),
        ("Compare juriste et infirmière", ["/etude/explorateur/metier/juriste",
                                          "/etude/explorateur/metier/infirmier-d-assistance"]),  # fmt: skip
    ]:
        text = service.message_text(service.engine.ask(question, Conversation()))
        line = text.splitlines()[-1]
        assert "explorateur" in line and [u for u in urls if f"]({u})" not in line] == [], line
        assert all(client.get(url).status_code == 200 for url in urls)
