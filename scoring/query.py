"""Questions about a set of jobs, answered over the 58 rows: filter, order, cut. Pure (no I/O)."""

from __future__ import annotations

from knowledge.schema import Job, Qualification

from .models import FamilySide, FamilySummary, JobFilter, JobQuery, QueryResult, QueryRow, SetStats


def row(job: Job) -> QueryRow:
    return QueryRow(
        job_id=job.id,
        job=job.job,
        family_code=job.family_code,
        family=job.family,
        core=job.core,
        pwc=job.pwc,
        expert=job.expert,
        places=job.pwc.rank - job.expert.rank,
        points=round(job.expert.score - job.pwc.score, 2),
        places_published=job.evolution_published,
    )


def matches(r: QueryRow, f: JobFilter, qualification: Qualification) -> bool:
    exposure = r.pwc if qualification is Qualification.PWC else r.expert
    checks = [
        f.job_ids is None or r.job_id in f.job_ids,
        r.job_id not in f.exclude_job_ids,
        not f.families or r.family_code in f.families,
        r.family_code not in f.exclude_families,
        f.core is None or r.core == f.core,
        f.to_profile is not None or f.profile is None or (exposure.classification == f.profile) != f.profile_negated,
        f.to_profile is None or (r.pwc.classification == f.profile and r.expert.classification == f.to_profile),
        f.score_min is None or (exposure.score > f.score_min if f.score_above else exposure.score >= f.score_min),
        f.score_max is None or (exposure.score < f.score_max if f.score_below else exposure.score <= f.score_max),
        f.places is None or abs(r.places) == f.places,
        f.left_top is None or r.pwc.rank <= f.left_top < r.expert.rank,
        f.entered_top is None or r.expert.rank <= f.entered_top < r.pwc.rank,
        f.in_top is None or exposure.rank <= f.in_top,
    ]
    moved = {
        None: True,
        "up": r.places > 0,
        "down": r.places < 0,
        "same": r.places == 0,
        "profile_changed": r.pwc.classification != r.expert.classification,
        "score_up": r.points > 0,
        "score_down": r.points < 0,
    }[f.moved]
    return all(checks) and moved


def sort_key(query: JobQuery, qualification: Qualification):
    def by_rank(r: QueryRow) -> int:
        return (r.pwc if qualification is Qualification.PWC else r.expert).rank

    if query.measure == "places":
        return lambda r: (-r.places if query.order != "least" else r.places, by_rank(r))
    if query.measure == "moves":
        return lambda r: (-abs(r.places), by_rank(r))
    if query.measure == "points":
        return lambda r: (-r.points if query.order != "least" else r.points, by_rank(r))
    if query.order == "least":
        return lambda r: -by_rank(r)
    return by_rank


def run(jobs: list[Job], query: JobQuery, table_citation) -> QueryResult:
    qualification = Qualification(query.qualification)
    rows = [r for r in map(row, jobs) if matches(r, query.filter, qualification)]
    rows.sort(key=sort_key(query, qualification))
    if query.position is not None:
        rows = [r for r in rows if (r.pwc if qualification is Qualification.PWC else r.expert).rank == query.position]
    total = len(rows)
    within = _within(jobs, query.filter, qualification)
    stats = [_stats(rows, q) for q in ("pwc", "expert")] if rows else []
    if query.n is not None:
        rows = rows[: query.n]
    by_id = {job.id: job for job in jobs}
    return QueryResult(
        query=query,
        total_jobs=len(jobs),
        total_matching=total,
        share_percent=round(100 * total / len(jobs), 1),
        within_total=within,
        within_percent=round(100 * total / within, 1) if within else None,
        stats=stats,
        rows=rows,
        citations=[table_citation] + [by_id[r.job_id].citations[0] for r in rows],
    )


def _within(jobs: list[Job], f: JobFilter, qualification: Qualification) -> int | None:
    """The size of the set a filter narrows: the jobs named or listed before, else the core jobs or the families,
    when the filter narrows them further (by profile, move, score, or core among the listed); the profile's jobs
    when the question counts among them; None otherwise."""
    if f.within_profile and f.profile and f.job_ids is None:
        profile = JobFilter(profile=f.profile, profile_negated=f.profile_negated)
        return sum(1 for r in map(row, jobs) if matches(r, profile, qualification))
    narrowed = f.profile or f.moved or f.score_min is not None or f.score_max is not None or f.places is not None or f.left_top or f.entered_top
    if f.in_top and (narrowed or f.core is not None or f.families):  # of the top N it counts in
        return sum(1 for r in map(row, jobs) if matches(r, JobFilter(in_top=f.in_top), qualification))
    if f.job_ids is not None and (narrowed or f.core is not None or f.families):
        base = JobFilter(job_ids=f.job_ids)
    elif (f.core is not None or f.families or f.exclude_families) and narrowed:
        base = JobFilter(core=f.core, families=f.families, exclude_families=f.exclude_families)
    elif f.families and f.core is not None:  # "combien de métiers cœur dans la famille 01 ?": of that family's jobs
        base = JobFilter(families=f.families, exclude_families=f.exclude_families)
    else:
        return None
    return sum(1 for r in map(row, jobs) if matches(r, base, Qualification.PWC))


def _stats(rows: list[QueryRow], qualification: str) -> SetStats:
    scores = [getattr(r, qualification).score for r in rows]
    return SetStats(
        qualification=qualification,
        mean=round(sum(scores) / len(scores), 2),
        lowest=min(scores),
        highest=max(scores),
        spread=round(max(scores) - min(scores), 2),
    )


def families_summary(jobs: list[Job], codes: list[str]) -> list[FamilySummary]:
    """Each family's size, mean, lowest and highest score and profile counts, per qualification."""
    out = []
    for code in codes:
        members = [row(j) for j in jobs if j.family_code == code]
        if not members:
            continue
        sides = {}
        for q in ("pwc", "expert"):
            profiles: dict[str, int] = {}
            for r in members:
                profiles[getattr(r, q).classification] = profiles.get(getattr(r, q).classification, 0) + 1
            sides[q] = FamilySide(**_stats(members, q).model_dump(), profiles=profiles)
        out.append(FamilySummary(code=code, name=members[0].family, jobs=len(members), pwc=sides["pwc"], expert=sides["expert"]))
    return out
