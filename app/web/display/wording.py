"""Chainlit's own French wording where it says something untrue here: its footer warns that "LLMs" can be wrong
while the offline mode uses none, and tool steps read "Utilisé scoring.card". The translation Chainlit sends to the
page is amended as it is loaded, whatever the file in .chainlit/translations holds."""

from __future__ import annotations

from typing import Any

OFFLINE = (
    "Réponses tirées de l'étude seule, sans modèle de langage : chaque chiffre vient du tableau publié. "
    "Vérifiez les passages cités."
)
WITH_LLM = (
    "Un modèle de langage peut reformuler les réponses : vérifiez les chiffres dans les sources citées."
)


def amendments(llm_enabled: bool) -> dict[str, str]:
    return {
        "chat.watermark": WITH_LLM if llm_enabled else OFFLINE,
        "chat.messages.status.using": "Consultation de",
        "chat.messages.status.used": "Vérifié avec",
    }


def amend(translation: dict[str, Any], changes: dict[str, str]) -> dict[str, Any]:
    for dotted, value in changes.items():
        node = translation
        *parents, key = dotted.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[key] = value
    return translation


def install(config, llm_enabled: bool) -> None:
    """Amend every translation Chainlit loads (``config`` is ``chainlit.config.config``)."""
    load = config.load_translation
    if getattr(load, "amended", False):
        return
    changes = amendments(llm_enabled)

    def load_amended(language: str) -> dict[str, Any]:
        translation = load(language)
        return amend(translation, changes) if language.startswith("fr") else translation

    load_amended.amended = True  # type: ignore[attr-defined]
    object.__setattr__(config, "load_translation", load_amended)
