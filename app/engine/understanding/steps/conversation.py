"""Steps that read a turn against the conversation: a reply to a choice, a place in the list in view, the set in view
(named again, a member of it, another profile's count), a follow-up on the same topic, the slots a turn replaces."""

from __future__ import annotations

import re

from knowledge.text import fold
from scoring.models import JobFilter, JobQuery
from scoring.normalize import tokens
from search.analysis import analyze

from ...operations import operation
from ...plan import Conversation, Plan, SetAsk
from .. import claims, reading
from ..planner import METHODOLOGY_TOPICS, first_match, maturity_topic, profile_in, qualification_of
from ..records import GENERIC_STEMS, acronyms_held, matched_items, matched_items_unaccented, names_an_item
from ..sets import NUMBER_WORDS, _position, set_shown
from .base import GAVE_UP, Steps

# Readings of a topic of the study, which do not depend on who asks
TOPIC_INTENTS = frozenset({"recommendations", "priority_actions", "maturity", "methodology", "facts", "dialia", "sheets", "profiles",
                           "levels", "exposure_findings", "key_figures"})

# What a turn asks of its own beside the slots it names: why, how, what a word means, a share or a score quoted.
SALVAGE_UNSAFE = (r"\b(pourquoi|comment|quand|veut dire|c est quoi|signifi\w*|defini\w*|explique\w*|why|how|mean\w*|"
                  r"recommand\w*|preconis\w*|formation\w*|faire|fait|faut)\b")

COUNT_WORDS = "|".join(claims.COUNTS)

# A judgement asked of what was just said, with no subject of its own.
JUDGEMENT = (
    r"((et|mais|donc|bon|ok|alors) )*((c est|ca fait|ca reste|ca parait|c) ((plutot|vraiment|pas|trop|assez|tres) )*"
    r"(bien|beaucoup|peu|grave|normal|bon|mauvais|inquietant|rassurant|positif|negatif|faible|eleve|avance|en retard)( ou (pas|non|mal|peu|beaucoup))?"
    r"|alors|et alors|donc|ca veut dire quoi|qu est ce que ca veut dire|ce qui veut dire|en clair|bref)( (du coup|alors|donc|quoi|non|finalement|pour le secteur))*"
)
SURVEY_TOPICS = ("maturity", "figure")
PRONOUNS = r"\b(ses|son|sa|leur|leurs|elle|il|ils|elles|celle|celui|ca|cela|la \d\w*|le \d\w*)\b"


# A job picked by its place in the list in view, at the head of a turn ("le premier, il …", "et le 3e, …").
PICKED = (r"(?i)^\s*(et |mais |donc |ok |alors )?(le |la |l['’ ]\s*)(tout )?(premier|première|premiere|dernier|dernière|derniere|avant[- ]dernier|deuxième|deuxieme|"
          r"troisième|troisieme|second|seconde|\d{1,2}\s*(e|ème|eme|er|ère))\b( de la liste| du classement)?\s*[,:]?\s*")
# "les 5 suivants", "les trois d'avant": how many more rows of a ranking
NEXT_COUNT = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + ")"

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

    def family_chosen(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "les fonctions support ?" → which family? → "je pensais plutôt au juridique / conformité": the jobs of the
        family the reply names, not a job whose title holds one of its words."""
        last = conversation.last
        if last is None or last.intent != "clarify" or last.topic not in ("family", "support"):
            return None
        codes = self.families.codes(text, loose=True)[0]  # a family asked for: its own words count alone
        if last.topic == "support" and not codes:  # "celle avec pilotage", "l'organisation": one of the two support families
            codes = ["12"] if re.search(r"\b(pilotage|projets?)\b", fold(text)) else ["03"] if re.search(r"\borganisation\b", fold(text)) else []
        if len(codes) != 1:
            return None
        listed = self._read(f"les métiers de la famille {codes[0]}", Conversation())
        return listed.model_copy(update={"question": text, "follow_up": True}) if listed.intent == "query" else None

    def link_asked(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "t'as le lien ?", "le site c'est quoi ?" after DIAL-IA or the actions that point to it: its links (the
        study gives them). Elsewhere the link asked is read as any question (the full report's, the observatory's)."""
        folded = fold(text)
        if not re.search(r"\b(lien|liens|site|site web|adresse|url|link)\b", folded) or self.planner.jobs_in(text)[0] or len(folded.split()) > 10:
            return None
        last = conversation.last
        if re.search(r"\bdial", folded) or (last is not None and last.intent in ("dialia", "priority_actions")):
            return Plan(intent="dialia", question=text, follow_up=True)
        return None

    def count_of_the_list_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "ça fait 9 mesures ?" after an axis, "il y en a 6 c'est ça ?" after the priority actions: the same list,
        its count checked (``answer_first``), not the job in view."""
        last = conversation.last
        the_findings = last is not None and last.intent == "maturity" and last.topic is None  # the survey's findings, all of them
        if last is None or not (last.intent in ("priority_actions", "recommendations", "profiles") or the_findings) or plan.intent in ("refusal", "out_of_scope"):
            return None
        folded = fold(text)
        # ("combien d'actions dedans ?", "y a combien de mesures là-dedans ?": its size asked)
        asked = re.search(claims.LIST_COUNT_ASKED, folded) and not re.search(r"\bmetiers?\b|\bfamilles?\b|%|\baxe \d\b", folded)
        if not (re.search(claims.COUNT_OF_IT, folded) and claims.yes_no(text) or asked) or self.planner.jobs_in(text)[0]:
            return None
        # "et les actions prioritaires, y en a 5 aussi ?" after the axes: another list, named
        nouns = {"priority_actions": r"actions?", "recommendations": r"axes?|recommandations?|preconisations?|mesures?|points?", "profiles": r"profils?",
                 "maturity": r"enseignements?|constats?"}
        inside = re.search(r"\b(dedans|la dedans|dans cet axe|dans celui ci|dans cette liste)\b", folded)  # "combien d'actions dedans ?": this list's
        if not inside and any(re.search(rf"\b({pattern})\b", folded) for intent, pattern in nouns.items() if intent != last.intent):
            return None
        return last.model_copy(update={"follow_up": True})  # the same answer again, the count checked first

    def jobs_of_the_profile_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "on est combien de métiers dans ce cas là ?", "cite-les", "c'est lesquels ?" after a profile was explained:
        the jobs of that profile, in both qualifications (not the counts of every profile)."""
        last = conversation.last
        if last is None or last.intent != "profiles" or not last.profile or plan.intent in ("refusal", "out_of_scope"):
            return None
        folded = fold(text)
        if self.planner.jobs_in(text)[0] or profile_in(folded) or re.search(r"\bfamilles?\b|%|\bpour ?cent|\bpart\b|\bproportion\b", folded):
            return None
        if re.search(r"\b(coeurs?|profils?|etude|total|familles?|58)\b", folded):
            return None  # another set counted ("combien de métiers cœur ?", "combien de métiers dans l'étude ?")
        count = re.search(r"\bcombien\b.*\b(dans ce cas( la)?|comme ca|comme nous|comme moi|dans ce profil|dans cette categorie|la dedans|concernes?|sont dedans)\b", folded) or re.fullmatch(
            r"((et|ok|alors|donc) )*(il )?(y en a combien|combien y en a( t il)?|combien (sont ils|sont elles|de metiers)( comme ca| concernes?)?|how many( are there| jobs)?)", folded)
        which = re.fullmatch(r"(et |ok |alors |bon |donc )?((c est |ce sont )?(lesquels|lesquelles|quels metiers|qui)( ca| alors| exactement)?"
                             r"|(cite|liste|donne|nomme|enumere|montre)[rsz]?( moi)? les( moi)?( tous| noms)?|which ones|(il y a )?quels metiers (sont|y sont)( dedans| concernes)?)", folded)
        if not (count or which):
            return None
        ask = SetAsk(query=JobQuery(filter=JobFilter(profile=last.profile)), outputs=["count", "list"] if count else ["list"], both=True)
        return Plan(intent="query", question=text, set_ask=ask, follow_up=True)

    def item_named_in_the_list(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "laquelle parle de l'OPCO ?", "y en a une sur la GEPP ?" after the priority actions or the axes: the ones
        that name it (not the most exposed job, which "laquelle" alone would ask)."""
        last = conversation.last
        folded = fold(text)
        if last is None or last.intent not in ("priority_actions", "recommendations") or plan.intent in ("refusal", "out_of_scope"):
            return None
        if plan.intent == "dialia" and re.search(r"\boutils?\b|\bdial", folded):
            return None  # "il y a un outil pour les partenaires sociaux ?": DIAL-IA
        asks_which = re.search(
            r"^(et |mais |donc )?(laquelle|lesquelles|lequel|lesquels|quelle|quelles|quel|quels)\b( \w+){0,3} (parl|concern|trait|port|evoqu|mentionn|vis|s adress|cit|impliqu|touch|associ)\w*"
            r"|\b(y en a|il y en a|y a t il|y a|il y a) (une|un|des)\b( \w+)? (sur|pour|qui|concernant|autour)\b|\bwhich (one|of them|action)\b", folded)
        if not asks_which or self.planner.jobs_in(text)[0]:
            return None
        actions = matched_items(text, self.actions)
        found = matched_items(text, self.items)
        if last.intent == "priority_actions" and actions or actions and not found:
            return Plan(intent="priority_actions", question=text, follow_up=True)
        if found:
            return Plan(intent="recommendations", question=text, follow_up=True)
        return None

    def item_by_place(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et le deuxième ?", "la 3e, tu peux détailler ?", "et le dernier ?": that item of the list the last
        answer gave (jobs ranked or listed, axes, priority actions), by its place."""
        last = conversation.listed or conversation.last  # "et le premier … ?" then "et le deuxième ?": the same list
        axis = conversation.last is not None and conversation.last.intent == "recommendations" and conversation.last.axis is not None
        if axis and re.search(r"\b(point|item|element|recommandation|preconisation|mesure)s?\b|\bcet axe\b", fold(text)):
            last = conversation.last  # "le dernier point de cet axe": the axis just given, not an earlier list
        place = reading.ordinal_asked(text)
        step = reading.next_asked(text)
        folded = fold(text)
        both_named = "pwc" in folded and "expert" in folded  # "le 10e chez les experts, il était où chez PwC ?"
        span = re.search(r"\b(?:positions?|places?|rangs?)\s+(\d{1,2})\s*(?:e|eme)?\s+(?:a|au|a la)\s+(\d{1,2})\s*(?:e|eme)?\b", folded)
        if span and (self.planner.jobs_in(text)[0] or re.search(r"\b(passe\w*|recule\w*|gagne\w*|perd\w*|monte\w*|descend\w*|est|etait|sont)\b", folded)):
            span = None  # "le juriste passe du 15e au 19e ?": a move claimed of a job, not places listed
        if span and 1 <= int(span[1]) < int(span[2]) <= self.planner.tool.total and int(span[2]) - int(span[1]) < 12:
            # "positions 11 à 13 chez les experts", "du 5e au 8e": those places of one ranking, in order
            said = plan.qualification if plan.qualification != "both" else "pwc"
            rows = self.planner.tool.query(JobQuery(qualification=said, order="most")).rows
            ids = [r.job_id for r in rows if int(span[1]) <= getattr(r, said).rank <= int(span[2])]
            query = JobQuery(filter=JobFilter(job_ids=ids), qualification=said, order="most")
            return Plan(intent="query", question=text, qualification=said, set_ask=SetAsk(query=query, outputs=["rank"]), follow_up=conversation.last is not None)
        if place is None and re.fullmatch(r"(et |mais )?(l |le |la )?avant derniere? (du classement|de tous|de l etude|des 58|du tableau)( (chez|selon) (pwc|les experts))?", folded):
            # "et l'avant-dernier du classement ?": that place of the whole table, in the qualification in view
            said = plan.qualification if plan.qualification != "both" else (last.qualification if last is not None and last.qualification != "both" else "pwc")
            rows = self.planner.tool.query(JobQuery(qualification=said, order="least", n=2)).rows
            return Plan(intent="job", question=text, jobs=[rows[1].job_id], qualification=said, follow_up=True, topic="place")
        before = conversation.last
        if step is not None and place is None and before is not None and before.intent == "recommendations" and before.axis is not None:
            axis = before.axis + step  # "et l'axe 4 ?" then "et le suivant ?": the next axis
            return Plan(intent="recommendations", question=text, axis=axis, follow_up=True) if 1 <= axis <= len(self.study.axes) else None
        if step is not None and place is None:
            return self._next_in_the_list(text, conversation, step)
        numbered = re.search(r"\b(l )?action (prioritaire )?(n |numero |no )?([1-9])\b", folded)
        if numbered and place is None and not self.planner.jobs_in(text)[0] and 1 <= int(numbered[4]) <= len(self.study.priority_actions) and len(folded.split()) <= 8:
            return Plan(intent="priority_actions", question=f"action {numbered[4]}", follow_up=True)  # "c'est quoi l'action 2 ?"
        if place is not None and place > 0 and re.search(r"\bactions?\b", folded) and not self.planner.jobs_in(text)[0] and place <= len(self.study.priority_actions):
            # "et la sixième action ?" whatever came before: that priority action
            return Plan(intent="priority_actions", question=f"action {place}", follow_up=True)
        before_q = fold(before.question) if before is not None else ""
        record = re.search(claims.PLACES_RECORD, before_q)
        # "c'est le plus gros changement de toute l'étude ?", "le plus gros gain de place ?": a record of places too
        jump = re.search(r"\b(la plus forte|le plus gros|la plus grosse|le plus grand|la plus grande|le plus fort) (progression|saut|bond|gain|remontee|montee|chute|recul|perte|degringolade|changement|mouvement|deplacement)s?\b", before_q)
        if jump and re.search(r"\bscores?\b", before_q):
            jump = None  # a record of score, not of places
        if place is None and (record or jump) and before is not None and before.intent == "job":  # "et le deuxième plus gros ?" after a record: the second of that ranking
            place = reading.ordinal_asked(re.sub(r"\bplus (gros|grosse|forte?|grand|grande|important)\w*( (gain|bond|saut|changement|recul|chute|baisse|progression|mouvement|ecart))?\b", "", fold(text)))
        if place is not None and place > 0 and before is not None and before.intent == "job" and (record or jump) and not self.planner.jobs_in(text)[0]:
            # "c'est celui qui a gagné le plus de places ?" then "et le 2e ?": the second of that ranking of places
            down = bool(re.search(r"\b(perd\w*|perte|recul\w*|baiss\w*|chute|degringolade)\b", before_q))
            either = bool(jump) and jump[2] in ("changement", "mouvement", "deplacement")
            query = (JobQuery(measure="moves", order="most", n=place) if either else
                     JobQuery(filter=JobFilter(moved="down" if down else "up"), measure="places", order="least" if down else "most", n=place))
            return Plan(intent="query", question=text, set_ask=SetAsk(query=query, outputs=["rank"], nth=place), follow_up=True)
        if last is None or place is None or plan.intent in ("refusal", "out_of_scope") or self.planner.jobs_in(text)[0]:
            return None
        if (place >= 10 and _position(folded) == place and not re.search(r"\b(liste|dedans|parmi|d entre eux|de ces)\b", folded)
                and not both_named):
            alone = self._read_alone(text)  # "le 10e experts" after the least exposed: that place of the experts' ranking, not of the list
            return alone.model_copy(update={"topic": "place", "follow_up": True}) if alone is not None and alone.intent == "query" else alone
        if last.intent == "profiles" and last.profile is None and 1 <= place <= len(self.study.profiles):
            # "c'est quoi les 4 profils ?" then "et le deuxième ?": that profile, in the study's order
            return Plan(intent="profiles", question=text, profile=self.study.profiles[place - 1].label, follow_up=True)
        if last.intent == "maturity" and last.topic is None:
            # "les enseignements clés de la consultation" then "le premier ?", "et le dernier ?": that finding
            number = len(self.study.maturity) + 1 + place if place < 0 else place
            return Plan(intent="maturity", question=text, topic=str(number), follow_up=True) if 1 <= number <= len(self.study.maturity) else None
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
            of_the_ranking = len(folded.split()) <= 6 and not re.search(r"\b(il|elle|devient|passe|est|a|fait|reste)\b", folded)
            if of_the_ranking and plan.qualification in ("pwc", "expert") and query.measure == "score" and query.qualification != plan.qualification:
                query = query.model_copy(update={"qualification": plan.qualification})  # "le 2e chez PwC ?" after the experts' first
            said = re.search(rf"\b{place}\s*(?:e|eme|er|ere) (?:chez|selon|cote) (?:les )?(pwc|experts?)\b", folded)
            if said and query.measure == "score":  # "et le 10e chez les experts, il était où chez PwC ?": the experts' 10th
                query = query.model_copy(update={"qualification": "pwc" if said[1] == "pwc" else "expert"})
            rows = [r.job_id for r in self.planner.tool.query(query).rows]
            whole = re.search(r"\bde (la|cette|sa|toute la) famille\b|\bdu classement\b|\bde tous\b|\bdes 58\b", folded)
            if place < 0 and last.set_ask.query.order == "least" and not re.search(r"\bde (la|cette|ta|votre) liste\b|\bdu top\b|\bde ce top\b", folded):
                place = -place  # the least exposed come first: the table's last is the first row, "l'avant-dernier" the second
            elif place < 0 and last.set_ask.query.n and not whole:  # "le dernier de la liste": of those shown, not of all 58
                rows = rows[: last.set_ask.query.n]
                place = len(rows) + 1 + place
            qualification = query.qualification if not last.set_ask.both else "both"
        if plan.qualification != "both":  # "et le premier, il était où chez PwC ?"
            qualification = plan.qualification
        if not rows or abs(place) > len(rows) or len(rows) < 2 and place != 1:
            return None
        job = rows[place - 1 if place > 0 else place]
        # "le premier, il a gagné des places chez les experts ?": what is said of the job picked, read with its title
        said = re.sub(PICKED, "", text).strip()
        if said != text.strip() and claims.yes_no(text) and len(fold(said).split()) >= 2:
            written = f"{self.planner.tool.by_id[job].job} : {said}"
            again = self._read_alone(written)
            if again is not None and again.jobs[:1] == [job] and again.topic != "place":
                return again.model_copy(update={"explicit": written, "follow_up": True})
        if both_named:
            qualification = "both"  # both places said
        # topic "place": "et le dernier ?" names a place in the list, it claims nothing about the job's rank
        return Plan(intent="job", question=text, jobs=[job], qualification=qualification, follow_up=True, topic="place")

    def _next_in_the_list(self, text: str, conversation: Conversation, step: int) -> Plan | None:
        """ "et juste après ?" after a ranked list, or after one of its items: the next one in that ranking (not the
        neighbour in the whole table)."""
        listed, last = conversation.listed, conversation.last
        picked = re.fullmatch(r"action (\d+)", listed.question) if listed is not None and listed.intent == "priority_actions" else None
        if picked and 1 <= int(picked[1]) + step <= len(self.study.priority_actions):
            # "et la 2e ?", a detour ("c'est quoi les livrables ?"), then "et la suivante ?": the next priority action
            return listed.model_copy(update={"question": f"action {int(picked[1]) + step}", "follow_up": True})
        if listed is None or last is None or listed.intent != "query" or listed.set_ask is None or "rank" not in listed.set_ask.outputs:
            return None
        query = listed.set_ask.query.model_copy(update={"n": None, "position": None})
        rows = [r.job_id for r in self.planner.tool.query(query).rows]
        if last == listed and listed.set_ask.query.n:
            current = listed.set_ask.query.n  # "le plus de places" (one shown), then "et juste après ?": the 2nd
        elif last.intent == "job" and last.topic == "place" and last.jobs and last.jobs[0] in rows:
            current = rows.index(last.jobs[0]) + 1  # "le 3e ?", then "et juste après ?": the 4th
        else:
            return None
        place = current + step
        if not 1 <= place <= len(rows):
            return None
        # said in the ranking's own terms ("2e de ce classement : X (28 places gagnées…)"), as "et le 2e plus gros gain ?"
        ask = listed.set_ask.model_copy(update={"query": query.model_copy(update={"n": place}), "nth": place, "outputs": ["rank"]})
        return Plan(intent="query", question=text, set_ask=ask, qualification=listed.qualification, follow_up=True)

    def said_again(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "en français svp", "tu peux répéter ?": the last answer again (in French, as every answer is); "c'est
        quoi concrètement ?" after an axis or a priority action: its content, which is the study's concrete level."""
        last = conversation.last
        concretely = re.fullmatch(r"(et |mais |ok |alors )?((c est|ca veut dire|ca donne|ca consiste en) quoi|en quoi ca consiste|comment ca se traduit)?"
                                  r" ?(concretement|en pratique|dans les faits)( (ca|cela) (veut dire|donne|consiste en) quoi)?( alors)?", fold(text))
        if concretely and last is not None and last.intent in ("recommendations", "priority_actions", "dialia"):
            return last.model_copy(update={"follow_up": True})
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

    def subject_of_a_recommendation(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et la cybersécurité ?" after the axes: the recommendations on that subject, not the job whose title holds
        the word ("Spécialiste cybersécurité"), when the title is not said in full."""
        last = conversation.last
        folded = fold(text)
        # ("et pour les managers, il y a quelque chose de prévu ?": several titles hold the word, the group is meant)
        group = plan.intent == "ambiguous_job" and re.search(r"\b(prevu\w*|quelque chose|recommand\w*|preconis\w*)\b", folded)
        if not (plan.intent == "job" and len(plan.jobs) == 1 or group) or len(folded.split()) > 12 or reading.first_person(folded):
            return None
        if not group and (fold(self.planner.tool.by_id[plan.jobs[0]].job) in folded or set(folded.split()) & self.planner.title_heads):
            return None  # the title said in full, or a trade ("et le responsable de pôle ?")
        after = last is not None and last.intent in ("recommendations", "priority_actions") and re.match(r"^(et|and|mais|puis|quid|ok et)\b", folded)
        # "que dit l'étude sur la cybersécurité ?": the subject asked about, not the job
        about = re.search(r"\b(que|qu est ce que) (dit|disent|recommande|preconise|propose)\w* (l etude|elle|pwc)? ?(sur|pour|a propos de|concernant)\b|\b(recommandations?|preconisations?) (sur|pour|concernant)\b", folded)
        if not (after or about or group) or not re.search(r"\b(la|le|l|les)\s*\w+", folded):
            return None
        found = matched_items_unaccented(text, self.items)
        if not names_an_item(found) and len(found) != 1:
            return None
        return Plan(intent="recommendations", question=text, qualification=plan.qualification, follow_up=True)

    def count_claimed_of_the_set_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "ça fait 6 c'est ça ?", "et 4 de plus chez les experts ?" after a set of jobs: the count claimed, checked
        on that set (in one qualification, or the gap between the two)."""
        last = conversation.last
        shown = set_shown(last) if last is not None else None
        if shown is None or re.search(r"%|\bpour ?cent\b|[,.]\d", text):
            return None  # "et 68 % ?", "et 0,43 ?": a share or a score, not a count
        said = re.fullmatch(
            rf"(et |donc |alors |bon |ok |mais )?(ca (en )?fait|il y en a|y en a|ils sont|elles sont|c est|soit|on a|ca donne)? ?(\d{{1,2}}|{COUNT_WORDS})( metiers?| postes?)?"
            rf"(?: sur (?:\d{{1,2}}|{COUNT_WORDS}))?"  # "2 sur 5 alors ?": the count claimed, of the set's size
            r"( de plus| de moins| en plus| en moins)?"
            # "un seul en forte transfo ?": counted among them, in that profile
            r"(?: seule?s?)?(?: (?:est |sont )?(?:en |au profil |de profil )?(?P<profile>forte transfo\w*|forte transformation|evolution|emergents?|non impactes?|negligeables?))?"
            r"( (chez|selon|pour|avec) (pwc|les experts?))?( (c est (bien )?ca|non|hein|c est juste|c est exact|exact|alors|donc|quoi))*",
            fold(text),
        )
        if said is None or re.fullmatch(r"\d{1,2}", fold(text)):
            return None  # (a bare "1" claims nothing)
        over = re.search(rf"\bsur (\d{{1,2}}|{COUNT_WORDS})\b", fold(text))
        if over:  # "2 sur 5 alors ?": of a set of five (a top 5 counted), else not this count
            size = claims.count_said(over[1])
            f = shown.query.filter
            if size not in (f.in_top, len(f.job_ids or []), shown.query.n if "rank" in shown.outputs else None):
                return None
        count = claims.count_said(said[4])
        which = qualification_of(fold(text))
        query = shown.query.model_copy(update={"n": None, "position": None, "order": "table"})
        label = profile_in(said["profile"]) or profile_in("en " + said["profile"]) if said["profile"] else None
        if label:
            query = query.model_copy(update={"filter": query.filter.model_copy(update={"profile": label, "profile_negated": False})})
        if which in ("pwc", "expert"):
            query = query.model_copy(update={"qualification": which})
        ask = SetAsk(query=query, outputs=["count"], both=bool(said[6]) or (which == "both" and shown.both), claimed_count=count, claimed_gap=bool(said[6]))
        return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)

    def record_in_places_after_score(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et en rang ?", "et en places aussi ?", "mais en places c'est pas lui ?" after the biggest change of score
        (asked, or claimed of a job): the biggest move in places, the same way, checked against that job."""
        last = conversation.last
        folded = fold(text)
        if last is None or not re.fullmatch(r"((et|mais|ok|donc|alors) )*(en|au niveau des?|cote) (places?|rangs?|classement|positions?)( (aussi|alors|du coup|non))?( (c est|c etait) (pas )?(lui|elle|le cas|pareil|le meme))?( (aussi|non))?", folded):
            return None
        asked = fold(last.question)
        by_score = (last.set_ask is not None and last.set_ask.query.measure == "points") or (
            last.intent == "job" and re.search(r"\bscores?\b", asked) and re.search(r"\b(le plus|plus gros|plus grosse|plus forte?|record)\b", asked))
        if not by_score:
            return None
        if last.set_ask is not None:
            down = last.set_ask.query.filter.moved == "score_down" or last.set_ask.query.order == "least"
        elif re.search(r"\b(perd\w*|recul\w*|descend\w*|baiss\w*|chut\w*)", asked):
            down = True
        elif re.search(r"\b(gagn\w*|mont\w*|progress\w*|hausse|augment\w*)", asked):
            down = False
        else:  # "le plus gros écart de score": the way that job moved
            job = self.planner.tool.by_id[last.jobs[0]] if last.jobs else None
            down = job is not None and job.expert.score < job.pwc.score
        query = JobQuery(filter=JobFilter(moved="down" if down else "up"), measure="places", order="least" if down else "most", n=1)
        claimed = conversation.jobs[0] if conversation.jobs and (last.intent == "job" or re.search(r"\b(lui|elle|aussi)\b", folded)) else None
        return Plan(intent="query", question=text, set_ask=SetAsk(query=query, outputs=["rank"], claimed_top=claimed), follow_up=True)

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
        if re.search(r"\b(en dehors|hors|sauf|pas dans)\b", folded):
            return None  # "et les émergents en dehors de cette famille ?": a set of its own (the set reader's)
        profile = profile_in(folded)
        if profile is None and not re.search(r"\b(le reste|autres profils|tous les profils)\b", folded):
            return None
        qualification = plan.qualification if plan.qualification != "both" else last.qualification
        said_both = re.search(r"\b(pour|dans|chez|selon) les deux\b|\bdes deux cotes\b", folded)
        elsewhere = re.search(r"\b(autres?|other|en dehors|hors|sauf|lesquels|lesquelles|qui|which)\b", folded)
        if last.intent == "query" and only_profile and profile and not elsewhere and (said_both or (plan.qualification == "both" and "count" in last.set_ask.outputs)):
            # "et les non impactés ?" after one profile's count: that profile counted in both, with the shares published
            return Plan(intent="stats", question=text, profile=profile, qualification="both", follow_up=True)
        if last.intent == "query" and last.set_ask is not None and profile:  # the share asked again, of another profile
            query = last.set_ask.query.model_copy(update={"filter": last.set_ask.query.filter.model_copy(update={"profile": profile})})
            ask = last.set_ask.model_copy(update={"query": query, "claimed_share": None})
            return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)
        return Plan(intent="stats", question=text, profile=profile, qualification=qualification, follow_up=True)

    def what_hr_does_for_the_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et pour les RH ?" after a job's card: what the study asks HR to do for exposed jobs (after a family or
        a ranking, the same question for the HR family is the set reader's)."""
        last = conversation.last
        hr = re.fullmatch(r"(et |mais )?(pour|cote|du cote des?|au niveau des?) (les )?(rh|drh|ressources humaines|equipes rh)( alors| du coup| dans tout ca)?", fold(text))
        if not hr or last is None or last.intent not in ("job", "reassure_job", "compare"):
            return None
        return Plan(intent="recommendations", question=f"{text} accompagner les métiers exposés", jobs=conversation.jobs[:1], follow_up=True)

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

    def same_records_topic(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et les formations courtes ?" after survey findings: another finding of the same survey, not the
        training recommendations the word would otherwise bring."""
        last = conversation.last
        folded = fold(text)
        if last is None or len(folded.split()) > 10 or plan.intent in ("refusal", "out_of_scope", "dialia", "handout"):
            return None  # (a topic the message names itself: "et pour le dialogue social, y a un outil ?")
        if profile_in(folded) and re.search(r"\b(lesquels|lesquelles|quels metiers|c est qui|qui sont ils|les metiers)\b", folded):
            return None  # "et les émergents c'est lesquels ?" after the recommendations: that profile's jobs
        if last.intent == "maturity" and re.fullmatch(r"(et |mais |donc )?(c est |ca fait |ca represente )?(combien|quel chiffre|quelle part|quel pourcentage)( (en|de) (pourcentage|pour ?cent|%))?( (exactement|alors|du coup))?", folded):
            return last.model_copy(update={"question": f"{last.question} {text}", "follow_up": True})  # "c'est combien en pourcentage ?": that finding's figure
        when = re.fullmatch(r"(et )?(pour |c est pour |a faire pour |d ici |a mettre en place pour |on les fait )?quand( ces actions| ces recommandations| tout ca| ca| donc| alors)?"
                            r"|(et )?(quelle|c est quoi l) (echeance|date|horizon)( pour (ces actions|ces recommandations|tout ca|ca))?", folded)
        if last.intent == "priority_actions" and re.search(r"\b(quel|a quel) (rang|numero|place)\b|\bl action (combien|numero combien)\b|\bcombientieme\b|\bquelle position\b|\bc est (la|laquelle) (combien|quelle)\b", folded) and len(folded.split()) <= 12:
            return last.model_copy(update={"follow_up": True})  # "elle est à quel rang dans la liste des 6 ?": that action, with its number
        if last.intent == "priority_actions" and when:
            return last.model_copy(update={"question": text, "follow_up": True})  # "pour quand ?": the year they are set for
        if last.intent == "recommendations" and when:
            return Plan(intent="priority_actions", question=text, follow_up=True)  # "pour quand ces actions ?": those "à engager en 2025"
        picked = re.fullmatch(r"action (\d+)", last.question) if last.intent == "priority_actions" else None
        action = self.study.priority_actions[int(picked[1]) - 1] if picked and 1 <= int(picked[1]) <= len(self.study.priority_actions) else None
        if action is not None and re.search(r"\b(dialogue|debat) social\b", fold(action.text)) and re.search(r"\b(outils?|ressources?|supports?|methodes?|kit|guide|aide)\b", folded) and len(folded.split()) <= 10:
            # "il y a un outil pour ça ?" after the action on social dialogue: the DIAL-IA initiative the study points to
            return Plan(intent="dialia", question=text, follow_up=True)
        if last.intent == "dialia" and re.search(r"\b(livrables?|webdoc|manifeste|deuxieme|second|premier)\b", folded) and len(folded.split()) <= 10:
            return last.model_copy(update={"question": text, "follow_up": True})  # "le deuxième livrable, il sert à quoi ?"
        if last.intent == "maturity" and last.topic and re.fullmatch(r"((et|donc|alors|mais) )?(c est|ca fait|ca represente|ca reste|ils sont|elles sont) (donc )?((la|une) (grande )?majorite|plus de la moitie|majoritaires?)( (alors|donc|quand meme|non|hein))?", folded):
            return last.model_copy(update={"question": text, "follow_up": True})  # "c'est la majorité ?": that finding's share against half
        if last.intent in SURVEY_TOPICS and re.fullmatch(JUDGEMENT, folded):
            # "c'est bien ou pas ?", "et alors ?" after a finding of the survey: the finding again, whose heading is
            # the study's own judgement ("Peu ou pas de dispositifs de formation…", "…une intégration embryonnaire")
            return last.model_copy(update={"question": text, "follow_up": True})
        if last.intent == "maturity" and re.match(r"(celui|celle|le|la) (sur|des|du|de la)\b", folded) and (topic := maturity_topic(folded)):
            return Plan(intent="maturity", question=text, topic=topic, follow_up=True)  # "celui sur les pilotes, plus en détail ?"
        # "combien ont des pilotes ?" in a conversation about the survey: another of its findings
        unsaid = plan.intent in ("retrieval", "absent_job", "ambiguous_job") and len(folded.split()) <= 6
        if not (re.match(r"^(et|and|mais|puis|du coup|donc|alors|ok)\b", folded) or unsaid):
            return None
        if last.intent in ("recommendations", "priority_actions") and re.match(r"^(et|mais|puis)\b", folded) and not self.planner.jobs_in(text)[0] and plan.intent != "maturity":
            # "et pour les managers ?" after the training recommendations: those that name them
            found = matched_items(text, self.items)
            actions = matched_items(text, self.actions)
            # "et les passerelles métiers ?" names a recommendation as well as an action: the recommendation's words win a tie
            if names_an_item(actions) and not (found and found[0][0] >= actions[0][0]) or actions and not found:
                return Plan(intent="priority_actions", question=text, follow_up=True)  # "et l'OPCO dans tout ça ?"
            if names_an_item(found) or found and (len(folded.split()) <= 5 or len(found) == 1):
                # "et les managers, il y a quelque chose pour eux ?": the one recommendation that names them
                return Plan(intent="recommendations", question=text, follow_up=True)
        if last.intent in ("maturity", "figure") and not re.search(r"\brecommand\w*|\bpreconis\w*|\bconseill\w*", folded) and (topic := maturity_topic(folded)):
            return Plan(intent="maturity", question=text, topic=topic, follow_up=True)
        unread = plan.intent in ("retrieval", "absent_job", "ambiguous_job")
        if last.intent == "methodology" and unread and (topic := first_match(folded, METHODOLOGY_TOPICS)):
            return Plan(intent="methodology", question=text, topic=topic, follow_up=True)
        return None

    def same_topic(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et ses livrables ?", "et la 5e ?", "elle vise qui ?": the last topic of the study, asked further."""
        last = conversation.last
        folded = fold(text)
        if (
            last is not None
            and plan.intent in ("absent_job", "retrieval", "ambiguous_job")
            # "et les chefs de plateau ?": a title that is several jobs' in full is asked back, not the topic again
            and not (plan.intent == "ambiguous_job" and plan.resolution and all(c.score >= 0.999 for c in plan.resolution.candidates))
            and operation(last.intent).route == "records"
            and last.intent not in ("reassure", "clarify", "figure")
            and not (re.search(r"\b(et )?(moi|nous)\b", folded) and conversation.own and conversation.own not in last.jobs)  # "et moi ?": the speaker's job
            and (
                plan.intent != "retrieval" or re.search(PRONOUNS, folded) or (folded.startswith("et ") and len(folded.split()) <= 4)
                or re.fullmatch(r"(et )?(combien|lesquel\w*|quand|qui|comment|c est quand|depuis quand|c est pour qui|pour qui|ca sert a quoi|ca vise qui|elle vise qui"
                                r"|on (le|la|les) trouve ou|ou (est ce qu )?on (le|la|les) trouve|ou (le|la|les) trouver|ou trouver (ca|cela)|c est ou)( ca| donc| alors)?", folded)
            )
            and (re.match(r"^(et|mais|puis|alors|ok|donc)\b", folded) or len(folded.split()) <= 5)
        ):
            if last.intent == "maturity":
                if acronyms_held(text, self.actions):
                    return None  # "et l'OPCO dans tout ça ?" after a finding of the survey: the priority action that names it
                topic = maturity_topic(folded)
                if topic:  # "et ça c'est combien en % ceux qui n'ont aucune règle ?" after the training finding: the rules'
                    return last.model_copy(update={"question": text, "topic": topic, "follow_up": True})
                found = matched_items(text, self.items)
                if names_an_item(found) or len(found) == 1:
                    # "et les managers, il y a quelque chose pour eux ?": the one recommendation that names them
                    return Plan(intent="recommendations", question=text, qualification=plan.qualification, follow_up=True)
            elif last.intent in ("facts", "methodology") and (topic := maturity_topic(folded)) is not None:
                # "et la compréhension des impacts, elle est surtout où ?" after another topic: that finding of the survey
                return Plan(intent="maturity", question=text, topic=topic, follow_up=True)
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
        rest = re.fullmatch(r"(et |mais )?(les autres|tous les autres|le reste|la suite)( alors| du coup| aussi)?"
                            r"|(et |mais )?((il )?reste qui|qui reste)( (de|dans) (la|cette|sa|notre|ma) famille)?( alors| du coup)?", folded)  # "et il reste qui dans la famille ?"
        if rest and last is not None and last.intent == "stats" and last.profile:
            return last.model_copy(update={"question": text, "profile": None, "follow_up": True})  # the other profiles' counts too
        if (rest and last is not None and last.intent == "query" and last.set_ask is not None and "rank" in last.set_ask.outputs and last.set_ask.query.n
                and last.set_ask.query.filter.job_ids is None):
            # "et les autres ?" after a top N: the rest of the ranking, without the N shown
            shown = list(conversation.jobs)
            query = last.set_ask.query
            ask = last.set_ask.model_copy(update={"query": query.model_copy(update={"n": None, "position": None, "filter": query.filter.model_copy(update={"exclude_job_ids": shown})}), "nth": None})
            return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)
        if rest and last is not None and last.shown_claim is not None and last.jobs != last.shown_claim.jobs:
            # "je suis la plus exposée de ma famille ?" then "et les autres ?": the claim's set without the job it was about
            rows = last.shown_claim.jobs
            family = self.families.family_of(rows[0])
            whole = set(rows) == set(self.families.families[family].jobs)
            f = JobFilter(families=[family]) if whole else JobFilter(job_ids=rows)
            query = JobQuery(filter=f.model_copy(update={"exclude_job_ids": last.jobs}), qualification=last.set_ask.query.qualification if last.set_ask else "pwc")
            return Plan(intent="query", question=text, qualification=last.qualification, follow_up=True,
                        set_ask=SetAsk(query=query, both=last.qualification == "both", family_named=whole))
        if rest and last is not None:
            kept = self._rest_of_the_set(conversation)
            if kept is not None:
                return kept.model_copy(update={"question": text})
            if last.intent in ("job", "reassure_job") and len(last.jobs) == 1:
                # "je suis juriste" then "et les autres ?": the others of what (its family, its profile, all 58)? asked back
                return Plan(intent="clarify", question=text, topic="others", jobs=last.jobs, follow_up=True)
        flip = re.fullmatch(r"(et )?(dans l autre sens|a l inverse|a l envers|l inverse|inversement|dans l autre direction|et l inverse)( alors| du coup)?", folded)
        ranked = flip and self._ranking_in_view(conversation)
        if ranked:
            query = ranked.set_ask.query
            if query.measure == "score":
                query = query.model_copy(update={"order": "least" if query.order == "most" else "most"})
            else:  # the most places gained, then "et à l'inverse ?": the most lost
                # (a fall is ranked "least": the biggest losses are the lowest changes)
                other = {"up": "down", "down": "up", "score_up": "score_down", "score_down": "score_up"}
                moved = other.get(query.filter.moved or "up", "down")
                query = query.model_copy(update={"filter": query.filter.model_copy(update={"moved": moved}),
                                                 "order": "least" if moved in ("down", "score_down") else "most",
                                                 # after "le plus bougé" (either way), one way: places
                                                 "measure": "places" if query.measure == "moves" else query.measure})
            ask = ranked.set_ask.model_copy(update={"query": query, "nth": None})
            return Plan(intent="query", question=text, qualification=ranked.qualification, set_ask=ask, follow_up=True)
        # "les 5 suivants ?" after a top 5, "et les 3 d'avant ?" after the 5 least exposed: the ranking goes on past
        # the rows shown, in its own order (before the least exposed come the next least exposed)
        more = re.fullmatch(rf"(et |ok |alors |bon |puis )?(les |la )?((?P<n>{NEXT_COUNT}) )?(?P<way>suivants?|suivantes?|d apres|d avant|precedents?|precedentes?|derriere|devant)( (?P<m>{NEXT_COUNT}))?( alors| du coup| stp| svp)?", folded)
        ranked = more and self._ranking_in_view(conversation)
        # (before the least exposed shown come the next least exposed; before a top N, nothing: not read here)
        onward = more and (not re.match(r"d avant|precedent|devant", more["way"]) or (ranked and ranked.set_ask.query.order == "least"))
        if ranked and onward and ranked.jobs and ranked.set_ask.query.n:
            query = ranked.set_ask.query
            said = more["n"] or more["m"]
            n = NUMBER_WORDS[said] if said in NUMBER_WORDS else int(said or query.n)
            # past the rows of that ranking already shown (not only a card picked from it since)
            kept = query.filter.model_copy(update={"exclude_job_ids": list(dict.fromkeys((query.filter.exclude_job_ids or []) + list(ranked.jobs)))})
            ask = ranked.set_ask.model_copy(update={"query": query.model_copy(update={"n": n, "position": None, "filter": kept}), "nth": None})
            return Plan(intent="query", question=text, qualification=ranked.qualification, set_ask=ask, follow_up=True)
        # "citez-les", "classez-les du plus au moins exposé": the set in view, listed or in order
        named = re.fullmatch(r"(et |ok |alors |bon )?(cite|liste|donne|nomme|enumere|montre|classe|range|ordonne|trie)[rz]?( moi)? les( moi)?( tous)?( .{0,60})?", folded) or re.fullmatch(
            r"(et |ok |alors |bon )?((tu peux|peux tu|vous pouvez|pouvez vous) )?(me |nous )?(les |le |la )?(classe|range|ordonne|trie)[rz]?( moi)?( les)?( .{0,60})?", folded
        )  # "tu peux me le classer dans l'autre sens ?"
        again = re.fullmatch(r"(et |ok |alors |bon )?(rappelle|redonne|remets|liste|cite|donne|enumere|resume)[rz]?( moi)? les( moi)?( (tous|toutes|une ligne|chacun|chacune|en bref|stp|svp|encore|a nouveau))*", folded)
        if last is not None and again and last.intent in ("maturity", "priority_actions", "recommendations", "profiles", "levels", "exposure_findings"):
            return last.model_copy(update={"question": text, "follow_up": True})  # "rappelle-les tous, une ligne chacun"
        shown = set_shown(last) if last is not None and named else None
        if shown is None and named and last is not None and last.intent == "compare" and len(last.jobs) >= 2:
            # "range-les du moins exposé au plus exposé" after four jobs compared: those four, in order
            which = last.qualification if last.qualification != "both" else "pwc"
            shown = SetAsk(query=JobQuery(filter=JobFilter(job_ids=list(last.jobs)), qualification=which), both=last.qualification == "both")
        if last is not None and named and shown is not None:
            last = last.model_copy(update={"set_ask": shown})
            ordered = re.search(r"\b(classe|range|ordonne|trie)[rz]?\b", folded)
            query = last.set_ask.query.model_copy(update={"n": None, "position": None})
            if ordered:
                which = qualification_of(folded)
                query = query.model_copy(update={"order": "least" if re.search(r"\bdu moins\b|\bautre sens\b|\ba l envers\b|\binverse\b", folded) else "most",
                                                 "qualification": which if which != "both" else query.qualification})
            ask = last.set_ask.model_copy(update={"query": query, "outputs": ["rank"] if ordered else ["list"], "claimed_share": None, "claimed_profile": None})
            return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)
        return None

    def _rest_of_the_set(self, conversation: Conversation) -> Plan | None:
        """ "et les autres ?" after a family, the core jobs or a profile narrowed down (its leader, the ones whose
        score rose, its top 5): the same set without the jobs just shown, in the qualification in view."""
        shown = list(conversation.jobs)
        listed = conversation.listed
        if (listed is not None and listed is not conversation.last and listed.intent == "query" and listed.set_ask is not None
                and "rank" in listed.set_ask.outputs and shown and set(shown) < set(listed.jobs)):
            # "lequel des deux ?" after the top 5 movers, then "et les autres ?": the rest of those five, in that ranking
            rest = [j for j in listed.jobs if j not in shown]
            query = listed.set_ask.query.model_copy(update={"filter": listed.set_ask.query.filter.model_copy(update={"job_ids": rest}), "n": None})
            return listed.model_copy(update={"set_ask": listed.set_ask.model_copy(update={"query": query, "nth": None}), "jobs": rest, "follow_up": True})
        for plan in (conversation.last, conversation.listed):
            if plan is None or plan.intent != "query" or plan.set_ask is None or plan.set_ask.query.filter.job_ids is not None:
                continue
            f = plan.set_ask.query.filter
            if not (f.families or f.core is not None):
                continue
            if f.moved or f.score_min is not None or f.score_max is not None:
                broad = f.model_copy(update={"moved": None, "to_profile": None, "places": None, "score_min": None, "score_max": None,
                                             "score_above": False, "score_below": False})
            elif f.profile and not plan.set_ask.query.n:
                return None  # the jobs of a family not in that profile: the set reader's "les autres"
            elif plan.set_ask.query.n or plan is not conversation.last or "place" in plan.set_ask.outputs:
                broad = f  # (after a job's place in its family: the family's other jobs)
            else:
                continue  # the whole family was the last answer: nothing is left of it
            if not shown or not set(shown) <= {r.job_id for r in self.planner.tool.query(JobQuery(filter=broad)).rows}:
                continue
            which = conversation.last.qualification if conversation.last and conversation.last.qualification in ("pwc", "expert") else "pwc"
            query = JobQuery(filter=broad.model_copy(update={"exclude_job_ids": shown}), qualification=which, order="most")
            return Plan(intent="query", question="", qualification=which, set_ask=SetAsk(query=query, outputs=["list"]), follow_up=True)
        return None

    @staticmethod
    def _ranking_in_view(conversation: Conversation) -> Plan | None:
        """The ranking a turn like "et à l'inverse ?" turns round: the last answer's, or the one a job card was
        just picked from ("et le plus exposé ?", "combien ?" then "et à l'inverse ?")."""
        def ranked(plan: Plan | None) -> bool:
            return plan is not None and plan.intent == "query" and plan.set_ask is not None and "rank" in plan.set_ask.outputs
        last, listed = conversation.last, conversation.listed
        if ranked(last):
            return last
        # "et le 2e ?" then "et à l'inverse ?": the ranking the card was picked from
        picked = last is not None and last.intent == "job" and listed is not None and (set(last.jobs) <= set(listed.jobs) or last.follow_up)
        return listed if picked and ranked(listed) else None

    def member_of_the_set_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "le gestionnaire de réseau aussi, non ?", "et le juriste, il en fait partie ?" after a set of jobs: whether
        the jobs named are in it."""
        last = conversation.last
        folded = fold(text)
        if last is None or len(folded.split()) > 16 or plan.intent in ("refusal", "out_of_scope"):
            return None
        shown = set_shown(last)  # its set, the jobs that changed profile, a profile's jobs ("le technicien en fait partie ?")
        if shown is None:
            return None
        last = last.model_copy(update={"set_ask": shown})
        f = last.set_ask.query.filter
        if not (f.families or f.profile or f.core is not None or f.moved or f.score_min is not None or f.score_max is not None):
            return None  # a ranking of all 58 is no set to be in ("les experts ont requalifié les data analysts aussi ?")
        if re.search(r"\b(requalifi|revu|reevalu|reexamin)\w*|\bfiches?\b|\bpourquoi\b", folded):
            return None  # ("il a une fiche lui aussi ?" asks about the sheets, not the set)
        if not re.search(r"\b(aussi|egalement|en fait partie|en font partie|fait partie|font partie|en (fait|font) pas partie|dedans|dans (la|cette|ta|votre) liste|dans le lot|parmi (eux|elles|ces)|inclus|too|also)\b", folded):
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

    def scale_of_the_score(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "0,86 ça fait peur, c'est sur 1 ?": the score's scale, said yes or no (``answer_first``), from the method."""
        folded = fold(text)
        if not (claims.yes_no(text) and re.search(r"\b0[,.]\d\d\b|\bscore\b|\bnote\b", text.lower()) and re.search(claims.SCALE_ASKED, folded)):
            return None
        return Plan(intent="methodology", question=text, topic="score", follow_up=conversation.last is not None)

    def share_of_the_work_claimed(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "ça veut dire que 86 % de mes tâches seront faites par l'IA ?": a share of the work claimed of the job
        named or in view, answered on that job (the answer says first that the score is no such share)."""
        if not claims.work_share_from_the_score(text):
            return None
        jobs = self.planner.jobs_in(text)[0][:1] or conversation.mine()
        return Plan(intent="job", question=text, jobs=jobs, follow_up=conversation.last is not None) if jobs else None

    def added_to_the_comparison(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "ajoute l'analyste conformité", "rajoute aussi le juriste" after jobs compared: the same comparison with
        that job too."""
        last = conversation.last
        if last is None or last.intent != "compare" or not re.match(r"(et |ok |alors |bon )?(tu )?(r?ajoute\w*|inclu\w*|integre\w*|mets? aussi|add)\b", fold(text)):
            return None
        named = [j for j in self.planner.jobs_in(text)[0] if j not in last.jobs]
        if not named:
            return None
        return Plan(intent="compare", question=text, jobs=[*last.jobs, *named], qualification=last.qualification, follow_up=True)

    def question_after_the_introduction(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "je suis en RH, les métiers RH eux-mêmes ils sont exposés ?" left unread whole (« en RH » is no job): the
        question after the person says who they are, read alone in the conversation."""
        said = re.match(r"(?i)^\s*(je suis|je travaille|je bosse|je fais|moi c'?est|en tant que|perso)\b[^,.:;!?]{1,60}[,.:;!]\s*(?P<rest>.{8,})$", text)
        if plan.intent not in GAVE_UP or said is None or reading.first_person(fold(said["rest"])):
            return None  # ("je suis chargé, c'est quoi mon score ?": the question needs the title it gave)
        named = self.planner.jobs_in(said["rest"])[0] or self.families.codes(said["rest"])[0]
        if not named and re.search(r"\b(metier|poste|job|boulot|score|expos\w*|grave|risque\w*|touche\w*)\b", fold(said["rest"])):
            return None  # ("je travaille en RH, le métier est exposé ?": about the title it gave, asked back)
        again = self._read(said["rest"], conversation)
        # a question of its own: jobs or a family named, or a topic of the study ("je suis DRH, comment l'OPCO peut
        # nous aider ?"); not "je suis boulanger, c'est grave ?", whose worry is about the trade the study lacks
        return again if again.intent not in GAVE_UP and (named or again.intent in TOPIC_INTENTS) else None

    def slots_salvaged(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """A turn every other reading left to passage search that still names slots of the table ("en forte transfo
        chez les experts y a qui ?", "et pour les experts ?" after shares): the last reading with those slots, or,
        with none to take them, the jobs they name. A reading of what it surely says rather than passages that do
        not answer it; a turn that asks why, how or what a word means is not read here."""
        folded = fold(text)
        if plan.intent != "retrieval" or len(folded.split()) > 10 or re.search(SALVAGE_UNSAFE, folded) or re.search(r"\b(le|la|du|au) \d{1,2}\b", folded):
            return None  # ("le 2 c'est qui ?": a row of the list in view, not a top 2)
        jobs = self.planner.jobs_in(text)[0]
        slots = self.ellipsis.slots(text, jobs, loose=True)
        if not slots or not (slots.jobs or slots.family or slots.profile or slots.core is not None or slots.n):
            return None  # "c qui les experts ?" names a qualification only: who they are, not the last reading again
        last = conversation.last.remembered() if conversation.last is not None else None
        if last is not None:
            replaced = self.ellipsis.replaced(last, slots, text)
            if replaced is not None:
                return replaced
        if jobs or not (slots.family or slots.profile or slots.core is not None):
            return None
        f = JobFilter(families=[slots.family] if slots.family else [], profile=slots.profile, core=slots.core)
        qualification = slots.qualification or "pwc"
        ranked = slots.order is not None or slots.n is not None
        query = JobQuery(filter=f, qualification=qualification, order=slots.order or "table" if ranked else "table", n=slots.n if ranked else None)
        outputs = ["count"] if re.search(r"\bcombien\b|\bhow many\b", folded) else ["rank"] if ranked else ["list"]
        ask = SetAsk(query=query, outputs=outputs, both=slots.qualification is None, family_named=bool(slots.family))
        return Plan(intent="query", question=text, qualification=slots.qualification or "both", set_ask=ask, follow_up=last is not None)

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
        if slots and last.intent == "handout" and conversation.listed is not None and conversation.listed.set_ask is not None:
            last = conversation.listed  # "et le moins exposé ?" after a family's handout: the family's list it was made of
        return self.ellipsis.replaced(last, slots, text) if slots else None
