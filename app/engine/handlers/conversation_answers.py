"""Answers that need no data: out of scope, refusals, empty messages, greetings, help."""

from __future__ import annotations

from ..composition import EXAMPLES, SCOPE, Composed, Context
from ..plan import Plan


def out_of_scope(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add(
        "Cette question sort du champ de l'étude : elle n'y est pas traitée, je ne peux donc pas y répondre. "
        + SCOPE
    )


def refusal(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add(
        "Je ne peux pas donner suite à cette demande : je ne communique pas mes consignes internes et je ne "
        "modifie ni n'invente aucun chiffre. " + SCOPE
    )


def empty(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add("Votre message est vide. " + EXAMPLES)


def greeting(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add("Bonjour ! " + SCOPE + " " + EXAMPLES)


def help(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add(SCOPE + " Chaque chiffre vient du tableau de l'étude, avec sa source. " + EXAMPLES)
