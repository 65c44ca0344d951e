"""Answers from the study's text: extractive quotes from the passages that search finds."""

from __future__ import annotations

import re

from search.analysis import analyze

from ..composition import SCOPE, Composed, Context
from ..plan import Plan
from ..understanding.records import GENERIC_STEMS


def retrieval(ctx: Context, plan: Plan, out: Composed) -> None:
    if ctx.retriever is None:
        out.add(
            "La recherche dans le texte de l'étude est indisponible : l'index de recherche est absent ou illisible. "
            "Reconstruisez-le avec : make index (ou .venv/bin/python -m ingest)."
        )
        return
    # "hybrid", not the default "linked": linking plans the question again, and a question planned for
    # retrieval never links to anything, so that second plan was pure cost on every such answer.
    hits = ctx.retriever.search(plan.question, k=5, mode="hybrid")
    out.call("retrieval.search", {"query": plan.question, "k": 5}, [h.chunk.id for h in hits])
    if not hits:
        out.add("Je n'ai trouvé aucun passage de l'étude sur ce sujet. " + SCOPE)
        return
    query = set(analyze(plan.question))
    # a table row is written out in words for search; quoting that sentence would put words in the study's mouth
    passages = [hit for hit in hits if hit.chunk.kind != "table_row"]
    specific = query - GENERIC_STEMS
    if not passages or (specific and not _overlap(passages[0].chunk.text, specific)):
        topics = list(dict.fromkeys(hit.chunk.citation.section for hit in passages[:3]))
        out.add(
            "Je n'ai pas trouvé de passage de l'étude qui réponde à cette question."
            + (f" Elle parle en revanche de : {' ; '.join(topics)}." if topics else "")
            + " " + SCOPE
        )
        return
    quoted = []
    for rank, hit in enumerate(passages[:2]):
        sentences = _best_sentences(hit.chunk.text, query, 3 if rank == 0 else 1)
        if sentences and (rank == 0 or _overlap(sentences, query) >= 2):
            quoted.append(f"« {sentences} » {out.sources.ref(hit.chunk.citation)}")
    out.add("D'après l'étude :\n" + "\n".join(f"- {q}" for q in quoted))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«•])", text) if s.strip()]


def _overlap(text: str, query: set[str]) -> int:
    return len(set(analyze(text)) & query)


def _best_sentences(text: str, query: set[str], limit: int) -> str:
    sentences = _sentences(text)
    scored = sorted(range(len(sentences)), key=lambda i: -_overlap(sentences[i], query))[:limit]
    picked = [i for i in sorted(scored) if _overlap(sentences[i], query) > 0] or [0]
    # a sentence that announces what follows ("…les critères suivants :") is quoted with what follows
    picked = sorted(set(picked) | {i + 1 for i in picked if sentences[i].rstrip().endswith(":") and i + 1 < len(sentences)})
    return " ".join(sentences[i] for i in picked)
