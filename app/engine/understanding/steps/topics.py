"""Steps that read a question about the study's topics: a term, the study itself, support for exposed jobs, key
figures, a handout, a figure, why, a survey claim, a recommendation named."""

from __future__ import annotations

import re

from knowledge.schema import Qualification
from knowledge.text import fold
from scoring.models import JobFilter, JobQuery
from search.analysis import analyze

from ...operations import operation
from ...plan import MAX_HANDOUT, Conversation, Plan, SetAsk
from .. import claims, reading
from ..changes import DOWN, UP
from ..planner import (
    METHODOLOGY_TOPICS,
    PROFILE_WORDS,
    fact_topic,
    first_match,
    maturity_topic,
    profile_in,
    qualification_of,
)
from ..records import GENERIC_STEMS, acronyms_held, matched_items, names_an_item
from ..sets import set_shown
from .base import Steps

WHY = (
    r"^(et )?(mais )?(alors )?(pourquoi|pk|pq|why|pour quelle raison|comment (ca )?se fait (il|t il))\b|\bpourquoi\b"
    r"|^(et )?(c est quoi|quelle est|d ou vient|comment s explique) (cet|cette|ce) (ecart|difference|changement|saut)( entre (les|ces) (deux|2))?"
    r"( chiffres| scores| notes| qualifications| classements| evaluations)?$"  # what the gap is due to
    r"|^(et )?(c est quoi|quelle est) (l|la) (ecart|difference) entre (les|ces) (deux|2) (chiffres|scores|notes|qualifications|classements|evaluations)$"
)
# a document to print or hand out (not the study's "fiches de transformation")
HANDOUT = (
    r"\b(note|notez|ecris|ecrivez)[sz]?( moi| nous)?\b.*\bpour (le|la|mon|notre|nos|les) (cse|cssct|reunion|collegues|elus)\b|"
    r"\b(fiche|document|doc|support|pdf|resume|synthese|recap\w*|imprim\w*|distribu\w*|a remettre|handout|printable|print)\b.*\b(distribu\w*|imprim\w*|remettre|"
    r"reunion|cse|partag\w*|transmettr\w*|donner|diffus\w*|afficher|pdf|collegues|equipe)\b|\b(fais|faire|prepare\w*|genere\w*|sors?)\b.*\b(fiche|pdf|document|resume|synthese|recap\w*)\b.*\b(distribu\w*|imprim\w*|remettre|reunion|cse|partag\w*|collegues|equipe)\b"
    # "tu me fais un tableau propre pour la réunion ?", "mets-moi les 10 en tableau pour la commission paritaire"
    r"|\b(fais|faire|prepare\w*|mets?|mettre|sors?|dresse\w*)\b.*\b(tableau|memo|recap\w*)\b.*\b(reunion|cse|cssct|commission|paritaire|tract|distribu\w*|imprim\w*|collegues|elus|avant ?apres)\b"
    r"|\b(memo|tableau|recap\w*)\b.*\b(a distribuer|a imprimer|pour (la|le|notre|ma|mon) (reunion|cse|cssct|commission|tract|delegation))\b"
    # "fais-moi le tableau final des 5", "can you put that in a short table I can print for the meeting?"
    r"|\b(fais|faire|prepare\w*|dresse\w*)[sz]?( moi| nous)? (un |une |le |la |ton |mon )?(petit |beau |joli |court )?(tableau|memo)\b(?! (des|de la|du|de) (metiers|famille|top|classement|\d))"
    r"|\b(table|handout|summary|one pager)\b.*\b(print\w*|meeting|works council|hand out|distribute)\b"
)

# How the study was done, asked in other words than its own (first match wins): (intent, topic, pattern)
METHOD_QUESTIONS = (
    ("methodology", "qualifications", r"\bpourquoi\b.*\bdeux qualifications\b|\bdeux qualifications\b.*\bpourquoi\b"),
    ("levels", None, r"\bechelle\b.*\bcompetences?\b|\bcompetences?\b.*\bechelle\b"),
    ("methodology", "score", r"\bcalcul\w*\b.*\bscores?\b|\bscores?\b.*\bcalcul\w*\b|\bdes competences (au|a un|a leur) score\b|\bpass\w* des competences\b|\bcomment (est|sont|a ete|ont ete) calcule\w*\b|\bscores? (est|sont) calcule\w*\b"),
    ("methodology", "correspondance-rome", r"\bsur quelle base\b.*\b(competences|evalu\w*)\b|\bcompetences\b.*\b(evaluees|identifiees|choisies|selectionnees)\b"),
    ("methodology", "score", r"\bcouleurs?\b|\b(vert|rouge|rose|gris|bleu)\b.*\b(c est quoi|veut dire|signifie)\b"),  # how the charts read
)


# what was said, asked again for a meeting ("donne-moi ça pour la réunion", "un récap de tout ça en 5 lignes pour la
# délégation", "5 lignes pour présenter tout ça en réunion")
# the text doubted against the table: "ça fait pas 19 %", "c'est faux", "le texte en oublie ?", "n'en cite que 2",
# "la colonne évolution est juste ?", "un truc bizarre dans la colonne", "c'est cohérent avec le texte ?"
DOUBTED = (
    r"\d.*\b(c est|c|est|sont) (faux|fausses?)\b(?!.*\b(que|qu)\b)|\bca fait pas \d|\bcoherent avec (le texte|ce que dit)"
    r"|\bconfirmes? avec le tableau\b|\ble texte\b.*\b(oublie|cite)\w*|\b(n en|en) cite que\b|\bn en (cite|nomme|parle) que\b"
    r"|\bcolonne\b.*(?<!au )\b(juste|fausse?|erreurs?|bizarre|cloche|bonn?e?)\b|\b(bizarre|truc)\b.*\bcolonne\b"
)
# "des 10", "les 10", "ces 10": a set named by its size (not "les 3 premiers", "les 5 axes", "en 5 lignes")
SIZED_SET = r"\b(?:des|les|ces) (\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\b(?! (?:premiers?|derniers?|plus|moins|familles?|axes?|actions?|lignes?|points?|phrases?|puces?|niveaux?|profils?|(?:metiers? )?coeurs?|recommandations?|preconisations?|qualifications?|scenarios?|fiches?))"
MEETING_ASK = (
    r"\b(donne|fais|prepare|mets?|envoie|sors?)[sz]?( moi| nous)? (ca|cela|le tout|tout ca)\b.*\b(reunion|cse|cssct|codir|distribu\w*|imprim\w*|collegues|equipe|elus|delegation)\b"
    r"|\b(recap\w*|resume|synthese|encart|\d+ lignes|\d+ (bullet )?points|bullet points)\b.*\b(tout ca|tout cela|ca)\b.*\b(reunion|cse|cssct|codir|delegation|elus|drh|collegues|equipe)\b"
    r"|\b(\d+ lignes|\d+ (bullet )?points|bullet points)\b.*\b(reunion|cse|cssct|codir|delegation|elus)\b"
)
# a recap of the thread asked ("un récap", "résume-moi ça", "en 5 lignes", "3 bullet points", "a summary")
RECAP = (
    r"\b(recap\w*|resume[rz]?|synthese|synthetise[rz]?)\b|\b(en|de) (\d{1,2}|une|deux|trois|quatre|cinq|six) (lignes?|puces?|phrases?|bullet points?)\b"
    r"|\bbullet points?\b|\b(summary|summarize|summarise|sum up)\b"
)


# the study's headline figures, asked in people's words ("3 chiffres chocs", "les grands chiffres")
KEY_FIGURES = (r"\b(chiffres? (cles?|chocs?|marquants?|forts?|importants?|a retenir|phares?|principaux)|(grands|principaux|gros) chiffres"
               r"|key (figures|numbers)|headline (figures|numbers))\b")


class TopicSteps(Steps):
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

    def about_the_study(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "il y aura une suite à l'étude ?", "l'étude a été menée sur un an ?", "qui a validé les résultats ?",
        "les objectifs en 3 points": the study's own facts (its aims, steering, duration, sources, next part)."""
        folded = fold(text)
        if plan.intent in ("refusal", "out_of_scope", "facts", "methodology") or self.planner.jobs_in(text)[0]:
            return None
        method = first_match(folded, METHODOLOGY_TOPICS)
        steering = re.search(r"\bpilot\w* (l |de l |cette )?etude\b|\bqui (a pilote|pilote)\b|\bvalid\w* (les )?resultats\b|\bcomite (de pilotage|paritaire)\b|(?<!reunion )(?<!commission )\bparitaire\b", folded)
        method = {
            # (not "on a combien de temps pour s'y préparer d'après l'étude ?": the time left, not the study's duration)
            "duree-phases": "duree-phases" if re.search(r"\b(etude|consultation)\b", folded) and not re.search(r"\bprepar\w*|\b(nous|me|leur) reste\b", folded) else None,
            "pilotage": "pilotage" if steering else None,
            "correspondance-rome": "correspondance-rome" if re.search(r"\bcompetences\b|\bromes?\b", folded) else None,
        }.get(method or "")
        if method:
            return Plan(intent="methodology", question=text, topic=method, qualification=plan.qualification)
        fact = fact_topic(folded)
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
        if not jobs and re.search(r"\ben 20(24|25)\b", folded):
            return Plan(intent="priority_actions", question=text)  # "qu'est-ce qu'on met en place en 2025 ?": the actions "à engager en 2025"
        if not jobs and about_view:
            jobs = conversation.mine() if re.search(r"\b(mon|moi|je|nous)\b", folded) else conversation.jobs[:1]
        if not (jobs or re.search(reading.EXPOSED_JOBS, folded) or re.search(r"\bdemander a\b|\bchanger de\b|\breconvertir\b|\bevoluer vers\b", folded)):
            return None
        return Plan(intent="recommendations", question=text, jobs=jobs[:1], qualification=plan.qualification)

    def key_figures(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "tu me donnes les chiffres clés ?", "un résumé de l'étude en 5 points": the study in a few points."""
        folded = fold(text)
        if plan.intent in ("refusal", "out_of_scope") or not re.search(rf"{KEY_FIGURES}|\b(points? cles?|l essentiel|resume\w*|en bref|grandes lignes|en \d+ points|summary)\b", folded):
            return None
        if self.planner.jobs_in(text)[0] or self.families.find(text) or re.search(r"\b(fiches?|pdf|imprim\w*|cas d usage|coeurs?)\b|\b(mon|ma|son|sa|notre|leur) (metier|poste|job|emploi|famille)\b", folded):
            return None  # a job's, a family's or the core jobs' own figures, or a document to print
        # ("le CSE veut les chiffres clés": the figures, whatever the meeting)
        if plan.intent in ("facts", "priority_actions", "recommendations", "dialia", "methodology") and plan.topic != "score" and not (
                plan.intent == "dialia" and re.search(KEY_FIGURES, folded)):
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
        if re.search(r"\b(qui|je|j|on) (traite|gere|s occupe)\w*\b", folded):
            return None  # "la personne qui traite nos factures": someone's work, not a topic the study treats
        if re.search(r"\b(score|expos\w*|classement|rang|position|metiers?|poste|profil|je|j|mon|ma|travaille)\b", folded):
            return None
        items = self.items
        if matched_items(text, items):
            return Plan(intent="recommendations", question=text)
        fact = fact_topic(folded)
        if fact and fact != "objectifs":  # "la 2e étude en 2025 va traiter ça ?": the second part, not Chargé d'études
            return Plan(intent="facts", question=text, topic=fact)
        return Plan(intent="retrieval", question=text)

    def text_against_its_table(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "12 sur 58 ça fait pas 19 % ça", "donc leur 17 % c'est faux", "le texte en oublie ?", "la colonne évolution
        elle est juste partout ?", "un truc bizarre sur lui dans la colonne ?": the study's text doubted against its
        own table, about what is in view (a profile's share, the profile changes it cites, a job): the inconsistencies
        the audit found there."""
        folded = fold(text)
        last = conversation.last
        if last is None or not re.search(DOUBTED, folded) or re.search(r"\bcombien\b", folded) or self.planner.jobs_in(text)[0] or plan.intent in ("refusal", "out_of_scope") and not re.search(r"\btexte\b|\bcolonne\b", folded):
            return None
        profile = last.profile or (last.set_ask.query.filter.profile if last.set_ask is not None else None)
        moved = last.set_ask.query.filter.moved if last.set_ask is not None else None
        said = qualification_of(folded)
        which = said if said != "both" else last.qualification
        if re.search(r"\bcolonne\b", folded):
            topic, jobs = "evolution_publiee", [j for j in conversation.jobs[:1] if re.search(r"\b(lui|son|sa|ses)\b|\b(pour|sur) elle\b", folded)]
            return Plan(intent="audit", question=text, topic=topic, jobs=jobs, follow_up=True)
        if re.search(r"\b(cite\w*|oubli\w*|parle|mentionn\w*)\b", folded) or last.intent == "changes" or moved == "profile_changed":
            # the profile changes the text names against those of the table (of the profile in view, if any)
            return Plan(intent="audit", question=text, topic="constat_bascules", profile=profile, follow_up=True)
        if profile and re.search(r"%|\bfaux\b|\bfausses?\b|\bfait pas\b", text.lower()):  # ("c'est cohérent ?": the share reader's check)
            return Plan(intent="audit", question=text, topic="parts_publiees", profile=profile, qualification=which, follow_up=True)
        if conversation.jobs[:1] and last.jobs == conversation.jobs[:1] and last.intent in ("job", "reassure_job", "changes"):
            return Plan(intent="audit", question=text, jobs=conversation.jobs[:1], follow_up=True)
        return None

    def other_errors_of_that_kind(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "y a d'autres erreurs de ce genre ?" after a job whose published change of position contradicts its
        positions (the "+4" of Chargé de gestion commerciale): the jobs with that error, from the audit."""
        folded = fold(text)
        said = re.search(r"\b(colonne|tableau|publie\w*|affich\w*|indiqu\w*|marqu\w*|ecrit)\b", folded) and re.search(r"\+ ?(\d{1,2})\b", text)
        others = re.search(r"\b(d autres?|autres?|encore des?|y en a d autres|aussi)\b", folded)
        wrongly = re.search(r"\b(erreurs?|coquilles?|incoherences?|anomalies?|fautes?|bugs?|cloche\w*)\b", folded)
        if wrongly and re.search(r"\bcolonne (d )?evolution\b", folded) and not self.planner.jobs_in(text)[0]:
            return Plan(intent="audit", question=text, topic="evolution_publiee", follow_up=True)  # "et la colonne évolution, y a des erreurs ?"
        if wrongly and re.search(r"\bautre chose\b", folded) and conversation.last is not None and conversation.last.intent == "audit" and conversation.last.topic:
            return Plan(intent="audit", question=text, follow_up=True)  # "autre chose qui cloche ?" after one kind: all the kinds
        if not said and not others:
            return None  # (most turns: nothing of the kind, no query of the table)
        published = {r.job_id: r.places_published for r in self.planner.tool.query(JobQuery()).rows if r.places_published != r.places}
        wrong = set(published)
        asks_move = re.search(r"\b(gagn|perd|perdu|mont|descend|recul|progress|baiss|grimp)\w*", folded)
        if said and not asks_move and conversation.jobs[:1] and conversation.jobs[0] in wrong and published[conversation.jobs[0]] == int(said[1]) and not self.planner.jobs_in(text)[0] and not re.search(r"\bautres?\b", folded):
            # "mais la colonne évolution affiche +4 pourtant": that job's published change, against its positions
            return Plan(intent="audit", question=text, topic="evolution_publiee", jobs=conversation.jobs[:1], follow_up=True)
        error = re.search(r"\b(erreurs?|coquilles?|incoherences?|anomalies?|fautes?|bugs?|cloche\w*)\b", folded)
        # "il y en a d'autres comme ça ?" is of that kind only right after the error was talked about
        said_before = conversation.last is not None and (conversation.last.intent == "audit" or re.search(
            r"\+ ?\d|\bplus \d|\bcolonne\b|\berreur|\bsigne\b|\bincoh[ée]ren|\bpubli", conversation.last.question.lower()))  # ("+4" may come spelled out)
        error = error or (said_before and re.search(r"\bce genre\b|\bce cas\b|\bcomme (ca|lui|celui la)\b|\bpareils?\b|\bmeme (incoherence|erreur|probleme)\b", folded))
        if not (others and error) or self.planner.jobs_in(text)[0] or plan.intent in ("refusal", "out_of_scope"):
            return None
        last = conversation.last
        about_one = last is not None and (bool(set(last.jobs) & wrong) or last.intent == "audit")
        if not about_one and not re.search(r"\+ ?\d|\bcolonne\b|\bevolution (de position )?publiee\b", folded):
            return None
        if wrong <= set(conversation.recent):  # both already talked about: the other kinds of inconsistency, all of them
            return Plan(intent="audit", question=text, follow_up=True)
        return Plan(intent="audit", question=text, topic="evolution_publiee", follow_up=True)

    def set_in_view_by_its_size(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "fais-moi un tableau des 10 côté experts avec les scores", "un récap des 10 à distribuer": the set the
        last answers were about, of that size (in the qualification said, or the one that has that many), listed or
        as a printable brief."""
        folded = fold(text)
        sized = re.search(SIZED_SET, folded)
        if sized is None or plan.intent in ("refusal", "out_of_scope") or self.planner.jobs_in(text)[0] or self.families.find(text):
            return None
        if not re.search(r"\b(tableau|table|liste|recap\w*|fiche|pdf|imprim\w*|distribu\w*|detail\w*|affiche|montre|handout)\b", folded):
            return None
        found = self._set_of_size(conversation, claims.count_said(sized[1]), qualification_of(folded))
        if found is None:
            return None
        rows, which = found
        printed = re.search(r"\b(fiche|pdf|imprim\w*|distribu\w*|handout|printable|reunion|cse|commission)\b", folded)
        family = next((f for f in self.families.families.values() if set(rows) == set(f.jobs)), None)
        if set(rows) == set(self.families.core) or family is not None:
            # the core jobs, a family: their own brief, or their own list (``sets``)
            return Plan(intent="handout", question=text, core=family is None or None, family=family.name if family else None, follow_up=True) if printed else None
        if printed and len(rows) <= MAX_HANDOUT:
            return Plan(intent="handout", question=text, jobs=rows, follow_up=True)
        query = JobQuery(filter=JobFilter(job_ids=rows), qualification=which, order="most")
        return Plan(intent="query", question=text, qualification=which, set_ask=SetAsk(query=query, outputs=["list"]), follow_up=True)

    def _set_of_size(self, conversation: Conversation, size: int, said: str) -> tuple[list[str], str] | None:
        """The jobs of the set in view that has ``size`` rows, and the qualification it has them in."""
        for earlier in (conversation.last, conversation.listed):
            if earlier is None:
                continue
            if len(earlier.jobs) == size and earlier.intent in ("compare", "handout"):
                return list(earlier.jobs), said if said != "both" else "pwc"
            shown = set_shown(earlier)
            if shown is None:
                continue
            kept = shown.query.qualification
            for which in ([said] if said != "both" else [kept] + [q for q in ("pwc", "expert") if q != kept]):
                whole = {} if "rank" in shown.outputs else {"n": None, "position": None}  # a top 10: those ten
                rows = self.planner.tool.query(shown.query.model_copy(update={"qualification": which, **whole})).rows
                if len(rows) == size:
                    return [r.job_id for r in rows], which
        return None

    def recap_of_the_thread(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "fais-moi un récap de 5 lignes à distribuer", "résume-moi ça en une phrase pour ma DRH", "3 bullet points
        pour la réunion": the thread's earlier readings, answered again briefly (the last N when a number is said)."""
        folded = fold(text)
        summed = re.search(RECAP, folded)
        if not conversation.asked or not (summed or re.search(MEETING_ASK, folded)) or (len(conversation.asked) < 2 and not summed):
            return None  # ("donne-moi ça pour la réunion" after one answer: that answer again, whole, see ``handout``)
        if re.search(r"\b(la|cette|leur) synthese (\w+ )?(dit|cite\w*|parle|indique|mentionne|annonce|donne|publie|compte)\b|\b(dit|dans|selon|d apres|comme dans) (la|cette) synthese\b", folded):
            return None  # "la synthèse cite bien l'animateur ?": the study's own summary document, not a recap asked
        if self.planner.jobs_in(text)[0] or self.families.find(text) or re.search(r"\b(tableau|table|fiche|pdf|imprim\w*|printable)\b|\b(avec|de|des) (les|ces) \d{1,2}\b", folded):
            return None  # a sheet of the jobs or the family named, or of the jobs in view: the handout's
        if re.search(r"\b(\d{1,2} ?(e|eme|er|ere)|premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme|sixieme|derniere?)\b", folded):
            return None  # "la 4e est longue, tu peux la résumer ?": that item of the list in view
        study_topic = re.search(r"\b(etude|rapport|axes?|actions?|preconisations?|consultation|enquete|methode|dial ia)\b", folded)
        if study_topic and not re.search(r"\b(tout ca|tout cela|ca|notre echange|la conversation|ce qu on a (dit|vu))\b", folded):
            return None  # "résume l'axe 4", "une synthèse de l'étude": that topic
        said = re.search(rf"\b(\d{{1,2}}|{'|'.join(claims.COUNTS)}) (lignes?|puces?|phrases?|bullet points?|points?)\b", folded)
        n = min(8, claims.count_said(said[1]) if said else 6)
        return Plan(intent="recap", question=text, recap=conversation.asked[-n:], follow_up=True)

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
        # "donne-moi ça pour la réunion" after an answer that is not about jobs (the movers, the survey, the method):
        # that answer again, to hand out
        that = re.search(MEETING_ASK, folded)
        if that and last is not None and not self.planner.jobs_in(text)[0] and last.intent not in ("job", "compare", "handout", "reassure_job") and operation(last.intent).outcome == "answer":
            return last.model_copy(update={"follow_up": True})
        if plan.intent in ("refusal", "out_of_scope") or not (again or that or re.search(HANDOUT, folded)) or re.search(r"\bfiches? (de transformation|rome|metiers?)\b", folded):
            return None
        # "pour un support de réunion, je veux le top 10 des experts", "pour mon support : combien de métiers sont
        # émergents ?": the set asked, answered (every answer can be printed), not a sheet of the jobs in view
        if not re.search(r"\b(fiche|pdf|imprim\w*|distribu\w*|handout|printable)\b", folded) and re.search(
            r"\btop ?\d+\b|\bles \d+ (\w+ ){0,3}(premiers|derniers|plus|moins)\b|\bcombien\b|\bclassement\b|\bquels? (sont )?(les )?(\d+ )?metiers\b|\bliste\b|\bparts?\b|\bprofils\b|\brepartition\b", folded):
            return None
        named = self.planner.jobs_in(text)[0]
        family = self.families.find(text)
        core = bool(re.search(r"\bcoeurs?\b", folded))
        if not (named or family or core or re.search(r"\b(mon|ma|son|sa|notre|leur|ce|cet) (metier|poste|job|emploi)\b", folded)):
            # "un récap imprimable des plus gros mouvements", "un plan d'action d'une page à imprimer": that topic, answered
            # (every answer prints), not the offer of a job's sheet
            if re.search(r"\b(mouvements?|gagnants?|perdants?|plus gros (gains|reculs|ecarts)|changements? de (place|rang|position))\b", folded):
                return Plan(intent="query", question=text, set_ask=SetAsk(query=JobQuery(measure="moves", order="most", n=5), outputs=["rank"]))
            if re.search(r"\bplan d actions?\b|\bactions? prioritaires?\b", folded):
                return Plan(intent="priority_actions", question=text)
            if re.search(r"\b(preconisations?|recommandations?)\b", folded):
                return Plan(intent="recommendations", question=text)
        if re.search(KEY_FIGURES, folded) and not (named or family or core):
            # "un récap à distribuer avec les chiffres clés de l'étude": those figures (every answer prints), or the survey's
            survey = maturity_topic(folded) is not None or re.search(r"\bmaturite\b|\bconsultation\b|\benquete\b", folded)
            return Plan(intent="maturity" if survey else "key_figures", question=text)
        in_view = list(conversation.jobs)
        listed = conversation.listed
        if listed is not None and listed.intent == "compare" and in_view and set(in_view) <= set(listed.jobs):
            in_view = list(listed.jobs)  # "un tableau récap pour mon CSE ?" after two jobs compared: both of them
        if not (named or family or core):
            # "fais-moi une fiche pour le CSE" after a family, then its most exposed or its jobs of one profile: the
            # family the thread is about, not the last row picked from it (likewise the core jobs)
            kept = self._set_of_the_thread(conversation)
            if kept is not None and set(in_view) <= set(kept.jobs or in_view):
                f = kept.set_ask.query.filter
                if len(f.families) == 1:
                    family = self.families.families[f.families[0]]
                elif f.core and not f.families:
                    core = True
        size = re.search(r"\b(des|les|ces) (\d{1,2}|deux|trois|quatre|cinq|six)\b(?! (premiers|derniers|plus|moins|familles))", folded)
        wanted = claims.count_said(size[2]) if size else 0
        if not (named or family or core) and len(in_view) < wanted <= len(conversation.recent):
            in_view = conversation.recent[:wanted]  # "le tableau final des 5": the five jobs talked about, not the last two
        jobs = named or ([] if family or core else in_view)
        return Plan(intent="handout", question=text, jobs=jobs, family=family.name if family and not named else None, core=core or None)

    @staticmethod
    def _set_of_the_thread(conversation: Conversation) -> Plan | None:
        """The set of jobs the last answers narrowed down, when it is a family or the core jobs."""
        for plan in (conversation.last, conversation.listed):
            if plan is not None and plan.set_ask is not None and plan.intent == "query":
                f = plan.set_ask.query.filter
                if (f.families or f.core) and f.job_ids is None:
                    return plan
        return None

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
            searched = Plan(intent="retrieval", question=text, qualification=plan.qualification)
            # "Et l'OPCO Atlas, il a quel rôle ?": an acronym one of the study's actions holds is that action
            named = re.search(r"\b[A-Z]{3,}\b", text) and self.recommendation_named(text, conversation, searched)
            return named or searched
        return None

    def figure(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "58 %, ça correspond à quoi ?", "et 68 % ?"."""
        share = reading.asked_figure(text)
        if share is None or plan.intent in ("refusal", "out_of_scope"):
            return None
        return Plan(intent="figure", question=text, topic=str(share))

    def jobs_of_a_score(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "et 0,45 ?", "et 0,27, c'est qui ?": the jobs with that score, read as the question that says so; a score
        the job in view has is a figure of its card, checked on it."""
        folded = fold(text)
        # "c'est qui d'ailleurs qui a 1 ?", "et qui a 1 ?": the whole score, written out
        folded = re.sub(r"^((?:(?:et|and|puis|ok|bon|alors|ah|oh|du coup|donc) )*)(?:c est )?qui (?:d ailleurs |donc |alors )?(?:qui )?(?:a|ont) (?:un score de |le score de |la note de )?1(?: d ailleurs| alors| donc)?$",
                        r"\1le score de 1 00 c est qui", folded)
        # "ah et 0,87 c'était qui alors ?": the words around the score that ask who has it
        said = re.fullmatch(r"(?:(?:et|and|puis|ok|bon|alors|ah|oh|du coup|donc) )*(?:(?:le|un) score (?:de )?)?([01]) (\d\d?)(?: (?:c est|c|c etait|ce serait|ca serait|ca correspond a|correspond a) (?:qui|quel metier|lequel))?( chez pwc| selon pwc| chez les experts| selon les experts)?(?: (?:alors|donc|du coup))?", folded)
        if said is None or not re.match(r"(et|and|puis)\b", folded) and not re.search(r"\b(qui|quel|lequel)\b", folded):
            return None  # "0,82 ?!" alone: the job in view's figure, surprised (``claim_on_the_conversation_job``)
        value = float(f"{said[1]}.{said[2]:0<2}")
        cards = [self.planner.tool.card(job) for job in conversation.jobs[:1]]
        asked_who = re.search(r"\b(qui|quel|lequel)\b", folded)
        if not asked_who and any(value in (card.pwc.score, card.expert.score) for card in cards):  # "le juriste" → "et 0,38 ?": its own
            return Plan(intent="job", question=text, jobs=conversation.jobs[:1], follow_up=True, qualification=plan.qualification)
        taken = self._jobs_of_the_score_written(f"quels métiers ont un score de {said[1]},{said[2]:0<2}{said[3] or ''} ?")
        return taken.model_copy(update={"follow_up": True}) if taken is not None else None

    def _jobs_of_the_score_written(self, written: str) -> Plan | None:
        """The set reader's reading of a question written out that names a score ("quels métiers ont un score de 0,37
        chez pwc ?"), out of any conversation."""
        return self.set_of_jobs(written, Conversation(), self.planner.plan(written, Conversation()))

    def tied_with_the_job(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "il est ex aequo avec quelqu'un ?", "qui a le même score que le juriste ?": the jobs of that job's score, read
        as the question that names the score (in the qualification said, else the first where the job shares it)."""
        folded = fold(text)
        if not re.search(r"\bex aequo\b|\b(meme|le meme) score que\b|\ba egalite (avec|de score)\b|\bscore (est )?(pareil|identique|egal) (que|a|aux?) (quels?|qui|d autres|lesquels)\b", folded):
            return None
        named = self.planner.jobs_in(text)[0]
        jobs = named[:1] or (conversation.mine() if re.search(r"\b(je|j|moi|mon|ma)\b", folded) else conversation.jobs[:1])
        if len(named) > 1 or not jobs:
            return None  # ("le juriste et l'acheteur sont ex aequo ?": two jobs against each other, the claim's)
        by_id = self.planner.tool.by_id

        def score_in(job: str, which: str) -> float:
            return by_id[job].exposure(Qualification(which)).score

        def shared(which: str) -> bool:
            return any(other != jobs[0] and score_in(other, which) == score_in(jobs[0], which) for other in by_id)

        said = plan.qualification if plan.qualification in ("pwc", "expert") else None
        which = said or next((w for w in ("pwc", "expert") if shared(w)), "pwc")
        score = score_in(jobs[0], which)
        taken = self._jobs_of_the_score_written(f"quels métiers ont un score de {score:.2f}".replace(".", ",") + (" chez pwc ?" if which == "pwc" else " chez les experts ?"))
        if taken is None:
            return None
        claimed = claims.yes_no(text) or not re.search(r"\b(qui|quels?|lesquels|avec qui)\b", folded)  # "il est ex aequo avec quelqu'un, non ?"
        return taken.model_copy(update={"follow_up": conversation.last is not None, "question": text, "topic": f"tied:{jobs[0]}:{'said' if said else 'either'}" if claimed else taken.topic})

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
        pair = [j for j in conversation.recent[:2] if not named]
        one_then_the_other = [j for p in conversation.asked[-2:] for j in p.jobs[:1]]
        if len(pair) == 2 and not re.search(r"\b(experts?|pwc|qualifications?|classements)\b|\b(ses|son|leurs?|sa) (deux )?(scores?|notes?|positions?)\b", folded) and re.search(r"\b(diff\w*|ecart\w*|gap)\b", folded) and (
                last is not None and (last.intent == "compare" and set(last.jobs) == set(pair) or len(one_then_the_other) == 2 and set(one_then_the_other) == set(pair))):
            # "pourquoi une telle diff, c'est presque le même boulot" after two jobs: where their scores come from
            return Plan(intent="exposure_findings", question=text, jobs=pair, follow_up=True)
        if jobs and re.search(r"\bexperts?\b", folded) and re.search(r"\bpwc\b", folded):
            # "pourquoi les experts disent plus que PwC ?": the two qualifications, for the job in view
            return Plan(intent="methodology", question=text, topic="qualifications", jobs=jobs, follow_up=not named)
        if jobs and not named and re.fullmatch(r"(et |mais )?(pourquoi|pk|pq|why) (eux|lui|elle|ils|elles)( (autant|si|aussi|plus|moins|beaucoup plus))*( exposes?)?( que moi)?", folded):
            # "pourquoi eux ?" after a comparison: what makes competences more or less exposed, with the job
            return Plan(intent="exposure_findings", question=text, jobs=jobs)
        if jobs and not named and last is not None and last.intent == "reassure_job" and re.fullmatch(r"(et |mais )?(pourquoi|pk|pq|why)( (ca|donc|alors|cela))?", folded):
            return Plan(intent="exposure_findings", question=text, jobs=jobs)  # "c'est grave ?" then "pourquoi ?": what exposes it
        if jobs and not named and re.fullmatch(r"(et |mais )?(pourquoi|pk|pq|why)( (ca|donc|alors|cela))?", folded):
            return Plan(intent="methodology", question=text, topic="qualifications", jobs=jobs, follow_up=True)  # "pourquoi ?"
        if re.search(r"\bexperts?\b.*\b(autant|tant|mis|donne|rate\w*|higher|lower|more|less)\b|\b(jump|leap|drop|rise|fall|degringol\w*|chut\w*|plong\w*|chang\w*|mont\w*|remont\w*|baiss\w*|bouge\w*|evolu\w*|progress\w*|recul\w*|differen\w*|ecart\w*|pass\w*|bondi\w*|requalif\w*|augment\w*|places?|rangs?|points?|gagn\w*|perdu|pris|revu\w*|reevalu\w*|premier|dernier|numero|1er)\b"
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

    def survey_claim(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "58 % des entreprises ont déjà une charte IA ?": a figure of the survey claimed on one of its findings,
        checked against that finding (not the charter recommendation)."""
        folded = fold(text)
        # a share in figures, or in words ("plus des deux tiers des boîtes …", "la plupart des boîtes …")
        share = re.search(r"\d+ ?%|\bpour ?cent\b|\b(deux tiers|2 ?/ ?3|la moitie|un tiers|un quart|trois quarts|la plupart|la majorite)\b", text.lower() + " " + folded)
        if plan.intent in ("refusal", "out_of_scope") or not share:
            return None
        last = conversation.last
        on_the_survey = last is not None and last.intent in ("maturity", "figure")
        after_survey = on_the_survey and re.match(r"(et|mais|donc|alors|ca fait|ca en fait) ", folded)
        if not (after_survey or re.search(r"\b(entreprises?|repondants?|societes?|assisteurs?|structures?|employeurs?|boites?)\b", folded)):
            return None
        if not claims.yes_no(text) or re.search(r"\b(recommand\w*|preconis\w*|que faire|remedier)\b", folded):
            return None  # "40 % n'ont aucune formation : que recommande l'étude ?" asks for recommendations
        # "donc plus des deux tiers des boîtes ont déjà l'IA ?" after "et 68 % ?": the finding in view
        topic = maturity_topic(folded) or (last.topic if on_the_survey else None)
        return Plan(intent="maturity", question=text, topic=topic) if topic else None

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
        # "et l'OPCO dans tout ça ?", "Et l'OPCO Atlas, il a quel rôle là-dedans ?": a name the action holds (OPCO,
        # GEPP), in a question about nothing else
        names = {fold(w) for w in re.findall(r"\b[A-Z][A-Za-z]{2,}\b", text)} - {"et", "le", "la", "les", "l"}
        short = len(fold(text).split()) <= 12 and actions and not found and any(n in fold(actions[0][2].text).split() for n in names)
        # a name only a priority action holds, no recommendation ("OPCO"): that action, whatever else the question says
        proper = acronyms_held(text, self.actions) - acronyms_held(text, self.items)
        short = short or (bool(proper) and bool(actions) and len(fold(text).split()) <= 14)
        if (names_an_item(actions) or short) and (not found or actions[0][0] > found[0][0]):
            return Plan(intent="priority_actions", question=text, qualification=plan.qualification)  # "le rôle de l'OPCO Atlas ?"
        if names_an_item(found) or about and len(found) == 1:  # "et pour les managers, l'étude prévoit quelque chose ?"
            return Plan(intent="recommendations", question=text, qualification=plan.qualification)
        return None

    def axes_by_size(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "lequel des axes compte le plus de points ?": the axes by their number of recommendations."""
        folded = fold(text)
        if not re.search(r"\baxes?\b", folded) or not re.search(
            r"\b(le plus|le moins|plus de|moins de)\b.*\b(points?|preconisations?|recommandations?|mesures?|items?|elements?)\b", folded
        ):
            return None
        return Plan(intent="recommendations", question=text, topic="axis-sizes")

    def competence_named(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "l'empathie ça compte pas ?", "et les interventions physiques, c'est exposé ?": a kind of competence the
        study names among the more or less exposed ones, asked about."""
        folded = fold(text)
        if plan.intent not in ("retrieval", "absent_job", "exposure_findings") or plan.topic or self.planner.jobs_in(text)[0]:
            return None
        if re.search(r"\b(metiers?|postes?|emplois?|familles?)\b", folded) or self.families.codes(text, loose=True)[0]:
            return None  # jobs asked about ("classez les métiers RH…"), not a kind of competence
        if re.search(r"\b(fais|fait|faisons) partie\b|\b(suis|est|sommes|sont) (donc )?parmi\b|\b(je|il|elle|on) (suis|est) (dans|chez) les\b", folded):
            return None  # "donc je fais partie des moins exposés ?": a claim on a job, not a kind of competence
        found = matched_items(text, [(f"{e.title} {e.description}", e) for e in self.study.exposure_findings])
        exposure = re.search(r"\b(expos\w*|compte\w*|protege\w*|remplac\w*|touche\w*|epargn\w*|automatis\w*|menace\w*|risque\w*|impact\w*)\b", folded)
        if not found or not (names_an_item(found) or exposure):
            return None
        return Plan(intent="exposure_findings", question=text, qualification=plan.qualification, topic=found[0][2].id)

    def profile_counts_compared(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "le profil émergent est identique dans les deux qualifications ?", "et les émergents, ça bouge entre les
        deux ?": the profile's counts, PwC against the experts, yes or no first."""
        folded = fold(text)
        last = conversation.last
        # "et ça a augmenté avec les experts ?" after a profile's counts: that profile
        said_of_it = re.match(r"(et |donc |mais )?(ca|elle|cette part|ce nombre|le nombre|la part)\b", folded)
        profile = profile_in(folded) or (last.profile if said_of_it and last is not None and last.intent == "stats" else None)
        if not profile or self.planner.jobs_in(text)[0] or plan.intent in ("refusal", "out_of_scope"):
            return None
        direction = re.search(rf"{UP}|{DOWN}", folded)
        if not (direction or re.search(r"\b(identique|pareil|meme|change\w*|bouge\w*|differ\w*|varie\w*|evolue\w*|stable)\b", folded)):
            return None
        # (a rise or a fall "chez les experts" is from PwC's count to theirs)
        counted_before = last is not None and last.intent == "stats" and last.profile == profile
        if not re.search(r"\b(deux qualifications|les deux|entre (les deux|pwc et)|pwc et (les )?experts|d une qualification a l autre|deux classements)\b", folded) and not (
            direction and re.search(r"\b(chez|selon|avec) les experts\b", folded) and (re.search(r"\b(nombre|part|pourcentage|proportion|combien)\b", folded) or counted_before)
        ):
            return None
        if re.search(r"\b(lesquels|quels metiers|qui|metiers? (qui|ont))\b", folded):
            return None  # the jobs that changed, not the counts
        return Plan(intent="stats", question=text, profile=profile, topic="compared")

    def when_the_changes_come(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "c'est pour quand tout ça ?", "les scénarios sont à quel horizon ?": the study dates nothing, but it says
        "à moyen terme" and its sheets' scenarios look five years ahead."""
        folded = fold(text)
        # "le scénario moyen terme c'est à combien d'années ?", "on a combien de temps pour s'y préparer ?": the horizon
        # the sheets give (not "dans combien de temps mon poste disparaît ?", a date the study does not give)
        horizon = re.search(r"\b(moyen terme|scenarios?)\b.*\bcombien d (annees|ans)\b|\bcombien d (annees|ans)\b.*\bmoyen terme\b|\bcombien de temps\b.*\bprepar", folded)
        if horizon and plan.intent not in ("refusal",) and not self.planner.jobs_in(text)[0]:
            return Plan(intent="sheets", question=text, topic="horizon", follow_up=conversation.last is not None)
        if plan.intent in ("refusal", "out_of_scope") and plan.topic != "calendrier" or re.search(r"\bcombien\b|\b20\d\d\b", folded):
            return None  # ("dans combien de temps ?", "en 2030 ?": a date asked for, out of the study's scope)
        asked = re.fullmatch(r"((et|mais|donc|ok|bon|alors) )*(tout ca |ces changements |cette transformation |ca )?(c est|ca sera|ca arrive|ca va arriver|ca va se passer|ca se passera|ce sera|on parle de)? ?(pour )?quand( tout ca| ca| ces changements| cette transformation| exactement| en gros| a peu pres)?( alors| du coup)?", folded) or re.search(
            r"\b(a|sur) quel (horizon|terme)\b|\bquel(le)? (horizon|echeance)\b|\bhorizon (de temps|temporel)\b", folded)
        last = conversation.last
        if not asked or (last is not None and last.intent in ("priority_actions", "recommendations", "dialia", "facts")):
            return None  # ("pour quand ces actions ?": the priority actions set for 2025, read elsewhere)
        return Plan(intent="sheets", question=text, topic="horizon", follow_up=last is not None)

    def most_common_profile(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "quel est le profil le plus fréquent ?", "c'est le profil le plus courant ?" after a profile: the profiles
        counted, the most (or least) common said first."""
        folded = fold(text)
        asked = re.search(r"\b(profils?|categories?|classifications?)\b.{0,25}\b(le |la )?(plus|moins) (frequent|courant|repandu|represente|nombreux|commun)e?s?\b"
                          r"|\b(quel|quelle|c est quoi le|c est quoi la) (profil|categorie|classification)\b.*\b(le plus|la plus|le moins|la moins) de metiers\b", folded)
        if not asked or plan.intent in ("refusal", "out_of_scope") or self.planner.jobs_in(text)[0]:
            return None
        last = conversation.last
        in_view = last.profile or (last.set_ask.query.filter.profile if last.set_ask is not None else None) if last is not None else None
        profile = profile_in(folded) or (in_view if claims.yes_no(text) else None)
        least = bool(re.search(r"\b(le|la) moins\b|\bmoins (frequent|courant|repandu|represente|nombreux|commun)", folded))
        return Plan(intent="stats", question=text, profile=profile, topic="least_common" if least else "most_common", qualification=plan.qualification)

    def method_asked(self, text: str, conversation: Conversation, plan: Plan) -> Plan | None:
        """ "sur quelle base les compétences ont-elles été évaluées ?", "et l'échelle utilisée pour chaque compétence ?",
        "comment on passe des compétences au score ?", "pourquoi deux qualifications ?": how the study was done."""
        folded = fold(text)
        if plan.intent in ("refusal", "out_of_scope") or self.planner.jobs_in(text)[0]:
            return None
        found = next(((intent, topic) for intent, topic, pattern in METHOD_QUESTIONS if re.search(pattern, folded)), None)
        return Plan(intent=found[0], question=text, topic=found[1], qualification=plan.qualification) if found else None
