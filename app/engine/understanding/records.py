"""Which of the study's numbered items (recommendations, priority actions) a question is about, by the specific
words they share (French stems, the words of any such question left out)."""

from __future__ import annotations

from search.analysis import analyze

# Words of any question about recommendations: they say nothing about which one is meant.
GENERIC_STEMS = set(analyze(
    "étude recommande recommandations préconisations préconise conseille propose faut il doit devrait faire quoi "
    "comment ia intelligence artificielle générative outils entreprises entreprise nos notre salariés collaborateurs "
    "dit parle sujet concernant selon point actions action prioritaires prioritaire axe axes six 6 concrètement "
    "elle il peut pouvez aider nous vous mon ma mes métier métiers équipes"
))  # fmt: skip


def matched_items(question: str, items: list[tuple[str, object]]) -> list[tuple[int, bool, object]]:
    """Items (recommendations, priority actions) that share the question's specific words, best first; the flag
    says whether the item holds every specific word of the question."""
    asked = set(analyze(question)) - GENERIC_STEMS
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
