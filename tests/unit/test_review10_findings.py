"""Findings of the review of the tenth step's readings (a helper sent ~680 messages): each reading that was too
wide or wrong, with the answer it must give now."""

import pytest

from app.engine.guard import unsupported_numbers
from tests.turns import ask


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # who made or backed the study is no training provider
        ("quel organisme a réalisé l'étude ?", "Étude réalisée par le cabinet PwC"),
        # a share of the survey asked as "combien de répondants …" is the survey's figure
        ("combien de répondants signalent l'absence de formation ?", "- **Peu ou pas de dispositifs de formation"),
        # profile counts compared between the qualifications are no headcount
        ("le nombre de métiers non impactés diminue avec les experts ?", "Oui : « Non impacté ou de manière négligeable » compte 12 métiers selon PwC et 9"),
        # the study's own recommendations, asked with a budget or a right, are answered
        ("que dit l'étude sur le budget et la gouvernance ?", "L'étude recommande sur ce point"),
        ("les salariés ont-ils droit à une formation IA selon l'étude ?", "L'étude recommande sur ce point"),
        # the sheets' scenario asked with a date
        ("le chargé d'assistance, il sera comment dans 5 ans d'après le scénario ?", "Le scénario d'évolution d'un métier cœur figure dans sa fiche"),
        # a priority action by its number alone
        ("c'est quoi l'action 2 ?", "L'action prioritaire n° 2"),
    ],
)
def test_in_scope_questions_the_new_patterns_must_not_refuse(offline_engine, text, first):
    answer = offline_engine.ask(text)
    assert answer.outcome == "answer" and answer.answer.startswith(first), answer.answer[:200]


@pytest.mark.parametrize(
    "text",
    ["c'est quoi la stratégie d'AXA sur l'IA ?", "c'est combien de répondants au total ?", "Un formateur d'assistance gagne-t-il plus qu'un gestionnaire de dossiers d'assistance ?"],
)
def test_what_the_study_does_not_give_stays_out_of_scope(offline_engine, text):
    assert offline_engine.ask(text).outcome == "out_of_scope"


def test_an_employer_named_beside_a_question_on_the_study_is_no_company_question(offline_engine):
    assert offline_engine.ask("je travaille chez AXA, qu'est-ce que l'étude prévoit pour les chargés d'assistance ?").outcome == "answer"


def test_places_gained_are_no_salary(offline_engine):
    answer = offline_engine.ask("le gestionnaire de réseau gagne-t-il plus en score que l'animateur ?")
    assert answer.outcome == "answer"


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # the place in the family keeps its verdict (the place is a traced figure), per qualification
        (["le chargé d'accueil d'assistance est-il le plus exposé de sa famille ?"],
         "Oui selon PwC, non selon les experts métier. Selon PwC, Chargé d'accueil d'assistance (0,78, 3e) est le plus exposé d"),
        (["le médecin d'assistance est-il le moins exposé de sa famille ?"], "Oui, selon PwC comme selon les experts métier. Selon PwC, Médecin d'assistance (0,06, 55e) est le moins exposé des 3"),
        (["je suis infirmière d'assistance", "et chez les experts, je suis la plus exposée de ma famille ?"],
         "Oui : Infirmier d'assistance (0,41, 17e) est le plus exposé des 3 métiers de la famille 02 – Activités médicales"),
        # a count after a top 10 counts among those ten
        (["top 10 chez les experts", "combien sont cœur ?"], "**6 des 10 (60 %)** métiers dont nous parlions (métiers cœur d'assistance)"),
        # the others after a top 3 are the rest, without those three
        (["top 3 chez les experts", "et les autres ?"], "Les 55 métiers hors ceux déjà cités, du plus au moins exposé selon les experts métier"),
        (["quel est le métier le plus exposé de la famille RH ?", "et les autres ?"],
         "Les 5 métiers de la famille 08 – Ressources humaines (autres que Gestionnaire paie et administration du personnel)"),
        # what companies have is the survey's finding on rules, not a "Oui" on a recommendation
        (["la majorité des entreprises ont une charte ?"], "- **Des règles d'utilisation peu formalisées ou encore largement informelles** : 36%"),
    ],
)
def test_review_findings_in_threads(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.answer.startswith(first), answer.answer[:250]
    assert not unsupported_numbers(answer.answer, answer)
