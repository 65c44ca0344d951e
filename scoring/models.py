"""Results of the scoring tool: typed, serialisable, each with the citations that prove it."""

from __future__ import annotations

from typing import Literal

from knowledge.schema import Citation, Exposure, Record


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
    gap_pwc: float  # highest score minus lowest, computed from the table
    gap_expert: float
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


class Ratio(Record):
    """One figure against another, as a user's "doublé", "la moitié" or "3 fois plus" is checked."""

    of: str  # what is set against what, in words
    numerator: float
    denominator: float
    ratio: float  # numerator / denominator, two decimals
    change_percent: int  # (numerator - denominator) / denominator, in percent


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


class JobFilter(Record):
    """Which of the 58 rows a question is about. Every condition is optional; all that are set must hold."""

    job_ids: list[str] | None = None  # a set named earlier ("les deux", "parmi eux")
    exclude_job_ids: list[str] = []  # "et les autres ?": the set without the jobs already shown
    families: list[str] = []  # family codes; any of them
    exclude_families: list[str] = []
    core: bool | None = None
    profile: str | None = None  # a label of the consolidated table
    profile_negated: bool = False  # "qui ne sont pas émergents"
    to_profile: str | None = None  # with ``profile``: from that PwC profile to this experts' profile
    score_min: float | None = None  # inclusive bounds on the score of the query's qualification
    score_max: float | None = None
    score_above: bool = False  # strict bounds ("supérieur à 0,50")
    score_below: bool = False
    moved: Literal["up", "down", "same", "profile_changed", "score_up", "score_down"] | None = None
    places: int | None = None  # exactly this many places gained or lost
    # "ceux qui sortent du top 10 chez les experts": in one qualification's top N and not in the other's
    left_top: int | None = None  # in PwC's top N, not in the experts'
    entered_top: int | None = None  # in the experts' top N, not in PwC's
    in_top: int | None = None  # among the N most exposed of the query's qualification ("dans le top 10 experts, combien de non cœur ?")
    # "parmi les non impactés, combien sont cœur ?": a count's share is of the profile's jobs, not of the core jobs
    within_profile: bool = False


class JobQuery(Record):
    """A question about a set of jobs: list, count, rank, or the changes between the two qualifications."""

    filter: JobFilter = JobFilter()
    qualification: Literal["pwc", "expert"] = "pwc"
    measure: Literal["score", "places", "points", "moves"] = "score"  # what orders the rows (moves: places either way)
    order: Literal["most", "least", "table"] = "table"  # most: highest score / most places gained / biggest rise
    n: int | None = None  # None: every matching row
    position: int | None = None  # "qui est 10e"


class QueryRow(Record):
    job_id: str
    job: str
    family_code: str
    family: str
    core: bool
    pwc: Exposure
    expert: Exposure
    places: int  # positive: more exposed for the experts (moved up the ranking)
    points: float  # expert score minus PwC score
    places_published: int


class SetStats(Record):
    """The scores of a set of jobs under one qualification, computed from the table (the study publishes no means)."""

    qualification: Literal["pwc", "expert"]
    mean: float  # rounded to 2 decimals
    lowest: float
    highest: float
    spread: float  # highest - lowest


class QueryResult(Record):
    query: JobQuery
    total_jobs: int
    total_matching: int
    share_percent: float  # of the total, computed from the rows
    # the set the question narrows (the jobs listed before, the core jobs, a family), when it narrows one
    within_total: int | None = None
    within_percent: float | None = None
    stats: list[SetStats] = []  # of the matching rows (all of them, before any cut to the first n), both qualifications
    rows: list[QueryRow]
    citations: list[Citation]


class FamilySide(SetStats):
    """One family's scores under one qualification, and how many of its jobs have each profile."""

    profiles: dict[str, int]  # profile label -> number of jobs


class FamilySummary(Record):
    """A family of jobs summed up, to compare families (the study itself does not)."""

    code: str
    name: str
    jobs: int
    pwc: FamilySide
    expert: FamilySide
