"""Optional LLM backend: a LangChain agent (``create_agent``) whose tools are the scoring functions and the
study search. It receives what it needs (scoring tool, search, a model factory, the sources), not the engine. Its final answer is used only if every figure in it is found in its tool results or the cited
passages (``guard.py``); otherwise the engine keeps the deterministic answer and logs why."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.tools import tool

from knowledge.schema import Qualification
from knowledge.settings import Settings
from scoring import ScoringTool, UnknownJob, render

from .answers import Answer, ToolCall
from .guard import unsupported_numbers

if TYPE_CHECKING:
    from search.retriever import Hit

    from .composition import Composed

Search = Callable[[str, int], list["Hit"]]

log = logging.getLogger(__name__)

SYSTEM_PROMPT = """Tu es l'assistant de l'étude « Impact de l'IA générative sur les métiers de l'assistance »
(PwC pour l'Observatoire des métiers de l'assistance). Réponds en français, clairement et brièvement.
Règles absolues :
- Tout chiffre (score, position, pourcentage, effectif) vient d'un outil ou du brouillon cité ; n'en invente aucun.
- Pour un métier, appelle job_card ; pour comparer, compare_jobs ; pour un classement, top_jobs ;
  pour les effectifs par profil, profile_stats ; pour le texte de l'étude, search_study.
- Si un métier n'est pas dans l'étude, dis-le et propose les métiers proches donnés par l'outil.
- Garde les renvois aux sources [n] du brouillon.
"""


@dataclass
class AgentResult:
    answer: str | None
    note: str | None = None


class ToolRecorder:
    """The agent's tools over the scoring tool and the study search, recording each call for the figure guard."""

    def __init__(self, scoring: ScoringTool, search: Search):
        self.scoring = scoring
        self.search = search
        self.calls: list[ToolCall] = []

    def _record(self, name: str, args: dict[str, Any], result: Any) -> str:
        self.calls.append(ToolCall(name=name, args=args, result=result))
        return json.dumps(result, ensure_ascii=False)

    def tools(self) -> list:
        scoring, search, record = self.scoring, self.search, self._record

        @tool
        def job_card(job: str) -> str:
            """Fiche d'exposition d'un métier (texte libre) : scores, positions et profils PwC et experts."""
            try:
                return record("job_card", {"job": job}, scoring.card(job).model_dump(mode="json"))
            except UnknownJob as error:
                resolution = error.resolution.model_dump(mode="json")
                return record(
                    "job_card", {"job": job}, resolution | {"message": render.resolution_text(error.resolution, scoring.total)}
                )

        @tool
        def compare_jobs(jobs: list[str]) -> str:
            """Compare plusieurs métiers de l'étude."""
            try:
                return record("compare_jobs", {"jobs": jobs}, scoring.compare(jobs).model_dump(mode="json"))
            except (UnknownJob, ValueError) as error:
                return record("compare_jobs", {"jobs": jobs}, {"error": str(error)})

        @tool
        def top_jobs(n: int = 5, qualification: str = "pwc", bottom: bool = False, family: str | None = None) -> str:
            """Classement des métiers les plus (ou moins, bottom=true) exposés ; qualification 'pwc' ou 'expert'."""
            try:
                ranking = scoring.top(n, Qualification(qualification), family=family, bottom=bottom)
                return record(
                    "top_jobs",
                    {"n": n, "qualification": qualification, "bottom": bottom},
                    ranking.model_dump(mode="json"),
                )
            except ValueError as error:
                return record("top_jobs", {"n": n}, {"error": str(error)})

        @tool
        def profile_stats() -> str:
            """Nombre et part des métiers par profil d'impact, calculés et publiés."""
            return record("profile_stats", {}, scoring.stats().model_dump(mode="json"))

        @tool
        def search_study(query: str) -> str:
            """Passages de l'étude pertinents pour une question (avec leurs sources)."""
            hits = search(query, 4)
            result = [{"id": h.chunk.id, "section": h.chunk.citation.section, "text": h.chunk.text} for h in hits]
            return record("search_study", {"query": query}, result)

        return [job_card, compare_jobs, top_jobs, profile_stats, search_study]


def build_chat_model(settings: Settings) -> BaseChatModel:
    """The configured chat model (Ollama, Mistral, OpenAI-compatible); raises with a French reason."""
    from langchain.chat_models import init_chat_model

    provider = {"openai": "openai", "ollama": "ollama", "mistralai": "mistralai"}[settings.llm_provider]
    kwargs: dict[str, Any] = {"timeout": settings.llm_timeout_s, "temperature": 0}
    if settings.llm_base_url:
        kwargs["base_url"] = settings.llm_base_url
    if settings.llm_api_key:
        kwargs["api_key"] = settings.llm_api_key
    try:
        return init_chat_model(settings.llm_model, model_provider=provider, **kwargs)
    except ImportError as error:
        raise RuntimeError(
            f"le paquet du fournisseur « {provider} » n'est pas installé (pip install langchain-{provider})"
        ) from error


@dataclass(frozen=True)
class Reading:
    """One ask of the message as the engine read it, and its verified answer (for a multi-part answer)."""

    ask: str
    operation: str
    slots: dict[str, Any]
    answer: str


def prompt(question: str, composed: Composed, reading: list[Reading]) -> str:
    """What the model is given: the question, how it was read (each ask with its operation and slots), the tool
    results, and the verified draft of each ask; it phrases, the figures stay the tools'."""
    lines = [f"Question : {question}", ""]
    if reading:
        lines.append(f"Lecture de la question ({len(reading)} point{'s' if len(reading) > 1 else ''}, à traiter dans l'ordre) :")
        for number, r in enumerate(reading, 1):
            slots = json.dumps(r.slots, ensure_ascii=False)
            lines += [f"{number}. « {r.ask} » — opération {r.operation} ; éléments lus : {slots}", f"   Réponse vérifiée : {r.answer}"]
        lines.append("")
    if composed.tool_calls:
        lines.append("Résultats des outils :")
        lines += [f"- {c.name}({json.dumps(c.args, ensure_ascii=False)}) → {json.dumps(c.result, ensure_ascii=False)[:1500]}" for c in composed.tool_calls]
        lines.append("")
    lines += ["Brouillon vérifié complet (avec sources) :", composed.text]
    return "\n".join(lines)


class LLMBackend:
    def __init__(self, scoring: ScoringTool, search: Search, model: Callable[[], BaseChatModel], sources_dir: Path):
        self.scoring = scoring
        self.search = search
        self.model = model  # built on first use: a missing provider package is reported, not raised at start-up
        self.sources_dir = sources_dir

    def rephrase(self, question: str, composed: Composed, reading: list[Reading] | None = None) -> AgentResult:
        try:
            model = self.model()
            from langchain.agents import create_agent

            recorder = ToolRecorder(self.scoring, self.search)
            agent = create_agent(model, recorder.tools(), system_prompt=SYSTEM_PROMPT)
            draft = prompt(question, composed, reading or [])
            state = agent.invoke({"messages": [HumanMessage(draft)]}, {"recursion_limit": 12})
            final = next((m for m in reversed(state["messages"]) if isinstance(m, AIMessage) and m.content), None)
            text = final.content if final and isinstance(final.content, str) else None
        except Exception as error:  # noqa: BLE001 - an LLM that is down or times out must not break the chat
            log.warning("LLM backend failed: %s", error)
            return AgentResult(None, f"Le modèle de langage configuré n'a pas répondu ({error}) : réponse hors ligne.")
        if not text:
            return AgentResult(None, "Le modèle de langage n'a pas produit de réponse : réponse hors ligne.")
        probe = Answer(
            question=question,
            answer=text,
            citations=composed.sources.refs(),
            tool_calls=composed.tool_calls + recorder.calls,
        )
        unsupported = unsupported_numbers(text, probe, self.sources_dir)
        if unsupported:
            log.warning("LLM answer rejected, unsupported figures: %s", unsupported)
            return AgentResult(None, "Réponse du modèle de langage écartée (chiffre non vérifiable) : réponse hors ligne.")
        composed.tool_calls.extend(recorder.calls)
        return AgentResult(text)
