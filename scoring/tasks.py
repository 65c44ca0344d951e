"""What each of the study's jobs does, in the words of the people who do it: a person who describes their work
("je réponds aux plaintes des clients", "je fais la planif des plateaux") is told which job of the study that is.

The study gives titles only; these phrases are ordinary descriptions of the jobs, written once for all 58 (not per
question). A phrase matches when all its word stems are in the message, in any order; a job's score is the number
of stems of its matched phrases, so "relations sociales" outweighs a lone "social". Phrases are separated by ";".
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from knowledge.text import fold

TASKS: dict[str, str] = {
    "statisticien-data-analyst": "statistiques; analyse de données; analyser les données; tableaux de bord; dashboards; "
    "data; reporting chiffré; exploiter les données; requêtes sql; power bi; data analysis",
    "formateur-d-assistance": "former les chargés; former les nouveaux; formation des chargés; formation des agents; "
    "formation des nouveaux; intégration des nouveaux; anime des formations; formations internes; modules de formation; "
    "onboarding; tutorat; train the agents; trains agents",
    "charge-d-accueil-d-assistance": "décroche les appels; prends les appels; premier appel; premier niveau; "
    "oriente les appels; orienter les appelants; oriente vers; standard; accueil téléphonique; premier contact; "
    "réceptionne les appels; filtre les appels; qualifie les appels; answer calls; first line",
    "charge-de-gestion-commerciale": "devis; administration des ventes; adv; contrats clients; suivi commercial; "
    "relances commerciales; gestion commerciale; facturation clients; bons de commande; sales administration",
    "gestionnaire-de-dossiers-d-assistance": "dossiers d'assistance; suivi des dossiers; clôture des dossiers; "
    "gère les dossiers; traite les dossiers; dossiers sinistres; prise en charge des dossiers; instruire les dossiers; "
    "règlement des dossiers; case management; handle files",
    "assistant-administratif-de-plateaux": "saisie sur le plateau; administratif du plateau; courriers du plateau; "
    "back office du plateau; tâches administratives du plateau; classement des dossiers; saisie administrative",
    "charge-d-etudes": "études de marché; enquêtes de satisfaction; études statistiques; analyses d'études; "
    "sondages clients; veille et études; market research",
    "charge-de-reclamations-clients": "plaintes; plaintes des clients; réclamations; réclame; clients mécontents; "
    "clients pas contents; litiges clients; contestations; insatisfaits; mécontentement; complaints; complaint; "
    "unhappy customers",
    "actuaire-tarificateur": "tarification; tarifs des contrats; calcul des primes; provisions techniques; "
    "modèles actuariels; sinistralité; pricing",
    "support-technique-d-assistance": "support technique; dépannage à distance; aide technique; diagnostic à distance; "
    "guider les dépanneurs; hotline technique; panne à distance; assistance technique; technical support; troubleshooting",
    "assistant": "agenda; secrétariat; secrétaire; assistante de direction; organiser les réunions; "
    "prise de rendez-vous; comptes rendus de réunion; courrier de la direction; notes de frais; executive assistant",
    "gestionnaire-des-medias-sociaux": "réseaux sociaux; community management; community manager; instagram; "
    "linkedin; facebook; twitter; tiktok; publications sur les réseaux; modération; avis clients en ligne; "
    "social media",
    "charge-de-communication": "communication interne; communication externe; journal interne; intranet; "
    "newsletter; communiqués de presse; relations presse; événementiel; supports de communication; communication",
    "chef-de-produit-marketing": "marketing; lancement de produits; offres produits; gamme de produits; "
    "études marketing; campagnes marketing; product marketing; product manager",
    "juriste": "contrats juridiques; droit; juridique; contentieux; rédaction des contrats; veille juridique; "
    "conseil juridique; légal; legal",
    "analyste-conformite-controle-interne-et-risques": "conformité; contrôle interne; risques opérationnels; "
    "cartographie des risques; lcb-ft; lutte anti-blanchiment; rgpd; compliance; gestion des risques",
    "animateur-de-reseau-de-prestataire": "anime le réseau; animer le réseau; animation du réseau; anime les dépanneurs; "
    "anime les garagistes; anime les prestataires; relation avec les prestataires; recrute les dépanneurs; "
    "recrute les garagistes; recrute les prestataires; visite les prestataires; fidéliser les prestataires",
    "gestionnaire-de-reseau-prestataires": "réseau de prestataires; gère les prestataires; gestion des prestataires; "
    "référencement des prestataires; conventionnement; contrats prestataires; négocie avec les prestataires; "
    "base des prestataires; réseau de dépanneurs; réseau de garagistes; provider network",
    "gestionnaire-des-factures-prestataires": "factures; factures des prestataires; factures des dépanneurs; "
    "règle les factures; contrôle les factures; saisie des factures; paiement des prestataires; "
    "facturation prestataires; invoices; supplier invoices",
    "gestionnaire-paie-et-administration-du-personnel": "paie; paye; bulletins de salaire; fiches de paie; "
    "administration du personnel; contrats de travail; absences et congés; mutuelle; payroll",
    "charge-de-comptabilite": "comptabilité; compta; comptable; écritures comptables; rapprochements bancaires; "
    "clôtures comptables; bilan; compta fournisseurs; comptabilité fournisseurs; comptabilité clients; "
    "lettrage; accounting; bookkeeping",
    "ux-ui-designer": "ergonomie; maquettes; interfaces; parcours utilisateur; design des applications; "
    "prototypes; figma; expérience utilisateur; ux; ui; user experience",
    "acheteur": "achats; acheter; appels d'offres; négocie avec les fournisseurs; fournisseurs; commandes fournisseurs; "
    "sourcing; purchasing; procurement",
    "administrateur-reseaux-et-systeme": "serveurs; réseau informatique; systèmes informatiques; infrastructure; "
    "sauvegardes; active directory; administration système; sysadmin; network administrator",
    "administrateur-de-base-de-donnees": "bases de données; base de données; sql; oracle; dba; database",
    "charge-d-assistance": "organise l'assistance; organiser l'assistance; organise les dépannages; "
    "organise les rapatriements; rapatriements; missionne les dépanneurs; missionner un dépanneur; "
    "bénéficiaires en panne; appels des bénéficiaires; prise en charge des bénéficiaires; envoie les missions; "
    "envoie les dépanneurs; missions aux dépanneurs; assistance coordinator",
    "chef-de-projet-informatique": "projets informatiques; projets it; projets si; déploiement d'applications; "
    "cahier des charges informatique; it project",
    "commercial-clients-entreprises": "vente aux entreprises; clients entreprises; prospection; prospecte; "
    "comptes clés; grands comptes; rendez-vous clients; développement commercial; business developer; b2b; sales",
    "auditeur": "audit; audits internes; missions d'audit; audite; auditing",
    "specialiste-cybersecurite": "cybersécurité; sécurité informatique; cyberattaques; piratage; phishing; "
    "tests d'intrusion; soc; cybersecurity",
    "charge-de-recrutement": "recrutement; recruter; recrute; entretiens d'embauche; candidats; annonces d'emploi; "
    "sourcing de candidats; recruitment; hiring",
    "charge-de-formation": "plan de formation; plan de développement des compétences; organise les formations; "
    "organiser les formations; budget formation; catalogue de formation; organismes de formation; opco; "
    "training manager",
    "charge-d-etudes-rh": "études rh; indicateurs rh; reporting rh; bilan social; sirh; tableaux de bord rh; "
    "hr analytics",
    "generaliste-rh": "ressources humaines; rh; gestion rh; entretiens annuels; carrières; accompagnement des salariés; "
    "hr; human resources",
    "charge-des-affaires-sociales": "relations sociales; élections cse; élections professionnelles; cse; "
    "dialogue social; négociations annuelles; accords d'entreprise; syndicats; irp; délégués syndicaux",
    "informaticien-d-etude-et-developpement": "développement informatique; développe des applications; développer; "
    "développeur; code; coder; programmation; programme; logiciels; applications; developer; software",
    "planificateur-previsionniste": "planning; plannings; planif; planification; prévisions; prévisions d'appels; "
    "prévision des volumes; volumes d'appels; effectifs; workforce management; wfm; staffing; forecasting",
    "charge-de-methodes-et-procedures": "procédures; modes opératoires; process; processus; méthodes; "
    "fiches réflexes; scripts d'appel; amélioration des processus; documentation des process",
    "controleur-de-gestion": "contrôle de gestion; budgets; budget; reporting financier; coûts; écarts budgétaires; "
    "prévisions budgétaires; controlling",
    "responsable-experience-client": "expérience client; satisfaction client; parcours client; nps; "
    "voix du client; customer experience",
    "technicien-informatique": "postes de travail; helpdesk; support informatique; matériel informatique; "
    "dépannage informatique; ordinateurs; imprimantes; it support",
    "specialiste-activites-paramedicales": "paramédical; paramédicale; activités paramédicales",
    "charge-de-la-qualite": "qualité; démarche qualité; contrôle qualité; écoutes qualité; certification iso; iso; "
    "audits qualité; quality",
    "chef-de-projet": "gestion de projet; projets transverses; conduite de projet; pilotage de projets; "
    "conduite du changement; project manager",
    "infirmier-d-assistance": "infirmier; infirmière; régulation médicale; régulation; bilans médicaux; "
    "évaluation médicale; nurse",
    "parametreur-d-applicatifs-metiers": "paramétrage; paramétrer; paramètre les applications; configuration des outils; "
    "configure les logiciels; recette des applications",
    "responsable-de-la-securite-du-systeme-d-information": "rssi; sécurité du système d'information; politique de sécurité; "
    "ciso",
    "assistant-de-maitrise-d-ouvrage": "maîtrise d'ouvrage; moa; amoa; expression des besoins; recueil des besoins; "
    "recette fonctionnelle; spécifications fonctionnelles; business analyst",
    "manager-de-domaine-d-activite": "directeur de domaine; dirige un domaine; domaine d'activité; "
    "responsable d'activité; head of",
    "manager-de-proximite-d-assistance": "encadre les chargés d'assistance; manage les chargés d'assistance; "
    "superviseur de plateau; chef d'équipe sur le plateau; team leader plateau; manage une équipe du plateau",
    "responsable-de-pole-d-assistance": "responsable de pôle; dirige le pôle; pôle d'assistance; chef de pôle",
    "coordinateur-operationnel-plateaux": "coordonne les plateaux; coordination des plateaux; pilotage du plateau en temps réel; "
    "gestion des flux du plateau; superviseur temps réel",
    "manager-de-coordination": "coordination des managers; coordonne les équipes; manager de coordination",
    "manager-de-proximite": "encadre une équipe; manage une équipe; chef d'équipe; team leader; encadrement; "
    "manager; management d'équipe",
    "medecin-d-assistance": "médecin; docteur; régulation médicale par le médecin; décision médicale; rapatriement sanitaire; "
    "doctor; physician",
    "charge-de-conciergerie": "conciergerie; réserve les restaurants; réservations; réserve des hôtels; restos; "
    "billets de spectacle; clients premium; services de conciergerie; concierge",
    "administrateur-telephonie": "téléphonie; autocom; acd; standard téléphonique; lignes téléphoniques; "
    "serveur vocal; svi; ipbx; telephony",
    "charge-de-services-generaux": "services généraux; locaux; entretien des locaux; fournitures; courrier; "
    "accueil des bâtiments; flotte de véhicules; facility management",
}  # fmt: skip

# stems that carry no task on their own ("je gère les …", "mon travail")
_WEAK = frozenset({"ger", "fais", "fair", "trait", "occup", "travail", "boss", "client", "appel", "equip", "servic"})


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("french")


def stems(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", fold(text).replace("-", " "))
    return _stemmer().stemWords([w for w in words if len(w) > 1])


# words of any sentence
_STOP = frozenset(stems("le la les l de des du d un une au aux a en et ou je j me mon ma mes sur par pour avec dans"))


class TaskMatcher:
    """Which job a description of work names, from the phrases above."""

    def __init__(self, tasks: dict[str, str] = TASKS):
        self.phrases: list[tuple[str, frozenset[str]]] = []
        for job_id, text in tasks.items():
            for phrase in text.split(";"):
                phrase_stems = frozenset(s for s in stems(phrase) if s not in _STOP)
                if phrase_stems and not phrase_stems <= _WEAK:
                    self.phrases.append((job_id, phrase_stems))

    def scores(self, text: str) -> dict[str, int]:
        said = set(stems(text))
        out: dict[str, int] = {}
        for job_id, phrase in self.phrases:
            if phrase <= said:
                out[job_id] = out.get(job_id, 0) + len(phrase)
        return out

    def best(self, text: str) -> str | None:
        """The job the description names, if one clearly stands out (two stems at least, more than any other)."""
        ranked = sorted(self.scores(text).items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

