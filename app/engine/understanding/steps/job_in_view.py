"""Steps that read a turn about the job in view (the speaker's own for "moi", "mon"): an attribute asked by a
possessive, its neighbours, what its card means, a claim on it, the pair it belongs to, a job compared with it."""

from __future__ import annotations

import re

from knowledge.schema import Qualification
from knowledge.text import fold
from scoring.models import JobFilter, JobQuery
from scoring.normalize import tokens
from scoring.render import CLOSE_ENOUGH

from ...operations import operation
from ...plan import Conversation, Plan, SetAsk, ShownClaim
from .. import claims, reading
from ..planner import profile_in
from ..sets import NUMBER_WORDS
from .base import Steps
from .topics import HANDOUT

# "leur niveau d'exposition", "mon score", "ce qui le place à quel rang": an attribute of the job in view, by a
# possessive or an object pronoun (not the study's term: "le niveau d'exposition, c'est quoi ?")
ATTRIBUTE = r"(score|note|niveau|niveau d exposition|exposition|rang|place|position|classement|profil|categorie|classification)"
POSSESSED_ATTRIBUTE = (
    rf"\b(son|sa|ses|leur|leurs|mon|ma|notre|nos) {ATTRIBUTE}\b"
    r"|\b(le|la|l|me|m|nous) (place|placent|placait|classe|classent|classait|situe|situent|met|mettent|mettait|mettaient|positionne|positionnent|note|notent)\b"
    r"|\b(note|evalue|classe|qualifie|requalifie|revu|regarde)\w* (mon|ma|notre|son|sa|leur) (poste|metier|job)\b"
)
# "combien de métiers devant moi ?", "qui est juste au-dessus de lui ?": where the job in view stands
# "ils ont monté de combien ?", "et ils ont bougé avec les experts ?", "elles passent de quelle place à quelle place ?":
# how the jobs in view moved from PwC to the experts (a past tense or an amount: "ça bouge pour eux ?" asks what AI changes)
MOVES_ASKED = (
    r"\bde combien\b|\bcombien de (places|rangs|positions)\b|\b(ont|a|as|avez|avons)( \w+)? (bouge|change|evolue|monte|recule|progresse|baisse|gagne|perdu|descendu|grimpe|chute)\b"
    r"|\bde quel\w* (place|position|rang) a quel\w*|\bpasse\w* de quel"
)
# "on est juste derrière qui ?", "chez PwC j'étais derrière qui ?": the one ahead of the speaker (and the reverse)
BEHIND_WHOM = (r"\b(on est|je suis|il est|elle est|nous sommes|on se trouve|je me trouve|j etais|on etait|il etait|elle etait|nous etions)"
               r"( juste| directement)? (devant|derriere|au dessus de|en dessous de|avant|apres) qui\b")
AROUND = r"\b(devant|derriere|au dessus de|en dessous de|au dessous de) (moi|lui|elle|nous|eux)\b|^(et )?de quel\w* (position|place|rang) a quel\w* (position|place|rang)\b"


class JobInViewSteps(Steps):
    def compared_with_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est plus que la chargée d'assistance ?", "l'animateur il a le même score que moi ?", "l'actuaire et lui ont
        le même score ?": the job named against the job in view (the speaker's own for "moi"), compared."""
        folded = fold(text)
        named = self.planner.jobs_in(text)[0]
        # "donc il me passe devant ?": more exposed than the speaker's
        overtakes = re.search(r"\b(il|elle|ils|elles) (me|nous) (passe\w*|depasse\w*|double\w*)( devant)?\b", folded)
        if overtakes:
            folded, text = "il est plus expose que moi", "il est plus exposé que moi ?"
        mine_said = re.search(r"\b(pire|mieux|plus|moins)\b.*\bque (moi|nous|le mien|la mienne|le notre|mon metier|mon poste|mon job)\b", folded)
        asks_a_set = re.search(r"\b(quels?|quelles?|combien|lesquel\w*|des metiers|les metiers|y a|il y a)\b", folded)
        if not named and mine_said and not asks_a_set and conversation.own and conversation.jobs and conversation.jobs[0] != conversation.own:
            # "et le médecin ?" then "c'est plus que moi ?": the job in view against the speaker's own ("pire" is more
            # exposed, "mieux" less, as the compare reads them)
            said = re.sub(r"\bpire\b", "plus exposé", re.sub(r"\bmieux\b", "moins exposé", text))
            return Plan(intent="compare", question=said, jobs=[conversation.jobs[0], conversation.own], qualification=plan.qualification, follow_up=True)
        # "elles sont moins exposées ?" after the speaker's colleagues: the job in view against the speaker's own
        they = re.match(r"(et |donc |mais )?(elles?|ils?|eux|lui) (sont|est) (plus|moins) (expose|touche|impacte|concerne|menace)\w*\s*$", folded)
        if they and not named and conversation.own and conversation.jobs and conversation.jobs[0] != conversation.own:
            return Plan(intent="compare", question=f"{text.rstrip(' ?')} que moi ?", jobs=[conversation.jobs[0], conversation.own], qualification=plan.qualification, follow_up=True)
        # "et moi alors, je suis + exposée qu'elle ?": the speaker's own job against the one in view
        me_first = re.search(r"\b(je suis|moi|suis je)\b.{0,25}(\+|\bplus\b|\bmoins\b|\bmieux\b|\bpire\b).{0,30}\bqu(e |')(lui|elle|eux|elles)\b", text.lower().replace("’", "'"))
        if not named and me_first and not asks_a_set and conversation.own and conversation.jobs and conversation.jobs[0] != conversation.own:
            return Plan(intent="compare", question=text, jobs=[conversation.own, conversation.jobs[0]], qualification=plan.qualification, follow_up=True)
        if len(named) != 1 or not conversation.jobs or plan.intent in ("refusal", "out_of_scope"):
            return None
        # "et ma collègue qui est restée chargée de formation, elle est plus tranquille ?": her job against the speaker's
        colleague = re.search(r"\b(ma|mon|notre|nos|mes) (collegues?|binomes?|voisine?s?|cheffe?s?|manager|amie?s?|soeurs?|freres?|mari|femme|copine?s?|copains?)\b", folded)
        quieter = re.search(r"\b(plus|moins) (tranquilles?|protegee?s?|a l abri|en securite|menacee?s?|en danger)\b", folded)
        measured = re.search(r"\b(elle|il|elles|ils) (est|sont|serait|seraient) (plus|moins|mieux|aussi) (exposee?s?|touchee?s?|impactee?s?|concernee?s?|lotie?s?)\b", folded)
        if colleague and (quieter or measured) and not re.search(r"\bque\b", folded) and conversation.own and named[0] != conversation.own:
            calm = quieter and re.search(r"\bplus (tranquilles?|protegee?s?|a l abri|en securite)\b|\bmoins (menacee?s?|en danger)\b", folded)
            said = "moins exposée que moi ?" if calm else "plus exposée que moi ?" if quieter else f"{measured[3]} {measured[4]} que moi ?"
            return Plan(intent="compare", question=f"{named[0].replace('-', ' ')} est {said}", jobs=[named[0], conversation.own], qualification=plan.qualification, follow_up=True)
        # "c'est quoi la différence avec le support technique ?", "compare-le avec le gestionnaire de dossiers"
        against = re.search(r"^((et|ok|donc|mais) )?(c est quoi |quelle est |quelle |y a quoi comme |et )?(la )?(difference|diff|ecart) (avec|par rapport (a|au|aux))\b"
                            r"|^((et|ok|donc) )?compare[rsz]? ?(le|la|les|moi|nous)? (a|au|aux|avec)\b", folded)
        if (against or re.search(r"^(et )?(compare\w*|par rapport|face) (a|au|aux|avec)\b", folded)) and conversation.jobs[0] != named[0]:
            # "et comparé aux gestionnaires de dossiers ?": the job in view against the one named
            return Plan(intent="compare", question=text, jobs=[named[0], conversation.jobs[0]], qualification=plan.qualification, follow_up=True)
        same_job = re.search(r"\b(le )?meme (metier|poste|job)\b|\bla meme chose\b", folded)
        if same_job and conversation.jobs[0] != named[0]:  # "le formateur d'assistance, c'est le même métier ?"
            return Plan(intent="compare", question=text, jobs=[conversation.jobs[0], named[0]], qualification=plan.qualification, follow_up=True)
        compared = re.search(r"\b(plus|moins|aussi|autant|meme|pareil|mieux|pire)\b.*\bque?\b|\bmeme (score|profil|note|exposition|classement|rang)\b", folded)
        pointed = re.search(r"\bque (moi|nous|lui|elle)\b|\b(et|que) (moi|lui|elle|nous)\b|\b(lui|elle|moi) et\b|^(et )?(c est|il est|elle est|ca fait|c|je suis|on est) (plus|moins|aussi|mieux|pire)\b", folded)
        if not (compared and pointed):
            return None
        mine = re.search(r"\b(moi|nous|mon|ma|je|j)\b", folded)
        other = (conversation.mine() if mine else conversation.jobs[:1])[0]
        if other == named[0]:
            return None
        # "le gestionnaire de dossiers est plus exposé que moi ?": the job named is the subject, the pronoun the object
        order = [named[0], other] if re.search(r"\bque (moi|nous|lui|elle)\b", folded) else [other, named[0]]
        return Plan(intent="compare", question=text, jobs=order, qualification=plan.qualification, follow_up=True)

    def the_two_alike(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "quasi pareil non ?", "c'est kif kif ?" after two jobs: the two compared, the likeness checked."""
        folded = fold(text)
        said = re.fullmatch(
            r"((et|donc|alors|bon|ok|ah) )*((c est|ils sont|elles sont|on est|ca fait|c) )?((quasi|presque|a peu pres|pratiquement|quasiment|grosso modo|plutot|vraiment) )?"
            r"(pareils?|la meme chose|identiques?|equivalents?|similaires?|kif kif|comparables?)( (non|donc|alors|hein|quoi|du coup|en fait|finalement|au final))*", folded)
        pair = conversation.pair(folded)
        if not said or len(pair) < 2 or self.planner.jobs_in(text)[0]:
            return None
        jobs = list(conversation.jobs) if 2 <= len(conversation.jobs) <= 4 else pair[:2]  # the jobs just compared, all of them
        return Plan(intent="compare", question=text, jobs=jobs, qualification=plan.qualification, follow_up=True)

    def the_other_of_the_pair(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et l'autre, il est cœur ?" after two jobs compared (or one card after another): the job of the pair that
        is not the one in front, written out in place of "l'autre" and read as a single question."""
        folded = fold(text)
        # "l'autre" alone or before what is said of it ("et l'autre, il est cœur ?"), not "l'autre méthode"
        said = re.search(r"\bl autre\b(?=\s*$|\s+(il|elle|lui|a|est|aussi|alors|du coup|non|c est|chez|selon|en|dans|pour|qui|celui|celle|il est|elle est|a t il|a t elle|est il|est elle|ca|cote|il a|elle a)\b)", folded)
        if said is None or re.search(r"\bl (un|une)\b.*\bl autre\b|\bd (un|une) \w+ (a|vers|sur) l autre\b", folded):
            return None  # "d'un classement à l'autre", "l'un ou l'autre": not a job
        if self.planner.jobs_in(text)[0] or conversation.last is None or plan.intent in ("refusal", "out_of_scope"):
            return None
        last = conversation.last
        if last.intent == "compare" and len(last.jobs) == 2:
            other = last.jobs[1]  # the second of the two compared
        elif len(conversation.recent) >= 2 and last.jobs[:1] == conversation.recent[:1]:
            other = conversation.recent[1]  # the job talked about before the one in view
        else:
            return None
        if last.intent == "job" and re.fullmatch(r"(et |mais |ok |alors )?(pour |de |chez )?l autre( (alors|du coup|aussi))?", folded):
            return last.model_copy(update={"jobs": [other], "follow_up": True})  # "et l'autre ?": the same question (its words) of it
        title = self.planner.tool.by_id[other].job
        written = re.sub(r"\b[lL]['’ ]\s?autre\b", title, text, count=1)
        if written == text:
            return None
        again = self._read_alone(written)
        if again is None or other not in again.jobs_asked():
            return None
        return again.model_copy(update={"explicit": written, "follow_up": True})

    def neighbours_in_the_other_ranking(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et chez les experts ?", "pareil chez PwC ?" after a job's neighbours: the same neighbours, in that ranking."""
        last = conversation.last
        topic = (last.topic or "") if last is not None else ""
        if last is None or last.set_ask is None or not topic.startswith(("neighbour:", "beside:")):
            return None
        folded = fold(text)
        if not re.fullmatch(r"(et |ok et |mais )?(pareil |idem |meme chose |la meme chose )?(et )?(chez|selon|pour|cote|du cote de|dans le classement|avec) (les experts?|pwc|des experts)( alors| aussi| du coup)?"
                            r"|(et )?(pareil|idem|meme chose)( (chez|selon|pour|cote) (les experts?|pwc))?", folded):
            return None
        said = re.search(r"\b(experts?|pwc)\b", folded)
        before = last.set_ask.query.qualification
        which = ("pwc" if said[1] == "pwc" else "expert") if said else ("expert" if before == "pwc" else "pwc")
        base, *rest = topic.split(":", 1)[1].split(":")
        if topic.startswith("beside:") and rest[:1] == ["around"]:
            return self._around(base, which, text)
        if topic.startswith("neighbour:") and last.set_ask.query.position is not None:
            ahead = last.set_ask.query.position < self.planner.tool.by_id[base].exposure(Qualification(before)).rank
            return self._one_place_from(base, which, ahead, text, follow_up=True, in_family=bool(last.set_ask.query.filter.families))
        return None

    def attribute_by_possessive(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "quel est leur niveau d'exposition ?", "et mon score exact chez les experts ?", "ce qui le place à quel
        rang ?": the card of the job in view (the speaker's own for "mon"), not the study's term of that name."""
        folded = fold(text)
        last = conversation.last
        after_neighbour = last is not None and (last.topic or "").startswith("neighbour:")
        # "qui l'a dépassé ?" after a job that lost its place: the one now just above it, with the experts
        overtaken = re.search(r"^(et )?(c est )?qui (l a|m a|nous a|les a|t a|vous a) (depasse|double|passe devant)\b", folded)
        if overtaken:
            folded = "qui est juste devant " + ("moi" if re.search(r"\b(m a|nous a)\b", folded) else "lui") + (" chez les experts" if plan.qualification == "both" else "")
            plan = plan.model_copy(update={"qualification": "expert" if plan.qualification == "both" else plan.qualification})
        neighbour = re.search(r"\bjuste (au dessus|devant|avant|au dessous|en dessous|derriere|apres)\b|^(et )?(c est )?qui (est |sont |c est )?(le seul |la seule |celui )?(devant|derriere|au dessus de|en dessous de) (moi|lui|elle|nous)\b"
                              # "et en dessous de lui dans la famille ?", "et au dessus de moi ?"
                              r"|^(et |mais )?(celui |le metier |qui est )?(au dessus|en dessous|au dessous|devant|derriere) (de )?(moi|lui|elle|nous)\b"
                              rf"|{BEHIND_WHOM}", folded) or (
            after_neighbour and re.fullmatch(r"(et )?(juste )?(au dessus|devant|avant|au dessous|en dessous|derriere|apres)( (de )?(lui|elle|moi|nous))?", folded)
        )  # "c'est qui juste devant moi ?" then "et derrière ?"
        named = self.planner.jobs_in(text)[0]
        # "qui passe devant le statisticien chez les experts ?", "le suivant après le juriste ?": one job named as the place
        around = len(named) == 1 and re.search(
            r"\bqui (est |sont |passe |passent |se trouve |c est |vient )?(juste |directement )?(devant|derriere|au dessus|en dessous|au dessous|apres|avant)\b"
            r"|\b(le|la|celui|celle) (suivante?|precedente?|d apres|d avant|juste (apres|avant|devant|derriere))\b(?!.*\b(question|axe|action|etape)\b)", folded)
        which = plan.qualification if plan.qualification != "both" else (last.qualification if last and last.qualification != "both" else "pwc")
        if around and not re.search(r"\b(places?|rangs?|positions?) (de|d) (plus|moins|gagne|perdu)|\bcombien\b", folded):
            ahead = bool(re.search(r"\b(au dessus|devant|avant|precedente?)\b", folded))
            taken = self._one_place_from(named[0], which, ahead, text, follow_up=last is not None)
            if taken is not None:
                return taken
        sides = re.search(r"\b(ses|mes|leurs|nos|tes|vos) voisins\b(?! (de|pour|vers))|\bvoisins (immediats|directs|dans le classement)\b"
                          r"|\b(au dessus|devant|avant)\b.*\b(en dessous|au dessous|derriere|apres)\b"
                          r"|\b(en dessous|au dessous|derriere|apres)\b.*\b(au dessus|devant|avant)\b", folded)
        base_job = named[:1] if len(named) == 1 else (conversation.mine() if re.search(r"\b(moi|nous|je|j|mes|mon|ma|nos)\b", folded) else conversation.jobs)[:1]
        if sides and base_job and (neighbour or re.search(r"\bvoisins\b", folded)) and len(named) <= 1 and not re.search(reading.SOMEONE_ELSE, folded):
            # "ses voisins immédiats dans le classement PwC ?", "qui est juste au-dessus et en dessous de moi ?": both sides
            return self._around(base_job[0], which, text)
        ranked = last is not None and last.intent == "query" and last.set_ask is not None and "rank" in last.set_ask.outputs
        if (neighbour and not named and ranked and last.set_ask.query.measure in ("places", "points", "moves") and last.set_ask.query.n == 1
                and not re.search(r"\b(moi|nous|lui|elle)\b", folded)):
            # "et qui suit juste derrière ?" after the biggest gain of places: the second of that ranking
            ask = last.set_ask.model_copy(update={"query": last.set_ask.query.model_copy(update={"n": 2}), "nth": 2, "claimed_top": None})
            return Plan(intent="query", question=text, qualification=last.qualification, set_ask=ask, follow_up=True)
        if neighbour and conversation.jobs and not named:
            # "et juste au-dessus de lui côté experts ?": the job one place away in that ranking
            mine = re.search(r"\b(moi|nous|je|j)\b", folded)
            base = last.topic.split(":", 1)[1] if after_neighbour and not re.search(r"\b(lui|elle)\b", folded) else (conversation.mine() if mine else conversation.jobs)[0]
            ahead = bool(re.search(r"\b(au dessus|devant|avant)\b", folded))
            in_family = bool(re.search(r"\b(dans|de) (la|sa|ma|notre|leur|cette) famille\b", folded))
            if re.search(BEHIND_WHOM, folded):
                ahead = not ahead  # "on est juste derrière qui ?": the one ahead of us
            rank = self.planner.tool.by_id[base].exposure(Qualification(which)).rank
            every = ahead and not in_family and 2 < rank <= 8 and not re.search(r"\b(juste|directement|pile|immediatement|just)\b", folded) and re.search(
                r"\bqui (est|sont|c est)? ?devant\b|\bqui est (au dessus|avant) (moi|nous|lui|elle)\b", folded)
            if every:  # "qui est devant moi chez les experts ?" from the 7th: the six ahead, not only the next one
                ids = [j.id for j in self.planner.tool.by_id.values() if j.exposure(Qualification(which)).rank < rank]
                query = JobQuery(filter=JobFilter(job_ids=ids), qualification=which, order="most")
                return Plan(intent="query", question=text, qualification=which, set_ask=SetAsk(query=query, outputs=["rank"]), follow_up=True,
                            topic=f"beside:{base}:ahead:all")
            taken = self._one_place_from(base, which, ahead, text, follow_up=True, in_family=in_family)
            if taken is not None:
                return taken
        same_profile = re.search(r"\b(meme|la meme) (categorie|profil|classification) que (moi|lui|elle|nous)\b", folded)
        if same_profile and conversation.jobs and not named:
            # "qui d'autre est dans la même catégorie que moi chez les experts ?": the jobs of that profile
            job = self.planner.tool.by_id[(conversation.mine() if same_profile[3] in ("moi", "nous") else conversation.jobs)[0]]
            which = plan.qualification if plan.qualification != "both" else "pwc"
            query = JobQuery(filter=JobFilter(profile=job.exposure(Qualification(which)).classification), qualification=which)
            return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=SetAsk(query=query, outputs=["list"]), follow_up=True)
        core = re.search(r"\b(il|elle|lui|ca|c est|mon metier|ce metier|son metier|mon poste|ce poste|le mien|la mienne)\b.*\bcoeurs?\b|\bcoeurs?\b.*\b(mon metier|le mien|la mienne|lui|ce metier)\b", folded)
        why_not_core = re.search(r"\b(pourquoi|pk|pq|comment ca se fait)\b.*\bpas\b.*\bcoeurs?\b", folded)
        asked_of = (named or (conversation.mine() if re.search(r"\b(je|j|moi|mon|ma)\b", folded) else conversation.jobs))[:1]
        if (why_not_core and asked_of and not self.planner.tool.by_id[asked_of[0]].core
                and not re.search(r"\b(monte|baisse|bouge|score|place)\w*\b", folded)):
            # "pk jsuis pas dans les métiers cœur ?": what the core jobs are, not a yes or no
            return Plan(intent="methodology", question=text, topic="core", follow_up=True)
        if core and conversation.jobs and not self.planner.jobs_in(text)[0] and not re.search(
            r"\b(c est quoi|veut dire|signifie|definition|combien|lesquels|quels|seule?s?|top|liste|parmi|dedans|ces|eux|metiers|sous|au dessus|en dessous)\b|\d", folded
        ):  # (not "c'est le seul métier cœur de ce top 5 ?": the list in view; not "2 métiers cœur sont sous 0,20 ?")
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
        if not conversation.jobs or plan.intent in ("refusal", "out_of_scope") or not (around or re.search(POSSESSED_ATTRIBUTE, re.sub(r"\ba (ma|ta|sa|notre|votre|leur|nos) places?\b", " ", folded))):
            return None  # ("l'IA va gérer le réseau à ma place ?": instead of me, not my place in the ranking)
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

    def rows_beside_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c koi les 4 devant nous chez les experts", "les 3 juste derrière lui ?": the jobs just ahead of (or
        behind) the job in view in one ranking, in order."""
        folded = fold(text)
        rows = re.search(r"\bles (\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (juste )?(devant|derriere|au dessus( de)?|en dessous( de)?|avant|apres) (moi|lui|elle|nous|mon metier|ce metier)\b", folded)
        if rows and conversation.jobs and not self.planner.jobs_in(text)[0] and plan.intent not in ("refusal", "out_of_scope"):
            job = self.planner.tool.by_id[(conversation.mine() if rows[6] in ("moi", "nous", "mon metier") else conversation.jobs)[0]]
            which = plan.qualification if plan.qualification != "both" else "pwc"
            n = NUMBER_WORDS.get(rows[1]) or int(rows[1])
            rank = job.exposure(Qualification(which)).rank
            ahead = rows[3] in ("devant", "avant") or rows[3].startswith("au dessus")
            places = range(max(1, rank - n), rank) if ahead else range(rank + 1, min(self.planner.tool.total, rank + n) + 1)
            ids = [j.id for j in self.planner.tool.by_id.values() if j.exposure(Qualification(which)).rank in places]
            if ids:
                query = JobQuery(filter=JobFilter(job_ids=ids), qualification=which, order="most")
                return Plan(intent="query", question=text, qualification=which, set_ask=SetAsk(query=query, outputs=["rank"]), follow_up=True,
                            topic=f"beside:{job.id}:{'ahead' if ahead else 'behind'}")
        return None

    def relative_to_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "qui est encore moins exposé que moi ?", "lesquels sont plus exposés que lui ?": the jobs on one side of
        the job in view (the speaker's for "moi"), in the qualification asked (both when none is)."""
        folded = fold(text)
        # (or "il y a des métiers encore moins touchés ?": "encore" places them against the job in view)
        side = re.search(r"\b(plus|moins) (expose|touche|impacte|menace|concerne)\w* que (moi|lui|elle|nous|mon metier|ce metier|le mien|la mienne)\b", folded) or re.search(
            r"\bencore (plus|moins) (expose|touche|impacte|menace|concerne)\w*()", folded)
        if not side or not conversation.jobs or self.planner.jobs_in(text)[0] or plan.intent in ("refusal", "out_of_scope"):
            return None
        mine = side[3] in ("moi", "nous", "mon metier", "le mien", "la mienne", "")
        # "elle est plus exposée que moi donc ?", "donc moi plus exposé que lui ?": the job in view against the
        # speaker's, one claim between two jobs (read with both titles written out)
        said_of = re.match(r"(?:(?:et|donc|alors|mais|du coup) )*(elle|il|lui|moi|je)(?: (?:est|suis|serait|serais|c est))? (?:donc |alors |bien )?(?:plus|moins)\b", folded)
        # (the speaker who opened with a bare title, "assistante de direction, pas sur plateau", is that job)
        opened = conversation.asked[0].jobs if conversation.asked and len(conversation.asked[0].jobs) == 1 else []
        speaker = conversation.own or next(iter(opened), None)
        if said_of and speaker and conversation.jobs and conversation.jobs[0] != speaker and said_of[1] in (("moi", "je") if not mine else ("elle", "il", "lui")):
            subject, other = (conversation.jobs[0], speaker) if mine else (speaker, conversation.jobs[0])
            rest = folded[side.end():]
            written = f"{self.planner.tool.by_id[subject].job} est {side[1]} exposé que {self.planner.tool.by_id[other].job} {rest} ?"
            again = self._read_alone(written)
            if again is not None and set(again.jobs) >= {subject, other}:
                return again.model_copy(update={"question": text, "explicit": written, "follow_up": True})
        job = self.planner.tool.by_id[(conversation.mine() if mine else conversation.jobs)[0]]
        which = plan.qualification if plan.qualification != "both" else "pwc"
        score = job.exposure(Qualification(which)).score
        # "dans ma famille", "de sa famille": among the jobs of that job's family only
        named_family = self.families.codes(text)[0]
        code = named_family[0] if len(named_family) == 1 else job.family_code  # "dans la famille SI": that one, else the job's
        family = [j.id for j in self.planner.tool.by_id.values() if j.family_code == code] if named_family or re.search(
            r"\b(de|dans) (ma|sa|notre|leur|la|cette) (famille|filiere)\b", folded) else None
        if re.search(r"\b(y (en )?a|yen a|il y a|existe)\b", folded) and claims.yes_no(text) and not re.search(r"\b(beaucoup|plein|bcp|tant|autant|combien)\b", folded):
            # "y a un métier de ma famille plus exposé que moi ?": yes or no first, then the jobs that are
            rows = [i for i in (family or self.planner.tool.by_id) if i != job.id]
            claim = ShownClaim(jobs=rows, quantifier="some", attribute="below" if side[1] == "moins" else "above", number=score, qualification=which)
            ask = SetAsk(query=JobQuery(filter=JobFilter(job_ids=rows), qualification=which))
            return Plan(intent="shown_claim", question=text, jobs=[job.id], shown_claim=claim, set_ask=ask, qualification=which, follow_up=True)
        bounds = {"score_max": score, "score_below": True} if side[1] == "moins" else {"score_min": score, "score_above": True}
        if family:
            query = JobQuery(filter=JobFilter(job_ids=family, **bounds), qualification=which, order="most")
            return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=SetAsk(query=query, outputs=["list"]), follow_up=True)
        query = JobQuery(filter=JobFilter(**bounds), qualification=which, order="most" if side[1] == "moins" else "least", n=5)
        return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=SetAsk(query=query, outputs=["rank"]), follow_up=True)

    def meaning_for_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "ça veut dire quoi 38e ?" after a job's card: where that place stands; "ça veut dire quoi concrètement ?",
        "what does that mean in practice?": the definition of the job's profile."""
        if plan.intent in ("out_of_scope", "refusal"):
            return None  # "l'IA va faire baisser les effectifs de combien ?": not what the AI will do in the job
        folded = fold(text)
        last = conversation.last
        after_a_job = last is not None and (last.intent in ("job", "reassure_job", "reassure", "methodology", "compare", "profiles") or (last.topic or "").startswith("neighbour:"))
        # "pour revenir à mon métier, c'est quoi les compétences les plus touchées ?": the study gives no list per job in
        # this summary; the profile's meaning and the kinds of tasks it finds exposed are what it says
        skills = re.search(r"\b(competences?|taches?|activites?|missions?)\b( \w+){0,3} (le |les )?(plus )?(touchee|exposee|impactee|concernee|menacee|automatisee|transformee)s?\b"
                           r"|\b(qu est ce qui|ce qui|quoi) (est|sera|va etre|serait) (le plus |vraiment )?(touche|expose|impacte|automatise|transforme)\b"
                           # "qu'est-ce qui change dans le taf ?", "ce que l'IA pourrait faire pour moi", "et ce qu'elle peut pas faire ?"
                           r"|\b(qu est ce qui|ce qui|quoi) (change|changera|changerait|va changer)\b|\b(l ia|elle|ca) (pourrait|peut|pourra|va|saura|sait) (faire|m aider|nous aider|aider)\b"
                           r"|\b(peut|pourra|sait|saura) pas faire\b|\b(l ia|elle) (sait|peut|pourra|saura) (bien |tres bien |mieux )?faire\b|\btaches?\b.*\b(aider|automatis\w*|remplac\w*)\b"
                           # what stays human, what the AI would be used for: "c'est quoi qui est pas automatisable dans notre
                           # boulot ?", "ce qu'on fait mieux que l'IA", "ce qui nous protège", "ça va servir à quoi l'IA pour … ?"
                           r"|\b(pas|non) automatisable\w*\b|\b(reste|restera|restent|resteront) humain\w*\b|\bnous protege\w*\b|\bmieux que l ia\b"
                           r"|\bservir a quoi\b.*\bl ia\b|\bl ia\b.*\bservir a quoi\b|\bl ia (va|pourrait|peut|pourra) (nous |m |me )?servir\b", folded)
        if skills and conversation.jobs and not self.planner.jobs_in(text)[0] and (conversation.own or re.search(r"\b(son|sa|ses|ce metier|ce genre de metier|ce type de metier|il|elle|notre|nos|nous|on)\b", folded)):
            mine = re.search(r"\b(moi|mon|mes|ma|nous|notre|nos|je)\b", folded)
            return self._profile_of((conversation.mine() if mine else conversation.jobs)[0], text, plan, "tasks")
        if not conversation.jobs or not after_a_job or self.planner.jobs_in(text)[0]:
            return None
        # "et concrètement pour moi ?" after the speaker's profile was explained: what it means for their days
        for_me = re.fullmatch(r"(et |mais |ok |donc )?(concretement|en pratique|au quotidien)( (pour|dans) (moi|nous|mon boulot|mon travail|mon poste|mon metier|mes journees|mon quotidien))?( alors| du coup)?", folded)
        if for_me and conversation.own:
            return self._profile_of(conversation.own, text, plan, "tasks")
        asks_meaning = re.search(r"\b(veut dire|veulent dire|signifie\w*|ca implique|c est a dire|mean|means)\b", folded)
        # "ça veut dire quoi concrètement pour mes journées ?": the profile, then the tasks the study finds exposed
        concrete = r"( (concretement|en pratique|in practice|au quotidien))?( (pour|dans) (moi|lui|nous|eux|mes journees|mon boulot|mon travail|mon poste|mon quotidien|mon metier|mes taches|notre travail|notre metier|nos journees))?"
        if not asks_meaning:
            return None
        said_profile = profile_in(folded)
        if said_profile and re.search(r"\bpour (moi|nous|mon|ma|mes)\b", folded):
            # "et ça implique quoi pour moi forte transfo ?": that profile, and the kinds of tasks it touches
            return Plan(intent="profiles", question=text, profile=said_profile, qualification=plan.qualification, topic="tasks", jobs=conversation.mine())
        if re.search(r"\b\d{1,2} ?(e|eme|er|ere)\b", folded):  # a place of the card
            return Plan(intent="job", question=text, jobs=conversation.jobs[:1], qualification=plan.qualification, topic="place")
        if re.fullmatch(rf"(et |mais |ok |donc )?((ca|cela|that|it|ce profil|son profil|ce score) )?(veut dire|signifie|means?|does (that|it) mean)( quoi)?{concrete}( exactement)?"
                        rf"|(et |mais |ok |donc )?(qu est ce que|que) (ca|cela|that) (veut dire|signifie){concrete}|(que veut dire|what does) (ca|cela|that|it)( mean)?{concrete}", folded):
            mine = re.search(r"\b(moi|mon|mes|nous|notre|nos)\b", folded)
            tasks = "tasks" if re.search(r"\b(concretement|en pratique|in practice|quotidien|journees|taches)\b", folded) else None
            return self._profile_of((conversation.mine() if mine else conversation.jobs)[0], text, plan, tasks)
        return None

    def _profile_of(self, job_id: str, text: str, plan: Plan, topic: str | None) -> Plan:
        """The definition of a job's profile (the experts' unless the turn names PwC), with the tasks the study finds
        exposed when ``topic`` is "tasks"."""
        which = plan.qualification if plan.qualification != "both" else "expert"
        profile = self.planner.tool.by_id[job_id].exposure(Qualification(which)).classification
        # (the job stays in view: "et ce genre de métier ?", "une fiche pour mon métier ?" come after)
        return Plan(intent="profiles", question=text, profile=profile, qualification=plan.qualification, topic=topic, jobs=[job_id])

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

    def attribute_of_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "il a quel profil ?", "et son score ?", "elle est à quelle place ?": the job the last answer was about."""
        folded = fold(text)
        if conversation.jobs and plan.intent in ("retrieval", "absent_job") and re.search(r"\b(quelle|c est quoi (la|sa|leur)|de quelle|dans quelle) famille\b", folded):
            mine = re.search(r"\b(je|j|mon|ma|moi|on)\b", folded)  # "et je suis dans quelle famille ?" after a colleague's job: mine
            return Plan(intent="job", question=text, jobs=conversation.mine() if mine else conversation.jobs[:1], qualification=plan.qualification)  # the card says it
        if (
            not conversation.jobs
            or plan.intent not in ("retrieval", "absent_job", "ambiguous_job")
            or len(re.sub(r"^(et )?(est ce que?|dis moi)\s*", "", folded).split()) > 8
            or re.search(r"\bqui\b|\b(quels|quelles) (autres|metiers|postes)\b|\blesquel\w*|\bautres?\b", folded)  # "ça concerne qui d'autre ?": other jobs
            or not (re.search(r"\b(il|elle|son|sa|ses|lui|celui ci|celle ci|ce metier|ce poste|mon|ma|mes|on|nous|notre|je|j|ca|cela|leur|leurs)\b|^et en \w+$", folded)
                    or self._attribute_of_the_card(folded, conversation))
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

    @staticmethod
    def _attribute_of_the_card(folded: str, conversation: Conversation) -> bool:
        """ "et le rang ?" right after one job's card: that job's, as "et son rang ?" would be."""
        last = conversation.last
        return bool(last is not None and last.intent == "job" and len(last.jobs) == 1 and re.fullmatch(
            rf"(et |and )?(le|la|l|les|the) {ATTRIBUTE}s?( exacte?s?)?( (chez|selon|pour|avec) (les )?(experts?|pwc))?", folded))

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

    def claim_on_the_conversation_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est le plus bas de l'étude ?" about the job of the conversation: a claim to check on its card."""
        # "donc si je comprends bien je passe de …": the hedge is no part of the claim
        folded = re.sub(r"\s+", " ", re.sub(r"\b(si je comprends bien|si j ai bien compris|en gros|du coup|en fait|bref|franchement)\b", " ", fold(text))).strip()
        alone = re.fullmatch(r"\s*[01][,.]\d\d\s*(\?!+|!+\??)\s*", text)  # "0,82 ?!": the figure of the job in view, surprised
        surprised = ("??" in text or "?!" in text) and not reading.worried(text)  # "2e sur 58 ?? sérieux" asks, it does not worry
        bare = ("??" not in text and "?!" not in text or alone or surprised) and re.fullmatch(r"((ah|oh|bah|ben|quand meme|donc|alors|wow|waouh|hein|ok|ouais|ouah|serieux|serieusement|attends) )*(\d{1,2} ?(e|eme|er)|[01] \d\d)( sur (58|combien))?( (chez|selon) (pwc|les experts))?( (alors|donc|quand meme|vraiment))?"
                                                           r"(?P<size> (c est|c|ca fait|ca reste) (beaucoup|peu|enorme|grave|bien|normal|haut|bas|eleve|faible|pas mal)( non)?)?( (c est|c) (bien |donc )?(ca|exact|juste|vrai|correct))?( (serieux|serieusement|vraiment|quoi|sans blague|c bon signe|c est bon signe|non|hein))*", folded)
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
        safe = re.fullmatch(
            r"((et|donc|alors|mais|du coup|bon) )*((on est|je suis|c est|il est|elle est) )?((plutot|vraiment|bien) )?"
            r"(tranquilles?|peinards?|a l abri|epargnee?s?|safe|sauvee?s?|pas (concernee?s?|menacee?s?|touchee?s?))( (alors|donc|non|quoi|du coup))*",
            folded,
        )
        if safe and conversation.jobs and plan.intent not in ("refusal", "out_of_scope"):
            # "donc tranquille ?" after the speaker's job: a claim that it is safe, checked on its card
            return Plan(intent="job", question=text, jobs=conversation.mine(), follow_up=True, qualification=plan.qualification)
        if (
            conversation.jobs
            and claims.yes_no(text)
            and re.match(
                r"^(et |donc |alors |mais )?((mon|ma) (chef|manager|collegue|responsable|rh)|on|ils?) (m a )?(dit|dis|disent|pretend\w*|affirme\w*) (que |qu )?"
                r"|^(et |donc |alors |mais )?(c est|ce n est|ca|il|elle|on|mon metier|mon score|son metier|ce metier|le metier|je suis|j ai|je passe|je suis passe|on passe|il passe|je fais partie|on fait partie|je reste|il reste|elle reste|on reste|je suis toujours|il est toujours)\b"
                # "les experts l'ont remonté ?": the job in view, as the object
                r"|^(et |donc |alors |mais )?(les experts|pwc|ils) (l|m|nous) (ont|a|auraient|aurait)\b"
                # "donc les experts me trouvent moins exposée que pwc ?"
                r"|^(et |donc |alors |mais )?(les experts|pwc|ils) (me|m|le|la|l|nous) (trouvent|jugent|voient|considerent|estiment|classent|placent|mettent)\b"
                r"|^(et |donc |alors |mais )?\d{1,2} places?\b",  # "+29 places c'est le record ?"
                folded,
            )
            and plan.intent not in ("refusal", "out_of_scope", "sheets", "recommendations", "priority_actions", "maturity", "dialia")
            and not (plan.intent == "methodology" and plan.topic == "score")  # "0,78 ça veut dire 78 % de mon travail ?": no claim on the card
            and not re.search(r"(?<!quand )\bmeme\b|\bdeux\b(?! qualifications)|\btous\b|\b\d+ metiers\b|\bfamille\b|\bcoheren\w*|\bcorrespond\w*|\bconforme\w*|\bcoll(e|ent|er)\b", folded)
            and not reading.worried(text)
            and not self.planner.jobs_in(text)[0]
            and not re.search(r"%|\bpour ?cent\b", text)  # "ça fait 73 % sans règles alors ?": a share of the survey, no job's
            and not (re.search(r"\brecord\b", folded) and conversation.last is not None and conversation.last.set_ask is not None)
            and not re.search(r"\b(ce top|cette liste|la liste|parmi (ce|ces|cette|eux|elles|la liste)|dedans|de ces|ces \d+|seule?s?)\b", folded)  # the list in view, not its last job; "le seul … ?" counts a set
        ):
            mine = re.search(r"\b(on|je|j|mon|ma)\b", folded)  # "on est tranquilles alors ?", "mon chef dit que mon score…"
            return Plan(intent="job", question=text, jobs=conversation.mine() if mine else conversation.jobs[:1], follow_up=True, qualification=plan.qualification)
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
            or re.match(r"(et |mais |donc )?(le|la) (dernier|derniere|premier|premiere)\b", folded)  # "et le dernier, il a quel score ?": another job
            or (re.search(reading.SOMEONE_ELSE, folded) and not re.search(r"\b(ce|cet) (metier|poste|job)\b", folded))  # "et ma sœur, elle est assistante": hers
        ):
            return None
        return Plan(intent="job", question=text, jobs=conversation.jobs[:1], qualification=plan.qualification)

    def _around(self, base: str, which: str, text: str) -> Plan:
        """The jobs one place ahead of and behind ``base`` in one qualification's ranking, with it (topic
        "beside:<job>:around": the answer says the two first)."""
        rank = self.planner.tool.by_id[base].exposure(Qualification(which)).rank
        ids = [j.id for j in self.planner.tool.by_id.values() if abs(j.exposure(Qualification(which)).rank - rank) <= 1]
        query = JobQuery(filter=JobFilter(job_ids=ids), qualification=which, order="most")
        return Plan(intent="query", question=text, qualification=which, set_ask=SetAsk(query=query, outputs=["rank"]), follow_up=True,
                    topic=f"beside:{base}:around")

    def _one_place_from(self, base: str, which: str, ahead: bool, text: str, follow_up: bool, in_family: bool = False) -> Plan | None:
        """The job one place ahead of (or behind) ``base`` in one qualification's ranking (or its family's); None past
        either end."""
        among = JobFilter(families=[self.planner.tool.by_id[base].family_code]) if in_family else JobFilter()
        ranks = [r.pwc.rank if which == "pwc" else r.expert.rank for r in self.planner.tool.query(JobQuery(filter=among, qualification=which, order="most")).rows]
        here = ranks.index(self.planner.tool.by_id[base].exposure(Qualification(which)).rank) + (-1 if ahead else 1)
        if not 0 <= here < len(ranks):
            return None
        ask = SetAsk(query=JobQuery(filter=among, qualification=which, position=ranks[here], order="most"), outputs=["rank"], family_named=in_family)
        return Plan(intent="query", question=text, qualification=which, set_ask=ask, follow_up=follow_up, topic=f"neighbour:{base}")

    def move_of_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "on a gagné combien de places ?", "de combien de places il a gagné ?", "il a perdu combien ?": the move of
        the job in view (the speaker's for "on", "je"), on its card, not the ranking of the biggest moves."""
        folded = fold(text)
        said = re.search(r"\b(il|elle|on|j|je|nous)\b (a|ai|avons|aurait) (gagne|perdu|pris|monte|recule|descendu|grimpe|bouge)\b", folded)
        if not said or not re.search(r"\bcombien\b", folded) or re.search(r"\b(qui|lequel|laquelle|lesquels|quels?|quelles?|metiers|ils|elles|le plus|record|familles?)\b", folded):
            return None
        # places, not jobs, colleagues or money ("on a perdu combien d'emplois ?" is a forecast)
        if not re.search(r"\b(places?|rangs?|positions?|crans?)\b|\bcombien( exactement)?( chez les experts| avec les experts)?\s*$", folded):
            return None
        if self.planner.jobs_in(text)[0] or plan.intent in ("refusal", "out_of_scope"):
            return None
        jobs = conversation.mine() if said[1] in ("on", "j", "je", "nous") else conversation.jobs[:1] if len(conversation.jobs) == 1 else []
        if not jobs:
            return None
        return Plan(intent="job", question=text, jobs=jobs, qualification="both", follow_up=True)

    def moves_of_the_jobs_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "ils ont monté de combien ?", "et ils ont bougé avec les experts ?" after several jobs were shown: each one's
        move from PwC to the experts, in the order shown (a question that picks among them is the set reader's)."""
        folded = fold(text)
        last = conversation.last
        named_set = last is not None and last.set_ask is not None and bool(last.set_ask.query.filter.job_ids)
        jobs = conversation.jobs if len(conversation.jobs) >= 2 and (named_set or last is not None and last.intent == "compare") else []
        if not jobs and re.search(r"\b(ils|elles|les deux|tous les deux)\b", folded):
            jobs = conversation.pair(folded)  # "ils ont monté de combien ?" after one of the two was picked: the two
        if (
            len(jobs) < 2
            or not re.search(MOVES_ASKED, folded)
            or not re.search(r"\b(ils|elles|eux|les deux|tous|toutes|chacun\w*|ces metiers)\b", folded)
            or re.search(r"\b(le|la|les|l) (plus|moins)\b|\b(lequel|laquelle|lesquel\w*|qui|quels?|quelles?)\b|\bcombien (sont|ont|de metiers|y en|d entre)|\bseul\w*\b", folded)
            or self.planner.jobs_in(text)[0]
            or reading.worried(text)
            or (re.search(r"\b(tous|toutes|aucun\w*|chacun\w*)\b", folded) and not re.search(r"\bcombien\b", folded))  # "ils ont tous reculé ?": a claim
            or re.search(r"\d", folded)  # "ils ont pris 14 places ?": a claim, checked by the claim readers
        ):
            return None
        query = JobQuery(filter=JobFilter(job_ids=jobs), measure="places", qualification="expert" if plan.qualification == "expert" else "pwc")
        return Plan(intent="query", question=text, set_ask=SetAsk(query=query, outputs=["list"]), follow_up=True)

    def the_two_compared(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "compare les deux", "et entre eux ?": the two jobs the conversation is about."""
        folded = fold(text)
        # "lequel des deux l'est le plus ?" (the set reader takes "lequel des deux est le plus exposé ?")
        which_more = not re.search(r"\b(expos|touch|impact|concern|menac)\w*", folded) and re.search(r"\b(lequel|laquelle|qui)\b.*\b(des deux|de nous deux|d entre eux|des 2)\b.*\b(le plus|le moins)\b|\b(lequel|laquelle)\b.*\b(le plus|le moins)\b.*\b(des deux|de nous deux|des 2)\b", folded)
        if re.search(r"\b(pour|de) (chacun|chacune|les deux)\b", folded) and re.search(r"\b(ecart|evolution|difference|places?|rangs?|scores?)\b", folded) and len(conversation.pair()) == 2 and not self.planner.jobs_in(text)[0]:
            return Plan(intent="compare", question=text, jobs=conversation.pair(), qualification=plan.qualification, follow_up=True)  # "l'écart de places pour chacun ?"
        # "compare-les", "mets-les côte à côte", "on est où l'un par rapport à l'autre ?": the two in view
        side_by_side = re.search(r"^(et |bon |ok )?(compare|comparez|comparer|mets|mettez|met|place|affiche)[sz]?( moi| nous)?[ -]les\b|\bcote a cote\b|\bl un par rapport a l autre\b", folded)
        # "l'écart est de combien chez les experts ?" right after two jobs were compared: their gap
        gap = re.search(r"\b(ecart|difference)\b", folded) and conversation.last is not None and conversation.last.intent == "compare"
        if gap and not re.search(r"\b(metiers|familles?|qualifications|pwc et|entre pwc)\b", folded) and len(conversation.pair()) == 2 and not self.planner.jobs_in(text)[0]:
            return Plan(intent="compare", question=text, jobs=conversation.pair(), qualification=plan.qualification, follow_up=True)
        if side_by_side and len(conversation.pair()) == 2 and not self.planner.jobs_in(text)[0]:
            return Plan(intent="compare", question=text, jobs=conversation.pair(), qualification=plan.qualification, follow_up=True)
        if (
            (re.search(r"\b(compar\w*|versus|vs|difference|ecart)\b", folded) or which_more)  # "lequel des deux l'est le plus ?"
            and re.search(r"\b(les deux|ces deux|eux deux|entre eux|les 2|ces 2|des deux|de nous deux|des 2)\b", folded)
            and not self.planner.jobs_in(text)[0]
            and len(conversation.pair()) == 2
            and not re.search(r"\b(places?|rangs?|bouge|progress\w*|recul\w*|gagn\w*|perdu|monte|baisse)\b", folded)  # a move: the set reader's
        ):
            return Plan(intent="compare", question=text, jobs=conversation.pair(), qualification=plan.qualification, follow_up=True)
        return None
