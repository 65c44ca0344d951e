"""Labelled example questions for each topic of the study, and a nearest-neighbour vote over them with the project's
French analyser. It reads what the topic tables' patterns miss ("c'est qui derrière cette étude ?", "ça s'est passé
comment, en plusieurs étapes ?") when passage search found nothing that answers. The examples are written
for this bank, in users' voices, one topic each; none is taken from an evaluation set."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from knowledge.text import fold
from search.analysis import analyze

from ...plan import Plan

# (operation, topic, example): the topic is the records' key the operation's handler reads (a methodology theme,
# a fact, maturity findings by number, an axis number)
BANK: tuple[tuple[str, str | None, str], ...] = (
    ("facts", "realisation", "qui a réalisé cette étude ?"),
    ("facts", "realisation", "c'est qui derrière ce travail, quel cabinet ?"),
    ("facts", "realisation", "l'étude a été faite par qui et pour qui ?"),
    ("facts", "realisation", "qui a commandé et financé l'étude ?"),
    ("facts", "realisation", "c'est une étude de PwC ou de l'observatoire ?"),
    ("facts", "realisation", "quel organisme est à l'origine de ce rapport ?"),
    ("facts", "realisation", "qui se cache derrière l'étude, qui l'a payée ?"),
    ("facts", "objectifs", "l'étude sert à quoi, c'est quoi son but ?"),
    ("facts", "objectifs", "de quoi parle cette étude en gros ?"),
    ("facts", "objectifs", "quels étaient les objectifs de ce travail ?"),
    ("facts", "objectifs", "elle cherche à montrer quoi cette étude ?"),
    ("facts", "contexte", "pourquoi ils ont lancé cette étude maintenant ?"),
    ("facts", "contexte", "dans quel contexte l'étude a-t-elle été décidée ?"),
    ("facts", "second-volet", "il y aura une suite à cette étude ?"),
    ("facts", "second-volet", "c'est quoi la prochaine étape, un deuxième volet ?"),
    ("facts", "rapport-complet", "où je peux lire le rapport en entier ?"),
    ("facts", "rapport-complet", "on télécharge l'étude complète où ?"),
    ("facts", "conclusion", "qu'est-ce qu'il faut retenir de l'étude en conclusion ?"),
    ("facts", "conclusion", "la conclusion de l'étude c'est quoi ?"),
    ("methodology", "duree-phases", "ça s'est déroulé comment, en combien d'étapes ?"),
    ("methodology", "duree-phases", "l'étude a duré combien de temps ?"),
    ("methodology", "duree-phases", "quelles ont été les phases du travail ?"),
    ("methodology", "duree-phases", "comment s'est passée l'étude, dans quel ordre ?"),
    ("methodology", "duree-phases", "ça a pris combien de mois tout ça ?"),
    ("methodology", "pilotage", "qui pilotait l'étude, les syndicats étaient dedans ?"),
    ("methodology", "pilotage", "les représentants des salariés ont participé au pilotage ?"),
    ("methodology", "pilotage", "qui a validé les résultats, un comité ?"),
    ("methodology", "pilotage", "c'est paritaire ou c'est les patrons tout seuls ?"),
    ("methodology", "pilotage", "l'étude est-elle neutre, qui la supervisait ?"),
    ("methodology", "correspondance-rome", "les compétences des métiers viennent d'où ?"),
    ("methodology", "correspondance-rome", "ils se sont basés sur quel référentiel de compétences ?"),
    ("methodology", "correspondance-rome", "c'est quoi le lien avec les fiches ROME de France Travail ?"),
    ("methodology", "score", "comment ils ont calculé la note de chaque métier ?"),
    ("methodology", "score", "en gros comment ils ont fait pour noter les métiers ?"),
    ("methodology", "score", "le score il sort d'où, c'est une moyenne des compétences ?"),
    ("methodology", "score", "ça va de combien à combien un score ?"),
    ("methodology", "score", "comment on passe des compétences au score du métier ?"),
    ("methodology", "qualifications", "pourquoi il y a deux scores différents pour un métier ?"),
    ("methodology", "qualifications", "c'est quoi la différence entre la note PwC et la note des experts ?"),
    ("methodology", "qualifications", "pourquoi les experts métier ne sont pas d'accord avec PwC ?"),
    ("methodology", "qualifications", "les experts ont revu quoi exactement ?"),
    ("methodology", "qualifications", "laquelle des deux qualifications je dois regarder ?"),
    ("methodology", "qualifications", "les experts ont requalifié tous les métiers ou seulement certains ?"),
    ("methodology", "qualifications", "les experts ont repassé ou revu les 58 métiers ?"),
    ("methodology", "limites", "c'est fiable leur méthode ?"),
    ("methodology", "limites", "quelles sont les limites de l'étude ?"),
    ("methodology", "limites", "on peut faire confiance à ces chiffres ?"),
    ("methodology", "limites", "la méthode a des défauts ?"),
    ("methodology", "core", "c'est quoi un métier cœur d'assistance ?"),
    ("methodology", "core", "pourquoi certains métiers sont appelés cœur de métier ?"),
    ("maturity", None, "les entreprises en sont où avec l'IA générative ?"),
    ("maturity", None, "les sociétés d'assistance sont-elles prêtes pour l'IA ?"),
    ("maturity", None, "qu'est-ce que la consultation des entreprises a montré ?"),
    ("maturity", None, "le niveau de maturité des boîtes sur l'IA, ça donne quoi ?"),
    ("maturity", "1", "les entreprises comprennent bien les impacts de l'IA ?"),
    ("maturity", "2", "les boîtes ont une stratégie et une gouvernance sur l'IA ?"),
    ("maturity", "2", "qui porte les sujets d'IA dans les entreprises, la direction ?"),
    ("maturity", "3", "les entreprises ont déjà repéré des cas d'usage ?"),
    ("maturity", "4", "les boîtes testent déjà des choses avec l'IA, des pilotes ?"),
    ("maturity", "4", "l'IA est déjà utilisée dans les processus des entreprises ?"),
    ("maturity", "4", "il y a des expérimentations en cours dans les sociétés ?"),
    ("maturity", "5", "les entreprises ont des règles pour utiliser l'IA ?"),
    ("maturity", "5", "il existe un cadre ou une charte dans les sociétés ?"),
    ("maturity", "6", "les salariés sont formés à l'IA dans les entreprises ?"),
    ("maturity", "6", "les boîtes ont lancé des formations sur l'IA ?"),
    ("recommendations", None, "qu'est-ce que l'étude recommande de faire ?"),
    ("recommendations", None, "concrètement ils conseillent quoi aux entreprises ?"),
    ("recommendations", None, "quelles sont les préconisations ?"),
    ("recommendations", None, "que devraient faire les employeurs d'après l'étude ?"),
    ("recommendations", "4", "qu'est-ce qui est prévu pour accompagner les managers ?"),
    ("recommendations", "4", "quelles formations l'étude conseille de mettre en place ?"),
    ("recommendations", "4", "l'étude parle de passerelles vers d'autres métiers ?"),
    ("recommendations", "4", "faut-il une charte d'utilisation de l'IA ?"),
    ("recommendations", "5", "l'étude parle d'éthique et de transparence ?"),
    ("recommendations", "2", "et côté données et cybersécurité, elle dit quoi ?"),
    ("priority_actions", None, "par quoi on commence, quelles sont les priorités ?"),
    ("priority_actions", None, "quelles actions sont prioritaires en 2025 ?"),
    ("priority_actions", None, "les six actions à engager en premier ?"),
    ("dialia", None, "c'est quoi DIAL-IA ?"),
    ("dialia", None, "comment parler d'IA dans le dialogue social ?"),
    ("dialia", None, "un outil pour négocier l'IA avec les représentants du personnel ?"),
    ("sheets", None, "c'est quoi une fiche de transformation ?"),
    ("sheets", None, "il y a des fiches par métier dans l'étude ?"),
    ("sheets", None, "qu'est-ce qu'on trouve dans les fiches des métiers cœur ?"),
    ("profiles", None, "c'est quoi les quatre profils d'impact ?"),
    ("profiles", None, "les catégories de métiers, émergent, en évolution, ça veut dire quoi ?"),
    ("levels", None, "les niveaux d'impact des compétences, ça va de quoi à quoi ?"),
    ("levels", None, "une compétence classée importante ou majeure, ça veut dire quoi ?"),
    ("levels", None, "c'est quoi la différence entre un impact léger et un impact majeur ?"),
    ("exposure_findings", None, "quelles compétences sont les plus touchées par l'IA ?"),
    ("exposure_findings", None, "pourquoi certains métiers sont plus exposés que d'autres ?"),
    ("exposure_findings", None, "qu'est-ce que l'IA ne sait pas faire dans nos métiers ?"),
    ("exposure_findings", None, "les tâches humaines comme l'empathie, elles sont protégées ?"),
    # written at the twenty-first step, in users' voices, for topics the passages miss when asked plainly
    ("exposure_findings", None, "quelles compétences restent humaines malgré l'IA ?"),
    ("exposure_findings", None, "qu'est-ce qui nous protège de l'IA dans notre travail ?"),
    ("exposure_findings", None, "quelles qualités l'IA ne pourra pas remplacer chez nous ?"),
    ("exposure_findings", None, "sur quelles tâches l'humain garde l'avantage ?"),
    ("exposure_findings", None, "ce qu'on fait de mieux que la machine, c'est quoi d'après l'étude ?"),
    ("exposure_findings", None, "quelles compétences sont le plus menacées par l'IA générative ?"),
    ("methodology", "score", "d'où sortent ces chiffres, comment ils ont été calculés ?"),
    ("methodology", "score", "sur quoi reposent les notes des métiers ?"),
    ("methodology", "qualifications", "pourquoi les experts ont corrigé les scores de PwC ?"),
    ("methodology", "pilotage", "cette étude est-elle impartiale ou faite pour arranger les employeurs ?"),
    ("methodology", "pilotage", "qui a contrôlé le travail du cabinet, il y avait des salariés ?"),
    ("methodology", "limites", "les résultats sont-ils sûrs, on peut s'appuyer dessus ?"),
    ("priority_actions", None, "dans l'entreprise, vers qui se tourner pour être accompagné face à l'IA ?"),
    ("priority_actions", None, "qui doit accompagner les salariés les plus exposés, les RH ?"),
    ("dialia", None, "que peut-on négocier avec la direction sur l'IA d'après l'étude ?"),
    ("dialia", None, "quels sujets mettre sur la table en réunion avec les élus sur l'IA ?"),
    ("recommendations", "4", "l'étude aide-t-elle ceux qui veulent changer de métier ?"),
    ("recommendations", "4", "quelles formations pour les métiers les plus touchés ?"),
    ("maturity", "6", "les salariés ont-ils accès à des formations sur l'IA aujourd'hui ?"),
    ("maturity", "5", "les entreprises ont-elles déjà des règles écrites sur l'usage de l'IA ?"),
    ("maturity", "4", "les entreprises utilisent-elles déjà l'IA générative au quotidien ?"),
)

NEIGHBOURS = 5
MIN_SIMILARITY = 0.34  # measured on the development sets: below it, the nearest example shares only filler words
MIN_SHARE = 0.6  # the winning topic's part of the neighbours' similarity


@dataclass(frozen=True)
class Vote:
    operation: str
    topic: str | None
    similarity: float  # the nearest example's, 0 to 1
    share: float  # the winner's part of the neighbours' similarity


# Words of nearly every question here: they tell no topic from another ("mon métier est exposé ?")
COMMON = frozenset(analyze(
    "métier métiers exposé exposés exposition IA intelligence artificielle générative assistance "
    "quoi comment combien sert servir veut dire fait faire donne donner gros concrètement alors donc"
))


def _stems(text: str) -> Counter:
    return Counter(stem for stem in analyze(text) if stem not in COMMON)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, float], list[tuple[Counter, float, str, str | None]]]:
    stems = [_stems(example) for _, _, example in BANK]
    documents = Counter(stem for counts in stems for stem in counts)
    idf = {stem: math.log(1 + len(BANK) / n) for stem, n in documents.items()}
    rows = []
    for (operation, topic, _), counts in zip(BANK, stems, strict=True):
        norm = math.sqrt(sum((c * idf[s]) ** 2 for s, c in counts.items())) or 1.0
        rows.append((counts, norm, operation, topic))
    return idf, rows


def vote(question: str) -> Vote | None:
    """The topic the nearest examples agree on, if they agree enough and are near enough."""
    idf, rows = _index()
    asked = Counter({s: c for s, c in _stems(question).items() if s in idf})
    if not asked:
        return None
    norm = math.sqrt(sum((c * idf[s]) ** 2 for s, c in asked.items()))
    # an example sharing a single word is no neighbour ("le ménage dans les bureaux de la boîte" is not "les
    # boîtes forment-elles à l'IA ?")
    scored = sorted(
        ((sum(c * idf[s] * counts[s] * idf[s] for s, c in asked.items() if s in counts) / (norm * row_norm), operation, topic)
         for counts, row_norm, operation, topic in rows if len(asked.keys() & counts.keys()) >= 2),
        key=lambda row: row[0],
        reverse=True,
    )[:NEIGHBOURS]
    if not scored:
        return None
    weights: Counter = Counter()
    for similarity, operation, _ in scored:
        weights[operation] += similarity
    operation, weight = weights.most_common(1)[0]
    total = sum(weights.values()) or 1.0
    best, topic = next((s, t) for s, o, t in scored if o == operation)  # the operation's nearest example's topic
    if best < MIN_SIMILARITY or weight / total < MIN_SHARE:
        return None
    return Vote(operation, topic, round(best, 3), round(weight / total, 3))


POINTS_BACK = r"\b(il|elle|ils|elles|ca|cela|ce|cette|ces|celui|celle|lui|leur|leurs|son|sa|ses)\b"


def plan_for(text: str, qualification: str = "both", in_a_conversation: bool = False) -> Plan | None:
    """The reading of a question passage search found nothing for, from its nearest examples, if they agree."""
    if len(text.split()) < 4 or in_a_conversation and re.search(POINTS_BACK, fold(text)):
        return None  # "l'adresse ?", "le deuxième livrable, il sert à quoi ?": about what came before, not the bank's
    found = vote(text)
    if found is None:
        return None
    if found.operation == "recommendations":
        return Plan(intent="recommendations", question=text, qualification=qualification, axis=int(found.topic) if found.topic else None)
    return Plan(intent=found.operation, question=text, qualification=qualification, topic=found.topic)
