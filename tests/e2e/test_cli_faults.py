"""The command lines facing faults (issue 11): an index that cannot be read is rebuilt, a bad SOURCES_DIR or
secret is named, bad JSON lines get an error object while the batch goes on, and a reader that stops reading
(``| head``) ends the command quietly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from knowledge.paths import ROOT
from search.build import current_dir


def command(module: str, *args: str, env: dict, stdin: bytes | None = None, shell: str | None = None):
    if shell:
        return subprocess.run(["sh", "-c", shell], cwd=ROOT, env=os.environ | env, capture_output=True, timeout=300)
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=os.environ | env, input=stdin,
                          capture_output=True, timeout=300)  # fmt: skip


def test_ingest_rebuilds_an_index_it_cannot_read(data_dir, tmp_path):
    shutil.copytree(data_dir / "index", tmp_path / "index")
    manifest = current_dir(tmp_path) / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8")[:50], encoding="utf-8")
    env = {"DATA_DIR": str(tmp_path)}
    result = command("ingest", "--quiet", env=env)
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 0 and "Traceback" not in err, err
    assert "Index en service illisible (manifest.json illisible) : il a été reconstruit." in out
    assert json.loads(manifest.read_text(encoding="utf-8"))["chunks"] > 58
    assert "Index à jour" in command("ingest", "--quiet", env=env).stdout.decode()


def test_ingest_names_a_missing_or_wrong_sources_folder(tmp_path):
    for sources, message in [(tmp_path / "absent", "Dossier des sources introuvable"),
                             (ROOT / "README.md", "SOURCES_DIR doit désigner un dossier")]:  # fmt: skip
        result = command("ingest", "--quiet", env={"DATA_DIR": str(tmp_path / "data"), "SOURCES_DIR": str(sources)})
        err = result.stderr.decode()
        assert result.returncode == 2 and message in err and "Traceback" not in err, err


def test_jsonl_bad_lines_get_an_error_object_and_the_batch_goes_on(data_dir):
    lines = [
        b'{"question": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"question": 5}',
        b'{"question": ["infirmi\xc3\xa8re"]}',
        b"C'est quoi DIAL-IA ?",
    ]
    result = command("app.ask", "--jsonl", env={"DATA_DIR": str(data_dir)}, stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr.decode()[-2000:]
    objects = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(objects) == 4
    assert objects[0]["error"] == "Ligne JSON invalide."
    assert objects[1]["error"] == "Champ « question » invalide : du texte est attendu, pas un nombre."
    assert objects[2]["error"] == "Champ « question » invalide : du texte est attendu, pas une liste."
    assert "DIAL-IA" in objects[3]["answer"]


def test_a_question_that_is_not_utf8_still_gives_utf8_json(data_dir):
    result = subprocess.run([sys.executable, "-m", "app.ask", "--json", os.fsdecode(b"infirmi\xe8re ?")], cwd=ROOT,
                            env=os.environ | {"DATA_DIR": str(data_dir)}, capture_output=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    answer = json.loads(result.stdout.decode("utf-8"))  # strict UTF-8: a raw byte would fail here
    assert answer["question"] == "infirmi\ufffdre ?"


def test_piping_into_head_ends_quietly(data_dir):
    ask = f"{sys.executable} -m app.ask --jsonl"
    shell = f"yes 'infirmière' | head -400 | {ask} | head -1"
    result = command("", env={"DATA_DIR": str(data_dir)}, shell=shell)
    err = result.stderr.decode()
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert "0,41" in result.stdout.decode()


def test_the_scoring_tool_piped_into_head_ends_quietly(tmp_path):
    for args in ("top 58 --json", "changes"):
        result = command("", env={}, shell=f"{sys.executable} -m scoring {args} | head -1")
        err = result.stderr.decode()
        assert "Traceback" not in err and "BrokenPipeError" not in err, (args, err)
        assert result.stdout


def test_a_folder_in_place_of_the_secret_is_named(tmp_path):
    (tmp_path / ".chainlit-secret").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "CHAINLIT_AUTH_SECRET"} | {"DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "app.web.launcher"], cwd=ROOT, env=env, capture_output=True,
                            timeout=120)  # fmt: skip
    err = result.stderr.decode()
    assert result.returncode == 2 and "est un dossier" in err and "Traceback" not in err, err
