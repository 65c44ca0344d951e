"""French wording of scoring results, as a person would say them ("0,67 sur 1, 5e sur 58")."""

from __future__ import annotations

from knowledge.schema import Citation
from knowledge.text import decimal_fr

from .models import AuditFinding, Comparison, JobCard, ProfileChangeEntry, Ranking, Resolution, Stats

QUALIFICATION_NAMES = {"pwc": "qualification PwC", "expert": "qualification experts métier"}
ACCORDING_TO = {"pwc": "selon PwC", "expert": "selon les experts métier"}  # "0,30 selon PwC"


def third(rank: int, total: int) -> str:
    """Which third of the table a rank sits in: "most" exposed, "middle" or "least" exposed."""
    if rank <= total // 3:
        return "most"
    return "least" if rank > total - total // 3 else "middle"


def score(value: float) -> str:
    return decimal_fr(value)


def ordinal(rank: int) -> str:
    return "1er" if rank == 1 else f"{rank}e"


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def exposure_phrase(view) -> str:
    return f"{score(view.score)} sur 1, {ordinal(view.rank)} sur {view.total}, profil « {view.classification} »"


def published_change_note(job: str, published: int, pwc_rank: int, expert_rank: int) -> str:
    """The study's own column where it contradicts the positions ("+4" for a job that goes from 7e to 11e)."""
    return (f"Attention : pour {job}, le tableau publie une évolution de {signed(published)} places, qui ne correspond pas à ses "
            f"positions ({ordinal(pwc_rank)} → {ordinal(expert_rank)}, soit {signed(pwc_rank - expert_rank)}) : c'est une incohérence du document.")


def places_moved(places: int) -> str:
    """ "5 places gagnées", "1 place perdue": a move between the two qualifications (not zero)."""
    plural = "s" if abs(places) > 1 else ""
    return f"{abs(places)} place{plural} {'gagnée' if places > 0 else 'perdue'}{plural}"


def change_sentence(card: JobCard) -> str:
    change = card.change
    if change.direction == "stable" and change.rank_change == 0 and not change.classification_changed:
        return "Les deux qualifications donnent le même résultat."
    moved = f"{places_moved(change.rank_change)} en exposition" if change.rank_change else "même position"
    text = (
        f"Selon les experts métier, le score est en {change.direction} ({score(card.pwc.score)} → "
        f"{score(card.expert.score)}, soit {'+' if change.score_change > 0 else '−'}{score(abs(change.score_change))} ; "
        f"{moved} : {ordinal(card.pwc.rank)} → {ordinal(card.expert.rank)})."
        if change.direction != "stable"
        else f"Score identique ({score(card.pwc.score)}), position {ordinal(card.pwc.rank)} → {ordinal(card.expert.rank)}."
    )
    if change.classification_changed:
        text += f" Le profil change : « {change.from_classification} » → « {change.to_classification} »."
    else:
        text += " Le profil d'impact reste le même."
    if change.rank_change_published != change.rank_change:
        text += (
            f" Attention : l'étude publie une évolution de {signed(change.rank_change_published)} places, "
            f"alors que les positions donnent {signed(change.rank_change)}."
        )
    return text


def card_text(card: JobCard, favour: str = "both") -> str:
    lines = [
        f"**{card.job}** (famille {card.family_code} - {card.family}{', métier cœur d’assistance' if card.core else ''})"
    ]
    if favour in ("both", "pwc"):
        lines.append(f"- Qualification PwC : {exposure_phrase(card.pwc)}")
    if favour in ("both", "expert"):
        lines.append(f"- Qualification experts métier : {exposure_phrase(card.expert)}")
    return "\n".join(lines) + "\n\n" + change_sentence(card)


MARKDOWN_CHARACTERS = "\\`*_{}[]()<>#!|~"


def escape_markdown(text: str, extra: str = "") -> str:
    """Text shown as written: Markdown and HTML characters (and ``extra`` ones) backslash-escaped."""
    special = MARKDOWN_CHARACTERS + extra
    return "".join(f"\\{c}" if c in special else c for c in text)


def joined(titles: list[str]) -> str:
    """ "Juriste et Auditeur", "A, B et C"."""
    return titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} et {titles[-1]}"


def user_text(text: str, limit: int = 80) -> str:
    """A user's words echoed back: shortened, with Markdown and HTML characters neutralised."""
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return escape_markdown(text)


CLOSE_ENOUGH = 0.35  # below, a "nearest" job only shares letters with the one asked about


def resolution_text(resolution: Resolution, total: int) -> str:
    if resolution.status == "empty":
        return "Indiquez un intitulé de métier (par exemple « chargé d'assistance »)."
    names = ", ".join(f"« {c.job} »" for c in resolution.candidates)
    if resolution.status == "ambiguous":
        return f"Plusieurs métiers de l'étude correspondent à « {user_text(resolution.query)} » : {names}. Lequel voulez-vous dire ?"
    if resolution.status == "absent":
        close = [c for c in resolution.candidates if c.score >= CLOSE_ENOUGH]  # not "Juriste" for "fleuriste"
        return (
            f"« {user_text(resolution.query)} » ne fait pas partie des {total} métiers étudiés : l'étude ne donne donc aucun score pour ce "
            + (f"métier. Le métier de l'étude le plus proche est « {close[0].job} »." if len(close) == 1
               else f"métier. Les métiers de l'étude les plus proches sont : {', '.join(f'« {c.job} »' for c in close)}." if close
               else "métier, et aucun de ses métiers n'en est proche (elle porte sur les métiers de la branche de l'assistance).")
        )
    return f"« {user_text(resolution.query)} » correspond au métier « {resolution.job} » de l'étude."


def comparison_text(comparison: Comparison, favour: str = "both") -> str:
    parts = [card_text(card, favour) for card in comparison.cards]
    summary = f"Le plus exposé selon PwC : {comparison.most_exposed_pwc} ; selon les experts métier : {comparison.most_exposed_expert}."
    return "\n\n".join(parts + [summary])


def ranking_text(ranking: Ranking) -> str:
    qualification = QUALIFICATION_NAMES[ranking.qualification]
    scope = ", ".join(f"{k} : {v}" for k, v in ranking.filters.items())
    head = (
        f"Les {len(ranking.entries)} métiers {'les moins' if ranking.bottom else 'les plus'} exposés ({qualification}"
        f"{', ' + scope if scope else ''}) :"
    )
    rows = [
        f"{e.rank}. {e.job} : {score(e.score)} ({e.classification}{', cœur' if e.core else ''})"
        for e in ranking.entries
    ]
    return "\n".join([head] + rows)


def share(value: float) -> str:
    return decimal_fr(value, 1).replace(",0", "")


def stats_text(stats: Stats) -> str:
    lines = [
        f"{stats.total_jobs} métiers, dont {stats.core_jobs} métiers cœur d'assistance. Répartition par profil d'impact :"
    ]
    for p in stats.profiles:
        lines.append(
            f"- {p.label} : PwC {p.count_pwc} métiers ({share(p.share_pwc)} % ; publié : {p.published_share_pwc} %), "
            f"experts {p.count_expert} métiers ({share(p.share_expert)} % ; publié : {p.published_share_expert} %)"
        )
    return "\n".join(lines)


def changes_text(changes: list[ProfileChangeEntry]) -> str:
    lines = [f"{len(changes)} métiers changent de profil d'impact entre la qualification PwC et celle des experts :"]
    lines += [
        f"- {c.job}{' (cœur)' if c.core else ''} : « {c.from_classification} » → « {c.to_classification} » "
        f"({score(c.pwc_score)} → {score(c.expert_score)})"
        for c in changes
    ]
    return "\n".join(lines)


def audit_text(findings: list[AuditFinding]) -> str:
    lines = [f"{len(findings)} incohérences relevées dans le matériel publié (la source n'est pas corrigée) :"]
    lines += [f"- [{f.kind}] {f.message}" for f in findings]
    return "\n".join(lines)


def line_range(first: int, last: int) -> str:
    return f"ligne {first}" if first == last else f"lignes {first}-{last}"


def citation_text(citation: Citation) -> str:
    return f"{citation.document}, {citation.section}, {line_range(citation.line_start, citation.line_end)}"


NUMBER_WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix"}


def number_word(n: int) -> str:
    """A small count in words ("des trois"), a figure beyond ten."""
    return NUMBER_WORDS.get(n, str(n))
