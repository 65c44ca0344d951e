"""Linking for retrieval: the planner and the scoring tool know which passages answer a question about a job,
a ranking, a profile or a record (the cited table rows and paragraphs); those passages form a third retrieval
channel fused with BM25 and dense search. Measured as its own row in docs/evaluation.md."""

from __future__ import annotations

from knowledge.schema import Chunk, Citation

from .composer import Composer
from .operations import operation
from .understanding.planner import Planner


class EntityLinker:
    def __init__(self, planner: Planner, composer: Composer, chunks: list[Chunk]):
        self.planner = planner
        self.composer = composer
        self.chunks = chunks

    def _chunks_for(self, citation: Citation) -> list[str]:
        overlapping = [
            c
            for c in self.chunks
            if c.citation.document == citation.document
            and c.citation.line_start <= citation.line_end
            and citation.line_start <= c.citation.line_end
        ]
        # a table-row citation maps to its row chunk, not to the whole table's passages
        rows = [c for c in overlapping if c.kind == "table_row"]
        exact = [c for c in rows if c.citation.line_start == citation.line_start]
        return [c.id for c in (exact or overlapping)]

    def __call__(self, query: str) -> list[str]:
        plan = self.planner.plan(query)
        if not operation(plan.intent).linkable:
            return []
        try:
            composed = self.composer.compose(plan)
        except Exception:  # noqa: BLE001 - linking is a best effort; search still has BM25 and dense
            return []
        linked: list[str] = []
        for citation in composed.sources.items:
            for chunk_id in self._chunks_for(citation):
                if chunk_id not in linked:
                    linked.append(chunk_id)
        return linked
