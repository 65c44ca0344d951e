"""Plotly figures for the chat: where pictures say it better than sentences. Built from the scoring tool only."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Literal

import plotly.graph_objects as go
import plotly.io as pio
from pydantic import BaseModel, ConfigDict

from scoring import ScoringTool
from scoring.render import score

PWC, EXPERT = "#2563eb", "#ea580c"
# No Plotly legend: it covered the x-axis title and, at phone width, the bars. The colours are named in the
# subtitle instead. Margins grow to fit the title and the labels (automargin) instead of cutting them; the figures
# are read, not explored, so no zoom.
LAYOUT = dict(
    template="plotly_white",
    font=dict(family="system-ui, sans-serif", size=12),
    margin=dict(l=8, r=16, t=16, b=8),
    showlegend=False,
    dragmode=False,
)
TITLE_CHARACTERS = 30  # a phone-width chart (about 320 px, less the toolbar button) holds this many on one line
LABEL_CHARACTERS = 22


def wrap(text: str, width: int) -> str:
    """Break a title or a label into lines of at most ``width`` characters (Plotly never wraps text itself)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


KEY = f'<span style="color:{PWC}">●</span> PwC   <span style="color:{EXPERT}">●</span> experts métier'


def title(text: str, subtitle: str = "", key: bool = False) -> dict:
    """Above the plot area, which it pushes down as far as its lines need; ``key`` names the two colours. (The
    page's Plotly, 2.30, has no ``title.subtitle``: the smaller lines are styled spans.)"""
    lines = [wrap(text, TITLE_CHARACTERS)]
    small = ([wrap(subtitle, TITLE_CHARACTERS + 6)] if subtitle else []) + ([KEY] if key else [])
    lines += [f'<span style="font-size:12px;color:#4b5563">{line}</span>' for line in small]
    return dict(text="<br>".join(lines), x=0.01, xanchor="left", xref="container", yref="paper", y=1, yanchor="bottom",
                automargin=True, pad=dict(b=10), font=dict(size=15))  # fmt: skip


def fixed(axis: dict | None = None) -> dict:
    return dict(automargin=True, fixedrange=True, **(axis or {}))


# Plotly's toolbar, in French and with the one button a person uses here: download the picture.
CONFIG = dict(
    displaylogo=False,
    responsive=True,
    scrollZoom=False,
    modeBarButtons=[["toImage"]],
    toImageButtonOptions=dict(format="png", filename="graphique-etude-ia-metiers-assistance", scale=2),
    locale="fr",
    locales={
        "fr": {
            "dictionary": {
                "Download plot as a png": "Télécharger le graphique (PNG)",
                "Download plot": "Télécharger le graphique",
                "Taking snapshot - this may take a few seconds": "Création de l'image…",
                "Snapshot succeeded": "Image enregistrée",
                "Sorry, there was a problem downloading your snapshot!": "L'image n'a pas pu être créée.",
                "Double-click to zoom back out": "Double-cliquez pour revenir",
            },
            "format": {"decimal": ",", "thousands": "\u202f"},
        }
    },
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
        title=title(job.job, f"parmi les {tool.total} métiers (points gris), score d'exposition de 0 à 1"),
        xaxis=fixed(dict(range=[-0.03, 1.05], title="score d'exposition")),
        # room above the top row for its "45e/58" label
        yaxis=fixed(dict(range=[-0.6, 1.75])),
        height=340,
        **LAYOUT,
    )
    return figure


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def profiles(tool: ScoringTool) -> go.Figure:
    stats = tool.stats()
    labels = [wrap(p.label, 10) for p in stats.profiles]
    figure = go.Figure(
        [
            go.Bar(name="PwC", x=labels, y=[p.count_pwc for p in stats.profiles], marker_color=PWC,
                   text=[p.count_pwc for p in stats.profiles], textposition="outside", cliponaxis=False, hoverinfo="skip"),
            go.Bar(name="Experts métier", x=labels, y=[p.count_expert for p in stats.profiles], marker_color=EXPERT,
                   text=[p.count_expert for p in stats.profiles], textposition="outside", cliponaxis=False, hoverinfo="skip"),
        ]
    )  # fmt: skip
    top = max(max(p.count_pwc, p.count_expert) for p in stats.profiles)
    figure.update_layout(title=title(f"Les {stats.total_jobs} métiers par profil d'impact", key=True),
                         barmode="group", xaxis=fixed(dict(tickangle=0, tickfont=dict(size=10))),
                         yaxis=fixed(dict(title="nombre de métiers", range=[0, top * 1.2])),
                         height=400, **LAYOUT)  # fmt: skip
    return figure


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def compare(tool: ScoringTool, job_ids: tuple[str, ...]) -> go.Figure:
    jobs = [tool.by_id[j] for j in job_ids]
    names = [wrap(j.job, 16) for j in jobs]
    figure = go.Figure(
        [
            go.Bar(name="PwC", x=names, y=[j.pwc.score for j in jobs], marker_color=PWC,
                   text=[score(j.pwc.score) for j in jobs], textposition="outside", cliponaxis=False, hoverinfo="skip"),
            go.Bar(name="Experts métier", x=names, y=[j.expert.score for j in jobs], marker_color=EXPERT,
                   text=[score(j.expert.score) for j in jobs], textposition="outside", cliponaxis=False, hoverinfo="skip"),
        ]
    )  # fmt: skip
    figure.update_layout(title=title("Scores d'exposition comparés", "de 0 à 1, 1 = le plus exposé", key=True),
                         barmode="group", xaxis=fixed(dict(tickangle=0)), yaxis=fixed(dict(range=[0, 1.15])),
                         height=400, **LAYOUT)  # fmt: skip
    return figure


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def core_pwc_vs_expert(tool: ScoringTool) -> go.Figure:
    core = sorted((j for j in tool.jobs if j.core), key=lambda j: j.expert.score)
    figure = go.Figure()
    labels = [wrap(j.job, LABEL_CHARACTERS) for j in core]
    for job, label in zip(core, labels, strict=True):
        figure.add_trace(go.Scatter(x=[job.pwc.score, job.expert.score], y=[label, label], mode="lines",
                                    line=dict(color="#94a3b8"), showlegend=False, hoverinfo="skip"))  # fmt: skip
    figure.add_trace(go.Scatter(x=[j.pwc.score for j in core], y=labels, mode="markers", name="PwC",
                                marker=dict(color=PWC, size=11)))  # fmt: skip
    figure.add_trace(go.Scatter(x=[j.expert.score for j in core], y=labels, mode="markers",
                                name="Experts métier", marker=dict(color=EXPERT, size=11)))  # fmt: skip
    figure.update_layout(title=title("Métiers cœur d'assistance", "score d'exposition de 0 à 1", key=True),
                         xaxis=fixed(dict(range=[0, 1.05], title="score d'exposition (0 à 1)")), yaxis=fixed(),
                         height=520, **LAYOUT)  # fmt: skip
    return figure


@lru_cache(maxsize=256)  # figures are immutable here and costly to build (~40 ms)
def ranking(tool: ScoringTool, job_ids: tuple[str, ...], qualification: str) -> go.Figure:
    exposures = [(tool.by_id[j].job, getattr(tool.by_id[j], qualification)) for j in job_ids]
    color = EXPERT if qualification == "expert" else PWC
    figure = go.Figure(go.Bar(x=[e.score for _, e in exposures][::-1],
                              y=[wrap(f"{e.rank}. {job}", LABEL_CHARACTERS) for job, e in exposures][::-1],
                              orientation="h", marker_color=color,
                              text=[score(e.score) for _, e in exposures][::-1], textposition="outside", cliponaxis=False, hoverinfo="skip"))  # fmt: skip
    name = "experts métier" if qualification == "expert" else "PwC"
    figure.update_layout(title=title(f"Classement ({name})", "score d'exposition de 0 à 1"),
                         xaxis=fixed(dict(range=[0, 1.3])), yaxis=fixed(),
                         height=max(280, 46 * len(exposures) + 120), **LAYOUT)  # fmt: skip
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


KINDS = {"position": "position", "profiles": "profils", "compare": "comparaison", "core": "coeur", "ranking": "classement"}


def charts_for(answer) -> list[Chart]:
    """The charts an answer calls for (its typed ``ChartSpec`` list), within what a chart can show."""
    out = []
    for spec in answer.charts:
        kind = KINDS[spec.kind]
        low, high = JOBS_PER_CHART[kind]
        if low <= len(spec.job_ids) <= high:
            out.append(Chart(kind=kind, job_ids=tuple(spec.job_ids), qualification=spec.qualification))
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
    drawn = json.loads(pio.to_json(shown, validate=True))
    drawn["config"] = CONFIG  # Chainlit's Plotly element passes it on to the chart
    return json.dumps(drawn, ensure_ascii=False, separators=(",", ":"))


def warm_up(tool: ScoringTool) -> None:
    """Build the figures every job answer may need before the first user asks."""
    for job in tool.jobs:
        figure_json(tool, Chart(kind="position", job_ids=(job.id,)))
    figure_json(tool, Chart(kind="profils"))
    figure_json(tool, Chart(kind="coeur"))
