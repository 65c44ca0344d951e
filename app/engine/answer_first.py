"""The first sentence answers what was asked: a verdict on what the user states ("Oui", or "Non" and what it is),
and, for "combien …" on the study's records, the sentence that gives the figure before the rest of its paragraph."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.text import fold, strip_accents
from scoring import ScoringTool, render
from search.analysis import analyze

from . import guard
from .operations import operation
from .plan import Plan
from .understanding import claims, reading, survey_claims
from .understanding.records import GENERIC_STEMS

# "X fait-il partie des métiers de l'étude ?", "is X one of the jobs covered by the study?"
MEMBERSHIP = (
    r"\bfait (il |elle )?partie des (\d+ )?metiers( de l etude| de cette etude| etudies| couverts)?\s*$"
    r"|\b(est|sont) (il |elle |ils )?(dans|parmi) les (\d+ )?metiers (de l etude|etudies)\s*$"
)  # (not "… fait partie des métiers en forte transformation ?", a claim on its profile)


# "quelle part de mes tâches ?", "on est combien en % ?": a percentage asked
SHARE_ASKED = re.compile(
    r"\b(quel(le)?s? (part|pourcentage|proportion|taux)|combien (de |en )?(%|pour ?cent)|en (%|pourcentage)|quel %"
    r"|what (share|percentage|proportion))"
)


def share_not_given(ask: str, plan: Plan, parts: list[str]) -> str | None:
    """A percentage asked of a job, which the study does not give (it scores exposure): said so first, and the
    answer is then out of scope whatever figures follow."""
    if plan.intent not in ("job", "compare", "reassure_job") or "%" in "\n".join(parts):
        return None
    said = re.sub(r"\s+", " ", strip_accents(ask.lower().replace("’", "'")))  # ("%" kept)
    if not SHARE_ASKED.search(said) or re.search(r"\b(taux|niveau) d'?\s?exposition\b|\b(part|pourcentage|proportion) (des|de) metiers\b", said):
        return None  # ("quel taux d'exposition ?" is the score; "quelle part des métiers…" is a share the table gives)
    return (
        "L'étude ne donne pas ce pourcentage : elle mesure l'exposition des compétences de chaque métier à l'IA "
        "générative (un score et un rang), pas une part de tâches automatisées, de temps de travail ou de salariés. "
        "Ce qu'elle donne :"
    )


def share_claimed(ask: str, plan: Plan) -> str | None:
    """A share of a job's work claimed from its score: no, and what the score is (the answer is about the job)."""
    if plan.intent not in ("job", "compare", "reassure_job") or not claims.work_share_from_the_score(ask):
        return None
    return ("Non : l'étude ne dit pas cela. Son score mesure l'exposition des compétences d'un métier à l'IA générative, "
            "relativement aux autres métiers ; ce n'est pas une part de tâches faites par l'IA. Ce qu'elle donne :")


def published_change(tool: ScoringTool, ask: str, plan: Plan) -> str | None:
    """ "le tableau dit +4, il a gagné des places ?" of a job whose published change contradicts its positions: the
    inconsistency said after the answer (a job's card does not say it)."""
    if plan.intent not in ("job", "reassure_job") or not plan.jobs:
        return None
    card = tool.card(plan.jobs[0])
    if card.change.rank_change_published == card.change.rank_change:
        return None
    said = ask.lower().replace("plus ", "+")
    if not re.search(rf"\+ ?{abs(card.change.rank_change_published)}\b|\bcolonne\b|\b(tableau|étude|etude) (dit|indique|affiche|marque|publie)", said):
        return None
    return render.published_change_note(card.job, card.change.rank_change_published, card.pwc.rank, card.expert.rank)


def verdict(tool: ScoringTool, ask: str, plan: Plan, parts: list[str]) -> str | None:
    """What the user states to have it checked gets a plain first sentence: yes, or no and what it is."""
    if operation(plan.intent).outcome != "answer":
        return None  # a refusal does not check the figure it refuses to confirm
    if parts and re.match(r"(Oui|Non|Si|Peu|Pas exactement)\b", parts[0]):
        return None  # the handler said it first
    if plan.intent == "job" and plan.jobs and re.search(MEMBERSHIP, fold(ask)):
        # "le juriste fait-il partie des 58 métiers de l'étude ?": yes, it is one of them (not a count to check)
        return f"Oui : {tool.by_id[plan.jobs[0]].job} fait partie des {tool.total} métiers de l'étude."
    alone = _pwc_alone(ask, plan) or _count_of_the_list(tool, ask, plan)
    if alone:
        return alone
    revised = _revised_by_the_experts(tool, ask, plan)  # from the records, whatever the passages found
    if revised:
        return revised
    if claims.yes_no(ask) and re.search(r"\b1( 00?)?\b.{0,20}\b(le |la )?(max|maximum|maximal\w*|plus haut\w*|plafond|top)\b", fold(ask)):
        # "1,00 c'est le max ?": the top of the study's scale
        return "Oui : 1,00 est le score d'exposition maximal de l'étude (son échelle va jusqu'à 1, l'exposition maximale)."
    if plan.intent == "methodology" and plan.topic == "score" and claims.yes_no(ask) and re.search(claims.SCALE_ASKED, fold(ask)):
        # "0,86 ça fait peur, c'est sur 1 ?": yes, the scale of the score
        return "Oui : le score de l'étude va de 0 (exposition minimale) à 1 (exposition maximale)."
    if parts and re.match(r"(Je n'ai (pas trouvé|trouvé aucun)|La recherche dans le texte|L'étude ne traite pas de (cette question|ce sujet) :)", parts[0]):
        return None  # nothing found to check the claim against: no verdict
    if plan.intent in ("reassure", "reassure_job", "audit"):
        return None  # its first sentence answers (the worry; the gaps between text and table)
    if plan.topic == "place":
        return None  # "et le dernier ?", "0,49 c'est beaucoup ?": a place or a size asked, nothing claimed
    # "et 6e chez les experts ?" after a claim: a figure said of the job in view is checked too
    if plan.intent == "job" and plan.jobs and (claims.yes_no(ask) or (plan.follow_up and re.search(r"\d", ask))):
        checked = claims.check_job(ask, tool.card(plan.jobs[0]), tool)
        if checked is not None:
            return checked.sentence
    if plan.intent == "methodology" and plan.jobs:
        # "il est passé de 0,30 à 0,45 chez les experts, pourquoi ?": a score that is neither of the job's first
        card = tool.card(plan.jobs[0])
        scores = {round(card.pwc.score, 2), round(card.expert.score, 2)}
        wrong = [q for q in reading.quoted_figures(ask) if q.kind == "score" and round(q.value, 2) not in scores]
        if wrong:
            return (
                f"Non : d'après l'étude, le score de {card.job} passe de {render.score(card.pwc.score)} (PwC) à "
                f"{render.score(card.expert.score)} (experts métier), pas {', '.join(q.text for q in wrong)}."
            )
    if plan.intent == "query" and plan.set_ask is not None and {"all", "share", "same", "leader"} & set(plan.set_ask.outputs):
        return None  # its first sentence is the verdict
    if plan.intent == "figure":
        return None
    figures = reading.quoted_figures(ask)
    shares = [q for q in figures if q.kind == "percent" and q.value == int(q.value)]
    if shares and not re.search(claims.QUESTION_WORDS, fold(ask)) and claims.yes_no(ask):
        # "36 % ont des règles informelles ?": the survey's clause that gives the figure, not the whole finding
        wrong = survey_claims.check(ask, shares, tool.study.maturity)
        # only with the figures the answer cites (the clause it names instead must be among its sources)
        if wrong and guard.numbers(wrong) <= guard.numbers("\n".join(parts) + " " + ask):
            return wrong
    stated = claims.yes_no(ask) and (
        re.search(r"\b(est|sont|a|ont|represente\w*|font|fait|compte\w*|y a|passe\w*|gagne\w*|perd\w*)\b", fold(ask))
        or (figures and not re.match(r"^(et|mais|puis)\b", fold(ask)) and not REQUEST.search(fold(ask)))  # "la deuxième étude sort en 2026 ?"
    )  # a statement put as a question ("il y a 12 métiers cœur ?"), not "et la 5e ?" nor "les 6 actions prioritaires en bref ?"
    if not stated and re.search(claims.QUESTION_WORDS, fold(ask)):
        return None  # "c'est quoi les 4 profils ?" asks, it claims nothing
    quoted = [q for q in figures if not reading.named_by_size(ask, q)] if stated else reading.claims(ask)
    # "la première action pour 2025 c'est un comité d'éthique ?": a year said in passing is not the claim; the
    # claim is checked on the passage's words below, not "Oui" because 2025 is in the answer
    quoted = [q for q in quoted if q.kind != "year" or not re.search(r"\b(pour|en|d ici|a engager en|horizon) 20\d\d\b", fold(ask))
              or (str(int(q.value)) not in "\n".join(parts) and claims.yes_no(ask))]  # (a wrong year stays the claim: "à engager en 2024 ?")
    # ("qu'est-ce que je mets en place en 2025 ?" asks; a year said in an open question claims nothing)
    if plan.intent == "retrieval":  # passages give no job's score: a score is never contradicted from them
        quoted = [q for q in quoted if q.kind not in ("score", "rank")]
    if plan.intent in ("priority_actions", "recommendations"):  # "la 3e ?" after the list: which item, not a rank claimed
        quoted = [q for q in quoted if q.kind != "rank"]
    # "40 % … et 38 % … ça fait 78 %": a sum the user worked out is no figure of the study to check
    shares = [q.value for q in quoted if q.kind == "percent"]
    quoted = [q for q in quoted if not (q.kind == "percent" and any(q.value == a + b for i, a in enumerate(shares) for b in shares[i + 1 :]))]
    f = plan.set_ask.query.filter if plan.intent == "query" and plan.set_ask is not None else None
    bounds = {f.score_min, f.score_max} - {None} if f is not None else set()
    if bounds and any(q.kind == "score" and q.value in bounds for q in quoted):
        # "ils dépassaient déjà 0,80 chez PwC ?": the threshold is the set's, echoed by the answer; none over it is a
        # no, some is no plain yes (the rows say which)
        said = "\n".join(parts)
        # "2 métiers cœur sont sous 0,20 chez les experts ?": the rows counted, against it (not "les 10 métiers cœur",
        # the set's size)
        counted = [q for q in quoted if q.kind == "count" and not reading.sized_set(ask, q)]
        if counted and claims.yes_no(ask):
            found = {int(n) for n in re.findall(r"(?:^|\s|\*\*)(\d+) métiers?\b", said)}
            if not found:
                return "Non :" if re.match(r"\s*Aucun", said) else None
            claimed = int(counted[0].value)
            if len(found) > 1:
                return None  # one count per qualification, not the same: the rows say which holds where
            n = found.pop()
            return f"Oui : {n} {'métier' if n == 1 else 'métiers'}." if n == claimed else f"Non : {n} {'métier' if n == 1 else 'métiers'}, pas {claimed}."
        return "Non :" if re.match(r"\s*Aucun", said) else None
    if not quoted:
        said = "\n".join(parts)
        missing = claims.names_not_said(ask, said) if stated and plan.intent in ("facts", "methodology") else []
        if missing:  # "l'étude a été réalisée par Deloitte ?"
            return f"Non : d'après l'étude, ce n'est pas {', '.join(missing)}. Voici ce qu'elle dit :"
        # a statement put as a question ("…étaient-ils associés ?", "est-ce que ça implique … ?"), not "et les règles ?"
        asserted = stated or re.search(r"\best ce qu|\w-(t-)?(il|elle|ils|elles|on)\b", ask.lower())
        if asserted and claims.yes_no(ask) and plan.intent in PASSAGE_INTENTS and not re.match(r"(Oui|Non)\b", said.lstrip()):
            return _stated_in(ask, said)
        return None
    said = "\n".join(parts)
    # "5 axes et 6 actions prioritaires ?": how many of the study's own parts there are, counted in its records
    counted = counts(tool)
    miscounted = []
    # not "les experts ont requalifié les 58 métiers ?": a count said of something done to them is checked as said
    done = re.search(r"\b(requalifi|reevalu|revu|chang|mont|baiss|gagn|perd|pass|bascul|expos|impact|touch|concern)\w*", fold(ask))
    # not "les fiches existent pour les 58 métiers ?", "les 2 métiers du réseau ont le même score ?": counts of something else
    other = re.search(r"\b(fiches?|experts?|reseau|scores?|existent|ont (le|la|les|un|une))\b|\b\d+ metiers (du|de la|des|de l|en|qui|au|d)\b", fold(ask))
    right = []
    for q in [q for q in quoted if q.kind == "count" and not done and not other]:
        unit = q.text.split(" ", 1)[1]
        core = unit == "métiers" and re.search(rf"\b{int(q.value)} metiers coeurs?\b", fold(ask))
        # "8 métiers émergents ?": a count of a set the answer gives, not of all the study's jobs
        narrowed = unit == "métiers" and re.search(
            rf"\b{int(q.value)} metiers (emergents?|en forte|en evolution|non impactes?|fortement|de la famille|dans la famille|rh|medicaux|informatiques?"
            r"|qui (montent|baissent|gagnent|perdent|changent|sont en))\b", fold(ask))
        if narrowed and not core:
            continue
        actual = counted.get("métiers cœur" if core else unit)
        if actual is not None:
            quoted.remove(q)
            if actual != int(q.value):
                miscounted.append(f"{actual} {unit}, pas {q.text}")  # "c'est 10 métiers, pas 12 métiers"
            else:
                right.append(q.text)
    if miscounted:
        return f"Non : d'après l'étude, c'est {' ; '.join(miscounted)}. Voici ce qu'elle dit :"
    if right and not quoted:
        return f"Oui, c'est exact d'après l'étude : {' et '.join(right)}."
    # the words of the claim, not of how it was heard ("j'ai entendu dire que …, c'est vrai ?")
    claimed = {t for t in analyze(ask) if len(t) > 2 and not t.isdigit()} - GENERIC_STEMS - HEARSAY
    wrong = [q for q in quoted if not _said_of(said, q, claimed)]
    # "l'étude porte sur 58 métiers ?": a claim of the figure alone, in words that say nothing of what it counts
    subject = {c for c in claimed if not c.startswith(tuple(LIGHT_VERBS))}
    # "aucune formation" and "l'absence totale de formation" say the same: negative words count as one
    negative = {"aucun", "absenc", "sans", "manqu", "pas", "nul", "zero"}
    as_said = {"NEG" if t in negative else t for t in analyze(said)}
    same_words = not subject or len({"NEG" if t in negative else t for t in claimed} & as_said) >= max(2, (len(claimed) + 1) // 2)
    # "45 % ont une gouvernance dédiée ?" when the study says "sans toutefois de gouvernance": not the same claim
    denied = re.findall(r"\bsans (?:toutefois )?(?:de |d |aucune? )?((?:\w+ ){0,2}\w+)", fold(said))
    contradicted = any(set(analyze(d)) & claimed for d in denied)
    figures = ", ".join(q.text for q in quoted)
    if not wrong and contradicted and plan.intent in ("maturity", "retrieval", "facts"):
        return f"Non : ce chiffre ({figures}) figure dans l'étude, mais pour autre chose ; voici exactement ce qu'il mesure :"
    of_jobs = re.search(r"\d+\s*%\s*(des|de nos|de)\s+m[ée]tiers|(c'est|c’est|ce sont)\s+(les|le nombre de)\s+m[ée]tiers", ask.lower())
    if not wrong and plan.intent in ("maturity", "retrieval", "facts") and of_jobs and _of_respondents(said, quoted):
        # "58 % des métiers sont touchés ?", "les 58 % c'est les métiers ?": a share of the companies surveyed, not of jobs
        return f"Non : ce chiffre ({figures}) figure dans l'étude, mais il porte sur les entreprises répondantes, pas sur les métiers ; voici exactement ce qu'il mesure :"
    if not wrong and plan.intent in ("maturity", "retrieval", "facts") and not same_words:
        # the figure is the study's, but not said of that ("68 % ont déjà intégré l'IA ?"): what it counts, verbatim
        return f"Ce chiffre ({figures}) figure bien dans l'étude, mais voici exactement ce qu'il mesure :"
    if not wrong:
        return "Oui, c'est exact d'après l'étude :"
    actual = [a for a in (_actual(said, q, claimed) for q in wrong) if a]
    near = re.search(r"\d+", actual[0]) if len(actual) == len(wrong) == 1 and wrong[0].kind == "percent" else None
    approximately = re.search(survey_claims.APPROXIMATELY, ask, re.IGNORECASE)
    if near and not approximately and re.search(r"\b(tiers|moitie|quarts?)\b", fold(wrong[0].text)) and abs(int(near[0]) - wrong[0].value) <= survey_claims.NEAR:
        # "plus des deux tiers des boîtes ont déjà l'IA ?" for 68 %: the share is about right, what it counts may not be
        return f"Pas exactement : d'après l'étude, c'est {actual[0]} (à peu près {wrong[0].text}), mais voici exactement ce que ce chiffre mesure :"
    if near and re.search(survey_claims.APPROXIMATELY, ask, re.IGNORECASE) and abs(int(near[0]) - wrong[0].value) <= survey_claims.NEAR:
        return f"Oui, à peu près : d'après l'étude, c'est {actual[0]}. Voici ce qu'elle dit :"  # "à peu près un tiers ?" for 36 %
    if len(actual) == len(wrong) == 1:  # "12 métiers cœur c'est ça ?": what it is, then what it is not
        return f"Non : d'après l'étude, c'est {actual[0]}, pas {wrong[0].text}. Voici ce qu'elle dit :"
    return f"Non : d'après l'étude, ce n'est pas {', '.join(q.text for q in wrong)}. Voici ce qu'elle dit :"


def _of_respondents(said: str, quoted: list) -> bool:
    """Whether every share quoted is, where the answer gives it, a share of the survey's respondents."""
    shares = [q for q in quoted if q.kind == "percent"]
    if not shares:
        return False
    for q in shares:
        number = f"{q.value:g}".replace(".", ",")
        sentences = [x for x in re.split(r"(?<=[.!?»])\s+", said) if re.search(rf"(?<![\d,]){re.escape(number)}\s*%", x)]
        if not sentences or not all(re.search(r"\br[ée]pondant", x) and not re.search(r"\bm[ée]tiers\b", x) for x in sentences):
            return False
    return True


def _count_of_the_list(tool: ScoringTool, ask: str, plan: Plan) -> str | None:
    """A count claimed of the study's list the answer gives (its priority actions, its axes, one axis's
    recommendations), checked against the records: the number said with no unit is of that list."""
    said = re.search(claims.COUNT_OF_IT, fold(ask))
    asked = re.search(claims.LIST_COUNT_ASKED, fold(ask))  # "combien d'actions dedans ?": the count, said first
    if not (said and claims.yes_no(ask)) and not asked:
        return None
    study = tool.study
    if plan.intent == "priority_actions":
        unit, actual = "actions", len(study.priority_actions)
    elif plan.intent == "recommendations" and plan.axis is None:
        unit, actual = "axes", len(study.axes)
    elif plan.intent == "recommendations":
        unit, actual = f"recommandations de l'axe {plan.axis}", len(next(a for a in study.axes if a.number == plan.axis).items)
    elif plan.intent == "profiles":
        unit, actual = "profils", len(study.profiles)
    elif plan.intent == "maturity" and plan.topic is None:
        unit, actual = "enseignements clés de la consultation des entreprises", len(study.maturity)
    else:
        return None
    if not (said and claims.yes_no(ask)):
        return f"D'après l'étude : {actual} {unit}."
    word = said[1] or said[2]
    n = claims.count_said(word)
    if n == actual:
        return f"Oui, c'est exact d'après l'étude : {actual} {unit}."
    return f"Non : d'après l'étude, c'est {actual} {unit}, pas {n}."


def _pwc_alone(ask: str, plan: Plan) -> str | None:
    """ "c'est PwC tout seul qui pilotait ?", "PwC a tout noté seul ?": no, and who else took part."""
    text = fold(ask)
    if plan.intent not in ("methodology", "facts", "dialia", "retrieval") or not claims.yes_no(ask):
        return None
    if not (re.search(r"\bpwc\b", text) and re.search(r"\b(tout )?seule?s?\b|\buniquement\b|\bseulement\b|\bque pwc\b", text)):
        return None
    if re.search(r"\bpilot\w*|\bsupervis\w*|\bdirig\w*|\bvalid\w*", text):
        return ("Non : l'étude a été réalisée par PwC, mais son pilotage a été assuré par le comité de représentation paritaire "
                "de l'Observatoire des métiers de l'assistance, avec des représentants salariés et patronaux.")
    return ("Non : PwC a fait la première qualification de tous les métiers ; les experts métier (des représentants métier) "
            "ont ensuite requalifié les métiers cœur d'assistance.")


def _revised_by_the_experts(tool: ScoringTool, ask: str, plan: Plan) -> str | None:
    """ "les experts ont revu les 58 métiers ?", "ils ont requalifié les data analysts aussi ?": the experts' requalification
    covers the core jobs only, as the study says (its table shows scores for all 58 under both qualifications)."""
    text = fold(ask)
    if not (claims.yes_no(ask) and re.search(r"\b(experts?|ils)\b", text) and re.search(r"\b(revu|requalifi|reevalu|renot|reexamin|repass|retravaill)\w*", text)):
        return None
    counted = counts(tool)
    every = re.search(r"\b(58|tous|toutes|l ensemble)\b", text)
    if plan.jobs and not every:
        job = tool.by_id[plan.jobs[0]]
        if job.core:
            return f"Oui : {job.job} est un métier cœur d'assistance, dont les experts métier ont requalifié les compétences."
        return f"Non : d'après l'étude, la requalification par les experts métier porte sur les {counted['métiers cœur']} métiers cœur d'assistance ; {job.job} n'en fait pas partie."
    if every:
        return f"Non : d'après l'étude, les experts métier ont requalifié les compétences des {counted['métiers cœur']} métiers cœur d'assistance, pas des {counted['métiers']} métiers."
    return None


# a request that names its subject by a figure ("les 6 actions prioritaires 2025 en bref ?", "le top 3 ?"): nothing claimed
REQUEST = re.compile(r"\b(en bref|resume\w*|recap\w*|liste\w*|donne\w*|rappelle\w*|detaill\w*|explique\w*|presente\w*|cite\w*|enumere\w*|en \d+ points)\b|^(les|le|la|des|top) \d+\b")


def counts_stated(tool: ScoringTool, sentence: str) -> dict[str, int]:
    """The study's counts a verdict states ("c'est 58 métiers, pas 60"): recorded with it, so the figure guard
    traces them, and no other count is allowed into the answer."""
    return {unit: n for unit, n in counts(tool).items() if re.search(rf"\b{n} {unit}\b", sentence)}


def cards_stated(tool: ScoringTool, sentence: str) -> list:
    """The cards of the study jobs a verdict names with their figures ("le plus exposé selon PwC est Statisticien /
    Data analyst (1,00, 1er sur 58)"): recorded with it, so the figure guard traces those figures to the tool."""
    return [tool.card(job.id) for job in tool.jobs if f"{job.job} (" in sentence]


def counts(tool: ScoringTool) -> dict[str, int]:
    study = tool.study
    return {
        "axes": len(study.axes), "actions": len(study.priority_actions), "métiers": len(tool.jobs),
        "métiers cœur": sum(1 for j in tool.jobs if j.core), "familles": len({j.family_code for j in tool.jobs}),
        "profils": len(study.profiles), "niveaux": len(study.levels), "enseignements clés": len(study.maturity),
        **{f"recommandations de l'axe {a.number}": len(a.items) for a in study.axes},
    }  # fmt: skip


ROOT = 7  # stems compared on their first letters: "requalifié" and "requalification" stem apart
GENERIC_ROOTS = {g[:ROOT] for g in GENERIC_STEMS}


@lru_cache(maxsize=2048)
def _roots(text: str) -> frozenset[str]:
    """A sentence's stems, cut to their first letters (the same sentences are read for each figure claimed)."""
    return frozenset(t[:ROOT] for t in analyze(text))


def _question_roots(ask: str, dropped: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The question's own words, cut to their first letters: no figure, no word every question has."""
    return {t[:ROOT] for t in analyze(ask) if len(t) > 2 and not t.isdigit() and t not in dropped} - GENERIC_ROOTS


def _sentences(said: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;!?])\s+|\n+", said) if s.strip()]


# answers that quote or restate the study's sentences, which a yes-or-no question is checked against
PASSAGE_INTENTS = ("retrieval", "methodology", "facts", "maturity", "exposure_findings", "recommendations", "priority_actions", "dialia")
NEGATION = r"\b(ne|pas|aucun\w*|jamais|sans|ni|non)\b|\bn\b(?! ?\d)"  # not "n° 6" ("n 6" folded)
AUXILIARIES = {"etaient", "etait", "etre", "ete", "sera", "seront", "serait", "faut", "peut", "peuvent", "doit", "doivent",
               "fait", "font", "avoir", "aura", "auront", "vont", "dit", "dis"}  # fmt: skip
SUPPORT = 0.75  # share of the question's words a sentence must hold to say yes or no from it


def _stated_in(ask: str, said: str) -> str | None:
    """ "Les représentants patronaux étaient-ils associés au pilotage ?": the sentence of the answer that holds
    nearly all the question's words says yes, or no when one of the two is negative ("…n'implique pas de
    réallocation du temps de travail"); without such a sentence, no verdict."""
    roots = _question_roots(ask, AUXILIARIES)
    if len(roots) < 2:
        return None
    held = {s: len(roots & _roots(s)) for s in _sentences(said)}
    best = max(held, key=held.get, default="")
    if held.get(best, 0) < SUPPORT * len(roots):
        return None
    same = bool(re.search(NEGATION, fold(ask))) == bool(re.search(NEGATION, fold(best)))
    return "Oui, d'après l'étude :" if same else "Non, d'après l'étude :"


HEARSAY = set(analyze("entendu dire dit disent vrai faux exact exacte confirme confirmer collègue collègues affirme affirment paraît lu raconte"))
LIGHT_VERBS = {"port", "conce", "couvr", "compt", "inclu", "etud", "analy", "trait"}  # "porte sur", "concerne", "couvre"…


HOW_MANY = r"\b(combien|nombre|how many|quelle duree|quelle part|quelle proportion|quel pourcentage|quelle periode)\b"


def figure_first(ask: str, parts: list[str]) -> list[str]:
    """ "combien de compétences par métier ?": the sentence that gives the figure asked for comes first, with its
    source, rather than at the end of the paragraph that holds it."""
    if not re.search(HOW_MANY, fold(ask)) or not parts:
        return parts
    roots = _question_roots(ask) - {"combien", "nombr"}
    best, where = 0, None
    for i, part in enumerate(parts):
        body, refs = re.match(r"(.*?)((?: ?\[\d+\])*)\s*$", part, re.S).groups()
        sentences = re.split(r"(?<=\.)\s+(?=[A-ZÀ-Ý0-9])", body.strip())
        for j, sentence in enumerate(sentences):
            shared = len(roots & _roots(sentence))
            if re.search(r"\d", sentence) and shared > best:
                best, where = shared, (i, j, sentences, refs)
    if where is None or (where[0], where[1]) == (0, 0) or "\n" in parts[where[0]]:
        return parts  # already first, or a list whose lines are not to be taken apart
    i, j, sentences, refs = where
    lead = f"{sentences[j].strip()}{refs}"
    rest = " ".join(s for k, s in enumerate(sentences) if k != j).strip()
    return [lead] + parts[:i] + ([f"{rest}{refs}"] if rest else []) + parts[i + 1 :]


def _actual(said: str, quoted: reading.Quoted, claimed: set[str]) -> str | None:
    """The figure of the same kind the answer gives in its sentence most about the claim, when there is one."""
    roots = {c[:ROOT] for c in claimed}
    scored = [(len(roots & _roots(s)), s) for s in _sentences(said)]
    scored = [(n, s) for n, s in scored if any(q.kind == quoted.kind for q in reading.quoted_figures(s))]
    if not scored:
        return None
    best = max(n for n, _ in scored)
    figures = {q.text for n, s in scored if n == best for q in reading.quoted_figures(s) if q.kind == quoted.kind}
    return figures.pop() if len(figures) == 1 and (best >= 1 or len(scored) == 1) else None


def _said_of(said: str, quoted: reading.Quoted, claimed: set[str]) -> bool:
    """Whether the answer states the figure of what the user claims: "les experts ont requalifié les 58 métiers ?"
    is not confirmed by "58 métiers" in a sentence on ROME when the sentence on the requalification says "10"."""
    if not reading.figure_in(said, quoted):
        return False
    sentences = _sentences(said)
    roots = {c[:ROOT] for c in claimed}
    overlap = {s: len(roots & _roots(s)) for s in sentences}
    if any(reading.figure_in(s, quoted) and overlap[s] >= min(2, len(claimed)) for s in sentences):
        return True
    closest = max(sentences, key=overlap.get, default="")
    # the sentence most about the claim gives another figure of that kind: the claim's figure is of something else
    return not (overlap.get(closest, 0) >= 2 and any(q.kind == quoted.kind for q in reading.quoted_figures(closest)))
