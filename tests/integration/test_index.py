"""Index builds: idempotent, atomic (a failed build leaves the previous index serving), bad files named."""

import shutil

import pytest

from knowledge.paths import STUDY_PATH
from search.build import IndexMissing, build_index, current_dir, current_version
from search.embeddings import Embedder
from search.retriever import Retriever


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with a text line, cross-reference table included (what a PDF writer produces)."""
    stream = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj" % number + body + b"endobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


@pytest.fixture()
def sources(tmp_path):
    directory = tmp_path / "sources"
    directory.mkdir()
    shutil.copy(STUDY_PATH, directory / STUDY_PATH.name)
    return directory


def test_second_build_changes_nothing_and_says_so(tmp_path, sources, embedder, study):
    first = build_index(sources, tmp_path / "data", embedder, study.jobs, progress=False)
    assert first.status == "built" and first.chunks > 58
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "data").rglob("*") if p.is_file()}
    second = build_index(sources, tmp_path / "data", embedder, study.jobs, progress=False)
    assert (second.status, second.version, second.chunks) == ("unchanged", first.version, first.chunks)
    after = {p: p.stat().st_mtime_ns for p in (tmp_path / "data").rglob("*") if p.is_file()}
    assert before == after


def test_failed_build_leaves_the_previous_index_serving(tmp_path, sources, embedder, study):
    data = tmp_path / "data"
    first = build_index(sources, data, embedder, study.jobs, progress=False)
    (sources / "ajout.md").write_text("# Ajout\n\nUn nouveau passage sur la formation.\n", encoding="utf-8")

    class Broken(Embedder):
        def __init__(self):
            self.name, self.path = embedder.name, embedder.path

        def embed(self, texts):
            raise KeyboardInterrupt  # as if the build were killed while embedding

    with pytest.raises(KeyboardInterrupt):
        build_index(sources, data, Broken(), study.jobs, progress=False)
    assert current_version(data) == first.version
    assert not list((data / "index").glob("*.partial"))
    retriever = Retriever(data, embedder)
    assert retriever.search("formation", k=3, mode="bm25")


def test_a_new_document_is_indexed_then_searchable(tmp_path, sources, embedder, study):
    data = tmp_path / "data"
    build_index(sources, data, embedder, study.jobs, progress=False)
    (sources / "note.pdf").write_bytes(
        minimal_pdf("Note interne : la formation des managers de plateau commence en mars.")
    )
    report = build_index(sources, data, embedder, study.jobs, progress=False)
    assert report.status == "built" and "note.pdf" in report.documents and not report.errors
    hits = Retriever(data, embedder).search("formation des managers de plateau en mars", k=3)
    assert hits[0].chunk.citation.document == "note.pdf"
    assert hits[0].chunk.citation.section == "Page 1"


def test_bad_files_are_named_and_the_others_still_ingest(tmp_path, sources, embedder, study):
    (sources / "vide.txt").write_text("", encoding="utf-8")
    (sources / "latin1.txt").write_bytes("Résumé en latin-1".encode("latin-1"))
    (sources / "casse.pdf").write_bytes(b"%PDF-1.4 ceci n'est pas un PDF")
    (sources / "image.png").write_bytes(b"\x89PNG")
    report = build_index(sources, tmp_path / "data", embedder, study.jobs, progress=False)
    assert report.status == "built" and report.documents == [STUDY_PATH.name]
    errors = " | ".join(report.errors)
    assert "vide.txt : fichier vide" in errors
    assert "latin1.txt : encodage non UTF-8" in errors
    assert "casse.pdf : PDF illisible ou corrompu" in errors
    assert "image.png : format non pris en charge" in errors


def test_missing_index_says_how_to_rebuild(tmp_path):
    with pytest.raises(IndexMissing, match="make index"):
        current_dir(tmp_path)
