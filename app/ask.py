"""``python -m app.ask``: ask the engine from the command line (French text, --json, or --jsonl on stdin)."""

from __future__ import annotations

import argparse
import json
import sys

from app.engine.answers import Answer
from knowledge.store import RecordsMissing
from scoring import render


def person_text(answer: Answer) -> str:
    text = answer.answer
    listed = [f"- {choice}" for choice in answer.choices]
    in_place = bool(answer.choices) and all(line in text.splitlines() for line in listed)
    if in_place:  # a question back that lists its choices: numbered where they stand (a number answers it in --chat)
        for number, choice in enumerate(answer.choices, 1):
            text = text.replace(f"- {choice}", f"  {number}. {choice}", 1)
    lines = [text]
    if answer.choices and not in_place:  # a clarifying question: numbered options (a number answers it in --chat)
        lines.append("\nPrécisez :")
        lines += [f"  {i}. {choice}" for i, choice in enumerate(answer.choices, 1)]
    if answer.citations:
        lines.append("\nSources :")
        lines += [
            f"[{i}] {c.source}, {c.section}, {render.line_range(c.line_start, c.line_end)}"
            for i, c in enumerate(answer.citations, 1)
        ]
    return "\n".join(lines)


def error_object(question, message: str) -> dict:
    return {
        "question": question,
        "error": message,
        "answer": None,
        "citations": [],
        "tool_calls": [],
        "backend": "offline",
        "latency_ms": 0.0,
    }


def json_type(value) -> str:
    names = {bool: "un booléen", int: "un nombre", float: "un nombre", list: "une liste", dict: "un objet"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def readable(text: str) -> str:
    """Text that can be written as UTF-8: bytes of an argument that were not UTF-8 become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ask", description="Pose une question sur l'étude.")
    parser.add_argument("question", nargs="?", help="la question, en français")
    parser.add_argument("--json", action="store_true", help="un objet JSON")
    parser.add_argument("--jsonl", action="store_true", help="une question par ligne sur l'entrée standard")
    parser.add_argument("--chat", action="store_true", help="une conversation : une question par ligne, un numéro choisit une option")
    parser.add_argument("--backend", choices=["offline", "llm"], help="forcer le moteur de réponse")
    args = parser.parse_args(argv)
    if args.chat:
        return chat(args.backend)
    if not args.jsonl and not (args.question or "").strip():
        parser.print_usage(sys.stderr)
        print(
            'Erreur : posez une question, par exemple : python -m app.ask "Mon métier est-il exposé ?"', file=sys.stderr
        )
        return 2
    try:
        from app.engine import Conversation, Engine

        engine = Engine()
    except RecordsMissing as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1
    if not args.jsonl:
        answer = engine.ask(readable(args.question), backend=args.backend)
        print(json.dumps(answer.public(), ensure_ascii=False, indent=2) if args.json else person_text(answer))
        return 0
    engine.warm_up()
    conversations: dict[str, Conversation] = {}  # lines with the same id share their context, in order
    for raw in sys.stdin.buffer:
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            print(
                json.dumps(error_object(None, "Ligne illisible : encodage non UTF-8."), ensure_ascii=False), flush=True
            )
            continue
        question, conversation_id = line, None
        if line.startswith("{"):
            try:
                record = json.loads(line)
                question, conversation_id = record.get("question", ""), record.get("conversation")
            except (ValueError, AttributeError, RecursionError):  # RecursionError: JSON nested too deep
                print(json.dumps(error_object(line, "Ligne JSON invalide."), ensure_ascii=False), flush=True)
                continue
            if conversation_id is not None and not isinstance(conversation_id, str | int):
                message = "Champ « conversation » invalide : un identifiant texte est attendu."
                shown = question if isinstance(question, str) else None
                print(json.dumps(error_object(shown, message), ensure_ascii=False), flush=True)
                continue
            if not isinstance(question, str):
                message = f"Champ « question » invalide : du texte est attendu, pas {json_type(question)}."
                print(json.dumps(error_object(None, message), ensure_ascii=False), flush=True)
                continue
        if not question.strip():
            print(json.dumps(error_object(question, "Question vide."), ensure_ascii=False), flush=True)
            continue
        try:
            state = conversations.setdefault(str(conversation_id), Conversation()) if conversation_id is not None else None
            answer = engine.ask(question, state, backend=args.backend)
            if conversation_id is not None:
                answer.conversation = str(conversation_id)
            print(json.dumps(answer.public(), ensure_ascii=False), flush=True)
        except Exception as error:  # noqa: BLE001 - one bad question must not stop the batch
            print(
                json.dumps(error_object(question, f"Erreur interne : {type(error).__name__}"), ensure_ascii=False),
                flush=True,
            )
    return 0


def chat(backend: str | None) -> int:
    """One conversation on the terminal: each line a message; a number picks an option of the last question."""
    try:
        from app.engine import Conversation, Engine

        engine = Engine()
    except RecordsMissing as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1
    conversation, choices = Conversation(), []
    print("Posez vos questions sur l'étude (une ligne vide ou Ctrl-D pour quitter).", flush=True)
    for line in sys.stdin:
        text = line.strip()
        if not text:
            break
        if text.isdigit() and choices:
            if not 1 <= int(text) <= len(choices):
                print(f"Choisissez un numéro entre 1 et {len(choices)}.", flush=True)
                continue
            text = choices[int(text) - 1]
            print(f"> {text}", flush=True)
        answer = engine.ask(text, conversation, backend=backend)
        choices = answer.choices
        print(person_text(answer) + "\n", flush=True)
    return 0


if __name__ == "__main__":
    from knowledge.pipes import run_quietly

    sys.exit(run_quietly(main))
