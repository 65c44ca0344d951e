"""How people say a figure moved or stands against another, on folded text: the rise and fall words ("monté", "en
baisse"), shared by the claim check, the reading of profile counts and their answer; and a stated ratio ("ça a
doublé ?", "plus du double de la chargée d'assistance ?", "il a baissé de plus d'un tiers ?", "presque 3 fois le
score de PwC ?", "c'est la moitié quoi"), read into one typed claim: the factor said, how it is bounded, and whether
it is a change (PwC to the experts), two things set against each other, or the gap between two jobs. Which figures
it is about is the reader's step; the check is the handler's."""

from __future__ import annotations

import re

from knowledge.text import fold

from ..plan import RatioClaim

UP = r"\bgagn\w*|\bprogress\w*|\bmont\w*|\bremont\w*|\bgrimp\w*|\baugment\w*|\bhausse\b|\bbondi\w*|\bbond\b|\bgrossi\w*|\bplus nombreu\w*|\b(?:mis|mise|classee?|placee?|notee?|passee?) plus haut\b|\bplus exposee?s? (?:que|qu) (?:chez |avec |pour |selon )?pwc\b"
DOWN = r"\bperd\w*|\brecul\w*|\bdescend\w*|\bbaiss\w*|\bchut\w*|\bdiminu\w*|\bmoins nombreu\w*|\b(?:mis|mise|classee?|placee?|notee?|passee?) plus bas\b|\bmoins exposee?s? (?:que|qu) (?:chez |avec |pour |selon )?pwc\b"


NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "dix": 10}
NUMBER_WORDS = "|".join(NUMBERS)
NUMBER = rf"(\d+(?: \d+)?|{NUMBER_WORDS})"  # folded: "1,5" is "1 5"
MULTIPLES = {"doubl": 2, "tripl": 3, "quadrupl": 4}
FRACTIONS = {"moitie": 0.5, "tiers": 1 / 3, "quart": 0.25}

MORE = r"\b(plus (de|du|que|d)|au moins|au dela d\w*|superieur\w* a|bien plus|largement)\s*$"
LESS = r"\b(moins (de|du|que|d)|inferieur\w* a|pas tout a fait|pas encore)\s*$"
ABOUT = r"\b(presque|pres (de|du)|quasi(ment)?|environ|a peu pres|autour (de|du)|pas loin (de|du)|approximativement|grosso modo|genre)\s*$"
EXACTLY = r"\b(exactement|pile|tout juste|precisement)\s*$"

# a share of a set, not a ratio of two figures ("la moitié des métiers", "un tiers des entreprises")
SHARE_OF_A_SET = r"\b(moitie|tiers|quart) (des|de ces|de nos|de leurs|d entre)\b"


def _number(token: str) -> float:
    return float(NUMBERS.get(token, token.replace(" ", ".")))


def _bound(before: str) -> str:
    before = re.sub(r"\s+", " ", before)
    for pattern, bound in ((EXACTLY, "exactly"), (ABOUT, "about"), (MORE, "more"), (LESS, "less")):
        if re.search(pattern, before):
            return bound
    return "as_said"


# said loosely anywhere in the message ("c'est la moitié quoi", "en gros le double"): about that factor
LOOSELY = r"\b(quoi|en gros|grosso modo|genre|a peu pres|environ|a vue de nez|approximativement)\b"


# What a factor must be said of to be a ratio of the study's figures: a score, places, a share, a gap, a count of
# jobs, or a job of the study (the reader's step checks that); "on m'a dit deux fois que…", "j'ai deux fois plus
# d'appels", "on a doublé les effectifs" are not
FIGURES = (
    r"\b(scores?|notes?|expos\w*|places?|rangs?|positions?|parts?|pourcentages?|pourcent|proportions?|ecarts?|differences?|nombres?|metiers|pwc|experts?"
    r"|gagn\w*|perd\w*|augment\w*|baiss\w*|progress\w*|recul\w*)\b|\b[01] \d\d\b"
)
NOT_A_FIGURE = (
    r"(?<!le )(?<!la )(?<!du )(?<!au )(?<!un )(?<!une )\b(doubl|tripl|quadrupl)\w* (les|le|la|des|de|mes|nos|leurs?|ses|son|sa|mon|ma|notre) (?!scores?|notes?|places?|rangs?|parts?|nombres?|ecarts?|celui|celle|pwc|ce)"
    r"|\b(deux|trois|quatre|cinq|six|dix|\d+) fois (par|que|de suite|deja|votre|ta|ma|sa|mon|ton|son|la meme|le meme)\b"
    r"|\bfois (plus|moins) (de |d )(?!places?|points?|rangs?)\w+"
    r"|\bdouble (casquette|poste|emploi|journee|peine|sens|role)\b"
    r"|\b(mes|nos|leurs|les|des) (?!scores?|notes?|places?|parts?|metiers|ecarts?|chiffres?)\w+ (ont|a) (\w+ )?(doubl|tripl|quadrupl)"  # "mes formations ont triplé"
)


def about_figures(text: str) -> bool:
    """Whether a message speaks of the study's figures (a short follow-up, "donc ça a doublé", does)."""
    folded = fold(text.replace("%", " pourcent "))
    return bool(re.search(FIGURES, folded)) or len(folded.split()) <= 7


def read(text: str) -> RatioClaim | None:
    """The ratio a message states, if it states one (folded or not)."""
    folded = fold(text.replace("%", " pourcent "))  # folding drops "%"
    if re.search(NOT_A_FIGURE, folded):
        return None
    claim = _read(folded)
    if claim is not None and claim.bound == "as_said" and re.search(LOOSELY, folded):
        return claim.model_copy(update={"bound": "about"})
    return claim


def _read(folded: str) -> RatioClaim | None:
    if re.search(SHARE_OF_A_SET, folded):
        return None
    change_words = re.search(r"\b(doubl|tripl|quadrupl)\w*", folded)
    # "multiplié par près de 3", "divisé par deux"
    by = re.search(rf"\b(multipli|divis)\w* par (\w+ ){{0,2}}?{NUMBER}\b", folded)
    if by:
        factor = _number(by[3])
        before = folded[: by.start(3)]
        return RatioClaim(factor=factor if by[1] == "multipli" else 1 / factor, bound=_bound(before), of="change")
    # "baissé de plus de moitié", "augmenté d'un tiers", "a baissé de plus de 40 %"
    moved = re.search(rf"({UP}|{DOWN})( \w+){{0,3}}?( (de|d))? (.{{0,25}}?)\b(la moitie|moitie|un tiers|un quart|{NUMBER} ?(pour ?cent|pourcent))", folded)
    if moved:
        down = bool(re.match(DOWN, moved[1]))
        amount = moved[6]
        if "cent" in amount:
            part = _number(re.match(NUMBER, amount)[1]) / 100
        else:
            part = FRACTIONS[amount.split()[-1]]
        bound = _bound(folded[: moved.start(6)])
        if down:  # a fall "de plus de moitié" leaves less than half
            return RatioClaim(factor=1 - part, bound={"more": "less", "less": "more"}.get(bound, bound), of="change", said_down=True)
        return RatioClaim(factor=1 + part, bound=bound, of="change")
    if change_words and not re.search(r"\b(le|la|du|au) (double|triple)\b", folded):
        # "plus que doublé", "presque triplé"
        return RatioClaim(factor=MULTIPLES[change_words[1]], bound=_bound(folded[: change_words.start()]), of="change")
    # "2 fois plus exposé que", "plus de 3 fois moi", "presque 3 fois le score de PwC", "1,5 fois celui du second"
    times = re.search(rf"\b{NUMBER} fois( moins)?\b", folded)
    if times:  # "deux fois moins exposé" is half as exposed
        factor = _number(times[1])
        return RatioClaim(factor=1 / factor if times[2] else factor, bound=_bound(folded[: times.start()]), of="versus")
    # "le double de", "plus du double de", "la moitié de moi", "c'est la moitié ?"
    named = re.search(r"\b(le|la|du|au|a la) (double|triple|quadruple|moitie)\b", folded)
    if named:
        factor = {"double": 2, "triple": 3, "quadruple": 4, "moitie": 0.5}[named[2]]
        return RatioClaim(factor=factor, bound=_bound(folded[: named.start()] + ("de " if named[1] == "du" else "")), of="versus")
    return None


def gap(text: str) -> bool:
    """The claim is on the gap between two jobs ("l'écart entre les deux a plus que doublé ?")."""
    return bool(re.search(r"\b(ecart|difference|distance)\b", fold(text)))


def places(text: str) -> bool:
    """The claim is on places gained or lost, not on scores ("3 fois plus de places que le médecin")."""
    return bool(re.search(r"\bplaces?\b|\brangs?\b|\bpositions?\b", fold(text)))
