"""A ratio said about the figures ("ça a doublé ?", "2 fois plus exposée que moi ?") is checked on the table; what
the study does not give, asked of a job of the study (a date to come, a share of tasks, a company, a country, the
people), is said to be outside it; "et moi ?" from someone who never said their job is asked back."""

import pytest

from app.engine.guard import unsupported_numbers
from app.engine.understanding import changes
from tests.turns import ask


@pytest.mark.parametrize(
    ("text", "factor", "bound", "of"),
    [
        ("donc ça a doublé ?", 2, "as_said", "change"),
        ("mon score a plus que triplé ?", 3, "more", "change"),
        ("ils ont baissé mon score de plus de moitié ?", 0.5, "less", "change"),  # a fall of more than half leaves less than half
        ("il a baissé d'un tiers ?", 2 / 3, "as_said", "change"),
        ("son score a baissé de plus de 40 % ?", 0.6, "less", "change"),
        ("le score a été multiplié par près de 3 ?", 3, "about", "change"),
        ("c'est plus du double de la chargée d'assistance ?", 2, "more", "versus"),
        ("elle est 2 fois plus exposée que moi ?", 2, "as_said", "versus"),
        ("plus de 1,5 fois celui du second ?", 1.5, "more", "versus"),
    ],
)
def test_a_stated_ratio_is_read_with_its_factor_and_bound(text, factor, bound, of):
    claim = changes.read(text)
    assert claim is not None and claim.factor == pytest.approx(factor) and claim.bound == bound and claim.of == of


@pytest.mark.parametrize("text", ["la moitié des métiers sont en évolution ?", "un tiers des entreprises ont formé ?", "quel est le score ?"])
def test_a_share_of_a_set_or_a_plain_question_is_no_ratio(text):
    assert changes.read(text) is None


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # 0,86 / 0,37 = 2,32
        (["gestionnaire de réseau presta : le score des experts c'est plus du double de celui de PwC ?"], "Oui : selon les experts métier, le score de Gestionnaire de réseau prestataires est de 0,86 contre 0,37 selon PwC, soit 2,32 fois"),
        # 0,68 / 0,24 = 2,83: almost, but not more than, triple
        (["chargé de méthodes et procédures, mon score a plus que triplé entre PwC et les experts ?"], "Non : "),
        # 0,41 / 0,14 = 2,93
        (["infirmière d'assistance, les experts me donnent presque 3 fois le score de PwC ?"], "Oui, à peu près : "),
        # 0,30 -> 0,17 is a fall of 43 %: more than a third, less than half
        (["chargé d'assistance, le score des experts est une baisse de plus d'un tiers par rapport à PwC ?"], "Oui : "),
        (["je suis chargée d'assistance", "donc les experts ont baissé mon score de plus de moitié ?"], "Non : "),
        # two jobs, one qualification
        (["Selon PwC, le Statisticien / Data analyst est-il plus de 3 fois plus exposé que le Chargé d'assistance ?"], "Oui : selon PwC, Statisticien / Data analyst a 1,00 contre 0,30 pour Chargé d'assistance, soit 3,33 fois"),
        # the speaker's job against the one in view, in both qualifications
        (["je suis assistante admin de plateau", "et ma collègue chargée d'accueil ?", "elle est 2 fois plus exposée que moi ?"], "Non : selon PwC, Chargé d'accueil d'assistance a 0,78 contre 0,60 pour Assistant administratif de plateaux"),
        # a factor in words beyond four ("six fois") is placed in the text like "3 fois": 1,00 / 0,17 = 5,88
        (["selon les experts, le gestionnaire de dossiers d'assistance est six fois plus exposé que le chargé d'assistance ?"], "Oui : selon les experts métier, Gestionnaire de dossiers d'assistance a 1,00 contre 0,17 pour Chargé d'assistance, soit 5,88 fois"),
        # the job said with "je" is the subject, "eux" the other named
        (["formatrice d'assistance 0,72 chez les experts et chargé de formation 0,27, je suis plus de 3 fois plus exposée qu'eux ?"], "Non : selon les experts métier, Formateur d'assistance a 0,72 contre 0,27 pour Chargé de formation, soit 2,67 fois"),
        # places: 19 lost against 5 is 3,8 times, not 4; a title with "et" is not cut in two asks
        (["chargé d'assistance, j'ai perdu 4 fois plus de places que la formatrice d'assistance ?"], "Non : entre PwC et les experts métier, Chargé d'assistance a perdu 19 places et Formateur d'assistance en a perdu 5, soit 3,8 fois plus"),
        (["Le Chargé de méthodes et procédures a-t-il gagné plus de 3 fois plus de places que le Médecin d'assistance ?"], "Oui : entre PwC et les experts métier, Chargé de méthodes et procédures a gagné 29 places"),
        # a profile's share, as the study publishes it: 10 % to 17 %
        (["La part des métiers « En forte transformation » a-t-elle doublé entre PwC et les experts ?"], "Non : la part des métiers « En forte transformation » passe de 10 % selon PwC à 17 % selon les experts métier"),
        # the gap between the two jobs compared
        (["compare le chargé d'assistance et le gestionnaire de dossiers d'assistance", "l'écart entre les deux a plus que doublé ?"], "Oui : l'écart de score entre Chargé d'assistance et Gestionnaire de dossiers d'assistance est de 0,37 selon PwC et de 0,83"),
    ],
)
def test_a_stated_ratio_gets_a_plain_verdict_with_the_figures(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.intent == "ratio" and answer.answer.startswith(first), answer.answer[:300]
    assert answer.citations and not unsupported_numbers(answer.answer, answer)  # the ratio is traced to the tool


def test_a_question_about_which_jobs_doubled_asks_for_a_set_not_a_verdict(offline_engine):
    assert offline_engine.ask("quels métiers ont vu leur score doubler ?").intent != "ratio"


@pytest.mark.parametrize(
    "text",
    [
        "formatrice d'assistance, mon score il sera de combien en 2030 ?",
        "et dans 5 ans le score des chargées de réclamations il sera à combien ?",
        "Quelle part des tâches du Support technique d'assistance sera automatisée selon les experts ?",
        "Pour l'Assistant administratif de plateaux, quel pourcentage du temps de travail l'IA va-t-elle libérer ?",
        "chez Europ Assistance ils vont remplacer les chargés d'assistance par l'IA ou pas ?",
        "D'après la consultation, AXA Assistance est-elle plus mature que Mondial Assistance ?",
        "chargé d'assistance ici, avec l'IA on va être délocalisés au maroc ??",
        "j'ai 57 ans chargée de conciergerie, les seniors sont plus exposés que les jeunes ?",
        "Quels métiers de l'assistance recrutent le plus ? Lesquels sont en tension ?",
        "Et au Royaume-Uni, ces métiers ont-ils été évalués ?",
        "Combien y a-t-il d'infirmiers d'assistance dans la branche ?",
        "Quelles organisations syndicales et patronales siégeaient au comité de pilotage paritaire de l'étude ?",
        "Quel retour sur investissement ont obtenu les pilotes d'IA générative ?",
        "ma soeur bosse en mutuelle santé comme gestionnaire, elle est plus exposée que moi ?",
    ],
)
def test_what_the_study_does_not_give_is_said_to_be_outside_it_even_about_its_jobs(offline_engine, text):
    answer = offline_engine.ask(text)
    assert answer.outcome == "out_of_scope", (answer.intent, answer.answer[:200])
    assert answer.answer.startswith(("L'étude ne traite pas", "L'étude ne donne pas")) or "L'étude ne traite pas" in answer.answer


def test_a_date_to_come_keeps_what_the_study_gives_today(offline_engine):
    answer = offline_engine.ask("formatrice d'assistance, mon score il sera de combien en 2030 ?")
    assert "sans date ni prévision" in answer.answer and "rapport complet" in answer.answer
    assert "0,87" in answer.answer and "0,72" in answer.answer  # today's scores, after the decline


def test_a_share_the_study_does_not_give_is_said_first_then_what_it_gives(offline_engine):
    answer = offline_engine.ask("les chargés d'assistance qui utilisent déjà l'IA au boulot, on est combien en % ?")
    assert answer.answer.startswith("L'étude ne donne pas ce pourcentage") and "0,30" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "je suis téléconseillère dans une mutuelle santé, mon métier est dans l'étude ?",  # a workplace, a job not in the study
        "quelle part des métiers est en forte transformation ?",  # a share the study gives
        "quelles actions prioritaires engager en 2025 ?",
        "le médecin d'assistance a gagné combien de places ?",
        "gestionnaire de dossiers, on est exposés ? ma boite c'est Europ Assistance",  # an employer named beside a job
    ],
)
def test_questions_the_study_answers_are_not_caught_by_the_new_limits(offline_engine, text):
    assert offline_engine.ask(text).outcome != "out_of_scope"


@pytest.mark.parametrize("turns", [["c koi le métier le + exposé ?", "et moi ?"], ["et mon métier à moi, il est exposé ?"]])
def test_et_moi_from_someone_who_never_said_their_job_is_asked_back(offline_engine, turns):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.outcome == "clarify" and "De quel métier parlez-vous" in answer.answer and answer.choices


def test_et_moi_after_the_speaker_said_their_job_is_their_card(offline_engine):
    answer = ask(offline_engine, "je suis infirmière d'assistance", "et le médecin ?", "et moi ?")[-1]
    assert answer.outcome == "answer" and "Infirmier d'assistance" in answer.answer


def test_the_speaker_against_the_job_in_view_is_compared_even_when_tied(offline_engine):
    answer = ask(offline_engine, "je suis chargée de communication", "et ma pote gestionnaire des médias sociaux ?", "et moi alors, je suis + exposée qu'elle ?")[-1]
    assert answer.intent == "compare"
    assert answer.answer.startswith("Non : Chargé de communication et Gestionnaire des médias sociaux ont le même score")
    assert "13e contre 12e selon PwC" in answer.answer  # the table still ranks them apart


def test_a_figure_said_back_before_the_question_is_not_checked_again(offline_engine):
    answer = ask(offline_engine, "gestionnaire de réseau presta, j'ai lu que j'étais à 0,68 chez les experts", "ah oui 0,86. et chez PwC ?")[-1]
    assert "0,37" in answer.answer and not answer.answer.startswith("Non")


@pytest.mark.parametrize("text", ["oui", "non", "ouais"])
def test_a_bare_yes_or_no_asks_what_the_person_wants_to_know(offline_engine, text):
    answer = offline_engine.ask(text)
    assert answer.outcome == "smalltalk" and "Que voulez-vous savoir" in answer.answer and "ne fait pas partie" not in answer.answer


def test_a_score_read_as_a_share_of_the_work_is_corrected_then_the_job_shown(offline_engine):
    answer = offline_engine.ask("gestionnaire de dossiers, 1,00 ça veut dire que l'IA va faire 100% de mon boulot ???")
    assert answer.answer.startswith("Non : le score n'est ni une part de tâches ni une probabilité")
    assert "**Gestionnaire de dossiers d'assistance**" in answer.answer and "ce n'est pas 100" not in answer.answer


def test_a_ratio_said_of_a_set_counted_in_each_qualification_compares_the_counts(offline_engine):
    answer = ask(offline_engine, "Classement des 10 métiers cœur selon les experts ?", "combien sont en forte transformation parmi eux ?",
                 "et chez PwC ?", "donc ça a doublé")[-1]
    assert answer.answer.startswith("Oui : de 3 métiers selon PwC à 6 selon les experts métier, soit 2 fois")


def test_a_loose_half_after_two_jobs_sets_the_last_against_the_one_before(offline_engine):
    answer = ask(offline_engine, "chargé d'études ça donne koi", "ah et chargé d'études RH ?", "c'est la moitié quoi")[-1]
    assert answer.answer.startswith("Oui, à peu près : selon PwC, Chargé d'études RH a 0,27 contre 0,54 pour Chargé d'études")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("c'est PwC tout seul qui pilotait l'étude ?", "Non : l'étude a été réalisée par PwC, mais son pilotage a été assuré par le comité"),
        ("c'est PwC qui a tout noté tout seul ?", "Non : PwC a fait la première qualification de tous les métiers ; les experts métier"),
    ],
)
def test_pwc_alone_is_corrected_with_who_else_took_part(offline_engine, text, first):
    assert offline_engine.ask(text).answer.startswith(first)


@pytest.mark.parametrize(
    "text",
    [
        "combien de chargés d'assistance vont perdre leur job ?",
        "quel est le meilleur outil d'IA pour un plateau d'assistance ?",
        "quelle part de mon temps l'IA va libérer ?",
        "je peux refuser d'utiliser l'IA au travail ?",
        "mon chef peut-il me licencier à cause de l'IA ?",
        "la banque est plus exposée que l'assistance ?",
        "quelle IA utilise Europ Assistance ?",
        "combien de jours de formation par an faut-il ?",
    ],
)
def test_more_questions_the_study_does_not_cover_are_said_to_be_outside_it(offline_engine, text):
    assert offline_engine.ask(text).outcome == "out_of_scope"


def test_a_question_no_passage_answers_is_said_to_be_outside_the_study(engine):
    answer = engine.ask("qui a gagné la coupe du monde ?")
    assert answer.outcome == "out_of_scope" and answer.answer.startswith("L'étude ne traite pas de")


@pytest.mark.parametrize(
    "text",
    [
        "Quel est l'âge moyen des infirmiers d'assistance ?",
        "Quel est le taux de turnover des chargés d'accueil d'assistance ?",
        "Quel est le taux de réponse de l'enquête auprès des sociétés d'assistance ?",
        "Combien de minutes par jour un chargé d'assistance va gagner grâce à l'IA ?",
        "Un formateur d'assistance gagne-t-il plus qu'un gestionnaire de dossiers d'assistance ?",
        "Qu'est-ce qu'AXA Assistance prévoit de faire avec l'IA pour ses chargés d'assistance ?",
        "Mondial Assistance a-t-elle déjà déployé un chatbot pour ses chargés d'assistance ?",
        "Et en Allemagne, les chargés d'assistance sont-ils aussi exposés ?",
        "Au Québec, les métiers de l'assistance sont-ils exposés de la même façon ?",
        "Quel est le budget de l'OPCO Atlas pour financer les formations IA de la branche ?",
        "Est-ce que j'ai droit à un congé de formation pour me reconvertir si mon poste de chargée d'assistance est touché ?",
        "les juristes vont-ils perdre leur statut cadre ?",
        "quel organisme de formation précis nous conseillez-vous, et à quel prix ?",
        "c'est combien de répondants au total ?",
        "et le nombre de formateurs va-t-il diminuer de moitié ?",
    ],
)
def test_what_the_study_does_not_give_about_its_own_jobs_is_out_of_scope(offline_engine, text):
    answer = offline_engine.ask(text)
    assert answer.outcome == "out_of_scope" and answer.answer.startswith("L'étude ne traite pas"), answer.answer[:200]


def test_a_place_abroad_in_the_branch_s_own_work_is_no_other_country(offline_engine):
    # repatriation abroad is the assistance branch's work: the trade is absent, not the country out of scope
    assert offline_engine.ask("traductrice-interprète pour les dossiers à l'étranger : mon métier est exposé ?").outcome == "absent_job"


def test_a_date_to_come_said_in_the_first_person_is_out_of_scope(offline_engine):
    *_, later = ask(offline_engine, "je suis chargé de réclamations", "et dans 10 ans je serai encore là ?")
    assert later.outcome == "out_of_scope" and later.answer.startswith("L'étude ne traite pas de projection dans le temps")
