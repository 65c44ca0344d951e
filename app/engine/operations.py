"""The registry of the kinds of question the engine answers. A kind is one entry here and one handler in
``handlers/``: its route (what answers it, reported with each answer), whether it needs the search index, and
whether the retrieval linker may use its citations as a search channel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .answers import Outcome
from .composition import Composed, Context
from .handlers import conversation_answers as talk
from .handlers import ratio_answers as ratios
from .handlers import scoring_answers as scoring
from .handlers import search_answers as search
from .handlers import set_answers as sets
from .handlers import shown_answers as shown
from .handlers import study_answers as study
from .plan import Plan

Route = Literal["scoring", "records", "retrieval", "out_of_scope", "refusal"]
Handler = Callable[[Context, Plan, Composed], None]


@dataclass(frozen=True)
class Operation:
    route: Route
    handler: Handler
    needs_index: bool = False
    linkable: bool = True  # its citations are the passages that answer such a question (a search channel)
    outcome: Outcome = "answer"


OPERATIONS: dict[str, Operation] = {
    # scoring tool
    "job": Operation("scoring", scoring.job),
    "ambiguous_job": Operation("scoring", scoring.ambiguous_job, outcome="clarify"),
    "clarify": Operation("records", talk.clarify, linkable=False, outcome="clarify"),
    "absent_job": Operation("out_of_scope", scoring.absent_job, linkable=False, outcome="absent_job"),
    "compare": Operation("scoring", scoring.compare),
    "ratio": Operation("scoring", ratios.ratio),  # "ça a doublé ?", "2 fois plus exposé que moi ?"
    "handout": Operation("scoring", scoring.handout, linkable=False),
    "query": Operation("scoring", sets.query),
    "shown_claim": Operation("scoring", shown.shown_claim),  # "ils sont tous en forte transfo ?" after a list
    "ranking": Operation("scoring", scoring.ranking),
    "stats": Operation("scoring", scoring.stats),
    "changes": Operation("scoring", scoring.changes),
    "audit": Operation("scoring", scoring.audit),
    # typed records of the study
    "levels": Operation("records", study.levels),
    "profiles": Operation("records", study.profiles),
    "methodology": Operation("records", study.methodology),
    "maturity": Operation("records", study.maturity),
    "facts": Operation("records", study.facts),
    "key_figures": Operation("records", study.key_figures),
    "figure": Operation("records", study.figure),
    "exposure_findings": Operation("records", study.exposure_findings),
    "recommendations": Operation("records", study.recommendations),
    "priority_actions": Operation("records", study.priority_actions),
    "dialia": Operation("records", study.dialia),
    "sheets": Operation("records", study.sheets),
    # the study's text
    "retrieval": Operation("retrieval", search.retrieval, needs_index=True, linkable=False),
    # no data needed
    "out_of_scope": Operation("out_of_scope", talk.out_of_scope, linkable=False, outcome="out_of_scope"),
    "forecast": Operation("out_of_scope", talk.forecast, linkable=False, outcome="out_of_scope"),
    "refusal": Operation("refusal", talk.refusal, linkable=False, outcome="refuse"),
    "empty": Operation("refusal", talk.empty, linkable=False, outcome="refuse"),
    "greeting": Operation("retrieval", talk.greeting, linkable=False, outcome="smalltalk"),
    "help": Operation("retrieval", talk.help, linkable=False, outcome="smalltalk"),
    "thanks": Operation("refusal", talk.thanks, linkable=False, outcome="smalltalk"),
    "acknowledged": Operation("refusal", talk.acknowledged, linkable=False, outcome="smalltalk"),  # "oui", "non" alone
    "reassure": Operation("records", talk.reassure, linkable=False),
    "reassure_job": Operation("scoring", talk.reassure, linkable=False),  # with the job's card
    "recap": Operation("scoring", talk.recap, linkable=False),  # "fais-moi un récap en 5 lignes pour la réunion"
}


def operation(intent: str) -> Operation:
    try:
        return OPERATIONS[intent]
    except KeyError:
        raise ValueError(f"no operation registered for intent {intent!r}") from None


def route_of(plan: Plan) -> Route:
    return operation(plan.intent).route
