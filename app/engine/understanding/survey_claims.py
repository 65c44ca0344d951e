"""A share of the maturity survey quoted with what it is said to count ("36 % ont des règles informelles ?", "68 %
des entreprises ont déjà intégré l'IA ?") is checked against the clause of the study that gives it, not against the
whole finding: the words of the claim must be that clause's words (not those of the finding's other share), and a
claim that says more ("déjà", "bien") than a clause that says less ("embryonnaire", "limitée") is not that figure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.schema import MaturityFinding
from knowledge.text import fold
from search.analysis import analyze

from .reading import Quoted
from .records import GENERIC_STEMS

# who answered and what about: every share of the survey counts them, so they tell no clause from another
SUBJECT = frozenset(
    analyze("entreprises entreprise sociétés société boîtes boîte répondants secteur assistance assisteurs IA générative "
            "intelligence artificielle vrai exact ça dit disent entendu paraît collègue on m'a")
)
# a claim stronger than the clause ("déjà intégré", "bien comprendre") …
STRONG = frozenset(analyze("déjà bien largement tous toutes majorité pleinement complètement massivement totalement généralisé"))
# … against a clause that says little of it
LIMITED = frozenset(analyze("limitée embryonnaire peu naissant aucune absence sans exploratoire premières courtes"))
# "à peu près un tiers ?": a share said roughly is right when the study's is this close
APPROXIMATELY = r"\b(à peu près|a peu pres|environ|en gros|grosso modo|quasi(ment)?|presque|genre|autour d['’ ]?|à peu de choses près)\b"
NEAR = 5
NEGATIVE = frozenset(analyze("aucun aucune absence sans manque pas nul zéro zero"))


@dataclass(frozen=True)
class Clause:
    percent: int
    words: str  # the study's words after the figure ("déclarent n'avoir connaissance d'aucune règles établies")
    stems: frozenset[str]


def clauses(findings: list[MaturityFinding]) -> tuple[Clause, ...]:
    return _clauses(tuple(f.statement for f in findings))


@lru_cache(maxsize=4)
def _clauses(statements: tuple[str, ...]) -> tuple[Clause, ...]:
    """Each share of the survey with the words the study says it counts (parsed once per study)."""
    return tuple(
        Clause(int(m[1]), m[2].strip(), frozenset(_norm(analyze(m[2]))))
        for statement in statements
        for m in re.finditer(r"(\d+)\s?%\s+(?:des répondants\s+)?(.+?)(?=\.\s|\.$|$)", statement)
    )


def _negated(words: str) -> set[str]:
    """The stems a clause denies: those just after its negative words ("l'absence totale de formation")."""
    stems = analyze(words)
    return {t for i, s in enumerate(stems) if s in NEGATIVE for t in stems[i + 1 : i + 4]}


def _norm(stems) -> set[str]:
    return {"NEG" if s in NEGATIVE else s for s in stems}


def check(ask: str, shares: list[Quoted], findings: list[MaturityFinding]) -> str | None:
    """The verdict on a quoted survey share: no when its clause does not say what the user says (or another share's
    clause does), yes when it holds the claim's words; None when the claim's words are too few to tell. ``shares``
    are the user's quoted shares: their value and the words they were said in ("un tiers")."""
    all_clauses = clauses(findings)
    ask = re.sub(r"(?i)\bc(['’ ]|['’]est )bien\b|c['’]est (ça|ca|vrai|juste|exact)|\bbien (ça|ca|vrai)\b|\best[- ]ce bien\b", " ", ask)  # the tag, not the claim
    said = set(analyze(ask))
    claimed = _norm({s for s in said if len(s) > 2 and not s.isdigit()} - GENERIC_STEMS - SUBJECT)
    strong = said & STRONG
    for share in shares:
        percent = int(share.value)
        own = next((c for c in all_clauses if c.percent == percent), None)
        if own is None and claimed:
            # "la moitié des boîtes n'ont aucune règle ?": the survey's share of that, if one clause says it
            best = max(all_clauses, key=lambda c: len(claimed & c.stems))
            if len(claimed & best.stems) >= max(2, (len(claimed) + 1) // 2):
                quoted = share.text
                more = re.search(rf"\bplus d['’ ]\s*{re.escape(quoted)}|\bplus de {re.escape(quoted)}", ask)
                if more and best.percent > percent:  # "plus d'un tiers ?" when it is 36 %
                    return f"Oui, c'est exact d'après l'étude : {best.percent} % des répondants « {best.words} »."
                if re.search(APPROXIMATELY, ask, re.IGNORECASE) and abs(best.percent - percent) <= NEAR:
                    # "à peu près un tiers n'a aucune règle ?" when it is 36 %: yes, roughly, and the exact figure
                    return f"Oui, à peu près : d'après l'étude, {best.percent} % des répondants « {best.words} »."
                return f"Non : d'après l'étude, c'est {best.percent} % des répondants qui « {best.words} », pas {quoted}."
            continue
        if not claimed:
            continue
        held = len(claimed & own.stems)
        other = max((c for c in all_clauses if c.percent != percent), key=lambda c: len(claimed & c.stems))
        if len(claimed & other.stems) > held and len(claimed & other.stems) >= max(1, len(claimed) // 2):
            return (
                f"Non : d'après l'étude, {percent} % des répondants « {own.words} » ; c'est {other.percent} % qui "
                f"« {other.words} »."
            )
        # "45 % ont une gouvernance dédiée ?" when the study says "sans toutefois de gouvernance"
        denied = {t for d in re.findall(r"\bsans (?:toutefois )?(?:de |d'|d’|aucune? )?((?:\w+ ){0,2}\w+)", own.words) for t in analyze(d)}
        # "68 % ont déjà des pilotes en cours" says what the clause says; "68 % ont déjà intégré l'IA" says more
        says_more = bool(strong - own.stems) and bool(own.stems & (LIMITED | {"NEG"})) and len((claimed - strong) & own.stems) < 2
        # "40 % ont des formations ?" when the study's 40 % report "l'absence totale de formation": the opposite
        # (a negation of the clause's other words, "sans toutefois qu'une feuille de route…", is not)
        said_negative = "NEG" in claimed or bool(re.search(r"\b(pas|ne|n|aucune?|sans|jamais|ni|personne)\b", fold(ask)))
        opposite = ("NEG" in own.stems) != said_negative and bool(_negated(own.words) & claimed)
        if says_more or opposite or (denied & claimed and "NEG" not in claimed):
            return f"Non, ce n'est pas ce que mesure ce chiffre : d'après l'étude, {percent} % des répondants « {own.words} »."
        if held >= 2:  # "68 % ont déjà des pilotes en cours ?": the clause says it
            return f"Oui, c'est exact d'après l'étude : {percent} % des répondants « {own.words} »."
    return None
