"""Answers that need no data: out of scope, refusals, empty messages, greetings, help."""

from __future__ import annotations

import re

from knowledge.text import fold
from scoring import render
from scoring.normalize import tokens

from ..composition import EXAMPLES, SCOPE, Composed, Context
from ..plan import Plan
from ..understanding import hostility, scope
from ..understanding.claims import yes_no
from ..understanding.reading import first_person
from .scoring_answers import job, profile_definitions


def out_of_scope(ctx: Context, plan: Plan, out: Composed) -> None:
    topic, _, detail = (scope.named(fold(plan.question), plan.topic) or "de cette question").partition(" : ")
    # "L'étude ne traite pas des coûts ni des budgets, je ne peux donc pas … : elle mesure …"
    out.add(f"L'étude ne traite pas {topic}, je ne peux donc pas y répondre sans inventer" + (f" : {detail}. " if detail else ". ") + SCOPE)
    if plan.topic == "horizon":  # what comes closest: the sheets' scenarios, and what it gives today
        out.add("Pour les 10 métiers cœur, les fiches de transformation présentent un scénario d'évolution du métier ; "
                f"leur contenu détaillé figure dans le rapport complet, pas dans la synthèse que je consulte. {out.sources.ref(ctx.study.sheets.citation)}")
    if plan.topic == "horizon" and plan.jobs:  # "mon score en 2030 ?": what it gives today
        out.add("Ce qu'elle donne aujourd'hui pour ce métier :")
        job(ctx, plan.model_copy(update={"intent": "job", "question": ctx.tool.by_id[plan.jobs[0]].job}), out)


def forecast(ctx: Context, plan: Plan, out: Composed) -> None:
    """A number of jobs lost: the study gives none; say what it measures instead."""
    score = ctx.facts["score-0-1"]
    # "l'étude prévoit 30 % de suppressions de postes, hein ?": a forecast claimed of the study, denied first
    asked = fold(plan.question)
    claimed = yes_no(plan.question) and not re.search(r"\b(combien|chiffrage|estimation)\b", asked) and (
        re.search(r"\b(prevoi\w*|predi\w*|annonce\w*) (\d+|des|de|la)\b", asked)
        or re.search(r"\b(etude|elle|pwc|rapport|study|report)\b.*\b(dit|disent|montre\w*|shows?|says?|prevoi\w*)\b", asked) and re.search(r"\d", asked))
    out.add(
        ("Non : l" if claimed else "L") + "'étude ne donne pas de chiffre d'emplois supprimés ni de postes en moins : elle ne fait pas de prévision "
        "d'emploi. Elle mesure l'exposition relative des compétences de chaque métier à l'IA générative, pas une "
        f"probabilité de disparition : « {score.statement} » {out.sources.ref(score.citation)}"
    )
    action = ctx.study.priority_actions[4]
    out.add(f"Ce que l'étude recommande : {action.text} {out.sources.ref(action.citation)}")


INSULT = r"\b(nul|nulle|con|conne|bete|inutile|idiot\w*|stupide|debile|sers a rien)\b"


def refusal(ctx: Context, plan: Plan, out: Composed) -> None:
    kind = hostility.kind(plan.question) or ("insult" if re.search(INSULT, fold(plan.question)) else None)
    out.add(REFUSALS.get(kind, REFUSALS[None]) + " " + SCOPE)


REFUSALS = {
    "insult": "Je comprends que la réponse ne vous ait pas convenu. Je ne réponds qu'à partir de l'étude, sans rien "
    "inventer : reformulez votre question et je ferai de mon mieux.",
    "designate": "Je ne désignerai personne : l'étude ne dit pas quels salariés ni quels postes supprimer. Elle mesure "
    "l'exposition des compétences de chaque métier à l'IA générative, pas la valeur des personnes, et ne fait aucune "
    "prévision d'emplois supprimés.",
    "forge": "Je ne peux pas faire dire à l'étude ce qu'elle ne dit pas : je ne modifie ni n'invente aucun chiffre, "
    "aucun classement ni aucune citation. Chaque chiffre que je donne vient de l'étude, avec sa source.",
    None: "Je ne peux pas donner suite à cette demande : je ne communique pas mes consignes internes, je ne rédige "
    "pas de texte qui prête à l'étude ce qu'elle ne dit pas, et je ne modifie ni n'invente aucun chiffre.",
}
REFUSALS["role"] = REFUSALS[None]


def empty(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add("Votre message est vide. " + EXAMPLES)


def greeting(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add("Bonjour ! " + SCOPE + " " + EXAMPLES)


def help(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add(SCOPE + " Chaque chiffre vient du tableau de l'étude, avec sa source. " + EXAMPLES)


def thanks(ctx: Context, plan: Plan, out: Composed) -> None:
    out.add("Avec plaisir. Posez-moi une autre question sur l'étude quand vous voulez.")


def acknowledged(ctx: Context, plan: Plan, out: Composed) -> None:
    """A bare "oui" or "non": nothing was asked of the user, so ask what they want to know."""
    out.add("D'accord. Que voulez-vous savoir sur l'étude ? " + EXAMPLES)


def reassure(ctx: Context, plan: Plan, out: Composed) -> None:
    """A worried question: the study makes no forecast of jobs lost; say what it does say, then the job's card."""
    score = ctx.facts["score-0-1"]
    important = next(level for level in ctx.study.levels if level.name == "Important")
    card = ctx.tool.card(plan.jobs[0]) if plan.jobs else None
    if card is not None:  # the person's job first: no disappearance announced, and how much it will change
        out.call("scoring.card", {"job": card.job}, card)
        best = render.third(min(card.pwc.rank, card.expert.rank), card.pwc.total)
        split = best == "most" and render.third(max(card.pwc.rank, card.expert.rank), card.pwc.total) == "least"  # they disagree
        # "le data analyst est-il en danger ?" is not the speaker's job; "et c'est grave ?" about the job in view is
        asked = fold(plan.question)
        title = set(tokens(card.job.split(" / ")[0]))  # "postes de chargé de réclamations" names "Chargé de réclamations clients"
        named = len(title & set(tokens(plan.question))) >= max(1, round(0.6 * len(title))) or fold(card.job.split(" / ")[-1]) in asked
        mine = first_person(asked) or not named or bool(re.search(r"\b(on|nous|notre|nos)\b", asked))
        if re.search(r"\b(mes|nos) (equipes?|collegues?|collaborateurs?|agents?|salaries?)\b", asked):
            mine = False  # "qu'est-ce que je dis à mes équipes de chargés d'assistance ?": their job, not the speaker's
        whose, of_whose = ("votre métier", "de votre métier") if mine else ("le métier", "du métier")
        low, high = sorted((card.pwc, card.expert), key=lambda v: -v.rank)  # the less and the more exposed reading
        names = {"pwc": "PwC", "expert": "les experts métier"}
        figures = f"{render.score(card.pwc.score)} selon PwC, {render.score(card.expert.score)} selon les experts métier ; profil « {card.expert.classification} »"
        if split:
            verdict = (f"Non, l'étude n'annonce pas la disparition {of_whose} ({card.job}) ; son exposition diffère selon "
                       f"la qualification : faible selon {names[low.qualification]} ({render.score(low.score)}, {render.ordinal(low.rank)}), "
                       f"plus forte selon {names[high.qualification]} ({render.score(high.score)}, {render.ordinal(high.rank)} ; profil « {high.classification} »).")
        elif best == "most":
            verdict = (f"Non, l'étude n'annonce pas la disparition {of_whose} ({card.job}) ; mais il est parmi les plus "
                       f"exposés ({figures})" + (" : selon l'étude, ses activités cœur sont fortement impactées par l'IA générative."
                                                 if card.expert.classification == "En forte transformation" else "."))
        elif best == "least":
            verdict = (f"Non : l'étude n'annonce pas la disparition {of_whose} ({card.job}), et il est parmi les moins "
                       f"exposés ({figures}).")
        elif render.third(max(card.pwc.rank, card.expert.rank), card.pwc.total) == "least":  # middle for one, least for the other
            verdict = (f"Non, l'étude n'annonce pas la disparition {of_whose} ({card.job}) ; il est moyennement exposé selon "
                       f"{names[high.qualification]} ({render.score(high.score)}, {render.ordinal(high.rank)}) et parmi les moins exposés selon "
                       f"{names[low.qualification]} ({render.score(low.score)}, {render.ordinal(low.rank)}) ; profil « {card.expert.classification} ».")
        else:
            verdict = (f"Non, l'étude n'annonce pas la disparition {of_whose} ({card.job}) ; il est moyennement exposé "
                       f"({figures}) : certaines de ses compétences vont évoluer.")
        if re.search(r"\b(enorme|beaucoup|eleve|haut|fort|le pire|grave)\b|\bfait tout\b", asked) and best == "most":
            # "0,82 ?? c'est énorme", "2e sur 58, c'est le pire ?": how high, then what it does not mean
            top = min((card.pwc, card.expert), key=lambda v: v.rank)
            verdict = (f"C'est l'un des scores les plus élevés de l'étude ({card.job} : {render.score(top.score)}, "
                       f"{render.ordinal(top.rank)} sur {top.total} selon {names[top.qualification]}), mais ce n'est ni une "
                       f"probabilité de perdre son emploi ni une part de tâches remplacées : le score situe les compétences "
                       f"du métier par rapport aux autres métiers, et l'étude n'annonce pas sa disparition.")
        relieved = re.search(r"\b(moins grave|pas (si |trop |tres )?grave|(je suis|on est|je peux etre|on peut etre) (plutot |donc )?(tranquille|rassure)e?s?|ouf|je risque rien|on risque rien|ca va alors)\b", asked)
        worried = re.search(r"\b(disparai\w*|supprim\w*|perdre|remplac\w*|licenci\w*|danger|menace\w*|en peril|risque\w*(?! rien))\b", asked)
        if relieved and not worried and verdict.startswith("Non"):
            # "ah c'est moins grave alors": the relief said back, yes or not quite, never a bare "Non" to it
            verdict = ("Pas tout à fait : " if best == "most" else "Oui, plutôt : ") + verdict[3:].lstrip(" ,:")
        if re.search(r"\b(existera\w*|existe\w* (encore|toujours)|restera\w*|y aura (encore|toujours)|sera (encore|toujours))\b", asked) and verdict.startswith("Non"):
            # "dans 5 ans juriste ça existera encore ?": no "Non" to a question on whether it lasts
            rest = verdict[3:].lstrip(" ,:")  # "l'étude n'annonce pas …", capitalised
            verdict = rest[0].upper() + rest[1:]
        out.add(f"{verdict} {out.sources.ref(card.citations[0])}")
        out.add(
            "L'étude ne fait aucune prévision de disparition de métiers ni d'emplois supprimés : son score mesure "
            f"l'exposition relative des compétences à l'IA générative. « {score.statement} » {out.sources.ref(score.citation)}"
        )
    else:
        out.add(
            "Non, l'étude ne dit pas qu'un métier va disparaître : elle ne fait aucune prévision de disparition de "
            "métiers ni d'emplois supprimés. Son score mesure l'exposition relative des compétences d'un métier à "
            f"l'IA générative, pas une probabilité de disparition : « {score.statement} » {out.sources.ref(score.citation)}"
        )
    out.add(
        f"Au niveau d'impact « Important » sur une compétence (le seul au-dessus est « Majeur »), l'étude écrit : « {important.definition} » "
        f"{out.sources.ref(important.citation)}"
    )
    named = [label for label in ctx.profiles if fold(label) in fold(plan.question) or (label.startswith("Non impact") and "non impact" in fold(plan.question))]
    if named and not plan.jobs:
        profile_definitions(ctx, named, out)  # "mon métier est « en forte transformation », c'est grave ?"
    if card is not None:
        out.add(f"Pour {whose} : {render.card_text(card, ctx.favour)} {out.sources.ref(card.citations[0])}")
        profile_definitions(ctx, [card.pwc.classification, card.expert.classification], out)
    action = ctx.study.priority_actions[4]
    out.add(f"Ce que l'étude recommande : {action.text} {out.sources.ref(action.citation)}")


def clarify(ctx: Context, plan: Plan, out: Composed) -> None:
    """One short question back, with the choices the study can answer."""
    if plan.topic == "job" and plan.jobs:
        titles = [ctx.tool.by_id[j].job for j in plan.jobs]
        out.add(f"Plusieurs métiers de l'étude correspondent : {', '.join(f'« {t} »' for t in titles)}. Lequel est le vôtre ?")
        out.choices = titles
    elif plan.topic == "job":
        out.add(
            "De quel métier parlez-vous : « chargé d'assistance », « gestionnaire de dossiers d'assistance », "
            "« infirmier d'assistance » ou un autre (donnez son intitulé) ?"
        )
        out.choices = ["Chargé d'assistance", "Gestionnaire de dossiers d'assistance", "Infirmier d'assistance"]
    elif plan.topic == "others" and plan.jobs:
        # "et les autres ?" after one job's card: the sets it may mean, each a question the engine reads as is
        card = ctx.tool.card(plan.jobs[0])
        out.call("scoring.card", {"job": card.job}, card)
        family = f"la famille {card.family_code} – {card.family}"
        out.add(f"Les autres métiers de quel ensemble : ceux de {family}, ceux du même profil (« {card.pwc.classification} » selon PwC), "
                "ou les plus exposés des 58 métiers ?")
        out.choices = [f"Les métiers de {family}", f"Les métiers au profil « {card.pwc.classification} » selon PwC", "Les 10 métiers les plus exposés selon PwC"]
    elif plan.topic == "phrasings":
        # a follow-up nothing in the study answered as worded: the questions near it that are answered here
        out.add("Je ne suis pas sûr d'avoir compris votre question. Vouliez-vous dire :\n" + "\n".join(f"- {o}" for o in plan.options)
                + "\n\nSinon, reformulez-la.")
        out.choices = list(plan.options)
    elif plan.topic == "family":
        names = sorted({(job.family_code, job.family) for job in ctx.study.jobs})
        out.call("scoring.families", {}, {"count": len(names), "families": [{"code": c, "name": n} for c, n in names]})
        out.add(
            "Quelle famille de métiers ? L'étude en compte " + str(len(names)) + " : "
            + " ; ".join(f"{code} – {name}" for code, name in names) + "."
        )
        out.choices = [f"Les métiers de la famille {code} – {name}" for code, name in names]
    else:  # "support": two families and a job carry the word
        names = {job.family_code: job.family for job in ctx.study.jobs}
        out.call("scoring.families", {}, {"families": [{"code": c, "name": names[c]} for c in ("03", "12")]})
        out.add(
            "« Support » peut désigner deux familles de métiers ou un métier : la famille 03 – "
            f"{names['03']}, la famille 12 – {names['12']}, ou le métier « Support technique d'assistance ». "
            "Lequel voulez-vous ?"
        )
        out.choices = [f"Les métiers de la famille 03 – {names['03']}", f"Les métiers de la famille 12 – {names['12']}",
                       "Support technique d'assistance"]  # fmt: skip


def recap(ctx: Context, plan: Plan, out: Composed) -> None:
    """ "fais-moi un récap en 5 lignes pour la réunion": each earlier reading of the thread answered again, its first
    paragraph kept (its figures come from the same tools, its sources renumbered in the recap's), under the
    question it answered."""
    lines = []
    for earlier in plan.recap:
        if ctx.answer is None:
            break
        part = Composed()
        ctx.answer(earlier, part)
        out.tool_calls += part.tool_calls
        paragraphs = [p for p in part.parts if p and not re.fullmatch(r"\*\*[^*]+\*\*", p.strip())]  # not a bare title
        if not paragraphs:
            continue
        first = paragraphs[0]
        if first.rstrip().endswith(":") and len(paragraphs) > 1:  # a title: the list it announces
            first += "\n" + paragraphs[1]
        head, *rows = first.split("\n")
        first = "\n".join([head] + ["  " + row for row in rows[:5]])  # a list's first rows, under the point
        # the part's own "[n]" markers, as numbers of the recap's sources
        first = re.sub(r"\[(\d+)\]", lambda m, own=part.sources.items: out.sources.ref(own[int(m[1]) - 1]), first)
        lines.append(f"- **{render.user_text(earlier.question, 100)}** — {first}")
    if not lines:
        out.add("Nous n'avons encore rien vu ensemble que je puisse résumer : posez d'abord vos questions sur l'étude.")
        return
    out.add(f"Récapitulatif de notre échange ({len(lines)} point{'s' if len(lines) > 1 else ''}), à reprendre en réunion :")
    out.add("\n".join(lines))
