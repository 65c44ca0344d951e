"""``make bench``: speed and memory of the offline assistant, and a naive RAG recipe side by side, written to
docs/benchmarks.md (medians; ratios measured in the same run, the machine being shared)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.engine.core import Engine
from knowledge.paths import ROOT
from knowledge.settings import get_settings

from .evaluate import HELDOUT, QUESTIONS, load_questions, normalize_for_match
from .loadtest import percentile

REPORT = ROOT / "docs" / "benchmarks.md"
PLOT = ROOT / "docs" / "benchmarks-latency.svg"


def timed_process(args: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple[float, int]:
    """Wall time (s) and peak RSS (MiB) of one child process."""
    wrapper = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "p = subprocess.run(sys.argv[1:], stdin=sys.stdin, stdout=subprocess.DEVNULL); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, p.returncode)"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, sys.executable, *args], input=stdin, capture_output=True, cwd=ROOT, env=env
    )
    seconds, rss, code = out.stdout.decode().split()
    if code != "0":
        raise RuntimeError(f"{args} failed: {out.stderr.decode()[-500:]}")
    return float(seconds), int(rss)


def naive_contexts(questions: list[dict], embedder) -> tuple[list[str], list[float]]:
    """Chainlit-cookbook style RAG: fixed 1000-character chunks, dense top-4, no structure."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from knowledge.paths import STUDY_PATH
    from search.embeddings import ChromaEmbedding

    text = STUDY_PATH.read_text(encoding="utf-8")
    chunks = [text[i : i + 1000] for i in range(0, len(text), 1000)]
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.create_collection("naive", embedding_function=ChromaEmbedding(embedder))
    collection.add(ids=[str(i) for i in range(len(chunks))], documents=chunks, embeddings=embedder.embed(chunks))
    contexts, latencies = [], []
    for q in questions:
        started = time.perf_counter()
        result = collection.query(query_embeddings=embedder.embed([q["question"]]), n_results=4)
        latencies.append((time.perf_counter() - started) * 1000)
        contexts.append("\n".join(result["documents"][0]))
    return contexts, latencies


def holds_all(context: str, expected: list[str]) -> bool:
    return all(normalize_for_match(e) in normalize_for_match(context) for e in expected)


def svg_bars(rows: list[tuple[str, float, float]], title: str) -> str:
    """A small horizontal bar chart (median and p95 per route) with no plotting dependency."""
    width, bar, gap, left = 640, 18, 14, 170
    scale = (width - left - 80) / max(p95 for _, _, p95 in rows)
    height = 50 + len(rows) * (2 * bar + gap)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
        f'<text x="10" y="20" font-size="14">{title}</text>',
    ]
    y = 40
    for name, median, p95 in rows:
        parts.append(f'<text x="10" y="{y + bar}">{name}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{median * scale:.1f}" height="{bar - 2}" fill="#2563eb"/>')
        parts.append(f'<text x="{left + median * scale + 4:.1f}" y="{y + 13}">médiane {median:.1f} ms</text>')
        parts.append(f'<rect x="{left}" y="{y + bar}" width="{p95 * scale:.1f}" height="{bar - 2}" fill="#93c5fd"/>')
        parts.append(f'<text x="{left + p95 * scale + 4:.1f}" y="{y + bar + 13}">p95 {p95:.1f} ms</text>')
        y += 2 * bar + gap
    return "\n".join(parts + ["</svg>"])


def _peak_rss_mib(pid: int) -> int:
    """Peak resident memory of a process and its children (VmHWM), in MiB."""
    total = 0
    for candidate in [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]:
        try:
            for line in Path(f"/proc/{candidate}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) // 1024
        except OSError:
            pass
    return total


RESTART_QUESTIONS = {
    "fiche d'un métier (outil de score)": "Je suis chargée d'assistance : mon métier est-il exposé ?",
    "recherche dans le texte (modèle dense)": "Que dit l'étude sur la maturité des entreprises face à l'IA ?",
}


def restart_section(repeat: int) -> list[str]:
    """After a restart with an existing index: time to the first page, and to the first answer of a question
    asked as soon as the page is there (the dense model and the figures load in the background meanwhile)."""
    import asyncio

    from devtools.servers import ChainlitServer

    from .loadtest import run_load

    settings = get_settings()
    scratch = Path(tempfile.mkdtemp(prefix="bench-restart-"))
    shutil.copytree(settings.data_dir / "index", scratch / "index")
    pages: list[float] = []
    answers: dict[str, list[float]] = {kind: [] for kind in RESTART_QUESTIONS}
    try:
        for _ in range(repeat):
            for kind, question in RESTART_QUESTIONS.items():
                server = ChainlitServer(scratch, scratch / "server.log")
                started = time.perf_counter()
                try:
                    server.start()
                    pages.append(time.perf_counter() - started)
                    result = asyncio.run(run_load(server.url, [question], 1, timeout=120))
                    if result["errors"]:
                        raise RuntimeError(f"première réponse : {result['errors']}")
                    answers[kind].append(time.perf_counter() - started)
                finally:
                    server.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    lines = [
        "## Redémarrage avec un index existant",
        "",
        f"Le serveur Chainlit relancé {len(pages)} fois (index déjà construit) ; temps depuis le lancement du "
        "processus. La première question est posée dès que la page répond ; le modèle dense et les graphiques se "
        "chargent en arrière-plan pendant ce temps. Médianes.",
        "",
        "| mesure | médiane | mesures |",
        "|---|---|---|",
        f"| première page (cible ≤ 4 s) | {statistics.median(pages):.1f} s | {', '.join(f'{p:.1f}' for p in pages)} |",
    ]
    lines += [
        f"| première réponse complète : {kind} | {statistics.median(times):.1f} s | {', '.join(f'{t:.1f}' for t in times)} |"
        for kind, times in answers.items()
    ]
    return lines + [""]


def load_section(repeat: int) -> list[str]:
    """20 simultaneous chat sessions, 200 questions, against a real Chainlit server on 127.0.0.1."""
    import asyncio

    from devtools.servers import ChainlitServer

    from .loadtest import run_load

    settings = get_settings()
    scratch = Path(tempfile.mkdtemp(prefix="bench-chat-"))
    shutil.copytree(settings.data_dir / "index", scratch / "index")
    server = ChainlitServer(scratch, scratch / "server.log").start()
    pool = [q["question"] for q in load_questions(QUESTIONS) + load_questions(HELDOUT)]
    questions = (pool * 2)[:200]
    runs = []
    try:
        asyncio.run(run_load(server.url, questions[:20], 4))  # warm-up, not counted
        for _ in range(max(repeat, 5)):  # a run takes ~5 s and is the noisiest measure here: take more
            runs.append(asyncio.run(run_load(server.url, questions, 20)))
        peak = _peak_rss_mib(server.process.pid)
    finally:
        server.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    p50 = statistics.median(r["p50_s"] for r in runs)
    p95 = statistics.median(r["p95_s"] for r in runs)
    qps = statistics.median(r["throughput_qps"] for r in runs)
    errors = sum(len(r["errors"]) for r in runs)
    return [
        "## Charge : 20 sessions simultanées sur le serveur Chainlit",
        "",
        f"Un vrai serveur Chainlit (historique SQLite) sur 127.0.0.1, 20 clients socket.io simultanés, 200 questions "
        "en tout, chaque client posant sa question suivante dès la réponse reçue. Temps jusqu'à la réponse complète : "
        "fin de la réponse, puis graphiques récupérés par leur URL comme le fait la page. "
        f"{len(runs)} exécutions après un échauffement, médianes. Le générateur de charge tourne sur les mêmes 2 cœurs "
        "que le serveur.",
        "",
        "| mesure | valeur |",
        "|---|---|",
        f"| p50 jusqu'à la réponse complète | {p50:.2f} s |",
        f"| p95 jusqu'à la réponse complète (cible ≤ 1 s) | {p95:.2f} s |",
        f"| débit d'un processus serveur | {qps:.1f} questions/s |",
        f"| erreurs | {errors} |",
        f"| mémoire maximale du serveur (RSS) | {peak} Mio |",
        "",
        "Exécutions : " + " ; ".join(f"p95 {r['p95_s']:.2f} s, {r['throughput_qps']:.1f} q/s" for r in runs) + ".",
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.bench")
    parser.add_argument("--repeat", type=int, default=3, help="répétitions des mesures de processus")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--redemarrage", action="store_true", help="seulement le redémarrage (affiché, non écrit)")
    args = parser.parse_args(argv)
    if args.redemarrage:
        print("\n".join(restart_section(args.repeat)))
        return 0
    settings = get_settings()
    questions = load_questions(QUESTIONS) + load_questions(HELDOUT)
    env = dict(os.environ)
    lines = [
        "# Mesures",
        "",
        f"Générées par `make bench` le {time.strftime('%Y-%m-%d %H:%M')} sur cette machine "
        f"({os.cpu_count()} cœurs, partagée) : médianes de {args.repeat} répétitions pour les processus.",
        "",
    ]

    # Index build from scratch and no-op re-run, in a throw-away data directory.
    scratch = Path(tempfile.mkdtemp(prefix="bench-data-"))
    try:
        build_env = env | {"DATA_DIR": str(scratch)}
        builds, noops = [], []
        for _ in range(args.repeat):
            shutil.rmtree(scratch / "index", ignore_errors=True)
            builds.append(timed_process(["-m", "ingest", "--quiet"], build_env)[0])
            noops.append(timed_process(["-m", "ingest", "--quiet"], build_env)[0])
        one = [
            timed_process(["-m", "app.ask", "Je suis chargée d'assistance, suis-je exposée ?"], build_env)
            for _ in range(args.repeat)
        ]
        batch = "\n".join(q["question"] for q in questions[:100]).encode()
        jsonl = [timed_process(["-m", "app.ask", "--jsonl"], build_env, stdin=batch) for _ in range(args.repeat)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    lines += [
        "## Démarrage et index",
        "",
        "| mesure | médiane |",
        "|---|---|",
        f"| construction de l'index (`python -m ingest`, à vide, démarrage compris) | {statistics.median(builds):.1f} s |",
        f"| nouvelle exécution sans changement (rien à faire) | {statistics.median(noops):.1f} s |",
        f'| `python -m app.ask "question"` (démarrage + réponse) | {statistics.median(t for t, _ in one):.1f} s |',
        f"| `python -m app.ask --jsonl`, 100 questions, démarrage compris (cible < 15 s) | {statistics.median(t for t, _ in jsonl):.1f} s |",
        f"| mémoire maximale du processus `--jsonl` (RSS) | {statistics.median(m for _, m in jsonl)} Mio |",
        "",
    ]

    # Warm latency per route.
    engine = Engine(settings)
    engine.warm_up()
    per_route: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for q in questions:
            answer = engine.ask(q["question"])
            per_route.setdefault(answer.route, []).append(answer.latency_ms)
    everything = [v for values in per_route.values() for v in values]
    rows = [(route, statistics.median(v), percentile(v, 0.95)) for route, v in sorted(per_route.items())]
    rows.append(("toutes", statistics.median(everything), percentile(everything, 0.95)))
    lines += [
        "## Latence d'une réponse, processus chaud, sans LLM",
        "",
        f"{len(questions)} questions des deux jeux d'évaluation × {args.repeat}, sans aucun cache de réponses "
        "(cibles : médiane ≤ 50 ms, p95 ≤ 200 ms).",
        "",
        "| route | réponses | médiane | p95 |",
        "|---|---|---|---|",
    ]
    lines += [f"| {name} | {len(per_route.get(name, everything))} | {m:.1f} ms | {p:.1f} ms |" for name, m, p in rows]
    lines += ["", "![latences](benchmarks-latency.svg)", ""]

    # Naive RAG recipe beside ours, same questions, same run.
    with_facts = [q for q in questions if q["expect"]]
    naive, naive_ms = naive_contexts(with_facts, engine.retriever.embedder)
    ours_ok, ours_ms = 0, []
    for q, _context in zip(with_facts, naive, strict=True):
        answer = engine.ask(q["question"])
        ours_ms.append(answer.latency_ms)
        shown = answer.answer + "\n" + "\n".join(c.quote for c in answer.citations)
        ours_ok += holds_all(shown, q["expect"])
    naive_ok = sum(holds_all(c, q["expect"]) for c, q in zip(naive, with_facts, strict=True))
    lines += [
        "## Comparaison avec une recette RAG naïve",
        "",
        "Recette du cookbook Chainlit : morceaux fixes de 1000 caractères, recherche dense top-4 (même modèle), "
        "contexte montré tel quel. Mesure : la part des questions dont le contexte montré (pour nous : la réponse "
        "et ses passages cités) contient **tous** les faits attendus.",
        "",
        "| système | questions | contexte complet | latence médiane |",
        "|---|---|---|---|",
        f"| RAG naïf (1000 car., dense top-4) | {len(with_facts)} | {naive_ok} ({100 * naive_ok / len(with_facts):.0f} %) | {statistics.median(naive_ms):.1f} ms (recherche seule) |",
        f"| cet assistant (planificateur + outil + recherche hybride) | {len(with_facts)} | {ours_ok} ({100 * ours_ok / len(with_facts):.0f} %) | {statistics.median(ours_ms):.1f} ms (réponse complète) |",
        "",
        f"Rapport de latence (nous / naïf), même exécution : {statistics.median(ours_ms) / statistics.median(naive_ms):.2f}.",
        "",
    ]
    lines += restart_section(args.repeat)
    lines += load_section(args.repeat)
    report = "\n".join(lines)
    if not args.no_write:
        REPORT.parent.mkdir(exist_ok=True)
        REPORT.write_text(report, encoding="utf-8")
        PLOT.write_text(svg_bars(rows, "Latence par route (ms), processus chaud, hors ligne"), encoding="utf-8")
    print(report)
    print(json.dumps({"median_ms": rows[-1][1], "p95_ms": rows[-1][2]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
