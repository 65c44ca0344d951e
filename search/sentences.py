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
from knowledge.source import blocks, join_wrapped

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
    quotable: bool = True  # a sentence, not a stray word of a list or a heading in capitals


@dataclass(frozen=True)
class SentenceHit:
    sentence: Sentence
    score: float
    matched: frozenset[str]


def split_sentences(text: str) -> list[str]:
    return [s.strip(" -–") for s in _SPLIT.split(text) if len(s.strip(" -–")) > 2]


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _paragraphs(chunk: Chunk, lines: list[str] | None) -> list[str]:
    """The chunk's paragraphs, from the source's blank lines when the source still matches the index (headings,
    page furniture and bullets are paragraphs of their own there), else the chunk's text as one paragraph."""
    c = chunk.citation
    if lines is None or c.line_end > len(lines) or join_wrapped(lines[c.line_start - 1 : c.line_end]) != chunk.text:
        return [chunk.text]
    paragraphs: list[str] = []
    for a, b in blocks(lines, c.line_start, c.line_end):
        text = join_wrapped(lines[a - 1 : b])
        # the PDF's text breaks sentences with blank lines too: a paragraph that goes on in lower case continues
        if paragraphs and text[:1].islower() and not paragraphs[-1].endswith((".", "!", "?", ":")):
            paragraphs[-1] += " " + text
        else:
            paragraphs.append(text)
    return paragraphs


class SentenceIndex:
    def __init__(self, chunks: list[Chunk], sources: dict[str, list[str]] | None = None):
        """``sources``: each document's cleaned lines, by file name (optional: paragraphs are then guessed)."""
        self.sentences: list[Sentence] = []
        self.terms: list[Counter[str]] = []
        for chunk in chunks:
            if chunk.kind == "table_row":  # written for search, not the study's words
                continue
            paragraphs = _paragraphs(chunk, (sources or {}).get(chunk.citation.document))
            for position, text in enumerate(t for paragraph in paragraphs for t in split_sentences(paragraph)):
                # a word or two of a list ("limites") or a table's header in capitals is no answer on its own:
                # kept for the order of the chunk, neither searched nor quoted
                quotable = len(text.split()) >= MIN_WORDS and not _shouted(text)
                self.sentences.append(Sentence(text, chunk, position, quotable))
                self.terms.append(Counter(analyze(text)) if quotable else Counter())
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
