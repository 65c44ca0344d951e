"""The history database, its WAL companions and the data folder are private to the server's user."""

from __future__ import annotations

import asyncio
import stat
import uuid

from app.web.history import init_history
from knowledge.settings import Settings


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_history_files_are_created_private_and_made_private_again(tmp_path):
    from chainlit.context import init_http_context

    data = tmp_path / "data"
    layer = init_history(Settings(data_dir=data))
    thread = str(uuid.uuid4())

    async def write():
        init_http_context(thread_id=thread)
        await layer.update_thread(thread, name="Fil")
        await layer.create_step({"id": str(uuid.uuid4()), "threadId": thread, "name": "Assistant",
                                 "type": "assistant_message", "streaming": False, "output": "17e sur 58"})  # fmt: skip
        await layer.flush()
        files = {p.name: mode(p) for p in data.glob("historique.sqlite3*")}
        await layer.close()
        return files

    files = asyncio.run(write())
    assert mode(data) == 0o700
    assert files == {"historique.sqlite3": 0o600, "historique.sqlite3-wal": 0o600, "historique.sqlite3-shm": 0o600}
    database = data / "historique.sqlite3"
    database.chmod(0o644)  # made by an older version
    init_history(Settings(data_dir=data))
    assert mode(database) == 0o600
