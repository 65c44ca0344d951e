"""The explorer's addresses, under the app's root path and the ``/etude`` prefix the login guards."""

from __future__ import annotations

from urllib.parse import quote

from scoring.render import escape_markdown

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



def explorer_line(brief_key: str, tool, root: str) -> str:
    """The Markdown line under an answer that links its jobs' pages in the explorer (``brief_key`` says which jobs
    the answer is about, as for its brief): one job, its family, the core jobs, or the jobs compared."""
    if brief_key == "coeur":
        return f"[Les métiers cœur dans l'explorateur]({explorer_url(root, '?coeur=oui')})"
    if brief_key.startswith("famille-"):
        code = brief_key.removeprefix("famille-")
        return f"[Cette famille dans l'explorateur]({explorer_url(root, f'?famille={code}')})"
    if brief_key.startswith("selection-"):
        ids = [j for j in dict.fromkeys(brief_key.removeprefix("selection-").split("_")) if j in tool.by_id]
        pages = " · ".join(f"[{escape_markdown(tool.by_id[j].job)}]({job_url(root, j)})" for j in ids)
        return f"**Dans l'explorateur** : {pages}"
    return f"[La page de ce métier dans l'explorateur]({job_url(root, brief_key)})"
