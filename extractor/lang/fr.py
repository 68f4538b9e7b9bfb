"""French knowledge: role words, honorifics, event nouns, verb lexicons.

`en.py` exports the same names. All words are lowercase; multi-word entries
are matched token by token on the lowercase form.
"""

from __future__ import annotations

# Model labels (fr_core_news_* are WikiNER-style) onto the project's types.
# MISC is not an entity unless our own components reclassify it.
LABEL_MAP: dict[str, str] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
RECLASSIFIABLE_LABELS: frozenset[str] = frozenset({"MISC"})

# Stripped from the start of person names (longest first when matching).
HONORIFICS: tuple[str, ...] = (
    "ingénieur",
    "ingénieure",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "juge",
    "sa majesté le roi",
    "sa majesté la reine",
    "sa majesté",
    "son altesse royale",
    "son altesse",
    "son excellence",
    "s.e.",
    "s.e",
    "sem",
    "s.e.m.",
    "s.e.m",
    "le roi",
    "la reine",
    "roi",
    "reine",
    "le prince",
    "la princesse",
    "prince",
    "princesse",
    "monsieur",
    "madame",
    "mademoiselle",
    "m.",
    "mme",
    "mme.",
    "mlle",
    "mm.",
    "dr",
    "dr.",
    "docteur",
    "docteure",
    "dre",
    "dre.",
    "pr",
    "pr.",
    "professeur",
    "professeure",
    "me",
    "maître",
    "monseigneur",
    "mgr",
    "général",
    "colonel",
    "ministre",
    "président",
    "présidente",
    "feu",
)

# Role head words: role -> (class, predicate). Longest match wins.
ROLE_HEADS: dict[str, tuple[str, str]] = {
    "secrétaire permanent": ("secretary_general", "LEADS"),
    "secrétaire permanente": ("secretary_general", "LEADS"),
    "ambassadeurs": ("other_head", "LEADS"),
    "ambassadeur": ("other_head", "LEADS"),
    "ambassadrices": ("other_head", "LEADS"),
    "ambassadrice": ("other_head", "LEADS"),
    "patron": ("chief_executive", "LEADS"),
    "patronne": ("chief_executive", "LEADS"),
    "directeur-président": ("director", "LEADS"),
    "directrice-présidente": ("director", "LEADS"),
    "directeur pays": ("director", "LEADS"),
    "directrice pays": ("director", "LEADS"),
    "président de la république": ("head_of_state", "LEADS"),
    "présidente de la république": ("head_of_state", "LEADS"),
    "chef de l'état": ("head_of_state", "LEADS"),
    "cheffe de l'état": ("head_of_state", "LEADS"),
    "roi": ("head_of_state", "LEADS"),
    "reine": ("head_of_state", "LEADS"),
    "premier ministre": ("head_of_government", "LEADS"),
    "première ministre": ("head_of_government", "LEADS"),
    "chef du gouvernement": ("head_of_government", "LEADS"),
    "cheffe du gouvernement": ("head_of_government", "LEADS"),
    "maire": ("mayor", "LEADS"),
    "bourgmestre": ("mayor", "LEADS"),
    "représentant résident": ("director", "LEADS"),
    "représentante résidente": ("director", "LEADS"),
    "préfet": ("other_head", "LEADS"),
    "préfète": ("other_head", "LEADS"),
    "recteur": ("director", "LEADS"),
    "rectrice": ("director", "LEADS"),
    "gouverneur": ("other_head", "LEADS"),
    "gouverneure": ("other_head", "LEADS"),
    "ministre": ("minister", "LEADS"),
    "ministres": ("minister", "LEADS"),
    "ministre d'état": ("minister", "LEADS"),
    "secrétaire d'état": ("minister", "LEADS"),
    "président-directeur général": ("chief_executive", "LEADS"),
    "présidente-directrice générale": ("chief_executive", "LEADS"),
    "pdg": ("chief_executive", "LEADS"),
    "directeur général": ("director", "LEADS"),
    "directrice générale": ("director", "LEADS"),
    "directeur exécutif": ("director", "LEADS"),
    "directrice exécutive": ("director", "LEADS"),
    "directeur": ("director", "LEADS"),
    "directrice": ("director", "LEADS"),
    "administrateur": ("director", "LEADS"),
    "administratrice": ("director", "LEADS"),
    "haut-commissaire": ("director", "LEADS"),
    "haute-commissaire": ("director", "LEADS"),
    "haut commissaire": ("director", "LEADS"),
    "secrétaire général": ("secretary_general", "LEADS"),
    "secrétaire générale": ("secretary_general", "LEADS"),
    "secrétaire exécutif": ("secretary_general", "LEADS"),
    "secrétaire exécutive": ("secretary_general", "LEADS"),
    "président": ("chair", "LEADS"),
    "présidente": ("chair", "LEADS"),
    "présidents": ("chair", "LEADS"),
    "chef": ("other_head", "LEADS"),
    "cheffe": ("other_head", "LEADS"),
    "coordonnateur": ("other_head", "LEADS"),
    "coordonnatrice": ("other_head", "LEADS"),
    "coordinateur": ("other_head", "LEADS"),
    "coordinatrice": ("other_head", "LEADS"),
    "responsable": ("other_head", "LEADS"),
    "fondateur": ("other_head", "LEADS"),
    "fondatrice": ("other_head", "LEADS"),
    "commissaire": ("member", "MEMBER_OF"),
    "commissaires": ("member", "MEMBER_OF"),
    "vice-président": ("member", "MEMBER_OF"),
    "vice-présidente": ("member", "MEMBER_OF"),
    "membre": ("member", "MEMBER_OF"),
    "membres": ("member", "MEMBER_OF"),
    "représentant": ("member", "MEMBER_OF"),
    "représentante": ("member", "MEMBER_OF"),
    "chef de mission": ("member", "MEMBER_OF"),
    "cheffe de mission": ("member", "MEMBER_OF"),
    "porte-parole": ("member", "MEMBER_OF"),
    "conseiller": ("member", "MEMBER_OF"),
    "conseillère": ("member", "MEMBER_OF"),
    "économiste en chef": ("member", "MEMBER_OF"),
}

# Words right after a role head that belong to the role ("directeur adjoint").
ROLE_SUFFIXES: frozenset[str] = frozenset(
    {
        "général",
        "générale",
        "généraux",
        "exécutif",
        "exécutive",
        "adjoint",
        "adjointe",
        "délégué",
        "déléguée",
        "régional",
        "régionale",
        "principal",
        "principale",
        "par",
        "intérim",
        "sortant",
        "sortante",
        "désigné",
        "désignée",
        "élu",
        "élue",
        "nommé",
        "nommée",
        "en",
        "exercice",
        "fondateur",
        "fondatrice",
        "résident",
        "résidente",
    }
)
# A deputy does not lead: these turn LEADS into MEMBER_OF.
DEPUTY_WORDS: frozenset[str] = frozenset({"adjoint", "adjointe", "vice", "sous-directeur"})
FORMER_WORDS: frozenset[str] = frozenset(
    {
        "ancien",
        "ancienne",
        "anciens",
        "ex",
        "ex-",
        "sortant",
        "sortante",
        "feu",
        "défunt",
    }
)
DESIGNATE_WORDS: frozenset[str] = frozenset(
    {
        "futur",
        "future",
        "prochain",
        "prochaine",
        "désigné",
        "désignée",
        "pressenti",
        "pressentie",
        "élu",
        "élue",
    }
)
# Prepositions that join a role to what it leads ("ministre de la Santé").
ROLE_PREPOSITIONS: frozenset[str] = frozenset(
    {"de", "du", "des", "d'", "à", "au", "aux", "chargé", "chargée", "pour"}
)
# Words that may stand between a person and a role in a predicative clause.
COPULA_LINKS: frozenset[str] = frozenset(
    {
        "réélu",
        "réélue",
        "intronisé",
        "intronisée",
        "nouvellement",
        "nouveau",
        "nouvelle",
        "est",
        "était",
        "sera",
        "serait",
        "a",
        "avait",
        "été",
        "devient",
        "devenu",
        "devenue",
        "nommé",
        "nommée",
        "élu",
        "élue",
        "désigné",
        "désignée",
        "reconduit",
        "reconduite",
        "comme",
        "en",
        "tant",
        "que",
        "qualité",
        "de",
        "d'",
        "le",
        "la",
        "l'",
        "actuel",
        "actuelle",
        "officiellement",
        "récemment",
        "par",
        "ailleurs",
        "également",
        "aussi",
        "qui",
        "occupe",
        "poste",
        "fonctions",
        "les",
        "des",
        "exerce",
    }
)
# Verbs (lemmas) whose subject leads their object; passive forms take "par".
# Lemmas, and the common forms too: the lemmatizer leaves some ("préside") as is.
LEAD_VERBS: frozenset[str] = frozenset(
    {
        "diriger",
        "présider",
        "piloter",
        "codiriger",
        "coprésider",
        "dirige",
        "dirigent",
        "dirigeait",
        "dirigera",
        "préside",
        "présidait",
        "présidera",
        "copréside",
        "codirige",
        "pilote",
        "pilotait",
    }
)
PASSIVE_AGENT: str = "par"
# Multi-word leadership phrases: "X, à la tête de Y"; "Y, sous la direction de X".
HEAD_OF_PHRASES: tuple[str, ...] = (
    "à la tête de",
    "à la tête du",
    "à la tête des",
    "la tête de",  # "a pris la tête de", "prendra la tête du"
    "aux destinées de",  # "qui préside aux destinées de l'UCLouvain"
    "aux destinées du",
    "la tête du",
    "aux commandes de",
)
UNDER_LEADERSHIP_PHRASES: tuple[str, ...] = (
    "sous la direction de",
    "sous la direction du",
    "sous la présidence de",
    "sous la présidence du",
    "sous la houlette de",
    "sous l'égide de",
)
# Implicit organisations built from a role: "ministre de la Santé" -> ministère.
MINISTRY_ROLES: frozenset[str] = frozenset(
    {"ministre", "ministres", "ministre d'état", "secrétaire d'état"}
)
# Titles that are a rank, not the head of a body: "X, ministre d’État, …".
RANK_ROLES: frozenset[str] = frozenset({"ministre d'état", "ministre d’état"})
# Roles that head an organisation's presence in one country when a country follows
# ("représentant de l'UNICEF au Niger", "cheffe de mission de MSF au Mali"); a
# "représentant" of anything else is a member.
COUNTRY_ROLES: frozenset[str] = frozenset(
    {"représentant", "représentante", "chef de mission", "cheffe de mission"}
)
# "X et Y, respectivement ministre de A et ministre de B": names and roles pair up in order.
RESPECTIVELY: frozenset[str] = frozenset({"respectivement"})
# Kinds of place around a name that make it a place ("la région de Tillabéri", "la ville de Djibo").
PLACE_KIND_NOUNS: frozenset[str] = frozenset(
    {
        "région",
        "province",
        "ville",
        "commune",
        "localité",
        "village",
        "district",
        "préfecture",
        "gouvernorat",
        "wilaya",
        "cercle",
        "canton",
        "arrondissement",
        "département",
    }
)
# Heads of an embassy or a delegation ("l'ambassadeur du Sénégal en France").
GOODWILL_WORDS: frozenset[str] = frozenset(
    {"bonne", "volonté"}
)  # goodwill ambassadors lead nothing
HOST_PREPOSITIONS: frozenset[str] = frozenset(
    {"en", "au", "aux", "auprès", "à"}
)  # the country an ambassador is sent to
AMBASSADOR_ROLES: frozenset[str] = frozenset(
    {"ambassadeur", "ambassadrice", "ambassadeurs", "ambassadrices"}
)
# The ministry of "les ministres A (Santé publique), B (…)", named from its bracket.
BRACKETED_MINISTRY: str = "ministère ({domain})"
MINISTRY_WORD: str = "ministère"
GOVERNMENT_WORDS: frozenset[str] = frozenset({"gouvernement"})
HEAD_OF_STATE_ROLES: frozenset[str] = frozenset(
    {
        "président de la république",
        "présidente de la république",
        "chef de l'état",
        "cheffe de l'état",
        "roi",
        "reine",
        "premier ministre",
        "première ministre",
        "chef du gouvernement",
        "cheffe du gouvernement",
    }
)
# Nouns that head an organisational unit inside a larger body.
UNIT_WORDS: frozenset[str] = frozenset(
    {
        "département",
        "division",
        "direction",
        "bureau",
        "service",
        "unité",
        "cellule",
        "programme",
        "commission",
        "comité",
        "secrétariat",
        "agence",
        "office",
        "institut",
        "centre",
        "fonds",
        "conseil",
        "délégation",
        "mission",
        "initiative",
        "alliance",
        "coalition",
        "groupe",
        "équipe",
        "pôle",
        "plateforme",
        "réseau",
        "observatoire",
    }
)
# First words of a long form that make it an organisation ("Banque … (BAD)").
ORG_HEAD_WORDS: frozenset[str] = UNIT_WORDS | frozenset(
    {
        "chambre",
        "musée",
        "confédération",
        "organisation",
        "banque",
        "union",
        "ministère",
        "fédération",
        "association",
        "société",
        "fondation",
        "autorité",
        "haut-commissariat",
        "entreprise",
        "compagnie",
        "cour",
        "tribunal",
        "parlement",
        "sénat",
        "gouvernement",
        "université",
        "école",
        "laboratoire",
        "caisse",
        "régie",
        "conférence",
        "communauté",
        "ligue",
        "forum",
        "partenariat",
    }
)
# Event nouns (lemmas and forms). Capitalised ones start named events.
EVENT_TRIGGERS: frozenset[str] = frozenset(
    {
        "audition",
        "auditions",
        "réunion",
        "réunions",
        "sommet",
        "sommets",
        "forum",
        "forums",
        "assemblée",
        "assemblées",
        "conférence",
        "conférences",
        "lancement",
        "visite",
        "signature",
        "cérémonie",
        "élection",
        "élections",
        "session",
        "atelier",
        "colloque",
        "séminaire",
        "congrès",
        "rencontre",
        "table ronde",
        "dialogue",
        "consultation",
        "consultations",
        "inauguration",
        "journée",
        "journées",
        "salon",
        "symposium",
        "retraite",
        "négociations",
        "cop",
        "mission",
    }
)
# Event nouns that are events only when a complement or capital names them
# ("la Journée mondiale de la santé", not "une journée").
WEAK_EVENT_TRIGGERS: frozenset[str] = frozenset(
    {
        "audition",
        "auditions",
        "journée",
        "journées",
        "mission",
        "dialogue",
        "session",
        "retraite",
        "consultation",
        "consultations",
        "rencontre",
        "assemblée",
        "salon",
    }
)
# Verbs (lemmas) that make their subject a participant of the event in the clause.
PARTICIPATE_VERBS: frozenset[str] = frozenset(
    {
        "participer",
        "assister",
        "prendre",
        "réunir",
        "rassembler",
        "accueillir",
        "organiser",
        "ouvrir",
        "clôturer",
        "présider",
        "coprésider",
        "intervenir",
    }
)
ANNOUNCE_VERBS: frozenset[str] = frozenset({"annoncer", "dévoiler", "publier", "présenter"})
LAUNCH_VERBS: frozenset[str] = frozenset({"lancer", "inaugurer", "créer", "mettre"})
# Prepositions introducing where something happens.
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux", "en", "dans"})
# Reporting verbs used in quote attributions ("a déclaré X, président de Y").
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "déclarer",
        "dire",
        "affirmer",
        "souligner",
        "indiquer",
        "expliquer",
        "ajouter",
        "estimer",
        "rappeler",
        "noter",
        "saluer",
        "préciser",
        "insister",
        "conclure",
    }
)
MONTHS: dict[str, int] = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
WEEKDAYS: tuple[str, ...] = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)
# Relative date words that dateparser understands in this language.
RELATIVE_DATES: tuple[str, ...] = (
    "aujourd'hui",
    "hier",
    "demain",
    "la semaine prochaine",
    "la semaine dernière",
    "le mois prochain",
    "le mois dernier",
    "l'année prochaine",
)
# Leading words dropped from names and event phrases.
DETERMINERS: frozenset[str] = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "ce",
        "cet",
        "cette",
        "ces",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
    }
)
CONJUNCTIONS: frozenset[str] = frozenset({"et", "ou"})
# Portfolio words of ministries, keyed in English, so "ministère de la Santé"
# and "Ministry of Health" of one country get one id.
MINISTRY_DOMAINS: dict[str, str] = {
    "santé": "health",
    "finances": "finance",
    "finance": "finance",
    "économie": "economy",
    "budget": "budget",
    "plan": "planning",
    "planification": "planning",
    "agriculture": "agriculture",
    "élevage": "livestock",
    "pêche": "fisheries",
    "pêches": "fisheries",
    "éducation": "education",
    "enseignement": "education",
    "alphabétisation": "literacy",
    "énergie": "energy",
    "pétrole": "petroleum",
    "mines": "mines",
    "eau": "water",
    "hydraulique": "water",
    "irrigation": "irrigation",
    "électricité": "electricity",
    "environnement": "environment",
    "climat": "climate",
    "affaires": "affairs",
    "étrangères": "foreign",
    "intérieur": "interior",
    "défense": "defence",
    "justice": "justice",
    "travail": "labour",
    "emploi": "employment",
    "fonction": "civil-service",
    "commerce": "trade",
    "industrie": "industry",
    "transports": "transport",
    "numérique": "digital",
    "communication": "communication",
    "solidarité": "solidarity",
    "social": "social",
    "sociale": "social",
    "sociales": "social",
    "protection": "protection",
    "action": "action",
    "femme": "women",
    "femmes": "women",
    "famille": "family",
    "jeunesse": "youth",
    "sports": "sports",
    "culture": "culture",
    "tourisme": "tourism",
    "recherche": "research",
    "supérieur": "higher",
    "population": "population",
    "humanitaire": "humanitarian",
    "coopération": "cooperation",
    "développement": "development",
    "logement": "housing",
    "urbanisme": "urban",
    "infrastructures": "infrastructure",
    "publique": "public",
    "public": "public",
    "base": "basic",
    "nationale": "national",
    "dialogue": "dialogue",
    "ressources": "resources",
    "hydrauliques": "water",
}
# "sa directrice, X", "son président, X": the role belongs to the organisation just named.
# Words between a possessive and its role ("its newly appointed director").
APPOINTED_WORDS: frozenset[str] = frozenset(
    {"nouvellement", "nouveau", "nouvelle", "nommé", "nommée", "actuel", "actuelle"}
)
# Common nouns standing for a body named before ("the agency's head").
BODY_NOUNS: frozenset[str] = frozenset(
    {
        "entreprise",
        "groupe",
        "agence",
        "banque",
        "fonds",
        "organisation",
        "institution",
        "fédération",
        "opérateur",
        "régulateur",
        "organisme",
    }
)
POSSESSIVES: frozenset[str] = frozenset({"sa", "son", "ses", "leur", "leurs"})
# Names that begin like an event but name a body or a policy field.
NON_EVENT_NAMES: tuple[str, ...] = (
    "assemblée nationale",
    "assemblée législative",
    "assemblée générale des nations unies",
    "dialogue social",
    "mission permanente",
    "journée de travail",
)
# "nommée directrice générale de Y en remplacement de Z": Z led Y before.
REPLACEMENT_PHRASES: tuple[str, ...] = (
    "en remplacement de",
    "en remplacement du",
    "pour remplacer",
    "succède à",
    "succédant à",
    "qui succède à",
    "remplace",
    "succède au",
)
