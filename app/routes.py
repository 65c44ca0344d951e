"""HTTP routes for what the chat page fetches by URL: cited passages, charts and job briefs.

Serving them by URL instead of attaching their content to each answer spares the server a file write per element
(measured: a third of its time under load, docs/benchmarks.md), lets history keep them with the thread, and lets any
worker answer the request. They are pure functions of the shipped study, so they are cached and need no session.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, FastAPI, HTTPException, Response
from pydantic import ValidationError

from .charts import Chart
from .chat import ChatService

CACHE = "public, max-age=3600"


def router_for(service: ChatService) -> APIRouter:
    # Plain functions, so FastAPI runs them in its thread pool: a chart not yet cached takes 40 to 300 ms to build,
    # which must not hold up the event loop that streams every other answer.
    router = APIRouter(prefix="/etude")

    @router.get("/passage/{source}")
    def passage(source: str, lignes: str = "") -> Response:
        span = re.fullmatch(r"(\d{1,6})-(\d{1,6})", lignes)
        if not span:
            raise HTTPException(400, "Plage de lignes attendue sous la forme lignes=12-20.")
        try:
            text = service.passage(source, int(span[1]), int(span[2]))
        except ValueError as error:
            raise HTTPException(404, str(error)) from error
        return Response(text, media_type="text/plain; charset=utf-8", headers={"Cache-Control": CACHE})

    @router.get("/graphique/{kind}")
    def chart(kind: str, metiers: str = "", qualification: str = "pwc") -> Response:
        try:
            wanted = Chart(kind=kind, job_ids=tuple(j for j in metiers.split(",") if j), qualification=qualification)
            content = service.chart_json(wanted)
        except ValidationError as error:
            raise HTTPException(
                404, f"Graphique inconnu : {kind} ({error.error_count()} paramètre(s) invalide(s))"
            ) from None
        except ValueError as error:
            raise HTTPException(404, str(error)) from error
        return Response(content, media_type="application/json", headers={"Cache-Control": CACHE})

    @router.get("/fiche/{name}")
    def brief(name: str) -> Response:
        found = re.fullmatch(r"fiche-([a-z0-9-]+)\.md", name)
        if not found:
            raise HTTPException(404, f"Fiche inconnue : {name}")
        try:
            content = service.brief(found[1])
        except ValueError as error:
            raise HTTPException(404, str(error)) from error
        headers = {"Cache-Control": CACHE, "Content-Disposition": f'attachment; filename="{name}"'}
        return Response(content, media_type="text/markdown; charset=utf-8", headers=headers)

    return router


def install(app: FastAPI, service: ChatService) -> None:
    """Add the routes to Chainlit's app ahead of its catch-all page route, which would otherwise answer them with
    the chat page (Chainlit issues #1099 and #1819). They all live under /etude, which Chainlit does not use."""
    before = len(app.router.routes)
    app.include_router(router_for(service))
    added = app.router.routes[before:]
    del app.router.routes[before:]
    app.router.routes[:0] = added
