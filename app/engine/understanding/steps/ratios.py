"""A figure read as another kind of figure. Which figures a stated ratio is about: a job's two scores ("ça a doublé ?"), two jobs ("elle est 2 fois plus
exposée que moi ?", "le statisticien c'est plus de 3 fois moi ?"), their gap ("l'écart a plus que doublé ?") or a
profile's share ("cette part a augmenté de plus de moitié ?"), from the message and the conversation."""

from __future__ import annotations

import re

from knowledge.text import fold

from ...plan import Conversation, Plan
from .. import changes, claims
from ..changes import DOWN, UP
from ..planner import SCORE_READ_AS_SHARE, profile_in
from ..reading import fold_in_place
from .base import Steps

# where the factor stands in the text as written (not folded: "1,5 fois"), with the number words of `changes`
FACTOR_WORD = rf"\b(\d+(?:[ ,.]\d+)? fois|(?:{changes.NUMBER_WORDS}) fois|double|triple|quadruple|moitie|doubl\w*|tripl\w*|multipli\w*|divis\w*)\b"
ME = r"\b(je|j|moi|mon|ma|mes|nous|on|me|m)\b"
ME_AFTER = r"\b(moi|mon|ma|mes|mien|mienne|nous|notre)\b"


class RatioSteps(Steps):
    def ratio_claimed(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "donc ça a doublé ?", "c'est plus du double de la chargée d'assistance ?": the ratio checked on the table."""
        if plan.intent in ("refusal", "out_of_scope", "forecast"):
            return None
        claim = changes.read(text)
        folded = fold(text)
        if claim is None or re.search(claims.QUESTION_WORDS, folded) or re.search(r"\b(lesquels|quels|lequel|combien)\b", folded):
            return None  # "quels métiers ont doublé leur score ?" asks for a set
        claim = claim.model_copy(update={"places": changes.places(text)})
        # "il a presque triplé comme le médecin ?": the job set beside the claim is no subject of it
        like = re.search(r"(?i)\bcomme (le |la |l['’]|les )", text)
        named = self.planner.jobs_in(text[: like.start()] if like else text)[0]
        named = self._in_order(text, named)
        if not (named or self.planner.jobs_in(text)[0] or changes.about_figures(text)):
            return None  # "je gagne pas le double de ma collègue": no figure of the study
        last = conversation.last
        if not named and last is not None and last.intent == "ratio" and last.ratio is not None and not re.search(r"\b(moi|je|mon|ma)\b", folded):
            # "la gestionnaire est 2 fois plus exposée que moi ?" then "et selon les experts c'est plus de 5 fois ?"
            return last.model_copy(update={"question": text, "qualification": plan.qualification, "follow_up": True,
                                           "ratio": claim.model_copy(update={"of": last.ratio.of, "places": last.ratio.places or claim.places})})
        own = conversation.own or (named[0] if named and re.search(r"\b(je suis|moi|j ai|mon|ma)\b", folded) else None)
        in_view = conversation.jobs[0] if conversation.jobs else None
        if changes.gap(text):
            pair = named if len(named) >= 2 else conversation.pair()
            if len(pair) < 2:
                return None
            return Plan(intent="ratio", question=text, jobs=pair[:2], ratio=claim.model_copy(update={"of": "gap"}), qualification=plan.qualification)
        both_qualifications = re.search(r"\bexperts?\b", folded) and re.search(r"\bpwc\b", folded)
        someone = re.search(r"\b(que|qu|de) (moi|lui|elle|nous|eux|celui|celle)\b|\bfois (moi|lui|elle)\b", folded)
        counted = last is not None and last.intent == "query" and last.set_ask is not None and "count" in last.set_ask.outputs
        if claim.of in ("change", "versus") and counted and not named and not someone:
            # "combien … chez les experts ?", "et chez PwC ?", then "donc ça a doublé": the set's count, PwC to the experts
            return Plan(intent="ratio", question=text, set_ask=last.set_ask, ratio=claim.model_copy(update={"of": "change"}))
        if claim.of == "versus" and not named and not someone and last is not None and last.intent == "job" and len(conversation.recent) >= 2 and not self._pair_in_view(folded, conversation):
            # "chargé d'études ?", "et chargé d'études RH ?", then "c'est la moitié quoi": the last job against the one before
            return Plan(intent="ratio", question=text, jobs=conversation.recent[:2], ratio=claim.model_copy(update={"ordered": False}), qualification=plan.qualification)
        if claim.of == "versus" and (both_qualifications and len(named) <= 1 or not named and not someone and not self._pair_in_view(folded, conversation)):
            claim = claim.model_copy(update={"of": "change"})  # "les experts m'ont mis le double de PwC", "c'est la moitié ?" after a card
        if claim.of == "change":
            # the profile said, or the one of the set or the counts in view ("quels sont les métiers en forte
            # transformation ?" then "la part a doublé ?"; "la part des émergents ?" then "et elle a doublé ?")
            shown = last.set_ask.query.filter.profile if last is not None and last.set_ask is not None else None
            profile = profile_in(folded) or (((last.profile if last else None) or shown) if not named else None)
            share_in_view = last is not None and last.intent in ("stats", "query") and bool(last.profile or shown)
            if profile and not named and (re.search(r"\b(part|nombre|proportion|pourcentage|metiers)\b", folded) or share_in_view):
                return Plan(intent="ratio", question=text, profile=profile, ratio=claim)
            job = named[0] if len(named) == 1 else (own if re.search(ME, folded) and own else in_view)
            if job is None or len(named) > 1:
                return None
            return Plan(intent="ratio", question=text, jobs=[job], ratio=claim)
        pair = self._versus(text, named, own, in_view, conversation)
        if pair is None:
            return None
        # "c'est le double ?" after two jobs compared: said of neither in particular
        unordered = not named and not someone and not re.search(r"\b(premier|second|deuxieme|il|elle|je|j)\b", folded)
        moved = bool(re.search(UP, folded)) if re.search(UP, folded) or re.search(DOWN, folded) else None
        return Plan(intent="ratio", question=text, jobs=pair, ratio=claim.model_copy(update={"ordered": not unordered, "said_up": moved}), qualification=plan.qualification)

    def score_read_as_share(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "chargé d'accueil, 0,78 ça veut dire 78 % de mon travail ?": what the score is not, then the job's card
        (not a check of 78 % against the card, which holds no share)."""
        if plan.intent not in ("job", "reassure_job", "methodology", "retrieval"):
            return None
        if not any(re.search(pattern, fold(text)) for pattern in SCORE_READ_AS_SHARE):
            return None
        named = self.planner.jobs_in(text)[0] or conversation.mine()
        return Plan(intent="methodology", topic="score", question=text, jobs=named[:1])

    def _in_order(self, text: str, named: list[str]) -> list[str]:
        """The jobs named, in the order they are written (the resolver gives them best match first)."""
        if len(named) < 2:
            return named
        words = text.split()
        seen: list[str] = []
        for end in range(1, len(words) + 1):
            seen += [j for j in self.planner.jobs_in(" ".join(words[:end]))[0] if j in named and j not in seen]
        return seen + [j for j in named if j not in seen]

    def _pair_in_view(self, folded: str, conversation: Conversation) -> bool:
        """ "c'est la moitié ?" after two jobs compared; "le premier … du second" after two cards."""
        compared = conversation.last is not None and conversation.last.intent == "compare"
        return compared or bool(re.search(r"\b(premier|second|deuxieme|l un|l autre|les deux)\b", folded))

    def _versus(self, text: str, named: list[str], own: str | None, in_view: str | None, conversation: Conversation) -> list[str] | None:
        """The job said to be N times the other, then the other, by where they stand around the factor."""
        folded = fold(text)
        if not named and self._pair_in_view(folded, conversation):
            pair = list(reversed(conversation.recent[:2])) if re.search(r"\bpremier\b", folded) else conversation.pair()
            return pair if len(pair) == 2 else None
        # where the factor stands, on the text as written (folding changes its length), so the titles are read
        # around it in their own words
        factor = re.search(FACTOR_WORD, fold_in_place(text))
        if factor is None:
            return None
        before, after = fold(text[: factor.start()]), fold(text[factor.start() :])
        first = self.planner.jobs_in(text[: factor.start()])[0]
        second = self.planner.jobs_in(text[factor.start() :])[0]
        reference = second[0] if second else (own if re.search(ME_AFTER, after) else None)
        subject = own if re.search(r"\b(je|j|nous|on)\b", before) and own and own != reference else None
        if subject is None:
            subject = next((j for j in reversed(first) if j != reference), None)
        if reference is None and re.search(r"\b(lui|elle|elles|eux|celui|celle|ceux)\b", after):
            # "je suis plus de 3 fois plus exposée qu'eux ?": the other job named, else the one in view
            reference = next((j for j in [*reversed(first), *([in_view] if in_view else [])] if j != subject), None)
        if subject is None and in_view and in_view != reference:
            subject = in_view  # "c'est plus du double de la chargée d'assistance ?" after the formatrice
        if subject is None or reference is None or subject == reference:
            return None
        return [subject, reference]

