"""French text normalisation for matching job titles: accents, case, elision, gender and plural forms."""

from __future__ import annotations

import re

from knowledge.text import fold

# Words that carry no job meaning in a user's sentence ("je suis chargée d'assistance, mon métier est-il exposé ?").
STOPWORDS = frozenset(
    """
    a au aux avec ce ces c cela comme d dans de des du en est et etre il ils elle elles j je l la le les leur
    lui ma me mes mon n ne nos notre nous on ou par pas pour qu que quel quelle quels quelles qui s sa se ses
    son sur t ta te tes ton tu un une vos votre vous y suis es sont etait sera serait ai as avons avez ont
    fait faire travaille travail travailler bosse poste metier metiers emploi job fonction role profession
    actuellement aujourd hui moi ici la-bas chez entreprise societe expose exposee exposition ia iag generative
    intelligence artificielle impact impacte impactee score position classement classification profil
    quel quelle niveau risque menace concerne concernee affecte affectee va vais change changer changement
    transformation transforme est-il est-ce ce-que combien comment pourquoi quand selon avis experts expert
    pwc qualification sur 58 dit dire savoir voudrais veux aimerais peux pouvez merci bonjour salut svp stp
    i am im my the of as an a and in for is at work working job title
    """.split()
)

# Irregular forms and short spellings mapped to the stem used in titles.
IRREGULAR = {
    "manageuse": "manager",
    "manageur": "manager",
    "managers": "manager",
    "chef": "chef",
    "cheffe": "chef",
    "medecins": "medecin",
    "analystes": "analyste",
    "maitrise": "maitrise",
    "systemes": "systeme",
    "reseaux": "reseau",
    "bdd": "base",
    "admin": "administrateur",
    "admins": "administrateur",
    "rh": "rh",
    "ux": "ux",
    "ui": "ui",
    # the short words people type for a title word
    "tech": "technique",
    "techn": "technique",
    "cyber": "cybersecurite",
    "cybersecu": "cybersecurite",
    "info": "informatique",
    "it": "informatique",
    "compta": "comptabilite",
    "presta": "prestataire",
    "prestas": "prestataire",
    "dev": "developpement",
    "devs": "developpement",
    "recru": "recrutement",
    "secu": "securite",
    "recla": "reclamation",
    "reclas": "reclamation",
}

_FEMININE = [
    ("trice", "teur"),  # formatrice, animatrice, administratrice, auditrice, planificatrice
    ("euse", "eur"),  # acheteuse, controleuse, parametreuse
    ("iere", "ier"),  # infirmiere, conseillere -> handled below
    ("ienne", "ien"),  # technicienne, statisticienne, informaticienne
    ("llere", "ller"),  # conseillere
    ("ee", "e"),  # chargee
    ("ante", "ant"),  # assistante
    ("cate", "cat"),  # avocate
    ("ale", "al"),  # commerciale, administrative is handled by "ive" below
    ("ive", "if"),  # administrative
]


def stem(token: str) -> str:
    """Masculine singular form of a French job word (chargées -> charge, formatrices -> formateur)."""
    if token in IRREGULAR:
        return IRREGULAR[token]
    if len(token) > 3 and token[-1] in "sx" and not token.endswith("ss"):
        token = token[:-1]
    for ending, replacement in _FEMININE:
        if token.endswith(ending) and len(token) > len(ending) + 2:
            return token[: -len(ending)] + replacement
    return token


def tokens(text: str, keep_stopwords: bool = False) -> list[str]:
    words = fold(text).split()
    return [stem(w) for w in words if keep_stopwords or (w not in STOPWORDS and len(w) > 1 or w in IRREGULAR)]


def sound(word: str) -> str:
    """How a folded word sounds, roughly, in French spelling: "formatrisse" and "formatrice", "charjé" and "chargé",
    "asistance" and "assistance" sound alike. Matches typos that change letters but not the sound, which a
    spelling ratio misses on short words."""
    w = re.sub(r"ph", "f", word)
    w = re.sub(r"qu?", "k", w)
    w = re.sub(r"tion", "sion", w)
    w = re.sub(r"ch", "x", w)
    w = re.sub(r"c(?=[eiy])", "s", w)
    w = re.sub(r"g(?=[eiy])", "j", w)
    w = re.sub(r"c", "k", w)
    w = w.replace("h", "").replace("y", "i")
    w = re.sub(r"eau|au", "o", w)
    w = re.sub(r"ai|ei", "e", w)
    w = re.sub(r"(.)\1+", r"\1", w)
    # one silent ending ("formatrice" -> "formatris"); not two, or "standardiste" would sound as "standardisé"
    return re.sub(r"(e|[sxt])$", "", w)


def spoken_forms(stemmed: str) -> set[str]:
    """The sounds of a title word (a stem, masculine singular) and of its feminine forms."""
    forms = {stemmed}
    for feminine, masculine in _FEMININE:
        if stemmed.endswith(masculine):
            forms.add(stemmed[: -len(masculine)] + feminine)
    return {sound(f) for f in forms}
