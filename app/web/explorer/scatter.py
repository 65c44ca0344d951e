"""The 58 jobs as a scatter of their PwC score (across) against the experts' (up), as plain SVG: it prints and
needs no script. Core jobs are orange diamonds, the others blue dots; each point names its job on hover (its
``title``) and opens the job's page on click (a link, reachable with the keyboard)."""

from __future__ import annotations

from html import escape

from scoring import ScoringTool
from scoring.render import score

from ..charts import EXPERT, PWC

SIZE, MARGIN = 420, 56
GRID = "#9ca3af55"


def _x(value: float) -> float:
    return MARGIN + value * (SIZE - MARGIN - 16)


def _y(value: float) -> float:
    return SIZE - MARGIN - value * (SIZE - MARGIN - 16)


def scatter_svg(tool: ScoringTool, job_url) -> str:
    """``job_url(job_id)`` is the address of a job's page."""
    parts = []
    for tick in (0, 0.25, 0.5, 0.75, 1):
        parts += [
            f'<line x1="{_x(tick):.1f}" y1="{_y(0):.1f}" x2="{_x(tick):.1f}" y2="{_y(1):.1f}" stroke="{GRID}"/>',
            f'<line x1="{_x(0):.1f}" y1="{_y(tick):.1f}" x2="{_x(1):.1f}" y2="{_y(tick):.1f}" stroke="{GRID}"/>',
            f'<text x="{_x(tick):.1f}" y="{_y(0) + 16:.1f}" text-anchor="middle">{score(tick)}</text>',
            f'<text x="{_x(0) - 8:.1f}" y="{_y(tick) + 4:.1f}" text-anchor="end">{score(tick)}</text>',
        ]
    parts += [
        f'<line x1="{_x(0):.1f}" y1="{_y(0):.1f}" x2="{_x(1):.1f}" y2="{_y(1):.1f}" stroke="currentColor" '
        'stroke-dasharray="4 4" opacity=".5"/>',
        f'<text x="{_x(0.5):.1f}" y="{SIZE - 12}" text-anchor="middle">score PwC</text>',
        f'<text transform="translate(14 {_y(0.5):.1f}) rotate(-90)" text-anchor="middle">score experts métier</text>',
    ]
    for job in sorted(tool.jobs, key=lambda j: j.core):  # core jobs drawn last, on top
        x, y = _x(job.pwc.score), _y(job.expert.score)
        label = (
            f"{job.job}{' (cœur)' if job.core else ''} : PwC {score(job.pwc.score)}, "
            f"experts métier {score(job.expert.score)}"
        )
        mark = (
            f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" transform="rotate(45 {x:.1f} {y:.1f})" '
            f'fill="{EXPERT}" stroke="#111827"/>'
            if job.core
            else f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5.5" fill="{PWC}" fill-opacity=".75" stroke="#111827" '
            'stroke-width=".6"/>'
        )
        parts.append(
            f'<a href="{escape(job_url(job.id))}" aria-label="{escape(label)}" class="point">'
            f"<title>{escape(label)}</title>{mark}</a>"
        )
    legend = (
        f'<circle cx="{MARGIN + 8}" cy="12" r="5.5" fill="{PWC}"/><text x="{MARGIN + 18}" y="16">métier</text>'
        f'<rect x="{MARGIN + 82}" y="6" width="12" height="12" transform="rotate(45 {MARGIN + 88} 12)" fill="{EXPERT}"/>'
        f'<text x="{MARGIN + 100}" y="16">métier cœur</text>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" role="group" '
        f'aria-label="Score PwC et score experts métier des {tool.total} métiers" font-family="sans-serif" '
        f'font-size="12" fill="currentColor">{legend}{"".join(parts)}</svg>'
    )
