"""The typed reading of one ask: the planner's routing, then an ordered list of readers, each a small step that
may take the ask over (a share to explain, an unclear message, a claim about the conversation's job, a question
about a set of jobs, a forecast, a follow-up on the same topic, a worry). The first that answers wins; their
order is the one place where precedence is decided."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.schema import Study
from knowledge.text import fold

from ..plan import Conversation, Plan
from . import reading
from .ellipsis import Ellipsis
from .planner import Planner
from .records import prose_stems
from .sets import SetReader
from .steps.conversation import ConversationSteps
from .steps.job_in_view import JobInViewSteps
from .steps.jobs import JobSteps
from .steps.topics import TopicSteps


class Reader(ConversationSteps, JobInViewSteps, TopicSteps, JobSteps):
    def __init__(self, study: Study, planner: Planner):
        self.study = study
        self.planner = planner
        self.families = reading.FamilyReader(study.jobs)
        self.sets = SetReader(self.families)
        self.ellipsis = Ellipsis(planner.tool, self.families)
        self.prose = prose_stems(study)
        # the recommendations and the priority actions, with the text matched against a question's words
        self.items = [(item.text, item) for axis in study.axes for item in axis.items]
        self.actions = [(a.text, a) for a in study.priority_actions]
        # precedence, first to last
        self.steps: tuple[Callable[[str, Conversation, Plan], Plan | None], ...] = (
            self.answer_to_choice,
            self.item_by_place,
            self.the_set_in_view_named,
            self.member_of_the_set_in_view,
            self.said_again,
            self.records_topic_kept,
            self.trade_the_study_lacks,
            self.count_of_another_profile,
            self.compared_with_the_job_in_view,
            self.attribute_by_possessive,
            self.relative_to_the_job_in_view,
            self.axes_by_size,
            self.method_asked,
            self.profile_counts_compared,
            self.meaning_for_the_job_in_view,
            self.term_defined,
            self.support_for_exposed_jobs,
            self.about_the_study,
            self.place_of_the_job_in_view,
            self.close_to_the_absent_job,
            self.sheet_of_the_job_in_view,
            self.topic_not_job,
            self.key_figures,
            self.outside_the_branch,
            self.job_named_before_the_question,
            self.handout,
            self.figure,
            self.why,
            self.both_scores_of_the_job,
            self.survey_claim,
            self.competence_named,
            self.same_records_topic,
            self.unclear,
            self.claim_on_the_conversation_job,
            self.the_two_compared,
            self.forecast,
            self.the_job_in_view,
            self.jobs_of_a_title_word,
            self.slots_replaced,
            self.set_of_jobs,
            self.worry,
            self.same_topic,
            self.which_ones,
            self.recommendation_named,
            self.recommendation_follow_up,
            self.attribute_of_the_job_in_view,
            self.not_a_job,
            self.title_completed_by_the_context,
            self.search_in_context,
        )

    def read(self, text: str, conversation: Conversation) -> Plan:
        if reading.thanks(text):
            return Plan(intent="thanks", question=text)
        text = reading.without_thanks(text)  # "D'accord, merci. Et l'OPCO Atlas, il a quel rôle ?": the question
        if re.match(r"^(bonjour|salut|hello|hi|hey|coucou|bonsoir)\b", fold(text)) and len(fold(text).split()) <= 4:
            return Plan(intent="greeting", question=text)  # "salut ça va ?", "Hello!"
        plan = self.planner.plan(text, conversation)
        for step in self.steps:
            taken = step(text, conversation, plan)
            if taken is not None:
                return taken
        return plan
