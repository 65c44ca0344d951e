"""Chroma clients: an embedded persistent store per index version, or a Chroma server (``CHROMA_SERVER_URL``)
shared by several workers, where each index version is its own collection."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse


def make_client(path: Path, server_url: str | None = None):
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if server_url:
        url = urlparse(server_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https", settings=settings
        )
    return chromadb.PersistentClient(path=str(path), settings=settings)


def drop_old_collections(server_url: str, keep: set[str], prefix: str) -> None:
    """On a shared server, remove collections of index versions no longer kept on disk."""
    client = make_client(Path("."), server_url)
    for collection in client.list_collections():
        name = collection if isinstance(collection, str) else collection.name
        if name.startswith(prefix) and name not in keep:
            client.delete_collection(name)
