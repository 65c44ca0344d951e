"""The answer engine: one path (``Engine.ask``) from a question to a cited answer, for every shell."""

from .answers import Answer
from .core import Engine
from .plan import Conversation

__all__ = ["Answer", "Conversation", "Engine"]
