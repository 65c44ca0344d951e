import pytest

from knowledge.store import load_study
from scoring import ScoringTool


@pytest.fixture(scope="session")
def study():
    return load_study()


@pytest.fixture(scope="session")
def tool(study):
    return ScoringTool(study)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory, study):
    """A real index (Chroma + BM25) built once from the shipped sources into a temporary data directory."""
    from knowledge.settings import Settings
    from search.embeddings import load_embedder
    from search.build import build_index

    directory = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=directory)
    report = build_index(settings.sources_dir, directory, load_embedder(None), study.jobs, progress=False)
    assert report.status == "built"
    return directory


@pytest.fixture(scope="session")
def engine(data_dir):
    from knowledge.settings import Settings
    from app.engine.core import Engine

    return Engine(Settings(data_dir=data_dir))
