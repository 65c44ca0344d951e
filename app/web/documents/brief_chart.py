"""The brief's chart as plain SVG: it prints, it goes into the PDF, and it needs no browser nor Plotly's image
export (Kaleido, a Chrome of its own). Same colours as the chat's charts."""

from __future__ import annotations

from html import escape

from knowledge.schema import Job
from scoring import ScoringTool
from scoring.render import ordinal, score

from ..charts import EXPERT, PWC

WIDTH, LEFT, RIGHT = 640, 130, 24
GREY, GRID = "#cbd5e1", "#9ca3af55"  # the text takes the page's colour (light or dark mode)


def _x(value: float, left: int = LEFT) -> float:
    return left + value * (WIDTH - left - RIGHT)


def _axis(y: float, left: int = LEFT) -> list[str]:
    parts = []
    for tick in (0, 0.25, 0.5, 0.75, 1):
        x = _x(tick, left)
        parts.append(f'<line x1="{x:.1f}" y1="26" x2="{x:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="{x:.1f}" y="{y + 16:.1f}" text-anchor="middle">{score(tick)}</text>')
    parts.append(
        f'<text x="{_x(0.5, left):.1f}" y="{y + 34:.1f}" text-anchor="middle">score d\'exposition (0 à 1)</text>'
    )
    return parts


def _svg(height: float, parts: list[str], label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
        f'aria-label="{escape(label)}" font-family="sans-serif" font-size="12" fill="currentColor">'
        + "".join(parts)
        + "</svg>"
    )


def strip_svg(tool: ScoringTool, job: Job) -> str:
    """One row a qualification: the 58 jobs as grey dots, this one coloured with its position."""
    rows = [("PwC", "pwc", PWC), ("Experts métier", "expert", EXPERT)]
    parts: list[str] = []
    for i, (name, attribute, color) in enumerate(rows):
        y = 50 + i * 56
        parts.append(f'<text x="{LEFT - 12}" y="{y + 4}" text-anchor="end">{name}</text>')
        for other in tool.jobs:
            if other.id != job.id:
                parts.append(f'<circle cx="{_x(getattr(other, attribute).score):.1f}" cy="{y}" r="5" fill="{GREY}"/>')
        exposure = getattr(job, attribute)
        x = _x(exposure.score)
        parts.append(f'<circle cx="{x:.1f}" cy="{y}" r="9" fill="{color}" stroke="#111827"/>')
        anchor = "end" if exposure.score > 0.9 else "start" if exposure.score < 0.1 else "middle"  # inside the chart
        parts.append(
            f'<text x="{x:.1f}" y="{y - 14}" text-anchor="{anchor}" font-weight="bold">'
            f"{score(exposure.score)} · {ordinal(exposure.rank)}/{tool.total}</text>"
        )
    bottom = 50 + 56 + 24
    return _svg(bottom + 42, _axis(bottom) + parts, f"{job.job} parmi les {tool.total} métiers")


def dumbbell_svg(jobs: list[Job], total: int) -> str:
    """One row a job: its PwC score (blue) and its experts' score (orange), joined."""
    parts: list[str] = []
    left = 230  # job names up to 32 characters
    ordered = sorted(jobs, key=lambda j: -j.expert.score)
    for i, job in enumerate(ordered):
        y = 40 + i * 30
        name = job.job if len(job.job) <= 32 else job.job[:31] + "…"
        parts.append(f'<text x="{left - 10}" y="{y + 4}" text-anchor="end" font-size="11"><title>{escape(job.job)}'
                     f"</title>{escape(name)}</text>")  # fmt: skip
        a, b = _x(job.pwc.score, left), _x(job.expert.score, left)
        parts.append(f'<line x1="{a:.1f}" y1="{y}" x2="{b:.1f}" y2="{y}" stroke="#94a3b8" stroke-width="2"/>')
        parts.append(f'<circle cx="{a:.1f}" cy="{y}" r="6" fill="{PWC}"/>')
        parts.append(f'<circle cx="{b:.1f}" cy="{y}" r="6" fill="{EXPERT}"/>')
    bottom = 40 + len(ordered) * 30
    legend = [
        f'<circle cx="{left}" cy="14" r="6" fill="{PWC}"/><text x="{left + 10}" y="18">PwC</text>',
        f'<circle cx="{left + 70}" cy="14" r="6" fill="{EXPERT}"/><text x="{left + 80}" y="18">experts métier</text>',
    ]
    return _svg(bottom + 42, _axis(bottom, left) + legend + parts, f"Scores de {len(jobs)} métiers sur {total}")
