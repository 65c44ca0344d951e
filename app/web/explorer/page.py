"""The explorer page: the 58 jobs as a table rendered by the server (it reads and prints without JavaScript), with
filters and a tolerant search read from the query string, sortable columns, both qualifications side by side with
the published change, the audit's findings on the rows they concern, the profile counts beside the shares the
study publishes, and a scatter of the two scores."""

from __future__ import annotations

from datetime import date
from html import escape

from scoring import ScoringTool
from scoring.models import QueryRow
from scoring.render import ordinal, score

from ..documents import shell
from ..documents.brief_page import STUDY_TITLE, french_date
from .findings import for_job, numbered
from .links import chat_url, explorer_url, file_url, job_url
from .scatter import scatter_svg
from .selection import Search, Selection, rows

STYLE = """
main { max-width: 80rem; }
form.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .6rem .9rem;
               align-items: end; background: var(--soft); padding: .8rem; border-radius: .4rem; margin: .8rem 0; }
form.filters label { display: flex; flex-direction: column; gap: .2rem; font-size: .88rem; color: var(--fg); }
form.filters input, form.filters select, form.filters button { font: inherit; padding: .35rem .45rem; color: var(--fg);
  background: var(--bg); border: 1px solid var(--muted); border-radius: .3rem; min-height: 2.3rem; }
form.filters .range { display: flex; gap: .4rem; }
form.filters .range input { width: 50%; }
form.filters button { background: var(--accent); color: var(--bg); border-color: var(--accent); font-weight: 600; cursor: pointer; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px; }
caption { text-align: left; padding: .3rem 0; color: var(--muted); font-size: .88rem; }
table.jobs caption { position: sticky; left: 0; max-width: calc(100vw - 2rem); }
table.jobs th[scope=row] { position: sticky; left: 0; background: var(--bg); min-width: 11rem; }
table.jobs td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.jobs thead th a { color: inherit; }
table.jobs th[aria-sort] { background: var(--line); }
.tag { display: inline-block; font-size: .75rem; border: 1px solid var(--muted); border-radius: .6rem; padding: 0 .4rem;
       margin-left: .25rem; color: var(--muted); }
a.flag { display: inline-block; font-size: .8rem; margin-right: .3rem; white-space: nowrap; }
.summary { font-weight: 600; }
ol.findings li:target { background: var(--soft); }
figure.scatter svg { max-width: 34rem; min-width: 18rem; }
figure.scatter a.point:focus-visible rect, figure.scatter a.point:focus-visible circle { stroke: var(--accent); stroke-width: 3; }
@media print {
  form.filters, .downloads { display: none; }
  .wide { overflow: visible; }
  table.jobs { font-size: .72rem; }
  table.jobs th[scope=row], table.jobs caption { position: static; min-width: 0; max-width: none; }
  table.jobs th, table.jobs td { padding: .15rem .25rem; }
}
@page { size: A4 landscape; margin: 10mm; }
"""

SORTABLE = {"metier": "Métier", "famille": "Famille", "pwc": "Position PwC", "expert": "Position experts", "evolution": "Évolution publiée"}  # fmt: skip


def _options(name: str, label: str, choices: list[tuple[str, str]], chosen: str) -> str:
    options = "".join(
        f'<option value="{escape(v)}"{" selected" if v == chosen else ""}>{escape(text)}</option>'
        for v, text in choices
    )
    return f'<label>{label}<select name="{name}">{options}</select></label>'


def _form(tool: ScoringTool, selection: Selection, root: str) -> str:
    families = sorted({(j.family_code, f"{j.family_code} - {j.family}") for j in tool.jobs})
    number = 'type="number" min="0" max="1" step="0.01" inputmode="decimal"'
    low = "" if selection.min is None else f"{selection.min:g}"
    high = "" if selection.max is None else f"{selection.max:g}"
    return (
        f'<form class="filters" method="get" action="{escape(explorer_url(root))}" role="search">'
        f'<label>Rechercher un métier<input type="search" name="q" value="{escape(selection.q)}" '
        'placeholder="ex. infirmière, gestionnaire de dossiers" autocomplete="off"></label>'
        + _options("famille", "Famille", [("", "Toutes")] + families, selection.famille)
        + _options(
            "coeur", "Métiers cœur", [("", "Tous"), ("oui", "Cœur seulement"), ("non", "Hors cœur")], selection.coeur
        )
        + _options("profil", "Profil d'impact", [("", "Tous")] + [(p, p) for p in tool.profiles], selection.profil)
        + _options(
            "qualification",
            "Profil et score selon",
            [("pwc", "PwC"), ("expert", "Experts métier")],
            selection.qualification,
        )
        + f'<label>Score entre<span class="range"><input {number} name="min" aria-label="Score minimum" '
        f'value="{low}" placeholder="0"><input {number} name="max" '
        f'aria-label="Score maximum" value="{high}" placeholder="1"></span></label>'
        + (f'<input type="hidden" name="tri" value="{selection.tri}">' if selection.tri != "pwc" else "")
        + (f'<input type="hidden" name="ordre" value="{selection.ordre}">' if selection.ordre != "asc" else "")
        + '<button type="submit">Filtrer</button>'
        + (f'<a href="{escape(explorer_url(root))}">Tout afficher</a>' if selection.filtered else "")
        + "</form>"
    )


def _header(key: str, selection: Selection, root: str) -> str:
    current = selection.tri == key
    first = "desc" if key == "evolution" else "asc"
    order = ("desc" if selection.ordre == "asc" else "asc") if current else first
    sort = ""
    if current:
        ascending = selection.ordre == "asc" if key != "evolution" else selection.ordre == "desc"
        sort = f' aria-sort="{"ascending" if ascending else "descending"}"'
    arrow = (" ▲" if 'ascending"' in sort else " ▼") if current else ""
    href = explorer_url(root, selection.query_string(tri=key, ordre=order))
    return (
        f'<th scope="col"{sort}><a href="{escape(href)}" title="Trier par {SORTABLE[key].lower()}">'
        f"{SORTABLE[key]}{arrow}</a></th>"
    )


def _row(tool: ScoringTool, r: QueryRow, root: str) -> str:
    flags = "".join(
        f'<a class="flag" href="#constat-{f.number}" title="{escape(f.finding.message)}">⚠ constat {f.number}</a>'
        for f in for_job(tool, r.job_id)
    )
    core = '<span class="tag">cœur</span>' if r.core else ""
    cells = [
        f'<th scope="row"><a href="{escape(job_url(root, r.job_id))}">{escape(r.job)}</a>{core}</th>',
        f"<td>{escape(r.family_code)} - {escape(r.family)}</td>",
        f'<td class="n">{score(r.pwc.score)}</td>',
        f'<td class="n">{ordinal(r.pwc.rank)}</td>',
        f"<td>{escape(r.pwc.classification)}</td>",
        f'<td class="n">{score(r.expert.score)}</td>',
        f'<td class="n">{ordinal(r.expert.rank)}</td>',
        f"<td>{escape(r.expert.classification)}</td>",
        f'<td class="n">{r.places_published:+d}</td>',
        f"<td>{flags}</td>",
    ]
    return f'<tr data-job="{escape(r.job_id)}">' + "".join(cells) + "</tr>"


def _summary(tool: ScoringTool, shown: list[QueryRow], found: Search, selection: Selection, root: str) -> str:
    text = f"{len(shown)} métier{'s' if len(shown) > 1 else ''} sur {tool.total}"
    if found.nearest and not shown:
        near = ", ".join(f'<a href="{escape(job_url(root, j))}">{escape(tool.by_id[j].job)}</a>' for j in found.nearest)
        return f'<p class="summary" role="status">Aucun métier ne correspond à « {escape(selection.q)} ». Les plus proches : {near}.</p>'
    return f'<p class="summary" role="status">{text}</p>'


def _table(tool: ScoringTool, shown: list[QueryRow], selection: Selection, root: str) -> str:
    heads = (
        _header("metier", selection, root)
        + _header("famille", selection, root)
        + '<th scope="col">Score PwC</th>'
        + _header("pwc", selection, root)
        + '<th scope="col">Profil PwC</th><th scope="col">Score experts</th>'
        + _header("expert", selection, root)
        + '<th scope="col">Profil experts</th>'
        + _header("evolution", selection, root)
        + '<th scope="col">Constats de l\'audit</th>'
    )
    body = "".join(_row(tool, r, root) for r in shown)
    return (
        '<div class="wide" tabindex="0" role="region" aria-labelledby="table-caption"><table class="jobs">'
        f'<caption id="table-caption">Exposition des métiers à l\'IA générative : score de 0 à 1, position de 1 '
        f"(le plus exposé) à {tool.total}, profil d'impact, pour la qualification PwC et celle des experts métier ; "
        "l'évolution publiée est le nombre de places gagnées (+) ou perdues (−) selon les experts.</caption>"
        f"<thead><tr>{heads}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _profiles(tool: ScoringTool) -> str:
    out = [
        "<h2>Profils d'impact : le tableau et les parts publiées</h2>",
        '<div class="wide"><table><caption>Nombre de métiers par profil dans le tableau, part calculée sur '
        f'{tool.total} et part que publie l\'étude</caption><thead><tr><th scope="col">Profil</th>'
        '<th scope="col">PwC : métiers</th><th scope="col">PwC : part publiée</th>'
        '<th scope="col">Experts : métiers</th><th scope="col">Experts : part publiée</th></tr></thead><tbody>',
    ]
    for p in tool.stats().profiles:

        def share(value: int | None) -> str:
            return "non publiée" if value is None else f"{value} %"

        out.append(
            f'<tr><th scope="row">{escape(p.label)}</th>'
            f'<td class="n">{p.count_pwc} ({str(p.share_pwc).replace(".", ",")} %)</td><td class="n">{share(p.published_share_pwc)}</td>'
            f'<td class="n">{p.count_expert} ({str(p.share_expert).replace(".", ",")} %)</td><td class="n">{share(p.published_share_expert)}</td></tr>'
        )
    out.append("</tbody></table></div>")
    return "".join(out)


def _findings(tool: ScoringTool, root: str) -> str:
    out = [
        '<h2 id="constats">Constats de l\'audit du matériel publié</h2>',
        '<p class="meta">Des écarts entre les chiffres publiés par l\'étude et son propre tableau, relevés sans '
        'rien corriger. Un constat qui porte sur quelques métiers est signalé sur leur ligne.</p><ol class="findings">',
    ]
    for f in numbered(tool):
        jobs = ""
        if f.on_rows:
            jobs = (
                " ("
                + ", ".join(f'<a href="{escape(job_url(root, j))}">{escape(tool.by_id[j].job)}</a>' for j in f.job_ids)
                + ")"
            )
        out.append(f'<li id="constat-{f.number}" value="{f.number}">{escape(f.finding.message)}{jobs}</li>')
    out.append("</ol>")
    return "".join(out)


def explorer_html(tool: ScoringTool, params: dict[str, str], today: date, root: str = "") -> str:
    selection = Selection.parse(params, tool)
    shown, found = rows(tool, selection)
    downloads = " · ".join(
        f'<a href="{escape(file_url(root, kind))}" download>{label}</a>'
        for kind, label in (("csv", "CSV"), ("xlsx", "Excel"), ("json", "JSON"))
    )
    body = [
        f'<p class="actions"><a href="{escape(chat_url(root))}">← Retour au chat</a></p>',
        f"<h1>Explorer les {tool.total} métiers de l'assistance</h1>",
        f'<p class="meta">Étude « {STUDY_TITLE} », réalisée par PwC pour l\'Observatoire des métiers de '
        f"l'assistance. Tableau consolidé des expositions, consulté le {french_date(today)}.</p>",
        f'<p class="downloads">Télécharger le tableau complet : {downloads}</p>',
        _form(tool, selection, root),
        _summary(tool, shown, found, selection, root),
        _table(tool, shown, selection, root),
        _profiles(tool),
        "<h2>PwC et experts métier, métier par métier</h2>",
        f'<figure class="scatter">{scatter_svg(tool, lambda j: job_url(root, j))}<figcaption class="meta">Chaque '
        "point est un métier : son score PwC en abscisse, celui des experts métier en ordonnée. Au-dessus de la "
        "diagonale, les experts le jugent plus exposé. Survolez un point pour lire son nom, cliquez pour ouvrir sa "
        "page.</figcaption></figure>",
        _findings(tool, root),
    ]
    return shell.page(f"Explorer les {tool.total} métiers", "\n".join(body), STYLE)
