"""Load the generated records (``knowledge/records/*.json``) into one validated ``Study``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .paths import RECORDS_DIR
from .schema import Study

# Study field -> record file. Scalars (document, sha256) live in study.json with the metadata.
RECORD_FILES: dict[str, str] = {
    "document": "document.json",
    "sha256": "sha256.json",
    "jobs": "jobs.json",
    "levels": "levels.json",
    "profiles": "profiles.json",
    "facts": "facts.json",
    "maturity": "maturity.json",
    "exposure_findings": "exposure_findings.json",
    "axes": "axes.json",
    "priority_actions": "priority_actions.json",
    "dialia": "dialia.json",
    "sheets": "sheets.json",
    "comparison_statements": "comparison_statements.json",
}


class RecordsMissing(RuntimeError):
    """The record files are absent or unreadable; the message says how to rebuild them."""


def load_study(directory: Path = RECORDS_DIR) -> Study:
    data = {}
    for field, name in RECORD_FILES.items():
        path = directory / name
        try:
            data[field] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise RecordsMissing(
                f"Fiche de données illisible ou absente : {path} ({error}). "
                "Reconstruisez-les avec : python -m ingest records"
            ) from error
    return Study.model_validate(data)


@lru_cache(maxsize=1)
def default_study() -> Study:
    return load_study()
