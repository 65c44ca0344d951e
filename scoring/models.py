"""Results of the scoring tool: typed, serialisable, each with the citations that prove it."""

from __future__ import annotations

from typing import Literal

from knowledge.schema import Citation, Record


class Candidate(Record):
    job_id: str
    job: str
    score: float


class Resolution(Record):
    """What a free-text job name resolved to."""

    query: str
    status: Literal["found", "ambiguous", "absent", "empty"]
    job_id: str | None = None
    job: str | None = None
    confidence: float = 0.0
    matched_alias: str | None = None
    candidates: list[Candidate] = []


class ExposureView(Record):
    qualification: Literal["pwc", "expert"]
    score: float
    rank: int
    total: int
    classification: str


class Change(Record):
    """From the PwC qualification to the experts' (positive rank_change = more exposed for the experts)."""

    score_change: float
    rank_change: int
    rank_change_published: int
    classification_changed: bool
    from_classification: str
    to_classification: str
    direction: Literal["hausse", "baisse", "stable"]


class JobCard(Record):
    job_id: str
    job: str
    family_code: str
    family: str
    core: bool
    pwc: ExposureView
    expert: ExposureView
    change: Change
    citations: list[Citation]


class Comparison(Record):
    cards: list[JobCard]
    most_exposed_pwc: str
    most_exposed_expert: str
    citations: list[Citation]


class RankingEntry(Record):
    job_id: str
    job: str
    family: str
    core: bool
    rank: int
    score: float
    classification: str


class Ranking(Record):
    qualification: Literal["pwc", "expert"]
    bottom: bool
    filters: dict[str, str]
    total_matching: int
    entries: list[RankingEntry]
    citations: list[Citation]


class ProfileCount(Record):
    profile_id: str
    label: str
    count_pwc: int
    share_pwc: float  # percent of the 58 rows, computed
    published_share_pwc: int | None
    count_expert: int
    share_expert: float
    published_share_expert: int | None
    citations: list[Citation]


class Stats(Record):
    total_jobs: int
    core_jobs: int
    profiles: list[ProfileCount]
    citations: list[Citation]


class ProfileChangeEntry(Record):
    job_id: str
    job: str
    core: bool
    from_classification: str
    to_classification: str
    pwc_score: float
    expert_score: float


class AuditFinding(Record):
    kind: str
    message: str
    jobs: list[str]
    citations: list[Citation]
