"""Claims about one or two jobs that the older readings left without a verdict.

A claim asked again of another job or in the other qualification ("le formateur d'assistance aussi ?", "et chez
les experts ?", "le médecin 9 places ?" after a yes-or-no question on one job): the same claim, on the new subject.

Claims that set one job against another, read into the same claim as the shown-claims grammar
(``ShownClaim``, checked by one handler): "il est plus exposé que moi alors", "donc le support passe devant ?",
"et le chargé d'assistance est juste devant ?", "il a le même score que le chargé d'assistance chez PwC non ?",
"le chargé de com et lui sont à égalité ?", "même profil que le chargé de comptabilité ?".

The subject is the job said before the relation (named, "il"/"elle" for the job in view, "je"/"on" for the
speaker's), the other the job said after it ("que moi", a title) or, when none is said, the other job of the
conversation's pair."""

from __future__ import annotations

import re

from knowledge.text import fold
from scoring.models import JobFilter, JobQuery

from ...plan import Conversation, Plan, SetAsk, ShownClaim
from .. import claims, reading
from ..planner import qualification_of
from .base import Steps

# how the subject stands against the other: more exposed (ahead in the ranking), less exposed (behind), or alike
# (a comparative, not a superlative: "le plus exposé", "les plus touchés" are the set readings')
_NOT_SUPERLATIVE = r"(?<!\ble )(?<!\bla )(?<!\bles )(?<!\bl )(?<!\bdes )(?<!\bdu )"
MORE = _NOT_SUPERLATIVE + r"\b(?:plus (?:expose|touche|impacte|menace|concerne|haut)\w*|mieux classee?s?|(?:passe\w* |juste |bien |est |sont )?devant|au dessus)\b"
LESS = _NOT_SUPERLATIVE + r"\b(?:moins (?:expose|touche|impacte|menace|concerne|haut)\w*|plus bas|moins bien classee?s?|(?:passe\w* |juste |bien |est |sont )?derriere|en dessous)\b"
# alike: said against a job ("même score que …") or of two ("ils ont le même profil ?", "on est à égalité ?")
_AGAINST = r"(?= (?:que|qu|avec (?:le|la|l|les)) )"
ALIKE = (
    ("equal_score", r"\b(?:le )?meme (?:score|note)\b" + _AGAINST + r"|\ba egalite\b|\bex ?aequo\b|\bexaequo\b|\bpareil\w*\b"),
    ("equal_profile", r"\b(?:le )?meme (?:profil|categorie|classification)\b" + _AGAINST),
    ("same_family", r"\b(?:la )?meme famille\b" + _AGAINST),
)
ALIKE_OF_TWO = (
    ("equal_score", r"\b(?:le )?meme (?:score|note)\b"),
    ("equal_profile", r"\b(?:le )?meme (?:profil|categorie|classification)\b"),
)
TWO = r"\b(?:ils|elles|les deux|eux deux|tous les deux|toutes les deux|on|nous)\b|\bet (?:lui|elle|moi)\b"
# not one job against another: a ratio ("2 fois plus exposée"), a set ("y en a un plus exposé que…"), a family
ELSEWHERE = r"\bfois\b|\by (?:en )?a\b|\bquelqu\w*|\bcertains\b|\bfamilles?\b|\bmetiers\b|\bla plupart\b"
# what may not be a job: a set, a mean, the others ("plus exposé que la moyenne", "que les autres", "que les RH")
NOT_A_JOB = r"\bque (?:la moyenne|les autres|la plupart|tous|toutes|prevu|ca|d habitude|avant|l an|chez|selon|pour)\b|\bque (?:les|des) \w+"
SPEAKER = r"\b(?:je|j|moi|on|nous|mon metier|mon poste|notre metier)\b"
IN_VIEW = r"\b(?:il|elle|lui|ils|elles|eux|c est|celui ci|celle ci|ce metier|son metier)\b"
ASKS = r"\b(?:lequel|laquelle|lesquels|qui|combien|pourquoi|comment|quel\w*|quoi|de combien)\b"


class RelationClaimSteps(Steps):
    def only_one_of_a_set_claimed(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "le seul qui baisse vraiment c'est le chargé d'assistance ?", "c'est le seul métier cœur dont le score
        baisse ?" of the job in view: the set said, counted, with that job checked in it (not the job's card)."""
        folded = fold(text)
        if not re.search(r"\b(le seul|la seule)\b", folded) or re.match(r"\s*(et )?(quel\w*|qui|combien|lequel|laquelle)\b", folded) or reading_refused(plan):
            return None
        named = self.planner.jobs_in(text)[0]
        if len(named) > 1:
            return None
        job = named[0] if named else conversation.jobs[0] if conversation.jobs and re.search(r"\b(c est|il|elle|lui|je|j|on|moi|nous)\b", folded) else None
        if job is None:
            return None
        rest = claims.without_titles(folded, self.planner.tool)
        if self.planner.jobs_in(rest)[0]:
            return None  # an alias of the job left: the set would be read around it
        rest = re.sub(r"^(et |donc |alors |mais )*(que )?(c est )?", "", rest).strip()
        rest = re.sub(r"\s*\b(c est|c etait)( (le|la|l))?\s*$|\b(vraiment|reellement|en fait)\b", " ", rest).strip()  # the title's place, emptied
        if not re.search(r"\bmetiers?\b", rest):
            rest = re.sub(r"\b(le seul|la seule)\b", r"\1 metier", rest, count=1)  # "le seul qui baisse": the jobs that do
        said = f"c est {rest} ?"
        ask = self.sets.read(said, Conversation(), self.planner.plan(said, Conversation()), [])
        if ask is None or not {"list", "count"} & set(ask.outputs) or ask.query.filter.job_ids is not None or not (ask.query.filter.moved or ask.query.filter.core is not None or ask.query.filter.profile or ask.query.filter.families):
            return None
        return Plan(intent="query", question=text, set_ask=ask.model_copy(update={"members": [job]}), follow_up=True)

    def claim_between_two_jobs(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """One job said to be more or less exposed than another, ahead of or behind it, or alike in score,
        profile or family: checked on the table, "Oui" or "Non" first."""
        folded = fold(text)
        if re.search(ASKS, folded) or re.search(r"%|\bpour ?cent\b", folded) or reading_refused(plan) or plan.intent == "compare":
            return None  # (two jobs named against each other: the comparison's own verdict)
        stated = claims.yes_no(text) or re.search(r"^(?:et |mais )?(?:donc|alors|du coup)\b|\b(?:alors|donc|du coup|non)\s*$", folded)
        if not stated:
            return None
        if re.search(ELSEWHERE, folded):
            return None
        if re.match(r"(et |mais |ok )?(c est qui |qui est )?(juste |directement )?(devant|derriere|au dessus|en dessous|avant|apres) (de )?(moi|lui|elle|nous)\b", folded):
            return None  # "et juste devant moi chez les experts ?": a neighbour asked, nothing claimed
        relation = self._relation(folded)
        if relation is None:
            return None
        attribute, at, end = relation
        if re.search(NOT_A_JOB, folded[end:]) and not self.planner.jobs_in(text[_cut(text, folded[:end]):])[0]:
            return None  # "plus exposé que la moyenne": no job after the relation
        before, after = self._sides(text, folded[:at])
        subject = self._one(before, folded[:at], conversation, subject=True)
        other = self._one(after, folded[end:], conversation, subject=False)
        pair = conversation.pair(folded)
        if subject is None and not before:  # "donc le support passe devant ?": a word of one title of the pair in view
            subject = self._by_title_word(folded[:at], pair)
        if subject is None and other is None:
            return None
        if subject is None:  # "plus exposé que moi ?" said of the job in view
            subject = next((j for j in (conversation.jobs[:1] or pair[:1]) if j != other), None)
        if other is None:  # "donc le support passe devant ?": the other job of the pair in view
            other = next((j for j in (pair if subject in pair else conversation.jobs[:1] + pair) if j != subject), None)
        if subject is None or other is None or subject == other:
            return None
        said = qualification_of(folded)
        last = conversation.last
        if said == "both" and last is not None and last.qualification in ("pwc", "expert"):
            said = last.qualification  # "et chez les experts ?" then "donc le support passe devant ?": still theirs
        both = re.search(r"\b(?:dans|pour|chez|selon) les deux\b(?! metiers)|\bdes deux cotes\b|\bpartout\b", folded)
        qualification = "both" if both else said if said in ("pwc", "expert") else "each"
        rows = [subject, other]
        if attribute in ("more", "less"):
            claim = ShownClaim(jobs=rows, quantifier="most" if attribute == "more" else "least", subject=subject,
                               attribute="exposed", qualification=qualification)
        else:
            claim = ShownClaim(jobs=rows, quantifier="all", attribute=attribute,
                               qualification="pwc" if attribute == "same_family" else qualification)
        kept = said if said in ("pwc", "expert") else "pwc"
        ask = SetAsk(query=JobQuery(filter=JobFilter(job_ids=rows), qualification=kept), both=said not in ("pwc", "expert"))
        return Plan(intent="shown_claim", question=text, jobs=[subject, other], shown_claim=claim, set_ask=ask, follow_up=True,
                    qualification=said)

    @staticmethod
    def _relation(folded: str) -> tuple[str, int, int] | None:
        """The relation said, and where its words start and end in the folded text."""
        for attribute, pattern in ALIKE:
            found = re.search(pattern, folded)
            if found:
                return attribute, found.start(), found.end()
        for attribute, pattern in ALIKE_OF_TWO:
            found = re.search(pattern, folded)
            if found and re.search(TWO, folded[: found.start()]):
                return attribute, found.start(), found.end()
        more, less = re.search(MORE, folded), re.search(LESS, folded)
        if bool(more) == bool(less):
            return None  # neither, or both ("plus exposé chez PwC, moins chez les experts ?"): not one relation
        found = more or less
        assert found is not None
        # "devant" needs a verb of place or a job after it: "je suis devant" / "il passe devant le juriste"
        return ("more" if more else "less"), found.start(), found.end()

    def _sides(self, text: str, folded_before: str) -> tuple[list[str], list[str]]:
        """The study jobs named before the relation words (``folded_before``, the folded text up to them) and from
        them on."""
        cut = _cut(text, folded_before)
        return self.planner.jobs_in(text[:cut])[0] if cut else [], self.planner.jobs_in(text[cut:])[0]

    def _by_title_word(self, words: str, pair: list[str]) -> str | None:
        """The one job of the pair whose title holds a word said ("le support" for Support technique d'assistance)."""
        said = {w for w in words.split() if len(w) >= 4}
        found = [j for j in pair if said & set(fold(self.planner.tool.by_id[j].job).split())]
        return found[0] if len(found) == 1 else None

    def _one(self, named: list[str], words: str, conversation: Conversation, subject: bool) -> str | None:
        """One side of the relation: the job it names, the speaker's job ("je", "moi"), the job in view ("il",
        "lui"), else None (taken from the conversation)."""
        if len(named) == 1:
            return named[0]
        if named:
            return None
        if re.search(SPEAKER, words if subject else words[:30]):
            mine = conversation.mine()
            return mine[0] if mine else None
        if re.search(IN_VIEW, words if subject else words[:30]) and conversation.jobs:
            return conversation.jobs[0]
        return None


def reading_refused(plan: Plan) -> bool:
    return plan.intent in ("refusal", "out_of_scope")


def _cut(text: str, folded_prefix: str) -> int:
    """Where in the original text the folded prefix ends, counted in words (folding changes lengths: "œ" becomes
    "oe"; it also splits "l'animateur" in two, so the original's apostrophes and hyphens count as word breaks)."""
    words = len(folded_prefix.split())
    if words == 0:
        return 0
    starts = [m.start() for m in re.finditer(r"[^\s'’-]+", text)]
    return starts[words] if words < len(starts) else len(text)


# what may stand beside the new subject in a claim asked again: "et", "aussi", "lui", "alors", a qualification
AGAIN_WORDS = frozenset(
    "et mais ok alors donc aussi egalement idem pareil meme pour lui elle eux le la les l du de d des un une "
    "chez selon pwc experts expert metier metiers cote non hein top dans parmi premiers place places rang".split()
)
AGAIN_CUE = r"\b(?:aussi|egalement|idem|pareil|de meme|meme chose|lui|elle)\b|^(?:et|mais) "
# a number said again replaces the number of the same kind in the claim: places moved, a top N, a score, a place
KINDS = (
    r"\b(\d{1,2})(?= (?:places?|rangs?|crans?)\b)",
    r"(?<=\btop )(\d{1,2})\b|(?<=\btop)(\d{1,2})\b|(?<=\bles )(\d{1,2})(?= premiers\b)",
    r"\b([01][,.]\d{1,2})\b",
    r"\b(\d{1,2})(?= ?(?:e|eme|er|ere)\b)",
)


class ClaimAgainSteps(Steps):
    def claim_asked_again(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """The last claim checked on one job, asked again of another job, in the other qualification or with
        another number of the same kind (places, a top N, a score, a place): checked the same way, the new job's
        card below the verdict."""
        last = conversation.last
        if last is None or reading_refused(plan) or not last.jobs:
            return None
        folded = fold(text)
        if len(folded.split()) > 9 or re.search(ASKS, folded) or re.search(r"%|\bpour ?cent\b", folded):
            return None
        said = last.explicit or last.question
        # (a claim checked on one job stays in view as that job's reading: ``Plan.remembered``)
        if last.intent != "job" or len(last.jobs) != 1 or not claims.yes_no(said) or reading.worried(said):
            return None
        named = self.planner.jobs_in(text)[0]
        number = next(((kind, found) for kind in KINDS for found in [re.search(kind, text.lower())] if found), None)
        switched = qualification_of(folded)
        if len(named) > 1 or (named and named[0] == last.jobs[0]):
            return None
        rest = [w for w in folded.split() if w not in AGAIN_WORDS and not re.fullmatch(r"\d{1,2}|\d{1,2}(?:e|eme|er|ere)|top\d{1,2}", w)]
        if named:
            title = set(fold(self.planner.tool.by_id[named[0]].job).split())
            rest = [w for w in rest if w not in title]
            if len(rest) > 1 or not (re.search(AGAIN_CUE, folded) or number):
                return None  # "et le juriste, il est cœur ?" has its own claim; "le juriste ?" alone may ask its card
        elif rest or (switched == "both" and not number):
            return None
        job = named[0] if named else last.jobs[0]
        qualification = switched if switched != "both" else last.qualification
        again = said
        if number:  # "et dans le top 10 ?" after "dans le top 5 ?": the claim with that number
            kind, found = number
            value = next(g for g in found.groups() if g)
            if not re.search(kind, said.lower()):
                return None
            again = re.sub(kind, value, said, count=1, flags=re.IGNORECASE)
        if switched != "both":  # "et chez les experts ?": the claim in the other qualification
            other = "chez les experts" if switched == "expert" else "chez PwC"
            replaced = re.sub(r"(?i)\b(chez|selon|pour|d'après|côté) (pwc|les experts( métier)?)\b|\b(des|de) (pwc|experts( métier)?)\b", other, again)
            again = replaced if replaced != again else f"{again.rstrip(' ?')} {other} ?"
        # (the claim's words are the question the handlers read; the turn itself named only its new subject)
        return Plan(intent="job", question=again, jobs=[job], explicit=again, follow_up=True, qualification=qualification)


# a transformation sheet said of a job: "il y en a une pour le chargé de gestion commerciale ?" after the sheets,
# "le chargé d'accueil en a une ?", "on a une fiche de transfo toutes les 2 ?"
HAS_ONE = r"\b(?:en (?:a|ont|aurai\w*|possede\w*) (?:une|pas)|y en a (?:t il )?une|une (?:aussi|egalement)|aussi une|en a aussi)\b"
BOTH_OF_THEM = r"\b(?:toutes les (?:2|deux)|tous les (?:2|deux)|les (?:2|deux)|nous deux)\b"


class SheetClaimSteps(Steps):
    def sheet_said_of_a_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """Whether a job, or the two in view, has a transformation sheet (only the core jobs have one)."""
        folded = fold(text)
        last = conversation.last
        about_sheets = re.search(r"\bfiches?\b", folded) or (last is not None and last.intent == "sheets" and re.search(HAS_ONE, folded))
        if not about_sheets or reading_refused(plan) or re.search(ASKS, folded) or not claims.yes_no(text):
            return None
        named = self.planner.jobs_in(text)[0]
        both = re.search(BOTH_OF_THEM, folded)
        if not named and both and len(conversation.pair(folded)) == 2:
            jobs = conversation.pair(folded)
        elif len(named) == 2 and both:
            jobs = named
        elif named:  # (a title and a word of it: "l'assistant administratif" also names Assistant)
            jobs = named[:1]
        elif conversation.jobs and re.search(r"\b(?:il|elle|lui|on|je|j|mon|ma|nous)\b", folded):
            jobs = conversation.mine() if re.search(r"\b(?:on|je|j|mon|ma|nous)\b", folded) else conversation.jobs[:1]
        else:
            return None
        return Plan(intent="sheets", question=text, jobs=jobs, follow_up=bool(conversation.last))


# a whole family said to be something: "tout le management est non impacté ?", "toute la famille RH est en évolution ?",
# "tous les métiers du juridique sont cœur ?"
WHOLE_FAMILY = (
    r"\b(?:tout|toute|tous|toutes) (?:le |la |les |l )?(?:famille |pole |metiers (?:de la famille |du |de l |des |de la |de )?)?"
    r"(?P<rest>[a-z ]{2,50}?) (?P<verb>est|sont|restent|reste|ont|a|etaient|etait)\b(?P<said>.*)$"
)


class FamilyClaimSteps(Steps):
    def claim_on_a_whole_family(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """What a whole family is said to be, checked on each of its jobs: "Oui" or "Non" and the jobs that make it so."""
        folded = fold(text)
        whole = re.search(WHOLE_FAMILY, folded)
        if plan.intent == "query" and plan.set_ask is not None and plan.set_ask.query.filter.families:
            return None  # a set reading of the family already: its own verdict
        if whole is None or re.search(r"\btou(?:s|tes) les metiers\b", folded):
            return None  # ("tous les métiers RH sont en évolution ?": the set reader's, which names the family in its verdict)
        if reading_refused(plan) or re.search(ASKS, folded) or not claims.yes_no(text):
            return None
        codes = self.families.codes("famille " + whole["rest"])[0] or self.families.codes(whole["rest"], loose=True)[0]
        said_family = re.search(r"\b(?:famille|pole)\b", folded[: whole.start("rest")])
        if len(codes) != 1 or (not said_family and self.planner.jobs_in(text)[0]):
            return None  # ("tous les chargés d'assistance sont …": a job's title, not a family)
        read = self._attribute(whole["said"], text, "all")  # the shown-claims grammar's attributes
        if read is None:
            return None
        attribute, value, number = read
        rows = list(self.families.families[codes[0]].jobs)
        said = qualification_of(folded)
        negated = bool(re.search(r"\b(?:ne|n) (?:\w+ ){1,2}pas\b", folded[whole.start("verb") - 3 :]))  # "… n'est pas …"
        qualification = "pwc" if attribute in ShownClaim.EITHER_QUALIFICATION else said if said in ("pwc", "expert") else "each"
        claim = ShownClaim(jobs=rows, quantifier="all", attribute=attribute, value=value, number=number, negated=negated,
                           qualification=qualification)
        ask = SetAsk(query=JobQuery(filter=JobFilter(job_ids=rows), qualification=said if said != "both" else "pwc"), both=said == "both")
        return Plan(intent="shown_claim", question=text, jobs=rows, shown_claim=claim, set_ask=ask, follow_up=bool(conversation.last),
                    qualification=said)
