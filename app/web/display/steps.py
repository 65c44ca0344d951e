"""What the chat shows of the tools behind an answer: a French name and a few readable lines instead of the tool's
technical name and its JSON (the JSON stays in ``python -m app.ask --json``)."""

from __future__ import annotations

from typing import Any

from scoring.render import escape_markdown, ordinal, score

# Chainlit puts "Vérifié avec" before a step's name (``wording.py``): "Vérifié avec l'outil de score : classement"
NAMES = {
    "scoring.card": "l'outil de score : fiche du métier",
    "scoring.top": "l'outil de score : classement",
    "scoring.compare": "l'outil de score : comparaison",
    "scoring.stats": "l'outil de score : répartition par profil",
    "scoring.changes": "l'outil de score : changements de profil",
    "scoring.resolve": "l'outil de score : reconnaissance du métier",
    "scoring.audit": "le contrôle du tableau publié",
    "retrieval.search": "la recherche dans le texte de l'étude",
    "scoring.query": "l'outil de score : sélection de métiers",
    "scoring.families": "l'outil de score : familles de métiers",
    "records.recommendations": "les préconisations de l'étude",
    "records.counts": "les décomptes de l'étude",
    "records.maturity": "la consultation des entreprises",
    "scoring.around": "l'outil de score : position du métier",
    "scoring.families_summary": "l'outil de score : familles comparées",
    "scoring.claim_on_jobs": "l'outil de score : vérification de l'affirmation",
}
QUALIFICATIONS = {"pwc": "PwC", "expert": "experts métier"}
SHOWN = 12  # lines of a list before "… et n autres"


def step_name(name: str) -> str:
    return NAMES.get(name, "l'outil " + name.split(".")[-1].replace("_", " "))


def _md(text: Any) -> str:
    return escape_markdown(str(text))


def _exposure(view: dict) -> str:
    return f"{score(view['score'])} ({ordinal(view['rank'])} sur {view['total']}, {_md(view['classification'])})"


def _card(card: dict) -> str:
    return (
        f"**{_md(card['job'])}** : PwC {_exposure(card['pwc'])} ; experts métier {_exposure(card['expert'])}"
    )


def _listed(lines: list[str]) -> str:
    more = len(lines) - SHOWN
    return "\n".join(f"- {line}" for line in lines[:SHOWN]) + (f"\n- … et {more} autres" if more > 0 else "")


def _findings(findings: list[dict]) -> str:
    return _listed([_md(f["message"]) for f in findings]) if findings else "Aucune incohérence relevée."


def step_summary(name: str, args: dict, result: Any) -> str:
    """A few lines a person can read; never raises (an unexpected result shows as its count of items)."""
    try:
        return _summary(name, args, result)
    except (KeyError, TypeError, ValueError, IndexError):
        return "Résultat utilisé pour la réponse."


def _summary(name: str, args: dict, result: Any) -> str:
    if name == "scoring.card":
        return _card(result)
    if name == "scoring.compare":
        return _listed([_card(card) for card in result["cards"]])
    if name == "scoring.top":
        which = "les moins exposés" if result["bottom"] else "les plus exposés"
        head = (
            f"{len(result['entries'])} métiers {which} sur {result['total_matching']}, "
            f"qualification {QUALIFICATIONS.get(result['qualification'], result['qualification'])} :"
        )
        rows = [f"{e['rank']}. {_md(e['job'])} : {score(e['score'])}" for e in result["entries"]]
        return head + "\n" + _listed(rows)
    if name == "scoring.stats":
        rows = [f"{_md(p['label'])} : {p['count_pwc']} (PwC), {p['count_expert']} (experts)" for p in result["profiles"]]
        return f"{result['total_jobs']} métiers, dont {result['core_jobs']} cœur d'assistance :\n" + _listed(rows)
    if name == "scoring.changes":
        rows = [
            f"{_md(c['job'])} : {_md(c['from_classification'])} → {_md(c['to_classification'])}"
            for c in result["profile_changes"]
        ]
        return f"{result['count']} métiers changent de profil :\n" + _listed(rows)
    if name == "scoring.resolve":
        asked = f"« {_md(result['query'])} »"
        if result["status"] == "found":
            return f"{asked} : métier de l'étude reconnu, **{_md(result['job'])}**."
        close = ", ".join(_md(c["job"]) for c in result["candidates"][:5])
        if result["status"] == "ambiguous":
            return f"{asked} : plusieurs métiers possibles ({close})."
        return f"{asked} : absent des {result.get('total_jobs', 58)} métiers de l'étude. Les plus proches : {close}."
    if name == "scoring.audit":
        findings = result["findings"] if isinstance(result, dict) else result
        return _findings(findings)
    if name == "scoring.query":
        qualification = QUALIFICATIONS.get(result["query"].get("qualification", "pwc"), "PwC")
        head = f"{result['total_matching']} métiers sur {result['total_jobs']} retenus (qualification {qualification}) :"
        key = "pwc" if result["query"].get("qualification", "pwc") == "pwc" else "expert"
        rows = [f"{ordinal(r[key]['rank'])}. {_md(r['job'])} : {score(r[key]['score'])}" for r in result["rows"]]
        return head + "\n" + _listed(rows)
    if name == "scoring.families":
        rows = [f"{f['code']} – {_md(f['name'])}" + (f" : {f['jobs']} métiers" if "jobs" in f else "") for f in result["families"]]
        return _listed(rows)
    if name == "scoring.claim_on_jobs":  # the counts a claim's verdict states
        qualification = QUALIFICATIONS.get(args.get("qualification", "pwc"), "PwC")
        return (f"Sur {result['jobs']} métier{'s' if result['jobs'] > 1 else ''} (qualification {qualification}) : "
                f"{result['holds']} conforme{'s' if result['holds'] > 1 else ''} à l'affirmation, {result['does_not_hold']} non.")
    if name == "records.recommendations":
        return f"{result['total']} préconisations en {result['axes']} axes."
    if name == "scoring.families_summary":
        rows = [
            f"{f['code']} – {_md(f['name'])} : {f['jobs']} métiers, moyenne PwC {score(f['pwc']['mean'])}, experts {score(f['expert']['mean'])}"
            for f in result
        ]
        return _listed(rows)
    if name == "retrieval.search":
        count = len(result)
        return f"Recherche de « {_md(args.get('query', ''))} » : {count} passage{'s' if count > 1 else ''} trouvé{'s' if count > 1 else ''}."
    count = len(result) if isinstance(result, list | dict) else 1
    return f"Résultat utilisé pour la réponse ({count} élément{'s' if count > 1 else ''})."
