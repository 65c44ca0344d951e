"""The typed reading of one ask: the planner's routing, then an ordered list of readers, each a small step that
may take the ask over (a share to explain, an unclear message, a claim about the conversation's job, a question
about a set of jobs, a forecast, a follow-up on the same topic, a worry). The first that answers wins; their
order is the one place where precedence is decided."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.schema import Study
from knowledge.text import fold
from scoring.models import Candidate, JobFilter, JobQuery, Resolution
from scoring.normalize import tokens
from scoring.render import CLOSE_ENOUGH
from search.analysis import analyze

from ..operations import operation
from ..plan import Conversation, Plan, SetAsk
from . import claims, reading
from .planner import FACT_TOPICS, METHODOLOGY_TOPICS, PROFILE_WORDS, Planner, first_match, maturity_topic, profile_in
from .records import GENERIC_STEMS, matched_items, names_an_item, prose_stems
from .sets import SetReader

PRONOUNS = r"\b(ses|son|sa|leur|leurs|elle|il|ils|elles|celle|celui|ca|cela|la \d\w*|le \d\w*)\b"
WHY = r"^(et )?(mais )?(alors )?(pourquoi|pk|pq|why|pour quelle raison|comment (ca )?se fait (il|t il))\b|\bpourquoi\b"
# where a job of the study's name is done outside the assistance branch ("infirmière en hôpital")
OUTSIDE_THE_BRANCH = (
    r"\b(a l hopital|en hopital|a l hosto|hospitali\w*|en clinique|liberale?s?|en ehpad|scolaire|en mairie|a la mairie|en banque"
    r"|dans une banque|en usine|au supermarche|dans la fonction publique|a la poste|en cabinet)\b"
)
# a document to print or hand out (not the study's "fiches de transformation")
HANDOUT = (
    r"\b(fiche|document|doc|support|pdf|resume|synthese|recap\w*|imprim\w*|distribu\w*|a remettre|handout|printable|print)\b.*\b(distribu\w*|imprim\w*|remettre|"
    r"reunion|cse|partag\w*|transmettr\w*|donner|diffus\w*|afficher|pdf|collegues|equipe)\b|\b(fais|faire|prepare\w*|genere\w*|sors?)\b.*\b(fiche|pdf|document|resume|synthese|recap\w*)\b.*\b(distribu\w*|imprim\w*|remettre|reunion|cse|partag\w*|collegues|equipe)\b"
)
PRODUCTS = r"\b(chatgpt|copilot|mistral|gemini)\b"


class Reader:
    def __init__(self, study: Study, planner: Planner):
        self.study = study
        self.planner = planner
        self.families = reading.FamilyReader(study.jobs)
        self.sets = SetReader(self.families)
        self.prose = prose_stems(study)
        # the recommendations and the priority actions, with the text matched against a question's words
        self.items = [(item.text, item) for axis in study.axes for item in axis.items]
        self.actions = [(a.text, a) for a in study.priority_actions]
        # precedence, first to last
        self.steps: tuple[Callable[[str, Conversation, Plan], Plan | None], ...] = (
            self.answer_to_choice,
            self.item_by_place,
            self.said_again,
            self.trade_the_study_lacks,
            self.count_of_another_profile,
            self.compared_with_the_job_in_view,
            self.term_defined,
            self.support_for_exposed_jobs,
            self.about_the_study,
            self.place_of_the_job_in_view,
            self.close_to_the_absent_job,
            self.sheet_of_the_job_in_view,
            self.topic_not_job,
            self.key_figures,
            self.outside_the_branch,
            self.job_named_before_the_question,
            self.handout,
            self.figure,
            self.why,
            self.both_scores_of_the_job,
            self.survey_claim,
            self.same_records_topic,
            self.unclear,
            self.claim_on_the_conversation_job,
            self.the_two_compared,
            self.forecast,
            self.the_job_in_view,
            self.jobs_of_a_title_word,
            self.set_of_jobs,
            self.worry,
            self.same_topic,
            self.which_ones,
            self.recommendation_named,
            self.recommendation_follow_up,
            self.attribute_of_the_job_in_view,
            self.not_a_job,
            self.title_completed_by_the_context,
            self.search_in_context,
        )

    def read(self, text: str, conversation: Conversation) -> Plan:
        if reading.thanks(text):
            return Plan(intent="thanks", question=text)
        if re.match(r"^(bonjour|salut|hello|hi|hey|coucou|bonsoir)\b", fold(text)) and len(fold(text).split()) <= 4:
            return Plan(intent="greeting", question=text)  # "salut ça va ?", "Hello!"
        plan = self.planner.plan(text, conversation)
        for step in self.steps:
            taken = step(text, conversation, plan)
            if taken is not None:
                return taken
        return plan

    def _personal_job(self, text: str, plan: Plan) -> Plan | None:
        """The job the person names as theirs ("psychologue sur plateforme, …"), read by the planner."""
        return self.planner.personal_job(text, fold(text), {"question": text, "qualification": plan.qualification})

    # -- the steps ------------------------------------------------------------------------------------------
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
        return None

    def item_by_place(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et le deuxième ?", "la 3e, tu peux détailler ?", "et le dernier ?": that item of the list the last
        answer gave (jobs ranked or listed, axes, priority actions), by its place."""
        last = conversation.listed or conversation.last  # "et le premier … ?" then "et le deuxième ?": the same list
        place = reading.ordinal_asked(text)
        if last is None or place is None or plan.intent in ("refusal", "out_of_scope") or self.planner.jobs_in(text)[0]:
            return None
        if last.intent == "priority_actions":
            actions = len(self.study.priority_actions)
            number = actions if place == -1 else place
            return last.model_copy(update={"question": f"action {number}", "follow_up": True}) if 1 <= number <= actions else None
        if last.intent == "recommendations" and last.axis is None:
            number = len(self.study.axes) if place == -1 else place
            return Plan(intent="recommendations", question=text, axis=number, follow_up=True) if 1 <= number <= len(self.study.axes) else None
        rows = list(last.jobs if conversation.listed is not None else conversation.jobs)
        qualification = last.qualification
        if last.set_ask is not None and last.intent == "query":  # the whole ordered set, not only the first shown
            query = last.set_ask.query.model_copy(update={"n": None, "position": None})
            rows = [r.job_id for r in self.planner.tool.query(query).rows]
            if place == -1 and last.set_ask.query.n:  # "le dernier de la liste": of those shown, not of all 58
                # (of the least exposed, "le tout dernier" is the bottom of the table: the first shown)
                rows = rows[:1] if last.set_ask.query.order == "least" else rows[: last.set_ask.query.n]
                place = len(rows)
            qualification = query.qualification if not last.set_ask.both else "both"
        if plan.qualification != "both":  # "et le premier, il était où chez PwC ?"
            qualification = plan.qualification
        if not rows or abs(place) > len(rows) or len(rows) < 2 and place != 1:
            return None
        # topic "place": "et le dernier ?" names a place in the list, it claims nothing about the job's rank
        return Plan(intent="job", question=text, jobs=[rows[place - 1 if place > 0 else -1]], qualification=qualification, follow_up=True, topic="place")

    def said_again(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "en français svp", "tu peux répéter ?": the last answer again (in French, as every answer is)."""
        if conversation.last is None or not re.fullmatch(
            r"(ok |merci |et )*(en francais|in french|repete\w*|tu peux repeter|redis le|reformule\w*)( (svp|stp|please|merci|le|la|moi|ca))*", fold(text)
        ):
            return None
        return conversation.last

    def compared_with_the_job_in_view(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est plus que la chargée d'assistance ?", "l'animateur il a le même score que moi ?", "l'actuaire et lui ont
        le même score ?": the job named against the job in view (the speaker's own for "moi"), compared."""
        folded = fold(text)
        named = self.planner.jobs_in(text)[0]
        if len(named) != 1 or not conversation.jobs or plan.intent in ("refusal", "out_of_scope"):
            return None
        compared = re.search(r"\b(plus|moins|aussi|autant|meme|pareil)\b.*\bque\b|\bmeme (score|profil|note|exposition|classement|rang)\b", folded)
        pointed = re.search(r"\bque (moi|nous|lui|elle)\b|\b(et|que) (moi|lui|elle|nous)\b|\b(lui|elle|moi) et\b|^(et )?(c est|il est|elle est|ca fait|c) (plus|moins|aussi)\b", folded)
        if not (compared and pointed):
            return None
        mine = re.search(r"\b(moi|nous|mon|ma)\b", folded)
        other = (conversation.mine() if mine else conversation.jobs[:1])[0]
        if other == named[0]:
            return None
        return Plan(intent="compare", question=text, jobs=[other, named[0]], qualification=plan.qualification, follow_up=True)

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

    def term_defined(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est quoi le score d'exposition ?", "profil « en évolution » = ?": the study's definition of its term."""
        if plan.intent in ("refusal", "out_of_scope") or self.planner.jobs_in(text)[0]:
            return None
        last = conversation.last
        term = reading.term_defined(text, last is not None and last.intent in ("methodology", "levels", "profiles"))
        if term is None:
            return None
        intent, topic = term
        profile = profile_in(fold(text)) if intent == "profiles" else None
        return Plan(intent=intent, question=text, topic=topic, profile=profile, qualification=plan.qualification)

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

    def about_the_study(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "il y aura une suite à l'étude ?", "l'étude a été menée sur un an ?", "qui a validé les résultats ?",
        "les objectifs en 3 points": the study's own facts (its aims, steering, duration, sources, next part)."""
        folded = fold(text)
        if plan.intent in ("refusal", "out_of_scope", "facts", "methodology") or self.planner.jobs_in(text)[0]:
            return None
        method = first_match(folded, METHODOLOGY_TOPICS)
        steering = re.search(r"\bpilot\w* (l |de l |cette )?etude\b|\bqui (a pilote|pilote)\b|\bvalid\w* (les )?resultats\b|\bcomite (de pilotage|paritaire)\b|\bparitaire\b", folded)
        method = {
            "duree-phases": "duree-phases" if re.search(r"\betude\b", folded) else None,
            "pilotage": "pilotage" if steering else None,
            "correspondance-rome": "correspondance-rome" if re.search(r"\bcompetences\b|\bromes?\b", folded) else None,
        }.get(method or "")
        if method:
            return Plan(intent="methodology", question=text, topic=method, qualification=plan.qualification)
        fact = first_match(folded, FACT_TOPICS)
        if fact and re.search(r"\betude\b", folded):
            return Plan(intent="facts", question=text, topic=fact, qualification=plan.qualification)
        return None

    def support_for_exposed_jobs(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "que doit faire la DRH pour les métiers les plus exposés ?", "nos gestionnaires sont à 1,00 : on fait quoi ?",
        "qu'est-ce que je peux demander à mon employeur ?": what the study recommends for them, with their figures."""
        folded = fold(text)
        if plan.intent in ("refusal", "out_of_scope") or not reading.what_to_do(folded):
            return None
        jobs = self.planner.jobs_in(text)[0]
        about_view = re.search(r"\b(ce metier|ces metiers|pour eux|pour elles|pour lui|pour elle|mon employeur|pour moi|pour nous|ces postes|them|these jobs)\b", folded)
        if not jobs and about_view:
            jobs = conversation.mine() if re.search(r"\b(mon|moi|je|nous)\b", folded) else conversation.jobs[:1]
        if not (jobs or re.search(reading.EXPOSED_JOBS, folded) or re.search(r"\bdemander a\b|\bchanger de\b|\breconvertir\b|\bevoluer vers\b", folded)):
            return None
        return Plan(intent="recommendations", question=text, jobs=jobs[:1], qualification=plan.qualification)

    def trade_the_study_lacks(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "les psychologues, ils sont étudiés ?", "data scientist ?": a trade outside the 58 is said to be absent,
        with the nearest study jobs, whatever other words of the study the message holds."""
        if plan.intent in ("refusal", "out_of_scope"):
            return None
        trade = self.planner.absent_trade(text, fold(text), self.planner.jobs_in(text)[0])
        return Plan(intent="absent_job", question=text, resolution=trade, qualification=plan.qualification) if trade else None

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

    def key_figures(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "tu me donnes les chiffres clés ?", "un résumé de l'étude en 5 points": the study in a few points."""
        folded = fold(text)
        if plan.intent in ("refusal", "out_of_scope") or not re.search(
            r"\b(chiffres? cles?|points? cles?|l essentiel|resume\w*|en bref|grandes lignes|en \d+ points|key figures|summary)\b", folded
        ):
            return None
        if self.planner.jobs_in(text)[0] or self.families.find(text) or re.search(r"\b(fiches?|pdf|imprim\w*|cas d usage)\b", folded):
            return None  # a job's or a family's own figures, or a document to print
        if plan.intent in ("facts", "priority_actions", "recommendations", "dialia", "methodology") and plan.topic != "score":
            return None  # "les objectifs en 3 points", "les 6 actions prioritaires en bref": that record, briefly
        if maturity_topic(folded) is not None or re.search(r"\bmaturite\b|\bconsultation\b|\benquete\b", folded):
            return Plan(intent="maturity", question=text)  # "la maturité des entreprises, en résumé ?"
        return Plan(intent="key_figures", question=text)

    def topic_not_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "la cybersécurité est abordée ?", "l'étude parle de la formation ?": a subject the study may treat, though
        a job's title holds the word (Spécialiste cybersécurité, Chargé de formation)."""
        folded = fold(text)
        if plan.intent != "job" or not re.search(r"\b(aborde\w*|traite\w*|evoque\w*|mentionne\w*|parle\w* (de|du|des|d))\b", folded):
            return None
        if re.search(r"\b(score|expos\w*|classement|rang|position|metiers?|poste|profil|je|j|mon|ma|travaille)\b", folded):
            return None
        items = self.items
        if matched_items(text, items):
            return Plan(intent="recommendations", question=text)
        return Plan(intent="retrieval", question=text)

    def outside_the_branch(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "je suis infirmière en hôpital": a job of the study's title but outside the assistance branch the study
        covers; not among its 58 jobs, with the study's job of that name as the closest."""
        if plan.intent not in ("job", "reassure_job") or not plan.jobs:
            return None
        own = re.search(r"(?i)\b(?:je suis|je travaille comme|je bosse comme)\s+(?:un |une )?([^,.;:?!]{3,60}?)\s*(?:[,.;:?!]|\s(?:mais|et|qui|depuis)\b|$)", text)
        said = own[1] if own else self.planner.leading_phrase(text)
        if not (said and re.search(OUTSIDE_THE_BRANCH, fold(said))):
            # "et pour les infirmières à l'hôpital, … ?": the first clause, without its opening words
            said = re.sub(r"(?i)^\s*(et |mais )?(pour |quid des |quid de |concernant )?(les |des |le |la |l['’]|une? )?", "", re.split(r"[,;:?!]", text)[0]).strip()
            if not re.search(OUTSIDE_THE_BRANCH, fold(said)) or len(said.split()) > 8:
                return None
        closest = self.planner.tool.by_id[plan.jobs[0]]
        nearest = [c for c in self.planner.tool.resolver.nearest(said) if c.job_id != closest.id and c.score >= CLOSE_ENOUGH]
        resolution = Resolution(
            query=said, status="absent", candidates=[Candidate(job_id=closest.id, job=closest.job, score=1.0)] + nearest[:2]
        )
        return Plan(intent="absent_job", question=text, resolution=resolution)

    def job_named_before_the_question(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "psychologue sur plateforme d'écoute, mon métier est étudié ?": the job said first is the subject, even
        when the question's words are those of a topic (what the study covers)."""
        phrase = self.planner.leading_phrase(text) if plan.intent in ("facts", "retrieval", "methodology") else None
        if not phrase or set(analyze(phrase)) <= self.prose | GENERIC_STEMS:  # "ROME, c'est quoi ?" names a topic
            return None
        if re.match(r"(?i)\s*(c.est|ca|ça|et|mais|donc|alors|bon|ok|tout)\b", phrase):
            return None  # "c'est basé sur quoi tout ça, …": a clause, not a job
        personal = self._personal_job(text, plan)
        return personal if personal is not None and personal.intent == "absent_job" else None

    def handout(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "tu peux me faire une fiche à distribuer ?": a printable brief of the jobs named, else of the family or
        the core jobs named, else of the jobs in view."""
        folded = fold(text)
        last = conversation.last
        # after a handout, "et une fiche pour la famille informatique ?", "et pour le chargé d'assistance seul ?"
        again = last is not None and last.intent == "handout" and (
            re.search(r"\b(fiches?|pdf|documents?|versions?)\b", folded)
            or (re.match(r"^(et|aussi|puis|meme chose|pareil)\b", folded) and (self.planner.jobs_in(text)[0] or self.families.find(text)))
        )
        if plan.intent in ("refusal", "out_of_scope") or not (again or re.search(HANDOUT, folded)) or re.search(r"\bfiches? (de transformation|rome|metiers?)\b", folded):
            return None
        named = self.planner.jobs_in(text)[0]
        family = self.families.find(text)
        core = bool(re.search(r"\bcoeurs?\b", folded))
        jobs = named or ([] if family or core else conversation.jobs)
        return Plan(intent="handout", question=text, jobs=jobs, family=family.name if family and not named else None, core=core or None)

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

    def not_a_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "Et les pilotes ?", "Dans les entreprises, …", "« Important », c'est un profil ?": a phrase read as a
        job the study lacks, but made only of the words the study uses about its topics, is a topic. Not when the
        speaker says it is their job ("je suis assistante sociale")."""
        if plan.intent != "absent_job" or plan.resolution is None:
            return None
        phrase = fold(plan.resolution.query)
        if re.search(rf"\b(je suis|je travaille comme|je bosse comme|en tant que)\s+(un |une )?{re.escape(phrase)}", fold(text)):
            return None
        words = set(analyze(plan.resolution.query))
        asks = re.match(rf"^(et |mais )?{reading.QUESTION_START}\b", phrase)  # "combien en tout ?" names no job
        if asks or (words and words <= self.prose | GENERIC_STEMS):
            return Plan(intent="retrieval", question=text, qualification=plan.qualification)
        return None

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

    def figure(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "58 %, ça correspond à quoi ?", "et 68 % ?"."""
        share = reading.asked_figure(text)
        if share is None or plan.intent in ("refusal", "out_of_scope"):
            return None
        return Plan(intent="figure", question=text, topic=str(share))

    def why(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "pourquoi ça a autant monté ?", "pourquoi le médecin est-il si peu exposé ?": what the study gives as
        reasons (the experts' requalification; what makes competences more or less exposed), for the job in view."""
        folded = fold(text)
        if plan.intent in ("refusal", "out_of_scope") or not re.search(WHY, folded):
            return None
        named = self.planner.jobs_in(text)[0]
        last = conversation.last
        if not named and last is not None and len(folded.split()) <= 4 and (
            last.intent == "changes"
            or (last.set_ask is not None and (last.set_ask.query.filter.moved or last.set_ask.query.qualification == "expert" or last.set_ask.query.measure != "score"))
        ):  # a bare "pourquoi ?" after the jobs that moved, or the experts' list: why the two qualifications differ
            return Plan(intent="methodology", question=text, topic="qualifications", follow_up=True)
        jobs = named[:1] or conversation.jobs[:1]
        if jobs and re.search(r"\bexperts?\b", folded) and re.search(r"\bpwc\b", folded):
            # "pourquoi les experts disent plus que PwC ?": the two qualifications, for the job in view
            return Plan(intent="methodology", question=text, topic="qualifications", jobs=jobs, follow_up=not named)
        if jobs and not named and re.fullmatch(r"(et |mais )?(pourquoi|pk|pq|why)( (ca|donc|alors|cela))?", folded):
            return Plan(intent="methodology", question=text, topic="qualifications", jobs=jobs, follow_up=True)  # "pourquoi ?"
        if re.search(r"\b(chang\w*|mont\w*|remont\w*|baiss\w*|bouge\w*|evolu\w*|progress\w*|recul\w*|differen\w*|ecart\w*|pass\w*|bondi\w*|requalif\w*|augment\w*|places?|rangs?|points?|gagn\w*|perdu|pris|revu\w*|reevalu\w*|premier|dernier|numero|1er)\b"
                     r"|\bexperts?\b.*\b(plus (bas|haut)|moins|plus)\b", folded):
            return Plan(intent="methodology", question=text, topic="qualifications", jobs=jobs, follow_up=not named)
        if re.search(r"\b(expos\w*|touch\w*|epargn\w*|proteg\w*|impact\w*|concern\w*)\b|\bsi (peu|fort|haut|bas)\b|\baussi (peu|haut|bas)\b", folded):
            return Plan(intent="exposure_findings", question=text, jobs=jobs)  # "pourquoi lui si peu ?": what keeps it low
        profile = next((label for word, label in PROFILE_WORDS.items() if word in folded), None)
        if not profile and re.search(r"\b(ce|son|leur) profil\b|\bcette classification\b", folded) and last is not None and last.set_ask is not None:
            profile = last.set_ask.query.filter.profile  # "pourquoi ce profil ?" after the jobs of a profile
        if profile and not named:  # "pourquoi certains métiers sont émergents ?": what the profile means
            return Plan(intent="profiles", question=text, profile=profile)
        return None

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

    def survey_claim(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "58 % des entreprises ont déjà une charte IA ?": a figure of the survey claimed on one of its findings,
        checked against that finding (not the charter recommendation)."""
        folded = fold(text)
        if plan.intent in ("refusal", "out_of_scope") or not re.search(r"\d+ ?%|\bpour ?cent\b", text):
            return None
        if not re.search(r"\b(entreprises?|repondants?|societes?|assisteurs?|structures?|employeurs?|boites?)\b", folded):
            return None
        if not claims.yes_no(text) or re.search(r"\b(recommand\w*|preconis\w*|que faire|remedier)\b", folded):
            return None  # "40 % n'ont aucune formation : que recommande l'étude ?" asks for recommendations
        topic = maturity_topic(folded)
        return Plan(intent="maturity", question=text, topic=topic) if topic else None

    def same_records_topic(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et les formations courtes ?" after survey findings: another finding of the same survey, not the
        training recommendations the word would otherwise bring."""
        last = conversation.last
        folded = fold(text)
        if last is None or len(folded.split()) > 10 or plan.intent in ("refusal", "out_of_scope"):
            return None
        # "combien ont des pilotes ?" in a conversation about the survey: another of its findings
        unsaid = plan.intent in ("retrieval", "absent_job", "ambiguous_job") and len(folded.split()) <= 6
        if not (re.match(r"^(et|and|mais|puis)\b", folded) or unsaid):
            return None
        if last.intent in ("recommendations", "priority_actions") and re.match(r"^(et|mais|puis)\b", folded) and not self.planner.jobs_in(text)[0]:
            # "et pour les managers ?" after the training recommendations: those that name them
            items = self.items
            actions = matched_items(text, self.actions)
            if names_an_item(actions) or actions and not matched_items(text, items):
                return Plan(intent="priority_actions", question=text, follow_up=True)  # "et l'OPCO dans tout ça ?"
            if names_an_item(matched_items(text, items)) or matched_items(text, items) and len(folded.split()) <= 5:
                return Plan(intent="recommendations", question=text, follow_up=True)
        if last.intent in ("maturity", "figure") and (topic := maturity_topic(folded)):
            return Plan(intent="maturity", question=text, topic=topic, follow_up=True)
        unread = plan.intent in ("retrieval", "absent_job", "ambiguous_job")
        if last.intent == "methodology" and unread and (topic := first_match(folded, METHODOLOGY_TOPICS)):
            return Plan(intent="methodology", question=text, topic=topic, follow_up=True)
        return None

    def unclear(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """A message that could mean several things the study answers differently: ask which, with choices."""
        if plan.intent in ("refusal", "empty", "out_of_scope"):
            return None
        folded = fold(text)
        mine = reading.own_title(text)
        if mine:
            titles = reading.titles_with(mine, self.study.jobs)
            family = self.families.find(text)
            in_family = [j for j in titles if family and self.families.family_of(j) == family.code]
            if len(in_family) == 1:  # "assistante dans le service pilotage et projets": the one of that family
                return Plan(intent="job", question=text, jobs=in_family, qualification=plan.qualification)
            if len(titles) >= 2:  # "je suis manager", "je suis assistante": several jobs of the study
                return Plan(intent="clarify", question=text, topic="job", jobs=titles)
        if conversation.jobs or conversation.last is not None:
            return None
        if re.fullmatch(reading.GENERIC_JOB_QUESTION, folded) or (folded and len(folded.split()) <= 5 and set(folded.split()) <= reading.NAMELESS):
            return Plan(intent="clarify", question=text, topic="job")  # "mon score ?", "et lui ?", "c'est combien ?" with nothing before
        if re.search(r"\b(la|une|ma|notre) famille\b", folded) and not any(self.families.codes(text, loose=True)) and not re.search(
            r"\b(plus|moins|moyenne?)\b", folded
        ):
            return Plan(intent="clarify", question=text, topic="family")
        if re.search(r"\b(metiers|fonctions|famille|pole) (du |de )?support\b", folded) and not re.search(
            r"support (et organisation|pilotage|technique)", folded
        ):
            return Plan(intent="clarify", question=text, topic="support")
        return None

    def claim_on_the_conversation_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est le plus bas de l'étude ?" about the job of the conversation: a claim to check on its card."""
        folded = fold(text)
        bare = "??" not in text and "?!" not in text and re.fullmatch(r"((ah|oh|bah|ben|quand meme|donc|alors|wow|waouh|hein|ok) )*(\d{1,2} ?(e|eme|er)|[01] \d\d)( sur 58)?( (chez|selon) (pwc|les experts))?( (alors|donc|quand meme|vraiment))?"
                                                           r"(?P<size> (c est|c|ca fait|ca reste) (beaucoup|peu|enorme|grave|bien|normal|haut|bas|eleve|faible|pas mal)( non)?)?", folded)
        if conversation.jobs and bare and plan.intent not in ("refusal", "out_of_scope"):  # "ah quand même… 3e sur 58 ?"
            # "0,49 c'est beaucoup ?" asks where it stands (no claim to check); "3e sur 58 ?" checks the figure
            return Plan(intent="job", question=text, jobs=conversation.jobs[:1], follow_up=True, qualification=plan.qualification,
                        topic="place" if bare["size"] else None)
        if (
            conversation.jobs
            and claims.yes_no(text)
            and re.match(
                r"^(et |donc |alors |mais )?((mon|ma) (chef|manager|collegue|responsable|rh)|on|ils?) (m a )?(dit|dis|disent|pretend\w*|affirme\w*) (que |qu )?"
                r"|^(et |donc |alors |mais )?(c est|ce n est|ca|il|elle|on|mon metier|mon score|son metier|ce metier|le metier|je suis|j ai|je passe|je suis passe|on passe|il passe)\b",
                folded,
            )
            and plan.intent not in ("refusal", "out_of_scope", "sheets", "recommendations", "priority_actions", "maturity", "dialia")
            and not re.search(r"(?<!quand )\bmeme\b|\bdeux\b(?! qualifications)|\btous\b|\bfamille\b|\bcoheren\w*|\bcorrespond\w*|\bconforme\w*|\bcoll(e|ent|er)\b", folded)
            and not reading.worried(text)
            and not self.planner.jobs_in(text)[0]
            and not (re.search(r"\brecord\b", folded) and conversation.last is not None and conversation.last.set_ask is not None)
            and not re.search(r"\b(ce top|cette liste|la liste|parmi|dedans|de ces|ces \d+)\b", folded)  # the list in view, not its last job
        ):
            mine = re.search(r"\b(on|je|j|mon|ma)\b", folded)  # "on est tranquilles alors ?", "mon chef dit que mon score…"
            return Plan(intent="job", question=text, jobs=conversation.mine() if mine else conversation.jobs[:1], follow_up=True, qualification=plan.qualification)
        return None

    def the_two_compared(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "compare les deux", "et entre eux ?": the two jobs the conversation is about."""
        folded = fold(text)
        # "lequel des deux l'est le plus ?" (the set reader takes "lequel des deux est le plus exposé ?")
        which_more = not re.search(r"\b(expos|touch|impact|concern|menac)\w*", folded) and re.search(r"\b(lequel|laquelle|qui)\b.*\b(des deux|de nous deux|d entre eux|des 2)\b.*\b(le plus|le moins)\b|\b(lequel|laquelle)\b.*\b(le plus|le moins)\b.*\b(des deux|de nous deux|des 2)\b", folded)
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
        folded = fold(text)
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

    def jobs_of_a_title_word(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "les assistants sont-ils très exposés ?", "et les managers ?": every study job whose title holds that word,
        side by side, rather than one of them picked."""
        folded = fold(text)
        plural = re.search(r"\b(?:les|des|aux|nos|ces) (\w+?)s\b", folded)
        if plan.intent in ("refusal", "out_of_scope") or not plural or self.families.codes(text, loose=False)[0]:
            return None
        # the head word of the titles ("les assistants", "les managers"), not a word inside them ("les clients")
        ids = [j for j in reading.titles_with(plural[1], self.study.jobs) if fold(self.planner.tool.by_id[j].job).startswith(plural[1])]
        if any(j in ids for j in self.planner.jobs_in(text)[0]):
            return None  # "les managers de proximité d'assistance": one title named in full
        if len(ids) < 2 or reading.first_person(folded) or self.planner.jobs_in(re.sub(rf"\b{plural[0]}\b", " ", folded))[0]:
            return None  # one title, or another job named beside them
        if not re.search(r"\b(expos\w*|touch\w*|menac\w*|impact\w*|concern\w*|scores?|class\w*|risqu\w*|danger|disparai\w*|remplac\w*)\b|^(et )?(les|des) \w+$", folded):
            return None
        return Plan(intent="query", question=text, qualification=plan.qualification,
                    set_ask=SetAsk(query=JobQuery(filter=JobFilter(job_ids=ids)), outputs=["list"], titled=plural[1]))

    def set_of_jobs(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """A family, the core jobs, a profile, a threshold, the movers… (see ``sets``)."""
        jobs = self.planner.jobs_in(text)[0]  # named in this message (the plan may hold the conversation's)
        ask = self.sets.read(text, conversation, plan, jobs)
        if ask is None:
            return None
        return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=ask)

    def forecast(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """A number of jobs lost: the study gives none (out of scope, with what it measures instead)."""
        if plan.intent in ("refusal", "empty") or not reading.forecast(text):
            return None
        return Plan(intent="forecast", question=text)

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

    def which_ones(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "lesquels ?" after counts by profile or the profile changes: the jobs behind that count."""
        last = conversation.last
        folded = fold(text)
        count = re.fullmatch(r"(et )?(combien|combien en tout|combien au total|combien y en a t il|combien sont ils|ca fait combien|how many)", folded)
        if last is not None and last.intent == "changes" and count:
            return Plan(intent="query", question=text, set_ask=SetAsk(query=JobQuery(filter=JobFilter(moved="profile_changed")), outputs=["count"]))
        if last is None or not re.fullmatch(r"(et )?(lesquels|lesquelles|lesquels sont ce|qui|quels metiers|c est qui|which ones)", folded):
            return None
        if last.intent == "stats" and last.profile:
            return Plan(intent="query", question=text, set_ask=SetAsk(query=JobQuery(filter=JobFilter(profile=last.profile)), outputs=["list"], both=True))
        if last.intent == "changes":
            return Plan(intent="query", question=text, set_ask=SetAsk(query=JobQuery(filter=JobFilter(moved="profile_changed")), outputs=["list"]))
        return None

    def recommendation_named(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "que dit l'étude sur la confidentialité des données ?": a passage search for what one of the study's
        recommendations says in so many words."""
        about = plan.intent == "ambiguous_job" and re.search(r"\b(que dit|qu est ce que dit|parle|a propos|concernant|sur les|prevoit|propose|recommande)\b", fold(text))
        if plan.intent != "retrieval" and not about:  # "que dit l'étude sur les managers ?" is no choice of job
            return None
        if re.search(r"\b(lesquels|lesquelles|quels (metiers|postes)|quelles fonctions)\b", fold(text)):
            return None  # "lesquels sont faiblement exposés ?" asks for jobs
        items = self.items
        found = matched_items(text, items)
        actions = matched_items(text, self.actions)
        # "et l'OPCO dans tout ça ?": a name the action holds (OPCO, GEPP), in a short question
        names = {fold(w) for w in re.findall(r"\b[A-Z][A-Za-z]{2,}\b", text)} - {"et", "le", "la", "les", "l"}
        short = len(fold(text).split()) <= 6 and actions and not found and any(n in fold(actions[0][2].text).split() for n in names)
        if (names_an_item(actions) or short) and (not found or actions[0][0] > found[0][0]):
            return Plan(intent="priority_actions", question=text, qualification=plan.qualification)  # "le rôle de l'OPCO Atlas ?"
        if names_an_item(found):
            return Plan(intent="recommendations", question=text, qualification=plan.qualification)
        return None

    def worry(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est grave ?", "vais-je perdre mon emploi ?": what the study says and does not say, with the job."""
        product = plan.intent == "out_of_scope" and re.search(PRODUCTS, fold(text))  # "remplacée par ChatGPT ?"
        # "on va disparaître ?" read as an unknown job title: the worry is the question
        worded = plan.intent == "absent_job" and plan.resolution is not None and reading.worried(plan.resolution.query)
        if operation(plan.intent).outcome in ("out_of_scope", "refuse", "absent_job") and not (product or worded):
            return None
        if not reading.worried(text):
            return None
        own = self.planner.jobs_in(text)[0][:1] or (conversation.mine() if reading.first_person(fold(text)) else conversation.jobs[:1])
        if not own:  # "téléconseillère en assistance auto, je dois m'inquiéter ?": a job the study lacks, said so
            personal = self._personal_job(text, plan)
            phrase = personal.resolution.query if personal is not None and personal.resolution is not None else ""
            # not "je suis stressée", "une mauvaise nouvelle": a feeling or a topic is no job
            if personal is not None and personal.intent == "absent_job" and not reading.worried(phrase) and set(analyze(phrase)) - self.prose - GENERIC_STEMS:
                return personal
        return Plan(intent="reassure_job" if own else "reassure", question=text, jobs=own)
