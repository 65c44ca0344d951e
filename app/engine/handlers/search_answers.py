"""Answers from the study's text: extractive quotes from the passages that search finds."""

from __future__ import annotations

import re

from knowledge.text import fold
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
    # a follow-up is searched alone first; one that names next to nothing ("ils ont servi à quoi ?") first with
    # the question it follows; either way the other search is tried when the first finds nothing
    queries = [plan.question]
    if plan.earlier:
        combined = f"{plan.earlier} {plan.question}"
        queries = [combined, plan.question] if len(_asked(plan.question)) <= 1 else [plan.question, combined]
    for query in queries:
        hits, found = _search(ctx, query, out)
        if found:
            break
    if not found:
        topics = list(dict.fromkeys(_topic(hit.chunk.citation.section) for hit in hits if hit.chunk.kind != "table_row"))[:3]
        out.add(
            # said as what it is: a question the study does not treat (the engine reports it out of scope)
            ("L'étude ne traite pas de cette question : je n'y ai trouvé aucun passage qui y réponde."
             if hits else "L'étude ne traite pas de ce sujet : je n'y ai trouvé aucun passage qui en parle.")
            + (f" Elle parle en revanche de : {' ; '.join(topics)}." if topics else "")
            + " " + SCOPE
        )
        return
    index = ctx.retriever.sentences
    best = found[0].score
    chosen = [h.sentence for h in found[:MAX_QUOTES] if h.score >= SECOND_QUOTE * best]
    by_chunk: dict[str, list] = {}
    for sentence in chosen:
        group = by_chunk.setdefault(sentence.chunk.id, [])
        group.append(sentence)
        # a sentence that announces what follows ("…les critères suivants :") is quoted with what follows
        following = index.following(sentence)
        if sentence.text.rstrip().endswith(":") and following is not None:
            group.append(following)
    # the best sentence with its neighbours, as long as the quote stays short: a definition often takes two
    first = chosen[0]
    # the sentence before only when this one leans on it ("Il permet…", "Ces métiers…")
    before = index.preceding(first) if re.match(LEANS_BACK, first.text) else None
    for neighbour in (index.following(first), before):
        group = by_chunk[first.chunk.id]
        if neighbour is not None and neighbour.quotable and sum(len(s.text) for s in group) + len(neighbour.text) <= QUOTE_CHARS:
            group.append(neighbour)
    quoted = []
    for group in by_chunk.values():
        ordered = sorted({s.position: s for s in group}.values(), key=lambda s: s.position)
        # sentences of the study's punctuation run on; a heading or a list line is a quote of its own
        text = " ".join(s.text if s.text.endswith((".", "!", "?", ":", ";", ",")) else f"{s.text} » «" for s in ordered).removesuffix(" » «")
        quoted.append(f"« {text} » {out.sources.ref(ordered[0].chunk.citation)}")
    out.add("D'après l'étude :\n" + "\n".join(f"- {q}" for q in quoted))


def _search(ctx: Context, question: str, out: Composed):
    """The passages search ranks first, and the sentences that answer (none when the best one does not share
    enough of the question's rare words)."""
    # "hybrid", not the default "linked": linking plans the question again, and a question planned for
    # retrieval never links to anything, so that second plan was pure cost on every such answer.
    hits = ctx.retriever.search(question, k=5, mode="hybrid")
    out.call("retrieval.search", {"query": question, "k": 5}, [h.chunk.id for h in hits])
    asked = _asked(question)
    index = ctx.retriever.sentences
    # the sections that chunk search ranked first (BM25 and the dense model) weigh in, the sentence decides
    boost = {hit.chunk.id: 1.0 + 0.5 / rank for rank, hit in enumerate(hits, 1)}
    # a line that is only a job's title (a list of jobs in the text) answers nothing on its own
    titles = {fold(job.job) for job in ctx.tool.jobs}
    found = [h for h in index.search(asked, k=8, boost=boost) if fold(h.sentence.text) not in titles]
    return hits, found if found and _answers(found[0], asked, index) else []


MAX_QUOTES = 3
LEANS_BACK = r"(Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Cela|Ceci|Ainsi|En effet|Toutefois|Pour autant|De plus|Par ailleurs|A l'inverse|À l'inverse|Dans ce)\b"
QUOTE_CHARS = 600
SECOND_QUOTE = 0.6  # a further sentence is quoted when it scores at least this share of the best one
COVERAGE = 0.4  # the best sentence must hold this share of the question's rare words (weighted by rarity)


def _asked(question: str) -> set[str]:
    """The question's own words (stems), without those every question about the study has."""
    return {t for t in analyze(question) if len(t) > 1} - GENERIC_STEMS


def _topic(section: str) -> str:
    """A section's subject, without its numbering ("Préconisations (1/3) : axes 1 à 3" -> "Préconisations"): the
    figures of a heading are no answer, and would be unsourced in this one."""
    return re.sub(r"\s*\(\d+/\d+\)", "", section.split(" : ")[0]).strip()


def _answers(hit, asked: set[str], index) -> bool:
    """Whether the best sentence is about what was asked: it shares enough of the question's rarest words. A word
    the study never uses ("drones") weighs as a word of middling rarity (it may be a form the stemmer does not join
    to the study's, "obtient" / "obtenir"): a question about what the study does not say is not given a quote."""
    weight = sum(index.rarity(t) or (index.typical if len(t) >= 4 else 0.0) for t in asked)
    return weight > 0 and sum(index.rarity(t) for t in hit.matched) / weight >= COVERAGE
