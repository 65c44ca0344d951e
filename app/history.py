"""Conversation history through Chainlit's SQLAlchemy data layer: a SQLite file by default (schema created on
first start), any SQLAlchemy URL (PostgreSQL…) by configuration."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import create_async_engine

from .config import Settings

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
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite+aiosqlite:///{settings.data_dir / 'historique.sqlite3'}"


async def create_schema(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            for statement in SCHEMA:
                await connection.execute(text(statement))
    finally:
        await engine.dispose()


def _history_layer_class():
    from chainlit.data.sql_alchemy import SQLAlchemyDataLayer

    class HistoryLayer(SQLAlchemyDataLayer):
        """Messages, steps and feedback are kept; attached elements (passages, charts, briefs) are not, as no
        file storage is configured: skip them quietly instead of logging a warning per element."""

        async def create_element(self, element):
            return None

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._known_threads: set[str] = set()

        async def update_thread(self, thread_id, name=None, user_id=None, metadata=None, tags=None):
            # Chainlit calls this before every step write only to make sure the thread exists: once this
            # process has seen the thread, that bare call is a SELECT for nothing (measured under load).
            bare = name is None and user_id is None and metadata is None and tags is None
            if bare and thread_id in self._known_threads:
                return None
            result = await super().update_thread(thread_id, name, user_id, metadata, tags)
            self._known_threads.add(thread_id)
            return result

        async def delete_thread(self, thread_id):
            self._known_threads.discard(thread_id)
            return await super().delete_thread(thread_id)

    return HistoryLayer


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
