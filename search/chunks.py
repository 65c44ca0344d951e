"""Section-aware chunks with stable ids: paragraphs packed up to a size inside one section; each table row
of the consolidated table is its own chunk, written out in words so both retrievers can find it."""

from __future__ import annotations

from knowledge.documents import Document
from knowledge.schema import Chunk, Citation, Job
from knowledge.source import blocks, join_wrapped, shorten
from knowledge.text import decimal_fr

TARGET_CHARS = 700  # measured on the evaluation set: see docs/evaluation.md
CHUNKER_VERSION = "3"


def index_text(chunk: Chunk) -> str:
    """What the retrievers see: the section title gives short passages their context."""
    return chunk.text if chunk.kind == "table_row" else f"{chunk.citation.section}. {chunk.text}"


def _citation(document: Document, start: int, end: int, text: str) -> Citation:
    return Citation(
        document=document.name,
        section=document.section_at(start).title,
        line_start=start,
        line_end=end,
        quote=shorten(text, 300),
    )


def row_text(job: Job) -> str:
    fr = decimal_fr
    return (
        f"Tableau consolidé des expositions. Métier : {job.job} (famille {job.family_code} - {job.family}"
        f"{', métier cœur d’assistance' if job.core else ''}). Qualification PwC : score {fr(job.pwc.score)}, "
        f"position {job.pwc.rank} sur 58, profil {job.pwc.classification}. Qualification experts métier : score "
        f"{fr(job.expert.score)}, position {job.expert.rank} sur 58, profil {job.expert.classification}. "
        f"Évolution de position publiée : {job.evolution_published:+d}."
    )


def _passage(document: Document, stem: str, runs: list[tuple[int, int]]) -> Chunk:
    start, end = runs[0][0], runs[-1][1]
    text = join_wrapped(document.lines[start - 1 : end])
    return Chunk(id=f"{stem}:{start}-{end}", kind="passage", text=text, citation=_citation(document, start, end, text))


def document_chunks(document: Document, jobs: list[Job] | None = None) -> list[Chunk]:
    stem = document.name.rsplit(".", 1)[0]
    row_lines = {job.citations[0].line_start: job for job in jobs or [] if job.citations[0].document == document.name}
    chunks: list[Chunk] = []
    for section in document.sections:
        pending: list[tuple[int, int]] = []  # paragraphs packed into the next passage
        size = 0
        for start, end in blocks(document.lines, section.start, section.end):
            rows = [n for n in range(start, end + 1) if n in row_lines]
            length = sum(len(document.lines[n - 1]) for n in range(start, end + 1))
            if pending and (rows or size + length > TARGET_CHARS):
                chunks.append(_passage(document, stem, pending))
                pending, size = [], 0
            if not rows:
                pending.append((start, end))
                size += length
                continue
            for number in rows:
                job = row_lines[number]
                chunks.append(
                    Chunk(
                        id=f"{stem}:{number}:row",
                        kind="table_row",
                        text=row_text(job),
                        citation=_citation(document, number, number, document.lines[number - 1]),
                        job_id=job.id,
                    )
                )
        if pending:
            chunks.append(_passage(document, stem, pending))
    return chunks
