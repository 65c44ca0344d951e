"""``python -m ingest``: rebuild the records (``records``) or the search indexes (default, ``index``)."""

from __future__ import annotations

import argparse
import sys

from knowledge.documents import SourcesDirError
from knowledge.paths import STUDY_PATH
from knowledge.source import ParseError
from search.build import build_index, current_version, index_problem, index_root

from .records import parse_study, write_records


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


def build_indexes(if_missing: bool, progress: bool) -> int:
    from knowledge.settings import get_settings
    from knowledge.store import default_study
    from search.embeddings import LazyEmbedder, ModelNotFound

    settings = get_settings()
    version = current_version(settings.data_dir)
    if if_missing and version:
        problem = index_problem(index_root(settings.data_dir) / version, settings.chroma_server_url)
        if problem is None:
            print("Index de recherche présent.")
            return 0
    try:
        embedder = LazyEmbedder(settings.embedding_model_path)
    except ModelNotFound as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1
    try:
        report = build_index(
            settings.sources_dir,
            settings.data_dir,
            embedder,
            default_study().jobs,
            chroma_server_url=settings.chroma_server_url,
            progress=progress,
        )
    except ConnectionError as error:
        print(f"Erreur : serveur Chroma injoignable ({settings.chroma_server_url}) : {error}", file=sys.stderr)
        return 1
    except SourcesDirError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 2
    for error in report.errors:
        print(f"Fichier ignoré : {error}", file=sys.stderr)
    if report.status == "failed":
        print("Erreur : aucun document indexable ; l'index précédent reste en service.", file=sys.stderr)
        return 1
    if report.repaired:
        print(f"Index en service illisible ({report.repaired}) : il a été reconstruit.")
    if report.status == "unchanged":
        print(f"Index à jour (version {report.version}, {report.chunks} passages) : rien à changer.")
    else:
        print(
            f"Index construit (version {report.version}) : {report.chunks} passages de "
            f"{len(report.documents)} document(s) en {report.seconds:.1f} s."
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Construit les fiches et les index.")
    parser.add_argument("command", nargs="?", choices=["index", "records"], default="index")
    parser.add_argument("--if-missing", action="store_true", help="ne rien faire si un index est déjà en service")
    parser.add_argument("--quiet", action="store_true", help="sans barre de progression")
    args = parser.parse_args(argv)
    if args.command == "records":
        return build_records()
    return build_indexes(args.if_missing, progress=not args.quiet)
