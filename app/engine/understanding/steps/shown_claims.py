"""Claims about what the conversation just showed, read with one small grammar instead of one reading per phrasing:
which jobs (the rows shown, the last two or three talked about, a family named), how many of them (tous, aucun,
certains, un seul, le seul, le plus, le moins), what is said of them (a profile, core jobs, a family, a move
between the two qualifications, a place in the top N, a score threshold) and in which qualification."""

from __future__ import annotations

import re

from knowledge.text import fold
from scoring.models import JobFilter, JobQuery

from ...plan import Conversation, Plan, SetAsk, ShownClaim
from .. import claims
from ..planner import qualification_of
from ..sets import set_shown
from .base import Steps

_COUNT = rf"(\d{{1,2}}|{'|'.join(claims.COUNTS)})"
# the jobs said as a group: a pronoun, "ceux-là", "ces métiers", "les cinq", "là-dedans"
GROUP = (
    r"^(?:(?:et|donc|alors|mais|bon|ok|du coup|en fait|bref|attends?) )*(?:ils|elles|ceux ci|ceux la|celles ci|celles la|ces (?:metiers|postes|jobs|\w+ metiers)|les (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2}))\b"
    r"|\b(?:la dedans|parmi eux|parmi elles|dans (?:ce|cette) (?:top|liste|lot|classement|groupe|tableau)|de (?:ce|cette) (?:top|liste|lot|groupe))\b"
)
ALL = r"\b(?:tous|toutes)\b(?! les metiers\b)|\bque des\b|\bsans exception\b|\ben entier\b|\btoute dedans\b"
NONE = r"\baucun\w*\b|\bpas un seul\b|\bpas un\b|\bpersonne\b|\bnul\w*\b"
SOME = (
    r"\b(?:il )?y (?:a|en a)(?: t il)?(?: (?:quand meme|bien|aussi|deja))? (?:un|une|des|quelqu\w*|au moins un\w*)\b(?! (?:seul|peu)\b)|\by en a(?: t il)? qui\b"
    r"|\bcertains\b|\bcertaines\b|\bau moins un\w*\b|\bun d (?:entre )?eux\b|\bune d (?:entre )?elles\b|\bl un d (?:entre )?eux\b"
)
ONE = r"\bun seul\b|\bune seule\b|\bqu un\b|\bqu une\b"
ONLY = r"\b(?:le|la) seule?\b|\bseule?ment\b|\buniquement\b"
MOST = r"\b(?:le|la) plus (?:expose|touche|impacte|menace|haut|concerne)\w*\b|\b(?:le|la) (?:mieux classee?|premiere?)\b"
LEAST = r"\b(?:le|la) moins (?:expose|touche|impacte|menace|concerne)\w*\b|\b(?:le|la) plus bas(?:se)?\b|\b(?:le|la) (?:moins bien classee?|derniere?)\b"
# the speaker, the job in view, in a superlative ("c'est moi la moins exposée", "c'est lui le premier")
SPEAKER = r"\b(?:moi|je suis|j suis|chui|suis je)\b"
IN_VIEW = r"\b(?:lui|elle|il|c est|c etait|ca)\b"

PROFILES = (
    (r"\bforte(?:ment)? transfo\w*", "En forte transformation"),
    (r"\ben evolution\b", "En évolution"),  # (not "la colonne évolution")
    (r"\bemergents?\b|\bemergentes?\b", "Emergent"),
    (r"\bnon (?:impacte|touche|concerne)\w*|\bnegligeable\w*|\b(?:quasi |presque |pratiquement )?pas (?:du tout )?(?:exposes?|impactes?|touches?)\b|\bepargne\w*", "Non impacté ou de manière négligeable"),
)
CORE = r"\b(?:metiers? )?(?:de )?coeur\b|\bcoeurs? de metier\b|\bcore\b"
SAME_PLACE = r"\b(?:ne )?bougen?t? pas\b|\bpas bouge\w*|\bstables?\b|\b(?:la )?meme (?:place|position|rang)\b|\bgarden?t? (?:leur|sa|son|la|le) (?:place|position|rang)\b"
PROFILE_KEPT = r"\bgarde\w* (?:leur|son|sa|le|la) (?:meme )?(?:profil|categorie|classification)\b|\brest\w* (?:dans|au|a) (?:leur|son|le|la) (?:meme )?(?:profil|categorie)\b|\bmeme (?:profil|categorie) (?:chez|selon|pour) "
PROFILE_CHANGED = r"\bchangen?t? de (?:profil|categorie|classe|classification)\b|\bbascul\w*|\b(?:profil|categorie) (?:a |ont )?change\w*"
UP = r"\b(?:montent|monte|montes|progress\w*|gagn\w*|remont\w*|grimp\w*|bondi\w*|en hausse|pris)\b|\bplus expose\w* (?:chez|selon|pour|avec) les experts\b|\bmieux classe\w* (?:chez|selon|par|avec) les experts\b|\bmoins bien classe\w* (?:chez|selon|par|avec) pwc\b"
DOWN = r"\b(?:recul\w*|baiss\w*|perd\w*|perdu\w*|descend\w*|chut\w*|degringol\w*|en baisse)\b|\bmoins expose\w* (?:chez|selon|pour|avec) les experts\b|\bmieux classe\w* (?:chez|selon|par|avec) pwc\b|\bmoins bien classe\w* (?:chez|selon|par|avec) les experts\b"
TOP = rf"\btop ?{_COUNT}\b|\b(?:dans|parmi) les {_COUNT} (?:premiers|plus exposes?)\b"
THRESHOLD = r"\b(?P<way>au dessus|plus|en dessous|moins|sous|over|above|under|below)(?: de| d| que)? (?P<value>[01][,.]\d{1,2})\b"
# a set the claim names as its subject ("aucun métier cœur", "tous les émergents", "y a un métier en forte transfo")
SUBJECT_SET = (
    # (an article or "métier" before the set's word: "ils sont tous non impactés ?" says it of the rows shown)
    r"\b(?P<quantifier>tous|toutes|aucun|aucune|plus aucun|certains|un seul|y a (?:t il )?(?:un|des)|y en a t il)\s+"
    r"(?P<subject>(?:(?:les |des |de |d )(?:metiers? )?|metiers? )(?:(?:de )?coeur(?: de metier)?|emergents?|en forte transfo\w*|non impactes?)(?: d assistance)?|coeurs? de metier)\b"
)
# the same set said with its article alone, as the sentence's subject ("donc les émergents ne bougent pas ?")
SUBJECT_SET_PLAIN = (
    r"^(?:(?:et|donc|alors|mais|bref|du coup) )*(?P<quantifier>les) (?:\d{1,2} )?"
    r"(?P<subject>(?:metiers? )?(?:coeur(?: d assistance)?|emergents|en forte transfo\w*|non impactes))\b(?= (?:ne |n |sont|ont|restent|montent|baissent|perdent|gagnent|changent|bougent))"
)
QUANTIFIERS = {"les": "all", "tous": "all", "toutes": "all", "aucun": "none", "aucune": "none", "certains": "some", "seul": "one", "un": "some", "des": "some", "il": "some"}
# a family the claim is checked within ("dans cette famille", "de ma famille", "famille 03")
FAMILY_SCOPE = r"\b(?:de|dans|parmi) (?:la |sa |ma |leur |notre |cette )?famille\b|\bfamille \d{1,2}\b"
# a family said of the jobs ("ils sont tous dans la famille SI ?", "on est de la même famille ?"), not their scope
FAMILY_SAID = r"\b(?:sont|est|soient|suis|sommes|etes)(?: tous| toutes| bien| tous les deux| pas)* (?:dans|de) (?:la )?(?P<same>meme )?famille\b"
# a claim states something: a verb says it ("tous en évolution ?" says it with its quantifier alone)
VERB = (
    r"\b(?:est|sont|soit|soient|a|ont|reste\w*|passe\w*|mont\w*|baiss\w*|gagn\w*|perd\w*|perdu|chang\w*|bouge\w*|recul\w*"
    r"|progress\w*|garde\w*|etai\w*|suis|sommes|etes|y a|y en a|c est|descend\w*|depass\w*|fait|font|figure\w*|sort\w*|quitte\w*|entre\w*|rentre\w*|devien\w*)\b"
)
# one job out of a top N ("le formateur sort du top 5 chez les experts ?")
# (in one: "il est dans le top 5 ?" is the job readings', which say in which qualification)
IN_OR_OUT_OF_TOP = rf"\b(?:sort\w*|quitte\w*|n est plus|plus) (?:du|dans le|le|de son) top ?{_COUNT}\b"
# what one job is said to be that the job readings leave without a verdict: a move of N places, a half of the ranking,
# better placed with one qualification, the same profile kept
ONE_JOB_SAID = (
    rf"\b(?:pris|gagne\w*|perdu|monte\w*|descend\w*|recule\w*|grimpe\w*|chute\w*) (?:de )?{_COUNT} (?:places?|rangs?|crans?)\b"
    r"|\bmoitie (?:basse|inferieure|du bas|haute|superieure|du haut)\b|\b(?:seconde|premiere) moitie\b"
    r"|\b(?:mieux|moins bien) classe\w* (?:chez|selon|par|avec) (?:pwc|les experts)\b"
)
# the earlier qualification said by its time: PwC's came first, the experts' went over it
BEFORE = r"\b(?:avant|au debut|au depart|initialement|a l origine|d abord)\b.*\b(?:etais|etait|etions|etiez|etaient)\b|\b(?:etais|etait|etions|etaient)\b.*\b(?:avant|au debut|au depart|initialement|a l origine|d abord)\b"
SAME_SCORE = r"\b(?:meme|garden?t? (?:le|son|sa|leur) (?:meme )?) (?:score|note)\b(?! que\b)"
SAME_FAMILY = r"\bmeme famille\b"  # "on est de la même famille ?", "même famille que moi ?"
# a claim asked again in the other qualification
SWITCH = r"(?:et |mais |ok |et donc )?(?:chez|selon|pour|avec|dans|d apres|cote) (?:pwc|les experts?(?: metiers?)?|la qualification (?:pwc|des experts))(?: alors| aussi| du coup| maintenant)?"
BOTH = r"\b(?:dans|pour|chez|selon) les deux\b(?! (?:metiers|postes))|\bdes deux cotes\b|\bpartout\b|\bdans les 2\b|\baux deux\b"


class ShownClaimSteps(Steps):
    def count_of_them_claimed(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "2 sur 3 alors ?" after a claim on the jobs shown ("ils sont tous cœur dans ma famille ?"): the same claim,
        said of that many of them; "2 des 3 sont cœur ?" says what of them."""
        last = conversation.last
        if last is None or last.intent != "shown_claim" or last.shown_claim is None or plan.intent in ("refusal", "out_of_scope"):
            return None
        folded = fold(text)
        said = re.fullmatch(rf"((?:et|donc|alors|du coup|ok|bon|mais) )*{_COUNT} (?:sur|des|parmi les|d entre les|out of|of) {_COUNT}\b(?P<rest>.*)", folded)
        if said is None or re.search(r"%|[,.]\d", text):
            return None
        before = last.shown_claim
        if claims.count_said(said[3]) != len(before.jobs) or before.attribute not in ("profile", "core", "family", "up", "down", "same_place", "profile_changed", "profile_kept", "top", "above", "below"):
            return None
        rest = said["rest"]
        attribute, value = before.attribute, before.value
        if re.search(CORE, rest):
            attribute, value = "core", None
        else:
            for pattern, label in PROFILES:
                if re.search(pattern, rest):
                    attribute, value = "profile", label
        if len(rest.split()) > 8 or (attribute == before.attribute and value == before.value and len([w for w in rest.split() if w not in ("alors", "donc", "c", "est", "ca", "non", "hein", "plutot", "sont", "des", "metiers")]) > 2):
            return None  # more said than a count of the same claim
        negated = attribute in ("core", "profile") and bool(re.search(r"\b(non|pas|ne sont pas|n est pas)\b", rest)) if rest.strip() else before.negated
        claim = before.model_copy(update={"quantifier": "count", "claimed": claims.count_said(said[2]), "attribute": attribute, "value": value, "negated": negated, "subject": None})
        return last.model_copy(update={"question": text, "shown_claim": claim, "follow_up": True})

    def claim_on_what_was_shown(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "ils sont tous en forte transfo ?", "aucun n'est cœur là-dedans ?", "y en a un qui monte ?", "c'est moi
        la moins exposée des trois ?", "c'est le seul métier cœur de la famille 03 ?" after jobs were shown."""
        folded = fold(text)
        # "ils sont tous RH ?", "les 8 émergents sont tous dans le SI ?", "il est pas dans la data lui aussi ?": of that family
        bare = re.match(r"(?P<head>.*?\b(?:(?:ils|elles|emergents|non impactes|transformation|transfo|evolution|coeur|metiers) sont(?: tous| toutes)?"
                        r"|(?:il|elle) (?:n )?est(?: pas)?)) "
                        r"(?:des |du |de l |de la |en |dans l |dans le |dans la |dans les )?(?P<rest>\w+(?: \w+){0,3}?)(?: (?:lui|elle) aussi| aussi| non| hein)?$", folded)
        strong = bare and (self.families.codes(bare["rest"], loose=True)[0] or re.fullmatch(r"(le |la |les )?(si|rh)", bare["rest"]))
        if bare and strong and "famille" not in folded and len(self.families.codes("famille " + bare["rest"])[0]) == 1:
            folded = f"{bare['head']} de la famille {bare['rest']}"
            text = folded + (" ?" if text.rstrip().endswith("?") else "")
        last = conversation.last
        if last is not None and last.shown_claim is not None and re.fullmatch(SWITCH, folded):
            # "et chez pwc ?" after a claim checked in the experts' qualification: the same claim, in PwC's
            said = qualification_of(folded)
            claim = last.shown_claim.model_copy(update={"qualification": said})
            return last.model_copy(update={"question": text, "shown_claim": claim, "qualification": said})
        other_family = self.families.codes(text)[0] if last is not None and last.shown_claim is not None else []
        # (a claim about one job among others, "plus exposé que …", is not asked again of a family)
        if len(other_family) == 1 and last.shown_claim.subject is None and re.match(r"(?:et|mais|pour|idem|meme question)\b", folded) and not re.search(VERB, folded):
            # "y a des métiers cœur dans la famille RH ?" then "et dans la famille gestion d'assistance ?": the same claim there
            rows = list(self.families.families[other_family[0]].jobs)
            claim = last.shown_claim.model_copy(update={"jobs": rows, "subject": None})
            return last.model_copy(update={"question": text, "shown_claim": claim, "jobs": self._focus(claim),
                                           "set_ask": last.set_ask.model_copy(update={"query": last.set_ask.query.model_copy(update={"filter": JobFilter(job_ids=rows)})}) if last.set_ask else None})
        # ("y en a un qui monte ?": its "qui" asks nothing)
        if not (claims.yes_no(text) or re.search(r"\b(alors|du coup|donc)\s*$", folded) or re.search(r"\by (?:en )?a(?: t il)?(?: (?:un|une|des|quelqu\w*)(?: \w+)?)? qui\b(?!.*\b(?:lequel|laquelle|lesquels|quel\w*|combien)\b)", folded)):
            return None
        if re.search(r"%|\bpour ?cent\b|\bentreprises?\b|\bboites?\b|\bsocietes?\b|\bsalaries\b", folded):
            return None  # the survey's shares, not the jobs shown
        if re.search(r"(?<!\btous )(?<!\btoutes )\b(ceux|celles|celui|celle)\b(?! (ci|la)\b)|\b(seront|serait|seraient|sera|deviendr\w*|en 20\d\d)\b|\bsi (on|l|la|le|les|ca|il|elle|ils|elles|je|tout|c)\b", folded):
            return None  # "et parmi eux ceux en forte transfo ?" asks which; "en 2030 ils seront tous…" is a forecast
        if re.search(r"\b(deuxieme|second|seconde|troisieme|quatrieme|cinquieme|\d{1,2} ?(e|eme|er|ere))\b", folded):
            return None  # "le troisième de cette liste, c'est un métier cœur ?": one row, picked by its place
        if not re.search(VERB, folded) and not re.search(rf"{ALL}|{NONE}|{ONE}|{SAME_FAMILY}", folded):
            return None  # "et dans le top 5 des experts ?": the last question asked again of another set, no claim
        # (the jobs named before "famille …": a family's name holds job titles, "Juridique, conformité, qualité")
        before_family = text[: text.lower().index("famille")] if re.search(FAMILY_SAID, folded) and "famille" in text.lower() else text
        named = list(self.planner.jobs_in(before_family)[0])
        said = qualification_of(folded)
        in_view = self._in_view(conversation)
        kept = said if said in ("pwc", "expert") else in_view if in_view != "each" else "both"  # the one in view, kept
        # ("il y a un métier non impacté dans cette famille ?": the family is the set, "non impacté" what is said of it)
        scoped = re.search(FAMILY_SCOPE, folded) and not re.search(FAMILY_SAID, folded)
        subject_set = None if scoped else re.search(SUBJECT_SET, folded) or re.search(SUBJECT_SET_PLAIN, folded)
        one_job = (named[:1] if len(named) == 1 else conversation.mine() if not named and re.search(rf"{SPEAKER}|\b(?:j etais|on|on etait|j ai|mon|ma)\b", folded)
                   else conversation.jobs[:1] if not named and re.search(IN_VIEW, folded) else [])
        # one job's profile or score said for one qualification by its time ("avant j'étais non impactée ?", "au
        # début c'était pas « non impacté » ?"), for both ("il reste en évolution dans les deux ?")
        when = "both" if re.search(BOTH, folded) else "pwc" if re.search(BEFORE, folded) else None
        if subject_set:
            # "aucun métier cœur en dessous de 0,20 ?", "tous les émergents sont dans la famille SI ?": the set it
            # names, and what it says of them in the rest of the sentence
            quantifier, subject = QUANTIFIERS[subject_set["quantifier"].split()[-1]], None
            rows = self._set_of(subject_set["subject"], kept)
            folded = folded[: subject_set.start("subject")] + folded[subject_set.end("subject") :]
        elif (when or re.search(FAMILY_SAID, folded) and not re.search(SAME_FAMILY, folded) or re.search(IN_OR_OUT_OF_TOP, folded) or re.search(ONE_JOB_SAID, folded)) and one_job and not re.search(rf"{ALL}|{NONE}|{SOME}|{GROUP}|{MOST}|{LEAST}|{ONLY}", folded):
            # ("le juriste est dans la famille Juridique, conformité… ?": one job's family)
            quantifier, subject, rows = "all", None, one_job
            named = []
            if when == "pwc":
                said = "pwc"
        else:
            quantifier, subject = self._quantifier(folded, named, conversation)
            if quantifier is None:
                return None
            rows = self._rows(folded, conversation, quantifier, subject)
            if len(rows) < 2:
                return None
        if quantifier in ("only", "most", "least"):
            if subject is None or subject not in rows:
                return None
            placed = re.search(r"\b(?:le|la) (?:premiere?|derniere?)\b", folded) and not re.search(r"\b(?:plus|moins) (?:expose|touche|impacte|haut|bas)", folded)
            if placed and not (named or re.search(r"\bc est\b|\bsuis\b", folded)):
                return None  # "et le dernier de la famille, il a bougé ?" asks about the last one
            # "c'est le métier émergent le plus exposé ?": the most exposed of a profile, not of the rows shown
            if quantifier != "only" and (re.search(CORE, folded) or any(re.search(p, folded) for p, _ in PROFILES)):
                return None
        elif named:
            return None  # "le juriste est en forte transfo ?": a claim on that job, not on the set
        read = self._attribute(folded, text, quantifier)
        if read is None:
            return None
        attribute, value, number = read
        kept_profile = next((label for pattern, label in PROFILES if subject_set and re.search(pattern, subject_set["subject"])), None)
        if kept_profile and attribute == "same_place" and not re.search(r"\b(places?|rangs?|positions?|classements?)\b", folded):
            # "donc les émergents ne bougent pas ?": they stay in their profile with the experts
            attribute, value, said = "profile", kept_profile, "expert"
            folded = re.sub(r"\bne bougen?t? pas\b", "restent", folded)
        negated = quantifier in ("all", "some") and attribute != "same_place" and bool(
            re.search(r"\b(ne|n) (\w+ ){1,2}pas\b|\bpas (au|en|de|du|des|dans|cœur|coeur|metiers?)\b", folded)
            or (attribute == "top" and re.search(r"\b(sort\w*|quitte\w*|n est plus|plus dans|hors)\b", folded))  # "il sort du top 5 ?"
        )
        if attribute in ShownClaim.EITHER_QUALIFICATION:
            qualification = "pwc"
        elif re.search(BOTH, folded):
            qualification = "both"
        elif said in ("pwc", "expert"):
            qualification = said
        else:
            qualification = in_view
        claim = ShownClaim(
            jobs=rows, quantifier=quantifier, subject=subject, attribute=attribute, value=value, number=number,
            negated=negated, qualification=qualification,
        )
        # the set stays in view for the next turn ("lequel est cœur ?"), the job the verdict is about is the one in
        # view ("il a reculé de combien ?" after "un seul en forte transfo ?")
        ask = SetAsk(query=JobQuery(filter=JobFilter(job_ids=rows), qualification=kept if kept != "both" else "pwc"), both=kept == "both")
        return Plan(intent="shown_claim", question=text, jobs=self._focus(claim), shown_claim=claim, set_ask=ask if len(rows) > 1 else None,
                    follow_up=True, qualification=kept)

    def _focus(self, claim: ShownClaim) -> list[str]:
        """The job the claim singles out (the job it names, the only one it holds for), else its rows."""
        focus = claim.subject
        if focus is None and claim.quantifier in ("one", "some", "none"):
            rows = self.planner.tool.query(JobQuery(filter=JobFilter(job_ids=claim.jobs))).rows
            held = [r.job_id for r in rows if claim.holds(r, "expert" if claim.qualification == "expert" else "pwc", len(self.study.jobs))]
            focus = held[0] if len(held) == 1 else None
        return [focus] if focus else list(claim.jobs)  # the set itself stays in view as the plan's set

    def _set_of(self, words: str, qualification: str) -> list[str]:
        """The jobs of a set a claim names as its subject: the core jobs, or the jobs of a profile."""
        label = next((label for pattern, label in PROFILES if re.search(pattern, words)), None)
        query = JobQuery(filter=JobFilter(profile=label) if label else JobFilter(core=True), qualification="expert" if qualification == "expert" else "pwc")
        return [row.job_id for row in self.planner.tool.query(query).rows]

    def _quantifier(self, folded: str, named: list[str], conversation: Conversation) -> tuple[str | None, str | None]:
        """How many of them the claim is about, and for "le seul", "le plus", "le moins" the job it names."""
        if re.search(MOST, folded) or re.search(LEAST, folded) or re.search(ONLY, folded):
            subject = named[0] if len(named) == 1 else None
            if subject is None and re.search(SPEAKER, folded) and conversation.own:
                subject = conversation.own
            elif subject is None and not named and re.search(IN_VIEW, folded) and conversation.jobs:
                subject = conversation.jobs[0]
            if re.search(ONLY, folded) and not re.search(ONE, folded):
                return "only", subject
            if re.search(MOST, folded):
                return "most", subject
            if re.search(LEAST, folded):
                return "least", subject
        if re.search(NONE, folded):
            return "none", None
        if re.search(SAME_FAMILY, folded):
            return "all", None  # "on est de la même famille ?", "même famille que moi ?"
        if re.search(ONE, folded):
            return "one", None
        if re.search(r"\bque des\b", folded):
            return "all", None  # "y a que des métiers cœur là-dedans ?"
        if re.search(SOME, folded):
            return "some", None
        if re.search(ALL, folded) or re.search(GROUP, folded):
            return "all", None
        return None, None

    def _rows(self, folded: str, conversation: Conversation, quantifier: str, subject: str | None) -> list[str]:
        """The jobs the claim is about: a family it names as its scope ("de la famille 03"; "de ma famille": the
        speaker's or the job's), "des deux" / "des trois", else the rows shown."""
        scoped = re.search(FAMILY_SCOPE, folded)
        predicate = re.search(FAMILY_SAID, folded)
        codes = self.families.codes(folded)[0]
        if scoped and not predicate and len(codes) == 1:
            return list(self.families.families[codes[0]].jobs)
        whose = subject or (conversation.own if re.search(r"\bma famille\b", folded) else None) or (conversation.jobs[:1] or [None])[0]
        if scoped and not predicate and not codes and whose:
            return list(self.families.families[self.families.family_of(whose)].jobs)
        others = re.search(rf"\b(?:les|des|ces) {_COUNT} autres\b", folded)
        if others:
            # "les deux autres ont baissé ?" after the first of three: the set in view without the job in view
            shown = set_shown(conversation.last) if conversation.last is not None else None
            base = (shown.query.filter.job_ids if shown is not None else None) or conversation.recent
            rest = [j for j in base if j not in conversation.jobs[:1]]
            return rest if len(rest) == claims.count_said(others[1]) else []
        if re.search(r"\bque moi\b", folded) and conversation.own and conversation.jobs[:1] not in ([], [conversation.own]):
            return [conversation.own, conversation.jobs[0]]  # "même famille que moi ?": the speaker's job and the one in view
        counted = re.search(rf"\b(?:des|les|ces|entre les) {_COUNT}\b", folded)
        if counted:
            size = claims.count_said(counted[1])
            if size == 2:
                return conversation.pair(folded)
            if len(conversation.jobs) == size:
                return list(conversation.jobs)
            if len(conversation.recent) >= size and len(conversation.jobs) < size:
                return conversation.recent[:size]
            return []
        return list(conversation.jobs) if len(conversation.jobs) >= 2 else []

    def _attribute(self, folded: str, text: str, quantifier: str) -> tuple[str, str | None, float | None] | None:
        """What is said of them: (attribute, value, number)."""
        if quantifier in ("most", "least"):
            return "exposed", None, None
        if re.search(SAME_SCORE, folded):
            return "same_score", None, None
        if re.search(SAME_PLACE, folded):
            return "same_place", None, None
        if re.search(PROFILE_KEPT, folded):
            return "profile_kept", None, None
        if re.search(PROFILE_CHANGED, folded):
            return "profile_changed", None, None
        half = re.search(r"\bmoitie (?P<which>basse|inferieure|du bas|haute|superieure|du haut)\b|\b(?P<second>seconde|premiere) moitie\b", folded)
        if half:
            low = half["which"] in ("basse", "inferieure", "du bas") or half["second"] == "seconde"
            return ("bottom_half" if low else "top_half"), None, None
        family = re.search(rf"{FAMILY_SAID}(?P<rest>.*)", folded)
        if (family and family["same"]) or re.search(SAME_FAMILY, folded):
            return "same_family", None, None
        if family:
            codes = self.families.codes("famille" + family["rest"])[0] or self.families.codes(family["rest"], loose=True)[0]
            if len(codes) == 1:
                return "family", codes[0], None
        places = re.search(rf"\b(?:de |d )?{_COUNT} (?:places?|rangs?|crans?)\b", folded)
        if places and bool(re.search(UP, folded)) != bool(re.search(DOWN, folded)):  # "j'ai gagné 4 places ?", whatever else is named
            return ("up" if re.search(UP, folded) else "down"), None, float(claims.count_said(places[1]))
        for pattern, label in PROFILES:
            if re.search(pattern, folded):
                return "profile", label, None
        if re.search(CORE, folded):
            return "core", None, None
        top = re.search(TOP, folded)
        if top:
            return "top", None, float(claims.count_said(top[1] or top[2]))  # ("top 5" or "dans les 5 premiers")
        # (fold turns "0,5" into "0 5": the decimal comma is read back first)
        threshold = re.search(THRESHOLD, fold(re.sub(r"(\d)[,.](\d)", r"\1DECIMAL\2", text)).replace("decimal", ","))
        if threshold:
            above = threshold["way"] in ("au dessus", "plus", "over", "above")
            return ("above" if above else "below"), None, float(threshold["value"].replace(",", "."))
        if re.search(UP, folded) and not re.search(DOWN, folded):
            return "up", None, float(claims.count_said(places[1])) if places else None
        if re.search(DOWN, folded) and not re.search(UP, folded):
            return "down", None, float(claims.count_said(places[1])) if places else None
        return None

    @staticmethod
    def _in_view(conversation: Conversation) -> str:
        """The qualification the last answer showed the jobs in ("each" when it showed both)."""
        last = conversation.last
        if last is None:
            return "each"
        if last.set_ask is not None and not last.set_ask.both:
            return last.set_ask.query.qualification
        return last.qualification if last.qualification in ("pwc", "expert") else "each"
