"""Accent and case folding, the one way shared by ingest (record ids, BM25 terms) and scoring and the planner
(matching job names in what users write)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def strip_accents(text: str) -> str:
    """ "Métier cœur" -> "Metier coeur": ligatures spelled out, diacritics dropped, case kept."""
    text = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, no accents, apostrophes and punctuation as spaces: "Chargé(e) d'assistance" -> "charge e d assistance".

    Cached: the readers fold the same message and the same lexicon entries tens of times per answer."""
    return re.sub(r"[^a-z0-9]+", " ", strip_accents(text).lower()).strip()


def slugify(text: str) -> str:
    """A record id: "Chargé d'assistance" -> "charge-d-assistance"."""
    return fold(text).replace(" ", "-")


def decimal_fr(value: float, digits: int = 2) -> str:
    """A number as the study writes it: decimal comma, fixed digits ("0,67")."""
    return f"{value:.{digits}f}".replace(".", ",")


def accented_words(texts) -> dict[str, str]:
    """Folded word -> its accented spelling, from texts that carry accents (titles printed in capitals lose them)."""
    words: dict[str, str] = {}
    for text in texts:
        for word in re.findall(r"[A-Za-zÀ-ÿœŒ]+", text):
            if word != strip_accents(word):
                words.setdefault(strip_accents(word).lower(), word.lower())
    return words


def title_case(title: str, words: dict[str, str]) -> str:
    """ "PARCOURS DE FORMATION ET EVOLUTION" -> "Parcours de formation et évolution": sentence case, accents back."""
    out = re.sub(r"[A-Za-zÀ-ÿœŒ]+", lambda m: words.get(strip_accents(m[0]).lower(), m[0].lower()), title)
    return out[:1].upper() + out[1:]
