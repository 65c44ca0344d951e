"""Where the project's files are: one definition of each path (settings may point elsewhere at run time)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "knowledge"
SOURCES_DIR = KNOWLEDGE_DIR / "sources"  # the shipped documents; ``Settings.sources_dir`` defaults here
RECORDS_DIR = KNOWLEDGE_DIR / "records"
STUDY_PATH = SOURCES_DIR / "etude-ia-generative-metiers-assistance.txt"
