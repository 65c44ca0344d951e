"""The deterministic scoring tool: resolve jobs, exact scores, rankings, statistics and an audit of the source."""

from .tool import ScoringTool, UnknownJob

__all__ = ["ScoringTool", "UnknownJob"]
