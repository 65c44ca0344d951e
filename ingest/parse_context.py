"""Stated facts (context, methodology, conclusion) and the 6 maturity findings of the consultation."""

from __future__ import annotations

import re

from knowledge.schema import Fact, MaturityFinding
from knowledge.source import ParseError, SourceText, blocks

# (id, topic, first line, last line): each fact is the text between two anchors, searched in order.
FACT_ANCHORS: list[tuple[str, str, str, str]] = [
    ("contexte", "contexte", r"^L'évolution rapide des systèmes", r"^métier\.$"),
    ("objectifs", "objectifs", r"^Évaluer le niveau de maturité", r"^Identifier des cas d'usage pertinents"),
    ("duree-phases", "modalités", r"^L'étude a été conduite sur une durée", r"cœur d'assistance\.$"),
    ("pilotage", "modalités", r"^Le pilotage a été assuré", r"résultats intermédiaires"),
    ("correspondance-rome", "méthodologie", r"^Une correspondance a été établie", r"fichier d'analyse"),
    ("niveaux-1-5", "méthodologie", r"^❖ Pour chaque compétence", r"qualification suivants"),
    ("score-0-1", "méthodologie", r"^❖ Pour chaque métier", r"\(classification métier\)"),
    ("qualification-double", "méthodologie", r"^Une première qualification", r"sélection affinée"),
    ("qualification-pwc", "méthodologie", r"^• Qualification PwC", r"équipes IA PwC"),
    ("qualification-experts", "méthodologie", r"^• Qualification experts métier", r"\(vision métier\)"),
    ("lecture-graphique", "méthodologie", r"^L'étendue des bandes", r"\(verte\)"),
    ("classification-4-profils", "méthodologie", r"^Les scores d'exposition consolidés", r"quotidiennes à l'IA"),
    (
        "constat-plus-exposes",
        "exposition",
        r"^Les métiers les plus exposés mobilisent",
        r"traitement de l'information :$",
    ),
    ("constat-moins-exposes", "exposition", r"^Les métiers les moins exposés mobilisent", r"^:$"),
    (
        "rapport-complet",
        "publication",
        r"^Retrouvez le détail des préconisations",
        r"observatoire-assistance\.org/nos-publications",
    ),
    ("actions-prioritaires", "préconisations", r"^Sélection de 6 actions", r"^Sélection de 6 actions"),
    ("conclusion", "conclusion", r"^Le secteur de l'assistance amorce", r"l'ensemble des parties prenantes\.$"),
    ("premier-volet", "ouverture", r"^Ce premier volet de l'étude", r"cœur d'assistance\.$"),
    ("second-volet", "ouverture", r"^Un second volet de l'étude", r"prochain éclairage\.$"),
    ("realisation", "publication", r"^Étude réalisée par le cabinet PwC", r"OPCO Atlas\.$"),
]

FIGURE = re.compile(
    r"\b\d+(?:,\d+)?(?: à \d+)?(?: ?%| mois| phases| métiers| compétences| catégories| études| ans)?(?=\W|$)"
)


def figures(text: str) -> list[str]:
    return [f for f in FIGURE.findall(text) if f]


def parse_facts(source: SourceText) -> list[Fact]:
    facts = []
    for fact_id, topic, first, last in FACT_ANCHORS:
        start = source.find(first)
        end = source.find(last, start)
        statement = source.text(start, end).removeprefix("❖ ").removeprefix("• ")
        facts.append(
            Fact(
                id=fact_id,
                topic=topic,
                statement=statement,
                figures=figures(statement),
                citation=source.cite(start, end),
            )
        )
    return facts


NOISE = re.compile(r"^(\d+|Section \d|\d+ enseignements clés|Enseignements clés.*|Maturité IAgen.*)$")


def parse_maturity(source: SourceText) -> list[MaturityFinding]:
    """Findings are laid out as a title (several short paragraphs) then ``NN% des répondants ...``."""
    section = source.section("Maturité IA générative")
    findings: list[MaturityFinding] = []
    title_lines: list[int] = []
    for start, end in blocks(source.lines, section.start, section.end):
        text = source.text(start, end)
        if re.match(r"^\d+% des répondants", text):
            if not title_lines:
                raise ParseError(f"ligne {start} : constat de maturité sans titre")
            # A raw line starting with a space opens a new PDF text object: the next finding's title (or a
            # page header such as "6 enseignements clés") glued to the end of this statement's block.
            split = next((n for n in range(start + 1, end + 1) if source.raw_line(n).startswith(" ")), end + 1)
            lines = [n for n in range(start, split) if not NOISE.match(source.line(n))]
            statement = source.text(lines[0], lines[-1])
            findings.append(
                MaturityFinding(
                    number=len(findings) + 1,
                    title=source.text(title_lines[0], title_lines[-1]),
                    statement=statement,
                    percentages=[int(p) for p in re.findall(r"(\d+)%", statement)],
                    citation=source.cite(title_lines[0], lines[-1]),
                )
            )
            title_lines = [n for n in range(split, end + 1) if not NOISE.match(source.line(n))]
        else:
            title_lines.extend(n for n in range(start, end + 1) if not NOISE.match(source.line(n)))
    if len(findings) != 6:
        raise ParseError(f"6 enseignements de maturité attendus, {len(findings)} trouvés")
    return findings
