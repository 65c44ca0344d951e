"""Which rows the explorer shows, read from its query string: filters (family, core jobs, profile, score range,
for one qualification), a tolerant search box and a sort. Pure: the same query string gives the same rows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from scoring import ScoringTool
from scoring.models import JobFilter, JobQuery, QueryRow
from scoring.normalize import fold
from scoring.query import run

QUALIFICATIONS = {"pwc": "PwC", "expert": "experts métier"}
SORTS = {
    "pwc": "score PwC",
    "expert": "score experts métier",
    "evolution": "évolution publiée",
    "metier": "métier",
    "famille": "famille",
}


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", ".").strip())
    except ValueError:
        return None
    return value if 0 <= value <= 1 else None


@dataclass(frozen=True)
class Selection:
    """The explorer's query string, checked: anything unknown is dropped rather than refused."""

    famille: str = ""  # a family code, "01" to "13"
    coeur: str = ""  # "oui", "non" or ""
    profil: str = ""  # a profile label of the table
    qualification: str = "pwc"  # which qualification the profile and the score range read
    min: float | None = None
    max: float | None = None
    q: str = ""  # the search box
    tri: str = "pwc"
    ordre: str = "asc"  # asc: most exposed first for the scores, A to Z for the names

    @classmethod
    def parse(cls, params: dict[str, str], tool: ScoringTool) -> Selection:
        families = {j.family_code for j in tool.jobs}
        return cls(
            famille=params.get("famille", "") if params.get("famille", "") in families else "",
            coeur=params.get("coeur", "") if params.get("coeur", "") in ("oui", "non") else "",
            profil=params.get("profil", "") if params.get("profil", "") in tool.profiles else "",
            qualification=params.get("qualification", "pwc")
            if params.get("qualification") in QUALIFICATIONS
            else "pwc",
            min=_number(params.get("min", "")),
            max=_number(params.get("max", "")),
            q=params.get("q", "").strip()[:120],
            tri=params.get("tri", "pwc") if params.get("tri") in SORTS else "pwc",
            ordre="desc" if params.get("ordre") == "desc" else "asc",
        )

    def query_string(self, **changes) -> str:
        chosen = replace(self, **changes)
        values = {
            "famille": chosen.famille,
            "coeur": chosen.coeur,
            "profil": chosen.profil,
            "qualification": "" if chosen.qualification == "pwc" else chosen.qualification,
            "min": "" if chosen.min is None else f"{chosen.min:g}",
            "max": "" if chosen.max is None else f"{chosen.max:g}",
            "q": chosen.q,
            "tri": "" if chosen.tri == "pwc" else chosen.tri,
            "ordre": "" if chosen.ordre == "asc" else chosen.ordre,
        }
        kept = {k: v for k, v in values.items() if v}
        return "?" + urlencode(kept) if kept else ""

    @property
    def filtered(self) -> bool:
        return self != Selection(tri=self.tri, ordre=self.ordre)


@dataclass(frozen=True)
class Search:
    """What the search box found: the job ids it keeps, and the nearest jobs when nothing matched."""

    job_ids: list[str] | None  # None: no search
    nearest: list[str]


def search(tool: ScoringTool, text: str) -> Search:
    """As tolerant as the chat's job resolver ("infirmière", "gestionaire de dossier"), plus every title that holds
    the words typed ("chargé" lists every "Chargé de …")."""
    if not text:
        return Search(None, [])
    wanted = fold(text)
    ids = [j.id for j in tool.jobs if wanted and wanted in fold(j.job)]
    resolution = tool.resolve(text)
    if resolution.status == "found" and resolution.job_id:
        ids.append(resolution.job_id)
    elif resolution.status == "ambiguous" and not ids:  # the titles holding the words say it better
        ids += [c.job_id for c in resolution.candidates]
    ids = list(dict.fromkeys(ids))
    nearest = [c.job_id for c in resolution.candidates] if not ids else []
    return Search(ids, nearest)


def _sort_key(selection: Selection):
    if selection.tri == "expert":
        return lambda r: r.expert.rank
    if selection.tri == "evolution":
        return lambda r: (-r.places_published, r.pwc.rank)
    if selection.tri == "metier":
        return lambda r: fold(r.job)
    if selection.tri == "famille":
        return lambda r: (r.family_code, r.pwc.rank)
    return lambda r: r.pwc.rank


def rows(tool: ScoringTool, selection: Selection) -> tuple[list[QueryRow], Search]:
    found = search(tool, selection.q)
    job_filter = JobFilter(
        job_ids=found.job_ids,
        families=[selection.famille] if selection.famille else [],
        core=None if not selection.coeur else selection.coeur == "oui",
        profile=selection.profil or None,
        score_min=selection.min,
        score_max=selection.max,
    )
    result = run(tool.jobs, JobQuery(filter=job_filter, qualification=selection.qualification), tool.table_citation)
    ordered = sorted(result.rows, key=_sort_key(selection), reverse=selection.ordre == "desc")
    return ordered, found
