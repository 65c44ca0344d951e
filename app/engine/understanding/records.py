"""Which of the study's numbered items (recommendations, priority actions) a question is about, by the specific
words they share (French stems, the words of any such question left out)."""

from __future__ import annotations

import re

from knowledge.text import fold
from search.analysis import analyze

# Words of any question about recommendations: they say nothing about which one is meant.
GENERIC_STEMS = set(analyze(
    "étude recommande recommandations préconisations préconise conseille propose faut il doit devrait faire quoi "
    "comment ia intelligence artificielle générative outils entreprises entreprise nos notre salariés collaborateurs "
    "dit parle sujet concernant selon point actions action prioritaires prioritaire axe axes six 6 concrètement "
    "elle il peut pouvez aider nous vous mon ma mes métier métiers équipes engager engagées 2025 sélection mettre place "
    "mise œuvre oeuvre prévoir prévoit prévu prévue quelles quels bien 1 2 3 4 5 société sociétés assistance branche"
)) - {"a"}  # fmt: skip


# Words people use for the study's own words ("l'encadrement" for the managers the recommendations name)
MANAGERS = ("manager", "manag")  # the stems of "managers" and "manager"
SYNONYMS = {"encadr": MANAGERS, "encadrant": MANAGERS, "chef": MANAGERS, "cadr": MANAGERS}


def matched_items(question: str, items: list[tuple[str, object]]) -> list[tuple[int, bool, object]]:
    """Items (recommendations, priority actions) that share the question's specific words, best first; the flag
    says whether the item holds every specific word of the question."""
    stems = [t for t in analyze(question) if len(t) > 1]  # "à" is no topic
    asked = {w for t in stems for w in SYNONYMS.get(t, (t,))} - GENERIC_STEMS
    if not asked:
        return []
    found = []
    for text, item in items:
        shared = asked & set(analyze(text))
        if shared:
            found.append((len(shared), shared == asked, item))
    found.sort(key=lambda f: -f[0])
    best = found[0][0] if found else 0
    return [f for f in found if f[0] == best][:3]


def matched_items_unaccented(question: str, items: list[tuple[str, object]]) -> list[tuple[int, bool, object]]:
    """``matched_items`` with the question and the items both folded: "cybersecurite" typed without accents stems
    apart from the study's "cybersécurité" (stemming before folding measured better everywhere else)."""
    return matched_items(fold(question), [(fold(text), item) for text, item in items])


def acronyms_held(text: str, items: list[tuple[str, object]]) -> set[str]:
    """The acronyms a message says ("OPCO", "GEPP") that the text of one of the items holds, folded."""
    said = {fold(w) for w in re.findall(r"\b[A-Z]{3,}\b", text)}
    return {n for n in said if any(n in fold(item_text).split() for item_text, _ in items)}


def names_an_item(found: list[tuple[int, bool, object]]) -> bool:
    """Whether the best of ``matched_items`` names its item: it holds every specific word of the question, or two."""
    return bool(found) and (found[0][1] or found[0][0] >= 2)


def prose_stems(study) -> frozenset[str]:
    """The words the study uses about its topics (findings, recommendations, definitions), without the words of
    its job titles: a phrase made only of them ("les pilotes", "dans les entreprises", "« Important »") names a
    topic of the study, not a job it lacks."""
    texts = (
        [f.statement for f in study.facts]
        + [f"{m.title} {m.statement}" for m in study.maturity]
        + [f"{e.title} {e.description} {e.example}" for e in study.exposure_findings]
        + [f"{a.title} " + " ".join(i.text for i in a.items) for a in study.axes]
        + [a.text for a in study.priority_actions]
        + [f"{p.label} {p.definition}" for p in study.profiles]
        + [f"{lv.name} {lv.definition}" for lv in study.levels]
        + [study.dialia.description, study.sheets.description]
    )
    words = {stem for text in texts for stem in analyze(text)}
    return frozenset(words - {stem for job in study.jobs for stem in analyze(job.job)})
