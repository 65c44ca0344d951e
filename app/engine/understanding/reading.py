"""What a message asks, beyond the planner's routing: the families it names (a lexicon generated from the
records, plus the words people use for them), the figures a user quotes to have them checked, worry, thanks,
English, and several questions in one message."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.schema import Job
from knowledge.text import decimal_fr, fold, strip_accents

from . import scope

# The words people use for a family, beside the words of its name (which are generated from the records).
FAMILY_WORDS = {
    "01": ["operations", "plateau", "plateaux"],
    "02": ["medical", "medicaux", "medicales?", "sante", "soignants?", "paramedical\\w*"],
    "03": ["support et organisation"],
    "04": ["gestion d assistance", "gestionnaires?"],
    "05": ["reseau", "reseaux de prestataires", "prestataires"],
    "06": ["commercial", "commerciale", "commerciales", "commerciaux", "marketing", "communication", "com", "vente"],
    "07": ["si", "informatiques?", "informaticiens?", "it", "digital", "numeriques?", "tech"],
    "08": ["rh", "ressources humaines", "drh", "paie"],
    "09": ["management", "managers?", "encadrement"],
    "10": ["data", "donnees?", "donnee"],
    "11": ["compta", "comptabilite", "finance", "financiers?", "comptables?"],
    "12": ["support pilotage", "support et pilotage", "pilotage et projets", "projets"],
    "13": ["juridique", "juristes?", "conformite", "risques", "qualite", "legal"],
}
LOOSE_WORDS = {
    "02": ["medical", "medicaux", "medicale", "medicales", "sante", "soignants?"],
    "06": ["commercial", "commerciale", "commerciales", "commerciaux", "marketing", "communication", "vente"],
    "07": ["informatiques?", "informaticiens", "it", "numeriques?", "transformation digitale", "digital"],  # not "si" ("et si on …")
    "08": ["rh", "ressources humaines"],
    "09": ["management", "managers", "manageurs", "encadrement"],
    "10": ["data", "valorisation de la donnee"],
    "11": ["compta", "comptabilite", "finance", "finances", "financiers?", "financieres?"],
    "13": ["juridique", "juridiques", "juristes", "conformite", "legal"],
}
# A family word counts when the message speaks of a group of jobs, not of one person's job.
GROUP = r"(famille|metiers|fonctions|filiere|pole|poles|services?|postes|equipes|cote|du cote|secteur|domaine)"


@dataclass(frozen=True)
class Family:
    code: str
    name: str
    jobs: tuple[str, ...]  # job ids


def families(jobs: list[Job]) -> dict[str, Family]:
    found: dict[str, Family] = {}
    for job in jobs:
        family = found.get(job.family_code)
        ids = (family.jobs if family else ()) + (job.id,)
        found[job.family_code] = Family(job.family_code, job.family, ids)
    return found


NAME_STOP = frozenset("et de d du des la l".split())
NAME_JOINT = rf"(?:\s+(?:{'|'.join(sorted(NAME_STOP))}))*\s+"  # between two words of a name: its small words, said or not


class FamilyReader:
    """Finds a family named in a message: by code ("famille 07"), by name, or by the words people use."""

    def __init__(self, jobs: list[Job]):
        self.families = families(jobs)
        self.titles = {job.id: job.job for job in jobs}
        self.core = [job.id for job in jobs if job.core]
        self.patterns: list[tuple[str, re.Pattern]] = []
        for code, family in self.families.items():
            # the name as typed without its small words ("support pilotage projets" for "Support, pilotage et projets")
            name = NAME_JOINT.join(re.escape(w) for w in fold(family.name).split() if w not in NAME_STOP)
            words = [name] + FAMILY_WORDS.get(code, [])
            alternatives = "|".join(sorted(words, key=len, reverse=True))
            # (also the family's full name after "dans"/"parmi": "dans Opérations d'assistance, les 3 plus exposés ?")
            pattern = (rf"\b{GROUP}\b(?:\s+\w+){{0,3}}?\s+(?:{alternatives})\b|\b(?:{alternatives})\s*:\s*\w*\s*(scores?|metiers?|classement)"
                       rf"|\b(dans|parmi|au sein de) (l |la |les )?{name}\b")
            self.patterns.append((code, re.compile(pattern)))
        # "la famille gestion", "famille organisation": one word of a family's name right after "famille", when no
        # other family's name holds it ("support", "pilotage" are in two: the clarifying question asks which)
        named: dict[str, set[str]] = {}
        for code, family in self.families.items():
            for word in re.findall(r"\w{4,}", fold(family.name)):
                named.setdefault(word, set()).add(code)
        for word, codes in named.items():
            if len(codes) == 1 and word != "assistance":
                self.patterns.append((next(iter(codes)), re.compile(rf"\bfamilles? (?:de la |des |du |de l |d |de )?{word}\b")))
        # a family's words alone, for messages that name no job: not the words that are also job titles
        self.loose = [
            (code, re.compile(rf"\b(?:{'|'.join(LOOSE_WORDS[code])})\b")) for code in self.families if code in LOOSE_WORDS
        ]

    def title(self, job_id: str) -> str:
        return self.titles[job_id]

    def family_of(self, job_id: str) -> str:
        return next(code for code, family in self.families.items() if job_id in family.jobs)

    def codes(self, text: str, loose: bool = False) -> tuple[list[str], list[str]]:
        """Family codes a message names, and the ones it excludes ("pas dans la famille 07", "hors RH").
        Loose: a family's own words count without "famille" or "métiers" next to them (no job is named)."""
        folded = fold(text)
        found: list[tuple[int, str]] = [
            (m.start(), m[1].zfill(2)) for m in re.finditer(r"\bfamilles?\s*(?:n\s*)?(\d{1,2})\b", folded)
        ]
        found += [(m.start(), m[1].zfill(2)) for m in re.finditer(r"\b(?:et|ou)\s+(?:la\s+)?(\d{2})\b", folded) if found]
        for code, pattern in self.patterns:
            for m in pattern.finditer(folded):
                found.append((m.start(), code))
        if loose:
            for code, pattern in self.loose:
                for m in pattern.finditer(folded):
                    found.append((m.start(), code))
            capitals = re.search(r"\bSI\b", text)  # "le SI" in capitals, not "et si on …"
            if capitals and "07" in self.families:
                found.append((len(fold(text[: capitals.start()])), "07"))
        included: list[str] = []
        excluded: list[str] = []
        for start, code in sorted(found):
            if code not in self.families:
                continue
            before = folded[max(0, start - 25) : start]
            target = excluded if re.search(r"\b(pas|hors|sauf|excepte|en dehors|autres que|ne sont pas)\b[^,]*$", before) else included
            if code not in target:
                target.append(code)
        return [c for c in included if c not in excluded], excluded

    def find(self, text: str) -> Family | None:
        folded = fold(text)
        code = re.search(r"\bfamille\s*(?:n\s*)?(\d{1,2})\b", folded)
        if code and code[1].zfill(2) in self.families:
            return self.families[code[1].zfill(2)]
        for code, pattern in self.patterns:
            if pattern.search(folded):
                return self.families[code]
        return None


WORRY = (
    r"\bgrave\b", r"\bdisparai", r"\bdisparition", r"\bperdre (mon|son|leur|notre|ton|votre) (emploi|poste|travail|job|boulot)", r"\bprobabilit\w* de (perdre|disparai\w*|supprim\w*)", r"\bsuppr\w* (d )?(emplois?|postes?)",
    r"\bemplois? supprim", r"\bremplace\w* par (l ia|une ia|l intelligence|des robots|un robot)", r"\blicenci", r"\bchomage",
    r"\bpeur\b", r"\binquiet", r"\bangoiss", r"\bmenace", r"\bcondamne", r"\bavenir de mon (metier|poste)", r"\bva[- ]t[- ]il (mourir|disparaitre)",
    r"\bviree?s?\b", r"\bdis (moi|nous) que (ca|tout) (va|ira)\b", r"\b(on|je|nous) (va |vais |vont )?trinque\w*\b", r"\b((va|vont|pourra|pourrait|pourraient) faire|fera|feront) (\w+ ){0,3}a (ma|notre|nos|leur) place\b", r"\bpiquer (nos|mon|notre|nos|leurs?) (jobs?|emplois?|postes?|boulots?|places?)\b", r"\b(deja|c est) decide\b",
    r"\b(fait|faite|remplace\w*|automatise\w*) a 100\b|\ba 100 par l ia\b", r"\bat risk\b", r"\bthreat\w*\b", r"\bworried\b", r"\blose my job\b", r"\b(totalement|completement|entierement|a 100) automatis\w*", r"\bdisappear", r"\breplaced by\b", r"\bjob losses\b", r"\bfired\b",
    r"\bremplace\w*\b", r"\bsupprime\w*\b", r"\btuer\b", r"\bscared\b", r"\bafraid\b", r"\bperdre (mon|ma|notre|nos)\b",
    r"\bgarde\w* (mon|ma|notre) (job|poste|emploi|travail|boulot|taf)\b", r"\b(perd|perds|perdrai|perdrais|perdre|perdu) (mon|ma|notre|nos|son|leur) (job|poste|emploi|travail|boulot|taf|place)\b", r"\bm inquieter\b", r"\bstress\w*", r"\bpeur\b",
    r"\bavenir\b.*\b(mon|notre) (metier|poste|emploi)\b", r"\bforcement\b.*\b(disparai|supprim)", r"\bmauvaise nouvelle\b", r"\bbad news\b", r"\bca craint\b", r"\bfoutu\w*\b", r"\bmort\b",
    r"\ben danger\b", r"\ben peril\b", r"\bin danger\b", r"\b(va|vont|vais) (pas )?sauter\b", r"\bla fin (des|du|de mon|de notre|de nos)\b",
    r"\bc est (enorme|enormissime|beaucoup trop|trop|le pire|inquietant|flippant|effrayant)\b", r"\ble pire\b", r"\bshould i (be )?worr\w*",
    r"\bfai\w* tout (mon|notre|le|leur) (taf|travail|boulot|job|metier)\b", r"\bme virer\b", r"\bworry\b",
    r"\bmoins nombreu\w*\b", r"\bme reconvertir\b", r"\bmauvais (signe|presage)\b", r"\bbad sign\b", r"\bsent le sapin\b",
    r"\b(l ia|elle|ca|chatgpt|les robots?) (va|vont|pourra|pourrait|peut) (\w+ ){0,2}(gerer|traiter|prendre|occuper|faire) (\w+ ){0,4}a (ma|notre|leur|nos) places?\b", r"\b(dois|devrais|vais|faut il que) (je )?(me )?reconvert\w*\b",
)  # fmt: skip
THANKS = (
    r"^((bon|ben|eh bien|alors|ah|ok|bah|lol|mdr|ptdr|haha+|ahah+|hihi+|hehe+) )?(merci|mrc|mci|mercii+|ok|okay|d accord|dac|super|parfait|top|cool|genial|tres bien|bien recu|compris|thanks"
    r"|thank you|thx|cheers|nickel|impeccable|au revoir|bonne (journee|soiree|fin de journee|soiree|nuit|continuation)|a plus|a bientot|bye|ciao|salut et merci|tant pis)\b"
)
POLITE = set("le la les un une cse reunion presentation codir comite elus collegues equipe es t aide aider aidera hier tes vos m ont aidee aidees aides aidé anyway bye goodbye cheers merci beaucoup bien tres c est plus clair quand meme pour tout ca la reponse bonne journee soiree super top parfait genial cool ok "
              "je vois compris a bientot au revoir et vous toi aussi d accord dac vu note j ai ah bon ben alors nickel impeccable ton ta tes votre vos "
              "aide aides bcp infos info explications reponses reponse precisions lot much so very you for help a lot thank thanks great perfect "
              "mille fois encore chouette entendu ca marche etait vraiment utile interessant sympa c etait thx tant pis".split())
# A feeling said with the thanks: "merci, ça me rassure un peu", "bon je flippe moins, merci".
RELIEVED = set("ca me m rassure rassurant rassuree un peu deja mieux soulage soulagee je flippe stresse moins plus du coup bon ok".split())
CLAIM_CUES = (
    r"c est (bien )?(ca|juste|exact|vrai)\b", r"\bnon\s*$", r"\bje ne me trompe pas\b", r"\bje me trompe\b",
    r"\bconfirme", r"\bvrai ou faux\b", r"\bc est correct\b", r"\bright\b", r"\bis that (right|correct|true)\b",
    r"\bdonc\b.*\d", r"\bon m a dit\b", r"\bil parait\b", r"\bj ai lu\b", r"\bj ai entendu\b",
)  # fmt: skip
ENGLISH = {"the", "is", "are", "what", "which", "how", "my", "job", "jobs", "most", "least", "does", "do", "of", "in",
           "study", "exposed", "score", "will", "according", "and", "to", "be", "it", "about", "who", "many",
           # function words French does not use (not "a", "on", "me", "pour"…)
           "with", "for", "from", "this", "that", "these", "those", "there", "their", "they", "you", "your", "our",
           "have", "has", "had", "was", "were", "been", "should", "would", "could", "can", "any", "some", "not", "than",
           "very", "much", "all", "at", "by", "an", "no", "yes", "if", "or", "did", "why", "where", "when", "its", "same",
           "share", "report", "training", "people", "employees", "companies", "lose", "job's", "jobs'", "less", "more",
           "so", "i", "dropped", "gained", "lost", "involve", "concretely", "we", "us"}  # fmt: skip


FORECAST = (
    r"\b(perd\w*|supprim\w*) le plus (d emplois|de postes|de salaries)\b",  # "quels métiers perdent le plus d'emplois ?"
    r"\bcombien (d emplois|de postes|de salaries|de chomeurs|de personnes|de licenciements|de suppressions|de (\w+ )?(seront|vont))",
    r"\b(nombre|chiffre|pourcentage|part|proportion) d(e|es)? ?(emplois|postes|suppressions|licenciements)", r"\bhow many jobs\b",
    r"\b(chiffrage|estimation|projection|chiffre) (des |de |du )?(postes|emplois) (supprim|perdu|detruit|en moins)\w*|\b(chiffrage|estimation|projection|chiffre) (des |de |du )?(suppressions|licenciements|pertes d emplois)\b",
    # English put into French word by word ("how many jobs will be lost?" -> "combien de métiers will be perdu ?")
    r"\bwill (be )?(perdu\w*|lost|cut|replaced|eliminated|supprim\w*)\b|\b(lose|lost) (their|our|my|leur|leurs|mon|nos) (metiers?|jobs?|emplois?|postes?)\b",
    # a share of the people in a job said to go ("la moitié des chargés d'accueil vont partir ?")
    r"^(?!.*\b(prevoi\w*|predi\w*|dit|disent|affirme\w*|annonce\w*) qu)(?=.*\b(la moitie|un tiers|un quart|deux tiers|trois quarts|\d+ ?%) (des|de nos|de mes|de leurs) .{0,60}\b(vont|va|vont ils|seront|sera|pourraient|devraient) (partir|disparaitre|etre supprim\w*|etre remplac\w*|etre licenci\w*|perdre)\b)",
    r"\bcombien\b.*\b(supprim\w*|disparai\w*|en poste|licenci\w*|remplace\w*)", r"\bprevision\w* (chiffree|d emplois|de suppressions)",
    r"\b(quels|quel|lesquels|quelles) (metiers?|emplois|postes)\b.*\b(vont|va|vont ils|seront|sera) (disparaitre|etre supprim\w*|etre remplace\w*)",
    r"\b(parle\w*|evoque\w*|prevoit|annonce\w*|aborde\w*) (de |des |d )?(\d+ (de |d )?)?(suppressions?|licenciements?|pertes? d emplois|destructions? d emplois|plans? sociaux)\b",
    r"\b(detrui\w*|supprimer) (des |les )?(emplois|postes)\b",
    r"\bchiffre\w* (les |des )?(effets|impacts|consequences|pertes|suppressions) (de l ia )?sur l emploi\b|\b(effets?|impacts?) sur l emploi en (volume|nombre)\b",
    r"\b(will be|be|seront|vont etre) (automated|replaced|eliminated|automatises|remplaces|supprimes)\b.*\b(by|in|d ici|en) 20\d\d\b",
    # "en 2030 ils seront tous en forte transformation ?": the study dates nothing
    r"\b(en|d ici|vers|by|in) 20[3-9]\d\b.*\b(seront|sera|vont|va|will)\b.*\b(tous|toutes|supprim\w*|remplac\w*|disparai\w*|automatis\w*|forte transformation|cut|lost)\b"
    r"|\b(seront|sera|vont|va|will)\b.*\b(tous|toutes|supprim\w*|remplac\w*|disparai\w*|automatis\w*|forte transformation)\b.*\b(en|d ici|vers|by|in) 20[3-9]\d\b",
)  # fmt: skip


def forecast(text: str) -> bool:
    """A question for a number of jobs lost, which the study does not give."""
    return any(re.search(p, fold(text)) for p in FORECAST)


# A question about "the" job with no job named anywhere yet: ask which job.
GENERIC_JOB_QUESTION = (
    r"(et )?(alors )?(quel est |c est quoi |donne moi |et )?(le|mon|son|notre|ton) (score|classement|rang|exposition|profil|metier)"
    r"( (il|elle) est (expose|concerne|impacte)e?| est (il|elle) (expose|concerne|impacte)e?| (chez|selon) (pwc|les experts))?"
    # "mon métier est exposé ou pas ?", "mon poste est menacé ?"
    r"|(et )?(est ce que )?(mon|notre) (metier|poste|job|emploi|travail|boulot) (est|sera|va etre)( (il|elle))?( (tres|vraiment|beaucoup|fortement))?"
    r" (expose|concerne|impacte|menace|touche|transforme|remplace)e?( (ou pas|ou non|par l ia|par l ia generative))?"
)
# the words of a message that names nothing: with no conversation before it, it can only be asked what it is about
NAMELESS = frozenset(
    "et alors lui elle eux il ils elles pour moi nous on c est ca cela combien quoi donc son sa ses leur le la les mien mienne "
    "sien sienne score note position place rang donne aussi pareil meme chose ici la dessus".split()
)
OWN = re.compile(r"^(?:slt |salut |bonjour |moi )?(?:je suis|jsui|jsuis|chui|j suis|je travaille comme|je bosse comme)\s+(?:un |une )?([a-z -]{3,30}?)(?:\s+(?:et|mais|sur|dans|chez|depuis|,)\b.*)?$")
FEMININE = ((r"trices?\b", "teur"), (r"euses?\b", "eur"), (r"antes?\b", "ant"), (r"ees?\b", "e"), (r"ieres?\b", "ier"), (r"iennes?\b", "ien"))


def own_title(text: str) -> str | None:
    """The speaker's job as they say it ("je suis manager, …" -> "manager"), masculine, folded."""
    folded = fold(re.split(r"[,.;:?!]", text)[0])
    match = OWN.match(folded)
    if not match:
        return None
    words = match[1].strip().split()
    if not words or len(words) > 3:
        return None
    out = []
    for word in words:
        for pattern, repl in FEMININE:
            word = re.sub(pattern, repl, word)
        out.append(word)
    return " ".join(out)


def titles_with(words: str, jobs: list[Job]) -> list[str]:
    """Job ids whose title holds these words (a title that is exactly these words and nothing else
    prefixes others: "assistant" -> Assistant, Assistant administratif de plateaux, Assistant de maîtrise d'ouvrage)."""
    pattern = re.compile(rf"(^| ){re.escape(words)}s?( |$)")
    found = [job.id for job in jobs if pattern.search(fold(job.job))]
    exact = [job.id for job in jobs if fold(job.job) == words]
    if exact and (len(found) <= 1 or " " in words):  # "chef de projet" is a title; "assistant" prefixes three
        return exact
    return found if len(found) <= 6 else []


FIGURE_WORDS = {"deja", "encore", "exactement", "au", "juste", "et", "ca", "correspond", "correspondent", "a", "quoi", "c", "est", "dans", "l", "etude", "signifie", "represente",
                "veut", "dire", "le", "les", "chiffre", "de", "du", "des", "ce", "cela", "alors", "qu", "que", "what", "is", "does", "mean",
                "il", "elle", "porte", "sur", "mesure", "concerne", "donc", "la", "correspondait", "correspondaient", "representait",
                "voulait", "signifiait", "rappelle", "moi"}  # fmt: skip


def asked_figure(text: str) -> int | None:
    """ "58 %, ça correspond à quoi ?", "et 68 % ?": a share the user wants explained (no other subject)."""
    match = re.fullmatch(r"(.*?)\b(\d{1,3})\s*(?:%|pour ?cent)(.*)", text.strip().rstrip("?!. "))
    if not match:
        return None
    rest = fold(match[1] + " " + match[3]).split()
    return int(match[2]) if all(word in FIGURE_WORDS for word in rest) else None


def worried(text: str) -> bool:
    return any(re.search(p, fold(text)) for p in WORRY)


# A person the turn introduces, whom its "il" / "elle" then points at (not the job in view).
SOMEONE_ELSE = (r"\b(ma|mon|une|un) (soeur|frere|mari|femme|cousine?|amie?|pote|copine?|copain|voisine?|mere|pere|fille|fils|conjointe?"
                r"|compagne|compagnon|belle soeur|beau frere|tante|oncle|niece|neveu)\b(?= (qui|est|bosse|travaille|fait|elle|il))")

# The short forms people type, spelled out before anything reads the message ("c quoi le + exposé ?", "on est dans
# la mm famille ?", "jsuis gestionaire paye", "les précos"): whole words, with or without accents. The one table of
# them: every reader sees the message spelled out.
SMS = {"jsuis": "je suis", "jsui": "je suis", "chui": "je suis", "mm": "même", "bcp": "beaucoup", "pk": "pourquoi", "pq": "pourquoi",
       "qd": "quand", "ds": "dans", "tt": "tout", "tjrs": "toujours", "ya": "il y a", "c": "c'est", "jpeux": "je peux", "chuis": "je suis",
       "gestionaire": "gestionnaire", "koi": "quoi", "dac": "d'accord", "qualif": "qualification", "qualifs": "qualifications",
       "reco": "recommandation", "recos": "recommandations", "preco": "préconisation", "precos": "préconisations",
       "nb": "nombre", "nbre": "nombre", "coordo": "coordinateur", "coordos": "coordinateurs",
       "jvais": "je vais", "jsais": "je sais", "jpense": "je pense", "jcrois": "je crois", "jveux": "je veux", "jdois": "je dois"}  # fmt: skip


C_IS = r"(?i)\s+(quoi|qui|quand|grave|moi|toi|lui|elle|bien|vrai|faux|ça|ca|combien|où|ou|pas|normal|un|une|mon|ma|nul|beaucoup|peu|juste|le|la|les)\b"


def spelled_out(text: str) -> str:
    """SMS forms and symbols in words: "le + exposé" -> "le plus exposé", "c quoi" -> "c'est quoi"."""
    text = re.sub(r"(?i)\b(le|la|les)\s*\+\s*(?=\w)", r"\1 plus ", text)
    text = re.sub(r"(?i)\bdu\s*\+\s*au\s*-\s*(?=\w)", "du plus au moins ", text)  # "classez-nous du + au - exposé"
    text = re.sub(r"(?i)\bdu\s*-\s*au\s*\+\s*(?=\w)", "du moins au plus ", text)
    text = re.sub(r"(?i)\by['’]a\b", "il y a", text)
    text = re.sub(r"(?i)\baccueil t[eé]l\b\.?", "accueil téléphonique", text)  # "je fais de l'accueil tel"
    text = re.sub(r"(?i)\b(fiches?) de transfos?\b", r"\1 de transformation", text)  # "les fiches de transfo"
    text = re.sub(r"(?i)\b(gestionn?aire( de)?) paye\b", r"\1 paie", text)  # the title's spelling, not "ça paye combien"
    return re.sub(r"(?<![\w'’])([^\W\d_]+)(?![\w'’])", lambda m: SMS.get(fold(m[1]), m[1]) if fold(m[1]) != "c" or re.match(C_IS, text[m.end():]) else m[1], text)


# "D'accord, merci. Et l'OPCO Atlas, il a quel rôle ?", "Ok. Et dans l'autre sens …": the thanks before a question
POLITE_OPENING = re.compile(
    r"(?i)^\s*((ok(ay)?|d['’ ]?accord|merci( beaucoup| bien)?|super|parfait|très bien|tres bien|bien reçu|compris|ah|bon|entendu|"
    r"ça marche|ca marche|génial|genial|nickel|thanks?( you)?|great|noted|oui|je vois|en effet|effectivement)\b[\s,.!;:]*)+"
)


def without_thanks(text: str) -> str:
    """The question after a polite opening, when there is one of at least two words; else the text as it is."""
    match = POLITE_OPENING.match(text)
    rest = text[match.end():] if match else text
    if match:  # "ah oui 0,86. et chez PwC ?": the figure said back, then the question
        rest = re.sub(r"^\d+(?:[,.]\d+)?\s*%?\s*[.!]+\s*", "", rest)
    # a question after it ("Ok. Et dans l'autre sens ?"), not the rest of the thanks ("merci pour ces infos")
    asks = "?" in rest or re.match(r"(?i)\s*(et|mais|alors|donc|puis|and)\b", rest)
    return rest if match and asks and len(rest.split()) >= 2 and not thanks(text) else text


# A closing remark ("merci, je vais en parler à mon CSE", "ça marche, bonne journée", "ok je vais lire ça",
# "parfait c'est exactement ce qu'il me fallait"): no question in it, nothing of the study named
CLOSING = (
    r"^((ok|okay|bon|ben|ah|oh|super|parfait|top|genial|d accord|ca marche|tres bien)\s+)*(merci|thanks|thx|thank you|mrc|mci)\b",
    r"^(ok|okay|d accord|super|parfait|top|bien|tres bien|ca marche|entendu|compris|note|c est note|bon)\b.*\bje (vais|transmets|transmettrai|note|regarde|lis|garde|retiens|reviens|partage|prendrai|reprendrai|garderai|retiendrai|utiliserai)\b",
    r"\b(bonne (journee|soiree|fin de journee|continuation|semaine)|au revoir|a bientot|a plus)\s*$",
    r"^(parfait|super|top|genial|nickel|excellent|impeccable)\b",
    r"^(ah |ok |d accord )?(oki|okidoki|ouf|entendu|note|compris|ca roule|vu|ok ok|cool merci|je vois|ah je vois)$",
    # "bizarre mais ok merci", "c'est pas juste mdr": a remark of one's own (nothing of the study named), then the
    # thanks or the laugh that closes it
    r"^((c est |pas |vraiment |tres |un peu |assez |trop )*(bizarre|etrange|interessant|surprenant|dingue|fou|logique|normal|dommage|injuste|juste|pas mal"
    r"|chouette|incroyable|etonnant|triste|flippant|rassurant|clair|pratique|utile|instructif|ok|bon|bien|ah|oh|d accord|compris|vu|pardon|desolee?|excuse) )"
    r"(mais |bon |enfin )?(ok |d accord |bon )?(merci|thanks|thx|cheers)( (beaucoup|bien|quand meme|bcp))?$",
    r"^(?!et\b)(?!.*\b(actions?|metiers?|scores?|familles?|pwc|experts?|opco|fiches?|pdf)\b)(\w+ ){0,5}(mdr|lol|ptdr|xd|haha+)$",
    r"^(ok|okay|d accord|bon|top|super|parfait)\b.*\bje (mets|mettrai|ajoute|ajouterai|copie|colle|reprends|reprendrai|imprime|integre)\b.*\b(merci|thanks)\s*$",
)
ASKS = (
    r"\b(quel\w*|combien|comment|pourquoi|qui|quoi|ou|est ce|lequel\w*|laquelle|lesquel\w*|peux tu|pouvez vous|tu peux|vous pouvez|donne|dis moi|explique)\b"
    r"|^(et|mais)\b|\bet (le|la|les|l|pour|si|chez|sur|dans|du|des|sinon)\b"
)


def closing(text: str) -> bool:
    """A closing remark: thanks or a goodbye with something of one's own, no question."""
    folded = fold(text)
    if "?" in text or len(folded.split()) > 14 or re.search(ASKS, folded) or re.search(r"\d", folded):
        return False
    return any(re.search(pattern, folded) for pattern in CLOSING) and not worried(text)


def thanks(text: str) -> bool:
    """ "merci", "ok super", "top !": not "top 10 PwC" (a figure or a subject makes it a question)."""
    folded = re.sub(r"^(bonjour|salut|hello|coucou|bonsoir)\s+", "", fold(text))  # "Bonjour ! Merci pour hier, …"
    subject = re.search(r"\d|\b(pwc|experts?|metiers?|score|famille|classement|expose\w*)\b", folded)
    opening = re.match(THANKS, folded)
    # "ok prends chargé d'assistance" asks something; "ok c'est plus clair, merci quand même" thanks
    rest = set(folded[opening.end():].split()) - POLITE - RELIEVED if opening else {"?"}
    # "ok merci docteur 😄": a thank-you with one word of its own (a nickname, a joke) is still one; not a worry
    # ("ok merci ça fait peur") nor a question ("ok merci, et le juriste")
    calm = not worried(text) and not re.search(r"\b(et|mais|le|la|les|du|de|des|pour|sur|avec|and|the|for)\b", folded)
    warm = bool(re.search(r"\b(merci|thanks|thx|thank you)\b", folded)) and len(rest) <= 1 and len(folded.split()) <= 5 and calm
    # "bon je flippe moins, merci": a feeling, then the thanks that closes it (every word before it polite or relieved)
    closing = re.search(r"\b(merci|thanks|thx)( (beaucoup|bien|encore|bcp))?$", folded)
    relieved = bool(closing) and set(folded[: closing.start()].split()) <= POLITE | RELIEVED and calm
    return (bool(opening) or relieved) and len(folded.split()) <= 8 and "?" not in text and not subject and (not rest or warm or relieved)


ENGLISH_CONTENT = {"job", "jobs", "study", "exposed", "score", "share", "report", "training", "people", "employees", "companies",
                   "lose", "most", "least", "many", "according"}  # fmt: skip
FRENCH = {"le", "la", "les", "des", "du", "de", "est", "et", "un", "une", "que", "qui", "pour", "dans", "sur", "mon", "ma",
          "mes", "quel", "quelle", "quels", "quelles", "combien", "au", "aux", "ce", "cette", "il", "elle", "je", "tu", "nous",
          "vous", "pas", "ou", "sont", "c'est", "selon", "entre", "avec", "plus", "moins", "metier", "métier", "métiers"}  # fmt: skip


def english(text: str) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    hits = sum(w in ENGLISH for w in words)
    french = sum(w in FRENCH for w in words)
    # "score du juriste" is French; "And short awareness trainings?" is English
    grammar = sum(w in ENGLISH and w not in ENGLISH_CONTENT for w in words)  # "data analyst score ?" has none
    if len(words) == 2 and french == 0 and grammar >= 1 and all(w in ENGLISH or w in ENGLISH_WORDS for w in words):
        return True  # "same family?", "and nurses?": two English words, one of them English grammar
    return len(words) >= 3 and ((hits >= 2 and hits / len(words) >= 0.3 and french <= hits // 2) or (grammar >= 1 and french == 0))


ORDINALS = {"premier": 1, "premiere": 1, "deuxieme": 2, "seconde": 2, "second": 2, "troisieme": 3, "quatrieme": 4,
            "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10}  # fmt: skip
# "et le deuxième ?", "la 3e, tu peux détailler ?": an item of the list just given, by its place
ORDINAL_ASK = (
    r"^(?:et |mais |puis |ok |alors |donc |d accord )?(?:(?:que contient|que dit|qu y a t il dans|c est quoi|detaille[rz]?|explique[rz]?|(?:vous pouvez|tu peux|pouvez vous|peux tu) (?:me )?(?:detailler|expliquer|developper|preciser)|parle[rz]? moi de|dis m en plus sur) )?"
    r"(?:le |la |l |pour le |pour la |son |sa )?(?:tout |toute )?(?P<word>premier|premiere|deuxieme|seconde?|troisieme|quatrieme"
    r"|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|avant dernier|avant derniere|dernier|derniere|(?P<n>\d{1,2}) ?(?:e|eme|er|ere)"
    # "la 2 c'est quoi ?", "et la numéro 3 ?": a number of the list in view said without its suffix
    r"|(?<=la )(?:numero |n )?(?P<bare>[1-9])|(?<=le )(?:numero |n )(?P<bare2>[1-9])|numero (?P<bare3>[1-9]))\b(?P<rest>.*)$"
)


def next_asked(text: str) -> int | None:
    """ "et juste après ?" -> +1, "et juste avant ?" -> -1: the neighbour asked for in a list, or None."""
    folded = fold(text)
    if re.fullmatch(r"(et |ok et |puis )?(juste |tout de suite )?(apres|derriere|ensuite)( lui| celui la| ca)?|(et )?(le|la) (suivante?|prochaine?)|(et )?(celui|celle) (d )?(juste )?(apres|derriere)|(and )?(the )?next( one)?", folded):
        return 1
    if re.fullmatch(r"(et )?(juste )?(avant|devant)( lui| celui la)?|(et )?(le|la) precedente?|(et )?(celui|celle) (d )?(juste )?(avant|devant)", folded):
        return -1
    return None


def ordinal_asked(text: str) -> int | None:
    """The place asked for in a short follow-up ("et le deuxième ?" -> 2, "et le dernier ?" -> -1), or None."""
    match = re.match(ORDINAL_ASK, fold(text))
    # "et le dernier de la liste, il devient quoi chez les experts ?": the place, then what is asked of it
    rest = re.sub(r"^\s*(de la liste|de tout a l heure|du top( \d+)?|de ce top( \d+)?|de la liste d avant|cite)\b", " ", match["rest"]) if match else ""
    if match and re.match(r"\s*(etudes?|volets?|parties?|phases?|qualifications?|fois|temps|semestre|annee)\b", match["rest"]):
        return None  # "la seconde étude", "le premier volet": no place in a list
    rest = re.sub(r"^\s*(de (cette|ta|votre|la) liste|dans (cette|la) liste|de ce classement|parmi eux|d entre eux)\b", " ", rest)
    # "le dernier point de cet axe, ça veut dire quoi pour nous ?": an item of the axis in view, then what is asked of it
    words = 12 if re.match(r"\s*(point|item|element|recommandation|preconisation|mesure)s?\b", rest) else 10
    if not match or len(rest.split()) > words or re.search(r"\b(plus|moins|sur|de l etude|du classement)\b", rest):
        return None
    number = match["n"] or match["bare"] or match["bare2"] or match["bare3"]
    if number:
        return int(number)
    if match["word"].startswith("avant"):
        return -2
    return -1 if match["word"].startswith("dernier") else ORDINALS[match["word"]]


@dataclass(frozen=True)
class Quoted:
    kind: str  # "score", "percent", "rank", "count", "months"
    value: float
    text: str


def quoted_figures(text: str) -> list[Quoted]:
    """The figures a user states (to have them checked)."""
    folded = fold(text)
    found = []
    for m in re.finditer(r"\b(0|1)[,.](\d{1,2})\b", text):
        found.append(Quoted("score", float(f"{m[1]}.{m[2]}"), m[0]))
    for m in re.finditer(r"\b(\d{1,3})(?:[,.](\d))?\s*(%|pour ?cent)", text):
        found.append(Quoted("percent", float(m[1] + ("." + m[2] if m[2] else "")), m[0]))
    for m in re.finditer(r"\b(la moitie|un quart|trois quarts|un tiers|deux tiers|un cinquieme|un dixieme)\b", folded):  # "un quart des métiers"
        share = {"la moitie": 50, "un quart": 25, "trois quarts": 75, "un tiers": 33, "deux tiers": 67, "un cinquieme": 20, "un dixieme": 10}[m[1]]
        found.append(Quoted("percent", float(share), m[0].replace("moitie", "moitié").replace("cinquieme", "cinquième").replace("dixieme", "dixième")))
    # matched on the folded text, so said back in the study's spelling rather than as typed
    for m in re.finditer(r"\b(\d{1,2})\s*(?:e|eme|er|ere|ème|è|th|st|nd|rd)\b(?! (volet|partie|phase|etude|edition|version|axe|action|enseignement|section|niveau|moitie|tiers|quart|priorite|recommandation))", folded):
        found.append(Quoted("rank", float(m[1]), "1er" if m[1] == "1" else f"{m[1]}e"))
    for m in re.finditer(r"\b(\d{1,2})\s+(metiers|jobs|familles|profils|niveaux|axes|actions|phases)\b", folded):
        unit = "métiers" if m[2] in ("metiers", "jobs") else m[2]
        found.append(Quoted("count", float(m[1]), f"{m[1]} {unit}"))
    for m in re.finditer(r"\b(20\d\d)\b", folded):
        found.append(Quoted("year", float(m[1]), m[1]))
    for m in re.finditer(r"\b(\d{1,2})\s+mois\b", folded):
        found.append(Quoted("months", float(m[1]), f"{m[1]} mois"))
    for m in re.finditer(r"\b(un|1|deux|2|trois|3)\s+(an|ans|annee|annees)\b", folded):  # "l'étude a duré un an ?"
        years = {"un": 1, "deux": 2, "trois": 3}.get(m[1]) or int(m[1])
        found.append(Quoted("months", float(12 * years), m[0]))
    return found


def claims(text: str) -> list[Quoted]:
    """Figures quoted with a request to check them ("le juriste a 0,80 c'est ça ?"), or a count or share put
    as a short question ("12 métiers cœur ?")."""
    folded = fold(text)
    if any(re.search(p, folded) for p in CLAIM_CUES):
        return quoted_figures(text)
    if len(text.split()) <= 6 and text.rstrip().endswith("?"):
        return [q for q in quoted_figures(text) if q.kind in ("count", "percent") and not named_by_size(text, q)]
    return []


def sized_set(text: str, quoted: Quoted) -> bool:
    """ "des 10 métiers cœur", "parmi les 10 métiers cœur": a count after an article names a set by its size."""
    return quoted.kind == "count" and bool(re.search(
        rf"\b(des|les|aux|ces|parmi les) {int(quoted.value)} (metiers|jobs|familles|profils|niveaux|axes|actions|phases)\b", fold(text)))


def named_by_size(text: str, quoted: Quoted) -> bool:
    """ "le plus exposé des 10 métiers cœur ?": a set named by its size in a ranking asked, not a count put to check."""
    ranked = re.search(r"\b(le|la|les|celui|celle) (plus|moins)\b|\b(premier|premiere|dernier|derniere)\b", fold(text))
    return bool(ranked) and sized_set(text, quoted)


def figure_in(answer: str, quoted: Quoted) -> bool:
    """Whether the answer states the same figure, in the same kind of unit."""
    text = answer.replace("\u202f", " ").replace("\xa0", " ")
    if quoted.kind == "score":
        return decimal_fr(quoted.value) in text
    if quoted.kind == "percent":
        number = f"{quoted.value:g}".replace(".", ",")
        return bool(re.search(rf"(?<![\d,]){re.escape(number)}\s*%", text))
    if quoted.kind == "rank":
        number = int(quoted.value)
        return bool(re.search(rf"(?<!\d){number}(e|er)\b(?! sur 58 selon)", text)) or (
            number == 1 and bool(re.search(r"\b1er\b|\ble plus exposé", text))
        )
    if quoted.kind == "count":
        unit = quoted.text.split(" ", 1)[1]
        units = {"métiers": "métiers|metiers", "profils": "profils|catégories|categories"}.get(unit, unit)
        return bool(re.search(rf"(?<![\d,]){int(quoted.value)} ({units})", text))
    if quoted.kind == "year":
        return bool(re.search(rf"\b{int(quoted.value)}\b", text))
    if quoted.kind == "months":
        return bool(re.search(rf"\b{int(quoted.value)} mois\b", text))
    return False


QUESTION_START = (
    r"((dans|de|a|en|pour|sur|par|avec)\s+(quel|quelle|quels|quelles|combien|qui|quoi)"
    r"|que|quoi|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|combien|comment|pourquoi|quand|est\s+ce|qui|ou|c\s+est\s+quoi"
    r"|et\s+(que|quoi|quel|quelle|quels|combien|comment|pourquoi|qui)|what|how|which|who)"
)
# imperatives that start a second request ("compare X et Y, et explique ce que veut dire…")
REQUEST_START = r"(explique\w*|donne\w*|dis|dites|liste\w*|compare\w*|precise\w*|indique\w*|rappelle\w*|montre\w*|cite\w*)"
# "…, et l'étude recommande-t-elle une charte ?": a question by inversion after the joint too
ASK_JOINT = re.compile(rf"\s+(et|puis|aussi)\s+(?=({QUESTION_START}|{REQUEST_START})\b|(l |la |le |les )?\w+ \w+ t (il|elle|ils|elles|on)\b)")
# "combien de X, combien de Y" : a comma before a question word, when the part before is a question too
COMMA_JOINT = re.compile(r"(?i)\s*,\s+(?:et\s+)?(?=(combien|quel|quelle|quels|quelles|lequel|laquelle|lesquels|qui|pourquoi|comment|quand|est\s+ce)\b)")


def fold_in_place(text: str) -> str:
    """Like ``fold`` but one character for one (no run collapsed, no ligature spelled out), so that a match's
    offsets are the original text's."""
    return "".join(
        folded if folded.isascii() and folded.isalnum() else " "
        for folded in ((strip_accents(c).lower() or " ")[0] for c in text)
    )


def split_asks(text: str) -> list[str]:
    """Several questions in one message: split after each "?", before "et + question word", and at a comma before
    a question word when the part before is a question, whenever each part has enough words to stand alone. A
    single question comes back whole."""
    # after a single "?" ("0,82 ?? c'est énorme" is one thought, exclaimed)
    pieces = [piece for part in re.split(r"(?<=[^?!]\?)\s+", text) if part.strip() for piece in _split_part(part.strip())]
    pieces = [p for p in pieces if len(fold(p).split()) >= 2]
    merged: list[str] = []
    for piece in pieces:  # "… 19 % ? J'ai compté dans le tableau et je trouve 12 métiers.": a statement backs the question
        if merged and not piece.rstrip().endswith("?") and re.search(r"\d", piece) and not re.match(rf"\s*({QUESTION_START}|{REQUEST_START})\b", fold_in_place(piece)):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged if len(merged) > 1 else [text]


def asks_about_a_job(text: str) -> bool:
    """Whether a message asks about a job's exposure, not only names it ("je suis chargé de réclamations")."""
    return bool(re.search(r"\b(score|note|expos\w*|classement|rang|place|profil|impact\w*|touche\w*|concerne\w*|menace\w*|risque\w*|c est quoi|quel\w*)\b", fold(text)))


def outside_clause(text: str) -> tuple[str, str] | None:
    """A question about the study with an out-of-scope ask beside it ("gestionnaire de dossiers : mon score, et je
    toucherai combien de plus ?"): the rest of the message, in its own words, and the clause outside the study."""
    cuts = [0, *(m.end() for m in re.finditer(r"[,;:?!]+\s*|\s+(?=et\s)", text)), len(text)]
    clauses = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip(" ,;:?!")]
    outside = [(a, b) for a, b in clauses if scope.outside(fold(text[a:b])) is not None]
    rest = [(a, b) for a, b in clauses if (a, b) not in outside]
    said = " ".join(text[a:b].strip() for a, b in rest).strip(" ,;:")
    if not outside or not rest or len(fold(said).split()) < 3:
        return None
    said = re.sub(r"(?i)\s+et$", "", said).rstrip(" ,;:?")
    return said + " ?", " ".join(text[a:b].strip() for a, b in outside)


def _split_part(part: str) -> list[str]:
    folded = fold_in_place(part)
    match = ASK_JOINT.search(folded)
    # "combien de métiers et combien de familles …": a count beside a count stands in three words
    enough = 3 if match and re.match(r"\s*combien\b", folded) and folded[match.end():].startswith("combien") else 4
    if match and len(folded[: match.start()].split()) >= enough and len(folded[match.end() :].split()) >= 3:
        # the next part without its "et": a sibling question, not a follow-up that narrows the one before
        return _split_part(part[: match.start()].strip(" ,;:")) + _split_part(part[match.end() :].strip())
    comma = COMMA_JOINT.search(part)  # on the text: folding turns commas into spaces
    if (
        comma
        and re.match(rf"\s*{QUESTION_START}\b", folded)
        and len(folded[: comma.start()].split()) >= 3
        and len(folded[comma.end() :].split()) >= 3
    ):
        return _split_part(part[: comma.start()].strip(" ,;:")) + _split_part(part[comma.end() :].strip())
    return [part]


# Enough English to route a question; the answer stays in French and says so in its first line.
ENGLISH_PHRASES = (
    (r"^(hey|hi|hello|sorry|ok|okay|well)\b[,!.]?\s+(?=(\S+\s+){4}\S)", ""),  # an opening word before a question (not "hello, who are you?")
    # follow-ups as people type them in English
    (r"\bdatabase admin(istrator)?s?\b|\bdb admins?\b|\bdbas?\b", "administrateur de base de données"), (r"\bmy colleague\b", "mon collègue"),
    (r"\b(provider |supplier )?invoices? (manager|clerk|handler|officer)s?\b", "gestionnaire des factures prestataires"),
    (r"(['‘’\"][^'‘’\"]{3,60}['‘’\"])\s*\([^)]*\)", r"\1"),  # "a 'chargé d'assistance' (assistance case handler)": the study's title, not the gloss
    (r"\bwhy such an? (big |large |huge )?(gap|difference)\b", "pourquoi un tel écart"),
    # "the data analyst job", "the 'Chargé de communication' job": the title alone (not "the most exposed job")
    (r"\b(the|a|an) ((?:(?!most\b|least\b|core\b|same\b|other\b|first\b|last\b|next\b|only\b|whole\b|my\b|this\b|that\b)['‘’\"]?[\w'’-]+['‘’\"]? ){1,5}?)(job|role|occupation)\b(?! famil)", r"\1 \2"),
    (r"\bexposure score\b", "score d'exposition"),
    (r"\bwhat(?:'s| is) the (score d'exposition|score|rank|position|profile|ranking) (?=of|for)\b", r"quel est le \1 "),  # a job's figure, not a definition
    (r"\bwhich family (are|is|am) (we|i|it|he|she|they|this job|my job)( in)?\b", "on est dans quelle famille"),
    (r"\b(and )?compared (to|with) (the )?\b", r"\1comparé au "), (r"\bclaims? officers?\b", "chargé de réclamations"),
    (r"\b(only )?the two of us\b", "nous deux"), (r"\bboth of us\b", "nous deux"),
    (r"\bsame (family|profile|score|rank) as (me|us|mine|my job|my own)\b", r"même \1 que moi"), (r"^same family\b", "même famille"), (r"\bwho else is in my (job )?family\b", "qui d'autre dans ma famille"),
    (r"\bin terms of (ranking |rank )?places\b", "en places"), (r"\bwhat would help me (upskill|reskill|train|grow)\b", "quelle formation recommande l'étude pour moi"),
    (r"\b(the )?study'?s timeline\b", "la durée de l'étude"), (r"\bwhere can i (find|read|get|download) the (full|whole|complete) report\b", "où trouver le rapport complet"),
    (r"\bhow were (the )?(58 )?(jobs|occupations) (scored|rated|assessed|evaluated)\b", "comment le score des métiers est-il calculé"),
    (r"\binterpreters?\b", "interprète"), (r"\btranslators?\b", "traducteur"), (r"\bwhat about\b", "et"),
    (r"\bis (it|that) (considered )?an? core (assistance )?job\b", "c'est un métier cœur"), (r"\bin both (rankings|qualifications|assessments)\b", "dans les deux qualifications"),
    (r"\bwhich one of them is the (least|most) exposed\b", r"lequel d'entre eux est le \1 exposé"),
    (r"\bwho moved (up and down|up or down) the most\b", "qui a gagné le plus de places et qui en a perdu le plus"),
    (r"\bat an? (\w+ )?(assistance )?(company|firm|insurer|provider)\b", "dans une société d'assistance"),
    (r"['‘’\"]core['‘’\"] jobs?\b", "core job"), (r"\bam i one\b", "j'en suis un"),  # "what does 'core' job mean?"
    # a family named before its noun, and the family in view ("in the Gestion d'Assistance family", "of that family")
    (r"\b(in|of|for) (that|this) family\b", "de cette famille"), (r"\b(in|of|for) the family\b", "de la famille"),
    (r"\b(in|of|for) the ([A-Z][\w'’ ,-]+?) family\b", r"dans la famille \2"),
    (r"\bwhich (job|occupation|role) is the most exposed\b", "quel métier est le plus exposé"),
    (r"\bwhich (job|occupation|role) is the least exposed\b", "quel métier est le moins exposé"),
    (r"\bwhat does (it|that|this) (involve|entail|look like)( concretely| in practice)\b", "c'est quoi concrètement"),
    (r"\bwhat does (it|that|this) involve\b", "c'est quoi concrètement"), (r"\b(concretely|in practice)\b", "concrètement"),
    (r"\bso (i|we) (dropped|lost|fell)\b", "donc j'ai perdu"), (r"\bso (i|we) (gained|rose|climbed)\b", "donc j'ai gagné"),
    (r"\b(i|we) (dropped|lost|fell)\b", "j'ai perdu"), (r"\b(i|we) (gained|rose|climbed)\b", "j'ai gagné"),
    (r"\bwhich (one )?is (the )?(more|most) exposed\b", "lequel est le plus exposé"), (r"\bwho is (the )?(more|most) exposed\b", "qui est le plus exposé"),
    (r",? (the )?(\w+) or the (\w+)\b", r" : \2 ou \3"),  # "…, the nurse or the doctor?"
    (r"\bdata analysts?\b", "statisticien"), (r"\bhow exposed am i\b", "suis-je exposé"), (r"\bam i\b", "suis-je"),
    (r"\bi'?m not\b|\bi am not\b", "je ne suis pas"), (r"\bat risk\b", "menacé"),
    (r"\bwhat (position|rank|place) is (that|it|this)\b", "quel est son rang"), (r"\bwhat'?s? (is )?(my|the) (position|rank|place)\b", "quel est mon rang"),
    (r"\b(\w+) means what( exactly)?\b", r"que veut dire \1"),
    (r"\bwhat'?s in the (first|second|third|fourth|fifth|sixth|last) one\b|\bwhat is in the (first|second|third|fourth|fifth|sixth|last) one\b", r"que contient le \1\2"),
    (r"\band the (first|second|third|fourth|fifth|sixth|last) one\b", r"et le \1"),
    (r"\bthe last( one)?\b", "le dernier"),
    (r"\b(which|what) skills (keep|make) (us|me|people|jobs?) safe\b", "quelles compétences protègent le métier"),
    (r"\bis '?([\w -]+?)'? (one of the jobs|a job|among the jobs)( covered| studied| listed)?( by| in)? (the|this) study\b", r"\1 fait-il partie des 58 métiers de l'étude"),
    (r"\bwhich other jobs share (that|this|the same|its|his|her) profile\b", "qui d'autre est dans la même catégorie que lui"),
    (r"\bwhat does (it|that|this) mean for (me|my (daily )?(work|job))\b", "qu'est-ce qui va changer concrètement pour mon métier"),
    (r"\b(and )?(for|with|according to) the experts\b", r"\1selon les experts"), (r"\b(and )?(for|with|according to) pwc\b", r"\1selon PwC"),
    (r"\bwill i lose my job\b", "vais-je perdre mon emploi"), (r"\blose my job\b", "perdre mon emploi"),
    (r"\b(will|could) (ai|it) replace (my job|me)\b", "l'IA va-t-elle me remplacer"), (r"\bshould i be (scared|worried|afraid)\b", "dois-je m'inquiéter"),
    (r"\bis (that|it) bad\b", "c'est grave"), (r"\bis (it|that) true that\b", "est-il vrai que"),
    (r"^and\b", "et"), (r",\s*and\b", ", et"), (r"\s+and\s+(?=(which|what|how|who|why|where)\b)", ", et "), (r"\bwhat'?s my rank\b", "quel est mon rang"), (r"\bmy rank\b", "mon rang"),
    (r"\b(and )?(the )?other ones in (that|this|the same) family\b", "et les autres de cette famille"), (r"\b(that|this) family\b", "cette famille"),
    (r"\bis it a core job\b", "c'est un métier cœur"), (r"^is (.+?) an? core job\b", r"\1 est-il un métier cœur"),
    (r"\bwhat is (its|his|her|their) (pwc |experts?' |the experts' )?score\b", r"quel est son score \2"), (r"\b(its|his|her)\b", "son"), (r"\bis my job affected\b", "mon métier est-il concerné"),
    (r"\bi work as an?\b", "je travaille comme"), (r"\bi'?m an?\b|\bi am an?\b", "je suis"),
    (r"\bhow many job families\b", "combien de familles de métiers"), (r"\bwho carried out\b", "qui a réalisé"),
    (r"\bone of the jobs in the study\b", "dans l'étude"),
    (r"\b(i'?m|i am|is (he|she|it)) the most exposed\b", r"\1 le plus exposé"), (r"\b(i'?m|i am|is (he|she|it)) the least exposed\b", r"\1 le moins exposé"),
    (r"\bmost exposed\b", "les plus exposés"), (r"\bleast exposed\b", "les moins exposés"),
    (r"\bhighest\b", "les plus exposés"), (r"\blowest\b", "les moins exposés"),
    (r"\baccording to (the )?(business )?experts?\b", "selon les experts"), (r"\baccording to pwc\b", "selon PwC"),
    (r"\bhow many\b", "combien de"), (r"\bwhat share\b", "quelle part"), (r"\bcore jobs?\b", "métiers cœur"),
    (r"\bjobs\b", "métiers"), (r"\bjob\b", "métier"), (r"\boccupations?\b", "métiers"),
    (r"\brecommendations?\b", "recommandations"), (r"\btraining\b", "formation"),
    (r"\bpriority actions?\b", "actions prioritaires"), (r"\bfamily\b", "famille"), (r"\bcompare\b", "compare"),
    (r"\bwhat (is|was) (this|the) study about\b", "sur quoi porte l'étude"), (r"\bwe'?re number one\b", "nous sommes les premiers"),
    (r"\bnumber one\b", "premier"), (r"\bwho'?s first\b|\bwho is first\b", "qui est le premier"), (r"\b(here|then)\b", " "),
    (r"\badmin(istrative)? assistant\b", "assistant administratif"), (r"\bIT project managers?\b", "chef de projet informatique"),
    (r"\bproject managers?\b", "chef de projet"), (r"\bis it true\b(?! that)", "est-il vrai que"), (r"\bplatform\b", "plateau"), (r"\b(three|3) objectives\b", "trois objectifs"),
    (r"\bobjectives?\b", "objectifs"), (r"\bgoals?\b", "objectifs"), (r"\bhow was (the|this) study (done|conducted|carried out|made)\b", "comment l'étude a-t-elle été réalisée"),
    (r"\bwho (ran|led|steered|supervised|oversaw) (the|this) study\b", "qui a piloté l'étude"), (r"\bsocial dialogue\b", "dialogue social"),
    (r"\bwhat does (.+?) mean\b", r"que veut dire \1"), (r"\bwhat is an?\b", "c'est quoi un"), (r"\bwhat is\b", "c'est quoi"),
    (r"\bwill my job disappear\b", "mon métier va disparaître"), (r"\bclaims? handlers?\b", "chargé de réclamations"),
    (r"\breceptionists?\b", "chargé d'accueil"), (r"\bcase (manager|handler)s?\b", "gestionnaire de dossiers"),
    (r"\bwhat should (my employer|my company|companies|we|i) do\b", r"que doit faire \1"),
    (r"\btrainers?\b", "formateur"), (r"\bpayroll\b", "paie"), (r"\bmy employer\b", "mon employeur"), (r"\bnurse\b", "infirmier"), (r"\bdoctor\b", "médecin"),
    (r"\bchanged? (their |its )?profile\b", "changent de profil"), (r"\bmaturity\b", "maturité"),
    (r"\bcompanies\b", "entreprises"), (r"\bsurvey\b", "consultation"), (r"\bstudy\b", "étude"),
    (r"\bscore of\b", "score du"), (r"\bexposure\b", "exposition"), (r"\bexposed\b", "exposé"),
    (r"\bwho (wrote|made|did|conducted|carried out|produced)\b", "qui a réalisé"), (r"\bwhen was it (done|made|carried out|conducted)\b", "quelle durée"),
    (r"\bmoved? from\b", "sont passés de"), (r"\bfrom\b(.+?)\bto\b", r"de\1à"),
    (r"\bheavily (impacted|affected|transformed)\b", "en forte transformation"), (r"\bcomplaints? handlers?\b", "chargé de réclamations"),
    (r"\bhow mature\b", "quel niveau de maturité"), (r"\bshould i (retrain|change jobs?|reskill)\b", "dois-je me reconvertir"),
    (r"\bhow does (that|it|my job) compare( to other jobs)?\b", "mon métier est à quel rang dans le classement"),
    (r"\b(is|was) (that|it|this) a lot( compared (to|with) (the )?others)?\b", "c'est beaucoup par rapport aux autres"),
    (r"\bdid (it|ça|that) change (category|categories|profile)\b", "a-t-il changé de profil"), (r"\bkeep (its|his|her|son) (profile|category)\b", "garde son profil"),
    (r"\b(the )?biggest (jump|leap|rise|gain)( of all)?\b", "la plus forte progression de tous"), (r"\b(the )?biggest (drop|fall|loss)( of all)?\b", "la plus forte baisse de tous"),
    (r"\bi'?m\b|\bi am\b", "je suis"), (r"\bis (it|that|this)\b", "c'est"), (r"\bthe (?=les\b)", ""), (r"\bthe (?=\d)", "les "), (r"\bthe\b", "le"), (r"\b(du|au) le\b", r"\1"), (r"^so\b", "donc"), (r"\bof all (\d+)\b", r"des \1"),  # what is left, last
    (r"\bwhat will (actually |really )?change for me\b", "qu'est-ce qui va changer concrètement pour mon métier"), (r"\bmature\b", "maturité"), (r"\bthe experts\b", "les experts"), (r"\bhow long\b", "quelle durée"), (r"\bwho (led|steered|ran)\b", "qui a piloté"),
)  # fmt: skip


# Then word by word, the study's own vocabulary: enough for search and the readers to find their cues.
ENGLISH_WORDS = {
    "respondents": "répondants", "respondent": "répondants", "awareness": "sensibilisation", "short": "courtes",
    "trainings": "formations", "recommend": "recommande", "recommends": "recommande", "hr": "RH", "teams": "équipes",
    "team": "équipe", "governance": "gouvernance", "rules": "règles", "rule": "règle", "charter": "charte",
    "strategy": "stratégie", "strategic": "stratégique", "roadmap": "feuille de route", "pilots": "pilotes",
    "pilot": "pilote", "projects": "projets", "project": "projet", "data": "données", "ethics": "éthique",
    "ethical": "éthique", "transparency": "transparence", "transparent": "transparente", "managers": "managers",
    "employees": "salariés", "workers": "salariés", "skills": "compétences", "skill": "compétence",
    "competences": "compétences", "tasks": "tâches", "activities": "activités", "method": "méthode",
    "methodology": "méthodologie", "phases": "phases", "duration": "durée", "months": "mois", "levels": "niveaux",
    "level": "niveau", "profiles": "profils", "profile": "profil", "emerging": "émergent", "evolving": "en évolution",
    "transformation": "transformation", "impacted": "impacté", "impact": "impact", "rank": "rang", "ranking": "classement",
    "position": "position", "families": "familles", "experts": "experts", "expert": "expert", "qualification": "qualification",
    "qualifications": "qualifications", "use": "usage", "cases": "cas", "sheets": "fiches", "sheet": "fiche",
    "bridges": "passerelles", "pathways": "passerelles", "transitions": "passerelles", "mobility": "mobilité",
    "retraining": "reconversion", "reskilling": "formation", "upskilling": "montée en compétences",
    "understanding": "compréhension", "understand": "comprennent", "share": "part", "percent": "%", "percentage": "pourcentage",
    "companies": "entreprises", "company": "entreprise", "firms": "entreprises", "sector": "secteur", "branch": "branche",
    "social": "social", "dialogue": "dialogue", "unions": "syndicats", "union": "syndicat", "priority": "prioritaires",
    "actions": "actions", "axes": "axes", "axis": "axe", "infrastructure": "infrastructure", "security": "sécurité",
    "confidentiality": "confidentialité", "privacy": "confidentialité", "audit": "audit", "control": "contrôle",
    "responsibility": "responsabilité", "culture": "culture", "experimentation": "expérimentation", "why": "pourquoi",
    "changed": "changé", "change": "changement", "changes": "changements", "moved": "bougé", "gained": "gagné",
    "lost": "perdu", "dropped": "perdu", "places": "places", "points": "points", "less": "moins", "more": "plus", "list": "liste",
    "which": "quels", "disappear": "disparaître", "replace": "remplacer", "replaced": "remplacé", "lawyer": "juriste",
    "negligible": "négligeable", "suggest": "recommande", "suggests": "recommande", "first": "premier", "second": "deuxième", "third": "troisième", "fourth": "quatrième", "fifth": "cinquième", "sixth": "sixième",
    "accountant": "comptable", "assistant": "assistant", "manager": "manager", "developer": "développeur",
    "and": "et", "of": "de", "gap": "écart", "difference": "différence", "actuary": "actuaire", "auditor": "auditeur", "buyer": "acheteur", "psychologist": "psychologue",
    # the small words of a follow-up ("same family?", "still among the least exposed?", "and nurses?")
    "my": "mon", "your": "votre", "who": "qui", "else": "d'autre", "in": "dans",
    "still": "toujours", "among": "parmi", "she": "elle", "he": "il", "they": "ils", "than": "que", "us": "nous",
    "we": "nous", "protect": "protègent", "protects": "protège", "say": "disent", "says": "dit", "exactly": "exactement",
    "parts": "parties", "work": "travail", "safe": "à l'abri", "nurses": "infirmiers", "doctors": "médecins", "colleague": "collègue",
    "colleagues": "collègues", "invoices": "factures", "providers": "prestataires", "exist": "exister", "years": "ans",
    "tools": "outils", "same": "même", "family": "famille", "other": "autre", "others": "autres", "too": "aussi",
    "also": "aussi", "only": "seulement", "both": "les deux", "where": "où", "when": "quand", "with": "avec", "for": "pour",
    "from": "de", "so": "donc", "then": "alors", "next": "suivant",
    "one": "un", "two": "deux", "three": "trois", "five": "cinq", "ten": "dix", "top": "top",
    "bottom": "derniers", "core": "cœur", "risk": "risque", "worried": "inquiet", "scared": "peur", "afraid": "peur",
    "not": "pas", "yes": "oui", "all": "tous", "about": "sur", "as": "que", "ranked": "classé",
    "score": "score", "scores": "scores", "exposed": "exposé", "many": "combien", "what": "quoi",
}  # fmt: skip


def to_french(text: str) -> str:
    out = text
    for pattern, replacement in ENGLISH_PHRASES:
        out = re.sub(pattern, replacement, out, flags=re.IGNORECASE)
    out = re.sub(r"\bit\b", "ça", out)  # the pronoun; "IT" (informatique) is written in capitals
    out = re.sub(r"(?i)\b(she|he|that|who|what|there)'s\b", r"\1 is", out)
    out = re.sub(r"(?i)\bin there\b", "dedans", out)  # "and who else is in there?"
    out = re.sub(r"(?i)\bmeans? what\b", "veut dire quoi", out)
    out = re.sub(r"(?i)\b(than|as|like) me\b", r"\1 moi", out)  # "less exposed than me?" (not "give me")
    out = re.sub(r"\bAI\b(?! Act)", "IA", out)
    # auxiliaries French does without, before their subject ("what do the experts say?", not "what should HR do?")
    out = re.sub(r"(?i)\b(do|does|did)\s+(?=(the|le|la|les|you|they|we|i|he|she|experts?|my|our|these|those)\b)", "", out)
    # (word by word, French words left whole: "même" is not "m" and "me")
    out = re.sub(r"[A-Za-zÀ-ÿœ]+", lambda m: ENGLISH_WORDS.get(m[0].lower(), m[0]), out)
    return re.sub(r"\bmon (famille|boite|société|place|position|catégorie|fiche|formation)\b", r"ma \1", out)


# "je gère le réseau de prestataires" names "Gestionnaire de réseau prestataires": what a person does, as the agent
# noun of the study's titles
# someone named by where they work ("le gars de la compta", "ma collègue de l'accueil")
DEPARTMENT_OF = r"(collegues?|binomes?|voisine?s?|copine?s?|copains?|amie?s?|potes?|gars|mecs?|types?|nanas?|dames?|personnes?|gens|celui|celle|ceux|celles) (de l|du|de la|des)"
AGENT_NOUNS = (
    # an activity said as "la gestion de …" for the title "Gestionnaire de …"
    (r"\bgestion des factures( prestataires)?\b", "gestionnaire des factures prestataires"),
    (r"\bgestion (du|des) reseaux? (de )?prestataires\b", "gestionnaire de reseau prestataires"),
    (r"\bgestion de la paie\b", "gestionnaire paie"), (r"\bgestion des (medias|reseaux) sociaux\b", "gestionnaire des medias sociaux"),
    # someone named by their department ("ma collègue de l'accueil", "mon binôme de la compta"): that department's title
    (rf"\b{DEPARTMENT_OF} accueil\b", "charge d accueil d assistance"),
    (rf"\b{DEPARTMENT_OF} (compta|comptabilite)\b", "charge de comptabilite"),
    (rf"\b{DEPARTMENT_OF} recrutement\b", "charge de recrutement"),
    (rf"\b{DEPARTMENT_OF} reclamations?\b", "charge de reclamations clients"),
    (rf"\b{DEPARTMENT_OF} achats?\b", "acheteur"),
    (rf"\b{DEPARTMENT_OF} (com|communication)\b", "charge de communication"),
    (rf"\b{DEPARTMENT_OF} qualite\b", "charge de la qualite"),
    (r"\b(je|j) anime\b", "animateur"),
    (r"\b(je|j) forme\b", "formateur"), (r"\b(je|j) coordonne\b", "coordinateur"), (r"\b(je|j) controle\b", "controleur"),
    (r"\b(je|j) developpe\b", "developpeur"), (r"\b(je|j) accueille\b", "charge d accueil"), (r"\b(je|j) recrute\b", "charge de recrutement"),
    (r"\b(je|j) achete\b", "acheteur"), (r"\b(je|j) (encadre|manage)\b", "manager"), (r"\b(je|j) parametre\b", "parametreur"),
    (r"\b(je|j) traite (les )?(dossiers|sinistres)\b", "gestionnaire de dossiers"), (r"\b(je|j) audite\b", "auditeur"),
    (r"\b(je|j) (gere|traite) (les )?reclamations\b", "charge de reclamations"), (r"\b(je|j) planifie\b", "planificateur"),
    (r"\b(je|j) (regle|paie|verifie|traite|controle et je regle) (les |nos |des |leurs )?factures\b", "gestionnaire des factures"),
    # what the core jobs do, in the words of the people who do them
    (r"\b(j oriente|je dispatche|je filtre|je transfere|je redirige) (les )?(appels|gens|clients|personnes|appelants|beneficiaires)\b", "charge d accueil d assistance"),
    (r"\b(je|j) (reponds? au telephone|prends? les appels|organise (l |le |les )?(assistance|depannages?|rapatriements?|dossiers? d assistance))\b",
     "charge d assistance"),
    (r"\b(accueil telephonique|je fais l accueil|(je|j) accueille les appels)\b", "charge d accueil d assistance"),
    (r"\b(redige\w*|classe\w*|traite\w*) (des |les )?(comptes? rendus|dossiers)\b", "gestionnaire de dossiers d assistance"),
    (r"\b(je|j) (m occupe de )?(trouver|recruter|gerer|animer|suivre) (des |les |nos )?(garagistes|depanneurs|prestataires|partenaires)\b",
     "gestionnaire de reseau prestataires"),
    (r"\b(je|j) (fais|etablis|prepare) (les )?(plannings?|previsions?)\b", "planificateur previsionniste"),
    (r"\b(je|j) (fais|assure|donne|anime) (de la |des |les )?formations?\b", "formateur"),
    (r"\b(je|j) (redige|ecris|mets a jour|formalise) (les |des |nos )?(procedures|modes operatoires|process)\b", "charge de methodes et procedures"),
    (r"\b(technicien\w*|je suis|je bosse|je travaille) au support\b", "support technique d assistance"),
    (r"\b(j aide|je guide|j accompagne|je depanne) (les |des |nos )?(clients|beneficiaires|assures|usagers|depanneurs|garagistes|prestataires)\b.*\b(techniques?|depann\w*|a distance)\b",
     "support technique d assistance"),
    (r"\b(je|j) prevois\b", "planificateur previsionniste"),
    (r"\b(je|j) (fais|gere|m occupe de|traite) (la |les )?(paye|paie|payes|paies)\b", "gestionnaire paie"),
    (r"\btechnicien\w* (du |de |au )?support\b", "support technique d assistance"),
    (r"\b(je|j) (gere|gerer|m occupe d?e?s?)\b", "gestionnaire"),  # after the tasks it may begin
)  # fmt: skip


# "je réponds aux plaintes", "je bosse au service réclamations", "ma pote qui fait le planning", "I handle
# complaints": the message describes someone's work (not "je veux savoir", "je prépare une réunion")
NOT_WORK = (
    r"veux|voudrais|voulais|aimerais|souhaite\w*|peux|pourrais|dois|devrais|sais|savais|comprends|pense|crois|cherche"
    r"|prepare|lis|vois|demande|trouve|ai|avais|suis (inquiet|inquiete|perdu|perdue|curieux|curieuse|pas sur|pas sure)"
    r"|me demande|m inquiete|entends|connais|lance|organise une|fais une (reunion|presentation)|suis|serai|serais|vais|risque"
)
DESCRIBES_WORK = (
    rf"\b(je|j) (?!({NOT_WORK})\b)\w+",
    r"\b(mon|ma) (boulot|travail|job|poste|metier|quotidien|taf|mission|role|service|equipe)\b",
    r"\b(mes|ma|mon|nos|notre|une?) (pote|collegue|copine|copain|amie?|binome|chef|cheffe|collegues|voisine?|soeur|frere|mari|femme)\b.*\bqui\b",
    r"\bau (service|pole|departement)\b|\bdans le service\b",
    r"\b(la personne|le gars|la fille|le mec|la nana|le type|celui|celle|ceux|celles|les gens|l agent|le collegue|la collegue|les collegues)\b.*\bqui\b",
    r"\b(je suis|chui|je bosse|je travaille) (a la|a l|au|aux|en charge|chez|dans le service|dans l equipe)\b",
    r"\bi (work|handle|do|manage|deal|answer|am in|run|take care)\b|\bmy (job|work|team)\b",
)


# "je suis dépanneur-remorqueur, …": a title of the person's own, which the study has or not (not "je suis à la compta")
NAMES_A_TITLE = (
    r"\b(je suis|chui|en tant que|i am an?|i m an?)\s+(?!(a|au|aux|dans|chez|sur|en|pas|la|le|les|l|de|du|d|ou|bien|tres|vraiment"
    r"|tranquilles?|expose\w*|concerne\w*|touche\w*|impacte\w*|menace\w*|inquie\w*|sur|sure|foutue?|mal|dans|perdue?|remplace\w*)\b)\w+"
)


def describes_work(folded: str) -> bool:
    return not re.search(NAMES_A_TITLE, folded) and any(re.search(p, folded) for p in DESCRIBES_WORK)


# The words of a trade's name: a title word of the study ("chargé", "juriste"), a common trade without an agent
# suffix ("kiné", "DRH"), or, in the name the resolver could not place, an agent noun ("dépanneur", "téléconseillère",
# "hôtesse", "pharmacist"). Adjectives and nouns with the same endings are no trades ("premier", "dossier", "liste").
BEFORE_A_TRADE = frozenset(
    "le la les l un une des du de d mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cette ces cet "
    "et ou en tant que comme moi toi lui je j suis on nous chez au aux donc alors mais ok bon puis aussi metier metiers "
    "poste postes job boulot quid pour".split()
)
COMMON_TRADES = frozenset(
    "medecin avocat avocate chef cheffe agent agente soignant soignante enseignant enseignante intervenant intervenante "
    "commercant commercante dirigeant dirigeante gerant gerante expert experte juriste comptable secretaire notaire pilote "
    "kine coach prof dev designer drh rrh daf dsi rssi dpo pdg dg ceo cto cfo webmaster webmastre pompier psy assureur "
    "boulanger boulangere plombier manager commercial commerciale commerciaux mecano mecanicien interprete engineer "
    "developer officer scientist tester owner consultant consultante sage arm "
    "ambulancie".split()  # ("ambulancié": "ambulancier" misspelt)
)
NOT_TRADES = frozenset(
    "rien bien combien avant maintenant pourtant quand cependant sinon tant tout tous autant devant seulement vraiment "
    "evidemment carrement justement exactement dehors tresor experts premier premiere premiers premieres dernier derniere "
    "derniers dernieres entier entiere particulier particuliere hier papier dossier dossiers calendrier courrier chantier "
    "quartier janvier fevrier metier derriere salaire salaires dictionnaire commentaire questionnaire inventaire horaire "
    "horaires annuaire critere criteres maniere matiere lumiere frontiere carriere carrieres filiere filieres liste listes "
    "piste existe insiste triste dialogue catalogue ailleurs plusieurs leurs meilleur meilleurs interieur exterieur "
    "superieur inferieur ulterieur anterieur majeur mineur coeur coeurs secteur secteurs valeur valeurs moteur facteurs "
    "indicateur indicateurs acteur acteurs heure heures erreur erreurs couleur couleurs hauteur longueur peur honneur "
    "bonheur malheur humeur rigueur vigueur faveur chaleur douleur affaire affaires necessaire necessaires prioritaire "
    "prioritaires temporaire volontaire primaire secondaire ordinaire contraire exemplaire formulaire glossaire partenaire "
    "partenaires paritaire paritaires unitaire sanitaire budgetaire reglementaire elementaire vocabulaire beneficiaire "
    "beneficiaires destinataire quotidien quotidienne ancien ancienne entretien entretiens soutien maintien moyen adresse "
    "vitesse jeunesse faiblesse faiblesses promesse richesse sagesse detresse presse finesse souplesse interesse stresse "
    "matrice motrice".split()
)  # ("experts": "chez les experts", not a trade named; "expert automobile" is)
AGENT_SUFFIX = r"(eurs?|euses?|rices?|iers?|ieres?|eillers?|istes?|ists?|ians?|ors?|iens?|iennes?|logues?|aires?|esses?|eres?)$"


def names_a_trade(name: str, text: str, titles_start: frozenset[str]) -> bool:
    """Whether the name of a job the study lacks is a trade: only then is it said to be absent from the study's jobs,
    with the nearest ones. The name is the resolver's guess; the whole message may hold the trade it missed
    ("coucou, je suis conseillère …" guessed "coucou"), by a title word or a common trade only, not by an ending
    ("c'est étonnant")."""
    known = titles_start | COMMON_TRADES

    def names(words: str, by_ending: bool) -> bool:
        for word in re.findall(r"[a-z]+", fold(words)):
            if word in BEFORE_A_TRADE or word in NOT_TRADES:
                continue
            singular = {word, word.removesuffix("s"), word.removesuffix("s").removesuffix("e")}  # "chargées", "responsables"
            if singular & known or by_ending and len(word) > 4 and re.search(AGENT_SUFFIX, word):
                return True
        return False

    said_as_own = title_said_as_own(text)
    return names(name, True) or names(text, False) or bool(said_as_own and names(said_as_own, True))


def title_said_as_own(text: str) -> str | None:
    """The title right after "je suis" / "je bosse comme" / "je travaille comme" ("… je suis chargé de réclamations"),
    not after a negation or another verb ("je suis pas juriste", "je travaille avec un juriste")."""
    said = re.search(r"\b(?:je suis|jsuis|je bosse comme|je travaille comme|je travaille en tant que|moi c est|(?:mon|notre) (?:travail|boulot|taf|poste|metier|job) (?:de|d))\s+(?!pas\b|plus\b|ni\b)((?:un |une |l |le |la )?[\w'’ -]{3,50})", fold(text))
    return said[1] if said else None


def first_person(folded: str) -> bool:
    """Whether the speaker speaks of their own job ("je", "mon", "moi"), not of "parle-moi", "dis-moi"."""
    folded = re.sub(r"\b(parle|dis|donne|montre|explique|raconte|rappelle|indique|envoie|fais|liste)[sz]? moi\b", " ", folded)
    folded = re.sub(r"\bje (crois|pense|me demande|voudrais|veux|souhaite|cherche|prepare|voulais dire|voulais parler|parlais)\b|\bj aimerais\b", " ", folded)  # a hedge or a request, not the speaker's job
    folded = re.sub(r"\b(qui )?(bosse|bossent|travaille|travaillent|est|sont) avec (moi|nous)\b|\bavec moi\b|\b(a cote|en face|pres|aupres) de (moi|nous)\b|\bavec (qui|lequel|laquelle|lesquels|lesquelles) (je|j|on|nous) \w+", " ", folded)  # "l'infirmière qui bosse avec moi", "le médecin avec qui je bosse": hers
    folded = re.sub(r"\b(mes|mon|ma) (equipes?|collegues?|collaborateurs?|agents?|salaries?|managers?|chef|cheffe|responsable|n 1|boss|mari|femme"
                    r"|pote|potes|copine|copain|amie?|binome|soeur|frere|voisine?|gars|entreprise|boite|societe|employeur|service|direction|structure"
                    r"|interlocuteur|interlocutrice|contact|referent|referente)\b", " ", folded)
    return bool(re.search(r"\b(je|j|mon|ma|mes|moi|me|suis je|i m|i am|my|i work)\b", folded))


# someone else said by what they do ("celui qui anime le réseau", "mon interlocuteur chez l'assisteur qui gère …")
SOMEONE_WHO = (r"\b(celui|celle|la personne|le gars|la fille|la dame|le type|l interlocuteur|(mon|notre|ton|votre) interlocuteur|quelqu un|ceux|celles"
               r"|les gens|le collegue|la collegue)( chez \w+( \w+)?)? qui")


def agent_nouns(text: str) -> str:
    """The text folded, with "je gère …" written as "gestionnaire …" (unchanged when no such verb is there)."""
    folded = fold(text)
    # "celui qui anime le réseau", "la personne qui traite nos factures": what someone else does, said as one's own
    folded = re.sub(rf"{SOMEONE_WHO} (s occupe|s occupent)\b", "je m occupe", folded)
    folded = re.sub(rf"{SOMEONE_WHO} (?=(gere|anime|traite|forme|recrute|planifie|controle|achete|encadre|manage|parametre|audite|coordonne|developpe|accueille|prevoit|redige|regle|verifie|paie|fait)\b)", "je ", folded)
    for pattern, noun in AGENT_NOUNS:
        folded = re.sub(pattern, noun, folded)
    return folded


# -- what a term of the study means --------------------------------------------------------------------------
# "c'est quoi le score d'exposition ?", "profil « en évolution » = ?", "le score d'expo de 0 à 1, ça mesure quoi ?",
# "comment se lit le score ?", "le score c'est une note sur 5 ?"
DEFINE_FRAMES = (
    r"^(et )?(mais )?(alors )?(c est quoi|c quoi|qu est ce que?|que (veut dire|signifie|recouvre|mesure)|(ca )?veut dire quoi|definition|defini\w*|explique\w*( moi)?)\b",
    r"\bqu entend\w* (l etude |on |elle |vous )?par\b|\bce qu (on|elle|l etude) entend par\b",
    r"\b(c est quoi|c quoi|ca veut dire quoi|veut dire quoi|ca mesure quoi|mesure quoi|ca signifie quoi|signifie quoi|ca correspond a quoi"
    r"|represente quoi|ca represente quoi)\b( exactement| au juste| concretement| precisement| en pratique)?\s*$",
    r"=\s*$",
    r"\bcomment (se lit|lire|interpreter|comprendre|est calcule|sont calcules|on lit)\b",
    r"\bcomment (l etude|elle|ils|pwc|on) (definit|definissent|decrit|decrivent|caracterise\w*)\b|\b(definit|decrit) (elle|il|t elle|t il)\b",
    r"\b(va|varie) de combien a combien\b|\bsur quelle echelle\b|\bc est sur (combien|quelle)\b|\bnote sur \d+\b",
    r"\bcomment (pwc|les experts|l etude|ils|on) (a|ont)? ?(note|evalue|qualifie|cote)\w* les competences\b",
    r"\bcompetences?\b.*\bnote\w* (de \d+ a \d+|sur \d+)\b",
    r"\b(mesure|score|note|classement)\b.*\b(absolue?|relative?)\b|\b(absolue?|relative?) ou (absolue?|relative?)\b",  # "une mesure absolue ou relative ?"
)
# the study's terms, first match wins: (intent, topic, pattern)
TERMS = (
    ("levels", None, r"\b(note|evalue|qualifie|cote)\w* les competences\b|\bcompetences?\b.*\bnotee?s?\b|\bniveaux?( d (impact|exposition))?\b|\b(leger|modere|majeur)\b"),
    ("profiles", None, r"\b(profils?|categories|classifications?)( d impact)?\b|\bemergents?\b|\bforte transfo\w*|\ben evolution\b|\bnon impactes?\b"),
    ("methodology", "core", r"\b(metiers? )?coeurs?( d assistance)?\b"),
    ("methodology", "score", r"\bscores?( d (exposition|expo)| metier)?\b|\bnote\b|\bechelle\b|\bmesure (absolue|relative)\b|\b(absolue?|relative?) ou (absolue?|relative?)\b"),
    ("methodology", "qualifications", r"\bqualifications?\b"),
)


def term_defined(text: str, after_a_definition: bool = False) -> tuple[str, str | None] | None:
    """The study term a message asks the meaning of, as (intent, topic), if it asks one ("et les profils ?" after
    a definition asks one too)."""
    cleaned = fold(text) + (" =" if re.search(r"=\s*\??\s*$", text) else "")
    short_follow_up = after_a_definition and re.match(r"^(et|puis|aussi)\b", cleaned) and len(cleaned.split()) <= 9
    if not short_follow_up and not any(re.search(p, cleaned) for p in DEFINE_FRAMES):
        return None
    defines = re.search(r"\b(definit|definissent|definition|decrit|decrivent|caracterise\w*)\b", cleaned)
    if re.search(r"\b(metiers|postes|lesquels|lesquelles|quels metiers|qui)\b", cleaned) and not (defines and not re.search(r"\b(lesquels|lesquelles|quels)\b", cleaned)):
        return None  # "c'est quoi les métiers en évolution ?": a list (not "comment l'étude définit-elle les métiers …")
    return next(((intent, topic) for intent, topic, pattern in TERMS if re.search(pattern, cleaned)), None)


# -- what to do for exposed jobs -----------------------------------------------------------------------------
# "que doit faire la DRH pour les métiers les plus exposés ?", "on fait quoi concrètement ?", "qu'est-ce que je peux
# demander à mon employeur ?", "What should HR do for such highly exposed jobs?"
WHAT_TO_DO = (
    r"\b(que|qu est ce qu\w*|quoi) (je |on |nous |la drh |les rh |l entreprise |(ma|mon|notre|la|le) (boite|entreprise|societe|direction|employeur|drh) )?(doi\w*|devons|devrait|devrions|peu\w*|pouvons|faut il|faudrait il)"
    r"( on| je| nous| elle| ils)? (faire|mettre en place|prevoir|proposer|demander)\b",
    r"\b(que|qu est ce qu\w*) (je|j|on|nous) (mets|met|mettons|fais|fait|faisons|lance|lancons) en (place|oeuvre)\b|\b(je|on) (mets|met|lance) (en place )?quoi\b",
    r"\bon fait quoi\b|\bque faire\b|\bquoi faire\b|\bpar quoi commencer\b|\bqu est ce qu (on|je|nous) (fait|fais|faisons|prevoit|propose) (pour|avec)\b|\bcomment (les |nous |l |le |la )?(accompagner|aider|soutenir|preparer)\b",
    r"\bdemander a (mon|notre) (employeur|entreprise|boite|direction|rh|drh)\b",
    r"\b(je peux|peut on|on peut|puis je|comment) (changer de (metier|poste|job|boulot)|me reconvertir|evoluer vers)\b|\bchanger de (metier|poste) vers\b",
    r"\bvers (quoi|quel\w*( metiers?| postes?)?)\b.*\b(evoluer|aller|me reconvertir|bouger|partir|me tourner)\b",
    r"\b(proposent|propose|prevoit|prevoient|recommande\w*|preconise\w*) quoi\b|\bquoi comme (accompagnement|aide|formation|soutien|dispositif)\b",
    r"\bce que (la drh|les rh|l entreprise|on|nous|la direction) (doi\w*|peu\w*) faire\b",
    r"\bshould\b.*\bdo\b|\bwhat (can|should) (hr|we|i|companies)\b",
    # "quelles actions RH vous préconisez pour ces métiers très exposés ?": the RH of an action, not the RH family
    r"\b(quelles?|quels?) (actions?|mesures?|leviers?|dispositifs?|accompagnements?)( rh| de la drh| de la direction)?\b.*\b(preconis\w*|recommand\w*|conseill\w*|pour)\b",
)
EXPOSED_JOBS = r"\b(les plus|tres|fortement|particulierement|si|aussi|highly|most|such) (exposes?|touches?|impactes?|exposed)\b|\bexposed jobs\b|\ben forte transfo\w*"


def what_to_do(folded: str) -> bool:
    return any(re.search(p, folded) for p in WHAT_TO_DO)


# A correction of what the last turn was about: "non pardon je parlais de la famille management, pas opérations",
# "non, je voulais dire l'autre chargé d'études", "je parlais du juriste moi".
CORRECTION = (
    r"^(?:(?:(?:non|nan|pardon|oups|desole|desolee|excuse moi|autant pour moi|au temps pour moi)(?: |$))+(?:c etait|plutot) "
    r"|(?:(?:non|nan|pardon|oups|desole|desolee|excuse moi|autant pour moi|au temps pour moi|mais) )*(?:moi )?"
    r"je (?:parlais|voulais parler|voulais dire|demandais pour)\b )(?P<rest>.+)$"
)


def correction(text: str) -> str | None:
    """The turn a correction stands for, said as a follow-up on the new subject ("et pour la famille management ?"),
    the part it sets aside ("pas opérations", "pas de la famille opérations") left out; None when the turn corrects
    nothing or what it names is not a subject ("je parlais de moi")."""
    said = re.match(CORRECTION, fold(text))
    if said is None or re.search(r"\d", said["rest"]):
        return None  # (a figure folded is no figure: "0,30" would be read "0 30")
    rest = re.sub(r"(^| )(pas|et non|plutot que|au lieu de)( .*)?$", "", said["rest"]).strip()
    rest = re.sub(r"\b(moi|en fait|plutot|la|stp|svp)$", "", rest).strip()
    rest = re.sub(r"^(de|d|du|des)( |$)", "", rest).strip()
    if not rest or re.fullmatch(r"(moi|mon \w+( a moi)?|ma \w+( a moi)?|ca|cela|ceci|lui|elle|eux)", rest):
        return None
    return f"et pour {rest} ?"
