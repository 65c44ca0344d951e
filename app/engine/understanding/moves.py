"""The words people use for a rise or a fall (of a job's place, a score, a count), on folded text, in one place so
the claim check, the reading of profile counts and their answer agree on what "monté" or "en baisse" means."""

from __future__ import annotations

UP = r"\bgagn\w*|\bprogress\w*|\bmont\w*|\bremont\w*|\bgrimp\w*|\baugment\w*|\bhausse\b|\bbondi\w*|\bbond\b|\bgrossi\w*|\bplus nombreu\w*"
DOWN = r"\bperd\w*|\brecul\w*|\bdescend\w*|\bbaiss\w*|\bchut\w*|\bdiminu\w*|\bmoins nombreu\w*"
