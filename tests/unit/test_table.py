"""The consolidated table, pinned row by row, checked against the source text and against invariants."""

import pytest

from knowledge.schema import Qualification
from knowledge.source import SourceText

# (family, job, core, PwC score, PwC rank, PwC profile prefix, expert score, expert rank, published change,
#  expert profile prefix), in the order of the study's table. Read off the PDF text by a person.
GOLDEN = [
    ("10", "Statisticien / Data analyst", False, 1.0, 1, "Emerge", 0.97, 2, -1, "Emerge"),
    ("03", "Formateur d'assistance", True, 0.87, 2, "En for", 0.72, 7, -5, "En for"),
    ("01", "Chargé d'accueil d'assistance", False, 0.78, 3, "En for", 0.76, 6, -3, "En for"),
    ("06", "Chargé de gestion commerciale", False, 0.71, 4, "En for", 0.69, 8, 4, "En for"),
    ("04", "Gestionnaire de dossiers d'assistance", True, 0.67, 5, "En for", 1.0, 1, 4, "En for"),
    ("01", "Assistant administratif de plateaux", True, 0.6, 6, "En for", 0.58, 10, -4, "En for"),
    ("12", "Chargé d'études", False, 0.54, 7, "En for", 0.52, 11, 4, "En for"),
    ("04", "Chargé de réclamations clients", True, 0.49, 8, "En évo", 0.47, 12, -4, "En évo"),
    ("11", "Actuaire / Tarificateur", False, 0.48, 9, "En évo", 0.47, 13, -4, "En évo"),
    ("01", "Support technique d'assistance", True, 0.46, 10, "En évo", 0.82, 5, 5, "En for"),
    ("12", "Assistant", False, 0.45, 11, "En évo", 0.44, 14, -3, "En évo"),
    ("06", "Gestionnaire des médias sociaux", False, 0.44, 12, "En évo", 0.43, 15, -3, "En évo"),
    ("06", "Chargé de communication", False, 0.44, 13, "En évo", 0.43, 16, -3, "En évo"),
    ("06", "Chef de produit marketing", False, 0.39, 14, "En évo", 0.38, 18, -4, "En évo"),
    ("13", "Juriste", False, 0.38, 15, "En évo", 0.37, 19, -4, "En évo"),
    ("13", "Analyste conformité, contrôle interne et risques", False, 0.37, 16, "En évo", 0.36, 20, -4, "En évo"),
    ("05", "Animateur de réseau de prestataire", False, 0.37, 17, "En évo", 0.86, 3, 14, "En for"),
    ("05", "Gestionnaire de réseau prestataires", True, 0.37, 18, "En évo", 0.86, 4, 14, "En for"),
    ("04", "Gestionnaire des factures prestataires", False, 0.35, 19, "En évo", 0.34, 21, -2, "En évo"),
    ("08", "Gestionnaire paie et administration du personnel", False, 0.35, 20, "En évo", 0.34, 22, -2, "En évo"),
    ("11", "Chargé de comptabilité", False, 0.35, 21, "En évo", 0.34, 23, -2, "En évo"),
    ("06", "UX / UI designer", False, 0.35, 22, "En évo", 0.34, 24, -2, "En évo"),
    ("11", "Acheteur", False, 0.34, 23, "En évo", 0.33, 25, -2, "En évo"),
    ("07", "Administrateur réseaux et système", False, 0.32, 24, "Emerge", 0.31, 26, -2, "Emerge"),
    ("10", "Administrateur de base de données", False, 0.32, 25, "Emerge", 0.31, 27, -2, "Emerge"),
    ("01", "Chargé d'assistance", True, 0.3, 26, "En évo", 0.17, 45, -19, "En évo"),
    ("07", "Chef de projet informatique", False, 0.3, 27, "Emerge", 0.29, 28, -1, "Emerge"),
    ("06", "Commercial clients entreprises", False, 0.29, 28, "En évo", 0.28, 29, -1, "En évo"),
    ("13", "Auditeur", False, 0.28, 29, "En évo", 0.28, 30, -1, "En évo"),
    ("07", "Spécialiste cybersécurité", False, 0.28, 30, "Emerge", 0.27, 31, -1, "Emerge"),
    ("08", "Chargé de recrutement", False, 0.27, 31, "En évo", 0.27, 32, -1, "En évo"),
    ("08", "Chargé de formation", False, 0.27, 32, "En évo", 0.27, 33, -1, "En évo"),
    ("08", "Chargé d'études RH", False, 0.27, 33, "En évo", 0.27, 34, -1, "En évo"),
    ("08", "Généraliste RH", False, 0.27, 34, "En évo", 0.27, 35, -1, "En évo"),
    ("08", "Chargé des affaires sociales", False, 0.26, 35, "En évo", 0.25, 36, -1, "En évo"),
    ("07", "Informaticien d'étude et développement", False, 0.26, 36, "Emerge", 0.25, 37, -1, "Emerge"),
    ("03", "Planificateur-Prévisionniste", False, 0.26, 37, "En évo", 0.25, 38, -1, "En évo"),
    ("03", "Chargé de méthodes et procédures", True, 0.24, 38, "En évo", 0.68, 9, 29, "En for"),
    ("11", "Contrôleur de gestion", False, 0.24, 39, "En évo", 0.23, 39, 0, "En évo"),
    ("06", "Responsable expérience client", False, 0.24, 40, "En évo", 0.23, 40, 0, "En évo"),
    ("07", "Technicien informatique", False, 0.23, 41, "En évo", 0.23, 41, 0, "En évo"),
    ("02", "Spécialiste activités paramédicales", False, 0.22, 42, "En évo", 0.21, 42, 0, "En évo"),
    ("13", "Chargé de la qualité", False, 0.21, 43, "En évo", 0.2, 43, 0, "En évo"),
    ("12", "Chef de projet", False, 0.19, 44, "En évo", 0.18, 44, 0, "En évo"),
    ("02", "Infirmier d'assistance", True, 0.14, 45, "Non im", 0.41, 17, 28, "En évo"),
    ("07", "Paramètreur d'applicatifs métiers", False, 0.13, 46, "Emerge", 0.13, 47, -1, "Emerge"),
    ("07", "Responsable de la sécurité du système d'information", False, 0.13, 47, "Emerge", 0.13, 48, -1, "Emerge"),
    ("07", "Assistant de maitrise d'ouvrage", False, 0.09, 48, "Non im", 0.09, 49, -1, "Non im"),
    ("09", "Manager de domaine d'activité", False, 0.09, 49, "Non im", 0.09, 50, -1, "Non im"),
    ("01", "Manager de proximité d'assistance", False, 0.08, 50, "Non im", 0.08, 51, -1, "En évo"),
    ("01", "Responsable de pôle d'assistance", False, 0.08, 51, "Non im", 0.08, 52, -1, "Non im"),
    ("03", "Coordinateur opérationnel plateaux", False, 0.08, 52, "Non im", 0.08, 53, -1, "Non im"),
    ("09", "Manager de coordination", False, 0.08, 53, "Non im", 0.08, 54, -1, "Non im"),
    ("09", "Manager de proximité", False, 0.08, 54, "Non im", 0.08, 55, -1, "Non im"),
    ("02", "Médecin d'assistance", True, 0.06, 55, "Non im", 0.16, 46, 9, "En évo"),
    ("01", "Chargé de conciergerie", False, 0.06, 56, "Non im", 0.05, 56, 0, "Non im"),
    ("07", "Administrateur téléphonie", False, 0.04, 57, "Non im", 0.04, 57, 0, "Non im"),
    ("12", "Chargé de services généraux", False, 0.02, 58, "Non im", 0.02, 58, 0, "Non im"),
]

PROFILES = {
    "Emerge": "Emergent",
    "En for": "En forte transformation",
    "En évo": "En évolution",
    "Non im": "Non impacté ou de manière négligeable",
}


def fr(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def test_all_58_rows_match_the_pinned_table(study):
    got = [
        (
            j.family_code,
            j.job,
            j.core,
            j.pwc.score,
            j.pwc.rank,
            j.pwc.classification,
            j.expert.score,
            j.expert.rank,
            j.evolution_published,
            j.expert.classification,
        )
        for j in study.jobs
    ]
    expected = [row[:5] + (PROFILES[row[5]],) + row[6:9] + (PROFILES[row[9]],) for row in GOLDEN]
    assert got == expected


def test_every_row_is_cited_on_the_source_line_that_holds_its_figures(study):
    source = SourceText.load()
    for job in study.jobs:
        row = job.citations[0]
        line = source.line(row.line_start)
        assert row.line_start == row.line_end
        assert row.section == "Exposition des métiers : tableau consolidé des expositions"
        assert line.startswith(f"{job.family_code} - ")
        assert job.job in line and job.family in line
        change = f"{job.evolution_published:+d}" if job.evolution_published else "0"
        expected = (
            f"{'Oui' if job.core else 'Non'} {fr(job.pwc.score)} {job.pwc.rank} {job.pwc.classification}"
            f"{fr(job.expert.score)} {job.expert.rank} {change} {job.expert.classification}"
        )
        assert line.replace(" ", "").endswith(expected.replace(" ", "")), line


@pytest.mark.parametrize("qualification", list(Qualification))
def test_positions_1_to_58_once_and_scores_non_increasing(study, qualification):
    ordered = sorted(study.jobs, key=lambda j: j.exposure(qualification).rank)
    assert [j.exposure(qualification).rank for j in ordered] == list(range(1, 59))
    scores = [j.exposure(qualification).score for j in ordered]
    assert scores == sorted(scores, reverse=True)


def test_ten_core_jobs_and_thirteen_families(study):
    assert sum(j.core for j in study.jobs) == 10
    assert len({(j.family_code, j.family) for j in study.jobs}) == 13
    assert len({j.id for j in study.jobs}) == 58


def test_glued_columns_are_separated(study):
    by_job = {j.job: j for j in study.jobs}
    # "d'AssistanceFormateur d'assistance": family glued to the job
    assert by_job["Formateur d'assistance"].family == "Support et organisation d'Assistance"
    # "...et risquesNon 0,37": job glued to the core flag
    assert by_job["Analyste conformité, contrôle interne et risques"].core is False
    # "négligeable0,41": classification glued to the expert score
    infirmier = by_job["Infirmier d'assistance"]
    assert (infirmier.pwc.classification, infirmier.expert.score) == ("Non impacté ou de manière négligeable", 0.41)
    # "Management Manager de …": the family is not the common prefix "Management Manager de"
    assert by_job["Manager de coordination"].family == "Management"
    # typographic apostrophes are normalised
    assert "’" not in "".join(j.job + j.family for j in study.jobs)
