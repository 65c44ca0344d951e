"""A trade the study lacks, asked about in any words, is said to be absent with the nearest study jobs."""

import pytest


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
