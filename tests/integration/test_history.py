"""Conversation history on a real SQLite file: batched writes are never lost nor read stale, and a thread keeps its
attachments (passage, chart and brief URLs) for when it is resumed."""

from __future__ import annotations

import asyncio
import uuid

from app.web.history import init_history
from knowledge.settings import Settings


def step(thread: str, step_id: str, output: str) -> dict:
    return {"id": step_id, "threadId": thread, "name": "Assistant", "type": "assistant_message", "streaming": False,
            "output": output, "createdAt": "2026-11-24T10:00:00Z"}  # fmt: skip


def test_a_step_written_then_updated_reads_back_at_once_with_its_attachments(tmp_path):
    import chainlit as cl
    from chainlit.context import init_http_context
    from chainlit.user import User

    layer = init_history(Settings(data_dir=tmp_path))
    thread, reply = str(uuid.uuid4()), str(uuid.uuid4())

    async def scenario():
        init_http_context(thread_id=thread)
        user = await layer.create_user(User(identifier="alice"))
        await layer.update_thread(thread, name="Score du médecin", user_id=user.id)
        await layer.create_step(step(thread, reply, ""))
        await layer.update_step(step(thread, reply, "0,06 sur 1, 55e sur 58"))
        source = cl.Text(name="Source 1", url="/etude/passage/etude.txt?lignes=229-229", display="side")
        source.for_id = reply
        await layer.create_element(source)
        found = await layer.get_thread(thread)  # read before the batch delay: the pending rows come first
        await layer.close()
        return found

    found = asyncio.run(scenario())
    assert [s["output"] for s in found["steps"]] == ["0,06 sur 1, 55e sur 58"]
    assert [(e["name"], e["url"], e["forId"]) for e in found["elements"]] == [
        ("Source 1", "/etude/passage/etude.txt?lignes=229-229", reply)
    ]


def test_pending_rows_are_on_disk_once_the_layer_is_closed(tmp_path):
    import sqlite3

    from chainlit.context import init_http_context

    settings = Settings(data_dir=tmp_path)
    thread = str(uuid.uuid4())

    def on_disk() -> list[str]:
        with sqlite3.connect(tmp_path / "historique.sqlite3") as connection:
            return [row[0] for row in connection.execute("SELECT output FROM steps")]

    async def write(layer):
        init_http_context(thread_id=thread)
        await layer.update_thread(thread, name="Fil")
        await layer.create_step(step(thread, str(uuid.uuid4()), "17e sur 58"))
        pending = on_disk()
        await layer.close()  # what Chainlit does when the server stops
        return pending, on_disk()

    pending, closed = asyncio.run(write(init_history(settings)))
    assert pending == [] and closed == ["17e sur 58"]  # batched, then written by close


def test_a_row_that_cannot_be_written_does_not_cost_the_others_theirs(tmp_path, caplog):
    import sqlite3

    from chainlit.context import init_http_context

    layer = init_history(Settings(data_dir=tmp_path))
    kept, deleted = str(uuid.uuid4()), str(uuid.uuid4())

    async def scenario():
        init_http_context(thread_id=kept)
        await layer.create_step(step(deleted, str(uuid.uuid4()), "premier"))
        await layer.flush()  # the layer now knows this thread exists
        # another worker deletes it behind this one's back
        with sqlite3.connect(tmp_path / "historique.sqlite3") as connection:
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("DELETE FROM steps WHERE threadId = ?", (deleted,))
            connection.execute("DELETE FROM threads WHERE id = ?", (deleted,))
        await layer.create_step(step(deleted, str(uuid.uuid4()), "perdu"))
        await layer.create_step(step(kept, str(uuid.uuid4()), "gardé"))  # a new thread: the flush creates it
        await layer.close()

    asyncio.run(scenario())
    with sqlite3.connect(tmp_path / "historique.sqlite3") as connection:
        rows = connection.execute("SELECT threadId, output FROM steps").fetchall()
    assert rows == [(kept, "gardé")]
    assert "steps row" in caplog.text and "not written" in caplog.text
