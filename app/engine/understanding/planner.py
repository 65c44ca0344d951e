"""Route a French question to what can answer it exactly: the scoring tool, the structured records, retrieval,
or a clear refusal / out-of-scope answer. Uses the conversation for follow-ups ("et l'infirmier ?")."""

from __future__ import annotations

import re
from typing import Literal

from knowledge.text import fold
from scoring import ScoringTool
from scoring.models import Resolution
from scoring.normalize import tokens
from scoring.tasks import TaskMatcher

from ..plan import Conversation, Plan
from . import hostility, scope
from .reading import FamilyReader, agent_nouns, describes_work


def _has(text: str, *patterns: str) -> bool:
    return any(re.search(p, text) for p in patterns)


INJECTION = (
    r"\bignore\w* (tes|les|toutes|vos|tous|the|all|previous|your)\b", r"\boublie\w* (tes|les|toutes|vos|tout)\b",
    r"prompt (systeme|system)", r"system prompt", r"\bprompt\b.*\b(initial|cache|complet)", r"instructions? (initiale|cachee|systeme|secrete)",
    r"\bjailbreak", r"mode (developpeur|dan|sans filtre)", r"\bdan\b", r"\b(revele|montre|affiche|donne|repete|recopie)\w* (moi )?(ton|tes|le|les|votre|vos) (prompt|instructions|consignes|regles)",
    r"tu es (maintenant|desormais)", r"fais comme si tu", r"invente (un|des|le|les) (score|chiffre)", r"disregard", r"pretend",
    r"\b(ta|tes|vos) (consignes|instructions)\b", r"\boublie\w* l\b", r"tu n as plus de (regles|limites|consignes)",
    r"\bdis que\b.*\b(score|position|classement)", r"\bcontourne\w*", r"\bsans (regles|filtre|limites)\b", r"\[ ?system ?\]",
    r"\bau dessus de ce message", r"\bmot pour mot\b", r"\binvent\w*\b", r"\bsystem\b ?:", r"\bgarde ?fous?\b",
    r"\bconsignes? (confidentielles?|internes?|secretes?|cachees?)", r"\bdesactive\w*\b",
    r"\bstupide\b", r"\bdebile\b", r"\bidiot\w*", r"\bconnard\w*", r"\binsult\w*", r"\bfaux (communique|document|rapport|chiffres?)\b",
    r"\ba partir de maintenant\b", r"\bdesormais\b.*\b(score|classement)\b", r"\bliste nominative\b", r"\btract\b.*\b(affirm\w*|pretend\w*|dit que|annon\w*)",
    r"\bfais semblant\b", r"\bjouons\b", r"\bjeu de role\b", r"\btu es (le|la|un|une) (consultant|expert|auteur|redacteur|drh|patron|directeur)\w*",
    r"\bpersonne ne (le )?saura\b", r"\bjuste (pour )?cette fois\b", r"\ben tant que pwc\b", r"\bje t ordonne\b", r"\bmodifi\w* (le|les) (classement|scores?|chiffres?)\b", r"\breponds? (uniquement|seulement)\b",
    r"\bne reponds? que\b", r"^system\b", r"\bmode (admin|administrateur|root|debug|maintenance)\b", r"\breponds? (juste|simplement) (par )?oui\b",
    r"\bnoms?\b.*\b(entreprises|societes|salaries|repondants|personnes)\b.*\b(repondu|participe|consulte\w*)\b", r"\breponses individuelles\b", r"\bconfirme\w*\b.*\bofficiel\w*", r"\bn importe quoi\b", r"\bfake\b", r"\bmake up\b",
    r"\b(tu es|t es|t as l air|vous etes) (vraiment )?(nul|nulle|con|conne|bete|inutile|idiot\w*|stupide|debile)\b",
    r"\btu sers? a rien\b", r"\bsers a rien\b", r"\bfais comme si\b", r"\bimagine (que|qu)\b.*\b(score|classement|expose)",
    r"\b(ecri|redig)\w* (moi )?(un|une|le|la|des) (article|tract|communique|post|message|mail|lettre|texte|note)\b.*\b(dit|disant|affirm\w*|annon\w*|pretend\w*|prevoit|prevoir)\b",
)  # fmt: skip
JOB_CUES = (
    r"\bje suis\b", r"\bje travaille\b", r"\ben tant que\b", r"\bmon (metier|poste|job|boulot|travail|emploi)\b",
    r"\b(le|du|au) metier d", r"\bscore (du|de la|des|de l|d)\b", r"\bexposition (du|de la|des|de l)\b",
    r"\bposition (du|de la|des|de l)\b", r"\best (il|elle)s? (expose|concerne|impacte|menace)",
    r"\bles \w+s (sont|seront)(ils|elles)?\b", r"\bquid d", r"\bpour (un|une|les) \w+", r"\bposte d",
    r"\bfait (il |elle )?partie des (\d+ )?metiers\b",  # "traducteur fait-il partie des métiers de l'étude ?"
)  # fmt: skip

# a trade asked about: its exposure, its place in the study ("ils sont étudiés ?", "is my job covered?")
TRADE_ASKED = (
    r"\b(score|expos\w*|expo|classement|class\w*|rang|concern\w*|touch\w*|menac\w*|impact\w*|remplac\w*|disparai\w*|risqu\w*)\b",
    r"\bdans (l etude|le tableau|les 58|la liste|le classement)\b|\betudie\w*\b|\bfigure\w*\b|\bfait partie\b|\bpresents?\b",
    r"\bmon (metier|poste|job|boulot|travail)\b|\bl ia va\b|\bva me\b|\bet moi\b|\bmy job\b",
    r"\b(covered|included|affected|rank\w*|threat\w*|replace\w*|exposure)\b", r"\ba combien\b|\bquel score\b",
    r"^(moi )?(je fais|je m occupe)\b|\bje suis (ou|a combien)\b|\bc est note\b",  # "moi je fais le ménage dans les bureaux"
)

# the words people use for the study's own ("ma boîte"); their short forms ("la qualif", "les recos") are spelled
# out before any reader sees the message (reading.SMS)
ABBREVIATIONS = {"boite": "entreprise", "boites": "entreprises"}  # fmt: skip
SHORT_WORDS = {"it": "informatique", "info": "informatique", "cyber": "cybersecurite", "tech": "technique",
               "compta": "comptabilite", "presta": "prestataire", "prestas": "prestataires", "com": "communication",
               "recrut": "recrutement"}  # fmt: skip
# the short words that are never anything else, spelled out before a title is resolved ("chargée de recrut")
CLIPPED = ("recrut", "compta", "presta", "prestas")  # (not "admin": administratif or administrateur)
PROFILE_WORDS = {
    "emergent": "Emergent", "emergents": "Emergent",
    "forte transfo": "En forte transformation", "en evolution": "En évolution",
    "non impacte": "Non impacté ou de manière négligeable", "negligeable": "Non impacté ou de manière négligeable",
}  # fmt: skip
NUMBER_WORDS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
                "dix": 10, "quinze": 15, "vingt": 20}  # fmt: skip


def _own(text: str, jobs: list[str], conversation: Conversation) -> list[str]:
    """The job a question is about: the one it names, else the conversation's when it speaks of "mon travail"."""
    if jobs:
        return jobs[:1]
    return conversation.mine() if re.search(r"\b(mon|ma|mes|notre|nos|je|j|nous|moi)\b", text) else []


WORKPLACE = (
    r"(?i)\b(?:d['’]\s?une?|dans une?|chez une?|pour une?|en)\s+(?:soci[ée]t[ée]|compagnie|bo[iî]te|entreprise|structure)s?"
    r"\s+d['’]\s?assistance\b"
)


def without_workplace(question: str) -> str:
    """ "directeur général d'une société d'assistance": where the person works is no word of their job's title."""
    return re.sub(WORKPLACE, " ", question)


def qualification_of(text: str) -> Literal["pwc", "expert", "both"]:
    expert = _has(text, r"\bexperts?\b", r"representants? metier", r"\bmetiers? experts?", r"reevalu", r"requalif")
    pwc = _has(text, r"\bpwc\b", r"qualification initiale", r"\bsocle\b")
    if expert and not pwc:
        return "expert"
    if pwc and not expert:
        return "pwc"
    return "both"


def _number(text: str) -> int | None:
    match = re.search(r"\b(\d{1,2})\b(?! ?%)", text)
    if match:
        return int(match[1])
    for word, value in NUMBER_WORDS.items():
        if re.search(rf"\b(les|des|top) {word}\b", text):
            return value
    return None


def profile_in(text: str) -> str | None:
    for word, label in PROFILE_WORDS.items():
        if word in text:
            return label
    return None


# A score read as a share of the work: "0,41 c'est genre la moitié de nos compétences touchées ?", "1,00 ça veut dire
# que l'IA va faire 100 % de mon boulot ?" (folded text)
SCORE_READ_AS_SHARE = (
    r"\b[01] \d\d\b.*(\b(c est|ca fait|=|soit|donc|veut dire|veut dire que|signifie|signifie que) \d{1,3}\b|\bpour ?cent\b|\bpourcentage\b|\bla moitie\b|\bun tiers\b|\bun quart\b|\bproportion\b)"
    r".*\b(taches?|competences?|travail|boulot|activites?|metier|poste|job|taf)\b",
    r"\b[01] \d\d\b.*\b(veut dire|signifie|donc|c est)\b.*\b\d{1,3} (de |des |du )?(mon|ma|mes|notre|nos|leur|leurs|son|sa|ses|la|le|les)? ?(taches?|competences?|travail|boulot|activites?|metier|poste|job|taf)\b",
)


class Planner:
    def __init__(self, tool: ScoringTool):
        self.tool = tool
        self.families = FamilyReader(tool.jobs)
        self.tasks = TaskMatcher()
        self._seen: dict[str, tuple[list[str], Resolution]] = {}
        self.title_heads = frozenset(fold(job.job).split()[0] for job in tool.jobs)  # "charge", "juriste": what trades start with
        self.title_words = frozenset(w for job in tool.jobs for w in fold(job.job).split() if len(w) >= 4)  # every word of a title

    # -- job mentions ---------------------------------------------------------------------------------------
    def _segments(self, question: str) -> list[str]:
        text = re.sub(
            r"(?i)\b(compare[rz]?|comparaison|comparatif|versus|vs\.?|contre|entre|différence|difference)\b",
            ",",
            question,
        )
        parts = re.split(
            r",|;|\?|\bet\b|\bou\b|\bavec\b|\bque\b|\b(?:a|ont)\s+(?=(?:perdu|gagn|pris|baiss|mont|recul|chut|boug|grimp|progress|chang|evolu|évolu|bascul|descendu))|\bpar rapport (?:à|au|aux|a)\b|\bface (?:à|au|aux)\b|/(?!\s*UI)", text
        )
        return [p.strip() for p in parts if p.strip()]

    def jobs_in(self, question: str) -> tuple[list[str], Resolution]:
        """Study jobs named in a question (in order) and the resolution of the whole question. Several readers ask
        it of the same message: remembered for the last messages read (pure, a function of the text)."""
        found = self._seen.get(question)
        if found is None:
            found = self._seen[question] = self._read_jobs(question)
            if len(self._seen) > 256:
                self._seen.pop(next(iter(self._seen)))
        return list(found[0]), found[1]

    def _read_jobs(self, question: str) -> tuple[list[str], Resolution]:
        bare = re.search(r"(?i)\b([\w'’-]+) tout court\b", question)
        if bare:  # "assistante tout court, pas sur les plateaux": the title that is that word alone
            word = tokens(bare[1])
            exact = [j.id for j in self.tool.jobs if tokens(j.job) == word]
            if len(exact) == 1:
                return exact, self.tool.resolve(bare[1], nearest=False)
        return self._read_jobs_in(question)

    def _read_jobs_in(self, question: str) -> tuple[list[str], Resolution]:
        # "que dit l'étude sur les managers ?": the study is no "Chargé d'études"
        question = re.sub(r"(?i)\b(l['’]\s?|cette\s|votre\s|notre\s|cet\s|la\s)[ée]tudes?\b", " ", question)
        question = without_workplace(question)
        question = re.sub(rf"(?i)\b({'|'.join(CLIPPED)})\b", lambda m: SHORT_WORDS[m[1].lower()], question)
        # "cheffe de projet (pas informatique)", "je ne suis pas infirmière, je suis…": a word said not to be the job
        question = re.sub(r"(?i)\b(?:pas|non|hors)\s+(?!de\b|du\b|des\b|le\b|la\b|les\b|un\b|une\b|l['’])\w+", " ", question)
        described = agent_nouns(question)
        if described != fold(question):  # "je gère le réseau de prestataires": the title that does it
            found, whole = self._jobs_in(described)
            if found:
                return found, whole
        found, whole = self._jobs_in(question)
        if not found and describes_work(fold(question)):  # "je réponds aux plaintes des clients": the job that does it
            by_task = self.tasks.best(question)
            if by_task:
                return [by_task], whole
        return found, whole

    def _jobs_in(self, question: str) -> tuple[list[str], Resolution]:
        whole = self.tool.resolve(question, nearest=False)  # nearest jobs are ranked only if an answer needs them
        # the short words people type for a title word, spelled out ("chef de projet IT" names "…informatique")
        folded = " " + " ".join(SHORT_WORDS.get(w, w) for w in fold(question).split()) + " "
        # Full titles first, by position: "Analyste conformité, contrôle interne et risques" holds a comma and "et".
        spans = sorted(
            (folded.index(f" {fold(job.job)} "), -len(fold(job.job)), job.id)
            for job in self.tool.jobs
            if f" {fold(job.job)} " in folded
        )
        found: list[str] = []
        covered_until = -1
        for start, negative_length, job_id in spans:  # "chef de projet informatique" hides "chef de projet"
            if start > covered_until:
                found.append(job_id)
                covered_until = start - negative_length
            elif start - negative_length > covered_until:
                found.append(job_id)
        for segment in self._segments(question):
            resolution = self.tool.resolve(segment, nearest=False)
            if resolution.status == "found" and resolution.job_id and resolution.job_id not in found:
                found.append(resolution.job_id)
        if whole.status == "found" and whole.job_id and whole.job_id not in found:
            found.insert(0, whole.job_id)
        elif whole.status == "found" and whole.job_id and found[0] != whole.job_id:
            # "manager de proximité sur un plateau d'assistance": the longer title the whole question names
            # comes before the shorter one it holds ("Manager de proximité")
            first = set(fold(self.tool.by_id[found[0]].job).split())
            if first < set(fold(self.tool.by_id[whole.job_id].job).split()):
                found.remove(whole.job_id)
                found.insert(0, whole.job_id)
        folded_q = fold(question)
        self_described = re.search(r"\b(je suis|je travaille|en tant que|mon (metier|poste))\b", folded_q)
        compared = re.search(r"\b(compar\w*|vs|versus|differen\w*|meme|pareil|ou|entre)\b", folded_q)
        if whole.status == "found" and whole.job_id in found and self_described and not compared:
            # "manager de proximité sur un plateau d'assistance" names one job, not also the shorter title it holds
            longer = set(fold(self.tool.by_id[whole.job_id].job).split())
            found = [j for j in found if j == whole.job_id or not set(fold(self.tool.by_id[j].job).split()) < longer]
        # (not "je suis dans quelle case ?", "je suis plus exposée qu'…": where or how the speaker is, not their title)
        own = re.search(r"(?i)\b(?:je suis|je travaille comme|en tant que)\s+(?!(?:dans|à|a|au|aux|en|sur|chez|où|ou|pas|plus|moins|très|tres|trop|aussi|bien)\b)([^,.;:?!]{3,60})", question)
        if own:  # "j'encadre des chargés d'assistance, je suis manager de proximité": the speaker's job first
            mine = self.tool.resolve(re.split(r"(?i)\s+(?:et|mais|qui|depuis)\s+", own[1])[0])
            if mine.status == "found" and mine.job_id:
                found = [mine.job_id] + [j for j in found if j != mine.job_id]
        return found, whole

    def leading_phrase(self, question: str) -> str | None:
        """ "Avocate en droit du travail, l'IA va-t-elle me concurrencer ?" -> "Avocate en droit du travail"."""
        question = without_workplace(question)
        match = re.match(r"^\s*([^,:;?!.()]{3,80}?)\s*[,:;(]\s*(.+)$", question)
        if not match:
            return None
        # "DRH dans une société d'assistance", "plombier intervenant pour…": the job, without where it is done
        head = re.split(r"(?i)\s+(?:dans|pour|sur|chez|au sein|intervenant|agréée?|agree|en soutien|qui|au service|de crise)\b", match[1])[0]
        if len(head.split()) > 6:
            return None
        rest = fold(match[2])
        if not re.search(
            r"\b(ia|expos\w*|metier|poste|job|boulot|travail|remplac\w*|concurren\w*|touch\w*|impact\w*|menac\w*|score|concerne\w*"
            r"|note|etude|classement|58|dedans|liste|profil|categorie|rang|place)\b",
            rest,
        ):
            return None
        if re.match(r"(?i)\s*(pour|avant|apres|dans|sur|en vue d)\s+(ma|mon|notre|nos|la|le|les|une?|mes)\b", head):
            return None  # "pour mon support de présentation : …": what the question is for
        if re.match(r"(?i)\s*(en (deux|trois|quelques|bref|gros|resume|résumé|clair|un mot)|bref|pour (resumer|résumer|faire court)|t['’]en penses|tu en penses|franchement|honnetement|honnêtement|sinon|du coup|bon|alors)\b", head):
            return None  # "En deux mots, …", "t'en penses quoi toi, …": how the question is put
        return re.sub(r"(?i)^(je suis|moi|bonjour|salut)\s+", "", head).strip()

    def absent_phrase(self, question: str) -> str | None:
        """The job a user names when the study does not have it ("je suis boulanger" -> "boulanger")."""
        question = without_workplace(question)
        member = re.match(r"(?i)^\s*(?:(?:le|la|les|un|une)\s+|l['’])?['‘’\"]?([\w'’ -]{3,40}?)['’\"]?\s+fait(?:[- ](?:il|elle))?\s+partie\s+des\b", question)
        if member:  # "traducteur fait-il partie des métiers de l'étude ?"
            return member[1].strip()
        match = re.search(
            r"(?i)(?:je suis|je travaille comme|je travaille en tant que|en tant que|comme|m[ée]tier d[e']|m[ée]tier du|"
            r"poste d[e']|score (?:du|de la|des|de l'|d')|exposition (?:du|de la|des|de l'|d')|les|un|une|quid des?|"
            r"pour (?:un|une|les))\b\s*(?:un |une |l'|le |la )?([\w'’ -]{3,40}?)(?=[,?.!;]|\s+(?:est|sont|a|ont|et|dans|face|selon|va|vont|sera|seront|peut|peuvent|pourra|concern|expos|impact|risqu)\b|$)",
            question,
        )
        if match and re.match(r"(?i)(à|a|au|aux|dans|chez|en|sur)\s", match[1]):
            return None  # "je suis à la DRH": where the person works, not a job
        return match[1].strip() if match else None

    # -- routing --------------------------------------------------------------------------------------------
    def plan(self, question: str, conversation: Conversation | None = None) -> Plan:
        conversation = conversation or Conversation()
        text = " ".join(ABBREVIATIONS.get(w, w) for w in fold(question).split())
        base = {"question": question, "qualification": qualification_of(text)}
        if not text:
            return Plan(intent="empty", **base)
        if _has(text, *INJECTION) or hostility.kind(question):
            return Plan(intent="refusal", **base)
        kind = scope.outside(text)
        if kind is not None:  # (a date to come keeps the job named: what the study gives today follows)
            return Plan(intent="out_of_scope", topic=kind.key, jobs=self.jobs_in(question)[0][:1] if kind.key == "horizon" else [], **base)
        jobs, whole = self.jobs_in(question)
        kind = scope.outside(text, weak=True)
        if not jobs and kind is not None and not _has(text, r"\bassistance\b", r"\betude\b"):
            return Plan(intent="out_of_scope", topic=kind.key, **base)
        text = re.sub(r"^(bon|ok|okay|d accord|euh|ah|hmm|donc|super|merci) (?=et\b|mais\b|alors\b)", "", text)
        follow_up = bool(re.match(r"^(et|mais|puis|aussi|alors)\b", text)) or len(text.split()) <= 4
        n = _number(text)
        named = self.families.find(question)
        family = named.name if named else None
        profile = profile_in(text)
        core = True if _has(text, r"\bcoeurs?\b", r"\bcoeur d assistance") else None

        if (
            follow_up
            and conversation.last is not None
            and not jobs
            and re.match(r"^(et|mais|puis|aussi|alors)\b", text)
        ):
            followed = self._follow_up(text, base, conversation)
            if followed:
                return followed
        if _has(
            text,
            r"\baudit\b",
            r"\bcollent?\b.*\btableau\b|\btableau\b.*\bcollent?\b|\bchiffres de l etude\b.*\btableau\b",
            r"incoheren",
            r"\btableau\b.*\b(est|sont) (juste|exact|fiable|correct|bon|faux)\b|\btableau\b.*\berreurs?\b",
            r"\berreurs?\b.*\b(etude|tableau|donnees)",
            r"\bcontradiction",
            r"\bcoquille",
        ):
            return Plan(intent="audit", **base)
        maturity_cue = _has(
            text,
            r"\bmaturite",
            r"\brepondants",
            r"\bconsultation\b",
            r"\benquete\b",
            r"\bsondage",
            r"\bpart des (entreprises|societes)",
            r"\bcombien (d entreprises|de societes)",
            r"\bpourcentage (d entreprises|de societes|des entreprises|de repondants)",
            r"\b(entreprises|societes)\b.*\b(ou en sont|pretes|avancees|forment|formations?|regles|pilotes|gouvernance|strategie|comprennent|integree|cas d usage)",
            # either order: "le constat sur la formation dans les entreprises", "l'identification des cas d'usage dans les entreprises"
            r"\b(constat|etat des lieux|identification|niveau)\b.*\b(formations?|regles|pilotes|gouvernance|strategie|cas d usage)\b.*\b(dans|des|chez) les (entreprises|societes|assisteurs)\b",
            r"\b(salaries|collaborateurs|employes|agents)\b.*\b(formes|formees|formation)\b.*\b(aujourd hui|actuellement|deja|secteur|entreprises)\b",
            r"\b(boites|entreprises|societes|assisteurs|secteur)\b.*\ben (sont|est) ou\b",
            r"\bprojets? pilotes?\b",
            r"\bpilotes (d ia|en cours|lances)",
            r"\bregles? d (utilisation|usage)",
            r"\bformations? (disponibles?|existantes?|dispo)\b",
            r"\bou en (est|sont)\b.*\b(entreprises|secteur|societes|branche|assisteurs)\b",
            r"\b(entreprises|secteur|societes|branche)\b.*\bou en (est|sont)\b",
            r"\ben (est|sont|sommes) ou\b.*\b(entreprises|secteur|societes|branche|assisteurs|boites)\b",  # "on en est où dans les entreprises ?"
            # "les chiffres sur l'absence de règles dans les boîtes ?", "les chiffres sur la formation dans les entreprises"
            r"\b(chiffres?|stats?|statistiques?|donnees|pourcentages?)\b.*\b(dans|des|chez) (les|nos) (entreprises|boites|societes|assisteurs)\b",
        )
        changes_cue = _has(
            text,
            r"\bchang\w* de (profil|classification|categorie)",
            r"\bbascul",
            r"\bprofil a change",
            r"\bont change de",
            r"\bpasse\w* (d une|de) (classification|categorie|profil)",
            r"\bpassent de\b",
            r"\bchangements? de (profil|classification)",
            r"\bqui (a|ont) change",
            r"\bce qui a change\b",
            r"\b(ce|ces) (genre|type)s? de changements?\b", r"\bqui d autre\b.*\bchang",
            r"\bsorti\w* de (la )?(categorie|classification)",
            r"\bpour passer\b",
            # (not "quel score baisse le plus ?": the biggest fall, a ranking)
            r"^(?!.*\ble plus\b).*\b(hausse|baisse)\b.*\b(score|metiers)",
            r"^(?!.*\ble plus\b).*\b(score|metiers)\b.*\b(hausse|baisse)\b",
        )
        if _has(
            text,
            r"\bdeux qualifications\b",
            r"\brequalif",
            r"\bdifference entre (la|les) qualifications?",
            r"\bpourquoi\b.*\bqualifications?\b",
        ) and not (jobs or changes_cue):
            return Plan(intent="methodology", topic="qualifications", **base)
        stats_cue = _has(
            text,
            r"\bcombien de metiers\b",
            r"\bcombien\b.*\bmetiers\b",
            r"\bpart des metiers",
            r"\bpourcentage des metiers",
            r"\bproportion",
            r"\brepartition",
            r"\bnombre de metiers",
            r"\bquel pourcentage\b.*\b(metiers|profil|categorie|evolution|transformation|emergent|impacte)",
        )
        if stats_cue and not jobs and not maturity_cue and not changes_cue:
            return Plan(intent="stats", profile=profile, **base)
        if _has(
            text,
            r"\bdial ?ia\b",
            r"dialogue social",
            r"partenaires sociaux",
            r"\bcse\b",
            r"representants? du personnel",
            r"\bsyndica",
        ) and not (_has(text, r"\bactions? prioritaires?\b", r"\bpilot") or changes_cue or stats_cue or jobs):
            if first_match(text, METHODOLOGY_TOPICS) == "pilotage":  # "les syndicats étaient là ?": the study's steering
                return Plan(intent="methodology", topic="pilotage", **base)
            # "for our DIAL-IA meeting: which jobs change profile?" asks about the jobs, not about DIAL-IA
            return Plan(intent="dialia", **base)
        if _has(
            text,
            r"actions? prioritaires?",
            r"\bprioritaires?\b.*\b2025\b",
            r"\brecommand\w*\b.*\b(en|pour) 2025\b",
            r"\bpar (quoi|ou) (je |on |nous )?(commence\w*|demarre\w*)\b|\bquoi faire en (premier|priorite)\b",
            r"\b(on|je|nous) (commence\w*|demarre\w*) par (quoi|ou)\b",
            r"\b2025\b.*\bactions?\b",
            r"\b6 actions\b",
            r"\bsix actions\b",
            r"\bpriorites?\b.*\b(2025|engager)",
        ):
            return Plan(intent="priority_actions", **base)
        if maturity_cue and not jobs and first_match(text, FACT_TOPICS) == "realisation":
            return Plan(intent="facts", topic="realisation", **base)  # "qui a fait l'enquête ?": who, not its findings
        # "elles en sont où sur la formation ?": "formation" half says "Chargé de formation", which is no job here
        half_said = (len(jobs) == 1 and not (whole.status == "found" and whole.confidence >= 0.9) and fold(self.tool.by_id[jobs[0]].job) not in text
                     and not re.search(r"\b(je|j|mon|ma)\b", text))
        if maturity_cue and (not jobs or half_said) and not _has(text, r"\brecommand", r"\bpreconis", r"\bremedier\b", r"\bque faire\b"):
            return Plan(intent="maturity", topic=maturity_topic(text), **base)
        if _has(text, r"fiches? de transformation", r"\b(a|ont|avoir|possede\w*) (une|sa|leur|des|ses) fiches?\b", r"\bcas d usages?\b", r"\bscenarios?\b", r"\b(a|dans|d ici) (\d+|cinq|trois|dix) ans\b", r"\bhorizon\b",
                # "c'est quoi les usages concrets de l'IA pour mon job ?", "ils vont faire quoi avec l'IA ?": the sheets' use cases
                r"^(?!.*\b(regles?|encadre\w*|charte|autorise\w*|interdit\w*|droit)\b)(?=.*\b(quoi|quels?|quelles?|lesquels|exemples?|concrets?)\b).*\busages?( concrets?)?( de l ia( generative)?)?( (qu ils|qu elle|que l etude|qu on) (ont|a) (trouves?|identifies?|retenus?))? (pour|dans|sur) (mon|ma|ce|cet|son|sa|notre|leur|nos|leurs) (metiers?|jobs?|postes?|boulot|travail|taf)\b",
                r"^(?!.*\b(entreprises?|societes?|boites?|employeurs?|direction|assisteurs?)\b).*\b(vont|va|allons|vais|vont ils|va t il|va t elle) faire quoi avec l ia\b"):
            return Plan(intent="sheets", jobs=_own(text, jobs, conversation), **base)
        if not jobs and changes_cue:
            return Plan(intent="changes", **base)
        if len(jobs) >= 2 and _has(
            text,
            r"\bcompar",
            r"\bvs\b",
            r"\bversus\b",
            r"\bcontre\b",
            r"\bentre\b",
            r"\bdifferen",
            r"\bplus (expose|impacte|concerne)",
            r"\bmoins (expose|impacte|concerne)",
            r"\bque (le|la|l|les)\b",
            r"\bet\b",
            r"\bou\b",
        ):
            return Plan(intent="compare", jobs=jobs, **base)
        if not jobs and not profile and _has(text, r"\bpart\b", r"\bpourcentage", r"\bproportion", r"\b\d+ ?%") and not _has(text, r"\bmetiers?\b", r"\bpostes?\b", r"\bemplois?\b"):
            topic = maturity_topic(text)  # "quelle part n'a connaissance d'aucune règle ?": a share of the survey, not of jobs
            if topic is not None:
                return Plan(intent="maturity", topic=topic, **base)
        if not jobs and _has(
            text,
            r"\bcombien de metiers\b",
            r"\bcombien\b.*\bmetiers\b",
            r"(?<!quelque )(?<!nulle )(?<!autre )(?<!de ma )(?<!de notre )(?<!pour ma )\bpart\b",  # not "quelque part", "de ma part"
            r"\bpourcentage",
            r"\bproportion",
            r"\brepartition",
            r"\b\d+ ?%",
            r"\bnombre de metiers",
        ):
            return Plan(intent="stats", profile=profile, **base)
        if (
            not jobs
            and _has(
                text,
                r"\btop\b",
                r"\bclassement",
                r"\bpalmares",
                r"\bles (\w+ )?(plus|moins) (exposes|impactes|touches|concernes|menaces)\b",
                r"\bmetiers? (les )?(plus|moins) (exposes|impactes|touches|concernes)",
                r"\bquel\w* (sont les )?metiers?\b.*\b(plus|moins)\b",
                r"\ble (plus|moins) (expose|impacte|touche|concerne)\b",
                r"\blequel\b.*\b(plus|moins)\b",
                r"\bpremiers?\b.*\bmetiers",
                r"\bderniers?\b.*\bmetiers",
                r"\bquels? metiers\b.*\b(emergent|forte transformation|en evolution|non impacte|coeur)",
                r"\bliste des metiers",
                r"\bmetiers (emergents|en forte transformation|en evolution|non impactes|coeur)",
            )
            and not _has(text, r"\bcompetences?\b", r"\btaches\b", r"\bactivites\b", r"\brecommand", r"\bpreconis",
                         r"\b(que|quoi) faire\b", r"\bfaire (pour|avec)\b", r"\baccompagn\w*", r"\bformer\b", r"\breconver\w*", r"\bpasserelles?\b",
                         r"\bformations?\b")
            and not re.match(r"^(et )?qu est ce (qui|que)\b", text)  # "qu'est-ce qui est le plus exposé ?": what, not which job
        ):
            bottom = _has(text, r"\bmoins\b", r"\bderniers?\b", r"\bles plus faibles", r"\bbas du classement")
            return Plan(
                intent="ranking",
                n=n or (58 if profile or core or family else 5),
                bottom=bottom,
                family=family,
                profile=profile,
                core=core,
                **base,
            )
        fact = fact_topic(text)
        if fact and not jobs:
            return Plan(intent="facts", topic=fact, **base)
        exposure_of_named_job = jobs and _has(text, r"\bexpos\w*", r"\bscore\b", r"\bclassement\b", r"\bimpacte\w*", r"\bconcerne\w*") and not _has(
            text, r"\brecommand", r"\bpreconis", r"\bque faire\b", r"\bactions?\b", r"\baccompagn", r"\breconver", r"\bpasserelle", r"\bpistes?\b"
        )  # "je suis RH, le chargé de formation est-il exposé ?": the job, not the training recommendations
        if not exposure_of_named_job and _has(
            text,
            r"\bpreconis",
            r"\brecommand",
            r"(?<!suis )(?<!comme )(?<!une )(?<!un )(?<!je )\bconseill(e|es|ez|ent|er|erait|eriez|ions)\b(?! (assistance|client|clientele|technique|de vente))",  # the verb, not "conseillère"
            r"\bpropose",
            r"\baxes?\b",
            r"\bque (faire|doit faire|doivent faire|peut faire)\b", r"\b(faut|faudrait) il faire\b",
            r"\b(doi\w*|devr\w*|peu\w*|pourr\w*) faire\b",
            r"\bje fais quoi\b|\bje peux faire quoi\b|\bque (dois|puis|peux) je faire\b|\bqu est ce que je (dois|peux|pourrais) faire\b",
            r"(?<!charge de )(?<!chargee de )(?<!charges de )(?<!chargees de )\bformations?\b",  # not the title "chargée de formation"
            r"\bformer\b",
            r"\bpasserelles?\b",
            r"\breconver\w*", r"\bvers quels? (metiers|postes|fonctions)\b", r"\bfaire evoluer\b", r"\bevoluer vers\b",
            r"\bmobilite",
            r"\baccompagn",
            r"\bmonter en competence",
            r"\bcharte\b",
            r"\bethique",
            r"\bgouvernance\b",
            r"\bquelles? actions?\b",
            r"\bactions? (particulieres?|specifiques?|a mener|prevues?|concretes?)\b",
            r"\bplan d action",
            r"\brh\b.*\bfaire",
        ):
            # "je suis RRH, comment accompagner mes équipes ?": the speaker acts for others, their own job is not the subject
            acting = re.search(r"\b(mes|nos) (equipes|salaries|collaborateurs|agents|collegues)\b", text)
            # "quelles formations ?" names a topic, not "Chargé de formation": a title half said is no job here
            half = whole.status == "found" and whole.confidence < 0.9 and jobs == [whole.job_id] and not re.search(r"\b(je|j|mon|ma)\b", text)
            return Plan(intent="recommendations", axis=axis_of(text), jobs=[] if acting or half else _own(text, jobs, conversation), **base)
        if _has(
            text,
            r"\bqu est ce qui (fait|rend)\b.*\b(moins|plus|touche|expose)",
            r"\bpourquoi (certains|des) metiers\b.*\b(moins|plus)",
        ):
            return Plan(intent="exposure_findings", jobs=_own(text, jobs, conversation), **base)
        if re.match(r"^(et )?(les )?(5 |cinq )?niveaux( d (exposition|impact))?$", text):
            return Plan(intent="levels", **base)  # "et les niveaux ?"
        if _has(text, r"\bmetiers? coeurs?\b") and _has(text, r"\bc est quoi\b", r"\bqu est ce qu", r"\bdefini", r"\bveut dire\b", r"\bsignifi"):
            return Plan(intent="methodology", topic="core", **base)
        if _has(
            text,
            r"\bechelle\b",
            r"\bniveaux d exposition\b.*\b(liste|lister|quels|plus faible|plus fort)",
            r"\bles 5 niveaux",
            r"\bcinq niveaux",
        ):
            return Plan(intent="levels", **base)
        if jobs:
            return Plan(intent="job", jobs=jobs[:1], resolution=whole, **base)
        if _has(
            text,
            r"\bje suis\b",
            r"\bje travaille\b",
            r"\ben tant que\b",
            r"\bmon (metier|poste|job|boulot|travail|emploi)\b",
        ):
            personal = self.personal_job(question, text, base)
            if personal:
                return personal
        if _has(
            text,
            r"\b(competences?|taches|activites)\b.*\b(plus|moins|expose|epargn|protege|resist|humaine|automatis\w*|remplac\w*|fait bien|sait faire|peut faire)",
            r"\b(plus|moins) exposees\b",
            r"\breste\w*\b.*\bhumain",
            r"\b(qu est ce qui|ce qui|quelles? competences?|quelles? taches?)\b.*\b(resiste\w*|echappe\w*|a l abri)\b.*\b(l ia|ia|automatis\w*)\b",  # "qu'est-ce qui résiste le mieux à l'IA ?"
            r"^(et )?qu est ce qui (est|sera|serait|reste\w*) (le )?(plus|moins|vraiment)? ?(expose|touche|impacte|automatis\w*|humain)",
            r"\b(chang\w*|evolu\w*|transform\w*) (quoi|concretement)\b|\bqu est ce qui (va|vont|pourrait|pourraient) (chang|evolu|se transform)\w*",
            r"\bl ia (ne )?(pourra|peut|sait|saura|sera) pas\b|\bce que l ia ne\b|\bqu est ce qui protege\b|\bprotege\w* (un|les|des|le|mon|notre) (metier|poste|job)",
            # what generative AI does or cannot do, in the words of the people whose tasks they are: the study's
            # findings on which competences are exposed ("l'IA peut rédiger mes réponses ?", "l'empathie, elle sait pas")
            r"\b(l ia|chatgpt|un robot|une machine)\b.{0,25}\b(rediger|ecrire|repondre|resumer|synthetiser)\b",
            r"\b(empathie|emotion\w*|relationnel\w*|detresse|clients? (enerves?|mecontents?|agressifs?|stresses?|en colere))\b",
        ):
            return Plan(intent="exposure_findings", jobs=_own(text, jobs, conversation), **base)
        profile_named = _has(text, r"\bemergent", r"\bforte transformation\b", r"\ben evolution\b", r"\bnon impacte")
        definition_cue = _has(
            text,
            r"\bque (veut|signifie|recouvre)",
            r"\bc est quoi\b",
            r"\bqu est ce\b",
            r"\bdefini",
            r"\bsignifi",
            r"\bveut dire",
            r"\bquels? sont\b",
            r"\bexplique",
            r"\bcorrespond",
            r"\bentend\b",
            r"\brecouvre",
            r"\bconcretement\b",
            r"\bquatre\b",
            r"\b4\b",
            r"\bcombien de (profils|categories|classifications)\b",  # "combien de catégories d'impact ?"
            r"\brappel\w*\b|\bles (profils|categories) (d impact )?(utilises|retenus|de l etude)\b",  # "rappelez-moi les profils d'impact"
        )
        if (
            profile_named or _has(text, r"\bprofils?\b", r"\bcategories?\b", r"\bclassifications?\b")
        ) and definition_cue:
            return Plan(intent="profiles", profile=profile, **base)
        if _has(
            text,
            r"\bniveaux?\b.*\b(exposition|impact)\b",
            r"\b(negligeable|leger|modere|majeur|important)\b.*\bniveau|\bniveau\b.*\b(negligeable|leger|modere|majeur|important)\b",
            r"\bniveau (1|2|3|4|5)\b",
            # "différence entre un impact « important » et « majeur » ?": two of the levels named
            r"\b(impact|impacte|expose|exposition)\w* (\w+ )?(negligeable|leger|modere|majeur|important)\b.*\b(et|ou|vs) (\w+ )?(negligeable|leger|modere|majeur|important)\b",
        ):  # "les 5 niveaux", "cinq niveaux": caught by the stronger cues above, before job names
            return Plan(intent="levels", **base)
        if _has(
            text,
            r"\bmethodo",
            r"\bcalcul",
            r"\bromes?\b",
            r"\bcomment (a|ont) ete",
            r"\bcomment (l etude|les scores?|le score)",
            r"\bduree\b",
            r"\bcombien de temps",
            r"\bphases?\b",
            r"\bcomment .* (evalue|mesure|note|qualifie|construit|calcule)",
            r"\bbornes?\b",
            r"\bqu est ce que (l etude|le score) mesure",
            r"\b(l etude|le score) mesure (quoi|t elle quoi|t il quoi)",
            r"\bdifference entre (la qualification|les qualifications|pwc)",
            r"\bdeux qualifications",
            r"\bqualification (pwc|experts?|double)",
            r"\bqui (l )?a (realise|fait|mene|pilote\w*)", r"\bpilotee? par\b",
            r"\b(pipeau|bidon|patronat|independan\w*|objectiv\w*|neutr\w*|biais\w*|partial\w*)\b",
            r"\bpilotage\b",
            r"\bcompetences par metier",
            r"\bcombien de competences",
            r"\bscore (est|sont)\b.*\b(calcule|obtenu|construit)",
            r"\bscore\b.*\b(obtien\w*|obtenu|sort|vient|calcul\w*|construi\w*|fabriqu\w*)\b",
            r"\b(a quoi sert|sert a quoi|utilite)\b.*\bscores?\b|\bscores?\b.*\b(sert|servent)\b",
            r"\btableau consolide\b", r"\blimites?\b.*\b(etude|methode|approche|demarche|analyse|scores?|classement)\b|\b(etude|methode|approche|demarche|analyse)\b.*\blimites?\b", r"\bune limite\b",
            r"\bqui a raison\b|\b(qui|lequel|laquelle) (faut il )?croire\b",
            r"\b(d ou (sort|vient))\b.*\bscore\b",
            r"\bniveaux?\b.*\bscore\b|\bscore\b.*\bniveaux?\b",
            r"\bque (mesure|represente|veut dire) (le|un) score",
            r"\bscore\b.*\b(veut dire|signifie|represente|correspond)\b.*\b(taches?|%|pour ?cent|pourcentage|probabilit\w*|chances?|part)\b",
            *SCORE_READ_AS_SHARE,
            r"\bscore\b.*\b(va|varie|vont|est note|se lit|compris) (de|entre) \d+ (a|et) \d+\b",  # "le score va de 1 à 5 ?"
            r"\bfiabl",
            r"\bgraphique",
            r"\bcouleurs?\b",
            r"\b(methode|methodologie|demarche)\b.*\b(not\w*|evalu\w*|calcul\w*|score\w*|mesur\w*|class\w*)\b",
            r"\b(la )?(methode|methodologie|demarche) (de l etude|utilisee|employee|suivie|de pwc)\b|\brepose\w*\b.*\b(methode|etude)\b",
            r"\bcomment\b.*\b(ont ete|sont|a ete) (notes?|evalues?|mesures?|classes?|scores?)\b",
        ):
            return Plan(intent="methodology", topic=first_match(text, METHODOLOGY_TOPICS) or "score", **base)
        if follow_up and conversation.last is not None:
            followed = self._follow_up(text, base, conversation)
            if followed:
                return followed
        if whole.status == "ambiguous":
            return Plan(intent="ambiguous_job", resolution=whole, **base)
        personal = self.personal_job(question, text, base)
        if personal:
            return personal
        if whole.status == "absent" and len(text.split()) <= 3:
            return Plan(intent="absent_job", resolution=self.tool.resolve(question), **base)
        if _has(text, r"^(bonjour|salut|hello|hi|hey|coucou|bonsoir|merci)\b") and len(text.split()) <= 5:
            return Plan(intent="greeting", **base)
        if _has(
            text,
            r"\bque (sais|peux) ?tu\b",
            r"^aide$",
            r"\bbesoin d aide\b",
            r"\bcomment (tu marches|ca marche|t utiliser)",
            r"\bqui es tu\b",
            r"\btu es qui\b",
            r"\bt es qui\b",
            r"\bwho are you\b",
            r"\bwhat can you do\b",
        ):
            return Plan(intent="help", **base)
        return Plan(intent="retrieval", **base)

    def absent_trade(self, question: str, text: str, jobs: list[str]) -> Resolution | None:
        """ "les psychologues, ils sont étudiés ?", "secrétaire médicale, mon score ?", "data scientist ?": a trade the
        study lacks, asked about, unless a study title is named in full beside it ("je suis DRH, et les chargés
        d'assistance ?")."""
        words = self.tool.resolver.absent_trade(question)
        if not words or re.search(rf"\b(a la|au|a l|aux|chez|ma|mon|notre|nos|votre|vos|sa|son|leur)\s+{re.escape(fold(words))}\b", text):
            return None  # "on est à la DRH", "pour ma DRH": a place or someone else, not the trade asked about
        # "je règle les factures des dépanneurs", "spécialiste paramédical, kiné de formation": a study job named besides
        if jobs and self.jobs_in(question.replace(words, " "))[0]:
            return None
        # "que doit faire la DRH pour les métiers les plus exposés ?": the exposure of other jobs
        asked = re.sub(r"\b(metiers|postes|emplois|salaries|jobs)( les)? (plus |moins |tres |fortement )*expos\w*", " ", text)
        named_first = re.match(rf"(et|mais) (pour )?((les|le|la|l|un|une|des) )?(\w+ )?{re.escape(fold(words))}", text)  # ("et interprète / traducteur ?")  # "et les psychologues de la plateforme ?"
        if len(text.split()) > 4 and not _has(asked, *TRADE_ASKED) and not named_first:
            return None
        found = self.tool.resolve(words)
        candidates = found.candidates or self.tool.resolver.nearest(words)
        return Resolution(query=words, status="absent", candidates=candidates)

    def personal_job(self, question: str, text: str, base: dict) -> Plan | None:
        """A job named in the user's words that the study may not have ("je suis boulangère, …")."""
        for phrase in (self.leading_phrase(question), self.absent_phrase(question) if _has(text, *JOB_CUES) else None):
            if not phrase:
                continue
            resolution = self.tool.resolve(phrase)
            if resolution.status == "found" and resolution.job_id:
                return Plan(intent="job", jobs=[resolution.job_id], resolution=resolution, **base)
            if resolution.status == "ambiguous":
                return Plan(intent="ambiguous_job", resolution=resolution, **base)
            if resolution.status == "absent" and not _has(
                fold(phrase), r"\b(etude|ia|intelligence|secteur|assistance|metiers?)\b"
            ):
                return Plan(intent="absent_job", resolution=resolution, **base)
        return None

    def _follow_up(self, text: str, base: dict, conversation: Conversation) -> Plan | None:
        last = conversation.last
        assert last is not None
        if last.intent in ("ranking",):
            return last.model_copy(
                update={
                    **base,
                    "bottom": _has(text, r"\bmoins\b") or (last.bottom and not _has(text, r"\bplus\b")),
                    "qualification": base["qualification"] if base["qualification"] != "both" else last.qualification,
                    "follow_up": True,
                }
            )
        if last.intent == "stats" and base["qualification"] != "both":  # "et chez les experts ?" after the profile counts
            return last.model_copy(update={**base, "follow_up": True})
        if _has(text, r"\btop\b", r"\bles \d+ (plus|moins|premiers|derniers)\b", r"\bclassement\b"):
            return None  # "et le top 5 côté experts ?": a ranking again, not the job in view
        if last.intent == "query" and last.set_ask is not None and base["qualification"] != "both":
            return None  # "et chez PwC, même question ?" after a set: the set reader asks it again
        if last.intent == "compare" and len(conversation.jobs) >= 2 and base["qualification"] != "both":
            return Plan(intent="compare", jobs=conversation.jobs, follow_up=True, **base)  # "et selon les experts ?"
        # (not "et chez les experts, c'est qui le premier ?": the top of a ranking, asked again)
        ranked = _has(text, r"\b(le|la|les) (metier |poste )?(plus|moins)\b", r"\bde tous\b", r"\b(qui|quel\w*) (est |c est )?(le|la) (premier|premiere|1 ?ere?|dernier|derniere)\b|\b(le|la) (premier|premiere|1 ?ere?|dernier|derniere)\b.*\b(qui|lequel|laquelle)\b")
        if conversation.jobs and not ranked and (
            base["qualification"] != "both"
            or _has(
                text,
                r"\b(ce|son|sa|ses|le|du) (metier|poste|score|classement|profil)\b",
                r"\bpourquoi\b",
                r"\bet (lui|elle)\b",
            )
        ):  # (not "et c'est quoi le métier le moins exposé de tous ?": a ranking)
            # "ok et moi chez les experts je bouge ?" after the boss's card: the speaker's job
            mine = conversation.own and re.search(r"\b(moi|je|j|mon|ma)\b", text) and not re.search(r"\b(lui|elle|il)\b", text)
            return Plan(intent="job", jobs=[conversation.own] if mine else conversation.jobs[:1], follow_up=True, **base)
        return None



# Ordered (key, pattern) tables: which record a question is about. The first match wins unless noted.
FACT_TOPICS = (
    ("second-volet", r"\bune suite\b|\bsuite (a|de) (l|cette) etude\b|\bun second volet\b|\bprevu\w* (pour )?(la suite|ensuite|apres)\b|\bet (apres|ensuite)\b|\bsecond volet\b|\bseconde? etude\b|\bsuite (de l etude|est prevue|prevue)|\bprochaine? (etude|volet|publication)|\b(deuxieme|2e|seconde?) (etude|volet|partie)|\bla suite\b"),
    ("objectifs", r"\bsur quoi porte\b|\bde quoi (parle|traite)\b|\bobjectifs?\b|\bporte\w* sur\b|\bcouvre\w*\b|\betudie\w*\b"),
    ("premier-volet", r"\bpremier volet\b"),
    ("rapport-complet", r"\brapport complet\b|\bou (je peux |peut on |puis je )?(trouver|telecharger|lire)\b|\bpublications?\b"),
    ("realisation", r"\b(quel|quels) (organisme|cabinet|acteur|partenaire)s? (a|ont) (realise|fait|mene|finance|commande|pilote|soutenu)\b|\ba (finance|paye|commande|commandite) l etude\b|\bqui a (fait|mene|realise) (l enquete|la consultation|le sondage|le questionnaire)\b|\bqui (l )?a (realise|fait|ecrit|commande|finance|paye|sponsorise)\w*(?! (la|le|cette|leur) (\w+ )?(qualification|requalification|selection|notation|revue))|\bpour le compte de\b|\bcabinet\b|\b(realisee?|menee?|faite?|ecrite?|financee?|commanditee?) par\b(?! (l ia|une ia|l intelligence|des robots|un robot|chatgpt|la machine))|\bqui\b.*\bfinanc\w*\b(?! (les|des|la|nos|vos|leurs?) (formations?|actions?|projets?|outils?))|\bfinancement de l etude|\bcommanditaire"),
    ("contexte", r"\bpourquoi\b.*\b(etude|lance)|\bcontexte\b|\borigine de l etude"),
    ("conclusion", r"\bconclusion|\ben resume\b|\bgrands groupes\b|\binitiatives?\b.*\bport\w* par\b|\bqui (porte|portent|mene|menent)\b.*\binitiatives?\b|\bpetites? (structures?|entreprises?|boites?|societes?)\b|\btaille (des|de l|de la) (entreprises?|boites?|structures?|societes?)\b|\bpme\b|\bavantages?\b|\bbenefices?\b|\bterrain\b|\bintelligence collective"),
)  # fmt: skip
AXIS_TOPICS = (
    (4, r"\bformations?\b|\bformer\b|\bpasserelles?\b|\bcertification|\bparcours\b|\bcharte\b|\bmanagers\b|\breconversion|\bmobilite|\bevolution professionnelle"),
    (5, r"\bethique|\btransparen|\bresponsabilite|\baudit|\bcomite\b|\bfeedback|\bamelioration continue"),
    (2, r"\bdonnees\b|\binfrastructure|\bcybersecurite|\binteroperabilite|\bconfidentialite"),
    (3, r"\bsensibilis|\bculture d experimentation|\bdirection des ressources humaines|\boutiller"),
    (1, r"\bstrateg|\bgouvernance|\bfeuille de route|\bvision\b"),
)  # fmt: skip
MATURITY_TOPICS = (  # every match counts: a question may ask about several findings
    (6, r"\bformation|\bform(ent|er|ees?|es)\b"), (5, r"\bregles?\b|\bcharte|\bbonnes pratiques|\bcadre"), (4, r"\bpilotes?\b|\btest|\bprocessus internes|\bintegr\w*|\bprocess\w*"),
    (3, r"\bcas d usage|\bfeuille de route|\bexploratoire"), (2, r"\bstrateg|\bgouvernance|\bfinancement|\binteret naissant"),
    (1, r"\bcompreh|\bcomprennent|\bimpacts? (sont )?(compris|connus)"),
)  # fmt: skip
METHODOLOGY_TOPICS = (
    ("qualifications", r"\bqui (a|ont) (fait|realise|mene|conduit|assure) (la|le|cette|leur) (\w+ )?(qualification|requalification|selection|revue)\b"),  # not the study's steering
    ("duree-phases", r"\bduree|\bdure\w* (un|1|deux|2|six|6|\d+) (an|ans|annee|annees|semaines|mois)\b|\bcombien de temps|\bphases?\b|\bmois\b|\b(sur|en|pendant) (un|1|deux|2|six|6|\d+) (an|ans|annee|annees|semaines)\b"
                     r"|\bcomment (l etude|elle) (a t elle ete|a ete|s est) (realisee|menee|faite|deroulee|conduite)|\bcomment (s est deroulee|a ete (realisee|menee|faite)) l etude"),
    ("pilotage", r"\bvalid\w* (les )?resultats\b"),
    ("correspondance-rome", r"\bd ou viennent\b.*\bcompetences\b|\bcompetences\b.*\b(viennent|issues|source|origine)\b"),
    ("pilotage", r"\b(syndicats?|partenaires sociaux|representants? (des )?salaries|salaries)\b.*\b(etaient|ont ete|sont|etait) (la|presents?|associes?|impliques?|consultes?|representes?)\b"),
    ("pilotage", r"\bpilot|\bqui a (realise|fait|mene)|\bcomite|(?<!reunion )(?<!commission )\bparitaire|\brepresentants? des salaries|\bpipeau|\bbidon|\bpatronat|\bindependan|\bobjectiv|\bneutr|\bbiais|\bpartial"),
    ("score", r"\b(methode|methodologie|demarche)\b.*\b(not\w*|evalu\w*|calcul\w*|score\w*|mesur\w*)\b|\bbornes?\b|\bechelle\b|\bvarie\w*\b"),
    ("qualifications", r"\bqualifications?\b|\bexperts?\b|\bpwc\b|\bdifference"),
    ("correspondance-rome", r"\bromes?\b|\bcompetences par metier|\bcombien de competences|\bfrance travail|\breferentiel\w*"),
    ("limites", r"\blimites?\b|\bfiabl\w*|\bfaire confiance\b|\bcredib\w*"),
    ("score", r"\bscore|\bcalcul|\bniveau|\btableau consolide"),
)  # fmt: skip


def matching(text: str, table):
    """Keys of a topic table whose pattern matches, in table order."""
    return [key for key, pattern in table if re.search(pattern, text)]


def first_match(text: str, table):
    return next(iter(matching(text, table)), None)


def axis_of(text: str) -> int | None:
    match = re.search(r"\baxe (\d)\b", text)
    if match and 1 <= int(match[1]) <= 5:
        return int(match[1])
    return first_match(text, AXIS_TOPICS)


def fact_topic(text: str) -> str | None:
    """Which of the study's own facts a question is about; "combien de métiers couvre l'étude ?" is a count, not
    the study's objectives."""
    fact = first_match(text, FACT_TOPICS)
    return None if fact == "objectifs" and re.search(r"\bcombien de (metiers|familles|postes|emplois)\b", text) else fact


def maturity_topic(text: str) -> str | None:
    """Comma-separated finding numbers the question is about (None: all six)."""
    return ",".join(sorted(str(n) for n in matching(text, MATURITY_TOPICS))) or None
