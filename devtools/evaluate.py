"""``make eval``: retrieval and answer quality on tests/eval/questions.jsonl, written to docs/evaluation.md."""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

from app.engine.core import Engine
from app.engine.guard import unsupported_numbers
from knowledge.paths import ROOT
from knowledge.settings import get_settings
from search.retriever import Retriever

from . import judge

QUESTIONS = ROOT / "tests" / "eval" / "questions.jsonl"
HELDOUT = ROOT / "tests" / "eval" / "heldout.jsonl"
EVAL = ROOT / "tests" / "eval"
REPORT = ROOT / "docs" / "evaluation.md"


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def normalize_for_match(text: str) -> str:
    """Case, spaces and apostrophe style ignored when looking for an expected fact in an answer."""
    return re.sub(r"\s+", "", text.replace("’", "'").replace("\u202f", "").lower())


def hit_rank(chunk_lines: list[tuple[int, int]], gold: list[list[int]]) -> int | None:
    for rank, (start, end) in enumerate(chunk_lines, 1):
        if any(start <= g_end and g_start <= end for g_start, g_end in gold):
            return rank
    return None


def summarize(ranks: list[int | None]) -> dict[str, float]:
    """recall@1/3/5 and MRR from the rank of the first gold passage of each question (None: not found)."""
    n = len(ranks)
    return {
        "recall@1": sum(1 for r in ranks if r and r <= 1) / n,
        "recall@3": sum(1 for r in ranks if r and r <= 3) / n,
        "recall@5": sum(1 for r in ranks if r and r <= 5) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
    }


def retrieval_metrics(engine: Engine, questions: list[dict], mode: str) -> dict[str, float]:
    ranks = []
    for q in questions:
        hits = engine.search(q["question"], k=10, mode=mode)
        ranks.append(
            hit_rank([(h.chunk.citation.line_start, h.chunk.citation.line_end) for h in hits], q["gold_lines"])
        )
    return summarize(ranks)


def judge_legacy(engine: Engine, q: dict) -> dict:
    answer = engine.ask(q["question"])
    text = normalize_for_match(answer.answer)
    missing = [e for e in q["expect"] if normalize_for_match(e) not in text]
    route_ok = answer.route == q["route"] or (
        q["route"] in ("records", "retrieval") and answer.route in ("records", "retrieval")
    )
    unsupported = unsupported_numbers(answer.answer, answer, engine.settings.sources_dir)
    cited = bool(answer.citations) or q["route"] in ("out_of_scope", "refusal")
    return {
        "id": q["id"],
        "question": q["question"],
        "route": q["route"],
        "got_route": answer.route,
        "intent": answer.intent,
        "missing": missing,
        "unsupported": unsupported,
        "ok": not missing and route_ok and not unsupported and cited,
        "latency_ms": answer.latency_ms,
    }


def pct(value: float) -> str:
    return f"{100 * value:.1f} %"


def plain_bm25_metrics(retriever: Retriever, questions: list[dict]) -> dict[str, float]:
    """The same BM25 over plain lower-case words (no stop words, no stemming), for comparison."""
    import bm25s
    import numpy as np

    from search.chunks import index_text

    def plain(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    bm25 = bm25s.BM25()
    bm25.index([plain(index_text(c)) for c in retriever.chunks], show_progress=False)
    vocabulary = set(bm25.vocab_dict)
    ranks = []
    for q in questions:
        tokens = [t for t in plain(q["question"]) if t in vocabulary]
        order = np.argsort(-bm25.get_scores(tokens))[:10] if tokens else []
        chunks = [retriever.chunks[i].citation for i in order]
        ranks.append(hit_rank([(c.line_start, c.line_end) for c in chunks], q["gold_lines"]))
    return summarize(ranks)


def evaluate_set(engine: Engine, retriever: Retriever, questions: list[dict]) -> dict:
    gold = [q for q in questions if q["gold_lines"]]
    table = {"plain": plain_bm25_metrics(retriever, gold)}
    table |= {mode: retrieval_metrics(engine, gold, mode) for mode in ("bm25", "dense", "hybrid", "linked")}
    results = [judge_legacy(engine, q) for q in questions]
    return {"questions": questions, "gold": gold, "table": table, "results": results}


def weight_grid(engine: Engine, questions: list[dict]) -> list[tuple[float, float, dict]]:
    """recall/MRR of the default (linked) search for several dense weights, BM25 weight fixed at 1."""
    gold = [q for q in questions if q["gold_lines"]]
    retriever = engine.retriever
    saved = dict(retriever.weights)
    rows = []
    for dense in (0.0, 0.25, 0.5, 1.0):
        for mode in ("hybrid", "linked"):
            retriever.weights["dense"] = dense
            rows.append((dense, mode, retrieval_metrics(engine, gold, mode)))
    retriever.weights.update(saved)
    return rows


NAMES = {
    "plain": "BM25 mots bruts (sans racinisation)",
    "bm25": "BM25 français (racinisation + accents)",
    "dense": "dense (Chroma)",
    "hybrid": "hybride BM25 + dense",
    "linked": "hybride + liaison (défaut)",
}


def section(title: str, data: dict) -> list[str]:
    results = data["results"]
    accuracy = sum(r["ok"] for r in results) / len(results)
    oos = [r for r in results if r["route"] == "out_of_scope"]
    refusals = [r for r in results if r["route"] == "refusal"]
    unsupported = [r for r in results if r["unsupported"]]
    lines = [
        f"## {title}",
        "",
        f"{len(results)} questions, dont {len(data['gold'])} avec passages de référence.",
        "",
        "| recherche | recall@1 | recall@3 | recall@5 | MRR |",
        "|---|---|---|---|---|",
    ]
    for mode, m in data["table"].items():
        lines.append(
            f"| {NAMES[mode]} | {m['recall@1']:.3f} | {m['recall@3']:.3f} | {m['recall@5']:.3f} | {m['mrr']:.3f} |"
        )
    by_route: dict[str, list[dict]] = {}
    for r in results:
        by_route.setdefault(r["route"], []).append(r)
    lines += [
        "",
        f"- Exactitude des réponses : **{pct(accuracy)}** ({sum(r['ok'] for r in results)}/{len(results)})",
        f"- Hors champ traité comme hors champ : {sum(r['got_route'] == 'out_of_scope' for r in oos)}/{len(oos)} ; "
        f"injections refusées : {sum(r['got_route'] == 'refusal' for r in refusals)}/{len(refusals)}",
        f"- Réponses avec un chiffre absent des outils et des sources : {len(unsupported)}",
        f"- Latence médiane (processus chaud) : {statistics.median(r['latency_ms'] for r in results):.1f} ms",
        "",
        "| route attendue | questions | exactes |",
        "|---|---|---|",
    ]
    lines += [f"| {route} | {len(rows)} | {sum(r['ok'] for r in rows)} |" for route, rows in sorted(by_route.items())]
    failures = [r for r in results if not r["ok"]]
    if failures:
        lines += ["", "Échecs :", ""]
        lines += [
            f"- {r['id']} ({r['route']} → {r['got_route']}/{r['intent']}) : {r['question']} — manquant : "
            f"{r['missing'] or '—'} ; chiffres non traçables : {r['unsupported'] or '—'}"
            for r in failures
        ]
    return lines + [""]


# Development sets: read and fixed against; their failures are printed.
DEV_SETS = (
    ("dev", "Jeu de développement (`tests/eval/dev/`, lu et corrigé pendant le travail)"),
    ("dev6", "Sixième jeu de développement (`tests/eval/dev6/`, écrit sans le code pendant la cinquième étape, puis lu)"),
    ("dev7", "Septième jeu de développement (`tests/eval/dev7/`, écrit sans le code pendant la cinquième étape, puis lu ; "
             "questions pesées vers les affirmations, suites de conversation)"),
    ("dev8", "Huitième jeu de développement (`tests/eval/dev8/`, écrit sans le code au début de la sixième étape, puis lu ; "
             "suites de conversation, questions multiples, hors champ)"),
    ("dev9", "Neuvième jeu de développement (`tests/eval/dev9/`, écrit sans le code pendant la sixième étape, puis lu)"),
    ("dev10", "Dixième jeu de développement (`tests/eval/dev10/`, écrit sans le code pendant la sixième étape, puis lu)"),
    ("dev11", "Onzième jeu de développement (`tests/eval/dev11/`, écrit sans le code pendant la sixième étape, puis lu)"),
    ("dev12", "Douzième jeu de développement (`tests/eval/dev12/`, écrit sans le code au début de la septième étape, puis lu ; "
              "suites de conversation)"),
    ("dev13", "Treizième jeu de développement (`tests/eval/dev13/`, écrit sans le code pendant la septième étape, puis lu ; "
              "suites de conversation)"),
    ("dev14", "Quatorzième jeu de développement (`tests/eval/dev14/`, écrit sans le code pendant la septième étape, puis lu ; "
              "suites de conversation)"),
    ("dev15", "Quinzième jeu de développement (`tests/eval/dev15/`, écrit sans le code au début de la huitième étape, puis lu ; "
              "hors champ, refus, affirmations)"),
    ("dev16", "Seizième jeu de développement (`tests/eval/dev16/`, écrit sans le code pendant la huitième étape, puis lu ; "
              "suites de conversation)"),
    ("dev17", "Dix-septième jeu de développement (`tests/eval/dev17/`, écrit sans le code au début de la neuvième étape, puis lu ; "
              "hors champ formulé comme une question de l'étude, affirmations de rapport, métiers absents, « et moi ? »)"),
    ("dev18", "Dix-huitième jeu de développement (`tests/eval/dev18/`, écrit sans le code pendant la neuvième étape, puis lu ; "
              "explications, préconisations, métiers absents décrits, questions ambiguës, suites de conversation)"),
    ("dev19", "Dix-neuvième jeu de développement (`tests/eval/dev19/`, écrit sans le code au début de la dixième étape, puis lu ; "
              "conversations seulement : suites qui ne nomment rien, changement de qualification, filtres gardés ou quittés)"),
    ("dev20", "Vingtième jeu de développement (`tests/eval/dev20/`, écrit sans le code pendant la dixième étape, puis lu ; "
              "comparaisons, hors champ formulé comme une question de l'étude, affirmations, conversations)"),
    ("dev21", "Vingt-et-unième jeu de développement (`tests/eval/dev21/`, écrit sans le code à la fin de la dixième étape, puis lu ; "
              "affirmations, listes et classements restreints, affirmations sur ce qui vient d'être dit)"),
    ("dev22", "Vingt-deuxième jeu de développement (`tests/eval/dev22/`, écrit sans le code à la fin de la dixième étape comme un jeu aveugle, puis lu ; "
              "conversations : affirmations sur ce qui vient d'être dit)"),
    ("dev23", "Vingt-troisième jeu de développement (`tests/eval/dev23/`, écrit sans le code au début de la onzième étape comme un jeu aveugle, puis lu ; "
              "conversations de salariés et de RH)"),
    ("dev24", "Vingt-quatrième jeu de développement (`tests/eval/dev24/`, écrit sans le code au début de la onzième étape comme un jeu aveugle, puis lu ; "
              "conversations de représentants du personnel)"),
    ("dev25", "Vingt-cinquième jeu de développement (`tests/eval/dev25/`, écrit sans le code au début de la onzième étape comme un jeu aveugle, puis lu ; "
              "questions et conversations)"),
    ("dev26", "Vingt-sixième jeu de développement (`tests/eval/dev26/`, écrit sans le code pendant la onzième étape comme un jeu aveugle, puis lu ; "
              "conversations des trois publics)"),
    ("dev27", "Vingt-septième jeu de développement (`tests/eval/dev27/`, écrit sans le code pendant la onzième étape comme un jeu aveugle, puis lu ; "
              "conversations de salariés surtout)"),
    ("dev28", "Vingt-huitième jeu de développement (`tests/eval/dev28/`, écrit sans le code au début de la douzième étape comme un jeu aveugle, "
              "passé une fois avant d'être lu, puis lu ; conversations des trois publics)"),
    ("dev29", "Vingt-neuvième jeu de développement (`tests/eval/dev29/`, écrit sans le code pendant la douzième étape comme un jeu aveugle, "
              "passé une fois sur le code d'avant l'étape et sur celui du moment avant d'être lu, puis lu ; conversations des trois publics)"),
    ("dev30", "Trentième jeu de développement (`tests/eval/dev30/`, écrit sans le code au début de la treizième étape comme un jeu aveugle, "
              "passé sur le code d'avant l'étape et sur la première version de l'étape avant d'être lu, puis lu ; conversations des trois publics)"),
    ("dev31", "Trente-et-unième jeu de développement (`tests/eval/dev31/`, écrit sans le code au début de la quatorzième étape comme un jeu aveugle, "
              "passé sur le code d'avant l'étape et sur la première version de l'étape avant d'être lu, puis lu ; conversations pesées vers les "
              "affirmations sur le métier, la paire ou la liste en vue)"),
    ("dev32", "Trente-deuxième jeu de développement (`tests/eval/dev32/`, écrit sans le code au début de la quinzième étape, "
              "passé sur le code d'avant l'étape, puis lu ; conversations pesées vers les écarts entre qualifications, les thèmes "
              "de l'étude et les préconisations demandés après un métier, les affirmations et les listes resserrées)"),
    ("dev33", "Trente-troisième jeu de développement (`tests/eval/dev33/`, écrit sans le code au début de la seizième étape, "
              "passé sur le code d'avant l'étape, puis lu ; conversations pesées vers les suites elliptiques après une fiche, "
              "une liste, une comparaison ou un thème)"),
    ("dev34", "Trente-quatrième jeu de développement (`tests/eval/dev34/`, écrit sans le code au début de la dix-septième étape, "
              "passé sur le code d'avant l'étape, puis lu ; conversations pesées vers les suites qui ne nomment rien, les corrections "
              "et le hors champ sur le métier en vue)"),
    ("dev35", "Trente-cinquième jeu de développement (`tests/eval/dev35/`, écrit sans le code au début de la dix-huitième étape, "
              "passé sur le code d'avant l'étape, puis lu ; conversations pesées vers les affirmations sur le métier ou la liste en vue)"),
    ("dev36", "Trente-sixième jeu de développement (`tests/eval/dev36/`, écrit sans le code au début de la dix-neuvième étape, "
              "passé sur le code d'avant l'étape, puis lu ; questions difficiles et conversations après la première réponse)"),
    ("dev37", "Trente-septième jeu de développement (`tests/eval/dev37/`, écrit sans le code au début de la vingtième étape, "
              "passé sur le code d'avant l'étape, puis lu ; conversations)"),
    ("dev38", "Trente-huitième jeu de développement (`tests/eval/dev38/`, écrit sans le code au début de la vingt et unième étape, "
              "passé sur le code d'avant l'étape, puis lu ; conversations qui changent une chose de la question d'avant)"),
)
# Written from the study alone by helpers who never saw the code. The first four were blind until their published
# first runs; from the fifth step on their failures were read and fixed against (they are development material now,
# reported without their failures to keep this page short). The fifth to seventeenth stay blind: their failures are
# never printed. The eighteenth was read after its published first run (nineteenth step), like the first four, and the
# nineteenth likewise from the twentieth step on, the twentieth from the twenty-first.
BLIND_SETS = (
    ("blind", "Premier jeu aveugle (`tests/eval/blind/`, lu depuis la cinquième étape)"),
    ("blind2", "Second jeu aveugle (`tests/eval/blind2/`, lu depuis la cinquième étape)"),
    ("blind3", "Troisième jeu aveugle (`tests/eval/blind3/`, lu depuis la cinquième étape)"),
    ("blind4", "Quatrième jeu aveugle (`tests/eval/blind4/`, premier passage publié à la quatrième étape, lu depuis la cinquième)"),
    ("blind5", "Cinquième jeu aveugle (`tests/eval/blind5/`, écrit sans le code au début de la cinquième étape, jamais lu)"),
    ("blind6", "Sixième jeu aveugle (`tests/eval/blind6/`, écrit sans le code au début de la sixième étape, jamais lu)"),
    ("blind7", "Septième jeu aveugle (`tests/eval/blind7/`, écrit sans le code au début de la septième étape, jamais lu)"),
    ("blind8", "Huitième jeu aveugle (`tests/eval/blind8/`, écrit sans le code au début de la huitième étape, jamais lu)"),
    ("blind9", "Neuvième jeu aveugle (`tests/eval/blind9/`, écrit sans le code au début de la neuvième étape, jamais lu)"),
    ("blind10", "Dixième jeu aveugle (`tests/eval/blind10/`, écrit sans le code au début de la dixième étape, jamais lu)"),
    ("blind11", "Onzième jeu aveugle (`tests/eval/blind11/`, écrit sans le code au début de la onzième étape, jamais lu)"),
    ("blind12", "Douzième jeu aveugle (`tests/eval/blind12/`, écrit sans le code au début de la douzième étape, jamais lu)"),
    ("blind13", "Treizième jeu aveugle (`tests/eval/blind13/`, écrit sans le code au début de la treizième étape, jamais lu)"),
    ("blind14", "Quatorzième jeu aveugle (`tests/eval/blind14/`, écrit sans le code au début de la quatorzième étape, jamais lu)"),
    ("blind15", "Quinzième jeu aveugle (`tests/eval/blind15/`, écrit sans le code au début de la quinzième étape, jamais lu)"),
    ("blind16", "Seizième jeu aveugle (`tests/eval/blind16/`, écrit sans le code au début de la seizième étape, jamais lu)"),
    ("blind17", "Dix-septième jeu aveugle (`tests/eval/blind17/`, écrit sans le code au début de la dix-septième étape, jamais lu)"),
    ("blind18", "Dix-huitième jeu aveugle (`tests/eval/blind18/`, écrit sans le code au début de la dix-huitième étape, premier passage "
                "publié à la dix-huitième étape, lu depuis la dix-neuvième ; second passage publié à la dix-neuvième)"),
    ("blind19", "Dix-neuvième jeu aveugle (`tests/eval/blind19/`, écrit sans le code au début de la dix-neuvième étape, premier passage "
                "publié à la dix-neuvième étape, lu depuis la vingtième ; second passage publié à la vingtième)"),
    ("blind20", "Vingtième jeu aveugle (`tests/eval/blind20/`, écrit sans le code au début de la vingtième étape, premier passage "
                "publié à la vingtième étape, lu depuis la vingt et unième ; second passage publié à la vingt et unième)"),
    ("blind21", "Vingt et unième jeu aveugle (`tests/eval/blind21/`, écrit sans le code au début de la vingt et unième étape, jamais lu ; "
                "premier passage publié à la vingt et unième étape)"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.evaluate")
    parser.add_argument("--no-write", action="store_true", help="afficher sans écrire docs/evaluation.md")
    parser.add_argument("--no-blind", action="store_true", help="ne pas passer le jeu aveugle (pendant le travail)")
    args = parser.parse_args(argv)
    settings = get_settings()
    engine = Engine(settings)
    retriever = engine.retriever
    if retriever is None:
        print(f"Erreur : {engine.retriever_error}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    dev = evaluate_set(engine, retriever, load_questions(QUESTIONS))
    heldout = evaluate_set(engine, retriever, load_questions(HELDOUT))
    grid = weight_grid(engine, dev["questions"] + heldout["questions"])
    elapsed = time.perf_counter() - started
    lines = [
        "# Évaluation",
        "",
        f"Généré par `make eval` ({time.strftime('%Y-%m-%d')}), hors ligne, sans LLM. Index : "
        f"{retriever.manifest['chunks']} passages ; modèle dense `{retriever.manifest['embedding_model']}` ; "
        f"fusion RRF k={settings.rrf_k}, poids BM25 {settings.bm25_weight}, dense {settings.dense_weight}, liaison 2.",
        "",
        "Une réponse est **exacte** si elle contient tous les éléments attendus (chiffres au format de l'outil, "
        "libellés, expressions du passage), suit la bonne route (outil de score, fiches, recherche, hors champ, "
        "refus), cite au moins une source (sauf hors champ et refus) et ne contient aucun chiffre absent des "
        "résultats d'outils, des passages cités et de la question (vérifié par le garde-fou `app/engine/guard.py`).",
        "Un passage est **retrouvé** si l'un des k premiers passages chevauche une plage de lignes de référence.",
        "",
    ]
    lines += [
        "## Compréhension des questions (format `tests/eval/FORMAT.md`)",
        "",
        "Une réponse est exacte si elle a la bonne issue (répondre, métier absent, hors champ, refus, question "
        "de clarification, politesse), contient chaque fait attendu (une des variantes admises), commence par la "
        "réponse quand le jeu le demande, ne dit rien d'interdit, cite ses sources et n'a aucun chiffre non "
        "traçable. Un tour de suivi est jugé dans sa conversation, après les tours précédents.",
        "",
    ]
    for folder, title in DEV_SETS:
        dev_questions = judge.run_questions(engine, judge.load(EVAL / folder / "questions.jsonl"))
        dev_conversations = judge.run_conversations(engine, judge.load(EVAL / folder / "conversations.jsonl"))
        lines += judge.report(title, dev_questions, dev_conversations, True)
    if not args.no_blind:
        for folder, title in BLIND_SETS:
            blind_questions = judge.run_questions(engine, judge.load(EVAL / folder / "questions.jsonl"))
            blind_conversations = judge.run_conversations(engine, judge.load(EVAL / folder / "conversations.jsonl"))
            # its failures are not printed: read, they would stop it being blind
            lines += judge.report(title, blind_questions, blind_conversations, False)
    lines += ["## Jeux historiques (routes et passages de référence)", ""]
    lines += section("Jeu de développement historique (`tests/eval/questions.jsonl`)", dev)
    lines += section("Jeu réservé (`tests/eval/heldout.jsonl`, écrit à l'aveugle)", heldout)
    lines += [
        "## Poids de fusion (les deux jeux)",
        "",
        "| poids dense | recherche | recall@1 | recall@5 | MRR |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {dense} | {NAMES[mode]} | {m['recall@1']:.3f} | {m['recall@5']:.3f} | {m['mrr']:.3f} |"
        for dense, mode, m in grid
    ]
    lines += ["", f"Durée de l'évaluation : {elapsed:.1f} s.", ""]
    report = "\n".join(lines)
    notes = REPORT.parent / "evaluation-notes.md"
    if notes.exists():
        report += "\n" + notes.read_text(encoding="utf-8")
    if not args.no_write:
        REPORT.parent.mkdir(exist_ok=True)
        REPORT.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
