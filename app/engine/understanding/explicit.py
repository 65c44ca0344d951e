"""A follow-up that points at the job in view with a pronoun ("je reste en forte transformation ?", "elle a
perdu des places ?", "son profil change ?") made into a question that names it ("Formateur d'assistance reste en
forte transformation ?"). The reader reads single questions far better than follow-ups (a fresh set's questions
are read right nine times in ten, its follow-ups seven), so a turn the steps read without its referent is read
again with the referent written out, and that reading is kept when it is about the referent.

One mechanism for every shape of pronoun follow-up, rather than one rule per shape: the words that point are
replaced, the rest of the turn is read as it is."""

from __future__ import annotations

import re

from knowledge.text import fold
from scoring import render

from ..plan import Conversation
from .reading import SOMEONE_ELSE, first_person

# A third person ("il", "elle", "ce métier"), as it points at a job (the speaker: ``reading.first_person``).
THIRD_PERSON = r"\b(il|elle|lui|son|sa|ses|ce metier|ce poste|celui ci|celle ci|ce dernier|cette derniere)\b"
# The jobs the last answer showed ("ils sont dans quelle famille ?", "les deux sont cœur ?", "et leurs scores ?").
PLURAL = r"\b(ils|elles|eux|leurs?|ces (deux|trois|quatre|cinq|metiers|postes|emplois)( la)?|les deux|tous les deux|toutes les deux)\b"
# An impersonal "il" ("il y a", "il faut") and the study as subject ("elle dit quoi, l'étude ?") point at no job.
IMPERSONAL = r"\bil (y|faut|reste|manque|existe|s agit|vaut)\b|\by a t il\b|\bfaut il\b|\b(etude|pwc|observatoire|rapport|enquete|consultation|opco|charte|fiche|axe|action|competences?|rome)\b"

# What a job has, said with a possessive ("mon score", "sa famille"): not "mes équipes", "mon entreprise".
ATTRIBUTES = r"scores?|notes?|rangs?|places?|positions?|classements?|profils?|catégories?|categories?|expositions?|niveaux?|familles?|fiches?|évolutions?|evolutions?"

# Replacements, in order: the verb forms of the first person first, so that "je suis" becomes "X est".
SUBSTITUTIONS_FIRST = (
    (r"(?i)\bsuis[- ]je\b", "{t} est-il"),
    (r"(?i)\bje suis\b", "{t} est"),
    (r"(?i)\bj['’ ]?ai\b", "{t} a"),
    (r"(?i)\bje\b", "{t}"),
    (r"(?i)\bc['’ ]?est moi\b", "c'est {t}"),
    (r"(?i)\b(mon|ma) (métier|metier|poste|job|boulot|taf|emploi|travail|fonction)\b", "{t}"),
    (rf"(?i)\b(mon|ma|mes) ({ATTRIBUTES})\b", r"\2 de {t}"),
    (r"(?i)\bmoi\b", "{t}"),
)
SUBSTITUTIONS_PLURAL = (
    (r"(?i)\b(ces (deux|trois|quatre|cinq|métiers|metiers|postes|emplois)( ?-?là)?|(tous |toutes )?les deux)\b", "{t}"),
    (r"(?i)\b(ils|elles|eux)\b", "{t}"),
    (rf"(?i)\bleurs? ({ATTRIBUTES})\b", r"\1 de {t}"),
)
SUBSTITUTIONS_THIRD = (
    (r"(?i)\b(ce|cet) (métier|metier|poste|job)\b", "{t}"),
    (r"(?i)\b(celui-ci|celle-ci|ce dernier|cette dernière)\b", "{t}"),
    (r"(?i)\b(il|elle)\b", "{t}"),
    (r"(?i)\blui\b", "{t}"),
    (rf"(?i)\b(son|sa|ses) ({ATTRIBUTES})\b", r"\2 de {t}"),
)


def referent(text: str, conversation: Conversation) -> tuple[list[str], str] | None:
    """The jobs a turn points at with a pronoun, and how ("first", "third" or "plural"); None when it points at
    none."""
    folded = fold(text)
    if re.search(IMPERSONAL, folded):
        return None
    # the speaker, not a hedge ("je me demande si …"), a request ("dis-moi") or their colleagues ("mes équipes")
    if (conversation.own or conversation.jobs) and first_person(folded):
        return conversation.mine()[:1], "first"
    if re.search(SOMEONE_ELSE, folded) and not re.search(r"\b(ce|cet) (metier|poste|job)\b", folded):
        return None  # "et ma sœur qui est caissière, elle risque quoi ?": "elle" is the person just introduced
    if len(conversation.jobs) == 1 and re.search(THIRD_PERSON, folded):
        return conversation.jobs[:1], "third"
    if 2 <= len(conversation.jobs) <= 5 and re.search(PLURAL, folded):
        return list(conversation.jobs), "plural"
    return None


def made_explicit(text: str, titles: list[str], person: str) -> str | None:
    """The turn with the words that point at the jobs replaced by their titles; None when none was replaced."""
    said = render.joined(titles)
    substitutions = {"first": SUBSTITUTIONS_FIRST, "third": SUBSTITUTIONS_THIRD, "plural": SUBSTITUTIONS_PLURAL}[person]
    written = text
    for pattern, replacement in substitutions:
        written = re.sub(pattern, replacement.replace("{t}", said), written, count=1)
    return written if written != text else None
