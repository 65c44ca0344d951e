"""What every answer handler works with: the study's context (``Context``) and the answer being built
(``Composed``: text parts, cited sources, tool calls, charts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from knowledge.schema import Fact, ImpactProfile, Study
from scoring import ScoringTool
from scoring.models import AuditFinding
from search.retriever import Retriever

from .answers import ChartSpec, Sources, ToolCall
from .plan import Plan

SCOPE = (
    "Je réponds aux questions sur l'étude « Impact de l'IA générative sur les métiers de l'assistance » "
    "(PwC pour l'Observatoire des métiers de l'assistance) : exposition des métiers de la branche, maturité "
    "des entreprises, préconisations, actions prioritaires et dialogue social (DIAL-IA)."
)  # no figure here: every figure an answer gives comes with its source
EXAMPLES = (
    "Exemples : « Je suis chargée d'assistance, mon métier est-il exposé ? », « Quels sont les métiers les plus "
    "exposés selon les experts ? », « Que recommande l'étude en matière de formation ? »"
)


@dataclass(frozen=True)
class Context:
    study: Study
    tool: ScoringTool
    findings: list[AuditFinding]
    profiles: dict[str, ImpactProfile]
    facts: dict[str, Fact]
    words: dict[str, str]  # accented spellings, to give capitalised titles their accents back
    favour: str = "both"  # "pwc", "expert" or "both": which qualification the answer shows
    retriever: Retriever | None = None
    # answers another reading into the same answer (a recap answers the thread's earlier readings again)
    answer: Callable[[Plan, Composed], None] | None = None


class Composed:
    def __init__(self) -> None:
        self.sources = Sources()
        self.parts: list[str] = []
        self.tool_calls: list[ToolCall] = []
        self.charts: list[ChartSpec] = []
        self.choices: list[str] = []  # a clarifying question's options

    def add(self, text: str) -> None:
        self.parts.append(text)

    def call(self, name: str, args: dict[str, Any], result: Any) -> None:
        dumped = result.model_dump(mode="json") if hasattr(result, "model_dump") else result
        if isinstance(result, list):
            dumped = [r.model_dump(mode="json") if hasattr(r, "model_dump") else r for r in result]
        self.tool_calls.append(ToolCall(name=name, args=args, result=dumped))

    @property
    def text(self) -> str:
        return "\n\n".join(p for p in self.parts if p)
