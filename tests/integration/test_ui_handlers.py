"""The Chainlit handlers run under a Chainlit context whose emitter records what the browser would receive."""

from __future__ import annotations

import asyncio
import importlib

import pytest


@pytest.fixture(scope="module")
def ui(data_dir):
    from knowledge.settings import get_settings

    patch = pytest.MonkeyPatch()
    patch.setenv("DATA_DIR", str(data_dir))
    patch.delenv("AUTH_USERS_FILE", raising=False)
    get_settings.cache_clear()
    module = importlib.import_module("app.web.handlers")
    yield module
    patch.undo()
    get_settings.cache_clear()


def run_handler(handler, *args):
    """Run a handler in a fresh HTTP-style Chainlit context; returns the recording emitter."""
    from chainlit.context import ChainlitContext, context_var
    from chainlit.emitter import BaseChainlitEmitter
    from chainlit.session import HTTPSession

    class RecordingEmitter(BaseChainlitEmitter):
        def __init__(self, session):
            super().__init__(session)
            self.steps, self.tokens, self.elements, self.settings, self.events = [], [], [], None, []

        async def emit(self, event, data):
            self.events.append((event, data))

        async def send_step(self, step_dict):
            self.steps.append(dict(step_dict))

        async def update_step(self, step_dict):
            self.steps.append(dict(step_dict))

        async def stream_start(self, step_dict):  # carries the first streamed piece
            self.steps.append(dict(step_dict))
            self.tokens.append(step_dict.get("output") or "")

        async def send_token(self, id, token, is_sequence=False, is_input=False):
            self.tokens.append(token)

        async def send_element(self, element_dict):
            self.elements.append(dict(element_dict))

        def set_chat_settings(self, settings):  # Chainlit calls it without awaiting
            self.settings = settings

    async def main():
        session = HTTPSession(id="session-de-test", thread_id="fil-de-test", client_type="webapp", user=None)
        emitter = RecordingEmitter(session)
        context_var.set(ChainlitContext(session, emitter))
        await handler(*args)
        return emitter

    return asyncio.run(main())


def test_starters_speak_to_the_three_kinds_of_users(ui):
    from chainlit.context import ChainlitContext, context_var
    from chainlit.session import HTTPSession

    async def main():
        context_var.set(ChainlitContext(HTTPSession(id="s", thread_id="t", client_type="webapp")))
        return await ui.starters()

    labels = [s.label for s in asyncio.run(main())]
    assert "Mon métier est-il exposé ?" in labels and "Préparer une réunion DIAL-IA" in labels
    assert "Actions RH recommandées" in labels


@pytest.mark.parametrize("handler", ["start", "resume"])
def test_a_new_or_resumed_chat_gets_the_settings_without_a_one_choice_engine(ui, handler):
    emitter = run_handler(ui.start) if handler == "start" else run_handler(ui.resume, {"id": "fil"})
    assert emitter.settings == {"favour": "Les deux"}
    [widgets] = [data for event, data in emitter.events if event == "chat_settings"]
    # no LLM configured: "Moteur de réponse" would offer one choice, so it is not shown
    assert [(w["id"], w["label"]) for w in widgets] == [("favour", "Qualification à privilégier")]
    assert widgets[0]["items"] or widgets[0]["values"]
    assert "vision métier" in widgets[0]["description"]


def test_message_streams_the_answer_with_tool_steps_sources_chart_and_brief(ui):
    import chainlit as cl

    async def handler():
        await ui.start()
        await ui.on_message(cl.Message(content="Je suis chargée d'assistance, suis-je exposée ?"))

    emitter = run_handler(handler)
    streamed = "".join(emitter.tokens)
    assert "0,30 sur 1, 26e sur 58" in streamed and "**Sources**" in streamed
    assert len(emitter.tokens) > 5  # streamed in pieces, not in one block
    tools = [s for s in emitter.steps if s.get("type") == "tool"]
    assert "l'outil de score : fiche du métier" in [s["name"] for s in tools]
    assert all("{" not in (s.get("output") or "") for s in tools)  # readable lines, not JSON
    # sources are links in the text, opened on click: no side element opens a panel by itself
    assert "[1. Tableau des expositions, ligne « Chargé d'assistance »](/etude/tableau?" in streamed
    kinds = {(e["type"], e["display"]) for e in emitter.elements}
    assert {("plotly", "inline"), ("file", "inline")} <= kinds and all(d != "side" for _, d in kinds)
    names = [e["name"] for e in emitter.elements]
    assert "fiche-charge-d-assistance.pdf" in names
    assert "[Chargé d'assistance (page imprimable)](/etude/document/fiche-charge-d-assistance.html)" in streamed
    # the page fetches each one from its URL (tests/test_routes.py): nothing is attached or written per answer
    assert all(e["url"].startswith("/etude/") and not e["chainlitKey"] for e in emitter.elements)


def test_settings_update_changes_the_answer(ui):
    import chainlit as cl

    async def handler():
        await ui.start()
        await ui.settings_update({"favour": "Experts métier", "backend": "Hors ligne (sans LLM)"})
        await ui.on_message(cl.Message(content="infirmière"))

    streamed = "".join(run_handler(handler).tokens)
    assert "Qualification experts métier : 0,41 sur 1, 17e sur 58" in streamed
    assert "Qualification PwC" not in streamed


def test_untrusted_question_is_escaped_in_the_answer(ui):
    import chainlit as cl

    async def handler():
        await ui.start()
        await ui.on_message(cl.Message(content="je suis ![x](http://exemple.invalid/p.png) <b>boulanger</b>"))

    streamed = "".join(run_handler(handler).tokens)
    assert "](http" not in streamed.replace("\\]", "") and "<b>" not in streamed


def test_every_starter_gets_a_correct_cited_answer(engine):
    from app.web.presenter import STARTERS

    expected = {
        "Mon métier est-il exposé ?": "0,30 sur 1, 26e sur 58",
        "Préparer une réunion DIAL-IA": "7 métiers changent de profil d'impact",
        "Actions RH recommandées": "passerelles",
        "Les métiers les plus exposés": "- **Gestionnaire de dossiers d'assistance** (cœur) : experts 1,00 (1er",
    }
    for label, message in STARTERS:
        answer = engine.ask(message)
        assert expected[label] in answer.answer, label
        assert answer.citations, label


def test_a_clarifying_question_offers_clickable_choices_and_a_click_answers_it(ui):
    import chainlit as cl

    async def handler():
        await ui.start()
        await ui.on_message(cl.Message(content="je suis manager"))

    emitter = run_handler(handler)
    assert "Lequel est le vôtre ?" in "".join(emitter.tokens)
    labels = [data["label"] for event, data in emitter.events if event == "action"]
    assert labels == ["Manager de domaine d'activité", "Manager de proximité d'assistance", "Manager de coordination",
                      "Manager de proximité"]  # fmt: skip

    async def click():
        await ui.start()
        await ui.on_message(cl.Message(content="je suis manager"))
        await ui.on_choice(cl.Action(name="choice", payload={"text": "Manager de coordination"}, label="x"))

    clicked = run_handler(click)
    said = [s for s in clicked.steps if s.get("type") == "user_message"]
    assert said and said[-1]["output"] == "Manager de coordination"  # the click reads as the user's message
    assert "**Manager de coordination**" in "".join(clicked.tokens)


def test_a_resumed_thread_keeps_its_context_for_follow_ups(ui):
    import chainlit as cl

    thread = {"id": "t", "steps": [{"type": "user_message", "output": "je suis infirmière d'assistance"},
                                   {"type": "assistant_message", "output": "…"}]}  # fmt: skip

    async def handler():
        await ui.resume(thread)
        await ui.on_message(cl.Message(content="et chez les experts ?"))

    streamed = "".join(run_handler(handler).tokens)
    assert "Infirmier d'assistance" in streamed and "0,41 sur 1, 17e sur 58" in streamed


def test_a_thread_is_titled_with_its_first_question_and_when_it_was_asked(ui, tmp_path, monkeypatch):
    """Threads started from the same suggestion used to carry the same title in the sidebar."""
    import re

    import chainlit as cl
    import chainlit.data
    from chainlit.data import get_data_layer

    from app.web.history import init_history
    from knowledge.settings import Settings

    # a history of its own (a real SQLite data layer), whatever the tests before left in Chainlit's global
    monkeypatch.setattr(chainlit.data, "_data_layer", init_history(Settings(data_dir=tmp_path)))
    monkeypatch.setattr(chainlit.data, "_data_layer_initialized", True)
    titles = []

    async def handler():
        await ui.start()
        await ui.on_message(cl.Message(content="Mon métier est-il exposé ?"))
        await ui.on_message(cl.Message(content="et chez les experts ?"))  # a later message keeps the title
        thread = await get_data_layer().get_thread("fil-de-test")
        titles.append(thread["name"] if thread else None)

    run_handler(handler)
    assert titles[0] and re.fullmatch(r"\d\d:\d\d · Mon métier est-il exposé \?", titles[0]), titles
