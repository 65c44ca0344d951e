"""Exposure levels, impact profiles, key exposure findings and the study's comparison statements."""

from __future__ import annotations

import re

from knowledge.schema import ComparisonStatement, ExposureFinding, ExposureLevel, ImpactProfile, Job
from knowledge.source import ParseError, SourceText, blocks
from knowledge.text import fold, slugify

LEVEL_BULLET = re.compile(r"^• (?P<name>[A-ZÉ][a-zéè]+) : (?P<text>.*)$")


def parse_levels(source: SourceText) -> list[ExposureLevel]:
    section = source.section("Exposition des métiers : approche de qualification")
    first = source.find(r"niveau d'exposition .* entre 1 et 5", section.start, section.end)
    last = source.find(r"^❖ Pour chaque métier", first, section.end) - 1
    levels = []
    for start, end in blocks(source.lines, first + 1, last):
        match = LEVEL_BULLET.match(source.line(start))
        if not match:
            continue
        definition = source.text(start, end).split(" : ", 1)[1]
        levels.append(
            ExposureLevel(
                level=len(levels) + 1,
                name=match["name"],
                definition=definition,
                citation=source.cite(start, end),
            )
        )
    if len(levels) != 5:
        raise ParseError(f"5 niveaux d'exposition attendus, {len(levels)} trouvés")
    return levels


def parse_profiles(source: SourceText, jobs: list[Job]) -> list[ImpactProfile]:
    section = source.section("Classification des métiers (1/2)")
    labels = sorted({job.pwc.classification for job in jobs} | {job.expert.classification for job in jobs})
    runs = blocks(source.lines, section.start, section.end)
    profiles = []
    for index, (start, end) in enumerate(runs):
        if not source.line(start).startswith("Les métiers identifiés"):
            continue
        heading = source.text(start, end)
        quoted = re.search(r"«\s*(.+?)\s*»", heading)
        if not quoted:
            raise ParseError(f"ligne {start} : profil sans libellé entre guillemets")
        key = fold(quoted[1])[:6]
        label = next((lab for lab in labels if fold(lab).startswith(key)), None)
        if label is None:
            raise ParseError(f"ligne {start} : profil {quoted[1]!r} absent du tableau consolidé")
        share_start = next(s for s, _ in runs[index + 1 :] if source.line(s).startswith("➜"))
        share_end = next(e for s, e in runs if s == share_start)
        definition_end = share_start - 1
        share_text = source.text(share_start, share_end).lstrip("➜ ").strip()
        both = re.search(r"(\d+)% .*qualification PwC et (\d+)%", share_text)
        single = re.search(r"(\d+)% des métiers", share_text)
        if both:
            pwc, expert = int(both[1]), int(both[2])
        elif single:
            pwc = expert = int(single[1])
        else:
            raise ParseError(f"ligne {share_start} : part publiée illisible : {share_text!r}")
        profiles.append(
            ImpactProfile(
                id=slugify(label),
                label=label,
                heading=quoted[1],
                definition=source.text(end + 1, definition_end),
                published_share_pwc=pwc,
                published_share_expert=expert,
                published_share_text=share_text,
                citation=source.cite(start, share_end),
            )
        )
    if len(profiles) != 4:
        raise ParseError(f"4 profils d'impact attendus, {len(profiles)} trouvés")
    return profiles


def parse_exposure_findings(source: SourceText) -> list[ExposureFinding]:
    section = source.section("Exposition des métiers : constats clés")
    findings: list[ExposureFinding] = []
    group = ""
    bullet: list[int] = []  # [start, example_start, end]

    def close() -> None:
        if not bullet:
            return
        start, example_start, end = bullet
        body = source.text(start, example_start - 1).lstrip("• ").rstrip(" ;")
        title, _, description = body.partition(" : ")
        example = source.text(example_start, end).removeprefix("Exemple :").strip()
        findings.append(
            ExposureFinding(
                id=f"{'plus' if 'plus' in group else 'moins'}-{sum(1 for f in findings if f.exposure == group) + 1}",
                exposure=group,
                title=title.strip(),
                description=description.strip().rstrip(" ;"),
                example=example,
                citation=source.cite(start, end),
            )
        )
        bullet.clear()

    for number in range(section.start, section.end + 1):
        line = source.line(number)
        if line.startswith("Les métiers les plus exposés") or line.startswith("Les métiers les moins exposés"):
            close()
            group = "plus exposés" if "plus" in line else "moins exposés"
        elif line.startswith("• "):
            close()
            bullet.extend([number, 0, number])
        elif bullet and line.startswith("Exemple"):
            bullet[1] = bullet[2] = number
        elif bullet and line and bullet[1] and not line.startswith("Section"):
            bullet[2] = number
    close()
    if {f.exposure for f in findings} != {"plus exposés", "moins exposés"}:
        raise ParseError("constats clés : groupes « plus exposés » / « moins exposés » introuvables")
    return findings


def parse_comparison_statements(source: SourceText) -> list[ComparisonStatement]:
    section = source.section("Exposition des compétences par métier : qualification experts")
    start = source.find(r"^Une tendance à la hausse", section.start, section.end)
    end = source.find(r"différentiels de score", start, section.end)
    statements: list[ComparisonStatement] = []
    for run_start, run_end in blocks(source.lines, start, end):
        text = source.text(run_start, run_end)
        citation = source.cite(run_start, run_end)
        if match := re.match(r"Une tendance à la (hausse|baisse) des scores d'exposition pour (\d+) métiers", text):
            statements.append(
                ComparisonStatement(
                    id=f"{match[1]}-{match[2]}",
                    text=text,
                    direction=match[1],
                    count=int(match[2]),
                    citation=citation,
                )
            )
        elif match := re.match(
            r"• (\d+) bascules d'une classification(?: métier)? « (.+?) » vers une classification « (.+?) » \((.+)\)",
            text,
        ):
            # "A – B et C": split on dashes, and on "et"/commas only before a capital (a new title)
            names = [n.strip() for n in re.split(r"\s+–\s+|\s+et\s+(?=[A-ZÉ])|,\s+(?=[A-ZÉ])", match[4])]
            statements.append(
                ComparisonStatement(
                    id=f"bascule-{slugify(match[2])}-vers-{slugify(match[3])}",
                    text=text,
                    direction="hausse",
                    count=int(match[1]),
                    from_profile=match[2],
                    to_profile=match[3],
                    jobs=names,
                    citation=citation,
                )
            )
        else:
            raise ParseError(f"ligne {run_start} : constat comparatif illisible : {text!r}")
    return statements
