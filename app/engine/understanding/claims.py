"""Checks what a user states about a job ("le juriste a 0,80 ?", "l'infirmier est passé 17e chez les experts ?",
"le chargé d'assistance a progressé ?", "le médecin est le moins exposé de tous ?") against the table, so the
answer's first sentence is a plain "Oui" or "Non" followed by what the table says."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.schema import Qualification
from knowledge.text import fold
from scoring import ScoringTool, render
from scoring.models import JobCard

from .changes import DOWN, UP
from .reading import FamilyReader

QUESTION_WORDS = (
    r"^(?:(?:ok|okay|bon|alors|d accord|du coup|concretement|mais|ah|bref|euh|super|merci|tres bien|et) )*(de |a |en |par )?(quel|quelle|quels|quelles|combien|comment|pourquoi|qui|que|quoi|qu est|ou|c est quoi|lequel|laquelle"
    r"|lesquels|lesquelles|what|which|how|who|why|where|donne|liste|explique|decris|compare|dis moi)\b"
)
# "a augmenté de combien ?", "il est à quelle place ?", "c'est qui ?": the question word comes last
ASKS_AT_THE_END = (
    r"\bcombien\b|\b(quoi|lequel|laquelle|lesquels|lesquelles|qui|ou|quand|comment|pourquoi|quel|quelle|quels|quelles)( \w+){0,4}\s*$"
    r"|\b(c est quoi|veut dire quoi|ca donne quoi|ca change quoi|ca signifie quoi)\b"
)
CLAIM_CUES = r"\b(tranquilles?|epargnee?s?|a l abri)\b|\bje (crois|pense)\s*$|\b(on|qu on) m a dit\b|^j ai (lu|entendu|vu) (que|qu)\b|^il parait (que|qu)\b|\bm a dit\b|\bpoint final\b|^je (crois|pense) (que|qu)\b|\b(dit|disent|affirme\w*|pretend\w*) (aussi |egalement |meme )?(que|qu)\b|\bc est (bien )?(ca|juste|exact|vrai)\b|\bhein\s*$|\bnon\s*$|\bje (ne )?me trompe|\bconfirme|\bvrai\b|\bis (it|that) true\b|\bright\b|\bdonc\b|\bbien\b"
PROFILES = (
    (r"non impacte|negligeable", "Non impacté ou de manière négligeable"),
    (r"forte transfo", "En forte transformation"),
    (r"en evolution", "En évolution"),
    (r"emergent", "Emergent"),
)

# A share of the work said to be what the score means ("86 % de mes tâches seront faites par l'IA"), not the work
# described beside a comparison ("je passe 50 % de mon temps à rédiger, je suis plus exposé que le comptable ?")
WORK_SHARE = (r"\b\d{1,3} ?pour ?cent (de |des |du )?(mes |ses |nos |leurs |son |mon |ma |sa |leur |notre )?"
              r"(taches|travail|activites|missions|boulot|temps)\b")
SHARE_OF_THE_AI = r"\b(par l ia|l ia (fera|va faire|fait|remplace\w*)|automatis\w*|remplace\w*|veut dire|signifie|ca fait|donc)\b"
COMPARED = r"\b(plus|moins|autant|aussi)\b.{0,40}\bque\b"


def work_share_from_the_score(text: str) -> bool:
    """ "ça veut dire que 86 % de mes tâches seront faites par l'IA ?": a share of a job's work read from its score."""
    said = fold(text.replace("%", " pourcent "))
    return bool(re.search(WORK_SHARE, said) and re.search(SHARE_OF_THE_AI, said) and not re.search(COMPARED, said))

# "c'est sur 1 ?", "c'est noté sur 1 ?": the score's scale asked
SCALE_ASKED = r"\bsur (1|un)\s*$"  # (the question ends with it: not "j'ai 0,78 sur 1, c'est grave ?")




# the biggest move of places said as a superlative ("c'est lui qui a perdu le plus de places ?")
PLACES_RECORD = r"\ble plus de places\b|\b(a|ont) le plus (gagne|perdu|monte|recule|progresse|baisse)\b"
# "il y en a 6 c'est ça ?", "y en a 5 aussi ?", "ça fait 9 mesures ?": a number said of the list being answered
# counts said in words, one to twelve (a count claimed, a set sized: "il y en a six", "les cinq dont on parle")
COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12}
_NUMBER = rf"(\d{{1,2}}|{'|'.join(COUNTS)})"


def count_said(word: str) -> int:
    """A count said in figures or in words ("6", "six")."""
    return int(word) if word.isdigit() else COUNTS[word]


COUNT_OF_IT = rf"\b(?:il )?y en (?:a|aurait) {_NUMBER}\b(?! (?:sur|pour|qui|concernant|autour|dans|de|d|avec)\b)|^(?:et |donc |alors )?ca (?:fait|en fait) {_NUMBER}\b(?! ?%)"
# the size of the list in view asked ("combien d'actions dedans ?", "y a combien de mesures là-dedans ?")
LIST_COUNT_ASKED = (
    r"\bcombien\b.*\b(dedans|la dedans|dans cet axe|dans celui ci|dans cette liste)\b"
    r"|^(et |donc |ok )?((il )?y en a combien|combien (il )?y en a( t il)?|ca (en )?fait combien|combien en tout|combien au total)\s*$"
    r"|^(et |donc |ok )?combien (d )?(enseignements?|constats?|actions?|axes?|profils?)( cles?)?( (il )?y en a( t il)?| en tout| au total)?\s*$"
)  # ("combien d'enseignements clés en tout ?" after the survey's findings: that list's size)
# a threshold said just before a figure: "dépasse 0,3 ?", "plus de 20 places ?", "under 0.5?"
ABOVE = r"\b(plus de|plus que|au moins|au dessus d[eu]|superieure? (a|au)|depass\w*|over|above|more than|at least)( (les|la barre d[eu]|le seuil d[eu]))?\s*$|>=?\s*$"
BELOW = r"\b(moins de|moins que|au plus|en dessous d[eu]|sous|inferieure? (a|au)|under|below|less than)( (les|la barre d[eu]|le seuil d[eu]))?\s*$|<=?\s*$"


def threshold(before: str) -> str | None:
    """ "above" or "below" when the words just before a figure set a threshold, else None (the figure is claimed as is)."""
    tail = fold(before[-40:]) if not before.rstrip().endswith(("<", ">", "<=", ">=")) else before.rstrip()[-2:]
    if re.search(ABOVE, tail):
        return "above"
    if re.search(BELOW, tail):
        return "below"
    return None


def _beyond(value: float, limit: float, way: str | None) -> bool:
    """The value as claimed: equal to the figure, or past the threshold the way it was said."""
    if way == "above":
        return value > limit + 1e-9
    if way == "below":
        return value < limit - 1e-9
    return abs(value - limit) < 1e-9


def one_way(question: str) -> bool:
    """A move claimed one way ("il a progressé ?"), not asked which way ("monté ou baissé ?", "a-t-il changé ?")."""
    text = fold(question)
    return bool(re.search(UP, text)) != bool(re.search(DOWN, text))


@dataclass(frozen=True)
class Verdict:
    true: bool
    sentence: str


def _plain(text: str) -> str:
    """Folded, without "quand même" ("ça reste … quand même ?" asks yes or no, not when) nor "ou pas" ("c'est
    forte transfo ou pas ?" asks yes or no, not where)."""
    return re.sub(r"\bquand meme\b|\bou (pas|non)\b", " ", fold(text))


def yes_no(question: str) -> bool:
    """A question answered by yes or no: not one that asks which, how many, why…"""
    text = _plain(question)
    # "c'est bien l'axe 4 qui parle de ces passerelles ?": a cleft states something, its "qui" asks nothing
    cleft = re.match(r"^(et |donc |alors )?(c est|ce sont) (bien |vraiment |donc |pas )?(?!(qui|quoi|ou|quand|comment|combien|lequel|laquelle|quel\w*)\b)\w+", text)
    if cleft and not re.search(QUESTION_WORDS, text) and not re.search(r"\b(comment|pourquoi|combien|quand|quoi|lequel|laquelle)\b", text):
        return question.rstrip().endswith("?") or bool(re.search(CLAIM_CUES, text))
    if re.search(QUESTION_WORDS, text) or re.search(ASKS_AT_THE_END, text) or re.search(r"\b(comment|pourquoi|combien|quand)\b", text):
        return False  # "il a évolué comment entre PwC et les experts ?" asks how
    if re.search(r"\b(fais|fait|faisons|faire|font|peux|peut|pouvons|doi\w*|devr\w*|dit|disent|recommande\w*|prevoit|propose\w*) quoi\b", text):
        return False  # "en tant que RH je fais quoi pour eux ?" asks what
    # "et pour les managers ?", "et sur l'éthique ?": a topic taken further, no statement to confirm
    if re.match(r"^(et|mais|puis)\b", text) and len(text.split()) <= 6 and not re.search(r"\b(est|sont|a|ont|c est|il|elle|ils|elles|on|vont|va|je|j|suis|reste|restent)\b", text):
        return False
    # "et le métier émergent le plus exposé tout court ?": a set's member asked for, with no verb to confirm
    if re.match(r"^(et|mais|puis) (le|la|les) (metiers?|postes?|jobs?|familles?)\b", text) and not re.search(r"\b(est|sont|a|ont|c est|il|elle|ils|elles|serait|reste|restent)\b", text):
        return False
    # "40 % n'ont aucune formation : que recommande l'étude ?": the question after the colon asks what
    if any(re.search(QUESTION_WORDS, _plain(clause)) for clause in re.split(r"[:;,.]", question)[1:]):
        return False
    # "ça concerne qui d'autre, ce genre de changement ?": a clause that ends on its question word
    if any(re.search(ASKS_AT_THE_END, _plain(clause)) for clause in re.split(r"[:;,.]", question)):
        return False
    # « les experts le placent 45e avec 0,17 »: a sentence quoted from a leaflet, to be checked
    quoted = re.fullmatch(r"\s*[«\"“](?P<inner>[^«»\"“”]+)[»\"”]\s*[.!?]*\s*", question)
    return question.rstrip().endswith("?") or bool(re.search(CLAIM_CUES, text)) or bool(quoted)


def asked_negatively(folded: str) -> bool:
    """ "il est pas cœur ?", "il n'est pas dans la data lui aussi ?": a plain question whose clause is negative (French
    answers it "Non" when it is not, "Si" when it is), not a claim put to confirm ("il n'est pas cœur, c'est bien
    ça ?") nor a premise said before another question ("il n'est pas cœur mais son score a bougé ?")."""
    return not re.search(CLAIM_CUES, folded) and bool(re.search(r"\b(n )?(est|sont|suis|es|etes|sommes)( \w+)? pas\b", folded)) and not re.search(
        r"\b(pourquoi|comment|mais|alors que|pourtant|bien que|quand meme|sort\w*|quitt\w*|requalifi\w*|bouge\w*|chang\w*|mont\w*|baiss\w*)\b", folded)


def _qualifications(text: str) -> list[str]:
    expert = re.search(r"\bexperts?\b|\brequalif|\bateliers?\b", text)
    pwc = re.search(r"\bpwc\b", text)
    if expert and not pwc:
        return ["expert"]
    if pwc and not expert:
        return ["pwc"]
    return ["pwc", "expert"]


def _facts(card: JobCard, qualifications: list[str]) -> str:
    views = {"pwc": card.pwc, "expert": card.expert}
    names = {"pwc": "PwC", "expert": "experts métier"}
    return " ; ".join(
        f"{names[q]} {render.score(views[q].score)}, {render.ordinal(views[q].rank)} sur {card.pwc.total}, "
        f"« {views[q].classification} »"
        for q in qualifications
    )


@lru_cache(maxsize=4)
def _families(tool: ScoringTool) -> FamilyReader:
    """The family reader of a tool's jobs, built once per tool."""
    return FamilyReader(tool.jobs)


@lru_cache(maxsize=4)
def _titles(tool: ScoringTool) -> tuple[re.Pattern, ...]:
    """Each job's folded title as a pattern, in the tool's order, compiled once per tool."""
    return tuple(re.compile(rf"\b{re.escape(fold(job.job))}\b") for job in tool.jobs)


def _placed(job, q: str, total: int) -> str:
    """ "Statisticien / Data analyst (1,00, 1er sur 58)": a job with its figures in one qualification."""
    view = job.exposure(Qualification(q))
    return f"{job.job} ({render.score(view.score)}, {render.ordinal(view.rank)} sur {total})"


def without_titles(folded: str, tool: ScoringTool) -> str:
    """The message without the study's job titles: "des métiers cœur, c'est Juriste ?" names no family (13's words
    are in the title)."""
    for title in _titles(tool):
        folded = title.sub(" ", folded)
    return folded


def both_said(text: str) -> bool:
    """ "dans les deux qualifications", "chez PwC et les experts": a claim that must hold in both."""
    return bool(re.search(r"\b(dans|selon|pour|chez) les (deux|2)\b|\bles (deux|2) qualifications\b|\bdans les deux cas\b|\bpwc et (chez |selon )?les experts\b|\bexperts et (chez |selon )?pwc\b", text))


def check_job(question: str, card: JobCard, tool: ScoringTool) -> Verdict | None:
    """What the user states about one job, checked; None when they state nothing checkable."""
    # "c'est aussi l'avant-dernier des 58 ?": a rank claimed in words
    folded = fold(question)
    if re.search(r"%|\bpour ?cent\b|\bpourcentage\b|\bla moitie\b|\bun tiers\b|\bun quart\b", question.lower() + " " + folded):
        return None  # "0,78, ça veut dire 78 % de mon travail ?": a share, which no card holds (the score is no share)
    before_last = re.search(r"\bavant derni", folded)
    text = re.sub(r"\b(l )?avant derniere?\b", f"{tool.total - 1}e", folded)
    asked = _qualifications(text)
    views = {"pwc": card.pwc, "expert": card.expert}
    checks: list[bool] = []
    notes: list[str] = []
    whole = re.search(r"\bscore (?:de |à |a |égal à |egal a )?([01])\b(?![,.]\d)", question.lower())  # "un score de 1 chez PwC ?"
    quoted = [*re.finditer(r"\b([01])[,.](\d{1,2})\b", question), *([(None, whole[1], "0")] if whole else [])]
    # "passe de 0,14 à 0,41 chez les experts ?": the first score is PwC's, the second the experts'
    moved_from_to = len(quoted) == 2 and re.search(r"\bde [01] \d{1,2} (a|au|vers|pour) [01] \d{1,2}\b|\b[01] \d{1,2} (a|->|→) [01] \d{1,2}\b", text)
    for i, m in enumerate(quoted):
        value = float(f"{m[1]}.{m[2]:0<2}")
        held = [("pwc", "expert")[i]] if moved_from_to else asked
        way = threshold(question[: m.start()]) if m[0] is not None else None
        checks.append((all if both_said(text) and way else any)(_beyond(views[q].score, value, way) for q in held))
        side = {"above": "au-dessus de ", "below": "en dessous de ", None: ""}[way]
        if not checks[-1]:
            notes.append(f"pas {side}{render.score(value)}")
        elif way:
            notes.append(f"{side}{render.score(value)}")
    # "je suis dans la 1re moitié ?": ranks 1 to 29 of 58 (the most exposed half) or the others
    half = re.search(r"\b(1 ?(?:ere|er|re|e)|premiere|2 ?(?:e|eme|nde)|deuxieme|seconde) moitie\b", text)
    if half:
        top = half[1].startswith(("1", "prem"))
        checks.append(any((views[q].rank <= tool.total // 2) == top for q in asked))
        if not checks[-1]:
            notes.append(f"{render.ordinal(views[asked[0]].rank)} sur {tool.total}, dans la {'seconde' if top else 'première'} moitié")
        text = text.replace(half[0], " ")
    for m in re.finditer(r"\b(\d{1,2})\s*(?:e|eme|er|ere|th|st|nd|rd)\b(?! place)", text):
        rank = int(m[1])
        checks.append(any(views[q].rank == rank for q in asked))
        if not checks[-1]:
            notes.append("pas l'avant-dernier" if before_last and rank == tool.total - 1 else f"pas {render.ordinal(rank)}")
            at = [j for j in tool.jobs if j.exposure(Qualification(asked[0])).rank == rank]
            if at and rank <= tool.total and not before_last:  # "le formateur est 1er chez PwC ?": who is
                notes.append(f"le {render.ordinal(rank)} {render.ACCORDING_TO[asked[0]]} est {at[0].job}")
    partly = None  # a profile true in one qualification only
    both = both_said(text)
    for pattern, label in PROFILES:
        if re.search(rf"\b{pattern}", text) and not re.search(r"\bpasse\w* de\b", text):
            # "en forte transformation dans les deux qualifications ?": in both, not in either
            checks.append((all if both else any)(views[q].classification == label for q in asked))
            if checks[-1] and len(asked) == 2 and not all(views[q].classification == label for q in asked):
                partly = f"« {label} » selon {'PwC' if views['pwc'].classification == label else 'les experts métier'} seulement"
            if not checks[-1]:
                notes.append(f"pas « {label} »")
            break
    extreme = re.search(r"\b(le|la) (plus|moins) (expose|menace|touche|impacte|concerne)\w*( de (tous|l etude|toute l etude|tout le classement|toute la boite|la boite))?\b|\bmost exposed\b|\bleast exposed\b|\ble plus bas\b|\ble plus haut\b|(?<!en )(?<!\d )\bpremiers?\b|(?<!\d )\bderniers?\b|\bnumero (1|un)\b|\ble maximum\b|\ble minimum\b|\ble max\b|\ble min\b", text)
    # "le plus exposé de sa famille ?" is within the job's family; "de la famille RH ?", a family named, is a set this
    # check does not know
    own_family = re.search(r"\b(de|dans) (sa|son|leur|cette|ma|notre) (famille|filiere)\b", text)
    # "le plus exposé des métiers des opérations d'assistance ?": a family named, the claim is checked within it
    named_family = None if own_family else next(iter(_families(tool).codes(without_titles(text, tool))[0]), None)
    other_family = re.search(r"\bfamilles?\b", text) and not own_family and not named_family
    if extreme and not other_family and not re.search(r"\b(plus|moins) expose\w* que\b|\b\d{1,2} ?(e|eme) (metier )?(le )?(plus|moins)\b", text):
        top = bool(re.search(r"\bplus (expose|menace|touche|impacte|concerne)|\bmost\b|\bplus haut|\bpremier|\bnumero|\bmax", extreme[0]))
        # "le plus exposé des métiers cœur ?": the first of the core jobs, not of all 58
        core = bool(re.search(r"\bcoeurs?\b", text)) and not re.search(r"\bde tous\b|\bdes 58\b|\bde l etude\b", text)
        pool = [j for j in tool.jobs if j.core] if core else tool.jobs
        among = " des métiers cœur" if core else ""
        if own_family or named_family:  # "le juriste est le plus exposé de sa famille ?": the first of its family, not of all 58
            code = named_family or card.family_code
            pool = [j for j in tool.jobs if j.family_code == code]
            among = f" de la famille {code} – {_families(tool).families[code].name}"
            if code != card.family_code:  # "le statisticien est le plus exposé de la famille RH ?": not of it at all
                notes.append(f"pas un métier{among}")

        def first_of(q: str):
            return (min if top else max)(pool, key=lambda j: j.exposure(Qualification(q)).rank)

        checks.append((all if both else any)(first_of(q).id == card.job_id for q in asked))
        if checks[-1] and len(asked) == 2 and not all(first_of(q).id == card.job_id for q in asked):
            # true for one qualification only ("le statisticien est le plus exposé ?"): say which, and who the other puts first
            q = next(q for q in asked if first_of(q).id != card.job_id)
            other = "PwC" if q == "expert" else "les experts métier"
            notes.append(f"{'le plus' if top else 'le moins'} exposé{among} selon {other} seulement ; selon {'PwC' if q == 'pwc' else 'les experts métier'}, c'est {_placed(first_of(q), q, tool.total)}")
        if not checks[-1]:  # who it is instead, in each qualification where the claim fails
            failing = [q for q in asked if first_of(q).id != card.job_id] or asked[:1]
            lead = f"{'le plus' if top else 'le moins'} exposé{among}"
            if len(failing) == 2 and first_of("pwc").id == first_of("expert").id:
                j = first_of("pwc")
                notes.append(
                    f"{lead} est {j.job} (PwC {render.score(j.pwc.score)}, {render.ordinal(j.pwc.rank)} ; "
                    f"experts métier {render.score(j.expert.score)}, {render.ordinal(j.expert.rank)} sur {tool.total})"
                )
            else:
                notes.append(" ; ".join(f"{lead} selon {'PwC' if q == 'pwc' else 'les experts métier'} est {_placed(first_of(q), q, tool.total)}" for q in failing))
    # "du coup il est dans le top 5 ?", "parmi les 10 plus exposés ?": a place at or above N
    top_n = re.search(r"\btop ?(\d{1,2})\b|\b(?:dans|parmi) les (\d{1,2}) (?:premiers|(?:metiers )?(?:les )?(?:plus|moins) expos\w*)\b", text)
    if top_n and not checks:
        n = int(top_n[1] or top_n[2])
        # "top 3 des moins exposés", "de sa famille", "des métiers cœur": the place counted in that ranking
        bottom = bool(re.search(r"\bmoins expos", text[top_n.start():]))
        core_only = re.search(r"\bcoeurs?\b", text) and card.core
        pool = [j for j in tool.jobs if (not own_family or j.family_code == card.family_code) and (not core_only or j.core)]

        def place(q: str) -> int:
            ranked = sorted(pool, key=lambda j: j.exposure(Qualification(q)).rank, reverse=bottom)
            return 1 + [j.id for j in ranked].index(card.job_id)

        inside = {q: place(q) <= n for q in asked}
        checks.append((all if both else any)(inside.values()))
        if checks[-1] and not all(inside.values()):
            held = next(q for q in asked if inside[q])
            notes.append(f"dans les {n} premiers selon {'PwC' if held == 'pwc' else 'les experts métier'} seulement")
        else:
            notes.append(f"dans les {n} premiers" if checks[-1] else f"pas dans les {n} premiers")
    # "c'est la plus forte progression du tableau ?": the biggest move of places between the two qualifications
    jump = re.search(r"\b(la plus forte|le plus gros|la plus grosse|le plus grand|la plus grande|le plus fort|la plus belle) (progression|saut|bond|hausse|gain|remontee|montee|baisse|chute|recul|perte|degringolade|changement|mouvement|ecart|deplacement)s?\b", text)
    record = re.search(r"\brecord\b", text) and re.search(r"\bplaces?\b|\bsaut|\bbond|\bprogress\w*|\bmont\w*|\bgagn\w*|\bperd\w*|\brecul\w*", text + " " + fold(question))
    # "c'est lui qui a perdu le plus de places ?": the record said as a superlative, in the direction said
    most = re.search(rf"{PLACES_RECORD}|\b(a|ont) le plus bouge\b", text)
    if (jump or record or most) and not checks:
        said_down = re.search(r"\b(perd\w*|recul\w*|baiss\w*|descend\w*|chut\w*)\b", text) if most else None
        said_up = re.search(r"\b(gagn\w*|mont\w*|progress\w*|grimp\w*)\b", text) if most else None
        down = (bool(said_down) if said_down or said_up else card.change.rank_change < 0) if most and not jump else (
            bool(re.search(r"baisse|chute|recul|perte|degringolade", jump[0])) if jump else card.change.rank_change < 0)
        either_way = bool(jump) and jump[2] in ("changement", "mouvement", "ecart", "deplacement")  # "le plus gros changement": up or down
        best = (
            max(tool.jobs, key=lambda j: abs(j.pwc.rank - j.expert.rank)) if either_way
            else (min if down else max)(tool.jobs, key=lambda j: j.pwc.rank - j.expert.rank)
        )
        moved_most = best.pwc.rank - best.expert.rank
        checks.append(best.id == card.job_id)
        what = "le plus gros changement de place" if either_way else "la plus forte baisse" if down else "la plus forte progression"
        own = "le sien" if either_way else "la sienne"
        if checks[-1]:  # the record, and the one that comes next ("29 places ; puis Infirmier d'assistance, 28")
            size = (lambda j: abs(j.pwc.rank - j.expert.rank)) if either_way else (lambda j: (j.expert.rank - j.pwc.rank) if down else (j.pwc.rank - j.expert.rank))
            second = max((j for j in tool.jobs if j.id != best.id), key=size)
            notes.append(f"{what} est bien {own} ({abs(moved_most)} places), devant {second.job} ({abs(second.pwc.rank - second.expert.rank)} places)")
        else:
            notes.append(f"{what} est {'celui' if either_way else 'celle'} de {best.job} ({abs(moved_most)} places)")
    safe = re.search(r"\b(parmi|partie) des moins (exposes|touches|impactes)|\b(risque\w* rien|ne risque\w* rien|rien a craindre|tranquilles?|epargnee?s?|a l abri|pas (du tout |vraiment )?(concernee?s?|touchee?s?|menacee?s?|exposee?s?|impactee?s?))\b", text)
    middle, split = False, ""
    if safe and not checks:
        # low exposure claimed: the more exposed reading must be among the least exposed
        more_exposed = render.third(min(views[q].rank for q in asked), card.pwc.total)
        less_exposed = render.third(max(views[q].rank for q in asked), card.pwc.total)
        checks.append(more_exposed == "least")
        # the nurse, 45e for PwC and 17e for the experts: low for one qualification, high for the other
        split = " ; ".join(f"parmi les {'moins' if render.third(views[q].rank, card.pwc.total) == 'least' else 'plus'} exposés {render.ACCORDING_TO[q]}"
                           for q in asked) if more_exposed == "most" and less_exposed == "least" else ""
        middle = not checks[-1] and less_exposed != "most" and not split  # neither yes nor no
        if split:
            notes.append(split)
        elif checks[-1] or not middle:
            notes.append("il est parmi les moins exposés" if checks[-1] else "il est parmi les plus exposés")
    moved = card.change.rank_change
    places = re.search(r"\b(\d{1,2})\s+places?\b", text)
    beyond = threshold(text[: places.start()]) if places else None

    if one_way(question) and re.search(r"\bscore\b", text) and not re.search(r"\d", text) and not checks:
        # "mon score monte avec les experts ?": the score from PwC to the experts, up or down
        checks.append((card.expert.score > card.pwc.score) if re.search(UP, text) else (card.expert.score < card.pwc.score))
        notes.append(f"score {render.score(card.pwc.score)} (PwC) → {render.score(card.expert.score)} (experts métier)")
    # "on a vraiment fait +29 places ?": a signed move, up or down
    signed = re.search(r"([+−-])\s?(\d{1,2})\s*(places?|rangs?)\b", question) or re.search(
        r"(?i)\b(?:est à|est a|à|a|affiche|fait|marque)\s([+−])\s?(\d{1,2})\b(?![,.]\d|\s*%)", question)  # "le gestionnaire de dossiers est à +4 ?"
    if signed and not re.search(UP, text) and not re.search(DOWN, text):
        checks.append(moved == (int(signed[2]) if signed[1] == "+" else -int(signed[2])))
    elif one_way(question) and re.search(UP, text) and not re.search(r"\bscore\b", text):
        checks.append(moved > 0 and (places is None or _beyond(moved, int(places[1]), beyond)))
    elif one_way(question) and re.search(DOWN, text) and not re.search(r"\bscore\b", text):
        checks.append(moved < 0 and (places is None or _beyond(-moved, int(places[1]), beyond)))
    side = {"above": "plus de ", "below": "moins de ", None: ""}[beyond]
    if places is not None and checks and not checks[-1] and moved:  # "10 places ?" when it is 5: say so
        notes.append(f"pas {side}{places[1]} places")
    elif places is not None and checks and checks[-1] and beyond:
        notes.append(f"{abs(moved)} places, soit {side}{places[1]}")
    if not checks:
        return None
    true = all(checks)
    change = ""
    if re.search(UP, text) or re.search(DOWN, text) or re.search(r"\bplaces?\b|\bsaut", text) or signed:
        change = (
            f" ; de PwC aux experts métier : {render.ordinal(card.pwc.rank)} → {render.ordinal(card.expert.rank)}, "
            + (render.places_moved(moved) if moved else "même position")
        )
    facts = f"{card.job} : {_facts(card, ['pwc', 'expert'] if moved_from_to else asked)}{change}."
    if partly and all(checks):  # "infirmier, c'est non impacté point final ?": for one qualification only
        return Verdict(False, f"Pas exactement : {partly}. {facts}")
    if safe and split and not true:  # "is my job safe?" of a job the two qualifications place far apart
        return Verdict(False, f"Pas tout à fait : il est {split}. {facts}")
    if middle:  # "on est tranquilles ?" of a job in the middle third: neither yes nor no
        return Verdict(False, f"Pas tout à fait : il est dans le tiers du milieu du classement. {facts}")
    if true and notes:
        return Verdict(True, f"Oui, {notes[-1]}. {facts}")
    if true:
        return Verdict(True, f"Oui, c'est exact d'après l'étude. {facts}")
    wrong = [n.removeprefix("pas ") for n in notes if n.startswith("pas ")]
    others = [n for n in notes if not n.startswith("pas ")]  # "le 1er selon PwC est …": what it is instead
    said = f"ce n'est pas {', '.join(wrong)}" + (f" ; {'; '.join(others)}" if others else "") if wrong else "; ".join(notes) if notes else "ce n'est pas le cas"
    return Verdict(False, f"Non : d'après l'étude, {said}. {facts}")


COMMON_CAPITALISED = {"Le", "La", "Les", "Un", "Une", "Des", "Il", "Elle", "Est", "Ce", "Cette", "Et", "Mais", "Donc", "Alors",
                      "Dans", "Pour", "Selon", "Chez", "Quel", "Quelle", "IA", "AI", "Is", "The", "It", "Non", "Oui"}  # fmt: skip


def names_not_said(question: str, answer: str) -> list[str]:
    """Proper names the user states ("réalisée par Deloitte ?") that the study's answer does not contain."""
    names = [m[0] for m in re.finditer(r"(?<=\s)[A-Z][A-Za-zéèêàç-]{2,}\b", question) if m[0] not in COMMON_CAPITALISED]
    return [n for n in names if fold(n) not in fold(answer)]
