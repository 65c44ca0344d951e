"""A trade the study lacks, asked about in any words, is said to be absent with the nearest study jobs."""

import pytest

from tests.turns import ask


@pytest.mark.parametrize(
    ("question", "trade", "nearest"),
    [
        ("et les psychologues de la plateforme, ils sont étudiés ?", "psychologues", "Spécialiste activités paramédicales"),
        ("secrétaire médicale chez un assisteur, mon score svp", "secrétaire médicale", "Assistant"),
        ("data scientist ?", "data scientist", "Statisticien / Data analyst"),
        ("I'm a QA tester, is my job covered?", "tester", "Informaticien d'étude et développement"),
        ("agent de sécurité au siège, exposé à l'IA ?", "agent de sécurité", "Chargé de services généraux"),
    ],
)
def test_a_trade_outside_the_study_is_absent_with_close_jobs(offline_engine, question, trade, nearest):
    answer = offline_engine.ask(question).answer
    assert f"« {trade} » ne fait pas partie des 58 métiers" in answer
    assert f"« {nearest} »" in answer


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("je contrôle et je règle les factures des dépanneurs, c'est quoi mon score ?", "Gestionnaire des factures prestataires"),
        ("Je suis kiné de formation, spécialiste paramédical chez un assisteur. Exposition ?", "Spécialiste activités paramédicales"),
    ],
)
def test_a_trade_beside_a_study_job_does_not_hide_it(offline_engine, question, named):
    answer = offline_engine.ask(question).answer
    assert "ne fait pas partie" not in answer and named in answer.split("\n")[0]


def test_a_trade_that_is_a_place_or_someone_else_is_not_asked_about(offline_engine):
    answer = offline_engine.ask("on est à la DRH : nos métiers RH sont exposés comment ?").answer
    assert "ne fait pas partie" not in answer and "Ressources humaines" in answer


@pytest.mark.parametrize(
    "turns",
    [
        ["Quels métiers ont le même score chez PwC et les experts ?", "bizarre"],
        ["je suis chargée d'assistance", "waouh +14 places ?"],
        ["les émergents, c'est qui ?", "au passage, la seconde étude sort quand ?"],
        ["bjr, l'IA va remplacer les gens dans l'assistance ?"],
        ["La base ROME, elle sert à quoi dans l'étude ?"],
        ["les émergents, c'est qui ?", "c'est intéressant"],
        ["les émergents, c'est qui ?", "étonnant"],
        ["les émergents, c'est qui ?", "d'ailleurs"],
        ["les émergents, c'est qui ?", "et chez les experts"],
        ["les émergents, c'est qui ?", "la liste"],
    ],
)
def test_a_remark_is_never_said_to_be_a_job_the_study_lacks(offline_engine, turns):
    # "« bizarre » ne fait pas partie des 58 métiers étudiés" answered a remark as if it were a trade
    assert "ne fait pas partie des 58 métiers" not in ask(offline_engine, *turns)[-1].answer


@pytest.mark.parametrize(
    "turns",
    [["je suis boulanger"], ["je suis chargée d'assistance", "et ma sœur qui est hôtesse de l'air ?"], ["What's the exposure score for a pharmacist?"],
     ["je suis chargée d'assistance", "et les téléconseillers ?"], ["sage-femme en téléconsultation pour un assisteur : exposée ?"]],
)
def test_a_trade_the_study_lacks_is_still_said_to_be_absent(offline_engine, turns):
    assert ask(offline_engine, *turns)[-1].outcome == "absent_job"
