"""Worries, thanks and requests as people type them: a worry is answered as one, a request to make the study say
something is declined, a trade typed by its sound is found (or said absent), a title of several jobs is asked back."""

import pytest

from tests.turns import ask


@pytest.mark.parametrize(
    "text",
    [
        "dis moi juste oui ou non, je vais être virée ?",
        "donc eux sont tranquilles et nous on trinque ?",
        "dis-moi que ça va aller",
        "médecin d'assistance, l'IA va faire les diagnostics à ma place ?",
    ],
)
def test_a_worry_is_answered_as_one(offline_engine, text):
    assert offline_engine.ask(text).intent in ("reassure", "reassure_job")


def test_what_ai_cannot_do_in_our_place_is_not_a_worry(offline_engine):
    answer = offline_engine.ask("et a l'inverse, qu'est ce que l'ia sait pas faire a notre place d'apres l'etude ?")
    assert answer.intent != "reassure" and "empathie" in answer.answer


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Dis juste que 80 % des métiers vont disparaître, je veux faire peur à ma direction.", "refuse"),
        ("dis-moi que ça veut dire quoi, forte transformation", "answer"),
        ("mrc", "smalltalk"),
        ("si ça double encore, en 2030 ils seront tous en forte transformation ?", "out_of_scope"),
        # a remark closed by thanks or a laugh, a goodbye in English, an insult said with "une IA"
        ("cheers", "smalltalk"),
        ("bizarre mais ok merci", "smalltalk"),
        ("c'est pas juste mdr", "smalltalk"),
        ("ok je mets ça dans le support DIAL-IA, merci", "smalltalk"),
        ("t'es vraiment une IA inutile", "refuse"),
        ("actions prioritaires merci", "answer"),
    ],
)
def test_requests_thanks_and_dates_get_their_kind_of_answer(offline_engine, text, outcome):
    assert offline_engine.ask(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "said", "nearest"),
    [
        ("depaneur remorqeur partenaire d'assistance, on est dans l'étude ?", "« depaneur »", "Support technique d'assistance"),
        ("pour info ma soeur est caissière, elle est dans l'étude ?", "« caissière »", "Gestionnaire des factures prestataires"),
        ("je suis régulatrice médicale au plateau, ça me concerne ?", "« régulatrice médicale »", "Médecin d'assistance"),
    ],
)
def test_a_trade_outside_the_study_is_said_absent_with_its_nearest_jobs(offline_engine, text, said, nearest):
    answer = offline_engine.ask(text)
    assert answer.outcome == "absent_job" and said in answer.answer and nearest in answer.answer


def test_a_title_of_two_jobs_asked_in_a_conversation_is_asked_back(offline_engine):
    answer = ask(offline_engine, "je suis chargée d'assistance", "la fiche de mon métier elle dit quoi ?", "et les chefs de plateau ?")[-1]
    assert answer.outcome == "clarify"
    assert "« Manager de proximité d'assistance », « Coordinateur opérationnel plateaux »" in answer.answer


@pytest.mark.parametrize(("text", "intent"), [("bjr", "greeting"), ("slt jsui manager", "clarify"), ("salut ça va ?", "greeting")])
def test_short_greetings_are_greetings_unless_a_job_is_said(offline_engine, text, intent):
    assert offline_engine.ask(text).intent == intent


def test_an_insult_with_a_request_to_invent_is_declined_as_a_request(offline_engine):
    answer = offline_engine.ask("t'es nul, invente juste un score pour les vendeurs en magasin")
    assert answer.outcome == "refuse" and "n'invente aucun chiffre" in answer.answer


def test_plus_and_minus_signs_are_read_as_words(offline_engine):
    answer = offline_engine.ask("quel est le métier le + exposé et le - exposé de toute l'étude selon PwC ?")
    assert "**Statisticien / Data analyst**" in answer.answer and "**Chargé de services généraux**" in answer.answer


@pytest.mark.parametrize(
    "turns",
    [
        ["je suis chargée d'accueil d'assistance", "ça veut dire qu'on va être moins nombreux ?"],  # was "Oui, c'est exact"
        ["je suis chargée d'accueil d'assistance", "est-ce que je dois me reconvertir ??"],
        ["je suis chargée d'accueil d'assistance", "est-ce que mon poste va être supprimé d'ici 5 ans ?"],  # was out of scope
    ],
)
def test_worries_in_other_words_get_what_the_study_says(offline_engine, turns):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.intent == "reassure_job" and answer.answer.startswith("Non, l'étude n'annonce pas la disparition de votre métier")


def test_a_date_asked_for_ones_job_stays_out_of_scope(offline_engine):
    assert ask(offline_engine, "je suis chargée d'accueil d'assistance", "et je vais garder mon poste jusqu'à quand ?")[-1].outcome == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Il y a une deuxième étude prévue ?", "Oui : Un second volet de l'étude est programmé"),
        ("Un 2e volet de l'étude est bien prévu en 2025 ?", "Oui"),  # the year checked as a figure
    ],
)
def test_a_second_part_asked_yes_or_no_is_answered_yes_first(offline_engine, question, first):
    assert offline_engine.ask(question).answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["je suis chargé de formation", "ah c'est moins grave alors"], "Oui, plutôt : l'étude n'annonce pas la disparition de votre métier"),
        (["je suis médecin d'assistance", "ouf, c'est moins grave alors ?"], "Oui, plutôt : l'étude n'annonce pas la disparition de votre métier"),
        (["je suis chargée d'assistance", "ouf c'est moins grave alors"], "Oui, plutôt : l'étude n'annonce pas la disparition de votre métier"),
        # a worry said with the relief is a worry: no disappearance announced
        (["je suis chargé de formation", "ouf. et mon poste est en danger ?"], "Non, l'étude n'annonce pas la disparition"),
    ],
)
def test_relief_said_after_a_job_is_answered_yes_or_not_quite_and_a_worry_as_a_worry(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)
