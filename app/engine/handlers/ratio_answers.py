"""A ratio the user states, checked on the table: "ça a doublé ?" gets "Non : … 0,82 contre 0,46 selon PwC, soit
1,78 fois", then the figures it rests on (the job's card, the two jobs, the profile's counts)."""

from __future__ import annotations

from knowledge.text import decimal_fr
from scoring import render
from scoring.models import JobCard, Ratio

from ..composition import Composed, Context
from ..plan import Plan, RatioClaim
from . import scoring_answers as scoring

# How close a ratio must be to the factor said: "presque 3 fois" (2,93) holds, "triplé" (2,67) and "4 fois plus de
# places" (3,8) do not.
ABOUT = 0.10
AS_SAID = 0.04
QUALIFIED = {"pwc": "selon PwC", "expert": "selon les experts métier"}


def holds(claim: RatioClaim, value: float) -> bool:
    factor = claim.factor
    if claim.bound == "more":
        return value > factor
    if claim.bound == "less":
        return value < factor
    if claim.bound == "about":
        return abs(value / factor - 1) <= ABOUT
    if claim.bound == "exactly":
        return abs(value - factor) <= 0.01 * max(1.0, factor)
    return abs(value / factor - 1) <= AS_SAID


def times(value: float) -> str:
    """A factor as said: "2,32", "1,5", "2" (the study's decimal comma, without trailing zeros)."""
    return decimal_fr(value).rstrip("0").rstrip(",")


def _yes(claim: RatioClaim, value: float | Ratio) -> str:
    if isinstance(value, Ratio):  # the exact quotient, not its two-decimal rounding (2,056 is "le double")
        value = value.numerator / value.denominator
    if not holds(claim, value):
        return "Non"
    return "Oui, à peu près" if claim.bound == "about" else "Oui"


def _moved(ratio: Ratio) -> str:
    if ratio.change_percent < 0:
        return f"une baisse de {-ratio.change_percent} %"
    return f"une hausse de {ratio.change_percent} %" if ratio.change_percent else "sans changement"


def ratio(ctx: Context, plan: Plan, out: Composed) -> None:
    claim = plan.ratio
    assert claim is not None
    if plan.set_ask is not None:
        _set_count(ctx, plan, claim, out)
    elif plan.profile:
        _profile(ctx, plan, claim, out)
    elif claim.of == "change":
        _change(ctx, plan, claim, out)
    elif claim.of == "gap":
        _gap(ctx, plan, claim, out)
    else:
        _versus(ctx, plan, claim, out)


def _checked(out: Composed, ratio: Ratio) -> Ratio:
    out.call("scoring.ratio", {"of": ratio.of}, ratio)  # the computed figures, so the guard can trace them
    return ratio


def _change(ctx: Context, plan: Plan, claim: RatioClaim, out: Composed) -> None:
    card = ctx.tool.card(plan.jobs[0])
    r = _checked(out, ctx.tool.ratio(f"score de {card.job}, experts métier / PwC", card.expert.score, card.pwc.score))
    out.add(
        f"{_yes(claim, r)} : selon les experts métier, le score de {card.job} est de {render.score(card.expert.score)} "
        f"contre {render.score(card.pwc.score)} selon PwC, soit {times(r.ratio)} fois celui de PwC ({_moved(r)}). {out.sources.ref(ctx.tool.table_citation)}"
    )
    scoring.job(ctx, plan.model_copy(update={"intent": "job", "ratio": None, "question": card.job}), out)


def _pair(ctx: Context, plan: Plan) -> tuple[JobCard, JobCard]:
    a, b = (ctx.tool.card(j) for j in plan.jobs[:2])
    return a, b


def _versus(ctx: Context, plan: Plan, claim: RatioClaim, out: Composed) -> None:
    a, b = _pair(ctx, plan)
    if claim.places:
        ra = _checked(out, ctx.tool.ratio(f"places, {a.job} / {b.job}", abs(a.change.rank_change), abs(b.change.rank_change)))
        way = {True: "gagné", False: "perdu"}
        said = (
            f"entre PwC et les experts métier, {a.job} a {way[a.change.rank_change > 0]} {abs(a.change.rank_change)} places et "
            f"{b.job} en a {way[b.change.rank_change > 0]} {abs(b.change.rank_change)}"
        )
        # "gagné 1,5 fois plus de places que le chargé d'assistance ?" when he lost his: no, whatever the counts
        against = claim.said_up is not None and any((c.change.rank_change > 0) != claim.said_up for c in (a, b))
        verdict = "Non" if against else _yes(claim, ra)
        out.add(f"{verdict} : {said}" + ("." if against else f", soit {times(ra.ratio)} fois plus.") + f" {out.sources.ref(ctx.tool.table_citation)}")
    else:
        asked = [plan.qualification] if plan.qualification in QUALIFIED else ["pwc", "expert"]
        said = []
        for q in asked:
            first, second = a, b
            if not claim.ordered and (getattr(a, q).score < getattr(b, q).score) == (claim.factor >= 1):
                first, second = b, a  # "c'est le double ?" of two jobs: the larger against the smaller (or the reverse for "la moitié")
            x, y = getattr(first, q).score, getattr(second, q).score
            r = _checked(out, ctx.tool.ratio(f"{first.job} / {second.job}, {QUALIFIED[q]}", x, y))
            said.append((q, r, x, y, first, second))
        verdicts = {_yes(claim, r).split(",")[0] for _, r, _, _, _, _ in said}
        parts = [
            f"{QUALIFIED[q]}, {first.job} a {render.score(x)} contre {render.score(y)} pour {second.job}, soit {times(r.ratio)} fois"
            for q, r, x, y, first, second in said
        ]
        if len(verdicts) == 1:
            out.add(f"{_yes(claim, said[0][1])} : " + " ; ".join(parts) + f". {out.sources.ref(ctx.tool.table_citation)}")
        else:
            out.add("Oui selon une qualification, non selon l'autre : " + " ; ".join(
                f"{_yes(claim, said_q[1]).lower()} {text}" for said_q, text in zip(said, parts, strict=True)
            ) + f". {out.sources.ref(ctx.tool.table_citation)}")
    scoring.compare(ctx, plan.model_copy(update={"intent": "compare", "ratio": None, "question": f"{a.job} et {b.job}"}), out)


def _gap(ctx: Context, plan: Plan, claim: RatioClaim, out: Composed) -> None:
    a, b = _pair(ctx, plan)
    before, after = round(abs(a.pwc.score - b.pwc.score), 2), round(abs(a.expert.score - b.expert.score), 2)
    r = _checked(out, ctx.tool.ratio(f"écart {a.job} / {b.job}, experts métier / PwC", after, before))
    out.add(
        f"{_yes(claim, r)} : l'écart de score entre {a.job} et {b.job} est de {render.score(before)} selon PwC et de "
        f"{render.score(after)} selon les experts métier, soit {times(r.ratio)} fois plus. {out.sources.ref(ctx.tool.table_citation)}"
    )
    scoring.compare(ctx, plan.model_copy(update={"intent": "compare", "ratio": None, "question": f"{a.job} et {b.job}"}), out)


def _profile(ctx: Context, plan: Plan, claim: RatioClaim, out: Composed) -> None:
    stats = ctx.tool.stats()
    p = next(p for p in stats.profiles if p.label == plan.profile)
    published = p.published_share_pwc is not None and p.published_share_expert is not None
    before, after = (p.published_share_pwc, p.published_share_expert) if published else (p.count_pwc, p.count_expert)
    r = _checked(out, ctx.tool.ratio(f"profil {p.label}, experts métier / PwC", after, before))
    said = (
        f"la part des métiers « {p.label} » passe de {before} % selon PwC à {after} % selon les experts métier d'après l'étude "
        f"({p.count_pwc} puis {p.count_expert} métiers dans le tableau)"
        if published
        else f"le nombre de métiers « {p.label} » passe de {before} selon PwC à {after} selon les experts métier"
    )
    out.add(f"{_yes(claim, r)} : {said}, soit {times(r.ratio)} fois ({_moved(r)}).")
    scoring.stats(ctx, plan.model_copy(update={"intent": "stats", "ratio": None, "question": p.label}), out)


def _set_count(ctx: Context, plan: Plan, claim: RatioClaim, out: Composed) -> None:
    """ "donc ça a doublé" after a set counted in each qualification: its count, PwC to the experts."""
    assert plan.set_ask is not None
    counts = {}
    for q in ("pwc", "expert"):
        query = plan.set_ask.query.model_copy(update={"qualification": q, "n": None, "position": None})
        result = ctx.tool.query(query)
        out.call("scoring.query", {"qualification": q}, result)
        counts[q] = result.total_matching
    r = _checked(out, ctx.tool.ratio("nombre de métiers, experts métier / PwC", counts["expert"], counts["pwc"]))
    out.add(
        f"{_yes(claim, r)} : de {counts['pwc']} métiers selon PwC à {counts['expert']} selon les experts métier, "
        f"soit {times(r.ratio)} fois ({_moved(r)}). {out.sources.ref(ctx.tool.table_citation)}"
    )

