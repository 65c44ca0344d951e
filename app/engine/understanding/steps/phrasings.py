"""A turn that no reading takes, read as the nearest phrasing the engine is known to read right.

The bank (``phrasings.jsonl``, built by ``make phrasings`` from the development sets only, never the blind ones)
holds questions and follow-up turns that were answered correctly, each with the reading that answered it. A turn
left to passage search is compared with them (tf-idf over folded, stemmed words, function words kept: "qui",
"combien", "pas" tell turns apart). The nearest one is taken only when it says the same thing with other words:
- the same kind of question (combien, pourquoi, qui/lequel, quel, comment, quand, or a yes/no) and way of a move;
- the same figures, jobs, family, profile, qualification, core flag, person and negation;
- neither has an important word the other lacks (two-sided coverage, not only a cosine);
and only when, read in this conversation, it gives the reading it was answered with. The answer then says which
phrasing it was read as, so that a person can see a misreading at once."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from knowledge.text import fold
from search.analysis import stem

from ...plan import Conversation, Plan
from ..changes import DOWN, UP
from ..planner import profile_in, qualification_of
from ..reading import SMS, ordinal_asked
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
SMS_SPELLING = frozenset(SMS) | {"jvais", "chuis", "cmt", "stp", "svp", "bjr", "slt", "tkt", "jsp", "ptdr", "mdr", "oklm"}


class Phrasing(BaseModel):
    text: str
    intent: str  # the reading that answered it right (a key of ``operations.OPERATIONS``)
    follow_up: bool  # asked after other turns of a conversation
    source: str  # the development set and the question or turn it comes from


def stems(text: str) -> Counter:
    words = [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in FILLER]
    return Counter(stem(words))


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


def presentable(text: str) -> bool:
    """A phrasing that may be offered as it stands: a question, not in SMS spelling ("c koi", "jsui")."""
    words = {fold(w) for w in re.findall(r"[\w'’]+", text.lower())}  # "c'est" is one word here, "c koi" two
    return text.rstrip().endswith("?") and not words & SMS_SPELLING


def written(text: str) -> str:
    """A phrasing as the answer shows it: a capital first, a question mark last."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith(("?", "!", ".")) else f"{text} ?"


class PhrasingBank:
    """The phrasings, weighted by how rare their words are, with an index from a word to the phrasings holding it."""

    def __init__(self, phrasings: list[Phrasing]):
        self.phrasings = phrasings
        counted = [stems(p.text) for p in phrasings]
        documents = Counter(root for counts in counted for root in counts)
        self.idf = {root: math.log(1 + len(phrasings) / n) for root, n in documents.items()}
        self.unknown = math.log(1 + len(phrasings))  # a word no phrasing has weighs as the rarest
        self.vectors = [self._weights(counts) for counts in counted]
        self.norms = [math.sqrt(sum(w * w for w in vector.values())) or 1.0 for vector in self.vectors]
        self.holding: dict[str, list[int]] = {}
        for number, counts in enumerate(counted):
            for root in counts:
                self.holding.setdefault(root, []).append(number)

    def _weights(self, counts: Counter) -> dict[str, float]:
        return {root: n * self.idf.get(root, self.unknown) for root, n in counts.items()}

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
        candidates = {n for root in asked for n in self.holding.get(root, ())}
        found = []
        for number in candidates:
            vector, norm = self.vectors[number], self.norms[number]
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


# set while a phrasing is read, so that its reading does not look for a phrasing in turn (per thread and task: the
# reader is shared by every chat session)
REREADING: ContextVar[bool] = ContextVar("rereading", default=False)


class PhrasingSteps(Steps):
    use_phrasings = True  # off while the bank itself is built (it holds direct readings only)

    def read_as_a_known_phrasing(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "2e ?! y a qui devant ?" left to passage search: read as "qui est devant moi ?", which says the same."""
        if plan.intent != "retrieval" or REREADING.get() or not self.use_phrasings:
            return None
        said = self._what_it_says(text)
        for _, phrasing in bank().nearest(text):
            if phrasing.follow_up != (conversation.last is not None) or self._what_it_says(phrasing.text) != said:
                continue
            again = self._read_as(phrasing, conversation)
            if again is not None:
                return again.model_copy(update={"read_as": written(phrasing.text), "explicit": phrasing.text, "follow_up": again.follow_up or phrasing.follow_up})
        return None

    def offer_picked(self, text: str, conversation: Conversation) -> str | None:
        """The question a reply picks among those a question back offered: "oui" when there was one, "la 2e", "2",
        "oui la première"."""
        if not conversation.offered:
            return None
        folded = fold(text)
        if len(folded.split()) > 5:
            return None
        number = re.fullmatch(r"(?:(?:oui|ouais|yes) )?(?:la |le |l )?(?:question )?(\d)(?: ?(?:e|eme|ere|er))?", folded)
        place = int(number[1]) if number else ordinal_asked(re.sub(r"^(oui|ouais|yes) ", "", folded))
        if place == -1:  # "la dernière"
            return conversation.offered[-1]
        if place is not None:
            return conversation.offered[place - 1] if 1 <= place <= len(conversation.offered) else None
        yes = re.fullmatch(r"(oui|ouais|yes|exactement|tout a fait|voila|c est ca|oui c est ca|oui voila|oui exactement|oui merci|oui svp|oui stp)", folded)
        return conversation.offered[0] if yes and len(conversation.offered) == 1 else None

    def question_back(self, text: str, conversation: Conversation) -> Plan | None:
        """A follow-up passage search found nothing for: a short question back whose choices are the phrasings near
        it that this conversation reads right ("Vouliez-vous dire : …"): the same kind of question and way of a move,
        no job, figure, profile, family, qualification or core flag the turn did not say, each a question written
        out (no SMS spelling), none a rewording of another."""
        if conversation.last is None or not self.use_phrasings:
            return None
        allowed = list(zip(self._slots_said(text), self._slots_in_view(conversation), strict=True))
        gist_said = gist(fold(text))
        readable: list[Phrasing] = []
        for _, phrasing in bank().nearest(text, k=12, near=NEAR_ENOUGH_TO_OFFER):
            if not phrasing.follow_up or not presentable(phrasing.text) or gist(fold(phrasing.text)) != gist_said:
                continue
            if any(stems(phrasing.text).keys() == stems(p.text).keys() for p in readable):
                continue  # "émergent ça veut dire quoi au juste ?" and "et émergent, ça veut dire quoi au juste ?"
            if not all(slot is None or slot in said for slot, said in zip(self._slots_said(phrasing.text), allowed, strict=True)):
                continue  # ("ça veut dire quoi pour eux ?" after the emergent jobs may be offered "émergent, ça veut dire quoi ?")
            if self._read_as(phrasing, conversation) is not None:
                readable.append(phrasing)
        first: list[Phrasing] = []  # one per reading first (the different things it may mean), then the nearest others
        for phrasing in readable:
            if all(p.intent != phrasing.intent for p in first):
                first.append(phrasing)
        options = (first + [p for p in readable if p not in first])[:CHOICES]
        if not options:
            return None
        return Plan(intent="clarify", question=text, topic="phrasings", options=[written(p.text) for p in options], follow_up=True)

    def _slots_said(self, text: str) -> tuple:
        """What a choice may name only if the turn did: jobs, figures, profile, family, qualification, core jobs (each
        None when not said)."""
        folded = fold(text)
        family = self.families.find(text)
        qualification = qualification_of(folded)
        return (
            tuple(sorted(self.planner.jobs_in(text)[0])) or None,
            tuple(sorted(re.findall(FIGURES, text))) or None,
            profile_in(folded),
            family.code if family else None,
            None if qualification == "both" else qualification,
            bool(re.search(r"\bcoeurs?\b", folded)) or None,
        )

    def _read_as(self, phrasing: Phrasing, conversation: Conversation) -> Plan | None:
        """The phrasing's reading in this conversation, if it is the one it was answered right with."""
        token = REREADING.set(True)
        try:
            again = self._read(phrasing.text, conversation)
        finally:
            REREADING.reset(token)
        return again if again.intent == phrasing.intent else None

    def _slots_in_view(self, conversation: Conversation) -> tuple:
        """The slots of the reading in view, in the order of ``_slots_said``: a choice may name them though the turn did not."""
        last = conversation.last
        if last is None:
            return (None,) * 6
        f = last.set_ask.query.filter if last.set_ask is not None else None
        families = (f.families if f else []) or ([last.family] if last.family else [])
        return (
            tuple(sorted(conversation.jobs[:1])) or None,
            None,
            last.profile or (f.profile if f else None),
            families[0] if len(families) == 1 else None,
            None if last.qualification == "both" else last.qualification,
            (last.core if last.core is not None else f.core if f else None) or None,
        )

    def _what_it_says(self, text: str) -> tuple:
        """What two phrasings of one question must share: its kind, way of a move, slots, person and negation."""
        folded = fold(text)
        return gist(folded), self._slots_said(text), bool(re.search(FIRST_PERSON, folded)), bool(re.search(NEGATION, folded))
