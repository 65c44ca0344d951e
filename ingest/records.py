"""Parse the study into a ``Study`` and write it as reviewed JSON files under ``knowledge/records/``."""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.paths import RECORDS_DIR, STUDY_PATH
from knowledge.schema import Study
from knowledge.source import SourceText
from knowledge.store import RECORD_FILES

from .parse_context import parse_facts, parse_maturity
from .parse_exposure import parse_comparison_statements, parse_exposure_findings, parse_levels, parse_profiles
from .parse_guidance import parse_axes, parse_dialia, parse_priority_actions, parse_sheets
from .parse_table import parse_jobs


def parse_study(path: Path = STUDY_PATH) -> Study:
    source = SourceText.load(path)
    jobs = parse_jobs(source)
    return Study(
        document=source.document,
        sha256=source.sha256,
        jobs=jobs,
        levels=parse_levels(source),
        profiles=parse_profiles(source, jobs),
        facts=parse_facts(source),
        maturity=parse_maturity(source),
        exposure_findings=parse_exposure_findings(source),
        axes=parse_axes(source),
        priority_actions=parse_priority_actions(source),
        dialia=parse_dialia(source),
        sheets=parse_sheets(source, jobs),
        comparison_statements=parse_comparison_statements(source),
    )


def render_records(study: Study) -> dict[str, str]:
    """File name -> JSON text, stable (sorted keys are not used: field order is the schema's)."""
    data = study.model_dump(mode="json")
    return {name: json.dumps(data[field], ensure_ascii=False, indent=2) + "\n" for field, name in RECORD_FILES.items()}


def write_records(study: Study, directory: Path = RECORDS_DIR) -> list[str]:
    """Write the record files; returns the names of those whose content changed."""
    directory.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in render_records(study).items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
            changed.append(name)
    return changed
