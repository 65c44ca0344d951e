"""The audit finds the study's own inconsistencies and names the rows involved, without correcting them."""

import pytest

from scoring.audit import run_audit


@pytest.fixture(scope="module")
def findings(study):
    return run_audit(study)


def by_kind(findings, kind):
    return [f for f in findings if f.kind == kind]


def test_published_position_change_with_the_wrong_sign(findings):
    wrong = by_kind(findings, "evolution_publiee")
    assert {f.jobs[0] for f in wrong} == {"Chargé de gestion commerciale", "Chargé d'études"}
    assert all("+4" in f.message and "-4" in f.message for f in wrong)
    assert all(f.citations[0].section.endswith("tableau consolidé des expositions") for f in wrong)


def test_published_shares_against_row_counts(findings):
    messages = [f.message for f in by_kind(findings, "parts_publiees")]
    assert len(messages) == 4
    assert any("19 %" in m and "12 métiers sur 58" in m and "PwC" in m for m in messages)
    assert any("17 %" in m and "9 métiers sur 58" in m and "experts" in m for m in messages)


def test_statements_about_changes_against_the_table(findings):
    bascules = " ".join(f.message for f in by_kind(findings, "constat_bascules"))
    assert "Animateur de réseau de prestataire" in bascules
    assert "Manager de proximité d'assistance" in bascules
    trends = by_kind(findings, "constat_tendance")
    assert any("6 métiers" in f.message and "7 sur 58" in f.message for f in trends)


def test_classification_against_scores(findings):
    [finding] = by_kind(findings, "classification_score")
    assert finding.jobs[0] == "Manager de proximité d'assistance"
    assert "Assistant de maitrise d'ouvrage" in finding.jobs


def test_non_core_jobs_changed_by_the_expert_qualification(findings):
    [finding] = by_kind(findings, "hors_coeur_modifies")
    assert "Animateur de réseau de prestataire (0,37 → 0,86)" in finding.message


def test_no_finding_on_consistent_checks(findings):
    assert not by_kind(findings, "positions") and not by_kind(findings, "positions_scores")
    assert not by_kind(findings, "metiers_coeur")


def test_every_finding_is_cited(findings):
    assert findings and all(f.citations for f in findings)


def test_the_source_is_never_corrected(study, findings):
    commercial = next(j for j in study.jobs if j.job == "Chargé de gestion commerciale")
    assert commercial.evolution_published == 4
