"""Free-text job names as users type them, resolved to the study's jobs; jobs outside the study are absent."""

import pytest

# (what a user types, the study job it must resolve to)
PHRASINGS = [
    ("je suis chargée d'assistance", "Chargé d'assistance"),
    ("Chargé d'assistance", "Chargé d'assistance"),
    ("chargee d assistance", "Chargé d'assistance"),
    ("CHARGÉES D'ASSISTANCE", "Chargé d'assistance"),
    ("conseillère assistance", "Chargé d'assistance"),
    ("chargé d'asistance", "Chargé d'assistance"),
    # typos that keep the sound: a spelling ratio misses them on short words
    ("charjé d'asistance", "Chargé d'assistance"),
    ("formatrisse d'assistance", "Formateur d'assistance"),
    ("chargée de reclamassion clients", "Chargé de réclamations clients"),
    ("infirmière", "Infirmier d'assistance"),
    ("les infirmiers", "Infirmier d'assistance"),
    ("infirmière d'assistance", "Infirmier d'assistance"),
    ("nurse", "Infirmier d'assistance"),
    ("médecin", "Médecin d'assistance"),
    ("médecin régulateur", "Médecin d'assistance"),
    ("medecin d'assistance", "Médecin d'assistance"),
    ("formatrice", "Formateur d'assistance"),
    ("je suis formateur", "Formateur d'assistance"),
    ("acheteuse", "Acheteur"),
    ("buyer", "Acheteur"),
    ("RSSI", "Responsable de la sécurité du système d'information"),
    ("rssi", "Responsable de la sécurité du système d'information"),
    ("CISO", "Responsable de la sécurité du système d'information"),
    ("data analyst", "Statisticien / Data analyst"),
    ("statisticienne", "Statisticien / Data analyst"),
    ("gestionnaire de dossiers", "Gestionnaire de dossiers d'assistance"),
    ("gestionaire de dossier", "Gestionnaire de dossiers d'assistance"),
    ("case manager", "Gestionnaire de dossiers d'assistance"),
    ("assistante administrative de plateau", "Assistant administratif de plateaux"),
    ("chargée de réclamations", "Chargé de réclamations clients"),
    ("complaints handler", "Chargé de réclamations clients"),
    ("actuaire", "Actuaire / Tarificateur"),
    ("tarificatrice", "Actuaire / Tarificateur"),
    ("support technique", "Support technique d'assistance"),
    ("community manager", "Gestionnaire des médias sociaux"),
    ("chargée de communication", "Chargé de communication"),
    ("cheffe de produit marketing", "Chef de produit marketing"),
    ("juriste", "Juriste"),
    ("compliance officer", "Analyste conformité, contrôle interne et risques"),
    ("animatrice de réseau de prestataires", "Animateur de réseau de prestataire"),
    ("gestionnaire réseau prestataires", "Gestionnaire de réseau prestataires"),
    ("gestionnaire de paie", "Gestionnaire paie et administration du personnel"),
    ("comptable", "Chargé de comptabilité"),
    ("accountant", "Chargé de comptabilité"),
    ("UX designer", "UX / UI designer"),
    ("sysadmin", "Administrateur réseaux et système"),
    ("DBA", "Administrateur de base de données"),
    ("database administrator", "Administrateur de base de données"),
    ("chef de projet informatique", "Chef de projet informatique"),
    ("IT project manager", "Chef de projet informatique"),
    ("commerciale grands comptes", "Commercial clients entreprises"),
    ("auditrice", "Auditeur"),
    ("recruteuse", "Chargé de recrutement"),
    ("chargée de formation", "Chargé de formation"),
    ("HR generalist", "Généraliste RH"),
    ("développeuse", "Informaticien d'étude et développement"),
    ("software developer", "Informaticien d'étude et développement"),
    ("planificatrice", "Planificateur-Prévisionniste"),
    ("chargé de méthodes", "Chargé de méthodes et procédures"),
    ("contrôleuse de gestion", "Contrôleur de gestion"),
    ("technicienne informatique", "Technicien informatique"),
    ("paramédical", "Spécialiste activités paramédicales"),
    ("responsable qualité", "Chargé de la qualité"),
    ("chef de projet", "Chef de projet"),
    ("paramétreuse", "Paramètreur d'applicatifs métiers"),
    ("AMOA", "Assistant de maitrise d'ouvrage"),
    ("manager de proximité", "Manager de proximité"),
    ("manager de proximité d'assistance", "Manager de proximité d'assistance"),
    ("superviseuse plateau", "Manager de proximité d'assistance"),
    ("responsable de pôle", "Responsable de pôle d'assistance"),
    ("coordinatrice opérationnelle plateaux", "Coordinateur opérationnel plateaux"),
    ("concierge", "Chargé de conciergerie"),
    ("services généraux", "Chargé de services généraux"),
    ("chargée d'accueil", "Chargé d'accueil d'assistance"),
    ("chargé d'études RH", "Chargé d'études RH"),
    ("chargée d'études", "Chargé d'études"),
    ("mon métier c'est gestionnaire des factures prestataires", "Gestionnaire des factures prestataires"),
]

ABSENT = [
    ("boulanger", None),
    ("pilote de ligne", None),
    ("chauffeur de taxi", "Gestionnaire de réseau prestataires"),
    ("chargé de clientèle", "Chargé d'assistance"),
    ("téléconseillère", "Chargé d'assistance"),
    ("data scientist", "Statisticien / Data analyst"),
    ("avocate", "Juriste"),
    ("kinésithérapeute", "Spécialiste activités paramédicales"),
    ("DRH", "Généraliste RH"),
    ("dépanneur", "Support technique d'assistance"),
    ("plombier", "Gestionnaire de réseau prestataires"),
    ("serrurière", "Gestionnaire de réseau prestataires"),
    ("auxiliaire de vie", "Gestionnaire de réseau prestataires"),
    ("professeur des écoles", None),
    ("assistant médical", None),
]


def test_at_least_60_phrasings_and_10_absent_jobs():
    assert len(PHRASINGS) >= 60 and len(ABSENT) >= 10


@pytest.mark.parametrize(("text", "job"), PHRASINGS)
def test_user_phrasing_resolves_to_the_study_job(tool, text, job):
    resolution = tool.resolve(text)
    assert (resolution.status, resolution.job) == ("found", job)
    assert resolution.confidence >= 0.7


@pytest.mark.parametrize(("text", "nearest"), ABSENT)
def test_job_outside_the_study_is_absent_with_close_matches(tool, text, nearest):
    resolution = tool.resolve(text)
    assert resolution.status == "absent"
    assert resolution.job is None and resolution.job_id is None
    assert len(resolution.candidates) == 3
    if nearest:
        assert resolution.candidates[0].job == nearest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chargé", {"Chargé d'assistance", "Chargé d'accueil d'assistance", "Chargé de réclamations clients"}),
        ("technicien", {"Support technique d'assistance", "Technicien informatique"}),
        ("administrateur", {"Administrateur réseaux et système", "Administrateur de base de données"}),
    ],
)
def test_generic_words_are_ambiguous_with_candidates(tool, text, expected):
    resolution = tool.resolve(text)
    assert resolution.status == "ambiguous" and resolution.job is None
    assert expected <= {c.job for c in resolution.candidates}


@pytest.mark.parametrize("text", ["", "   ", "?!", "je suis"])
def test_empty_text_resolves_to_nothing(tool, text):
    assert tool.resolve(text).status == "empty"


def test_a_title_is_named_only_by_its_words_together_and_in_order(tool):
    # "l'étude" and "chargés" in one question do not name "Chargé d'études"
    assert tool.resolve("Que dit l'étude sur le télétravail des chargés d'assistance ?").job_id == "charge-d-assistance"
    assert tool.resolve("chargée d'études").job_id == "charge-d-etudes"
