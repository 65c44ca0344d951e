"""The typed reading of a question (``Plan``) and what a conversation remembers of it (``Conversation``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from scoring.models import Resolution


class Plan(BaseModel):
    intent: str  # a key of operations.OPERATIONS
    question: str
    jobs: list[str] = []  # job ids
    resolution: Resolution | None = None
    qualification: Literal["pwc", "expert", "both"] = "both"
    n: int = 5
    bottom: bool = False
    family: str | None = None
    profile: str | None = None
    core: bool | None = None
    axis: int | None = None
    topic: str | None = None  # a finer key for records (maturity finding, methodology theme…)
    follow_up: bool = False



class Conversation(BaseModel):
    """What a follow-up may refer to."""

    jobs: list[str] = []
    last: Plan | None = None
