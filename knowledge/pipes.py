"""Command lines that end quietly when their reader stops reading (``python -m ingest | head``): no
``BrokenPipeError`` traceback, and no second one when Python flushes standard output at exit."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def run_quietly(main: Callable[[], int]) -> int:
    try:
        code = main()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # what is still buffered goes nowhere instead of failing again
        return 0
