"""The answer engine: plan, then answer exactly (scoring tool, records, retrieval) with citations; an LLM,
when configured, only rephrases, and its answer is dropped if a figure cannot be traced to the sources."""

from __future__ import annotations

import logging
import re
import time
import unicodedata

from knowledge.schema import Study
from knowledge.settings import Settings, get_settings
from knowledge.store import default_study
from knowledge.text import fold
from scoring import ScoringTool, render
from search.build import IndexMissing
from search.embeddings import load_embedder
from search.retriever import Hit, Retriever

from . import answer_first, guard
from .answers import Answer
from .composer import Composer
from .composition import Composed
from .linking import EntityLinker
from .operations import operation
from .plan import Conversation, Plan
from .understanding import reading
from .understanding.planner import Planner
from .understanding.reader import Reader
from .understanding.steps import topic_examples

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
UNTRACED = "Je ne peux pas répondre à cette question avec des chiffres que je puisse rattacher à l'étude. Reformulez-la, ou posez-en une autre."
INTERNAL_ERROR = "Je n'ai pas pu répondre à cette question (erreur interne, signalée dans le journal). Reformulez-la, ou posez-en une autre."
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e]")


def clean_question(text: str) -> tuple[str, list[str]]:
    """Drop control and zero-width characters; cap the length. Returns the text and notes for the user."""
    notes = []
    text = _INVISIBLE.sub("", text or "")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    text = re.sub(r"\s+", " ", text).strip()
    # "le + exposé et le - exposé": the signs people type for "plus" and "moins"
    text = re.sub(r"(?i)\b(le|la|les|du|au) \+ ?(?=\w)", r"\1 plus ", text)
    text = re.sub(r"(?i)\b(le|la|les|du|au) - ?(?=[a-zà-ÿ])", r"\1 moins ", text)
    text = re.sub(r"(?i)(?<![\d+])\s\+ ?(?=(expos|touch|impact|concern|menac|risqu)\w*)", " plus ", text)  # "je suis + exposée"
    if len(text) > MAX_QUESTION_CHARS:
        notes.append(f"Votre message a été tronqué à {MAX_QUESTION_CHARS} caractères.")
        text = text[:MAX_QUESTION_CHARS]
    return text, notes






class Engine:
    def __init__(self, settings: Settings | None = None, study: Study | None = None):
        self.settings = settings or get_settings()
        self.study = study or default_study()
        self.tool = ScoringTool(self.study)
        self.planner = Planner(self.tool)
        self.composer = Composer(self.study, self.tool)
        self.reader = Reader(self.study, self.planner)
        # titles that hold an "et" a split into several asks must not cut ("Chargé de méthodes et procédures")
        self._titles_with_a_joint = [fold(job.job) for job in self.study.jobs if " et " in fold(job.job)]
        self._retriever: Retriever | None = None
        self.retriever_error: str | None = None
        self._linker: EntityLinker | None = None
        self.chat_model = None  # the configured LLM, built on first use (tests inject a fake one)

    @property
    def retriever(self) -> Retriever | None:
        """Loaded on first use; None (with ``retriever_error``) when the index is missing or unreadable."""
        if self._retriever is None and self.retriever_error is None:
            try:
                embedder = load_embedder(self.settings.embedding_model_path) if self.settings.dense_weight > 0 else None
                self._retriever = Retriever(
                    self.settings.data_dir,
                    embedder,
                    bm25_weight=self.settings.bm25_weight,
                    dense_weight=self.settings.dense_weight,
                    linked_weight=self.settings.linked_weight,
                    rrf_k=self.settings.rrf_k,
                    chroma_server_url=self.settings.chroma_server_url,
                    sources_dir=self.settings.sources_dir,
                )
                self._linker = EntityLinker(self.planner, self.composer, self._retriever.chunks)
            except IndexMissing as error:
                self.retriever_error = str(error)
            except Exception as error:  # noqa: BLE001 - a corrupted index must not take the chat down
                log.exception("index unreadable")
                self.retriever_error = (
                    f"Index de recherche illisible ({type(error).__name__}). Reconstruisez-le avec : make index"
                )
        return self._retriever

    def search(self, query: str, k: int = 5, mode: str = "linked") -> list[Hit]:
        """Search the study's text; "linked" adds the passages the scoring tool and records cite for the question."""
        retriever = self.retriever
        if retriever is None:
            return []
        linked = self._linker(query) if mode == "linked" and self._linker is not None else None
        return retriever.search(query, k=k, mode=mode, linked=linked)

    def _model(self):
        if self.chat_model is None:
            from .llm import build_chat_model

            self.chat_model = build_chat_model(self.settings)
        return self.chat_model

    def warm_up(self) -> None:
        """Load the retriever and run one query so the first user does not wait."""
        if self.retriever is not None:
            self.retriever.search("exposition des métiers", k=1)

    def read(self, text: str, conversation: Conversation) -> Plan:
        """The typed reading of one ask (see ``understanding.reader``)."""
        return self.reader.read(text, conversation)

    def replay(self, questions: list[str]) -> Conversation:
        """A conversation's context rebuilt from its questions (a thread resumed from the history)."""
        conversation = Conversation()
        for question in questions:
            if question.strip():
                self.ask(question, conversation)
        return conversation

    def _introduced(self, ask: str) -> str | None:
        """The job a conversation opens with as a sentence of its own, before the question ("médecin régulateur en
        société d'assistance. franchement ce classement …", "assistante de plateau, 12 ans de boîte, …")."""
        opening = re.match(r"\s*([^.,;:!?]{3,60})[.,;:!]\s+(\S.*)$", ask)
        if opening is None or len(opening[1].split()) > 7:
            return None
        head, rest = fold(opening[1]), fold(opening[2])
        # a title said bare, as one says who one is: not "le chargé d'assistance, il est exposé ?" (an article, then
        # "il"), "compare …", "médecin d'assistance. C'est mon chef." (someone else's)
        if re.match(r"(le|la|les|l|un|une|des|du|de|d|compare\w*|entre|et|mais|score|quel\w*|qui|combien|pourquoi|comment)\b", head) or re.match(
                r"(il|elle|ils|elles|pas|et|ou|vs)\b", rest) or re.search(r"\b(c est|c etait) (mon|ma|notre|leur|son|sa) \w+", rest):
            return None
        found = self.reader.planner.jobs_in(opening[1])[0]
        return found[0] if len(found) == 1 else None

    def ask(
        self,
        question: str,
        conversation: Conversation | None = None,
        favour: str = "both",
        backend: str | None = None,
    ) -> Answer:
        started = time.perf_counter()
        conversation = conversation if conversation is not None else Conversation()
        text, notes = clean_question(question)
        in_english = reading.english(text)
        readable = reading.spelled_out(reading.to_french(text) if in_english else text)
        readable = reading.without_thanks(readable)  # "ah oui 0,86. et chez PwC ?": the question, not the figure said back
        asks = self._asks(readable, conversation)
        composed = Composed()
        plans: list[Plan] = []
        spans: list[tuple[str, Plan, int, int]] = []  # each ask and its part of the answer (for the LLM)
        outside = False  # an ask read on a job but asking what the study does not give
        for number, (ask, plan) in enumerate(asks, 1):
            kind = operation(plan.intent)
            if len(asks) > 1:  # each part titled with the user's words (an English part: its number only)
                composed.add(f"**{number}.**" if in_english else f"**{render.user_text(ask, 120)}**")
            start = len(composed.parts)
            cited = len(composed.sources.items)
            try:
                self.composer.compose(plan, favour, self.retriever if kind.needs_index else None, out=composed)
            except Exception:  # noqa: BLE001 - one part that fails must not take the answer (or the chat) down
                log.exception("answer handler failed for %r", plan.intent)
                composed.add(INTERNAL_ERROR)
                plans.append(plan)  # the answer still says what was asked (and its outcome) with that message
                continue
            nothing = plan.intent == "retrieval" and len(composed.sources.items) == cited
            nearest = topic_examples.plan_for(ask, plan.qualification, conversation.last is not None) if nothing else None
            if nearest is not None:  # passages had nothing: the study topic its nearest labelled examples agree on
                del composed.parts[start:]
                plan, kind = nearest, operation(nearest.intent)
                self.composer.compose(plan, favour, None, out=composed)
            elif nothing and number == len(asks) and self.retriever_error is None:
                try:
                    back = self.reader.question_back(ask, conversation) if len(asks) == 1 else None
                except Exception:  # noqa: BLE001 - a question back that fails leaves the answer it would have replaced
                    log.exception("question back failed for %r", ask)
                    back = None
                if back is not None:  # a follow-up: asked what it meant, with the questions near it answered here
                    del composed.parts[start:]
                    plan, kind = back, operation(back.intent)
                    self.composer.compose(plan, favour, None, out=composed)
                else:
                    outside = True  # nothing in the study answers it: out of scope, as the answer says (not: no index to search)
            if kind.needs_index and self.retriever_error and self.retriever_error not in notes:
                notes.append(self.retriever_error)
            said = plan.explicit or ask  # the turn as it was read: its pronoun written out, when it was
            if operation(plan.intent).route == "records":
                composed.parts[start:] = answer_first.figure_first(said, composed.parts[start:])
            # a paragraph an earlier part of the message already gave ("combien de temps … et qui l'a pilotée ?")
            composed.parts[start:] = [p for p in composed.parts[start:] if p not in composed.parts[:start]] or composed.parts[start:]
            verdict = answer_first.verdict(self.tool, said, plan, composed.parts[start:])
            if verdict:
                composed.parts.insert(start, verdict)
                stated = answer_first.counts_stated(self.tool, verdict)
                if stated:  # the study's counts it states, as the records give them
                    composed.call("records.counts", {}, stated)
                for card in answer_first.cards_stated(self.tool, verdict):  # the other jobs whose figures it gives
                    composed.call("scoring.card", {"job": card.job}, card)
            published = answer_first.published_change(self.tool, said, plan)
            if published:  # "le tableau dit +4 …": the document's own inconsistency, said
                composed.add(published)
            claimed = answer_first.share_claimed(said, plan)
            if claimed:  # "86 % de mes tâches seront faites par l'IA ?": no, and what the score is
                composed.parts.insert(start, claimed)
            declined = None if claimed else answer_first.share_not_given(said, plan, composed.parts[start:])
            if declined:  # "quelle part de mes tâches sera automatisée ?": not in the study, said first
                composed.parts.insert(start, declined)
                outside = True
            if plan.read_as:  # read as a known phrasing of the question (``steps.phrasings``): said, so a misreading shows
                composed.add(f"_J'ai compris votre question ainsi : {plan.read_as} Sinon, reformulez-la._")
            spans.append((ask, plan, start, len(composed.parts)))
            # (not "je suis plus exposée qu'une chargée d'accueil ?": the job the speaker compares theirs with)
            compared_with = re.search(r"\b(plus|moins|aussi|autant|mieux|pire)\b.{0,30}\bqu(e)?\b", fold(ask))
            if plan.jobs and reading.first_person(fold(ask)) and plan.jobs[0] in self.reader.planner.jobs_in(ask)[0][:1] and not compared_with:
                conversation.own = plan.jobs[0]  # "je suis chargée d'assistance": theirs, whatever others come after
            elif plan.jobs and conversation.last is None and not conversation.own and self._introduced(ask) == plan.jobs[0]:
                conversation.own = plan.jobs[0]  # "médecin régulateur en société d'assistance. franchement …": how one says who one is
            elif plan.jobs and conversation.own and conversation.jobs[:1] == [conversation.own] and re.match(
                r"(non|en fait|plutot|pas|dans|sur|chez|celui|celle|des|du)\b", fold(ask)
            ):
                conversation.own = plan.jobs[0]  # "je suis manager de proximité" → "non, dans l'assistance": the corrected title
            said_theirs: list[str] = []
            if not plan.jobs and operation(plan.intent).outcome == "out_of_scope":
                # "mon salaire va baisser ? je suis chargé de réclamations": theirs, and in view, for "et mon exposition ?"
                # (not "je travaille avec un juriste", "je suis pas juriste")
                theirs = reading.title_said_as_own(ask)
                found = self.reader.planner.jobs_in(theirs)[0] if theirs else []
                if len(found) == 1:
                    conversation.own, said_theirs = found[0], found
            # a job named by a turn about something else ("nous avons 300 chargés d'assistance, combien de postes
            # supprimés ?") is still the job in view for the next turn ("quel est leur niveau d'exposition ?")
            # (not the speaker's own title said beside a question on the study: "je suis RRH, quelles actions ?")
            # (a refused request names its job all the same: "écris que le chargé d'assistance va disparaître" → "son score ?")
            unused = not plan.jobs and plan.intent not in ("absent_job", "ambiguous_job", "clarify") and not reading.first_person(fold(ask))
            in_ask = self.reader.planner.jobs_in(ask)[0]
            named = in_ask if unused else said_theirs
            if plan.jobs or named:
                conversation.jobs = plan.jobs or named
                conversation.recent = (conversation.jobs + [j for j in conversation.recent if j not in conversation.jobs])[:6]
            said = [j for j in in_ask if j in plan.jobs or j in named]
            conversation.said = list(dict.fromkeys(said + conversation.said))[:6]
            # a turn the study had nothing for ("1", an unclear aside) does not erase the thread it came in
            # a turn with nothing to answer, or a thank-you, leaves the thread where it was ("super merci" → "et chez PwC ?")
            polite = operation(plan.intent).outcome == "smalltalk"
            # (so does a question back on what a turn meant: its choices were read in the thread as it was)
            asked_back = plan.intent == "clarify" and plan.topic == "phrasings"
            lost = (plan.intent == "retrieval" and len(composed.sources.items) == cited or polite or asked_back) and conversation.last is not None
            conversation.last = conversation.last if lost else plan.remembered()
            conversation.offered = list(plan.options) if asked_back else []
            if plan.topic != "place" and (
                # a question within the jobs of the list in view ("le seul cœur de ce top 5 ?") keeps that list
                (plan.intent == "query" and len(plan.jobs) > 1 and not (plan.set_ask and plan.set_ask.query.filter.job_ids))
                # a ranking, even of one shown ("le plus de places ?"): "et juste après ?", "et le 3e ?" go on in it
                or (plan.intent == "query" and plan.set_ask is not None and "rank" in plan.set_ask.outputs and not plan.set_ask.query.filter.job_ids)
                or plan.intent in ("ranking", "priority_actions", "compare")
                or (plan.intent == "recommendations" and plan.axis is None)
                or (plan.intent == "maturity" and plan.topic is None)  # the survey's findings: "le premier ?", "et le dernier ?"
            ):
                conversation.listed = plan
            if kind.outcome == "answer" and plan.intent not in ("recap", "handout") and not outside:
                conversation.asked = (conversation.asked + [plan])[-8:]  # what a recap of the thread goes over
            plans.append(plan)
        main = next((p for p in plans if operation(p.intent).outcome != "smalltalk"), plans[0])
        kind = operation(main.intent)
        # the bar, enforced: a paragraph with a figure no tool result, cited passage or the question holds is not said
        traced = guard.traced_numbers(text, composed.tool_calls, composed.sources.refs(), self.settings.sources_dir)
        untraced = [p for p in composed.parts if guard.numbers(p) - traced]
        if untraced:
            log.warning("figures not traced, paragraph left out: %r", [sorted(guard.numbers(p) - traced) for p in untraced])
            composed.parts[:] = [p for p in composed.parts if p not in untraced] or [UNTRACED]
        answer_text = composed.text
        if in_english:
            answer_text = "(The study is in French, so the answer is in French.)\n\n" + answer_text
        used_backend = "offline"
        wanted = backend or ("llm" if self.settings.llm_enabled else "offline")
        if wanted == "llm" and not (self.settings.llm_enabled or self.chat_model is not None):
            notes.append("Aucun modèle de langage n'est configuré (LLM_PROVIDER, LLM_MODEL) : réponse hors ligne.")
        elif wanted == "llm" and kind.route not in ("refusal", "out_of_scope"):
            from .llm import LLMBackend, Reading

            reading_of = [
                Reading(
                    ask=ask,
                    operation=plan.intent,
                    slots=plan.model_dump(mode="json", exclude_defaults=True, exclude={"question", "intent", "resolution"}),
                    answer="\n\n".join(composed.parts[start:end]),
                )
                for ask, plan, start, end in spans
            ]
            llm = LLMBackend(self.tool, self.search, self._model, self.settings.sources_dir)
            result = llm.rephrase(text, composed, reading_of)
            if result.answer is not None:
                answer_text, used_backend = result.answer, "llm"
            if result.note:
                notes.append(result.note)
        if notes:
            answer_text += "\n\n" + "\n".join(f"_{n}_" for n in notes)
        return Answer(
            question=question,
            answer=answer_text,
            citations=composed.sources.refs(),
            tool_calls=composed.tool_calls,
            backend=used_backend,
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
            route=kind.route,
            outcome="out_of_scope" if outside and kind.outcome == "answer" else kind.outcome,
            intent="+".join(p.intent for p in plans),
            notes=notes,
            charts=composed.charts,
            choices=composed.choices,
        )

    def _asks(self, text: str, conversation: Conversation) -> list[tuple[str, Plan]]:
        """One message, one or more asks. A split is kept only when every part reads as a distinct, confident
        ask; otherwise the message is read whole (a part that only makes sense with the other stays with it)."""
        parts = reading.split_asks(text)
        folded = fold(text)
        if any(title in folded and not any(title in fold(part) for part in parts) for title in self._titles_with_a_joint):
            parts = [text]  # "le Chargé de méthodes et procédures a-t-il …": one title, not two asks
        if len(parts) > 1:
            trial = conversation.model_copy(deep=True)
            read = []
            for number, part in enumerate(parts):
                # a part that names its own subject ("…, et quelle part des métiers est émergente ?") is read on its
                # own; one that points back ("…, et lequel en perd le plus ?") in the context the part before leaves
                refers = number and re.search(r"\b(lequel|laquelle|lesquels|lesquelles|il|elle|ils|elles|en|y|son|sa|ses|leur|leurs|ce|cette|ces|celui|celle|ceux|eux|dedans|parmi)\b", fold(part))
                plan = self.read(part, trial if refers or not number else conversation.model_copy(deep=True))
                read.append((part, plan))
                trial.last = plan.remembered()
                trial.jobs = plan.jobs or trial.jobs
            intents = [plan.intent for _, plan in read]
            # a part read as anything but a plain answer from the data (a passage search, an unknown job, a
            # refusal…) was not understood on its own
            understood = all(operation(i).outcome == "answer" and not operation(i).needs_index for i in intents)
            # distinct asks, not distinct kinds: "combien de métiers, combien de métiers cœur" are two counts
            asked = {plan.model_dump_json(include={"intent", "jobs", "topic", "set_ask", "profile", "axis"}) for _, plan in read}
            if understood and len(asked) == len(read):
                return read  # read in the context the earlier parts leave, as they will be answered
        whole = self.read(text, conversation)
        mixed = reading.outside_clause(text) if whole.intent == "out_of_scope" else None
        if mixed and len(fold(mixed[1]).split()) <= 4 and not re.search(r"\b(combien|quel\w*|qui|est ce|sont|est|va|vont|sera)\b", fold(mixed[1])):
            mixed = None  # "Et en Allemagne, les chargés d'assistance … ?": a place the whole question is asked of, not a question of its own
        if mixed:
            # "mon score, et je toucherai combien de plus ?": the question on the study is answered, the rest declined
            rest = self.read(mixed[0], conversation.model_copy(deep=True))
            # only a question on named jobs ("c'est quoi mon score"), not what is left of a sentence ("merci. dernière question")
            named = self.reader.planner.jobs_in(mixed[0])[0]
            on_jobs = rest.intent in ("job", "compare") and named and set(rest.jobs) <= set(named) and reading.asks_about_a_job(mixed[0])
            on_sets = rest.intent in ("query", "ranking", "stats") and re.search(r"\b(quel\w*|combien|lesquel\w*|qui|sont ils|est ce)\b", fold(mixed[0]))
            if on_jobs or on_sets:
                return [(mixed[0], rest), (mixed[1], whole.model_copy(update={"question": mixed[1]}))]
        return [(text, whole)]
