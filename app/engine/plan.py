"""The typed reading of a question (``Plan``) and what a conversation remembers of it (``Conversation``)."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import BaseModel

from scoring.models import JobQuery, QueryRow, Resolution

MAX_HANDOUT = 12  # jobs on one printable brief (app/web/documents/brief_page.MAX_SELECTED)

Output = Literal["list", "count", "rank", "same", "all", "families", "leader", "share", "extremes", "families_compared", "mean", "spread", "member", "by_family", "place"]


class SetAsk(BaseModel):
    """What a question about a set of jobs wants back."""

    query: JobQuery
    outputs: list[Output] = ["list"]
    both: bool = False  # run for both qualifications (the user named neither and it matters)
    same: Literal["family", "score", "rank", "profile"] | None = None  # "les deux sont dans la même famille ?"
    claimed_profile: str | None = None  # "all": do all the jobs of the set have this profile?
    claimed_core: bool | None = None  # "all": are they all core jobs?
    claimed_share: float | None = None  # "share": the percent a user states for a profile
    claimed_order: Literal["most", "least"] | None = None  # "X est-il plus exposé que Y ?": X claimed first
    claimed_count: int | None = None  # "count": "ça fait 6 c'est ça ?" (with claimed_gap: "et 4 de plus chez les experts ?")
    claimed_gap: bool = False
    which: bool = False  # "lequel des deux est cœur ?": the answer names them rather than saying yes or no
    family_named: bool = False  # the set is a family the user named (the title says so)
    titled: str | None = None  # the set is the jobs whose title holds this word ("les assistants")
    members: list[str] = []  # "member": are these jobs in the set? ("le gestionnaire de réseau aussi ?")
    nth: int | None = None  # "le deuxième plus gros recul": the row at that place of the ranking is the one asked
    claimed_same: bool = False  # "leader": "c'est pareil chez les experts ?" claims it stays, "le n° 1 change ?" that it moves
    claimed_top: str | None = None  # "c'est le plus gros recul de tous ?" of the job in view: is that job the first row?


class RatioClaim(BaseModel):
    """A ratio the user states ("plus du double", "baissé d'un tiers", "presque 3 fois"): the factor it says one
    figure is of the other, and how the factor is bounded (a fall "de plus de moitié" is a factor less than 0,5)."""

    factor: float
    bound: Literal["more", "less", "about", "exactly", "as_said"] = "as_said"
    of: Literal["change", "versus", "gap"] = "change"  # PwC to the experts; one figure against another; two jobs' gap
    said_down: bool = False  # said as a fall ("baissé de moitié"), so the answer says it as one
    places: bool = False  # on places gained or lost, not on scores
    ordered: bool = True  # the user said which figure is N times the other (else the larger is set against the smaller)
    said_up: bool | None = None  # places said gained (True) or lost (False), when the claim says which


class ShownClaim(BaseModel):
    """A yes-or-no claim about jobs the conversation just showed ("ils sont tous en forte transfo ?", "aucun n'est
    cœur ?", "c'est moi la moins exposée des trois ?"): which jobs, how many of them, what is said of them, in
    which qualification. One grammar (``steps.shown_claims``) reads it; one handler checks it on the table."""

    jobs: list[str]  # the rows the claim is about, in the order they were shown
    quantifier: Literal["all", "none", "some", "one", "only", "most", "least", "count"]
    subject: str | None = None  # "only", "most", "least": the job said to be so
    attribute: Literal["profile", "core", "family", "same_family", "up", "down", "same_place", "same_score", "profile_changed", "profile_kept", "top", "top_half", "bottom_half", "above", "below", "exposed", "equal_score", "equal_profile"]
    value: str | None = None  # a profile label, a family code
    number: float | None = None  # N of a top N, places moved, a score threshold
    negated: bool = False  # "ils ne sont pas cœur ?"
    claimed: int | None = None  # "count": how many of them the user says it holds for ("2 sur 3 alors ?")
    qualification: Literal["pwc", "expert", "each", "both"] = "each"  # each: checked in both, said for each; both: must hold in both

    # what holds whatever the qualification: a move is from one to the other, core jobs and families are in neither
    EITHER_QUALIFICATION: ClassVar[frozenset[str]] = frozenset(
        {"up", "down", "same_place", "same_score", "profile_changed", "profile_kept", "core", "family", "same_family"}
    )

    def holds(self, row: QueryRow, qualification: str, total: int) -> bool:
        """Whether what the claim says of its jobs is true of this one, in that qualification (``total``: the
        ranking's length, for its halves)."""
        side = row.pwc if qualification == "pwc" else row.expert
        held = {
            "profile": lambda: side.classification == self.value,
            "core": lambda: row.core,
            "family": lambda: row.family_code == self.value,
            "up": lambda: row.places > 0 and self.number in (None, row.places),
            "down": lambda: row.places < 0 and self.number in (None, -row.places),
            "same_place": lambda: row.places == 0,
            "same_score": lambda: row.pwc.score == row.expert.score,
            "profile_changed": lambda: row.pwc.classification != row.expert.classification,
            "profile_kept": lambda: row.pwc.classification == row.expert.classification,
            "top_half": lambda: side.rank <= total // 2,
            "bottom_half": lambda: side.rank > total // 2,
            "top": lambda: side.rank <= (self.number or 0),
            "above": lambda: side.score > (self.number or 0) + 1e-9,
            "below": lambda: side.score < (self.number or 0) - 1e-9,
        }.get(self.attribute, lambda: True)()
        return held != self.negated


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
    set_ask: SetAsk | None = None  # a question about a set of jobs (intent "query")
    explicit: str | None = None  # the turn with the job it points at written out, as it was read (``understanding.explicit``)
    ratio: RatioClaim | None = None  # a ratio the user states about the figures (intent "ratio")
    shown_claim: ShownClaim | None = None  # a claim about the jobs just shown (intent "shown_claim")
    recap: list[Plan] = []  # the earlier readings of the thread a recap answers again, briefly (intent "recap")
    earlier: str | None = None  # the question a follow-up left to passage search follows, searched if it alone finds nothing
    options: list[str] = []  # the questions a question back offers, each read right in this conversation (topic "phrasings")
    read_as: str | None = None  # the known phrasing a turn no reading took was read as (``steps.phrasings``), said in the answer

    def jobs_asked(self) -> list[str]:
        """The jobs a reading is about: those it names, else the set it was given by name ("les deux", "ces trois")."""
        return self.jobs or (self.set_ask.query.filter.job_ids or [] if self.set_ask else [])

    def remembered(self) -> Plan:
        """What a follow-up sees of this reading: a claim checked on one job leaves that job in view as a job
        reading ("donc j'ai perdu 5 places ?" then "ça veut dire quoi pour moi ?")."""
        if self.shown_claim is not None and len(self.shown_claim.jobs) == 1:
            return Plan(intent="job", question=self.question, jobs=self.jobs, qualification=self.qualification, follow_up=True)
        return self



# the speaker and the person in view ("lequel de nous deux ?", "entre elle et moi")
US = r"\b(nous (deux|2)|entre nous|(elle|lui) et moi|moi et (elle|lui)|toi et moi|(elle|lui) ou moi|moi ou (elle|lui))\b"


class Conversation(BaseModel):
    """What a follow-up may refer to."""

    jobs: list[str] = []
    recent: list[str] = []  # the jobs talked about, most recent first ("lequel des deux" after two cards)
    said: list[str] = []  # the jobs the person named, most recent first (not the rows of a list they were shown)
    last: Plan | None = None
    listed: Plan | None = None  # the last answer that gave a list (jobs, axes, actions): "et le deuxième ?" picks in it
    asked: list[Plan] = []  # the readings answered in this thread, oldest first (a recap goes over them)
    offered: list[str] = []  # the questions a question back just offered: "oui", "la 2e" pick one (``steps.phrasings``)
    own: str | None = None  # the job the person said is theirs ("je suis …"): "et moi ?", "je fais quoi alors ?" after others

    def mine(self) -> list[str]:
        """The speaker's own job when they said it, else the job in view."""
        return [self.own] if self.own else self.jobs[:1]

    def pair(self, folded: str = "") -> list[str]:
        """What "les deux" refers to: the last answer's jobs if it had several, else the last two talked about;
        "nous deux" (folded text) is the speaker's job and the one in view."""
        if self.own and self.jobs[:1] and self.jobs[0] != self.own and re.search(US, folded):
            return [self.own, self.jobs[0]]
        ranked = self.last is not None and self.last.set_ask is not None and "rank" in self.last.set_ask.outputs
        if len(self.jobs) > 2 and ranked and re.search(r"\b(lequel|laquelle) (des|d entre les) (deux|2)\b(?! autres)", folded):
            return list(self.jobs[:2])  # "lequel des deux ?" after a top 5: the first two shown
        if len(self.jobs) >= 2:
            return list(self.jobs)
        # "même famille ?" after "data analyst ici", a list of profiles, then "et l'admin BDD ?": the two jobs named,
        # not the first row of the list shown between them
        named = self.said[:2] if len(self.said) >= 2 and self.said[:1] == self.jobs[:1] else []
        return named if named and named[1] not in self.recent[:2] else self.recent[:2]
