"""The audit's findings (``scoring/audit.py``) placed on the rows they concern. A finding that names a handful of
jobs is shown on each of their rows; a wide one (the share of a profile, a trend over 30 jobs) is listed under the
table only, since marking half the rows would say nothing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scoring import ScoringTool
from scoring.audit import run_audit
from scoring.models import AuditFinding

ON_ROWS = 8  # a finding naming at most this many jobs is shown on their rows


@dataclass(frozen=True)
class Numbered:
    number: int  # from 1, the anchor ``constat-N`` of the explorer's list
    finding: AuditFinding
    job_ids: tuple[str, ...]

    @property
    def on_rows(self) -> bool:
        return 0 < len(self.job_ids) <= ON_ROWS


@lru_cache(maxsize=4)
def numbered(tool: ScoringTool) -> tuple[Numbered, ...]:
    by_name = {j.job: j.id for j in tool.jobs}
    return tuple(
        Numbered(n, finding, tuple(by_name[name] for name in finding.jobs if name in by_name))
        for n, finding in enumerate(run_audit(tool.study, tool.resolver), 1)
    )


def for_job(tool: ScoringTool, job_id: str, wide_too: bool = False) -> list[Numbered]:
    """The findings shown on a job's row (and, with ``wide_too``, the wide ones that name it as well)."""
    return [f for f in numbered(tool) if job_id in f.job_ids and (f.on_rows or wide_too)]
