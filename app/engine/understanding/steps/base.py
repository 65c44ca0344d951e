"""What every step of the reader may use."""

from __future__ import annotations

from knowledge.schema import Study

from ...operations import operation
from ...plan import Conversation, Plan
from ..ellipsis import Ellipsis
from ..planner import Planner
from ..reading import FamilyReader
from ..sets import SetReader

# Readings that found nothing to answer from the data: a passage search, a question back, a title the study lacks.
GAVE_UP = frozenset({"retrieval", "unclear", "clarify", "absent_job", "ambiguous_job"})


class Steps:
    """The reader's state, shared by its steps (``reader.Reader`` sets it)."""

    study: Study
    planner: Planner
    families: FamilyReader
    sets: SetReader
    ellipsis: Ellipsis
    prose: frozenset[str]  # the words the study uses about its topics (``records.prose_stems``)
    items: list[tuple[str, object]]  # the recommendations, with their text
    actions: list[tuple[str, object]]  # the priority actions, with their text

    def _read(self, text: str, conversation: Conversation) -> Plan:
        """A message read through every step (``reader.Reader._read``): a step may read another phrasing with it."""
        raise NotImplementedError

    def _read_alone(self, written: str) -> Plan | None:
        """A turn rewritten as a single question (its subject written out) read with no conversation, kept only when
        it answers from the data: None when it gives up, declines or needs the passage index."""
        again = self._read(written, Conversation())
        kind = operation(again.intent)
        return again if kind.outcome == "answer" and not kind.needs_index else None
