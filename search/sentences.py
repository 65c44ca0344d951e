"""Sentence-level search over the study's passages, to quote the sentences that answer rather than the start of a
long passage. BM25 over sentences (French analyser), built in memory from the chunks at load: no I/O per query.

Chunk-level search finds the right section about as often as not on users' questions (docs/evaluation.md), but
a passage of 500 characters holds several topics; a sentence that shares the question's rarest words is the
better quote, and a question whose rare words no sentence shares is better told "not found" than given a quote.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from knowledge.schema import Chunk

from .analysis import analyze

K1, B = 1.2, 0.75
MIN_WORDS = 4
# bullets and sentence ends; a line break inside a passage is kept as a space by ingest, bullets are not
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«0-9])|\s*[•❖▪►]\s*|\s+(?=\d\.\s[A-ZÀ-Ý])")


@dataclass(frozen=True)
class Sentence:
    text: str
    chunk: Chunk
    position: int  # index in its chunk


@dataclass(frozen=True)
class SentenceHit:
    sentence: Sentence
    score: float
    matched: frozenset[str]


def split_sentences(text: str) -> list[str]:
    return [s.strip(" -–") for s in _SPLIT.split(text) if len(s.strip(" -–")) > 2]


class SentenceIndex:
    def __init__(self, chunks: list[Chunk]):
        self.sentences: list[Sentence] = []
        self.terms: list[Counter[str]] = []
        for chunk in chunks:
            if chunk.kind == "table_row":  # written for search, not the study's words
                continue
            for position, text in enumerate(split_sentences(chunk.text)):
                self.sentences.append(Sentence(text, chunk, position))
                # a word or two of a list ("limites") is no answer on its own: kept for context, not searched
                self.terms.append(Counter(analyze(text)) if len(text.split()) >= MIN_WORDS else Counter())
        self.by_chunk: dict[str, list[Sentence]] = {}
        for sentence in self.sentences:
            self.by_chunk.setdefault(sentence.chunk.id, []).append(sentence)
        n = len(self.sentences) or 1
        frequency = Counter(term for terms in self.terms for term in terms)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}
        self.average = sum(sum(t.values()) for t in self.terms) / n
        rarities = sorted(self.idf[t] for terms in self.terms for t in terms.elements())
        self.typical = rarities[len(rarities) // 2] if rarities else 0.0  # the rarity of the median word of the text

    def rarity(self, term: str) -> float:
        return self.idf.get(term, 0.0)

    def search(self, terms: set[str], k: int = 8, boost: dict[str, float] | None = None) -> list[SentenceHit]:
        """Sentences sharing ``terms`` (analysed stems), best first; ``boost`` multiplies the score of sentences
        of the given chunk ids (the sections that chunk-level search ranked first)."""
        hits = []
        for sentence, counts in zip(self.sentences, self.terms, strict=True):
            matched = terms & counts.keys()
            if not matched:
                continue
            length = sum(counts.values())
            score = sum(
                self.idf[t] * counts[t] * (K1 + 1) / (counts[t] + K1 * (1 - B + B * length / self.average))
                for t in matched
            )
            score *= (boost or {}).get(sentence.chunk.id, 1.0)
            hits.append(SentenceHit(sentence, score, frozenset(matched)))
        hits.sort(key=lambda h: -h.score)
        return hits[:k]

    def following(self, sentence: Sentence) -> Sentence | None:
        siblings = self.by_chunk[sentence.chunk.id]
        return siblings[sentence.position + 1] if sentence.position + 1 < len(siblings) else None

    def preceding(self, sentence: Sentence) -> Sentence | None:
        return self.by_chunk[sentence.chunk.id][sentence.position - 1] if sentence.position > 0 else None
