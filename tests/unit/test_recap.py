"""A recap of the thread for a meeting: the earlier readings answered again, briefly, with their sources."""

import re

import pytest

from tests.turns import ask

THREAD = ["je suis chargée d'assistance", "c'est grave ?", "les 5 métiers les plus exposés"]


@pytest.mark.parametrize(
    "request_",
    ["fais-moi un récap de 5 lignes à distribuer", "résume-moi ça en 3 lignes pour ma DRH", "ok fais moi 3 bullet points à lire en réunion",
     "donne-moi ça pour la réunion"],
)
def test_a_recap_goes_over_the_thread_with_its_figures_and_sources(offline_engine, request_):
    recap = ask(offline_engine, *THREAD, request_)[-1]
    assert recap.intent == "recap"
    assert recap.answer.startswith("Récapitulatif de notre échange (3 points)")
    assert "0,30" in recap.answer and "Statisticien / Data analyst" in recap.answer  # the job's card, the ranking's rows
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", recap.answer)}
    assert cited == set(range(1, len(recap.citations) + 1))  # every source listed is cited, numbered from 1


def test_a_recap_in_n_lines_keeps_the_last_n_readings(offline_engine):
    recap = ask(offline_engine, *THREAD, "résume-moi ça en 2 lignes")[-1]
    assert recap.answer.startswith("Récapitulatif de notre échange (2 points)") and "je suis chargée d'assistance" not in recap.answer


@pytest.mark.parametrize(
    "request_",
    [
        "fais moi un résumé de l'étude en 5 points",  # the study's key figures
        "tu peux me faire un petit récap imprimable avec les 5 ?",  # a sheet of the jobs in view
        "la 2e, tu peux la résumer ?",  # one row of the list in view
    ],
)
def test_what_is_not_a_recap_of_the_thread(offline_engine, request_):
    assert ask(offline_engine, *THREAD, request_)[-1].intent != "recap"


def test_a_recap_with_nothing_said_yet_is_no_recap(offline_engine):
    assert offline_engine.ask("fais-moi un récap en 3 lignes").intent != "recap"
