"""Grading of the question sets of ``tests/eval/FORMAT.md``: single questions and conversations, each answer
checked for its outcome, the facts it must contain, its first sentence, what it must not say, its sources and
figures that no tool result or cited passage supports."""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

from app.engine import Answer, Conversation, Engine
from app.engine.guard import unsupported_numbers
from knowledge.text import strip_accents

NEEDS_SOURCES = {"answer", "absent_job"}


def load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm(text: str) -> str:
    """Case, accents, spaces, thin spaces and apostrophe style ignored."""
    text = strip_accents(text.replace("’", "'").replace("\u202f", " ").replace("\xa0", " ").lower())
    return re.sub(r"[\s*_`]+", "", text)


ENGLISH_NOTE = "(The study is in French, so the answer is in French.)"


def first_sentence(text: str) -> str:
    """The answer's first sentence; an English question's answer opens with a note saying the answer is in French
    (issue 10), and its first sentence is the one after that note."""
    text = text.strip().removeprefix(ENGLISH_NOTE).strip()
    head = text.split("\n", 1)[0]
    match = re.search(r"(?<=[.!?])\s", head)
    return head[: match.start()] if match else head


def _any(item, text: str) -> bool:
    options = item if isinstance(item, list) else [item]
    return any(norm(o) in text for o in options)


def grade(case: dict, answer: Answer, engine: Engine) -> dict:
    text = norm(answer.answer)
    wanted = case.get("outcome", "answer")
    problems = []
    if answer.outcome != wanted:
        problems.append(f"issue {answer.outcome} ≠ {wanted}")
    missing = [e for e in case.get("expect", []) if not _any(e, text)]
    if missing:
        problems.append(f"manque {missing}")
    if case.get("lead") and not _any(case["lead"], norm(first_sentence(answer.answer))):
        problems.append(f"1re phrase sans {case['lead']}")
    said = [f for f in case.get("forbid", []) if norm(f) in text]
    if said:
        problems.append(f"dit {said}")
    if wanted in NEEDS_SOURCES and answer.outcome == wanted and not answer.citations:
        problems.append("sans source")
    unsupported = unsupported_numbers(answer.answer, answer, engine.settings.sources_dir)
    if unsupported:
        problems.append(f"chiffres non traçables {unsupported}")
    return {
        "id": case.get("id", ""),
        "question": case["question"],
        "operation": case.get("operation", "?"),
        "outcome": wanted,
        "got": f"{answer.outcome}/{answer.intent}",
        "problems": problems,
        "unsupported": bool(unsupported),
        "ok": not problems,
        "latency_ms": answer.latency_ms,
    }


def run_questions(engine: Engine, cases: list[dict]) -> list[dict]:
    return [grade(case, engine.ask(case["question"]), engine) for case in cases]


def run_conversations(engine: Engine, conversations: list[dict]) -> list[list[dict]]:
    results = []
    for conv in conversations:
        state = Conversation()
        turns = []
        for number, turn in enumerate(conv["turns"], 1):
            graded = grade(turn | {"id": f"{conv['id']}.{number}"}, engine.ask(turn["question"], state), engine)
            turns.append(graded)
        results.append(turns)
    return results


def pct(ok: int, total: int) -> str:
    return f"{100 * ok / total:.1f} % ({ok}/{total})" if total else "—"


def report(title: str, questions: list[dict], conversations: list[list[dict]], show_failures: bool) -> list[str]:
    turns = [t for conv in conversations for t in conv]
    follow_ups = [t for conv in conversations for t in conv[1:]]
    lines = [f"### {title}", ""]
    if questions:
        lines.append(f"- Questions isolées exactes : **{pct(sum(r['ok'] for r in questions), len(questions))}**")
    if conversations:
        lines += [
            f"- Tours de conversation exacts : {pct(sum(t['ok'] for t in turns), len(turns))} ; tours de suivi "
            f"(2e tour et suivants) : **{pct(sum(t['ok'] for t in follow_ups), len(follow_ups))}**",
            f"- Conversations justes du début à la fin : {pct(sum(all(t['ok'] for t in c) for c in conversations), len(conversations))}",
        ]
    every = questions + turns
    if every:
        lines += [
            f"- Réponses avec un chiffre non traçable : {sum(r['unsupported'] for r in every)}",
            "- Hors champ répondu comme s'il était dans le champ : "
            f"{sum(r['outcome'] == 'out_of_scope' and r['got'].startswith('answer') for r in every)}",
            f"- Latence médiane (processus chaud) : {statistics.median(r['latency_ms'] for r in every):.1f} ms",
            "",
            "| opération | questions et tours | exactes |",
            "|---|---|---|",
        ]
        by_op: dict[str, list[dict]] = {}
        for r in every:
            by_op.setdefault(r["operation"], []).append(r)
        lines += [f"| {op} | {len(rows)} | {pct(sum(r['ok'] for r in rows), len(rows))} |" for op, rows in sorted(by_op.items())]
    failures = [r for r in every if not r["ok"]]
    if show_failures and failures:
        lines += ["", "Échecs :", ""]
        lines += [f"- {r['id']} ({r['operation']} → {r['got']}) : {r['question']} — {' ; '.join(r['problems'])}" for r in failures]
    return lines + [""]
