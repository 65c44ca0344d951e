"""The brief a representative hands out: a dated, printable page and the same as a PDF, for one job or a set of
jobs (a family, the core jobs), with the study's reference, how to read a score, both qualifications, the chart,
what changed, the recommendations, DIAL-IA and the sources by section."""

from __future__ import annotations

import io
from datetime import date

import pytest

DAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def page(study, tool):
    from app.web.documents.brief_page import brief_html, job_set

    # French typography puts no-break spaces before « : » and the like: compared here as plain spaces
    return lambda key: brief_html(study, tool, job_set(tool, key), DAY, f"/etude/document/fiche-{key}.pdf").replace(
        "\u00a0", " "
    )


def test_a_job_brief_holds_what_a_meeting_needs(page):
    html = page("charge-d-assistance")
    for expected in [
        "<h1>Fiche métier : Chargé d&#x27;assistance</h1>",
        "Établie le 25 novembre 2026",
        "« Impact de l'IA générative sur les métiers de l'assistance »",
        "Étude réalisée par le cabinet PwC pour l&#x27;Observatoire des métiers de l&#x27;assistance",
        "<strong>Comment lire un score.</strong>",
        "Ce n'est ni une probabilité de disparition du métier",
        "0,30<br><small>26e sur 58</small>",  # PwC
        "0,17<br><small>45e sur 58</small>",  # experts métier
        "<svg",
        "0,17 · 45e/58",  # the chart's label
        "19 places perdues en exposition : 26e → 45e",
        "Recommandations : parcours de formation et évolution (axe 4)",
        "Actions prioritaires pour 2025",
        "Dialogue social : DIAL-IA",
        '<a href="https://dial-ia.fr/#qu-est-ce-que-dial-ia"',
        "<h2>Sources, par section de l'étude</h2>",
        "<strong>Exposition des métiers : tableau consolidé des expositions</strong> : [",
        'href="/etude/document/fiche-charge-d-assistance.pdf" download',
    ]:
        assert expected in html, expected
    assert "**" not in html and "|---|" not in html  # a document, not Markdown


def test_set_briefs_for_a_family_and_the_core_jobs(page, tool):
    core = page("coeur")
    assert "<h1>Fiche de synthèse : Les métiers cœur d&#x27;assistance</h1>" in core
    assert core.count("(cœur)</td>") + core.count("(cœur)<br>") == sum(j.core for j in tool.jobs)
    family = page("famille-02")
    assert "Famille 02 : Activités médicales" in family and "Infirmier d&#x27;assistance" in family


def test_unknown_sets_are_refused_in_french(tool):
    from app.web.documents.brief_page import job_set

    with pytest.raises(LookupError, match="Famille de métiers inconnue de l'étude : 99"):
        job_set(tool, "famille-99")
    with pytest.raises(LookupError, match="Métier inconnu de l'étude : plombier"):
        job_set(tool, "plombier")


def test_the_pdf_is_the_same_document(study, tool):
    from pypdf import PdfReader

    from app.web.documents.brief_page import brief_html, job_set
    from app.web.documents.brief_pdf import pdf_bytes

    pdf = pdf_bytes(brief_html(study, tool, job_set(tool, "charge-d-assistance"), DAY))
    assert pdf.startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\u00a0", " ")
    for expected in ["Fiche métier : Chargé d'assistance", "25 novembre 2026", "Comment lire un score", "DIAL-IA"]:
        assert expected in text, expected
    assert "Télécharger en PDF" not in text  # the page's on-screen links are not printed


def test_the_jobs_compared_in_an_answer_get_a_brief_of_their_own(offline_engine, tool, study):
    from app.engine.plan import Conversation
    from app.web.documents.brief_page import brief_html, brief_key, job_set

    answer = offline_engine.ask("Compare juriste, chargé d'assistance et infirmière", Conversation())
    key = brief_key(answer, tool)
    assert key == "selection-juriste_charge-d-assistance_infirmier-d-assistance"
    html = brief_html(study, tool, job_set(tool, key), DAY).replace("\u00a0", " ")
    assert "<h1>Fiche de synthèse : Métiers comparés</h1>" in html
    assert "Juriste, Chargé d&#x27;assistance, Infirmier d&#x27;assistance" in html
    with pytest.raises(LookupError, match="Métier inconnu de l'étude : plombier"):
        job_set(tool, "selection-juriste_plombier")


def test_asking_for_something_to_hand_out_brings_the_brief_of_the_jobs_in_view(offline_engine, tool):
    from app.engine.plan import Conversation
    from app.web.documents.brief_page import brief_key

    conversation = Conversation()
    offline_engine.ask("compare juriste et auditeur", conversation)
    answer = offline_engine.ask("tu peux me faire une fiche à distribuer en réunion ?", conversation)
    assert answer.answer.startswith("Voici la fiche des deux métiers dont nous parlons")
    assert brief_key(answer, tool) == "selection-juriste_auditeur"
    core = offline_engine.ask("une fiche PDF des métiers coeur pour mes collègues", Conversation())
    assert brief_key(core, tool) == "coeur"
    which = offline_engine.ask("je voudrais un document à imprimer pour la réunion CSE", Conversation())
    assert which.choices and all("fiche à imprimer" in choice for choice in which.choices)
    assert brief_key(offline_engine.ask(which.choices[0], Conversation()), tool) == "coeur"


def test_a_table_for_a_meeting_of_the_set_in_view_is_its_brief_with_both_qualifications(offline_engine, tool):
    from app.engine.plan import Conversation
    from app.web.documents.brief_page import brief_key

    conversation = Conversation()
    offline_engine.ask("les métiers coeur", conversation)
    answer = offline_engine.ask("tu peux me mettre les 10 en tableau pour la commission paritaire ?", conversation)
    assert answer.answer.startswith("Voici la fiche des métiers cœur")
    assert brief_key(answer, tool) == "coeur"
    # each row says both qualifications, not PwC's ranking alone
    assert "**Gestionnaire de dossiers d'assistance** (cœur) : PwC 0,67 (5e, En forte transformation) ; experts 1,00 (1er" in answer.answer
    assert "cœur : oui" not in answer.answer
