"""The explorer's files: the table as CSV (French Excel reads it as is: UTF-8 with BOM, ``;`` and decimal commas)
and as an Excel workbook (the table, the sources, the audit's findings; openpyxl), and the records as JSON. Each
names the study and the day it was downloaded; the rows and figures are those of ``python -m scoring table``."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from scoring import ScoringTool
from scoring.render import line_range

from ..documents.brief_page import STUDY_TITLE, french_date
from .findings import numbered

COLUMNS = ["Famille (code)", "Famille", "Métier", "Métier cœur", "Score PwC", "Position PwC", "Profil PwC",
           "Score experts métier", "Position experts métier", "Profil experts métier", "Évolution de position publiée",
           "Identifiant"]  # fmt: skip


def heading(tool: ScoringTool, today: date) -> str:
    made = next(f.statement for f in tool.study.facts if f.id == "realisation")
    return (
        f"Étude « {STUDY_TITLE} ». {made} Tableau consolidé des expositions des {tool.total} métiers, "
        f"téléchargé le {french_date(today)} ({today.isoformat()})."
    )


def _values(tool: ScoringTool) -> list[list]:
    return [
        [
            j.family_code,
            j.family,
            j.job,
            "oui" if j.core else "non",
            j.pwc.score,
            j.pwc.rank,
            j.pwc.classification,
            j.expert.score,
            j.expert.rank,
            j.expert.classification,
            j.evolution_published,
            j.id,
        ]  # fmt: skip
        for j in tool.jobs
    ]


def table_csv(tool: ScoringTool, today: date) -> bytes:
    """A first line starting with ``#`` names the study and the date, then the header and the 58 rows."""
    out = io.StringIO()
    out.write(f"# {heading(tool, today)}\r\n")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(COLUMNS)
    for row in _values(tool):
        writer.writerow([f"{v:.2f}".replace(".", ",") if isinstance(v, float) else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _sheet(sheet, title: str, header: list[str], rows: list[list], widths: list[int]) -> None:
    sheet.append([title])
    sheet["A1"].font = Font(bold=True)
    sheet.append([])
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A4"
    sheet.auto_filter.ref = f"A3:{get_column_letter(len(header))}{3 + len(rows)}"
    for i, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def table_xlsx(tool: ScoringTool, today: date) -> bytes:
    book = Workbook()
    book.properties.title = f"Exposition des {tool.total} métiers de l'assistance à l'IA générative"
    book.properties.subject = heading(tool, today)
    book.properties.creator = "Assistant IA & métiers de l'assistance"
    table = book.active
    table.title = "Métiers"
    _sheet(table, heading(tool, today), COLUMNS, _values(tool), [8, 30, 40, 8, 10, 10, 30, 12, 12, 30, 12, 36])
    for row in table.iter_rows(min_row=4, min_col=5, max_col=8):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = "0.00"
    sources = [
        [j.job, c.section, c.document, line_range(c.line_start, c.line_end), c.quote]
        for j in tool.jobs
        for c in j.citations[:1]
    ] + [
        [
            f"Profil « {p.label} »",
            p.citation.section,
            p.citation.document,
            line_range(p.citation.line_start, p.citation.line_end),
            p.citation.quote,
        ]  # fmt: skip
        for p in tool.study.profiles
    ]
    _sheet(book.create_sheet("Sources"), f"Sources : lignes du texte de l'étude ({tool.study.document})",
           ["Ligne de", "Section", "Document", "Lignes", "Texte cité"], sources, [40, 40, 36, 14, 90])  # fmt: skip
    findings = [
        [
            f.number,
            f.finding.kind,
            f.finding.message,
            ", ".join(f.finding.jobs),
            "; ".join(line_range(c.line_start, c.line_end) for c in f.finding.citations),
        ]  # fmt: skip
        for f in numbered(tool)
    ]
    _sheet(book.create_sheet("Audit"), "Constats de l'audit du matériel publié (écarts relevés, rien corrigé)",
           ["N°", "Type", "Constat", "Métiers concernés", "Sources"], findings, [5, 22, 90, 60, 30])  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def records_json(tool: ScoringTool, today: date) -> bytes:
    data = {
        "etude": {
            "titre": STUDY_TITLE,
            "realisation": next(f.statement for f in tool.study.facts if f.id == "realisation"),
            "document": tool.study.document,
            "sha256": tool.study.sha256,
        },
        "date": today.isoformat(),
        "metiers": [j.model_dump(mode="json") for j in tool.jobs],
        "profils": [p.model_dump(mode="json") for p in tool.stats().profiles],
        "constats_audit": [f.finding.model_dump(mode="json") for f in numbered(tool)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
