"""A claim about the jobs just shown (``ShownClaim``), checked on the consolidated table: "Oui" or "Non" first,
with the jobs that make it so, then the rows with both qualifications."""

from __future__ import annotations

from knowledge.text import fold
from scoring import render
from scoring.models import JobFilter, JobQuery, QueryRow

from ..composition import Composed, Context
from ..plan import Plan, SetAsk, ShownClaim
from ..understanding import claims
from .set_answers import row_text

SIDES = {"pwc": "selon PwC", "expert": "selon les experts métier"}


def _said(claim: ShownClaim, plural: bool, negative: bool = False) -> str:
    """What the claim says of one job or of several, as a verb phrase ("sont au profil « Emergent »")."""
    kind = claim.attribute
    if claim.negated:
        negative = not negative
    is_ = ("sont" if plural else "est") if not negative else ("ne sont pas" if plural else "n’est pas")
    if kind == "profile":
        return f"{is_} au profil « {claim.value} »"
    if kind == "core":
        return f"{is_} {'des métiers' if plural else 'un métier'} cœur d'assistance"
    if kind == "family":
        return f"{is_} de la famille {claim.value}"
    if kind == "same_family":
        return f"{is_} de la même famille"
    if kind == "top":
        return f"{is_} dans les {int(claim.number or 0)} plus exposés"
    if kind in ("top_half", "bottom_half"):
        return f"{is_} dans la moitié {'la plus' if kind == 'top_half' else 'la moins'} exposée du classement"
    if kind in ("above", "below"):
        return f"{is_} {'au-dessus' if kind == 'above' else 'en dessous'} de {render.score(claim.number or 0)}"
    verb = {
        "up": ("monte", "montent"),
        "down": ("descend", "descendent"),
        "same_place": ("garde sa place", "gardent leur place"),
        "same_score": ("a le même score dans les deux qualifications", "ont le même score dans les deux qualifications"),
        "profile_changed": ("change de profil", "changent de profil"),
        "profile_kept": ("garde son profil", "gardent leur profil"),
    }[kind][plural]
    if kind in ("up", "down"):
        verb += (f" de {int(claim.number)} places" if claim.number else "") + " dans le classement des experts"
    if negative:
        verb = f"ne {verb.split(' ', 1)[0]} pas {verb.split(' ', 1)[1]}" if " " in verb else f"ne {verb} pas"
        verb = verb.replace("ne a ", "n’a ").replace("ne ont ", "n’ont ").rstrip()
    return verb


def _detail(row: QueryRow, claim: ShownClaim, qualification: str) -> str:
    """The figure that settles the claim for one job, in brackets."""
    side = row.pwc if qualification == "pwc" else row.expert
    kind = claim.attribute
    if kind == "profile":
        return f"« {side.classification} »"
    if kind == "core":
        return "cœur" if row.core else "pas cœur"
    if kind == "family":
        return f"famille {row.family_code} – {row.family}"
    if kind in ("up", "down", "same_place"):
        moved = f", {render.places_moved(row.places)}" if row.places else ""
        return f"{render.ordinal(row.pwc.rank)} → {render.ordinal(row.expert.rank)}{moved}"
    if kind == "same_score":
        return f"{render.score(row.pwc.score)} → {render.score(row.expert.score)}"
    if kind in ("profile_changed", "profile_kept"):
        return f"« {row.pwc.classification} » → « {row.expert.classification} »"
    return f"{render.score(side.score)}, {render.ordinal(side.rank)}"


def _names(rows: list[QueryRow], claim: ShownClaim, qualification: str) -> str:
    named = [f"{r.job} ({_detail(r, claim, qualification)})" for r in rows[:6]]
    more = f" et {len(rows) - 6} autres" if len(rows) > 6 else ""
    return (", ".join(named) + more) if more else render.joined(named)


def _verdict(rows: list[QueryRow], claim: ShownClaim, qualification: str, total: int, according: str = "", family: str = "") -> tuple[bool, str]:
    """True or false in one qualification, and why, as the rest of a sentence after "Oui" or "Non" (``according``,
    " selon PwC", goes before the jobs named)."""
    n = len(rows)
    if n == 1 and claim.attribute not in ("profile", "core", "family", "same_score"):
        of = f"{rows[0].job} ({_detail(rows[0], claim, qualification)})"  # "Formateur d'assistance (0,72, 7e)"
    else:
        of = rows[0].job if n == 1 else "les deux" if n == 2 else f"les {n}"
    among = "des deux" if n == 2 else f"des {n}{family}"
    held = [r for r in rows if claim.holds(r, qualification, total)]
    missed = [r for r in rows if r not in held]

    def names(chosen: list[QueryRow]) -> str:
        return _names(chosen, claim, qualification)

    q = claim.quantifier
    def none_of() -> str:  # "aucun des 5 n’est au profil « Emergent »"
        return f"aucun {among} {_said(claim, False, True).replace(' pas', '', 1)}{according}"

    if claim.attribute == "same_family":
        groups: dict[str, list[QueryRow]] = {}
        for r in rows:
            groups.setdefault(f"famille {r.family_code} – {r.family}", []).append(r)
        if len(groups) == 1:
            return not claim.negated, f"{of} sont de la même famille, {next(iter(groups))}"
        said = " ; ".join(f"{render.joined([r.job for r in members])} : {family}" for family, members in groups.items())
        return claim.negated, f"{of} ne sont pas de la même famille. {said}"
    if claim.attribute in ("equal_score", "equal_profile"):  # "même score que le chargé d'assistance ?": the rows alike
        def value(r: QueryRow) -> str:
            side = r.pwc if qualification == "pwc" else r.expert
            return render.score(side.score) if claim.attribute == "equal_score" else f"« {side.classification} »"
        what = "le même score" if claim.attribute == "equal_score" else "le même profil"
        said = render.joined([f"{r.job} ({value(r)})" for r in rows])
        if len({value(r) for r in rows}) == 1:
            return not claim.negated, f"{of} ont {what}{according} : {said}"
        return claim.negated, f"{of} n’ont pas {what}{according} : {said}"
    if q == "count":  # "2 sur 3 alors ?": that many of them, no more, no fewer
        if not held:
            return claim.claimed == 0, none_of()
        return len(held) == claim.claimed, f"{len(held)} {among} {_said(claim, len(held) > 1)}{according} : {names(held)}"
    if q == "all":
        if not missed and n == 1 and claim.attribute == "family" and claim.negated:
            # "il est pas dans la data ?" of a job of another family: not that one, and which it is
            return True, f"{of} {_said(claim, False)} ; il est de la {_detail(rows[0], claim, qualification)}{according}"
        if not missed:
            return True, f"{'tous ' if n > 2 else ''}{of} {_said(claim, n > 1)}{according}" + (f" : {names(rows)}" if 1 < n <= 3 else "")
        if len(missed) == n > 1:
            if claim.negated:  # "ils ne sont pas cœur ?" of core jobs: they all are
                return False, f"{'tous ' if n > 2 else ''}{of} {_said(claim, True, True)}{according}"
            return False, none_of()
        if len(missed) == 1:
            return False, f"{names(missed)} {_said(claim, False, True)}{according}"
        return False, f"{len(missed)} {among} {_said(claim, True, True)}{according} : {names(missed)}"
    if q == "none" or (q in ("some", "one") and not held):
        if not held:
            return q == "none", none_of()
        if len(held) == 1:
            return False, f"{names(held)} {_said(claim, False)}{according}"
        return False, f"{len(held)} {among} {_said(claim, True)}{according} : {names(held)}"
    if q in ("some", "one"):
        if len(held) == 1:
            return True, f"{'un seul' if q == 'one' else 'un'} {among}{according}, {names(held)}"
        if len(held) == n:
            return q == "some", f"{'tous ' if n > 2 else ''}{of} {_said(claim, True)}{according} : {names(held)}"
        return q == "some", f"{len(held)} {among} {_said(claim, True)}{according} : {names(held)}"
    subject = next(r for r in rows if r.job_id == claim.subject)
    if q == "only":
        others = [r for r in held if r is not subject]
        if subject not in held:
            return False, f"{names([subject])} {_said(claim, False, True)}{according}" + (
                f" ; {names(held)} {'l’est' if len(held) == 1 else 'le sont'}" if held else "")
        if others:
            return False, f"{subject.job} {_said(claim, False)}{according}, mais {names(others)} aussi"
        return True, f"{among}, seul {names([subject])} {_said(claim, False)}{according}"

    def score(r: QueryRow) -> float:  # most or least exposed of the rows, in this qualification
        return (r.pwc if qualification == "pwc" else r.expert).score

    best = max(map(score, rows)) if q == "most" else min(map(score, rows))
    firsts = [r for r in rows if score(r) == best]
    word = "le plus exposé" if q == "most" else "le moins exposé"
    if subject in firsts:
        tie = [r for r in firsts if r is not subject]
        if tie and n == 2:  # "il est plus exposé que moi ?" of two at the same score: no
            return False, f"les deux ont le même score{according} : {names(rows)}"
        return True, f"{names([subject])} est {word} {among}{according}" + (f", à égalité avec {names(tie)}" if tie else "")
    return False, f"{word} {among}{according} est {names(firsts[:1])} ; {names([subject])}"


MANY = 12  # beyond this many rows a claim's answer lists only those it holds for


def _lead(true: bool, claim: ShownClaim, question: str) -> str:
    """ "Oui"/"Non" for the claim; a negative question on one job asked plainly ("il est pas dans la data ?") is
    answered as French does: "Non" when it is not, "Si" when it is."""
    if claim.negated and len(claim.jobs) == 1 and claims.asked_negatively(fold(question)):
        return "Non" if true else "Si"
    return "Oui" if true else "Non"


def shown_claim(ctx: Context, plan: Plan, out: Composed) -> None:
    claim = plan.shown_claim
    assert claim is not None
    query = JobQuery(filter=JobFilter(job_ids=claim.jobs), qualification="expert" if claim.qualification == "expert" else "pwc")
    result = ctx.tool.query(query)
    out.call("scoring.query", {"filter": query.filter.model_dump(mode="json", exclude_defaults=True)}, result)
    order = {job: index for index, job in enumerate(claim.jobs)}
    rows = sorted(result.rows, key=lambda r: order.get(r.job_id, 99))
    table = out.sources.ref(ctx.tool.table_citation)
    moves = claim.attribute in ShownClaim.EITHER_QUALIFICATION
    sides = ["pwc"] if moves else (["pwc", "expert"] if claim.qualification in ("each", "both") else [claim.qualification])
    for side in sides:  # the counts the verdict states, as a tool result (the figure guard traces them)
        held = sum(claim.holds(r, side, len(ctx.study.jobs)) for r in rows)
        out.call("scoring.claim_on_jobs", {"claim": claim.model_dump(mode="json", exclude_defaults=True), "qualification": side},
                 {"jobs": len(rows), "holds": held, "does_not_hold": len(rows) - held})
    # a whole family, said as such ("le plus exposé des 4 métiers de la famille 13")
    codes = {r.family_code for r in rows}
    code = next(iter(codes))
    whole = len(codes) == 1 and len(rows) > 2 and len(rows) == sum(job.family_code == code for job in ctx.study.jobs)
    family = f" métiers de la famille {code} – {rows[0].family}" if whole else ""
    if len(sides) == 1:
        true, why = _verdict(rows, claim, sides[0], len(ctx.study.jobs), "" if moves else f" {SIDES[sides[0]]}", family)
        out.add(f"{_lead(true, claim, plan.question)} : {why} {table}.")
    else:  # both qualifications, each said
        (pwc, pwc_why), (expert, expert_why) = (_verdict(rows, claim, side, len(ctx.study.jobs), family=family) for side in sides)
        if pwc == expert and claim.qualification == "each":
            head = f"{'Oui' if pwc else 'Non'}, selon PwC comme selon les experts métier."
        elif claim.qualification == "both":
            head = "Oui dans les deux qualifications." if pwc and expert else "Non."
        else:
            head = f"{'Oui' if pwc else 'Non'} selon PwC, {'oui' if expert else 'non'} selon les experts métier."
        out.add(f"{head} Selon PwC, {pwc_why} ; selon les experts métier, {expert_why} {table}.")
    if claim.attribute == "family":  # the family claimed, with its name
        name = next(job.family for job in ctx.study.jobs if job.family_code == claim.value)
        out.parts[-1] = out.parts[-1].replace(f"de la famille {claim.value}", f"de la famille {claim.value} – {name}")
    ask = SetAsk(query=query.model_copy(update={"measure": "places" if claim.attribute in ("up", "down", "same_place") else "score"}))
    if len(rows) > MANY:  # "y a des métiers encore moins touchés que moi ?" of all the others: the ones it holds for
        held_in = [claim.qualification] if claim.qualification in ("pwc", "expert") else ["pwc", "expert"]
        rows = [r for r in rows if any(claim.holds(r, side, len(ctx.study.jobs)) for side in held_in)]
    lines = [f"- {row_text(r, ask)} {out.sources.ref(result.citations[1 + result.rows.index(r)])}" for r in rows]
    out.add("\n".join(lines))
    if claim.attribute in ("up", "down", "same_place"):  # the study's own column, where it disagrees with the positions
        for r in rows:
            if r.places_published != r.places:
                out.add(render.published_change_note(r.job, r.places_published, r.pwc.rank, r.expert.rank))
