"""The offline answer composer: the registered handler of the question's kind, over the study's context.

No LLM. Every figure it writes comes from a tool result or from a cited passage.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.schema import Study
from knowledge.text import accented_words
from scoring import ScoringTool
from scoring.audit import run_audit
from search.retriever import Retriever

from .composition import Composed, Context
from .operations import operation
from .plan import Plan


class Composer:
    def __init__(self, study: Study, tool: ScoringTool):
        self.context = Context(
            study=study,
            tool=tool,
            findings=run_audit(study, tool.resolver),
            profiles={p.label: p for p in study.profiles},
            facts={f.id: f for f in study.facts},
            words=accented_words(
                [f.statement for f in study.facts] + [i.text for a in study.axes for i in a.items]
                + [p.definition for p in study.profiles] + [a.text for a in study.priority_actions]
            ),
        )

    def compose(
        self, plan: Plan, favour: str = "both", retriever: Retriever | None = None, out: Composed | None = None
    ) -> Composed:
        """Answer one ask; several asks of a message share one ``out`` (and so one numbering of sources)."""
        out = out if out is not None else Composed()
        if plan.qualification != "both":
            favour = plan.qualification
        def again(other: Plan, into: Composed) -> None:
            self.compose(other, favour, retriever, out=into)

        operation(plan.intent).handler(replace(self.context, favour=favour, retriever=retriever, answer=again), plan, out)
        return out
