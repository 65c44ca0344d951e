"""A turn that no reading takes, read as the nearest phrasing the engine is known to read right.

The bank (``phrasings.jsonl``, built by ``make phrasings`` from the development sets only, never the blind ones)
holds questions and follow-up turns that were answered correctly, each with the reading that answered it. A turn
left to passage search is compared with them (tf-idf over folded, stemmed words, function words kept: "qui",
"combien", "pas" tell turns apart). The nearest one is taken only when it says the same thing with other words:
- the same kind of question (combien, pourquoi, qui/lequel, quel, comment, quand, or a yes/no) and way of a move;
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
from ..changes import DOWN, UP
from ..planner import profile_in, qualification_of
from .base import Steps

BANK_FILE = Path(__file__).with_name("phrasings.jsonl")

MIN_SIMILARITY = 0.5  # cosine of the two turns' weighted words
MAX_LACKING = 0.3  # the part of the turn's word weight the phrasing lacks ("2e ?!" in "2e ?! y a qui devant ?")
MAX_ADDED = 0.15  # the part of the phrasing's word weight the turn lacks: a topic it names is not the turn's
NEIGHBOURS = 3  # nearest phrasings tried, in order
# Looser, for the choices of a question back: a follow-up passage search found nothing for is asked about, with the
# phrasings near it that read right here, rather than called out of the study's scope (measured on the development
# sets: 62 of 65 such turns were in scope)
NEAR_ENOUGH_TO_OFFER = (0.45, 0.65, 0.4)
CHOICES = 3

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


def direction(folded: str) -> tuple[bool, bool]:
    """Up, down: "ça a grimpé autant ?" is not "ça a autant baissé ?"."""
    return bool(re.search(UP, folded)), bool(re.search(DOWN, folded))


def gist(folded: str) -> tuple:
    """What a question back's choice must share with the turn: its kind of question and the way of a move."""
    return kinds(folded), direction(folded)


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

    def nearest(
        self, text: str, k: int = NEIGHBOURS, near: tuple[float, float, float] = (MIN_SIMILARITY, MAX_LACKING, MAX_ADDED)
    ) -> list[tuple[float, Phrasing]]:
        """The k phrasings nearest to a text that both say nearly all of each other's words (``near``: the least
        cosine, the most of the text's weight the phrasing may lack, the most of its own the text may lack)."""
        least, lacking, added = near
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
            if cosine >= least and lacks <= lacking and extra <= added:
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
            again = self._read_as(phrasing, conversation)
            if again is not None:
                return again.model_copy(update={"read_as": phrasing.text, "explicit": phrasing.text, "follow_up": again.follow_up or phrasing.follow_up})
        return None

    def question_back(self, text: str, conversation: Conversation) -> Plan | None:
        """A follow-up passage search found nothing for: a short question back whose choices are the phrasings near
        it that this conversation reads right ("Voulez-vous demander : …"): the same kind of question and way of a
        move, none naming a job or a figure the turn does not."""
        if conversation.last is None:
            return None
        jobs = set(self.planner.jobs_in(text)[0])
        figures = set(re.findall(FIGURES, text))
        said = gist(fold(text))
        readable: list[Phrasing] = []
        for _, phrasing in bank().nearest(text, k=12, near=NEAR_ENOUGH_TO_OFFER):
            if not phrasing.follow_up or gist(fold(phrasing.text)) != said or any(fold(phrasing.text) == fold(p.text) for p in readable):
                continue
            if not set(self.planner.jobs_in(phrasing.text)[0]) <= jobs or not set(re.findall(FIGURES, phrasing.text)) <= figures:
                continue
            if self._read_as(phrasing, conversation) is not None:
                readable.append(phrasing)
        first: list[Phrasing] = []  # one per reading first (the different things it may mean), then the nearest others
        for phrasing in readable:
            if all(p.intent != phrasing.intent for p in first):
                first.append(phrasing)
        options = (first + [p for p in readable if p not in first])[:CHOICES]
        if not options:
            return None
        return Plan(intent="clarify", question=text, topic="phrasings", options=[p.text for p in options], follow_up=True)

    def _read_as(self, phrasing: Phrasing, conversation: Conversation) -> Plan | None:
        """The phrasing's reading in this conversation, if it is the one it was answered right with."""
        self.rereading = True
        try:
            again = self._read(phrasing.text, conversation)
        finally:
            self.rereading = False
        return again if again.intent == phrasing.intent else None

    def _said(self, text: str) -> tuple:
        """What two phrasings of one question must share: its kind, way of a move, figures, jobs, family, profile,
        qualification, person and negation."""
        folded = fold(text)
        family = self.families.find(text)
        return (
            gist(folded),
            tuple(sorted(re.findall(FIGURES, text))),
            tuple(sorted(self.planner.jobs_in(text)[0])),
            family.code if family else None,
            profile_in(folded),
            qualification_of(folded),
            bool(re.search(FIRST_PERSON, folded)),
            bool(re.search(NEGATION, folded)),
        )
