"""``make phrasings``: the bank of phrasings the engine reads right (``app/engine/understanding/steps/phrasings.jsonl``),
from the development sets only. The blind sets never go in: a blind set whose phrasings are in the bank would
measure the bank, not the product."""

from __future__ import annotations

import argparse
import sys

from app.engine import Engine
from app.engine.understanding.reader import GAVE_UP
from app.engine.understanding.steps.phrasings import BANK_FILE, Phrasing
from knowledge.settings import get_settings
from knowledge.text import fold

from . import judge
from .evaluate import DEV_SETS, EVAL

# readings that answer the thread rather than the words (a recap, a handout), or say nothing of the study
NOT_PHRASINGS = GAVE_UP | {"recap", "handout", "thanks", "greeting", "acknowledged", "refusal", "out_of_scope"}
MAX_WORDS = 25  # longer messages say enough to be read on their own


def phrasings(engine: Engine, folder: str) -> list[Phrasing]:
    """The questions and turns of one development set answered right, each with the reading that answered it."""
    questions = judge.run_questions(engine, judge.load(EVAL / folder / "questions.jsonl"))
    conversations = judge.run_conversations(engine, judge.load(EVAL / folder / "conversations.jsonl"))
    graded = [(q, False) for q in questions] + [(t, n > 0) for turns in conversations for n, t in enumerate(turns)]
    found = []
    for result, follow_up in graded:
        outcome, intent = result["got"].split("/", 1)
        if result["ok"] and outcome == "answer" and "+" not in intent and intent not in NOT_PHRASINGS and len(result["question"].split()) <= MAX_WORDS:
            found.append(Phrasing(text=result["question"], intent=intent, follow_up=follow_up, source=f"{folder}/{result['id']}"))
    return found


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(prog="python -m devtools.phrasings", description=__doc__).parse_args(argv)
    engine = Engine(get_settings())
    engine.reader.use_phrasings = False  # the bank holds direct readings, not readings of other phrasings
    bank: dict[tuple, Phrasing] = {}
    for number, (folder, _) in enumerate(DEV_SETS, 1):
        for phrasing in phrasings(engine, folder):
            bank.setdefault((fold(phrasing.text), phrasing.intent, phrasing.follow_up), phrasing)
        print(f"[{number}/{len(DEV_SETS)}] {folder} : {len(bank)} formulations", flush=True)
    BANK_FILE.write_text("".join(p.model_dump_json() + "\n" for p in bank.values()), encoding="utf-8")
    print(f"{len(bank)} formulations écrites dans {BANK_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
