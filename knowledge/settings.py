"""Configuration from the environment and a ``.env`` file (pydantic-settings). Every setting has a sane default:
offline, no LLM, data under ``./data``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from .paths import ROOT, SOURCES_DIR

# Retrieval fusion, tuned on the evaluation set (docs/evaluation.md); the index reader uses the same defaults.
DEFAULT_WEIGHTS = {"bm25": 1.0, "dense": 1.0, "linked": 2.0}
DEFAULT_RRF_K = 60


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=ROOT / ".env", env_file_encoding="utf-8", extra="ignore")

    data_dir: Path = Field(ROOT / "data", description="Index, history database, uploads")
    sources_dir: Path = Field(SOURCES_DIR, description="Documents to index")
    embedding_model_path: str | None = Field(None, description="Local sentence-transformers model directory")
    chroma_server_url: str | None = Field(
        None, description="Chroma server (client/server mode), e.g. http://127.0.0.1:8001"
    )

    bm25_weight: float = DEFAULT_WEIGHTS["bm25"]
    dense_weight: float = DEFAULT_WEIGHTS["dense"]
    linked_weight: float = DEFAULT_WEIGHTS["linked"]
    rrf_k: int = DEFAULT_RRF_K

    # Optional LLM: "none" answers offline, with no model at all.
    llm_provider: Literal["none", "ollama", "mistralai", "openai"] = "none"
    llm_model: str | None = None
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_timeout_s: float = 30.0

    # Chainlit app
    host: str = Field("127.0.0.1", description="Address the chat listens on (HOST)")
    port: int = Field(8000, description="Port of the chat (PORT)")
    # Not DATABASE_URL: Chainlit reads that name itself and would start its own data layer.
    history_database_url: str | None = Field(None, description="SQLAlchemy URL of the history; default SQLite")
    auth_users_file: Path | None = Field(None, description="Users with hashed passwords; unset = no login")
    # Without a users file, a non-loopback HOST is refused unless this says an open, shared history is wanted.
    allow_open_history: bool = Field(False, description="Accept HOST beyond loopback with no login (ALLOW_OPEN_HISTORY)")
    allowed_origins: str = Field("", description="Other origins that may call the chat, comma-separated")
    session_cookie_secure: Literal["auto", "true", "false"] = Field("auto", description="auto: Secure over HTTPS")

    @property
    def llm_enabled(self) -> bool:
        return self.llm_provider != "none" and bool(self.llm_model)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
