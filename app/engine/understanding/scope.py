"""What the study does not cover, in one registry: each kind of question outside it, how it is recognised, and how
the answer names it ("L'étude ne traite pas des salaires ni des rémunérations"). A kind is one entry here.

Patterns are matched on the folded message. A weak kind counts only when the message names no study job (its words
appear in the work of some jobs: "réservations de restaurants", "effectifs" of a team)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Outside:
    key: str
    name: str | None  # what the study does not treat, as the answer says it; None: "de cette question"
    patterns: tuple[str, ...]
    weak: bool = False


# companies of the branch by name: the study never names one
COMPANIES = r"\b(axa( assistance)?|europ assistance|mondial assistance|allianz( partners)?|mutuaide|filassistance|inter mutuelles assistance|ima|fragonard|awp)\b"

# a date to come: a year from 2026 on, "d'ici 2 ans", "dans 5 ans", "à l'horizon 2030"
HORIZON = r"(?:\b(en|d ici|pour|vers|a l horizon|horizon) 20([3-9]\d|2[6-9])\b|\b(d ici|dans|sous) (\d+|deux|trois|quatre|cinq|six|dix|quinze|vingt|quelques) (ans|annees)\b)"

KINDS = (
    Outside("salaires", "des salaires ni des rémunérations", (
        r"\bsalaire", r"\bremuneration", r"\bsalary", r"\bpaye combien", r"\bgagne combien\b(?! de (places?|rangs?|positions?|points?))",
        r"\bcombien gagne\w*\b(?! (des |de |en )?(places?|rangs?|positions?|points?)\b)", r"\bgagne\w* (en moyenne|par mois)", r"\bprime\b", r"\beuros?\b",
        r"\bnegocier\b|\bune augmentation\b(?! (du|de|des) scores?)", r"\bgagner? (moins|plus)\b(?!.{0,30}\b(places?|rangs?|positions?|points?)\b)", r"\bgagner combien\b|\bcombien de plus\b.*\b(gagner|toucher|paye)", r"\b(je|j|on|tu|vous|il|elle|ils|elles) touche\w* combien\b(?! de (metiers|postes|emplois|familles))", r"\bcombien (il|elle|ils|elles|on|je|tu|vous|nous) (gagne\w*|touche\w*|est paye\w*)\b(?! (de |des )?(places?|rangs?|points?))",
        r"\bgagnera\w* combien\b", r"\bgagne\w* (bien|mal|correctement) (sa|ma|leur|notre|ta|votre) vie\b", r"\b(ca|ce metier|il|elle|ce poste|ce job) (paye|paie|rapporte)\w* (bien|mal|correctement|combien)\b",
        # "les chargés d'assistance vont-ils être augmentés ?": a pay rise, not a score that rises
        r"^(?!.*\b(scores?|notes?|exposition|niveaux?|competences?|places?)\b).*\b(vont|va|vais|allons|seront|sera|serons|serai)( ils| elles| t ils| t elles| t il| t elle| je)? (etre )?augmente(e|es|s)?\b", r"\b(je|j|tu|il|elle|on) (ne )?gagne\w* (pas )?(le double|la moitie|deux fois|autant|moins|plus) (de|que|qu)\b(?!.{0,30}\b(places?|rangs?|points?)\b)", r"\b(paye|payee|payes|payees) (pareil|autant|moins|plus|pareilles?)\b", r"\b(mieux|moins bien|moins|mal|bien|plus) (paye|payee|payes|payees|remunere\w*)\b",
        r"^(?!.*\b(places?|rangs?|points?|score|qualif\w*|experts?|pwc|competences?|exposition)\b)(?!.*\d).*\bgagne (t il|t elle|t ils|t elles|t on) (plus|moins|autant|mieux)\b",
    )),
    Outside("meteo", "de la météo", (r"\bmeteo\b", r"\bweather\b", r"\bquel temps\b", r"\bpluie\b", r"\btemperature", r"\bfaire beau\b", r"\bil (fera|ferait|va faire) (beau|chaud|froid)\b", r"\bil (va )?pleuvoir\b", r"\bil fait (beau|chaud|froid|moche|gris)\b(?! dans le dos)")),
    Outside("sport", "de sport", (r"\bfootball\b", r"\bfoot\b", r"\bmatch\b", r"\bpsg\b", r"\bcoupe du monde\b", r"\bjeux olympiques\b", r"\bligue des champions\b")),
    Outside("secteurs", "des autres secteurs ni des autres pays : elle porte sur les métiers de la branche de l'assistance", (
        r"secteur (bancaire|automobile|de la banque|du batiment|de la sante|hospitalier|agricole|industriel)", r"\bhotellerie\b",
        r"\btourisme\b", r"\bgrande distribution\b", r"\bcentres? d appels? (de la|d une|des|du) (banque|grande distribution|telecom\w*|operateurs?|commerce)\b", r"\b(en|d|au|aux|du) (espagne|allemagne|italie|belgique|europe|royaume uni|angleterre|suisse|maroc|tunisie|portugal|canada|pays bas|irlande|pologne|roumanie|inde|chine|japon|usa)\b", r"\bautres? pays\b", r"\betats unis\b", r"\b(au|du) quebec\b|\b(au|du) luxembourg\b|\ben afrique\b",
        r"\bdelocalis\w*|\boffshor\w*", r"\bautres? (branches|secteurs)\b",
        r"^(?!.*\b(je suis|suis je|mon metier|d assistance)\b).*\b(a l|dans les|dans un|dans une|en|aux|des) (hopita\w*|cliniques?|ehpad)\b",  # "et dans les hôpitaux, pour les médecins ?"
        r"\bhors (de l |l )?assistance\b.*\b(hopita|clinique|medec|infirmi|sante|ehpad)\w*|\b(hopita|clinique|medec|infirmi|sante|ehpad)\w*.*\bhors (de l |l )?assistance\b|\b(genre|comme|type|style) (les |l |dans les |a l )?(hopita\w*|cliniques?|ehpad)\b",  # "la médecine hors assistance, genre les hôpitaux ?"
        r"\b(dans|en|pour|chez) (une |la |les |des )?banques?\b",  # "le formateur dans une banque, c'est pareil ?"
        r"\b(banques?|assurances?|mutuelles?|telecoms?)\b.*\b(plus|moins|autant) (exposee?s?|touchee?s?|impactee?s?)\b.*\bque\b",
        r"\b(plus|moins) (exposee?s?|touchee?s?|impactee?s?)\b.*\bque (la |les |le )?(banques?|assurances?|mutuelles?|telecoms?)\b", r"\b(en mutuelles?|les mutuelles|secteur de l assurance|secteur des assurances|assureurs? sante|complementaires? sante)\b",
        # another study, another sector ("l'étude de l'OPCO sur les métiers du transport")
        r"\b(metiers|secteur|branche|etudes?) (du|de la|des|de l) (transport|batiment|btp|commerce|industrie|logistique|restauration|grande distribution|automobile|banque)\b",
    )),
    # other studies and forecasters: "que disent le FMI ou Goldman Sachs ?"
    Outside("autres-etudes", "des autres études ni de leurs chiffres : je réponds sur celle-ci", (
        r"\bfmi\b", r"\bgoldman\b", r"\bmc ?kinsey\b", r"\bocde\b", r"\bgartner\b", r"\bforrester\b", r"\bbanque mondiale\b",
        r"\b(forum economique mondial|world economic forum)\b",
    )),
    # one company by name: the study gives the branch's results, never a company's
    Outside("entreprises", "des entreprises une à une : elle donne les résultats de la branche sans nommer d'entreprise", (
        rf"^(et |mais )?(chez|pour|a|dans|et) (\w+ ){{0,2}}{COMPANIES}( \w+){{0,2}}$",
        rf"{COMPANIES}.*\b(precisement|en particulier|specifiquement|chiffres?|resultats?|donnees|taux|score de l entreprise)\b",
        rf"\b(chiffres?|resultats?|donnees|taux|maturite) (de|d|chez|pour) {COMPANIES}",
        # what one company does or is ("chez AXA ils vont supprimer l'accueil ?", "ma boîte c'est IMA, ils sont avancés ?")
        rf"{COMPANIES}.*\b(ils|elles) (vont|va|font|fait|ont|sont|utilis\w*|suppri\w*|remplac\w*|deploi\w*|deploy\w*)\b",
        rf"{COMPANIES} (est|sont|serait|etait) (elle |ils )?(plus |moins |bien |tres |deja )?(mature|avance\w*|en avance|en retard)\b",
        rf"\b(maturite|niveau|avance) (de|d|chez) {COMPANIES}", rf"{COMPANIES}.*\b{COMPANIES}",
        # what one company plans or has done ("qu'est-ce qu'AXA prévoit ?", "Mondial Assistance a-t-elle déjà déployé un chatbot ?")
        rf"^(?!.*\b(l etude|selon l|d apres l|recommand\w*|preconis\w*)\b).*{COMPANIES}.*\b(prevoi\w*|prevu\w*|deploye\w*|mis en place|lance\w*|adopte\w*|teste\w*|investi\w*|strategie)\b",
        rf"\b(qu est ce qu|qu|que) {COMPANIES}\b", rf"\b(strategie|plans?|projets?|feuille de route|maturite|chiffres?|budget) (ia |d ia |de l ia )?(de|d|chez) {COMPANIES}",
        rf"\b(utilise\w*|deploie\w*|a choisi|ont choisi)\b.*{COMPANIES}|{COMPANIES}.*\b(utilise\w*|deploie\w*)\b",
        r"\b(quelle|quel|quelles|quels) (societe|entreprise|boite|assisteur|acteur)s? (d assistance )?(est|sont) (la |le |les )?(plus|moins) (avance|mature|en avance|en retard)\w*",
        r"\bclassement des (entreprises|societes|assisteurs|boites)\b",
    )),
    # "la marge d'erreur des scores ?": the study gives no statistical precision for its scores
    Outside("precision", "de marge d'erreur ni de précision statistique de ses scores", (
        r"\bmarges? d erreur\b", r"\bintervalles? de confiance\b", r"\becart type\b", r"\bstatistiquement significati\w*\b",
    )),
    Outside("secteurs-faibles", "des autres secteurs ni des autres pays : elle porte sur les métiers de la branche de l'assistance",
            (r"\bbanques?\b", r"\bassurances?\b"), weak=True),
    Outside("droit", "du droit du travail ni de la réglementation", (
        r"\bcode du travail\b", r"\bai act\b", r"\brgpd\b", r"^(?!.*\b(l etude|axe|recommand\w*|preconis\w*|dial ia|accompagn\w*)\b).*\b(j ai|ai je|a t on|on a|avons nous|ont ils|a t il|a t elle) (le )?droit (a|au|aux|de)\b",
        r"\bstatut (de )?(cadre|agent de maitrise|employe)\b|\bconvention collective\b|\bclassification conventionnelle\b",
        r"\bconge (de formation|formation|individuel de formation)\b|\bcpf\b|\bcompte personnel de formation\b|\bprojet de transition professionnelle\b", r"\bpuis je (licencier|etre licencie)",
        r"\b(a|ont|avoir|aurait|auraient) (t il |t elle |t ils )?(le|les) droits?\b",
        r"\b(refuser|refus) (d utiliser|l ia|de me servir|de travailler avec)\b|\b(droit de|peut on|puis je|je peux|on peut) refuser\b",
        r"\b(peut|peuvent|pourrait|pourraient|a le droit de) (il |elle |ils |on )?(me|nous|les|te|vous) licencier\b", r"\best ce (legal|illegal)\b", r"\blegalement\b", r"\bprud\w*",
        r"\bobligations? legales?\b", r"\b(la loi|le droit du travail) (oblige|impose|prevoit)\b",  # "c'est une obligation légale tout ça ?"
    )),
    Outside("economie", "des effectifs ni des données économiques des entreprises ou de la branche", (
        r"\bchiffre d affaires\b", r"\ba (t il |t elle )?facture\b", r"\bfacturation de l etude\b", r"\bcombien de salaries\b",
        r"\bnombre de salaries\b", r"\b(part|proportion|pourcentage|taux) (de|des) femmes\b",
        r"\bcombien (de |d )[\w ]{2,40}? (dans|chez) (ma|notre|mon|leur|la) (boite|entreprise|societe|equipe|service|agence|structure)\b", r"\bturn ?over\b", r"\ble nombre (de|d) (?!metiers|actions|familles|profils|places|points|competences|axes|repondants|postes de|emplois de)(\w+ ){1,4}(va|vont|devrai\w*|pourrai\w*)\b", r"\btaux de (rotation|depart|absenteisme)\b", r"\babsenteisme\b", r"\bparite\b", r"\bhow many people work\b", r"\bpeople work\b",
        # "y'a combien de chargés d'études dans la branche ?": people, not jobs of the study
        r"\bcombien (?!de metiers|de familles|d axes|d actions|de competences|de profils|de niveaux|de places|de points)(de |d )[\w ]{2,40}? (dans la branche|dans le secteur|en france|travaillent|sont employes)\b",
        r"\bcombien de (personnes|salaries|employes|collaborateurs|agents|gens)\b",
        # "combien de chargés d'assistance ont déjà été reconvertis ?": people counted, which the study never does
        r"\bcombien (de |d )(?!metiers|familles|axes|actions|profils|places|points|entreprises|societes|repondants|structures|boites|assisteurs)[\w ]{2,40}? (ont (deja )?ete|vont etre|seront|sont deja) (reconverti|licencie|forme|remplace|recrute|reclasse|mute)\w*\b",
        r"\b(baisse\w*|reduire|reduction|diminu\w*) (des |les |nos |leurs )?effectifs\b|\beffectifs\b.{0,30}\bde combien\b",
        r"\bcombien (y a t il|il y a|y a|y en a t il) (de |d )(?!metiers|familles|axes|actions|profils)[\w ]{2,40}? (dans la branche|dans le secteur|en france|dans l assistance)\b",
    )),
    Outside("effectifs", "des effectifs ni des données économiques des entreprises ou de la branche", (r"\beffectifs?\b",), weak=True),
    Outside("repondants", "du nombre ni du nom des entreprises répondantes : elle donne les résultats de la consultation en proportions", (
        r"\bcombien (d entreprises|de repondants|de structures)\b.*\b(repondu|participe)", r"\bcombien (d |de )(entreprises|societes|structures|boites) (repondantes|participantes|interrogees|consultees)\b", r"\btaux de (reponse|participation)\b", r"\bcombien de repondants( y a t il| il y a| en tout| au total| ont repondu| a l enquete| a la consultation)?\s*$|\b(le )?(nombre|total) (total )?de repondants( au total| en tout)?\s*$", r"\bsur combien (d |de )?(entreprises|boites|societes|structures|repondants)\b",
        r"\b(quelles|quels|liste des|noms? des) (entreprises|societes|assisteurs|structures|boites)\b.*\b(participe|repondu|consulte\w*|interroge\w*)\b",
        r"\bqui a (repondu|participe) (a|au) (la consultation|l enquete|questionnaire)\b",
        r"^(et )?(ca|cela|ce constat|ce chiffre) (concerne|represente|fait|touche) combien (de|d) (boites|entreprises|societes|structures)\b",
        r"\b(entreprises|societes|boites|structures|assisteurs)\b.*\b(repondu|participe)\b.*\b(c est qui|qui sont|qui c est|lesquelles|combien)\b",
    )),
    Outside("demandes", "de ce type de demande : je réponds seulement sur son contenu", (
        r"\btradui\w*", r"\blettre de motivation\b", r"\bcv\b(?! (va|vas|aller|ira)\b)", r"\bpoeme\b", r"\bblague\b", r"\bchanson\b", r"\brecette\b", r"\bcrepes?\b",
        r"\b(ecris|code|programme|script) (moi )?(un|une|le|en) (programme|script|code|fonction|python)", r"\bpython\b", r"\bjavascript\b",
        r"\bsql\b", r"\bcapitale\b", r"\bmeilleur prompt\b|\bprompt pour\b|\b(ecri|redig)\w* (moi )?(un|une|le|mon|ma) (mail|courrier|lettre|email)\b",
    )),
    Outside("organismes", "des organismes de formation ni de leurs prix : elle recommande des types de formation, sans nommer de prestataire", (
        r"\b(quel|quels) organismes? (de formation|pour (nous |me |les |vous )?former|de certification)\b|\borganismes? de formation (precis|a choisir|conseille\w*|recommande\w*)\b|\bprestataires? de formation\b",
    )),
    Outside("outils", "d'outils ou de logiciels particuliers", (
        r"\bchatgpt\b", r"\bcopilot\b", r"\bmistral\b", r"\bgemini\b", r"\blogiciels?\b",
        # "t'as un avis sur quelle IA acheter ?": a product to choose, not the study's findings
        r"\b(quelle|quel|quels|quelles) (ia|chatbots?|assistants? ia|outils? d ia|solutions? d ia) (acheter|choisir|prendre|installer|deployer|utiliser)\b",
        r"\b(meilleure?s?) (outils?|ia|logiciels?|solutions?|chatbots?|applis?|applications?)\b",
        # "quels outils IA on va nous donner ?": what an employer will hand out, not a sheet of the study to hand out
        r"\b(quels?|quelles?) (outils?|logiciels?|solutions?|applis?)( ia| d ia| de l ia)? (\w+ ){0,2}(va|vont|allons|allez) (nous |me |leur |vous )?(donner|fournir|installer|deployer|imposer)\b",
    )),
    # a figure or a state at a date to come ("mon score en 2030 ?", "et dans 5 ans ?", "jusqu'à quand ?"): the study
    # measures today's exposure and makes no projection (a worry put with a date is the worry's reader's)
    Outside("horizon", "de projection dans le temps : elle mesure l'exposition des métiers aujourd'hui, sans date ni prévision", (
        # a state or a figure then ("il sera à combien", "il existera encore"), not a plan made for that date ("le plan
        # de formation pour 2026", "d'ici 2 ans on change d'outil") nor a worry or a claim (their readers')
        rf"^(?=.*{HORIZON})(?=.*\b(combien|sera|seront|serai|serons|serez|fera|feront|existera\w*|restera\w*|resterai|encore la|disparai\w*|supprim\w*|remplace\w*|ou en|automatis\w*|score (sera|va|aura)|a (ma|notre|leur|sa) place)\b)"
        r"(?!.*\b(grave|vrai|dit|disent|plan|accord|scenarios?|fiches?|forme\w*|accompagne\w*|prepar\w*|prevoi\w*|prevu\w*|recommand\w*|preconis\w*|accompagn\w*|formations?|former|actions?|outils?|change\w*)\b)",
        rf"^(et|mais|et pour|et sur) ({HORIZON})( alors| du coup)?$",  # "et dans 5 ans ?"
        r"\bjusqu a quand\b.*\b(poste|metier|emploi|job|boulot|garder|rester|exister|travail)\b|\b(poste|metier|emploi|job|boulot|garder|rester|travail)\b.*\bjusqu a quand\b",
    )),
    Outside("personnes", "des salariés selon leur sexe ou leur âge : elle porte sur les métiers, pas sur les personnes", (
        # people compared by sex or age ("les seniors sont plus exposés que les jeunes ?"), not a senior asking of
        # their job or of the support the study recommends
        r"\b(femmes|hommes|seniors?|jeunes|anciens|plus ages|quinquas?)\b.*\b(plus|moins|autant|davantage) (exposee?s?|touchee?s?|concernee?s?|menacee?s?|impactee?s?|a risque)\b",
        r"\b(plus|moins) (exposee?s?|touchee?s?|concernee?s?|menacee?s?|impactee?s?)\b.*\bque les (femmes|hommes|seniors?|jeunes)\b",
        r"\b(selon|en fonction de|par) (l age|le sexe|le genre)\b",
        r"\b(age moyen|moyenne d age|tranche d age|pyramide des ages|anciennete moyenne)\b|\bquel age\b(?!.*\betude\b)",
    )),
    Outside("emploi", "du marché de l'emploi : ni recrutements ni métiers en tension", (
        r"\b(quels?|quelles?|qui|combien|ou)\b.*\b(recrutent|embauchent)\b|\b(recrutent|embauchent) le plus\b", r"\b(metiers|postes) en tension\b", r"\bpenuries?\b",
    )),
    # "il nous manque combien pour passer en forte transfo ?": the study sorts the jobs into profiles without a threshold
    Outside("seuils", "de seuil de score entre les profils : elle range chaque métier dans un profil sans publier de seuil", (
        r"\b(manque\w*|faut|faudrait|faudra)( il| t il)? combien (de points |de score )?(pour|avant de) (passer|etre|basculer|entrer|devenir|tomber) (en |dans (le|la|les) )?(forte transfo\w*|emergent\w*|en evolution|evolution|non impacte\w*|negligeable|(autre |le |un )?(profil|categorie|classification))\b",
        r"\bseuils? (de score|du score|de passage|de bascule|pour (passer|etre|basculer|entrer))\b(?!.*\btop\b)|\b(a partir de|des) quel score\b.*\b(forte transfo\w*|emergent\w*|evolution|non impacte\w*|negligeable|profil|categorie)\b",
    )),
    Outside("calendrier", "du calendrier : elle ne date aucune automatisation ni aucun changement de métier", (
        r"\bdans combien de temps\b", r"\bdans combien d (annees|ans)\b", r"\bcalendrier (de |du )?(deploiement|mise en oeuvre|adoption)\b", r"\bcombien d annees\b", r"\bd ici combien\b",
        r"\ben quelle annee\b.*\b(automatis\w*|remplace\w*|disparai\w*|supprime\w*)", r"\b(quelle|a quelle) date\b.*\b(automatis\w*|remplace\w*|disparai\w*|supprime\w*)",
    )),
    # what the text mentions without giving: who sat on the steering committee, how many took part in the
    # workshops, the first study's results
    Outside("coulisses", "du détail de sa conduite : ni les noms des organisations du comité de pilotage paritaire, ni le nombre de participants aux ateliers, ni les résultats de l'étude socle initiale ou de la première qualification", (
        r"\b(quelles|quels) (organisations|syndicats|federations|organismes)\b.*\b(comite|pilotage|siege\w*)\b",
        r"\bcombien de (representants|participants|experts|personnes|salaries)\b.*\b(particip\w*|ateliers?)\b",
        r"\bcombien (d |de )(entreprises|organisations|societes|membres|personnes|syndicats)\b.*\b(comite|pilotage|siege\w*)\b",
        r"\b(etude socle|premiere qualification|toute premiere)\b.*\b(scores?|resultats?|classement)\b",
        r"\b(scores?|resultats?|classement)\b.*\b(etude socle|premiere qualification|toute premiere)\b",
    )),
    Outside("fiches-detail", "du détail des fiches de transformation : leurs cas d'usage priorisés et leurs scénarios sont dans le rapport complet, pas dans la synthèse", (
        r"\bcas d usage (de |en )?(priorite|prio) ?(\d|un|une|1)\b", r"\bcas d usage (prioritaires|priorises) (de|du|dans) (la )?fiche (du|de|d)\b",
    )),
    Outside("second-volet", "des résultats de son second volet, programmé pour 2025 et pas encore publié",
            (r"\bresultats? (de la|du) (seconde?|deuxieme|prochaine?) (etude|volet)\b",)),
    Outside("couts", "des coûts ni des budgets", (
        r"\bquel budget\b|\bbudget (a |pour )?prevoir\b|\bun budget\b|\bquel est (le|son|leur) budget\b", r"\bcombien (ca|cela|va|vont) (nous |me )?couter\b", r"\bcombien coute\w*\b",
        r"\b(ca|cela|ce|ils|elle) (nous |me |leur )?(coute|coutera|couterait|va couter)\w* combien\b",  # "ça coûte combien de s'appuyer sur l'OPCO ?"
        r"\bcouts? (d une|des|de la|de l) (formation|outil|licence|deploiement|etude)", r"\bcombien (a|a t il|a t elle) coute\b|\b(l etude|elle) a coute\b",
        r"\bcombien de (temps|jours|heures|semaines|mois) (de formation|pour (se |me |nous )?former|faut il pour (se |me )?former|il faut pour (se |me )?former)\b|\b(jours|heures) de formation\b", r"\bbudget par (salarie|personne|collaborateur|an|mois)\b", r"\b(chiffre|avec) (le |un )?budget\b", r"\bprix (d une|des|de la|de l)\b", r"\ba quel prix\b|\bquel prix\b|\bcombien ca coute\b", r"\btarifs? (d une|des|de la) formation",
    )),
    Outside("productivite", "des gains de productivité ni du temps gagné : elle mesure l'exposition des compétences, pas un gain chiffré", (
        r"\bcombien de minutes\b|\bminutes par (jour|semaine|mois)\b|\bcombien d heures\b|\bheures par (semaine|jour|mois)\b|\btemps (je vais |vais je |on va )?gagne\w*\b",
        r"\bgains? de (productivite|temps|rentabilite|performance)\b", r"\bproductivite\b.*(%|\bcombien\b|\bchiffr\w*|\bpourcentage\b)", r"\broi\b",
        r"\bretour sur investissement\b", r"\b(part|pourcentage|proportion) de (mon |notre |leur |son |ton |votre )?temps\b|\btemps (libere|gagne|economise)\w*\b|\bliberer\w* (du|de mon|de notre|de leur) temps\b|\bva (me |nous )?liberer\b", r"\brentabilite\b", r"\bde combien de (jours|minutes|heures|semaines)\b", r"\bdelais? de traitement\b.*\b(baiss|reduir|diminu|gagn)\w*",
    )),
    Outside("conseil", "des choix personnels : elle ne conseille personne en particulier", (
        r"\b(tu me conseilles|vous me conseillez|conseille[sz]? moi|tu me recommandes|vous me recommandez) (de|d)\b",
        # "je devrais quitter mon job ?": a personal choice
        r"\b(je devrais|je dois|dois je|faut il que je|est ce que je dois|je ferais mieux de|vaut il mieux) (quitter|demissionner|lacher)\b", r"\b(je|j) (vais|veux|pense|compte) (quitter|demissionner)\b",
    )),
    Outside("avis", "d'avis personnel : je rapporte ce que dit l'étude, sans opinion de mon cru", (
        # "et toi perso tu penses que l'IA c'est bien ?": the assistant's own opinion
        r"^(?!.*\b(metiers?|scores?|etude|actions?|axes?|recommandations?|preconisations?|disparai\w*|fiable|profils?|classement|\d)).*"
        r"\b(toi|vous) (perso|personnellement)\b.*\b(penses?|pensez|crois|croyez|trouves?|trouvez|avis)\b",
        r"^(?!.*\b(metiers?|scores?|etude|actions?|axes?|recommandations?|preconisations?|disparai\w*|fiable|profils?|classement|\d)).*\b(ton|votre) avis (perso|personnel)\b",
    )),
    Outside("divers", None, (
        r"\brecette\b", r"\bbourse\b", r"\bbitcoin", r"\belection", r"\bpresident de la republique", r"\bhoroscope", r"\bchomage\b",
        r"\bretraite\b", r"\bimpots?\b", r"\bquelle heure\b", r"\bcours de (l action|la bourse)\b",
        r"\b(qui est|c est qui) (le |la )?(president|presidente|directeur|directrice)\b",
        # the assistant's own tastes ("tu préfères quoi toi, mac ou pc ?")
        r"^(?!.*\b(metiers?|scores?|profils?|familles?|axes?|actions?|etude|pwc|experts?|qualifications?|intitule|classement)\b).*\b(tu preferes|vous preferez|ta preference|votre preference|t aimes quoi|tu aimes quoi)\b",
    )),
    Outside("loisirs", None, (r"\bvacances\b", r"\bcinema\b", r"\brestaurants?\b"), weak=True),
)  # fmt: skip
BY_KEY = {kind.key: kind for kind in KINDS}
# Words that only name the kind of a question another reader found outside the study ("remplacée par ChatGPT ?",
# "les entreprises du secteur bancaire") without being enough to find it alone.
NAMING = (
    (r"\bsecteur\b|\bpays\b|\bbanque", "secteurs"), (r"\bpaye\b", "salaires"), (r"\blicenci", "droit"),
    (r"\bfactur|\bsalaries\b|\bfemmes\b", "economie"), (r"\brepondu\b|\bparticipe\b", "repondants"),
    (r"\bprogramme|\bscript|\bcode\b", "demandes"), (r"\bcombien de temps\b|\bdeploy", "calendrier"),
    (r"\bseconde?\b|\bdeuxieme\b|\bprochaine?\b", "second-volet"),
)


def outside(folded: str, weak: bool = False) -> Outside | None:
    """The kind of question outside the study a folded message is, if any (weak kinds only when asked for)."""
    return next((k for k in KINDS if (weak or not k.weak) and any(re.search(p, folded) for p in k.patterns)), None)


def named(folded: str, key: str | None) -> str | None:
    """What the answer says the study does not treat: the kind the reading found, else the first the words match."""
    kind = BY_KEY.get(key or "") or outside(folded, weak=True)
    if kind is None:
        kind = next((BY_KEY[k] for pattern, k in NAMING if re.search(pattern, folded)), None)
    return kind.name if kind else None
