"""Conversation history through Chainlit's SQLAlchemy data layer: a SQLite file by default (schema created on
first start), any SQLAlchemy URL (PostgreSQL…) by configuration."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
from datetime import datetime
from functools import lru_cache

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import create_async_engine

from knowledge.private import private_dir, private_file
from knowledge.settings import Settings

log = logging.getLogger(__name__)

# Chainlit's documented schema (SQLAlchemy data layer), portable between SQLite and PostgreSQL.
SCHEMA = [
    """CREATE TABLE IF NOT EXISTS users (
        "id" UUID PRIMARY KEY, "identifier" TEXT NOT NULL UNIQUE, "metadata" JSONB NOT NULL, "createdAt" TEXT)""",
    """CREATE TABLE IF NOT EXISTS threads (
        "id" UUID PRIMARY KEY, "createdAt" TEXT, "name" TEXT, "userId" UUID, "userIdentifier" TEXT,
        "tags" TEXT[], "metadata" JSONB, FOREIGN KEY ("userId") REFERENCES users("id") ON DELETE CASCADE)""",
    """CREATE TABLE IF NOT EXISTS steps (
        "id" UUID PRIMARY KEY, "name" TEXT NOT NULL, "type" TEXT NOT NULL, "threadId" UUID NOT NULL,
        "parentId" UUID, "streaming" BOOLEAN NOT NULL, "waitForAnswer" BOOLEAN, "isError" BOOLEAN,
        "metadata" JSONB, "tags" TEXT[], "input" TEXT, "output" TEXT, "createdAt" TEXT, "command" TEXT,
        "modes" JSONB, "start" TEXT, "end" TEXT, "generation" JSONB, "showInput" TEXT, "language" TEXT,
        "indent" INT, "defaultOpen" BOOLEAN, "autoCollapse" BOOLEAN, "icon" TEXT,
        FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE)""",
    """CREATE TABLE IF NOT EXISTS elements (
        "id" UUID PRIMARY KEY, "threadId" UUID, "type" TEXT, "url" TEXT, "chainlitKey" TEXT, "name" TEXT NOT NULL,
        "display" TEXT, "objectKey" TEXT, "size" TEXT, "page" INT, "language" TEXT, "forId" UUID, "mime" TEXT,
        "props" JSONB, "autoPlay" BOOLEAN, "playerConfig" JSONB,
        FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE)""",
    """CREATE TABLE IF NOT EXISTS feedbacks (
        "id" UUID PRIMARY KEY, "forId" UUID NOT NULL, "threadId" UUID NOT NULL, "value" INT NOT NULL,
        "comment" TEXT, FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE)""",
]


def database_url(settings: Settings) -> str:
    if settings.history_database_url:
        return settings.history_database_url
    database = private_file(private_dir(settings.data_dir) / "historique.sqlite3")
    for journal in ("-wal", "-shm"):  # SQLite creates them with the database's mode; older ones are made private
        companion = database.with_name(database.name + journal)
        if companion.exists():
            companion.chmod(0o600)
    return f"sqlite+aiosqlite:///{database}"


async def create_schema(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            for statement in SCHEMA:
                await connection.execute(text(statement))
    finally:
        await engine.dispose()


# Writes are batched: under load the per-step transactions (one commit per step creation and update) cost more
# server time than the answers themselves (measured in docs/benchmarks.md). Pending rows wait at most this long.
FLUSH_SECONDS = 0.1


# What is kept of a user's message: what the engine reads (app/engine/core.py MAX_QUESTION_CHARS); a thread's name.
MAX_USER_MESSAGE_CHARS = 2000
MAX_THREAD_NAME_CHARS = 120


def step_parameters(step_dict: dict) -> dict:
    """The columns Chainlit's SQLAlchemy layer writes for a step (its create_step, kept column for column)."""
    step_dict = dict(step_dict)
    if step_dict.get("type") == "user_message":
        for key in ("input", "output"):
            if isinstance(step_dict.get(key), str):
                step_dict[key] = step_dict[key][:MAX_USER_MESSAGE_CHARS]
    step_dict["showInput"] = str(step_dict.get("showInput", "")).lower() if "showInput" in step_dict else None
    parameters = {
        key: value
        for key, value in step_dict.items()
        if value is not None and not (isinstance(value, dict) and not value)
    }
    parameters["metadata"] = json.dumps(step_dict.get("metadata", {}))
    parameters["generation"] = json.dumps(step_dict.get("generation", {}))
    return parameters


def element_parameters(element) -> dict:
    """The columns of an element row: attachments are URLs (``app/routes.py``), so the row is all there is to keep."""
    parameters = {key: value for key, value in element.to_dict().items() if value is not None}
    if "props" in parameters:
        parameters["props"] = json.dumps(parameters["props"])
    return parameters


@lru_cache(maxsize=64)
def upsert_sql(table: str, columns: tuple[str, ...]):
    """Insert, or update the row with this id only when it is in the same thread: a message id reused from
    another user's thread must neither rewrite that message nor move it into the writer's thread."""
    names = ", ".join(f'"{key}"' for key in columns)
    values = ", ".join(f":{key}" for key in columns)
    updates = ", ".join(f'"{key}" = :{key}' for key in columns if key != "id")
    same_thread = f' WHERE {table}."threadId" = excluded."threadId"' if "threadId" in columns else ""
    return text(
        f"INSERT INTO {table} ({names}) VALUES ({values}) ON CONFLICT (id) DO UPDATE SET {updates}{same_thread}"
    )


def _history_layer_class():
    from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
    from chainlit.data.utils import queue_until_user_message

    class HistoryLayer(SQLAlchemyDataLayer):
        """Chainlit's SQLAlchemy layer with step and element writes batched: a step's creation and its updates
        within ``FLUSH_SECONDS`` become one row write, and all pending rows one transaction. Reads and deletes of
        threads, steps and elements write what is pending first, so what was written is what is read back; closing
        the layer (Chainlit does on shutdown) writes it too. Elements are kept as their URL rows, which need no file
        storage: a resumed thread shows its passages, charts and briefs again."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._known_threads: set[str] = set()
            self._pending: dict[tuple[str, str], dict] = {}  # (table, id) -> columns
            self._flush_task: asyncio.Task | None = None
            self._lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

        def _queue(self, table: str, parameters: dict) -> None:
            self._pending.setdefault((table, parameters["id"]), {}).update(parameters)
            if self._flush_task is None:
                self._flush_task = asyncio.get_running_loop().create_task(self._flush_later())

        @queue_until_user_message()
        async def create_element(self, element):
            if element.url and element.for_id:  # content-only elements would need file storage: not kept
                self._queue("elements", element_parameters(element))

        @queue_until_user_message()
        async def create_step(self, step_dict):
            self._queue("steps", step_parameters(step_dict))

        @queue_until_user_message()
        async def update_step(self, step_dict):
            await self.create_step(step_dict)

        async def _flush_later(self):
            try:
                await asyncio.sleep(FLUSH_SECONDS)
            finally:  # also when a loop that ends cancels the wait (asyncio.run): the batch is still written
                self._flush_task = None
                await self.flush()

        def _writing(self) -> asyncio.Lock:
            """One writer at a time, so two batches never land out of order (a lock belongs to one event loop)."""
            loop = asyncio.get_running_loop()
            if self._lock is None or self._lock[0] is not loop:
                self._lock = (loop, asyncio.Lock())
            return self._lock[1]

        async def flush(self) -> None:
            """Write the pending rows now."""
            async with self._writing():
                await self._write_pending()

        async def _write_pending(self) -> None:
            if not self._pending:
                return
            batch, self._pending = self._pending, {}
            try:
                await self._write(batch)
            except Exception:  # noqa: BLE001 - one bad row (its thread deleted meanwhile) must not cost the others
                for key, row in batch.items():
                    try:
                        await self._write({key: row})
                    except Exception as error:  # noqa: BLE001 - history is best effort: the chat keeps answering
                        self._known_threads.discard(row.get("threadId"))
                        log.error("history: %s row %s not written: %s", key[0], key[1], error)

        async def _write(self, batch: dict[tuple[str, str], dict]) -> None:
            """One transaction; the threads first, as steps and elements reference them."""
            for thread_id in dict.fromkeys(row.get("threadId") for row in batch.values()):
                if thread_id:
                    await self.update_thread(thread_id)
            groups: dict[tuple[str, tuple[str, ...]], list[dict]] = {}
            for (table, _), row in batch.items():
                groups.setdefault((table, tuple(row)), []).append(row)
            async with self.async_session() as session, session.begin():
                for (table, columns), rows in groups.items():
                    await session.execute(upsert_sql(table, columns), rows)

        async def update_thread(self, thread_id, name=None, user_id=None, metadata=None, tags=None):
            # Chainlit calls this before every step write only to make sure the thread exists: once this
            # process has seen the thread, that bare call is a SELECT for nothing (measured under load).
            if isinstance(name, str) and len(name) > MAX_THREAD_NAME_CHARS:
                name = name[: MAX_THREAD_NAME_CHARS - 1].rstrip() + "…"
            bare = name is None and user_id is None and metadata is None and tags is None
            if bare and thread_id in self._known_threads:
                return None
            result = await super().update_thread(thread_id, name, user_id, metadata, tags)
            self._known_threads.add(thread_id)
            return result

        async def delete_thread(self, thread_id):
            async with self._writing():  # no batch may check the thread exists, then write after it is gone
                await self._write_pending()
                self._known_threads.discard(thread_id)
                return await super().delete_thread(thread_id)

        async def get_thread_author(self, thread_id):
            """The author, or None for an unknown thread: Chainlit's access check answers 404 to None, but a 500
            with a traceback to the ValueError its layer raises."""
            await self.flush()
            try:
                return await SQLAlchemyDataLayer.get_thread_author(self, thread_id)
            except ValueError:
                return None

        async def delete_element(self, element_id, thread_id=None):
            self._pending.pop(("elements", element_id), None)  # else the pending row would bring it back
            return await super().delete_element(element_id, thread_id)

        async def close(self) -> None:
            await self.flush()
            await super().close()

    # Reads, and writes about rows that may still be pending (a step's deletion, feedback on a step), see the
    # pending rows written first.
    for name in (
        "get_thread", "list_threads", "get_step", "get_element", "get_favorite_steps",
        "delete_step", "upsert_feedback",
    ):  # fmt: skip
        setattr(HistoryLayer, name, _after_flush(getattr(SQLAlchemyDataLayer, name)))
    return HistoryLayer


def _after_flush(method):
    @functools.wraps(method)
    async def wrapper(self, *args, **kwargs):
        await self.flush()
        return await method(self, *args, **kwargs)

    return wrapper


def init_history(settings: Settings):
    """The data layer, or None (with a logged reason) when the database cannot be reached."""
    HistoryLayer = _history_layer_class()  # noqa: N806 - a class, imported late (chainlit reads cwd on import)
    url = database_url(settings)
    try:
        asyncio.run(create_schema(url))
    except Exception as error:  # noqa: BLE001 - the chat must still answer without history
        log.error("history database unavailable: %s", error)
        return None
    layer = HistoryLayer(conninfo=url)
    if url.startswith("sqlite"):
        event.listen(layer.engine.sync_engine, "connect", _sqlite_pragmas)
    return layer


def _sqlite_pragmas(connection, _record) -> None:
    # WAL and NORMAL sync: one fsync per checkpoint instead of per step; measured in docs/benchmarks.md
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def thread_title(first_message: str, at: datetime) -> str:
    """A thread's name in the sidebar: when it was asked (server time; the sidebar groups threads by day), then its
    first message, so that threads started from the same suggestion can be told apart even when the sidebar cuts
    long names."""
    words = " ".join(first_message.split())
    words = words if len(words) <= 80 else words[:79].rstrip() + "…"
    return f"{at:%H:%M} · {words}"


async def name_thread(thread_id: str, name: str) -> None:
    """Rename a thread in the history, if there is one; a history that is down must not break the answer."""
    from chainlit.data import get_data_layer

    layer = get_data_layer()
    if layer is None:
        return
    try:
        await layer.update_thread(thread_id, name=name)
    except Exception:  # noqa: BLE001 - the answer is given; only its title in the sidebar is lost
        log.warning("thread %s could not be renamed", thread_id, exc_info=True)
