"""Claims on one or two jobs that used to get a card with no verdict (``steps/job_claims.py``): one job set against
another, a claim asked again of another job or qualification, a sheet said of a job, a whole family. The first
sentence says "Oui" or "Non", checked on the consolidated table."""

import pytest

from tests.turns import ask


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # one job against another: the job in view, the speaker's, a title said before or after the relation
        (["je suis chargé de réclamations clients", "et le spécialiste paramédical ?", "il est plus exposé que moi alors"],
         "Non : Spécialiste activités paramédicales n'est pas plus exposé que Chargé de réclamations clients"),
        (["je suis formateur d'assistance", "et le juriste ?", "et le chargé d'assistance est juste devant ?"],
         "Non, selon PwC comme selon les experts métier. Selon PwC, le plus exposé des deux est Juriste (0,38, 15e)"),
        (["compare le support technique et l'assistant administratif de plateaux", "et chez les experts ?", "donc le support passe devant ?"],
         "Oui : Support technique d'assistance (0,82, 5e) est le plus exposé des deux selon les experts métier"),
        (["le juriste", "il a le même score que le chargé de communication ?"],
         "Non, selon PwC comme selon les experts métier. Selon PwC, les deux n’ont pas le même score : Juriste (0,38) et Chargé de communication (0,44)"),
        (["compare le support technique et l'assistant administratif de plateaux", "ils ont le même profil ?"],
         "Non selon PwC, oui selon les experts métier."),
        # two at the same score: neither is more exposed than the other
        (["compare le chargé de communication et le gestionnaire des médias sociaux", "donc le gestionnaire passe devant ?"],
         "Non, selon PwC comme selon les experts métier. Selon PwC, les deux ont le même score"),
    ],
)
def test_one_job_set_against_another_gets_a_verdict(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["je suis gestionnaire de réseau prestataires", "on est métier coeur ?", "l'animateur de réseau aussi ?"],
         "Non : Animateur de réseau de prestataire n'est pas un métier cœur d'assistance"),
        (["le support technique a gagné 5 places ?", "le médecin 9 places ?"], "Oui, c'est exact d'après l'étude. Médecin d'assistance"),
        (["le médecin d'assistance", "c'est le métier coeur le plus exposé chez PwC ?", "et chez les experts ?"],
         "Non : d'après l'étude, le plus exposé des métiers cœur selon les experts métier est Gestionnaire de dossiers d'assistance (1,00, 1er sur 58)"),
        (["je suis support technique", "je suis dans le top 5 des experts alors ?", "et dans le top 10 de PwC ?"],
         "Oui, dans les 10 premiers. Support technique d'assistance : PwC 0,46, 10e sur 58"),
    ],
)
def test_a_claim_asked_again_of_another_subject_is_checked_the_same_way(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_a_bare_title_after_a_claim_is_still_that_job_s_card(offline_engine):
    # "le juriste ?" alone names a job without "aussi": its card, not the earlier claim
    answers = ask(offline_engine, "le chargé d'assistance est cœur ?", "le juriste ?")
    assert "**Juriste**" in answers[-1].answer and not answers[-1].answer.startswith(("Oui", "Non"))


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["C'est quoi les fiches de transformation ?", "il y en a une pour le chargé de gestion commerciale ?"],
         "Non : le métier Chargé de gestion commerciale n'a pas de fiche de transformation"),
        (["C'est quoi les fiches de transformation ?", "et l'assistant administratif, lui, il en a une ?"],
         "Oui : le métier Assistant administratif de plateaux a une fiche de transformation"),
        (["je suis chargée de réclamations", "et ma collègue chargée d'assistance ?", "on a une fiche de transfo toutes les 2 ?"],
         "Oui : les deux ont une fiche de transformation"),
    ],
)
def test_a_sheet_said_of_a_job_gets_a_verdict(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("tout le management est non impacté ?", "Oui, selon PwC comme selon les experts métier. Selon PwC, tous les 3 sont au profil « Non impacté"),
        ("toute la famille juridique est cœur ?", "Non : aucun des 4 métiers de la famille 13 – Juridique, conformité, qualité et risques n’est un métier cœur"),
        ("tout le pôle gestion d'assistance est en forte transfo ?", "Non, selon PwC comme selon les experts métier. Selon PwC, 2 des 3 métiers de la famille 04"),
    ],
)
def test_a_whole_family_said_to_be_something_is_checked_on_each_job(offline_engine, question, first):
    assert ask(offline_engine, question)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # the jobs in view, each one's move from PwC to the experts, first
        (["les métiers de la famille réseau de prestataires", "lequel est cœur d'assistance ?", "ils ont monté de combien ?"],
         "De PwC aux experts métier, Animateur de réseau de prestataire et Gestionnaire de réseau prestataires : 14 places gagnées"),
        (["les métiers RH", "et ils ont bougé avec les experts ?"], "Oui : de PwC aux experts métier, Chargé de recrutement"),
        # a past move of one job: its place, yes or no first
        (["le contrôleur de gestion il a bougé ?"], "Non. Contrôleur de gestion : selon les experts métier"),
        # a job said before the verb of a move
        (["je suis chargé de conciergerie", "et l'accueil a perdu combien de places avec les experts ?"], "Chargé d'accueil d'assistance : selon les experts métier"),
        # a number said with the subject of an item of the study: checked against it
        (["le programme de certif c'est l'action prioritaire 6 ?"], "Non : ce n'est pas la n° 6, c'est l'action prioritaire n° 5"),
        (["la gouvernance c'est l'axe 2 ?"], "En partie : l'axe 2 (Infrastructure et données) en parle"),
        # a year in an open question claims nothing; what to put in place in 2025 is the priority actions
        (["je suis chargé de méthodes et procédures", "ok et concrètement qu'est-ce que je mets en place en 2025 ?"], "Sélection de 6 actions prioritaire"),
    ],
)
def test_moves_of_the_jobs_in_view_and_numbered_items_said_with_their_subject(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1].answer
    assert answer.startswith(first), answer[:200]


def test_the_jobs_that_leave_then_enter_the_top_in_view(offline_engine):
    answers = ask(offline_engine, "donne moi le top 10 PwC", "et ceux qui sortent du top 10 chez les experts ?", "et ceux qui rentrent ?")
    assert answers[1].answer.startswith("Métiers qui sortent du top 10 avec les experts métier")
    assert "Chargé d'études" in answers[1].answer and "Chargé de méthodes" not in answers[1].answer
    assert answers[2].answer.startswith("Métiers qui entrent dans le top 10 avec les experts métier")
    assert "Chargé de méthodes et procédures" in answers[2].answer


def test_the_gap_asked_after_two_jobs_were_compared(offline_engine):
    answer = ask(offline_engine, "et le gestionnaire de dossiers vs le chargé d'assistance ?", "l'écart est de combien chez les experts ?")[-1]
    assert answer.answer.startswith("L'écart de score est de 0,83 selon les experts métier")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # "les 5 premiers" is a top 5, not "the first" (it was read as "is it the most exposed?": a wrong "Non")
        (["je suis chargée d'accueil", "je suis dans les 5 premiers alors ?"], "Oui, dans les 5 premiers selon PwC seulement."),
        (["je suis chargée d'accueil", "je suis dans les 2 premiers ?"], "Non. Selon PwC, Chargé d'accueil d'assistance (0,78, 3e) n’est pas dans les 2 plus exposés"),
        (["le juriste est dans les 5 premiers ?"], "Non"),
    ],
)
def test_a_place_among_the_first_n_is_checked_on_n(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # how exposed the job is, stated by the user: yes or no by the third of the ranking it sits in
        (["je suis formateur d'assistance", "donc je suis parmi les moins exposés ?"], "Non : "),
        (["je suis médecin d'assistance", "donc je suis parmi les moins exposés ?"], "Oui : "),
        (["je suis formateur d'assistance", "ah. 2e sur 58 c'est énorme non ?"], "Oui : "),
        # the two qualifications disagree (middle third for PwC, last third for the experts): not quite
        (["je suis chargée d'assistance", "je suis peu exposée ?"], "Pas tout à fait : "),
        # a negated claim: "ne me concerne pas ?" of a job among the most exposed is a no
        (["je suis juriste", "donc l'IA ne me concerne pas du tout ?"], "Non : "),
        (["je suis chargée d'assistance", "je suis 26e chez pwc, c'est bien ?"], "Oui, c'est exact"),
        # a figure checked is not a degree: "c'est bien ça ?" confirms it
        (["je suis formateur d'assistance", "je suis 2e chez PwC, c'est bien ça ?"], "Oui, c'est exact"),
    ],
)
def test_a_degree_of_exposure_stated_of_the_job_gets_yes_or_no(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["je suis chargé d'assistance", "le seul qui baisse vraiment c'est le chargé d'assistance ?"], "Non : ils sont 34 (métiers dont le score baisse"),
        (["je suis chargé d'assistance", "c'est le seul métier cœur dont le score baisse ?"], "Non : ils sont 4 (métiers cœur d'assistance, dont le score baisse"),
    ],
)
def test_the_only_one_of_a_set_claimed_of_a_job_is_counted(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # "on est les moins exposés de tous ?": the least exposed of all, not one of a bottom 5
        (["chargée de conciergerie, on est touché ?", "on est les moins exposés de tous ?"], "Non : ce n'est pas Chargé de conciergerie."),
        # "l'un des plus exposés": a degree, checked on the job's third
        (["et ma binôme chargée d'accueil ?", "Dommage, c'est pourtant l'un des plus exposés, non ?"], "Oui : **Chargé d'accueil d'assistance** est dans le tiers le plus exposé"),
        # one of the first five of a family, said of the job in view
        (["je suis chargé d'accueil", "c'est l'un des plus exposés de sa famille ?"], "Oui : Chargé d'accueil d'assistance en fait partie."),
    ],
)
def test_a_job_said_first_or_one_of_the_first(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["chargé de communication ?", "le chargé de com est ex aequo avec quelqu'un, non ?"],
         "Oui : selon PwC, Chargé de communication est à égalité de score avec Gestionnaire des médias sociaux."),
        (["le juriste ?", "il est ex aequo avec quelqu'un ?"], "Non : aucun autre métier n'a le même score que Juriste, ni selon PwC ni selon les experts métier."),
    ],
)
def test_a_tie_claimed_is_answered_yes_or_no(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)
