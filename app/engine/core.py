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
from search.analysis import analyze
from search.build import IndexMissing
from search.embeddings import load_embedder
from search.retriever import Hit, Retriever

from .answers import Answer
from .composer import Composer
from .composition import Composed
from .linking import EntityLinker
from .operations import operation
from .plan import Conversation, Plan
from .understanding import claims, reading
from .understanding.planner import Planner
from .understanding.reader import Reader
from .understanding.records import GENERIC_STEMS

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
INTERNAL_ERROR = "Je n'ai pas pu répondre à cette question (erreur interne, signalée dans le journal). Reformulez-la, ou posez-en une autre."
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e]")


def clean_question(text: str) -> tuple[str, list[str]]:
    """Drop control and zero-width characters; cap the length. Returns the text and notes for the user."""
    notes = []
    text = _INVISIBLE.sub("", text or "")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    text = re.sub(r"\s+", " ", text).strip()
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
        readable = reading.to_french(text) if in_english else text
        asks = self._asks(readable, conversation)
        composed = Composed()
        plans: list[Plan] = []
        spans: list[tuple[str, Plan, int, int]] = []  # each ask and its part of the answer (for the LLM)
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
            if kind.needs_index and self.retriever_error and self.retriever_error not in notes:
                notes.append(self.retriever_error)
            if operation(plan.intent).route == "records":
                composed.parts[start:] = _figure_first(ask, composed.parts[start:])
            # a paragraph an earlier part of the message already gave ("combien de temps … et qui l'a pilotée ?")
            composed.parts[start:] = [p for p in composed.parts[start:] if p not in composed.parts[:start]] or composed.parts[start:]
            answered = composed.parts[start:start + 1] and re.match(r"(Oui|Non|Peu|Pas exactement)\b", composed.parts[start])
            verdict = None if answered else self._verdict(ask, plan, composed.parts[start:])  # the handler said it first
            if verdict:
                composed.parts.insert(start, verdict)
            spans.append((ask, plan, start, len(composed.parts)))
            if plan.jobs and reading.first_person(fold(ask)) and plan.jobs[0] in self.reader.planner.jobs_in(ask)[0][:1]:
                conversation.own = plan.jobs[0]  # "je suis chargée d'assistance": theirs, whatever others come after
            elif plan.jobs and conversation.own and conversation.jobs[:1] == [conversation.own] and re.match(
                r"(non|en fait|plutot|pas|dans|sur|chez|celui|celle|des|du)\b", fold(ask)
            ):
                conversation.own = plan.jobs[0]  # "je suis manager de proximité" → "non, dans l'assistance": the corrected title
            if plan.jobs:
                conversation.jobs = plan.jobs
                conversation.recent = (plan.jobs + [j for j in conversation.recent if j not in plan.jobs])[:6]
            # a turn the study had nothing for ("1", an unclear aside) does not erase the thread it came in
            lost = plan.intent == "retrieval" and len(composed.sources.items) == cited and conversation.last is not None
            conversation.last = conversation.last if lost else plan
            if plan.topic != "place" and (
                (plan.intent == "query" and len(plan.jobs) > 1) or plan.intent in ("ranking", "priority_actions", "compare")
                or (plan.intent == "recommendations" and plan.axis is None)
            ):
                conversation.listed = plan
            plans.append(plan)
        main = next((p for p in plans if operation(p.intent).outcome != "smalltalk"), plans[0])
        kind = operation(main.intent)
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
            outcome=kind.outcome,
            intent="+".join(p.intent for p in plans),
            notes=notes,
            charts=composed.charts,
            choices=composed.choices,
        )

    def _asks(self, text: str, conversation: Conversation) -> list[tuple[str, Plan]]:
        """One message, one or more asks. A split is kept only when every part reads as a distinct, confident
        ask; otherwise the message is read whole (a part that only makes sense with the other stays with it)."""
        parts = reading.split_asks(text)
        if len(parts) > 1:
            trial = conversation.model_copy(deep=True)
            read = []
            for part in parts:
                plan = self.read(part, trial)
                read.append((part, plan))
                trial.last = plan
                trial.jobs = plan.jobs or trial.jobs
            intents = [plan.intent for _, plan in read]
            # a part read as anything but a plain answer from the data (a passage search, an unknown job, a
            # refusal…) was not understood on its own
            understood = all(operation(i).outcome == "answer" and not operation(i).needs_index for i in intents)
            # distinct asks, not distinct kinds: "combien de métiers, combien de métiers cœur" are two counts
            asked = {plan.model_dump_json(include={"intent", "jobs", "topic", "set_ask", "profile", "axis"}) for _, plan in read}
            if understood and len(asked) == len(read):
                return read  # read in the context the earlier parts leave, as they will be answered
        return [(text, self.read(text, conversation))]

    def _verdict(self, ask: str, plan: Plan, parts: list[str]) -> str | None:
        """What the user states to have it checked gets a plain first sentence: yes, or no and what it is."""
        if operation(plan.intent).outcome != "answer":
            return None  # a refusal does not check the figure it refuses to confirm
        if parts and re.match(r"(Je n'ai (pas trouvé|trouvé aucun)|La recherche dans le texte)", parts[0]):
            return None  # nothing found to check the claim against: no verdict
        if plan.intent in ("reassure", "reassure_job", "audit"):
            return None  # its first sentence answers (the worry; the gaps between text and table)
        if plan.intent == "job" and plan.jobs and claims.yes_no(ask) and plan.topic != "place":
            checked = claims.check_job(ask, self.tool.card(plan.jobs[0]), self.tool)
            if checked is not None:
                return checked.sentence
        if plan.intent == "methodology" and plan.jobs:
            # "il est passé de 0,30 à 0,45 chez les experts, pourquoi ?": a score that is neither of the job's first
            card = self.tool.card(plan.jobs[0])
            scores = {round(card.pwc.score, 2), round(card.expert.score, 2)}
            wrong = [q for q in reading.quoted_figures(ask) if q.kind == "score" and round(q.value, 2) not in scores]
            if wrong:
                return (
                    f"Non : d'après l'étude, le score de {card.job} passe de {render.score(card.pwc.score)} (PwC) à "
                    f"{render.score(card.expert.score)} (experts métier), pas {', '.join(q.text for q in wrong)}."
                )
        if plan.intent == "query" and plan.set_ask is not None and {"all", "share", "same", "leader"} & set(plan.set_ask.outputs):
            return None  # its first sentence is the verdict
        if plan.intent == "figure":
            return None
        stated = claims.yes_no(ask) and (
            re.search(r"\b(est|sont|a|ont|represente\w*|font|fait|compte\w*|y a|passe\w*|gagne\w*|perd\w*)\b", fold(ask))
            or (reading.quoted_figures(ask) and not re.match(r"^(et|mais|puis)\b", fold(ask)))  # "la deuxième étude sort en 2026 ?"
        )  # a statement put as a question ("il y a 12 métiers cœur ?"), not "et la 5e ?"
        if not stated and re.search(claims.QUESTION_WORDS, fold(ask)):
            return None  # "c'est quoi les 4 profils ?" asks, it claims nothing
        quoted = reading.quoted_figures(ask) if stated else reading.claims(ask)
        # "40 % … et 38 % … ça fait 78 %": a sum the user worked out is no figure of the study to check
        shares = [q.value for q in quoted if q.kind == "percent"]
        quoted = [q for q in quoted if not (q.kind == "percent" and any(q.value == a + b for i, a in enumerate(shares) for b in shares[i + 1 :]))]
        if not quoted:
            said = "\n".join(parts)
            missing = claims.names_not_said(ask, said) if stated and plan.intent in ("facts", "methodology") else []
            if missing:  # "l'étude a été réalisée par Deloitte ?"
                return f"Non : d'après l'étude, ce n'est pas {', '.join(missing)}. Voici ce qu'elle dit :"
            # a statement put as a question ("…étaient-ils associés ?", "est-ce que ça implique … ?"), not "et les règles ?"
            asserted = stated or re.search(r"\best ce qu|\w-(t-)?(il|elle|ils|elles|on)\b", ask.lower())
            if asserted and claims.yes_no(ask) and plan.intent in PASSAGE_INTENTS and not re.match(r"(Oui|Non)\b", said.lstrip()):
                return _stated_in(ask, said)
            return None
        said = "\n".join(parts)
        # the words of the claim, not of how it was heard ("j'ai entendu dire que …, c'est vrai ?")
        claimed = {t for t in analyze(ask) if len(t) > 2 and not t.isdigit()} - GENERIC_STEMS - HEARSAY
        wrong = [q for q in quoted if not _said_of(said, q, claimed)]
        # "l'étude porte sur 58 métiers ?": a claim of the figure alone, in words that say nothing of what it counts
        subject = {c for c in claimed if not c.startswith(tuple(LIGHT_VERBS))}
        # "aucune formation" and "l'absence totale de formation" say the same: negative words count as one
        negative = {"aucun", "absenc", "sans", "manqu", "pas", "nul"}
        as_said = {"NEG" if t in negative else t for t in analyze(said)}
        same_words = not subject or len({"NEG" if t in negative else t for t in claimed} & as_said) >= max(2, (len(claimed) + 1) // 2)
        # "45 % ont une gouvernance dédiée ?" when the study says "sans toutefois de gouvernance": not the same claim
        denied = re.findall(r"\bsans (?:toutefois )?(?:de |d |aucune? )?((?:\w+ ){0,2}\w+)", fold(said))
        contradicted = any(set(analyze(d)) & claimed for d in denied)
        figures = ", ".join(q.text for q in quoted)
        if not wrong and contradicted and plan.intent in ("maturity", "retrieval", "facts"):
            return f"Non : ce chiffre ({figures}) figure dans l'étude, mais pour autre chose ; voici exactement ce qu'il mesure :"
        if not wrong and plan.intent in ("maturity", "retrieval", "facts") and not same_words:
            # the figure is the study's, but not said of that ("68 % ont déjà intégré l'IA ?"): what it counts, verbatim
            return f"Ce chiffre ({figures}) figure bien dans l'étude, mais voici exactement ce qu'il mesure :"
        if not wrong:
            return "Oui, c'est exact d'après l'étude :"
        actual = [a for a in (_actual(said, q, claimed) for q in wrong) if a]
        if len(actual) == len(wrong) == 1:  # "12 métiers cœur c'est ça ?": what it is, then what it is not
            return f"Non : d'après l'étude, c'est {actual[0]}, pas {wrong[0].text}. Voici ce qu'elle dit :"
        return f"Non : d'après l'étude, ce n'est pas {', '.join(q.text for q in wrong)}. Voici ce qu'elle dit :"


# answers that quote or restate the study's sentences, which a yes-or-no question is checked against
PASSAGE_INTENTS = ("retrieval", "methodology", "facts", "maturity", "exposure_findings", "recommendations", "priority_actions", "dialia")
NEGATION = r"\b(ne|n|pas|aucun\w*|jamais|sans|ni|non)\b"
AUXILIARIES = {"etaient", "etait", "etre", "ete", "sera", "seront", "serait", "faut", "peut", "peuvent", "doit", "doivent",
               "fait", "font", "avoir", "aura", "auront", "vont", "dit", "dis"}  # fmt: skip
SUPPORT = 0.75  # share of the question's words a sentence must hold to say yes or no from it


def _stated_in(ask: str, said: str) -> str | None:
    """ "Les représentants patronaux étaient-ils associés au pilotage ?": the sentence of the answer that holds
    nearly all the question's words says yes, or no when one of the two is negative ("…n'implique pas de
    réallocation du temps de travail"); without such a sentence, no verdict."""
    roots = {t[:7] for t in analyze(ask) if len(t) > 2 and not t.isdigit() and t not in AUXILIARIES} - {g[:7] for g in GENERIC_STEMS}
    if len(roots) < 2:
        return None
    sentences = [s for s in re.split(r"(?<=[.;!?])\s+|\n+", said) if s.strip()]
    best = max(sentences, key=lambda s: len(roots & {t[:7] for t in analyze(s)}), default="")
    if len(roots & {t[:7] for t in analyze(best)}) < SUPPORT * len(roots):
        return None
    same = bool(re.search(NEGATION, fold(ask))) == bool(re.search(NEGATION, fold(best)))
    return "Oui, d'après l'étude :" if same else "Non, d'après l'étude :"


HEARSAY = set(analyze("entendu dire dit disent vrai faux exact exacte confirme confirmer collègue collègues affirme affirment paraît lu raconte"))
LIGHT_VERBS = {"port", "conce", "couvr", "compt", "inclu", "etud", "analy", "trait"}  # "porte sur", "concerne", "couvre"…


HOW_MANY = r"\b(combien|nombre|how many|quelle duree|quelle part|quelle proportion|quel pourcentage|quelle periode)\b"


def _figure_first(ask: str, parts: list[str]) -> list[str]:
    """ "combien de compétences par métier ?": the sentence that gives the figure asked for comes first, with its
    source, rather than at the end of the paragraph that holds it."""
    if not re.search(HOW_MANY, fold(ask)) or not parts:
        return parts
    roots = {t[:7] for t in analyze(ask) if len(t) > 2 and not t.isdigit()} - {g[:7] for g in GENERIC_STEMS} - {"combien", "nombr"}
    best, where = 0, None
    for i, part in enumerate(parts):
        body, refs = re.match(r"(.*?)((?: ?\[\d+\])*)\s*$", part, re.S).groups()
        sentences = re.split(r"(?<=\.)\s+(?=[A-ZÀ-Ý0-9])", body.strip())
        for j, sentence in enumerate(sentences):
            shared = len(roots & {t[:7] for t in analyze(sentence)})
            if re.search(r"\d", sentence) and shared > best:
                best, where = shared, (i, j, sentences, refs)
    if where is None or (where[0], where[1]) == (0, 0) or "\n" in parts[where[0]]:
        return parts  # already first, or a list whose lines are not to be taken apart
    i, j, sentences, refs = where
    lead = f"{sentences[j].strip()}{refs}"
    rest = " ".join(s for k, s in enumerate(sentences) if k != j).strip()
    return [lead] + parts[:i] + ([f"{rest}{refs}"] if rest else []) + parts[i + 1 :]


def _actual(said: str, quoted: reading.Quoted, claimed: set[str]) -> str | None:
    """The figure of the same kind the answer gives in its sentence most about the claim, when there is one."""
    roots = {c[:7] for c in claimed}
    sentences = [s for s in re.split(r"(?<=[.;!?])\s+|\n+", said) if s.strip()]
    scored = [(len(roots & {t[:7] for t in analyze(s)}), s) for s in sentences]
    scored = [(n, s) for n, s in scored if any(q.kind == quoted.kind for q in reading.quoted_figures(s))]
    if not scored:
        return None
    best = max(n for n, _ in scored)
    figures = {q.text for n, s in scored if n == best for q in reading.quoted_figures(s) if q.kind == quoted.kind}
    return figures.pop() if len(figures) == 1 and (best >= 1 or len(scored) == 1) else None


def _said_of(said: str, quoted: reading.Quoted, claimed: set[str]) -> bool:
    """Whether the answer states the figure of what the user claims: "les experts ont requalifié les 58 métiers ?"
    is not confirmed by "58 métiers" in a sentence on ROME when the sentence on the requalification says "10"."""
    if not reading.figure_in(said, quoted):
        return False
    sentences = [s for s in re.split(r"(?<=[.;!?])\s+|\n+", said) if s.strip()]
    # stems compared on their first letters: "requalifié" and "requalification" stem apart
    roots = {c[:7] for c in claimed}
    overlap = {s: len(roots & {t[:7] for t in analyze(s)}) for s in sentences}
    if any(reading.figure_in(s, quoted) and overlap[s] >= min(2, len(claimed)) for s in sentences):
        return True
    closest = max(sentences, key=overlap.get, default="")
    # the sentence most about the claim gives another figure of that kind: the claim's figure is of something else
    return not (overlap.get(closest, 0) >= 2 and any(q.kind == quoted.kind for q in reading.quoted_figures(closest)))
