"""What a person sees of an answer's sources: the exposure table cited once with the rows used, each source a link
that opens its own passage, and a table row read as labelled values."""

from __future__ import annotations

import re

import pytest

from knowledge.settings import SOURCES_DIR

STUDY = "etude-ia-generative-metiers-assistance.txt"


@pytest.fixture(scope="module")
def ask(offline_engine):
    from app.engine.plan import Conversation

    return lambda question: offline_engine.ask(question, Conversation())


def test_a_top_10_cites_the_table_once_with_its_ten_rows_and_no_header(ask, tool):
    from app.web.display.sources import answer_markdown, shown_sources

    answer = ask("Quels sont les 10 métiers les plus exposés selon les experts métier ?")
    assert len(answer.citations) == 11  # the engine cites the header and each row
    shown, _ = shown_sources(answer, tool)
    assert len(shown) == 1 and shown[0].table and len(shown[0].job_ids) == 10
    text = answer_markdown(answer, tool)
    assert len(re.findall(r"\[\\\[\d+\\\]\]\(", text)) == 1  # one marker in the answer, not eleven
    assert "**Sources** : [1. Tableau des expositions, 10 lignes](/etude/tableau?metiers=" in text
    assert "Source 2" not in text and "EXPERTS METIER" not in text


def test_each_marker_links_to_its_own_source(ask, tool):
    from app.web.display.sources import answer_markdown

    text = answer_markdown(ask("Je suis chargée d'assistance, mon métier est-il exposé ?"), tool)
    links = dict(re.findall(r"\[\\\[(\d+)\\\]\]\(([^)]+)\)", text))
    assert links["1"] == "/etude/tableau?metiers=charge-d-assistance"
    assert links["2"].startswith(f"/etude/source/{STUDY}?lignes=") and links["2"] != links["3"]
    assert "[1. Tableau des expositions, ligne « Chargé d'assistance »]" in text


def test_a_table_row_reads_as_labelled_values_with_the_raw_line_kept(tool):
    from app.web.documents.source_pages import table_page

    page = table_page(SOURCES_DIR, tool, ["juriste"]).replace("\u00a0", " ")  # French no-break spaces
    for label, value in [("Famille", "13 - Juridique, conformité, qualité et risques"), ("Métier", "Juriste"),
                         ("Métier cœur d&#x27;assistance", "Non"), ("PwC : score", "0,38 sur 1"),
                         ("PwC : position", "15e sur 58"), ("Experts métier : position", "19e sur 58"),
                         ("Experts métier : profil", "En évolution")]:  # fmt: skip
        assert f"<dt>{label}</dt><dd>{value}</dd>" in page
    assert "-4 places (moins exposé selon les experts)" in page
    assert "<summary>Ligne extraite du document (ligne 207)</summary>" in page
    assert "risquesJuriste Non 0,38 15" in page  # the raw line, for checking, folded away


def test_a_passage_page_has_real_links_and_no_stray_page_number(tool):
    from app.web.documents.source_pages import passage_page

    dialia = passage_page(SOURCES_DIR, STUDY, 773, 787).replace("\u00a0", " ")
    assert '<a href="https://dial-ia.fr/#qu-est-ce-que-dial-ia"' in dialia and "\\-" not in dialia
    consultation = passage_page(SOURCES_DIR, STUDY, 75, 84).replace("\u00a0", " ")
    assert "formalisée à ce stade." in consultation and " 3 Des pilotes" not in consultation


def test_unknown_rows_and_sources_are_refused_in_french(tool):
    from app.web.documents.source_pages import passage_page, table_page

    with pytest.raises(LookupError, match="Métier inconnu de l'étude : plombier"):
        table_page(SOURCES_DIR, tool, ["plombier"])
    with pytest.raises(LookupError, match="Document source inconnu"):
        passage_page(SOURCES_DIR, "../pyproject.toml", 1, 2)
