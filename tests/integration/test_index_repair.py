"""An index that cannot be read is built again, and bad files in the sources (a name that is not UTF-8, a link
leading out of the folder) are named and skipped while the rest is built (issue 11)."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from knowledge.documents import SourcesDirError, list_sources
from knowledge.paths import STUDY_PATH
from search.build import build_index, current_dir
from search.retriever import Retriever


@pytest.fixture()
def sources(tmp_path):
    directory = tmp_path / "sources"
    directory.mkdir()
    shutil.copy(STUDY_PATH, directory / STUDY_PATH.name)
    return directory


@pytest.mark.parametrize(
    ("damaged", "damage", "reason"),
    [
        ("chunks.json", lambda text: text[: len(text) // 2], "chunks.json illisible"),
        ("chunks.json", lambda text: json.dumps(json.loads(text)[:10]), "chunks.json incomplet"),
        ("manifest.json", lambda text: text[:40], "manifest.json illisible"),
        ("manifest.json", lambda text: "[]", "manifest.json illisible"),
    ],
)
def test_an_unreadable_index_is_rebuilt_instead_of_said_up_to_date(tmp_path, sources, embedder, study, damaged,
                                                                    damage, reason):  # fmt: skip
    data = tmp_path / "data"
    first = build_index(sources, data, embedder, study.jobs, progress=False)
    path = current_dir(data) / damaged
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    again = build_index(sources, data, embedder, study.jobs, progress=False)
    assert again.status == "built" and again.version == first.version and reason in again.repaired
    assert Retriever(data, embedder).search("charte d'utilisation de l'IA générative", k=3)
    third = build_index(sources, data, embedder, study.jobs, progress=False)
    assert third.status == "unchanged" and third.repaired is None


def test_a_file_name_that_is_not_utf8_is_named_and_the_rest_is_built(tmp_path, sources, embedder, study):
    bad = os.path.join(os.fsencode(sources), b"note-\xe9t\xe9.md")
    with open(bad, "wb") as file:
        file.write(b"# Note\n\nUne note interne.\n")
    report = build_index(sources, tmp_path / "data", embedder, study.jobs, progress=False)
    assert report.status == "built" and report.documents == [STUDY_PATH.name]
    assert any("note-\ufffdt\ufffd.md" in e and "non UTF-8" in e for e in report.errors), report.errors


def test_a_link_leading_out_of_the_sources_is_refused_and_never_served(tmp_path, sources, embedder, study):
    from app.web.presenter import passage

    secret = tmp_path / "secret.txt"
    secret.write_text("# Secret\n\nmot de passe du serveur\n", encoding="utf-8")
    (sources / "secret.txt").symlink_to(secret)
    (sources / "etude-lien.txt").symlink_to(sources / STUDY_PATH.name)  # a link inside the folder stays allowed
    files, refused = list_sources(sources)
    assert [p.name for p in files] == ["etude-ia-generative-metiers-assistance.txt", "etude-lien.txt"]
    assert "lien symbolique vers l'extérieur" in refused["secret.txt"]
    report = build_index(sources, tmp_path / "data", embedder, study.jobs, progress=False)
    assert "secret.txt" not in report.documents and any("secret.txt" in e for e in report.errors)
    chunks = json.loads((current_dir(tmp_path / "data") / "chunks.json").read_text(encoding="utf-8"))
    assert not any("mot de passe du serveur" in json.dumps(c, ensure_ascii=False) for c in chunks)
    with pytest.raises(LookupError, match="Document source inconnu"):
        passage(sources, "secret.txt", 1, 3)
    from app.web.documents.source_pages import passage_page

    with pytest.raises(LookupError, match="Document source inconnu"):  # the page a source link opens, too
        passage_page(sources, "secret.txt", 1, 3)


def test_a_missing_sources_folder_or_a_file_is_named(tmp_path):
    with pytest.raises(SourcesDirError, match="introuvable"):
        list_sources(tmp_path / "absent")
    (tmp_path / "fichier.txt").write_text("x", encoding="utf-8")
    with pytest.raises(SourcesDirError, match="pas un fichier"):
        list_sources(tmp_path / "fichier.txt")


def test_the_data_folder_is_created_private(tmp_path, sources, embedder, study):
    build_index(sources, tmp_path / "data", embedder, study.jobs, progress=False)
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
