"""``python -m scoring``: the scoring tool on the command line (JSON with --json, French text otherwise)."""

from __future__ import annotations

import argparse
import json
import sys

from knowledge.schema import Qualification
from knowledge.store import RecordsMissing, default_study

from . import render
from .audit import run_audit
from .tool import ScoringTool, UnknownJob


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m scoring", description="Outil de score déterministe de l'étude.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in [
        ("table", "le tableau consolidé (58 métiers)"),
        ("stats", "effectifs et parts par profil d'impact, à côté des parts publiées"),
        ("audit", "incohérences du matériel publié"),
        ("changes", "métiers qui changent de profil entre les deux qualifications"),
        ("definitions", "niveaux d'exposition et profils d'impact"),
    ]:
        sub.add_parser(name, help=help_text).add_argument("--json", action="store_true")
    job = sub.add_parser("job", help="fiche d'un métier (texte libre)")
    job.add_argument("text")
    job.add_argument("--json", action="store_true")
    compare = sub.add_parser("compare", help="comparer des métiers")
    compare.add_argument("names", nargs="+")
    compare.add_argument("--json", action="store_true")
    top = sub.add_parser("top", help="classement des métiers")
    top.add_argument("n", type=int)
    top.add_argument("--qualification", choices=["pwc", "expert"], default="pwc")
    top.add_argument("--family")
    top.add_argument("--profile")
    top.add_argument("--core", choices=["oui", "non"])
    top.add_argument("--bottom", action="store_true")
    top.add_argument("--json", action="store_true")
    return parser


def _dump(value) -> str:
    if isinstance(value, list):
        value = [v.model_dump(mode="json") if hasattr(v, "model_dump") else v for v in value]
    elif hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    return json.dumps(value, ensure_ascii=False, indent=2)


def run(args: argparse.Namespace, tool: ScoringTool) -> tuple[object, str]:
    """(JSON-able result, French text) for one command."""
    if args.command == "table":
        rows = [job.model_dump(mode="json") for job in tool.jobs]
        text = "\n".join(
            f"{j.pwc.rank:>2}. {j.job} : PwC {render.score(j.pwc.score)} ({j.pwc.classification}) | experts "
            f"{render.score(j.expert.score)}, {render.ordinal(j.expert.rank)} ({j.expert.classification})"
            for j in tool.jobs
        )
        return rows, text
    if args.command == "job":
        resolution = tool.resolve(args.text)
        card = tool.card(resolution.job_id) if resolution.status == "found" and resolution.job_id else None
        text = render.card_text(card) if card else render.resolution_text(resolution, tool.total)
        result = resolution.model_dump(mode="json") | {
            "card": card.model_dump(mode="json") if card else None,
            "message": render.resolution_text(resolution, tool.total),
        }
        return result, text
    if args.command == "compare":
        comparison = tool.compare(args.names)
        return comparison, render.comparison_text(comparison)
    if args.command == "top":
        ranking = tool.top(
            args.n,
            Qualification(args.qualification),
            family=args.family,
            profile=args.profile,
            core=None if args.core is None else args.core == "oui",
            bottom=args.bottom,
        )
        return ranking, render.ranking_text(ranking)
    if args.command == "stats":
        stats = tool.stats()
        return stats, render.stats_text(stats)
    if args.command == "audit":
        findings = run_audit(tool.study, tool.resolver)
        return findings, render.audit_text(findings)
    if args.command == "changes":
        changes = tool.profile_changes()
        return changes, render.changes_text(changes)
    levels, profiles = tool.definitions()
    text = "\n".join(
        [f"Niveau {lv.level} – {lv.name} : {lv.definition}" for lv in levels]
        + [f"Profil « {p.label} » : {p.definition}" for p in profiles]
    )
    return {"levels": levels, "profiles": profiles}, text


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        tool = ScoringTool(default_study())
        result, text = run(args, tool)
    except RecordsMissing as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1
    except UnknownJob as error:
        print(f"Erreur : {render.resolution_text(error.resolution, tool.total)}", file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 2
    if getattr(args, "json", False):
        if isinstance(result, dict) and "levels" in result:
            result = {k: [v.model_dump(mode="json") for v in vs] for k, vs in result.items()}
        print(_dump(result))
    else:
        print(text)
    return 0
