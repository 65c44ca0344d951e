"""What the chat shows for an answer, independent of Chainlit: message text with its sources list, the cited
passages, the charts and the downloadable brief. The Chainlit file (``ui.py``) only wires these to handlers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.store import source_lines
from scoring.render import escape_markdown, line_range

from . import charts
from .answers import Answer, SourceRef
from .brief import job_brief
from .config import Settings
from .engine import Engine

FAVOUR = {"Les deux": "both", "PwC": "pwc", "Experts métier": "expert"}
BACKENDS = {"Hors ligne (sans LLM)": "offline", "LLM configuré": "llm"}

STARTERS = [
    ("Mon métier est-il exposé ?", "Je suis chargée d'assistance : mon métier est-il exposé à l'IA générative, et qu'est-ce qui change ?"),
    ("Préparer une réunion DIAL-IA", "Je prépare une réunion de dialogue social sur l'IA : quels métiers changent de profil entre PwC et les experts métier ?"),
    ("Actions RH recommandées", "Que recommande l'étude aux RH pour accompagner les métiers les plus exposés ?"),
    ("Les métiers les plus exposés", "Quels sont les 10 métiers les plus exposés selon les experts métier ?"),
]  # fmt: skip


@dataclass
class Passage:
    name: str
    content: str


def source_name(number: int) -> str:
    return f"Source {number}"


def passage(number: int, ref: SourceRef) -> Passage:
    """The full cited passage; its text is escaped so it shows as written, never as Markdown or HTML."""
    lines = source_lines(ref.source)[ref.line_start - 1 : ref.line_end]
    # PDF lines are wrapped at the page width: rejoin them into the paragraphs they were
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", "\n".join(lines))]
    # "+" and "-" too: a wrapped line starting with one would become a list item
    body = "\n\n".join(escape_markdown(p, "+-") for p in paragraphs if p) or escape_markdown(ref.quote, "+-")
    where = line_range(ref.line_start, ref.line_end)
    return Passage(source_name(number), f"**{escape_markdown(ref.section, '+-')}**  \n{ref.source}, {where}\n\n{body}")


def message_text(answer: Answer) -> str:
    if not answer.citations:
        return answer.answer
    sources = " · ".join(
        f"{source_name(n)} ({c.section}, l. {c.line_start}"
        + (f"-{c.line_end}" if c.line_end != c.line_start else "")
        + ")"
        for n, c in enumerate(answer.citations, 1)
    )
    return f"{answer.answer}\n\n**Sources** : {sources}"


def tool_step_output(result) -> str:
    return json.dumps(result, ensure_ascii=False, indent=1)[:4000]


def stream_pieces(text: str, size: int = 120) -> list[str]:
    """The text in small pieces for a streamed display (words kept whole)."""
    words = re.split(r"(\s+)", text)
    pieces, current = [], ""
    for word in words:
        current += word
        if len(current) >= size:
            pieces.append(current)
            current = ""
    return pieces + ([current] if current else [])


class ChatService:
    """One engine for the whole server; per-conversation state lives in the Chainlit session."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.engine = Engine(settings)
        self.history_warning: str | None = None

    def warm_up(self) -> None:
        self.engine.warm_up()
        charts.warm_up(self.engine.tool)

    def figures(self, answer: Answer):
        return charts.figures_for(self.engine.tool, answer)

    def brief(self, answer: Answer) -> tuple[str, bytes] | None:
        """A Markdown brief when the answer is about one job."""
        if answer.intent != "job":
            return None
        card = next((c for c in answer.tool_calls if c.name == "scoring.card"), None)
        if card is None:
            return None
        job_id = card.result["job_id"]
        return f"fiche-{job_id}.md", self._brief_bytes(job_id)

    @lru_cache(maxsize=64)  # noqa: B019 - one service per process; briefs are pure functions of the study
    def _brief_bytes(self, job_id: str) -> bytes:
        return job_brief(self.engine.study, self.engine.tool, job_id).encode("utf-8")

    @property
    def backends(self) -> list[str]:
        names = ["Hors ligne (sans LLM)"]
        if self.settings.llm_enabled:
            names.append("LLM configuré")
        return names
