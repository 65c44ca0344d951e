"""The real Chainlit server in real headless Chromium, at desktop and phone width, in light and dark mode:
answers, sources opened on click, charts, settings, the brief as a page and a PDF, login and history across a
restart, and no request leaving 127.0.0.1. Screenshots go to test-artifacts/."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from devtools.servers import ChainlitServer
from knowledge.paths import ROOT

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip

# In CI the browser tests must run: only a developer machine without Chromium may skip them.
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"), reason="Chromium (Debian) absent : make test l'installe"
)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(data_dir, tmp_path_factory):
    ARTIFACTS.mkdir(exist_ok=True)
    own = tmp_path_factory.mktemp("ui-data")
    shutil.copytree(data_dir / "index", own / "index")
    running = ChainlitServer(own, ARTIFACTS / "chainlit-server.log").start()
    yield running
    running.stop()


class Recorder:
    """Every host the page talks to."""

    def __init__(self, page: Page):
        self.hosts: set[str] = set()
        page.on("request", lambda request: self.hosts.add(urlparse(request.url).netloc))

    def assert_local(self) -> None:
        assert self.hosts and all(h.split(":")[0] in ("127.0.0.1", "localhost") for h in self.hosts), self.hosts


def ask(page: Page, question: str) -> None:
    page.locator("#chat-input").fill(question)
    page.locator("#chat-submit").click()


def open_page(browser, url: str, width: int = 1280, height: int = 900, scheme: str = "light"):
    context = browser.new_context(
        viewport={"width": width, "height": height}, accept_downloads=True, locale="fr-FR", color_scheme=scheme
    )
    page = context.new_page()
    recorder = Recorder(page)
    page.goto(url)
    page.locator("#chat-input").wait_for(timeout=60_000)
    wait_for_session(page)
    return context, page, recorder


def wait_for_session(page: Page) -> None:
    """The settings button appears once on_chat_start has run over the socket: the chat is ready for input."""
    page.locator("#chat-settings-open-modal").wait_for(timeout=60_000)


def shot(page: Page, name: str, **options) -> None:
    """A screenshot in test-artifacts/; the README's come from there (docs/screenshots/), once looked at."""
    page.screenshot(path=ARTIFACTS / f"{name}.png", **options)


def assert_no_panel_open(page: Page) -> None:
    expect(page.locator("#source-panel:not([hidden])")).to_have_count(0)
    expect(page.locator("#side-view-content")).to_have_count(0)  # Chainlit's own panel never opens by itself


def assert_honest_chat_around_answers(page: Page) -> None:
    body = page.locator("body")
    expect(body).not_to_contain_text("Les LLMs peuvent se tromper")
    expect(body).to_contain_text("sans modèle de langage")
    for technical in ("scoring.card", "scoring.top", "retrieval.search", '"job_id"'):
        expect(body).not_to_contain_text(technical)


def assert_chart_fits(page: Page, width: int) -> None:
    """The last chart: inside the page's width, its title and labels inside the chart, a French toolbar."""
    chart = page.locator(".js-plotly-plot").last
    expect(chart).to_be_visible(timeout=30_000)
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width + 1, box
    for part in (".gtitle", ".ytick", ".xtick", ".textpoint"):
        for element in chart.locator(part).all()[:12]:
            inner = element.bounding_box()
            if inner:  # not drawn: nothing to cut
                assert box["x"] - 1 <= inner["x"] and inner["x"] + inner["width"] <= box["x"] + box["width"] + 1, part
                assert box["y"] - 1 <= inner["y"], part
    chart.hover()
    buttons = chart.locator(".modebar-btn")
    expect(buttons).to_have_count(1)
    assert buttons.first.get_attribute("data-title") == "Télécharger le graphique (PNG)"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_answer_sources_on_click_chart_brief_and_local_only(browser, server, scheme):
    context, page, recorder = open_page(browser, server.url, scheme=scheme)
    assert scheme in page.locator("html").get_attribute("class")  # the system's mode, not a forced dark
    expect(page.locator("#starters")).to_contain_text("Mon métier est-il exposé ?")
    shot(page, f"accueil-bureau-{scheme}")
    # one engine only (no LLM configured): the setting is not offered
    page.locator("#chat-settings-open-modal").click()
    expect(page.get_by_role("dialog")).to_contain_text("Qualification à privilégier")
    expect(page.get_by_role("dialog")).not_to_contain_text("Moteur de réponse")
    page.keyboard.press("Escape")
    ask(page, "Je suis chargée d'assistance, mon métier est-il exposé ?")
    answer = page.locator(".step").filter(has_text="0,30 sur 1, 26e sur 58").last
    expect(answer).to_contain_text("0,17 sur 1, 45e sur 58", timeout=60_000)
    expect(page.get_by_text("Vérifié avec l'outil de score : fiche du métier").last).to_be_visible()
    page.wait_for_timeout(1000)  # the answer's elements have arrived: still no panel
    assert_no_panel_open(page)
    assert_honest_chat_around_answers(page)
    # a cited table row opens on click, as labelled values, with the raw line kept for checking
    page.locator("a[href*='/etude/tableau']", has_text="Tableau des expositions").last.click()
    panel = page.locator("#source-panel")
    expect(panel).to_be_visible()
    expect(panel.locator("#source-panel-title")).to_have_text("Source 1")
    expect(panel).to_contain_text("Experts métier : position")
    expect(panel.locator("dl.row")).to_contain_text("45e sur 58")
    expect(panel.locator("details").first).to_contain_text("Ligne extraite du document")
    shot(page, f"source-tableau-bureau-{scheme}")
    # another source shows its own passage, not the table's
    page.locator("a[href*='/etude/source/']").filter(has_text="[2]").last.click()
    expect(panel.locator("#source-panel-title")).to_have_text("Source 2")
    expect(panel).to_contain_text("profils d'impact")
    expect(panel).not_to_contain_text("Experts métier : position")
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    assert_chart_fits(page, 1280)
    # the brief: a printable page in a new tab, and a PDF
    with page.expect_popup() as popup:
        page.get_by_role("link", name="Chargé d'assistance (page imprimable)").last.click()
    brief = popup.value
    expect(brief.locator("h1")).to_have_text("Fiche métier : Chargé d'assistance")
    expect(brief.locator("body")).to_contain_text("Comment lire un score")
    shot(brief, f"fiche-bureau-{scheme}", full_page=True)
    brief.close()
    pdf_link = page.locator("a.inline-file", has_text="fiche-charge-d-assistance.pdf").last
    expect(pdf_link).to_be_visible(timeout=30_000)
    with page.expect_download(timeout=30_000) as download:
        pdf_link.click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    shot(page, f"reponse-bureau-{scheme}", full_page=True)
    if scheme == "dark":
        recorder.assert_local()
        context.close()
        return
    # feedback: a thumb down with a comment, stored with the conversation
    thumb_down = page.locator(".negative-feedback-off").last
    expect(thumb_down).to_be_visible(timeout=30_000)
    # the click can land while the message re-renders (seen once in a fresh clone): click until the dialog opens
    for _ in range(3):
        thumb_down.click()
        try:
            expect(page.get_by_role("dialog")).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            continue
    page.get_by_role("dialog").locator("textarea").fill("Il manque le détail de la fiche de transformation.")
    page.locator("#submit-feedback").click()
    expect(page.locator(".negative-feedback-on").last).to_be_visible(timeout=15_000)
    wanted = (0, "Il manque le détail de la fiche de transformation.")
    for _ in range(40):  # the write may land just after the button turns on
        if wanted in feedback_rows(server.data_dir / "historique.sqlite3"):
            break
        page.wait_for_timeout(250)
    assert wanted in feedback_rows(server.data_dir / "historique.sqlite3")
    recorder.assert_local()
    context.close()


def test_a_ranking_cites_the_table_once_with_its_rows(browser, server):
    context, page, recorder = open_page(browser, server.url)
    ask(page, "Quels sont les 10 métiers les plus exposés selon les experts métier ?")
    answer = page.locator(".step").filter(has_text="Gestionnaire de dossiers d'assistance (cœur) : experts 1,00").last
    expect(answer).to_be_visible(timeout=60_000)
    expect(answer).not_to_contain_text("Source 2")
    expect(answer.locator("a[href*='/etude/']")).to_have_count(2)  # the [1] marker and the sources line
    expect(page.locator(".js-plotly-plot").last).to_be_visible(timeout=30_000)
    answer.get_by_role("link", name="1. Tableau des expositions, 10 lignes").click()
    panel = page.locator("#source-panel")
    expect(panel.locator("table.rows tbody tr")).to_have_count(10)
    expect(panel.get_by_text("EXPERTS METIER assistancePwC")).to_be_hidden()  # the garbled header is folded away
    shot(page, "classement-source-bureau")
    page.keyboard.press("Escape")
    assert_chart_fits(page, 1280)
    recorder.assert_local()
    context.close()


def test_a_question_back_offers_its_choices_as_buttons_that_answer(browser, server):
    context, page, recorder = open_page(browser, server.url)
    ask(page, "Je suis formatrice sur un plateau d'assistance")
    expect(page.locator(".step").filter(has_text="Formateur d'assistance").last).to_be_visible(timeout=60_000)
    ask(page, "2e ?! y a qui devant ?")
    back = page.locator(".step").filter(has_text="Vouliez-vous dire").last
    expect(back).to_be_visible(timeout=60_000)
    expect(back).not_to_contain_text("L'étude ne traite pas")
    choice = page.get_by_role("button", name="Qui est devant moi ?")
    expect(choice).to_be_visible(timeout=30_000)
    shot(page, "question-en-retour")
    choice.click()
    expect(page.locator(".step").filter(has_text="Juste devant Formateur d'assistance selon PwC").last).to_be_visible(timeout=60_000)
    recorder.assert_local()
    context.close()


def feedback_rows(database: Path) -> list[tuple[int, str]]:
    import sqlite3

    with sqlite3.connect(database) as connection:
        return connection.execute('SELECT "value", "comment" FROM feedbacks').fetchall()


def test_settings_favour_the_experts(browser, server):
    context, page, recorder = open_page(browser, server.url)
    page.locator("#chat-settings-open-modal").click()
    page.locator("#favour").click()
    page.get_by_role("option", name="Experts métier").click()
    page.get_by_role("dialog").get_by_role("button", name=re.compile("Confirmer|Enregistrer|Valider", re.I)).click()
    ask(page, "Les infirmières sont-elles exposées ?")
    answer = page.locator(".step").filter(has_text="Qualification experts métier : 0,41 sur 1, 17e sur 58").last
    expect(answer).to_be_visible(timeout=60_000)
    assert "Qualification PwC :" not in answer.inner_text()
    recorder.assert_local()
    context.close()


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_phone_width_starter_source_chart_and_untrusted_text(browser, server, scheme):
    context, page, recorder = open_page(browser, server.url, width=390, height=844, scheme=scheme)
    shot(page, f"accueil-telephone-{scheme}")
    page.locator("#starters button").first.click()
    expect(page.locator(".step").filter(has_text="45e sur 58").last).to_be_visible(timeout=60_000)
    page.wait_for_timeout(1000)
    assert_no_panel_open(page)  # no sheet over the answer
    assert_honest_chat_around_answers(page)
    assert_chart_fits(page, 390)
    shot(page, f"graphique-telephone-{scheme}")
    page.locator("a[href*='/etude/tableau']", has_text="Tableau des expositions").last.click()
    panel = page.locator("#source-panel")
    expect(panel).to_contain_text("Experts métier : position")
    box = panel.bounding_box()
    assert box and box["y"] > 100 and box["width"] <= 390  # a sheet over the lower part: the answer shows above
    shot(page, f"source-telephone-{scheme}")
    page.locator("#source-panel-close").click()
    expect(panel).to_be_hidden()
    ask(page, "<img src=x onerror=alert(1)> ![pixel](http://exemple.invalid/p.png) <script>alert(2)</script>")
    page.wait_for_timeout(3000)
    assert page.locator("img[src='x']").count() == 0 and page.locator("img[src*='exemple']").count() == 0
    expect(page.get_by_text("<script>alert(2)</script>", exact=False).first).to_be_visible()
    shot(page, f"reponse-telephone-{scheme}", full_page=True)
    recorder.assert_local()
    context.close()


def test_a_message_sent_as_soon_as_the_input_shows_is_answered(browser, server):
    """Chainlit shows its input before the chat session exists and dropped an Enter pressed then (2 fresh loads
    in 16): public/assistant.js holds the message and sends it once the session is ready."""
    for _ in range(3):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page = context.new_page()
        page.goto(server.url)
        page.locator("#chat-input").wait_for(timeout=60_000)
        page.locator("#chat-input").fill("infirmière")
        page.keyboard.press("Enter")
        expect(page.locator(".step").filter(has_text="0,41 sur 1, 17e sur 58").last).to_be_visible(timeout=30_000)
        context.close()


def test_login_and_history_survive_a_restart(browser, data_dir, tmp_path):
    from app.web.auth import add_user

    own = tmp_path / "data"
    shutil.copytree(data_dir / "index", own / "index")
    users = tmp_path / "comptes.json"
    add_user(users, "alice", "motdepasse-alice")
    add_user(users, "bob", "motdepasse-bob")
    server = ChainlitServer(own, ARTIFACTS / "chainlit-auth.log", AUTH_USERS_FILE=str(users)).start()
    try:
        context, page = login(browser, server.url, "alice", "motdepasse-alice")
        ask(page, "Quel est le score du médecin d'assistance ?")
        expect(page.locator(".step").filter(has_text="0,06 sur 1, 55e sur 58").last).to_be_visible(timeout=60_000)
        page.wait_for_timeout(1500)
        context.close()
        server.stop()
        server.start()
        context, page = login(browser, server.url, "alice", "motdepasse-alice")
        thread = page.locator("#thread-history").get_by_text("Quel est le score du médecin", exact=False).first
        expect(thread).to_be_visible(timeout=30_000)
        thread.click()
        expect(page.get_by_text("0,06 sur 1, 55e sur 58", exact=False).first).to_be_visible(timeout=30_000)
        # the resumed thread keeps its settings and its sources: the cited row opens again
        expect(page.locator("#chat-settings-open-modal")).to_be_visible(timeout=30_000)
        page.locator("a[href*='/etude/tableau']", has_text="Tableau des expositions").last.click()
        expect(page.locator("#source-panel")).to_contain_text("Médecin d'assistance", timeout=30_000)
        page.keyboard.press("Escape")
        shot(page, "historique-apres-redemarrage", full_page=True)
        context.close()
        context, page = login(browser, server.url, "bob", "motdepasse-bob")
        page.wait_for_timeout(2000)
        assert page.locator("#thread-history").get_by_text("médecin", exact=False).count() == 0
        context.close()
        context, page = login(browser, server.url, "alice", "mauvais", expect_success=False)
        context.close()
    finally:
        server.stop()
    feedback_db = own / "historique.sqlite3"
    assert feedback_db.exists()


def login(browser, url: str, user: str, password: str, expect_success: bool = True):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.goto(url)
    page.locator("input[type=password]").wait_for(timeout=60_000)
    page.locator("input:not([type=password])").first.fill(user)
    page.locator("input[type=password]").fill(password)
    page.locator("button[type=submit]").click()
    if expect_success:
        page.locator("#chat-input").wait_for(timeout=60_000)
        wait_for_session(page)
    else:
        expect(page.locator("input[type=password]")).to_be_visible()
        page.wait_for_timeout(1000)
        assert page.locator("#chat-input").count() == 0
    return context, page


def test_no_third_party_host_in_the_page_source(server):
    import urllib.request

    html = urllib.request.urlopen(server.url).read().decode()
    assert not re.findall(r"(?:href|src)=\"https?://(?!127\.0\.0\.1)", html)
    assert '<html lang="fr">' in html
    json.dumps(html)  # the page is text we can store as an artifact


def test_history_database_down_the_chat_still_answers_with_a_warning(browser, data_dir, tmp_path):
    own = tmp_path / "data"
    shutil.copytree(data_dir / "index", own / "index")
    down = "postgresql+asyncpg://postgres@127.0.0.1:1/injoignable"
    server = ChainlitServer(own, ARTIFACTS / "chainlit-sans-base.log", HISTORY_DATABASE_URL=down).start()
    try:
        context, page, recorder = open_page(browser, server.url)
        expect(page.get_by_text("L'historique des conversations est indisponible", exact=False)).to_be_visible(
            timeout=30_000
        )
        ask(page, "infirmière")
        expect(page.locator(".step").filter(has_text="0,41 sur 1, 17e sur 58").last).to_be_visible(timeout=60_000)
        page.screenshot(path=ARTIFACTS / "sans-historique.png")
        recorder.assert_local()
        context.close()
    finally:
        server.stop()
