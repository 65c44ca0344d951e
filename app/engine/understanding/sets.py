"""Questions about a set of jobs, read into a typed query: which jobs (families, core, profile, score bounds,
movers), which qualification, what order, how many, and what to give back (list, count, the first ones, whether
two jobs are alike). The slots come from the study's vocabulary (families and profiles from the records); a turn
that names nothing takes them from the conversation ("combien y en a-t-il ?", "et chez PwC ?", "lequel des deux
est le mieux classé ?")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from knowledge.text import fold
from scoring.models import JobFilter, JobQuery
from scoring.normalize import tokens

from ..plan import Conversation, Output, Plan, SetAsk
from .claims import count_said, yes_no
from .reading import FamilyReader, first_person

# shares said in words ("la moitié des métiers ?"), as percents
FRACTIONS = {"la moitie": 50, "un tiers": 33, "un quart": 25, "deux tiers": 67, "trois quarts": 75, "la majorite": 50, "la plupart": 50}
SAID_AS = {"la moitie": "la moitié", "un tiers": "un tiers", "un quart": "un quart", "deux tiers": "deux tiers", "trois quarts": "trois quarts",
           "la majorite": "la majorité", "la plupart": "la plupart"}


def _has(text: str, *patterns: str) -> bool:
    return any(re.search(p, text) for p in patterns)


PROFILES = (  # folded words -> label of the consolidated table (most specific first)
    (r"non impacte\w*|negligeable\w*|pas (du tout )?(impacte|touche|concerne)\w*", "Non impacté ou de manière négligeable"),
    (r"forte transfo\w*|fortement transforme\w*", "En forte transformation"),
    (r"en evolution", "En évolution"),
    (r"emergent\w*", "Emergent"),
)
NUMBER_WORDS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
                "dix": 10, "quinze": 15, "vingt": 20}  # fmt: skip
MOST = r"^(et )?(le|la|les) plus\s*$|\b(plus|le plus|les plus) (expose|impacte|touche|concerne|menace|haut|eleve)\w*|\ben tete\b|\bmieux classe\w*|\bpremiers?\b(?! (volet|temps|lieu|axe|phase|etude))|\b(qui|quel\w*) (est |c est )?le 1 ?er\b|\ble 1 ?er\b.*\b(qui|lequel)\b|\bmost\b|\bhighest\b|\bmax\w*\b"
LEAST = r"^(et )?(le|la|les) moins\s*$|\bfaiblement expose\w*|\bpeu expose\w*|\bmoins (expose|impacte|touche|concerne|menace|classe)\w*|\bderniers?\b|\bplus (faible|bas)\w*|\bmoins bien\b|\bbas du classement|\bleast\b|\blowest\b|\bmin\w*\b|\ben sort (le )?mieux\b|\b(le|la|les) plus (epargne|tranquille|protege|a l abri)\w*"
COUNT = r"^(et )?(la|quelle) (part|proportion)\b|\b(la|quelle) (part|proportion|pourcentage)\b|\bcombien\b(?! de (places?|points?|rangs?|positions?)\b)|\bnombre de (metiers|postes)|\bhow many\b|\bquelle (part|proportion)\b|\bpourcentage\b|^(la )?(part|proportion) (des|de)\b|\bc est (\d{1,2}) ou (\d{1,2})\b"
# the family in view, every job of it ("et la famille en entier ?", "toute la famille ?")
WHOLE_FAMILY = r"\b(la|sa|cette) famille (en entier|entiere|complete|au complet)\b|\btoute (la|sa|cette) famille\b"
LIST = r"^(et |ok |alors |donc )?(c est qui|qui c est|ce sont qui|c est quoi les noms|les noms|leurs noms|ils s appellent comment|c est lesquels)( alors| du coup| donc| exactement)?$|\b(c est quoi|c quoi|quel\w* sont|donne moi|montre moi) les (metiers|postes|emplois|familles)\b|\bquel\w* (sont les |sont )?(metiers|postes|emplois|jobs)\b|\blesquel\w*\b|\bliste\w*\b|\bqui sont\b|\bquels? sont ils\b|\bwhich\b|\bquels? metiers?\b|\bdonne\w* (moi )?les\b|\bles metiers (de|du|des|cœur|coeur|emergents|en|non)\b|\bnomme\w*\b|\bcite\w*\b|\benumere\w*\b|\bquels?\b.*\bdans (cette|la|ma|notre|leur) famille\b|^(et |ok |alors |donc )?(les|tous les|toutes les) (metiers|postes|emplois) (avec|qui|dont|au|en|ayant|sous|entre)\b(?!.*\b(le|la|les) (plus|moins)\b)(?!.*\b(sont|seraient|restent)\b)"
RANK = r"\btop\b|\bclassement\b|\bpalmares\b|\bqui (arrive|est|sont)\b.*\b(tete|premier|dernier|\d+ ?e)\b|\blequel\b|\blaquelle\b|\bqui est le\b|\bquel (metier|poste|job) (est|a|arrive)\b"
PLACES_UP = r"\b(plus gros|plus grosse|plus forte?|plus grande?|deuxieme|seconde?|\d ?e) (gains?|progressions?|bonds?|sauts?|remontees?|montees?|hausses?|envolees?)\b(?! (de|du|des) (leur |son )?scores?)|\bgagne\w* le plus\b(?! d argent)|\ble plus gagne\b|\bgains? de places\b|\bgagn\w*\b.*\bplaces?\b|\bplaces?\b.*\bgagn\w*|\bprogress\w*|\bmont\w* (le plus|dans le classement)|\bgrimp\w*|\bremont\w*|\bplus bouge|\bgained\b"
PLACES_DOWN = r"\b(plus gros|plus grosse|plus forte?|plus grande?|deuxieme|seconde?|\d ?e) (reculs?|chutes?|pertes? de places|degringolades?|descentes?|baisses?|replis?)\b(?! (de|du|des) (leur |son )?scores?)|\bperdu\w* le plus\b|\ble plus perdu\b|\bperd\w* le plus\b(?! (de |en )?(points?|scores?|d argent|d emplois|de postes|avec|a cause))|\bperd\w*\b.*\bplaces?\b|\bplaces?\b.*\bperd\w*|\brecul\w*|\bdescend\w*|\bchut\w*|\bdegringol\w*|\blost\b"
PLACES_SAME = r"\bpas bouge\w*|(?<!score ne )(?<!scores ne )\bbougen?t? pas\b|\b(position|place|rang)s? (est|sont|reste\w*) (la |le )?meme\b|\bchangen?t? pas de (place|position|rang)\b|\bpas change\w* de (place|position|rang)\b|\bmeme (position|place|rang)\b|\bpositions? (inchangee|identique)|\bstables?\b|\bimmobiles?\b"
PROFILE_CHANGED = r"\bchang\w* de (profil|classification|categorie)|\bprofil (a )?change|\bbascul\w*|\bpass\w* de\b.*\ba\b.*\b(emergent|transformation|evolution|impacte)|\bpass\w* (en|a) (forte transformation|en evolution|emergent)"
POINTS = r"\bpoints?\b|\bde combien (augment|baiss|monte|diminu|progress|recul)\w*|\b(hausse|baisse|augmentation|diminution) (du|de) (leur |son )?score"
SCORE_UP = r"\b(augmente)s? le plus\b|\b(montent|augmentent)\b|\bscore\w* (augmente|monte|progresse|en hausse)|\b(augment|mont|hausse)\w*.*\bscore|\b(ont|a|qui|le plus|les plus) (le plus )?(augmente|monte)\b"
SCORE_DOWN = r"\b(baisse|diminue)s? le plus\b|\b(baissent|diminuent)\b|\bscore\w* (baisse|diminue|recule|en baisse)|\b(baisse|diminue)\w*.*\bscore|\b(ont|a|qui|le plus|les plus) (le plus )?(baisse|diminue)\b"
SAME = (
    ("family", r"\bmeme famille\b"),
    ("score", r"\bmeme score\b|\bmeme note\b|\begalite\b|\bex aequo\b"),  # ("pareils ?": compared, ``the_two_alike``)
    ("rank", r"\bmeme (rang|position|place|classement)\b"),
    ("profile", r"\bmeme profil\b"),
)
MEAN = r"\b(moyen|moyens|moyenne|en moyenne|average|mean)\b"
SPREAD = r"\b(ecart|difference|amplitude|fourchette|gap)\b.*\b(premier|dernier|plus|moins|extremes?|max\w*|min\w*|haut|bas|top)\b"
GROUP_WORDS = r"\b(metiers|familles?|fonctions|domaines?|secteurs?|poles?|filieres?|cote|services)\b"
FOLLOW = r"^(et|mais|puis|aussi|alors|donc|ok|bon|d accord)\b"
CONTEXT_SET = r"\b(dedans|la dedans|d entre eux|parmi eux|parmi ces|parmi les|de ces|ces metiers|les deux|des deux|ces deux|tous les deux|eux|ils|elles|lesquel\w*|lequel(?! de tous| des 58| de (toute )?l etude)|laquelle(?! de tous| des 58| de (toute )?l etude)|y en|y sont|de la liste|de la famille|de ma famille|de notre famille|de sa famille|de leur famille|ma famille|notre famille|sa famille)\b"
DEFINE = r"\bentend\w*|\brecouvre\w*|\bc est quoi\b|\bca veut dire\b|\bveut dire\b|\bsignifi\w*|\bdefini\w*|\bqu est ce qu (un|une|on)\b|\bqu appelle\b|\bmean\w*\b|\bimplique\w*|\bconcretement\b|\bs inquieter\b|\bgrave\b"
RECOMMEND = r"\brecommand\w*|\bpreconis\w*|\bactions?\b|\bformation\w*|\bformer\b|\bpasserelle\w*|\breconversion\w*|\baccompagn\w*|\bque (faire|doit)\b|\bconseil\w*|\bfiches?\b|\bcas d usage\b|\bcompetences?\b|\btaches?\b|\bpourquoi\b"


def _top_of_all(n: int, text: str) -> bool:
    """ "le top 10 experts", "dans le top 5 PwC": a top of the whole ranking, not "le top 10 des métiers de la famille SI"."""
    return bool(re.search(rf"\btop ?{n}\b(?! (des|de la|du|de|parmi|dans|en)\b)", text))


def _number(text: str) -> int | None:
    text = re.sub(r"\b(chez|selon) les (deux|2)\b", " ", text)  # both qualifications, not two jobs
    if re.search(r"\b(le|la|celui|celle) (plus|moins) \w+ (des|d entre les|parmi les|sur les|de ces) (\d{1,2}|dix|deux|trois|quatre|cinq|six)\b", text):
        return 1  # "le moins exposé des 10 chez les experts ?": one, of the ten in view
    # "parmi les 10 métiers cœur, les 3 plus exposés": the number of the ranking, not the size of the set
    ranked = re.search(r"\b(\d{1,2})\s+(?:premiers?|derniers?|plus|moins)\b|\btop\s*(\d{1,2})\b", text)
    if ranked and int(ranked[1] or ranked[2]) < 58:
        return int(ranked[1] or ranked[2])
    match = re.search(r"\b(?:top|les|des|premiers?|derniers?)\s*(\d{1,2})\b|\b(\d{1,2})\s+(?:premiers?|derniers?|metiers|postes|plus|moins|jobs)\b", text)
    if match and int(match[1] or match[2]) < 58:  # "les 58" are all of them, not a top 58
        return int(match[1] or match[2])
    nth = _nth(text)
    if nth:  # "le deuxième plus gros gain": the first two, the second among them
        return nth
    for word, value in NUMBER_WORDS.items():
        if re.search(rf"\b(les|des|top) {word}\b(?! (qualifications?|familles?|profils?|axes?|classements?))|\b{word} (premiers|derniers|metiers|plus|moins)\b", text):
            return value
    return None


def _nth(text: str) -> int | None:
    """ "le deuxième plus gros gain", "le 3e plus exposé": that place of the ranking."""
    ordinal = re.search(r"\b(deuxieme|second|troisieme|quatrieme|cinquieme|[2-9] ?(?=e\b|eme\b))(?:e|eme)? (plus|meilleur|gain|recul|metier)", text) or re.search(
        # "le troisième qui a le plus gagné ?", "le 2e à avoir le plus perdu"
        r"\b(?:le|la) (deuxieme|second|seconde|troisieme|quatrieme|cinquieme|[2-9] ?(?=e\b|eme\b))(?:e|eme)? (?:qui|a avoir|ayant)\b.*\ble (?:plus|moins)\b", text)
    if not ordinal:
        return None
    return {"deuxieme": 2, "second": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5}.get(ordinal[1]) or int(ordinal[1].strip())


def _position(text: str) -> int | None:
    match = re.search(r"\b(?:est|arrive|classe|se classe|sont)\s+(?:le |la |en )?(\d{1,2})\s*(?:e|eme|er|ere)\b|\bnumero (\d{1,2})\b|\b(\d{1,2})\s*(?:e|eme) (?:chez|selon|du classement|place|position)"
                      # "c'est qui le 57e ?", "et le 12e c'est qui chez les experts ?"
                      # (not "c'est qui le 1er ?": the most exposed, read as such)
                      r"|\b(?:c est|qui c est|c etait) qui (?:le |la )?(\d{2}|[2-9])\s*(?:e|eme)\b|\b(?:le|la) (\d{2}|[2-9])\s*(?:e|eme) (?:c est|c etait) (?:qui|lequel|laquelle|quel metier)\b"
                      # "le 10e experts", "le 10e PwC c'est qui déjà ?": a place of one qualification's ranking
                      r"|^(?:et |ok |alors |donc )?(?:le|la) (\d{2}|[2-9])\s*(?:e|eme) (?:chez |selon |cote |des |pour )?(?:les )?(?:pwc|experts?)\b", text)
    if match:
        return int(next(g for g in match.groups() if g))
    return None


def _profile(text: str) -> tuple[str | None, bool]:
    for pattern, label in PROFILES:
        found = re.search(rf"\b({pattern})", text)
        if found:
            before = text[: found.start()]
            negated = bool(re.search(r"\b(ne|n) (sont|est) pas (des |classes? |en )?$|\bpas (en |des )?$|\bnon $|\bhors $|\bsauf (les )?$", before[-30:]))
            if label.startswith("Non impacté") and re.search(r"\bpas $", before[-5:]):
                negated = False  # "pas impacté" is the profile's own wording
            return label, negated
    return None, False


def _core(text: str) -> bool | None:
    if not re.search(r"\bcoeurs?\b|\bcore\b", text):
        return None
    if re.search(r"\b(non|pas|hors|sauf|ne sont pas|n est pas|not|non des) (des |les |un |une |de |metiers? )?(metiers? )?(coeurs?|core)\b", text):
        return False
    return True


def _score_bounds(raw: str, text: str) -> dict:
    scores = [float(f"{m[1]}.{m[2]:0<2}") for m in re.finditer(r"\b([01])[,.](\d{1,2})\b", raw)]
    if not scores:
        return {}
    if len(scores) >= 2 and re.search(r"\bentre\b", text):
        return {"score_min": min(scores), "score_max": max(scores)}
    value = scores[0]
    if re.search(r"\bau moins\b|\bsuperieur\w* ou egal|\b>=|\bou plus\b|\bet plus\b", raw.lower() + " " + text):
        return {"score_min": value}
    if re.search(r"\bau plus\b|\binferieur\w* ou egal|\b<=|\bou moins\b|\bet moins\b", raw.lower() + " " + text):
        return {"score_max": value}
    if re.search(r"\bsuperieur\w*|\bplus de\b|\bau dessus\b|\bdepass\w*|\bplus (grand|eleve)\w*|\bover\b|\babove\b|>", raw.lower() + " " + text):
        return {"score_min": value, "score_above": True}
    if re.search(r"\binferieur\w*|\bmoins de\b|\ben dessous\b|\bsous\b|\bplus (petit|faible|bas)\w*|\bunder\b|\bbelow\b|<", raw.lower() + " " + text):
        return {"score_max": value, "score_below": True}
    if re.search(r"\bexactement\b|\bont (un score de )?\b|\b(a|de|egal a)\b|\bc est qui\b|\bqui (est|a|c est)\b|\blesquels?\b|\bquels? metiers?\b", text):
        return {"score_min": value, "score_max": value}
    return {}


def _transition(text: str) -> tuple[str, str] | None:
    """ "sortis de « non impacté » pour passer « en évolution »": from one profile (PwC) to another (experts)."""
    if not re.search(r"\bpass\w*|\bbascul\w*|\bsorti\w*|\bdevien\w*|\bvers\b", text):
        return None
    found = sorted((m.start(), label) for pattern, label in PROFILES for m in re.finditer(rf"\b({pattern})", text))
    labels = list(dict.fromkeys(label for _, label in found))
    return (labels[0], labels[1]) if len(labels) == 2 else None


def qualification(text: str) -> Literal["pwc", "expert", "both"]:
    expert = _has(text, r"\bexperts?\b", r"representants? metier", r"reevalu", r"requalif", r"\bateliers?\b")
    pwc = _has(text, r"\bpwc\b", r"qualification initiale", r"\bsocle\b")
    return "expert" if expert and not pwc else "pwc" if pwc and not expert else "both"


@dataclass
class Slots:
    """What a message says about a set of jobs, read once; the decisions below only look at it."""

    question: str
    text: str  # folded
    jobs: list[str]  # named in full or resolved in this message
    families: list[str]
    excluded: list[str]
    profile: str | None
    negated: bool
    transition: tuple[str, str] | None
    core: bool | None
    bounds: dict
    moved: str | None
    measure: str
    most: bool
    least: bool
    moves: bool  # "le plus bougé": places either way
    n: int | None
    position: int | None
    counting: bool
    listing: bool
    ranking: bool
    own_family: bool
    summary: Literal["mean", "spread"] | None = None  # the set's mean score, or the gap between its first and last

    @property
    def asks_set(self) -> bool:
        return self.counting or self.listing or self.ranking or self.position is not None or self.measure != "score" or self.summary is not None

    @property
    def slots(self) -> bool:
        return bool(self.families or self.excluded or self.profile or self.core is not None or self.bounds or self.moved or self.own_family)


TITLE_STOP = frozenset({"de", "du", "des", "d", "et", "la", "le", "les", "l", "en", "a"})

# a person's title, whose adjective may be a family's word ("le directeur financier", "un ingénieur informatique")
PERSON_TITLE = (r"\b(le|la|un|une|du|de la) (directeur|directrice|responsable|chef|cheffe|agent|technicien\w*|employe\w*|ingenieur\w*|analyste|consultante?|conseiller\w*)"
                r" (financier\w*|informatique|juridique|commercial\w*|marketing|medical\w*|rh|comptable|qualite|data|digital|numerique|des ressources humaines)\b")
# "de quelles familles", "dans quelle famille", "par famille", said of jobs already given ("ils", "ces métiers")
FAMILIES_OF = r"\b(quelles?|quel) familles?\b|\bpar familles?\b|\bfamilles? (d origine|respectives?)\b"
THEY = r"\b(ils|elles|eux|ces metiers|ceux ci|celles ci|leurs?|viennent|appartiennent)\b"


def set_shown(last: Plan) -> SetAsk | None:
    """The set of jobs a reading showed, for a turn that refers to it: its own set, the jobs that changed profile,
    or the jobs of the profile it counted."""
    if last.intent == "changes":
        return SetAsk(query=JobQuery(filter=JobFilter(moved="profile_changed")))
    if last.intent in ("stats", "profiles") and last.profile:
        return SetAsk(query=JobQuery(filter=JobFilter(profile=last.profile)), both=True)
    if last.intent == "methodology" and last.topic == "core":  # "c'est quoi un métier cœur ?" then "il y en a combien ?"
        return SetAsk(query=JobQuery(filter=JobFilter(core=True)))
    if last.intent == "handout" and (last.jobs or (last.core and not last.family)):
        # "tableau des 10 métiers cœur à distribuer", then "lequel est le moins exposé chez les experts ?": the jobs printed
        f = JobFilter(job_ids=list(last.jobs)) if last.jobs else JobFilter(core=True)
        return SetAsk(query=JobQuery(filter=f), both=True)
    if last.intent == "ranking" and not last.family and (last.core is not None or last.profile):
        # "c'est quoi les 10 métiers cœur ?" (the planner's ranking), then "parmi eux, lesquels …": the jobs it ranked
        which = last.qualification if last.qualification != "both" else "pwc"
        query = JobQuery(filter=JobFilter(core=last.core, profile=last.profile), qualification=which, order="least" if last.bottom else "most", n=last.n)
        return SetAsk(query=query, outputs=["rank"], both=last.qualification == "both")
    return last.set_ask if last.intent in ("query", "shown_claim") else None


class SetReader:
    """Reads a question about a set of jobs into a ``SetAsk``, or returns None."""

    def __init__(self, families: FamilyReader):
        self.families = families

    def read(self, question: str, conversation: Conversation, plan: Plan, jobs: list[str]) -> SetAsk | None:
        ask = self._read(question, conversation, plan, jobs)
        text = fold(question)
        if ask is not None and ask.query.n == 5 and len(conversation.jobs) == 1 and not re.search(r"\d|\b(deux|trois|quatre|cinq)\b", text) and re.search(
                r"\b(c est|c) (eux|elles)\b|\b(ils|elles) sont\b", text):
            # "c'est eux les moins exposés de tous ?" after the doctors' card: that job, claimed first or last
            ask = ask.model_copy(update={"query": ask.query.model_copy(update={"n": 1})})
        if ask is None or ask.members or "rank" not in ask.outputs or ask.query.measure != "score" or (ask.query.n or 1) != 1 or not yes_no(question):
            return ask
        # "donc c'est lui le plus exposé de tous selon les experts ?", "le plus exposé c'est moi ?": the job claimed
        # to lead, checked against the one that does
        text = fold(question)
        claimed = jobs[:1] if len(jobs) == 1 else []
        if not claimed and re.search(r"\b(c est|c) (lui|elle|eux|elles)\b|\b(il|elle) est\b|\b(ils|elles) sont\b", text):
            claimed = conversation.jobs[:1]
        if not claimed and len(conversation.jobs) == 1 and re.match(r"(et |donc |alors |du coup )?(c est|c|ca en fait|ca fait) (donc |alors |du coup )?(le|la) (metier )?(plus|moins)\b", text):
            claimed = conversation.jobs[:1]  # "c'est le plus exposé de tous alors ?" after that job's card
        if not claimed and re.search(r"\b(c est|c) moi\b|\bje suis\b", text):
            claimed = conversation.mine()
        if not claimed:
            return ask
        last = conversation.last
        if qualification(text) == "both" and last is not None and last.qualification in ("pwc", "expert"):
            # "et chez les experts ?" then "c'est le plus exposé de tous alors ?": in the qualification in view
            return ask.model_copy(update={"members": claimed, "both": False, "query": ask.query.model_copy(update={"qualification": last.qualification})})
        return ask.model_copy(update={"members": claimed})

    def _read(self, question: str, conversation: Conversation, plan: Plan, jobs: list[str]) -> SetAsk | None:
        text = fold(question)
        if plan.intent in ("refusal", "empty", "out_of_scope", "audit", "thanks"):
            return None
        last = conversation.last
        previous = set_shown(last) if last is not None else None  # its set, the jobs that changed profile, a profile's jobs
        listed = conversation.listed
        if (previous is None and last is not None and last.intent == "job" and last.topic == "place" and listed is not None and listed.set_ask is not None
                and re.match(r"(et |mais |donc |alors )?combien (sont|y en a|d entre eux|parmi eux|en tout sont)\b", text)):
            previous = listed.set_ask  # "le 3e ?", "et l'avant-dernier ?", then "combien sont en forte transfo ?": of that list
            if previous.query.n and listed.jobs:  # a top N: those N rows, not the whole ranking
                previous = previous.model_copy(update={"query": previous.query.model_copy(update={"filter": JobFilter(job_ids=list(listed.jobs)), "n": None, "position": None})})
        early = (
            self._families_of_the_set_in_view(text, jobs, conversation)
            or self._about_a_pair(question, text, jobs, conversation)
            or self._about_families(text, jobs, previous)
        )
        if early is not None:
            return early
        s = self._slots(question, text, jobs, conversation, previous)
        loose, _ = self.families.codes(question, loose=True)
        # (not "et le directeur financier ?": a person's title, absent from the study, whose word is also a family's)
        if loose and not s.families and not jobs and len(text.split()) <= 6 and plan.intent in ("retrieval", "absent_job", "ambiguous_job") and not first_person(text) and not re.search(PERSON_TITLE, text):
            s.families, s.listing = loose, True  # "le médical, ça donne quoi ?": that family's jobs
        leader = self._leader_claimed_in_the_set_in_view(s, previous)
        if leader is not None:
            return leader
        if (previous is not None and "rank" in previous.outputs and (previous.query.n or 1) == 1 and previous.query.measure == "score"
                and len(s.jobs) == 1 and re.search(r"\b(c est|ce n est|ce serait|c etait) (pas )?plutot\b", text) and "?" in question):
            # "c'est pas plutôt le chargé d'assistance ?" after the least exposed of a set: that job claimed to lead it
            return previous.model_copy(update={"members": list(s.jobs)})
        if re.search(r"\b(des|les) (boites|entreprises|societes|repondants|structures|assisteurs)\b", text) and not (s.families or s.core is not None):
            return None  # "plus des deux tiers des boîtes ont déjà l'IA ?": the companies surveyed, not the jobs
        if s.families and jobs and not (s.profile or s.core is not None or s.bounds or s.moved) and re.search(r"\b(a part|sauf|hormis|en dehors (de|des|du)|autres? que)\b", text) and re.search(
                r"\b(qui d autre|quels? autres?|(il )?y a qui|les autres|d autres)\b", text):
            # "y a qui d'autre dans activités médicales à part infirmier et médecin ?": the family without them
            return SetAsk(query=JobQuery(filter=JobFilter(families=s.families, exclude_job_ids=jobs)), outputs=["list"], family_named=True)
        others = re.search(r"\bqui d autre\b|\bquels? autres?( metiers)?\b|\bd autres metiers\b", text)
        # (after two jobs talked about; after a family listed, "qui d'autre dedans ?" is read below with the job in view)
        last = conversation.last
        pair_in_view = last is not None and not (last.set_ask is not None and last.set_ask.query.filter.families) and (
            last.set_ask is None or last.set_ask.outputs == ["same"] or last.intent == "shown_claim")
        talked = [j for j in conversation.pair() if j] if others and not jobs and pair_in_view else []
        if others and talked and not (s.profile or s.core is not None or s.bounds or s.moved or s.most or s.least or s.counting):
            # "qui d'autre dans cette famille ?" after two jobs of it: the family without them
            families = s.families or ([self.families.family_of(talked[0])] if re.search(r"\b(cette|la|leur|sa|notre|ma|meme) famille\b", text) else [])
            kept = [j for j in talked if families and self.families.family_of(j) in families]
            if families and kept:
                return SetAsk(query=JobQuery(filter=JobFilter(families=families, exclude_job_ids=kept)), outputs=["list"], family_named=True)
        if self._not_about_a_set(s, plan, conversation):
            return None
        for decide in (self._rank_named_jobs, self._share_claim, self._all_claim, self._follow_up):
            ask = decide(s, conversation, previous)
            if ask is not None:
                return ask
        if not s.slots and not s.asks_set:
            return None
        # ("donc je remonte de combien de places ?": the speaker's own move)
        if re.search(r"\bje suis\b|\bmon (metier|poste|score|job)\b|\bje (remonte|monte|gagne|perds?|descends?|recule|baisse|grimpe)\b", text) and not (
            s.most or s.least or s.n or (s.families and s.listing) or (s.counting and not re.search(r"\bde combien\b", text))
        ):
            return None  # "garagiste agréé : je suis dans le classement ?" is about the speaker's job
        if s.slots and not s.asks_set and len(text.split()) > 8 and plan.intent not in ("ranking", "stats", "changes") and not (
                s.families and re.match(r"(les )?(metiers|postes|jobs) (de|dans) la famille\b", text)):
            return None  # "qu'est-ce qui est ressorti des ateliers des fonctions cœur ?" is not a list of jobs
        if not s.slots:
            return self._without_slots(s, plan, conversation)
        ask = self._build(s, plan)
        listed = conversation.listed
        if ask is not None and listed is not None and len(listed.jobs) >= 2 and re.search(r"\b(de|dans) (ce|cette) (top|liste)\b|\bde la liste\b", text):
            # "c'est le seul métier cœur de ce top 5 ?": within the jobs the last list showed
            within = ask.query.filter.model_copy(update={"job_ids": list(listed.jobs)})
            ask = ask.model_copy(update={"query": ask.query.model_copy(update={"filter": within, "qualification": listed.qualification if listed.qualification != "both" else ask.query.qualification})})
        return ask

    # -- reading the slots ----------------------------------------------------------------------------------
    def _slots(self, question: str, text: str, jobs: list[str], conversation: Conversation, previous: SetAsk | None) -> Slots:
        # "En tant que RH, …": who asks, not the family asked about; "de toute l'étude": no family at all
        question = re.sub(r"(?i)^\s*en tant que (\w+)( \w+)?\s*(,|(?=\s+(je|j'|j’|on|nous)\b))", " ", question)
        # "les RH doivent faire quoi ?": who acts, not the family asked about
        question = re.sub(r"(?i)\b(les |la |nos |vos )?(rh|drh|ressources humaines)\s+(doi\w+|devr\w+|peu\w+|pourr\w+|f[oa]\w+|va\w*|vont|ont|a)\s+(faire|mettre|prevoir|prévoir|agir|a faire|à faire|quoi)\b", " qu'est-ce qu'il faut faire ", question)
        whole = re.search(r"\bde toute l etude\b|\btous metiers confondus\b", text)
        families, excluded = ([], []) if whole else self.families.codes(question, loose=True)
        if families and not self.families.codes(question)[0] and re.search(PERSON_TITLE, text):
            families = []  # "le directeur financier, il est exposé ?": a title the study lacks, not family 11
        family_words = families  # the words alone, before a named job narrows them
        # a job named in full, or by one of its " / " names ("data analyst")
        titled = any(f" {fold(part)} " in f" {text} " for j in jobs for part in [self.families.title(j), *self.families.title(j).split(" / ")])
        set_cue = _has(text, MOST) or _has(text, LEAST) or _has(text, COUNT) or _has(text, LIST) or bool(re.search(r"\bclassement\b", text))
        # (not "gestionnaire paie et admin du personnel": three words of one title name that job)
        worded = any(len(set(tokens(self.families.title(j))) & set(tokens(question)) - TITLE_STOP) >= 3 for j in jobs)
        if jobs and families and not titled and not worded and (re.search(GROUP_WORDS, text) or set_cue) and all(self.families.family_of(j) in families for j in jobs):
            jobs = []  # "les métiers commerciaux / marketing / communication": a family, not its jobs one by one
        elif jobs and not whole:
            families, excluded = self.families.codes(question, loose=False)
        outside = not (families or excluded) and re.search(r"\b(hors|en dehors) (de )?(cette|ma|sa|son|notre) (famille|filiere)\b", text)
        if outside:
            # "et les émergents hors de cette famille ?": the family in view, left out ("ma famille": the speaker's job's)
            job = (conversation.mine() if outside[3] in ("ma", "notre") else conversation.jobs)[:1]
            excluded = list(previous.query.filter.families) if outside[3] == "cette" and previous is not None and previous.query.filter.families else (
                [self.families.family_of(job[0])] if job else [])
            text = text.replace(outside[0], " ")  # not also "ma famille", the set itself
        profile, negated = _profile(text)
        places_before = previous is not None and previous.query.measure in ("places", "moves")
        if places_before and re.search(r"\ben (a|ont)\b.*\b(perdu|gagne)|\ben (perd|perdent|gagne|gagnent)\b", text):
            text = text + " places"  # "et qui en a perdu le plus ?" after the places gained: "en" is places
        elif places_before and not _has(text, POINTS) and not re.search(r"\bscores?\b", text):
            # "et celui qui a le plus baissé ?" after the places: still places, the other way
            text = re.sub(r"\b(baisse|descendu|recule)\b", "perdu des places", text)
            text = re.sub(r"\b(monte|augmente|progresse)\b", "gagne des places", text)
        other_way = re.search(r"\b(dans l autre sens|a l inverse|l inverse|dans le sens inverse|l oppose)\b", text)
        if previous is not None and other_way and previous.query.measure in ("places", "moves", "points"):
            # "et dans l'autre sens ?": the other way round
            text = text + (" perdu le plus de places" if previous.query.filter.moved != "down" else " gagne le plus de places")
        elif previous is not None and other_way and "rank" in previous.outputs:  # the other end of the same ranking
            text = text + (" le moins expose" if previous.query.order != "least" else " le plus expose")
        moved = self._moved(text)
        measure = "places" if moved in ("up", "down") or (moved is None and _has(text, PLACES_UP, PLACES_DOWN)) else "score"
        if _has(text, POINTS) and not _has(text, r"\bplaces?\b"):
            measure = "points"
        if measure == "places" and re.search(r"\b(le|leur|son|quel|quels) scores?\b|\bscores? (qui|a|ont)\b", text) and not re.search(r"\b(places?|rangs?|positions?|classement)\b", text):
            measure = "points"  # "quel score monte le plus ?": the score's rise, not the places it gained
        if re.search(r"\ben score\b", text) and re.search(r"\bpas en places\b|\bplutot qu en places\b", text):
            measure = "points"  # "le plus progressé en score (pas en places)"
        if moved in ("score_up", "score_down") and re.search(r"\b(le|les) plus\b", text) and measure == "score":
            measure = "points"  # "quels métiers ont le plus baissé ?": the biggest changes of score first
        most, least = _has(text, MOST), _has(text, LEAST)
        if re.search(r"\bplus ou (le |la |les )?moins\b|\bmoins ou (le |la |les )?plus\b", text):
            most = least = True  # "une position 1 veut dire le plus ou le moins exposé ?": both ends
        whole = False
        whole_order = re.search(r"\bdu (plus|moins)( \w+)? (au|jusqu au) (plus|moins)\b|\bclassement\b|\bdans l ordre\b|\bclasse[rz]?( moi)? les\b|\bordonne\w*", text)
        if whole_order and (families or _core(text) is not None or profile) and not re.search(r"\b(top|premiers?|derniers?)\b|\d", text):
            # "famille opérations d'assistance : du plus au moins exposé", "le médical, c'est quoi le classement ?": all of it, in order
            ascending = bool(re.search(r"\bdu moins\b", text))
            most, least, whole = not ascending, ascending, True
        n = 58 if whole else _number(text)  # the whole set in order: as many as it holds
        counting, listing = _has(text, COUNT), _has(text, LIST)
        counting = counting or bool(re.match(r"\s*(le |la )?%|\s*pourcentage\b", question.lower()))  # "% des métiers 'en évolution' ?"
        if re.search(r"\b(le|la) (plus|moins)\b.*\bet (de )?combien( de places| de points)?$", text):
            counting = False  # "quel métier perd le plus de places, et combien ?": how many places, said with the job
        moves = bool(re.search(r"\ble plus (bouge|change|varie|evolue)\b|\b(bouge|change|varie|evolue)\w* le plus\b", text))
        if moves and (measure == "score" or moved is None):  # "qui a bougé le plus ?", "a le plus bougé": places, either way
            measure, most = "moves", True
        # ("je suis à la DRH, nos métiers RH ?": where the person works, then the family asked about)
        # ("tu peux me sortir les métiers RH ?": a request, not the speaker's job)
        requested = re.sub(r"\bje suis (a|au|aux|dans|chez) (la |le |l )?\w+|\b(me|m) (sortir|donner|montrer|lister|faire|mettre|envoyer|preparer|dire|rappeler)\b|\bil (me|nous) faut\b", " ", text)
        speaks_of_self = first_person(requested) and not re.search(r"\bfamille\b", text)
        # "la famille management est-elle impactée ?", "la famille médicale s'en sort comment ?", "vous avez quoi sur
        # les métiers RH ?", "sors-moi les métiers RH avec leurs scores": its jobs and their scores
        family_asked = (
            r"\b(impact\w*|expos\w*|expo|touch\w*|concern\w*|menac\w*)\b|\bs en sort\w*|\bca donne quoi\b|\b(avez|as) quoi sur\b|\bquoi sur (les metiers|la famille)\b|\b(avec|et) (leurs?|les|ses|son) (scores?|notes?)\b"
            r"|\b(sors|sortir|sort)( moi| nous)? (la|les)\b|\bje veux (la|les)\b|\bil (me|nous) faut (la|les)\b|\bc est qui\b|\b(en sont|en est) ou\b|\b(cartographie|panorama|etat des lieux)\b"
            r"|\b(y a|il y a|ya) qui\b|\b(y a|il y a|ya) quoi (dedans|la dedans|comme metiers)\b|\b(qui|quoi) (est|sont|il y a|y a) dedans\b|\b(compose|composee|contient|comprend|regroupe)\b"  # "la famille X, y a qui dedans ?"
        )
        if family_words and re.search(family_asked, text) and not (most or least or speaks_of_self):
            listing = True
        if family_words and previous is not None and previous.family_named and re.match(r"^(et )?(ceux|celles|les metiers)? ?(du|de la|des|de l|en)\b", text):
            listing = True  # "et ceux du médical ?" after a family's jobs
        # "les 10 métiers cœur" name a set by its size: a list, not a top 10
        sized = n is not None and not re.search(r"\btop\b|\bpremiers?\b|\bderniers?\b|\bplus\b|\bmoins\b|\bclass\w*", text)
        ranking = _has(text, RANK) or most or least or (n is not None and not sized)
        if sized:
            n, listing = None, True
        if measure != "score" and re.search(r"\b(le|la|les) (plus|moins)\b|\bplus (gros|grosse|forte?|grande?)\w*|\bmax\w*", text):
            ranking = True  # "qui a gagné le plus de places", "la plus forte hausse": the biggest moves first
            most = most or not re.search(r"\b(le|la|les) moins\b", text)
        last_about_family = conversation.last is not None and re.search(r"\bfamilles?\b", fold(conversation.last.question))
        this_family = not families and (re.search(r"(?<!hors )(?<!hors de )\bcette famille\b", text) or re.search(WHOLE_FAMILY, text))
        same_family = not families and re.search(r"\b(metiers?|ceux|celles|autres|qui|collegues?|potes?|gens|postes?) (de|dans) la meme famille\b(?! que)", text)
        own_family = bool(re.search(r"\b(ma|notre|sa|son|leur) (famille|filiere)\b", text) or this_family or same_family) or bool(
            conversation.jobs and not families and re.search(r"\bde la famille\b|\bdans la famille\b", text) and not re.search(r"\bfamille\s*\d", text)
        ) or bool(conversation.jobs and not families and last_about_family and re.search(r"\bdedans\b|\bqui d autre\b|\belle (compte|regroupe|contient|comprend)\b", text)) or bool(
            conversation.jobs and re.fullmatch(r"(et )?(la|sa|leur|cette) famille( alors| du coup| aussi)?", text)  # "et la famille ?" after a job
        )
        if own_family and re.search(r"^(et )?(la|sa|leur|cette) famille\b|\bqui d autre\b|\b(les|d) autres\b|\bil y a qui\b|\bdedans\b|\b(sont|se situent|se placent|en sont) ou\b|\bou (sont|se situent|en sont)\b", text):
            listing = True  # "qui d'autre dans cette famille ?": its jobs
        # ("le score, c'est une moyenne ?" asks how it is made, not the mean of the scores)
        made = re.search(r"\b(c est|est ce|c) une moyenne\b|\b(sort|vient|calcule\w*) d ou\b|\bd ou (il |ca )?(sort|vient)\b", text)
        summary = "mean" if re.search(MEAN, text) and not made else "spread" if re.search(SPREAD, text) else None
        if summary:  # "le score moyen des métiers cœur", "quel écart entre le premier et le dernier ?"
            most = least = ranking = listing = False
            n = None
        s = Slots(
            question=question, text=text, jobs=jobs, families=families, excluded=excluded, profile=profile,
            negated=negated, transition=_transition(text), core=_core(text), bounds=_score_bounds(question, text),
            moved=moved, measure=measure, most=most, least=least, moves=moves,
            n=n, position=None if measure != "score" and _nth(text) else _position(text), counting=counting, listing=listing, ranking=ranking, own_family=own_family,
            summary=summary,
        )  # fmt: skip
        if s.families and not s.asks_set and not self.families.codes(question, loose=False)[0]:
            s.families = []  # "je suis data scientist": a family word alone is not a question about the family
        by_size = conversation.last is not None and not re.search(r"\b(coeur|emergent\w*|impact\w*|transfo\w*|evolution|expos\w*)\b", fold(conversation.last.question))
        if (this_family or re.search(r"\b(dedans|dans celle ci|dans celle la)\b", text)) and by_size and previous is not None and "families" in previous.outputs and previous.query.order in ("most", "least") and not previous.query.filter.families:
            # "laquelle a le plus de métiers ?" then "et dans cette famille, combien d'émergents ?": the family answered
            sizes = {code: len(family.jobs) for code, family in self.families.families.items()}
            end = (max if previous.query.order == "most" else min)(sizes.values())
            ends = [code for code, size in sizes.items() if size == end]
            if len(ends) == 1:
                if re.search(r"\b(hors|en dehors|sauf|pas)\b[^,]*\b(cette famille|dedans)\b", fold(question)):
                    s.families, s.excluded, s.own_family = [], ends, False  # "et les émergents en dehors de cette famille ?"
                else:
                    s.families, s.own_family = ends, False
                return s
        if not s.families and previous is not None and len(previous.query.filter.families) == 1 and re.search(r"\b(chez|parmi) nous\b", text):
            # "nous les RH" answered with the HR family, then "le plus exposé chez nous ?": that family
            s.families, s.own_family = list(previous.query.filter.families), False
            return s
        if s.own_family and conversation.jobs:  # "ma famille": the speaker's job's; "cette famille": the job in view's
            job = conversation.mine()[0] if re.search(r"\b(ma|notre|mes|nos)\b", text) else conversation.jobs[0]
            s.families = [self.families.family_of(job)]
        return s

    def _moved(self, text: str) -> str | None:
        if _has(text, PLACES_SAME):
            return "same"
        if _has(text, PROFILE_CHANGED):
            return "profile_changed"
        up, down = _has(text, PLACES_UP), _has(text, PLACES_DOWN)
        if up != down and re.search(r"\bquels?\b|\bcombien de metiers\b|\bcombien\b.*\bmetiers\b|\blesquels\b", text) and not re.search(r"\b(le|la) (plus|moins)\b", text):
            return "up" if up else "down"
        about_jobs = re.search(r"\bmetiers?\b|\bscores\b|^et\b|\b(lequel|laquelle|qui|quel score|quels scores)\b.*\ble plus\b|\b(lesquels|lesquelles|ceux|celles)\b.*\bleurs? scores?\b", text)  # "et le plus monté ?", "lequel baisse le plus ?"
        if _has(text, SCORE_UP) and not _has(text, SCORE_DOWN) and about_jobs:
            return "score_up"
        if _has(text, SCORE_DOWN) and not _has(text, SCORE_UP) and about_jobs:
            return "score_down"
        return None

    # -- the decisions, in order ----------------------------------------------------------------------------
    def _about_a_pair(self, question: str, text: str, jobs: list[str], conversation: Conversation) -> SetAsk | None:
        """ "les deux sont dans la même famille ?", "les deux sont des métiers cœur ?"."""
        same = next((key for key, pattern in SAME if re.search(pattern, text)), None)
        # ("les deux métiers du réseau …, lequel des deux ?": the two it names, not the first two of the list in view)
        pair = conversation.pair(text if not (jobs or self.families.codes(question, loose=True)[0]) else "")
        if re.search(r"\bl (un|une)\b.*\bcoeurs?\b.*\bl autre\b", text) and len(jobs) < 2 and len(pair) >= 2:
            # "donc l'un est cœur et pas l'autre ?": which of the two is
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=pair)), outputs=["all"], claimed_core=True, which=True)
        both_core = re.search(r"\b(les deux|tous les deux|les 2|ils|on)\b.*\b(metiers? )?(coeurs?|core)\b", text)
        if both_core and len(jobs) < 2 and len(pair) >= 2 and yes_no(question):
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=pair)), outputs=["all"], claimed_core=True)
        which_core = re.search(r"\b(lequel|laquelle|lesquels|qui)\b.*\b(coeurs?|core)\b", text) and re.search(r"\b(deux|trois|quatre|eux|les 2|les 3|les 4|d entre)\b", text)
        size = next((n for word, n in (("trois", 3), ("quatre", 4), ("3", 3), ("4", 4)) if re.search(rf"\b(des|les|ces) {word}\b", text)), 2)
        if which_core and len(jobs) < 2 and size > 2 and len(conversation.recent) >= size:  # "lequel des trois est cœur ?"
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=conversation.recent[:size])), outputs=["all"], claimed_core=True, which=True)
        if which_core and len(jobs) < 2 and len(pair) >= 2:  # "lequel des deux est cœur ?": the pair, core ones said
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=pair)), outputs=["all"], claimed_core=True, which=True)
        profile, negated = _profile(text)
        if profile and not negated and len(jobs) < 2 and len(pair) >= 2 and re.search(r"\b(les deux|tous les deux|les 2|toutes les deux)\b", text) and yes_no(question):
            # "les deux sont en forte transfo ?": each of the pair, in each qualification the user names
            which = qualification(text)
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=pair), qualification="pwc" if which == "both" else which),
                          outputs=["all"], both=which == "both", claimed_profile=profile)
        mine = conversation.mine()
        if same and len(jobs) == 1 and mine and mine[0] != jobs[0] and re.search(r"\b(on|nous|je|j)\b", text):
            # "on est dans la même famille que les infirmiers ?": the speaker's job and the one named
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=[mine[0], jobs[0]])), outputs=["same"], same=same)
        in_view = conversation.jobs[:1] or mine
        if same and len(jobs) == 1 and in_view and in_view[0] != jobs[0] and re.match(r"(et |donc |alors )?(c est |il est |elle est )?(la |de la |dans la )?meme (famille|profil|score|position|place) que\b", text):
            # "même famille que le médecin ?" after the nurse: the job in view and the one named
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=[in_view[0], jobs[0]])), outputs=["same"], same=same)
        # (or said bare after two jobs: "même famille ?", "la même famille alors ?")
        bare = re.fullmatch(r"(et |donc |alors )?(la |de la |dans la )?meme (famille|profil|score|position|place)( (alors|donc|aussi|non|du coup|qu eux|tous les deux|les deux))?", text)
        if same and len(jobs) < 2 and len(pair) >= 2 and (re.search(r"\b(deux|on|nous|ils|eux|tous)\b", text) or bare):
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=pair)), outputs=["same"], same=same)
        several = sum(bool(re.search(pattern, text)) for _, pattern in SAME) + bool(re.search(r"\bmeme (exposition|niveau)\b", text)) > 1 or re.search(r"\b(le plus|le moins|plus|moins) (touche|expose|impacte|concerne)\w*", text)
        if same and len(jobs) >= 2 and not several:  # "même famille, même profil ?" is the comparison's, aspect by aspect
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=jobs)), outputs=["same"], same=same)
        return None

    def same_first_in_the_other_qualification(self, question: str, jobs: list[str], conversation: Conversation) -> SetAsk | None:
        """ "c'est pareil chez les experts ?" after the most (or least) exposed of a set: is it the same job there."""
        text = fold(question)
        last = conversation.last
        previous = set_shown(last) if last is not None else None
        again = re.match(r"^(et |mais |donc )?((c est|ca reste|c est toujours|est ce que c est|est ce) )?(pareil|la meme chose|le meme|idem|toujours (lui|elle|le meme|la meme))\b", text)
        if jobs or not again or qualification(text) == "both" or last is None:
            return None
        if previous is not None and "rank" in previous.outputs and previous.query.n == 1 and previous.query.measure == "score":
            f, order = previous.query.filter, previous.query.order
        elif last.intent == "ranking" and last.n == 1:  # the planner's ranking ("c'est qui le plus exposé de ma famille ?")
            codes = [c for c, family in self.families.families.items() if family.name == last.family] if last.family else []
            f, order = JobFilter(families=codes, core=last.core), "least" if last.bottom else "most"
        else:
            return None
        return SetAsk(query=JobQuery(filter=f, order=order, n=1), outputs=["leader"], claimed_same=True, family_named=bool(f.families))

    def _families_of_the_set_in_view(self, text: str, jobs: list[str], conversation: Conversation) -> SetAsk | None:
        """ "ils viennent de quelles familles ?", "ils sont dans quelle famille ?": the jobs the last answer gave (a
        set, the profile changes, the jobs compared), grouped by family."""
        if jobs or not re.search(FAMILIES_OF, text) or not re.search(THEY, text) or self.families.codes(text, loose=True)[0]:
            return None
        shown = set_shown(conversation.last) if conversation.last is not None else None
        if shown is not None and not {"families", "families_compared", "share"} & set(shown.outputs):
            n = shown.query.n if "rank" in shown.outputs else None  # a top 5: those five; the 2nd: that one
            return SetAsk(query=shown.query.model_copy(update={"n": n}), outputs=["by_family"], both=shown.both)
        if len(conversation.jobs) >= 2:
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=list(conversation.jobs))), outputs=["by_family"])
        if len(conversation.recent) >= 2:  # "ils font partie de quelle famille ces deux-là ?" after two cards, one after the other
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=list(conversation.recent[:2]))), outputs=["by_family"])
        return None

    def _about_families(self, text: str, jobs: list[str], previous: SetAsk | None) -> SetAsk | None:
        """ "combien de familles ?", "la plus petite famille ?", "le numéro 1 change-t-il ?", "compare la famille RH
        et la famille SI"."""
        named, _ = self.families.codes(text, loose=True)
        if not named and not jobs and previous is not None and "families" in previous.outputs and previous.query.order == "table" and re.fullmatch(
                r"(et )?(c est )?(laquelle |quelle est )?(la|les) (plus|moins) (grosse|grande|petite|importante|nombreuse|fournie)s?( famille)?( (alors|du coup|de toutes))?", text):
            # "combien de familles ?" then "la plus grosse ?": the families by size
            return SetAsk(query=JobQuery(order="least" if re.search(r"\b(petite|moins)\b", text) else "most"), outputs=["families"])
        if not named and not jobs and not re.search(r"\b(le|la|les) (plus|moins)\b", text) and re.search(
                r"\b(dans|de|a) quel(le)?s? familles? (sont|se trouvent|se situent|appartiennent|viennent|se repartissent)\b|\bfamilles? (de|des) (ces|les) metiers\b", text):
            # "dans quelles familles sont les métiers cœur ?": that set's jobs, grouped by family
            core = bool(re.search(r"\bcoeurs?\b", text))
            label, negated = _profile(text)
            if core or label:
                f = JobFilter(core=True if core else None, profile=label, profile_negated=negated)
                return SetAsk(query=JobQuery(filter=f, qualification="expert" if re.search(r"\bexperts?\b", text) else "pwc"), outputs=["by_family"])
        compared = re.search(r"\b(compar\w*|vs|versus|contre|face a|differen\w*|ecart|(plus|moins) (exposes?|touches?|impactes?) que|par rapport|laquelle|(la|les) (plus|moins) exposee?s?)\b", text)
        if len(named) >= 2 and compared and (not jobs or re.search(r"\bfamilles?\b.*\bfamilles?\b|\bfamilles\b", text)):
            return SetAsk(query=JobQuery(filter=JobFilter(families=named)), outputs=["families_compared"])
        own = re.search(r"\b(ma|notre|sa|leur|son|cette) famille\b|\b(de|dans) la famille\b", text)
        if re.search(r"\bfamilles?\b", text) and not named and not own and (
            re.search(MEAN, text) or re.search(r"\bclass\w*|\bordre\b|\bpalmares\b|\b(la|les) plus expose\w*|\bcompar\w*", text)
        ):  # "classez les familles par score moyen": all of them, side by side
            codes = sorted(self.families.families)
            return SetAsk(query=JobQuery(filter=JobFilter(families=codes)), outputs=["families_compared"])
        sizes = re.search(r"\b(plus (petite|grande|grosse|nombreuse|representee|fournie)|moins de metiers|plus de metiers)\b.*\bfamilles?\b|\bfamilles?\b.*\b(plus (petite|grande|grosse|nombreuse|representee|fournie)|compte le (plus|moins)|plus de metiers|moins de metiers)", text)
        previous_families = previous is not None and "families" in previous.outputs
        # "combien de métiers par famille ?", "la répartition des métiers par famille": the families, each with its count
        per_family = re.search(r"\b(metiers|postes) (par|dans chaque|pour chaque|de chaque) famille\b|\b(repartition|decompte|nombre) (des metiers |de metiers )?par famille\b", text)
        if per_family and not named and not jobs and not own and not re.search(r"\b(forte|evolution|emergent\w*|impacte\w*|negligeable\w*|coeurs?|core|gagn\w*|perd\w*|mont\w*|baiss\w*|score)\b", text):
            return SetAsk(query=JobQuery(), outputs=["families"])
        if (re.search(r"\bfamilles\b", text) and (_has(text, COUNT) or _has(text, LIST) or re.search(r"\b\d+ familles\b", text))) or sizes or (
            previous_families and re.search(r"\b(laquelle|lesquelles|plus (petite|grande)|le plus|le moins)\b", text)
        ):
            order = "least" if re.search(r"\bplus petite\b|\bmoins\b", text) else "most" if re.search(r"\bplus (grande|grosse|nombreuse|representee|fournie)|\ble plus\b|\bplus de\b", text) else "table"
            in_view = previous.query.filter.families if previous is not None else []
            if order != "table" and not named and len(in_view) == 1 and re.match(r"(et |donc |alors )?(c est|elle est|c etait)\b(?! (quoi|qui|laquelle|quelle))", text):
                # "c'est la famille la plus nombreuse ?" after one family's jobs: that family claimed the largest
                return SetAsk(query=JobQuery(order=order, filter=JobFilter(families=in_view)), outputs=["families"])
            label, negated = _profile(text)
            core = True if re.search(r"\bcoeurs?\b", text) else None
            if (label or core) and order != "table" and not previous_families:
                # "quelle famille a le plus de métiers cœur ?", "… le plus d'émergents ?": counted among those jobs
                which = "expert" if re.search(r"\bexperts?\b", text) else "pwc"
                f = JobFilter(core=core, profile=label, profile_negated=negated)
                return SetAsk(query=JobQuery(order=order, filter=f, qualification=which), outputs=["families"])
            return SetAsk(query=JobQuery(order=order), outputs=["families"])
        if re.search(r"\b(numero (1|un)|premier|la tete|en tete)\b", text) and re.search(r"\bchang\w*|\breste\w*|\bmeme\b|\bbouge\w*", text) and not jobs:
            return SetAsk(query=JobQuery(n=1, order="most"), outputs=["leader"])
        return None

    def _leader_claimed_in_the_set_in_view(self, s: Slots, previous: SetAsk | None) -> SetAsk | None:
        """ "le plus exposé c'est la paie c'est ça ?" after the HR jobs: the first of that family, not of all 58 (the
        job named is checked against it by ``read``)."""
        if previous is None or len(s.jobs) != 1 or not (s.most or s.least) or (s.most and s.least) or not yes_no(s.question):
            return None
        f = previous.query.filter
        held = (f.families and self.families.family_of(s.jobs[0]) in f.families) or (f.job_ids and s.jobs[0] in f.job_ids)
        if not held or s.families or s.profile or s.core is not None or re.search(r"\bde tous\b|\bdes 58\b|\bde l etude\b|\btout court\b|\bdu classement\b|\bfamilles?\b", s.text):
            return None
        which = qualification(s.text)
        query = previous.query.model_copy(update={
            "filter": JobFilter(families=f.families, job_ids=f.job_ids), "n": 1, "position": None, "measure": "score",
            "order": "least" if s.least else "most", "qualification": previous.query.qualification if which == "both" else which,
        })
        return SetAsk(query=query, outputs=["rank"], both=which == "both" and previous.both, family_named=previous.family_named)

    def _not_about_a_set(self, s: Slots, plan: Plan, conversation: Conversation) -> bool:
        """Questions that name a set but ask something else: a definition, a recommendation, one job."""
        text = s.text
        if plan.intent == "changes" and s.moved == "profile_changed" and not (s.families or s.excluded or s.profile or s.core is not None or s.bounds or s.counting):
            return True  # the changes answer says which jobs change profile, with what the study says of it
        if re.search(r"\b(definit|definissent|definition|decrit|decrivent|caracteris\w*)\b", text) and not (s.counting or s.most or s.least or s.n or re.search(r"\bquels\b|\blesquels\b|\bliste\b", text)):
            return True  # "comment l'étude définit-elle les métiers « en évolution » ?": the definition, not the list
        if _has(text, DEFINE) and not (s.counting or s.most or s.least or s.n or (s.families and s.listing) or re.search(r"\bquels\b|\blesquels\b|\bliste\b|\bles (metiers|postes|emplois)\b", text)
                                      or re.match(r"(et )?(les|tous les) (\w+ )?autres\b", text)):  # ("les autres c'est quoi leur profil ?")
            return True  # "c'est quoi un métier en forte transformation ?" asks for the definition
        if re.search(r"\bvers quels? (metiers|postes|fonctions)\b|\bfaire evoluer\b|\breconver\w*|\bpasserelles?\b", text):
            return True  # "vers quels métiers les faire évoluer ?" asks for the transitions the study recommends
        if re.search(r"\b(requalifi\w*|reevalu\w*|revu\w*)\b", text) and not (
            s.profile or s.moved or s.counting or s.families or s.most or s.least or s.measure != "score"
        ):
            return True  # "les experts ont requalifié quels métiers ?" asks about the method
        if re.search(r"\b(les|des|ses) (\d+|deux|trois|quatre|cinq|six) (phases|etapes|axes|actions|niveaux|profils|categories|enseignements|sections|livrables|criteres|volets)\b", text):
            return True  # "les 3 phases de l'étude" are not three jobs
        if re.match(r"^(et )?(qu est ce qui|qu est ce que|what)\b", text) and not (s.families or s.core is not None or s.profile):
            return True  # "qu'est-ce qui est le plus exposé dans notre travail ?" asks what, not which jobs
        if re.search(r"\b(dois|doit|faut|faudrait|devons|devrai\w*|devrions)\b.*\b(accompagn\w*|former|reconver\w*|prioris\w*)\b", text):
            return True  # "quels métiers dois-je accompagner en priorité ?" asks what the study recommends
        if re.search(r"\bactions? prioritaires?\b|\bpreconisations?\b|\brecommandations?\b|\baxes?\b", text):
            return True  # "lesquelles des 6 actions prioritaires concernent les équipes RH ?"
        if _has(text, RECOMMEND) and not (s.counting or s.listing):
            return True  # "les actions RH pour les métiers les plus exposés" asks for recommendations
        if re.search(r"\bcombien (de |d )(formations?|salaries|personnes|entreprises|boites|societes|euros|heures|jours|outils|licences|repondants|"
                     r"collaborateurs|employes|gens|agents|sessions|modules|cours|budgets?)\b", text):
            return True  # "l'opco finance combien de formations IA par an ?" counts no jobs (though "finance" names a family)
        if s.own_family and not conversation.jobs:
            return True
        return bool(s.jobs and not s.own_family and not (len(s.jobs) >= 2 and (s.most or s.least) and plan.intent in ("compare", "job", "ranking")))

    def _rank_named_jobs(self, s: Slots, conversation: Conversation, previous: SetAsk | None) -> SetAsk | None:
        """ "entre l'infirmier et le médecin, lequel est le plus exposé ?"."""
        if not (s.jobs and not s.own_family):
            return None
        ask = self._ask(JobFilter(job_ids=s.jobs), s.text, "places" if s.measure == "points" else s.measure, s.most, s.least, None, None, ["rank"])
        claim = re.search(r"\b(plus|moins) (expose|impacte|touche|concerne|menace)\w* que\b", s.text)
        if claim and yes_no(s.question) and len(s.jobs) == 2:  # "le juriste est-il plus exposé que l'auditeur ?"
            named = sorted(s.jobs, key=lambda j: self._mentioned_at(s.text, j))  # the first named is the claim's subject
            ask = ask.model_copy(
                update={
                    "claimed_order": "most" if claim[1] == "plus" else "least",
                    "query": ask.query.model_copy(update={"filter": JobFilter(job_ids=named)}),
                }
            )
        return ask

    def _mentioned_at(self, text: str, job_id: str) -> int:
        """Where a job is first named in the message: its title, or its most specific word."""
        title = fold(self.families.title(job_id))
        for form in (title, title.removesuffix(" d assistance")):
            if f" {form} " in f" {text} ":
                return f" {text} ".index(f" {form} ")
        words = [w for w in title.split() if len(w) > 3 and w not in ("charge", "assistance", "gestionnaire", "manager")]
        found = [m.start() for w in words for m in re.finditer(rf"\b{w[:5]}", text)]
        return min(found, default=len(text))

    def _share_claim(self, s: Slots, conversation: Conversation, previous: SetAsk | None) -> SetAsk | None:
        """ "donc 58 % des métiers sont en évolution ?"."""
        percent = re.search(r"\b(\d{1,3})(?:[,.](\d))?\s*(?:%|pour ?cent)", s.question)
        fraction = next((value for words, value in FRACTIONS.items()
                         if re.search(rf"\b{words} (des|de ces|d entre eux|du total)\b", s.text) or (re.match(FOLLOW, s.text) and re.search(rf"\b{words}\b", s.text))), None)
        if fraction is not None and not percent:  # "la moitié des métiers sont en forte transformation ?"
            percent = (None, str(fraction), None)
        last = conversation.last
        if percent and not s.profile and re.match(FOLLOW, s.text) and last is not None:
            # "et chez les experts c'est 60 % ?" after "57 % en évolution selon PwC ?": the same profile
            s.profile = (last.set_ask.query.filter.profile if last.set_ask is not None else None) or last.profile
        if not (percent and s.profile and not s.negated and not (s.families or s.excluded or s.core is not None or s.bounds)):
            return None
        which = qualification(s.text)
        return SetAsk(
            query=JobQuery(filter=JobFilter(profile=s.profile), qualification="pwc" if which == "both" else which),
            outputs=["share"],  # (a share of jobs: "des boîtes", "des répondants" are the survey's, see ``_read``)
            both=which == "both",
            claimed_share=float(percent[1] + ("." + percent[2] if percent[2] else "")),
        )

    def _set_named_by_its_size(self, s: Slots, shown: list[str], previous: SetAsk | None, asked: list[Plan] | None = None) -> SetAsk | None:
        """ "le moins exposé des 10 ?", "combien de ces 10 sont en forte transfo ?": the set in view of that size (the
        jobs shown, or the set before the profile that narrowed it: the core jobs, a family)."""
        sized = re.search(r"\b(?:des|de ces|parmi (?:les|ces)|ces|sur ces) (\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b"
                          r"(?! (?:premiers?|derniers?|plus|moins|places?|points?|autres?|familles?|axes?|actions?))", s.text)
        if sized is None or previous is None or s.families or s.core is not None:
            return None
        size = NUMBER_WORDS.get(sized[1]) or int(sized[1])
        if s.n == size:
            s.n = None  # the size names the set, it is no top N
        kept = previous.query.qualification
        if len(shown) == size:
            return SetAsk(query=JobQuery(filter=JobFilter(job_ids=shown), qualification=kept), outputs=["list"])
        f = previous.query.filter
        wider = f.model_copy(update={"profile": None, "profile_negated": False})
        if f.profile and (f.core and size == len(self.families.core) or len(f.families) == 1 and size == len(self.families.families[f.families[0]].jobs)):
            return SetAsk(query=JobQuery(filter=wider, qualification=kept), outputs=["list"])
        for earlier in reversed(asked or []):
            # "combien de ces 10 …" two turns after the core jobs were printed (a neighbour asked between): that set
            ef = earlier.set_ask.query.filter if earlier.set_ask is not None else None
            if (earlier.core or (ef is not None and ef.core)) and size == len(self.families.core):
                return SetAsk(query=JobQuery(filter=JobFilter(core=True), qualification=kept), outputs=["list"])
            codes = ef.families if ef is not None else []
            if len(codes) == 1 and size == len(self.families.families[codes[0]].jobs):
                return SetAsk(query=JobQuery(filter=JobFilter(families=codes), qualification=kept), outputs=["list"])
        return None

    def _follow_up(self, s: Slots, conversation: Conversation, previous: SetAsk | None) -> SetAsk | None:
        """A turn that names no set takes the last one ("combien y en a-t-il ?", "et chez PwC ?"); "et les autres ?"
        the rest of it."""
        others = re.fullmatch(r"(et )?(les|tous les)( \d{1,2}| deux| trois| quatre| cinq| six| sept| huit)? autres( metiers)?( (de )?coeurs?( de metier)?)?( (de|dans) (la|cette) famille)?( (sont|ils sont|c est|ont))?( (classes?|ranges?|quoi|comment|lesquels|qui))*( (leurs?|son|sa) (profils?|categories?))?( (chez|selon|pour) (les experts?|pwc))?", s.text)
        if previous is not None and others and previous.query.filter.profile:
            # "et les autres ?", "les autres sont quoi chez les experts ?" after a profile's jobs: the rest of the set
            f = previous.query.filter
            rest = f.model_copy(update={"profile_negated": not f.profile_negated})
            said = "expert" if re.search(r"\bexperts?\b", s.text) else "pwc" if re.search(r"\bpwc\b", s.text) else None
            query = previous.query.model_copy(update={"filter": rest, "qualification": said or previous.query.qualification})
            return SetAsk(query=query, outputs=["list"], both=previous.both and said is None)
        f = previous.query.filter if previous is not None else None
        if f is not None and f.families and (s.profile or f.profile) and not s.families and re.match(r"(et )?(les|tous les)( \d{1,2}| deux| trois| quatre)? autres\b", s.text):
            # "ils sont tous émergents là-dedans ?" then "et les 2 autres émergents ils sont où ?": that profile outside the family
            rest = JobFilter(profile=s.profile or f.profile, exclude_families=list(f.families))
            return SetAsk(query=previous.query.model_copy(update={"filter": rest, "n": None, "position": None, "order": "table"}), outputs=["list"], both=previous.both)
        only_profile = f is not None and f.profile and not (f.families or f.core is not None or f.job_ids or f.score_min is not None or f.score_max is not None)
        if only_profile and re.search(r"\b(coheren\w*|correspond\w*|coll(e|ent|er)|conforme\w*)\b", s.text) and not (s.slots and not s.profile):
            # "c'est cohérent avec ce que dit l'étude ?", "et 17 %, ça correspond au tableau ?" after a profile's jobs:
            # the table against the published share
            return SetAsk(query=JobQuery(filter=JobFilter(profile=s.profile or f.profile)), outputs=["share"], both=True)
        moves = previous is not None and "rank" in previous.outputs and previous.query.measure in ("places", "moves", "points")
        if moves and re.search(r"\b(record|de tous|sur les 58|tous metiers confondus|au total)\b", s.text) and previous.query.filter.job_ids is not None:
            # "c'est le record ?" after the biggest move of two jobs: the biggest of all 58
            wide = previous.query.model_copy(update={"filter": JobFilter(moved=previous.query.filter.moved), "n": 1})
            return SetAsk(query=wide, outputs=["rank"])
        difference = re.fullmatch(r"(et )?(quelle|la|une|quel|l) (difference|ecart)( entre les deux)?|(et )?(de )?combien de (plus|moins|difference)", s.text)
        if previous is not None and difference and "count" in previous.outputs:  # "quelle différence ?" after two counts
            return SetAsk(query=previous.query, outputs=["count"], both=True, family_named=previous.family_named)
        follow = bool(re.match(FOLLOW, s.text)) or len(s.text.split()) <= 6 or bool(re.search(r"\b(dans l autre sens|a l inverse)\b", s.text))
        # "avec les deux scores" names the qualifications, not two jobs
        context_set = bool(re.search(CONTEXT_SET, re.sub(r"\b(les|des|aux) (deux|2) (scores|qualifications|notes|classements|evaluations)\b", " ", s.text)))
        # "combien sont en forte transformation ?" after a list: "combien" with no noun counts the set in view
        context_set = context_set or bool(re.match(r"(et )?combien (sont|ont|restent|passent|changent|gagnent|perdent|baissent|montent)\b", s.text))
        among = re.search(r"\b(parmi eux|parmi elles|d entre eux|d entre elles|parmi ces|de ces metiers|ces metiers|dedans|la dedans|de ce top|dans ce top|de la liste|dans la liste)\b", s.text)
        # the jobs the last answer showed, whatever it was, are the set; after one of them picked ("et l'avant-dernier ?"),
        # the list it was picked from
        shown = list(conversation.jobs) if len(conversation.jobs) >= 2 else list(conversation.listed.jobs) if conversation.listed is not None else []
        # "et lequel a gagné des places ?" after two jobs compared: which of them
        among = among or (conversation.last is not None and conversation.last.intent == "compare" and re.search(r"\b(lequel|laquelle|lesquels|lesquelles)\b", s.text)
                          and not re.search(r"\b(toute l etude|de l etude|des 58|de tous|tous metiers|sur 58)\b", s.text))
        if among and len(shown) >= 2:
            kept = previous.query.qualification if previous is not None else "pwc"
            previous = SetAsk(query=JobQuery(filter=JobFilter(job_ids=shown), qualification=kept), outputs=["list"])
        elif (sized := self._set_named_by_its_size(s, shown, previous, conversation.asked)) is not None:
            previous, context_set = sized, True
        if previous is not None and previous.outputs == ["by_family"] and s.families and (s.counting or s.listing) and s.core is None and not s.profile:
            # "dans quelles familles sont les métiers cœur ?" then "combien dans opérations d'assistance ?": those of that family
            f = previous.query.filter.model_copy(update={"families": s.families})
            return SetAsk(query=previous.query.model_copy(update={"filter": f, "n": None}), outputs=["count"] if s.counting else ["list"])
        # "quelle part de la famille ça représente ?": the family of the last answer is still its set
        if previous is None or not (follow or context_set or s.summary) or (s.families and s.families != previous.query.filter.families):
            return None
        if re.search(r"\bclassement( (expert|experts|des experts|pwc|de pwc))? (des|de la) (metiers|famille)\b", s.text) and (s.families or s.core is not None):
            return None  # "celui du milieu dans le classement expert des métiers cœur ?": the set it names, whole
        if set(s.excluded) & set(previous.query.filter.families):
            return None  # "et les émergents hors de cette famille ?": a set of its own, without the family in view
        if not (s.slots or s.asks_set or context_set or qualification(s.text) != "both"):
            return None
        if s.summary:  # "quel écart entre le premier et le dernier ?": the whole set the last answer was about
            query = previous.query.model_copy(update={"n": None, "position": None})
            which = qualification(s.text)
            if which != "both":
                query = query.model_copy(update={"qualification": which})
            return SetAsk(query=query, outputs=[s.summary], both=which == "both", family_named=previous.family_named)
        return self._follow(previous, conversation, s.text, s.profile, s.negated, s.core, s.bounds, s.moved, s.measure, s.most, s.least, s.n, s.counting, s.listing)

    def _all_claim(self, s: Slots, conversation: Conversation, previous: SetAsk | None) -> SetAsk | None:
        """ "tous les métiers RH sont en évolution ?", and after a list "ils sont tous non impactés ?"."""
        # "ces deux-là sont en évolution ?", "ils sont tous … ces quatre-là ?": the jobs last talked about, that many
        group = re.search(r"\b(ces|les|tous les) (deux|trois|quatre|cinq|2|3|4|5)\b", s.text)
        size = ({"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}.get(group[2]) or int(group[2])) if group else 0
        recent = conversation.recent[:size] if size and len(conversation.recent) >= size and not (s.families or s.core is not None) else []
        # "ils sont tous non impactés ?", or "tous en évolution ?" said alone after a list
        earlier = previous is not None and re.search(r"\b(ils|elles)\b|^(et |donc |alors )?(tous|toutes)\b|\btoute (la|cette) famille\b", s.text) and not (s.families or s.core is not None)
        if not (s.profile and not s.negated and (re.search(r"\btous\b|\btoutes?\b", s.text) or recent) and (s.families or s.core is not None or earlier or recent) and yes_no(s.question)):
            return None
        if s.families and re.search(r"\b(emergents|non impactes|en forte transfo\w*|en evolution)\b.*\b(sont|seraient)( tous| toutes)? (dans|de|en|du)\b", s.text):
            return None  # "les 8 émergents sont tous dans le SI ?": the profile's jobs, said to be of a family (the claim readers')
        which = qualification(s.text)
        if which == "both" and earlier and not previous.both and previous.query.qualification != "both":
            which = previous.query.qualification  # "ils sont tous en forte transfo ?" after the experts' top 5: theirs
        f = JobFilter(families=s.families, exclude_families=s.excluded, core=s.core)
        if recent:
            f = JobFilter(job_ids=recent)
        elif earlier and "rank" in previous.outputs and previous.query.n:
            # "ils sont tous non impactés ceux-là ?" after a bottom 5: those shown, not the whole set they were ranked in
            shown = conversation.jobs if len(conversation.jobs) >= 2 else conversation.listed.jobs if conversation.listed is not None else []
            f = JobFilter(job_ids=list(shown)) if len(shown) >= 2 else previous.query.filter
        elif earlier:  # the set the last answer listed, whatever profile it was filtered on
            f = previous.query.filter.model_copy(update={"profile": None, "profile_negated": False, "to_profile": None})
        return SetAsk(
            query=JobQuery(filter=f, qualification="pwc" if which == "both" else which),
            outputs=["all"],
            both=which == "both",
            claimed_profile=s.profile,
            family_named=bool(s.families),
        )

    def _without_slots(self, s: Slots, plan: Plan, conversation: Conversation) -> SetAsk | None:
        """No filter: the whole table ranked, the movers, a position, or a rank among the jobs talked about."""
        text, pair = s.text, conversation.pair(s.text if not s.families else "")
        listed = conversation.listed.jobs if conversation.listed is not None else []
        size = re.search(r"\b(des|les|d entre les|parmi les) (trois|quatre|cinq|3|4|5)\b", text)
        wanted = count_said(size[2]) if size else 0
        if size and len(listed) == wanted:
            pair = listed  # "lequel des trois a le plus bougé ?" after a family of three
        elif size and len(conversation.jobs) < wanted <= len(conversation.recent):
            pair = conversation.recent[:wanted]  # "lequel des trois ?" after three cards, one after the other
        # ("chez les deux", "selon les deux": both qualifications, as "chez PwC" is one of them)
        paired = re.sub(r"\b(les |des |aux )?(deux|2) (qualifications|classements|notations|evaluations)\b|\b(chez|selon) (les )?(deux|2)\b|\bdes deux cotes\b", " ", text)
        if len(pair) >= 2 and (s.most or s.least or s.moves) and re.search(r"\b(deux|trois|eux|lequel|laquelle)\b", paired) and not re.search(r"\bde tous\b", text):
            return self._ask(JobFilter(job_ids=pair), text, "moves" if s.moves else s.measure, s.most or s.moves, s.least, None, None, ["rank"])
        if not (s.ranking or s.position is not None or s.measure != "score" or (s.counting and "metiers" in text) or (s.listing and "metiers" in text) or s.summary):
            return None
        if plan.intent not in ("ranking", "stats", "retrieval", "changes", "methodology", "dialia", "absent_job", "ambiguous_job", "facts"):
            return None
        if s.counting and not (s.ranking or s.position or s.measure != "score") and not re.search(r"\bmetiers\b.*\b(etude|tableau|au total|en tout)|\bau total\b|\ben tout\b", text):
            return None  # "combien de métiers ?" alone is the study's size: the stats answer it
        return self._build(s, plan)

    def _build(self, s: Slots, plan: Plan) -> SetAsk | None:
        text = s.text
        only_profile = s.profile and not (s.families or s.excluded or s.core is not None or s.bounds or s.moved or s.negated)
        if plan.intent == "stats" and s.counting and only_profile and not (s.listing or s.ranking) and qualification(text) == "both":
            return None  # the profile counts, both qualifications with the shares the study publishes
        base = JobFilter(families=s.families, exclude_families=s.excluded, core=s.core, profile=s.profile, profile_negated=s.negated, **s.bounds)
        if s.summary:
            return self._ask(base.model_copy(update={"profile": s.profile, "profile_negated": s.negated}), text, "score", False, False, None, None, [s.summary], family_named=bool(s.families))
        if s.most and s.least and s.measure == "score":  # "le plus exposé et le moins exposé", "les 3 … et les 3 …"
            return self._ask(base, text, s.measure, True, False, s.n, None, ["extremes"], family_named=bool(s.families))
        outputs: list[Output] = []
        if s.counting:
            outputs.append("count")
        if s.listing and not s.ranking and "count" in outputs or (s.counting and re.search(r"\bet (lesquels|lesquelles|qui|quels)\b|\blesquel", text)):
            outputs.append("list")
        if not outputs:
            ranked = (s.ranking or s.position is not None or s.measure != "score") and not (s.listing and not (s.most or s.least or s.n))
            outputs = ["rank"] if ranked else ["list"]
        profile, negated = (s.transition[0], False) if s.transition else (s.profile, s.negated)
        f = base.model_copy(update={"profile": profile, "profile_negated": negated, "moved": s.moved, "to_profile": s.transition[1] if s.transition else None})
        if s.counting and profile and not s.transition and (s.core is not None or s.families) and re.search(
            r"\b(parmi|d entre|sur) (les|ces) (\d+ )?(metiers )?(non impact|negligeable|en evolution|evolution|forte|en forte|emergent)", text):
            f = f.model_copy(update={"within_profile": True})  # "combien parmi les non impactés PwC sont cœur ?": of that profile
        places = re.search(r"\b(\d{1,2}|une|un) places?\b", text)
        at_least = re.search(r"\b(plus de|au moins|moins de|au plus)\s+(\d{1,2}) places?\b|\b(\d{1,2}) places? ou (plus|moins)\b", text)
        if at_least:
            places = None  # "plus de 10 places": a bound, not exactly ten (the rows are ranked by places instead)
        if s.moved in ("up", "down") and places and not (s.most or s.least):
            f = f.model_copy(update={"places": 1 if places[1] in ("un", "une") else int(places[1])})
        n = s.n
        whole_top = n and (_top_of_all(n, text) or re.search(rf"\b{n} (premiers|plus expos\w*)( (chez|selon|de|des) (pwc|experts?|les experts))?\s*(,|$|combien)", text))
        if s.counting and n and "rank" not in outputs and (s.core is not None or s.profile or s.families) and whole_top:
            # "le top 10 experts, combien de non cœur ?": counted among the first ten of that ranking
            f, n = f.model_copy(update={"in_top": n}), None
        if outputs == ["rank"] and n is None and s.position is None:
            single = re.search(r"\b(quel|quelle|lequel|laquelle|qui)\b|\ble (metier|poste|job) le (plus|moins)\b|\b(le|la) (plus|moins) \w+\b|\b(le|la) (dernier|derniere|premier|premiere)\b", text)
            plural = re.search(r"\b(quels|quelles|lesquels|lesquelles)\b|\bles (plus|moins)\b", text)
            n = 1 if single and not plural else 5
        if s.measure == "places" and s.moved is None:
            f = f.model_copy(update={"moved": "down" if _has(text, PLACES_DOWN) and not _has(text, PLACES_UP) else "up"})
        ask = self._ask(f, text, s.measure, s.most, s.least, n, s.position, outputs, family_named=bool(s.families) and not s.own_family)
        nth = _nth(text)
        return ask.model_copy(update={"nth": nth}) if nth and outputs == ["rank"] and n == nth else ask

    def _ask(self, f, text, measure, most, least, n, position, outputs, family_named=False) -> SetAsk:
        which = qualification(text)
        if which == "both" and f.moved == "profile_changed" and f.profile and f.to_profile is None and re.search(
            r"\b(bascul\w*|pass\w*|devien\w*|entr\w*|arriv\w*) (en|vers|dans|a)\b|\bvers (la |le |une |un )?(classification |profil |categorie )?", text
        ):
            which = "expert"  # "quels métiers basculent en forte transformation ?": the profile they come to, the experts'
        both_shown = which == "both"
        order = "least" if least and not most else "most" if (most or measure != "score" or "rank" in outputs) else "table"
        if (measure == "places" and f.moved == "down") or (measure == "points" and f.moved == "score_down"):
            order = "least"  # most places lost, biggest drop of score: the most negative change first
        elif measure in ("places", "points") and f.moved is None and _has(text, r"\bperd\w*|\brecul\w*|\bbaiss\w*|\bdiminu\w*|\bchut\w*|\bdescend\w*") and not _has(text, r"\bgagn\w*|\bprogress\w*|\bmont\w*|\baugment\w*|\bhausse\b"):
            order = "least"  # "lequel perd le plus de points ?" among jobs named: the most negative first
        depends = bool(f.profile or f.score_min is not None or f.score_max is not None or position is not None or {"rank", "mean", "spread"} & set(outputs))
        return SetAsk(
            query=JobQuery(
                filter=f,
                qualification="pwc" if which == "both" else which,
                measure=measure,
                order=order,
                n=n,
                position=position,
            ),
            outputs=outputs,
            both=both_shown and depends and measure == "score",
            family_named=family_named,
        )

    def _follow(self, previous: SetAsk, conversation, text, profile, negated, core, bounds, moved, measure, most, least, n, counting, listing):
        query = previous.query
        f = query.filter
        which = qualification(text)
        if f.in_top and n and _top_of_all(n, text):
            # "et dans le top 5 PwC ?", "et le top 10 experts, combien de non cœur ?" after a count within a top 5
            narrowed = f.model_copy(update={"in_top": n} | ({"core": core} if core is not None else {}) | ({"profile": profile, "profile_negated": negated} if profile else {}))
            kept = ["count"] if counting or "count" in previous.outputs else previous.outputs
            return SetAsk(query=query.model_copy(update={"filter": narrowed, "qualification": query.qualification if which == "both" else which}), outputs=kept)
        update: dict = {}
        if profile:
            update |= {"profile": profile, "profile_negated": negated}
        if core is not None:
            update["core"] = core
        if bounds:
            update |= bounds
            if f.job_ids is not None and not re.search(r"\b(parmi|d entre eux|d entre elles|dedans|de ces|ces metiers|ils|elles|eux|lesquels|lesquelles|lequel|laquelle|les deux|les trois|ceux ci|celles ci|ceux la)\b", text):
                f = JobFilter()  # "et au dessus de 0,5, combien ?" after the jobs at 0,27: a threshold of its own, over all 58
        if moved:
            update["moved"] = moved
        elif f.moved and (profile or core is not None or bounds) and measure == "score" and not _has(text, PLACES_UP, PLACES_DOWN, PROFILE_CHANGED, SCORE_UP, SCORE_DOWN):
            # "combien de ces 10 métiers cœur sont en forte transformation ?" after who gained places: a set of its own
            update |= {"moved": None, "to_profile": None}
        elif f.profile and re.search(r"\b(ont|a|qui ont) change\b|\bchangent\b", text):
            update["moved"] = "profile_changed"  # "lesquels ont changé ?" after a profile's list: those that left it
            which = "pwc"
        elif f.profile and re.search(r"\b(nouveaux|nouvelles|nouveau|entrent|entres|arrivent|rejoignent|en plus)\b", text):
            update["moved"] = "profile_changed"  # "lesquels sont nouveaux ?": those that came into the profile
            which = "expert"  # with the experts' requalification
        elif measure == "places" and _has(text, PLACES_DOWN, PLACES_UP):
            update["moved"] = "down" if _has(text, PLACES_DOWN) and not _has(text, PLACES_UP) else "up"
        # ("combien y en a en tout ?" after a family's jobs: the family counted, there is nothing to widen it to)
        narrowed = f.profile or f.moved or profile or moved or f.score_min is not None or f.score_max is not None
        if re.search(r"\btous metiers confondus\b|\btous les metiers\b|\bl ensemble des (58 )?metiers\b|\bsur (les|l ensemble des) 58\b|\bde tous( les 58| les metiers)?\s*$", text) or (
            narrowed and re.search(r"\bau total\b|\ben tout\b", text)
        ):
            f = JobFilter(profile=f.profile, profile_negated=f.profile_negated, moved=f.moved)  # the set widened, not the question
        if re.search(r"\btout court\b", text):
            f = JobFilter()  # "et le moins exposé tout court ?": none of the set's filters, only what this turn says
        if f.families and re.search(rf"\b(dans|de) (cette|la meme) famille\b|{WHOLE_FAMILY}", text) and not (profile or core is not None or bounds or moved):
            f = JobFilter(families=f.families)  # "combien de métiers dans cette famille ?": the whole family, not the filtered rows
        if (most or least) and not (counting or (listing and not n)):  # "les 3 premiers de la liste" ranks it
            among = re.search(r"\b(d entre eux|parmi eux|parmi ces|de ces|de la liste|des deux|des trois|lequel|laquelle)\b", text)
            pair = conversation.pair(text if not f.families else "") if re.search(r"\bdes deux\b", text) else conversation.jobs if len(conversation.jobs) >= 2 else []
            base = JobFilter(job_ids=list(pair)) if among and len(pair) >= 2 else f  # "lequel" of one is of all
            plural = re.search(r"\bles (\w+ )?(plus|moins)\b|\b(derniers|premiers)\b", text)
            which_of = re.search(r"\b(lequel|laquelle|lesquels|lesquelles)\b", text)  # "lequel des trois ?": the rows, ranked
            count = n or (None if base.job_ids is not None and (which_of or plural) else (previous.query.n or 5) if plural else 1)
            ask = self._ask(base.model_copy(update=update), text, measure, most, least, count, None, ["rank"])
            if _nth(text) and count == _nth(text):  # "et le 2e plus gros gain ?": the second of them is the one asked
                ask = ask.model_copy(update={"nth": count})
            if which == "both":  # the qualification of the answer it follows; after a plain list, both
                ask = ask.model_copy(
                    update={
                        "query": ask.query.model_copy(update={"qualification": previous.query.qualification}),
                        "both": previous.both or "rank" not in previous.outputs,
                    }
                )
            return ask
        if listing and "rank" in previous.outputs and re.match(r"(et |mais )?(parmi|chez|dans|pour|selon|du cote|cote) ", text):
            listing = False  # "et parmi les métiers cœur ?" after the least exposed: the same ranking, narrowed
        kept = [o for o in previous.outputs if o in ("list", "count", "rank", "mean", "spread")] or ["list"]  # not a verdict again
        if previous.outputs == ["share"] and previous.claimed_share is None:  # "et pour les non impactés ?", "et chez PwC ?"
            kept = ["share"]
        outputs: list[Output] = ["count"] if counting else ["list"] if listing else kept
        # "combien sont en forte transformation ?" after "et le moins exposé ?": the whole set counted, not its top 1
        cut = {"n": None, "position": None, "order": "most"} if (counting or listing) and (query.n == 1 or query.position is not None) else {}
        if moved and moved != f.moved and (counting or listing) and query.n:
            cut = {"n": None, "position": None, "order": "most", "measure": "score"}  # "combien ont changé de profil ?" after the top 2 losers: all of them
        if moved and query.n == 1 and not (counting or most or least) and re.search(r"\b(ceux|celles|lesquels|lesquelles)\b", text):
            # "et ceux qui montent ?" after the one that lost most: all of them, not the top one of the other way
            outputs, cut = ["list"], {"n": None, "position": None, "order": "most"}
        narrows = ("core" in update or "profile" in update) and "moved" not in update
        if counting and f.profile and f.job_ids is None and not f.families and "core" in update and update.get("profile", f.profile) == f.profile:
            update["within_profile"] = True  # "combien parmi eux sont cœur ?" after a profile's jobs: of those jobs
        if (counting or listing) and narrows and query.n and query.n > 1 and "rank" in previous.outputs and len(conversation.jobs) == query.n:
            # "top 10 chez les experts" then "combien sont cœur ?": counted among those ten, not among all 58
            f = JobFilter(job_ids=list(conversation.jobs))
            cut = {"n": None, "position": None, "order": "most"}
        return SetAsk(
            query=query.model_copy(
                update={
                    "filter": f.model_copy(update=update),
                    "qualification": query.qualification if which == "both" else which,
                } | cut
            ),
            outputs=outputs,
            # "et 0,43, c'est qui ?": in either qualification; "combien en forte transfo ?" after a family's jobs shown
            # in neither qualification: a profile is one qualification's, both counted
            both=(previous.both or bool(bounds) or bool(profile and not query.n and conversation.last is not None and conversation.last.qualification == "both"
                                                         and not previous.query.filter.profile)) and which == "both",
            family_named=previous.family_named,
        )
