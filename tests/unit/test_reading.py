"""How messages are read: families of jobs, claims to check, worry, thanks, English, several asks in one
message, and follow-ups; each asserted on what the person reads."""

import pytest

from app.engine import Conversation
from app.engine.understanding import reading
from tests.turns import ask


@pytest.mark.parametrize(
    ("question", "family_job"),
    [
        ("les métiers RH et leurs scores", "Gestionnaire paie et administration du personnel"),
        ("la famille 07 : quels métiers ?", "Spécialiste cybersécurité"),
        ("famille management : scores ?", "Manager de proximité"),
        ("Quel est le métier le plus exposé de la famille SI ?", "Administrateur réseaux et système"),
    ],
)
def test_a_family_gets_its_jobs_not_an_unknown_job(offline_engine, question, family_job):
    answer = offline_engine.ask(question)
    assert answer.outcome == "answer" and family_job in answer.answer
    assert "ne fait pas partie des" not in answer.answer


def test_a_false_figure_gets_a_plain_no_first(offline_engine):
    answer = offline_engine.ask("le juriste a 0,80 c'est ça ?")
    assert answer.answer.startswith("Non : d'après l'étude, ce n'est pas 0,80")
    assert "0,38" in answer.answer and "0,37" in answer.answer


def test_a_true_figure_gets_a_yes_first(offline_engine):
    answer = offline_engine.ask("Le formateur d'assistance a 0,87 chez PwC, c'est bien ça ?")
    assert answer.answer.startswith("Oui")


def test_asking_whether_a_job_is_core_is_answered_first(offline_engine):
    assert offline_engine.ask("Le juriste est-il un métier cœur ?").answer.startswith("Non : Juriste n'est pas")
    assert offline_engine.ask("infirmière d'assistance : métier cœur ?").answer.startswith("Oui")


def test_a_worried_question_says_the_study_forecasts_no_job_losses(offline_engine):
    conversation = Conversation()
    offline_engine.ask("je suis chargée d'assistance", conversation)
    answer = offline_engine.ask("et c'est grave ? mon métier va disparaître ?", conversation)
    assert answer.answer.startswith("Non, l'étude n'annonce pas la disparition de votre métier (Chargé d'assistance)")
    assert "aucune prévision" in answer.answer and "ne remplace pas la compétence humaine" in answer.answer
    # that sentence defines the level "Important", below "Majeur": not the highest level of impact
    assert "niveau d'impact « Important »" in answer.answer and "le plus élevé" not in answer.answer
    assert "0,30" in answer.answer and answer.citations  # the job from the conversation, with its source


def test_job_losses_in_another_sector_stay_out_of_scope(offline_engine):
    answer = offline_engine.ask("Et dans la banque, quels métiers vont être remplacés par l'IA générative ?")
    assert answer.outcome == "out_of_scope"


def test_thanks_get_a_short_reply(offline_engine):
    answer = offline_engine.ask("merci !")
    assert answer.outcome == "smalltalk" and len(answer.answer) < 120


def test_two_questions_in_one_message_get_two_answers(offline_engine):
    answer = offline_engine.ask("Quel est le score du juriste ? Et c'est quoi DIAL-IA ?")
    assert "0,38" in answer.answer and "DIAL-IA" in answer.answer
    assert answer.intent == "job+dialia"


def test_english_is_understood_and_said_in_english_first(offline_engine):
    answer = offline_engine.ask("What are the 3 most exposed jobs according to PwC?")
    assert answer.answer.startswith("(The study is in French")
    assert "Statisticien / Data analyst" in answer.answer and "Formateur d'assistance" in answer.answer


def test_an_absent_job_names_the_table_it_checked(offline_engine):
    answer = offline_engine.ask("Je suis boulanger, mon métier est-il exposé ?")
    assert answer.outcome == "absent_job" and answer.citations


def test_a_quoted_count_is_said_back_in_french(offline_engine):
    answer = offline_engine.ask("12 métiers cœur ?")
    assert answer.answer.startswith("Non : d'après l'étude, c'est 10 métiers, pas 12 métiers.")


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("combien de métiers sont émergents, combien sont cœur, et combien en évolution ?", 3),
        ("Quel est le score du juriste et pourquoi a-t-il changé ?", 2),
        ("Je suis chargée d'assistance, quel est mon score ?", 1),  # a statement, then the question: one ask
        ("Pour les RH, quelles actions ?", 1),
    ],
)
def test_several_questions_in_one_message_are_split_where_a_new_question_starts(message, parts):
    assert len(reading.split_asks(message)) == parts


def test_english_words_of_the_study_are_read_in_french():
    assert "répondants" in reading.to_french("What share of respondents report no training at all?")
    assert "RH" in reading.to_french("What does the study recommend to HR teams?")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Hey, I'm a data analyst at an assistance company. How exposed am I?"], "1,00"),  # an opening word, a workplace
        (["Hi, I work as a claims handler (chargé de réclamations clients)", "what position is that?"], "8e sur 58"),
        (["I'm a data analyst", "and for the experts?"], "0,97"),
        (["I'm a data analyst", "emergent means what exactly?"], "Emergent"),
    ],
)
def test_english_follow_ups_are_read(offline_engine, turns, expected):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.answer.startswith("(The study is in French") and expected in answer.answer and answer.outcome == "answer"


def test_hello_alone_stays_a_greeting(offline_engine):
    assert offline_engine.ask("Hello, who are you?").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Juriste fait-il partie des 58 métiers de l'étude ?", "Oui : Juriste fait partie des 58 métiers de l'étude."),  # said "Non" before
        ("Is the lawyer one of the jobs in the study?", "Oui : Juriste fait partie des 58 métiers de l'étude."),
        ("traducteur fait-il partie des métiers de l'étude ?", "« traducteur » ne fait pas partie des 58 métiers étudiés"),
        ("Quel métier perd le plus de places entre PwC et les experts, et combien ?",
         "Le métier qui a perdu le plus de places entre la qualification PwC et celle des experts métier est **Chargé d'assistance** : 19 places perdues"),
        ("Combien de métiers couvre l'étude ?", "**58 métiers** sur 58"),
        ("Pouvez-vous me rappeler les profils d'impact utilisés dans l'étude ?", "Les scores d'exposition consolidés"),
    ],
)
def test_single_questions_in_fresh_users_words(offline_engine, question, first):
    answer = offline_engine.ask(question).answer
    assert answer.removeprefix("(The study is in French, so the answer is in French.)\n\n").startswith(first)


def test_two_counts_in_one_message_get_two_answers(offline_engine):
    answer = offline_engine.ask("Combien de métiers et combien de familles de métiers couvre l'étude ?").answer
    assert "58 métiers" in answer and "13 familles" in answer


@pytest.mark.parametrize("text", ["Bonjour, vous pouvez m'aider sur l'étude IA de l'Observatoire ?", "bonjour ! tu peux m'aider sur l'étude IA de l'assistance ?"])
def test_help_asked_with_no_question_gets_what_the_assistant_does(offline_engine, text):
    answer = offline_engine.ask(text)
    assert answer.outcome == "smalltalk" and "Je réponds aux questions sur l'étude" in answer.answer


def test_jobs_cut_for_a_named_job_is_a_worry_about_it_not_a_forecast(offline_engine):
    answer = offline_engine.ask("est-ce que l'IA va supprimer des postes de chargé de réclamations ?")
    assert answer.answer.startswith("Non, l'étude n'annonce pas la disparition du métier (Chargé de réclamations clients)")
    assert offline_engine.ask("combien de postes de chargé d'assistance seront supprimés ?").outcome == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("l'infirmier d'assistance fait partie des métiers en forte transformation ?", "Non"),  # a claim on its profile
        ("le statisticien est-il le plus exposé de la famille RH ?", "Non : d'après l'étude, ce n'est pas un métier de la famille 08 – Ressources humaines"),
        ("ça fait froid dans le dos, le formateur est 2e ?", "Oui"),  # no weather
    ],
)
def test_claims_that_look_like_membership_family_or_weather(offline_engine, question, first):
    assert offline_engine.ask(question).answer.startswith(first)


@pytest.mark.parametrize(
    "question", ["ça coûte combien de s'appuyer sur l'OPCO ?", "t'as un avis sur quelle IA acheter pour notre service juridique ?"]
)
def test_costs_and_products_to_buy_are_outside_the_study(offline_engine, question):
    assert offline_engine.ask(question).outcome == "out_of_scope"


def test_tools_the_study_recommends_are_not_products_to_buy(offline_engine):
    assert offline_engine.ask("quels outils utiliser pour former les salariés ?").outcome == "answer"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # short forms spelled out: "accueil tel", "coordo", "nb de", "du + au - exposé"
        ("je fais de l'accueil tel dans une boite d'assistance auto, je tombe dans quelle case moi", "Dans l'étude, votre métier correspond à « Chargé d'accueil d'assistance »"),
        ("coordo opérationnel plateau, moi j'suis tranquille avec l'IA ou pas ?", "Oui, il est parmi les moins exposés. Coordinateur opérationnel plateaux"),
        ("nb de metiers en forte transfo : PwC vs experts ?", "Sur les 58 métiers du tableau consolidé"),
        # English: "the X job" is the title X; "what is the exposure score of" asks a job's figure, not a definition
        ("Compare the data analyst job and the database administrator job.", "(The study is in French, so the answer is in French.)\n\n**Statisticien / Data analyst** est le plus exposé des deux"),
        ("What is the exposure score of the 'Chargé de communication' job, and is it a core assistance job?",
         "(The study is in French, so the answer is in French.)\n\nNon : Chargé de communication n'est pas un métier cœur d'assistance"),
    ],
)
def test_short_forms_and_english_titles_are_read(offline_engine, question, first):
    assert offline_engine.ask(question).answer.startswith(first)


def test_a_thanks_that_gives_up_is_smalltalk_and_the_ranking_sign_is_read(offline_engine):
    assert ask(offline_engine, "ok merci", "ah ok tant pis")[-1].outcome == "smalltalk"
    assert "du plus au moins" in reading.spelled_out("classez nous du + au - exposé")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Quels sont les niveaux d'impact utilisés pour noter les compétences ?", "levels"),
        ("différence entre un impact 'important' et 'majeur' sur une compétence ?", "levels"),
        ("les fiches de transfo, y a quoi dedans concrètement ?", "sheets"),
    ],
)
def test_the_levels_and_the_sheets_asked_loosely(offline_engine, question, intent):
    assert offline_engine.ask(question).intent == intent
