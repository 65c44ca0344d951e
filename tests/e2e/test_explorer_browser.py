"""The explorer in real headless Chromium, at desktop and phone width: opened from the chat's header, filtered by
family and profile, sorted by each qualification, searched with a misspelt title, a job opened, the chat asked
about it and back, the three files downloaded; no request leaves 127.0.0.1. Screenshots go to test-artifacts/."""

from __future__ import annotations

import csv
import io
import re
import shutil

import pytest
from playwright.sync_api import Page, expect

from devtools.servers import ChainlitServer

from .test_browser import ARTIFACTS, browser, open_page, pytestmark, shot  # noqa: F401 - the shared fixture and skip

JOB = "Gestionnaire de dossiers d'assistance"


@pytest.fixture(scope="module")
def server(data_dir, tmp_path_factory):
    ARTIFACTS.mkdir(exist_ok=True)
    own = tmp_path_factory.mktemp("explorer-data")
    shutil.copytree(data_dir / "index", own / "index")
    running = ChainlitServer(own, ARTIFACTS / "chainlit-explorer.log").start()
    yield running
    running.stop()


def rows(page: Page):
    return page.locator("table.jobs tbody tr")


def first_ranks(page: Page, column: int) -> list[int]:
    """The positions in a column of the table (1-based cell index after the job's name), top rows first."""
    texts = rows(page).locator(f"td:nth-of-type({column})").all_inner_texts()[:3]
    return [int(re.match(r"\d+", t)[0]) for t in texts]


@pytest.mark.parametrize(
    ("width", "height", "scheme", "name"), [(1280, 900, "light", "bureau"), (390, 844, "dark", "telephone")]
)
def test_explorer_from_the_chat_and_back(browser, server, width, height, scheme, name):  # noqa: F811
    context, page, recorder = open_page(browser, server.url, width=width, height=height, scheme=scheme)
    theme = page.get_by_role("button", name="Toggle theme").bounding_box()
    assert theme and theme["x"] + theme["width"] <= width, theme  # the header's link leaves room for the rest
    page.locator('#header a[href="/etude/explorateur"]').click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Explorer les 58 métiers de l'assistance")
    expect(rows(page)).to_have_count(58)
    shot(page, f"explorateur-{name}")
    if name == "bureau":  # the scatter: a point names its job on hover and opens its page on click
        point = page.locator('figure.scatter a[href$="/metier/support-technique-d-assistance"]')
        point.scroll_into_view_if_needed()
        assert point.get_attribute("aria-label").startswith("Support technique d'assistance (cœur) : PwC ")
        shot(page, "explorateur-nuage-bureau")
        point.click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Support technique d'assistance")
        page.go_back()

    # filter by family and profile, with the form (it works without script: a GET of the page)
    page.locator("select[name=famille]").select_option("01")
    page.locator("select[name=profil]").select_option("En évolution")
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(re.compile(r"/etude/explorateur\?.*famille=01&.*profil=En\+%C3%A9volution"))
    expect(rows(page)).to_have_count(2)
    for family in rows(page).locator("td:nth-of-type(1)").all_inner_texts():
        assert family.startswith("01 - ")
    expect(page.locator(".summary")).to_have_text("2 métiers sur 58")
    page.locator(".summary").evaluate("element => element.scrollIntoView()")
    shot(page, f"explorateur-filtre-{name}")

    # sort by each qualification, both ways, from the table's headers
    page.get_by_role("link", name="Tout afficher").click()
    expect(rows(page)).to_have_count(58)
    page.get_by_role("link", name="Position experts").click()
    expect(page.locator("th[aria-sort=ascending]")).to_contain_text("Position experts")
    assert first_ranks(page, 6) == [1, 2, 3]
    page.get_by_role("link", name="Position experts ▲").click()
    expect(page.locator("th[aria-sort=descending]")).to_contain_text("Position experts")
    assert first_ranks(page, 6) == [58, 57, 56]
    page.get_by_role("link", name="Position PwC").click()
    expect(page.locator("th[aria-sort=ascending]")).to_contain_text("Position PwC")
    assert first_ranks(page, 3) == [1, 2, 3]
    if name == "bureau":
        shot(page, "explorateur-tri-bureau", full_page=False)

    # a misspelt title, typed and sent with the keyboard
    search = page.get_by_role("searchbox", name="Rechercher un métier")
    search.fill("gestionaire de dossier")
    search.press("Enter")
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first.locator("th")).to_contain_text(JOB)

    # the job's page, then the chat asked about it, then back
    rows(page).first.get_by_role("link", name=JOB).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(JOB)
    expect(page.locator("figure svg")).to_be_visible()
    shot(page, f"metier-{name}", full_page=True)
    page.get_by_role("link", name="Poser une question sur ce métier").click()
    answer = page.locator(".step").filter(has_text="Qualification experts métier : 1,00 sur 1, 1er sur 58").last
    expect(answer).to_be_visible(timeout=60_000)
    assert "question=" not in page.url  # a reload does not ask again
    shot(page, f"chat-depuis-metier-{name}")
    page.locator('#header a[href="/etude/explorateur"]').click()  # back to the explorer from the chat's header
    expect(rows(page)).to_have_count(58)

    # the three files
    downloaded = {}
    for label in ("CSV", "Excel", "JSON"):
        with page.expect_download() as event:
            page.locator(".downloads").get_by_role("link", name=label, exact=True).click()
        downloaded[label] = event.value
    assert [d.suggested_filename.rsplit(".", 1)[1] for d in downloaded.values()] == ["csv", "xlsx", "json"]
    text = open(downloaded["CSV"].path(), encoding="utf-8-sig").read()
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert len(list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))) == 58
    assert open(downloaded["Excel"].path(), "rb").read(2) == b"PK"
    recorder.assert_local()
    context.close()


def test_the_table_reads_without_javascript(browser, server):  # noqa: F811
    chat, _, _ = open_page(browser, server.url)  # the chat's session cookie: the explorer is behind the same login
    context = browser.new_context(java_script_enabled=False, locale="fr-FR", storage_state=chat.storage_state())
    chat.close()
    page = context.new_page()
    response = page.goto(f"{server.url}/etude/explorateur?q=infirmi%C3%A8re")
    assert response.status == 200, page.content()[:500]
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("Infirmier d'assistance")
    # printed (A4 landscape, 10 mm margins: 1047 px wide), every column of the whole table fits on the page
    page.goto(f"{server.url}/etude/explorateur")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 1047, "height": 740})
    expect(page.locator("form.filters")).to_be_hidden()
    box = page.locator("table.jobs").bounding_box()
    assert box and box["x"] + box["width"] <= 1047, box
    context.close()


def test_a_question_in_the_address_from_elsewhere_is_not_asked(browser, server):  # noqa: F811
    """Typed or followed from another site, ``?question=`` asks nothing: only the app's own pages may."""
    context, page, recorder = open_page(browser, f"{server.url}/?question=Quels%20m%C3%A9tiers%20disparaissent%20%3F")
    page.wait_for_timeout(2_500)
    expect(page.locator(".step").filter(has_text="Quels métiers disparaissent")).to_have_count(0)
    assert "question=" not in page.url
    context.close()
