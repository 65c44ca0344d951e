"""Answers about a set of jobs (a family, the core jobs, a profile, a score range, the movers between the two
qualifications): the first sentence answers what was asked (how many, which one, yes or no), then the rows, each
with its line of the consolidated table."""

from __future__ import annotations

import re

from knowledge.schema import Exposure, Qualification
from knowledge.text import fold
from scoring import render
from scoring.models import JobFilter, JobQuery, QueryResult, QueryRow

from ..answers import ChartSpec
from ..composition import Composed, Context
from ..plan import Plan, SetAsk
from ..understanding.claims import yes_no
from ..understanding.sets import SAID_AS
from ..understanding.survey_claims import APPROXIMATELY
from .study_answers import figure

PROFILE_SHORT = {"Non impacté ou de manière négligeable": "non impactés ou de manière négligeable"}


def _exposure(row: QueryRow, qualification: str) -> Exposure:
    return row.pwc if qualification == "pwc" else row.expert


def _plural(count: int, word: str = "métier") -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def scope(ctx: Context, f: JobFilter, qualification: str, qualified: bool = True) -> str:
    """The set in words: "de la famille 08 – Ressources humaines, métiers cœur, au profil « Emergent »"."""
    names = {job.family_code: job.family for job in ctx.study.jobs}
    parts = []
    if f.families:
        parts.append(" ou ".join(f"de la famille {code} – {names[code]}" for code in f.families))
    if f.exclude_families:
        parts.append("hors famille " + ", ".join(f"{code} – {names[code]}" for code in f.exclude_families))
    if f.core is True:
        parts.append("cœur d'assistance")
    elif f.core is False:
        parts.append("qui ne sont pas des métiers cœur")
    if f.profile and f.to_profile:
        parts.append(f"passés de « {f.profile} » (PwC) à « {f.to_profile} » (experts métier)")
    elif f.profile:
        which = f" {render.ACCORDING_TO[qualification]}" if qualified else ""  # a ranking says its qualification once
        parts.append(f"{'qui ne sont pas' if f.profile_negated else 'au profil'} « {f.profile} »{which}")
    who = "PwC" if qualification == "pwc" else "experts métier"
    if f.score_min is not None and f.score_max is not None and f.score_min == f.score_max:
        parts.append(f"dont le score {who} est de {render.score(f.score_min)}")
    else:
        if f.score_min is not None:
            parts.append(f"dont le score {who} est {'supérieur à' if f.score_above else 'd’au moins'} {render.score(f.score_min)}")
        if f.score_max is not None:
            parts.append(f"dont le score {who} est {'inférieur à' if f.score_below else 'd’au plus'} {render.score(f.score_max)}")
    moved = {
        "up": "qui gagnent des places avec les experts métier (plus exposés que chez PwC)",
        "down": "qui perdent des places avec les experts métier (moins exposés que chez PwC)",
        "same": "qui gardent la même position dans les deux qualifications",
        "profile_changed": "qui changent de profil entre la qualification PwC et celle des experts métier",
        "score_up": "dont le score monte avec les experts métier",
        "score_down": "dont le score baisse avec les experts métier",
    }
    if f.moved:
        text = moved[f.moved]
        if f.places is not None:
            text = text.replace("des places", f"exactement {_plural(f.places, 'place')}")
        parts.append(text)
    if f.left_top:
        parts.append(f"qui sortent du top {f.left_top} avec les experts métier (dans celui de PwC, pas dans celui des experts)")
    if f.entered_top:
        parts.append(f"qui entrent dans le top {f.entered_top} avec les experts métier (absents de celui de PwC)")
    if f.in_top:
        parts.append(f"parmi les {f.in_top} plus exposés {render.ACCORDING_TO[qualification]}")
    if f.exclude_job_ids:  # "et les autres ?": the set without the jobs already shown
        excluded = f.exclude_job_ids
        rest = "autres que " + render.joined([ctx.tool.by_id[j].job for j in excluded]) if len(excluded) <= 2 else "hors ceux déjà cités"
        return f"{', '.join(parts)} ({rest})" if parts else rest
    return ", ".join(parts)


def row_text(row: QueryRow, ask: SetAsk) -> str:
    measure = ask.query.measure
    pwc, expert = row.pwc, row.expert
    sides = [
        f"PwC {render.score(pwc.score)} ({render.ordinal(pwc.rank)}, {pwc.classification})",
        f"experts {render.score(expert.score)} ({render.ordinal(expert.rank)}, {expert.classification})",
    ]
    if ask.query.qualification == "expert":
        sides.reverse()  # the qualification asked about first
    text = f"**{row.job}**{' (cœur)' if row.core else ''} : {sides[0]} ; {sides[1]}"
    if measure in ("places", "moves") or ask.query.filter.moved in ("up", "down", "same"):
        text += f" ; {_places(row.places)}"
    if measure == "points" or ask.query.filter.moved in ("score_up", "score_down"):
        text += f" ; score {_points(row.points)}"
    return text


def _places(places: int) -> str:
    if places == 0:
        return "même position"
    return f"{render.places_moved(places)} avec les experts"


def _points(points: float) -> str:
    if points == 0:
        return "inchangé"
    return f"{'+' if points > 0 else '−'}{render.score(abs(points))} ({'hausse' if points > 0 else 'baisse'})"


def _rows(ctx: Context, result: QueryResult, ask: SetAsk, out: Composed, numbered: bool = False) -> str:
    lines = []
    for index, row in enumerate(result.rows, 1):
        ref = out.sources.ref(result.citations[index]) if len(result.rows) <= 15 else ""
        lines.append(f"- {row_text(row, ask)} {ref}".rstrip())  # no "1.": a list number reads as a figure
    return "\n".join(lines)


def query(ctx: Context, plan: Plan, out: Composed) -> None:
    ask = plan.set_ask
    assert ask is not None
    if "families_compared" in ask.outputs:  # summed up by the scoring tool itself, no query over the rows
        _families_compared(ctx, ask, out)
        return
    qualifications = ["pwc", "expert"] if ask.both else [ask.query.qualification]
    if ctx.favour in ("pwc", "expert") and ask.both:
        qualifications = [ctx.favour]
    if {"mean", "spread"} & set(ask.outputs):  # both qualifications are in one result's statistics
        _summary(ctx, ask, qualifications, out)
        plan.jobs = [r.job_id for r in ctx.tool.query(ask.query).rows]
        return
    shown: list[str] = []
    results: dict[str, QueryResult] = {}  # each qualification's rows, as answered (a claimed first is checked on them)
    start = len(out.parts)
    if ask.claimed_count is not None:
        _count_claimed(ctx, ask, out)
        if ask.claimed_gap:  # both counts are the answer; one qualification's rows after them would tell half of it
            return
    for qualification in qualifications:
        q = ask.query.model_copy(update={"qualification": qualification})
        result = results[qualification] = ctx.tool.query(q)
        args = q.model_dump(mode="json", exclude_defaults=True)
        out.call("scoring.query", args, result)
        one = SetAsk(**(ask.model_dump() | {"query": q}))
        if not shown and re.search(r"\b(le seul|la seule|les seuls|seul metier|seule)\b", fold(plan.question)) and not re.match(r"\s*(quel|qui|combien)", fold(plan.question)):
            # "c'est le seul métier cœur qui baisse ?": how many there are, first
            verdict = "Oui : c'est le seul" if result.total_matching == 1 else f"Non : ils sont {result.total_matching}"
            claimed = ask.members[0] if ask.members and "member" not in ask.outputs else None
            if claimed is not None and claimed not in [r.job_id for r in ctx.tool.query(q.model_copy(update={"n": None})).rows]:
                verdict = f"Non : {ctx.tool.by_id[claimed].job} n'en fait pas partie ; ils sont {result.total_matching}"  # "c'est le seul … c'est lui ?"
            out.add(f"{verdict} ({_title(ctx, one)}) {out.sources.ref(ctx.tool.table_citation)}.")
        exists = re.search(r"\by a (t il )?(des|un|une|d|au moins)\b|\by en a (t il )?\b|\bexiste\w*\b|\bil y a (des|un|une)\b", fold(plan.question))
        if not shown and exists and yes_no(plan.question) and {"list", "count"} & set(ask.outputs):
            # "y a des métiers cœur dans cette famille ?": yes or no first
            verdict = f"Oui : {_plural(result.total_matching)}" if result.total_matching else "Non : aucun métier"
            out.add(f"{verdict} ({_title(ctx, one)}) {out.sources.ref(ctx.tool.table_citation)}.")
            if not result.total_matching:
                continue
        if "share" in ask.outputs:
            _share(ctx, ask, plan.question, out)
            plan.jobs = []
            return
        if "families" in ask.outputs:
            _families(ctx, ask, out)
            return
        if "place" in ask.outputs:
            _place(ctx, ask, plan.question, out)
            plan.jobs = list(ask.members)
            return
        if "leader" in ask.outputs:
            plan.jobs = _leader(ctx, ask, out)
            return
        if "by_family" in ask.outputs:
            _by_family(ctx, result, one, out)
            shown += [r.job_id for r in result.rows if r.job_id not in shown]
            continue
        if "member" in ask.outputs:
            _member(ctx, one, out)
            shown += [j for j in ask.members if j not in shown]
            continue
        if "all" in ask.outputs:
            _all(ctx, result, one, out)
        elif "same" in ask.outputs:
            _same(ctx, result, one, out)
        elif "extremes" in ask.outputs:  # "le plus exposé et le moins exposé"
            for order in ("most", "least"):
                q1 = q.model_copy(update={"order": order, "n": q.n or 1})
                r1 = ctx.tool.query(q1)
                out.call("scoring.query", q1.model_dump(mode="json", exclude_defaults=True), r1)
                _rank(ctx, r1, SetAsk(**(one.model_dump() | {"query": q1, "outputs": ["rank"]})), out)
        elif "rank" in ask.outputs and not result.rows and q.measure in ("places", "moves", "points") and _restricted(q.filter):
            # "et le plus reculé ?" among jobs that all gained places: none of them, and who it is among all 58
            among = ctx.tool.query(q.model_copy(update={"filter": q.filter.model_copy(update={"moved": None})})).total_matching
            out.add(f"Aucun des {among} métiers n'est dans ce cas ({_title(ctx, one)}) {out.sources.ref(ctx.tool.table_citation)}. Sur les 58 métiers :")
            shown += _rank_widened(ctx, q.model_copy(update={"filter": JobFilter(moved=q.filter.moved)}), one, out)
            break
        elif "rank" in ask.outputs and not result.rows and q.filter.families and q.filter.core is True and not q.filter.job_ids:
            # "et parmi les métiers cœur ?" after a family that has none: said, then among all the core jobs
            names = {job.family_code: job.family for job in ctx.study.jobs}
            family = " ou ".join(f"{code} – {names[code]}" for code in q.filter.families)
            out.add(f"La famille {family} ne compte aucun métier cœur d'assistance {out.sources.ref(ctx.tool.table_citation)}. Parmi les "
                    f"{sum(1 for job in ctx.study.jobs if job.core)} métiers cœur :")
            shown += _rank_widened(ctx, q.model_copy(update={"filter": JobFilter(core=True)}), one, out)
            break
        elif "rank" in ask.outputs:
            _rank(ctx, result, one, out)
        else:
            _list(ctx, result, one, out, plan.question)
        shown += [r.job_id for r in result.rows if r.job_id not in shown]
    if "rank" in ask.outputs and 1 < len(shown) <= 20:
        out.charts.append(ChartSpec(kind="ranking", job_ids=shown, qualification=qualifications[-1]))
    elif "list" in ask.outputs and 1 < len(shown) <= 20:
        out.charts.append(ChartSpec(kind="compare", job_ids=shown))
    if (plan.topic or "").startswith("neighbour:") and shown and ask.query.position:
        # "c'est qui juste devant moi ?": said as asked, the neighbour in that ranking
        base = ctx.tool.by_id[plan.topic.split(":", 1)[1]]
        side = "devant" if ask.query.position < base.exposure(Qualification(ask.query.qualification)).rank else "derrière"
        near = ctx.tool.by_id[shown[0]].exposure(Qualification(ask.query.qualification))
        ref = re.search(r"( \[\d+\])\.?$", out.parts[start])
        out.parts[start] = (
            f"Juste {side} {base.job}{' dans sa famille' if ask.query.filter.families else ''} {render.ACCORDING_TO[ask.query.qualification]} : **{ctx.tool.by_id[shown[0]].job}** "
            f"({render.score(near.score)}, {render.ordinal(near.rank)} sur {ctx.tool.total}, profil « {near.classification} »){ref[1] if ref else ''}."
        )
    if (plan.topic or "").startswith("tied:") and len(out.parts) > start:
        # "il est ex aequo avec quelqu'un, non ?": yes or no first, then the jobs at that score
        _, job_id, which = plan.topic.split(":")  # "said": in the qualification asked; "either": in neither if none
        job = ctx.tool.by_id[job_id]
        others = [ctx.tool.by_id[j].job for j in shown if j != job.id]
        said = render.ACCORDING_TO[ask.query.qualification]
        nowhere = f", {said}" if which == "said" else ", ni selon PwC ni selon les experts métier"
        out.parts.insert(start, f"Oui : {said}, {job.job} est à égalité de score avec {render.joined(others)}." if others
                         else f"Non : aucun autre métier n'a le même score que {job.job}{nowhere}.")
    if (plan.topic or "").startswith("beside:") and shown and len(out.parts) > start:
        # "c koi les 4 devant nous ?": said as asked, the rows just ahead of (or behind) that job, then the rows
        _, base, side, *every = plan.topic.split(":")  # "beside:<job>:ahead:all": every job ahead, not only the nearest
        if side == "around":  # "ses voisins immédiats ?": the one just ahead and the one just behind, said, then the three rows
            which = ask.query.qualification
            rank = ctx.tool.by_id[base].exposure(Qualification(which)).rank
            near = {ctx.tool.by_id[j].exposure(Qualification(which)).rank - rank: ctx.tool.by_id[j] for j in shown}
            said = [f"juste devant, **{near[-1].job}** ({render.score(near[-1].exposure(Qualification(which)).score)}, {render.ordinal(rank - 1)})" if -1 in near
                    else "personne devant (il est 1er)",
                    f"juste derrière, **{near[1].job}** ({render.score(near[1].exposure(Qualification(which)).score)}, {render.ordinal(rank + 1)})" if 1 in near
                    else f"personne derrière (il est {render.ordinal(rank)} sur {ctx.tool.total})"]
            out.parts[start] = (f"Autour de {ctx.tool.by_id[base].job} ({render.ordinal(rank)} {render.ACCORDING_TO[which]}) : {said[0]} ; {said[1]} "
                                f"{out.sources.ref(ctx.tool.table_citation)}.")
        else:
            where = f"{'' if every else 'juste '}{'devant' if side == 'ahead' else 'derrière'} {ctx.tool.by_id[base].job} {render.ACCORDING_TO[ask.query.qualification]}"
            if len(shown) == 1:  # one job there (the 2nd has one ahead of it): named, with its row
                out.parts[start] = f"Un seul métier {where} {out.sources.ref(ctx.tool.table_citation)} :"
                out.parts.insert(start + 1, "- " + _row_of(ctx, shown[0], ask, ask.query.qualification, out))
            else:
                out.parts[start] = f"Les {_plural(len(shown))} {where} {out.sources.ref(ctx.tool.table_citation)} :"
    if ask.which and ask.claimed_core:  # "lequel est cœur ?": the core ones are the ones in view after
        shown = sorted(shown, key=lambda j: not ctx.tool.by_id[j].core)
    if ask.nth and len(shown) >= ask.nth:  # "le deuxième plus gros recul": that one, first, and in view after
        asked = shown[ask.nth - 1]
        card = ctx.tool.card(asked)
        out.call("scoring.card", {"job": card.job}, card)
        moved = card.change.rank_change
        detail = (
            f"{_places(moved)}, {render.ordinal(card.pwc.rank)} → {render.ordinal(card.expert.rank)}" if ask.query.measure in ("places", "moves")
            else f"score {render.score(card.pwc.score)} → {render.score(card.expert.score)}" if ask.query.measure == "points"
            else f"{render.score(card.pwc.score if ask.query.qualification == 'pwc' else card.expert.score)} {render.ACCORDING_TO[ask.query.qualification]}"
        )
        # a job that moved as much in the rows around it: a tie, said ("3e : Animateur, à égalité avec Gestionnaire de réseau")
        tied = _tied(ctx, ask.query, asked, ask.nth, either_way=False) if ask.query.measure in ("places", "moves", "points") else []
        tie = f", à égalité avec {render.joined([f'**{r.job}**' for r in tied])}" if tied else ""
        out.parts.insert(start, f"{render.ordinal(ask.nth).capitalize()} de ce classement : **{card.job}** ({detail}){tie} {out.sources.ref(ctx.tool.table_citation)}.")
        shown = [asked] + [j for j in shown if j != asked]
    if ask.claimed_top and shown and not re.match(r"(Oui|Non)\b", out.parts[start] if len(out.parts) > start else ""):
        _top_claimed(ctx, ask, results, start, out)
    plan.jobs = shown  # what a follow-up ("lequel des deux", "combien y en a-t-il") refers to


def _top_claimed(ctx: Context, ask: SetAsk, results: dict[str, QueryResult], start: int, out: Composed) -> None:
    """ "c'est le plus gros recul de tous ?" of the job in view: yes or no before the first row, in each
    qualification answered (yes for any job level with the first); when not yes in all, that job's own row after."""
    q = ask.query
    among = (q.n or 1) > 1  # "c'est l'un des plus exposés ?": one of the rows shown, not the first
    qualifications = list(results)
    held: list[str] = []
    for qualification, result in results.items():
        if not result.rows:
            continue
        if among:
            level = {r.job_id for r in result.rows}
        else:
            first = result.rows[0].job_id
            one = q.model_copy(update={"qualification": qualification})
            level = {first} | {r.job_id for r in _tied(ctx, one, first, q.n or 1, either_way=q.measure == "moves")}
        if ask.claimed_top in level:
            held.append(qualification)
    claimed = ctx.tool.by_id[ask.claimed_top].job
    if len(held) == len(qualifications):
        out.parts.insert(start, f"Oui : {claimed} en fait partie." if among else f"Oui : c'est bien {claimed}.")
        return
    if held:
        out.parts.insert(start, f"Oui {render.ACCORDING_TO[held[0]]}, pas {render.ACCORDING_TO[next(x for x in qualifications if x not in held)]} : {claimed}.")
    else:
        out.parts.insert(start, f"Non : {claimed} n'en fait pas partie." if among else f"Non : ce n'est pas {claimed}.")
    out.add(_row_of(ctx, ask.claimed_top, ask, qualifications[0], out))


def _row_of(ctx: Context, job_id: str, ask: SetAsk, qualification: str, out: Composed) -> str:
    """One job's row of the set's table, queried and traced (its figures are the scoring tool's), with its source."""
    one = JobQuery(filter=JobFilter(job_ids=[job_id]), qualification=qualification)
    rows = ctx.tool.query(one)
    out.call("scoring.query", one.model_dump(mode="json", exclude_defaults=True), rows)
    return row_text(rows.rows[0], ask) + f" {out.sources.ref(rows.citations[1])}"

def _rank_widened(ctx: Context, wide: JobQuery, one: SetAsk, out: Composed) -> list[str]:
    """The ranking asked, on a wider set after the narrow one was found empty (said before): the rows it shows."""
    result = ctx.tool.query(wide)
    out.call("scoring.query", wide.model_dump(mode="json", exclude_defaults=True), result)
    _rank(ctx, result, SetAsk(**(one.model_dump() | {"query": wide})), out)
    return [r.job_id for r in result.rows]


def _summary(ctx: Context, ask: SetAsk, qualifications: list[str], out: Composed) -> None:
    """ "le score moyen des métiers cœur ?", "quel écart entre le premier et le dernier ?": computed from the table's
    rows by the scoring tool, and said to be so (the study publishes neither)."""
    result = ctx.tool.query(ask.query.model_copy(update={"n": None}))
    out.call("scoring.query", ask.query.model_dump(mode="json", exclude_defaults=True), result)
    table = out.sources.ref(ctx.tool.table_citation)
    title = _title(ctx, ask)
    if not result.rows:
        out.add(f"Aucun des {ctx.tool.total} métiers de l'étude ne correspond : {title} {table}.")
        return
    stats = {s.qualification: s for s in result.stats}
    if "mean" in ask.outputs:
        said = " et ".join(f"{render.score(stats[q].mean)} {render.ACCORDING_TO[q]}" for q in qualifications)
        ranges = " ; ".join(f"de {render.score(stats[q].lowest)} à {render.score(stats[q].highest)} {render.ACCORDING_TO[q]}" for q in qualifications)
        out.add(f"Le score moyen des {title} est de {said}, sur {_plural(result.total_matching)} ({ranges}) {table}.")
    else:
        parts = []
        for q in qualifications:
            top = max(result.rows, key=lambda r: getattr(r, q).score)
            bottom = min(result.rows, key=lambda r: getattr(r, q).score)
            parts.append(
                f"{render.score(stats[q].spread)} {render.ACCORDING_TO[q]} ({top.job} {render.score(stats[q].highest)} ; {bottom.job} {render.score(stats[q].lowest)})"
            )
        out.add(f"Entre le plus et le moins exposé des {title}, l'écart de score est de {' et de '.join(parts)} {table}.")
    out.add("L'étude ne publie ni moyenne ni écart : ces valeurs sont calculées à partir de son tableau consolidé.")


def _title(ctx: Context, ask: SetAsk) -> str:
    if ask.titled:  # "les assistants": the jobs whose title holds the word
        return f"métiers dont l'intitulé contient « {ask.titled} »"
    words = scope(ctx, ask.query.filter, ask.query.qualification)
    if not words and ask.query.filter.job_ids is not None:  # "ces deux-là sont en évolution ?": the jobs talked about
        return "métiers dont nous parlons"
    if ask.query.filter.job_ids is not None and len(ask.query.filter.job_ids) > 2:
        # "lequel est cœur ?" after the assistant titles: among those, not among all 58
        return f"métiers {words}, parmi les {len(ask.query.filter.job_ids)} dont nous parlons"
    return f"métiers {words}" if words else "métiers de l'étude"


def _list(ctx: Context, result: QueryResult, ask: SetAsk, out: Composed, question: str) -> None:
    table = out.sources.ref(ctx.tool.table_citation)
    count = result.total_matching
    title = _title(ctx, ask)
    if "count" in ask.outputs:
        if count == 0:
            out.add(f"Aucun des {ctx.tool.total} métiers de l'étude n'est dans ce cas ({title}) {table}.")
            return
        share = render.share(result.share_percent)
        head = f"**{_plural(count)}** sur {ctx.tool.total} ({share} %) : {title} {table}."
        f = ask.query.filter
        if result.within_total:
            # "combien de métiers cœur sont en forte transformation ?", "et parmi eux, combien sont cœur ?": out of the
            # core jobs, the family or the jobs just listed, not of 58
            n = result.within_total
            part = f"{count} des {n} ({render.share(result.within_percent)} %)"
            words = scope(ctx, f, ask.query.qualification)
            among = (f"métiers dont nous parlions (métiers {words})" if words else "métiers dont nous parlions") if f.job_ids is not None else title
            if f.job_ids is None and f.families and f.core is not None and not (f.profile or f.moved or f.score_min is not None or f.score_max is not None):
                # "3 des 7 métiers de la famille 01 – … sont des métiers cœur d'assistance"
                rest = "sont des métiers cœur d'assistance" if f.core else "ne sont pas des métiers cœur"
                among = f"métiers {scope(ctx, f.model_copy(update={'core': None}), ask.query.qualification)} {rest}"
            if f.within_profile and f.profile and f.job_ids is None:  # "2 des 12 métiers « Non impacté » selon PwC sont cœur"
                rest = scope(ctx, f.model_copy(update={"profile": None, "profile_negated": False}), ask.query.qualification)
                label = f"{'qui ne sont pas' if f.profile_negated else 'au profil'} « {f.profile} » {render.ACCORDING_TO[ask.query.qualification]}"
                among = f"métiers {label} {'sont des métiers ' + rest if f.core is True else rest}"
            head = f"**{'Tous les ' + str(n) if count == n else part}** {among} {table}."
        published = _published_share(ctx, ask)
        if published:
            profile = ctx.profiles[ask.query.filter.profile]
            head += f" L'étude publie pour ce profil une part de {published} % {out.sources.ref(profile.citation)}."
        out.add(head)
        if count <= 20 or "list" in ask.outputs:  # "combien …, et lesquels ?": all of them, however many
            out.add(_rows(ctx, result, ask, out))
        return
    if count == 0:
        ids = ask.query.filter.job_ids
        among = f"de ces {len(ids)} métiers ({render.joined([ctx.tool.by_id[j].job for j in ids])})" if ids else f"des {ctx.tool.total} métiers de l'étude"
        out.add(f"Aucun {among} ne correspond : {title} {table}.")
        return
    f = ask.query.filter
    if 1 < count <= 12 and (f.families or ask.titled or f.core) and not (f.profile or f.moved or f.score_min is not None or f.score_max is not None):
        # "les métiers RH, ils sont exposés comment ?": the answer in one sentence, then the rows
        stats = {s.qualification: s for s in result.stats}
        ranges = " et ".join(
            (f"de {render.score(stats[q].lowest)} à {render.score(stats[q].highest)}" if stats[q].spread else f"de {render.score(stats[q].lowest)}")
            + f" {render.ACCORDING_TO[q]}"
            for q in ("pwc", "expert")
        )
        profiles = list(dict.fromkeys(_exposure(r, q).classification for q in ("pwc", "expert") for r in result.rows))
        said = f"profils {render.joined([f'« {p} »' for p in profiles])}" if len(profiles) > 1 else f"tous au profil « {profiles[0]} »"
        out.add(f"Les {count} {title} ont un score {ranges} ; {said} {table}.")
    only_shown = f.job_ids is not None and not (f.families or f.profile or f.core is not None or f.moved or f.score_min is not None or f.score_max is not None)
    if ask.query.measure == "places" and only_shown:
        out.add(_moves_lead(result, question, table))  # "ils ont bougé ?": how each moved, first
    head = f"{title[0].upper()}{title[1:]} : {_plural(count)} {table}"
    out.add(head + "\n" + _rows(ctx, result, ask, out))


def _moves_lead(result: QueryResult, question: str, table: str) -> str:
    """The jobs in view grouped by their move from PwC to the experts: "De PwC aux experts métier : A et B, 14
    places gagnées ; C, même position." (yes or no first when the question is one)."""
    groups: dict[int, list[str]] = {}
    for row in sorted(result.rows, key=lambda r: -r.places):
        groups.setdefault(row.places, []).append(row.job)
    parts = [f"{render.joined(jobs)} : {render.places_moved(places) if places else 'même position'}" for places, jobs in groups.items()]
    verdict = ("Oui : d" if any(groups) else "Non : d") if yes_no(question) else "D"
    return f"{verdict}e PwC aux experts métier, {' ; '.join(parts)} {table}."


def _published_share(ctx: Context, ask: SetAsk) -> int | None:
    f = ask.query.filter
    if not f.profile or f.profile_negated or f.families or f.exclude_families or f.core is not None or f.moved:
        return None
    if f.score_min is not None or f.score_max is not None or f.job_ids is not None:
        return None
    profile = ctx.profiles.get(f.profile)
    if profile is None:
        return None
    return profile.published_share_pwc if ask.query.qualification == "pwc" else profile.published_share_expert


def _restricted(f: JobFilter) -> bool:
    return bool(f.job_ids is not None or f.families or f.profile or f.core is not None or f.score_min is not None or f.score_max is not None)


def _tied(ctx: Context, q: JobQuery, job_id: str, n: int, either_way: bool) -> list[QueryRow]:
    """The other jobs among the first n + 5 of the ranking ``q`` level with ``job_id``: that moved exactly as much
    (in points, or in places, either way when ``either_way``), or with the same score for a ranking by score."""
    rows = ctx.tool.query(q.model_copy(update={"n": n + 5})).rows
    mine = next((r for r in rows if r.job_id == job_id), None)
    if mine is None:
        return []
    if q.measure == "points":
        return [r for r in rows if r.job_id != job_id and r.points == mine.points]
    if q.measure == "score":  # "le plus exposé": level on the score of that qualification
        return [r for r in rows if r.job_id != job_id and _exposure(r, q.qualification).score == _exposure(mine, q.qualification).score]
    return [r for r in rows if r.job_id != job_id and (abs(r.places) == abs(mine.places) if either_way else r.places == mine.places)]


def _tied_with_the_first(ctx: Context, result: QueryResult, ask: SetAsk) -> str:
    """The jobs that move as much as the one said to move most ("le score qui monte le plus": two at +0,49), as
    words for the first sentence, so that one of them is not said to be the only record ("" when none is)."""
    q = ask.query
    if len(result.rows) != 1 or q.filter.job_ids is not None or q.n is None:
        return ""
    tied = _tied(ctx, q, result.rows[0].job_id, q.n, either_way=q.measure == "moves")
    if q.measure == "points":
        moves = [f"**{r.job}** ({render.score(r.pwc.score)} → {render.score(r.expert.score)})" for r in tied]
    else:
        moves = [f"**{r.job}** ({render.ordinal(r.pwc.rank)} → {render.ordinal(r.expert.rank)})" for r in tied]
    return f", à égalité avec {render.joined(moves)}" if moves else ""


def _rank(ctx: Context, result: QueryResult, ask: SetAsk, out: Composed) -> None:
    table = out.sources.ref(ctx.tool.table_citation)
    q = ask.query
    qualifier = render.ACCORDING_TO[q.qualification]
    if not result.rows:
        out.add(f"Aucun métier de l'étude ne correspond ({_title(ctx, ask)}, {qualifier}) {table}.")
        return
    shown = q.filter.model_copy(update={"moved": None}) if q.measure in ("places", "moves", "points") else q.filter
    scope_words = scope(ctx, shown, q.qualification, qualified=False)  # "who gained most places" needs no "among those who gained"
    among = f" parmi les métiers {scope_words}" if scope_words else ""
    lead = "Le métier"
    if q.filter.job_ids is not None:
        among = ""
        lead = "Des " + ("deux" if len(q.filter.job_ids) == 2 else str(len(q.filter.job_ids))) + " métiers, celui"
    if q.position is not None:
        row = result.rows[0]
        e = _exposure(row, q.qualification)
        out.add(
            f"{render.ordinal(q.position).capitalize()} {qualifier} : **{row.job}** ({render.score(e.score)}, profil "
            f"« {e.classification} ») {out.sources.ref(result.citations[1])}."
        )
        out.add(row_text(row, ask))
        return
    if q.measure in ("places", "moves"):
        best = result.rows[0]
        verb = "le plus bougé" if q.measure == "moves" else "perdu le plus de places" if best.places < 0 else "gagné le plus de places"
        moved = render.places_moved(best.places)
        if len(result.rows) == 1 or q.filter.job_ids is not None:
            who = f"{lead} qui a {verb}" if q.filter.job_ids is not None else f"Le métier qui a {verb}{among}"
            out.add(
                f"{who} entre la qualification PwC et celle des experts "
                f"métier est **{best.job}** : {moved} ({render.ordinal(best.pwc.rank)} chez "
                f"PwC → {render.ordinal(best.expert.rank)} chez les experts ; score {render.score(best.pwc.score)} → "
                f"{render.score(best.expert.score)}){_tied_with_the_first(ctx, result, ask)} {out.sources.ref(result.citations[1])}."
            )
            if len(result.rows) > 1:
                out.add(_rows(ctx, result, ask, out))
            return
        out.add(f"Les {len(result.rows)} métiers qui ont {verb}{among} avec les experts métier {table} :")
        out.add(_rows(ctx, result, ask, out, numbered=True))
        return
    if q.measure == "points":
        best = result.rows[0]
        if len(result.rows) == 1 or q.filter.job_ids is not None:
            who = f"{lead} dont le score" if q.filter.job_ids is not None else "Le score qui"
            whose = "" if q.filter.job_ids is not None else "est celui de "
            out.add(
                f"{who} {'monte' if best.points >= 0 else 'baisse'} le plus{among} entre PwC et les experts métier "
                f"{whose}{'est ' if not whose else ''}**{best.job}** : {render.score(best.pwc.score)} → {render.score(best.expert.score)}, soit "
                f"{_points(best.points)}{_tied_with_the_first(ctx, result, ask)} {out.sources.ref(result.citations[1])}."
            )
            if len(result.rows) > 1:
                out.add(_rows(ctx, result, ask, out))
            return
        out.add(f"Les {len(result.rows)} plus fortes variations de score{among} {table} :")
        out.add(_rows(ctx, result, ask, out, numbered=True))
        return
    how = "le moins" if q.order == "least" else "le plus"
    if ask.claimed_order and q.filter.job_ids and len(result.rows) == 2:  # "X est-il plus exposé que Y ?"
        first = next(r for r in result.rows if r.job_id == q.filter.job_ids[0])
        other = next(r for r in result.rows if r.job_id != first.job_id)
        a, b = _exposure(first, q.qualification), _exposure(other, q.qualification)
        more = a.score > b.score or (a.score == b.score and a.rank < b.rank)
        true = more if ask.claimed_order == "most" else not more
        word = "plus" if more else "moins"
        out.add(
            f"{'Oui' if true else 'Non'} {qualifier} : {first.job} ({render.score(a.score)}, {render.ordinal(a.rank)}) est "
            f"{word} exposé que {other.job} ({render.score(b.score)}, {render.ordinal(b.rank)}) "
            f"{out.sources.ref(*result.citations[1:])}."
        )
        return
    if q.filter.job_ids is not None and len(result.rows) >= 2 and not ask.members:
        e, f = _exposure(result.rows[0], q.qualification), _exposure(result.rows[1], q.qualification)
        if e.score == f.score:  # "lequel de nous deux est le plus exposé ?" with one score: a tie, the places part them
            tied = [r for r in result.rows if _exposure(r, q.qualification).score == e.score]
            names = " et ".join(f"**{r.job}**" for r in tied) if len(tied) == 2 else ", ".join(f"**{r.job}**" for r in tied)
            places = " ; ".join(f"{r.job} {render.ordinal(_exposure(r, q.qualification).rank)}" for r in tied)
            who = ("Les deux" if len(tied) == 2 else "Ils") if len(result.rows) == len(tied) else f"Des {len(result.rows)} métiers, les plus exposés"
            out.add(f"{who} sont à égalité {qualifier} : {names} ont le même score, {render.score(e.score)} "
                    f"{out.sources.ref(*result.citations[1 : len(tied) + 1])}. Seul le classement les départage : {places} sur {ctx.tool.total}.")
            out.add(_rows(ctx, result, ask, out))
            return
    if len(result.rows) == 1 or q.filter.job_ids is not None:
        row = result.rows[0]
        e = _exposure(row, q.qualification)
        said = (
            f"{lead} {how} exposé{among} {qualifier} est **{row.job}** : {render.score(e.score)}, "
            f"{render.ordinal(e.rank)} sur {ctx.tool.total} (profil « {e.classification} ») "
            f"{out.sources.ref(result.citations[1])}."
        )
        claimed = ask.members[0] if ask.members else None
        if claimed == row.job_id:  # "c'est lui le plus exposé ?": yes, said first
            said = f"Oui : {said[0].lower()}{said[1:]}"
        elif claimed is not None:
            # the claimed job's row is a tool result of its own, so its figures are traced like the leader's
            mine = ctx.tool.query(JobQuery(filter=JobFilter(job_ids=[claimed]), qualification=q.qualification))
            out.call("scoring.query", {"filter": {"job_ids": [claimed]}, "qualification": q.qualification}, mine)
            other = _exposure(mine.rows[0], q.qualification)
            said = (f"Non : {said[0].lower()}{said[1:-1]} ; {mine.rows[0].job} est {render.ordinal(other.rank)} "
                    f"sur {ctx.tool.total} ({render.score(other.score)}) {out.sources.ref(mine.citations[1])}.")
        elif q.measure == "score" and q.filter.job_ids is None and len(result.rows) == 1:
            # "le moins exposé des émergents ?": two at 0,13, only their places part them; both named
            tied = _tied(ctx, q, row.job_id, q.n or 1, either_way=False)
            if tied:
                wider = q.model_copy(update={"n": (q.n or 1) + 5})
                out.call("scoring.query", wider.model_dump(mode="json", exclude_defaults=True), ctx.tool.query(wider))
                names = render.joined([f"**{r.job}** ({render.ordinal(_exposure(r, q.qualification).rank)})" for r in tied])
                said = f"{said[:-1]} ; à égalité de score avec {names}, que seul le classement départage."
        out.add(said)
        if len(result.rows) > 1:
            out.add(_rows(ctx, result, ask, out))
        return
    head = f"Les {len(result.rows)} métiers {how.replace('le ', 'les ')} exposés{among} {qualifier}"
    if result.total_matching == len(result.rows) and among and len(result.rows) > 2:  # the whole set, in order
        order = "du moins au plus exposé" if q.order == "least" else "du plus au moins exposé"
        head = f"Les {len(result.rows)} métiers{among.replace(' parmi les métiers', '')}, {order} {qualifier}"
    elif result.total_matching > len(result.rows):
        head += f" (sur {result.total_matching})"
    out.add(f"{head} {table} :\n" + _rows(ctx, result, ask, out, numbered=True))


def _same(ctx: Context, result: QueryResult, ask: SetAsk, out: Composed) -> None:
    rows = result.rows
    if len(rows) < 2:
        out.add("Il faut deux métiers de l'étude pour les comparer.")
        return
    q = ask.query.qualification
    values = {
        "family": lambda r: f"famille {r.family_code} – {r.family}",
        "score": lambda r: render.score(_exposure(r, q).score),
        "rank": lambda r: render.ordinal(_exposure(r, q).rank),
        "profile": lambda r: f"« {_exposure(r, q).classification} »",
    }[ask.same or "family"]
    same = len({values(r) for r in rows}) == 1
    if ask.same == "score" and same and len({_exposure(r, q).rank for r in rows}) > 1:
        detail = " ; ".join(f"{r.job} {render.ordinal(_exposure(r, q).rank)}" for r in rows)
        out.add(
            f"Oui, même score {render.ACCORDING_TO[q]} : {values(rows[0])} {out.sources.ref(*result.citations[1:])}. Le classement "
            f"les départage pourtant : {detail}."
        )
        out.add(_rows(ctx, result, ask, out))
        return
    what = {"family": "la même famille", "score": f"le même score {render.ACCORDING_TO[q]}", "rank": f"la même position {render.ACCORDING_TO[q]}",
            "profile": f"le même profil {render.ACCORDING_TO[q]}"}[ask.same or "family"]  # fmt: skip
    detail = " ; ".join(f"{r.job} : {values(r)} {out.sources.ref(result.citations[i])}" for i, r in enumerate(rows, 1))
    verb = ("ils sont dans" if same else "ils ne sont pas dans") if ask.same == "family" else ("ils ont" if same else "ils n’ont pas")
    out.add(f"{'Oui' if same else 'Non'} : {verb} {what} ({detail}).")
    if ask.same in ("score", "rank"):
        out.add(_rows(ctx, result, ask, out))


def _member(ctx: Context, ask: SetAsk, out: Composed) -> None:
    """ "le gestionnaire de réseau aussi, non ?" after a set: whether each job named is in it, with its row."""
    whole = ask.query.model_copy(update={"n": None, "position": None})
    inside = {r.job_id for r in ctx.tool.query(whole).rows}
    title = _title(ctx, ask)
    rows = ctx.tool.query(JobQuery(filter=JobFilter(job_ids=ask.members), qualification=ask.query.qualification))
    out.call("scoring.query", {"filter": {"job_ids": ask.members}, "qualification": ask.query.qualification}, rows)
    for i, row in enumerate(rows.rows, 1):
        said = f"Oui : {row.job} fait partie des {title}" if row.job_id in inside else f"Non : {row.job} ne fait pas partie des {title}"
        out.add(f"{said} {out.sources.ref(rows.citations[i])}.")
        out.add(row_text(row, ask) + f" {out.sources.ref(rows.citations[i])}")


def _all(ctx: Context, result: QueryResult, ask: SetAsk, out: Composed) -> None:
    """ "Tous les métiers RH sont en évolution ?": yes, or no and the ones that are not."""
    q = ask.query.qualification
    table = out.sources.ref(ctx.tool.table_citation)
    if ask.claimed_core and ask.which:  # "lequel des deux est cœur ?": name them, no yes or no
        cores = [r.job for r in result.rows if r.core]
        others = [r.job for r in result.rows if not r.core]
        said = []
        if cores:
            said.append(f"{render.joined(cores)} {'est un métier' if len(cores) == 1 else 'sont des métiers'} cœur d'assistance")
        if others and cores:
            said.append(f"{render.joined(others)} {'ne l’est pas' if len(others) == 1 else 'ne le sont pas'}")
        elif others:  # "de ces trois qui est cœur ?": none, said first
            said.append(f"aucun : {render.joined(others)} {'n’est pas un métier' if len(others) == 1 else 'ne sont pas des métiers'} cœur d'assistance")
        out.add(" ; ".join(said)[0].upper() + " ; ".join(said)[1:] + f" {table}.")
        out.add(_rows(ctx, result, ask, out))
        return
    if ask.claimed_core:
        others = [r for r in result.rows if not r.core]
        if not others:
            every = "tous les deux" if len(result.rows) == 2 else "tous"
            out.add(f"Oui : {render.joined([r.job for r in result.rows])} sont {every} des métiers cœur d'assistance {table}.")
        else:
            cores = [r.job for r in result.rows if r.core]
            out.add(
                f"Non : {render.joined([r.job for r in others])} {'n’est' if len(others) == 1 else 'ne sont'} pas "
                f"{'un métier' if len(others) == 1 else 'des métiers'} cœur"
                + (f" ; {render.joined(cores)} {'l’est' if len(cores) == 1 else 'le sont'}" if cores else "") + f" {table}."
            )
        out.add(_rows(ctx, result, ask, out))
        return
    label = ask.claimed_profile
    others = [r for r in result.rows if _exposure(r, q).classification != label]
    title = _title(ctx, ask)
    if not others:
        out.add(f"Oui : les {result.total_matching} {title} sont tous « {label} » {render.ACCORDING_TO[q]} {table}.")
    else:
        names = ", ".join(f"{r.job} (« {_exposure(r, q).classification} »)" for r in others)
        # the ones that are not, counted by the scoring tool
        f = ask.query.filter.model_copy(update={"profile": label, "profile_negated": True})
        not_so = ctx.tool.query(ask.query.model_copy(update={"filter": f}))
        out.call("scoring.query", {"filter": f.model_dump(mode="json", exclude_defaults=True), "qualification": q}, not_so)
        out.add(
            f"Non : {not_so.total_matching} des {result.total_matching} {title} {'n’est' if not_so.total_matching == 1 else 'ne sont'} pas « {label} » {render.ACCORDING_TO[q]} : "
            f"{names} {table}."
        )
    out.add(_rows(ctx, result, ask, out))


def _families(ctx: Context, ask: SetAsk, out: Composed) -> None:
    """The families of jobs and their sizes; the largest or smallest first when asked."""
    sizes: dict[tuple[str, str], int] = {}
    f = ask.query.filter
    among = f.core is not None or f.profile is not None  # "le plus de métiers cœur": those jobs counted, by family
    kept = {r.job_id for r in ctx.tool.query(ask.query.model_copy(update={"order": "most", "n": None})).rows} if among else None
    for job in ctx.study.jobs:
        if kept is None or job.id in kept:
            sizes[(job.family_code, job.family)] = sizes.get((job.family_code, job.family), 0) + 1
    rows = sorted(sizes.items())
    args = {"among": ask.query.model_dump(mode="json", exclude_defaults=True)} if among else {}
    out.call("scoring.families", args, {"count": len(rows), "families": [{"code": c, "name": n, "jobs": k} for (c, n), k in rows]})
    table = out.sources.ref(ctx.tool.table_citation)
    listing = "\n".join(f"- {code} – {name} : {_plural(k)}" for (code, name), k in rows)
    order = ask.query.order
    if order in ("most", "least"):
        target = (max if order == "most" else min)(k for _, k in rows)
        tied = [f"{code} – {name}" for (code, name), k in rows if k == target]
        if among:  # the families that hold most (or fewest) of those jobs, then each family's count, largest first
            what = scope(ctx, f, ask.query.qualification)
            word = "le plus" if order == "most" else "le moins"
            out.add(f"{'Les familles qui comptent' if len(tied) > 1 else 'La famille qui compte'} {word} de métiers ({what}) : "
                    f"{' et '.join(tied)}, avec {_plural(target)}{' chacune' if len(tied) > 1 else ''} {table}.")
            out.add("\n".join(f"- {code} – {name} : {_plural(k)}" for (code, name), k in sorted(rows, key=lambda r: -r[1])))
            return
        size = "grande" if order == "most" else "petite"
        names = " et ".join(tied)
        head = f"Les plus {size}s familles" if len(tied) > 1 else f"La plus {size} famille"
        claimed = ask.query.filter.families[0] if len(ask.query.filter.families) == 1 else None
        if claimed is not None:  # "c'est la famille la plus nombreuse ?" of the family in view: yes or no first
            mine = next(((code, name, k) for (code, name), k in rows if code == claimed), None)
            if mine is not None:
                code, name, k = mine
                verdict = (f"Oui : la famille {code} – {name} est la plus {size}, avec {_plural(k)}" + (" (à égalité)" if len(tied) > 1 else "")
                           if k == target else f"Non : la famille {code} – {name} compte {_plural(k)} ; "
                           + (f"les plus {size}s sont {names}, avec {_plural(target)} chacune" if len(tied) > 1 else f"la plus {size} est {names}, avec {_plural(target)}"))
                out.add(f"{verdict} {table}.")
                out.add(listing)
                return
        out.add(f"{head} : {names}, avec {_plural(target)} chacune {table}." if len(tied) > 1 else f"{head} : {names}, avec {_plural(target)} {table}.")
        out.add(listing)
        return
    out.add(f"L'étude classe ses {ctx.tool.total} métiers en {len(rows)} familles {table} :\n{listing}")


def _by_family(ctx: Context, result: QueryResult, ask: SetAsk, out: Composed) -> None:
    """ "ils viennent de quelles familles ?": the jobs of a set, grouped by their family."""
    groups: dict[tuple[str, str], list[str]] = {}
    for row in result.rows:
        groups.setdefault((row.family_code, row.family), []).append(row.job)
    if not groups:
        out.add(f"Aucun métier de l'étude ne correspond ({_title(ctx, ask)}) {out.sources.ref(ctx.tool.table_citation)}.")
        return
    table = out.sources.ref(ctx.tool.table_citation)
    if len(result.rows) == 1:  # "le 2e le plus exposé" → "il vient de quelle famille ?"
        (code, name), jobs = next(iter(groups.items()))
        out.add(f"{jobs[0]} fait partie de la famille {code} – {name} {table}.")
        return
    said = "" if ask.query.n else f" ({_title(ctx, ask)})"  # a top N is said by its jobs, below, not described again
    lines = "\n".join(f"- **{code} – {name}** : {render.joined(jobs)}" for (code, name), jobs in sorted(groups.items()))
    where = "sont de la même famille" if len(groups) == 1 else f"viennent de {len(groups)} familles"
    out.add(f"Ces {_plural(len(result.rows))}{said} {where} {table} :\n{lines}")


def _families_compared(ctx: Context, ask: SetAsk, out: Composed) -> None:
    """ "compare la famille RH et la famille SI": which is more exposed on average, per qualification, then each
    family's range of scores and profiles (the scoring tool sums them up; the study compares no families)."""
    table = out.sources.ref(ctx.tool.table_citation)
    summaries = ctx.tool.families_summary(ask.query.filter.families)
    out.call("scoring.families_summary", {"families": ask.query.filter.families}, summaries)
    verdicts = []
    for q, said in (("pwc", "selon PwC"), ("expert", "selon les experts métier")):
        ranked = sorted(summaries, key=lambda f: -getattr(f, q).mean)
        top = ranked[0]
        means = ", ".join(f"{render.score(getattr(f, q).mean)} pour la famille {f.code}" for f in ranked)
        verdicts.append(f"{said}, la famille {top.code} – {top.name} est en moyenne la plus exposée ({means})")
    out.add(verdicts[0][0].upper() + verdicts[0][1:] + " ; " + verdicts[1] + f" {table}.")
    for f in summaries:
        sides = []
        for side, said in ((f.pwc, "PwC"), (f.expert, "experts métier")):
            profiles = ", ".join(f"{k} « {label} »" for label, k in side.profiles.items())
            sides.append(f"{said} de {render.score(side.lowest)} à {render.score(side.highest)} ({profiles})")
        # its most exposed job, which a reader of "laquelle est la plus exposée ?" looks for next
        top = ctx.tool.query(JobQuery(filter=JobFilter(families=[f.code]), order="most", n=1))
        out.call("scoring.query", {"filter": {"families": [f.code]}, "order": "most", "n": 1}, top)
        leader = f" ; le plus exposé selon PwC : {top.rows[0].job} ({render.score(top.rows[0].pwc.score)})" if top.rows else ""
        out.add(f"**Famille {f.code} – {f.name}** ({_plural(f.jobs)}) : " + " ; ".join(sides) + leader + f" {table}.")
    out.add("Les moyennes sont calculées sur les scores du tableau consolidé : l'étude elle-même ne compare pas les familles.")


def _place(ctx: Context, ask: SetAsk, question: str, out: Composed) -> None:
    """ "le chargé d'assistance est-il plus ou moins exposé que les autres de sa famille ?": its place in that set, in
    each qualification asked, then the set in order. The place is recorded as a tool result, read off the ranked rows."""
    job = ctx.tool.by_id[ask.members[0]]
    title = _title(ctx, ask)
    folded = fold(question)
    claimed = "least" if re.search(r"\b(le|la) moins (expose|touche|impacte|concerne)", folded) else "most" if re.search(r"\b(le|la) plus (expose|touche|impacte|concerne)", folded) else None
    said, verdicts, result = [], [], None
    for q in (("pwc", "expert") if ask.both else (ask.query.qualification,)):
        result = ctx.tool.query(ask.query.model_copy(update={"qualification": q, "order": "most", "n": None}))
        out.call("scoring.query", {"filter": ask.query.filter.model_dump(mode="json", exclude_defaults=True), "qualification": q, "order": "most"}, result)
        ids = [r.job_id for r in result.rows]
        place = ids.index(job.id) + 1
        out.call("scoring.place_in_set", {"job": job.job, "qualification": q}, {"place": place, "of": len(ids)})
        row, leader, last = result.rows[place - 1], result.rows[0], result.rows[-1]
        score = render.score(_exposure(row, q).score)
        among = f"des {len(ids)} {title}" if not said else f"des {len(ids)}"
        refs = out.sources.ref(result.citations[place], result.citations[1])
        if place == 1:
            said.append(f"{render.ACCORDING_TO[q]}, {job.job} est le plus exposé {among} ({score}) {out.sources.ref(result.citations[1])}")
        elif _exposure(leader, q).score == _exposure(row, q).score:  # a tie at the top: the places part them
            said.append(f"{render.ACCORDING_TO[q]}, {job.job} est à égalité avec {leader.job}, le plus haut score {among} ({score}), "
                        f"mais {render.ordinal(place)} au classement {refs}")
        else:
            said.append(f"{render.ACCORDING_TO[q]}, {job.job} est {render.ordinal(place)} {among} ({score}) ; le plus exposé est "
                        f"{leader.job} ({render.score(_exposure(leader, q).score)}) {refs}")
        if claimed == "least" and place != len(ids):
            said[-1] += f" ; le moins exposé est {last.job} ({render.score(_exposure(last, q).score)}) {out.sources.ref(result.citations[-1])}"
        verdicts.append(place == (len(ids) if claimed == "least" else 1))
    verdict = ""
    if claimed and yes_no(question):
        names = ["selon PwC", "selon les experts métier"] if ask.both else [render.ACCORDING_TO[ask.query.qualification]]
        mixed = " ; ".join(f"{'oui' if v else 'non'} {n}" for v, n in zip(verdicts, names, strict=True))
        verdict = ("Oui : " if verdicts[0] else "Non : ") if len(set(verdicts)) == 1 else mixed[0].upper() + mixed[1:] + " : "
    first = said[0] if verdict else said[0][0].upper() + said[0][1:]
    out.add(f"{verdict}{first}{' ; ' + said[1] if len(said) > 1 else ''}.")
    out.add(_rows(ctx, result, ask, out))


def _count_claimed(ctx: Context, ask: SetAsk, out: Composed) -> None:
    """ "ça fait 6 c'est ça ?": yes or no first, on the count of the set; "et 4 de plus chez les experts ?": on the gap
    between the two qualifications' counts."""
    counts = {}
    for q in ("pwc", "expert") if ask.claimed_gap else (ask.query.qualification,):
        result = ctx.tool.query(ask.query.model_copy(update={"qualification": q}))
        out.call("scoring.query", {**ask.query.model_dump(mode="json", exclude_defaults=True), "qualification": q}, result)
        counts[q] = result.total_matching
    table = out.sources.ref(ctx.tool.table_citation)
    if ask.claimed_gap:
        gap = counts["expert"] - counts["pwc"]
        # the gap is read off the two counts; recorded like them, so the figure guard traces it ("0 de plus" too)
        out.call("scoring.count_gap", {"filter": ask.query.filter.model_dump(mode="json", exclude_defaults=True)}, {"gap": gap})
        true = abs(gap) == ask.claimed_count
        out.add(f"{'Oui' if true else 'Non'} : {counts['pwc']} selon PwC et {counts['expert']} selon les experts métier, soit "
                f"{_plural(abs(gap))} {'de plus' if gap >= 0 else 'de moins'} chez les experts {table}.")
        return
    q = ask.query.qualification
    true = counts[q] == ask.claimed_count
    f = ask.query.filter
    which = f" {render.ACCORDING_TO[q]}" if f.profile or f.moved or f.score_min is not None or f.score_max is not None else ""  # a family is the same in both
    out.add(f"{'Oui' if true else 'Non'} : {_plural(counts[q])}{which} ({_title(ctx, ask)}) {table}.")


def _leader(ctx: Context, ask: SetAsk, out: Composed) -> list[str]:
    """ "Le numéro 1 change-t-il entre PwC et les experts ?", "c'est pareil chez les experts ?" after the most (or
    least) exposed of a set: the first of the set in each qualification, the verdict as the claim was put. Returns
    the two firsts (PwC's, the experts'), the jobs a follow-up refers to."""
    order = "least" if ask.query.order == "least" else "most"
    f = ask.query.filter
    first = {q: ctx.tool.query(JobQuery(filter=f, qualification=q, order=order, n=1)) for q in ("pwc", "expert")}
    for q, result in first.items():
        out.call("scoring.query", {"filter": f.model_dump(mode="json", exclude_defaults=True), "qualification": q, "order": order, "n": 1}, result)
    pwc, expert = first["pwc"].rows[0], first["expert"].rows[0]
    refs = out.sources.ref(first["pwc"].citations[1], first["expert"].citations[1])
    whole = f == JobFilter()
    among = "" if whole else f" parmi les {_title(ctx, ask)}"
    most = "le plus exposé" if order == "most" else "le moins exposé"
    if pwc.job_id == expert.job_id:
        out.add(f"{'Oui' if ask.claimed_same else 'Non'} : {pwc.job} est {most}{among} dans les deux qualifications {refs}.")
        return [pwc.job_id, expert.job_id]
    said = (
        f"{'Non' if ask.claimed_same else 'Oui'} : {most}{among} est **{pwc.job}** selon PwC ({render.score(pwc.pwc.score)}), "
        f"mais **{expert.job}** selon les experts métier ({render.score(expert.expert.score)}) {refs}."
    )
    if whole and order == "most":
        said += (
            f" {expert.job} passe de la {render.ordinal(expert.pwc.rank)} à la 1re place ; {pwc.job} passe de la 1re à la "
            f"{render.ordinal(pwc.expert.rank)} place."
        )
    out.add(said)
    return [pwc.job_id, expert.job_id]


def _share(ctx: Context, ask: SetAsk, question: str, out: Composed) -> None:
    """ "donc 58 % des métiers sont en évolution ?": the shares the study publishes, and what the table counts."""
    label = ask.query.filter.profile
    profile = ctx.profiles[label]
    claimed = ask.claimed_share
    qualifications = ["pwc", "expert"] if ask.both else [ask.query.qualification]
    published = {"pwc": profile.published_share_pwc, "expert": profile.published_share_expert}
    names = {"pwc": "PwC", "expert": "experts métier"}
    said = " et ".join(f"{published[q]} % ({names[q]})" for q in qualifications)
    folded = fold(question)
    # "plus de la moitié ?", "en gros un tiers ?": the claim as said, more, less or about that share
    relation = ("more" if re.search(r"\b(plus d|au moins|majorite|la plupart)", folded) else "less" if re.search(r"\bmoins d", folded)
                else "about" if re.search(APPROXIMATELY, folded) else "same")
    holds = {"more": lambda p: p > claimed, "less": lambda p: p < claimed, "about": lambda p: abs(p - claimed) <= 5, "same": lambda p: p == claimed}[relation]
    both_cases = re.search(r"\bdans les (deux|2) cas\b|\b(les|aux) deux\b", folded)
    true = claimed is None or (all if both_cases else any)(holds(published[q]) for q in qualifications)
    words = next((SAID_AS[w] for w in SAID_AS if re.search(rf"\b{w}\b", folded)), None)
    shown = words if words else f"{render.share(claimed)} %" if claimed is not None else ""
    counts, matches = [], []
    for q in qualifications:
        result = ctx.tool.query(ask.query.model_copy(update={"qualification": q}))
        out.call("scoring.query", {"profile": label, "qualification": q}, result)
        counts.append(f"{names[q]} {_plural(result.total_matching)} sur {result.total_jobs} ({render.share(result.share_percent)} %)")
        matches.append(round(result.share_percent) == published[q])
    table = f"Le tableau consolidé compte : {' ; '.join(counts)} {out.sources.ref(ctx.tool.table_citation)}."
    if claimed is None or (re.search(r"\b(tableau|correspond\w*|coll(e|ent|er)|coheren\w*|calcul\w*)\b", fold(question)) and true):
        # "la part de 57 %, ça correspond au tableau ?": the published share against the table's count, first
        checked = re.search(r"\b(tableau|correspond\w*|coll(e|ent|er)|coheren\w*|calcul\w*)\b", fold(question))
        asked = re.search(r"%|\bpourcentage\b|\bpart\b|\bproportion\b", question.lower())  # "et en % ?" asks, it checks nothing
        lead = "L'" if asked and not checked else "Oui : l'" if all(matches) else "Pas exactement : l'"
        out.add(f"{lead}étude publie {said} de métiers « {label} » {out.sources.ref(profile.citation)}. {table}")
        return
    lead = "Oui" if true else "Non"
    what = f"l'étude publie {said} de métiers « {label} »"
    out.add(f"{lead} : {what}{'' if true else f', pas {shown}'} {out.sources.ref(profile.citation)}.")
    if not true and relation == "more" and claimed == 50:
        # "la majorité des métiers sont en forte transformation ?": no; the profile that does hold most of them
        most = max(ctx.profiles.values(), key=lambda p: p.published_share_pwc or 0)
        out.add(f"Selon l'étude, la majorité des métiers est au profil « {most.label} » : elle publie {most.published_share_pwc} % (PwC) et "
                f"{most.published_share_expert} % (experts métier) {out.sources.ref(most.citation)}.")
    out.add(table)
    if not true and claimed == int(claimed) and any(int(claimed) in m.percentages for m in ctx.study.maturity):
        # "58 % des métiers en forte transformation ?": 58 % is a figure of the survey, said with what it measures
        figure(ctx, Plan(intent="figure", question=question, topic=str(int(claimed))), out)
