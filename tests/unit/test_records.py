"""Every record type parsed from the study, and the committed record files matching a fresh parse."""

import pytest

from ingest.records import parse_study, render_records
from knowledge.paths import RECORDS_DIR, STUDY_PATH
from knowledge.source import ParseError, SourceText
from knowledge.store import RecordsMissing, load_study


def test_committed_records_are_a_fresh_parse_of_the_source():
    # A parser change must show up as a diff of knowledge/records: regenerate with `python -m ingest records`.
    for name, text in render_records(parse_study()).items():
        assert (RECORDS_DIR / name).read_text(encoding="utf-8") == text, f"{name} is stale"


def test_records_carry_the_source_hash(study):
    assert study.sha256 == SourceText.load().sha256
    assert study.document == STUDY_PATH.name


def test_five_exposure_levels_in_order(study):
    assert [(lv.level, lv.name) for lv in study.levels] == [
        (1, "Négligeable"),
        (2, "Léger"),
        (3, "Modéré"),
        (4, "Important"),
        (5, "Majeur"),
    ]
    assert study.levels[4].definition.startswith("l'IA générative révolutionne")


def test_four_profiles_with_published_shares(study):
    shares = {p.label: (p.published_share_pwc, p.published_share_expert) for p in study.profiles}
    assert shares == {
        "Non impacté ou de manière négligeable": (19, 17),
        "En évolution": (57, 52),
        "En forte transformation": (10, 17),
        "Emergent": (14, 14),
    }
    emergent = next(p for p in study.profiles if p.label == "Emergent")
    assert "informatique et du numérique" in emergent.definition


def test_methodology_facts(study):
    facts = {f.id: f for f in study.facts}
    assert "25 à 50 compétences" in facts["correspondance-rome"].figures
    assert "ROME France Travail" in facts["correspondance-rome"].statement
    assert "entre 1 et 5" in facts["niveaux-1-5"].statement
    assert "compris entre 0" in facts["score-0-1"].statement and "4 grandes" in facts["score-0-1"].statement
    assert {"4 mois", "3 phases"} <= set(facts["duree-phases"].figures)
    assert "10 métiers" in facts["qualification-experts"].figures
    assert "58 métiers" in facts["qualification-pwc"].figures
    assert "comité de représentation paritaire" in facts["pilotage"].statement
    assert "2025" in facts["second-volet"].statement


def test_six_maturity_findings_with_their_percentages(study):
    assert [(m.number, m.percentages) for m in study.maturity] == [
        (1, [58]),
        (2, [45]),
        (3, [49]),
        (4, [68]),
        (5, [36, 37]),
        (6, [40, 38]),
    ]
    assert study.maturity[2].title.startswith("L'identification de cas d'usages concrets")
    assert study.maturity[5].title.startswith("Peu ou pas de dispositifs de formation")
    # the stray page header glued in the PDF never leaks into a statement
    assert all("enseignements clés" not in m.statement for m in study.maturity)


def test_exposure_findings(study):
    most = [f.title for f in study.exposure_findings if f.exposure == "plus exposés"]
    least = [f.title for f in study.exposure_findings if f.exposure == "moins exposés"]
    assert len(most) == 2 and most[0].startswith("Analyser, résumer")
    assert least == [
        "Gestion interactionnelle",
        "Analyse de situations complexes et multifactorielles",
        "Interventions physiques et manuelles",
    ]
    assert all(f.example for f in study.exposure_findings)


def test_five_axes_with_every_item(study):
    assert [(a.number, len(a.items)) for a in study.axes] == [(1, 7), (2, 8), (3, 8), (4, 9), (5, 10)]
    assert study.axes[2].title == "SENSIBILISATION ET ACCOMPAGNEMENT DES COLLABORATEURS"
    axis4 = study.axes[3].items
    assert axis4[8].text.endswith("en lien avec l'expérience métier acquise")
    # a page footer after the last item of axis 5 is not part of it
    assert study.axes[4].items[-1].text == "Promouvoir une culture d'amélioration continue"


def test_six_priority_actions_and_dialia(study):
    assert [a.number for a in study.priority_actions] == [1, 2, 3, 4, 5, 6]
    assert "partenaires sociaux" in study.priority_actions[1].text
    assert "(GEPP)" in study.priority_actions[4].text
    assert "OPCO Atlas" in study.priority_actions[5].text
    assert study.dialia.links == ["https://dialia.alwaysdata.net/", "https://dial-ia.fr/#qu-est-ce-que-dial-ia"]
    assert study.dialia.deliverables[0].startswith("un manifeste commun")


def test_transformation_sheets_structure(study):
    assert sorted(study.sheets.jobs) == sorted(j.job for j in study.jobs if j.core)
    assert [(s.number, s.title) for s in study.sheets.sections] == [
        (1, "Scénario d'évolution métier"),
        (2, "Exposition"),
        (3, "Cas d'usage"),
    ]
    assert (
        study.sheets.sections[0].parts[2]
        == "Scénario d'approfondissement : possibilités d'évolution à moyen-terme (5 ans)"
    )
    assert study.sheets.sections[1].parts == ["Synthèse qualification initiale", "Synthèse qualification réévaluée"]
    assert study.sheets.use_case_priorities == ["vert : priorité 1", "bleu : priorité 2", "gris : priorité 3"]


def test_comparison_statements(study):
    by_id = {s.id: s for s in study.comparison_statements}
    assert by_id["hausse-6"].count == 6 and by_id["baisse-4"].count == 4
    assert by_id["bascule-en-evolution-vers-en-forte-transformation"].jobs == [
        "Chargé de méthodes et procédures",
        "Support technique d'assistance",
        "Gestionnaire de réseau prestataires",
    ]
    assert by_id["bascule-non-impacte-vers-en-evolution"].jobs == ["Infirmier", "Médecin d'assistance"]


def test_every_citation_points_inside_the_document(study):
    source = SourceText.load()
    citations = [c for j in study.jobs for c in j.citations] + [
        r.citation for r in [*study.levels, *study.profiles, *study.facts, *study.maturity, *study.axes]
    ]
    for citation in citations:
        assert 1 <= citation.line_start <= citation.line_end <= len(source.lines)
        assert citation.section in [s.title for s in source.sections]
        assert citation.quote


def test_damaged_table_row_is_named_with_its_line(tmp_path):
    text = STUDY_PATH.read_text(encoding="utf-8").replace("Juriste Non 0,38 15", "Juriste Non 0,38 quinze")
    bad = tmp_path / "etude.txt"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=r"ligne \d+ : ligne du tableau illisible.*Juriste"):
        parse_study(bad)


def test_missing_section_is_named(tmp_path):
    bad = tmp_path / "etude.txt"
    bad.write_text(
        STUDY_PATH.read_text(encoding="utf-8").replace("POUR ALLER PLUS LOIN", "PLUS LOIN"), encoding="utf-8"
    )
    with pytest.raises(ParseError, match="POUR ALLER PLUS LOIN"):
        parse_study(bad)


def test_missing_record_file_says_how_to_rebuild(tmp_path):
    with pytest.raises(RecordsMissing, match="python -m ingest records"):
        load_study(tmp_path)
