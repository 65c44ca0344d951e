"""Source documents of ``knowledge/sources`` (txt, md, pdf) read as numbered lines with sections.

A bad file (empty, not UTF-8, corrupt PDF) raises ``DocumentError`` naming it; callers skip it and go on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .source import STUDY_PATH, Section, SourceText, clean_line

SUPPORTED = (".txt", ".md", ".pdf")


class DocumentError(ValueError):
    """A source file that cannot be ingested; the message names the file and the reason, in French."""


@dataclass
class Document:
    name: str
    lines: list[str]
    sections: list[Section]
    source: SourceText | None = None  # the study, with its parsed sections
    raw_lines: list[str] | None = None  # the lines as written (text files), to show a passage verbatim

    @property
    def shown_lines(self) -> list[str]:
        return self.raw_lines if self.raw_lines is not None else self.lines

    def section_at(self, number: int) -> Section:
        for section in self.sections:
            if section.start <= number <= section.end:
                return section
        return self.sections[-1]


def _markdown_sections(lines: list[str], default: str) -> list[Section]:
    heads = [(n, re.sub(r"^#+\s*", "", line)) for n, line in enumerate(lines, 1) if re.match(r"^#{1,6}\s+\S", line)]
    if not heads or heads[0][0] != 1:
        heads.insert(0, (1, default))
    return [
        Section(title, start, (heads[i + 1][0] - 1) if i + 1 < len(heads) else len(lines))
        for i, (start, title) in enumerate(heads)
    ]


def _read_pdf(path: Path) -> tuple[list[str], list[Section]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise DocumentError(f"{path.name} : PDF illisible ou corrompu ({error})") from error
    lines: list[str] = []
    sections: list[Section] = []
    for number, text in enumerate(pages, 1):
        page_lines = [clean_line(line) for line in text.splitlines()] or [""]
        sections.append(Section(f"Page {number}", len(lines) + 1, len(lines) + len(page_lines)))
        lines.extend(page_lines)
    return lines, sections


def load_document(path: Path) -> Document:
    if path.suffix.lower() not in SUPPORTED:
        raise DocumentError(f"{path.name} : format non pris en charge (formats acceptés : {', '.join(SUPPORTED)})")
    if path.stat().st_size == 0:
        raise DocumentError(f"{path.name} : fichier vide")
    if path.suffix.lower() == ".pdf":
        lines, sections = _read_pdf(path)
        if not any(lines):
            raise DocumentError(f"{path.name} : aucun texte extractible (PDF scanné ?)")
        return Document(path.name, lines, sections)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DocumentError(f"{path.name} : encodage non UTF-8 (octet invalide en position {error.start})") from error
    if not text.strip():
        raise DocumentError(f"{path.name} : fichier vide")
    if path.name == STUDY_PATH.name:
        source = SourceText(text, path.name)
        return Document(path.name, source.lines, source.sections, source, source.raw_lines)
    lines = [clean_line(line) for line in text.splitlines()]
    return Document(path.name, lines, _markdown_sections(lines, path.stem), raw_lines=text.splitlines())


@lru_cache(maxsize=16)
def _loaded(path: Path, modified_ns: int) -> Document:
    return load_document(path)


def cached_document(path: Path) -> Document:
    """``load_document``, cached until the file changes: the chat shows and checks cited passages many times."""
    return _loaded(path, path.stat().st_mtime_ns)


class SourcesDirError(OSError):
    """The sources folder is missing or is not a folder (French message naming it and the setting)."""


def shown_name(name: str) -> str:
    """A file name as a person can read it, even when its bytes are not UTF-8."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def inside(path: Path, directory: Path) -> bool:
    """The file is in the folder once symbolic links are followed (a link may not lead out of the sources)."""
    try:
        return path.resolve().is_relative_to(directory.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def list_sources(directory: Path) -> tuple[list[Path], dict[str, str]]:
    """The source files to index, and the ones refused (shown name -> French reason): a name that is not UTF-8,
    a symbolic link leading out of the folder. SourcesDirError when the folder itself is unusable."""
    if not directory.exists():
        raise SourcesDirError(f"Dossier des sources introuvable : {directory} (réglage SOURCES_DIR)")
    if not directory.is_dir():
        raise SourcesDirError(f"SOURCES_DIR doit désigner un dossier, pas un fichier : {directory}")
    files, refused = [], {}
    for path in sorted(directory.iterdir()):
        if path.name.startswith("."):
            continue
        name = shown_name(path.name)
        if name != path.name:
            refused[name] = f"{name} : nom de fichier non UTF-8, renommez-le"
        elif path.is_symlink() and not inside(path, directory):
            refused[name] = f"{name} : lien symbolique vers l'extérieur du dossier des sources, refusé"
        elif path.is_file():
            files.append(path)
    return files, refused


def source_files(directory: Path) -> list[Path]:
    return list_sources(directory)[0]
