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
from scoring import ScoringTool
from search.build import IndexMissing
from search.embeddings import load_embedder
from search.retriever import Hit, Retriever

from .answers import Answer
from .composer import Composer
from .linking import EntityLinker
from .operations import operation
from .plan import Conversation
from .planner import Planner

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
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
        plan = self.planner.plan(text, conversation)
        kind = operation(plan.intent)
        needs_index = kind.needs_index
        composed = self.composer.compose(plan, favour, self.retriever if needs_index else None)
        if needs_index and self.retriever_error:
            notes.append(self.retriever_error)
        answer_text = composed.text
        used_backend = "offline"
        wanted = backend or ("llm" if self.settings.llm_enabled else "offline")
        if wanted == "llm" and not (self.settings.llm_enabled or self.chat_model is not None):
            notes.append("Aucun modèle de langage n'est configuré (LLM_PROVIDER, LLM_MODEL) : réponse hors ligne.")
        elif wanted == "llm" and kind.route not in ("refusal", "out_of_scope"):
            from .llm import LLMBackend

            llm = LLMBackend(self.tool, lambda query, k: self.search(query, k), self._model, self.settings.sources_dir)
            result = llm.rephrase(text, composed)
            if result.answer is not None:
                answer_text, used_backend = result.answer, "llm"
            if result.note:
                notes.append(result.note)
        if notes:
            answer_text += "\n\n" + "\n".join(f"_{n}_" for n in notes)
        if plan.jobs:
            conversation.jobs = plan.jobs
        conversation.last = plan
        return Answer(
            question=question,
            answer=answer_text,
            citations=composed.sources.refs(),
            tool_calls=composed.tool_calls,
            backend=used_backend,
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
            route=kind.route,
            intent=plan.intent,
            notes=notes,
            charts=composed.charts,
        )
