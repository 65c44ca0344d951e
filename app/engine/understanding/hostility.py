"""What kind of request the assistant declines, read from its shape rather than from listed sentences: words
that insult, a request to make the study say or show what it does not (a figure to put, a ranking to change, a
false extract), a role to play instead of the assistant's, a request to name people to dismiss."""

from __future__ import annotations

import re
from typing import Literal

from knowledge.text import fold

Kind = Literal["insult", "forge", "role", "designate"]

INSULT = (
    r"\b(ta gueule|ferme la|tg|connard\w*|connasse|conne?|idiot\w*|imbecile\w*|debile\w*|cretin\w*|abruti\w*|stupide\w*"
    r"|enfoire\w*|bouffon\w*|minable|merde|putain|fdp|ntm|useless|stupid|dumb)\b",
    r"\bsale (robot|machine|ia|bot|outil)\b", r"\b(bot|robot|outil|machine|assistant|chatbot) (inutile|nul|debile|stupide|de merde)\b", r"\ba cote de la plaque\b", r"\b(tu|vous) (ne )?sers? a rien\b",
    r"\b(tu es|t es|vous etes|t as l air|espece d|quel) (vraiment |trop |completement |totalement )?((une?|le|la) )?((ia|bot|robot|assistant|outil|machine|chatbot|truc) )?(nul|nulle|con|bete|inutile)\b",
    # "vous êtes payés par les patrons pour dire ça": the assistant accused of being bought
    r"\b(tu es|t es|vous etes|t as ete|vous avez ete) (\w+ )?(payes?|payees?|achetes?|achetees?|vendus?|vendues?) (par (les patrons|le patronat|les employeurs|les boites|la direction|le medef)|pour (dire|raconter|ecrire) (ca|cela))\b",
)  # fmt: skip
# at the start of the message, or after "peux-tu", "je veux que tu": a request made to the assistant
REQUEST = r"(^|\b(peux tu|tu peux|pourrais tu|pouvez vous|vous pouvez|je veux que tu|il faut que tu|faut que tu) )"
FORGE = (
    # "dis que…", "peux-tu écrire que…": a statement to be made, not a question ("dis-moi quel", "ça veut dire que")
    rf"{REQUEST}(me |nous )?(dis|dites|dire"
    r"|ecris|ecrivez|ecrire|affirme|affirmez|annonce|annoncez|certifie|certifiez) (moi |nous |leur |lui )?(que|qu)\b"
    # "dis-moi que ça va aller": a worry, not a statement to forge
    r"(?!\s*(est ce|(ca |cela )?(veut|signifie)|(ca|tout) (va|ira)\b|je (ne )?(vais|garde)\b|on (va|garde)\b))",
    r"\b(mets|mettez|mettre|met|ecris|ecrire|affiche|inscris)\b.*\b\d+ \d+\b",
    # "Dis juste que 80 % des métiers vont disparaître." (a figure to state, not a question)
    rf"{REQUEST}(dis|dites|ecris|ecrivez|affirme|affirmez) (moi |nous )?(juste|simplement|seulement) (que|qu)\b(?=.*\d)(?!.* qmark$)",  # "mets 0,95 pour…" (folded: "0 95")
    rf"{REQUEST}(change|changez|changer|modifie|modifiez|modifier|truque|truquez|falsifie|falsifiez|trafique|manipule"
    r"|remonte|remontez|baisse|baissez|mets|mettez)\b.*\b(classement|scores?|chiffres?|resultats?|positions?|notes?|premiers?)\b",
    r"\b(fabrique|fabriquer|fabriquez|genere|generer|generez|invente|inventer|inventez)\b",
    r"\bdis (moi|nous) que\b.*\b(bacle\w*|faux|fausse|nulle?|mensong\w*|ment|truque\w*|bidon|mauvaise)\b",
    r"\bfau(x|sse)s? (extrait|citation|chiffres?|document|rapport|communique|scores?|etude|tract)",
    r"\b(redig\w*|ecri\w*|prepare\w*)\b.*\b(tract|communique|texte|post|article|message|mail|email|note|discours|lettre|courrier|edito|affiche|slide|diapo)\b.*\b(dit|disant|affirm\w*|annon\w*|pretend\w*)\b",
)  # fmt: skip
ROLE = (
    r"\b(act as|pretend|role ?play|jou\w* (le|un) role|comme si tu etais|fais comme si|imagine que tu es|you are now"
    r"|developer mode|unrestricted|no restrictions)\b",
    r"\btu es (maintenant|desormais|un assistant sans|une ia sans)\b", r"\bsans (limites?|restrictions?|filtres?|censure)\b",
)  # fmt: skip
PEOPLE = r"(salaries|employes|collegues|personnes|agents|gens|membres|collaborateurs|quelqu un)"
DESIGNATE = (
    rf"\b{PEOPLE}\b.*\b(licenci\w*|virer|vire|renvoy\w*|remercier|se separer)\b",
    r"\b(licencier|virer|renvoyer|se separer de)\b.*\b(en premier|d abord|en priorite|liste|noms?|lesquels|qui)\b",
    r"\b(liste|noms?)\b.*\b(a virer|a licencier|a renvoyer)\b",
)  # fmt: skip
# a request to forge or to play a role is what is declined, even with an insult ("t'es nul, invente un score")
KINDS: tuple[tuple[Kind, tuple[str, ...]], ...] = (("forge", FORGE), ("role", ROLE), ("designate", DESIGNATE), ("insult", INSULT))


# "mettez côte à côte les scores", "mets-les dans un tableau": a layout asked, not figures changed
LAYOUT = r"\b(cote a cote|en regard|en parallele|en face|dans un tableau|sous forme|en colonnes?|en liste|ensemble|par ordre)\b"


def kind(text: str) -> Kind | None:
    folded = fold(text) + (" qmark" if text.rstrip().endswith("?") else "")  # folding drops the question mark
    if re.search(LAYOUT, folded) and not re.search(r"\b\d+ \d+\b", folded):
        folded = re.sub(r"\b(mets|mettez|mettre|met|affiche|affichez)\b", " ", folded)
    return next((k for k, patterns in KINDS if any(re.search(p, folded) for p in patterns)), None)
