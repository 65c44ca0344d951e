"""Consistency checks of the published material. Reports disagreements with the rows and citations involved;
never corrects the source."""

from __future__ import annotations

from knowledge.schema import ComparisonStatement, Job, Qualification, Study
from knowledge.text import decimal_fr

from .models import AuditFinding
from .normalize import fold
from .render import ordinal
from .resolver import JobResolver

ORDER = ["Non impacté ou de manière négligeable", "En évolution", "En forte transformation"]  # Emergent is apart


def _fr(value: float) -> str:
    return decimal_fr(value)


def _pct(value: float) -> str:
    return decimal_fr(value, 1)


def _rows(jobs: list[Job]):
    return [job.citations[0] for job in jobs]


def check_ranks(study: Study) -> list[AuditFinding]:
    findings = []
    for qualification in Qualification:
        ranks = sorted(job.exposure(qualification).rank for job in study.jobs)
        if ranks != list(range(1, len(study.jobs) + 1)):
            findings.append(
                AuditFinding(
                    kind="positions",
                    message=f"Les positions de la {qualification.label} ne couvrent pas 1 à {len(study.jobs)} une fois chacune.",
                    jobs=[],
                    citations=[study.jobs[0].citations[-1]],
                )
            )
        ordered = sorted(study.jobs, key=lambda job: job.exposure(qualification).rank)
        for higher, lower in zip(ordered, ordered[1:], strict=False):
            if lower.exposure(qualification).score > higher.exposure(qualification).score:
                findings.append(
                    AuditFinding(
                        kind="positions_scores",
                        message=(
                            f"{qualification.label} : {lower.job} ({_fr(lower.exposure(qualification).score)}) est classé "
                            f"après {higher.job} ({_fr(higher.exposure(qualification).score)}) malgré un score supérieur."
                        ),
                        jobs=[higher.job, lower.job],
                        citations=_rows([higher, lower]),
                    )
                )
    return findings


def check_published_changes(study: Study) -> list[AuditFinding]:
    findings = []
    for job in study.jobs:
        computed = job.pwc.rank - job.expert.rank
        if computed != job.evolution_published:
            findings.append(
                AuditFinding(
                    kind="evolution_publiee",
                    message=(
                        f"{job.job} : l'évolution de position publiée est {job.evolution_published:+d}, mais la position "
                        f"passe de {ordinal(job.pwc.rank)} (PwC) à {ordinal(job.expert.rank)} (experts), soit {computed:+d}."
                    ),
                    jobs=[job.job],
                    citations=_rows([job]),
                )
            )
    return findings


def check_published_shares(study: Study) -> list[AuditFinding]:
    findings = []
    total = len(study.jobs)
    for qualification in Qualification:
        published_sum = 0
        for profile in study.profiles:
            published = (
                profile.published_share_pwc if qualification is Qualification.PWC else profile.published_share_expert
            )
            if published is None:
                continue
            published_sum += published
            members = [job for job in study.jobs if job.exposure(qualification).classification == profile.label]
            share = 100 * len(members) / total
            if round(share) != published:
                findings.append(
                    AuditFinding(
                        kind="parts_publiees",
                        message=(
                            f"« {profile.label} », {qualification.label} : l'étude publie {published} %, mais le tableau "
                            f"compte {len(members)} métiers sur {total}, soit {_pct(share)} % ({published} % de {total} "
                            f"ferait {_pct(published * total / 100)} métiers)."
                        ),
                        jobs=[job.job for job in members],
                        citations=[profile.citation, study.jobs[0].citations[-1]],
                    )
                )
        if published_sum != 100:
            findings.append(
                AuditFinding(
                    kind="parts_publiees",
                    message=f"Les parts publiées pour la {qualification.label} totalisent {published_sum} %, pas 100 %.",
                    jobs=[],
                    citations=[p.citation for p in study.profiles],
                )
            )
    return findings


def check_classification_thresholds(study: Study) -> list[AuditFinding]:
    """Outside Emergent, a higher score should never carry a lower impact profile."""
    findings = []
    for qualification in Qualification:
        graded = [job for job in study.jobs if job.exposure(qualification).classification in ORDER]
        for job in graded:
            level = ORDER.index(job.exposure(qualification).classification)
            outranked = [
                other
                for other in graded
                if other.exposure(qualification).score > job.exposure(qualification).score
                and ORDER.index(other.exposure(qualification).classification) < level
            ]
            if outranked:
                findings.append(
                    AuditFinding(
                        kind="classification_score",
                        message=(
                            f"{qualification.label} : {job.job} est classé « {job.exposure(qualification).classification} » "
                            f"avec un score de {_fr(job.exposure(qualification).score)}, alors que "
                            + ", ".join(
                                f"{o.job} ({_fr(o.exposure(qualification).score)}, « {o.exposure(qualification).classification} »)"
                                for o in outranked
                            )
                            + " ont un score plus élevé et un profil moins exposé."
                        ),
                        jobs=[job.job] + [o.job for o in outranked],
                        citations=_rows([job] + outranked),
                    )
                )
    return findings


def _named_jobs(statement: ComparisonStatement, resolver: JobResolver, study: Study) -> list[Job]:
    by_id = {job.id: job for job in study.jobs}
    named = []
    for name in statement.jobs:
        resolution = resolver.resolve(name)
        if resolution.status == "found" and resolution.job_id:
            named.append(by_id[resolution.job_id])
        else:  # "Infirmier" stands for the core "Infirmier d'assistance": prefer the core job of that name
            core = [job for job in study.jobs if job.core and fold(name) in fold(job.job)]
            if len(core) == 1:
                named.append(core[0])
    return named


def check_statements(study: Study, resolver: JobResolver) -> list[AuditFinding]:
    findings = []
    core = [job for job in study.jobs if job.core]
    for statement in study.comparison_statements:
        if statement.from_profile and statement.to_profile:
            source_label = next(label for label in ORDER if fold(label).startswith(fold(statement.from_profile)))
            target_label = next(label for label in ORDER if fold(label).startswith(fold(statement.to_profile)))
            moved = [
                j
                for j in study.jobs
                if j.pwc.classification == source_label and j.expert.classification == target_label
            ]
            named = _named_jobs(statement, resolver, study)
            extra = [j for j in moved if j not in named]
            missing = [j for j in named if j not in moved]
            if extra or missing or statement.count != len(moved):
                parts = [
                    f"L'étude annonce {statement.count} bascule(s) de « {statement.from_profile} » vers "
                    f"« {statement.to_profile} » ({', '.join(statement.jobs)}) ; le tableau en compte {len(moved)}"
                ]
                if extra:
                    parts.append(
                        "non citée(s) : "
                        + ", ".join(
                            f"{j.job} ({_fr(j.pwc.score)} → {_fr(j.expert.score)}{', métier cœur' if j.core else ', hors cœur'})"
                            for j in extra
                        )
                    )
                if missing:
                    parts.append("citée(s) sans bascule dans le tableau : " + ", ".join(j.job for j in missing))
                findings.append(
                    AuditFinding(
                        kind="constat_bascules",
                        message=" ; ".join(parts) + ".",
                        jobs=[j.job for j in moved + missing],
                        citations=[statement.citation] + _rows(moved + missing),
                    )
                )
        elif statement.count is not None:
            rising = statement.direction == "hausse"
            changed = [
                j for j in study.jobs if (j.expert.score > j.pwc.score if rising else j.expert.score < j.pwc.score)
            ]
            changed_core = [j for j in changed if j.core]
            if len(changed) != statement.count:
                message = (
                    f"L'étude annonce une {statement.direction} des scores pour {statement.count} métiers ; le tableau "
                    f"en compte {len(changed)} sur {len(study.jobs)}, dont {len(changed_core)} métiers cœur."
                )
                if not rising:
                    kept = all(j.pwc.classification == j.expert.classification for j in changed_core)
                    message += f" Les {len(changed_core)} métiers cœur en baisse {'gardent' if kept else 'ne gardent pas tous'} leur profil."
                findings.append(
                    AuditFinding(
                        kind="constat_tendance",
                        message=message,
                        jobs=[j.job for j in changed],
                        citations=[statement.citation] + _rows(changed),
                    )
                )
    noncore_changed = [j for j in study.jobs if not j.core and j.expert.score != j.pwc.score]
    if noncore_changed:
        large = [j for j in noncore_changed if abs(j.expert.score - j.pwc.score) > 0.011]
        qualification_fact = next((f for f in study.facts if f.id == "qualification-experts"), None)
        findings.append(
            AuditFinding(
                kind="hors_coeur_modifies",
                message=(
                    f"La qualification experts ne requalifie que les {len(core)} métiers cœur, mais "
                    f"{len(noncore_changed)} métiers hors cœur ont aussi un score différent"
                    + (
                        " ; écart de plus de 0,01 : "
                        + ", ".join(f"{j.job} ({_fr(j.pwc.score)} → {_fr(j.expert.score)})" for j in large)
                        if large
                        else ""
                    )
                    + "."
                ),
                jobs=[j.job for j in noncore_changed],
                citations=([qualification_fact.citation] if qualification_fact else [])
                + _rows(large or noncore_changed[:3]),
            )
        )
    return findings


def check_core_jobs(study: Study) -> list[AuditFinding]:
    core = [job.job for job in study.jobs if job.core]
    findings = []
    if sorted(core) != sorted(study.sheets.jobs):
        findings.append(
            AuditFinding(
                kind="metiers_coeur",
                message=f"Les métiers cœur du tableau ({len(core)}) diffèrent de ceux des fiches de transformation ({len(study.sheets.jobs)}).",
                jobs=sorted(set(core) ^ set(study.sheets.jobs)),
                citations=[study.sheets.citation, study.jobs[0].citations[-1]],
            )
        )
    return findings


def check_truncated_text(study: Study) -> list[AuditFinding]:
    dangling = ("les", "des", "de", "du", "la", "le", "dans", "et", "pour", "à", "en")
    return [
        AuditFinding(
            kind="texte_tronque",
            message=f"Axe {item.axis}, préconisation {item.number} semble tronquée dans la synthèse : « {item.text} ».",
            jobs=[],
            citations=[item.citation],
        )
        for axis in study.axes
        for item in axis.items
        if item.text.split()[-1].lower() in dangling
    ]


def run_audit(study: Study, resolver: JobResolver | None = None) -> list[AuditFinding]:
    resolver = resolver or JobResolver(study.jobs)
    return (
        check_ranks(study)
        + check_published_changes(study)
        + check_published_shares(study)
        + check_classification_thresholds(study)
        + check_statements(study, resolver)
        + check_core_jobs(study)
        + check_truncated_text(study)
    )
