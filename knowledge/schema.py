"""Typed records: the single schema shared by ingest, scoring and the answer engine.

Every record carries the citations that prove it; numbers come from the parser, never typed by hand.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Citation(Record):
    """Where a fact stands in a source document (1-based, inclusive line range)."""

    document: str
    section: str
    line_start: int = Field(ge=1)
    line_end: int = Field(ge=1)
    quote: str = ""

    @property
    def id(self) -> str:
        return f"{self.document}#L{self.line_start}-L{self.line_end}"


class Qualification(str, Enum):
    PWC = "pwc"
    EXPERT = "expert"

    @property
    def label(self) -> str:
        return "qualification PwC" if self is Qualification.PWC else "qualification experts métier"


class Exposure(Record):
    """A job's result under one qualification."""

    score: float = Field(ge=0, le=1)
    rank: int = Field(ge=1)
    classification: str


class Job(Record):
    """One row of the consolidated exposure table."""

    id: str
    family_code: str
    family: str
    job: str
    core: bool
    pwc: Exposure
    expert: Exposure
    evolution_published: int
    citations: list[Citation]

    def exposure(self, qualification: Qualification) -> Exposure:
        return self.pwc if qualification is Qualification.PWC else self.expert


class ExposureLevel(Record):
    """One of the 5 competence exposure levels (1 = Négligeable … 5 = Majeur)."""

    level: int = Field(ge=1, le=5)
    name: str
    definition: str
    citation: Citation


class ImpactProfile(Record):
    """One of the 4 job impact profiles, with the shares the study publishes."""

    id: str
    label: str  # as spelled in the consolidated table
    heading: str  # as named in the classification section
    definition: str
    published_share_pwc: int | None  # percent, as published
    published_share_expert: int | None
    published_share_text: str
    citation: Citation


class Fact(Record):
    """A stated fact (methodology, context, conclusion), with the figures it holds."""

    id: str
    topic: str
    statement: str
    figures: list[str] = []
    citation: Citation


class MaturityFinding(Record):
    """One of the 6 key findings of the companies' consultation."""

    number: int = Field(ge=1, le=6)
    title: str
    statement: str
    percentages: list[int]
    citation: Citation


class ExposureFinding(Record):
    """A key finding on which competences are most or least exposed."""

    id: str
    exposure: Literal["plus exposés", "moins exposés"]
    title: str
    description: str
    example: str
    citation: Citation


class RecommendationItem(Record):
    axis: int
    number: int
    text: str
    citation: Citation


class RecommendationAxis(Record):
    number: int = Field(ge=1, le=5)
    title: str
    items: list[RecommendationItem]
    citation: Citation


class PriorityAction(Record):
    number: int = Field(ge=1, le=6)
    text: str
    citation: Citation


class DialIA(Record):
    name: str
    description: str
    deliverables: list[str]
    links: list[str]
    citation: Citation


class SheetSection(Record):
    number: int
    title: str
    parts: list[str]


class TransformationSheets(Record):
    """The structure of the transformation sheets of the core jobs (content is in the full report)."""

    jobs: list[str]  # core-job titles as listed on the sheets page
    description: str
    sections: list[SheetSection]
    use_case_priorities: list[str]
    citation: Citation


class ComparisonStatement(Record):
    """A claim of the study about what changed between the two qualifications (checked by the audit)."""

    id: str
    text: str
    direction: Literal["hausse", "baisse"]
    count: int | None = None
    from_profile: str | None = None
    to_profile: str | None = None
    jobs: list[str] = []  # as named in the text
    citation: Citation


class Study(Record):
    """Everything parsed from the study."""

    document: str
    sha256: str
    jobs: list[Job]
    levels: list[ExposureLevel]
    profiles: list[ImpactProfile]
    facts: list[Fact]
    maturity: list[MaturityFinding]
    exposure_findings: list[ExposureFinding]
    axes: list[RecommendationAxis]
    priority_actions: list[PriorityAction]
    dialia: DialIA
    sheets: TransformationSheets
    comparison_statements: list[ComparisonStatement]


class Chunk(Record):
    """A retrievable passage with a stable id and its citation."""

    id: str
    kind: Literal["passage", "table_row"]
    text: str
    citation: Citation
    job_id: str | None = None
