"""A follow-up that points at the job (or jobs) in view with a pronoun is read with them written out."""

import pytest

from app.engine import Conversation
from app.engine.understanding import explicit
from tests.turns import ask


def test_the_pronoun_is_replaced_by_the_title_it_points_at():
    assert explicit.made_explicit("mais je reste en forte transformation ?", ["Formateur d'assistance"], "first") == (
        "mais Formateur d'assistance reste en forte transformation ?"
    )
    assert explicit.made_explicit("il a perdu des places ?", ["Juriste"], "third") == "Juriste a perdu des places ?"
    assert explicit.made_explicit("ils sont dans quelle famille ?", ["Juriste", "Auditeur"], "plural") == (
        "Juriste et Auditeur sont dans quelle famille ?"
    )
    assert explicit.made_explicit("et la suite ?", ["Juriste"], "third") is None


@pytest.mark.parametrize(
    ("text", "jobs", "expected"),
    [
        ("je reste en forte transformation ?", ["juriste"], (["juriste"], "first")),
        ("il a perdu des places ?", ["juriste"], (["juriste"], "third")),
        ("ils sont cœur ?", ["juriste", "auditeur"], (["juriste", "auditeur"], "plural")),
        ("et il y a combien de métiers cœur ?", ["juriste"], None),  # an impersonal "il"
        ("elle dit quoi, l'étude, sur la formation ?", ["juriste"], None),  # the study, not the job
        ("il a perdu des places ?", [], None),  # nothing in view
    ],
)
def test_what_a_pronoun_points_at(text, jobs, expected):
    assert explicit.referent(text, Conversation(jobs=jobs)) == expected


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (
            ["je suis formateur d'assistance", "mais je reste en forte transformation ?"],
            "Oui, c'est exact d'après l'étude. Formateur d'assistance",
        ),
        (
            ["je suis chargé de méthodes et procédures", "du coup je change de catégorie ?"],
            "Oui : de « En évolution » (PwC) à « En forte transformation » (experts métier)",
        ),
        (
            [
                "chargé de gestion commerciale, mon score stp",
                "le tableau met +4 dans la colonne évolution, j'ai gagné 4 places ??",
            ],
            "Non : Chargé de gestion commerciale (4e → 8e, 4 places perdues) ne monte pas de 4 places",
        ),
    ],
)
def test_a_claim_about_the_speakers_job_read_as_a_set_gets_its_verdict(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_the_jobs_of_a_comparison_are_who_they_point_at(offline_engine):
    answer = ask(
        offline_engine,
        "Quelle est la différence entre Chargé de méthodes et procédures et Animateur de réseau de prestataire ?",
        "ils sont dans quelle famille ?",
    )[-1].answer
    assert "**03 – Support et organisation d'Assistance** : Chargé de méthodes" in answer and "**05 – Réseau de prestataires** : Animateur" in answer


@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        (["je suis chargée d'assistance", "et il y a combien de métiers cœur ?"], "**10 métiers** sur 58"),
        (["je bosse au service réclamations", "on va me former ?", "et si je veux changer de métier ?"], "passerelles"),
        (
            ["je suis formateur d'assistance", "y a pire que moi parmi les métiers coeur ?"],
            "Gestionnaire de dossiers d'assistance",
        ),
    ],
)
def test_a_turn_read_on_its_own_terms_is_not_rewritten(offline_engine, turns, kept):
    assert kept in ask(offline_engine, *turns)[-1].answer


def test_the_speakers_job_asked_again_after_another_one(offline_engine):
    answer = ask(offline_engine, "je suis formateur d'assistance", "2e sur 58 ?! c'est qui le premier ?", "et moi, chez les experts ?")[-1].answer
    assert answer.startswith("**Formateur d'assistance**") and "0,72, 7e sur 58" in answer


def test_the_speakers_job_against_another_one_named(offline_engine):
    answer = ask(offline_engine, "je suis chargé de réclamations clients", "et mon score ?", "donc je suis plus exposé que le formateur ?")[-1].answer
    assert answer.startswith("Non selon PwC : Chargé de réclamations clients (0,49, 8e) est moins exposé que Formateur d'assistance")


def test_the_speakers_family_against_another_jobs(offline_engine):
    answer = ask(offline_engine, "je bosse comme spécialiste paramédical dans une boîte d'assistance, ça donne quoi ?",
                 "on est dans la même famille que les infirmiers ?")[-1].answer
    assert answer.startswith("Oui : ils sont dans la même famille") and "Spécialiste activités paramédicales" in answer


@pytest.mark.reader_failure_expected
def test_a_reader_step_that_fails_is_skipped_and_the_question_still_answered(offline_engine, monkeypatch, caplog):
    def broken(text, conversation, plan):
        raise IndexError("list index out of range")

    broken.__name__ = "broken"
    reader = offline_engine.reader
    monkeypatch.setattr(reader, "steps", (broken, *reader.steps))
    answer = offline_engine.ask("quel est le score du juriste ?")
    assert "0,38" in answer.answer and "reader step broken failed" in caplog.text


@pytest.mark.parametrize(
    ("turns", "not_said"),
    [
        (["le juriste", "je me demande si tous les métiers de la famille 07 sont émergents ?"], "Juriste"),  # a hedge, not the speaker
        (["je suis juriste", "je voudrais savoir si les métiers cœur sont en forte transformation ?"], "Juriste"),
        (["je suis manager de proximité d'assistance", "mes équipes sont en forte transformation ?"], "Non"),  # their teams' jobs
    ],
)
def test_a_first_person_that_is_not_the_speakers_job_is_not_rewritten(offline_engine, turns, not_said):
    assert not_said not in ask(offline_engine, *turns)[-1].answer.split("\n")[0]


def test_a_job_said_beside_a_question_is_the_speakers_only_when_they_say_so(offline_engine):
    answer = ask(offline_engine, "je travaille avec un juriste, il gagne combien ?", "et mon exposition ?")[-1].answer
    assert "Juriste" not in answer


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # a claim on a figure of the job in view, with no pronoun to replace
        (["donne moi le score du chargé d'assistance", "arrête de mentir, c'est 0,90 en vrai"], "Non : d'après l'étude, ce n'est pas 0,90"),
        (["je suis chargée de méthodes et procédures", "hein ?? j'étais 38e et maintenant 9e ?"], "Oui, c'est exact"),
        (["je suis au support technique d'assistance", "du coup on a monté de combien de places"], "Support technique d'assistance : selon les experts métier"),
    ],
)
def test_a_turn_that_leaves_its_job_out_is_read_with_the_job_in_view(offline_engine, turns, first):
    answer = ask(offline_engine, *turns)[-1]
    assert answer.outcome == "answer" and answer.answer.startswith(first)


@pytest.mark.parametrize(
    "turns",
    [
        # a topic of the study asked after a job is not that job's card
        ["je suis chargée de formation", "ça veut dire quoi sensibilisation ici ?"],
        ["je suis chargé de réclamations clients", "c'est quoi concrètement les 38 % ?"],
        # two jobs in view: "ce sont les mêmes ?" is about both, not the first
        ["compare gestionnaire de réseau prestataires et animateur de réseau de prestataire", "donc ce sont exactement les mêmes ?"],
    ],
)
def test_the_job_in_view_is_not_written_into_a_turn_about_something_else(offline_engine, turns):
    answer = ask(offline_engine, *turns)[-1]
    assert not (answer.intent == "job" and answer.answer.startswith("**"))


def test_a_turn_after_two_jobs_compared_is_read_of_both(offline_engine):
    answer = ask(offline_engine, "compare gestionnaire de réseau prestataires et animateur de réseau de prestataire", "donc ce sont exactement les mêmes ?")[-1]
    assert "Gestionnaire de réseau prestataires" in answer.answer and "Animateur de réseau de prestataire" in answer.answer
    assert "cœur" in answer.answer  # what sets them apart: one is a core job


def test_the_assistant_s_own_tastes_are_not_read_as_a_comparison_of_the_jobs_in_view(offline_engine):
    answer = ask(offline_engine, "compare le chef de produit marketing et l'ux designer", "tu préfères quoi toi, mac ou pc ?")[-1]
    assert answer.outcome == "out_of_scope"


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        # "moi" is the job a conversation opened with, said as a sentence of its own before the question
        (["médecin régulateur en société d'assistance. franchement ce classement c'est du pipeau non ?",
          "et le spécialiste paramédical, il est où dans le tableau ?", "il est plus exposé que moi alors"],
         "Oui : Spécialiste activités paramédicales est plus exposé que Médecin d'assistance"),
        # a colleague's job ("avec qui je bosse") is not the speaker's
        (["je suis infirmière d'assistance", "et le médecin régulateur avec qui je bosse ?", "donc il est moins exposé que moi ?"],
         "Oui : Médecin d'assistance est moins exposé qu'Infirmier d'assistance"),
    ],
)
def test_me_is_the_speakers_job_and_not_a_colleagues(offline_engine, turns, first):
    assert ask(offline_engine, *turns)[-1].answer.startswith(first)


def test_a_title_set_aside_is_not_read_into_the_one_said(offline_engine):
    said, core = ask(offline_engine, "assistante administrative plateau, exposée ?", "non pardon je suis juste 'Assistant', pas de plateau", "donc il est cœur ?")[1:]
    assert said.answer.startswith("Votre métier, **Assistant**,")
    assert core.answer.startswith("Non : Assistant n'est pas un métier cœur")


def test_a_person_the_turn_introduces_is_not_the_job_in_view(offline_engine):
    # "elle" is the sister just introduced, whose job the study lacks: not the speaker's job card again
    answer = ask(offline_engine, "je fais de l'accueil tel dans une societe d'assistance, mon poste il est touché par l'ia?",
                 "et ma soeur qui est caissière chez Carrefour elle risque quoi ?")[-1]
    assert answer.outcome == "absent_job" and answer.answer.startswith("« caissière » ne fait pas partie des 58 métiers")
