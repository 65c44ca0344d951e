"""Shared fixtures. Tests come in tiers, marked by their folder: ``unit`` (no index, no server), ``integration``
(a real Chroma + BM25 index, built once per session only when a test asks for it) and ``e2e`` (real processes:
the browser, servers, command lines). ``make test-fast`` runs the first two."""

import logging
from pathlib import Path

import pytest

from knowledge.store import load_study
from scoring import ScoringTool

TIERS = ("unit", "integration", "e2e")


def pytest_collection_modifyitems(items):
    for item in items:
        tier = Path(str(item.fspath)).parent.name
        if tier in TIERS:
            item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(autouse=True)
def reader_steps_do_not_fail(request, caplog):
    """The reader skips a step that raises (the user still gets an answer); a test must not hide such a bug."""
    yield
    if request.node.get_closest_marker("reader_failure_expected"):
        return
    failed = [r.getMessage() for r in caplog.records if r.name.endswith("understanding.reader") and r.levelno >= logging.ERROR]
    assert not failed, f"a reader step failed: {failed}"


@pytest.fixture(scope="session")
def study():
    return load_study()


@pytest.fixture(scope="session")
def tool(study):
    return ScoringTool(study)


@pytest.fixture(scope="session")
def planner(tool):
    from app.engine.understanding.planner import Planner

    return Planner(tool)


@pytest.fixture(scope="session")
def offline_engine(tmp_path_factory, study):
    """The engine with no search index: everything but passage search answers, and fast to build."""
    from app.engine import Engine
    from knowledge.settings import Settings

    return Engine(Settings(data_dir=tmp_path_factory.mktemp("no-index")), study)


@pytest.fixture(scope="session")
def embedder():
    """The real model, loaded once; each distinct text is embedded once per session (index tests rebuild the same
    study several times: the builds stay real, the repeated matrix products do not)."""
    from search.embeddings import Embedder, load_embedder

    model = load_embedder(None)

    class Memoized(Embedder):
        def __init__(self):
            self.name, self.path, self.model, self.seen = model.name, model.path, model.model, {}

        def embed(self, texts):
            missing = [t for t in dict.fromkeys(texts) if t not in self.seen]
            if missing:
                self.seen.update(zip(missing, model.embed(missing), strict=True))
            return [self.seen[t] for t in texts]

    return Memoized()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory, study, embedder):
    """A real index (Chroma + BM25) built once from the shipped sources into a temporary data directory."""
    from knowledge.settings import Settings
    from search.build import build_index

    directory = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=directory)
    report = build_index(settings.sources_dir, directory, embedder, study.jobs, progress=False)
    assert report.status == "built"
    return directory


@pytest.fixture(scope="session")
def engine(data_dir):
    from app.engine import Engine
    from knowledge.settings import Settings

    return Engine(Settings(data_dir=data_dir))
