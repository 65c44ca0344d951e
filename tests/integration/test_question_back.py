"""A follow-up that passage search finds nothing for: asked back with the questions near it that are answered here,
rather than called out of the study's scope (on the development sets, 62 of 65 such turns were in scope)."""

from tests.turns import ask

TRAINER = "Je suis formatrice sur un plateau d'assistance"


def test_a_follow_up_nothing_answers_is_asked_back_with_choices_read_right_here(engine):
    back = ask(engine, TRAINER, "2e ?! y a qui devant ?")[-1]
    assert back.outcome == "clarify"
    assert back.answer.startswith("Je ne suis pas sûr d'avoir compris votre question. Voulez-vous demander :")
    assert "qui est devant moi ?" in back.choices
    assert "L'étude ne traite pas" not in back.answer


def test_a_choice_taken_answers_it_in_the_same_conversation(engine):
    *_, back = ask(engine, TRAINER, "2e ?! y a qui devant ?")
    chosen = ask(engine, TRAINER, "2e ?! y a qui devant ?", back.choices[0])[-1]
    assert chosen.outcome == "answer" and "Statisticien / Data analyst" in chosen.answer  # the one job ahead of hers


def test_a_choice_never_names_a_job_or_a_figure_the_turn_did_not(engine, monkeypatch):
    from app.engine.understanding.steps import phrasings
    from app.engine.understanding.steps.phrasings import Phrasing, PhrasingBank

    near = ["qui est devant le juriste ?", "qui est devant moi sur 58 ?"]  # both read right as a ranking, here too
    bank = PhrasingBank(phrasings.bank().phrasings + [Phrasing(text=t, intent="query", follow_up=True, source="test") for t in near])
    monkeypatch.setattr(phrasings, "bank", lambda: bank)
    back = ask(engine, TRAINER, "2e ?! y a qui devant ?")[-1]
    assert "qui est devant moi ?" in back.choices
    assert not set(near) & set(back.choices)


def test_a_first_question_nothing_answers_stays_out_of_scope(engine):
    alone = ask(engine, "2e ?! y a qui devant ?")[-1]
    assert alone.outcome != "clarify" or not any("devant moi" in c for c in alone.choices)


def test_a_follow_up_about_something_else_stays_out_of_scope(engine):
    weather = ask(engine, TRAINER, "et il fera beau demain à Lyon ?")[-1]
    assert weather.outcome == "out_of_scope" and not weather.choices


def test_a_question_back_leaves_the_thread_where_it_was(engine):
    *_, back, member = ask(engine, "les émergents, c'est qui ?", "ça veut dire quoi pour eux au juste ?", "le technicien informatique en fait partie ?")
    assert back.outcome == "clarify"
    assert member.answer.startswith("Non : Technicien informatique ne fait pas partie des métiers au profil « Emergent »")
