"""The deterministic scoring tool: exact scores, positions and classifications over the parsed table.

Pure and fast: everything is indexed once at construction, no I/O afterwards.
"""

from __future__ import annotations

from knowledge.schema import ImpactProfile, Job, Qualification, Study

from .models import (
    Change,
    Comparison,
    ExposureView,
    FamilySummary,
    JobCard,
    JobQuery,
    ProfileChangeEntry,
    ProfileCount,
    QueryResult,
    Ranking,
    RankingEntry,
    Ratio,
    Resolution,
    Stats,
)
from .normalize import fold
from .query import families_summary
from .query import run as run_query
from .resolver import JobResolver


class UnknownJob(LookupError):
    """A job name that does not resolve to exactly one study job (carries the resolution)."""

    def __init__(self, resolution: Resolution):
        super().__init__(resolution.query)
        self.resolution = resolution


class ScoringTool:
    def __init__(self, study: Study):
        self.study = study
        self.jobs = list(study.jobs)
        self.by_id = {job.id: job for job in self.jobs}
        self.resolver = JobResolver(self.jobs)
        self.total = len(self.jobs)
        self.profiles = {profile.label: profile for profile in study.profiles}
        self.table_citation = self.jobs[0].citations[-1]

    # --- lookup -------------------------------------------------------------------------------------------
    def resolve(self, text: str, nearest: bool = True) -> Resolution:
        return self.resolver.resolve(text, nearest)

    def job(self, text_or_id: str) -> Job:
        if text_or_id in self.by_id:
            return self.by_id[text_or_id]
        resolution = self.resolve(text_or_id)
        if resolution.status != "found" or resolution.job_id is None:
            raise UnknownJob(resolution)
        return self.by_id[resolution.job_id]

    # --- cards and comparisons ------------------------------------------------------------------------------
    def view(self, job: Job, qualification: Qualification) -> ExposureView:
        exposure = job.exposure(qualification)
        return ExposureView(
            qualification=qualification.value,
            score=exposure.score,
            rank=exposure.rank,
            total=self.total,
            classification=exposure.classification,
        )

    def card(self, text_or_id: str) -> JobCard:
        job = self.job(text_or_id)
        score_change = round(job.expert.score - job.pwc.score, 2)
        return JobCard(
            job_id=job.id,
            job=job.job,
            family_code=job.family_code,
            family=job.family,
            core=job.core,
            pwc=self.view(job, Qualification.PWC),
            expert=self.view(job, Qualification.EXPERT),
            change=Change(
                score_change=score_change,
                rank_change=job.pwc.rank - job.expert.rank,
                rank_change_published=job.evolution_published,
                classification_changed=job.pwc.classification != job.expert.classification,
                from_classification=job.pwc.classification,
                to_classification=job.expert.classification,
                direction="hausse" if score_change > 0 else "baisse" if score_change < 0 else "stable",
            ),
            citations=list(job.citations),
        )

    def compare(self, names: list[str]) -> Comparison:
        cards = [self.card(name) for name in names]
        if len(cards) < 2:
            raise ValueError("Il faut au moins deux métiers à comparer.")
        return Comparison(
            cards=cards,
            most_exposed_pwc=min(cards, key=lambda c: c.pwc.rank).job,
            most_exposed_expert=min(cards, key=lambda c: c.expert.rank).job,
            gap_pwc=round(max(c.pwc.score for c in cards) - min(c.pwc.score for c in cards), 2),
            gap_expert=round(max(c.expert.score for c in cards) - min(c.expert.score for c in cards), 2),
            citations=[c for card in cards for c in card.citations[:1]] + [self.table_citation],
        )

    @staticmethod
    def ratio(of: str, numerator: float, denominator: float) -> Ratio:
        """``numerator`` against ``denominator`` (a score against another, places against places)."""
        if not denominator:
            raise ValueError("Rapport impossible : la valeur de référence est nulle.")
        value = numerator / denominator
        return Ratio(of=of, numerator=numerator, denominator=denominator, ratio=round(value, 2), change_percent=round(100 * (value - 1)))

    # --- rankings ------------------------------------------------------------------------------------------
    def family_matches(self, job: Job, family: str) -> bool:
        wanted = fold(family)
        return wanted in (job.family_code, job.family_code.lstrip("0")) or wanted in fold(job.family)

    def profile_label(self, text: str) -> str:
        wanted = fold(text)
        for label, profile in self.profiles.items():
            if wanted and (wanted in fold(label) or wanted in fold(profile.heading) or fold(profile.heading) in wanted):
                return label
        raise ValueError(f"Profil d'impact inconnu : « {text} ». Profils : {', '.join(self.profiles)}.")

    def top(
        self,
        n: int = 10,
        qualification: Qualification = Qualification.PWC,
        family: str | None = None,
        profile: str | None = None,
        core: bool | None = None,
        bottom: bool = False,
    ) -> Ranking:
        if n < 1:
            raise ValueError("Le nombre de métiers demandé doit être au moins 1.")
        label = self.profile_label(profile) if profile else None
        selected = [
            job
            for job in self.jobs
            if (family is None or self.family_matches(job, family))
            and (label is None or job.exposure(qualification).classification == label)
            and (core is None or job.core == core)
        ]
        if family is not None and not selected:
            families = sorted({f"{j.family_code} - {j.family}" for j in self.jobs})
            raise ValueError(f"Famille de métiers inconnue : « {family} ». Familles : {'; '.join(families)}.")
        selected.sort(key=lambda job: job.exposure(qualification).rank, reverse=bottom)
        filters = {
            key: value
            for key, value in {
                "famille": family,
                "profil": label,
                "cœur": None if core is None else ("oui" if core else "non"),
            }.items()
            if value
        }
        return Ranking(
            qualification=qualification.value,
            bottom=bottom,
            filters=filters,
            total_matching=len(selected),
            entries=[
                RankingEntry(
                    job_id=job.id,
                    job=job.job,
                    family=job.family,
                    core=job.core,
                    rank=job.exposure(qualification).rank,
                    score=job.exposure(qualification).score,
                    classification=job.exposure(qualification).classification,
                )
                for job in selected[:n]
            ],
            citations=[self.table_citation] + [job.citations[0] for job in selected[:n]],
        )

    # --- statistics ----------------------------------------------------------------------------------------
    def stats(self) -> Stats:
        counts = []
        for profile in self.study.profiles:
            pwc = sum(1 for job in self.jobs if job.pwc.classification == profile.label)
            expert = sum(1 for job in self.jobs if job.expert.classification == profile.label)
            counts.append(
                ProfileCount(
                    profile_id=profile.id,
                    label=profile.label,
                    count_pwc=pwc,
                    share_pwc=round(100 * pwc / self.total, 1),
                    published_share_pwc=profile.published_share_pwc,
                    count_expert=expert,
                    share_expert=round(100 * expert / self.total, 1),
                    published_share_expert=profile.published_share_expert,
                    citations=[profile.citation],
                )
            )
        return Stats(
            total_jobs=self.total,
            core_jobs=sum(1 for job in self.jobs if job.core),
            profiles=counts,
            citations=[self.table_citation] + [p.citation for p in self.study.profiles],
        )

    def profile_changes(self) -> list[ProfileChangeEntry]:
        """Jobs whose classification differs between the two qualifications, in PwC order."""
        return [
            ProfileChangeEntry(
                job_id=job.id,
                job=job.job,
                core=job.core,
                from_classification=job.pwc.classification,
                to_classification=job.expert.classification,
                pwc_score=job.pwc.score,
                expert_score=job.expert.score,
            )
            for job in self.jobs
            if job.pwc.classification != job.expert.classification
        ]

    def definitions(self) -> tuple[list, list[ImpactProfile]]:
        return list(self.study.levels), list(self.study.profiles)

    # --- questions about a set of jobs ---------------------------------------------------------------------
    def query(self, query: JobQuery) -> QueryResult:
        return run_query(self.jobs, query, self.table_citation)

    def families_summary(self, codes: list[str]) -> list[FamilySummary]:
        """Families side by side: size, mean, lowest and highest score, profiles, per qualification."""
        return families_summary(self.jobs, codes)
