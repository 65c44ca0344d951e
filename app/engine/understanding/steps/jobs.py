"""Steps that read who a message is about: a trade the study lacks, a job outside the branch, a job said before its
question, the jobs of a title word, a set of jobs, a forecast, a worry, an unclear message."""

from __future__ import annotations

import re

from knowledge.text import fold
from scoring.models import Candidate, JobFilter, JobQuery, Resolution
from scoring.render import CLOSE_ENOUGH
from search.analysis import analyze

from ...operations import operation
from ...plan import Conversation, Plan, SetAsk
from .. import reading
from ..records import GENERIC_STEMS
from .base import Steps

# where a job of the study's name is done outside the assistance branch ("infirmière en hôpital")
OUTSIDE_THE_BRANCH = (
    r"\b(a l hopital|en hopital|a l hosto|hospitali\w*|en clinique|liberale?s?|en ehpad|scolaire|en mairie|a la mairie|en banque"
    r"|dans une banque|en usine|au supermarche|dans la fonction publique|a la poste|en cabinet)\b"
)
PRODUCTS = r"\b(chatgpt|copilot|mistral|gemini)\b"


# the speaker's own job asked, and nothing else ("et moi ?", "et mon métier à moi, il est exposé ?", "et pour moi alors ?")
OWN_ASKED = (
    r"(et |mais |ok |bon )*(moi|pour moi|mon metier|mon poste|mon job|mon boulot|mon taf|mon emploi)( a moi)?( alors| du coup| dans tout ca)?"
    r"( (il|je) (est|suis) (expose|exposee|touche|touchee|concerne|concernee|menace|menacee)( par l ia)?)?( ou pas| ou non)?( alors)?"
)


# "ma sœur qui est hôtesse de l'air", "mon mari bosse comme routier": the trade of someone the speaker names
RELATIVE_S_JOB = (
    r"(?i)\b(?:ma|mon|notre) (?:s(?:oeu|œu)r|fr[eè]re|mari|femme|m[eè]re|p[eè]re|fille|fils|cousine?|amie?|copine?|copain|voisine?|coll[eè]gue|bin[oô]me|compagne?|conjointe?|pote)"
    r"\s+(?:qui\s+|elle\s+|il\s+)?(?:est|bosse comme|travaille comme|fait)\s+(?:un |une |du |de la )?([^,.;:?!]{3,50}?)\s*(?:[,.;:?!]|$)"
)


class JobSteps(Steps):
    def _personal_job(self, text: str, plan: Plan) -> Plan | None:
        """The job the person names as theirs ("psychologue sur plateforme, …"), read by the planner."""
        return self.planner.personal_job(text, fold(text), {"question": text, "qualification": plan.qualification})

    def trade_the_study_lacks(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "les psychologues, ils sont étudiés ?", "data scientist ?": a trade outside the 58 is said to be absent,
        with the nearest study jobs, whatever other words of the study the message holds."""
        if plan.intent in ("refusal", "out_of_scope") or re.search(r"\bpreconis\w*|\brecommand\w*|\bactions? prioritaires?\b", fold(text)):
            return None  # "quelles préconisations concernent les managers et la DRH ?": a topic, not a trade
        if plan.intent == "levels" and re.search(r"\bniveaux\b", fold(text)):
            return None  # "quels sont les niveaux d'impact utilisés pour noter les compétences ?": the study's levels
        trade = self.planner.absent_trade(text, fold(text), self.planner.jobs_in(text)[0])
        return Plan(intent="absent_job", question=text, resolution=trade, qualification=plan.qualification) if trade else None

    def job_of_a_relative(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et ma sœur qui est hôtesse de l'air ?": the trade of someone the speaker names, read as a title, is
        absent when the study lacks it (the ones it has are read as jobs already)."""
        said = re.search(RELATIVE_S_JOB, text)
        if said is None or plan.intent in ("job", "compare", "query", "refusal", "out_of_scope") or self.planner.jobs_in(text)[0]:
            return None
        phrase = re.sub(r"(?i)^(juste|simplement|seulement)\s+|\s+tout court$", "", said[1].strip().strip("'\"«» ’‘")).strip("'\"«» ’‘")
        first = fold(phrase).split()[0] if fold(phrase).split() else ""
        if re.fullmatch(r"dans|en|a|au|aux|sur|chez|de|du|des|d|la|le|les|l|pas|plus|moins|aussi|toujours|meme|tres|trop|bien|mal|pareil|comme|ici|partie"
                        r"|expos\w*|concern\w*|touch\w*|impact\w*|menac\w*|inquiet\w*|stress\w*|sur\w*|content\w*|d accord|cadre|salarie\w*|nouveau|nouvelle", first):
            return None  # "mon collègue qui est dans la même famille", "ma sœur est exposée ?": no trade said
        resolution = self.planner.tool.resolver.resolve(phrase)
        if resolution.status == "found":
            # "et ma collègue qui est juste 'assistante' ?": that title, which the quotes hid from the whole message
            return Plan(intent="job", question=text, jobs=[resolution.job_id], qualification=plan.qualification, follow_up=True) if resolution.job_id else None
        if set(analyze(phrase)) <= self.prose | GENERIC_STEMS:
            return None  # "mon collègue qui est dans la même famille": no trade
        nearest = [c for c in self.planner.tool.resolver.nearest(phrase) if c.score >= CLOSE_ENOUGH]
        return Plan(intent="absent_job", question=text, resolution=Resolution(query=phrase, status="absent", candidates=nearest[:3]),
                    qualification=plan.qualification)

    def job_within_its_family(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "le chargé d'assistance est-il plus ou moins exposé que les autres de sa famille ?", "je suis le plus exposé
        de ma famille ?": the job's place among the jobs of its family, in each qualification."""
        folded = fold(text)
        # (or among the core jobs: "je suis à quel rang parmi les cœur chez les experts ?")
        core = re.search(r"\b(parmi|chez|dans|entre) les (\d+ )?(metiers )?coeur\b", folded)
        if not core and not re.search(r"\b(de|dans|parmi) (sa|ma|son|leur|notre|la meme) famille\b|\bautres (metiers )?(de|dans) (sa|ma|son|leur|notre) famille\b", folded):
            return None
        if not re.search(r"\b(plus|moins|classe\w*|place\w*|rang|situe\w*|position\w*|premier|dernier)\b", folded) or re.search(r"\b(quels?|quelle|lesquels|lequel|combien|qui)\b", re.sub(r"\b(a |en )?(quel rang|quelle place|quelle position)\b", "", folded)):
            return None  # ("qui est le plus exposé de ma famille ?" asks for its leader)
        named = self.planner.jobs_in(text)[0]
        if not named and not re.search(r"\b(je suis|suis je|j|il est|elle est|est il|est elle|on est|mon metier est|mon poste est)\b", folded):
            return None  # the job must be the subject: "et le plus exposé de la famille ?" asks for its leader
        jobs = named[:1] or (conversation.mine() if re.search(r"\b(je|j|ma|mon|moi)\b", folded) else conversation.jobs[:1])
        if len(named) > 1 or not jobs:
            return None
        job = self.planner.tool.by_id[jobs[0]]
        if core and not job.core:
            return None  # not one of them: its card says so
        which = plan.qualification if plan.qualification in ("pwc", "expert") else "pwc"
        among = JobFilter(core=True) if core else JobFilter(families=[job.family_code])
        ask = SetAsk(query=JobQuery(filter=among, order="most", qualification=which), outputs=["place"], members=jobs[:1],
                     family_named=not core, both=plan.qualification not in ("pwc", "expert"))
        return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=ask, jobs=jobs[:1])

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
        # ("chargée de rapatriement, je suis où dans le classement ?", "standardiste, c'est noté quelque part ?": the
        # speaker's place asked, whatever the words of a ranking or a count around it)
        own_place = re.search(r"\b(je suis|suis je|j en suis|je me situe|je me place|c est note|c est repertorie|(on|je) (figure|apparai\w*)|dans quel profil|je suis a combien)\b", fold(text))
        readings = ("facts", "retrieval", "methodology") + (("ranking", "stats", "query", "profiles") if own_place else ())
        phrase = self.planner.leading_phrase(text) if plan.intent in readings else None
        if not phrase or set(analyze(phrase)) <= self.prose | GENERIC_STEMS:  # "ROME, c'est quoi ?" names a topic
            return None
        if re.match(r"(?i)\s*(c.est|ca|ça|et|mais|donc|alors|bon|ok|tout)\b", phrase):
            return None  # "c'est basé sur quoi tout ça, …": a clause, not a job
        if re.match(r"(?i)\s*(la )?famille\b", phrase) and self.families.codes(text, loose=True)[0]:
            return None  # "famille Support, pilotage et projets : quelle exposition ?": a family, named
        personal = self._personal_job(text, plan)
        return personal if personal is not None and personal.intent == "absent_job" else None

    def own_job_not_said(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et moi ?", "et mon métier à moi, il est exposé ?" when the speaker never said their job: ask which it
        is, rather than answer for a job someone else named."""
        if conversation.own or plan.intent in ("refusal", "out_of_scope", "forecast") or self.planner.jobs_in(text)[0]:
            return None
        if re.fullmatch(OWN_ASKED, fold(text)):
            return Plan(intent="clarify", question=text, topic="job")
        return None

    def own_job_by_its_field(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "je suis dans le médical, ça donne quoi pour moi ?", "je bosse sur le réseau, on est touchés ?": the speaker's
        field, not their job; asked which of that family's jobs is theirs, with them as choices."""
        if conversation.own or plan.intent in ("refusal", "out_of_scope", "forecast") or self.planner.jobs_in(text)[0]:
            return None
        folded = fold(text)
        field = re.search(r"\b(je suis|jsuis|j suis|je bosse|je travaille|on est|on bosse|je fais partie)( \w+){0,2} (dans|au|aux|a la|a l|en|sur|chez) (le |la |les |l )?([a-z]{4,})\b", folded)
        if re.search(r"\bfamilles?\b|\b(quels?|quelles?|combien|lesquels)\b|\b(dans|de) l etude\b", folded) or not field or reading.own_title(text):
            return None
        if field[5] in ("etude", "liste", "classement", "tableau", "assistance", "boite", "entreprise", "societe", "service", "equipe", "plateau", "secteur", "branche", "metier"):
            return None  # where one works, not what one does
        codes, excluded = self.families.codes(text, loose=True)
        if len(codes) != 1 or excluded:
            # "je bosse sur le réseau": no family said, but a word several titles hold
            titles = list(dict.fromkeys(reading.titles_with(field[5], self.study.jobs) + reading.titles_with(field[5] + "x", self.study.jobs)))
            return Plan(intent="clarify", question=text, topic="job", jobs=titles) if 2 <= len(titles) <= 6 and not codes else None
        jobs = [j.id for j in self.study.jobs if j.family_code == codes[0]]
        if len(jobs) < 2:
            return Plan(intent="job", question=text, jobs=jobs, qualification=plan.qualification) if jobs else None
        return Plan(intent="clarify", question=text, topic="job", jobs=jobs[:7])

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
        bare = re.fullmatch(r"(et |moi |je suis )?(un |une |le |la |les |l )?([a-z]{4,})( \?)?", folded)
        if bare:
            # "assistante", "gestionnaire": a single word that begins several titles of the study
            word = bare[3]
            titles = [t for w in dict.fromkeys((word, word.removesuffix("e"), word.removesuffix("s"))) for t in reading.titles_with(w, self.study.jobs)]
            titles = [t for t in dict.fromkeys(titles) if fold(self.planner.tool.by_id[t].job).startswith(word.removesuffix("e"))]  # a title's head word, not "informatique"
            if len(titles) >= 2:
                return Plan(intent="clarify", question=text, topic="job", jobs=titles[:6])
        support = re.search(r"\b(metiers|fonctions|famille|pole) (du |de )?support\b", folded) and not re.search(r"support (et organisation|pilotage|technique)", folded)
        bare_support = support and not re.search(r"\b(combien|plus|moins|expos\w*|profils?|evolution|transfo\w*|emergent\w*|impact\w*|touche\w*|compar\w*|score\w*)\b", folded)
        if bare_support and (conversation.jobs or conversation.last is not None):
            # "la famille support en entier ?" after a job of one of the two: that one; "l'autre famille support": the other
            last = conversation.last
            shown = list(last.set_ask.query.filter.families) if last is not None and last.set_ask is not None else []
            job_family = [self.families.family_of(conversation.jobs[0])] if conversation.jobs else []
            earlier = next((p.set_ask.query.filter.families[0] for p in reversed(conversation.asked)
                            if p.set_ask is not None and p.set_ask.query.filter.families[:1] in (["03"], ["12"])), "")
            pick = ({"03": "12", "12": "03"}.get(earlier or (shown or job_family or [""])[0]) if re.search(r"\bl autre\b", folded)
                    else (job_family or shown or [""])[0] if (job_family or shown or [""])[0] in ("03", "12") else None)
            if pick:
                return Plan(intent="query", question=text, follow_up=True,
                            set_ask=SetAsk(query=JobQuery(filter=JobFilter(families=[pick])), family_named=True))
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
        ) and not set(self.families.codes(text, loose=True)[0]) - {"03", "12"}:  # "… les fonctions support : les métiers RH ?" names one
            return Plan(intent="clarify", question=text, topic="support")
        return None

    def jobs_of_a_title_word(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "les assistants sont-ils très exposés ?", "et les managers ?": every study job whose title holds that word,
        side by side, rather than one of them picked."""
        folded = fold(text)
        # "compare les différents métiers d'assistant": every title that begins with the word, whatever its number
        group = re.search(r"\b(?:les |des )?(?:differents |divers |autres |tous les )?(?:metiers|postes|intitules|fonctions) (?:d |de |du )(\w+?)s?\b", folded)
        group = group if group and re.search(r"\b(compar\w*|cote a cote|differents|divers|tous les)\b", folded) else None
        plural = group or re.search(r"\b(?:les|des|aux|nos|ces) (\w+?)s\b", folded)
        if plan.intent in ("refusal", "out_of_scope") or not plural or self.families.codes(text, loose=False)[0]:
            return None
        if re.search(r"\bpreconis\w*|\brecommand\w*|\bactions?\b|\bformations?\b|\baccompagn\w*", folded):
            return None  # "quelles préconisations concernent les managers ?": what the study says of them
        # the head word of the titles ("les assistants", "les managers"), not a word inside them ("les clients")
        ids = [j for j in reading.titles_with(plural[1], self.study.jobs) if fold(self.planner.tool.by_id[j].job).startswith(plural[1])]
        if not group and any(j in ids for j in self.planner.jobs_in(text)[0]):
            return None  # "les managers de proximité d'assistance": one title named in full
        if len(ids) < 2 or reading.first_person(folded) or (not group and self.planner.jobs_in(re.sub(rf"\b{plural[0]}\b", " ", folded))[0]):
            return None  # one title, or another job named beside them
        if not group and not re.search(r"\b(expos\w*|touch\w*|menac\w*|impact\w*|concern\w*|scores?|class\w*|risqu\w*|danger|disparai\w*|remplac\w*|compar\w*)\b|^(et )?(les|des) \w+$", folded):
            return None
        return Plan(intent="query", question=text, qualification=plan.qualification,
                    set_ask=SetAsk(query=JobQuery(filter=JobFilter(job_ids=ids)), outputs=["list"], titled=plural[1]))

    def first_of_the_set_again(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est pareil chez les experts ?" after the most exposed of a set: the first of it in each qualification
        (before the job in view's card in the other qualification, which it would otherwise be)."""
        ask = self.sets.same_first_in_the_other_qualification(text, self.planner.jobs_in(text)[0], conversation)
        return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=ask, follow_up=True) if ask else None

    def top_left_or_entered(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et ceux qui sortent du top 10 chez les experts ?", "et ceux qui rentrent ?": the jobs in one qualification's
        top N and not in the other's (N said with "top", or the top in view)."""
        folded = fold(text)
        leaving = re.search(r"\b(sort\w*|quitt\w*|tomb\w*|disparai\w*)\b", folded)
        entering = re.search(r"\b(rentr\w*|entr(ent|ant|er|ee|ees)|entre dans|arriv\w*|integr\w*)\b", folded)  # not "entre les deux"
        said = re.search(r"\btop ?(\d{1,2})\b", folded)
        last = conversation.last
        in_view = last.set_ask.query if last is not None and last.set_ask is not None else None
        n = int(said[1]) if said else None
        if n is None and in_view is not None and re.match(r"(et )?(ceux|celles|lesquels|lesquelles|qui|quels|quelles)\b", folded):
            plain_top = in_view.order == "most" and in_view.n and in_view.filter == JobFilter()
            n = in_view.filter.left_top or in_view.filter.entered_top or (in_view.n if plain_top else None)
        if not n or not (leaving or entering) or self.planner.jobs_in(text)[0]:
            return None  # "le formateur est sorti du top 5 ?": a claim on that job
        f = JobFilter(left_top=n) if leaving else JobFilter(entered_top=n)
        return Plan(intent="query", question=text, set_ask=SetAsk(query=JobQuery(filter=f, qualification="pwc" if leaving else "expert")), follow_up=last is not None)

    def set_of_jobs(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """A family, the core jobs, a profile, a threshold, the movers… (see ``sets``)."""
        jobs = self.planner.jobs_in(text)[0]  # named in this message (the plan may hold the conversation's)
        if plan.intent in ("recommendations", "ranking", "query") and re.search(r"\b(doi\w*|devr\w*|faut|faudrait) (il )?(faire|mettre|prevoir|accompagner)\b|\b(doi\w*|devr\w*) faire quoi\b|\bque faire\b|\bquoi faire\b|\b(je|on|nous) (fais|fait|faisons|peux|peut|pouvons) quoi (pour|avec)\b", fold(text)):
            # "les métiers les plus exposés, les RH doivent faire quoi ?": what to do for them, not the list
            return plan if plan.intent == "recommendations" else Plan(intent="recommendations", question=text, qualification=plan.qualification)
        if re.search(r"\b(supprim\w*|disparai\w*|detrui\w*|remplace\w*)\b.{0,40}\b(emplois?|postes?|salaries|jobs?)\b", fold(text)):
            return None  # "« l'IA va supprimer 10 % des emplois »" after a share checked: a forecast, not a share of jobs
        ask = self.sets.read(text, conversation, plan, jobs)
        if ask is None:
            return None
        return Plan(intent="query", question=text, qualification=plan.qualification, set_ask=ask)

    def forecast(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """A number of jobs lost: the study gives none (out of scope, with what it measures instead)."""
        if plan.intent in ("refusal", "empty") or not reading.forecast(text):
            return None
        named = self.planner.jobs_in(text)[0]
        numbered = re.search(r"\b(combien|nombre|chiffres?|pourcentage|taux|proportion|part|moitie|tiers|quart)\b|%|\b\d+ (postes|emplois|salaries|personnes)\b", fold(text) + " " + text)
        if named and not numbered:
            # "l'IA va-t-elle supprimer les postes de chargé d'assistance ?": no number asked, a worry about that job
            return Plan(intent="reassure_job", question=text, jobs=named[:1])
        last = conversation.last
        if not numbered and last is not None and last.intent in ("reassure", "reassure_job") and last.jobs[:1]:
            # "c'est grave ?" about a job, then "mais ils vont supprimer des postes oui ou non": still that worry
            return Plan(intent="reassure_job", question=text, jobs=last.jobs[:1], follow_up=True)
        return Plan(intent="forecast", question=text)

    def worry(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est grave ?", "vais-je perdre mon emploi ?": what the study says and does not say, with the job."""
        product = plan.intent == "out_of_scope" and re.search(PRODUCTS, fold(text))  # "remplacée par ChatGPT ?"
        # "on va disparaître ?" read as an unknown job title: the worry is the question
        worded = plan.intent == "absent_job" and plan.resolution is not None and reading.worried(plan.resolution.query)
        # "est-ce que mon poste va être supprimé d'ici 5 ans ?": a date the study gives none of, but the speaker's worry first
        dated = plan.intent == "out_of_scope" and bool(conversation.mine()) and (reading.first_person(fold(text)) or self.planner.jobs_in(text)[0][:1] == conversation.mine()) and not re.search(r"\b(combien|nombre|pourcentage|proportion|salaires?|primes?|quand|quelle annee|quelle date)\b", fold(text))  # (a date asked stays out of scope)
        if operation(plan.intent).outcome in ("out_of_scope", "refuse", "absent_job") and not (product or worded or dated):
            return None
        if not reading.worried(text):
            return None
        if re.search(r"\b(combien|nombre|pourcentage|proportion)\b.*\b(perdr\w*|perdu\w*|supprim\w*|disparai\w*|licenci\w*|remplace\w*|sauter|sauteront|degager\w*|vires?|virees?)\b", fold(text)):
            return Plan(intent="forecast", question=text)  # "combien de chargés d'assistance vont perdre leur job ?": no figure of it
        if plan.intent == "recommendations" and re.search(r"\b(recommand\w*|preconis\w*|que faire|quoi faire|accompagner)\b", fold(text)):
            return None  # "les seniors ont peur, que recommande l'étude pour les accompagner ?": the recommendations asked
        own = self.planner.jobs_in(text)[0][:1] or (conversation.mine() if reading.first_person(fold(text)) else conversation.jobs[:1])
        if not own:  # "téléconseillère en assistance auto, je dois m'inquiéter ?": a job the study lacks, said so
            personal = self._personal_job(text, plan)
            phrase = personal.resolution.query if personal is not None and personal.resolution is not None else ""
            # not "je suis stressée", "une mauvaise nouvelle": a feeling or a topic is no job
            if personal is not None and personal.intent == "absent_job" and not reading.worried(phrase) and set(analyze(phrase)) - self.prose - GENERIC_STEMS:
                return personal
        return Plan(intent="reassure_job" if own else "reassure", question=text, jobs=own)
