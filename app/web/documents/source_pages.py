"""The pages a cited source opens: a passage of the study as paragraphs, or rows of the exposure table as labelled
values (the raw extracted line kept for checking). Each is a whole HTML page (``shell.py``); the chat's side
panel shows its ``<main>``."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from knowledge.documents import Document, DocumentError, cached_document, inside
from knowledge.schema import Job
from scoring import ScoringTool
from scoring.render import line_range, ordinal, score

from . import shell

MAX_PASSAGE_LINES = 400  # the longest cited span is a 130-line table; more is not a passage
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # a PDF page number left alone on its line


def passage_paragraphs(lines: list[str]) -> list[str]:
    """PDF lines rejoined into their paragraphs, without the page numbers the extraction left between them."""
    kept = [line for line in lines if not _PAGE_NUMBER.match(line)]
    blocks = re.split(r"\n\s*\n", "\n".join(kept))
    return [p for p in (" ".join(b.split()) for b in blocks) if p]


def _is_source(path: Path, source: str, sources_dir: Path) -> bool:
    """A file of the sources folder: no other folder, no hidden file, no link leading out, no impossible name."""
    if Path(source).name != source or source.startswith("."):
        return False
    try:
        return path.is_file() and inside(path, sources_dir)
    except OSError:  # a name too long for the file system, for one
        return False


def cited_document(sources_dir: Path, source: str, start: int, end: int) -> Document:
    """The document a citation points into, checked: LookupError (in French) for an unknown source or lines,
    ValueError for too long a span. The one check every page that serves a passage goes through."""
    path = sources_dir / source
    if not _is_source(path, source, sources_dir):
        raise LookupError(f"Document source inconnu : {source}")
    try:
        document = cached_document(path)
    except DocumentError as error:
        raise LookupError(str(error)) from error
    if end - start >= MAX_PASSAGE_LINES:
        raise ValueError(f"Un passage compte au plus {MAX_PASSAGE_LINES} lignes (demandé : {start} à {end}).")
    if not 1 <= start <= end <= len(document.lines):
        raise LookupError(f"Lignes {start} à {end} hors du document {source} ({len(document.lines)} lignes)")
    return document


def passage_page(sources_dir: Path, source: str, start: int, end: int) -> str:
    """LookupError (in French) for an unknown source or lines, ValueError for too long a span."""
    document = cited_document(sources_dir, source, start, end)
    section = document.section_at(start).title
    paragraphs = passage_paragraphs(document.shown_lines[start - 1 : end])
    body = [
        f"<h1>{escape(section)}</h1>",
        f'<p class="meta">{escape(source)}, {line_range(start, end)}</p>',
        *(f"<p>{shell.text(p)}</p>" for p in paragraphs),
    ]
    return shell.page(f"{section} : {line_range(start, end)}", "\n".join(body))


def change_label(published: int) -> str:
    if published == 0:
        return "0 (même position)"
    direction = "plus exposé" if published > 0 else "moins exposé"
    return f"{published:+d} place{'s' if abs(published) > 1 else ''} ({direction} selon les experts)"


def row_html(job: Job, tool: ScoringTool, raw: str) -> str:
    values = [
        ("Famille", f"{job.family_code} - {job.family}"),
        ("Métier", job.job),
        ("Métier cœur d'assistance", "Oui" if job.core else "Non"),
    ]
    for name, exposure in (("PwC", job.pwc), ("Experts métier", job.expert)):
        values += [
            (f"{name} : score", f"{score(exposure.score)} sur 1"),
            (f"{name} : position", f"{ordinal(exposure.rank)} sur {tool.total}"),
            (f"{name} : profil", exposure.classification),
        ]
    values.append(("Évolution publiée (PwC → experts)", change_label(job.evolution_published)))
    row = job.citations[0]
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in values)
    return (
        f"<h2>{escape(job.job)}</h2>\n<dl class=\"row\">{items}</dl>\n"
        f"<details><summary>Ligne extraite du document ({line_range(row.line_start, row.line_end)})</summary>"
        f"<code>{escape(raw)}</code></details>"
    )


def rows_html(jobs: list[Job], tool: ScoringTool, raws: list[str]) -> str:
    """Several rows as a compact table (one line a job), the extracted lines below for checking."""
    head = (
        "<tr><th>Métier (famille)</th><th>PwC : score, position, profil</th>"
        "<th>Experts métier : score, position, profil</th><th>Évol. publiée</th></tr>"
    )

    def exposure(e) -> str:
        return f"{score(e.score)} · {ordinal(e.rank)}/{tool.total}<br>{escape(e.classification)}"

    body = "".join(
        f"<tr><td><strong>{escape(j.job)}</strong>{' (cœur)' if j.core else ''}<br>"
        f"<small>{escape(j.family_code)} - {escape(j.family)}</small></td>"
        f"<td>{exposure(j.pwc)}</td><td>{exposure(j.expert)}</td><td>{j.evolution_published:+d}</td></tr>"
        for j in jobs
    )
    lines = "\n".join(
        f"{line_range(j.citations[0].line_start, j.citations[0].line_end)} : {raw}"
        for j, raw in zip(jobs, raws, strict=True)
    )
    return (
        f'<table class="rows"><thead>{head}</thead><tbody>{body}</tbody></table>\n'
        "<p class=\"meta\">Évolution publiée : places gagnées (+) ou perdues (-) en exposition entre PwC et les "
        "experts métier, telle que publiée.</p>\n"
        f"<details><summary>Lignes extraites du document</summary><code>{escape(lines)}</code></details>"
    )


def table_page(sources_dir: Path, tool: ScoringTool, job_ids: list[str]) -> str:
    """The rows of the exposure table an answer used; LookupError (in French) for a job the study does not have."""
    unknown = [j for j in job_ids if j not in tool.by_id]
    if unknown:
        raise LookupError(f"Métier inconnu de l'étude : {', '.join(unknown)}")
    if len(job_ids) > tool.total:
        raise ValueError(f"Le tableau compte {tool.total} lignes.")
    header = tool.table_citation
    document = cached_document(sources_dir / header.document)
    jobs = [tool.by_id[j] for j in job_ids]
    raws = [
        " ".join(" ".join(document.shown_lines[j.citations[0].line_start - 1 : j.citations[0].line_end]).split())
        for j in jobs
    ]
    rows = [row_html(jobs[0], tool, raws[0])] if len(jobs) == 1 else [rows_html(jobs, tool, raws)] if jobs else []
    count = f"{len(job_ids)} ligne{'s' if len(job_ids) > 1 else ''} citée{'s' if len(job_ids) > 1 else ''}"
    body = [
        "<h1>Tableau consolidé des expositions</h1>",
        f'<p class="meta">{escape(header.document)}, {escape(header.section)}'
        + (f" : {count}" if job_ids else "")
        + "</p>",
        '<p class="note">Score de 0 à 1 : exposition relative des compétences du métier à l\'IA générative, '
        f"pour comparer les métiers entre eux (ce n'est pas une probabilité de disparition). Position : 1er = le "
        f"plus exposé des {tool.total} métiers.</p>",
        *rows,
        f"<details><summary>En-tête du tableau extrait ({line_range(header.line_start, header.line_end)})"
        f"</summary><code>{escape(header.quote)}</code></details>",
    ]
    return shell.page("Tableau consolidé des expositions", "\n".join(body))
