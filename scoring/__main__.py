import sys

from knowledge.pipes import run_quietly

from .cli import main

sys.exit(run_quietly(main))
