"""HTTP routes for the pages opened beside the chat: a cited passage, the exposure table rows an answer used, and
the briefs of a job, a family or the core jobs (printable page and PDF). Included by ``routes.py`` under its ``/etude`` prefix and login check."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi import APIRouter, HTTPException, Response

from ..presenter import ChatService

HTML = "text/html; charset=utf-8"


def page_router(service: ChatService, served: Callable[..., Response]) -> APIRouter:
    """``served`` is ``app.web.routes.served``: the shared error handling (404 and 400 with the French message)."""
    router = APIRouter()

    @router.get("/source/{source}")
    def source(source: str, lignes: str = "") -> Response:
        span = re.fullmatch(r"(\d{1,6})-(\d{1,6})", lignes)
        if not span:
            raise HTTPException(400, "Plage de lignes attendue sous la forme lignes=12-20.")
        start, end = int(span[1]), int(span[2])
        return served(lambda: service.source_page(source, start, end), HTML)

    @router.get("/tableau")
    def table(metiers: str = "") -> Response:
        job_ids = [j for j in metiers.split(",") if j]
        return served(lambda: service.table_page(job_ids), HTML)

    @router.get("/document/{name}")
    def brief(name: str) -> Response:
        found = re.fullmatch(r"fiche-([a-z0-9_-]{1,600})\.(html|pdf)", name)
        if not found:
            raise HTTPException(404, f"Fiche inconnue : {name}")
        key, kind = found[1], found[2]
        if kind == "html":
            return served(lambda: service.brief_document(key, "html"), HTML)
        disposition = f'attachment; filename="{name}"'
        return served(lambda: service.brief_document(key, "pdf"), "application/pdf", **{"Content-Disposition": disposition})

    return router
