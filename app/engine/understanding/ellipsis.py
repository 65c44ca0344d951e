"""A turn that says only what changes from the last one ("et chez les experts ?", "et pour la famille RH ?", "même
question pour le juriste", "et les 10 derniers ?"): which slots of the last reading it replaces, and that reading
with them replaced. One mechanism for every kind of question, rather than one rule per follow-up shape.

A turn is elliptical when, its connective words left out, every word it holds fills a slot: jobs, a family, a
profile, a qualification, an order, a number, the core flag. Anything else (a verb, a topic) means it asks
something of its own, and it is not read here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from knowledge.text import fold
from scoring import ScoringTool
from scoring.normalize import tokens

from ..plan import Plan
from .reading import LOOSE_WORDS, FamilyReader

# Words that carry no slot: "et pour les … ?", "même question chez …", "idem avec …".
CONNECTIVES = frozenset(
    "et mais puis alors donc ok bon ben bah pour chez selon cote du de des la le les l d en a au aux sur dans un une "
    "meme question chose pareil idem aussi maintenant plutot ca cela svp stp si par contre concernant quid sinon "
    "version vision avec qualification qualif classement d apres vu point vue ceux celles ceux la maintenant "
    "what about and for in the with same question si on elargit elargis elargir etend etends prend prends prenons "
    "passe passons affiche montre donne cote c est etait quoi ca donne".split()
)
QUALIFICATION_WORDS = {
    "expert": r"\b(experts?( metiers?)?|representants? metiers?|requalification|vision metier)\b",
    "pwc": r"\b(pwc|qualification initiale|premiere qualification|avant|au depart|initialement|a l origine)\b",
}
ORDER_WORDS = {
    "most": r"\b(les |le |la )?plus( exposes?| touches?| impactes?| haut)?\b|\bpremiers?\b|\btop\b|\bmost\b",
    "least": r"\b(les |le |la )?moins( exposes?| touches?| impactes?)?\b|\bderniers?\b|\bbas\b|\bleast\b",
}
PROFILE_PATTERNS = (
    (r"\bnon impactes?( ou de maniere negligeable)?\b|\bnegligeables?\b", "Non impacté ou de manière négligeable"),
    (r"\b(en )?forte transfo\w*\b|\bfortement transformes?\b", "En forte transformation"),
    (r"\ben evolution\b", "En évolution"),
    (r"\bemergents?\b|\bemergentes?\b", "Emergent"),
)
# Words a turn may hold beside its slots when nothing else read it ("en forte transfo chez les experts y a qui ?"):
# they ask for the set or the reading again, nothing of their own (``Ellipsis.slots(loose=True)``).
LOOSE_FILLER = frozenset(
    "qui y a ya quoi lesquels lesquelles quels quelles quel quelle sont est il elle ils elles on en c ca metiers metier "
    "jobs job postes liste list who which are is there any what s dedans tous toutes tout ceux celles alors du coup "
    "svp stp sil vous plait montre moi donne liste dis".split()
)
NUMBER_WORDS = {"trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20}


@dataclass
class TurnSlots:
    """The slots an elliptical turn fills."""

    jobs: list[str] = field(default_factory=list)
    family: str | None = None  # a family code
    profile: str | None = None
    qualification: Literal["pwc", "expert"] | None = None
    order: Literal["most", "least"] | None = None
    n: int | None = None
    core: bool | None = None
    measure: Literal["places", "points"] | None = None  # "et en places ?" after the biggest changes of score
    direction: Literal["up", "down"] | None = None  # "et baisser ?" after the scores that rise

    def __bool__(self) -> bool:
        return bool(self.jobs or self.family or self.profile or self.qualification or self.order or self.n or self.core is not None
                    or self.measure or self.direction)


class Ellipsis:
    def __init__(self, tool: ScoringTool, families: FamilyReader):
        self.tool = tool
        self.families = families

    def slots(self, text: str, jobs: list[str], loose: bool = False) -> TurnSlots | None:
        """The slots of a turn made only of slot words and connectives; None when it says anything else (``loose``:
        or words that only ask for the set again, for a turn no other reading took)."""
        folded = fold(text)
        if not folded or len(folded.split()) > 10 or re.search(r"\d\s*%|\bpour ?cent\b|\b[01][,.]\d", text):
            return None  # a share or a score quoted is a claim to check, not a slot
        if re.search(r"\bavant derni", folded):
            return None  # "et l'avant-dernier ?": one place picked, not the least exposed
        found = TurnSlots()
        rest = f" {folded} "

        def take(pattern: str) -> bool:
            nonlocal rest
            hit = re.search(pattern, rest)
            if hit:
                rest = rest[: hit.start()] + " " + rest[hit.end() :]
            return bool(hit)

        if take(r"\ben (nombre de )?(places?|rangs?|positions?)\b"):
            found.measure = "places"
        elif take(r"\ben (points?|score)( de score)?\b"):
            found.measure = "points"
        if take(r"\b(baiss\w*|descend\w*|recul\w*|diminu\w*|perd\w*|chut\w*)\b"):
            found.direction = "down"
        elif take(r"\b(mont\w*|augment\w*|hausse\w*|progress\w*|gagn\w*|grimp\w*)\b"):
            found.direction = "up"
        for which, pattern in QUALIFICATION_WORDS.items():
            if take(pattern):
                found.qualification = which if found.qualification is None else None
        for pattern, label in PROFILE_PATTERNS:
            if take(pattern):
                found.profile = label
        if take(r"\b(non|pas|hors) (les )?(metiers? )?(coeurs?|core)\b"):
            found.core = False
        elif take(r"\b(metiers? )?(coeurs?|core)( d assistance)?\b"):
            found.core = True
        number = re.search(r"\b([1-9]|[1-5]\d)\b(?! ?(%|pour ?cent|e\b|eme\b|er\b))", rest)  # a count, not a share or a place
        if number and not re.search(r"\bfamilles? ?n? ?\d", rest):
            found.n = int(number[1])
            rest = rest.replace(number[0], " ", 1)
        for word, value in NUMBER_WORDS.items():
            if take(rf"\b{word}\b"):
                found.n = value
        for which, pattern in ORDER_WORDS.items():
            if take(pattern):
                found.order = which if found.order is None else None
        codes, _ = self.families.codes(rest, loose=True)
        if len(codes) == 1:
            found.family = codes[0]
            family = self.families.families[codes[0]]
            words = [fold(family.name), *LOOSE_WORDS.get(codes[0], [])]
            take(r"\bfamilles? ?n? ?\d{1,2}\b")
            for word in sorted(words, key=len, reverse=True):
                take(rf"\b(metiers? |famille |pole |fonctions? )?({word})\b")
            take(r"\b(metiers?|famille|pole|fonctions?)\b")
        left = [w for w in rest.split() if w not in CONNECTIVES and not (loose and w in LOOSE_FILLER)]
        if left:
            if not jobs:
                return None
            # the words left must name the jobs the turn names, and nothing else ("et mon chef, il est …" says more)
            titles = {t for j in jobs for t in tokens(self.tool.by_id[j].job)}
            if any(t not in titles for t in tokens(" ".join(left))):
                return None
            found.jobs = jobs
        return found if found else None

    def replaced(self, last: Plan, slots: TurnSlots, text: str) -> Plan | None:
        """The last reading with the turn's slots in place of its own; None when a slot has no place in it."""
        qualification = slots.qualification or last.qualification
        if last.set_ask is not None:
            ask, query = last.set_ask, last.set_ask.query
            f = query.filter
            update: dict = {}
            if re.match(r"(meme question|pareil|idem)\b", fold(text)) and (slots.family or slots.core is not None or slots.profile):
                # "même question pour les métiers cœur" after a family: that set, not both
                update |= {"families": [], "exclude_families": [], "core": None, "profile": None, "profile_negated": False, "job_ids": None}
            if slots.family:
                update |= {"families": [slots.family], "job_ids": None, "exclude_families": []}
            if slots.profile:
                update |= {"profile": slots.profile, "profile_negated": False}
            if slots.core is not None:
                update["core"] = slots.core
            if slots.jobs:
                if f.job_ids is None or len(slots.jobs) < 2:
                    return None  # a job named after a set asks about that job: not this reading's
                update["job_ids"] = slots.jobs
            measure = query.measure
            if slots.measure:
                if query.measure not in ("places", "points", "moves"):
                    return None  # "en places" of a ranking by score: not this reading's
                measure = slots.measure
                moved = {("places", "score_up"): "up", ("places", "score_down"): "down", ("points", "up"): "score_up", ("points", "down"): "score_down"}
                update["moved"] = moved.get((measure, f.moved), f.moved)
            order, n = query.order, query.n
            if f.in_top and slots.n:  # "et dans le top 5 PwC ?" after a count within the experts' top 5: that top, counted
                update["in_top"] = slots.n
                slots = replace(slots, n=None, order=None)
            if slots.direction:
                if f.moved not in ("up", "down", "score_up", "score_down"):
                    return None  # "et baisser ?" of a set that did not move: not this reading's
                scored = f.moved.startswith("score") if not slots.measure else measure == "points"
                update["moved"] = ("score_" if scored else "") + slots.direction
                if query.measure != "score":
                    order = "least" if slots.direction == "down" else "most"
            if slots.order:
                if query.measure != "score":
                    return None  # the most places gained "et les moins ?": the set reader's "other way"
                order = slots.order
                if (order == "most" and f.score_below) or (order == "least" and f.score_above):
                    # "et les plus exposés ?" after the jobs below the one in view: the other end of the table, not of that side
                    update |= {"score_min": None, "score_max": None, "score_below": False, "score_above": False}
            if slots.order and not slots.n and re.search(r"\b(le|la)\s+(plus|moins)\b", fold(text)) and not re.search(r"\bles\s+(plus|moins)\b", fold(text)):
                n = 1  # "et le moins exposé ?" after the top 5: the one
            if slots.n:
                n = slots.n
            if slots.n or slots.order:
                update["exclude_job_ids"] = []  # "et chez les experts, le top 5 ?" after "les 5 suivants": a ranking anew
            new_query = query.model_copy(update={
                "filter": f.model_copy(update=update),
                "qualification": slots.qualification or query.qualification,
                "order": order, "n": n, "measure": measure,
            })  # fmt: skip
            both = ask.both and slots.qualification is None
            outputs = ask.outputs
            if (slots.order or slots.n) and "rank" not in outputs and set(outputs) <= {"list", "count", "all", "same", "member"}:
                outputs = ["rank"]  # "et le plus exposé ?" after a family's list: that family ranked, not listed again
            new_ask = ask.model_copy(update={
                "query": new_query, "both": both, "claimed_share": None, "claimed_profile": None, "outputs": outputs,
                **({"claimed_core": None, "same": None, "members": [], "which": False} if outputs != ask.outputs else {}),
                "family_named": ask.family_named or bool(slots.family),
            })  # fmt: skip
            return Plan(intent="query", question=text, qualification=qualification, set_ask=new_ask, follow_up=True)
        if last.intent in ("job", "reassure_job", "sheets", "compare") and not (slots.family or slots.profile or slots.core is not None or slots.n or slots.order):
            jobs = slots.jobs or last.jobs
            if last.intent == "reassure_job":  # "et chez les experts ?" after "c'est grave ?": the card, in that qualification
                return Plan(intent="job", question=text, jobs=jobs, qualification=qualification, follow_up=True)
            if last.intent == "compare" and slots.jobs and len(slots.jobs) == 1:
                return Plan(intent="job", question=text, jobs=slots.jobs, qualification=qualification, follow_up=True)
            return last.model_copy(update={"question": text, "jobs": jobs, "qualification": qualification, "follow_up": True, "topic": None})
        if last.intent == "ranking" and not slots.jobs:
            return last.model_copy(update={
                "question": text, "qualification": qualification, "follow_up": True,
                "n": slots.n or last.n,
                "bottom": last.bottom if slots.order is None else slots.order == "least",
                "family": slots.family or last.family, "profile": slots.profile or last.profile,
                "core": last.core if slots.core is None else slots.core,
            })  # fmt: skip
        if last.intent == "stats" and not (slots.jobs or slots.family or slots.core is not None or slots.n or slots.order):
            return last.model_copy(update={"question": text, "qualification": qualification, "profile": slots.profile or last.profile, "follow_up": True})
        return None
