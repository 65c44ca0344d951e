"""An answer's sources as a person reads them in the chat.

The engine cites each row of the exposure table on its own (a top 10 carries eleven citations, the first being the
table's header). Here the table is cited once, with the rows the answer used; every other citation stays as it is.
The ``[n]`` markers of the answer are renumbered to match, and each one links to its source: the page opens it in
a side panel (``public/assistant.js``) or, without JavaScript, in a new tab (``source_pages.py`` serves it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote

from app.engine.answers import Answer, SourceRef
from scoring import ScoringTool
from scoring.render import escape_markdown

TABLE = "Tableau des expositions"
_MARKERS = re.compile(r"[ \t]?((?:\[\d+\])+)")


@dataclass
class ShownSource:
    """One entry of the sources line: a passage of the study, or the exposure table with the rows used."""

    number: int
    ref: SourceRef | None = None  # a passage
    job_ids: list[str] = field(default_factory=list)  # table rows, when the source is the table
    table: bool = False

    def label(self, tool: ScoringTool) -> str:
        if not self.table:
            assert self.ref is not None
            return f"{self.ref.section}, {line_label(self.ref.line_start, self.ref.line_end)}"
        if len(self.job_ids) == 1:
            return f"{TABLE}, ligne « {tool.by_id[self.job_ids[0]].job} »"
        if self.job_ids:
            return f"{TABLE}, {len(self.job_ids)} lignes"
        return TABLE

    def url(self, root: str) -> str:
        if self.table:
            return f"{root}/etude/tableau?metiers={quote(','.join(self.job_ids), safe=',')}"
        assert self.ref is not None
        return f"{root}/etude/source/{quote(self.ref.source)}?lignes={self.ref.line_start}-{self.ref.line_end}"


def line_label(first: int, last: int) -> str:
    return f"l. {first}" if first == last else f"l. {first}-{last}"


@lru_cache(maxsize=4)  # one scoring tool per process
def table_lines(tool: ScoringTool) -> tuple[dict[tuple[str, int, int], str], tuple[str, int, int]]:
    """Where each job's row stands in the study (document, first line, last line) and where the header stands."""
    rows = {(c.document, c.line_start, c.line_end): job.id for job in tool.jobs for c in job.citations[:1]}
    header = tool.table_citation
    return rows, (header.document, header.line_start, header.line_end)


def shown_sources(answer: Answer, tool: ScoringTool) -> tuple[list[ShownSource], dict[int, int]]:
    """The sources to show, and the engine's citation number -> the shown number."""
    rows, header = table_lines(tool)
    shown: list[ShownSource] = []
    table: ShownSource | None = None
    numbers: dict[int, int] = {}
    for n, ref in enumerate(answer.citations, 1):
        where = (ref.source, ref.line_start, ref.line_end)
        if where in rows or where == header:
            if table is None:
                table = ShownSource(len(shown) + 1, table=True)
                shown.append(table)
            if where in rows and rows[where] not in table.job_ids:
                table.job_ids.append(rows[where])
            numbers[n] = table.number
        else:
            shown.append(ShownSource(len(shown) + 1, ref=ref))
            numbers[n] = len(shown)
    return shown, numbers


def answer_markdown(answer: Answer, tool: ScoringTool, root: str = "") -> str:
    """The answer with linked, renumbered markers, and its sources line."""
    if not answer.citations:
        return answer.answer
    shown, numbers = shown_sources(answer, tool)
    by_number = {s.number: s for s in shown}
    table_seen = False

    def marker(match: re.Match) -> str:
        nonlocal table_seen
        cited = [int(n) for n in re.findall(r"\d+", match.group(1))]
        if any(n not in numbers for n in cited):
            return match.group(0)  # not one of ours: leave the text as written
        out = []
        for number in dict.fromkeys(numbers[n] for n in cited):
            if by_number[number].table:
                if table_seen:
                    continue  # the table is marked once, where it is first used
                table_seen = True
            out.append(f"[\\[{number}\\]]({by_number[number].url(root)})")
        return (" " + "".join(out)) if out else ""

    text = _MARKERS.sub(marker, answer.answer)
    listed = " · ".join(f"[{s.number}. {escape_markdown(s.label(tool))}]({s.url(root)})" for s in shown)
    return f"{text}\n\n**Sources** : {listed}"
