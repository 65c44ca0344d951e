"""A conversation keeps its thread through turns that name nothing: a family's leader then "et à l'inverse ?", a
count after a ranking, "et les autres ?", a handout after the family was narrowed down, "lequel de nous deux ?",
"c'est le plus exposé de tous alors ?" in the qualification in view."""

import pytest

from app.engine.guard import unsupported_numbers
from tests.turns import ask

FAMILY_01 = "quels sont les métiers de la famille Opérations d'Assistance ?"


def test_the_leader_of_a_family_is_said_first_and_not_as_if_the_whole_family_had_its_profile(offline_engine):
    *_, leader = ask(offline_engine, FAMILY_01, "et le plus exposé ?")
    assert leader.answer.startswith("Le métier le plus exposé parmi les métiers de la famille 01 – Opérations d'Assistance selon PwC "
                                    "est **Chargé d'accueil d'assistance** : 0,78")
    assert "tous au profil" not in leader.answer  # the family has three profiles; only its leader is shown


def test_a_count_after_the_least_exposed_counts_the_whole_set_and_lists_each_job(offline_engine):
    *_, experts, pwc = ask(offline_engine, FAMILY_01, "et le plus exposé ?", "et chez les experts ?", "et le moins exposé ?",
                           "combien sont en forte transformation ?", "et chez PwC ?")
    assert experts.answer.startswith("**3 des 7 (42,9 %)**")
    assert all(job in experts.answer for job in ("Support technique d'assistance", "Chargé d'accueil d'assistance", "Assistant administratif de plateaux"))
    assert pwc.answer.startswith("**2 des 7 (28,6 %)**") and "Chargé d'accueil d'assistance" in pwc.answer


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # the other end of the family in view, after a card picked from its ranking ("combien ?")
        (["Pour notre CSE : les métiers de la famille Ressources humaines sont-ils exposés ?", "et le plus exposé ?", "combien ?", "et à l'inverse ?"],
         "Le métier le moins exposé parmi les métiers de la famille 08 – Ressources humaines selon PwC est **Chargé des affaires sociales**"),
        # the core jobs ranked with the experts, turned round: the qualification is kept
        (["les métiers cœur avec leur score PwC", "et le plus exposé ?", "et chez les experts ?", "et à l'inverse ?"],
         "Le métier le moins exposé parmi les métiers cœur d'assistance selon les experts métier est **Médecin d'assistance** : 0,16"),
        # places gained, then the second, then the other way: places lost
        (["Quel métier a gagné le plus de places entre PwC et les experts ?", "et le 2e ?", "et à l'inverse ?"],
         "Le métier qui a perdu le plus de places entre la qualification PwC et celle des experts métier est **Chargé d'assistance** : 19 places perdues"),
    ],
)
def test_the_other_way_round_turns_the_ranking_in_view(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_the_others_are_the_rest_of_the_set_in_the_qualification_in_view(offline_engine):
    *_, others = ask(offline_engine, "Quels métiers compte la famille Juridique, conformité, qualité et risques ?", "et le plus exposé ?",
                     "combien ?", "et chez les experts ?", "et les autres ?")
    assert others.answer.startswith("Les 3 métiers de la famille 13 – Juridique, conformité, qualité et risques (autres que Juriste)")
    assert "**Juriste**" not in others.answer and "**Auditeur**" in others.answer
    *_, rest = ask(offline_engine, "Combien de métiers cœur ont vu leur score augmenter avec les experts ?", "lesquels ?", "et les autres ?")
    assert rest.answer.startswith("Les 4 métiers cœur d'assistance (hors ceux déjà cités)")
    assert all(job in rest.answer for job in ("Formateur d'assistance", "Chargé d'assistance", "Chargé de réclamations clients"))
    assert not unsupported_numbers(rest.answer, rest)


def test_a_handout_after_the_family_was_narrowed_hands_out_the_family(offline_engine):
    *_, sheet = ask(offline_engine, "Famille Pilotage comptable et financier : quels métiers ?", "et le plus exposé ?",
                    "et à l'inverse ?", "fais-moi une fiche pour le CSE")
    assert sheet.intent == "handout"
    assert all(job in sheet.answer for job in ("Actuaire / Tarificateur", "Chargé de comptabilité", "Acheteur", "Contrôleur de gestion"))


def test_after_a_handout_a_follow_up_works_on_the_set_it_was_made_of(offline_engine):
    *_, least, core = ask(offline_engine, "Quels métiers compte la famille Commercial, marketing, communication ?", "fais-moi une fiche pour le CSE",
                          "et le moins exposé ?", "et parmi les métiers cœur ?")
    assert "**Responsable expérience client**" in least.answer.split("\n")[0]
    # that family has no core job: said, then the least exposed of the core jobs
    assert core.answer.startswith("La famille 06 – Commercial, marketing, communication ne compte aucun métier cœur d'assistance")
    assert "**Médecin d'assistance** : 0,06" in core.answer


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # "nous deux" is the speaker's job and the colleague's, not the leader shown in between
        (["gestionnaire de dossiers d'assistance ici, l'ia ça me concerne ?", "c'est le plus exposé de tous alors ?",
          "et ma collègue qui est chargée de réclamations clients ?", "lequel de nous deux est le plus exposé ?"],
         "Des deux métiers, celui le plus exposé selon PwC est **Gestionnaire de dossiers d'assistance**"),
        # one score for both: a tie, which the places alone break
        (["je suis gestionnaire de réseau prestataires et mon binôme est animateur de réseau de prestataire", "lequel de nous deux est le plus exposé ?"],
         "Les deux sont à égalité selon PwC : **Animateur de réseau de prestataire** et **Gestionnaire de réseau prestataires** ont le même score, 0,37"),
    ],
)
def test_which_of_us_two(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_the_leader_claimed_of_the_job_in_view_is_checked_in_the_qualification_in_view(offline_engine):
    *_, claim = ask(offline_engine, "gestionnaire de dossiers d'assistance, l'ia ça me concerne ?", "et chez les experts ?", "c'est le plus exposé de tous alors ?")
    assert claim.answer.startswith("Oui : le métier le plus exposé selon les experts métier est **Gestionnaire de dossiers d'assistance** : 1,00")
    *_, switched = ask(offline_engine, "je suis data analyst, je suis exposé comment ?", "c'est le plus exposé de tous selon PwC ?", "et chez les experts ?")
    # the job claimed is not the leader there: its own row is traced like the leader's
    assert switched.answer.startswith("Non : le métier le plus exposé selon les experts métier est **Gestionnaire de dossiers d'assistance**")
    assert "Statisticien / Data analyst est 2e sur 58 (0,97)" in switched.answer
    assert not unsupported_numbers(switched.answer, switched)


def test_the_whole_family_claimed_in_one_profile_is_checked(offline_engine):
    *_, claim = ask(offline_engine, "les métiers de la famille Ressources humaines ?", "et le plus exposé ?", "donc toute la famille est en évolution ?")
    assert claim.answer.startswith("Oui")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # the survey: another finding named in a follow-up, then a recommendation named by its word
        (["on en est où dans les entreprises côté formation ?", "et ça c'est combien en % ceux qui n'ont aucune règle ?"],
         "- **Des règles d'utilisation peu formalisées ou encore largement informelles** : 36%"),
        (["on en est où dans les entreprises côté formation ?", "et les managers, il y a quelque chose pour eux ?"],
         "Oui : l'étude recommande sur ce point : « Accompagner les managers »"),
        (["Quelles formations recommande l'étude ?", "et les managers, il y a quelque chose pour eux ?"],
         "Oui : l'étude recommande sur ce point : « Accompagner les managers »"),
        # a recommendation's words win over a priority action's when both hold them
        (["Quelles formations recommande l'étude ?", "et les passerelles métiers ?"],
         "L'étude ne nomme pas de passerelles précises d'un métier vers un autre : elle recommande de « Soutenir les passerelles métiers"),
        (["On en est où dans les entreprises de l'assistance sur l'IA générative ?"], "Enseignements clés de la consultation des sociétés d'assistance"),
        # "concrètement" after an axis: its items; the next priority action after a detour
        (["Quels sont les 5 axes de préconisations ?", "et le 4e ?", "c'est quoi concrètement ?"], "**Axe 4 : Parcours de formation et évolution**"),
        (["Quelles sont les 6 actions prioritaires ?", "et la 2e, c'est quoi concrètement ?", "c'est quoi les livrables ?", "et la suivante ?"],
         "L'action prioritaire n° 3 : Formaliser collectivement une charte"),
        (["Quelles sont les 6 actions prioritaires ?", "et la 2e ?", "il y a un outil pour ça ?"], "Les partenaires sociaux peuvent s'appuyer sur l'initiative DIAL-IA"),
        # who made the experts' qualification is the method's, not who made the study
        (["combien de compétences par métier ?", "et qui a fait la 2e qualification ?"], "Une première qualification de l'exposition des métiers"),
    ],
)
def test_follow_ups_on_the_study_s_topics(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_english_follow_ups_keep_the_family_and_the_claim(offline_engine):
    family = ask(offline_engine, "We're preparing a DIAL-IA social dialogue. In the Gestion d'Assistance family, which job is the most exposed?")[-1]
    assert "**Gestionnaire de dossiers d'assistance**" in family.answer.split("\n\n")[1]
    *_, dropped = ask(offline_engine, "Hi, I work as a formateur d'assistance, is my job at risk?", "and according to the business experts?", "so I dropped 5 places?")
    assert dropped.answer.split("\n\n")[1].startswith("Oui")


def test_a_colleague_said_calmer_is_compared_with_the_speaker_and_my_family_stays_mine(offline_engine):
    *_, calmer, family = ask(offline_engine, "je suis formatrice d'assistance", "et ma collègue qui est restée chargée de formation, elle est plus tranquille ?",
                             "et je suis dans quelle famille ?")
    assert calmer.answer.startswith("Oui : Chargé de formation est moins exposé que Formateur d'assistance")
    assert family.answer.startswith("Formateur d'assistance fait partie de la famille 03")


def test_the_trade_of_a_relative_is_absent_when_the_study_lacks_it(offline_engine):
    *_, sister = ask(offline_engine, "je suis chargée d'assistance", "et ma sœur qui est hôtesse de l'air ?")
    assert sister.outcome == "absent_job" and sister.answer.startswith("« hôtesse de l'air » ne fait pas partie des 58 métiers")
    # a colleague said to be somewhere is no trade
    assert ask(offline_engine, "je suis chargée d'assistance", "et ma collègue qui est dans la même famille ?")[-1].outcome != "absent_job"


def test_the_skills_most_touched_in_my_job_say_what_the_summary_does_not_give_then_what_it_does(offline_engine):
    *_, skills = ask(offline_engine, "Je suis chargée de communication", "et pour revenir à mon métier, c'est quoi les compétences les plus touchées ?")
    assert skills.answer.startswith("La synthèse de l'étude ne détaille pas les compétences touchées métier par métier. Pour un métier au profil « En évolution »")
    assert "résumer" in skills.answer


def test_better_paid_is_a_salary_question(offline_engine):
    *_, pay = ask(offline_engine, "Je suis chargée de communication", "c'est mieux payé community manager ?")
    assert pay.outcome == "out_of_scope" and pay.answer.startswith("L'étude ne traite pas des salaires")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["Le chargé d'assistance est-il plus ou moins exposé que les autres métiers de sa famille Opérations d'Assistance ?"],
         "Selon PwC, Chargé d'assistance est 4e des 7 métiers de la famille 01 – Opérations d'Assistance (0,30) ; le plus exposé est Chargé d'accueil d'assistance (0,78)"),
        (["je suis gestionnaire de réseau prestataires, je suis plus ou moins exposé que les autres de ma famille ?"],
         "Selon PwC, Gestionnaire de réseau prestataires est à égalité avec Animateur de réseau de prestataire, le plus haut score des 2 métiers de la famille 05"),
        (["Le formateur d'assistance est-il le plus exposé de sa famille Support et organisation d'Assistance ?"],
         "Oui, selon PwC comme selon les experts métier. Selon PwC, Formateur d'assistance (0,87, 2e) est le plus exposé des 4"),
        # the family's leader asked, not the job's place
        (["ok prends chargé d'assistance", "et le plus exposé de cette famille chez PwC ?"],
         "Le métier le plus exposé parmi les métiers de la famille 01 – Opérations d'Assistance selon PwC est **Chargé d'accueil d'assistance**"),
    ],
)
def test_a_job_within_its_family(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["je suis médecin d'assistance, l'IA c'est pour moi ?", "55e c'est bien ça ?"], "Oui, c'est exact d'après l'étude. Médecin d'assistance"),
        (["La 6e action prioritaire consiste à s'appuyer sur l'OPCO Atlas pour mutualiser les ressources ?"], "Oui : c'est l'action prioritaire n° 6"),  # "n° 6" is no negation
        (["Comment l'étude définit-elle les métiers « en évolution » ?"], "- **En évolution** : Ils sont faiblement ou modérément impactés"),
        (["Quelles sont les 6 actions prioritaires ?", "pour quand ?"], "Sélection de 6 actions prioritaire à engager en 2025"),
        (["ChatGPT Enterprise ou Mistral, vous conseillez quoi ?", "et pour les managers, l'étude prévoit quelque chose ?"],
         "Oui : l'étude recommande sur ce point : « Accompagner les managers »"),
        # a set asked for a meeting is answered (it prints like any answer), not a sheet of the jobs in view
        (["Pour un support de réunion, je veux le top 10 de la qualification experts."], "Les 10 métiers les plus exposés selon les experts métier"),
        # a colleague named by her department; three cards then "lequel des trois"
        (["chargé de reclamation client, sa craint ?", "et ma collegue de l'accueil ?", "et la formatrice ?", "lequel des trois est le moins exposé ?"],
         "Des 3 métiers, celui le moins exposé selon PwC est **Chargé de réclamations clients**"),
        # "s'en sort le mieux" is the less exposed; "et moi" after the boss's card is the speaker
        (["chargée d'études RH, je suis exposée ?", "et ma voisine chargée d'études tout court ?", "laquelle de nous deux s'en sort le mieux ?"],
         "Des deux métiers, celui le moins exposé selon PwC est **Chargé d'études RH**"),
        (["je suis chargé de conciergerie, tranquille ?", "et mon chef, responsable de pôle d'assistance ?", "ok et moi chez les experts je bouge ?"],
         "Non. Chargé de conciergerie : selon les experts métier"),  # "bouger" is a place: 56e in both (the score loses 0,01)
        (["Famille Juridique, conformité, qualité et risques contre famille Pilotage comptable et financier : laquelle est la plus exposée ?"],
         "Selon PwC, la famille 11 – Pilotage comptable et financier est en moyenne la plus exposée"),
    ],
)
def test_claims_definitions_and_people_in_a_thread(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1].answer
    assert answer.startswith(first), answer[:200]


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (["chargé de méthodes et procédures ici, on a vraiment fait +29 places ?"], "Oui, c'est exact d'après l'étude. Chargé de méthodes et procédures"),
        (["je suis chargé d'assistance", "et j'ai fait -10 places ?"], "Non : d'après l'étude, ce n'est pas 10 places"),
        (["je suis chargé d'assistance", "note-moi pour le CSE ses deux scores et ses deux rangs"], "Voici la fiche de « Chargé d'assistance »"),
        (["C'est quoi DIAL-IA exactement ?", "le deuxième livrable, il sert à quoi ?"], "Les partenaires sociaux peuvent s'appuyer sur l'initiative DIAL-IA"),
        # "quelque part" is no share
        (["l'étude parle de passerelles quelque part ?"], "L'étude ne nomme pas de passerelles précises d'un métier vers un autre"),
        # a table of the profiles' shares for a meeting is the shares, not a sheet of the jobs in view
        (["quels métiers sont non impactés selon PwC ?", "Mets-moi les parts des 4 profils dans un tableau, PwC et experts côte à côte, pour la réunion"],
         "Les scores d'exposition consolidés à la maille métier sont mobilisés pour classifier les 58 métiers"),
    ],
)
def test_signed_moves_notes_for_a_meeting_and_deliverables(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1].answer
    assert answer.startswith(first), answer[:200]


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # a count claimed of the set in view, in one qualification or as the gap between the two
        (["quels métiers sont en forte transformation selon PwC ?", "ça fait 6 c'est ça ?"], "Oui : 6 métiers selon PwC"),
        (["quels métiers sont en forte transformation selon PwC ?", "ça fait 6 c'est ça ?", "et 4 de plus chez les experts ?"],
         "Oui : 6 selon PwC et 10 selon les experts métier, soit 4 métiers de plus chez les experts"),
        (["les métiers de la famille RH", "ça fait 5 non ?"], "Non : 6 métiers (métiers de la famille 08 – Ressources humaines)"),
        # a gap of none is a figure read off the two counts, traced like them (it used to be dropped by the guard)
        (["combien de métiers cœur ?", "et 2 de plus chez les experts ?"], "Non : 10 selon PwC et 10 selon les experts métier, soit 0 métier de plus"),
        # "8 métiers émergents" is a count of that set, not of the 58
        (["il y a 8 métiers émergents ?"], "Oui, c'est exact d'après l'étude"),
        (["il y a 9 métiers émergents ?"], "Non : d'après l'étude, c'est 8 métiers, pas 9 métiers"),
        # a year said in passing is no claim; a wrong year is
        (["Les 6 actions prioritaires sont à engager en 2024 ?"], "Non : d'après l'étude, c'est 2025, pas 2024"),
        # the threshold of the set in view echoed back is no "Oui"
        (["quels métiers dépassent 0,80 chez les experts ?", "et parmi eux les métiers cœur ?", "ils dépassaient déjà 0,80 chez PwC ?"], "Non :"),
        # a family named by its full name after "dans"
        (["dans Opérations d'assistance, les 3 plus exposés chez les experts ?"],
         "Les 3 métiers les plus exposés parmi les métiers de la famille 01 – Opérations d'Assistance selon les experts métier"),
        # a share is no count
        (["quels métiers sont émergents ?", "et 68 % ?"], "68 % est, dans l'étude, un résultat de la consultation"),
    ],
)
def test_counts_and_years_claimed(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1].answer
    assert answer.startswith(first), answer[:200]


def test_the_others_after_one_job_s_card_are_asked_back_with_choices_that_work(offline_engine):
    *_, asked = ask(offline_engine, "je suis juriste", "et les autres ?")
    assert asked.outcome == "clarify" and asked.answer.startswith("Les autres métiers de quel ensemble")
    assert len(asked.choices) == 3
    for choice in asked.choices:  # each choice, sent as the next message, is answered
        assert offline_engine.ask(choice).outcome == "answer", choice


def test_the_others_after_a_job_s_place_in_its_family_are_the_family_s_other_jobs(offline_engine):
    *_, others = ask(offline_engine, "je suis chargée d'accueil d'assistance", "je suis la plus exposée de ma famille ?", "et les autres ?")
    assert others.answer.startswith("Les 6 métiers de la famille 01 – Opérations d'Assistance (autres que Chargé d'accueil d'assistance)")


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # "mis plus haut" is a rise with the experts, checked on the card
        (["infirmiere d'assistance ici, ya un risque pour moi ?", "et chez les experts ?", "donc les experts l'ont mis plus haut ?"],
         "Oui, c'est exact d'après l'étude. Infirmier d'assistance"),
        # "pire que le mien" is more exposed than the speaker's job
        (["infirmiere d'assistance ici, ya un risque pour moi avec l ia ?", "et pour ma collègue médecin ?", "c'est pire que le mien alors ?"],
         "Non : Médecin d'assistance n'est pas plus exposé qu'Infirmier d'assistance"),
        # the record of places claimed as a superlative, either way, then the second of that ranking
        (["Top 5 des métiers les plus exposés selon PwC ?", "le formateur est sorti du top 5 ?", "c'est lui qui a perdu le plus de places ?"],
         "Non : d'après l'étude, la plus forte baisse est celle de Chargé d'assistance (19 places)"),
        (["je suis chargé de méthodes et procédures", "c'est celui qui a gagné le plus de places ?", "et le 2e ?"],
         "2e de ce classement : **Infirmier d'assistance** (28 places gagnées"),
        # a colleague's title in quotes
        (["je suis chargé d'accueil", "et ma collègue qui est juste 'assistante' ?"], "**Assistant** (famille 12"),
    ],
)
def test_claims_on_what_was_just_said(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1].answer
    assert answer.startswith(first), answer[:200]


def test_the_place_among_the_core_jobs(offline_engine):
    answer = ask(offline_engine, "je suis chargé d'assistance", "je suis à quel rang parmi les cœur chez les experts ?")[-1].answer
    assert answer.startswith("Selon les experts métier, Chargé d'assistance est 9e des 10 métiers cœur d'assistance (0,17)")
