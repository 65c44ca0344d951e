"""The figure guard: every number in an answer must appear in a tool result, a cited passage or the question."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from knowledge.documents import DocumentError, cached_document
from knowledge.paths import SOURCES_DIR

from .answers import Answer

_NUMBER = re.compile(r"(?<![\w.,])[-+]?\d+(?:[.,]\d+)?")
# Citation markers, links, and the fixed scale wording "0,30 sur 1" are not figures to check.
_IGNORED = re.compile(r"\[\d+\]|https?://\S+|[^\s@]+@\S+|\b\d{4}-\d{2}-\d{2}\b|\bsur 1\b")


def canonical(token: str) -> str | None:
    try:
        value = Decimal(token.replace(",", ".").lstrip("+-"))
    except InvalidOperation:
        return None
    normalized = value.normalize()
    return format(normalized, "f")


def numbers(text: str) -> set[str]:
    text = _IGNORED.sub(" ", text)
    return {c for c in (canonical(t) for t in _NUMBER.findall(text)) if c is not None}


def cited_text(sources_dir: Path, citation) -> str:
    """The cited lines in full, as the chat shows them; the citation's quote if the document cannot be read."""
    try:
        lines = cached_document(sources_dir / citation.source).shown_lines
    except (OSError, DocumentError):
        return citation.quote
    return " ".join(lines[citation.line_start - 1 : citation.line_end]) or citation.quote


def allowed_numbers(answer: Answer, sources_dir: Path) -> set[str]:
    return traced_numbers(answer.question, answer.tool_calls, answer.citations, sources_dir)


def traced_numbers(question: str, tool_calls, citations, sources_dir: Path) -> set[str]:
    """The figures an answer may state: the question's, the tool results', the cited passages'."""
    allowed = numbers(question)
    for call in tool_calls:
        allowed |= numbers(json.dumps(call.result, ensure_ascii=False))
        allowed |= numbers(json.dumps(call.args, ensure_ascii=False))
    for citation in citations:
        allowed |= numbers(cited_text(sources_dir, citation))
    return allowed


def unsupported_numbers(text: str, answer: Answer, sources_dir: Path = SOURCES_DIR) -> list[str]:
    """Figures in ``text`` that no tool result, cited passage or the question contains."""
    return sorted(numbers(text) - allowed_numbers(answer, sources_dir), key=lambda n: Decimal(n))


__all__ = ["unsupported_numbers", "numbers", "traced_numbers"]
