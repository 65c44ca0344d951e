"""``python -m ingest``: rebuild the records (``records``) and the search indexes (default)."""

from __future__ import annotations

import argparse
import sys

from .records import parse_study, write_records
from .source import STUDY_PATH, ParseError


def build_records() -> int:
    try:
        study = parse_study(STUDY_PATH)
    except (ParseError, OSError, UnicodeDecodeError) as error:
        print(f"Erreur : lecture de l'étude impossible ({STUDY_PATH.name}) : {error}", file=sys.stderr)
        print("Les fiches existantes de knowledge/records/ sont conservées.", file=sys.stderr)
        return 1
    changed = write_records(study)
    if changed:
        print(f"Fiches régénérées : {', '.join(changed)}")
    else:
        print(f"Fiches à jour ({len(study.jobs)} métiers) : rien à changer.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Construit les fiches et les index.")
    parser.add_argument("command", nargs="?", choices=["records"], default="records")
    args = parser.parse_args(argv)
    if args.command == "records":
        return build_records()
    return 0
