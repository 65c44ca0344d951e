"""The scoring tool's answers: cards, comparisons, rankings, statistics, changes, and its command line."""

import json
import subprocess
import sys

import pytest

from knowledge.paths import ROOT
from knowledge.schema import Qualification
from scoring import UnknownJob


def test_card_has_both_qualifications_and_the_change(tool):
    card = tool.card("gestionnaire de dossiers")
    assert (card.pwc.score, card.pwc.rank, card.pwc.total) == (0.67, 5, 58)
    assert (card.expert.score, card.expert.rank) == (1.0, 1)
    assert card.core and card.family == "Gestion d'Assistance"
    assert (card.change.score_change, card.change.rank_change, card.change.direction) == (0.33, 4, "hausse")
    assert not card.change.classification_changed
    assert card.citations[0].line_start > 0


def test_card_of_a_job_whose_profile_changed(tool):
    change = tool.card("infirmière").change
    assert change.classification_changed
    assert (change.from_classification, change.to_classification) == (
        "Non impacté ou de manière négligeable",
        "En évolution",
    )
    assert change.rank_change == change.rank_change_published == 28


def test_unknown_job_raises_with_the_nearest_jobs(tool):
    with pytest.raises(UnknownJob) as error:
        tool.card("boulanger")
    assert error.value.resolution.status == "absent" and error.value.resolution.candidates


def test_compare(tool):
    comparison = tool.compare(["chargé d'assistance", "gestionnaire de dossiers"])
    assert [c.job for c in comparison.cards] == ["Chargé d'assistance", "Gestionnaire de dossiers d'assistance"]
    assert comparison.most_exposed_pwc == comparison.most_exposed_expert == "Gestionnaire de dossiers d'assistance"


def test_top_and_bottom_per_qualification(tool):
    top = tool.top(3)
    assert [e.job for e in top.entries] == [
        "Statisticien / Data analyst",
        "Formateur d'assistance",
        "Chargé d'accueil d'assistance",
    ]
    expert = tool.top(1, Qualification.EXPERT)
    assert expert.entries[0].job == "Gestionnaire de dossiers d'assistance"
    bottom = tool.top(2, bottom=True)
    assert [e.rank for e in bottom.entries] == [58, 57]


def test_top_filtered_by_family_profile_and_core(tool):
    medical = tool.top(10, family="Activités médicales")
    assert [e.job for e in medical.entries] == [
        "Spécialiste activités paramédicales",
        "Infirmier d'assistance",
        "Médecin d'assistance",
    ]
    assert tool.top(58, family="07").total_matching == 9
    emergent = tool.top(58, profile="émergents")
    assert emergent.total_matching == 8
    core = tool.top(58, Qualification.EXPERT, core=True)
    assert core.total_matching == 10 and core.entries[0].rank == 1
    with pytest.raises(ValueError, match="Famille de métiers inconnue"):
        tool.top(3, family="boulangerie")
    with pytest.raises(ValueError, match="Profil d'impact inconnu"):
        tool.top(3, profile="catastrophique")


def test_stats_computed_beside_published_shares(tool):
    stats = {p.label: p for p in tool.stats().profiles}
    none = stats["Non impacté ou de manière négligeable"]
    assert (none.count_pwc, none.share_pwc, none.published_share_pwc) == (12, 20.7, 19)
    strong = stats["En forte transformation"]
    assert (strong.count_pwc, strong.count_expert, strong.published_share_expert) == (6, 10, 17)
    assert sum(p.count_pwc for p in stats.values()) == sum(p.count_expert for p in stats.values()) == 58


def test_profile_changes(tool):
    changes = {c.job: c for c in tool.profile_changes()}
    assert set(changes) == {
        "Support technique d'assistance",
        "Animateur de réseau de prestataire",
        "Gestionnaire de réseau prestataires",
        "Chargé de méthodes et procédures",
        "Infirmier d'assistance",
        "Manager de proximité d'assistance",
        "Médecin d'assistance",
    }


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scoring", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_cli_table_contract():
    result = cli("table", "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == 58
    first = next(r for r in rows if r["job"] == "Gestionnaire de dossiers d'assistance")
    assert first["family_code"] == "04" and first["family"] == "Gestion d'Assistance" and first["core"] is True
    assert first["pwc"] == {"score": 0.67, "rank": 5, "classification": "En forte transformation"}
    assert first["expert"] == {"score": 1.0, "rank": 1, "classification": "En forte transformation"}
    assert first["evolution_published"] == 4 and first["citations"]


def test_cli_job_compare_top_stats_audit():
    job = json.loads(cli("job", "je suis chargée d'assistance", "--json").stdout)
    assert job["status"] == "found" and job["card"]["expert"]["rank"] == 45
    absent = json.loads(cli("job", "boulanger", "--json").stdout)
    assert absent["status"] == "absent" and absent["card"] is None and len(absent["candidates"]) == 3
    compare = json.loads(cli("compare", "infirmière", "médecin", "--json").stdout)
    assert [c["job"] for c in compare["cards"]] == ["Infirmier d'assistance", "Médecin d'assistance"]
    top = json.loads(cli("top", "3", "--qualification", "expert", "--bottom", "--json").stdout)
    assert [e["rank"] for e in top["entries"]] == [58, 57, 56]
    stats = json.loads(cli("stats", "--json").stdout)
    assert stats["total_jobs"] == 58
    audit = json.loads(cli("audit", "--json").stdout)
    assert all({"kind", "message", "jobs", "citations"} <= set(f) for f in audit)


def test_cli_french_text_and_clear_errors():
    text = cli("job", "infirmière")
    assert "0,14 sur 1, 45e sur 58" in text.stdout and "0,41 sur 1, 17e sur 58" in text.stdout
    bad = cli("top", "0")
    assert bad.returncode == 2 and "au moins 1" in bad.stderr and "Traceback" not in bad.stderr
    ambiguous = cli("compare", "chargé", "infirmière")
    assert ambiguous.returncode == 2 and "Lequel" in ambiguous.stderr and "Traceback" not in ambiguous.stderr


def test_families_are_summed_up_side_by_side(tool):
    rh, si = tool.families_summary(["08", "07"])
    assert (rh.code, rh.jobs, rh.pwc.lowest, rh.pwc.highest, rh.pwc.profiles) == ("08", 6, 0.26, 0.35, {"En évolution": 6})
    assert si.jobs == 9 and si.expert.profiles["Emergent"] == 6 and si.pwc.mean == 0.2


def test_jobs_that_leave_or_enter_a_top_between_the_qualifications(tool):
    from scoring.models import JobFilter, JobQuery

    left = tool.query(JobQuery(filter=JobFilter(left_top=10))).rows
    entered = tool.query(JobQuery(filter=JobFilter(entered_top=10), qualification="expert")).rows
    # each is in one top 10 and not the other, and as many leave as enter
    assert left and all(r.pwc.rank <= 10 < r.expert.rank for r in left)
    assert entered and all(r.expert.rank <= 10 < r.pwc.rank for r in entered)
    assert len(left) == len(entered)
    assert {"Chargé d'études", "Actuaire / Tarificateur"} <= {r.job for r in left}
    assert "Chargé de méthodes et procédures" in {r.job for r in entered}


def test_a_count_within_a_top_is_a_share_of_that_top(tool):
    from scoring.models import JobFilter, JobQuery

    result = tool.query(JobQuery(filter=JobFilter(core=False, in_top=10), qualification="expert"))
    # four of the experts' ten most exposed are not core jobs (Statisticien, Animateur, accueil, gestion commerciale)
    assert len(result.rows) == 4 and result.within_total == 10
    assert all(r.expert.rank <= 10 and not r.core for r in result.rows)


def test_a_count_is_a_share_of_the_set_it_is_taken_among(tool):
    from scoring.models import JobFilter, JobQuery

    among_the_profile = tool.query(JobQuery(filter=JobFilter(core=True, profile="Non impacté ou de manière négligeable", within_profile=True)))
    among_the_core_jobs = tool.query(JobQuery(filter=JobFilter(core=True, profile="Non impacté ou de manière négligeable")))
    of_the_family = tool.query(JobQuery(filter=JobFilter(core=True, families=["01"])))
    assert (among_the_profile.total_matching, among_the_profile.within_total, among_the_profile.within_percent) == (2, 12, 16.7)
    assert (among_the_core_jobs.total_matching, among_the_core_jobs.within_total) == (2, 10)
    assert (of_the_family.total_matching, of_the_family.within_total) == (3, 7)
    experts = tool.query(JobQuery(filter=JobFilter(core=True, profile="Non impacté ou de manière négligeable", within_profile=True), qualification="expert"))
    assert (experts.total_matching, experts.within_total) == (0, 9)
