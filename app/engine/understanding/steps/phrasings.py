"""A turn that no reading takes, read as the nearest phrasing the engine is known to read right.

The bank (``phrasings.jsonl``, built by ``make phrasings`` from the development sets only, never the blind ones)
holds questions and follow-up turns that were answered correctly, each with the reading that answered it. A turn
left to passage search is compared with them (tf-idf over folded, stemmed words, function words kept: "qui",
"combien", "pas" tell turns apart). The nearest one is taken only when it says the same thing with other words:
- the same kind of question (combien, pourquoi, qui/lequel, quel, comment, quand, or a yes/no);
- the same figures, jobs, family, profile, qualification, person and negation;
- neither has an important word the other lacks (two-sided coverage, not only a cosine);
and only when, read in this conversation, it gives the reading it was answered with. The answer then says which
phrasing it was read as, so that a person can see a misreading at once."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from knowledge.text import fold
from search.analysis import _stemmer

from ...plan import Conversation, Plan
from ..planner import profile_in, qualification_of
from .base import Steps

BANK_FILE = Path(__file__).with_name("phrasings.jsonl")

MIN_SIMILARITY = 0.5  # cosine of the two turns' weighted words
MAX_LACKING = 0.3  # the part of the turn's word weight the phrasing lacks ("2e ?!" in "2e ?! y a qui devant ?")
MAX_ADDED = 0.15  # the part of the phrasing's word weight the turn lacks: a topic it names is not the turn's
NEIGHBOURS = 3  # nearest phrasings tried, in order

# Only words that never tell two questions apart; "qui", "pas", "plus", "moi" are kept.
FILLER = frozenset(
    "a au aux avec c ce cet cette ces d de des du en et l la le les un une y est sont etait il elle ils elles on "
    "ok alors donc coup bon bah ben euh ah oh hein bref ensuite puis aussi the a an of is are".split()
)
KINDS = {
    "combien": r"\bcombien\b|\bhow (many|much)\b|\bquel(le)?s? (part|pourcentage|proportion|nombre)\b|%",
    "pourquoi": r"\bpourquoi\b|\bwhy\b|\bd ou (vient|viennent|peut venir|ca vient)\b|\bcomment (ca|se fait)\b",
    "qui": r"\bqui\b|\blequel\b|\blaquelle\b|\blesquel(le)?s\b|\bwho\b|\bwhich\b",
    "quel": r"\bquel(le)?s?\b|\bwhat\b",
    "comment": r"\bcomment\b(?! (ca|se fait))|\bhow\b(?! (many|much))",
    "quand": r"\bquand\b|\bwhen\b",
}
FIRST_PERSON = r"\b(je|j|me|m|moi|mon|ma|mes|nous|notre|nos|on|i|my|me)\b"
NEGATION = r"\b(ne|n|pas|jamais|aucun|aucune|ni|not|no)\b"
FIGURES = r"\d+(?:[.,]\d+)?"


class Phrasing(BaseModel):
    text: str
    intent: str  # the reading that answered it right (a key of ``operations.OPERATIONS``)
    follow_up: bool  # asked after other turns of a conversation
    source: str  # the development set and the question or turn it comes from


def stems(text: str) -> Counter:
    words = [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in FILLER]
    return Counter(_stemmer().stemWords(words))


def kinds(folded: str) -> frozenset[str]:
    found = {kind for kind, pattern in KINDS.items() if re.search(pattern, folded)}
    if "qui" in found or "combien" in found:
        found.discard("quel")  # "quel nombre", "quel est celui qui…": already told by the sharper kind
    return frozenset(found)


class PhrasingBank:
    """The phrasings, weighted by how rare their words are, with an index from a word to the phrasings holding it."""

    def __init__(self, phrasings: list[Phrasing]):
        self.phrasings = phrasings
        counted = [stems(p.text) for p in phrasings]
        documents = Counter(stem for counts in counted for stem in counts)
        self.idf = {stem: math.log(1 + len(phrasings) / n) for stem, n in documents.items()}
        self.unknown = math.log(1 + len(phrasings))  # a word no phrasing has weighs as the rarest
        self.vectors = [self._weights(counts) for counts in counted]
        self.holding: dict[str, list[int]] = {}
        for number, counts in enumerate(counted):
            for stem in counts:
                self.holding.setdefault(stem, []).append(number)

    def _weights(self, counts: Counter) -> dict[str, float]:
        return {stem: n * self.idf.get(stem, self.unknown) for stem, n in counts.items()}

    def nearest(self, text: str, k: int = NEIGHBOURS) -> list[tuple[float, Phrasing]]:
        """The k phrasings nearest to a text that both say nearly all of each other's words, nearest first."""
        asked = self._weights(stems(text))
        if not asked:
            return []
        asked_norm = math.sqrt(sum(w * w for w in asked.values()))
        candidates = {n for stem in asked for n in self.holding.get(stem, ())}
        found = []
        for number in candidates:
            vector = self.vectors[number]
            norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
            shared = asked.keys() & vector.keys()
            cosine = sum(asked[s] * vector[s] for s in shared) / (asked_norm * norm)
            lacks = sum(w * w for s, w in asked.items() if s not in shared) / asked_norm**2
            extra = sum(w * w for s, w in vector.items() if s not in shared) / norm**2
            if cosine >= MIN_SIMILARITY and lacks <= MAX_LACKING and extra <= MAX_ADDED:
                found.append((round(cosine, 3), self.phrasings[number]))
        return sorted(found, key=lambda row: -row[0])[:k]


@lru_cache(maxsize=1)
def bank() -> PhrasingBank:
    if not BANK_FILE.exists():
        return PhrasingBank([])
    lines = BANK_FILE.read_text(encoding="utf-8").splitlines()
    return PhrasingBank([Phrasing.model_validate(json.loads(line)) for line in lines if line.strip()])


class PhrasingSteps(Steps):
    rereading = False  # set while a phrasing is read, so that its reading does not look for a phrasing in turn
    use_phrasings = True  # off while the bank itself is built (it holds direct readings only)

    def read_as_a_known_phrasing(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "2e ?! y a qui devant ?" left to passage search: read as "qui est devant moi ?", which says the same."""
        if plan.intent != "retrieval" or self.rereading or not self.use_phrasings:
            return None
        said = self._said(text)
        for _, phrasing in bank().nearest(text):
            if phrasing.follow_up != (conversation.last is not None) or self._said(phrasing.text) != said:
                continue
            self.rereading = True
            try:
                again = self._read(phrasing.text, conversation)
            finally:
                self.rereading = False
            if again.intent == phrasing.intent:
                return again.model_copy(update={"read_as": phrasing.text, "explicit": phrasing.text, "follow_up": again.follow_up or phrasing.follow_up})
        return None

    def _said(self, text: str) -> tuple:
        """What two phrasings of one question must share: its kind, figures, jobs, family, profile, qualification,
        person and negation."""
        folded = fold(text)
        family = self.families.find(text)
        return (
            kinds(folded),
            tuple(sorted(re.findall(FIGURES, text))),
            tuple(sorted(self.planner.jobs_in(text)[0])),
            family.code if family else None,
            profile_in(folded),
            qualification_of(folded),
            bool(re.search(FIRST_PERSON, folded)),
            bool(re.search(NEGATION, folded)),
        )
