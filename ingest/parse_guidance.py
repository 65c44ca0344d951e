"""Recommendations (5 axes), the 6 priority actions, DIAL-IA and the structure of the transformation sheets."""

from __future__ import annotations

import re

from knowledge.schema import (
    DialIA,
    Job,
    PriorityAction,
    RecommendationAxis,
    RecommendationItem,
    SheetSection,
    TransformationSheets,
)
from knowledge.source import ParseError, SourceText, join_wrapped
from knowledge.text import slugify

AXIS = re.compile(r"^AXE (\d) : (.+)$")
ITEM = re.compile(r"^(\d+)\. (.+)$")


def _numbered_items(source: SourceText, start: int, end: int) -> list[tuple[int, int, int]]:
    """(number, first line, last line) of ``N. text`` items; a line starting in lower case continues the item,
    even after a blank line (the PDF breaks items across lines and paragraphs)."""
    items: list[list[int]] = []
    open_item = False  # any other text (a page header, a footnote) closes the item
    for line_no in range(start, end + 1):
        line = source.line(line_no)
        if match := ITEM.match(line):
            items.append([int(match[1]), line_no, line_no])
            open_item = True
        elif open_item and line and line[0].islower():
            items[-1][2] = line_no
        elif line:
            open_item = False
    return [(n, s, e) for n, s, e in items]


def parse_axes(source: SourceText) -> list[RecommendationAxis]:
    first = source.section("Préconisations (1/3)")
    second = source.section("Préconisations (2/3)")
    headers = [n for n in range(first.start, second.end + 1) if AXIS.match(source.line(n))]
    axes = []
    for index, header in enumerate(headers):
        end = headers[index + 1] - 1 if index + 1 < len(headers) else second.end
        match = AXIS.match(source.line(header))
        assert match
        title = match[2].strip()
        title_end = header
        nxt = source.line(header + 1)
        if nxt and nxt.isupper() and not ITEM.match(nxt):  # a title wrapped onto the next line
            title, title_end = f"{title} {nxt}", header + 1
        number = int(match[1])
        items = [
            RecommendationItem(
                axis=number,
                number=item,
                text=re.sub(r"\s+", " ", source.text(s, e).split(" ", 1)[1]).strip(),
                citation=source.cite(s, e),
            )
            for item, s, e in _numbered_items(source, title_end + 1, end)
        ]
        if [i.number for i in items] != list(range(1, len(items) + 1)):
            raise ParseError(f"axe {number} : numérotation des préconisations discontinue")
        last = max([title_end] + [i.citation.line_end for i in items])
        axes.append(RecommendationAxis(number=number, title=title, items=items, citation=source.cite(header, last)))
    if [a.number for a in axes] != [1, 2, 3, 4, 5]:
        raise ParseError(f"5 axes de préconisations attendus, trouvés : {[a.number for a in axes]}")
    return axes


def parse_priority_actions(source: SourceText) -> list[PriorityAction]:
    section = source.section("Pour aller plus loin")
    start = source.find(r"^Sélection de 6 actions", section.start, section.end)
    end = source.find(r"^Informer l'action des partenaires sociaux", start, section.end) - 1
    actions = [
        PriorityAction(number=n, text=source.text(s, e).split(" ", 1)[1], citation=source.cite(s, e))
        for n, s, e in _numbered_items(source, start + 1, end)
    ]
    if [a.number for a in actions] != [1, 2, 3, 4, 5, 6]:
        raise ParseError(f"6 actions prioritaires attendues, trouvées : {[a.number for a in actions]}")
    return actions


def parse_dialia(source: SourceText) -> DialIA:
    section = source.section("Pour aller plus loin")
    start = source.find(r"^Informer l'action des partenaires sociaux", section.start, section.end)
    links = [
        (n, source.line(n))
        for n in range(start, section.end + 1)
        if re.match(r"^https?://\S*dial", source.line(n), re.IGNORECASE)
    ]
    if not links:
        raise ParseError("DIAL-IA : liens introuvables")
    text_end = source.find(r"^Section 5", start, section.end) - 1
    description = source.text(start + 1, text_end)
    deliverables = re.search(r"livrables : (un manifeste .+?) et (un livrable .+?)\.", description)
    if not deliverables:
        raise ParseError("DIAL-IA : livrables illisibles")
    return DialIA(
        name="DIAL-IA (Dialoguer sur l'IA)",
        description=description,
        deliverables=[deliverables[1], deliverables[2]],
        links=[url for _, url in links],
        citation=source.cite(start, links[-1][0], quote=source.text(start, text_end)),
    )


def _fragments(source: SourceText, start: int, end: int, new_part: re.Pattern[str]) -> list[str]:
    """Parts of a layout where words sit on separate lines; a part starts on a line matching ``new_part``."""
    parts: list[list[str]] = []
    for line_no in range(start, end + 1):
        line = source.line(line_no)
        if not line:
            continue
        if new_part.match(line) or not parts:
            parts.append([line])
        elif re.match(r"^ments?\b", line) and parts[-1][-1].endswith("approfondisse"):  # word cut in two
            parts[-1][-1] += line
        else:
            parts[-1].append(line)
    return [join_wrapped(p).lstrip("• ").strip() for p in parts]


def parse_sheets(source: SourceText, jobs: list[Job]) -> TransformationSheets:
    """The sheets page lists the core jobs with one word per line; each core job of the table must be found there."""
    section = source.section("Scénarios de transformation")
    names_start = source.find(r"^Section 4", section.start, section.end) + 1
    intro = source.find(r"^Les fiches de transformation sont", names_start, section.end)
    listing = f"-{slugify(source.text(names_start, intro - 1))}-"
    positions = {}
    for job in (j for j in jobs if j.core):
        where = listing.find(f"-{slugify(job.job)}-")
        if where < 0:
            raise ParseError(f"fiches de transformation : métier cœur {job.job!r} absent de la liste")
        positions[job.job] = where
    sheet_jobs = sorted(positions, key=positions.__getitem__)
    heads = [n for n in range(intro, section.end + 1) if re.search(r"Section \d – ", source.line(n))]
    if len(heads) != 3:
        raise ParseError(f"fiches de transformation : 3 sections attendues, {len(heads)} trouvées")
    # "réévaluéeSection 3 – Cas d'usage": the third header is glued to the last part of the second section.
    sections = []
    bounds = heads + [section.end + 1]
    priorities: list[str] = []
    for index, head in enumerate(heads):
        header = re.search(r"Section (\d) – (.+)$", source.line(head))
        assert header
        start = head + 1
        end = bounds[index + 1] - 1
        if index == 1:
            raw = _fragments(source, start, end, re.compile(r"^• "))
            glued = source.line(bounds[2])[: source.line(bounds[2]).index("Section")]
            raw[-1] = f"{raw[-1]} {glued}".strip()
            parts = raw
        elif index == 2:
            parts = _fragments(source, start, end, re.compile(r"^Colonne \d"))
            priorities = [p for p in _fragments(source, start, end, re.compile(r"^• ")) if "priorité" in p]
            priorities = [re.sub(r"^.*?(\w+ : priorité \d).*$", r"\1", p) for p in priorities]
            parts = [re.sub(r" • .*$", "", p) if p.startswith("Colonne 1") else p for p in parts]
        else:
            parts = _fragments(source, start, end, re.compile(r"^[A-ZÉ]"))
        sections.append(SheetSection(number=int(header[1]), title=header[2].strip(), parts=parts))
    return TransformationSheets(
        jobs=sheet_jobs,
        description=source.text(intro, heads[0] - 1),
        sections=sections,
        use_case_priorities=priorities,
        citation=source.cite(section.start, section.end, quote=source.text(intro, heads[0] - 1)),
    )
