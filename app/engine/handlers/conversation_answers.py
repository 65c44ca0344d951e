"""Answers that need no data: out of scope, refusals, empty messages, greetings, help."""

from __future__ import annotations

from scoring import render

from ..composition import EXAMPLES, SCOPE, Composed, Context
from ..plan import Plan
from .scoring_answers import profile_definitions


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


def thanks(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add("Avec plaisir. Posez-moi une autre question sur l'étude quand vous voulez.")


def reassure(ctx: Context, plan: Plan, out: Composed) -> None:
    """A worried question: the study makes no forecast of jobs lost; say what it does say, then the job's card."""
    score = ctx.facts["score-0-1"]
    important = next(level for level in ctx.study.levels if level.name == "Important")
    out.add(
        "Non, l'étude ne dit pas qu'un métier va disparaître : elle ne fait aucune prévision de disparition de "
        "métiers ni d'emplois supprimés. Son score mesure l'exposition relative des compétences d'un métier à "
        f"l'IA générative, pas une probabilité de disparition : « {score.statement} » {out.sources.ref(score.citation)}"
    )
    out.add(
        f"Même au niveau d'impact le plus élevé sur une compétence, l'étude écrit : « {important.definition} » "
        f"{out.sources.ref(important.citation)}"
    )
    if plan.jobs:
        card = ctx.tool.card(plan.jobs[0])
        out.call("scoring.card", {"job": card.job}, card)
        out.add(f"Pour votre métier : {render.card_text(card, ctx.favour)} {out.sources.ref(card.citations[0])}")
        profile_definitions(ctx, [card.pwc.classification, card.expert.classification], out)
    action = ctx.study.priority_actions[4]
    out.add(f"Ce que l'étude recommande : {action.text} {out.sources.ref(action.citation)}")
