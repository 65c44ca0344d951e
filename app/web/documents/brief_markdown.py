"""A downloadable Markdown brief for one job: what a representative brings to a social-dialogue meeting and
what HR files. Every figure comes from the scoring tool, every statement from a cited record."""

from __future__ import annotations

from knowledge.schema import Citation, Study
from scoring import ScoringTool, render


def _cite(citation: Citation, sources: list[Citation]) -> str:
    if citation not in sources:
        sources.append(citation)
    return f"[{sources.index(citation) + 1}]"


def job_brief(study: Study, tool: ScoringTool, job_id: str) -> str:
    card = tool.card(job_id)
    profiles = {p.label: p for p in study.profiles}
    sources: list[Citation] = []
    row = _cite(card.citations[0], sources)
    lines = [
        f"# Fiche de synthèse : {card.job}",
        "",
        f"Étude « Impact de l'IA générative sur les métiers de l'assistance » (PwC pour l'Observatoire des métiers "
        f"de l'assistance). Famille {card.family_code} - {card.family}"
        + (", métier cœur d'assistance." if card.core else "."),
        "",
        "## Exposition à l'IA générative",
        "",
        "| qualification | score (0 à 1) | position | profil d'impact |",
        "|---|---|---|---|",
        f"| PwC (vision technique) | {render.score(card.pwc.score)} | {render.ordinal(card.pwc.rank)} sur {card.pwc.total} | {card.pwc.classification} |",
        f"| Experts métier | {render.score(card.expert.score)} | {render.ordinal(card.expert.rank)} sur {card.expert.total} | {card.expert.classification} |",
        "",
        f"Source : {row}",
        "",
        "## Ce qui change entre les deux qualifications",
        "",
        render.change_sentence(card) + f" {row}",
        "",
        "## Ce que signifie le profil",
        "",
    ]
    for label in dict.fromkeys([card.pwc.classification, card.expert.classification]):
        profile = profiles[label]
        lines += [f"- **{label}** : {profile.definition} {_cite(profile.citation, sources)}"]
    lines += ["", "## Compétences les plus et les moins exposées (constats de l'étude)", ""]
    for finding in study.exposure_findings:
        detail = f" : {finding.description}" if finding.description else ""
        lines.append(f"- ({finding.exposure}) **{finding.title}**{detail} {_cite(finding.citation, sources)}")
    if card.core:
        lines += [
            "",
            "## Fiche de transformation",
            "",
            "Ce métier cœur d'assistance dispose d'une fiche de transformation dans le rapport complet : scénario "
            "d'évolution, synthèse de l'exposition, cas d'usage priorisés. " + _cite(study.sheets.citation, sources),
        ]
    axis4 = next(a for a in study.axes if a.number == 4)
    lines += ["", "## Préconisations utiles (axe 4 : parcours de formation et évolution)", ""]
    lines += [f"{i.number}. {i.text} {_cite(i.citation, sources)}" for i in axis4.items]
    selection = next(f for f in study.facts if f.id == "actions-prioritaires")
    lines += ["", f"## Actions prioritaires 2025 {_cite(selection.citation, sources)}", ""]
    lines += [f"{a.number}. {a.text} {_cite(a.citation, sources)}" for a in study.priority_actions]
    lines += [
        "",
        "## Dialogue social : DIAL-IA",
        "",
        f"{study.dialia.description} {_cite(study.dialia.citation, sources)}",
        "",
        "Liens : " + " ; ".join(study.dialia.links),
        "",
        "## Sources",
        "",
    ]
    lines += [f"{n}. {render.citation_text(c)}" for n, c in enumerate(sources, 1)]
    return "\n".join(lines) + "\n"
