"""Scale-out on real servers started on loopback: the index in a Chroma server, the history in PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from app.web.history import init_history
from devtools.servers import ChromaServer, PostgresServer, pg_bindir
from knowledge.settings import Settings
from search.build import build_index
from search.chroma import make_client
from search.embeddings import load_embedder
from search.retriever import Retriever


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("chroma-server")
    server = ChromaServer(path / "store", path / "chroma.log").start()
    yield server
    server.stop()


def test_index_built_into_a_chroma_server_and_searched_from_it(chroma_server, tmp_path, study):
    embedder = load_embedder(None)
    settings = Settings(data_dir=tmp_path)
    report = build_index(settings.sources_dir, tmp_path, embedder, study.jobs, chroma_server_url=chroma_server.url,
                         progress=False)  # fmt: skip
    assert report.status == "built"
    assert not (tmp_path / "index" / report.version / "chroma").exists()  # nothing embedded on local disk
    names = [c if isinstance(c, str) else c.name for c in make_client(tmp_path, chroma_server.url).list_collections()]
    assert f"etude-{report.version}" in names
    retriever = Retriever(tmp_path, embedder, chroma_server_url=chroma_server.url)
    hits = retriever.dense_search("charte d'utilisation de l'IA générative", 5)
    assert hits and all(chunk_id in retriever.by_id for chunk_id, _ in hits)
    second = build_index(settings.sources_dir, tmp_path, embedder, study.jobs, chroma_server_url=chroma_server.url,
                         progress=False)  # fmt: skip
    assert second.status == "unchanged"


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    try:
        pg_bindir()
    except FileNotFoundError:
        pytest.skip("PostgreSQL absent (make test l'installe en CI)")
    server = PostgresServer().start()
    yield server
    server.stop()


def test_history_in_postgresql_survives_a_new_data_layer(postgres, tmp_path):
    from chainlit.user import User

    settings = Settings(data_dir=tmp_path, history_database_url=postgres.url)

    layer = init_history(settings)
    assert layer is not None, "schema creation on PostgreSQL failed"

    async def write():
        from chainlit.context import init_http_context

        init_http_context()  # the data layer reads the Chainlit context, as inside the app
        user = await layer.create_user(User(identifier="alice"))
        thread = str(uuid.uuid4())
        await layer.update_thread(thread, name="Score de l'infirmier", user_id=user.id)
        await layer.create_step(
            {"id": str(uuid.uuid4()), "threadId": thread, "name": "Assistant", "type": "assistant_message",
             "streaming": False, "output": "0,41 sur 1, 17e sur 58", "createdAt": "2026-11-24T10:00:00Z"}
        )  # fmt: skip
        await layer.close()
        return user.id, thread

    user_id, thread = asyncio.run(write())

    layer = init_history(settings)  # as after a restart: a new engine, the schema already there

    async def read():
        from chainlit.context import init_http_context

        init_http_context()
        found = await layer.get_thread(thread)
        author = await layer.get_thread_author(thread)
        await layer.close()
        return found, author

    found, author = asyncio.run(read())
    assert author == "alice"
    assert found["name"] == "Score de l'infirmier"
    assert any("17e sur 58" in (step.get("output") or "") for step in found["steps"])


def test_unreachable_database_is_reported_not_fatal(tmp_path):
    settings = Settings(data_dir=tmp_path, history_database_url="postgresql+asyncpg://postgres@127.0.0.1:1/absente")
    assert init_history(settings) is None
