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


def test_other_errors_of_the_kind_in_view(offline_engine):
    from tests.turns import ask

    # after one of the two jobs whose published change contradicts its positions: the two of them, said first
    others = ask(offline_engine, "chargé d'études, ça donne quoi ?", "le tableau dit +4, donc il a gagné 4 places ?", "y a d'autres métiers avec ce genre d'erreur ?")[-1]
    assert others.answer.startswith("Oui : 2 métiers ont, dans le tableau, une évolution de position publiée qui contredit leurs positions")
    assert "passe de 4e (PwC) à 8e (experts)" in others.answer and "13 incohérences" not in others.answer
    # both already talked about: "d'autres" are the other kinds, the whole audit
    rest = ask(offline_engine, "Le tableau indique +4 pour le chargé d'études : il a donc gagné 4 places ?",
               "Et le chargé de gestion commerciale, même chose ?", "D'autres incohérences de ce genre dans l'étude ?")[-1]
    assert rest.answer.startswith("13 incohérences relevées")
    # the published figure said back of the job in view: an error of the document, not a new question
    remark = ask(offline_engine, "chargé d'études, ça donne quoi ?", "mais la colonne évolution affiche +4 pourtant")[-1]
    assert remark.answer.startswith("Oui, le tableau publie bien ce chiffre, mais il contredit les positions")
    assert ask(offline_engine, "chargé d'études, ça donne quoi ?", "le tableau dit +4 pour lui, il a gagné des places ?")[-1].answer.startswith("Non")


def test_the_published_change_said_back_of_a_job_is_called_an_inconsistency(offline_engine):
    from tests.turns import ask

    answer = ask(offline_engine, "chargé d'études, ça donne quoi ?", "le tableau dit +4 pour lui, il a gagné des places ?")[-1].answer
    assert answer.startswith("Non")
    assert "le tableau publie une évolution de +4 places, qui ne correspond pas à ses positions (7e → 11e, soit -4)" in answer
    # not said when nobody spoke of the published column
    assert "incohérence du document" not in ask(offline_engine, "chargé d'études, ça donne quoi ?")[-1].answer
