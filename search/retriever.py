"""Hybrid retrieval over the built index: French BM25 and dense (Chroma) results fused by weighted
reciprocal rank. Loaded once; a query does no disk I/O."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.schema import Chunk
from knowledge.settings import DEFAULT_RRF_K, DEFAULT_WEIGHTS
from knowledge.source import clean_line

from .analysis import analyze
from .build import current_dir
from .chroma import make_client
from .embeddings import ChromaEmbedding, Embedder
from .sentences import SentenceIndex


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    ranks: dict[str, int]  # retriever name -> 1-based rank


class Retriever:
    def __init__(
        self,
        data_dir: Path,
        embedder: Embedder | None,
        bm25_weight: float = DEFAULT_WEIGHTS["bm25"],
        dense_weight: float = DEFAULT_WEIGHTS["dense"],
        rrf_k: int = DEFAULT_RRF_K,
        chroma_client=None,
        linked_weight: float = DEFAULT_WEIGHTS["linked"],
        chroma_server_url: str | None = None,
        sources_dir: Path | None = None,
    ):
        import bm25s

        directory = current_dir(data_dir)
        self.manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
        self.chunks = [Chunk.model_validate(c) for c in json.loads((directory / "chunks.json").read_text("utf-8"))]
        self.by_id = {chunk.id: chunk for chunk in self.chunks}
        self.sentences = SentenceIndex(self.chunks, _source_lines(sources_dir, self.chunks))
        self.bm25 = bm25s.BM25.load(str(directory / "bm25"), show_progress=False)
        self.vocabulary = set(self.bm25.vocab_dict)
        self.embedder = embedder
        self.weights = {"bm25": bm25_weight, "dense": dense_weight, "linked": linked_weight}
        self.rrf_k = rrf_k
        self.collection = None
        if embedder is not None and dense_weight > 0:
            if chroma_client is None:
                chroma_client = make_client(directory / "chroma", chroma_server_url)
            self.collection = chroma_client.get_collection(
                self.manifest["collection"], embedding_function=ChromaEmbedding(embedder)
            )

    def bm25_search(self, query: str, k: int) -> list[tuple[str, float]]:
        tokens = [t for t in analyze(query) if t in self.vocabulary]
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens)
        order = np.argsort(-scores)[:k]
        return [(self.chunks[i].id, float(scores[i])) for i in order if scores[i] > 0]

    def dense_search(self, query: str, k: int) -> list[tuple[str, float]]:
        if self.collection is None or self.embedder is None:
            return []
        vector = self.embedder.embed([query])
        result = self.collection.query(query_embeddings=vector, n_results=min(k, len(self.chunks)))
        return [(cid, 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0], strict=True)]

    def search(
        self, query: str, k: int = 5, mode: str = "hybrid", pool: int = 20, linked: list[str] | None = None
    ) -> list[Hit]:
        """Modes: "bm25", "dense", "hybrid" (both fused), "linked" (hybrid plus ``linked``: the chunk ids that
        the caller knows answer the query, fused as a third channel)."""
        runs = {}
        if mode in ("hybrid", "linked", "bm25"):
            runs["bm25"] = self.bm25_search(query, pool)
        if mode in ("hybrid", "linked", "dense"):
            runs["dense"] = self.dense_search(query, pool)
        if mode == "linked" and linked:
            runs["linked"] = [(cid, 1.0) for cid in linked if cid in self.by_id]
        fused: dict[str, float] = {}
        ranks: dict[str, dict[str, int]] = {}
        for name, results in runs.items():
            for rank, (chunk_id, _) in enumerate(results, 1):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + self.weights[name] / (self.rrf_k + rank)
                ranks.setdefault(chunk_id, {})[name] = rank
        ordered = sorted(fused, key=lambda cid: -fused[cid])[:k]
        return [Hit(self.by_id[cid], fused[cid], ranks[cid]) for cid in ordered]


def _source_lines(sources_dir: Path | None, chunks: list[Chunk]) -> dict[str, list[str]]:
    """The indexed documents' cleaned lines, read once at load, for the sentence index's paragraphs."""
    if sources_dir is None:
        return {}
    lines = {}
    for name in {chunk.citation.document for chunk in chunks}:
        path = sources_dir / name
        if path.is_file():
            lines[name] = [clean_line(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines
