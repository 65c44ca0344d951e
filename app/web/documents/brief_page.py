"""The brief a representative hands out at a meeting: one job, or a set of jobs (a family, the core jobs), as a
printable HTML page that ``brief_pdf.py`` also renders to PDF. Every figure comes from the scoring tool, every
statement from a cited record of the study; the sources are listed by the study's sections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from knowledge.schema import Citation, Job, Study
from scoring import ScoringTool, render

from . import shell
from .brief_chart import dumbbell_svg, strip_svg

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]  # fmt: skip
STUDY_TITLE = "Impact de l'IA générative sur les métiers de l'assistance"


def french_date(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class JobSet:
    """What a brief is about: its title, its jobs, and the name of its file (without extension)."""

    title: str
    job_ids: tuple[str, ...]
    slug: str


def brief_key(answer, tool: ScoringTool) -> str | None:
    """Which brief goes with an answer: its job's, its family's or the core jobs' (``job_set`` reads the key)."""
    card = next((c for c in answer.tool_calls if c.name == "scoring.card"), None)
    if answer.intent in ("job", "handout") and card is not None:
        return card.result["job_id"]
    compared = next((c for c in answer.tool_calls if c.name == "scoring.compare"), None)
    if compared is not None and 2 <= len(compared.result["cards"]) <= MAX_SELECTED:
        return "selection-" + SEPARATOR.join(card["job_id"] for card in compared.result["cards"])
    top = next((c for c in answer.tool_calls if c.name == "scoring.top"), None)
    if top is None:
        return None
    if top.args.get("family"):
        code = next((j.family_code for j in tool.jobs if j.family == top.args["family"]), None)
        return f"famille-{code}" if code else None
    return "coeur" if top.args.get("core") else None


MAX_SELECTED = 12  # jobs compared in one answer, briefed together
SEPARATOR = "_"  # between the job ids of a selection (job ids hold letters, digits and hyphens)


def job_set(tool: ScoringTool, name: str) -> JobSet:
    """``name`` is a job id, ``famille-NN``, ``coeur`` or ``selection-ID_ID…`` (the jobs compared in an answer);
    LookupError (in French) for anything else, ValueError for too many jobs."""
    if name.startswith("selection-"):
        ids = tuple(dict.fromkeys(name.removeprefix("selection-").split(SEPARATOR)))
        unknown = [j for j in ids if j not in tool.by_id]
        if unknown:
            raise LookupError(f"Métier inconnu de l'étude : {', '.join(unknown)}")
        if not 1 <= len(ids) <= MAX_SELECTED:
            raise ValueError(f"Une fiche de sélection porte sur 1 à {MAX_SELECTED} métiers, pas {len(ids)}.")
        return JobSet("Métiers comparés", ids, "fiche-" + name)
    if name == "coeur":
        jobs = tuple(j.id for j in tool.jobs if j.core)
        return JobSet("Les métiers cœur d'assistance", jobs, "fiche-coeur")
    if name.startswith("famille-"):
        code = name.removeprefix("famille-")
        jobs = tuple(j.id for j in tool.jobs if j.family_code == code)
        if not jobs:
            raise LookupError(f"Famille de métiers inconnue de l'étude : {code}")
        family = tool.by_id[jobs[0]].family
        return JobSet(f"Famille {code} : {family}", jobs, f"fiche-famille-{code}")
    if name not in tool.by_id:
        raise LookupError(f"Métier inconnu de l'étude : {name}")
    return JobSet(tool.by_id[name].job, (name,), f"fiche-{name}")


class Refs:
    """Numbers the citations in the order the brief uses them."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def __call__(self, *citations: Citation) -> str:
        numbers = []
        for citation in citations:
            if citation not in self.items:
                self.items.append(citation)
            numbers.append(self.items.index(citation) + 1)
        return "".join(f'<sup class="ref">[{n}]</sup>' for n in dict.fromkeys(numbers))

    def by_section(self) -> list[tuple[str, list[tuple[int, Citation]]]]:
        sections: dict[str, list[tuple[int, Citation]]] = {}
        for n, citation in enumerate(self.items, 1):
            sections.setdefault(citation.section, []).append((n, citation))
        return list(sections.items())


def _exposure(view, total: int) -> str:
    return f"{render.score(view.score)}<br><small>{render.ordinal(view.rank)} sur {total}</small><br>{escape(view.classification)}"


def _fact(study: Study, fact_id: str):
    return next(f for f in study.facts if f.id == fact_id)


def brief_html(study: Study, tool: ScoringTool, chosen: JobSet, today: date, pdf_url: str = "") -> str:
    refs = Refs()
    jobs: list[Job] = [tool.by_id[j] for j in chosen.job_ids]
    cards = [tool.card(j.id) for j in jobs]
    table = tool.table_citation
    one = len(jobs) == 1
    made = _fact(study, "realisation")
    out = [
        f"<h1>Fiche {'métier' if one else 'de synthèse'} : {escape(chosen.title)}</h1>",
        *(
            [f'<p class="meta">{escape(", ".join(j.job for j in jobs))}</p>']
            if chosen.slug.startswith("fiche-selection-")
            else []
        ),
        f'<p class="meta">Établie le {french_date(today)} à partir de l\'étude « {STUDY_TITLE} ». '
        f"{escape(made.statement)} {refs(made.citation)}</p>",
    ]
    if pdf_url:
        out.append(
            f'<p class="actions"><a href="{escape(pdf_url)}" download>Télécharger en PDF</a>'
            "<span>Imprimer : Ctrl+P (⌘+P sur Mac)</span></p>"
        )
    score_fact = _fact(study, "score-0-1")
    out += [
        '<div class="note"><strong>Comment lire un score.</strong> Le score d\'exposition, de 0 à 1, mesure '
        "l'exposition relative des compétences d'un métier à l'IA générative : il sert à comparer les métiers "
        f"entre eux {refs(score_fact.citation)}. Ce n'est ni une probabilité de disparition du métier, ni une part "
        f"de tâches remplacées. La position classe les {tool.total} métiers, du 1er (le plus exposé) au "
        f"{tool.total}e. Deux qualifications : <strong>PwC</strong>, vision technique à partir des compétences "
        "des fiches ROME ; <strong>experts métier</strong>, compétences retenues par des représentants des "
        f"métiers de l'assistance {refs(_fact(study, 'qualification-double').citation)}.</div>",
        "<h2>Exposition à l'IA générative</h2>",
        '<div class="wide"><table><thead><tr><th>Métier</th><th>PwC</th><th>Experts métier</th><th>Évolution publiée</th></tr>'
        "</thead><tbody>",
    ]
    for job in jobs:
        out.append(
            f"<tr><td><strong>{escape(job.job)}</strong>{' (cœur)' if job.core else ''}<br><small>famille "
            f"{escape(job.family_code)} - {escape(job.family)}</small></td><td>{_exposure(job.pwc, tool.total)}</td>"
            f"<td>{_exposure(job.expert, tool.total)}</td><td>{job.evolution_published:+d} "
            f"{refs(job.citations[0], table)}</td></tr>"
        )
    out.append("</tbody></table></div>")
    svg = strip_svg(tool, jobs[0]) if one else dumbbell_svg(jobs, tool.total)
    caption = (
        f"{escape(jobs[0].job)} parmi les {tool.total} métiers (points gris), pour chaque qualification."
        if one
        else "Score de chaque métier : PwC (bleu) et experts métier (orange)."
    )
    out.append(f"<figure>{svg}<figcaption class=\"meta\">{caption} {refs(table)}</figcaption></figure>")
    out.append("<h2>Ce qui change entre les deux qualifications</h2>")
    out += [f"<p>{escape(render.change_sentence(card))} {refs(card.citations[0])}</p>" for card in cards]
    profiles = {p.label: p for p in study.profiles}
    shown = dict.fromkeys(label for j in jobs for label in (j.pwc.classification, j.expert.classification))
    out.append("<h2>Ce que signifie" + (" le profil" if len(shown) == 1 else "nt les profils") + "</h2><ul>")
    out += [
        f"<li><strong>{escape(label)}</strong> : {escape(profiles[label].definition)} "
        f"{refs(profiles[label].citation)}</li>"
        for label in shown
    ]
    out += ["</ul>", "<h2>Compétences les plus et les moins exposées</h2><ul>"]
    for finding in study.exposure_findings:
        detail = f" : {escape(finding.description)}" if finding.description else ""
        out.append(
            f"<li>({escape(finding.exposure)}) <strong>{escape(finding.title)}</strong>{detail} "
            f"{refs(finding.citation)}</li>"
        )
    out.append("</ul>")
    core = [j for j in jobs if j.core]
    if core:
        names = ", ".join(escape(j.job) for j in core)
        out += [
            "<h2>Fiches de transformation</h2>",
            f"<p>{'Ce métier cœur' if one else 'Les métiers cœur'} ({names}) "
            f"{'dispose' if len(core) == 1 else 'disposent'} d'une fiche de transformation dans le rapport complet "
            f"de l'étude : scénario d'évolution, synthèse de l'exposition, cas d'usage priorisés. "
            f"{refs(study.sheets.citation)}</p>",
        ]
    axis4 = next(a for a in study.axes if a.number == 4)
    out += ["<h2>Recommandations : parcours de formation et évolution (axe 4)</h2><ol>"]
    out += [f"<li>{escape(i.text)} {refs(i.citation)}</li>" for i in axis4.items]
    selection = _fact(study, "actions-prioritaires")
    out += ["</ol>", f"<h2>Actions prioritaires pour 2025 {refs(selection.citation)}</h2><ol>"]
    out += [f"<li>{escape(a.text)} {refs(a.citation)}</li>" for a in study.priority_actions]
    out += [
        "</ol>",
        "<h2>Dialogue social : DIAL-IA</h2>",
        f"<p>{escape(study.dialia.description)} {refs(study.dialia.citation)}</p>",
        "<p>" + " · ".join(shell.text(link) for link in study.dialia.links) + "</p>",
        "<h2>Sources, par section de l'étude</h2>",
        f'<p class="meta">{escape(study.document)} : le texte de l\'étude, lignes numérotées.</p><ul class="sources">',
    ]
    for section, cited in refs.by_section():
        spans = ", ".join(f"[{n}] {render.line_range(c.line_start, c.line_end)}" for n, c in cited)
        out.append(f"<li><strong>{escape(section)}</strong> : {spans}</li>")
    out.append("</ul>")
    return shell.page(f"Fiche : {chosen.title}", "\n".join(out), BRIEF_STYLE)


BRIEF_STYLE = """
.actions span { color: var(--muted); align-self: center; font-size: .9rem; }
ul.sources { font-size: .88rem; }
figure { margin: .6rem 0 1rem; }
figcaption { margin-top: .2rem; }
td small { color: var(--muted); }
"""
