"""The chat around the answers speaks French and says what is true: tool steps with French names and readable
lines (no JSON), and a footer that names a language model only when one is configured."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ask(offline_engine):
    from app.engine.plan import Conversation

    return lambda question: offline_engine.ask(question, Conversation())


@pytest.mark.parametrize(
    ("question", "name", "shown"),
    [
        ("Je suis chargée d'assistance, mon métier est-il exposé ?", "l'outil de score : fiche du métier",
         "**Chargé d'assistance** : PwC 0,30 (26e sur 58, En évolution) ; experts métier 0,17 (45e sur 58"),
        ("Quels sont les 5 métiers les plus exposés selon les experts ?", "l'outil de score : sélection de métiers",
         "1er. Gestionnaire de dossiers d'assistance : 1,00"),
        ("plombier", "l'outil de score : reconnaissance du métier", "« plombier » : absent des 58 métiers"),
        ("Combien de métiers par profil ?", "l'outil de score : répartition par profil", "58 métiers, dont 10"),
    ],
)  # fmt: skip
def test_tool_steps_have_french_names_and_readable_content(ask, question, name, shown):
    from app.web.display.steps import step_name, step_summary

    answer = ask(question)
    steps = {step_name(c.name): step_summary(c.name, c.args, c.result) for c in answer.tool_calls}
    assert name in steps and shown in steps[name]
    for title, content in steps.items():
        assert "scoring." not in title and "retrieval." not in title
        assert "{" not in content and '"job_id"' not in content


def test_an_unknown_tool_still_gets_a_french_step():
    from app.web.display.steps import step_name, step_summary

    assert step_name("study.sections") == "l'outil sections"
    assert step_summary("scoring.card", {}, {"unexpected": 1}) == "Résultat utilisé pour la réponse."


@pytest.mark.parametrize("llm", [False, True])
def test_the_footer_names_a_language_model_only_when_one_is_configured(llm):
    from app.web.display.wording import amend, amendments

    translation = amend({"chat": {"watermark": "Les LLMs peuvent se tromper. Vérifiez les réponses."}},
                        amendments(llm))  # fmt: skip
    footer = translation["chat"]["watermark"]
    assert "LLMs" not in footer
    assert ("modèle de langage peut" in footer) is llm and ("sans modèle de langage" in footer) is not llm
    assert translation["chat"]["messages"]["status"]["used"] == "Vérifié avec"


def test_the_step_of_a_claim_checked_on_the_jobs_shown_says_its_counts_in_french(offline_engine):
    from app.engine.plan import Conversation
    from app.web.display.steps import step_name, step_summary

    conversation = Conversation()
    offline_engine.ask("les 5 métiers les plus exposés selon PwC", conversation)
    answer = offline_engine.ask("ils sont tous en forte transformation ?", conversation)
    steps = {step_name(c.name): step_summary(c.name, c.args, c.result) for c in answer.tool_calls}
    assert steps["l'outil de score : vérification de l'affirmation"] == (
        "Sur 5 métiers (qualification PwC) : 4 conformes à l'affirmation, 1 non."
    )
