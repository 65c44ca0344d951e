"""A job's page in the explorer: its card for both qualifications, a chart among the 58 jobs, what changed between
the qualifications, the audit's findings that name it, the study's recommendations and priority actions, its brief,
and a link that asks the chat about it."""

from __future__ import annotations

from datetime import date
from html import escape

from knowledge.schema import Study
from scoring import ScoringTool, render

from ..documents import shell
from ..documents.brief_chart import strip_svg
from ..documents.brief_page import STUDY_TITLE, french_date
from .findings import for_job
from .links import brief_url, chat_url, explorer_url, job_url

STYLE = """
main { max-width: 52rem; }
caption { text-align: left; }
.actions a.primary { background: var(--accent); color: var(--bg); border-color: var(--accent); font-weight: 600; }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
"""


def question(job_name: str) -> str:
    """The question the chat is asked from a job's page."""
    return f"{job_name} : ce métier est-il exposé à l'IA générative, et qu'est-ce qui change ?"


def _qualification(name: str, view, total: int) -> str:
    return (
        f'<tr><th scope="row">{name}</th><td class="n">{render.score(view.score)}</td>'
        f'<td class="n">{render.ordinal(view.rank)} sur {total}</td><td>{escape(view.classification)}</td></tr>'
    )


def job_html(study: Study, tool: ScoringTool, job_id: str, today: date, root: str = "") -> str:
    """LookupError (in French) for a job the study does not have."""
    if job_id not in tool.by_id:
        raise LookupError(f"Métier inconnu de l'étude : {job_id}")
    job = tool.by_id[job_id]
    card = tool.card(job_id)
    ask = chat_url(root, question(job.job))
    same_family = [j for j in tool.jobs if j.family_code == job.family_code and j.id != job.id]
    out = [
        f'<p class="actions"><a href="{escape(explorer_url(root))}">← Tous les métiers</a>'
        f'<a href="{escape(chat_url(root))}">Retour au chat</a></p>',
        f"<h1>{escape(job.job)}</h1>",
        f'<p class="meta">Famille {escape(job.family_code)} - {escape(job.family)}'
        f"{' · métier cœur d’assistance' if job.core else ''}. Étude « {STUDY_TITLE} » (PwC), consultée le "
        f"{french_date(today)}.</p>",
        f'<p class="actions"><a class="primary" href="{escape(ask)}">Poser une question sur ce métier</a>'
        f'<a href="{escape(brief_url(root, job.id))}">Fiche à imprimer</a></p>',
        "<h2>Exposition à l'IA générative</h2>",
        '<div class="wide"><table><caption class="meta">Score de 0 à 1, position de 1 (le plus exposé) à '
        f'{tool.total}, profil d\'impact</caption><thead><tr><th scope="col">Qualification</th>'
        '<th scope="col">Score</th><th scope="col">Position</th><th scope="col">Profil</th></tr></thead><tbody>',
        _qualification("PwC", card.pwc, tool.total),
        _qualification("Experts métier", card.expert, tool.total),
        f"</tbody></table></div><p>Évolution de position publiée par l'étude : <strong>{job.evolution_published:+d}"
        "</strong>.</p>",
        f'<figure>{strip_svg(tool, job)}<figcaption class="meta">{escape(job.job)} parmi les {tool.total} '
        "métiers (points gris), pour chaque qualification.</figcaption></figure>",
        "<h2>Ce qui change entre les deux qualifications</h2>",
        f"<p>{escape(render.change_sentence(card))}</p>",
    ]
    findings = for_job(tool, job.id, wide_too=True)
    if findings:
        out.append("<h2>Constats de l'audit qui le concernent</h2><ul>")
        out += [
            f'<li>{escape(f.finding.message)} <a href="{escape(explorer_url(root))}#constat-{f.number}">'
            f"(constat {f.number})</a></li>"
            for f in findings
        ]
        out.append("</ul>")
    axis4 = next(a for a in study.axes if a.number == 4)
    out += [
        "<h2>Recommandations et actions prioritaires</h2>",
        '<p class="meta">L\'étude ne les décline pas métier par métier : elles valent pour tous les métiers de '
        "l'assistance, celui-ci compris.</p>",
        f"<h3>Parcours de formation et évolution (axe 4 : {escape(axis4.title)})</h3><ol>",
        *(f"<li>{escape(i.text)}</li>" for i in axis4.items),
        "</ol><h3>Actions prioritaires pour 2025</h3><ol>",
        *(f"<li>{escape(a.text)}</li>" for a in study.priority_actions),
        "</ol>",
    ]
    if same_family:
        out.append(f"<h2>Dans la même famille ({escape(job.family)})</h2><ul>")
        out += [f'<li><a href="{escape(job_url(root, j.id))}">{escape(j.job)}</a></li>' for j in same_family]
        out.append("</ul>")
    return shell.page(f"{job.job} : exposition à l'IA générative", "\n".join(out), STYLE)
