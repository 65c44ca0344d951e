import pytest

from knowledge.store import load_study
from scoring import ScoringTool


@pytest.fixture(scope="session")
def study():
    return load_study()


@pytest.fixture(scope="session")
def tool(study):
    return ScoringTool(study)
