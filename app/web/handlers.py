"""The Chainlit app: handlers only, wired to the chat service (``chat.py``) and the engine."""

from __future__ import annotations

import logging
import os
import threading
from datetime import datetime

import chainlit as cl
import chainlit.server as chainlit_server
from chainlit.config import config as chainlit_config
from chainlit.input_widget import Select

from app.engine.plan import Conversation
from app.web.display import wording
from app.web.display.steps import step_name, step_summary
from app.web.elements import elements_for
from app.web.history import init_history, name_thread, thread_title
from app.web.page import local_only_html
from app.web.presenter import BACKENDS, FAVOUR, STARTERS, ChatService, stream_pieces
from app.web.routes import install
from app.web.security import install_security
from app.web.security.exposure import exposure_error, reached_through_a_proxy
from app.web.security.login import password_matches
from knowledge.settings import get_settings

log = logging.getLogger(__name__)
# Chainlit starts a data layer of its own when DATABASE_URL is set; history is configured here instead.
os.environ.pop("DATABASE_URL", None)
settings = get_settings()
if refusal := exposure_error(chainlit_server.config.run.host, settings.auth_users_file, settings.allow_open_history):
    raise SystemExit(refusal)  # `chainlit run --host 0.0.0.0` without the launcher: the same refusal
service = ChatService(settings)
# The first page must not wait for the search index and figures: they load beside it, and an answer that
# needs them waits for them (``ChatService.ready``).
threading.Thread(target=service.warm_up, name="warm-up", daemon=True).start()
wording.install(chainlit_config, settings.llm_enabled)

# The stock page loads web fonts and a stylesheet from public CDNs: serve a page that names no other host.
_stock_template = chainlit_server.get_html_template
chainlit_server.get_html_template = lambda root_path: local_only_html(_stock_template(root_path))

# Passages, charts and briefs are fetched by the page from these routes
install(chainlit_server.app, service)
# Origins, headers, sessions that end, a guarded login, feedback ownership (docs/security.md)
install_security(chainlit_server.app, chainlit_server.sio, settings)

_history = init_history(settings)
if _history is None:
    service.history_warning = (
        "⚠️ L'historique des conversations est indisponible (base de données injoignable) : "
        "l'assistant répond, mais cette conversation ne sera pas enregistrée."
    )
else:

    @cl.data_layer
    def history_layer():
        return _history


if settings.auth_users_file:

    @cl.password_auth_callback
    async def login(username: str, password: str):
        if await password_matches(settings.auth_users_file, username, password):
            return cl.User(identifier=username, metadata={"provider": "password"})
        return None

else:

    @cl.header_auth_callback
    def local_user(headers):
        # Single local user: no login page, but history and feedback still belong to someone.
        if reached_through_a_proxy(headers) and not settings.allow_open_history:
            log.error("local login refused to a request forwarded by a proxy: set AUTH_USERS_FILE")
            return None
        return cl.User(identifier="local", metadata={"provider": "local"})


@cl.set_starters
async def starters(user=None, language=None):
    return [cl.Starter(label=label, message=message) for label, message in STARTERS]


async def send_settings() -> None:
    """A new or resumed chat starts with its settings; the answer engine is a choice only when an LLM is set up."""
    cl.user_session.set("conversation", Conversation())
    cl.user_session.set("named", False)  # a new chat: its thread is named after its first question
    cl.user_session.set("favour", "both")
    cl.user_session.set("backend", "offline")
    widgets = [
        Select(
            id="favour", label="Qualification à privilégier", values=list(FAVOUR), initial_index=0,
            description="PwC (vision technique), experts métier (vision métier, 10 métiers cœur requalifiés) "
            "ou les deux côte à côte.",
        )
    ]  # fmt: skip
    if len(service.backends) > 1:
        widgets.append(
            Select(
                id="backend", label="Moteur de réponse", values=service.backends, initial_index=0,
                description="Hors ligne : réponses construites à partir de l'étude seule. LLM : le modèle de "
                "langage configuré reformule, à partir des mêmes chiffres et passages.",
            )
        )  # fmt: skip
    await cl.ChatSettings(widgets).send()


@cl.on_chat_start
async def start():
    await send_settings()
    if service.history_warning:
        await cl.Message(content=service.history_warning, author="Système").send()


@cl.on_chat_resume
async def resume(thread):
    # the thread's own questions, asked again in order, give back what a follow-up refers to
    questions = [step.get("output") or "" for step in thread.get("steps", []) if step.get("type") == "user_message"]
    await send_settings()
    cl.user_session.set("named", True)  # a resumed thread keeps its name
    await cl.make_async(service.ready.wait)()
    cl.user_session.set("conversation", await cl.make_async(service.engine.replay)(questions))


@cl.on_settings_update
async def settings_update(values: dict):
    cl.user_session.set("favour", FAVOUR.get(values.get("favour"), "both"))
    cl.user_session.set("backend", BACKENDS.get(values.get("backend"), "offline"))


@cl.on_message
async def on_message(message: cl.Message):
    await reply_to(message.content)


@cl.action_callback("choice")
async def on_choice(action: cl.Action):
    """A clarifying question's option, clicked: said as the user's next message, then answered."""
    text = str(action.payload.get("text", ""))[:200]
    await action.remove()
    await cl.Message(content=text, author="Vous", type="user_message").send()
    await reply_to(text)


async def reply_to(text: str) -> None:
    conversation = cl.user_session.get("conversation") or Conversation()
    first = conversation.last is None and not cl.user_session.get("named")
    await cl.make_async(service.ready.wait)()
    answer = await cl.make_async(service.engine.ask)(
        text, conversation, cl.user_session.get("favour") or "both", cl.user_session.get("backend")
    )
    cl.user_session.set("conversation", conversation)
    for call in answer.tool_calls:
        async with cl.Step(name=step_name(call.name), type="tool", show_input=False) as step:
            step.output = step_summary(call.name, call.args, call.result)
    actions = [cl.Action(name="choice", payload={"text": c}, label=c) for c in answer.choices]
    reply = cl.Message(
        content="", author="Assistant", elements=elements_for(service.attachments(answer)), actions=actions
    )
    for piece in stream_pieces(service.message_text(answer)):
        await reply.stream_token(piece)
    await reply.send()
    if first:  # threads started from the same suggestion would all carry its words: the time tells them apart
        cl.user_session.set("named", True)
        await name_thread(cl.context.session.thread_id, thread_title(text, datetime.now()))
