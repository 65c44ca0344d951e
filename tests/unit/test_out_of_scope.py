"""What the study does not cover is declined by name; a question on the study beside it is still answered."""

import pytest

from tests.turns import ask


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Que disent le FMI ou Goldman Sachs sur les emplois menacés par l'IA ?", "des autres études"),
        ("et chez Axa Assistance précisément ?", "des entreprises une à une"),
        ("et la marge d'erreur statistique des scores ?", "de marge d'erreur"),
        ("bon honnêtement, je devrais quitter mon job maintenant ?", "des choix personnels"),
        ("Tu peux me faire un plan de formation chiffré avec le budget par salarié ?", "des coûts ni des budgets"),
        ("les scores des téléconseillers des centres d'appels de la grande distribution ?", "des autres secteurs"),
        ("quel outil d'IA générative acheter pour notre plateau, ChatGPT ou Copilot ?", "d'outils ou de logiciels"),
    ],
)
def test_a_question_outside_the_study_is_declined_by_name(offline_engine, text, named):
    answer = offline_engine.ask(text)
    assert answer.outcome == "out_of_scope"
    assert answer.answer.startswith(f"L'étude ne traite pas {named}")


def test_a_job_question_beside_a_salary_question_gets_the_job_then_the_decline(offline_engine):
    answer = offline_engine.ask("gestionnaire de dossiers d'assistance : c'est quoi mon score, et je toucherai combien de plus si je me forme à l'IA ?")
    job, salary = answer.answer.index("0,67, 5e sur 58"), answer.answer.index("L'étude ne traite pas des salaires")
    assert job < salary


@pytest.mark.parametrize(
    "text",
    ["merci. dernière question, combien gagne une assistante administrative en moyenne ?", "mon salaire va baisser avec l'IA ? je suis chargé de réclamations"],
)
def test_what_is_left_beside_an_out_of_scope_question_is_not_answered_as_a_job_question(offline_engine, text):
    answer = offline_engine.ask(text)
    assert answer.outcome == "out_of_scope" and "sur 58" not in answer.answer


def test_sms_words_are_not_a_request_for_a_cv(offline_engine):
    answer = offline_engine.ask("jsuis gestionnaire de dossier dassistance cv aller ou pr moi")
    assert "Gestionnaire de dossiers d'assistance" in answer.answer.split("\n")[0] and "0,67" in answer.answer


def test_my_job_with_no_job_named_is_asked_back(offline_engine):
    answer = offline_engine.ask("mon métier est exposé ou pas ?")
    assert answer.outcome == "clarify" and answer.answer.startswith("De quel métier parlez-vous")


def test_a_job_typed_by_its_sound_is_answered_in_a_conversation(offline_engine):
    card, down = ask(offline_engine, "formatrisse d'assistance, on est exposé ou pas", "mais chez les experts ça baisse non ?")
    assert "Formateur d'assistance" in card.answer.split("\n")[0] and "0,87" in card.answer
    assert "0,72" in down.answer and "7e" in down.answer


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # pay said in other words than "salaire", after a job card: not that job's card again
        (["je suis chargée d'assistance", "et ça paye bien ce métier ?"], "out_of_scope"),
        (["le chargé d'assistance gagne bien sa vie ?"], "out_of_scope"),
        (["les chargés d'assistance vont-ils être augmentés ?"], "out_of_scope"),
        # a sector, a headcount, a price, a time of day: none is in the study
        (["le formateur d'assistance dans une banque c'est pareil ?"], "out_of_scope"),
        (["et les autres branches comme le transport ?"], "out_of_scope"),
        (["y a combien de gestionnaires de dossiers dans ma boîte ?"], "out_of_scope"),
        (["je suis chargée d'assistance", "l'IA va faire baisser les effectifs de combien ?"], "out_of_scope"),
        (["combien a coûté l'étude ?"], "out_of_scope"),
        (["quelle heure est-il ?"], "out_of_scope"),
        # a share of the people in a job said to go, and English, are forecasts of jobs lost
        (["la moitié des chargés d'accueil vont partir ?"], "forecast"),
        (["how many jobs will be lost?"], "forecast"),
        (["les 5 métiers les plus exposés ?", "quel pourcentage d'emplois va disparaître ?"], "forecast"),
    ],
)
def test_questions_the_study_does_not_cover_in_other_words(offline_engine, turns, kind):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.outcome == "out_of_scope"
    assert answer.intent == kind


def test_a_false_premise_about_half_the_jobs_is_contradicted_not_declined(offline_engine):
    answer = offline_engine.ask("Donc l'étude prévoit que la moitié des emplois de l'assistance vont disparaître ?")
    assert answer.answer.startswith("Non")


@pytest.mark.parametrize(
    ("turns", "named"),
    [
        (["je suis chargée d'accueil", "et est ce que je vais etre moins payee ?"], "des salaires"),
        (["et le médecin d'assistance ?", "Et dans les hôpitaux, l'IA va changer quoi pour les médecins ?"], "des autres secteurs"),
    ],
)
def test_pay_and_hospitals_asked_after_a_job_are_outside_the_study(offline_engine, turns, named):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.outcome == "out_of_scope" and answer.answer.startswith(f"L'étude ne traite pas {named}")


def test_a_hospital_nurse_asking_for_her_job_is_pointed_to_the_closest_job(offline_engine):
    answer = offline_engine.ask("je suis infirmière à l'hôpital, pas dans l'assistance, mon métier est dans l'étude ?")
    assert answer.outcome == "absent_job" and "Infirmier d'assistance" in answer.answer


@pytest.mark.parametrize(
    ("turns", "named"),
    [
        (["je suis chargée de conciergerie", "il fait beau chez toi ?"], "de la météo"),
        (["quelles formations pour les gestionnaires de paie ?", "c'est une obligation légale tout ça ?"], "du droit du travail"),
        (["je suis chargé de réclamations clients", "il nous manque combien pour passer en forte transfo ?"], "de seuil de score entre les profils"),
        (["la compréhension des impacts, c'est quoi le constat ?", "ça concerne combien de boîtes ?"], "du nombre ni du nom des entreprises répondantes"),
    ],
)
def test_a_question_outside_the_study_after_a_job_or_a_finding_is_not_answered_with_it(offline_engine, turns, named):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.outcome == "out_of_scope" and answer.answer.startswith(f"L'étude ne traite pas {named}")


@pytest.mark.parametrize(
    "text",
    [
        "il faut combien de points pour passer devant le juriste ?",
        "à partir de quel score on est dans le top 10 ?",
        "le médecin d'assistance travaille avec des hôpitaux, son métier est exposé ?",
        "tu préfères quoi, pwc ou les experts ?",
        "il fait froid dans le dos ce classement",
    ],
)
def test_in_scope_questions_near_the_new_out_of_scope_words_are_still_answered(offline_engine, text):
    assert offline_engine.ask(text).outcome == "answer"


@pytest.mark.parametrize(
    ("turns", "named"),
    [
        (["je suis support technique d'assistance", "quels outils ia on va nous donner ?"], "d'outils ou de logiciels particuliers"),
        (["qui a piloté l'étude ?", "Et combien d'entreprises siégeaient au comité de pilotage ?"], "du détail de sa conduite"),
    ],
)
def test_tools_an_employer_will_hand_out_and_the_committee_s_size_are_outside_the_study(offline_engine, turns, named):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.outcome == "out_of_scope" and answer.answer.startswith(f"L'étude ne traite pas {named}")


def test_tools_the_study_recommends_are_still_answered(offline_engine):
    assert offline_engine.ask("quels outils l'étude recommande de donner aux salariés ?").intent == "recommendations"


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["what does 'en évolution' mean?", "et la médecine hors assistance, genre les hôpitaux ?"], "L'étude ne traite pas des autres secteurs"),
        (["je suis infirmière d'assistance", "et en pourcentage de temps libéré par l'IA ça donne quoi ?"], "L'étude ne traite pas des gains de productivité"),
        (["on peut faire des passerelles pour les chargés d'assistance ?", "combien de chargés d'assistance ont déjà été reconvertis ?"],
         "L'étude ne traite pas des effectifs"),
        (["liste des 10 métiers coeur stp", "et un chiffrage des postes supprimés sur ces 6 ?"], "L'étude ne donne pas de chiffre d'emplois supprimés"),
    ],
)
def test_outside_the_study_from_the_thirty_fifth_development_set(offline_engine, turns, first):
    from tests.turns import ask

    answer = ask(offline_engine, *turns)[-1]
    assert answer.outcome == "out_of_scope" and answer.answer.startswith(first)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("quelle part de mon temps sera libérée par l'IA ?", "out_of_scope"),
        ("comment a été faite l'évaluation des postes dans l'étude ?", "answer"),
        ("combien d'entreprises ont déjà formé leurs salariés à l'IA ?", "answer"),
    ],
)
def test_the_review_s_out_of_scope_cases(offline_engine, text, outcome):
    assert offline_engine.ask(text).outcome == outcome


def test_places_gained_are_no_salary_and_opinions_and_cuts_are_declined(offline_engine):
    gained = ask(offline_engine, "qui gagne le plus de places ?", "combien gagnent des places au total ?")[-1]
    assert gained.answer.startswith("**7 métiers** sur 58")
    assert offline_engine.ask("combien gagne un chargé d'assistance ?").answer.startswith("L'étude ne traite pas des salaires")
    opinion = ask(offline_engine, "le chargé d'assistance ?", "et toi perso tu penses que l'IA c'est bien ou pas pour les salariés ?")[-1]
    assert opinion.outcome == "out_of_scope" and "avis personnel" in opinion.answer
    cut = offline_engine.ask("on a 40 techniciens support, combien vont sauter ?")
    assert cut.outcome == "out_of_scope" and "ne fait pas de prévision d'emploi" in cut.answer
