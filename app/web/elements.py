"""Chainlit elements for an answer's attachments. The page fetches each one from its URL (``app/routes.py``), so no
content travels with the answer and nothing is written to disk per answer."""

from __future__ import annotations

from typing import ClassVar

import chainlit as cl
from chainlit.element import Element, ElementType
from pydantic.dataclasses import dataclass

from .presenter import Attachment


@dataclass
class ChartElement(Element):
    """A Plotly chart fetched from its URL (``cl.Plotly`` insists on serialising a figure itself)."""

    type: ClassVar[ElementType] = "plotly"
    size: str = "large"


KINDS = {"passage": cl.Text, "chart": ChartElement, "brief": cl.File}


def elements_for(attachments: list[Attachment]) -> list[Element]:
    return [KINDS[a.kind](name=a.name, url=a.url, display=a.display, mime=a.mime) for a in attachments]
