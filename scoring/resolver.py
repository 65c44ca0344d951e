"""Resolve a job from free text (gender forms, plurals, typos, acronyms, English titles) to a study job.

Never invents: below the match thresholds the answer is "absent" with the nearest study jobs, and when several
jobs fit equally it is "ambiguous" with the candidates.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from knowledge.schema import Job
from knowledge.text import fold

from .aliases import ALIASES, RELATED
from .models import Candidate, Resolution
from .normalize import sound, spoken_forms, tokens

FUZZY_MIN_LENGTH = 5  # shorter words must match exactly (rh, ux, dev…)
FUZZY_RATIO = 84
PARTIAL_MIN = 0.6  # share of an alias's weight a partial match must cover
GENERIC_TITLES = 4  # a word found in this many job titles cannot identify a job alone
# Everyday words a typo match would take for a title word ("supérieur à 0,50" is not "superviseur").
NOT_TYPOS = {"superieur", "superieure", "superieurs", "superieures", "inferieur", "inferieure", "inferieurs",
             "inferieures", "exactement", "experts", "expert", "metiers", "classement", "combien", "profils",
             # verbs of a request ("Développez la cinquième") are not title words (développeur, analyste…)
             "developpez", "developpe", "developper", "analysez", "analyser", "detaillez", "gerez", "gerer",
             "acheter", "achete", "achetez", "acheterai",
             # "au téléphone" is how the work is done, not "Administrateur téléphonie"
             "telephone", "telephones"}  # fmt: skip


SPREAD = 2  # other words allowed between the words of a title ("chargée des réclamations des clients")


SOUND_MIN_LENGTH = 6  # shorter words sound alike too often ("noter", "notaire")


def _sounds(words: list[str]) -> list[str]:
    """Words as they sound ("depaneur" as "dépanneur"), the short ones as they are spelt."""
    return [sound(w) if len(w) >= SOUND_MIN_LENGTH else w for w in words]


def _spread(words: list[str], where: dict[str, list[int]]) -> int:
    """The fewest query positions that hold the words in the title's order ("chargé … études", not "l'étude …
    chargés"); 1000 when they never come in that order."""
    best = 1_000
    for start in where[words[0]]:
        end = start
        for word in words[1:]:
            end = min((p for p in where[word] if p > end), default=None)
            if end is None:
                break
        else:
            best = min(best, end - start + 1)
    return best


def _side_by_side(words: list[str], where: dict[str, list[int]]) -> bool:
    """Two title words next to each other in either order ("RH généraliste" for "Généraliste RH")."""
    return len(words) == 2 and any(abs(a - b) == 1 for a in where[words[0]] for b in where[words[1]])


@dataclass(frozen=True)
class Alias:
    job_id: str
    text: str
    tokens: tuple[str, ...]
    folded: str


def _auto_aliases(job: Job, title_frequency: dict[str, int], titles: set[tuple[str, ...]]) -> list[str]:
    """The title, its " / " alternatives, and the title without "d'assistance" when what is left is specific
    ("Infirmier") rather than generic ("Chargé") or another job's title ("Manager de proximité")."""
    names = [job.job] + [part.strip() for part in job.job.split("/") if "/" in job.job]
    for name in list(names):
        short = re.sub(r"\s+d'assistance$", "", name)
        short_tokens = tuple(dict.fromkeys(tokens(short)))
        specific = any(title_frequency.get(t, 0) < GENERIC_TITLES for t in short_tokens)
        if short != name and specific and short_tokens not in titles:
            names.append(short)
    return names


# related trades that are also everyday words of the study's sentences ("projets pilotes", "taxis et hôtels")
COMMON_WORDS = frozenset({"pilote", "pilot", "sinistre", "indemnisation", "taxi", "directeur", "artisan", "regleur"})


class JobResolver:
    def __init__(self, jobs: list[Job]):
        self.jobs = {job.id: job for job in jobs}
        self.aliases: list[Alias] = []
        title_tokens = {job.id: tuple(dict.fromkeys(tokens(job.job))) for job in jobs}
        title_frequency: dict[str, int] = {}
        for toks in title_tokens.values():
            for token in toks:
                title_frequency[token] = title_frequency.get(token, 0) + 1
        titles = set(title_tokens.values())
        for job in jobs:
            seen = set()
            for text in _auto_aliases(job, title_frequency, titles) + ALIASES.get(job.id, []):
                toks = tuple(dict.fromkeys(tokens(text)))
                if toks and toks not in seen:
                    seen.add(toks)
                    self.aliases.append(Alias(job.id, text, toks, fold(text)))
        document_frequency: dict[str, set[str]] = {}
        for alias in self.aliases:
            for token in alias.tokens:
                document_frequency.setdefault(token, set()).add(alias.job_id)
        count = len(jobs)
        self.idf = {t: math.log(1 + count / len(ids)) for t, ids in document_frequency.items()}
        self.vocabulary = sorted(self.idf)
        # the title words by sound, for typos that keep it ("formatrisse", "charjé"): only words long enough
        self.sounds: dict[str, set[str]] = {}
        for word in self.vocabulary:
            if len(word) >= SOUND_MIN_LENGTH:
                for key in spoken_forms(word):
                    self.sounds.setdefault(key, set()).add(word)
        # the title words that follow each title word, to read a cut-short word ("gestion co" -> "commerciale")
        self.following: dict[str, set[str]] = {}
        for alias in self.aliases:
            for before, after in zip(alias.tokens, alias.tokens[1:], strict=False):
                self.following.setdefault(before, set()).add(after)
        self.by_job: dict[str, list[Alias]] = {}
        for alias in self.aliases:
            self.by_job.setdefault(alias.job_id, []).append(alias)
        # A title word shared by many jobs (chargé, assistance, gestionnaire…) cannot identify a job alone.
        self.generic = {t for t, ids in document_frequency.items() if len(ids) >= GENERIC_TITLES}
        # trades the study does not have (psychologue, DPO, agent de sécurité), longest first: "secrétaire médicale"
        # is not the study's "Assistant" although "secrétaire" alone is
        # the related trades as they sound, once (``nearest`` reads them, already while the absent trades are sorted out)
        self.related_sounds = [(f" {' '.join(_sounds(tokens(key)))} ", ids) for key, ids in RELATED.items()]
        self.absent_trades = sorted((key for key in RELATED if self._absent_trade(key)), key=lambda k: -len(tokens(k)))
        # their words as they sound, once: every message is matched against them
        self.trade_sounds = [_sounds(tokens(key)) for key in self.absent_trades]

    def _absent_trade(self, key: str) -> bool:
        if key in COMMON_WORDS:
            return False
        found = self.resolve(key, nearest=False)
        if found.status == "absent":
            return True
        # "secrétaire médicale": more than the study job's name it holds ("secrétaire", an "Assistant")
        words = set(tokens(key))
        return found.status == "found" and len(words) > 1 and not any(words <= set(a.tokens) for a in self.by_job[found.job_id])

    def absent_trade(self, text: str) -> str | None:
        """The trade outside the study a message names, in the message's own words ("les psychologues, ils sont
        étudiés ?" -> "psychologues"), if any."""
        words = [(token, match) for match in re.finditer(r"[\w-]+", text) for token in tokens(match[0])]
        # by sound, so that "depaneur remorqeur" is the trade "dépanneur remorqueur"
        said = _sounds([token for token, _ in words])
        for wanted in self.trade_sounds:
            for start in range(len(said) - len(wanted) + 1):
                if said[start : start + len(wanted)] == wanted:
                    return text[words[start][1].start() : words[start + len(wanted) - 1][1].end()]
        return None

    def _match_tokens(self, query_tokens: list[str]) -> tuple[set[str], list[str]]:
        matched, unknown, _ = self._match_positions(query_tokens)
        return matched, unknown

    def _match_positions(self, query_tokens: list[str]) -> tuple[set[str], list[str], dict[str, list[int]]]:
        """Vocabulary words present in the query (exactly or with a typo), query words matching none, and where
        in the query each vocabulary word stands."""
        matched: set[str] = set()
        unknown: list[str] = []
        where: dict[str, list[int]] = {}
        for position, token in enumerate(query_tokens):
            if token in self.idf:
                matched.add(token)
                where.setdefault(token, []).append(position)
                continue
            close = [] if token in NOT_TYPOS else [
                v
                for v in self.vocabulary
                if len(token) >= FUZZY_MIN_LENGTH and len(v) >= FUZZY_MIN_LENGTH and fuzz.ratio(token, v) >= FUZZY_RATIO
            ]
            if not close and len(token) >= SOUND_MIN_LENGTH and token not in NOT_TYPOS:
                close = sorted(self.sounds.get(sound(token), ()))
            if not close and position and 2 <= len(token) < FUZZY_MIN_LENGTH:
                # "chargée de gestion co": a cut-short word that begins the one title word following the last
                previous = query_tokens[position - 1]
                starts = [v for v in self.following.get(previous, ()) if v.startswith(token) and len(v) > len(token) + 2]
                close = starts if len(starts) == 1 and previous in matched else []
            if close:
                word = max(close, key=lambda v: fuzz.ratio(token, v))
                matched.add(word)
                where.setdefault(word, []).append(position)
            else:
                unknown.append(token)
        return matched, unknown, where

    def _scores(self, matched: set[str], where: dict[str, list[int]] | None = None) -> dict[str, tuple[float, float, Alias]]:
        """Per job: best (coverage of the alias, matched weight, alias). With ``where``, an alias's words count
        only when they stand together in the query: "l'étude … des chargés d'assistance" does not name
        "Chargé d'études"."""
        best: dict[str, tuple[float, float, Alias]] = {}
        for alias in self.aliases:
            weight = sum(self.idf[t] for t in alias.tokens)
            present = [t for t in alias.tokens if t in matched]
            if where is not None and len(present) > 1 and _spread(present, where) > len(alias.tokens) + SPREAD and not (
                _side_by_side(present, where) and not set(present) & self.generic  # "RH généraliste", not "études, chargés"
            ):
                continue
            hit = sum(self.idf[t] for t in present)
            if not hit:
                continue
            entry = (hit / weight, hit, alias)
            if alias.job_id not in best or entry[:2] > best[alias.job_id][:2]:
                best[alias.job_id] = entry
        return best

    def nearest(self, text: str, limit: int = 3) -> list[Candidate]:
        """Study jobs closest to a text, by shared words then by spelling."""
        matched, _ = self._match_tokens(tokens(text))
        partial = self._scores(matched)
        folded = fold(text)
        padded = f" {' '.join(_sounds(tokens(text)))} "
        related = [job_id for key, ids in self.related_sounds if key in padded for job_id in ids]
        ranked = []
        for job in self.jobs.values():
            spelling = max(fuzz.token_set_ratio(folded, a.folded) for a in self.by_job[job.id]) / 100
            overlap = partial.get(job.id, (0.0, 0.0, None))[0]
            boost = 3.0 - 0.5 * related.index(job.id) if job.id in related else 0.0
            ranked.append((0.6 * overlap + 0.4 * spelling + boost, job))
        ranked.sort(key=lambda pair: (-pair[0], pair[1].pwc.rank))
        return [Candidate(job_id=j.id, job=j.job, score=round(min(s, 1.0), 3)) for s, j in ranked[:limit]]

    def resolve(self, text: str, nearest: bool = True) -> Resolution:
        """``nearest=False`` skips ranking the closest jobs for an absent one (the planner's inner scans)."""
        query_tokens = tokens(text)
        if not query_tokens:
            return Resolution(query=text, status="empty")
        matched, unknown, where = self._match_positions(query_tokens)
        scores = self._scores(matched, where)
        ranked = sorted(scores.items(), key=lambda item: (-item[1][0], -item[1][1], self.jobs[item[0]].pwc.rank))
        full = [(job_id, s) for job_id, s in ranked if s[0] >= 0.999]
        # "assistant médical": a one-word generic title ("Assistant") plus other words is not that job.
        full = [
            (j, s)
            for j, s in full
            if not (
                len(s[2].tokens) == 1
                and s[2].tokens[0] in self.generic
                and (unknown or matched - self.generic - set(s[2].tokens))
            )
        ]
        if full:
            # Several aliases fully present ("manager de proximité d'assistance" holds "manager de proximité"):
            # the one covering most of the query wins; equal weights are a real ambiguity.
            top_weight = max(s[1] for _, s in full)
            winners = [(job_id, s) for job_id, s in full if s[1] >= top_weight - 1e-9]
            if len(winners) == 1:
                job_id, (_, _, alias) = winners[0]
                return self._found(text, job_id, alias, 1.0 if not unknown else 0.9, ranked)
            return self._ambiguous(text, winners)
        if not unknown and ranked:
            # A partial match is trusted only when no other job shares any of its specific words.
            specific_words = matched - self.generic
            sharing = [(j, s) for j, s in ranked if set(s[2].tokens) & specific_words]
            if len(sharing) == 1 and sharing[0][1][0] >= PARTIAL_MIN:
                job_id, (coverage, _, alias) = sharing[0]
                return self._found(text, job_id, alias, round(0.5 + 0.4 * coverage, 3), ranked)
            holds_all = any(matched <= set(s[2].tokens) for _, s in sharing)
            if sharing and not holds_all and all(s[0] < PARTIAL_MIN for _, s in sharing):
                # "assistante sociale", "agent de sécurité": a word of one title and a word of another, no title
                # with all of them, is none of them; absent, with them among the nearest ("administrateur" alone
                # is the head of two titles: ambiguous)
                return Resolution(query=text, status="absent", candidates=self.nearest(text) if nearest else [])
            return self._ambiguous(text, (sharing or ranked)[:6])
        return Resolution(query=text, status="absent", candidates=self.nearest(text) if nearest else [])

    def _found(self, text: str, job_id: str, alias: Alias, confidence: float, ranked) -> Resolution:
        others = [Candidate(job_id=j, job=self.jobs[j].job, score=round(s[0], 3)) for j, s in ranked[1:4]]
        return Resolution(
            query=text,
            status="found",
            job_id=job_id,
            job=self.jobs[job_id].job,
            confidence=confidence,
            matched_alias=alias.text,
            candidates=others,
        )

    def _ambiguous(self, text: str, options) -> Resolution:
        if len(options) == 1:  # one partial fit is not a match: say absent, with that job first among the nearest
            return Resolution(query=text, status="absent", candidates=self.nearest(text))
        # "manager": the titles that hold the word, not the jobs an English alias ("case manager") names
        asked = set(tokens(text))
        titled = [j for j in self.jobs.values() if asked and asked <= set(tokens(j.job))]
        if len(titled) >= 2:
            return Resolution(query=text, status="ambiguous", confidence=0.5,
                              candidates=[Candidate(job_id=j.id, job=j.job, score=1.0) for j in titled])
        return Resolution(
            query=text,
            status="ambiguous",
            confidence=round(max(s[0] for _, s in options) * 0.5, 3),
            candidates=[Candidate(job_id=j, job=self.jobs[j].job, score=round(s[0], 3)) for j, s in options],
        )
