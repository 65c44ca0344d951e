"""What the study does not cover, in one registry: each kind of question outside it, how it is recognised, and how
the answer names it ("L'étude ne traite pas des salaires ni des rémunérations"). A kind is one entry here.

Patterns are matched on the folded message. A weak kind counts only when the message names no study job (its words
appear in the work of some jobs: "réservations de restaurants", "effectifs" of a team)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Outside:
    key: str
    name: str | None  # what the study does not treat, as the answer says it; None: "de cette question"
    patterns: tuple[str, ...]
    weak: bool = False


# companies of the branch by name: the study never names one
COMPANIES = r"\b(axa( assistance)?|europ assistance|mondial assistance|allianz( partners)?|mutuaide|filassistance|inter mutuelles assistance|ima|fragonard|awp)\b"

KINDS = (
    Outside("salaires", "des salaires ni des rémunérations", (
        r"\bsalaire", r"\bremuneration", r"\bsalary", r"\bpaye combien", r"\bgagne combien\b(?! de (places?|rangs?|positions?|points?))",
        r"\bcombien gagne", r"\bgagne\w* (en moyenne|par mois)", r"\bprime\b", r"\beuros?\b",
        r"\bnegocier\b|\bune augmentation\b(?! (du|de|des) scores?)", r"\bgagner? (moins|plus)\b(?! de (places?|rangs?|points?))", r"\bgagner combien\b|\bcombien de plus\b.*\b(gagner|toucher|paye)", r"\b(je|j|on|tu|vous|il|elle|ils|elles) touche\w* combien\b(?! de (metiers|postes|emplois|familles))", r"\bcombien (il|elle|ils|elles|on|je|tu|vous|nous) (gagne\w*|touche\w*|est paye\w*)\b(?! (de |des )?(places?|rangs?|points?))",
    )),
    Outside("meteo", "de la météo", (r"\bmeteo\b", r"\bweather\b", r"\bquel temps\b", r"\bpluie\b", r"\btemperature", r"\bfaire beau\b", r"\bil (fera|ferait|va faire) (beau|chaud|froid)\b", r"\bil (va )?pleuvoir\b")),
    Outside("sport", "de sport", (r"\bfootball\b", r"\bfoot\b", r"\bmatch\b", r"\bpsg\b")),
    Outside("secteurs", "des autres secteurs ni des autres pays : elle porte sur les métiers de la branche de l'assistance", (
        r"secteur (bancaire|automobile|de la banque|du batiment|de la sante|hospitalier|agricole|industriel)", r"\bhotellerie\b",
        r"\btourisme\b", r"\bgrande distribution\b", r"\bcentres? d appels? (de la|d une|des|du) (banque|grande distribution|telecom\w*|operateurs?|commerce)\b", r"\b(en|d) (espagne|allemagne|italie|belgique|europe)\b", r"\bautres? pays\b", r"\betats unis\b",
        # another study, another sector ("l'étude de l'OPCO sur les métiers du transport")
        r"\b(metiers|secteur|branche|etudes?) (du|de la|des|de l) (transport|batiment|btp|commerce|industrie|logistique|restauration|grande distribution|automobile|banque)\b",
    )),
    # other studies and forecasters: "que disent le FMI ou Goldman Sachs ?"
    Outside("autres-etudes", "des autres études ni de leurs chiffres : je réponds sur celle-ci", (
        r"\bfmi\b", r"\bgoldman\b", r"\bmc ?kinsey\b", r"\bocde\b", r"\bgartner\b", r"\bforrester\b", r"\bbanque mondiale\b",
        r"\b(forum economique mondial|world economic forum)\b",
    )),
    # one company by name: the study gives the branch's results, never a company's
    Outside("entreprises", "des entreprises une à une : elle donne les résultats de la branche sans nommer d'entreprise", (
        rf"^(et |mais )?(chez|pour|a|dans|et) (\w+ ){{0,2}}{COMPANIES}( \w+){{0,2}}$",
        rf"{COMPANIES}.*\b(precisement|en particulier|specifiquement|chiffres?|resultats?|donnees|taux|score de l entreprise)\b",
        rf"\b(chiffres?|resultats?|donnees|taux|maturite) (de|d|chez|pour) {COMPANIES}",
    )),
    # "la marge d'erreur des scores ?": the study gives no statistical precision for its scores
    Outside("precision", "de marge d'erreur ni de précision statistique de ses scores", (
        r"\bmarges? d erreur\b", r"\bintervalles? de confiance\b", r"\becart type\b", r"\bstatistiquement significati\w*\b",
    )),
    Outside("secteurs-faibles", "des autres secteurs ni des autres pays : elle porte sur les métiers de la branche de l'assistance",
            (r"\bbanques?\b", r"\bassurances?\b"), weak=True),
    Outside("droit", "du droit du travail ni de la réglementation", (
        r"\bcode du travail\b", r"\bai act\b", r"\brgpd\b", r"\bpuis je (licencier|etre licencie)",
        r"\b(a|ont|avoir|aurait|auraient) (t il |t elle |t ils )?(le|les) droits?\b", r"\best ce (legal|illegal)\b", r"\blegalement\b", r"\bprud\w*",
    )),
    Outside("economie", "des effectifs ni des données économiques des entreprises ou de la branche", (
        r"\bchiffre d affaires\b", r"\ba (t il |t elle )?facture\b", r"\bfacturation de l etude\b", r"\bcombien de salaries\b",
        r"\bnombre de salaries\b", r"\bpart de femmes\b", r"\bparite\b", r"\bhow many people work\b", r"\bpeople work\b",
        # "y'a combien de chargés d'études dans la branche ?": people, not jobs of the study
        r"\bcombien (?!de metiers|de familles|d axes|d actions|de competences|de profils|de niveaux|de places|de points)(de |d )[\w ]{2,40}? (dans la branche|dans le secteur|en france|travaillent|sont employes)\b",
        r"\bcombien de (personnes|salaries|employes|collaborateurs|agents|gens)\b",
    )),
    Outside("effectifs", "des effectifs ni des données économiques des entreprises ou de la branche", (r"\beffectifs?\b",), weak=True),
    Outside("repondants", "du nombre ni du nom des entreprises répondantes : elle donne les résultats de la consultation en proportions", (
        r"\bcombien (d entreprises|de repondants|de structures)\b.*\b(repondu|participe)", r"\bsur combien (d |de )?(entreprises|boites|societes|structures|repondants)\b",
        r"\b(quelles|quels|liste des|noms? des) (entreprises|societes|assisteurs|structures|boites)\b.*\b(participe|repondu|consulte\w*|interroge\w*)\b",
        r"\bqui a (repondu|participe) (a|au) (la consultation|l enquete|questionnaire)\b",
    )),
    Outside("demandes", "de ce type de demande : je réponds seulement sur son contenu", (
        r"\btradui\w*", r"\blettre de motivation\b", r"\bcv\b(?! (va|vas|aller|ira)\b)", r"\bpoeme\b", r"\bblague\b", r"\bchanson\b", r"\brecette\b", r"\bcrepes?\b",
        r"\b(ecris|code|programme|script) (moi )?(un|une|le|en) (programme|script|code|fonction|python)", r"\bpython\b", r"\bjavascript\b",
        r"\bsql\b", r"\bcapitale\b", r"\bmeilleur prompt\b|\bprompt pour\b|\b(ecri|redig)\w* (moi )?(un|une|le|mon|ma) (mail|courrier|lettre|email)\b",
    )),
    Outside("outils", "d'outils ou de logiciels particuliers", (
        r"\bchatgpt\b", r"\bcopilot\b", r"\bmistral\b", r"\bgemini\b", r"\blogiciels?\b",
        # "t'as un avis sur quelle IA acheter ?": a product to choose, not the study's findings
        r"\b(quelle|quel|quels|quelles) (ia|chatbots?|assistants? ia|outils? d ia|solutions? d ia) (acheter|choisir|prendre|installer|deployer|utiliser)\b",
    )),
    Outside("calendrier", "du calendrier : elle ne date aucune automatisation ni aucun changement de métier", (
        r"\bdans combien de temps\b", r"\bdans combien d (annees|ans)\b", r"\bcalendrier (de |du )?(deploiement|mise en oeuvre|adoption)\b", r"\bcombien d annees\b", r"\bd ici combien\b",
        r"\ben quelle annee\b.*\b(automatis\w*|remplace\w*|disparai\w*|supprime\w*)", r"\b(quelle|a quelle) date\b.*\b(automatis\w*|remplace\w*|disparai\w*|supprime\w*)",
    )),
    Outside("second-volet", "des résultats de son second volet, programmé pour 2025 et pas encore publié",
            (r"\bresultats? (de la|du) (seconde?|deuxieme|prochaine?) (etude|volet)\b",)),
    Outside("couts", "des coûts ni des budgets", (
        r"\bquel budget\b|\bbudget (a |pour )?prevoir\b|\bun budget\b", r"\bcombien (ca|cela|va|vont) (nous |me )?couter\b", r"\bcombien coute\w*\b",
        r"\b(ca|cela|ce|ils|elle) (nous |me |leur )?(coute|coutera|couterait|va couter)\w* combien\b",  # "ça coûte combien de s'appuyer sur l'OPCO ?"
        r"\bcouts? (d une|des|de la|de l) (formation|outil|licence|deploiement)", r"\bbudget par (salarie|personne|collaborateur|an|mois)\b", r"\b(chiffre|avec) (le |un )?budget\b", r"\bprix (d une|des|de la|de l)\b", r"\btarifs? (d une|des|de la) formation",
    )),
    Outside("productivite", "des gains de productivité ni du temps gagné : elle mesure l'exposition des compétences, pas un gain chiffré", (
        r"\bcombien d heures\b|\bheures par (semaine|jour|mois)\b|\btemps (je vais |vais je |on va )?gagne\w*\b",
        r"\bgains? de (productivite|temps|rentabilite|performance)\b", r"\bproductivite\b.*(%|\bcombien\b|\bchiffr\w*|\bpourcentage\b)", r"\broi\b",
    )),
    Outside("conseil", "des choix personnels : elle ne conseille personne en particulier", (
        r"\b(tu me conseilles|vous me conseillez|conseille[sz]? moi|tu me recommandes|vous me recommandez) (de|d)\b",
        # "je devrais quitter mon job ?": a personal choice
        r"\b(je devrais|je dois|dois je|faut il que je|est ce que je dois|je ferais mieux de|vaut il mieux) (quitter|demissionner|lacher)\b", r"\b(je|j) (vais|veux|pense|compte) (quitter|demissionner)\b",
    )),
    Outside("divers", None, (
        r"\brecette\b", r"\bbourse\b", r"\bbitcoin", r"\belection", r"\bpresident de la republique", r"\bhoroscope", r"\bchomage\b",
        r"\bretraite\b", r"\bimpots?\b",
    )),
    Outside("loisirs", None, (r"\bvacances\b", r"\bcinema\b", r"\brestaurants?\b"), weak=True),
)  # fmt: skip
BY_KEY = {kind.key: kind for kind in KINDS}
# Words that only name the kind of a question another reader found outside the study ("remplacée par ChatGPT ?",
# "les entreprises du secteur bancaire") without being enough to find it alone.
NAMING = (
    (r"\bsecteur\b|\bpays\b|\bbanque", "secteurs"), (r"\bpaye\b", "salaires"), (r"\blicenci", "droit"),
    (r"\bfactur|\bsalaries\b|\bfemmes\b", "economie"), (r"\brepondu\b|\bparticipe\b", "repondants"),
    (r"\bprogramme|\bscript|\bcode\b", "demandes"), (r"\bcombien de temps\b|\bdeploy", "calendrier"),
    (r"\bseconde?\b|\bdeuxieme\b|\bprochaine?\b", "second-volet"),
)


def outside(folded: str, weak: bool = False) -> Outside | None:
    """The kind of question outside the study a folded message is, if any (weak kinds only when asked for)."""
    return next((k for k in KINDS if (weak or not k.weak) and any(re.search(p, folded) for p in k.patterns)), None)


def named(folded: str, key: str | None) -> str | None:
    """What the answer says the study does not treat: the kind the reading found, else the first the words match."""
    kind = BY_KEY.get(key or "") or outside(folded, weak=True)
    if kind is None:
        kind = next((BY_KEY[k] for pattern, k in NAMING if re.search(pattern, folded)), None)
    return kind.name if kind else None
