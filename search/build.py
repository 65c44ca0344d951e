"""Build the search indexes (Chroma + French BM25) from ``knowledge/sources``: idempotent and atomic.

Layout under ``<data_dir>/index``: one folder per version (manifest, chunks, bm25, chroma) and a ``CURRENT``
file naming the version in service. A build writes a new ``<version>-<pid>-<ns>.partial`` folder, renames it, then swaps
``CURRENT`` with an atomic rename: an interrupted or failed build leaves the previous index serving.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from knowledge.documents import DocumentError, list_sources, load_document
from knowledge.private import private_dir
from knowledge.schema import Chunk, Job

from .analysis import analyze
from .chroma import drop_old_collections, make_client
from .chunks import CHUNKER_VERSION, document_chunks, index_text
from .embeddings import ChromaEmbedding, Embedder

COLLECTION_PREFIX = "etude"


class IndexMissing(RuntimeError):
    """No usable index: the message says which command rebuilds it."""


@dataclass
class BuildReport:
    status: str  # "built" | "unchanged" | "failed"
    version: str | None = None
    chunks: int = 0
    documents: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    repaired: str | None = None  # why the index in service, up to date but unreadable, was built again


def index_root(data_dir: Path) -> Path:
    return data_dir / "index"


def current_version(data_dir: Path) -> str | None:
    pointer = index_root(data_dir) / "CURRENT"
    if not pointer.exists():
        return None
    try:
        version = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not re.fullmatch(r"[0-9a-f]{16}", version):
        return None
    return version if (index_root(data_dir) / version / "manifest.json").exists() else None


def index_problem(directory: Path, chroma_server_url: str | None = None) -> str | None:
    """Why the index in ``directory`` cannot be read (in French), or None when its files are whole: the manifest,
    every passage it announces, the BM25 files and, unless they live in a Chroma server, the dense index."""
    try:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
        announced = manifest["chunks"]
        manifest["documents"], manifest["errors"].values(), manifest["collection"]  # noqa: B018
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "manifest.json illisible"
    try:
        chunks = json.loads((directory / "chunks.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "chunks.json illisible"
    if not isinstance(chunks, list) or len(chunks) != announced:
        return f"chunks.json incomplet ({len(chunks) if isinstance(chunks, list) else 0} passages sur {announced})"
    if not (directory / "bm25").is_dir() or not any((directory / "bm25").iterdir()):
        return "index BM25 absent"
    if not chroma_server_url and not (directory / "chroma").is_dir():
        return "index dense (chroma) absent"
    return None


def current_dir(data_dir: Path) -> Path:
    version = current_version(data_dir)
    if version is None:
        raise IndexMissing(
            f"Aucun index de recherche dans {index_root(data_dir)}. Construisez-le avec : make index "
            "(ou .venv/bin/python -m ingest)"
        )
    return index_root(data_dir) / version


def fingerprint(files: list[Path], embedder_name: str) -> tuple[str, dict[str, str]]:
    hashes = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in files}
    key = json.dumps({"sources": hashes, "chunker": CHUNKER_VERSION, "model": embedder_name}, sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()[:16], hashes


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def build_index(
    sources_dir: Path,
    data_dir: Path,
    embedder: Embedder | Callable[[], Embedder],
    jobs: list[Job],
    chroma_server_url: str | None = None,
    progress: bool = True,
) -> BuildReport:
    started = time.perf_counter()
    root = index_root(data_dir)
    private_dir(data_dir)  # the data folder also holds the history and the session secret
    root.mkdir(parents=True, exist_ok=True)
    for leftover in root.glob("*.partial"):  # from a build that was killed
        shutil.rmtree(leftover, ignore_errors=True)
    files, refused = list_sources(sources_dir)
    model_name = embedder.name if isinstance(embedder, Embedder) else getattr(embedder, "model_name", "default")
    version, hashes = fingerprint(files, model_name)
    repaired = None
    if current_version(data_dir) == version:
        repaired = index_problem(root / version, chroma_server_url)
        if repaired is None:
            manifest = json.loads((root / version / "manifest.json").read_text(encoding="utf-8"))
            return BuildReport(
                "unchanged", version, manifest["chunks"], manifest["documents"], list(manifest["errors"].values())
            )

    chunks: list[Chunk] = []
    documents, errors = [], dict(refused)
    for path in tqdm(files, desc="Lecture des documents", unit="fichier", disable=not progress):
        try:
            chunks.extend(document_chunks(load_document(path), jobs))
            documents.append(path.name)
        except DocumentError as error:
            errors[path.name] = str(error)
        except OSError as error:
            errors[path.name] = f"{path.name} : lecture impossible ({error})"
    if not chunks:
        return BuildReport("failed", None, 0, documents, list(errors.values()), time.perf_counter() - started)

    if not isinstance(embedder, Embedder):
        embedder = embedder()  # loaded only when there is work to do
    # a name of its own: Chroma caches its store per path within a process, so a rebuild must not reuse one
    partial = root / f"{version}-{os.getpid()}-{time.time_ns()}.partial"
    partial.mkdir()
    try:
        _write_json(partial / "chunks.json", [chunk.model_dump(mode="json") for chunk in chunks])
        import bm25s

        bm25 = bm25s.BM25()
        bm25.index([analyze(index_text(chunk)) for chunk in chunks], show_progress=False)
        bm25.save(str(partial / "bm25"), show_progress=False)

        vectors: list[list[float]] = []
        batches = [chunks[i : i + 32] for i in range(0, len(chunks), 32)]
        for batch in tqdm(batches, desc="Calcul des embeddings", unit="lot", disable=not progress):
            vectors.extend(embedder.embed([index_text(chunk) for chunk in batch]))
        client = make_client(partial / "chroma", chroma_server_url)
        name = f"{COLLECTION_PREFIX}-{version}"
        try:
            client.delete_collection(name)
        except Exception:  # noqa: BLE001 - absent collection: nothing to delete
            pass
        collection = client.create_collection(
            name, embedding_function=ChromaEmbedding(embedder), metadata={"hnsw:space": "cosine"}
        )
        collection.add(
            ids=[chunk.id for chunk in chunks],
            documents=[index_text(chunk) for chunk in chunks],
            embeddings=vectors,
            metadatas=[{"kind": chunk.kind, "section": chunk.citation.section} for chunk in chunks],
        )
        manifest = {
            "version": version,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "sources": hashes,
            "documents": documents,
            "errors": errors,
            "chunker": CHUNKER_VERSION,
            "embedding_model": embedder.name,
            "collection": name,
            "chroma_server": bool(chroma_server_url),
            "chunks": len(chunks),
        }
        _write_json(partial / "manifest.json", manifest)
        del client
        final = root / version
        if final.exists():
            shutil.rmtree(final)
        partial.rename(final)
        pointer = root / "CURRENT.tmp"
        pointer.write_text(version, encoding="utf-8")
        os.replace(pointer, root / "CURRENT")  # the atomic swap
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    kept = _prune(root, keep={version})
    if chroma_server_url:
        drop_old_collections(chroma_server_url, {f"{COLLECTION_PREFIX}-{v}" for v in kept}, f"{COLLECTION_PREFIX}-")
    seconds = time.perf_counter() - started
    return BuildReport("built", version, len(chunks), documents, list(errors.values()), seconds, repaired)


def _prune(root: Path, keep: set[str]) -> set[str]:
    """Keep the version in service and the newest previous one (a fallback), drop older ones."""
    versions = sorted(
        (p for p in root.iterdir() if p.is_dir() and not p.name.endswith(".partial")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    previous = [p for p in versions if p.name not in keep][:1]
    for path in versions:
        if path.name not in keep and path not in previous:
            shutil.rmtree(path, ignore_errors=True)
    return keep | {p.name for p in previous}
