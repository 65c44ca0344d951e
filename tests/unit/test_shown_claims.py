"""Claims about the jobs just shown, read by one grammar (who, how many, what, in which qualification) and checked
on the consolidated table: the answer's first sentence says "Oui" or "Non" and names the jobs that make it so."""

import pytest

from tests.turns import ask

BOTTOM_5_EXPERTS = "les 5 métiers les moins exposés selon les experts"


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # all / none / some / one, on the rows shown, in the qualification they were shown in
        ([BOTTOM_5_EXPERTS, "ils sont tous non impactés ?"],
         "Oui : tous les 5 sont au profil « Non impacté ou de manière négligeable » selon les experts métier"),
        ([BOTTOM_5_EXPERTS, "aucun n'est métier cœur ?"], "Oui : aucun des 5 n’est un métier cœur d'assistance"),
        ([BOTTOM_5_EXPERTS, "y en a un qui monte ?"], "Non : aucun des 5 ne monte dans le classement des experts"),
        ([BOTTOM_5_EXPERTS, "ils sont tous en dessous de 0,10 ?"], "Oui : tous les 5 sont en dessous de 0,10 selon les experts métier"),
        (["les métiers de la famille 06", "un seul en forte transfo ?"],
         "Oui : un seul des 7 métiers de la famille 06 – Commercial, marketing, communication selon PwC, Chargé de gestion commerciale (« En forte transformation »)"),
        # the most / least of them, with the job claimed
        ([BOTTOM_5_EXPERTS, "c'est le chargé de conciergerie le moins exposé ?"],
         "Non : le moins exposé des 5 selon les experts métier est Chargé de services généraux (0,02, 58e)"),
        (["je suis chargé de réclamations clients", "Dans ma famille c'est moi le plus exposé ?"],
         "Non, selon PwC comme selon les experts métier. Selon PwC, le plus exposé des 3 métiers de la famille 04 – Gestion d'Assistance est Gestionnaire de dossiers d'assistance (0,67, 5e)"),
        # a move of both jobs compared, with the places said
        (["compare l'animateur de réseau de prestataire et le gestionnaire de réseau prestataires", "donc ils ont gagné 14 places ?"],
         "Oui : les deux montent de 14 places dans le classement des experts"),
        # the same family, said with its name
        (["compare le juriste et l'auditeur", "ils sont dans la même famille ?"],
         "Oui : les deux sont de la même famille, famille 13 – Juridique, conformité, qualité et risques"),
        # a set the claim names itself, and what it says of it
        (["les métiers cœur", "Donc chez les experts, plus aucun métier cœur en dessous de 0,20 ?"],
         "Non : 2 des 10 sont en dessous de 0,20 selon les experts métier : Chargé d'assistance (0,17, 45e) et Médecin d'assistance (0,16, 46e)"),
        (["les métiers cœur", "Tous les émergents sont dans la famille SI ?"],
         "Non : 2 des 8 ne sont pas de la famille 07 – SI et transformation digitale : Statisticien / Data analyst (famille 10 – Valorisation de la donnée) et Administrateur de base de données (famille 10 – Valorisation de la donnée)"),
        # one job, in both qualifications
        (["le chargé d'assistance", "il reste en évolution dans les deux ?"],
         "Oui dans les deux qualifications. Selon PwC, Chargé d'assistance est au profil « En évolution »"),
    ],
)
def test_a_claim_on_the_jobs_just_shown_is_answered_yes_or_no_first(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.intent == "shown_claim"
    assert answer.answer.startswith(first), answer.answer[:300]


def test_the_claim_asked_again_in_the_other_qualification_is_checked_there(offline_engine):
    answers = ask(offline_engine, "les 5 métiers les plus exposés selon PwC", "ils sont tous en forte transformation ?", "et chez les experts ?")
    assert answers[1].answer.startswith("Non : Statisticien / Data analyst (« Emergent ») n’est pas au profil « En forte transformation » selon PwC")
    assert answers[2].intent == "shown_claim" and "selon les experts métier" in answers[2].answer.split("\n")[0]


def test_the_job_a_claim_singles_out_is_the_one_in_view_next(offline_engine):
    *_, moved = ask(offline_engine, "les métiers de la famille 06", "un seul en forte transfo ?", "il a reculé de combien avec les experts ?")
    assert moved.answer.startswith("Chargé de gestion commerciale : selon les experts métier, le score est en baisse")


def test_the_set_a_claim_was_checked_on_stays_in_view(offline_engine):
    *_, which = ask(offline_engine, "compare l'animateur de réseau de prestataire et le gestionnaire de réseau prestataires",
                    "donc ils ont gagné 14 places ?", "lequel est cœur d'assistance ?")
    assert "Gestionnaire de réseau prestataires" in which.answer and "Animateur de réseau" not in which.answer.split("\n")[1]


@pytest.mark.parametrize(
    "turns",
    [
        [BOTTOM_5_EXPERTS, "et parmi eux ceux en forte transformation chez PwC ?"],  # asks which, not yes or no
        ["les 5 métiers les plus exposés selon PwC", "Le troisième de cette liste, c'est un métier cœur d'assistance ?"],  # one row
        ["les métiers de la famille 07", "si ça double encore, en 2030 ils seront tous en forte transformation ?"],  # a forecast
        ["les métiers de la famille 07", "l'administrateur réseaux et système c'est le métier émergent le plus exposé ?"],  # a profile's leader
        ["le statisticien", "Le statisticien est premier dans les deux qualifications, c'est ça ?"],  # "les deux" is no top 2
    ],
)
def test_what_is_not_a_claim_on_the_rows_shown_is_left_to_the_other_readings(offline_engine, turns):
    assert ask(offline_engine, *turns)[-1].intent != "shown_claim"


def test_every_count_the_verdict_states_is_traced_to_a_tool_result(offline_engine):
    answer = ask(offline_engine, "Combien de métiers dans la famille SI et transformation digitale ?", "ils sont tous émergents ?")[-1]
    assert answer.answer.startswith("Non : 3 des 9 métiers de la famille 07 – SI et transformation digitale ne sont pas au profil « Emergent »")
    assert any(call.name == "scoring.claim_on_jobs" and call.result["does_not_hold"] == 3 for call in answer.tool_calls)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # one job's profile said by its time: "avant", "au début" is PwC's qualification
        (["je suis chargée d'assistance", "avant j'étais non impactée c'est ça ?"],
         "Non : Chargé d'assistance (« En évolution ») n’est pas au profil « Non impacté ou de manière négligeable » selon PwC"),
        (["je suis infirmière d'assistance", "attends, au début c'était pas « non impacté » ?"],
         "Oui : Infirmier d'assistance est au profil « Non impacté ou de manière négligeable » selon PwC"),
        # the same score in both qualifications, of one job or of a set
        (["je suis formateur d'assistance", "il garde le même score dans les deux qualifs ?"],
         "Non : Formateur d'assistance (0,87 → 0,72) n’a pas le même score dans les deux qualifications"),
        # a set named with its article alone; "ne bougent pas" of a profile's jobs: they stay in it
        (["les métiers émergents", "donc les émergents ne bougent pas ?"],
         "Oui : tous les 8 sont au profil « Emergent » selon les experts métier"),
        # "que des" is all of them, whatever "y a" says
        (["les métiers émergents", "y a que des métiers coeur là dedans non ?"], "Non : aucun des 8 n’est un métier cœur d'assistance"),
        # a family said with its name
        (["les métiers émergents", "ils sont tous dans la famille SI ?"],
         "Non : 2 des 8 ne sont pas de la famille 07 – SI et transformation digitale : Statisticien / Data analyst (famille 10 – Valorisation de la donnée)"),
    ],
)
def test_claims_said_by_time_by_sameness_or_by_a_set_named_plainly(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.intent == "shown_claim"
    assert answer.answer.startswith(first), answer.answer[:300]


def test_a_question_asked_again_of_another_set_is_no_claim(offline_engine):
    *_, again = ask(offline_engine, "Top 5 des métiers les plus exposés selon PwC ?", "Combien de métiers cœur dans ce top 5 ?", "et dans le top 5 des experts ?")
    assert again.intent != "shown_claim"


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # the family in view is the set; what the sentence says of "un métier" is the claim
        (["le juriste", "Il y a un métier non impacté dans cette famille ?"],
         "Non, selon PwC comme selon les experts métier. Selon PwC, aucun des 4 métiers de la famille 13"),
        # the speaker's job and the one in view
        (["je suis statisticien", "et l'administrateur de base de données ?", "même famille que moi ?"],
         "Oui : les deux sont de la même famille, famille 10 – Valorisation de la donnée"),
    ],
)
def test_a_claim_within_the_family_in_view_or_against_the_speakers_job(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.answer.startswith(first), answer.answer[:300]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("le juriste est dans la famille Juridique, conformité, qualité et risques ?",
         "Oui : Juriste est de la famille 13 – Juridique, conformité, qualité et risques"),
        ("l'assistant administratif de plateaux est dans la famille Gestion d'assistance ?",
         "Non : Assistant administratif de plateaux (famille 01 – Opérations d'Assistance) n’est pas de la famille 04 – Gestion d'Assistance"),
    ],
)
def test_a_family_claimed_for_one_job_is_checked(offline_engine, question, first):
    assert offline_engine.ask(question).answer.startswith(first)


def test_a_claim_on_one_job_leaves_no_set_of_one_in_view(offline_engine):
    *_, emergent = ask(offline_engine, "le juriste est dans la famille Juridique, conformité, qualité et risques ?", "les métiers émergents")
    assert emergent.answer.startswith("Métiers au profil « Emergent » selon PwC : 8 métiers")


def test_one_job_said_out_of_a_top_n_is_checked_with_its_place(offline_engine):
    *_, out = ask(offline_engine, "les 5 plus exposés selon PwC", "donc le formateur sort du top 5 chez les experts ?")
    assert out.answer.startswith("Oui : Formateur d'assistance (0,72, 7e) n’est pas dans les 5 plus exposés selon les experts métier")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["les métiers émergents", "Tous les émergents ont gardé leur profil chez les experts ?"], "Oui : tous les 8 gardent leur profil"),
        (["top 10 selon PwC", "Tous ceux du top 10 sont en forte transformation ?"],
         "Non : 4 des 10 ne sont pas au profil « En forte transformation » selon PwC : Statisticien / Data analyst (« Emergent »)"),
        (["je suis chargée d'assistance", "je suis dans la moitié basse du classement c'est ça ?"],
         "Non selon PwC, oui selon les experts métier. Selon PwC, Chargé d'assistance (0,30, 26e) n’est pas dans la moitié la moins exposée"),
        (["je suis chargée d'assistance", "donc je descend de 19 places, c'est ça ?"],
         "Oui : Chargé d'assistance (26e → 45e, 19 places perdues) descend de 19 places dans le classement des experts"),
        (["le formateur", "Le formateur, il était mieux classé chez PwC non ?"], "Oui : Formateur d'assistance (2e → 7e, 5 places perdues) descend"),
        (["je suis infirmière d'assistance", "j'ai pris 4 places de plus chez les experts c'est ça ?"],
         "Non : Infirmier d'assistance (45e → 17e, 28 places gagnées) ne monte pas de 4 places"),
    ],
)
def test_profiles_kept_halves_and_moves_of_places(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.answer.startswith(first), answer.answer[:300]


def test_a_move_claimed_where_the_study_publishes_another_says_so(offline_engine):
    *_, claim = ask(offline_engine, "je suis chargé de gestion commerciale", "le tableau met +4 dans la colonne évolution, j'ai gagné 4 places ??")
    assert claim.answer.startswith("Non : Chargé de gestion commerciale (4e → 8e, 4 places perdues) ne monte pas de 4 places")
    assert "le tableau publie une évolution de +4 places, qui ne correspond pas à ses positions" in claim.answer and "incohérence du document" in claim.answer


def test_after_a_claim_on_one_job_that_job_is_in_view(offline_engine):
    *_, meaning = ask(offline_engine, "Je suis formateur d'assistance", "donc j'ai perdu 5 places c'est ça ?", "ça veut dire quoi pour moi ?")
    assert meaning.outcome == "answer" and "En forte transformation" in meaning.answer


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # none of them has it: "n’a", not "ne a"
        (["les 5 métiers les plus exposés selon PwC", "ils ont tous le même score dans les deux ?"],
         "Non : aucun des 5 n’a le même score dans les deux qualifications"),
        # a negative claim none of them bears out: they all are (not "aucun ne n’est pas")
        (["les métiers cœur", "ils ne sont pas cœur ?"], "Non : tous les 10 sont des métiers cœur d'assistance"),
    ],
)
def test_a_claim_false_of_every_job_shown_is_said_plainly(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # a count claimed of the jobs of the last claim
        (["je suis infirmière d'assistance", "ils sont tous cœur dans ma famille ?", "2 sur 3 alors ?"],
         "Oui : 2 des 3 métiers de la famille 02 – Activités médicales sont des métiers cœur"),
        (["je suis infirmière d'assistance", "ils sont tous cœur dans ma famille ?", "1 sur 3 alors ?"], "Non : 2 des 3"),
        # membership of the set in view, said in a longer or a negated turn
        (["c'est quoi les métiers coeur d'assistance exactement ?", "et le chargé d'accueil il en fait partie vu qu'il est 3e ?"],
         "Non : Chargé d'accueil d'assistance ne fait pas partie des métiers cœur"),
        (["Lesquels sont les métiers cœur ?", "Et le manager de proximité d'assistance n'en fait pas partie ?"],
         "Non : Manager de proximité d'assistance ne fait pas partie des métiers cœur"),
    ],
)
def test_claims_on_the_set_in_view_from_the_thirty_fifth_development_set(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)
