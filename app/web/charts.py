"""Plotly figures for the chat: where pictures say it better than sentences. Built from the scoring tool only."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import plotly.graph_objects as go
import plotly.io as pio
from pydantic import BaseModel, ConfigDict

from scoring import ScoringTool
from scoring.render import score

PWC, EXPERT = "#2563eb", "#ea580c"
LAYOUT = dict(
    template="plotly_white",
    font=dict(family="system-ui, sans-serif", size=12),
    margin=dict(l=10, r=10, t=50, b=10),
    legend=dict(orientation="h", y=-0.15),
)


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def job_position(tool: ScoringTool, job_id: str) -> go.Figure:
    """All 58 jobs by score under both qualifications, the asked job highlighted."""
    job = tool.by_id[job_id]
    figure = go.Figure()
    for qualification, name, color in (("pwc", "PwC", PWC), ("expert", "Experts métier", EXPERT)):
        others = [j for j in tool.jobs if j.id != job_id]
        figure.add_trace(
            go.Scatter(
                x=[getattr(j, qualification).score for j in others],
                y=[name] * len(others),
                mode="markers",
                marker=dict(color="#cbd5e1", size=9),
                text=[f"{j.job} : {score(getattr(j, qualification).score)}" for j in others],
                hoverinfo="text",
                showlegend=False,
            )
        )
        exposure = getattr(job, qualification)
        figure.add_trace(
            go.Scatter(
                x=[exposure.score],
                y=[name],
                mode="markers+text",
                marker=dict(color=color, size=16, line=dict(color="black", width=1)),
                text=[
                    f"{exposure.rank}e/{tool.total}".replace("1e/", "1er/")
                    if exposure.rank == 1
                    else f"{exposure.rank}e/{tool.total}"
                ],
                textposition="top center",
                name=f"{job.job} ({name})",
            )
        )
    figure.update_layout(
        title=f"{job.job} parmi les {tool.total} métiers (score d'exposition 0 à 1)",
        xaxis=dict(range=[-0.02, 1.05], title="score d'exposition"),
        height=280,
        **LAYOUT,
    )
    return figure


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def profiles(tool: ScoringTool) -> go.Figure:
    stats = tool.stats()
    labels = [p.label for p in stats.profiles]
    figure = go.Figure(
        [
            go.Bar(name="PwC", x=labels, y=[p.count_pwc for p in stats.profiles], marker_color=PWC,
                   text=[p.count_pwc for p in stats.profiles], textposition="outside"),
            go.Bar(name="Experts métier", x=labels, y=[p.count_expert for p in stats.profiles], marker_color=EXPERT,
                   text=[p.count_expert for p in stats.profiles], textposition="outside"),
        ]
    )  # fmt: skip
    figure.update_layout(title=f"Répartition des {stats.total_jobs} métiers par profil d'impact", barmode="group",
                         yaxis_title="nombre de métiers", height=360, **LAYOUT)  # fmt: skip
    return figure


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def compare(tool: ScoringTool, job_ids: tuple[str, ...]) -> go.Figure:
    jobs = [tool.by_id[j] for j in job_ids]
    names = [j.job for j in jobs]
    figure = go.Figure(
        [
            go.Bar(name="PwC", x=names, y=[j.pwc.score for j in jobs], marker_color=PWC,
                   text=[score(j.pwc.score) for j in jobs], textposition="outside"),
            go.Bar(name="Experts métier", x=names, y=[j.expert.score for j in jobs], marker_color=EXPERT,
                   text=[score(j.expert.score) for j in jobs], textposition="outside"),
        ]
    )  # fmt: skip
    figure.update_layout(title="Scores d'exposition comparés", barmode="group", yaxis=dict(range=[0, 1.15]),
                         height=360, **LAYOUT)  # fmt: skip
    return figure


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def core_pwc_vs_expert(tool: ScoringTool) -> go.Figure:
    core = sorted((j for j in tool.jobs if j.core), key=lambda j: j.expert.score)
    figure = go.Figure()
    for job in core:
        figure.add_trace(go.Scatter(x=[job.pwc.score, job.expert.score], y=[job.job, job.job], mode="lines",
                                    line=dict(color="#94a3b8"), showlegend=False, hoverinfo="skip"))  # fmt: skip
    figure.add_trace(go.Scatter(x=[j.pwc.score for j in core], y=[j.job for j in core], mode="markers", name="PwC",
                                marker=dict(color=PWC, size=11)))  # fmt: skip
    figure.add_trace(go.Scatter(x=[j.expert.score for j in core], y=[j.job for j in core], mode="markers",
                                name="Experts métier", marker=dict(color=EXPERT, size=11)))  # fmt: skip
    figure.update_layout(title="Métiers cœur d'assistance : PwC et experts métier", xaxis=dict(range=[0, 1.05]),
                         height=420, **LAYOUT)  # fmt: skip
    return figure


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def ranking(tool: ScoringTool, job_ids: tuple[str, ...], qualification: str) -> go.Figure:
    exposures = [(tool.by_id[j].job, getattr(tool.by_id[j], qualification)) for j in job_ids]
    color = EXPERT if qualification == "expert" else PWC
    figure = go.Figure(go.Bar(x=[e.score for _, e in exposures][::-1], y=[f"{e.rank}. {job}" for job, e in exposures][::-1],
                              orientation="h", marker_color=color,
                              text=[score(e.score) for _, e in exposures][::-1], textposition="outside"))  # fmt: skip
    name = "experts métier" if qualification == "expert" else "PwC"
    figure.update_layout(title=f"Classement ({name})", xaxis=dict(range=[0, 1.15]),
                         height=max(260, 40 * len(exposures) + 100), **LAYOUT)  # fmt: skip
    return figure


class Chart(BaseModel):
    """What a chart shows, small enough to travel in a URL: the page fetches the figure from ``routes.py``."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["position", "profils", "comparaison", "coeur", "classement"]
    job_ids: tuple[str, ...] = ()
    qualification: Literal["pwc", "expert"] = "pwc"

    @property
    def name(self) -> str:
        return TITLES[self.kind]

    @classmethod
    def parse(cls, kind: str, job_ids: tuple[str, ...], qualification: str) -> Chart:
        """A chart asked for by URL. LookupError (in French) for an unknown chart or job, ValueError for a request
        that does not fit the chart; each accepted request is cached, so only well-formed ones get that far."""
        if kind not in TITLES:
            raise LookupError(f"Graphique inconnu : {kind} (graphiques : {', '.join(TITLES)})")
        low, high = JOBS_PER_CHART[kind]
        if not low <= len(job_ids) <= high:
            raise ValueError(f"Le graphique « {kind} » porte sur {low} à {high} métier(s), pas {len(job_ids)}.")
        if len(set(job_ids)) != len(job_ids):
            raise ValueError("Un métier est demandé deux fois.")
        if qualification not in ("pwc", "expert"):
            raise ValueError(f"Qualification inconnue : {qualification} (pwc ou expert)")
        return cls(kind=kind, job_ids=job_ids, qualification=qualification)


TITLES = {
    "position": "Position du métier",
    "profils": "Répartition par profil",
    "comparaison": "Comparaison",
    "coeur": "Métiers cœur : PwC et experts",
    "classement": "Classement",
}
MAX_JOBS = 20  # longer rankings and comparisons are read, not looked at
JOBS_PER_CHART = {"position": (1, 1), "profils": (0, 0), "comparaison": (1, MAX_JOBS), "coeur": (0, 0),
                  "classement": (1, MAX_JOBS)}  # fmt: skip


def charts_for(answer) -> list[Chart]:
    """The charts an answer's chart specs call for."""
    out = []
    for spec in answer.charts:
        kind = spec["type"]
        if kind == "job_position":
            out.append(Chart(kind="position", job_ids=(spec["job_id"],)))
        elif kind == "profiles":
            out.append(Chart(kind="profils"))
        elif kind == "compare" and len(spec["job_ids"]) <= MAX_JOBS:
            out.append(Chart(kind="comparaison", job_ids=tuple(spec["job_ids"])))
        elif kind == "core_pwc_vs_expert":
            out.append(Chart(kind="coeur"))
        elif kind == "ranking" and "job_ids" in spec:  # rows chosen by a query (a family, the movers…)
            if len(spec["job_ids"]) <= MAX_JOBS:
                out.append(Chart(kind="classement", job_ids=tuple(spec["job_ids"]), qualification=spec["qualification"]))
        elif kind == "ranking":
            calls = [c for c in answer.tool_calls if c.name == "scoring.top"]
            if calls and len(calls[-1].result["entries"]) <= MAX_JOBS:
                ids = tuple(e["job_id"] for e in calls[-1].result["entries"])
                out.append(Chart(kind="classement", job_ids=ids, qualification=calls[-1].args["qualification"]))
    return out


def figure(tool: ScoringTool, chart: Chart) -> go.Figure:
    """The figure for a chart; LookupError (in French) for a job the study does not have."""
    unknown = [j for j in chart.job_ids if j not in tool.by_id]
    if unknown:
        raise LookupError(f"Métier inconnu de l'étude : {', '.join(unknown)}")
    if chart.kind == "position":
        return job_position(tool, chart.job_ids[0])
    if chart.kind == "profils":
        return profiles(tool)
    if chart.kind == "comparaison":
        return compare(tool, chart.job_ids)
    if chart.kind == "coeur":
        return core_pwc_vs_expert(tool)
    return ranking(tool, chart.job_ids, chart.qualification)


@lru_cache(maxsize=512)  # serialising with validation takes ~2 ms a figure
def figure_json(tool: ScoringTool, chart: Chart) -> str:
    """The figure as the Chainlit page draws it (as ``cl.Plotly`` would send it: full width)."""
    shown = go.Figure(figure(tool, chart))  # a copy: the cached figure stays as built
    shown.layout.autosize = True
    shown.layout.width = None
    return pio.to_json(shown, validate=True)


def warm_up(tool: ScoringTool) -> None:
    """Build the figures every job answer may need before the first user asks."""
    for job in tool.jobs:
        figure_json(tool, Chart(kind="position", job_ids=(job.id,)))
    figure_json(tool, Chart(kind="profils"))
    figure_json(tool, Chart(kind="coeur"))
