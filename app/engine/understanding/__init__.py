"""Reading a message: the planner's routing, the typed reading of sets of jobs, claims to check, families, worry,
English, several asks in one message. Nothing here answers; it only says what is asked."""

import re

# The readers match several hundred distinct patterns per message, more than the 512 compiled patterns the re
# module keeps by default: past that it recompiles them on every message (measured: two thirds of the time of a
# warm answer). Keep them all compiled.
re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 4096)  # noqa: SLF001
