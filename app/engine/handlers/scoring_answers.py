"""Answers from the scoring tool: a job's card, comparisons, rankings, profile counts, changes between
qualifications, unknown or absent jobs, the audit."""

from __future__ import annotations

import re

from knowledge.schema import Qualification
from knowledge.text import fold
from scoring import render
from scoring.models import JobFilter, JobQuery
from scoring.normalize import tokens

from ..answers import ChartSpec
from ..composition import SCOPE, Composed, Context
from ..plan import MAX_HANDOUT, Plan, SetAsk
from ..understanding import claims, reading
from ..understanding.changes import DOWN, UP
from ..understanding.claims import yes_no
from ..understanding.planner import PROFILE_WORDS
from ..understanding.reading import first_person
from .set_answers import row_text
from .study_answers import exposure_findings

CHANGE_WORDS = r"\b(chang|remplac|concretement|quoi pour moi|avenir|disparai|transform|evolu|que va|risque)"




CHANGE_ASKED = (
    r"\b(de combien|combien de (places|points|rangs)|progress\w*|augment\w*|baiss\w*|recul\w*|gagne\w*|perdu|evolu\w*"
    r"|ecart|bouge\w*|monte\w*|descend\w*|chang\w* de (profil|classification|categorie)|bascul\w*|a change|change\w* (avec|chez|selon|entre)|passe\w* de"
    r"|de quel\w* (position|place|rang) a quel\w* (position|place|rang))\b"
)
def _change_asked(text: str) -> bool:
    """A question on the move between the two qualifications; "ça bouge pour moi ?" alone asks what AI changes."""
    if not re.search(CHANGE_ASKED, text):
        return False
    if re.search(r"\b(a|ont|as|avez|avons|ai)( \w+)? (bouge|change|evolue)\b", text):
        return True  # "il a bougé lui ?": a past move, between the two qualifications (what AI changes is ahead)
    loose = re.sub(r"\b(bouge\w*|change\w*|evolu\w*)\b", "", text)
    return bool(re.search(CHANGE_ASKED, loose) or re.search(r"\b(experts?|pwc|qualifications?|classement|places?|rang|position|score|note)\b", text))


PROFILE_CHANGE_ASKED = (
    r"\bchang\w* (de|sa|son|la|le) (profil|classification|categorie)|\bbascul\w*|\b(profil|classification|categorie) (a )?chang\w*"
    r"|\b(garde|conserve|reste|meme)\w* (son|sa|le|la|dans (son|sa|le|la)|de|du) ?(meme )?(profil|classification|categorie)\b|\bchange\w* category\b"
)
PLACE_KEPT = r"\b(garde|conserve)\w* (sa|son|la|le|leur) (place|position|rang)\b|\b(la )?meme (place|position|rang)\b|\bpas bouge\w*"
# "il garde son profil ?", "le même profil ?": yes when it does not change ("avec le même score" keeps no profile)
PROFILE_KEPT = r"\b(garde|conserve|reste)\w*\b|\bmeme (profil|classification|categorie)\b"


def job(ctx: Context, plan: Plan, out: Composed) -> None:
    job_id = plan.jobs[0]
    card = ctx.tool.card(job_id)
    out.call("scoring.card", {"job": card.job}, card)
    row = out.sources.ref(card.citations[0])
    asked = fold(plan.question)
    if plan.topic == "place" and re.search(r"\bfamilles?\b", asked) and not re.search(r"\bquel\w* familles?\b", asked):
        # "et le dernier de la famille ?": who it is, first
        out.add(f"C'est **{card.job}** (famille {card.family_code} – {card.family}) {row}.")
    elif re.search(r"\bfamilles?\b", asked) and not re.search(r"\bcoeurs?\b|\bcore\b", asked):
        # "c'est quoi la famille de métier ?": the family first
        out.add(f"{card.job} fait partie de la famille {card.family_code} – {card.family} {row}.")
    elif re.search(r"\bcoeurs?\b|\bcore\b", asked) and not re.search(r"\ble (plus|moins)\b", asked):
        # asked whether it is a core job: the first sentence says so
        negated = re.search(r"\bn est pas (un )?(metier )?coeur|\bpas (un )?(metier )?coeur\b|\bnon coeur\b", asked)
        verdict = "Oui" if card.core != bool(negated) else "Non"  # "l'animateur n'est pas cœur, c'est bien ça ?": yes
        if negated and claims.asked_negatively(asked):
            verdict = "Si" if card.core else "Non"  # "il est pas cœur ?" asked plainly: "Non, il ne l'est pas" / "Si"
        what = "est" if card.core else "n'est pas"
        out.add(f"{verdict} : {card.job} {what} un métier cœur d'assistance {row}.")
    elif (place := re.search(r"\b(\d{1,2}) ?(e|eme|er|ere)\b", asked)) and re.search(r"\b(veut dire|signifie\w*|mean\w*)\b", asked) and any(
        v.rank == int(place[1]) for v in (card.pwc, card.expert)
    ):  # "ça veut dire quoi 38e ?": that place, in words
        v = next(v for v in (card.pwc, card.expert) if v.rank == int(place[1]))
        out.call("scoring.around", {"job": card.job, "rank": v.rank}, {"plus exposés": v.rank - 1, "moins exposés": v.total - v.rank})
        out.add(
            f"{render.ordinal(v.rank)} sur {v.total} {render.ACCORDING_TO[v.qualification]} : {v.rank - 1} métiers sont plus exposés que "
            f"{card.job} et {v.total - v.rank} le sont moins (la 1re place est la plus exposée) {row}."
        )
    elif ahead := re.search(r"\bcombien\b.*\b(devant|au dessus|avant|derriere|en dessous|apres)\b", asked):
        # "combien de métiers sont devant lui ?": counted from its place, in each qualification asked
        before = ahead[1] in ("devant", "au dessus", "avant")
        views = [v for v in (card.pwc, card.expert) if plan.qualification in ("both", v.qualification)]
        counted = {v.qualification: v.rank - 1 if before else v.total - v.rank for v in views}
        out.call("scoring.around", {"job": card.job, "side": "devant" if before else "derrière"}, counted)  # the count is the tool's
        said = " ; ".join(
            f"{counted[v.qualification]} métiers {'devant' if before else 'derrière'} {render.ACCORDING_TO[v.qualification]} "
            f"({card.job} : {render.ordinal(v.rank)} sur {v.total})" for v in views
        )
        out.add(f"{said[0].upper()}{said[1:]} {row}.")
    elif re.search(PLACE_KEPT, asked) and yes_no(plan.question):  # "il a gardé sa place ?": yes or no first
        moved = card.change.rank_change
        said = "Oui : même position" if moved == 0 else f"Non : {render.places_moved(moved)}"
        out.add(f"{said} de PwC aux experts métier ({render.ordinal(card.pwc.rank)} → {render.ordinal(card.expert.rank)}, {card.job}) {row}.")
    elif re.search(PROFILE_CHANGE_ASKED, asked):  # "a-t-il changé de classification ?": yes or no first
        change = card.change
        kept = re.search(PROFILE_KEPT, asked)
        said = (f"{'Non' if kept else 'Oui'} : de « {change.from_classification} » (PwC) à « {change.to_classification} » (experts métier)"
                if change.classification_changed else f"{'Oui' if kept else 'Non'} : il reste « {change.from_classification} » dans les deux qualifications")
        out.add(f"{said}, score {render.score(card.pwc.score)} → {render.score(card.expert.score)} ({card.job}) {row}.")
    elif _change_asked(asked) and not (yes_no(plan.question) and claims.one_way(plan.question)):
        # "de combien a-t-il progressé ?", "ça a changé avec les experts ?", "monté ou baissé ?": the change between
        # the two qualifications first (a claim of one way, "il a progressé ?", is checked by the engine's verdict)
        change = render.change_sentence(card)
        moved = card.pwc.rank != card.expert.rank or card.pwc.score != card.expert.score
        moves = r"\W+(\w+\W+){0,3}(bouge|change|evolue|varie|differe)\w*"
        placed = re.search(rf"\b(rang|place|position|classement){moves}", asked) or re.search(r"\bbouge", asked)  # one "bouge" in a ranking
        if placed and not re.search(r"\bscore", asked):
            moved = card.pwc.rank != card.expert.rank  # "son rang bouge ?": the place, whatever the score did
        elif re.search(rf"\bscore{moves}", asked) and not re.search(r"\b(rang|place|position|classement)\b", asked):
            moved = card.pwc.score != card.expert.score  # "et son score, il bouge ?"
        either = re.search(UP, asked) and re.search(DOWN, asked)  # "monté ou baissé ?"
        head = (
            ("En hausse. " if card.change.rank_change > 0 else "En baisse. " if card.change.rank_change < 0 else "Même place. ") if either
            else ("Oui. " if moved else "Non. ") if yes_no(plan.question) else ""
        )
        out.add(f"{head}{card.job} : {change[0].lower()}{change[1:]} {row}")
    elif not plan.follow_up or plan.qualification != "both" or yes_no(plan.question):  # "c'est beaucoup ?": where it stands
        verdict = claims.check_job(plan.question, card, ctx.tool)  # a claim, checked by the engine's verdict
        # "2e sur 58, c'est énorme ?": the figure is the job's own, what is asked is how much that is
        claimed = verdict is not None and not (verdict.true and _degree_claimed(asked))
        out.add(_lead(card, plan, ctx.favour, claimed) + f" {row}")
    out.add(render.card_text(card, ctx.favour) + f" {row}")
    labels = [card.pwc.classification, card.expert.classification]
    if ctx.favour == "pwc":
        labels = labels[:1]
    elif ctx.favour == "expert":
        labels = labels[1:]
    profile_definitions(ctx, labels, out)
    notes = [
        f
        for f in ctx.findings
        if (f.kind == "classification_score" and f.jobs[0] == card.job)
        or (f.kind == "constat_bascules" and f"{card.job} (" in f.message.split("non citée(s) :")[-1])
    ]
    if notes:
        out.call("scoring.audit", {"job": card.job}, notes[:1])
    for finding in notes[:1]:
        out.add(
            f"À noter, le document publié présente une incohérence sur ce point : {finding.message} {out.sources.ref(*finding.citations[:1])}"
        )
    if card.core:
        sheets = ctx.study.sheets
        out.add(
            "C'est un métier cœur d'assistance : l'étude lui consacre une fiche de transformation (scénario "
            "d'évolution du métier, synthèse de son exposition, cas d'usage priorisés) ; son contenu détaillé "
            f"figure dans le rapport complet. {out.sources.ref(sheets.citation)}"
        )
    if re.search(CHANGE_WORDS, asked):
        findings_summary(ctx, out)
    out.charts.append(ChartSpec(kind="position", job_ids=[card.job_id]))


STANDINGS = {
    "most": "dans le tiers le plus exposé des métiers",
    "middle": "dans le tiers du milieu du classement",
    "least": "dans le tiers le moins exposé des métiers",
}


def _standing(rank: int, total: int) -> str:
    """Where a rank sits among the 58, in words."""
    return STANDINGS[render.third(rank, total)]


# A degree of exposure the user states of a job ("parmi les moins exposés", "c'est énorme", "45e c'est bien ?"), and
# the third of the ranking that makes it true.
DEGREES = {"high": "most", "low": "least"}
HIGH = (r"\bparmi les plus (expose|touche|impacte|menace|concerne)\w*|\b(tres|hyper|super|fortement|vraiment) (expose|touche|impacte|menace)\w*"
        r"|\bc est (enorme|beaucoup|haut|eleve|elevee|fort|tres haut)( non| ou pas)?\s*$|\benorme\b")
LOW = (r"\bparmi les moins (expose|touche|impacte|menace|concerne)\w*|\b(peu|faiblement|pas tres|pas trop|pas vraiment) (expose|touche|impacte|menace|concerne)\w*"
       r"|\bc est (bas|faible|peu|rassurant|bon signe)( non| ou pas| alors| du coup)?\s*$")


def _degree_claimed(asked: str) -> str | None:
    """ "high" or "low" when the folded question states how exposed the job is, else None."""
    if re.search(r"\b(plus|moins|autant|aussi) \w+ que\b", asked):
        return None  # "moins exposé que PwC ?": a comparison, the claim readers'
    if re.search(LOW, asked):
        return "low"
    return "high" if re.search(HIGH, asked) else None


def _lead(card, plan: Plan, favour: str, claimed: bool = False) -> str:
    """The answer to "is my job affected, how much?" in one sentence: where it stands, per qualification, with
    the title of the study the user's words were read as when they differ."""
    asked = fold(plan.question)
    named = set(tokens(card.job.split(" / ")[0])) <= set(tokens(plan.question))  # "infirmière d'assistance" names it
    mine = first_person(asked)
    if mine and not named:
        head = f"Dans l'étude, votre métier correspond à « {card.job} » : il est"
    else:
        head = f"Votre métier, **{card.job}**, est" if mine else f"**{card.job}** est"
    views = [v for v in (card.pwc, card.expert) if favour in ("both", v.qualification)]
    figures = {v.qualification: f"({render.score(v.score)}, {render.ordinal(v.rank)} sur {v.total})" for v in views}
    standings = {v.qualification: _standing(v.rank, v.total) for v in views}
    if len(set(standings.values())) == 1:
        where = f"{next(iter(standings.values()))}, " + " comme ".join(f"{render.ACCORDING_TO[q]} {figures[q]}" for q in standings)
    else:
        where = " et ".join(f"{standings[q]} {render.ACCORDING_TO[q]} {figures[q]}" for q in standings)
    profiles = list(dict.fromkeys(v.classification for v in views))
    profile = f"profil « {profiles[0]} »" if len(profiles) == 1 else "profil « " + " » puis « ".join(profiles) + " »"
    verdict = ""
    thirds = {render.third(v.rank, v.total) for v in views}
    degree = _degree_claimed(asked)
    if yes_no(plan.question) and degree and not claimed:
        # "je suis parmi les moins exposés ?", "2e sur 58 c'est énorme ?": yes or no by where it stands, in each view
        # (split views, "peu exposée ?" of a job in the middle third for PwC and the last for the experts: not quite)
        verdict = "Oui : " if thirds == {DEGREES[degree]} else "Pas tout à fait : " if DEGREES[degree] in thirds else "Non : "
    elif yes_no(plan.question) and re.search(r"\b(touche|concerne|expose|impacte|menace|affecte)\w*", asked) and not claimed:
        # "mon métier est touché ?": yes, or little, by where it stands at best ("ne me concerne pas ?": no, or little)
        negated = re.search(r"\bne (\w+ ){0,2}(touche|concerne|expose|impacte|menace|affecte)\w* (pas|plus|guere)\b|\bpas (du tout )?(touche|concerne|expose|impacte|menace|affecte)", asked)
        verdict = "Peu : " if thirds == {"least"} else "Non : " if negated else "Oui : "
    if verdict and not head.startswith("**"):
        head = head[0].lower() + head[1:]  # "Oui : dans l'étude, votre métier …"
    return f"{verdict}{head} {where} ; {profile}."


def profile_definitions(ctx: Context, labels: list[str], out: Composed) -> None:
    """Each impact profile named once, with the study's definition and its source."""
    for label in dict.fromkeys(labels):
        profile = ctx.profiles[label]
        out.add(f"Profil « {label} » : {profile.definition} {out.sources.ref(profile.citation)}")


def findings_summary(ctx: Context, out: Composed) -> None:
    most = [f for f in ctx.study.exposure_findings if f.exposure == "plus exposés"]
    least = [f for f in ctx.study.exposure_findings if f.exposure == "moins exposés"]
    out.add(
        "Ce qui change, d'après l'étude : les compétences les plus exposées sont le traitement de l'information ("
        + " ; ".join(f.title.lower() for f in most)
        + f") {out.sources.ref(*(f.citation for f in most))}. Les moins exposées reposent sur "
        + " ; ".join(f"{f.title.lower()}" + (f" ({f.description})" if f.description else "") for f in least)
        + f" {out.sources.ref(*(f.citation for f in least))}."
    )


def compare(ctx: Context, plan: Plan, out: Composed) -> None:
    comparison = ctx.tool.compare(plan.jobs)
    out.call("scoring.compare", {"jobs": [c.job for c in comparison.cards]}, comparison)
    claim = _compare_claim(comparison, plan.question, ctx.favour) or _compare_gap(comparison, plan.question, ctx.favour)
    if re.search(r"\b(le )?meme (metier|poste|job)\b|\bla meme chose\b", fold(plan.question)) and len(comparison.cards) == 2:
        a, b = comparison.cards  # "le formateur d'assistance, c'est le même métier ?": two jobs of the study, not one
        claim = (f"Non : {a.job} et {b.job} sont deux métiers distincts de l'étude (famille {a.family_code} – {a.family} ; "
                 f"famille {b.family_code} – {b.family})")
    if claim:  # "ont-ils la même exposition ?", "sont-ils tous les deux émergents ?": yes or no first
        out.add(claim + f" {out.sources.ref(ctx.tool.table_citation)}")
    out.add(_compare_verdict(comparison, ctx.favour) + f" {out.sources.ref(ctx.tool.table_citation)}")
    for card in comparison.cards:
        out.add(render.card_text(card, ctx.favour) + f" {out.sources.ref(card.citations[0])}")
    if re.search(r"\b(pourquoi|pk|pq|why|comment (ca|cela) se fait)\b", fold(plan.question)):
        # "pourquoi elle est plus exposée que moi ?": what the study says makes a competence more or less exposed
        exposure_findings(ctx, plan.model_copy(update={"jobs": [], "topic": None}), out)
    out.charts.append(ChartSpec(kind="compare", job_ids=[c.job_id for c in comparison.cards]))


ASPECTS = (
    ("famille", r"\bmeme famille\b"),
    ("profil", r"\bmeme (profil|classification|categorie)\b"),
    ("score", r"\bmeme (score|note|exposition|niveau d exposition)\b"),
)


def _same_aspects(comparison, text: str, which: list[str]) -> str | None:
    """ "même famille, même profil ?": each sameness asked, answered in turn."""
    asked = [name for name, pattern in ASPECTS if re.search(pattern, text)]
    if len(asked) < 2 and not (asked and re.search(r"\b(le plus|le moins|plus|moins) (touche|expose|impacte|concerne)\w*", text)):
        return None
    cards = comparison.cards
    said = []
    for name in asked:
        if name == "famille":
            values = {f"{c.family_code} – {c.family}" for c in cards}
        elif name == "profil":
            values = {f"« {getattr(c, q).classification} »" for c in cards for q in which}
        else:
            values = {render.score(getattr(c, q).score) for c in cards for q in which}
        same = len(values) == 1
        shown = next(iter(values)) if same else " / ".join(sorted(values))
        said.append(f"même {name} : {'oui' if same else 'non'} ({shown})")
    return said[0][0].upper() + " ; ".join(said)[1:] + "."


# "c'est quasi pareil ?", "kif kif ?": two jobs said alike
ALIKE = r"\b(pareils?|la meme chose|identiques?|equivalents?|similaires?|kif kif|comparables?|du meme ordre)\b"
NEAR_SCORE = 0.05  # scores this close are "presque pareils" (the study's scores have two decimals)


def _compare_claim(comparison, question: str, favour: str) -> str | None:
    text = fold(question)
    which = [q for q in ("pwc", "expert") if favour in ("both", q)]
    aspects = _same_aspects(comparison, text, which)
    if aspects:
        return aspects
    alike = re.search(ALIKE, text)
    if alike and len(comparison.cards) >= 2 and not re.search(r"\b(plus|moins)\b", text):
        # "quasi pareil non ?" after two jobs (or three compared): their scores side by side, the same within 0,05
        cards = comparison.cards
        gaps = [max(getattr(c, q).score for c in cards) - min(getattr(c, q).score for c in cards) for q in which]
        said = " ; ".join(f"{' / '.join(render.score(getattr(c, q).score) for c in cards)} {render.ACCORDING_TO[q]}" for q in which)
        names = f"{', '.join(c.job for c in cards[:-1])} et {cards[-1].job}"
        if max(gaps) < 0.005:
            return f"Oui : {names} ont le même score ({said})."
        if max(gaps) <= NEAR_SCORE:
            return f"Oui, presque : {names} ont des scores très proches ({said})."
        return f"Non : {names} n'ont pas des scores proches ({said})."
    order = re.search(r"\b(plus|moins) (expose\w* |touche\w* |impacte\w* )?qu(e)?\b", text)
    if order and len(comparison.cards) == 2:  # "c'est plus que la chargée d'assistance ?": the first against the second
        first, second = comparison.cards
        claimed = order[1] == "plus"
        gap = {q: getattr(first, q).score - getattr(second, q).score for q in which}
        said = " ; ".join(f"{render.score(getattr(first, q).score)} contre {render.score(getattr(second, q).score)} {render.ACCORDING_TO[q]}" for q in which)
        than = "qu'" if second.job[:1] in "AEIOUÉÈaeiouéè" else "que "  # "qu'Infirmier d'assistance"
        either = re.search(r"\bplus ou moins\b|\bmoins ou plus\b", text)
        if either and (all(g > 0 for g in gap.values()) or all(g < 0 for g in gap.values())):
            # "elle est plus ou moins exposée que moi ?" asks which way: said, not confirmed
            claimed = all(g > 0 for g in gap.values())
            return f"{'Plus' if claimed else 'Moins'} : {first.job} est {'plus' if claimed else 'moins'} exposé {than}{second.job} ({said})."
        held = {q: gap[q] > 0 if claimed else gap[q] < 0 for q in which}  # a tie holds neither way
        verdict = "Oui" if all(held.values()) else "Non" if not any(held.values()) else "En partie"
        if all(getattr(first, q).score == getattr(second, q).score for q in which):
            # the table still ranks them apart (its published positions)
            places = " ; ".join(f"{render.ordinal(getattr(first, q).rank)} contre {render.ordinal(getattr(second, q).rank)} {render.ACCORDING_TO[q]}" for q in which)
            return f"Non : {first.job} et {second.job} ont le même score ({said}) ; au classement, {places}."
        # a "Non" says what is true, not the claim again ("Non : X n'est pas plus exposé que Y")
        said_as = ("n'est pas " if verdict == "Non" else "est ") + f"{'plus' if claimed else 'moins'} exposé {than}"
        return f"{verdict} : {first.job} {said_as}{second.job} " + (
            "" if verdict != "En partie" else f"{render.ACCORDING_TO[next(q for q in which if held[q])]} seulement ") + f"({said})."
    label = next((v for k, v in PROFILE_WORDS.items() if k in text), None)
    if label and re.search(r"\b(tous|toutes|les deux|ils|elles|sont)\b", text):
        off = [(c, q) for c in comparison.cards for q in which if getattr(c, q).classification != label]
        if not off:
            return f"Oui : ils sont tous au profil « {label} »" + (" dans les deux qualifications." if len(which) == 2 else ".")
        said = []
        for job_id in dict.fromkeys(c.job_id for c, _ in off):
            card = next(c for c, _ in off if c.job_id == job_id)
            views = {q: getattr(c, q).classification for c, q in off if c.job_id == job_id}
            if len(views) == 2 and len(set(views.values())) == 1:
                said.append(f"{card.job} est « {views['pwc']} » dans les deux qualifications")
            else:
                said += [f"{card.job} est « {label_} » {render.ACCORDING_TO[q]}" for q, label_ in views.items()]
        return f"Non : {' ; '.join(said)}."
    if re.search(r"\b(le )?meme metier\b|\bc est pareil\b", text):  # "c'est le même métier que … ?"
        families = ", ".join(f"{c.job} : famille {c.family_code} – {c.family}" for c in comparison.cards)
        return f"Non : ce sont des métiers distincts de l'étude ({families})."
    # "dans la même boîte" is where they work, not a claim of the same score
    if re.search(r"\b(meme|memes|pareil|identiques?|egalite|autant)\b", re.sub(r"\bmeme (boite|entreprise|societe|equipe|service|plateau|structure|agence|bureau)\b", " ", text)):
        same = {q: len({getattr(c, q).score for c in comparison.cards}) == 1 for q in which}
        if all(same.values()):
            return "Oui : ils ont le même score."
        return "Non : leurs scores diffèrent."
    return None


def _compare_gap(comparison, question: str, favour: str) -> str | None:
    """ "quel écart de score entre X et Y ?": the difference first, per qualification (computed from the table)."""
    if not re.search(r"\b(ecart|difference|de combien|combien de points|distance)\b", fold(question)):
        return None
    said = []
    for q in [q for q in ("pwc", "expert") if favour in ("both", q)]:
        scores = " ; ".join(f"{c.job} {render.score(getattr(c, q).score)}" for c in comparison.cards)
        said.append(f"{render.score(getattr(comparison, f'gap_{q}'))} {render.ACCORDING_TO[q]} ({scores})")
    return f"L'écart de score est de {' et de '.join(said)}."


def _compare_verdict(comparison, favour: str) -> str:
    """The answer first: which of the jobs is the most exposed, per qualification, with the scores."""
    which = [q for q in ("pwc", "expert") if favour in ("both", q)]
    tops = {q: min(comparison.cards, key=lambda c: getattr(c, q).rank) for q in which}

    def scores(q: str) -> str:
        top = tops[q]
        view = getattr(top, q)
        others = [f"{c.job} {render.score(getattr(c, q).score)}" for c in comparison.cards if c is not top]
        return f"{render.ACCORDING_TO[q]} ({render.score(view.score)}, {render.ordinal(view.rank)} sur {view.total} ; {', '.join(others)})"

    among = f"des {render.number_word(len(comparison.cards))}"  # in words: no figure the tools did not give
    tied = [q for q in which if sum(getattr(c, q).score == getattr(tops[q], q).score for c in comparison.cards) > 1]
    if len({tops[q].job_id for q in which}) == 1 and not tied:
        return f"**{tops[which[0]].job}** est le plus exposé {among}, " + " comme ".join(scores(q) for q in which) + "."
    parts = []
    for q in which:
        if q in tied:
            same = [c.job for c in comparison.cards if getattr(c, q).score == getattr(tops[q], q).score]
            parts.append(f"{render.ACCORDING_TO[q]}, {' et '.join(same)} sont à égalité ({render.score(getattr(tops[q], q).score)})")
        else:
            parts.append(f"{render.ACCORDING_TO[q]}, le plus exposé {among} est **{tops[q].job}** " + scores(q).removeprefix(render.ACCORDING_TO[q]).strip())
    text = " ; ".join(parts)
    return text[0].upper() + text[1:] + "."


def ranking(ctx: Context, plan: Plan, out: Composed) -> None:
    qualifications = (
        [Qualification.EXPERT]
        if ctx.favour == "expert"
        else [Qualification.PWC]
        if ctx.favour == "pwc"
        else [Qualification.PWC, Qualification.EXPERT]
    )
    for qualification in qualifications:
        try:
            ranking = ctx.tool.top(
                plan.n, qualification, family=plan.family, profile=plan.profile, core=plan.core, bottom=plan.bottom
            )
        except ValueError as error:
            out.add(str(error))
            return
        args = {
            "n": plan.n,
            "qualification": qualification.value,
            "bottom": plan.bottom,
            "family": plan.family,
            "profile": plan.profile,
            "core": plan.core,
        }
        out.call("scoring.top", {k: v for k, v in args.items() if v is not None}, ranking)
        head, *rows = render.ranking_text(ranking).split("\n")
        head = f"{head} {out.sources.ref(ctx.tool.table_citation)}"
        if len(rows) <= 15:  # each row cites its own line of the table
            rows = [f"{row} {out.sources.ref(c)}" for row, c in zip(rows, ranking.citations[1:], strict=True)]
        out.add("\n".join([head, *rows]))
    out.charts.append(
        ChartSpec(kind="ranking", job_ids=[e.job_id for e in ranking.entries], qualification=qualifications[-1].value)
    )


def stats(ctx: Context, plan: Plan, out: Composed) -> None:
    stats = ctx.tool.stats()
    out.call("scoring.stats", {}, stats)
    lines = [
        f"Sur les {stats.total_jobs} métiers du tableau consolidé {out.sources.ref(ctx.tool.table_citation)} :"
    ]
    common = plan.topic in ("most_common", "least_common")  # "quel est le profil le plus fréquent ?": every profile counted
    if common:
        out.add(_most_common(stats, plan, out.sources.ref(ctx.tool.table_citation)))
    for p in stats.profiles:
        if plan.profile and p.label != plan.profile and not common:
            continue
        profile = ctx.profiles[p.label]
        ref = out.sources.ref(profile.citation)
        lines.append(
            f"- **{p.label}** : qualification PwC {p.count_pwc} métiers, soit {render.share(p.share_pwc)} % "
            f"(l'étude publie {p.published_share_pwc} %) ; experts métier {p.count_expert} métiers, soit "
            f"{render.share(p.share_expert)} % (l'étude publie {p.published_share_expert} %) {ref}"
        )
    if plan.topic == "compared" and plan.profile:  # "le profil émergent est identique dans les deux qualifications ?"
        p = next(p for p in stats.profiles if p.label == plan.profile)
        asked = fold(plan.question)
        # what is claimed: the same count, a change, a rise or a fall from PwC to the experts ("ça bouge ?" said
        # "Oui" when both counts were 8, and "ça change ?" said "Non" for 6 and 10)
        if re.search(UP, asked):
            true = p.count_expert > p.count_pwc
        elif re.search(DOWN, asked):
            true = p.count_expert < p.count_pwc
        elif re.search(r"\b(change|bouge|differ|varie|evolue)\w*", asked):
            true = p.count_expert != p.count_pwc
        else:
            true = p.count_pwc == p.count_expert
        out.add(
            f"{'Oui' if true else 'Non'} : « {p.label} » compte {p.count_pwc} métiers selon PwC et {p.count_expert} selon les experts métier "
            f"(l'étude publie {p.published_share_pwc} % et {p.published_share_expert} %) {out.sources.ref(ctx.tool.table_citation)}."
        )
    out.add("\n".join(lines))
    gaps = [
        f for f in ctx.findings if f.kind == "parts_publiees" and (not plan.profile or plan.profile in f.message)
    ]
    if gaps:
        out.call("scoring.audit", {"kind": "parts_publiees"}, {"count": len(gaps), "findings": [g.model_dump(mode="json") for g in gaps]})
        out.add(
            f"Attention : {len(gaps)} part(s) publiée(s) ne correspondent pas au décompte des lignes du tableau ; "
            "les deux chiffres sont donnés ci-dessus, la source n'est pas corrigée."
        )
    out.charts.append(ChartSpec(kind="profiles"))


def _most_common(stats, plan: Plan, ref: str) -> str:
    """The profile with the most (or fewest) jobs in each qualification, "Oui"/"Non" first when one was claimed."""
    least = plan.topic == "least_common"
    pick = min if least else max
    by = {q: pick(stats.profiles, key=lambda p: p.count_pwc if q == "pwc" else p.count_expert) for q in ("pwc", "expert")}
    word = "le moins" if least else "le plus"
    if by["pwc"].label == by["expert"].label:
        p = by["pwc"]
        found = f"« {p.label} » est le profil {word} fréquent : {p.count_pwc} métiers sur {stats.total_jobs} selon PwC, {p.count_expert} selon les experts métier"
    else:
        found = (f"le profil {word} fréquent est « {by['pwc'].label} » selon PwC ({by['pwc'].count_pwc} métiers sur {stats.total_jobs}) et "
                 f"« {by['expert'].label} » selon les experts métier ({by['expert'].count_expert})")
    if plan.profile and yes_no(plan.question):
        return f"{'Oui' if plan.profile in (by['pwc'].label, by['expert'].label) else 'Non'} : {found} {ref}."
    return f"{found[:1].upper()}{found[1:]} {ref}."


def changes(ctx: Context, plan: Plan, out: Composed) -> None:
    changes = ctx.tool.profile_changes()
    table = out.sources.ref(ctx.tool.table_citation)
    out.add(render.changes_text(changes) + f" {table}")
    rising = [j for j in ctx.study.jobs if j.expert.score > j.pwc.score]
    falling_core = [j for j in ctx.study.jobs if j.core and j.expert.score < j.pwc.score]
    out.call(
        "scoring.changes",
        {},
        {
            "profile_changes": [c.model_dump(mode="json") for c in changes],
            "count": len(changes),
            "rising": len(rising),
            "rising_core": sum(j.core for j in rising),
            "falling_core": len(falling_core),
        },
    )
    statements = [s for s in ctx.study.comparison_statements]
    out.add(
        "Ce que dit l'étude : "
        + " ".join(f"« {s.text.lstrip('• ')} » {out.sources.ref(s.citation)}" for s in statements)
    )
    out.add(
        f"D'après le tableau, {len(rising)} métiers voient leur score monter avec les experts métier "
        f"({', '.join(j.job for j in rising)}), dont {sum(j.core for j in rising)} métiers cœur ; "
        f"{len(falling_core)} métiers cœur baissent ({', '.join(j.job for j in falling_core)}). {table}"
    )
    extra = [f for f in ctx.findings if f.kind in ("constat_bascules", "constat_tendance")]
    if extra:
        out.call("scoring.audit", {"kinds": ["constat_bascules", "constat_tendance"]}, extra[:3])
        out.add("Écarts entre le texte et le tableau : " + " ".join(f.message for f in extra[:3]))
    out.charts.append(ChartSpec(kind="core"))


def ambiguous_job(ctx: Context, plan: Plan, out: Composed) -> None:
    assert plan.resolution is not None
    out.add(render.resolution_text(plan.resolution, ctx.tool.total))
    out.call(
        "scoring.resolve",
        {"text": plan.resolution.query},
        plan.resolution.model_dump(mode="json") | {"total_jobs": ctx.tool.total},
    )


def absent_job(ctx: Context, plan: Plan, out: Composed) -> None:
    assert plan.resolution is not None
    out.call(
        "scoring.resolve",
        {"text": plan.resolution.query},
        plan.resolution.model_dump(mode="json") | {"total_jobs": ctx.tool.total},
    )
    # "et les boulangers ?" is about "boulangers"
    said = re.sub(r"(?i)^\s*(et|mais|alors|ok|quid)\s+(des|de|du|les|le|la|l'|un|une)?\s*|\s*[?!.]+\s*$", "", plan.resolution.query).strip()
    shown = plan.resolution.model_copy(update={"query": said or plan.resolution.query})
    out.add(f"{render.resolution_text(shown, ctx.tool.total)} {out.sources.ref(ctx.tool.table_citation)}")
    if reading.worried(plan.question):  # "téléconseillère, je dois m'inquiéter ?"
        fact = ctx.facts["score-0-1"]
        out.add(
            "L'étude ne fait aucune prévision de disparition de métiers ni d'emplois supprimés : elle mesure l'exposition "
            f"relative des compétences des métiers qu'elle étudie. {out.sources.ref(fact.citation)}"
        )
    out.add(SCOPE)


def audit(ctx: Context, plan: Plan, out: Composed) -> None:
    findings = [f for f in ctx.findings if f.kind == plan.topic] if plan.topic else ctx.findings
    if plan.jobs:  # one job's findings ("mais la colonne affiche +4 pourtant")
        findings = [f for f in findings if ctx.tool.by_id[plan.jobs[0]].job in f.jobs]
    if plan.profile:  # a profile's published share, the changes to or from it ("« Non impacté »" in the bascules)
        findings = [f for f in findings if f"« {plan.profile[:12]}" in f.message]
    if plan.qualification != "both" and plan.topic == "parts_publiees":
        findings = [f for f in findings if f"qualification {'PwC' if plan.qualification == 'pwc' else 'experts métier'}" in f.message]
    args = {k: v for k, v in {"kind": plan.topic, "profile": plan.profile}.items() if v}
    out.call("scoring.audit", args, {"count": len(findings), "findings": [f.model_dump(mode="json") for f in findings]})
    doubted = plan.follow_up and (plan.profile or plan.topic in ("constat_bascules", "parts_publiees") or (plan.jobs and plan.topic is None))
    asked = fold(plan.question)
    right_asked = re.search(r"(?<!au )\b(juste|bonn?e?|exacte?|correcte?|fiable)\b", asked)  # "elle est juste ?": yes means no error
    if plan.topic == "evolution_publiee" and plan.jobs and not findings:
        job = ctx.tool.by_id[plan.jobs[0]].job
        lines = [f"{'Oui' if right_asked else 'Non'} : dans le tableau, l'évolution de position publiée pour {job} correspond à ses positions ; aucune incohérence relevée pour ce métier."]
    elif plan.topic == "evolution_publiee" and plan.jobs and "colonne" in asked and not re.search(r"\+ ?\d", plan.question):
        # "il y a un truc bizarre sur lui dans la colonne évolution ?": yes, that job's published change
        lines = [f"{'Non' if right_asked else 'Oui'} : dans le tableau, son évolution de position publiée contredit ses positions : c'est une incohérence du document."]
    elif plan.topic == "evolution_publiee" and plan.jobs:  # that job's published change, an error of the table
        lines = ["Oui, le tableau publie bien ce chiffre, mais il contredit les positions du même tableau : c'est une incohérence du document."]
    elif plan.topic == "evolution_publiee":  # "y a d'autres erreurs de ce genre ?": that kind only, said first
        verdict = "Non" if right_asked else "Oui"
        lines = [f"{verdict} : {len(findings)} métiers ont, dans le tableau, une évolution de position publiée qui contredit leurs positions :"]
    elif doubted and findings:
        # "le texte en oublie ?", "ça fait pas 19 %", "c'est cohérent avec le texte ?": the gap, said first
        verdict = ("Non : l" if re.search(r"\b(coheren\w*|colle|(est|sont|c est) (juste|exacte?|correcte?|bon(ne)?))\b", asked)
                   else "Oui : l" if re.search(r"\b(oubli\w*|cite\w*|pas \d+|fait pas)\b", asked) else "L")
        lines = [f"{verdict}e texte de l'étude et son tableau ne concordent pas sur ce point. Voici l'écart relevé dans le document publié (signalé ici, jamais corrigé) :"]
    elif doubted:
        lines = ["Sur ce point, aucune des incohérences que j'ai vérifiées entre le texte de l'étude et son tableau ne s'applique."]
    else:
        lines = [f"{len(findings)} incohérences relevées dans le document publié (elles sont signalées, jamais corrigées) :"]
    for finding in findings:
        lines.append(f"- {finding.message} {out.sources.ref(*finding.citations[:2])}")
    out.add("\n".join(lines))


def handout(ctx: Context, plan: Plan, out: Composed) -> None:
    """ "une fiche à distribuer en réunion ?": the figures of the jobs in view, which the chat turns into a printable
    brief (page and PDF) under the answer; with no job in view, which brief."""
    table = out.sources.ref(ctx.tool.table_citation)
    kept = "Elle reprend les scores, les positions et les profils ci-dessous, avec leurs sources ; dans le chat, elle est jointe sous cette réponse (page imprimable et PDF)."
    if len(plan.jobs) == 1:
        card = ctx.tool.card(plan.jobs[0])
        out.call("scoring.card", {"job": card.job}, card)
        out.add(f"Voici la fiche de « {card.job} » à imprimer ou à distribuer. {kept}")
        out.add(render.card_text(card, ctx.favour) + f" {table}")
    elif plan.jobs:
        comparison = ctx.tool.compare(plan.jobs[:MAX_HANDOUT])
        out.call("scoring.compare", {"jobs": [c.job for c in comparison.cards]}, comparison)
        out.add(f"Voici la fiche des {render.number_word(len(comparison.cards))} métiers dont nous parlons, à imprimer ou à distribuer. {kept}")
        for card in comparison.cards:
            out.add(render.card_text(card, ctx.favour) + f" {out.sources.ref(card.citations[0])}")
    elif plan.core or plan.family:
        # the set, as the brief reads it (app/web/documents/brief_page.brief_key) ...
        ranking = ctx.tool.top(58, Qualification.PWC, family=plan.family, core=plan.core)
        out.call("scoring.top", {k: v for k, v in {"n": 58, "qualification": "pwc", "family": plan.family, "core": plan.core}.items() if v is not None}, ranking)
        # ... and each of its jobs with both qualifications, as the brief prints them (not one qualification's ranking)
        ask = SetAsk(query=JobQuery(filter=JobFilter(job_ids=[e.job_id for e in ranking.entries]), n=58), both=True)
        result = ctx.tool.query(ask.query)
        out.call("scoring.query", ask.query.model_dump(mode="json", exclude_defaults=True), result)
        out.add(f"Voici la fiche {'des métiers cœur' if plan.core else f'de la famille {plan.family}'}, à imprimer ou à distribuer. {kept}")
        out.add("\n".join(f"- {row_text(row, ask)}" for row in result.rows) + f" {table}")
    else:
        out.add(
            "Je peux préparer une fiche à imprimer ou à distribuer (page imprimable et PDF, avec les sources) pour un "
            "métier, pour plusieurs métiers comparés, pour une famille de métiers ou pour les métiers cœur "
            "d'assistance. Laquelle voulez-vous ?"
        )
        out.choices = [
            "Une fiche à imprimer des métiers cœur d'assistance",
            "Une fiche à imprimer du métier Chargé d'assistance",
            "Une fiche à imprimer de la famille 01 – Opérations d'Assistance",
        ]

