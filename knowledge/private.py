"""Files that hold private data (accounts, the session secret, closed sessions, the history database, the data
folder) are created readable by their owner only, and stay so when they are rewritten."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def private_dir(path: Path) -> Path:
    """Create the folder (0700) if it does not exist; an existing folder keeps its mode."""
    if not path.exists():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def private_file(path: Path) -> Path:
    """Create the file empty (0600) if it does not exist; an existing one is made private (0600) again."""
    if not path.parent.exists():
        private_dir(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    path.chmod(0o600)
    return path


def write_private(path: Path, text: str) -> None:
    """Replace the file atomically with ``text``, mode 0600 from its creation on."""
    if not path.parent.exists():
        private_dir(path.parent)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:  # mkstemp creates it 0600
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
