"""The command lines as real processes: the contract of ``python -m app.ask`` (--json and --jsonl), and an
``python -m ingest`` killed midway."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from app.engine import Engine
from knowledge.paths import ROOT
from knowledge.settings import Settings
from search.build import current_version

KEYS = {"question", "answer", "citations", "tool_calls", "backend", "latency_ms"}


def run(args, data_dir, stdin=None):
    env = os.environ | {"DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "app.ask", *args], cwd=ROOT, input=stdin, capture_output=True, timeout=180, env=env
    )


def test_json_object(data_dir):
    result = run(["--json", "Je suis chargée d'assistance, mon métier est-il exposé ?"], data_dir)
    answer = json.loads(result.stdout)
    assert KEYS <= set(answer)
    assert "0,30 sur 1, 26e sur 58" in answer["answer"] and answer["backend"] == "offline"
    assert {"id", "source", "section", "quote"} <= set(answer["citations"][0])
    assert {"name", "args", "result"} == set(answer["tool_calls"][0])


def test_jsonl_in_order_with_bad_lines(data_dir):
    lines = [
        b"Quel est le score de l'infirmier d'assistance ?",
        b"",
        b"   ",
        "\xff\xfe pas de l'UTF-8".encode("latin-1"),
        b'{"question": "Top 3 des m\xc3\xa9tiers les plus expos\xc3\xa9s"}',
        b'{"question": ',
        b"C'est quoi DIAL-IA ?",
    ]
    result = run(["--jsonl"], data_dir, stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(objects) == len(lines)
    assert "0,14" in objects[0]["answer"]
    assert objects[1]["error"] == objects[2]["error"] == "Question vide."
    assert "UTF-8" in objects[3]["error"]
    assert "- **Statisticien / Data analyst** : PwC 1,00 (1er" in objects[4]["answer"]
    assert objects[5]["error"] == "Ligne JSON invalide."
    assert "DIAL-IA" in objects[6]["answer"]
    assert all(o["latency_ms"] < 5000 for o in objects if o.get("answer"))


def test_no_question_is_a_clear_error(data_dir):
    result = run([], data_dir)
    assert result.returncode == 2 and "posez une question" in result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_ingest_killed_midway_leaves_the_previous_index_serving(data_dir, tmp_path):
    shutil.copytree(data_dir / "index", tmp_path / "index")
    before = current_version(tmp_path)
    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "knowledge" / "sources", sources)
    (sources / "note.md").write_text("# Note\n\nUne note interne sur la formation.\n" * 50, encoding="utf-8")
    env = os.environ | {"DATA_DIR": str(tmp_path), "SOURCES_DIR": str(sources)}
    process = subprocess.Popen([sys.executable, "-m", "ingest", "--quiet"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((tmp_path / "index").glob("*.partial")):
        if process.poll() is not None:
            pytest.fail("the build finished before it could be killed")
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert current_version(tmp_path) == before
    engine = Engine(Settings(data_dir=tmp_path, sources_dir=sources))
    assert engine.retriever is not None and engine.retriever.search("formation", k=3)
    rebuilt = subprocess.run([sys.executable, "-m", "ingest", "--quiet"], cwd=ROOT, env=env, capture_output=True,
                             timeout=300)  # fmt: skip
    assert rebuilt.returncode == 0 and "Index construit" in rebuilt.stdout.decode()
    assert current_version(tmp_path) != before
    assert not list((tmp_path / "index").glob("*.partial"))


def test_jsonl_lines_with_the_same_conversation_share_their_context(data_dir):
    lines = [
        {"conversation": "a", "question": "Je suis chargée d'assistance, suis-je exposée ?"},
        {"conversation": "b", "question": "infirmière ?"},
        {"conversation": "a", "question": "et selon les experts ?"},
        {"question": "et selon les experts ?"},  # no id: a conversation of its own, with nothing to refer to
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()
    result = run(["--jsonl"], data_dir, stdin=stdin)
    assert result.returncode == 0
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a.get("conversation") for a in answers] == ["a", "b", "a", None]
    # "a" still talks about the chargé d'assistance (0,17 and 45e with the experts), not the nurse of "b"
    assert "Chargé d'assistance" in answers[2]["answer"] and "0,17" in answers[2]["answer"]
    assert "Infirmier" not in answers[2]["answer"]
    assert "Chargé d'assistance" not in answers[3]["answer"]


def test_chat_numbers_the_options_of_a_clarifying_question_and_a_number_picks_one(data_dir):
    result = run(["--chat"], data_dir, stdin=b"je suis manager\n3\net chez les experts ?\n9\n")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "Précisez :\n  1. Manager de domaine d'activité\n  2. Manager de proximité d'assistance\n  3. Manager de coordination" in out
    assert "> Manager de coordination" in out and "**Manager de coordination**" in out  # 3 picked the third
    # the follow-up keeps the chosen job; a number with no options pending is read as a message, never a crash
    assert "Qualification experts métier : 0,08 sur 1, 54e sur 58" in out
    assert "Traceback" not in result.stderr.decode()


def test_chat_numbers_the_questions_a_question_back_offers_where_they_stand(data_dir):
    result = run(["--chat"], data_dir, stdin=b"Je suis formatrice sur un plateau d'assistance\n2e ?! y a qui devant ?\n1\n")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "Vouliez-vous dire :\n  1. Qui est devant moi ?\n\nSinon, reformulez-la." in out
    assert "Précisez" not in out  # listed once, numbered where it stands
    assert "> Qui est devant moi ?" in out and "Juste devant Formateur d'assistance selon PwC" in out


def test_json_carries_the_choices_of_a_clarifying_question(data_dir):
    answer = json.loads(run(["--json", "je suis assistante"], data_dir).stdout)
    assert answer["outcome"] == "clarify"
    assert answer["choices"] == ["Assistant administratif de plateaux", "Assistant", "Assistant de maitrise d'ouvrage"]
