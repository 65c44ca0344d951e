"""The explorer's addresses, under the app's root path and the ``/etude`` prefix the login guards."""

from __future__ import annotations

from urllib.parse import quote

EXPLORER = "/etude/explorateur"
FILES = {"csv": "text/csv; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "json": "application/json"}  # fmt: skip
FILE_STEM = "exposition-58-metiers-assistance"


def explorer_url(root: str, query: str = "") -> str:
    return f"{root}{EXPLORER}{query}"


def job_url(root: str, job_id: str) -> str:
    return f"{root}{EXPLORER}/metier/{quote(job_id)}"


def file_url(root: str, kind: str) -> str:
    return f"{root}{EXPLORER}/{FILE_STEM}.{kind}"


def brief_url(root: str, job_id: str) -> str:
    return f"{root}/etude/document/fiche-{quote(job_id)}.html"


def chat_url(root: str, question: str = "") -> str:
    """The chat; with a question, ``public/assistant.js`` sends it once the conversation is ready."""
    return f"{root}/" + (f"?question={quote(question)}" if question else "")
