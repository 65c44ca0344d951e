"""Steps that read a turn against the conversation: a reply to a choice, a place in the list in view, the job in view
and its attributes, the pair, a follow-up on the same topic."""

from __future__ import annotations

import re

from knowledge.schema import Qualification
from knowledge.text import fold
from scoring.models import JobFilter, JobQuery
from scoring.normalize import tokens
from scoring.render import CLOSE_ENOUGH
from search.analysis import analyze

from ...operations import operation
from ...plan import Conversation, Plan, SetAsk
from .. import claims, reading
from ..planner import METHODOLOGY_TOPICS, first_match, maturity_topic, profile_in, qualification_of
from ..records import GENERIC_STEMS, matched_items, names_an_item
from .base import Steps
from .topics import HANDOUT

PRONOUNS = r"\b(ses|son|sa|leur|leurs|elle|il|ils|elles|celle|celui|ca|cela|la \d\w*|le \d\w*)\b"

# "leur niveau d'exposition", "mon score", "ce qui le place à quel rang": an attribute of the job in view, by a
# possessive or an object pronoun (not the study's term: "le niveau d'exposition, c'est quoi ?")
ATTRIBUTE = r"(score|note|niveau|niveau d exposition|exposition|rang|place|position|classement|profil|categorie|classification)"
POSSESSED_ATTRIBUTE = (
    rf"\b(son|sa|ses|leur|leurs|mon|ma|notre|nos) {ATTRIBUTE}\b"
    r"|\b(le|la|l|me|m|nous) (place|placent|placait|classe|classent|classait|situe|situent|met|mettent|mettait|mettaient|positionne|positionnent|note|notent)\b"
    r"|\b(note|evalue|classe|qualifie|requalifie|revu|regarde)\w* (mon|ma|notre|son|sa|leur) (poste|metier|job)\b"
)
# "combien de métiers devant moi ?", "qui est juste au-dessus de lui ?": where the job in view stands
AROUND = r"\b(devant|derriere|au dessus de|en dessous de|au dessous de) (moi|lui|elle|nous|eux)\b|^(et )?de quel\w* (position|place|rang) a quel\w* (position|place|rang)\b"


class ConversationSteps(Steps):
    def answer_to_choice(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "je suis gestionnaire" → which one? → "des factures prestataires": the reply completes the title the
        question was about, or picks the one option whose title holds its words."""
        last = conversation.last
        folded = fold(text)
        # "je suis manager de proximité" → (a job) → "non, dans l'assistance, sur un plateau": a correction
        correction = (
            last is not None and last.intent == "job" and re.match(r"^(non|en fait|plutot|pas|dans|sur|chez|de|d)\b", folded)
            and not self.planner.jobs_in(text)[0]
        )
        chose = last is not None and ((last.intent == "clarify" and last.topic == "job") or last.intent == "ambiguous_job")
        if last is None or not (correction or chose) or plan.intent not in ("ambiguous_job", "absent_job", "retrieval", "job"):
            return None
        own = reading.own_title(last.question) or (fold(self.planner.tool.by_id[last.jobs[0]].job) if correction and last.jobs else None)
        if correction and own:
            fragment = re.sub(r"^(non|en fait|plutot|pas)\b[ ,]*", "", folded)
            whole = self.planner.tool.resolve(f"{own} {fragment}", nearest=False)
            if whole.status == "found" and whole.job_id and whole.job_id not in last.jobs:
                return Plan(intent="job", question=text, jobs=[whole.job_id], qualification=plan.qualification)
            return None
        if own:
            whole = self.planner.tool.resolve(f"{own} {text}", nearest=False)
            if whole.status == "found" and whole.job_id:
                return Plan(intent="job", question=text, jobs=[whole.job_id], qualification=plan.qualification)
        words = [w for w in tokens(text) if w not in ("celui", "celle", "ceux", "plutot", "lequel", "laquelle")]  # "celui de proximité, dans l'assistance"
        options = last.jobs or ([c.job_id for c in last.resolution.candidates] if last.resolution is not None else [])
        held = [j for j in options if words and all(w in tokens(self.planner.tool.by_id[j].job) for w in words)]
        # the option that holds the words and no other title word ("de proximité" is "Manager de proximité", not "… d'assistance")
        picked = sorted(held, key=lambda j: len(tokens(self.planner.tool.by_id[j].job)))[:1] if held else []
        if len(picked) == 1:
            return Plan(intent="job", question=text, jobs=picked, qualification=plan.qualification)
        # "celui des plateaux d'assistance": the one option that holds more of the reply's words than any other
        shared = sorted(((len(set(words) & set(tokens(self.planner.tool.by_id[j].job))), j) for j in options), reverse=True)
        if chose and len(shared) >= 2 and shared[0][0] >= 1 and shared[0][0] > shared[1][0]:
            return Plan(intent="job", question=text, jobs=[shared[0][1]], qualification=plan.qualification)
        return None

    def item_by_place(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et le deuxième ?", "la 3e, tu peux détailler ?", "et le dernier ?": that item of the list the last
        answer gave (jobs ranked or listed, axes, priority actions), by its place."""
        last = conversation.listed or conversation.last  # "et le premier … ?" then "et le deuxième ?": the same list
        axis = conversation.last is not None and conversation.last.intent == "recommendations" and conversation.last.axis is not None
        if axis and re.search(r"\b(point|item|element|recommandation|preconisation|mesure)s?\b|\bcet axe\b", fold(text)):
            last = conversation.last  # "le dernier point de cet axe": the axis just given, not an earlier list
        place = reading.ordinal_asked(text)
        if last is None or place is None or plan.intent in ("refusal", "out_of_scope") or self.planner.jobs_in(text)[0]:
            return None
        if last.intent == "priority_actions":
            actions = len(self.study.priority_actions)
            number = actions + 1 + place if place < 0 else place
            return last.model_copy(update={"question": f"action {number}", "follow_up": True}) if 1 <= number <= actions else None
        if last.intent == "recommendations" and last.axis is not None and re.search(r"\b(point|item|element|recommandation|preconisation|mesure)s?\b", fold(text)):
            items = len(next(a for a in self.study.axes if a.number == last.axis).items)  # "le dernier point de cet axe"
            number = items + 1 + place if place < 0 else place
            return Plan(intent="recommendations", question=text, axis=last.axis, topic=f"item-{number}", follow_up=True) if 1 <= number <= items else None
        if last.intent == "recommendations" and last.axis is None:
            number = len(self.study.axes) + 1 + place if place < 0 else place
            return Plan(intent="recommendations", question=text, axis=number, follow_up=True) if 1 <= number <= len(self.study.axes) else None
        rows = list(last.jobs if conversation.listed is not None else conversation.jobs)
        if conversation.listed is None and len(rows) < 2 and len(conversation.recent) >= 2 and place == 1 and not re.search(r"\b(famille|classement|liste|top)\b", fold(text)):
            rows = list(reversed(conversation.recent))  # "et le premier, il a changé de profil ?": the first talked about
        qualification = last.qualification
        if last.set_ask is not None and last.intent == "query":  # the whole ordered set, not only the first shown
            query = last.set_ask.query.model_copy(update={"n": None, "position": None})
            rows = [r.job_id for r in self.planner.tool.query(query).rows]
            if place < 0 and last.set_ask.query.n:  # "le dernier de la liste": of those shown, not of all 58
                # (of the least exposed, "le tout dernier" is the bottom of the table: the first shown)
                rows = rows[:1] if last.set_ask.query.order == "least" and place == -1 else rows[: last.set_ask.query.n]
                place = len(rows) + 1 + place
            qualification = query.qualification if not last.set_ask.both else "both"
        if plan.qualification != "both":  # "et le premier, il était où chez PwC ?"
            qualification = plan.qualification
        if not rows or abs(place) > len(rows) or len(rows) < 2 and place != 1:
            return None
        # topic "place": "et le dernier ?" names a place in the list, it claims nothing about the job's rank
        return Plan(intent="job", question=text, jobs=[rows[place - 1 if place > 0 else place]], qualification=qualification, follow_up=True, topic="place")

    def said_again(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "en français svp", "tu peux répéter ?": the last answer again (in French, as every answer is)."""
        if conversation.last is None or not re.fullmatch(
            r"(ok |merci |et )*(en francais|in french|repete\w*|tu peux repeter|redis le|reformule\w*)( (svp|stp|please|merci|le|la|moi|ca))*", fold(text)
        ):
            return None
        return conversation.last

    def records_topic_kept(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "lequel est le plus élevé ?" after the survey's findings, "le plus haut veut dire quoi ?" after the levels,
        "et chez les moins exposés ?" after what makes competences exposed: the same topic, not a ranking of jobs."""
        last = conversation.last
        folded = fold(text)
        if last is None or last.intent not in ("maturity", "levels", "exposure_findings") or len(folded.split()) > 9:
            return None
        if plan.intent in ("refusal", "out_of_scope") or self.planner.jobs_in(text)[0]:
            return None
        if re.search(r"\b(metiers?|postes?|jobs?|emplois?|familles?|scores?|classement|rang|top|experts?|pwc|recommand\w*|preconis\w*)\b", folded):
            return None  # jobs, or another topic
        if not re.search(r"\b(le|la|les) (plus|moins)\b|\b(lequel|laquelle|lesquels|lesquelles)\b", folded):
            return None
        if last.intent == "maturity":
            topic = "lowest" if re.search(r"\b(le|la) moins\b|\b(le|la) plus (bas|faible|petit)\w*", folded) else "highest"
            return Plan(intent="maturity", question=text, topic=topic, follow_up=True)
        return Plan(intent=last.intent, question=text, follow_up=True)

    def compared_with_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est plus que la chargée d'assistance ?", "l'animateur il a le même score que moi ?", "l'actuaire et lui ont
        le même score ?": the job named against the job in view (the speaker's own for "moi"), compared."""
        folded = fold(text)
        named = self.planner.jobs_in(text)[0]
        if len(named) != 1 or not conversation.jobs or plan.intent in ("refusal", "out_of_scope"):
            return None
        if re.search(r"^(et )?(compare\w*|par rapport|face) (a|au|aux|avec)\b", folded) and conversation.jobs[0] != named[0]:
            # "et comparé aux gestionnaires de dossiers ?": the job in view against the one named
            return Plan(intent="compare", question=text, jobs=[named[0], conversation.jobs[0]], qualification=plan.qualification, follow_up=True)
        same_job = re.search(r"\b(le )?meme (metier|poste|job)\b|\bla meme chose\b", folded)
        if same_job and conversation.jobs[0] != named[0]:  # "le formateur d'assistance, c'est le même métier ?"
            return Plan(intent="compare", question=text, jobs=[conversation.jobs[0], named[0]], qualification=plan.qualification, follow_up=True)
        compared = re.search(r"\b(plus|moins|aussi|autant|meme|pareil)\b.*\bque\b|\bmeme (score|profil|note|exposition|classement|rang)\b", folded)
        pointed = re.search(r"\bque (moi|nous|lui|elle)\b|\b(et|que) (moi|lui|elle|nous)\b|\b(lui|elle|moi) et\b|^(et )?(c est|il est|elle est|ca fait|c) (plus|moins|aussi)\b", folded)
        if not (compared and pointed):
            return None
        mine = re.search(r"\b(moi|nous|mon|ma)\b", folded)
        other = (conversation.mine() if mine else conversation.jobs[:1])[0]
        if other == named[0]:
            return None
        return Plan(intent="compare", question=text, jobs=[other, named[0]], qualification=plan.qualification, follow_up=True)

    def attribute_by_possessive(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "quel est leur niveau d'exposition ?", "et mon score exact chez les experts ?", "ce qui le place à quel
        rang ?": the card of the job in view (the speaker's own for "mon"), not the study's term of that name."""
        folded = fold(text)
        last = conversation.last
        after_neighbour = last is not None and (last.topic or "").startswith("neighbour:")
        neighbour = re.search(r"\bjuste (au dessus|devant|avant|au dessous|en dessous|derriere|apres)\b", folded) or (
            after_neighbour and re.fullmatch(r"(et )?(juste )?(au dessus|devant|avant|au dessous|en dessous|derriere|apres)( (de )?(lui|elle|moi|nous))?", folded)
        )  # "c'est qui juste devant moi ?" then "et derrière ?"
        if neighbour and conversation.jobs and not self.planner.jobs_in(text)[0]:
            # "et juste au-dessus de lui côté experts ?": the job one place away in that ranking
            which = plan.qualification if plan.qualification != "both" else (last.qualification if last and last.qualification != "both" else "pwc")
            mine = re.search(r"\b(moi|nous|je|j)\b", folded)
            base = last.topic.split(":", 1)[1] if after_neighbour and not re.search(r"\b(lui|elle)\b", folded) else (conversation.mine() if mine else conversation.jobs)[0]
            rank = self.planner.tool.by_id[base].exposure(Qualification(which)).rank
            step = -1 if re.search(r"\b(au dessus|devant|avant)\b", folded) else 1
            if 1 <= rank + step <= self.planner.tool.total:
                ask = SetAsk(query=JobQuery(qualification=which, position=rank + step, order="most"), outputs=["rank"])
                return Plan(intent="query", question=text, qualification=which, set_ask=ask, follow_up=True, topic=f"neighbour:{base}")
        same_profile = re.search(r"\b(meme|la meme) (categorie|profil|classification) que (moi|lui|elle|nous)\b", folded)
        if same_profile and conversation.jobs and not self.planner.jobs_in(text)[0]:
            # "qui d'autre est dans la même catégorie que moi chez les experts ?": the jobs of that profile
            job = self.planner.tool.by_id[(conversation.mine() if same_profile[3] in ("moi", "nous") else conversation.jobs)[0]]
            which = plan.qualification if plan.qualification != "both" else "pwc"
            query = JobQuery(filter=JobFilter(profile=job.exposure(Qualification(which)).classification), qualification=which)
            return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=SetAsk(query=query, outputs=["list"]), follow_up=True)
        core = re.search(r"\b(il|elle|lui|ca|c est|mon metier|ce metier|son metier|mon poste|ce poste|le mien|la mienne)\b.*\bcoeurs?\b|\bcoeurs?\b.*\b(mon metier|le mien|la mienne|lui|ce metier)\b", folded)
        if core and conversation.jobs and not self.planner.jobs_in(text)[0] and not re.search(
            r"\b(c est quoi|veut dire|signifie|definition|combien|lesquels|quels|seule?s?|top|liste|parmi|dedans|ces|eux)\b", folded
        ):  # (not "c'est le seul métier cœur de ce top 5 ?": the list in view)
            # "et il est cœur mon métier ?": a yes or no on the job in view (the speaker's for "mon")
            mine = re.search(r"\b(mon|ma|le mien|la mienne|je|j)\b", folded)
            return Plan(intent="job", question=text, jobs=conversation.mine() if mine else conversation.jobs[:1], qualification=plan.qualification)
        around = re.search(AROUND, folded)
        # "et l'autre, à quelle place ?": the other of the two in view (not "l'autre classement")
        other = (
            re.search(r"\bl autre\b(?! (classement|qualification|sens|cote|liste|famille|profil))", folded)
            and not re.search(r"\bd (un|une) \w+ a l autre\b|\bl (un|une) (a|ou|et) l autre\b", folded)  # "d'un classement à l'autre"
            and len(conversation.pair()) == 2
        )
        if other and conversation.jobs and not self.planner.jobs_in(text)[0] and re.search(rf"\b{ATTRIBUTE}\b|\bcombien\b|\bclasse\w*|\bou\b|^(et )?l autre\s*$", folded):
            rest = [j for j in conversation.pair() if j != conversation.jobs[0]] or conversation.pair()[1:]
            return Plan(intent="job", question=text, jobs=rest[:1], qualification=plan.qualification)
        if not conversation.jobs or plan.intent in ("refusal", "out_of_scope") or not (around or re.search(POSSESSED_ATTRIBUTE, folded)):
            return None
        if self.planner.jobs_in(text)[0] or not around and re.search(r"\b(metiers|familles?|lesquel\w*|tous|toutes|autres|pourquoi|comment|faire|recommand\w*|moyen\w*)\b", folded):
            return None  # other jobs, a set, or a reason asked
        last = conversation.last
        plural = re.search(r"\b(leur|leurs)\b", folded)
        if plural and last is not None and last.intent == "query":
            return None  # "leur score moyen ?" after a set: the set reader's
        if plural and len(conversation.jobs) >= 2:
            return Plan(intent="compare", question=text, jobs=conversation.jobs[:3], qualification=plan.qualification)
        mine = re.search(r"\b(mon|ma|mes|notre|nos|me|m|je|j|moi)\b", folded)
        return Plan(intent="job", question=text, jobs=conversation.mine() if mine else conversation.jobs[:1], qualification=plan.qualification)

    def relative_to_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "qui est encore moins exposé que moi ?", "lesquels sont plus exposés que lui ?": the jobs on one side of
        the job in view (the speaker's for "moi"), in the qualification asked (both when none is)."""
        folded = fold(text)
        side = re.search(r"\b(plus|moins) (expose|touche|impacte|menace|concerne)\w* que (moi|lui|elle|nous|mon metier|ce metier|le mien|la mienne)\b", folded)
        if not side or not conversation.jobs or self.planner.jobs_in(text)[0] or plan.intent in ("refusal", "out_of_scope"):
            return None
        job = self.planner.tool.by_id[(conversation.mine() if side[3] in ("moi", "nous", "mon metier", "le mien", "la mienne") else conversation.jobs)[0]]
        which = plan.qualification if plan.qualification != "both" else "pwc"
        score = job.exposure(Qualification(which)).score
        bounds = {"score_max": score, "score_below": True} if side[1] == "moins" else {"score_min": score, "score_above": True}
        query = JobQuery(filter=JobFilter(**bounds), qualification=which, order="most" if side[1] == "moins" else "least", n=5)
        return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=SetAsk(query=query, outputs=["rank"]), follow_up=True)

    def meaning_for_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "ça veut dire quoi 38e ?" after a job's card: where that place stands; "ça veut dire quoi concrètement ?",
        "what does that mean in practice?": the definition of the job's profile."""
        folded = fold(text)
        last = conversation.last
        if not conversation.jobs or last is None or last.intent not in ("job", "reassure_job") or self.planner.jobs_in(text)[0]:
            return None
        asks_meaning = re.search(r"\b(veut dire|veulent dire|signifie\w*|ca implique|c est a dire|mean|means)\b", folded)
        if not asks_meaning:
            return None
        if re.search(r"\b\d{1,2} ?(e|eme|er|ere)\b", folded):  # a place of the card
            return Plan(intent="job", question=text, jobs=conversation.jobs[:1], qualification=plan.qualification, topic="place")
        if re.fullmatch(r"(et |mais |ok |donc )?((ca|cela|that|it|ce profil|son profil|ce score) )?(veut dire|signifie|means?|does (that|it) mean)( quoi)?( (concretement|en pratique|in practice|pour moi|pour lui|pour nous))?( exactement)?"
                        r"|(et |mais |ok |donc )?(qu est ce que|que) (ca|cela|that) (veut dire|signifie)( (concretement|en pratique|in practice|pour moi|pour nous))?|(que veut dire|what does) (ca|cela|that|it)( mean)?( (concretement|en pratique|in practice|pour moi))?", folded):
            job = self.planner.tool.by_id[conversation.jobs[0]]
            which = plan.qualification if plan.qualification != "both" else "expert"
            return Plan(intent="profiles", question=text, profile=job.exposure(Qualification(which)).classification, qualification=plan.qualification)
        return None

    def count_of_another_profile(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "combien en forte transformation ?" → "et les émergents ?", "et le reste ?": the same count, another profile."""
        last = conversation.last
        folded = fold(text)
        counted = last is not None and (
            last.intent == "stats"
            or (last.intent == "query" and last.set_ask is not None and last.set_ask.query.filter.profile
                and {"share", "count"} & set(last.set_ask.outputs))
        )
        only_profile = last is not None and (last.intent == "stats" or (
            last.set_ask is not None and not (last.set_ask.query.filter.families or last.set_ask.query.filter.core is not None or last.set_ask.query.filter.job_ids)
        ))
        if counted and only_profile and re.search(r"^\s*(et )?(en )?(%|pourcentage|proportion)|^\s*(et )?(la|quelle) (part|proportion)\s*\??\s*$", text.lower()):
            # "et en % ?" after a count: the same count, as shares
            if last.intent == "stats":
                return Plan(intent="stats", question=text, profile=last.profile, qualification=last.qualification, follow_up=True)
            ask = last.set_ask.model_copy(update={"outputs": ["share"], "claimed_share": None, "both": True})
            return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)
        if not counted or len(folded.split()) > 8 or not re.match(r"^(et|puis|mais)\b", folded) or re.search(r"\d", folded):
            return None
        profile = profile_in(folded)
        if profile is None and not re.search(r"\b(le reste|autres profils|tous les profils)\b", folded):
            return None
        qualification = plan.qualification if plan.qualification != "both" else last.qualification
        if last.intent == "query" and last.set_ask is not None and profile:  # the share asked again, of another profile
            query = last.set_ask.query.model_copy(update={"filter": last.set_ask.query.filter.model_copy(update={"profile": profile})})
            ask = last.set_ask.model_copy(update={"query": query, "claimed_share": None})
            return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)
        return Plan(intent="stats", question=text, profile=profile, qualification=qualification, follow_up=True)

    def place_of_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "je suis où dans le classement ?", "il se situe où ?": the place of the job in view (the speaker's own for "je")."""
        folded = fold(text)
        if conversation.own and re.fullmatch(r"(et|mais) (moi|nous)( alors| donc| dans tout ca)?", folded):
            return Plan(intent="job", question=text, jobs=[conversation.own], qualification=plan.qualification)  # "et moi ?"
        if not conversation.jobs or self.planner.jobs_in(text)[0] or not re.search(
            r"\b(je suis|on est|il est|elle est|je me (situe|place|classe)|il se (situe|place|classe)|elle se (situe|place|classe)|on se situe|mon metier est)"
            r" (ou|a quelle place|a quel rang|classee?s? (ou|comment)|place\w* (ou|comment))\b", folded
        ):
            return None
        jobs = conversation.mine() if re.search(r"\b(je|on|mon)\b", folded) else conversation.jobs[:1]
        return Plan(intent="job", question=text, jobs=jobs, qualification=plan.qualification)

    def close_to_the_absent_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "donc je suis proche de quoi ?" after a job the study lacks: the close study jobs, side by side."""
        last = conversation.last
        if last is None or last.intent != "absent_job" or last.resolution is None or not re.search(
            r"\bproches?\b|\bressembl\w*|\bequivalent\w*|\ble plus pres\b|\bcorrespond\w*", fold(text)
        ):
            return None
        close = [c.job_id for c in last.resolution.candidates if c.score >= CLOSE_ENOUGH][:3]
        if len(close) >= 2:
            return Plan(intent="compare", question=text, jobs=close, qualification=plan.qualification)
        return Plan(intent="job", question=text, jobs=close, qualification=plan.qualification) if close else None

    def sheet_of_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et lui, il a une fiche de transformation ?": whether the job in view has one (only the core jobs do)."""
        folded = fold(text)
        if (
            not conversation.jobs
            or not re.search(r"\bfiches?\b", folded)
            or re.search(HANDOUT, folded)
            or self.planner.jobs_in(text)[0]
            or not re.search(r"\b(il|elle|lui|son|sa|mon|ma|ce metier|celui ci|celle ci|a t il|a t elle)\b", folded)
        ):
            return None
        return Plan(intent="sheets", question=text, jobs=conversation.jobs[:1])

    def recommendation_follow_up(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et dans les recommandations ?" after "quel rôle a l'OPCO Atlas ?": the recommendations on that subject."""
        last = conversation.last
        folded = fold(text)
        refers = re.search(r"\b(pour (ca|cela)|face a (ca|cela)|a ce sujet|la dessus|sur ce point|pour y remedier)\b", folded)
        if plan.intent != "recommendations" or last is None or not (re.match(r"^(et|and|mais|puis)\b", folded) or refers):
            return None
        if set(analyze(text)) - GENERIC_STEMS - {"recommand", "preconis", "recommandation", "ca", "cela", "sujet", "remedi"} and not refers:
            return None  # it names its own subject
        return plan.model_copy(update={"question": f"{last.question} {text}"})

    def attribute_of_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "il a quel profil ?", "et son score ?", "elle est à quelle place ?": the job the last answer was about."""
        folded = fold(text)
        if conversation.jobs and plan.intent in ("retrieval", "absent_job") and re.search(r"\b(quelle|c est quoi (la|sa|leur)|de quelle|dans quelle) famille\b", folded):
            return Plan(intent="job", question=text, jobs=conversation.jobs[:1], qualification=plan.qualification)  # the card says it
        if (
            not conversation.jobs
            or plan.intent not in ("retrieval", "absent_job", "ambiguous_job")
            or len(re.sub(r"^(et )?(est ce que?|dis moi)\s*", "", folded).split()) > 8
            or re.search(r"\bqui\b|\b(quels|quelles) (autres|metiers|postes)\b|\blesquel\w*|\bautres?\b", folded)  # "ça concerne qui d'autre ?": other jobs
            or not re.search(r"\b(il|elle|son|sa|ses|lui|celui ci|celle ci|ce metier|ce poste|mon|ma|mes|on|nous|notre|je|j|ca|cela|leur|leurs)\b|^et en \w+$", folded)
            or not re.search(
                r"\b(profil|score|note|rang|position|place|classement|class\w*|expos\w*|coeur|famille|qualification|touche\w*|impact\w*"
                r"|concerne\w*|combien|chang\w*|bouge\w*|monte\w*|baisse\w*|experts?|pwc|menace\w*|risque\w*)\b",
                folded,
            )
        ):
            return None
        mine = re.search(r"\b(mon|ma|mes|on|nous|notre|je|j|moi)\b", folded)
        if re.search(r"\b(leur|leurs|les deux|tous les deux)\b", folded) and len(conversation.pair()) >= 2:
            return Plan(intent="compare", question=text, jobs=conversation.pair(), qualification=plan.qualification, follow_up=True)
        return Plan(intent="job", question=text, jobs=conversation.mine() if mine else conversation.jobs[:1], qualification=plan.qualification)

    def title_completed_by_the_context(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et l'animateur ?" after the Gestionnaire de réseau prestataires: the one study title that holds the word
        and is akin to the job in view (same family or a shared title word), not an absent job."""
        if plan.intent != "absent_job" or plan.resolution is None or not conversation.jobs or len(fold(text).split()) > 5:
            return None
        tool = self.planner.tool
        words = set(tokens(plan.resolution.query)) - tool.resolver.generic
        holding = [job for job in tool.jobs if words and words <= set(tokens(job.job))]
        if len(holding) != 1:
            return None
        found, in_view = holding[0], tool.by_id[conversation.jobs[0]]
        akin = found.family_code == in_view.family_code or (set(tokens(found.job)) & set(tokens(in_view.job))) - tool.resolver.generic
        if found.id == in_view.id or not akin:
            return None
        return Plan(intent="job", question=text, jobs=[found.id], qualification=plan.qualification)

    def both_scores_of_the_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "0,37 ou 0,86, faut savoir !!", "donc qui a raison ?": the job in view's two scores, and why they differ."""
        if not conversation.jobs or plan.intent in ("refusal", "out_of_scope"):
            return None
        card = self.planner.tool.card(conversation.jobs[0])
        scores = {f"{m[1]},{m[2]:0<2}" for m in re.finditer(r"\b([01])[,.](\d{1,2})\b", text)}
        theirs = {f"{card.pwc.score:.2f}".replace(".", ","), f"{card.expert.score:.2f}".replace(".", ",")}
        if (len(scores) == 2 and scores == theirs) or (plan.intent == "methodology" and re.search(r"\bqui a raison\b|\bcroire\b", fold(text))):
            return Plan(intent="methodology", question=text, topic="qualifications", jobs=conversation.jobs[:1], follow_up=True)
        return None

    def same_records_topic(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et les formations courtes ?" after survey findings: another finding of the same survey, not the
        training recommendations the word would otherwise bring."""
        last = conversation.last
        folded = fold(text)
        if last is None or len(folded.split()) > 10 or plan.intent in ("refusal", "out_of_scope", "dialia", "handout"):
            return None  # (a topic the message names itself: "et pour le dialogue social, y a un outil ?")
        if last.intent == "maturity" and re.match(r"(celui|celle|le|la) (sur|des|du|de la)\b", folded) and (topic := maturity_topic(folded)):
            return Plan(intent="maturity", question=text, topic=topic, follow_up=True)  # "celui sur les pilotes, plus en détail ?"
        # "combien ont des pilotes ?" in a conversation about the survey: another of its findings
        unsaid = plan.intent in ("retrieval", "absent_job", "ambiguous_job") and len(folded.split()) <= 6
        if not (re.match(r"^(et|and|mais|puis|du coup|donc|alors|ok)\b", folded) or unsaid):
            return None
        if last.intent in ("recommendations", "priority_actions") and re.match(r"^(et|mais|puis)\b", folded) and not self.planner.jobs_in(text)[0]:
            # "et pour les managers ?" after the training recommendations: those that name them
            items = self.items
            actions = matched_items(text, self.actions)
            if names_an_item(actions) or actions and not matched_items(text, items):
                return Plan(intent="priority_actions", question=text, follow_up=True)  # "et l'OPCO dans tout ça ?"
            if names_an_item(matched_items(text, items)) or matched_items(text, items) and len(folded.split()) <= 5:
                return Plan(intent="recommendations", question=text, follow_up=True)
        if last.intent in ("maturity", "figure") and not re.search(r"\brecommand\w*|\bpreconis\w*|\bconseill\w*", folded) and (topic := maturity_topic(folded)):
            return Plan(intent="maturity", question=text, topic=topic, follow_up=True)
        unread = plan.intent in ("retrieval", "absent_job", "ambiguous_job")
        if last.intent == "methodology" and unread and (topic := first_match(folded, METHODOLOGY_TOPICS)):
            return Plan(intent="methodology", question=text, topic=topic, follow_up=True)
        return None

    def claim_on_the_conversation_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est le plus bas de l'étude ?" about the job of the conversation: a claim to check on its card."""
        # "donc si je comprends bien je passe de …": the hedge is no part of the claim
        folded = re.sub(r"\s+", " ", re.sub(r"\b(si je comprends bien|si j ai bien compris|en gros|du coup|en fait|bref|franchement)\b", " ", fold(text))).strip()
        alone = re.fullmatch(r"\s*[01][,.]\d\d\s*(\?!+|!+\??)\s*", text)  # "0,82 ?!": the figure of the job in view, surprised
        bare = ("??" not in text and "?!" not in text or alone) and re.fullmatch(r"((ah|oh|bah|ben|quand meme|donc|alors|wow|waouh|hein|ok) )*(\d{1,2} ?(e|eme|er)|[01] \d\d)( sur (58|combien))?( (chez|selon) (pwc|les experts))?( (alors|donc|quand meme|vraiment))?"
                                                           r"(?P<size> (c est|c|ca fait|ca reste) (beaucoup|peu|enorme|grave|bien|normal|haut|bas|eleve|faible|pas mal)( non)?)?", folded)
        size_first = re.fullmatch(r"(et |mais |donc )?(c est|ca fait|c) (beaucoup|peu|enorme|eleve|haut|bas|faible|pas mal|grave) ([01]) (\d\d?)( ou pas| non)?", folded)
        if size_first and conversation.jobs:  # "c'est beaucoup 0,6 ?": where that score would stand
            value = float(f"{size_first[4]}.{size_first[5]:0<2}")
            card = self.planner.tool.card(conversation.jobs[0])
            if value not in (card.pwc.score, card.expert.score):
                ask = SetAsk(query=JobQuery(filter=JobFilter(score_min=value)), outputs=["count"], both=True)
                return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=ask, follow_up=True, topic="place")
            return Plan(intent="job", question=text, jobs=conversation.jobs[:1], follow_up=True, qualification=plan.qualification, topic="place")
        if conversation.jobs and bare and plan.intent not in ("refusal", "out_of_scope"):  # "ah quand même… 3e sur 58 ?"
            # "0,49 c'est beaucoup ?" asks where it stands (no claim to check); "3e sur 58 ?" checks the figure
            return Plan(intent="job", question=text, jobs=conversation.jobs[:1], follow_up=True, qualification=plan.qualification,
                        topic="place" if bare["size"] or "combien" in folded else None)
        if (
            conversation.jobs
            and claims.yes_no(text)
            and re.match(
                r"^(et |donc |alors |mais )?((mon|ma) (chef|manager|collegue|responsable|rh)|on|ils?) (m a )?(dit|dis|disent|pretend\w*|affirme\w*) (que |qu )?"
                r"|^(et |donc |alors |mais )?(c est|ce n est|ca|il|elle|on|mon metier|mon score|son metier|ce metier|le metier|je suis|j ai|je passe|je suis passe|on passe|il passe|je fais partie|on fait partie|je reste|il reste|elle reste|on reste|je suis toujours|il est toujours)\b",
                folded,
            )
            and plan.intent not in ("refusal", "out_of_scope", "sheets", "recommendations", "priority_actions", "maturity", "dialia")
            and not re.search(r"(?<!quand )\bmeme\b|\bdeux\b(?! qualifications)|\btous\b|\bfamille\b|\bcoheren\w*|\bcorrespond\w*|\bconforme\w*|\bcoll(e|ent|er)\b", folded)
            and not reading.worried(text)
            and not self.planner.jobs_in(text)[0]
            and not (re.search(r"\brecord\b", folded) and conversation.last is not None and conversation.last.set_ask is not None)
            and not re.search(r"\b(ce top|cette liste|la liste|parmi (ce|ces|cette|eux|elles|la liste)|dedans|de ces|ces \d+)\b", folded)  # the list in view, not its last job
        ):
            mine = re.search(r"\b(on|je|j|mon|ma)\b", folded)  # "on est tranquilles alors ?", "mon chef dit que mon score…"
            return Plan(intent="job", question=text, jobs=conversation.mine() if mine else conversation.jobs[:1], follow_up=True, qualification=plan.qualification)
        return None

    def the_two_compared(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "compare les deux", "et entre eux ?": the two jobs the conversation is about."""
        folded = fold(text)
        # "lequel des deux l'est le plus ?" (the set reader takes "lequel des deux est le plus exposé ?")
        which_more = not re.search(r"\b(expos|touch|impact|concern|menac)\w*", folded) and re.search(r"\b(lequel|laquelle|qui)\b.*\b(des deux|de nous deux|d entre eux|des 2)\b.*\b(le plus|le moins)\b|\b(lequel|laquelle)\b.*\b(le plus|le moins)\b.*\b(des deux|de nous deux|des 2)\b", folded)
        if re.search(r"\b(pour|de) (chacun|chacune|les deux)\b", folded) and re.search(r"\b(ecart|evolution|difference|places?|rangs?|scores?)\b", folded) and len(conversation.pair()) == 2 and not self.planner.jobs_in(text)[0]:
            return Plan(intent="compare", question=text, jobs=conversation.pair(), qualification=plan.qualification, follow_up=True)  # "l'écart de places pour chacun ?"
        if (
            (re.search(r"\b(compar\w*|versus|vs|difference|ecart)\b", folded) or which_more)  # "lequel des deux l'est le plus ?"
            and re.search(r"\b(les deux|ces deux|eux deux|entre eux|les 2|ces 2|des deux|de nous deux|des 2)\b", folded)
            and not self.planner.jobs_in(text)[0]
            and len(conversation.pair()) == 2
            and not re.search(r"\b(places?|rangs?|bouge|progress\w*|recul\w*|gagn\w*|perdu|monte|baisse)\b", folded)  # a move: the set reader's
        ):
            return Plan(intent="compare", question=text, jobs=conversation.pair(), qualification=plan.qualification, follow_up=True)
        return None

    def the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "de combien de points a baissé son score ?" after one job was named: that job, not a set of jobs."""
        # "combien y en a-t-il ?": an impersonal "il", no job
        folded = re.sub(r"\b(y en a|y a) t il\b|\bfaut il\b", " ", fold(text))
        if reading.worried(text):
            return None  # "donc il va disparaître ?": the worry reader's
        last = conversation.last
        ranked = last is not None and last.set_ask is not None and "rank" in last.set_ask.outputs  # its first is "the one"
        if (
            not (len(conversation.jobs) == 1 or (conversation.jobs and ranked))
            or (last is not None and operation(last.intent).route == "records" and last.intent != "methodology")  # "combien ?" after the sheets
            or plan.intent not in ("changes", "query", "ranking", "stats", "retrieval", "absent_job", "ambiguous_job", "job")
            or self.planner.jobs_in(text)[0]
            or not (
                re.search(r"\b(son|sa|ses|il|elle|lui|ce metier|celui ci|celle ci)\b", folded)
                or re.fullmatch(r"(et )?(\w+ )?(de )?combien( de (places|points|rangs))?( en tout| au total| exactement)?", folded)  # "baissé de combien ?"
            )
            or re.search(r"\b(metiers|lesquels|lesquelles|ils|elles|eux|tous|toutes|familles?|les (plus|moins))\b", folded)
        ):
            return None
        return Plan(intent="job", question=text, jobs=conversation.jobs[:1], qualification=plan.qualification)

    def same_topic(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et ses livrables ?", "et la 5e ?", "elle vise qui ?": the last topic of the study, asked further."""
        last = conversation.last
        folded = fold(text)
        if (
            last is not None
            and plan.intent in ("absent_job", "retrieval", "ambiguous_job")
            and operation(last.intent).route == "records"
            and last.intent not in ("reassure", "clarify", "figure")
            and not (re.search(r"\b(et )?(moi|nous)\b", folded) and conversation.own and conversation.own not in last.jobs)  # "et moi ?": the speaker's job
            and (
                plan.intent != "retrieval" or re.search(PRONOUNS, folded) or (folded.startswith("et ") and len(folded.split()) <= 4)
                or re.fullmatch(r"(et )?(combien|lesquel\w*|quand|qui|comment|c est quand|depuis quand|c est pour qui|pour qui|ca sert a quoi|ca vise qui|elle vise qui)( ca| donc| alors)?", folded)
            )
            and (re.match(r"^(et|mais|puis|alors|ok|donc)\b", folded) or len(folded.split()) <= 5)
        ):
            return last.model_copy(update={"question": f"{last.question} {text}", "follow_up": True})
        return None

    def search_in_context(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et que contient-elle ?", "et qu'est-ce qui restera humain ?": a follow-up left to passage search is
        searched alone, then, if that finds nothing, with the question it follows, whose words name its topic."""
        last = conversation.last
        folded = fold(text)
        if (
            last is None
            or plan.intent != "retrieval"
            or len(folded.split()) > 9
            or not (re.match(r"^(et|mais|puis|alors|and|ok)\b", folded) or re.search(PRONOUNS, folded))
        ):
            return None
        return plan.model_copy(update={"earlier": last.question, "follow_up": True})

    def the_set_in_view_named(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "citez-les", "classez-les par score experts, du plus au moins exposé": the set in view, listed or in order."""
        last = conversation.last
        folded = fold(text)
        # "citez-les", "classez-les du plus au moins exposé": the set in view, listed or in order
        named = re.fullmatch(r"(et |ok |alors |bon )?(cite|liste|donne|nomme|enumere|montre|classe|range|ordonne|trie)[rz]?( moi)? les( moi)?( tous)?( .{0,60})?", folded) or re.fullmatch(
            r"(et |ok |alors |bon )?((tu peux|peux tu|vous pouvez|pouvez vous) )?(me |nous )?(les |le |la )?(classe|range|ordonne|trie)[rz]?( moi)?( les)?( .{0,60})?", folded
        )  # "tu peux me le classer dans l'autre sens ?"
        again = re.fullmatch(r"(et |ok |alors |bon )?(rappelle|redonne|remets|liste|cite|donne|enumere|resume)[rz]?( moi)? les( moi)?( (tous|toutes|une ligne|chacun|chacune|en bref|stp|svp|encore|a nouveau))*", folded)
        if last is not None and again and last.intent in ("maturity", "priority_actions", "recommendations", "profiles", "levels", "exposure_findings"):
            return last.model_copy(update={"question": text, "follow_up": True})  # "rappelle-les tous, une ligne chacun"
        if last is not None and named and last.set_ask is not None and last.intent == "query":
            ordered = re.search(r"\b(classe|range|ordonne|trie)[rz]?\b", folded)
            query = last.set_ask.query.model_copy(update={"n": None, "position": None})
            if ordered:
                which = qualification_of(folded)
                query = query.model_copy(update={"order": "least" if re.search(r"\bdu moins\b|\bautre sens\b|\ba l envers\b|\binverse\b", folded) else "most",
                                                 "qualification": which if which != "both" else query.qualification})
            ask = last.set_ask.model_copy(update={"query": query, "outputs": ["rank"] if ordered else ["list"], "claimed_share": None, "claimed_profile": None})
            return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)
        return None

    def member_of_the_set_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "le gestionnaire de réseau aussi, non ?", "et le juriste, il en fait partie ?" after a set of jobs: whether
        the jobs named are in it."""
        last = conversation.last
        folded = fold(text)
        if last is None or len(folded.split()) > 12 or plan.intent in ("refusal", "out_of_scope"):
            return None
        if last.intent == "changes":  # the jobs that changed profile, as a set
            last = last.model_copy(update={"set_ask": SetAsk(query=JobQuery(filter=JobFilter(moved="profile_changed")))})
        elif last.intent in ("stats", "profiles") and last.profile:  # "le technicien informatique en fait partie, non ?"
            last = last.model_copy(update={"set_ask": SetAsk(query=JobQuery(filter=JobFilter(profile=last.profile)), both=True)})
        elif last.intent != "query" or last.set_ask is None:
            return None
        f = last.set_ask.query.filter
        if not (f.families or f.profile or f.core is not None or f.moved or f.score_min is not None or f.score_max is not None):
            return None  # a ranking of all 58 is no set to be in ("les experts ont requalifié les data analysts aussi ?")
        if re.search(r"\b(requalifi|revu|reevalu|reexamin)\w*", folded):
            return None
        if not re.search(r"\b(aussi|egalement|en fait partie|en font partie|fait partie|font partie|dedans|dans (la|cette|ta|votre) liste|dans le lot|parmi (eux|elles|ces)|inclus|too|also)\b", folded):
            return None
        named = self.planner.jobs_in(text)[0]
        if not named or set(named) <= set(last.jobs) and not re.search(r"\b(aussi|egalement|too|also)\b", folded):
            return None
        ask = last.set_ask.model_copy(update={"outputs": ["member"], "members": named[:3], "claimed_share": None, "claimed_profile": None, "nth": None})
        return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)

    def which_ones(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "lesquels ?" after counts by profile or the profile changes: the jobs behind that count."""
        last = conversation.last
        folded = fold(text)
        count = re.fullmatch(r"(et )?(combien|combien en tout|combien au total|combien y en a t il|combien sont ils|ca fait combien|how many)", folded)
        if last is not None and last.intent == "changes" and count:
            return Plan(intent="query", question=text, set_ask=SetAsk(query=JobQuery(filter=JobFilter(moved="profile_changed")), outputs=["count"]))
        named = re.fullmatch(r"(et |ok |alors |bon )?(cite|liste|donne|nomme|enumere|montre)[rz]?( moi)? les( moi)?( tous)?", folded)
        if named and last is not None and last.intent == "stats" and last.profile:
            folded = "lesquels"
        if last is None or not re.fullmatch(r"(et )?(lesquels|lesquelles|lesquels sont ce|qui|quels metiers|c est qui|which ones)", folded):
            return None
        if last.intent == "stats" and last.profile:
            return Plan(intent="query", question=text, set_ask=SetAsk(query=JobQuery(filter=JobFilter(profile=last.profile)), outputs=["list"], both=True))
        if last.intent == "changes":
            return Plan(intent="query", question=text, set_ask=SetAsk(query=JobQuery(filter=JobFilter(moved="profile_changed")), outputs=["list"]))
        return None

    def slots_replaced(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et chez les experts ?", "même question pour la famille RH", "et les 10 derniers ?", left unread by the
        steps before: the last reading with the slots this turn names in place of its own (see ``ellipsis``)."""
        last = conversation.last
        # "et dans la famille gestion d'assistance ?" after "y a des métiers cœur dans la famille RH ?": the same
        # question of another family, before the set reader takes it as a new set
        opened = re.match(r"(et|mais|pour|chez|selon|idem|meme question|pareil)\b", fold(text))
        if last is None or not (opened or plan.intent in ("retrieval", "absent_job", "ambiguous_job")):
            return None
        slots = self.ellipsis.slots(text, self.planner.jobs_in(text)[0])
        return self.ellipsis.replaced(last, slots, text) if slots else None
