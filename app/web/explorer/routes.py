"""HTTP routes of the explorer, included by ``app/web/routes.py`` under its ``/etude`` prefix and login check: the
table page, a page per job and the three files. Pure functions of the study (and the day, which the files name)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache

from fastapi import APIRouter, HTTPException, Request, Response

from ..presenter import ChatService, url_root
from .downloads import records_json, table_csv, table_xlsx
from .job_page import job_html
from .links import EXPLORER, FILE_STEM, FILES
from .page import explorer_html

HTML = "text/html; charset=utf-8"
BUILDERS = {"csv": table_csv, "xlsx": table_xlsx, "json": records_json}


def explorer_router(service: ChatService, served: Callable[..., Response]) -> APIRouter:
    """``served`` is ``app.web.routes.served``: the shared error handling (404 and 400 with the French message)."""
    router = APIRouter(prefix=EXPLORER.removeprefix("/etude"))
    engine = service.engine

    @lru_cache(maxsize=6)
    def file(kind: str, today: date) -> bytes:
        return BUILDERS[kind](engine.tool, today)

    @router.get("")
    def explorer(request: Request) -> Response:
        params = dict(request.query_params)
        return served(lambda: explorer_html(engine.tool, params, date.today(), url_root()), HTML)

    @router.get("/metier/{job_id}")
    def job(job_id: str) -> Response:
        return served(lambda: job_html(engine.study, engine.tool, job_id, date.today(), url_root()), HTML)

    @router.get("/{name}")
    def download(name: str) -> Response:
        stem, _, kind = name.rpartition(".")
        if stem != FILE_STEM or kind not in FILES:
            raise HTTPException(404, f"Fichier inconnu : {name}")
        today = date.today()
        disposition = f'attachment; filename="{FILE_STEM}-{today.isoformat()}.{kind}"'
        return served(lambda: file(kind, today), FILES[kind], **{"Content-Disposition": disposition})

    return router
