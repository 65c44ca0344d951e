"""The consolidated exposure table: 58 rows whose PDF columns came out glued together.

A row reads ``NN - <family><job> Oui|Non <score> <rank> <classification><score> <rank> <change> <classification>``
where the family name and the job title, the job and the core flag, or a classification and the next score
may touch with no space. Families are recovered as the word-aligned common prefix of all rows of a code.
"""

from __future__ import annotations

import re

from knowledge.schema import Exposure, Job
from knowledge.source import ParseError, SourceText
from knowledge.text import slugify

ROW = re.compile(
    r"^(?P<code>\d{2}) - (?P<family_job>.+?) ?(?P<core>Oui|Non) "
    r"(?P<pwc_score>\d,\d{2}) (?P<pwc_rank>\d+) (?P<pwc_class>.+?) ?"
    r"(?P<expert_score>\d,\d{2}) (?P<expert_rank>\d+) (?P<change>[+-]?\d+) (?P<expert_class>.+)$"
)
TABLE_END = r"^FAMILLE METIER METIER COEUR SCORE"


def french_float(text: str) -> float:
    return float(text.replace(",", "."))


def split_family(texts: list[str]) -> int:
    """Index where the job title starts in every ``family+job`` string of one family code.

    The family is the longest common prefix cut back to the last position where every row has an
    upper-case letter starting a word, either after a space or glued to a lower-case letter.
    """
    if len(texts) < 2:
        raise ParseError(f"famille à une seule ligne, séparation famille/métier ambiguë : {texts!r}")
    prefix = 0
    while all(len(t) > prefix for t in texts) and len({t[prefix] for t in texts}) == 1:
        prefix += 1
    for cut in range(prefix, 0, -1):
        if all(_starts_word(t, cut) for t in texts):
            return cut
    raise ParseError(f"impossible de séparer la famille du métier : {texts!r}")


def _starts_word(text: str, index: int) -> bool:
    if index >= len(text) or not text[index].isupper():
        return False
    before = text[index - 1]
    return before == " " or before.islower()


def parse_jobs(source: SourceText) -> list[Job]:
    section = source.section("Exposition des métiers : tableau consolidé")
    end = source.find(TABLE_END, section.start, section.end)
    matches: list[tuple[int, re.Match[str]]] = []
    for number in range(section.start, end):
        line = source.line(number)
        if re.match(r"^\d{2} - ", line):
            match = ROW.match(line)
            if not match:
                raise ParseError(f"{source.document}, ligne {number} : ligne du tableau illisible : {line!r}")
            matches.append((number, match))
    by_code: dict[str, list[str]] = {}
    for _, match in matches:
        by_code.setdefault(match["code"], []).append(match["family_job"])
    cuts = {code: split_family(texts) for code, texts in by_code.items()}
    header = source.cite(end, end + 6, quote=source.text(end, end + 6))
    jobs = []
    for number, match in matches:
        cut = cuts[match["code"]]
        family, title = match["family_job"][:cut].strip(), match["family_job"][cut:].strip()
        jobs.append(
            Job(
                id=slugify(title),
                family_code=match["code"],
                family=family,
                job=title,
                core=match["core"] == "Oui",
                pwc=Exposure(
                    score=french_float(match["pwc_score"]),
                    rank=int(match["pwc_rank"]),
                    classification=match["pwc_class"].strip(),
                ),
                expert=Exposure(
                    score=french_float(match["expert_score"]),
                    rank=int(match["expert_rank"]),
                    classification=match["expert_class"].strip(),
                ),
                evolution_published=int(match["change"]),
                citations=[source.cite(number), header],
            )
        )
    return jobs
