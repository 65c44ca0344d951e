"""What a user states about one job (first, top N, the most exposed of a family…) is checked against the table:
"Oui" or "Non" first, then who it is instead, with that job's figures."""

import pytest

from app.engine.guard import unsupported_numbers
from tests.turns import ask


def test_a_false_leader_claim_names_the_leader_of_each_qualification_with_its_figures(offline_engine):
    answer = offline_engine.ask("Le formateur d'assistance est le métier le plus exposé ?")
    assert answer.answer.startswith(
        "Non : d'après l'étude, le plus exposé selon PwC est Statisticien / Data analyst (1,00, 1er sur 58) ; "
        "le plus exposé selon les experts métier est Gestionnaire de dossiers d'assistance (1,00, 1er sur 58)."
    )
    assert unsupported_numbers(answer.answer, answer, offline_engine.settings.sources_dir) == []


def test_one_leader_in_both_qualifications_is_said_once_with_both_figures(offline_engine):
    answer = offline_engine.ask("le chargé d'assistance est le moins exposé des métiers coeur ?")
    assert answer.answer.startswith("Non : d'après l'étude, le moins exposé des métiers cœur est Médecin d'assistance (PwC 0,06, 55e ; experts métier 0,16, 46e sur 58).")


def test_the_most_exposed_of_a_family_named_in_words_is_checked_within_it(offline_engine):
    answer = ask(offline_engine, "chargé d'accueil d'assistance", "c'est le plus exposé des métiers des opérations d'assistance ?")[-1]
    first = answer.answer.split("\n")[0]
    assert first.startswith("Oui, le plus exposé de la famille 01 – Opérations d'Assistance selon PwC seulement")
    assert "Support technique d'assistance (0,82, 5e sur 58)" in first


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["support technique d'assistance", "du coup il est dans le top 5 ?"], "Oui, dans les 5 premiers selon les experts métier seulement."),
        (["le formateur est dans le top 3 ?"], "Oui, dans les 3 premiers selon PwC seulement."),
        (["le chargé d'assistance est parmi les 10 plus exposés ?"], "Non : d'après l'étude, ce n'est pas dans les 10 premiers."),
    ],
)
def test_a_place_in_the_top_n_is_checked(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_a_set_asked_again_without_its_family_drops_the_family(offline_engine):
    answer = ask(offline_engine, "le plus exposé de la famille SI ?", "et le métier émergent le plus exposé tout court ?")[-1]
    assert "**Statisticien / Data analyst** : 1,00, 1er sur 58" in answer.answer.split("\n")[0]


def test_a_profile_change_with_the_same_score_is_confirmed(offline_engine):
    answer = offline_engine.ask("le manager de proximité d'assistance change de profil avec le même score ?")
    assert answer.answer.startswith("Oui : de « Non impacté ou de manière négligeable » (PwC) à « En évolution » (experts métier), score 0,08 → 0,08")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["elles couvrent quels métiers, les fiches de transformation ?", "donc la conciergerie a une fiche ?"],
         "Non : le métier Chargé de conciergerie n'a pas de fiche de transformation : ce n'est pas un métier cœur d'assistance"),
        (["est-ce que le formateur a une fiche ?"], "Oui : le métier Formateur d'assistance a une fiche de transformation"),
    ],
)
def test_whether_a_job_has_a_transformation_sheet(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_a_claim_with_the_job_in_view_as_object_is_checked_with_its_move(offline_engine):
    answer = ask(offline_engine, "chargé de réclamation clients, j'ai peur pour mon poste", "les experts l'ont remonté ?")[-1]
    assert answer.answer.startswith("Non") and "8e → 12e, 4 places perdues" in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "turns",
    [
        ["je suis chargée d'accueil", "0,78 ça veut dire que 78 % de mon travail sera fait par l'IA ?"],
        ["infirmière d'assistance", "0,41 c'est genre la moitié de nos compétences touchées quoi"],
        ["un score de 0,41 c'est 41 % des compétences touchées ?"],
    ],
)
def test_a_score_read_as_a_share_of_the_work_is_corrected(offline_engine, turns):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.answer.startswith("Non : le score n'est ni une part de tâches ni une probabilité")


def test_a_paragraph_with_a_figure_traced_to_nothing_is_left_out(offline_engine, monkeypatch):
    """The figure guard runs on every answer: a sentence stating a figure that no tool result, cited passage or the
    question holds is not said (here a verdict made to invent one)."""
    from app.engine import answer_first

    monkeypatch.setattr(answer_first, "verdict", lambda *args, **kwargs: "Oui : son score est de 0,93.")
    answer = offline_engine.ask("le formateur d'assistance est exposé ?")
    assert "0,93" not in answer.answer and "0,87" in answer.answer


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["est-ce que le score du juriste dépasse 0,3 ?"], "Oui, au-dessus de 0,30."),
        (["le juriste dépasse 0,9 ?"], "Non : d'après l'étude, ce n'est pas au-dessus de 0,90."),
        (["le juriste a un score sous 0,4 ?"], "Oui, en dessous de 0,40."),
        (["le juriste", "il a perdu plus de 2 places ?"], "Oui, 4 places, soit plus de 2."),
        (["la chargée d'assistance a gagné plus de 10 places chez les experts ?"], "Non : d'après l'étude, ce n'est pas plus de 10 places."),
        (["le juriste", "il a perdu moins de 5 places ?"], "Oui, 4 places, soit moins de 5."),
    ],
)
def test_a_threshold_is_checked_as_a_threshold_not_as_the_figure_itself(offline_engine, turns, first):
    # "dépasse 0,3" of a job at 0,38 used to get "Non : ce n'est pas 0,30"
    answer = ask(offline_engine, *turns)[-1]
    assert answer.answer.startswith(first)
    assert unsupported_numbers(answer.answer, answer, offline_engine.settings.sources_dir) == []


def test_a_sentence_quoted_from_a_leaflet_is_checked_like_a_question(offline_engine):
    answers = ask(offline_engine, "Je relis un tract. « Le chargé d'assistance est classé 26e sur 58 par PwC. » Exact ?", "« les experts le placent 45e avec 0,17 »")
    assert answers[-1].answer.startswith("Oui, c'est exact d'après l'étude. Chargé d'assistance : experts métier 0,17, 45e sur 58")
    assert ask(offline_engine, "« l'étude a duré 6 mois »")[-1].answer.startswith("Non : d'après l'étude, c'est 4 mois, pas 6 mois.")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # the biggest change of place either way, and the one that comes next
        (["je suis chargée de méthodes et procédures", "c'est le plus gros changement de tout le tableau ?"],
         "Oui, le plus gros changement de place est bien le sien (29 places), devant Infirmier d'assistance (28 places)."),
        (["l'infirmier d'assistance", "c'est le plus gros changement de l'étude ?"],
         "Non : d'après l'étude, le plus gros changement de place est celui de Chargé de méthodes et procédures (29 places)."),
        (["je suis chargé d'assistance", "c'est la plus grosse baisse de toute l'étude ?"],
         "Oui, la plus forte baisse est bien la sienne (19 places), devant Formateur d'assistance (5 places)."),
    ],
)
def test_a_record_move_claimed_names_the_record_and_the_next(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)
