"""The study text as numbered, cleaned lines, with its sections located by anchors.

PDF extraction damage is handled here and in the parsers, never by editing the shipped text: lines are
cleaned one by one (typographic apostrophes, stray spaces) so line numbers stay those of the file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .paths import STUDY_PATH
from .schema import Citation

# Each section starts at the first line matching its anchor after the previous section's start.
# Titles are what a reader sees in a citation, in French.
SECTION_ANCHORS: list[tuple[str, str]] = [
    ("Présentation de l'étude : l'étude en bref", r"^PRESENTATION DE L'ETUDE"),
    ("Maturité IA générative des sociétés d'assistance : 6 enseignements clés", r"^Maturité IAgen"),
    ("Exposition des métiers : approche de qualification", r"^Approche de qualification"),
    ("Exposition des métiers : tableau consolidé des expositions", r"^Tableau consolidé des expositions"),
    ("Exposition des compétences par métier : qualification PwC", r"^Visualisation exposition des compétences"),
    (
        "Exposition des compétences par métier : qualification experts métier (analyse comparative)",
        r"^Visualisation exposition des compétences",
    ),
    ("Classification des métiers (1/2) : profils d'impact", r"^Principes de classification des métiers"),
    ("Classification des métiers (2/2) : tableaux par profil d'impact", r"^Classification des métiers \(2/2\)"),
    ("Exposition des métiers : constats clés sur l'exposition des compétences", r"^Constats clés sur l'exposition"),
    ("Scénarios de transformation : fiches de transformation", r"^10 synthèses prospectives"),
    ("Préconisations (1/3) : axes 1 à 3", r"^AXE 1 :"),
    ("Préconisations (2/3) : axes 4 et 5", r"^AXE 4 :"),
    ("Pour aller plus loin : 6 actions prioritaires pour 2025 et DIAL-IA", r"^POUR ALLER PLUS LOIN"),
    ("Conclusion", r"^Le secteur de l'assistance amorce"),
    ("Ouverture", r"^OUVERTURE"),
    ("Contacts et publication", r"^contact@"),
]


class ParseError(ValueError):
    """The source text does not have the shape the parser expects (named, with the line)."""


def clean_line(raw: str) -> str:
    line = raw.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").replace("\ufeff", "")
    return re.sub(r"[ \t]+", " ", line).strip()


@dataclass(frozen=True)
class Section:
    title: str
    start: int  # 1-based, inclusive
    end: int


class SourceText:
    """Cleaned lines of one document, addressable by 1-based line number."""

    def __init__(self, text: str, document: str):
        self.document = document
        self.raw = text
        self.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
        self.raw_lines = text.splitlines()
        self.lines = [clean_line(line) for line in self.raw_lines]
        self.sections = self._locate_sections()

    @classmethod
    def load(cls, path: Path = STUDY_PATH) -> SourceText:
        return cls(path.read_text(encoding="utf-8"), path.name)

    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def raw_line(self, number: int) -> str:
        return self.raw_lines[number - 1]

    def find(self, pattern: str, start: int = 1, end: int | None = None) -> int:
        """First line number in [start, end] matching ``pattern``; ParseError if none."""
        regex = re.compile(pattern)
        last = end or len(self.lines)
        for number in range(start, last + 1):
            if regex.search(self.lines[number - 1]):
                return number
        raise ParseError(f"{self.document}: motif introuvable {pattern!r} entre les lignes {start} et {last}")

    def _locate_sections(self) -> list[Section]:
        starts: list[tuple[str, int]] = []
        cursor = 1
        for title, anchor in SECTION_ANCHORS:
            number = self.find(anchor, cursor)
            starts.append((title, number))
            cursor = number + 1
        sections = []
        for index, (title, start) in enumerate(starts):
            end = starts[index + 1][1] - 1 if index + 1 < len(starts) else len(self.lines)
            sections.append(Section(title, 1 if index == 0 else start, end))
        return sections

    def section_at(self, number: int) -> Section:
        for section in self.sections:
            if section.start <= number <= section.end:
                return section
        raise ParseError(f"{self.document}: ligne {number} hors de toute section")

    def section(self, title_prefix: str) -> Section:
        for section in self.sections:
            if section.title.startswith(title_prefix):
                return section
        raise ParseError(f"section inconnue {title_prefix!r}")

    def text(self, start: int, end: int) -> str:
        """Lines start..end joined as prose: hyphen-free PDF wraps become spaces."""
        return join_wrapped(self.lines[start - 1 : end])

    def cite(self, start: int, end: int | None = None, quote: str | None = None) -> Citation:
        end = end or start
        section = self.section_at(start)
        if quote is None:
            quote = self.text(start, end)
        return Citation(
            document=self.document,
            section=section.title,
            line_start=start,
            line_end=end,
            quote=shorten(quote, 300),
        )


def join_wrapped(lines: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(line for line in lines if line)).strip()


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def blocks(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Runs of non-empty lines (paragraphs) within [start, end] (1-based line numbers), as line ranges."""
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    for number in range(start, end + 1):
        if lines[number - 1]:
            if run_start is None:
                run_start = number
        elif run_start is not None:
            runs.append((run_start, number - 1))
            run_start = None
    if run_start is not None:
        runs.append((run_start, end))
    return runs
