"""Answers from the study's typed records: levels, profiles, method, maturity, findings, recommendations,
priority actions, DIAL-IA, transformation sheets."""

from __future__ import annotations

import re

from knowledge.schema import Qualification
from knowledge.text import fold, title_case
from scoring import render
from search.analysis import analyze

from ..composition import Composed, Context
from ..plan import Plan
from ..understanding import survey_claims
from ..understanding.claims import yes_no
from ..understanding.reading import ORDINALS, quoted_figures
from ..understanding.records import GENERIC_STEMS, matched_items, matched_items_unaccented, names_an_item


def levels(ctx: Context, plan: Plan, out: Composed) -> None:
    text = fold(plan.question)
    named = [lv for lv in ctx.study.levels if re.search(rf"\b{fold(lv.name)}\b", text)]
    by_number = re.search(r"\b([1-5]) ?(e|eme|er)? niveau\b|\bniveau ([1-5])\b", text)  # "le 4e niveau veut dire quoi ?"
    if by_number and not named:
        named = [ctx.study.levels[int(by_number[1] or by_number[3]) - 1]]
    if not named and re.search(r"\b(le|la) plus (haut|fort|eleve)\w*", text):  # "le plus haut veut dire quoi ?"
        named = ctx.study.levels[-1:]
    elif not named and re.search(r"\b(le|la) plus (bas|faible)\w*|\b(le|la) moins (fort|eleve)\w*", text):
        named = ctx.study.levels[:1]
    if len(named) > 2 or re.search(r"\b(negligeable|leger|modere|important|majeur) (a|au|jusqu a) ", text):
        # "négligeable / léger / modéré / important / majeur, c'est quoi ?", "de négligeable à majeur": the whole scale
        named = []
    levels = named or ctx.study.levels
    scale_said = re.search(r"\bde (\d+) a (\d+)\b|\bsur (\d+)\b", text)
    if scale_said and (scale_said[1], scale_said[2]) != ("1", "5") and scale_said[3] != "5":
        # "chaque compétence est notée de 0 à 10 ?": no, on five levels from 1 to 5
        out.add(f"Non : chaque compétence reçoit un niveau d'exposition de 1 à {len(ctx.study.levels)}, de « {ctx.study.levels[0].name} » "
                f"à « {ctx.study.levels[-1].name} » {out.sources.ref(ctx.facts['niveaux-1-5'].citation)}.")
    if named and re.search(r"\b(a (ma|notre|leur|sa|ta|votre) place|remplac\w*|fait le (boulot|travail|taf))\b", text):
        # "« important », ça veut dire que l'IA fait le boulot à ma place ?": no level says the IA replaces anyone
        out.add(f"Non : aucun niveau ne signifie que l'IA fait le travail à la place du salarié ; au niveau « {named[-1].name} », "
                f"l'étude dit : « {named[-1].definition} » {out.sources.ref(named[-1].citation)}")
        named = named[:-1] if len(named) > 1 else named
    head = ""
    if not named:
        scale = ctx.facts["niveaux-1-5"]
        head = f"{scale.statement} {out.sources.ref(scale.citation)} Les {len(levels)} niveaux, du plus faible au plus fort :\n"
    out.add(head + "\n".join(f"- **{lv.name}** : {lv.definition} {out.sources.ref(lv.citation)}" for lv in levels))


def profiles(ctx: Context, plan: Plan, out: Composed) -> None:
    profiles = [ctx.profiles[plan.profile]] if plan.profile else ctx.study.profiles
    if plan.topic == "tasks" and plan.profile and re.search(r"\b(competences?|taches?|activites?|missions?)\b", fold(plan.question)):
        # "c'est quoi les compétences les plus touchées dans mon métier ?": what the summary does not give, said first
        out.add(f"La synthèse de l'étude ne détaille pas les compétences touchées métier par métier. Pour un métier au profil "
                f"« {plan.profile} », elle dit ceci, puis décrit les types de compétences les plus et les moins exposés :")
    basis = ctx.facts["classification-4-profils"]
    head = "" if plan.profile else f"{basis.statement} {out.sources.ref(basis.citation)}\n"
    out.add(
        head
        + "\n".join(
            f"- **{p.label}** : {p.definition} {p.published_share_text} {out.sources.ref(p.citation)}"
            for p in profiles
        )
    )
    if plan.topic == "tasks":  # "concrètement, pour mes journées ?": the kinds of tasks the study finds more or less exposed
        exposure_findings(ctx, plan.model_copy(update={"jobs": [], "topic": None}), out)


def methodology(ctx: Context, plan: Plan, out: Composed) -> None:
    if plan.topic == "qualifications" and re.search(r"\bqui a raison\b|\bcroire\b|\b(la )?(bonne|vraie)\b", fold(plan.question)):
        pwc, experts = ctx.facts["qualification-pwc"], ctx.facts["qualification-experts"]
        out.add(
            "L'étude ne dit pas laquelle des deux qualifications a raison : elle les présente côte à côte, celle de PwC "
            f"(vision technique) {out.sources.ref(pwc.citation)} et celle des experts métier (vision métier) {out.sources.ref(experts.citation)}."
        )
    if plan.topic == "qualifications" and plan.jobs:  # "pourquoi ça a autant monté ?": the job's change first
        card = ctx.tool.card(plan.jobs[0])
        out.call("scoring.card", {"job": card.job}, card)
        out.add(f"**{card.job}** : {render.change_sentence(card)} {out.sources.ref(card.citations[0])}")
        out.add(
            "L'étude n'explique pas chaque écart métier par métier ; elle explique ainsi la différence "
            "entre les deux qualifications :"
        )
    topics = {
        "score": ["correspondance-rome", "niveaux-1-5", "score-0-1"],
        "core": ["qualification-experts", "qualification-double"],
        "qualifications": ["qualification-double", "qualification-pwc", "qualification-experts"],
        "duree-phases": ["duree-phases", "pilotage"],
        "pilotage": ["pilotage", "realisation"],
        "correspondance-rome": ["correspondance-rome"],
        "limites": ["qualification-double", "qualification-experts", "score-0-1", "second-volet"],
    }
    if plan.topic == "limites":  # the study has no section on its limits: what it says of them along the way
        out.add("L'étude ne consacre pas de partie à ses limites ; elle en précise plusieurs au fil du texte :")
    text = fold(plan.question)
    if re.search(r"\bgraphique|\bcouleurs?\b|\bbandes\b", text):
        ids = ["lecture-graphique"]
    elif plan.topic == "score" and re.search(r"\b(c est quoi|c quoi|sert|servent|veut dire|signifie|definition|mesure\w*|represente\w*|utilite|se lit|lire|interpret\w*|echelle|combien a combien|sur \d+|c est beaucoup)\b", text):
        ids = ["score-0-1", "niveaux-1-5", "correspondance-rome"]  # what the score is first, then how it is built
    else:
        ids = topics.get(
            plan.topic or "", ["correspondance-rome", "niveaux-1-5", "score-0-1", "qualification-double"]
        )
    out_of = re.search(r"\bsur (5|10|20|100)\b|\b(?:de|entre) [01] (?:a|et) (5|10|20|100)\b", text)
    if plan.topic == "score" and out_of and not re.search(r"\bsur 58\b", text):
        # "le score c'est une note sur 5 ?": no, from 0 to 1
        fact = ctx.facts["score-0-1"]
        out.add(
            f"Non : le score ne se lit pas sur {out_of[1] or out_of[2]} ; il va de 0 à 1 (0 : exposition minimale, 1 : maximale) et situe "
            f"les métiers les uns par rapport aux autres. {out.sources.ref(fact.citation)}"
        )
    elif plan.topic == "score" and re.search(r"\b(taches?|%|pour ?cent|pourcentage|probabilit\w*|chances?|la moitie|un tiers|un quart|proportion)\b|\d+ ?%", plan.question.lower() + " " + text):
        # "0,30, ça veut dire que 30 % de mes tâches seront faites par l'IA ?": what the score is not, first
        fact = ctx.facts["score-0-1"]
        out.add(
            "Non : le score n'est ni une part de tâches ni une probabilité ; il situe l'exposition des compétences d'un "
            f"métier à l'IA générative, de 0 à 1, par rapport aux autres métiers. {out.sources.ref(fact.citation)}"
        )
        if plan.jobs:  # "chargé d'accueil, 0,78 ça veut dire 78 % de mon travail ?": then where that job stands
            card = ctx.tool.card(plan.jobs[0])
            out.call("scoring.card", {"job": card.job}, card)
            out.add(render.card_text(card, ctx.favour) + f" {out.sources.ref(card.citations[0])}")
    if re.search(r"\b(bornes?|echelle|varie\w*|entre quoi|min\w* et max\w*|combien a combien|de quoi a quoi|se lit|c est quoi|calcule\w*|moyenne|noter|not[ea]s?|sort|vient|fait pour)\b", text) and "score-0-1" in ids and not out_of and plan.topic == "score":
        fact = ctx.facts["score-0-1"]  # "entre quelles bornes varie-t-il ?": the answer in one sentence first
        out.add(f"Le score d'exposition d'un métier va de 0 à 1 : 0 pour l'exposition minimale, 1 pour la maximale. {out.sources.ref(fact.citation)}")
    for fact_id in ids:
        fact = ctx.facts[fact_id]
        statement = fact.statement
        if statement.rstrip().endswith(":") and fact_id == "niveaux-1-5":  # "…critères suivants :" says which
            statement = f"{statement.rstrip(' :')} : {', '.join(level.name for level in ctx.study.levels)} (du plus faible au plus fort)."
        out.add(f"{statement} {out.sources.ref(fact.citation)}")


# a share of the survey said to be most of the respondents
MAJORITY = r"\b(la|une) (grande )?majorite\b|\bplus de la moitie\b|\bmajoritaire\w*|\bla plupart\b"


def _majority_said(findings, question: str) -> tuple[int, str] | None:
    """The finding's first share and its words, when the question says it is (or is not) most of the respondents and
    says it the way the share counts ("n'a aucune formation" of "l'absence totale de formation"; not "ont une charte"
    of "n'avoir connaissance d'aucune règle"), or says nothing more ("c'est la majorité ?")."""
    folded = fold(question)
    if not findings[0].percentages or not re.search(MAJORITY, folded):
        return None
    share = findings[0].percentages[0]
    clause = next((c for c in survey_claims.clauses(findings) if c.percent == share), None)
    if clause is None:
        return None
    rest = re.sub(MAJORITY, " ", folded)
    bare = not re.sub(r"\b(et|donc|alors|mais|c est|ca fait|ca represente|ca reste|ils sont|elles sont|quand meme|non|hein|des|les|entreprises|boites|repondants|societes)\b", " ", rest).strip(" ?!.")
    negative = bool(re.search(r"\b(pas|ne|n|aucune?|sans|jamais|absence)\b", rest))
    if not bare and negative != ("NEG" in clause.stems):
        return None
    return share, clause.words


def maturity(ctx: Context, plan: Plan, out: Composed) -> None:
    if plan.topic in ("highest", "lowest"):  # "lequel est le plus élevé ?": the finding with the largest share, first
        pick = max if plan.topic == "highest" else min
        finding = pick((m for m in ctx.study.maturity if m.percentages), key=lambda m: pick(m.percentages))
        out.add(
            f"Le chiffre le {'plus élevé' if plan.topic == 'highest' else 'plus faible'} de la consultation est {pick(finding.percentages)} % : "
            f"**{finding.title}** {out.sources.ref(finding.citation)}."
        )
    wanted = set((plan.topic or "").split(","))
    findings = [m for m in ctx.study.maturity if str(m.number) in wanted] or ctx.study.maturity
    if re.search(r"\bcombien\b.*\b(enseignements|constats|resultats|findings)\b", fold(plan.question)):  # "combien d'enseignements clés ?"
        out.call("records.maturity", {}, {"enseignements": len(ctx.study.maturity)})
        out.add(f"La consultation dégage {len(ctx.study.maturity)} enseignements clés {out.sources.ref(ctx.study.maturity[0].citation)}.")
    majority = _majority_said(findings, plan.question) if len(findings) == 1 else None
    if majority is not None:  # "c'est la majorité ?", "donc la majorité des boîtes n'a aucune formation ?"
        share, words = majority
        out.add(f"{'Oui' if share > 50 else 'Non'} : {share} % des répondants « {words} », {'plus' if share > 50 else 'moins'} de la moitié "
                f"{out.sources.ref(findings[0].citation)}.")
    head = "" if len(findings) == 1 else "Enseignements clés de la consultation des sociétés d'assistance :\n"
    out.add(head + "\n".join(f"- **{m.title}** : {m.statement} {out.sources.ref(m.citation)}" for m in findings))


def facts(ctx: Context, plan: Plan, out: Composed) -> None:
    ids = {
        "contexte": ["contexte", "objectifs"],
        "rapport-complet": ["rapport-complet", "realisation"],
        "conclusion": ["conclusion"],
        "premier-volet": ["premier-volet", "second-volet"],
    }.get(plan.topic or "", [plan.topic or "contexte"])
    # "il y a une suite de prévue ?", "un deuxième volet est prévu ?": yes, said first
    years = re.findall(r"\b\d{4}\b", plan.question)  # a year claimed: yes only if it is the study's (else the figure check says no)
    negative = re.search(r"\b(pas|aucun\w*|jamais)\b", fold(plan.question))
    said_yes = "second-volet" in ids and yes_no(plan.question) and not negative and all(
        year in ctx.facts["second-volet"].statement for year in years)
    for fact_id in ids:
        fact = ctx.facts[fact_id]
        lead = _sentence_asked(plan.question, fact.statement)
        if lead is not None and not said_yes:
            # "les initiatives, elles sont portées par qui ?": the sentence of a long passage that answers, first; "Oui"
            # only when it holds every word the question states (not "portées par les PME ?")
            # (a vague verb aside: "les grands groupes qui avancent ?" is said by "portées par les grands groupes")
            stated, said = set(analyze(plan.question)) - GENERIC_STEMS - FILLER_STEMS, set(analyze(lead))
            agreed = "Oui : " if yes_no(plan.question) and not stated - said - VAGUE_VERBS and len(stated & said) >= 2 and not negative else ""
            out.add(f"{agreed}{'D' if not agreed else 'd'}'après l'étude, « {lead} » {out.sources.ref(fact.citation)}")
        out.add(f"{'Oui : ' if said_yes and fact_id == 'second-volet' else ''}{fact.statement} {out.sources.ref(fact.citation)}")


VAGUE_VERBS = frozenset(analyze("avancent avance bougent bouge mènent mène lancent lance agissent agit font fait sont est"))
FILLER_STEMS = frozenset(analyze("surtout plutôt vraiment bien donc alors c'est vrai non"))


def _sentence_asked(question: str, statement: str) -> str | None:
    """The sentence of a passage of three or more that holds the question's own words (two at least), when it is
    not the first one (which the passage starts with anyway)."""
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+(?=[A-ZÉÀÂÈ])", statement) if x.strip()]
    asked = set(analyze(question)) - GENERIC_STEMS
    if len(sentences) < 3 or not asked:
        return None
    scored = [(len(asked & set(analyze(x))), i) for i, x in enumerate(sentences)]
    best, index = max(scored)
    return sentences[index] if best >= 2 and index > 0 and [b for b, _ in scored].count(best) == 1 else None


def exposure_findings(ctx: Context, plan: Plan, out: Composed) -> None:
    if len(plan.jobs) >= 2:  # "pourquoi une telle diff, c'est presque le même boulot": each job, then where scores come from
        comparison = ctx.tool.compare(plan.jobs[:2])
        out.call("scoring.compare", {"jobs": [c.job for c in comparison.cards]}, comparison)
        out.add("L'étude ne donne pas de raison métier par métier : chaque score vient des compétences propres au métier, "
                "évaluées une à une ; deux métiers proches par leur intitulé peuvent mobiliser des compétences différentes.")
        out.add("\n".join(
            f"- **{c.job}** : PwC {render.score(c.pwc.score)} ({render.ordinal(c.pwc.rank)} sur {c.pwc.total}), experts métier "
            f"{render.score(c.expert.score)} ({render.ordinal(c.expert.rank)}) {out.sources.ref(c.citations[0])}" for c in comparison.cards))
        rome = ctx.facts["correspondance-rome"]
        out.add(f"{rome.statement} {out.sources.ref(rome.citation)}")
        out.add("Ce qu'elle dit des compétences plus ou moins exposées :")
    elif plan.jobs:  # "pourquoi le médecin est-il si peu exposé ?": its exposure, then what the study gives as reasons
        card = ctx.tool.card(plan.jobs[0])
        out.call("scoring.card", {"job": card.job}, card)
        profile = ctx.profiles[card.expert.classification if ctx.favour != "pwc" else card.pwc.classification]
        out.add(
            f"**{card.job}** : PwC {render.score(card.pwc.score)} ({render.ordinal(card.pwc.rank)} sur {card.pwc.total}), "
            f"experts métier {render.score(card.expert.score)} ({render.ordinal(card.expert.rank)}) "
            f"{out.sources.ref(card.citations[0])}. Son profil, « {profile.label} » : {profile.definition} "
            f"{out.sources.ref(profile.citation)}"
        )
        out.add(
            "L'étude ne détaille pas ici ce qui change métier par métier (les fiches de transformation des métiers "
            "cœur sont dans le rapport complet) ; voici ce qu'elle dit des compétences plus ou moins exposées :"
        )
    named = next((f for f in ctx.study.exposure_findings if f.id == plan.topic), None)
    if named is not None:  # "l'empathie ça compte pas ?": where the study puts that kind of competence, first
        out.add(f"**{named.title}** : l'étude range ces compétences parmi celles des métiers les {named.exposure} {out.sources.ref(named.citation)}.")
    lines = []
    least_first = re.search(r"\b(peu|moins|pas|epargn\w*|proteg\w*|humain\w*|resist\w*|echapp\w*|abri)\b", fold(plan.question))
    if named is not None:
        least_first = named.exposure == "moins exposés"
    for group in ("moins exposés", "plus exposés") if least_first else ("plus exposés", "moins exposés"):
        intro = ctx.facts[f"constat-{'plus' if group == 'plus exposés' else 'moins'}-exposes"]
        lines.append(f"{intro.statement} {out.sources.ref(intro.citation)}")
        for f in (f for f in ctx.study.exposure_findings if f.exposure == group):
            detail = f" : {f.description}" if f.description else ""
            lines.append(f"- **{f.title}**{detail} (exemple : {f.example}) {out.sources.ref(f.citation)}")
    out.add("\n".join(lines))


def axis_title(ctx: Context, axis) -> str:
    """The axis title as a sentence, its accents back (the study prints it in capitals without them)."""
    return title_case(axis.title, ctx.words)


def job_reminder(ctx: Context, plan: Plan, out: Composed) -> None:
    """A recommendation asked for a named job starts with that job's exposure."""
    if not plan.jobs:
        return
    card = ctx.tool.card(plan.jobs[0])
    out.call("scoring.card", {"job": card.job}, card)
    out.add(
        f"**{card.job}** : PwC {render.score(card.pwc.score)} ({render.ordinal(card.pwc.rank)} sur {card.pwc.total}, "
        f"« {card.pwc.classification} ») ; experts métier {render.score(card.expert.score)} "
        f"({render.ordinal(card.expert.rank)}, « {card.expert.classification} ») {out.sources.ref(card.citations[0])}."
    )


def _axis_sizes(ctx: Context, out: Composed) -> dict[int, int]:
    """How many recommendations each axis holds, recorded as the records' answer (the figures the reply gives)."""
    counts = {axis.number: len(axis.items) for axis in ctx.study.axes}
    out.call("records.recommendations", {}, {"total": sum(counts.values()), "axes": len(counts), "per_axis": counts})
    return counts


def recommendations(ctx: Context, plan: Plan, out: Composed) -> None:
    job_reminder(ctx, plan, out)
    text = fold(plan.question)
    pairs = [(item.text, (axis, item)) for axis in ctx.study.axes for item in axis.items]
    matches = matched_items(plan.question, pairs) or matched_items_unaccented(plan.question, pairs)
    claimed_axis = re.search(r"\baxe (\d)\b", text)
    claimed = matches if claimed_axis else []
    if claimed and yes_no(plan.question):  # "c'est bien l'axe 4 qui parle de ces passerelles ?": yes or no first
        axes = list({axis.number: axis for _, _, (axis, _) in claimed}.values())
        said = next((a for a in axes if a.number == int(claimed_axis[1])), None)
        best = f"l'axe {axes[0].number} ({axis_title(ctx, axes[0])}) {out.sources.ref(axes[0].citation)}"
        if said is None:
            out.add(f"Non : c'est {best}.")
        elif said is axes[0]:
            out.add(f"Oui : c'est {best}.")
        else:  # "la gouvernance c'est l'axe 2 ?": axis 2 has an item on it, axis 1 is the one about it
            out.add(f"En partie : l'axe {said.number} ({axis_title(ctx, said)}) en parle {out.sources.ref(said.citation)}, mais c'est surtout {best}.")
    quoted = {int(q.value) for q in quoted_figures(plan.question) if q.kind == "percent"}
    for finding in (f for f in ctx.study.maturity if quoted & set(f.percentages)):
        # "40 % n'ont aucune formation : que recommande l'étude ?": the finding the figure comes from, first
        out.add(f"D'après la consultation : **{finding.title}** : {finding.statement} {out.sources.ref(finding.citation)}")
    if re.search(r"\bpasserelles?\b|\breconver\w*|\bmobilite\w*|\bvers quels? (metiers|postes|fonctions)\b|\bchanger de (metier|poste|job|boulot)\b|\bvers quoi\b", text):
        # the study names no transition from one job to another: say so before what it recommends
        bridge = next(i for a in ctx.study.axes for i in a.items if "passerelles" in i.text)
        later = ctx.facts["second-volet"]
        out.add(
            f"L'étude ne nomme pas de passerelles précises d'un métier vers un autre : elle recommande de « {bridge.text} » "
            f"(axe {bridge.axis}) {out.sources.ref(bridge.citation)}, et renvoie les modalités d'accompagnement à son second "
            f"volet : « {later.statement} » {out.sources.ref(later.citation)}"
        )
    overview = plan.axis is None and not plan.jobs and not matches and not claimed_axis
    if overview and not re.search(r"\bcombien\b|\bnombre\b|\bhow many\b|\b\d+ (axes|preconisations|recommandations)\b", text):
        # "concrètement ils recommandent quoi ?": how the recommendations are laid out, then each axis
        out.add(f"L'étude regroupe ses préconisations en {render.number_word(len(ctx.study.axes))} axes : "
                + " ; ".join(f"{a.number}. {axis_title(ctx, a)}" for a in ctx.study.axes) + f" {out.sources.ref(*(a.citation for a in ctx.study.axes))}.")
    if re.search(r"\bcombien\b|\bnombre\b|\bhow many\b|\b\d+ (axes|preconisations|recommandations)\b", fold(plan.question)):  # "combien de préconisations ?", "4 axes ?"
        counts = _axis_sizes(ctx, out)
        out.add(
            f"L'étude formule {sum(counts.values())} préconisations réparties en {len(counts)} axes ("
            + ", ".join(f"axe {n} : {k}" for n, k in counts.items()) + f") {out.sources.ref(*(a.citation for a in ctx.study.axes))}."
        )
    if matches:  # "que dit l'étude sur la confidentialité des données ?": that recommendation first
        # "un comité d'éthique fait partie des recommandations ?": yes when the question names the item (all its
        # specific words, two of them, or a word only that item holds)
        # (not "la majorité des entreprises ont une charte ?": what companies have is the survey's, not a recommendation)
        of_companies = re.search(r"\b(entreprises|societes|boites|repondants|assisteurs)\b.*\b(ont|a|font|utilisent|manquent|disposent|possedent)\b", fold(plan.question))
        full = yes_no(plan.question) and not claimed and not of_companies and (all(m[1] for m in matches) or names_an_item(matches) or len(matches) == 1)
        said = " ; ".join(
            f"« {item.text} » (axe {axis.number}, {axis_title(ctx, axis)}) {out.sources.ref(axis.citation)}"
            for _, _, (axis, item) in matches
        )
        out.add(f"{'Oui : l' if full else 'L'}'étude recommande sur ce point : {said}.")
    if re.search(r"\b(aider par qui|qui peut (nous |m |les )?aider|se faire aider|aide exterieure|qui (finance|paie|paye))\b", text):
        opco = next(a for a in ctx.study.priority_actions if "OPCO" in a.text)  # "on peut se faire aider par qui ?"
        out.add(f"Action prioritaire n° {opco.number} : {opco.text} {out.sources.ref(opco.citation)}")
    # a priority action that says more on it than any recommendation ("le rôle de l'OPCO Atlas")
    hr_focus = plan.axis is None and bool(
        plan.jobs or re.search(r"\bexpos|\brh\b|\bpasserelle|\breconver|\bmobilite|\baccompagn", text)
    )
    actions = matched_items(plan.question, [(a.text, a) for a in ctx.study.priority_actions])
    if names_an_item(actions) and (not matches or actions[0][0] >= matches[0][0]):
        for _, _, action in actions[:1]:
            if not (hr_focus and action.number == 5):  # the HR action comes just below
                out.add(f"Action prioritaire n° {action.number} : {action.text} {out.sources.ref(action.citation)}")
    if hr_focus:
        # HR asking what to do for exposed jobs: the HR priority action and the training axis come first
        action = ctx.study.priority_actions[4]
        out.add(f"Action prioritaire n° {action.number} : {action.text} {out.sources.ref(action.citation)}")
        if not plan.jobs and re.search(r"\bquels? metiers\b|\blesquels\b|\bqui\b|\bquelles? populations?\b", text):
            most_exposed(ctx, out)
    if plan.topic == "axis-sizes":  # "lequel des axes compte le plus de points ?": that axis, then the others
        fewest = re.search(r"\b(le moins|moins de)\b", text)
        axis = (min if fewest else max)(ctx.study.axes, key=lambda a: len(a.items))
        counts = ", ".join(f"axe {n} : {k}" for n, k in _axis_sizes(ctx, out).items())
        out.add(
            f"L'axe {axis.number} ({axis_title(ctx, axis)}) compte le {'moins' if fewest else 'plus'} de préconisations : "
            f"{len(axis.items)} ({counts}) {out.sources.ref(*(a.citation for a in ctx.study.axes))}."
        )
        plan.axis = axis.number  # "et le dernier point de cet axe ?" follows it
    item = re.fullmatch(r"item-(\d+)", plan.topic or "")
    if item and plan.axis:  # "le dernier point de cet axe": that point, then its axis
        axis = next(a for a in ctx.study.axes if a.number == plan.axis)
        point = axis.items[int(item[1]) - 1]
        out.add(f"Point {point.number} de l'axe {axis.number} ({axis_title(ctx, axis)}) : « {point.text} » {out.sources.ref(axis.citation)}.")
    focus = [a for a in ctx.study.axes if a.number == (4 if hr_focus else plan.axis)]
    for axis in focus or ctx.study.axes:
        items = "\n".join(f"  {i.number}. {i.text}" for i in axis.items)
        out.add(f"**Axe {axis.number} : {axis_title(ctx, axis)}** {out.sources.ref(axis.citation)}\n{items}")
    if hr_focus:
        others = [a for a in ctx.study.axes if a.number != 4]
        out.add(
            "Les autres axes de préconisations : "
            + " ; ".join(f"axe {a.number}, {axis_title(ctx, a)} {out.sources.ref(a.citation)}" for a in others)
            + "."
        )
    out.add(f"{ctx.facts['rapport-complet'].statement} {out.sources.ref(ctx.facts['rapport-complet'].citation)}")


def most_exposed(ctx: Context, out: Composed) -> None:
    """ "quels métiers accompagner ?": the study names no job to support first; the most exposed are those of its
    table's top, per qualification."""
    table = out.sources.ref(ctx.tool.table_citation)
    lines = ["L'étude ne désigne pas de métiers à accompagner un par un ; les plus exposés de son tableau sont :"]
    for qualification, name in ((Qualification.EXPERT, "selon les experts métier"), (Qualification.PWC, "selon PwC")):
        ranking = ctx.tool.top(5, qualification)
        out.call("scoring.top", {"n": 5, "qualification": qualification.value}, ranking)
        names = ", ".join(f"{e.job} ({render.score(e.score)})" for e in ranking.entries)
        lines.append(f"- {name} : {names} {table}")
    out.add("\n".join(lines))


def asked_number(text: str, highest: int) -> int | None:
    """ "la 5e", "n°3", "la cinquième", "action 2": which item of a numbered list is asked for."""
    folded = fold(text)
    match = re.search(r"\b(?:n ?o?|numero|action(?: prioritaire)?|axe|la|le)\s*(\d)\s*(?:e|eme|er|ere)?\b|\b(\d)\s*(?:e|eme)\b", folded)
    number = int(match[1] or match[2]) if match else next((v for w, v in ORDINALS.items() if re.search(rf"\b{w}\b", folded)), None)
    return number if number is not None and 1 <= number <= highest else None


def priority_actions(ctx: Context, plan: Plan, out: Composed) -> None:
    heading = ctx.facts["actions-prioritaires"]
    wanted = asked_number(plan.question, len(ctx.study.priority_actions))
    folded = fold(plan.question)
    found = matched_items(plan.question, [(a.text, a) for a in ctx.study.priority_actions])[:2]
    if wanted is not None and found and yes_no(plan.question) and re.search(r"\b(c est|est|concerne|porte|parle|sur)\b", folded):
        # "le programme de certif c'est l'action prioritaire 6 ?": the action on that subject, against the number said
        action = found[0][2]
        verdict = "Oui : c'est" if action.number == wanted else f"Non : ce n'est pas la n° {wanted}, c'est"
        out.add(f"{verdict} l'action prioritaire n° {action.number} : {action.text} {out.sources.ref(action.citation)}")
    elif wanted is not None:  # "et la 5e ?": that one first, then the list it belongs to
        action = ctx.study.priority_actions[wanted - 1]
        out.add(f"L'action prioritaire n° {action.number} : {action.text} {out.sources.ref(action.citation)}")
    else:  # "lesquelles concernent les équipes RH ?": those first; "la charte, c'est dans les actions aussi ?": yes first
        # not "le rôle de l'OPCO ?"; "y en a une sur la GEPP ?" asks whether there is one
        stated = re.search(r"\b(est|sont|c est|fait partie|figure|parmi|aussi|bien)\b|\b(y en a|il y en a|y a t il|y a|il y a) (une|un|des)\b", folded)
        for i, (_, _, action) in enumerate(found):
            yes = "Oui : l" if i == 0 and yes_no(plan.question) and stated else "L"
            out.add(f"{yes}'action prioritaire n° {action.number} : {action.text} {out.sources.ref(action.citation)}")
    lines = [f"{heading.statement} {out.sources.ref(heading.citation)} :"]
    lines += [f"{a.number}. {a.text} {out.sources.ref(a.citation)}" for a in ctx.study.priority_actions]
    out.add("\n".join(lines))


def dialia(ctx: Context, plan: Plan, out: Composed) -> None:
    d = ctx.study.dialia
    ref = out.sources.ref(d.citation)
    links_asked = re.search(r"\b(lien|liens|site|adresse|url|link)\b", fold(plan.question))
    if links_asked:  # "t'as le lien ?": the links first
        out.add("Les liens que donne l'étude : " + " ; ".join(d.links) + f" {ref}")
    out.add(f"{d.description} {ref}")
    if not links_asked:
        out.add("Liens : " + " ; ".join(d.links))
    action = ctx.study.priority_actions[1]
    out.add(
        f"L'action prioritaire n° {action.number} va dans le même sens : {action.text} {out.sources.ref(action.citation)}"
    )


def sheets(ctx: Context, plan: Plan, out: Composed) -> None:
    s = ctx.study.sheets
    if re.search(r"\b(donne|liste|detaill?e?|quels|lesquels|c est quoi les|un par un|exemples?)\b.*\bcas d usages?\b|\bcas d usages?\b.*\b(pour|du|de la|des)\b"
                 r"|\busages?\b.*\b(pour|dans) (mon|ma|ce|son|notre|leur)\b|\bfaire quoi avec l ia\b", fold(plan.question)):
        out.add(
            "Le détail des cas d'usage de chaque fiche figure dans le rapport complet de l'étude, pas dans la synthèse "
            "que je consulte ; voici ce que contient une fiche de transformation."
        )
    if plan.topic == "horizon":  # "c'est pour quand tout ça ?": no date, the horizon the study does give
        five_years = next(part for sec in s.sections for part in sec.parts if "5 ans" in part)
        strong = ctx.profiles["En forte transformation"]
        out.add(
            "L'étude ne date pas ces changements : pour les métiers « En forte transformation », elle parle d'une évolution "
            f"« à moyen terme » {out.sources.ref(strong.citation)}, et les fiches de transformation des métiers cœur "
            f"décrivent un « {five_years} » {out.sources.ref(s.citation)}."
        )
    if plan.jobs and re.search(r"\bscenarios?\b|\bans\b|\bhorizon\b", fold(plan.question)):
        out.add(
            "Le scénario d'évolution d'un métier cœur figure dans sa fiche de transformation, dont le contenu détaillé est "
            "dans le rapport complet, pas dans la synthèse que je consulte."
        )
    asked = yes_no(plan.question) and (not plan.follow_up or re.search(r"\b(a|ont|en a|aur\w+|avons|avez|existe\w*|possede\w*|dispose\w*)\b", fold(plan.question)))
    if len(plan.jobs) > 1:  # "on a une fiche toutes les 2 ?": each job, the verdict for all of them first
        jobs = [ctx.tool.by_id[j] for j in plan.jobs]
        with_one = [j.job for j in jobs if j.core]
        every = len(with_one) == len(jobs)
        if every:
            said = f"{'les deux ont' if len(jobs) == 2 else 'tous ont'} une fiche de transformation"
        elif not with_one:
            said = f"{'aucun des deux' if len(jobs) == 2 else 'aucun'} n'a de fiche de transformation"
        else:
            said = f"seul {render.joined(with_one)} en a une"
        said = (("Oui : " if every else "Non : ") + said) if asked else said[0].upper() + said[1:]
        out.add(f"{said} (seuls les métiers cœur d'assistance en ont une) : "
                + " ; ".join(f"{j.job} : {'métier cœur, une fiche' if j.core else 'pas métier cœur, pas de fiche'}" for j in jobs) + ".")
    elif plan.jobs:  # "y a-t-il une fiche pour mon métier ?", "et pour le chargé de méthodes ?": that answer first
        job = ctx.tool.by_id[plan.jobs[0]]
        verdict = ("Oui : l" if job.core else "Non : l") if asked else "L"
        out.add(
            f"{verdict}e métier {job.job} a une fiche de transformation (c'est un métier cœur d'assistance)."
            if job.core
            else f"{verdict}e métier {job.job} n'a pas de fiche de transformation : ce n'est pas un métier cœur d'assistance, et seuls les métiers cœur en ont une."
        )
        job_reminder(ctx, plan, out)  # with its figures
    ref = out.sources.ref(s.citation)
    sections = "\n".join(f"- Section {sec.number} – {sec.title} : {', '.join(sec.parts)}" for sec in s.sections)
    out.add(
        f"{s.description} {ref}\n{sections}\nPriorisation des cas d'usage : {', '.join(s.use_case_priorities)}."
    )
    out.add(f"Les {len(s.jobs)} métiers cœur d'assistance qui ont une fiche : {', '.join(s.jobs)}.")
    out.add(
        "Le contenu détaillé des fiches (scénarios, cas d'usage) figure dans le rapport complet, non inclus ici."
    )


def figure(ctx: Context, plan: Plan, out: Composed) -> None:
    """ "58 %, ça correspond à quoi ?": where the study gives that share (survey findings, profile shares)."""
    value = int(plan.topic or 0)
    found = []
    for finding in ctx.study.maturity:
        if value in finding.percentages:
            found.append(f"un résultat de la consultation sur la maturité des entreprises : « {finding.statement} » {out.sources.ref(finding.citation)}")
    for profile in ctx.study.profiles:
        for who, share in (("PwC", profile.published_share_pwc), ("experts métier", profile.published_share_expert)):
            if share == value:
                found.append(
                    f"la part des métiers au profil « {profile.label} » selon la qualification {who} : "
                    f"« {profile.published_share_text} » {out.sources.ref(profile.citation)}"
                )
    if not found:
        out.add(f"L'étude ne publie pas de chiffre de {value} % : je ne peux pas dire à quoi il correspondrait.")
        return
    if len(found) == 1:
        out.add(f"{value} % est, dans l'étude, {found[0]}")
    else:
        out.add(f"{value} % apparaît plusieurs fois dans l'étude :\n" + "\n".join(f"- {f}" for f in found))


def key_figures(ctx: Context, plan: Plan, out: Composed) -> None:
    """ "les chiffres clés ?", "un résumé de l'étude en 5 points": the study in five points, each with its source
    (its scope, the profiles, the most exposed, the survey, what it recommends)."""
    stats = ctx.tool.stats()
    out.call("scoring.stats", {}, stats)
    table = out.sources.ref(ctx.tool.table_citation)
    core = sum(1 for j in ctx.study.jobs if j.core)
    shares = " ; ".join(
        f"« {p.label} » {p.published_share_pwc} % (PwC) et {p.published_share_expert} % (experts métier) {out.sources.ref(ctx.profiles[p.label].citation)}"
        for p in stats.profiles
    )
    tops = {}
    for q in (Qualification.PWC, Qualification.EXPERT):
        ranking = ctx.tool.top(1, q)
        out.call("scoring.top", {"n": 1, "qualification": q.value}, ranking)
        tops[q] = ranking.entries[0]
    survey = " ; ".join(f"{f.title} ({', '.join(f'{n} %' for n in f.percentages[:2])})" for f in ctx.study.maturity)
    refs = out.sources.ref(*(f.citation for f in ctx.study.maturity))
    axes = ", ".join(f"{a.number}. {axis_title(ctx, a)}" for a in ctx.study.axes)
    action = ctx.study.priority_actions[4]
    lines = [
        "L'étude en cinq points :",
        f"1. Elle évalue l'exposition à l'IA générative de {stats.total_jobs} métiers de la branche de l'assistance, dont {core} métiers cœur d'assistance {table}.",
        f"2. Elle les classe en 4 profils d'impact (parts publiées par l'étude) : {shares}.",
        f"3. Le plus exposé est {tops[Qualification.PWC].job} selon PwC ({render.score(tops[Qualification.PWC].score)}) et "
        f"{tops[Qualification.EXPERT].job} selon les experts métier ({render.score(tops[Qualification.EXPERT].score)}) {table}.",
        f"4. La consultation des sociétés d'assistance en retient six enseignements : {survey} {refs}.",
        f"5. Elle recommande d'agir sur 5 axes ({axes}) {out.sources.ref(*(a.citation for a in ctx.study.axes))}, dont, pour les salariés "
        f"les plus exposés : {action.text} {out.sources.ref(action.citation)}",
    ]
    out.add("\n".join(lines))
