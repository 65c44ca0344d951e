"""The typed reading of one ask: the planner's routing, then an ordered list of readers, each a small step that
may take the ask over (a share to explain, an unclear message, a claim about the conversation's job, a question
about a set of jobs, a forecast, a follow-up on the same topic, a worry). The first that answers wins; their
order is the one place where precedence is decided."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from knowledge.schema import Study
from knowledge.text import fold
from scoring import render
from search.analysis import analyze

from ..operations import operation
from ..plan import Conversation, Plan
from . import claims, explicit, reading
from .ellipsis import Ellipsis
from .planner import Planner
from .records import GENERIC_STEMS, prose_stems
from .sets import SetReader
from .steps.base import GAVE_UP
from .steps.conversation import ConversationSteps
from .steps.job_claims import ClaimAgainSteps, FamilyClaimSteps, RelationClaimSteps, SheetClaimSteps
from .steps.job_in_view import ATTRIBUTE, JobInViewSteps
from .steps.jobs import JobSteps
from .steps.phrasings import PhrasingSteps
from .steps.ratios import RatioSteps
from .steps.shown_claims import ShownClaimSteps
from .steps.topics import TopicSteps

log = logging.getLogger(__name__)


# Help asked with no question yet ("bonjour ! tu peux m'aider sur l'étude IA de l'assistance ?").
HELP_ASKED = (
    r"((bonjour|salut|hello|coucou|bonsoir) )?((est ce que|dis) )?(tu peux|vous pouvez|pouvez vous|peux tu|tu pourrais|vous pourriez|pourriez vous)"
    r" m aider( (sur|avec|pour|a comprendre|a propos de) (l |cette |votre )?etude( \w+){0,6})?( svp| stp| s il vous plait)?"
)
SET_READINGS = frozenset({"query", "ranking", "stats", "profiles", "changes"})
# What a job's card speaks of: a turn with other words of the study ("on va être formés ?") asks about a topic.
CARD_STEMS = frozenset(analyze(
    "score note rang place position classement profil catégorie exposé exposition impacté touché concerné expert "
    "experts pwc évolution transformation forte émergent négligeable cœur famille disparaître remplacé menacé grave "
    "risque vrai faux sûr tout tous toute rien bien plus moins"
))
# A figure a job card holds: a score ("0,90") or a place ("45e", "38eme"), not a share of the survey ("38 %").
JOB_FIGURE = r"(?i)\b0[,.]\d\d\b|\b1[,.]00\b|\b\d{1,2} ?(e|ème|eme|er|ère|ere)\b"


# What a yes-or-no turn about the job in view may ask that its card does not answer ("l'étude m'aide si je veux changer
# de métier ?", "ce classement, il est publié où ?")
TOPIC_CUES = (r"\bchanger de (metier|poste|job|boulot|travail)\b|\breconver\w*|\bpasserelles?\b|\bformations?\b|\bme former\b"
              r"|\baccompagn\w*|\bpublie\w*\b|\bpartager\b|\bcoute\w*\b|\bcouts?\b|\bm aide\w*\b")

GREETING_WORDS = frozenset("ca va comment allez vous tu toi le monde tout a tous bien et merci encore madame monsieur how are you doing who qui es s up there".split())


class Reader(ConversationSteps, JobInViewSteps, TopicSteps, JobSteps, RatioSteps, ShownClaimSteps, RelationClaimSteps, ClaimAgainSteps, SheetClaimSteps, FamilyClaimSteps,
             PhrasingSteps):
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
            self.family_chosen,
            self.link_asked,
            self.moves_of_the_jobs_in_view,
            self.move_of_the_job_in_view,
            self.top_left_or_entered,
            self.count_of_the_list_in_view,
            self.jobs_of_the_profile_in_view,
            self.item_named_in_the_list,
            self.count_of_them_claimed,
            self.claim_on_what_was_shown,
            self.claim_asked_again,
            self.sheet_said_of_a_job,
            self.claim_on_a_whole_family,
            self.text_against_its_table,
            self.other_errors_of_that_kind,
            self.set_in_view_by_its_size,
            self.recap_of_the_thread,
            self.first_of_the_set_again,
            self.item_by_place,
            self.ratio_claimed,
            self.count_claimed_of_the_set_in_view,
            self.score_read_as_share,
            self.own_job_not_said,
            self.own_job_by_its_field,
            self.what_hr_does_for_the_job,
            self.the_set_in_view_named,
            self.member_of_the_set_in_view,
            self.said_again,
            self.records_topic_kept,
            self.subject_of_a_recommendation,
            self.trade_the_study_lacks,
            self.job_of_a_relative,
            self.job_within_its_family,
            self.record_in_places_after_score,
            self.count_of_another_profile,
            self.scale_of_the_score,
            self.share_of_the_work_claimed,
            self.added_to_the_comparison,
            self.compared_with_the_job_in_view,
            self.the_two_alike,
            self.only_one_of_a_set_claimed,
            self.claim_between_two_jobs,
            self.rows_beside_the_job_in_view,
            self.the_other_of_the_pair,
            self.neighbours_in_the_other_ranking,
            self.attribute_by_possessive,
            self.relative_to_the_job_in_view,
            self.axes_by_size,
            self.method_asked,
            self.most_common_profile,
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
            self.jobs_of_a_score,
            self.tied_with_the_job,
            self.why,
            self.both_scores_of_the_job,
            self.survey_claim,
            self.competence_named,
            self.same_records_topic,
            self.when_the_changes_come,
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
            self.question_after_the_introduction,
            self.read_as_a_known_phrasing,
            self.slots_salvaged,
            self.search_in_context,
        )

    def read(self, text: str, conversation: Conversation) -> Plan:
        picked = self.offer_picked(text, conversation)
        if picked is not None:  # "oui" to "Vouliez-vous dire : Qui est devant moi ?": that question, read as asked
            return self.read(picked, conversation.model_copy(update={"offered": []}))
        if (reading.thanks(text) or reading.closing(text)) and not self.planner.jobs_in(text)[0]:  # ("ok merci juriste" names a job)
            return Plan(intent="thanks", question=text)
        if re.fullmatch(r"(oui|ouais|ouai|si|non|nan|nope|yes|no)( (oui|non|merci|ok))?", fold(text)):
            return Plan(intent="acknowledged", question=text)  # a bare "oui" answers nothing that was asked
        text = reading.without_thanks(text)  # "D'accord, merci. Et l'OPCO Atlas, il a quel rôle ?": the question
        # "dernier point : l'étude dit que … ?": a way to say what comes, not the last item of a list
        text = re.sub(r"(?i)^\s*((bon|ok|alors|et|allez)\s*,?\s*)?(dernier point\s*[:,-]|derni[eè]re (question|chose)\s*[:,-]|derni[eè]re\s*:|autre (question|chose)\s*[:,-]|une question\s*[:,-]|question\s*[:,-])\s*(?=\S)", "", text)
        text = re.sub(r"^\s*([^\d=]{2,80}?)\s*=\s*\?+\s*$", r"c'est quoi \1 ?", text)  # "non impacté ou de manière négligeable = ??"
        text = self._without_the_title_set_aside(text)
        corrected = reading.correction(text) if conversation.last is not None else None
        if corrected:  # "non pardon, je parlais de la famille management, pas opérations": the last question, for that
            plan = self._read(corrected, conversation)
            if plan.intent not in GAVE_UP:
                return plan
        greeted = re.match(r"^(bonjour|salut|hello|hi|hey|coucou|bonsoir|bjr|bsr|slt|cc|yo)\b(.*)$", fold(text))
        if greeted and set(greeted[2].split()) <= GREETING_WORDS:  # "salut ça va ?", not "slt jsui manager" nor "yo le top 3 ?"
            return Plan(intent="greeting", question=text)  # "salut ça va ?", "Hello!"
        if greeted and len(greeted[2].split()) >= 3 and (self.planner.jobs_in(text)[0] or re.search(
                r"\b(metiers?|etude|score|ia|expos\w*|je suis|suis|travaille|bosse|famille|profil|classement|psychologue|poste)\b", greeted[2])):
            # "bonsoir, je suis psychologue …": the greeting said, then the question (not a job called « bonsoir »)
            text = re.sub(r"(?i)^\s*\w+[\s,!.]*", "", text, count=1)
        if re.fullmatch(HELP_ASKED, fold(text)) or (greeted and "?" not in text and re.search(r"\b(j ai|j aurais) (une|des|quelques|deux|trois) questions?\b|\bje (voudrais|souhaite|aimerais) (des infos|vous poser|poser|en savoir plus)\b", fold(text))):
            return Plan(intent="greeting", question=text)  # "bonjour, vous pouvez m'aider sur l'étude IA ?": what it can do
        plan = self._read(text, conversation)
        plan = self._with_the_referent_written_out(text, conversation, plan) or self._with_the_subject_written_out(text, conversation, plan) or plan
        plan = self._top_claimed(text, conversation, plan) or plan
        if (plan.intent == "absent_job" and plan.resolution is not None and not reading.describes_work(fold(text))
                and not reading.names_a_trade(plan.resolution.query, text, self.planner.title_heads)):
            # "« bizarre » ne fait pas partie des 58 métiers": a remark, not a trade; read as a question like any other
            unknown = Plan(intent="retrieval", question=text, qualification=plan.qualification)
            return (self._taken(self.read_as_a_known_phrasing, text, conversation, unknown)
                    or self._taken(self.search_in_context, text, conversation, unknown) or unknown)
        return plan

    def _without_the_title_set_aside(self, text: str) -> str:
        """ "je suis juste 'Assistant', pas de plateau": the title said, without the words of the one set aside (which
        would otherwise pick the title holding them, Assistant administratif de plateaux)."""
        aside = re.search(r"[,;]\s*(?:et |mais )?(?:pas|non) (?:de |du |d'|d’|des |le |la |les |en |sur |dans |un |une )?([\w'’ -]{2,30}?)\s*[.!]?\s*$", text)
        if aside is None:
            return text
        kept = text[: aside.start()]
        words = {w for w in fold(aside[1]).split() if len(w) >= 4}
        if not words or not self.planner.jobs_in(kept)[0] or not any(t.startswith(w[:6]) for w in words for t in self.planner.title_words):
            return text
        return kept

    def _read(self, text: str, conversation: Conversation) -> Plan:
        plan = self.planner.plan(text, conversation)
        for step in self.steps:
            taken = self._taken(step, text, conversation, plan)
            if taken is not None:
                return taken
        return plan

    def _taken(self, step: Callable[[str, Conversation, Plan], Plan | None], text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        try:
            return step(text, conversation, plan)
        except Exception:  # noqa: BLE001 - one step that fails must not take the reading (or the chat) down
            log.exception("reader step %s failed on %r", step.__name__, text)
            return None

    def _with_the_referent_written_out(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """A turn that points at the job in view ("je reste en forte transformation ?") and was read as about
        something else is read again with the job's title in place of the pronoun (see ``explicit``); that
        reading is kept when it is an answer about that job."""
        if plan.intent == "clarify" and plan.topic == "job" and not plan.jobs and not conversation.own:
            return None  # "et moi ?" from someone who never said their job: asked, not someone else's card
        if operation(plan.intent).outcome in ("smalltalk", "refuse", "out_of_scope") or plan.intent in (
            "reassure",
            "reassure_job",
        ):
            return None
        if plan.set_ask is not None and plan.set_ask.nth:
            return None  # "juste derrière lui ?": a place in the ranking in view, already read as such
        if plan.intent == "absent_job" and plan.resolution is not None and re.search(
                rf"\b(le|la|l|un|une|les)\s+{re.escape(fold(plan.resolution.query))}\b", fold(text)):
            return None  # "et le dépanneur lui ?": a trade the study lacks, named; "lui" only stresses it
        f = plan.set_ask.query.filter if plan.set_ask is not None else None
        if f is not None and f.score_min is not None and f.score_min == f.score_max and plan.follow_up:
            return None  # "mon score est pareil que quels autres métiers ?": the jobs of that score, already read as such
        if plan.intent == "profiles" and plan.topic == "tasks":
            return None  # "c'est quoi les compétences les plus touchées dans mon métier ?": already read for that job
        pointed = explicit.referent(text, conversation)
        if pointed is None:
            return None
        jobs, person = pointed
        folded = fold(text)
        named = self.planner.jobs_in(text)[0]
        # "donc je suis plus exposé que le formateur ?": the speaker's job against the one named, not that job's card
        compared = bool(named) and person == "first" and jobs[0] not in named and plan.intent != "compare" and bool(
            re.search(r"\b(plus|moins|aussi|autant|mieux|pire)\b.{0,30}\bque\b", folded)
        )
        if named and not compared:
            return None
        gave_up = plan.intent in GAVE_UP
        about_them = all(self._about(plan, job) for job in jobs)
        # a yes-or-no turn read as a question on a set of jobs ("mais je reste en forte transformation ?" read as
        # the jobs of that profile): the set's words were the claim's
        # ("et moi, chez les experts ?" after the leader: the speaker's job, not the set in view)
        asked_of_me = re.search(r"\b(et|pour|chez) moi\b|\bla mienne\b|\ble mien\b|\b(je suis|suis je|j ai|mon|ma) \w+", folded) and person == "first"
        of_a_set = plan.intent in SET_READINGS and (claims.yes_no(text) or bool(asked_of_me)) and not about_them
        # "ils sont dans quelle famille ?" after two jobs compared, read as about one of them or about others
        named_before = (
            person == "plural"
            and conversation.last is not None
            and (
                conversation.last.intent == "compare"
                or bool(conversation.last.set_ask and conversation.last.set_ask.query.filter.job_ids)
            )
        )
        of_the_pair = named_before and plan.intent in SET_READINGS | {"job"} and not about_them
        if not (gave_up or of_a_set or of_the_pair or compared):
            return None  # a reading of its own ("et si je veux changer de métier ?"), or one about that job
        if re.search(r"\b(que|comme) (moi|lui|elle|nous|eux)\b", folded) or (plan.set_ask is not None and plan.set_ask.claimed_share is not None):
            # "y a pire que moi parmi les métiers cœur ?", "17 % des métiers sont en forte transfo comme moi ?": a set
            # placed against the job, or a share claimed of a set: the set reader's
            return None
        written = explicit.made_explicit(text, [self.planner.tool.by_id[job].job for job in jobs], person)
        if written is None:
            return None
        again = self._read_alone(written)
        if again is None or sorted(again.jobs_asked()[: len(jobs)]) != sorted(jobs):
            return None
        if plan.intent == "retrieval" and again.intent == "job" and not re.search(rf"\b{ATTRIBUTE}\b", folded) and (
                not claims.yes_no(text) or re.search(TOPIC_CUES, folded)):
            # "et si je veux changer de métier ?", "… l'étude m'aide ?": the job's card does not answer what the passages may
            return None
        return again.model_copy(update={"explicit": written, "follow_up": True})

    def _with_the_subject_written_out(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """A follow-up that names nothing, has no pronoun to replace, and that no step could read ("arrête de mentir,
        c'est 0,90 en vrai", "45e ??? c'est bien ou pas", "donc l'IA ne me concerne pas du tout ?", "donc ce sont
        exactement les mêmes ?" after two jobs compared) is read again as a single question with the job (or the two
        or three jobs) in view written before it ("Chargé d'assistance : …"); that reading is kept when it is an
        answer about them. The same mechanism as ``_with_the_referent_written_out``, for the turns whose subject is
        left out rather than pointed at."""
        if conversation.last is None or plan.intent not in ("retrieval", "unclear", "clarify"):
            return None
        folded = fold(text)
        last = conversation.last
        if self.planner.jobs_in(text)[0]:
            return None  # a job of its own
        shown = last.intent == "compare" or bool(last.set_ask and last.set_ask.query.filter.job_ids)
        if last.intent == "compare" or len(last.jobs) > 1 or re.search(rf"{explicit.PLURAL}|\b(ce sont|sont ils|sont elles|les memes)\b", folded):
            # the jobs shown together ("ils ont gagné 14 places chacun ?", "ce sont les mêmes ?"), not one of them
            jobs = list(conversation.jobs) if shown and 2 <= len(conversation.jobs) <= 3 else []
        elif conversation.own and (reading.first_person(folded) or last.jobs[:1] == [conversation.own] or not conversation.jobs):
            jobs = [conversation.own]  # not after another job was asked of: "c'est 0,90 en vrai" is of that one
        elif len(conversation.jobs) == 1 and not reading.first_person(folded):
            jobs = conversation.jobs[:1]  # "et mon métier à moi ?" from someone who never said theirs is asked
        else:
            jobs = []
        if not jobs:
            return None
        written = f"{render.joined([self.planner.tool.by_id[job].job for job in jobs])} : {text}"
        again = self._read_alone(written)
        if again is None or not set(jobs) <= set(again.jobs_asked()):
            return None
        # the bare card (or two cards side by side) only for what a card answers: a yes-or-no about the job or one of
        # its figures, not a topic of the study asked after it ("ça veut dire quoi sensibilisation ici ?", "c'est
        # quoi les 38 % ?", "tu préfères quoi, mac ou pc ?")
        topic = {stem for stem in set(analyze(text)) & self.prose if len(stem) >= 4 and stem.isalpha()} - GENERIC_STEMS - CARD_STEMS
        said = claims.yes_no(text) or re.search(JOB_FIGURE, text) or again.intent == "compare"  # two side by side answer "lequel ?"
        if again.intent in ("job", "compare") and not re.search(rf"\b{ATTRIBUTE}s?\b", folded) and (topic or not said or re.search(TOPIC_CUES, folded)):
            return None
        return again.model_copy(update={"explicit": written, "follow_up": True})

    def _top_claimed(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est le plus gros recul de tous ?", "je suis le plus exposé de ma famille ?", "le juriste est le plus
        touché ?": the first of a ranking, claimed of one job (named, or in view): the ranking, with yes or no first."""
        ask = plan.set_ask
        if (plan.intent != "query" or ask is None or "rank" not in ask.outputs or not ask.query.n or ask.query.position
                or ask.query.filter.job_ids is not None or ask.nth or ask.claimed_top or not claims.yes_no(text)):
            return None
        folded = fold(text)
        if ask.query.n > 1 and re.search(r"\b(on est|nous sommes|on serait) les (plus|moins)\b", folded) and not re.search(r"\b(parmi|dans) les\b", folded):
            ask = ask.model_copy(update={"query": ask.query.model_copy(update={"n": 1})})  # "on est les moins exposés de tous ?": the least exposed
        elif ask.query.n > 1 and not re.search(r"\b(l un|l une|un|une) des\b|\b(parmi|dans) les\b", folded):
            return None  # a top 5 asked, not one job said to be in it
        named = self.planner.jobs_in(text)[0]
        # "+29 places c'est énorme, c'est le plus gros bond de l'étude ?": the claim is the last clause
        last_clause = fold(re.split(r"[,;:.!]\s+", text.strip(" ?!"))[-1])
        if named:
            jobs = named if len(named) == 1 else []
        elif any(re.match(r"^((et|donc|alors|mais|du coup|ah|ok|en fait|dommage|pourtant|bizarre) )*(c est|c etait|il est|elle est|il a|elle a|il serait|ce serait)\b", said) for said in (folded, last_clause)):
            jobs = conversation.jobs[:1] if len(conversation.jobs) == 1 else []
        elif re.match(r"^((et|donc|alors|mais|du coup|ah|ok) )*(je suis|suis je|on est|j ai|on a|c est moi|nous sommes)\b", folded):
            jobs = conversation.mine()
        else:
            jobs = []
        if not jobs:
            return None
        if ask.query.n > 1 and ask.query.measure == "score" and not ask.query.filter.model_dump(exclude_defaults=True):
            # "c'est l'un des plus exposés ?": a degree of exposure, checked on the job's card (its third), not a top 5
            return Plan(intent="job", question=text, jobs=jobs[:1], qualification=plan.qualification, follow_up=True)
        return plan.model_copy(update={"set_ask": ask.model_copy(update={"claimed_top": jobs[0]})})

    def _about(self, plan: Plan, job: str) -> bool:
        """Whether a reading is about a job: it names it, its family, or its place among others ("juste devant moi")."""
        family = self.planner.tool.by_id[job].family_code
        named = plan.jobs_asked()
        families = plan.set_ask.query.filter.families + plan.set_ask.query.filter.exclude_families if plan.set_ask else []
        return job in named or family in families or plan.family == family or job in (plan.topic or "")
