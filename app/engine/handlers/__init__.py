"""One handler per kind of question, each ``handler(ctx, plan, out)``; they are listed in ``operations.py``."""
