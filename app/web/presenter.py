"""What the chat shows for an answer, independent of Chainlit: message text with its sources list, and the
attachments the page fetches by URL (cited passages, charts, the downloadable brief). The Chainlit file (``handlers.py``)
only wires these to handlers; ``routes.py`` serves the URLs."""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlencode

from app.engine.answers import Answer, SourceRef
from app.engine.core import Engine
from knowledge.settings import Settings
from scoring.render import escape_markdown, line_range
from search.embeddings import load_in_background

from . import charts
from .display.sources import answer_markdown
from .documents.brief_markdown import job_brief
from .documents.brief_page import JobSet, brief_html, brief_key, job_set
from .documents.brief_pdf import pdf_bytes
from .documents.source_pages import cited_document
from .explorer.links import explorer_line

FAVOUR = {"Les deux": "both", "PwC": "pwc", "Experts métier": "expert"}
BACKENDS = {"Hors ligne (sans LLM)": "offline", "LLM configuré": "llm"}

STARTERS = [
    ("Mon métier est-il exposé ?", "Je suis chargée d'assistance : mon métier est-il exposé à l'IA générative, et qu'est-ce qui change ?"),
    ("Préparer une réunion DIAL-IA", "Je prépare une réunion de dialogue social sur l'IA : quels métiers changent de profil entre PwC et les experts métier ?"),
    ("Actions RH recommandées", "Que recommande l'étude aux RH pour accompagner les métiers les plus exposés ?"),
    ("Les métiers les plus exposés", "Quels sont les 10 métiers les plus exposés selon les experts métier ?"),
]  # fmt: skip




@dataclass(frozen=True)
class Attachment:
    """Something shown with an answer, fetched by the page from ``url`` (served by ``routes.py``)."""

    kind: str  # "passage", "chart" or "brief"
    name: str
    url: str
    display: str
    mime: str


def url_root() -> str:
    # Chainlit's own mount point when it is served under a path (its --root-path option sets these)
    return os.getenv("CHAINLIT_PARENT_ROOT_PATH", "") + os.getenv("CHAINLIT_ROOT_PATH", "")


def source_name(number: int) -> str:
    return f"Source {number}"


def passage_url(ref: SourceRef) -> str:
    return f"{url_root()}/etude/passage/{quote(ref.source)}?lignes={ref.line_start}-{ref.line_end}"


def chart_url(chart: charts.Chart) -> str:
    query = {"metiers": ",".join(chart.job_ids), "qualification": chart.qualification}
    return f"{url_root()}/etude/graphique/{chart.kind}?{urlencode({k: v for k, v in query.items() if v})}"


def brief_name(job_id: str) -> str:
    return f"fiche-{job_id}.md"


def brief_url(job_id: str) -> str:
    return f"{url_root()}/etude/fiche/{brief_name(job_id)}"


def document_url(chosen: JobSet, kind: str) -> str:
    return f"{url_root()}/etude/document/{chosen.slug}.{kind}"


def passage(sources_dir: Path, source: str, start: int, end: int) -> str:
    """A cited passage in full, with its section; its text is escaped so it shows as written, never as Markdown or
    HTML. LookupError (in French) when the source or the lines do not exist, ValueError for too long a span."""
    document = cited_document(sources_dir, source, start, end)
    # PDF lines are wrapped at the page width: rejoin them into the paragraphs they were
    text = "\n".join(document.shown_lines[start - 1 : end])
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    # "+" and "-" too: a wrapped line starting with one would become a list item
    body = "\n\n".join(escape_markdown(p, "+-") for p in paragraphs if p)
    section = document.section_at(start).title
    return f"**{escape_markdown(section, '+-')}**  \n{source}, {line_range(start, end)}\n\n{body}"


def message_text(answer: Answer, tool) -> str:
    """The answer with its sources line: the exposure table cited once, each source a link (``sources.py``)."""
    return answer_markdown(answer, tool, url_root())


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
    """One engine for the whole server; per-conversation state lives in the Chainlit session. What the page fetches
    by URL (passages, charts, briefs) is a pure function of the study, so any worker can serve it."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.engine = Engine(settings)
        self.history_warning: str | None = None
        self.ready = threading.Event()  # set once the search index is loaded (``warm_up``)

    def warm_up(self) -> None:
        """Open the search index, then run a first query (it waits for the dense model, which loads in its own
        thread) and build the figures every job answer may need. Answers wait for the index only: opening it
        twice at once (a question during the warm-up) would cost twice the memory."""
        load_in_background()  # the dense model loads beside the first page (search/embeddings.py)
        try:
            self.engine.retriever  # noqa: B018 - opened on first use
        finally:
            self.ready.set()
        self.engine.warm_up()
        charts.warm_up(self.engine.tool)

    def attachments(self, answer: Answer) -> list[Attachment]:
        """The charts and, for an answer about one job, its brief."""
        # Cited sources are links in the text (``sources.py``), not side elements: Chainlit opens its side panel by
        # itself, with every side element of the conversation, whenever a new one arrives.
        out = [
            Attachment("chart", chart.name, chart_url(chart), "inline", "application/json")
            for chart in charts.charts_for(answer)
        ]
        key = brief_key(answer, self.engine.tool)
        if key is not None:
            chosen = job_set(self.engine.tool, key)
            out.append(Attachment("brief", f"{chosen.slug}.pdf", document_url(chosen, "pdf"), "inline", "application/pdf"))
        return out

    def passage(self, source: str, start: int, end: int) -> str:
        return passage(self.settings.sources_dir, source, start, end)

    def source_page(self, source: str, start: int, end: int) -> str:
        from .documents.source_pages import passage_page

        return passage_page(self.settings.sources_dir, source, start, end)

    def table_page(self, job_ids: list[str]) -> str:
        from .documents.source_pages import table_page

        return table_page(self.settings.sources_dir, self.engine.tool, job_ids)

    def message_text(self, answer: Answer) -> str:
        text = message_text(answer, self.engine.tool)
        key = brief_key(answer, self.engine.tool)
        if key is None:
            return text
        chosen = job_set(self.engine.tool, key)
        text = (
            f"{text}\n\n**Fiche à imprimer ou à transmettre** : [{escape_markdown(chosen.title)} (page imprimable)]"
            f"({document_url(chosen, 'html')}) · PDF ci-dessous"
        )
        return f"{text}\n\n{explorer_line(key, self.engine.tool, url_root())}"

    def brief_document(self, key: str, kind: str) -> str | bytes:
        """The brief of a job, a family (``famille-01``) or the core jobs (``coeur``), dated today, as a printable
        page (``kind="html"``) or a PDF; LookupError (in French) for what the study does not have."""
        chosen = job_set(self.engine.tool, key)
        today = date.today()
        html = self._brief_html(chosen, today)
        return html if kind == "html" else self._brief_pdf(chosen, today)

    @lru_cache(maxsize=64)  # noqa: B019 - one service per process; a brief is a pure function of the study and the day
    def _brief_html(self, chosen: JobSet, today: date) -> str:
        return brief_html(self.engine.study, self.engine.tool, chosen, today, document_url(chosen, "pdf"))

    @lru_cache(maxsize=16)  # noqa: B019 - rendering takes ~0.3 s
    def _brief_pdf(self, chosen: JobSet, today: date) -> bytes:
        return pdf_bytes(self._brief_html(chosen, today))

    def chart_json(self, chart: charts.Chart) -> str:
        return charts.figure_json(self.engine.tool, chart)

    def brief(self, job_id: str) -> bytes:
        """The Markdown brief of one job; LookupError (in French) for a job the study does not have."""
        if job_id not in self.engine.tool.by_id:
            raise LookupError(f"Métier inconnu de l'étude : {job_id}")
        return self._brief_bytes(job_id)

    @lru_cache(maxsize=64)  # noqa: B019 - one service per process; briefs are pure functions of the study
    def _brief_bytes(self, job_id: str) -> bytes:
        return job_brief(self.engine.study, self.engine.tool, job_id).encode("utf-8")

    @property
    def backends(self) -> list[str]:
        names = ["Hors ligne (sans LLM)"]
        if self.settings.llm_enabled:
            names.append("LLM configuré")
        return names
