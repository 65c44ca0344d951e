"""What a review of this step's readings found they caught too widely or judged wrongly: each case as it was typed,
and what it must get now."""

import pytest

from tests.turns import ask


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # a survey share said with "pas" is the clause's own sense, not its opposite
        (["40 % des répondants n'ont pas de formation ?"], "Oui"),
        # "dans les deux classements" is no "about": 15 % is neither 10 % nor 17 %
        (["15 % des métiers sont en forte transformation dans les deux classements ?"], "Non"),
        # the top N of the least exposed, of a family: counted in that ranking
        (["le chargé de services généraux est dans le top 3 des moins exposés ?"], "Oui, dans les 3 premiers."),
        (["le juriste est dans le top 3 de sa famille ?"], "Oui, dans les 3 premiers."),
        # a tie in one qualification is no "moins exposé"
        (["je suis analyste conformité", "l'animateur de réseau est moins exposé que moi ?"],
         "Non : Animateur de réseau de prestataire n'est pas moins exposé qu'Analyste conformité"),
        # "de tous les métiers RH" keeps the family; "tout court" drops the set's profile
        (["quel est le plus exposé de tous les métiers RH ?"], "Le métier le plus exposé parmi les métiers de la famille 08 – Ressources humaines"),
        (["le métier émergent le plus exposé ?", "et le métier le moins exposé tout court ?"], "Le métier le moins exposé selon PwC est **Chargé de services généraux**"),
        (["compare le chargé d'assistance et le gestionnaire de dossiers", "lesquels sont les plus exposés dans toute l'étude ?"], "Les 5 métiers les plus exposés selon PwC (sur 58)"),
    ],
)
def test_verdicts_and_sets_the_review_found_wrong(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    "text",
    [
        "je suis chargée d'assistance chez AXA, est-ce que l'IA va me remplacer ?",
        "je suis formateur chez Mondial Assistance, c'est quoi mon score ?",
        "l'IA touche combien de métiers ?",
        "dois-je partir en formation IA ?",
        "d'autres études disent que 30 % des emplois vont disparaître, et celle-ci ?",
        "d'ici 2030, qu'est-ce qui va changer pour les chargés d'assistance ?",
        "dis-moi juste qu'il y a 58 métiers dans l'étude ?",
        "yo le top 3 ?",
        "je passe la moitié de mon temps au téléphone, les métiers en évolution c'est quoi ?",
    ],
)
def test_ordinary_questions_are_not_caught_by_the_new_patterns(offline_engine, text):
    answer = offline_engine.ask(text)
    assert answer.outcome == "answer" and answer.intent not in ("greeting", "forecast")
    assert not answer.answer.startswith(("L'étude ne traite pas", "Je ne peux pas", "Non : l'étude publie"))


def test_a_set_question_with_the_speakers_job_in_it_is_no_comparison_of_two_jobs(offline_engine):
    answer = ask(offline_engine, "je suis chargé d'assistance", "et le médecin ?", "quels métiers sont plus exposés que le mien ?")[-1]
    assert answer.intent != "compare"


def test_a_study_question_beside_an_out_of_scope_one_is_still_answered(offline_engine):
    answer = offline_engine.ask("quel est le métier le plus exposé, et la marge d'erreur ?")
    assert "**Statisticien / Data analyst**" in answer.answer and "L'étude ne traite pas de marge d'erreur" in answer.answer


def test_an_everyday_word_that_sounds_like_a_trade_is_not_that_trade(offline_engine):
    assert offline_engine.ask("les tâches standardisées sont plus exposées ?").outcome != "absent_job"


# The ninth step's review: readings of the new rules that were too wide or wrong, each as it was typed.
@pytest.mark.parametrize(
    "turns",
    [
        ["je suis assistant administratif de plateaux", "on m'a dit deux fois que mon poste allait disparaître, c'est vrai ?"],
        ["je suis infirmière d'assistance", "dix fois par jour on me parle de l'IA, je suis concernée ?"],
        ["on a doublé les effectifs du plateau, l'assistant administratif de plateaux est exposé ?"],
        ["j'ai relu trois fois votre réponse, je comprends pas le mot profil"],
    ],
)
def test_a_factor_said_of_something_else_than_the_figures_is_no_ratio(offline_engine, turns):
    assert ask(offline_engine, *turns)[-1].intent != "ratio"


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["le chargé d'assistance est deux fois moins exposé que l'assistant administratif de plateaux selon PwC ?"], "Oui : selon PwC"),
        (["compare le chargé d'assistance et l'assistant administratif de plateaux", "c'est le double selon PwC ?"],
         "Oui : selon PwC, Assistant administratif de plateaux a 0,60 contre 0,30 pour Chargé d'assistance"),
        (["je suis chargé d'assistance", "la gestionnaire de dossiers d'assistance est 2 fois plus exposée que moi ?", "et selon les experts c'est plus de 5 fois ?"],
         "Oui : selon les experts métier, Gestionnaire de dossiers d'assistance a 1,00 contre 0,17"),
        (["quels sont les métiers en forte transformation ?", "la part a doublé ?"], "Non : la part des métiers « En forte transformation » passe de 10 %"),
        (["quelle est la part des métiers émergents ?", "et elle a doublé ?"], "Non : la part des métiers « Emergent »"),
        (["infirmier d'assistance", "il a presque triplé comme le médecin d'assistance ?"], "Oui, à peu près : selon les experts métier, le score de Infirmier d'assistance"),
        (["l'infirmier d'assistance a gagné presque 200 % ?"], "Oui, à peu près"),
        (["le chargé d'assistance a perdu 43 % de son score ?"], "Oui"),
        (["l'infirmier d'assistance a gagné 1,5 fois plus de places que le chargé d'assistance ?"], "Non : entre PwC et les experts métier, Infirmier d'assistance a gagné 28 places et Chargé d'assistance en a perdu 19"),
        (["le juriste c'est le double du chef de projet ?"], "Oui"),  # 2,056: the exact quotient, not its rounding
    ],
)
def test_ratio_verdicts_the_review_found_wrong(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    "text",
    [
        "on prépare le plan de formation pour 2026, quels sont les métiers les plus exposés ?",
        "d'ici 2 ans on change d'outil, les chargés d'assistance sont exposés ?",
        "jusqu'à quand on a pour lancer les 6 actions prioritaires ?",
        "je suis chargé d'assistance senior, est-ce que mon métier est exposé ?",
        "les seniors du plateau ont peur, que recommande l'étude pour les accompagner ?",
        "je travaille chez AXA, on est chargés d'assistance, on va être remplacés ?",
        "chez Allianz Partners on a déjà un pilote IA, ça correspond à ce que dit l'étude sur la maturité ?",
        "nos plateaux recrutent des chargés d'assistance en ce moment, ce métier est exposé ?",
        "quel taux d'exposition pour le chargé d'accueil ?",
    ],
)
def test_planning_seniority_employers_and_recruiting_beside_a_study_question_are_answered(offline_engine, text):
    answer = offline_engine.ask(text)
    assert answer.outcome == "answer" and not answer.answer.startswith(("L'étude ne traite pas", "L'étude ne donne pas ce pourcentage"))


def test_a_salary_said_as_a_double_is_the_salaries_question(offline_engine):
    assert offline_engine.ask("je gagne pas le double de ma collègue").outcome == "out_of_scope"
