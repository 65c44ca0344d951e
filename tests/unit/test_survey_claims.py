"""A survey share quoted with what it is said to count is checked against the study's clause that gives it."""

import pytest

from app.engine.understanding import survey_claims
from app.engine.understanding.reading import Quoted
from tests.turns import ask


def said(percent: int) -> list[Quoted]:
    return [Quoted("percent", float(percent), f"{percent} %")]


@pytest.mark.parametrize(
    ("claim", "percent", "first"),
    [
        ("36 % des entreprises ont des règles informelles, c'est bien ça ?", 36, "Non : d'après l'étude, 36 % des répondants « déclarent n'avoir connaissance d'aucune règles établies » ; c'est 37 %"),
        ("68 % des boîtes ont déjà intégré l'IA dans leurs process ?", 68, "Non, ce n'est pas ce que mesure ce chiffre : d'après l'étude, 68 % des répondants « soulignent des premières initiatives"),
        ("58 % des répondants disent bien comprendre les impacts ?", 58, "Non, ce n'est pas ce que mesure ce chiffre"),
        ("45 % ont une gouvernance dédiée ?", 45, "Non, ce n'est pas ce que mesure ce chiffre"),
    ],
)
def test_a_share_said_of_something_else_is_answered_no_with_the_study_s_words(study, claim, percent, first):
    assert survey_claims.check(claim, said(percent), study.maturity).startswith(first)


@pytest.mark.parametrize(
    ("claim", "percent"),
    [
        ("40 % des entreprises n'ont aucune formation, c'est ça ?", 40),
        ("c bien 58% des répondants qui ont une compréhension limitée des impacts ?", 58),
        ("37 % ont des règles informelles ?", 37),
        ("68 % des répondants ont déjà des pilotes IA en cours, c'est exact ?", 68),
    ],
)
def test_a_share_said_of_what_it_counts_is_confirmed(study, claim, percent):
    assert survey_claims.check(claim, said(percent), study.maturity).startswith(f"Oui, c'est exact d'après l'étude : {percent} % des répondants « ")


def test_the_verdict_comes_first_in_the_answer(offline_engine):
    answer = offline_engine.ask("on m'a dit que 68 % des entreprises avaient déjà intégré l'IA dans leurs process, vrai ?").answer
    assert answer.startswith("Non, ce n'est pas ce que mesure ce chiffre")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["Les entreprises forment-elles déjà leurs salariés à l'IA générative ?", "donc 40 % ont des formations ?"],
         "Non, ce n'est pas ce que mesure ce chiffre : d'après l'étude, 40 % des répondants « signalent l'absence totale de formation disponible »."),
        (["les règles d'utilisation ?", "donc à peu près un tiers n'a aucune règle ?"], "Oui, à peu près : d'après l'étude, c'est 36%."),
        (["en gros 80 % des boîtes ont une gouvernance ?"], "Non : d'après l'étude, c'est 45%, pas 80 %."),
    ],
)
def test_a_share_said_the_other_way_round_or_roughly_is_judged_as_said(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["en gros la moitié des métiers sont en forte transformation ?"],
         "Non : l'étude publie 10 % (PwC) et 17 % (experts métier) de métiers « En forte transformation », pas la moitié"),
        (["Quelle part des métiers est en forte transformation ?", "et en évolution ?", "donc plus de la moitié dans les deux cas ?"],
         "Oui : l'étude publie 57 % (PwC) et 52 % (experts métier) de métiers « En évolution »"),
        (["un tiers des métiers sont en évolution ?"], "Non : l'étude publie 57 % (PwC) et 52 % (experts métier) de métiers « En évolution », pas un tiers"),
    ],
)
def test_a_profile_share_said_in_words_is_checked(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # a finding in view said to be most of the respondents: its first share against half
        (["combien d'entreprises ont un projet pilote ?", "c'est la majorite ?"], "Oui : 68 % des répondants « soulignent des premières initiatives et pilotes en cours de développement"),
        (["combien d'entreprises n'ont aucune formation ?", "donc la majorite des boites n'a aucune formation ?"], "Non : 40 % des répondants « signalent l'absence totale de formation disponible », moins de la moitié"),
    ],
)
def test_a_finding_said_to_be_the_majority_is_checked_on_its_share(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_a_majority_said_the_other_way_round_from_the_share_gets_no_verdict_from_it(offline_engine):
    # 36 % "n'avoir connaissance d'aucune règle" says nothing of a majority with a charter: the finding, not "Non : 36 %"
    answer = offline_engine.ask("la majorité des entreprises ont une charte ?")
    assert answer.answer.startswith("- **Des règles d'utilisation peu formalisées ou encore largement informelles** : 36%")
