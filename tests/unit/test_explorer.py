"""The explorer's table: what the query string selects, how tolerant its search box is, how it sorts, and what a
reader sees on the page the server renders (no index, no server)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.web.explorer.page import explorer_html
from app.web.explorer.selection import Selection, rows


def shown(tool, **params) -> list[str]:
    return [r.job for r in rows(tool, Selection.parse(params, tool))[0]]


@pytest.mark.parametrize(
    ("typed", "job"),
    [
        ("infirmière", "Infirmier d'assistance"),
        ("gestionaire de dossier", "Gestionnaire de dossiers d'assistance"),
        ("MEDECIN", "Médecin d'assistance"),
    ],  # fmt: skip
)
def test_the_search_box_forgives_gender_accents_and_typos(tool, typed, job):
    assert shown(tool, q=typed) == [job]


def test_a_word_of_several_titles_lists_them_all_and_nonsense_offers_the_nearest(tool):
    charges = shown(tool, q="chargé")
    assert len(charges) >= 10 and all("chargé" in j.lower() for j in charges)
    selected, found = rows(tool, Selection.parse({"q": "zzzqqq"}, tool))
    assert selected == [] and found.nearest


def test_filters_combine_and_read_the_chosen_qualification(tool):
    picked = rows(tool, Selection.parse({"famille": "01", "profil": "En évolution", "qualification": "expert"}, tool))[
        0
    ]
    assert picked and all(r.family_code == "01" and r.expert.classification == "En évolution" for r in picked)
    core = rows(tool, Selection.parse({"coeur": "oui"}, tool))[0]
    assert len(core) == 10 and all(r.core for r in core)
    ranged = rows(tool, Selection.parse({"min": "0,5", "max": "0.7"}, tool))[0]
    assert ranged and all(0.5 <= r.pwc.score <= 0.7 for r in ranged)
    assert len(shown(tool, famille="99", profil="inventé", min="abc")) == 58  # unknown values are dropped


@pytest.mark.parametrize("key", ["pwc", "expert"])
def test_each_qualification_sorts_both_ways(tool, key):
    asc = rows(tool, Selection.parse({"tri": key}, tool))[0]
    ranks = [getattr(r, key).rank for r in asc]
    assert ranks == list(range(1, 59))
    desc = rows(tool, Selection.parse({"tri": key, "ordre": "desc"}, tool))[0]
    assert [getattr(r, key).rank for r in desc] == ranks[::-1]


def test_the_page_is_a_real_table_that_reads_without_script(tool):
    html = explorer_html(tool, {"tri": "expert"}, date(2026, 11, 25))
    assert "<script" not in html and not re.search(r'(src|href)="https?://', html)  # no other host
    assert html.count("<tr data-job=") == 58 and "<caption" in html
    assert html.count('scope="row"') >= 58 and 'scope="col"' in html
    assert re.search(r'<th scope="col" aria-sort="ascending"><a [^>]*>Position experts ▲', html)
    assert "25 novembre 2026" in html and "Impact de l'IA générative sur les métiers de l'assistance" in html
    for download in (".csv", ".xlsx", ".json"):
        assert f"exposition-58-metiers-assistance{download}" in html


def test_findings_of_a_few_jobs_are_flagged_on_their_rows(tool):
    html = explorer_html(tool, {"q": "chargé d'études"}, date(2026, 11, 25))
    row = re.search(r'<tr data-job="charge-d-etudes">.*?</tr>', html, re.S)[0]
    number = re.search(r'href="#constat-(\d+)"', row)[1]
    assert f'<li id="constat-{number}"' in html and "évolution de position publiée est +4" in html


def test_profile_counts_sit_beside_the_published_shares(tool):
    html = explorer_html(tool, {}, date(2026, 11, 25)).replace("\u00a0", " ")
    row = re.search(r"<tr><th scope=\"row\">En évolution</th>.*?</tr>", html)[0]
    assert "32 (55,2 %)" in row and "57 %" in row
