"""A person who describes their work instead of naming their title is told which job of the study that is."""

import pytest

from scoring.tasks import TASKS, TaskMatcher


def test_every_job_of_the_study_has_task_phrases(study):
    assert set(TASKS) == {job.id for job in study.jobs}


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("je prends les plaintes des assurés mécontents", "charge-de-reclamations-clients"),
        ("je fais les plannings et les prévisions d'appels du plateau", "planificateur-previsionniste"),
        ("je contrôle et je règle les factures des garagistes", "gestionnaire-des-factures-prestataires"),
        ("je réserve des hôtels et des restaurants pour nos clients premium", "charge-de-conciergerie"),
        ("je m'occupe des élections CSE et des relations sociales", "charge-des-affaires-sociales"),
        ("I handle customer complaints", "charge-de-reclamations-clients"),
    ],
)
def test_a_description_of_work_names_one_job(text, job):
    assert TaskMatcher().best(text) == job


@pytest.mark.parametrize("text", ["je travaille dans l'assistance", "je gère les clients", "on parle de formation ?"])
def test_a_description_too_vague_names_no_job(text):
    assert TaskMatcher().best(text) is None


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("je réponds aux plaintes des clients pas contents, mon poste est exposé ?",
         "Oui : dans l'étude, votre métier correspond à « Chargé de réclamations clients »"),
        ("moi je fais la planif des plateaux et les prévisions de volumes, et l'IA ?",
         "Dans l'étude, votre métier correspond à « Planificateur-Prévisionniste »"),
        ("et ma collègue qui gère les dossiers d'assistance ?", "**Gestionnaire de dossiers d'assistance**"),
    ],
)
def test_the_answer_says_which_job_the_description_names(offline_engine, question, first):
    assert offline_engine.ask(question).answer.startswith(first)


@pytest.mark.parametrize(
    "question",
    ["je suis dépanneur-remorqueur pour un assisteur, mon métier est dans l'étude ?",
     "pilote d'avion sanitaire pour les rapatriements : je suis dans l'étude ?"],
)
def test_a_title_the_study_lacks_is_not_replaced_by_a_described_job(offline_engine, question):
    assert "ne fait pas partie des 58 métiers" in offline_engine.ask(question).answer
