"""The answer record returned by the engine to the CLI, the UI and the evaluation."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from knowledge.schema import Citation

# What a correct answer does with the question (tests/eval/FORMAT.md): answers it, says the job is not among
# the study's, says the study does not cover it, declines, asks back with choices, or replies to small talk.
Outcome = Literal["answer", "absent_job", "out_of_scope", "refuse", "clarify", "smalltalk"]


class SourceRef(BaseModel):
    """A citation as the command line's JSON contract names it (``source`` for the document, ``id`` spelled out);
    built from ``knowledge.schema.Citation`` by ``Sources.refs`` and nowhere else."""

    id: str
    source: str
    section: str
    quote: str
    line_start: int
    line_end: int


class ChartSpec(BaseModel):
    """A chart an answer calls for: which figure, for which jobs, in which qualification (the web shell draws it)."""

    kind: Literal["position", "profiles", "compare", "core", "ranking"]
    job_ids: list[str] = []
    qualification: Literal["pwc", "expert"] = "pwc"


class ToolCall(BaseModel):
    name: str
    args: dict[str, Any]
    result: Any


class Answer(BaseModel):
    question: str
    answer: str
    citations: list[SourceRef] = []
    tool_calls: list[ToolCall] = []
    backend: str = "offline"
    latency_ms: float = 0.0
    route: str = "retrieval"
    intent: str = "retrieval"
    outcome: Outcome = "answer"
    conversation: str | None = Field(None, description="The conversation id of a --jsonl line, echoed back")
    notes: list[str] = Field(default_factory=list, description="Why the engine fell back, warnings")
    charts: list[ChartSpec] = Field(default_factory=list, description="Charts for the UI (not in --json)")
    choices: list[str] = Field(
        default_factory=list, description="A clarifying question's options: each is a message the user may send"
    )

    def public(self) -> dict[str, Any]:
        """The command-line JSON contract."""
        return self.model_dump(
            mode="json", include={
                "question", "answer", "citations", "tool_calls", "backend", "latency_ms", "route", "outcome", "choices",
            } | ({"conversation"} if self.conversation is not None else set()),
        )


class Sources:
    """Numbers citations in the order an answer uses them: ``ref()`` returns the "[n]" marker."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def ref(self, *citations: Citation) -> str:
        numbers = []
        for citation in citations:
            if citation not in self.items:
                self.items.append(citation)
            numbers.append(self.items.index(citation) + 1)
        return "".join(f"[{n}]" for n in sorted(set(numbers)))

    def refs(self) -> list[SourceRef]:
        return [
            SourceRef(
                id=c.id,
                source=c.document,
                section=c.section,
                quote=c.quote,
                line_start=c.line_start,
                line_end=c.line_end,
            )
            for c in self.items
        ]
