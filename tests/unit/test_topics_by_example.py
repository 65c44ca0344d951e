"""Questions on the study's topics in words no pattern lists: the nearest labelled examples decide when passage
search found nothing; and the explanations they reach answer what was asked first."""

import pytest

from app.engine.understanding.steps import topic_examples
from tests.turns import ask


@pytest.mark.parametrize(
    ("text", "operation", "topic"),
    [
        ("c'est qui derrière cette étude ?", "facts", "realisation"),
        ("ça s'est déroulé comment, y a eu plusieurs étapes ?", "methodology", "duree-phases"),
        ("les boîtes elles testent déjà des trucs avec l'IA ou pas ?", "maturity", "4"),
        ("pourquoi y a deux notes, une PwC et une experts, et pourquoi elles sont pas pareilles ?", "methodology", "qualifications"),
    ],
)
def test_the_nearest_examples_agree_on_the_topic(text, operation, topic):
    found = topic_examples.vote(text)
    assert found is not None and (found.operation, found.topic) == (operation, topic)


@pytest.mark.parametrize(
    "text",
    [
        "moi je fais le ménage dans les bureaux de la boîte",  # one word shared with an example is no neighbour
        "je suis chargé d'assistance",
        "c'est quoi le métier le plus exposé ?",
    ],
)
def test_a_question_far_from_every_example_gets_no_topic(text):
    assert topic_examples.vote(text) is None


def test_a_short_follow_up_keeps_the_conversations_topic():
    assert topic_examples.plan_for("l'adresse ?") is None


def test_a_topic_found_by_its_examples_is_answered_from_the_records(offline_engine):
    answer = offline_engine.ask("c'est qui derrière cette étude ?")
    assert answer.intent == "facts" and "PwC" in answer.answer and "OPCO Atlas" in answer.answer and answer.citations


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["quand une compétence est classée « important », ça veut dire que l'IA fait le boulot à ma place ?"],
         "Non : aucun niveau ne signifie que l'IA fait le travail à la place du salarié"),
        (["le score d'un métier va de 1 à 5, c'est bien ça ?"], "Non : le score ne se lit pas sur 5 ; il va de 0 à 1"),
        (["le score d'un métier il sort d'où, c'est une moyenne ?"], "Le score d'exposition d'un métier va de 0 à 1"),
        (["concrètement ils recommandent quoi aux entreprises ?"], "L'étude regroupe ses préconisations en cinq axes"),
        (["les métiers les plus exposés, les RH doivent faire quoi d'après l'étude ?"], "L'étude recommande sur ce point : « Soutenir les passerelles métiers"),
        (["jsuis chargé de méthodes & procédures, qu'est ce que ça donne ?", "+29 places c'est le record ?"], "Oui, la plus forte progression est bien la sienne"),
        (["je suis infirmier d'assistance", "28 places gagnées c'est le record ?"], "Non : d'après l'étude, la plus forte progression est celle de Chargé de méthodes et procédures (29 places)"),
        (["jsuis chargé de méthodes & procédures", "mes collègues de la même famille ils sont où ?"], "Les 4 métiers de la famille 03"),
    ],
)
def test_explanations_and_claims_answer_what_was_asked_first(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.answer.startswith(first), answer.answer[:200]


@pytest.mark.parametrize(
    ("turns", "check"),
    [
        # the next axis, whatever list came before
        (["que recommande l'étude ?", "et l'axe 4 ?", "et le suivant ?"], lambda a: a.intent == "recommendations" and "Axe 5" in a.answer),
        # a priority action by its place, after something else
        (["je suis chargée d'assistance", "et la sixième action ?"], lambda a: a.intent == "priority_actions" and "OPCO Atlas" in a.answer),
        # the rest of a top N, and the other profiles' shares
        (["dans les RH, qui est le plus exposé ?", "et les autres ?"], lambda a: "Chargé des affaires sociales" in a.answer),
        (["combien de métiers sont en forte transformation ?", "et non impactés ?", "et les autres ?"], lambda a: "En évolution" in a.answer and "Emergent" in a.answer),
        # the family of the job in view
        (["compare médecin et infirmier d'assistance", "et la famille ?"], lambda a: "Spécialiste activités paramédicales" in a.answer),
        # "pourquoi ?" after a worry: what exposes that job
        (["je suis gestionnaire de dossiers d'assistance", "et c'est grave ?", "pourquoi ?"], lambda a: a.intent == "exposure_findings"),
        # an answer that is not about jobs, again, to hand out
        (["comment ils ont noté les métiers ?", "donne-moi ça pour la réunion"], lambda a: a.intent == "methodology" and "ROME" in a.answer),
        # what HR should do, after a job
        (["je suis assistante administrative de plateau", "et pour les RH ?"], lambda a: a.intent == "recommendations" and "passerelles" in a.answer),
        # the other way round in a ranking of scores
        (["les 3 métiers les plus exposés ?", "et dans l'autre sens ?"], lambda a: "Administrateur téléphonie" in a.answer or "Chargé de services généraux" in a.answer),
    ],
)
def test_follow_ups_that_name_nothing_take_what_is_in_view(offline_engine, turns, check):
    answer = ask(offline_engine, *turns)[-1]
    assert check(answer), (answer.intent, answer.answer[:300])


def test_a_follow_up_pointing_back_is_not_sent_to_the_example_bank(offline_engine):
    assert topic_examples.plan_for("le deuxième livrable, il sert à quoi ?", in_a_conversation=True) is None


@pytest.mark.parametrize(
    ("text", "closest"),
    [
        ("chargée de rapatriement, je suis où dans le classement ?", "Chargé d'assistance"),
        ("standardiste, c'est noté quelque part ?", "Chargé d'accueil d'assistance"),
        ("moi je fais le ménage dans les bureaux de la boîte", "Chargé de services généraux"),
    ],
)
def test_a_trade_outside_the_study_said_before_a_question_on_its_place_is_absent(offline_engine, text, closest):
    answer = offline_engine.ask(text)
    assert answer.outcome == "absent_job" and closest in answer.answer


@pytest.mark.parametrize(("text", "titles"), [("assistante", 3), ("gestionnaire", 5), ("chef", 3)])
def test_a_single_word_that_begins_several_titles_is_asked_back(offline_engine, text, titles):
    answer = offline_engine.ask(text)
    assert answer.outcome == "clarify" and len(answer.choices) == titles


@pytest.mark.parametrize(("text", "intent"), [("juriste", "job"), ("formatrice", "job"), ("informatique", "query")])
def test_a_single_word_that_is_one_title_or_a_family_is_not_asked_back_as_titles(offline_engine, text, intent):
    assert offline_engine.ask(text).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "merci, je vais en parler à mon CSE", "ça marche, bonne journée", "ok je vais lire ça", "bon ben merci hein",
        "parfait c'est exactement ce qu'il me fallait", "oki", "entendu", "je vois", "Merci beaucoup, ça m'aide pour ma présentation au CSE.",
    ],
)
def test_a_closing_remark_gets_a_short_reply(offline_engine, text):
    answer = ask(offline_engine, "je suis chargée d'assistance", text)[-1]
    assert answer.outcome == "smalltalk", (answer.intent, answer.answer[:100])


@pytest.mark.parametrize("text", ["merci, et le juriste ?", "merci ! combien de métiers cœur ?", "ok, et pour les RH ?"])
def test_a_thanks_followed_by_a_question_is_the_question(offline_engine, text):
    assert ask(offline_engine, "je suis chargée d'assistance", text)[-1].outcome != "smalltalk"


def test_a_greeting_announcing_questions_is_a_greeting(offline_engine):
    assert offline_engine.ask("Bonjour, j'ai quelques questions sur l'étude").intent == "greeting"


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["compare la compta et le contrôle de gestion"], "**Chargé de comptabilité** est le plus exposé des deux"),
        (["chargée de réclam ou gestionnaire de dossiers, qui est le plus exposé ?"], "Des deux métiers, celui le plus exposé selon PwC est **Gestionnaire de dossiers d'assistance**"),
        (["les métiers RH sont-ils plus exposés que les métiers informatiques ?"], "Selon PwC, la famille 08 – Ressources humaines est en moyenne la plus exposée"),
        (["which is more exposed, the nurse or the doctor?"], "(The study is in French, so the answer is in French.)\n\nDes deux métiers, celui le plus exposé selon PwC est **Infirmier d'assistance**"),
        (["je suis chargée d'assistance", "c'est mieux ou pire que le chargé d'accueil ?"], "**Chargé d'accueil d'assistance** est le plus exposé des deux"),
        (["je suis chargée d'assistance", "et le gestionnaire de dossiers ?", "compare-les"], "**Gestionnaire de dossiers d'assistance** est le plus exposé des deux"),
        (["juriste", "et l'auditeur ?", "mets-les côte à côte"], "**Juriste** est le plus exposé des deux"),
    ],
)
def test_comparisons_as_people_ask_them(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["quels métiers ont changé de profil ?", "combien y en a ?"], "**7 métiers** sur 58"),
        (["c'est quoi le profil émergent ?", "quels métiers sont dedans ?"], "Métiers au profil « Emergent »"),
        (["que dit la consultation sur la formation ?", "et sur les règles ?", "c'est combien en pourcentage ?"], "- **Des règles d'utilisation"),
    ],
)
def test_the_set_or_the_finding_in_view_is_what_a_bare_follow_up_asks_about(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_where_to_find_a_topic_in_view_is_that_topic_again_with_its_address(offline_engine):
    answer = ask(offline_engine, "c'est quoi DIAL-IA ?", "on le trouve où ?")[-1]
    assert answer.intent == "dialia" and ("dial-ia.fr" in answer.answer or "alwaysdata" in answer.answer)


def test_a_rise_said_of_the_profile_just_counted_is_checked(offline_engine):
    answer = ask(offline_engine, "quelle est la part de métiers en évolution ?", "et en forte transfo ?", "et ça a augmenté avec les experts ?")[-1]
    assert answer.answer.startswith("Oui : « En forte transformation » compte 6 métiers selon PwC et 10 selon les experts métier")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["le juriste est exposé ?", "et comparé au chargé de com ?", "lequel a le plus baissé ?"], "Des deux métiers, celui dont le score baisse le plus"),
        (["quels métiers baissent avec les experts ?", "combien ?", "lequel baisse le plus ?"], "Des 34 métiers, celui dont le score baisse le plus entre PwC et les experts métier est **Formateur d'assistance**"),
        (["c'est quoi un métier cœur ?", "il y en a combien ?"], "**10 métiers** sur 58"),
        (["c'est quoi un métier cœur ?", "il y en a combien ?", "lequel est le plus exposé ?"], "Des 10 métiers, celui le plus exposé selon PwC est **Formateur d'assistance**"),
    ],
)
def test_a_superlative_or_a_count_is_asked_of_the_set_in_view(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_they_are_less_exposed_compares_the_job_in_view_with_the_speakers(offline_engine):
    answer = ask(offline_engine, "je suis chargée d'accueil", "et mes collègues chargées d'assistance ?", "elles sont moins exposées ?")[-1]
    assert answer.answer.startswith("Oui : Chargé d'assistance est moins exposé que Chargé d'accueil d'assistance")


def test_who_overtook_a_job_is_the_one_now_just_above_it(offline_engine):
    answer = ask(offline_engine, "statisticien, score ?", "et chez les experts il est où ?", "qui l'a dépassé ?")[-1]
    assert answer.answer.startswith("Juste devant Statisticien / Data analyst selon les experts métier : **Gestionnaire de dossiers d'assistance**")


def test_a_profile_by_its_place_after_the_four_profiles_then_its_jobs(offline_engine):
    turns = ["c'est quoi les 4 profils ?", "et le deuxième ?"]
    second = ask(offline_engine, *turns)[-1]
    assert second.intent == "profiles" and second.answer.count("- **") == 1
    jobs = ask(offline_engine, *turns, "quels métiers en font partie ?")[-1]
    assert jobs.intent == "query" and "Métiers au profil" in jobs.answer
