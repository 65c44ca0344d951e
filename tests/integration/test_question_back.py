"""A follow-up that passage search finds nothing for: asked back with the questions near it that are answered here,
rather than called out of the study's scope (on the development sets, 62 of 65 such turns were in scope)."""

import pytest

from app.engine.understanding.steps import phrasings
from app.engine.understanding.steps.phrasings import Phrasing, PhrasingBank
from tests.turns import ask

TRAINER = "Je suis formatrice sur un plateau d'assistance"


def test_a_follow_up_nothing_answers_is_asked_back_with_choices_read_right_here(engine):
    back = ask(engine, TRAINER, "2e ?! y a qui devant ?")[-1]
    assert back.outcome == "clarify"
    assert back.answer.startswith("Je ne suis pas sûr d'avoir compris votre question. Vouliez-vous dire :\n- Qui est devant moi ?")
    assert back.answer.endswith("Sinon, reformulez-la.")
    assert back.choices == ["Qui est devant moi ?"]
    assert "L'étude ne traite pas" not in back.answer


def test_a_choice_taken_answers_it_in_the_same_conversation(engine):
    *_, back = ask(engine, TRAINER, "2e ?! y a qui devant ?")
    chosen = ask(engine, TRAINER, "2e ?! y a qui devant ?", back.choices[0])[-1]
    assert chosen.outcome == "answer" and "Statisticien / Data analyst" in chosen.answer  # the one job ahead of hers


class Offered(PhrasingBank):
    """A bank whose nearest phrasings are the ones given, whatever the turn: what is offered is then the filter's."""

    def nearest(self, text, k=3, near=None):
        return [(1.0, p) for p in self.phrasings]


@pytest.mark.parametrize(
    ("unsaid", "why"),
    [
        ("qui est devant le juriste ?", "a job"),
        ("qui est devant moi sur 58 ?", "a figure"),
        ("qui est devant moi chez les experts ?", "a qualification"),
        ("qui est devant moi parmi les métiers cœur ?", "the core jobs"),
        ("qui est devant moi parmi les émergents ?", "a profile"),
        ("pourquoi il est devant moi ?", "another kind of question"),
        ("c koi qui est devant moi ?", "SMS spelling"),
        ("qui est devant moi", "no question mark: a statement as often as a question"),
    ],
)
def test_a_choice_never_says_what_the_turn_did_not(engine, monkeypatch, unsaid, why):
    offered = [Phrasing(text=t, intent="query", follow_up=True, source="test") for t in (unsaid, "qui est devant moi ?")]
    monkeypatch.setattr(phrasings, "bank", lambda: Offered(offered))
    back = ask(engine, TRAINER, "2e ?! y a qui devant ?")[-1]
    assert back.choices == ["Qui est devant moi ?"], why


def test_a_choice_may_name_what_is_in_view(engine, monkeypatch):
    # after the emergent jobs, "ça veut dire quoi pour eux ?" may be offered the meaning of "émergent"
    offered = [Phrasing(text="ça veut dire quoi émergent ?", intent="profiles", follow_up=True, source="test")]
    monkeypatch.setattr(phrasings, "bank", lambda: Offered(offered))
    back = ask(engine, "les émergents, c'est qui ?", "ça veut dire quoi pour eux au juste ?")[-1]
    assert back.choices == ["Ça veut dire quoi émergent ?"]


def test_a_first_question_nothing_answers_stays_out_of_scope(engine):
    assert ask(engine, "2e ?! y a qui devant ?")[-1].outcome == "out_of_scope"


def test_a_follow_up_about_something_else_stays_out_of_scope(engine):
    weather = ask(engine, TRAINER, "et il fera beau demain à Lyon ?")[-1]
    assert weather.outcome == "out_of_scope" and not weather.choices


def test_a_question_back_leaves_the_thread_where_it_was(engine):
    *_, back, member = ask(engine, "les émergents, c'est qui ?", "ça veut dire quoi pour eux au juste ?", "le technicien informatique en fait partie ?")
    assert back.outcome == "clarify"
    assert member.answer.startswith("Non : Technicien informatique ne fait pas partie des métiers au profil « Emergent »")


@pytest.mark.parametrize("reply", ["oui", "oui c'est ça", "1", "la première"])
def test_a_reply_picks_the_question_offered(engine, reply):
    *_, picked = ask(engine, TRAINER, "2e ?! y a qui devant ?", reply)
    assert picked.outcome == "answer" and "Statisticien / Data analyst" in picked.answer


def test_a_yes_to_several_questions_offered_picks_none_and_a_place_picks_one(engine, monkeypatch):
    offered = [Phrasing(text=t, intent="query", follow_up=True, source="test") for t in ("qui est devant moi ?", "qui est juste devant moi ?")]
    monkeypatch.setattr(phrasings, "bank", lambda: Offered(offered))
    *_, back, yes = ask(engine, TRAINER, "2e ?! y a qui devant ?", "oui")
    assert back.choices == ["Qui est devant moi ?", "Qui est juste devant moi ?"]
    assert yes.outcome == "smalltalk"  # which one is not said: nothing is answered in its place
    second = ask(engine, TRAINER, "2e ?! y a qui devant ?", "la 2e")[-1]
    assert second.outcome == "answer" and "Juste devant Formateur d'assistance" in second.answer
