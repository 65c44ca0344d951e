"""A conversation asked turn by turn, as a person would, for the tests that read its answers."""

from app.engine import Conversation


def ask(engine, *turns):
    """Each turn's answer, every turn asked in the same conversation."""
    conversation = Conversation()
    return [engine.ask(turn, conversation) for turn in turns]
