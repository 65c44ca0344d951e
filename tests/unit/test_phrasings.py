"""A turn no reading takes, read as the nearest phrasing the engine is known to read right, and said so."""

import json

import pytest

from app.engine.operations import OPERATIONS
from app.engine.understanding.steps import phrasings
from app.engine.understanding.steps.phrasings import BANK_FILE, Phrasing, PhrasingBank
from devtools.evaluate import BLIND_SETS, DEV_SETS
from tests.turns import ask


def _bank(*texts, intent="job", follow_up=True):
    return PhrasingBank([Phrasing(text=t, intent=intent, follow_up=follow_up, source="test") for t in texts])


def test_the_bank_holds_development_phrasings_only_with_known_readings():
    rows = [json.loads(line) for line in BANK_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 1000
    development = {folder for folder, _ in DEV_SETS}
    blind = {folder for folder, _ in BLIND_SETS}
    for row in rows:
        phrasing = Phrasing.model_validate(row)
        folder = phrasing.source.split("/")[0]
        assert folder in development and folder not in blind, phrasing.source  # a blind set in the bank measures the bank
        assert phrasing.intent in OPERATIONS


def test_the_same_words_in_another_order_are_near():
    found = _bank("ça veut dire quoi concrètement pour moi ?", "combien de métiers sont cœur ?").nearest("ça veut dire quoi pour moi concrètement")
    assert [p.text for _, p in found] == ["ça veut dire quoi concrètement pour moi ?"]


def test_a_phrasing_that_names_a_topic_the_turn_does_not_is_not_near():
    # "et ça veut dire quoi ?" after a claim is not "what does « cœur d'assistance » mean"
    assert _bank("ça veut dire quoi « cœur d'assistance » ?").nearest("et ça veut dire quoi ?") == []


def test_a_turn_with_words_the_phrasing_lacks_is_not_near():
    assert _bank("y a combien d'axes au total ?").nearest("combien de fiches au total ?") == []


@pytest.fixture
def bank_of(monkeypatch):
    def use(*phrasings_):
        monkeypatch.setattr(phrasings, "bank", lambda: PhrasingBank(list(phrasings_)))

    return use


def test_a_turn_left_to_search_is_read_as_its_known_phrasing_and_the_answer_says_so(offline_engine, bank_of):
    bank_of(Phrasing(text="ça veut dire quoi concrètement pour moi ?", intent="profiles", follow_up=True, source="test"))
    answer = ask(offline_engine, "je suis chargée d'assistance", "ça veut dire quoi pour moi concrètement")[-1]
    assert answer.intent == "profiles"
    assert "faiblement ou modérément impactés" in answer.answer  # the meaning of the job's profile, « En évolution »
    assert "J'ai compris votre question ainsi : Ça veut dire quoi concrètement pour moi ? Sinon, reformulez-la." in answer.answer


def test_without_the_bank_the_same_turn_is_left_to_search(offline_engine, bank_of):
    bank_of()
    answer = ask(offline_engine, "je suis chargée d'assistance", "ça veut dire quoi pour moi concrètement")[-1]
    assert answer.intent == "retrieval" and "J'ai compris votre question ainsi" not in answer.answer


@pytest.mark.parametrize(
    ("turn", "phrasing"),
    [
        ("ça veut dire quoi pour elle concrètement", "ça veut dire quoi concrètement pour moi ?"),  # another person
        ("ça veut dire quoi pour moi concrètement chez PwC", "ça veut dire quoi concrètement pour moi chez les experts ?"),
        ("pourquoi ça veut dire ça pour moi concrètement", "ça veut dire quoi concrètement pour moi ?"),  # another kind of question
    ],
)
def test_a_phrasing_that_differs_in_what_it_says_is_not_taken(offline_engine, bank_of, turn, phrasing):
    bank_of(Phrasing(text=phrasing, intent="profiles", follow_up=True, source="test"))
    answer = ask(offline_engine, "je suis chargée d'assistance", turn)[-1]
    assert "J'ai compris votre question ainsi" not in answer.answer


def test_a_first_question_is_not_read_as_a_follow_up_phrasing(offline_engine, bank_of):
    bank_of(Phrasing(text="ça veut dire quoi concrètement pour moi ?", intent="profiles", follow_up=True, source="test"))
    answer = ask(offline_engine, "ça veut dire quoi pour moi concrètement")[-1]
    assert "J'ai compris votre question ainsi" not in answer.answer


def test_a_phrasing_whose_reading_here_differs_from_the_known_one_is_not_taken(offline_engine, bank_of):
    # the phrasing was answered as a recommendation elsewhere; read here it is something else: not taken
    bank_of(Phrasing(text="ça veut dire quoi concrètement pour moi ?", intent="recommendations", follow_up=True, source="test"))
    answer = ask(offline_engine, "je suis chargée d'assistance", "ça veut dire quoi pour moi concrètement")[-1]
    assert answer.intent != "recommendations" and "J'ai compris votre question ainsi" not in answer.answer


def test_a_phrasing_without_its_question_mark_is_shown_as_a_question(offline_engine, bank_of):
    bank_of(Phrasing(text="ça veut dire quoi concrètement pour moi", intent="profiles", follow_up=True, source="test"))
    answer = ask(offline_engine, "je suis chargée d'assistance", "ça veut dire quoi pour moi concrètement ?")[-1]
    assert "J'ai compris votre question ainsi : Ça veut dire quoi concrètement pour moi ? Sinon" in answer.answer


def test_sessions_reading_at_once_each_read_their_turn_as_its_phrasing(offline_engine, bank_of):
    # the reader is shared by every chat session; one reading a phrasing must not stop another from doing so
    from concurrent.futures import ThreadPoolExecutor

    bank_of(Phrasing(text="ça veut dire quoi concrètement pour moi ?", intent="profiles", follow_up=True, source="test"))

    def session(_):
        return ask(offline_engine, "je suis chargée d'assistance", "ça veut dire quoi pour moi concrètement")[-1].intent

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert set(pool.map(session, range(100))) == {"profiles"}
