"""Charts a person can read at phone width: titles and labels broken into short lines instead of cut, no legend
over the axis title, and a French toolbar with only the download button."""

from __future__ import annotations

import json
import re

import pytest

from app.web.charts import TITLE_CHARACTERS, Chart, figure_json

CHARTS = [
    Chart(kind="position", job_ids=("gestionnaire-de-dossiers-d-assistance",)),
    Chart(kind="profils"),
    Chart(kind="coeur"),
    Chart(kind="comparaison", job_ids=("juriste", "charge-d-assistance")),
    Chart(kind="classement", job_ids=("gestionnaire-de-dossiers-d-assistance", "statisticien-data-analyst"),
          qualification="expert"),
]  # fmt: skip


def shown_lines(text: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", line) for line in text.split("<br>")]


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c.kind)
def test_a_chart_fits_a_phone_with_a_french_toolbar(tool, chart):
    drawn = json.loads(figure_json(tool, chart))
    layout, config = drawn["layout"], drawn["config"]
    title = layout["title"]
    assert title["automargin"] is True and title["yanchor"] == "bottom"  # pushes the plot down, never cut
    assert all(len(line) <= TITLE_CHARACTERS + 6 for line in shown_lines(title["text"]) if "●" not in line)
    assert layout["showlegend"] is False  # the colours are named under the title
    assert config["modeBarButtons"] == [["toImage"]] and config["displaylogo"] is False
    assert config["locales"]["fr"]["dictionary"]["Download plot as a png"] == "Télécharger le graphique (PNG)"
    assert layout["xaxis"]["fixedrange"] and layout["yaxis"]["fixedrange"]


def test_long_job_names_are_broken_into_short_labels(tool):
    drawn = json.loads(figure_json(tool, CHARTS[-1]))
    labels = drawn["data"][0]["y"]
    assert "1. Gestionnaire de<br>dossiers d'assistance" in labels
    drawn = json.loads(figure_json(tool, CHARTS[0]))
    assert "Gestionnaire de dossiers" in drawn["layout"]["title"]["text"]
    assert drawn["layout"]["yaxis"]["range"][1] > 1.5  # room above the top row for its "1er/58" label
