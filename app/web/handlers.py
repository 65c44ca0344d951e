"""The Chainlit app: handlers only, wired to the chat service (``chat.py``) and the engine."""

from __future__ import annotations

import logging
import os

import chainlit as cl
import chainlit.server as chainlit_server
from chainlit.input_widget import Select

from app.engine.plan import Conversation
from app.web.elements import elements_for
from app.web.history import init_history
from app.web.page import local_only_html
from app.web.presenter import BACKENDS, FAVOUR, STARTERS, ChatService, message_text, stream_pieces, tool_step_output
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
service.warm_up()

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


@cl.on_chat_start
async def start():
    cl.user_session.set("conversation", Conversation())
    cl.user_session.set("favour", "both")
    cl.user_session.set("backend", "offline")
    await cl.ChatSettings(
        [
            Select(id="favour", label="Qualification à privilégier", values=list(FAVOUR), initial_index=0),
            Select(id="backend", label="Moteur de réponse", values=service.backends, initial_index=0),
        ]
    ).send()
    if service.history_warning:
        await cl.Message(content=service.history_warning, author="Système").send()


@cl.on_chat_resume
async def resume(thread):
    # the thread's own questions, asked again in order, give back what a follow-up refers to
    questions = [step.get("output") or "" for step in thread.get("steps", []) if step.get("type") == "user_message"]
    cl.user_session.set("conversation", await cl.make_async(service.engine.replay)(questions))
    cl.user_session.set("favour", "both")
    cl.user_session.set("backend", "offline")


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
    answer = await cl.make_async(service.engine.ask)(
        text, conversation, cl.user_session.get("favour") or "both", cl.user_session.get("backend")
    )
    cl.user_session.set("conversation", conversation)
    for call in answer.tool_calls:
        async with cl.Step(name=call.name, type="tool", show_input="json") as step:
            step.input = call.args
            step.output = tool_step_output(call.result)
    actions = [cl.Action(name="choice", payload={"text": c}, label=c) for c in answer.choices]
    reply = cl.Message(
        content="", author="Assistant", elements=elements_for(service.attachments(answer)), actions=actions
    )
    for piece in stream_pieces(message_text(answer)):
        await reply.stream_token(piece)
    await reply.send()
