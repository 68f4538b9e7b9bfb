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
    "(à la retraite)",  # après un titre : « le juge (à la retraite) Emmanuel Amoako »
    "(en retraite)",
    "(er)",  # « le général (er) X » : en retraite
    "(e.r.)",
    "ingénieur",
    "ingénieure",
    "ing.",
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
    "pre",  # professeure
    "pre.",
    "professeur émérite",  # « le professeur émérite Kofi Amoako-Atta »
    "professeure émérite",
    "professeur",
    "professeure",
    "me",
    "maître",
    "monseigneur",
    "mgr",
    "imam",  # le clergé devant un nom : « l'imam Souleymane Diakité », « le pasteur X »
    "révérend",
    "pasteur",
    "cardinal",
    "général",
    "général de brigade",
    "général de division",
    "général de corps d'armée",
    "général d'armée",
    "colonel",
    "colonel-major",
    "lieutenant-colonel",
    "lieutenant-général",
    "contre-amiral",
    "commissaire divisionnaire",  # a police rank, no commissioner of a body
    "commissaire principal",
    "commissaire principale",
    "commissaire de police",
    "commissaire général de police",
    "contrôleur général de police",  # Madagascar's, Burkina's police ranks
    "contrôleur général",  # before a name (RANKS_BEFORE_NAMES); before a body, a title
    "inspecteur général de police",
    "vice-amiral",
    "amiral",
    "ministre",
    "président",
    "présidente",
    "honorable",  # « l'Honorable X », as members of parliament are addressed
    "gouverneur",  # « Le Gouverneur Abdelkerim a … »: the governor, named short
    "gouverneure",
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
    "associé directeur": ("chief_executive", "LEADS"),  # d'une société de gestion
    "associée directrice": ("chief_executive", "LEADS"),
    "associé gérant": ("chief_executive", "LEADS"),
    "associée gérante": ("chief_executive", "LEADS"),
    "directeur-président": ("director", "LEADS"),
    "directrice-présidente": ("director", "LEADS"),
    "responsable de pays": ("director", "LEADS"),  # "Country Manager" of a bank
    "directeur pays": ("director", "LEADS"),
    "directrice pays": ("director", "LEADS"),
    "directeur de pays": ("director", "LEADS"),  # « directrice de pays du FIDA pour … »
    "directrice de pays": ("director", "LEADS"),
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
    "mairesse": ("mayor", "LEADS"),  # in Quebec
    "bourgmestre": ("mayor", "LEADS"),
    "responsable pays": ("director", "LEADS"),  # "country manager"
    "représentant résident": ("director", "LEADS"),
    "représentante résidente": ("director", "LEADS"),
    "représentant en chef": ("director", "LEADS"),  # JICA's, KOICA's head in a country
    "représentante en chef": ("director", "LEADS"),
    "coordonnateur résident": ("director", "LEADS"),  # of the UN system in a country
    "coordonnatrice résidente": ("director", "LEADS"),
    "coordinateur résident": ("director", "LEADS"),
    "coordinatrice résidente": ("director", "LEADS"),
    "préfet": ("other_head", "LEADS"),
    "préfète": ("other_head", "LEADS"),
    "wali": ("other_head", "LEADS"),  # d'une région marocaine, d'une wilaya
    "contrôleur général": ("director", "LEADS"),  # des douanes (Nigeria) ; « de police »: a rank
    "contrôleuse générale": ("director", "LEADS"),
    "recteur": ("director", "LEADS"),
    "chancelier": ("chair", "LEADS"),  # see en.ROLE_HEADS: « chancelier de l'université »
    "chancelière": ("chair", "LEADS"),
    "doyen": ("director", "LEADS"),  # d'une faculté
    "doyenne": ("director", "LEADS"),
    "premier président": ("chair", "LEADS"),  # d'une cour de cassation, d'une cour d'appel
    "première présidente": ("chair", "LEADS"),
    "bâtonnier": ("chair", "LEADS"),  # d'un ordre des avocats, d'un barreau
    "bâtonnière": ("chair", "LEADS"),
    "proviseur": ("director", "LEADS"),  # d'un lycée
    "proviseure": ("director", "LEADS"),
    "rectrice": ("director", "LEADS"),
    "gouverneur": ("other_head", "LEADS"),
    "gouverneure": ("other_head", "LEADS"),
    "ministre": ("minister", "LEADS"),
    "ministres": ("minister", "LEADS"),
    # « en présence de son collègue des Transports, M. X »: a minister's colleague by
    # his portfolio (PORTFOLIO_ROLES: none without one, « son homologue burkinabè »)
    "collègue": ("minister", "LEADS"),
    "homologue": ("minister", "LEADS"),
    "ministre d'état": ("minister", "LEADS"),
    "secrétaire d'état": ("minister", "LEADS"),
    "secrétaire du cabinet": ("minister", "LEADS"),  # Kenya's ministers ("Cabinet Secretary")
    "secrétaire de cabinet": ("minister", "LEADS"),
    "président-directeur général": ("chief_executive", "LEADS"),
    "présidente-directrice générale": ("chief_executive", "LEADS"),
    "pdg": ("chief_executive", "LEADS"),
    # the head of many francophone public companies: "administrateur directeur général"
    "administrateur directeur général": ("director", "LEADS"),
    "administratrice directrice générale": ("director", "LEADS"),
    "commandant en chef": ("other_head", "LEADS"),  # des forces de police, d'une armée
    "commandant": ("other_head", "LEADS"),  # "commander": d'une force, d'une unité
    "directeur général": ("director", "LEADS"),
    "directrice générale": ("director", "LEADS"),
    "directeur exécutif": ("director", "LEADS"),
    "directrice exécutive": ("director", "LEADS"),
    "directeur": ("director", "LEADS"),
    "directrice": ("director", "LEADS"),
    "administrateur": ("director", "LEADS"),
    "administratrice": ("director", "LEADS"),
    "haut-commissaire": ("director", "LEADS"),
    "délégué général": ("director", "LEADS"),  # a festival's, a government's delegation
    "déléguée générale": ("director", "LEADS"),
    "haute-commissaire": ("director", "LEADS"),
    "haut commissaire": ("director", "LEADS"),
    "secrétaire général": ("secretary_general", "LEADS"),
    "secrétaire générale": ("secretary_general", "LEADS"),
    "secrétaire exécutif": ("secretary_general", "LEADS"),
    "secrétaire exécutive": ("secretary_general", "LEADS"),
    "président": ("chair", "LEADS"),
    "présidente": ("chair", "LEADS"),
    "présidents": ("chair", "LEADS"),
    "chef de la direction": ("chief_executive", "LEADS"),  # Québec: the CEO
    "cheffe de la direction": ("chief_executive", "LEADS"),
    "chef de la direction financière": ("member", "MEMBER_OF"),  # the CFO
    "cheffe de la direction financière": ("member", "MEMBER_OF"),
    "secrétaire perpétuel": ("secretary_general", "LEADS"),  # an academy's
    "secrétaire perpétuelle": ("secretary_general", "LEADS"),
    "chef": ("other_head", "LEADS"),
    "cheffe": ("other_head", "LEADS"),
    # an army's commander: « chef d'état-major de l'Armée de terre », « … général des armées »
    "chef d'état-major": ("other_head", "LEADS"),
    "cheffe d'état-major": ("other_head", "LEADS"),
    "chef d'état-major général": ("other_head", "LEADS"),
    "coordonnateur": ("other_head", "LEADS"),
    "coordonnatrice": ("other_head", "LEADS"),
    "greffier en chef": ("other_head", "LEADS"),  # of a court's registry
    "greffière en chef": ("other_head", "LEADS"),
    "registraire": ("other_head", "LEADS"),  # Quebec's "registrar"
    # titres qui sont leur propre institution (TITLE_OFFICES)
    "médiateur de la république": ("other_head", "LEADS"),
    "médiatrice de la république": ("other_head", "LEADS"),
    "médiateur du faso": ("other_head", "LEADS"),
    "médiatrice du faso": ("other_head", "LEADS"),
    "protecteur du citoyen": ("other_head", "LEADS"),
    "protectrice du citoyen": ("other_head", "LEADS"),
    "défenseur des droits": ("other_head", "LEADS"),
    "défenseure des droits": ("other_head", "LEADS"),
    "vérificateur général": ("other_head", "LEADS"),
    "vérificatrice générale": ("other_head", "LEADS"),
    "coordinateur": ("other_head", "LEADS"),
    "coordinatrice": ("other_head", "LEADS"),
    "responsable": ("other_head", "LEADS"),
    "fondateur": ("other_head", "LEADS"),
    "fondatrice": ("other_head", "LEADS"),
    # a commissioner heads a portfolio of the commission: the gold's LEADS
    "commissaire": ("other_head", "LEADS"),
    "commissaires": ("other_head", "LEADS"),
    "commissaire aux comptes": ("member", "MEMBER_OF"),  # an auditor
    "commissaires aux comptes": ("member", "MEMBER_OF"),
    "vice-président": ("member", "MEMBER_OF"),
    "vice-présidente": ("member", "MEMBER_OF"),
    "membre": ("member", "MEMBER_OF"),
    "membres": ("member", "MEMBER_OF"),
    "représentant": ("member", "MEMBER_OF"),
    "représentante": ("member", "MEMBER_OF"),
    "chef de mission": ("member", "MEMBER_OF"),
    "délégué commercial": ("member", "MEMBER_OF"),  # an embassy's trade commissioner
    "déléguée commerciale": ("member", "MEMBER_OF"),
    "cheffe de mission": ("member", "MEMBER_OF"),
    "porte-parole": ("member", "MEMBER_OF"),
    "garde des sceaux": ("member", "MEMBER_OF"),  # the justice minister's second title
    "vice-chancelier": ("director", "LEADS"),  # heads a university (Cameroon, Commonwealth)
    "vice-chancelière": ("director", "LEADS"),
    "conseiller": ("member", "MEMBER_OF"),
    "conseillère": ("member", "MEMBER_OF"),
    "économiste en chef": ("member", "MEMBER_OF"),
}

# Words right after a role head that belong to the role ("directeur adjoint").
# Titles that are common nouns in lower case (see en.TITLE_CASE_ROLES): none here.
TITLE_CASE_ROLES: frozenset[str] = frozenset()
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
        "sous-régional",  # « coordonnateur sous-régional pour l'Afrique de l'Ouest »
        "sous-régionale",
        "principal",
        "principale",
        "par",
        "intérim",
        "national",  # "coordonnateur national du programme"
        "nationale",
        "provisoire",  # "administrateur provisoire"
        "a.i.",  # ad interim, as Haitian and Congolese releases write it
        "p.i.",
        "sortant",
        "sortante",
        "entrant",  # « le Gouverneur entrant, M. X »: incoming
        "entrante",
        "désigné",
        "désignée",
        "élu",
        "élue",
        "nommé",
        "nommée",
        "nouvellement",  # « le président nouvellement nommé de la Commission »
        "récemment",
        "en",
        "exercice",
        "fondateur",
        "fondatrice",
        "résident",
        "résidente",
        "militaire",  # « gouverneur militaire de l'Ituri »
    }
)
# A deputy does not lead: these turn LEADS into MEMBER_OF.
DEPUTY_WORDS: frozenset[str] = frozenset(
    {"adjoint", "adjointe", "vice", "sous-directeur", "vice-premier", "vice-première"}
)  # « vice-Premier ministre »: one token
# An acting or interim head leads the body meanwhile: status current.
INTERIM_WORDS: frozenset[str] = frozenset({"intérimaire"})
# Words before a title that belong to it (French puts them after: see ROLE_SUFFIXES).
ROLE_PREFIXES: frozenset[str] = frozenset()
# Words of a replacement still to come (« Elle succédera à Z, recteur depuis
# 2018 »): the one replaced holds his apposed title until then. Same name in `en`.
FUTURE_WORDS: frozenset[str] = frozenset(
    {"succédera", "succéderont", "remplacera", "remplaceront", "succéder", "remplacer"}
)
# The word before an infinitive ("appoints X to | head | Y"). Same name in `fr`/`en`.
INFINITIVE_MARKERS: frozenset[str] = frozenset()  # the French infinitive is the verb's own form
# See en.CURRENT_WORDS (« X, actuel président de … »).
CURRENT_WORDS: frozenset[str] = frozenset({"actuel", "actuelle"})
# A post a sentence says its subject holds now ("X is currently Managing Director of
# A"): not the one "He succeeds Z" after it speaks of. Same name in `en`.
PRESENT_ADVERBS: frozenset[str] = frozenset({"actuellement", "présentement"})
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
        "alors",  # « M. X, alors directeur général des Douanes » (en: "then")
    }
)
# Participles of DESIGNATE_WORDS that say "-elect" only after the title (« la présidente
# élue »); before it they are the verb of one who holds it (« a été élue présidente »).
# Same name in `en`.
ELECTED_PARTICIPLES: frozenset[str] = frozenset({"élu", "élue", "désigné", "désignée"})
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
        "entrant",
        "entrante",
    }
)
# Prepositions that join a role to what it leads ("ministre de la Santé").
ROLE_PREPOSITIONS: frozenset[str] = frozenset(
    {"de", "du", "des", "d'", "à", "au", "aux", "chargé", "chargée", "pour"}
)
# Participles between a title and its portfolio, no part of the portfolio's name
# ("ministre chargée de l'Énergie" heads the "ministère de l'Énergie").
# Phrases between a title's noun and its portfolio ("Minister Delegate | in charge of |
# Investment"). Same name in `fr`/`en`.
# The word that attaches a title to another's ("Secretary of State | to | the Minister",
# « auprès du ministre »). Same name in `fr`/`en`.
ATTACHED_TITLE_WORDS: frozenset[str] = frozenset({"auprès"})
CHARGE_PHRASES: tuple[str, ...] = ("chargé de", "chargée de", "en charge de")
CHARGED_WORDS: frozenset[str] = frozenset({"chargé", "chargée", "chargés", "chargées"})
# A portfolio added to a title, in commas before its holder (« le ministre des Affaires
# étrangères, | chargé de | la Francophonie, M. X »). Same name in `en`.
CHARGE_PHRASES: tuple[str, ...] = tuple(
    f"{word} {prep}" for word in sorted(CHARGED_WORDS) for prep in ("de", "du", "des", "d'")
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
        "fut",  # the past historic of obituaries: « il fut ministre des Finances » (former)
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
        "ainsi",  # « X a ainsi été installé dans ses fonctions de … »
        "par",
        "ailleurs",
        "également",
        "aussi",
        "qui",
        "occupe",
        "occupera",  # "X occupera le poste de directrice générale de Y"
        "occupait",
        "poste",
        "fonctions",
        "rôle",
        "les",
        "des",
        "exerce",
        "exercera",  # "X exercera les fonctions de …"
        "exerçait",
        "assume",
        "assumera",
        "prendra",  # "X prendra ses fonctions de président le 1er janvier"
        "prendrait",
        "au",  # "a nommé X au poste de secrétaire générale"
        "dans",  # "a reconduit X dans ses fonctions de président de …"
        "à",  # "la nomination de X à titre de présidente de …"
        "titre",
        "actuellement",
        "deviendra",
        "deviendrait",
        "prend",
        "pris",
        "possession",  # « X a pris possession de ses fonctions de directeur général »
        "ses",
        "son",
        "sa",
        "prêté",  # "X a prêté serment en tant que président de Y"
        "prête",  # « X prête serment à titre de mairesse de Y » (a headline's present)
        "assermenté",  # « X a été assermentée à titre de mairesse de Y » (Quebec)
        "assermentée",
        "installé",  # « X a été installé dans ses fonctions de directeur général de Y »
        "installée",
        "serment",
        "investi",
        "investie",
    }
)
# Phrases that put a title in time and end its complement ("Chair of the Board | at the
# close of the AGM", "présidente du conseil | à l'issue de l'assemblée"). Same names in `en`.
TIME_PHRASES: tuple[str, ...] = (
    "à l'issue de",
    "à l'issue du",
    "à la suite de",
    "à la suite du",
    "au terme de",
    "au terme du",
    "jusqu'à",
    "pour la période",  # « président du Parlement | pour la période 2026-2030 »
    "pour une période",
    "pour un mandat",
    "pour une durée",
)
# Nouns of a title's term, no body it leads ("President for a second term", "présidente
# pour un mandat de trois ans"). Same names in `en`.
TERM_WORDS: frozenset[str] = frozenset({"mandat", "mandats"})
# Verbs whose object is then given a role: "a nommé X directrice générale de Y".
APPOINTING_VERBS: frozenset[str] = frozenset(
    {
        "nommé",
        "nommée",
        "nommer",
        "nomme",
        "nomment",
        "désigné",
        "désignée",
        "désigner",
        "désigne",
        "élu",
        "élue",
        "élire",
        "reconduit",
        "reconduite",
        "installé",  # « a installé le général X dans ses fonctions de commandant en chef »
        "installée",
        "installe",
    }
)
# Verbs of a headline in title case, capitalised inside what the model tagged as one
# name (« La SONABEL | Nomme | X »). Same names in `en`.
HEADLINE_VERBS: frozenset[str] = frozenset(
    {
        "nomme",
        "nomment",
        "élit",
        "ouvre",
        "ouvrent",
        "lance",
        "lancent",
        "signe",
        "signent",
        "tient",
        "rejoint",
        "conclut",
        "accueille",
        "inaugure",
        "inaugurent",
        "annonce",
        "approuve",
        "reconduit",
        "installe",
        "limoge",
        "accorde",
        "publie",
        "présente",
        "présentent",
        "investit",
        "visite",
        "reçoit",
        "élisent",
    }
)
# Nouns of a time adverbial between a participle and its agent ("présidé cette année par").
TIME_NOUNS: frozenset[str] = frozenset(
    {"année", "an", "mois", "semaine", "trimestre", "semestre", "fois"}
)
# See en.LAST_WORDS: « le mois dernier », « la semaine passée ».
LAST_WORDS: frozenset[str] = frozenset({"dernier", "dernière", "passé", "passée"})
# See en.DURATION_WORDS: « pendant deux ans ».
DURATION_WORDS: frozenset[str] = frozenset({"pendant", "durant"})
# See en.PERFECT_AUXILIARIES: « il a été pendant deux ans ministre » is a past term.
PERFECT_AUXILIARIES: frozenset[str] = frozenset()
# See en.JOINED_VERB_FORMS: French joins « coprésidé » without a hyphen.
JOINED_VERB_FORMS: tuple[str, ...] = ()
# See en.PAST_ADVERBS: « il a auparavant dirigé l'OCRTIS ».
PAST_ADVERBS: frozenset[str] = frozenset(
    {"auparavant", "précédemment", "jadis", "autrefois", "naguère"}
)
# Phrases before a title that put it in the past: "X, until recently head of Y".
FORMER_PHRASES: tuple[str, ...] = (
    "jusqu'ici",
    "jusque-là",
    "jusqu'à récemment",
    "jusqu'alors",
    "naguère",
    "précédemment",  # "X, previously Minister of A" (see en.FORMER_PHRASES)
    "auparavant",
    "anciennement",
)
# Words written in capitals that name no body: "le PDG", "the CEO", "the AGM".
CAPS_WORDS: frozenset[str] = frozenset(
    {
        "pdg",
        "dg",
        "usd",
        "eur",
        "fcfa",
        "cfa",
        "pib",
        "tva",
        "ong",
        "pme",
        "tic",
        "covid",
        "sida",
        "vih",
        "onu",
    }
)
# Phrases opening a sentence on a body whose bare titles follow ("Du côté de l'INRS, …").
FRONTED_ORG_PHRASES: tuple[str, ...] = ("du côté de", "côté", "pour", "chez", "au sein de", "à")
# Bodies' names the model reads as places ("la Croix-Rouge malagasy").
MOVEMENT_NAMES: frozenset[str] = frozenset({"croix-rouge", "croissant-rouge"})
# Capitalised adjectives of rank opening a body's name ("Haut Conseil des
# collectivités territoriales", "Haute Autorité de santé").
RANK_ADJECTIVES: frozenset[str] = frozenset({"haut", "haute", "hauts", "hautes", "grand", "grande"})
# Words of a civil servant's or a police officer's grade ("Principal Civil Administrator",
# "Divisional Police Commissioner"): a name of them alone is no body. Same name in `en`.
GRADE_WORDS: frozenset[str] = frozenset(
    {"principal", "principale", "civil", "civile", "divisionnaire"}
)
# A lower-case administration's noun and the level it works at: "la direction régionale
# de la santé publique de l'Anosy, dirigée par …" is a unit, where "la direction de
# l'OMS" is its management. See en.UNIT_LEVELS.
UNIT_LEVELS: dict[str, frozenset[str]] = {
    "direction": frozenset(
        {"régionale", "générale", "nationale", "départementale", "provinciale", "préfectorale"}
    ),
    "délégation": frozenset({"régionale", "départementale", "provinciale"}),
}
# Title nouns a name may follow with no comma: see en.TITLE_NOUNS_BEFORE_NAMES.
TITLE_NOUNS_BEFORE_NAMES: frozenset[str] = frozenset(
    "commissaire ministre directeur directrice gouverneur ambassadeur ambassadrice "
    "président présidente maire coordonnateur coordonnatrice".split()
)
# A body's functions a title names after its « de »: see en.OFFICE_FUNCTIONS.
OFFICE_FUNCTIONS: frozenset[str] = frozenset(
    "cabinet exploitation opérations marketing ventes achats audit conformité logistique "
    "sécurité protocole communication ressources ingénierie trésorerie comptabilité "
    "services programmes projets".split()
)
# See en.FUNCTION_ADJECTIVES.
FUNCTION_ADJECTIVES: frozenset[str] = frozenset(
    "médical médicale scientifique technique financier financière commercial commerciale "
    "administratif administrative juridique opérationnel opérationnelle académique "
    "clinique".split()
)
# Endings of abstract nouns: see en.ABSTRACT_SUFFIXES.
ABSTRACT_SUFFIXES: tuple[str, ...] = ("tion", "sion", "ment", "ance", "ence", "ité", "ique", "ure")
# Words citing a source before its name ("selon ANACIM"): see en.SOURCE_WORDS.
SOURCE_WORDS: tuple[str, ...] = ("selon", "d'après")
# Words that end a period in the past: "who led CAF until 2024" held the post before.
# Words that open a time span after a name: « … le paludisme | depuis 2019 ».
SINCE_WORDS: frozenset[str] = frozenset({"depuis", "dès"})
UNTIL_WORDS: frozenset[str] = frozenset({"jusqu'", "jusque", "jusqu'en", "jusqu'à", "jusqu'au"})
# A past lead a sentence opens on « Avant de rejoindre la Cour, » is over. Same name in `en`.
# The auxiliary of a plus-que-parfait (« avait dirigé »), see en.PAST_AUXILIARIES.
PAST_AUXILIARIES: frozenset[str] = frozenset({"avait", "avaient", "avais", "avions", "aviez"})
BEFORE_WORDS: frozenset[str] = frozenset({"avant"})
# The link between the years of a closed period (« de 2022 à 2024 »). Same name in `en`.
# The word opening a period's first year. Same name in `fr`/`en`.
PERIOD_START_WORDS: frozenset[str] = frozenset({"de", "d'", "du"})  # « de 2019 à 2024 »
# A length of time ("for four years", « pendant quatre ans »). Same names in `fr`/`en`.
DURATION_PREPOSITIONS: frozenset[str] = frozenset({"pendant", "durant"})
TIME_UNITS: frozenset[str] = frozenset(
    {"an", "ans", "année", "années", "mois", "décennie", "décennies"}
)
PERIOD_END_LINKS: frozenset[str] = frozenset({"à", "au"})
# Object relative pronouns: the verb's subject may come after it ("que dirige X").
OBJECT_RELATIVES: frozenset[str] = frozenset({"que", "qu'"})
# Links that say the person has left the role: "X, qui a quitté ses fonctions de …".
LEAVING_LINKS: frozenset[str] = frozenset(
    {"quitté", "quitte", "quittera", "démissionné", "démissionne", "retiré", "retirée", "fut"}
)
# Verbs (lemmas) whose subject leads their object; passive forms take "par".
# Lemmas, and the common forms too: the lemmatizer leaves some ("préside") as is.
# Verbs whose object « l'intérim » makes their subject the acting head: « X, qui
# assurait l'intérim de la direction générale ». Same name in `en`.
INTERIM_VERBS: frozenset[str] = frozenset({"assurer"})
# Verbs giving the acting post to someone named after « à »: « l'intérim est confié à
# X », « a confié l'intérim (de la direction générale de Y) à X ». Same name in `en`.
INTERIM_GIVING_VERBS: frozenset[str] = frozenset({"confier"})
LEAD_VERBS: frozenset[str] = frozenset(
    {
        "diriger",
        "présider",
        "piloter",
        "mener",  # "un consortium mené par Proparco"
        "conduire",  # "l'initiative Alertes précoces pour tous, conduite par l'OMM"
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
        # participles the tagger may read as nouns: « conduite par l'OMM »
        "conduit",
        "conduite",
        "conduits",
        "conduites",
    }
)
PASSIVE_AGENT: str = "par"
# Past participles' endings and what makes their verb's lemma: "pilotée" -> "piloter".
PARTICIPLE_ENDINGS: dict[str, str] = {"ées": "er", "és": "er", "ée": "er", "é": "er"}
# Participles before "par" whose agent is a person (bodies are "led", not "chaired").
CHAIRED_WORDS: frozenset[str] = frozenset(
    {"présidé", "présidée", "présidés", "présidées", "coprésidé", "coprésidée"}
)
# Multi-word leadership phrases: "X, à la tête de Y"; "Y, sous la direction de X".
HEAD_OF_PHRASES: tuple[str, ...] = (
    (
        "à la tête de",
        "à la tête du",
        "à la tête des",
        "à la tête d'",  # "À la tête d'ONU-Habitat depuis 2024, Mme X …"
        "la tête de",  # "a pris la tête de", "prendra la tête du"
        "la tête d'",
        "aux destinées de",  # "qui préside aux destinées de l'UCLouvain"
        "aux destinées du",
        "la tête du",
        "aux commandes de",
        "les rênes de",  # « qui prend les rênes de la FLSH », « a pris les rênes du groupe »
        "les rênes du",
        "les rênes des",
        "les rênes d'",
        "pour diriger",  # "a été nommée pour diriger l'Agence", « Nommée pour diriger Y, X »
    )
    + tuple(
        # "qui assure la présidence de l'ARES", "occupe la direction générale du FDA"
        f"{verb} la {office} {prep}"
        for verb in (
            "assure",
            "assurait",
            "assurera",
            "assuré",
            "assurant",
            "assumé",
            "occupe",
            "occupait",
            "exerce",
            "exerçait",
            "prend",
            "prendra",
            "pris",
            "reprend",
            "reprendra",
            "repris",
        )
        for office in (
            "présidence",
            "direction",
            "direction générale",
            "présidence par intérim",
            "présidence tournante",  # "a pris la présidence tournante de l'Union africaine"
            "présidence en exercice",
        )
        for prep in ("de", "du", "des", "d'")
    )
    + tuple(
        # "a été reconduit à la présidence de la FSF", "nommée à la direction du FDA"
        f"{participle} à la {office} {prep}"
        for participle in (
            "nommé",
            "nommée",
            "élu",
            "élue",
            "réélu",
            "réélue",
            "reconduit",
            "reconduite",
            "désigné",
            "désignée",
            "porté",
            "portée",
            "appelé",
            "appelée",
        )
        for office in ("présidence", "direction", "direction générale")
        for prep in ("de", "du", "des", "d'")
    )
    + tuple(
        # "assure l'intérim de la direction générale du CHUL"
        f"{verb} l'intérim de la {office} {prep}"
        for verb in ("assure", "assurait", "assurera", "assuré", "assurant")
        for office in ("présidence", "direction", "direction générale")
        for prep in ("de", "du", "des", "d'")
    )
)
# Body nouns a body's name holds, so that the noun alone names it again
# (« directeur de l'hôpital », « président de la banque »): the last body named with
# it. Not "institution" or "company", which name any. Same name in `en`.
# Prepositions that hold their article (« du » = « de le »): « directeur du | port ».
# Same name in `en`.
DETERMINED_PREPOSITIONS: frozenset[str] = frozenset({"du", "des", "au", "aux"})
# See en.GENERIC_BODY_NOUNS: « a élu M. X à la présidence de l'institution ».
GENERIC_BODY_NOUNS: frozenset[str] = frozenset(
    {"institution", "organisation", "instance", "organisme"}
)
ANAPHOR_NOUNS: frozenset[str] = frozenset(
    {
        "hôpital",
        "banque",
        "fonds",
        "université",
        "agence",
        "coalition",
        "alliance",
        "fédération",
        "union",
        "commission",
        "programme",
        "initiative",
        "organisation",
        "office",
        "autorité",
        "fondation",
        "institut",
        "centre",
        "port",  # « le directeur général du port » after « le Port autonome de Cotonou »
        "cour",  # « le président de la Cour » after « la Cour constitutionnelle »
        "conseil",
        "tribunal",
        "assemblée",
        "ministère",  # « le secrétaire général du ministère », its general secretariat
        "réseau",  # « le directeur exécutif du réseau » after « le Réseau ouest-africain … »
        "association",
        "chambre",  # « le président de la chambre » after « la Chambre de commerce … »
        "comité",
        "école",
        "laboratoire",
        "parlement",
        "bibliothèque",  # « ancien directeur de la Bibliothèque » after its full name
        "musée",
        "conférence",  # « le président de la Conférence » after « la Conférence épiscopale »
        "confédération",  # « secrétaire général de la confédération » after its full name
        "coopérative",
        "festival",  # « le délégué général du festival » after « le Festival … »
    }
)
# Phrases before a title its sentence's subject holds ("X chaired the talks in his
# capacity as Chairman of Y"). Same name in `en`.
CAPACITY_PHRASES: tuple[str, ...] = (
    "en sa qualité de",
    "en qualité de",
    "en leur qualité de",
    "en ma qualité de",
)
# Determiners of a body named again by its noun alone ("the coalition", « cette
# coalition »). Same name in `fr`/`en`.
ANAPHOR_DETERMINERS: frozenset[str] = frozenset(
    {"le", "la", "l'", "l’", "ce", "cet", "cette", "ces", "les"}
)
# The words an office or a predecessor is given to (« confié … à X », « succédé à Z »)
# and the ones before a year (« en 2025 »). Same names in `fr`/`en`.
RECIPIENT_WORDS: frozenset[str] = frozenset({"à", "au", "aux"})
YEAR_PREPOSITIONS: frozenset[str] = frozenset({"en"})
# An office given to someone named after the body: "a confié la présidence par intérim
# de la FMF | à X" (X leads the FMF). Same name in `en`.
ENTRUSTED_OFFICE_PHRASES: tuple[str, ...] = tuple(
    f"{verb} la {office} {prep}"
    for verb in ("confié", "confie", "confiera", "confier", "confiant")
    for office in ("présidence", "présidence par intérim", "direction", "direction générale")
    for prep in ("de", "du", "des", "d'")
)
# See en.POST_NOUNS (« occupait le poste de ministre »).
POST_NOUNS: frozenset[str] = frozenset({"poste", "fonction", "fonctions", "rôle"})
# See en.GIVEN_OFFICE_NOUNS (« La direction générale est confiée à X »).
GIVEN_OFFICE_NOUNS: frozenset[str] = frozenset({"direction", "présidence"})
# An office named after the one a successor replaces: "X, qui a succédé à Z | à la
# présidence de | Y" (X leads Y, Z led it). Only after a successor: « candidat à la
# présidence de la République » leads nothing. Same name in `en`.
SUCCESSION_OFFICE_PHRASES: tuple[str, ...] = tuple(
    f"à la {office} {prep}"
    for office in ("présidence", "direction", "direction générale")
    for prep in ("de", "du", "des", "d'")
)
# A post held with no body named after it: the body the article is about ("X assure
# l'intérim de la direction générale jusqu'à nouvel ordre"). Same name in `en`.
HELD_OFFICE_PHRASES: tuple[str, ...] = tuple(
    f"{verb} {office}"
    for verb in ("assure", "assurait", "assurera", "assumera")
    for office in (
        "l'intérim de la direction générale",
        "l'intérim de la présidence",
        "l'intérim de la direction",
        "l'intérim à la direction générale",
        "la direction générale par intérim",
        "la présidence par intérim",
    )
)
# An office of the subject's own body, given by one of OWN_OFFICE_VERBS to a holder
# named after it or between them: « Le conseil d'administration a élu à sa présidence
# M. X », « a porté Mme X à sa présidence » (the body the article is about: the
# board's company). Same names in `en`.
OWN_OFFICES: tuple[str, ...] = ("à sa présidence", "à sa tête", "à sa direction générale")
OWN_OFFICE_VERBS: frozenset[str] = frozenset(
    {"élu", "élue", "réélu", "réélue", "nommé", "nommée", "porté", "portée", "désigné"}
    | {"désignée", "appelé", "appelée"}
)
# An office of the body a « dont » clause is said of, held by the one named before the
# phrase: « L'ONEE, dont Mme X assure la direction générale, … », « Le PNLP, dont le
# Dr X assurait la coordination depuis 2019, … » (past tense: former). Same name in `en`.
WHOSE_OFFICE_PHRASES: tuple[str, ...] = tuple(
    f"{verb} la {office}"
    for verb in ("assure", "assurait", "assurera", "occupe", "occupait", "exerce", "exerçait")
    for office in ("présidence", "direction", "direction générale", "coordination")
)
WHOSE_WORDS: frozenset[str] = frozenset({"dont"})
# The same, said of one who has left the post: status former.
LEFT_HEAD_OF_PHRASES: tuple[str, ...] = tuple(
    f"{verb} la {office} {prep}"
    for verb in ("quitté", "quitte", "quittera", "quittant")
    for office in ("présidence", "direction", "direction générale", "tête")
    for prep in ("de", "du", "des", "d'")
)
UNDER_LEADERSHIP_PHRASES: tuple[str, ...] = (
    "sous la direction de",
    "sous la direction du",
    "sous la présidence de",
    "sous la présidence du",
    "sous la houlette de",
    "sous l'égide de",
    "sous la conduite de",
)
# Implicit organisations built from a role: "ministre de la Santé" -> ministère.
MINISTRY_ROLES: frozenset[str] = frozenset(
    {
        "ministre",
        "ministres",
        "collègue",
        "homologue",
        "ministre d'état",
        "secrétaire d'état",
        "secrétaire du cabinet",
        "secrétaire de cabinet",
    }
)
# Titles that are a rank, not the head of a body: "X, ministre d’État, …".
# Adjectives that name a commissioner's commission: "commissaire européenne à
# l'Énergie". Same name in `en`.
# The titles a commission's adjective may qualify. Same name in `en`.
COMMISSIONER_ROLES: frozenset[str] = frozenset({"commissaire", "commissaires"})
# The department a commissioner's portfolios name: see en.COMMISSION_DEPARTMENT.
COMMISSION_DEPARTMENT: str = "Département ({domain})"
COMMISSION_NOUNS: frozenset[str] = frozenset({"commission"})  # see en.COMMISSION_NOUNS
COMMISSION_ADJECTIVES: dict[str, str] = {
    "européen": "European Commission",
    "européenne": "European Commission",
}
# Minister's titles only before a portfolio. Same name in `en`.
PORTFOLIO_ROLES: frozenset[str] = frozenset({"collègue", "homologue"})
# A title that heads the body only when the body is a military one (see en.STAFF_ROLES:
# the French title of an army's head is its own, « chef d'état-major »).
STAFF_ROLES: frozenset[str] = frozenset()
MILITARY_WORDS: frozenset[str] = frozenset({"armée", "armées", "gendarmerie", "marine"})
RANK_ROLES: frozenset[str] = frozenset({"ministre d'état", "ministre d’état"})
# Roles that head an organisation's presence in one country when a country follows
# ("représentant de l'UNICEF au Niger", "cheffe de mission de MSF au Mali"); a
# "représentant" of anything else is a member.
REGIONAL_WORDS: frozenset[str] = frozenset(
    {"régional", "régionale", "sous-régional", "sous-régionale"}
)  # a regional director heads an office
# A company's name of one word after a company head's title: « directeur général
# d'Eneo ». Same name in `en`.
COMPANY_NAME_PREPOSITIONS: frozenset[str] = frozenset({"d'", "d’", "de"})
# A plain director of a body in a country heads its office there (« le directeur de
# l'AFD au Sénégal »); see roles._country_head.
DIRECTOR_WORDS: frozenset[str] = frozenset({"directeur", "directrice"})
# See en.DIRECTORATE: « directeur de la stabilité financière ».
DIRECTORATE: str = "Direction {domain}"
# A director general of a function heads its directorate general (« le directeur
# général des douanes », of « la Direction générale des douanes (DGD) »). Same names in
# `en`.
GENERAL_DIRECTOR_WORDS: frozenset[str] = frozenset({"directeur général", "directrice générale"})
GENERAL_DIRECTORATE: str = "Direction générale {domain}"
SITE_NOUNS: frozenset[str] = frozenset(
    {"établissement", "structure", "institution", "site", "centre", "école", "maison"}
)
DOMAIN_WORD_ENDINGS: tuple[str, ...] = ("al", "ale", "ique", "ière", "ier", "if", "ive", "aire")
# See en.HOST_COUNTRY_NOUNS: « représentant de l'OMS | dans le pays ».
HOST_COUNTRY_NOUNS: frozenset[str] = frozenset({"pays"})
COUNTRY_ROLES: frozenset[str] = frozenset(
    {
        "directeur pays",
        "directrice pays",
        "directeur de pays",
        "directrice de pays",
        "responsable pays",
        "responsable de pays",
        "représentant résident",
        "représentante résidente",
        "représentant en chef",
        "représentante en chef",
        "coordonnateur résident",
        "coordonnatrice résidente",
        "coordinateur résident",
        "coordinatrice résidente",
        "représentant",
        "représentante",
        "chef de mission",
        "cheffe de mission",
    }
)
# A director "of operations" of a body for a country heads its office there (country
# director). Same name in `en`.
# What a ministry's or a presidency's secretary-general heads. Same name in `en`.
GENERAL_SECRETARIAT: str = "Secrétariat général"
# A body's presence in a place, led by a verb's subject: "who heads the UNDP office in
# Lagos", "qui dirige le bureau de l'UNICEF à Dakar". Same names in `en`.
OFFICE_WORDS: frozenset[str] = frozenset({"bureau", "sous-bureau", "représentation", "mission"})
OPERATIONS_WORDS: frozenset[str] = frozenset({"opérations"})
# "X et Y, respectivement ministre de A et ministre de B": names and roles pair up in order.
RESPECTIVELY: frozenset[str] = frozenset({"respectivement"})
# Venues and sites: a name they open or close is a place ("Palais des Nations").
FACILITY_NOUNS: frozenset[str] = frozenset(
    {"palais", "parc", "stade", "aéroport", "pont", "mémorial", "hôtel"}
)
# Buildings where events are held: an event noun before one names the venue
# ("Cotonou Congress Centre", "Palais des congrès").
# Nouns of a body's seat: the body after them is where a meeting sits, not what it is
# (« au siège de la Banque centrale, sous la présidence de X »). Same names in `en`.
SEAT_NOUNS: frozenset[str] = frozenset({"siège", "locaux"})
VENUE_NOUNS: frozenset[str] = FACILITY_NOUNS | frozenset(
    {"centre", "salle", "hôtel", "auditorium", "esplanade"}
)
# Kinds of place around a name that make it a place ("la région de Tillabéri", "la ville de Djibo").
# Nouns of natural features, part of the place's name, before it in French ("lac
# Tchad", "fleuve Niger", "vallée du fleuve Sénégal", "golfe de Guinée"); see
# en.FEATURE_NOUNS_BEFORE.
FEATURE_NOUNS_BEFORE: frozenset[str] = frozenset(
    "fleuve rivière lac golfe bassin delta mont monts massif vallée île îles baie "
    "plateau désert océan mer cap chutes lagune estuaire archipel forêt".split()
)
FEATURE_NOUNS_AFTER: frozenset[str] = frozenset()
# Feature nouns whose 'de' complement names the place they are a part of, the whole a
# place of its own (« la vallée du fleuve Sénégal »); not « bassin », whose place
# the complement is read as. Same name in `en`.
FEATURE_NOUNS_OF: frozenset[str] = frozenset({"vallée"})
COMPASS_IN_FRENCH: dict[str, str] = {}  # see en.COMPASS_IN_FRENCH
# Lower-case nouns whose complement is the town they stand in ("the port of
# Pointe-Noire"); capitalised, they open a body's name ("Port autonome de …").
HARBOUR_NOUNS: frozenset[str] = frozenset({"port"})
# Nouns of products a name may stand beside: « l'application Kilimo Bora » names no
# person (products are none of our types). Same name in `en`.
PRODUCT_NOUNS: frozenset[str] = frozenset({"application", "appli", "logiciel", "smartphone"})
# Participles said of an event after its name, never part of it (the tagger may read
# them as nouns: « l'assemblée générale | tenue samedi »). Same name in `en`.
EVENT_PARTICIPLES: frozenset[str] = frozenset(
    {"tenu", "tenue", "tenus", "tenues", "organisé", "organisée", "organisés", "organisées"}
    | {"prévu", "prévue", "prévus", "prévues", "présidé", "présidée", "consacré", "consacrée"}
)
# Indefinite articles opening an apposition that says what a name is: « X, un
# consortium de recherche ». Same name in `en`.
INDEFINITE_ARTICLES: frozenset[str] = frozenset({"un", "une"})
# Lower-case nouns for the states or peoples of a region, no part of its name:
# « les monarchies du | Golfe », « les pays du | Sahel ». Same name in `en`.
MEMBER_NOUNS: frozenset[str] = frozenset(
    {"pays", "monarchies", "états", "nations", "peuples", "économies", "capitales"}
)
# See en.PLACE_LIST_NOUNS; French « départements » are in PLACE_KIND_NOUNS.
PLACE_LIST_NOUNS: frozenset[str] = frozenset()
# See en.ABROAD_PHRASES: « des Tunisiens à l'étranger », « des Sénégalais de l'extérieur ».
ABROAD_PHRASES: tuple[str, ...] = (
    "à l'étranger",
    "de l'étranger",
    "de l'extérieur",
    "de la diaspora",
)
# See en.PLACE_KIND_ADJECTIVES: « la commune urbaine de | Toamasina ».
PLACE_KIND_ADJECTIVES: frozenset[str] = frozenset({"urbaine", "urbain", "rurale", "rural"})
PLACE_KIND_NOUNS: frozenset[str] = frozenset(
    {
        "régions",
        "provinces",
        "villes",
        "communes",
        "localités",
        "villages",
        "districts",
        "préfectures",
        "gouvernorats",
        "wilayas",
        "départements",
        "région",
        "province",
        "ville",
        "commune",
        "localité",
        "village",
        "district",
        "comté",  # Kenya's and Liberia's counties
        "comtés",
        "préfecture",
        "gouvernorat",
        "wilaya",
        "cercle",
        "canton",
        "arrondissement",
        "département",
        "quartier",
        "quartiers",
    }
)
# Heads of an embassy or a delegation ("l'ambassadeur du Sénégal en France").
GOODWILL_WORDS: frozenset[str] = frozenset(
    {"bonne", "volonté"}
)  # goodwill ambassadors lead nothing
# Words opening a title that name no body before it (« Haut Représentant X »).
TITLE_OPENERS: frozenset[str] = frozenset({"haut", "haute", "hauts", "hautes"})
HOST_PREPOSITIONS: frozenset[str] = frozenset(
    {"en", "au", "aux", "auprès", "à"}
)  # the country an ambassador is sent to
# A sender's mission an ambassador may head by name ("Head of the Delegation of the EU to …").
EMBASSY_NOUNS: frozenset[str] = frozenset({"ambassade", "délégation"})
AMBASSADOR_ROLES: frozenset[str] = frozenset(
    {"ambassadeur", "ambassadrice", "ambassadeurs", "ambassadrices"}
)
# See en.ENVOY_ROLES: « la haute-commissaire du Canada au Cameroun ».
ENVOY_ROLES: frozenset[str] = frozenset(
    {
        "haut-commissaire",
        "haute-commissaire",
        "haut commissaire",
        "délégué général",
        "déléguée générale",
    }
)
# See en.TITLE_OFFICES (« le Médiateur de la République, M. X »).
TITLE_OFFICES: dict[str, str] = {
    "médiateur de la république": "ombudsman",
    "médiatrice de la république": "ombudsman",
    "médiateur du faso": "ombudsman",
    "médiatrice du faso": "ombudsman",
    "protecteur du citoyen": "ombudsman",
    "protectrice du citoyen": "ombudsman",
    "défenseur des droits": "ombudsman",
    "défenseure des droits": "ombudsman",
    "vérificateur général": "auditor-general",
    "vérificatrice générale": "auditor-general",
}
TITLE_OFFICE_NAMES: dict[str, str] = {
    "ombudsman": "Médiateur de la République",
    "auditor-general": "Bureau du vérificateur général",
    "attorney-general": "Bureau du procureur général",
    "solicitor-general": "Bureau du solliciteur général",
    "public-prosecutions": "Bureau du directeur des poursuites publiques",
}
# The ministry of "les ministres A (Santé publique), B (…)", named from its bracket.
BRACKETED_MINISTRY: str = "ministère ({domain})"
MINISTRY_WORD: str = "ministère"
# See en.AT_BODY_WORDS (« remplace Z | au | ministère des Finances »).
AT_BODY_WORDS: frozenset[str] = frozenset({"au", "à"})
# Titles holding a capitalised word that names nothing: "ministre de la Justice,
# garde des Sceaux" (Sceaux is also a town). Same name in `en`.
TITLE_PHRASES: tuple[str, ...] = ("garde des sceaux",)
# Capitalised, a government department of the kind a ministry is (none in French:
# a "département" is a place). Same name in `en`.
DEPARTMENT_WORDS: frozenset[str] = frozenset()
GOVERNMENT_WORDS: frozenset[str] = frozenset({"gouvernement"})
# Levels of a government between its noun and its place ("gouvernement provincial du
# Lualaba", "Provincial Government of …"). Same name in both languages.
GOVERNMENT_LEVELS: frozenset[str] = frozenset(
    {"provincial", "provinciale", "régional", "régionale", "fédéral", "royal", "local"}
)
# Levels that name a country's own government alone ("le gouvernement royal").
NATIONAL_GOVERNMENT_LEVELS: frozenset[str] = frozenset({"royal", "fédéral"})
# A country's institutions, named without the country: the article's country's
# (or the one named right after: "Assemblée nationale du Mali"). Same keys in `en`.
NATIONAL_INSTITUTIONS: dict[str, str] = {
    "présidence de la république": "presidency",
    "présidence": "presidency",  # « la Présidence », « secrétaire général de la présidence »
    "primature": "prime-minister-office",
    "services du premier ministre": "prime-minister-office",
    "assemblée nationale": "national-assembly",
    "sénat": "senate",
    "cour suprême": "supreme-court",
    "cour constitutionnelle": "constitutional-court",
    "conseil constitutionnel": "constitutional-council",
    "conseil d'état": "council-of-state",
    "conseil d’état": "council-of-state",
    "cour de cassation": "court-of-cassation",
    "cour des comptes": "court-of-auditors",
    "conseil économique, social et environnemental": "economic-social-council",
    "conseil économique et social": "economic-social-council",
    "chambre des communes": "house-of-commons",  # Canada's, the United Kingdom's
    "chambre des représentants": "house-of-representatives",  # Morocco's, Nigeria's …
    "police nationale": "national-police",
    "gendarmerie nationale": "national-gendarmerie",
}
INSTITUTION_NAMES: dict[str, str] = {
    "presidency": "Présidence de la République",
    "prime-minister-office": "Primature",
    "national-assembly": "Assemblée nationale",
    "senate": "Sénat",
    "supreme-court": "Cour suprême",
    "constitutional-court": "Cour constitutionnelle",
    "constitutional-council": "Conseil constitutionnel",
    "council-of-state": "Conseil d'État",
    "court-of-cassation": "Cour de cassation",
    "court-of-auditors": "Cour des comptes",
    "economic-social-council": "Conseil économique, social et environnemental",
    "house-of-commons": "Chambre des communes",
    "house-of-representatives": "Chambre des représentants",
    "national-police": "Police nationale",
    "national-gendarmerie": "Gendarmerie nationale",
}
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
# A unit noun that, bare after a title's preposition (« chef d'équipe », "head of team"),
# names a function, not a body. Same name in `fr`/`en`.
CREW_NOUNS: frozenset[str] = frozenset({"équipe"})
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
        "inspection",
        "faculté",
        "bibliothèque",  # « la Bibliothèque nationale d'Haïti » is an institution
        "police",  # « la Police nationale d'Haïti », « Directeur général de la Police nationale »
        "académie",
        "collège",
        "syndicat",
        "hôpital",
        "clinique",
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
        "audience",
        "audiences",
        "séance",
        "semaine",
        "coupe",  # "Coupe d'Afrique des nations", "World Cup": named only
        "championnat",
        "rentrée",
        "manifestation",
        "webinaire",
        "festival",
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
        "audience",
        "audiences",
        "séance",
        "semaine",
        "rentrée",
        "manifestation",
    }
)
# Event nouns that name an event only when capitalised: "la Semaine africaine du
# climat", not "la semaine prochaine".
NAMED_EVENT_TRIGGERS: frozenset[str] = frozenset(
    {
        "semaine",
        "coupe",
        "championnat",
    }
)
# A government's cabinet named as its meeting, an event when nothing follows that makes
# it a body of its own: "Le Conseil des ministres s'est réuni jeudi".
MEETING_BODIES: tuple[str, ...] = ("conseil des ministres",)
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
# Prepositions after which one capitalised word is a place, never a person; « à »
# also gives to people (« a remis à Ouattara »). Same name in `en`.
# See en.DEPARTMENT_HEADS: a French « département » is a territory.
DEPARTMENT_HEADS: frozenset[str] = frozenset()
# A title's complement naming the region it covers, not what it leads (« directeur
# pour l'Afrique de l'Ouest » of a company). Same name in `en`.
COVER_PREPOSITIONS: frozenset[str] = frozenset({"pour"})
# Titles heading one kind of body (a university, a town), never the company an article
# is about when no body is named (« le recteur sortant »). Same name in `en`.
# Titles alone that name a board's member as often as a head (« M. X administrateur »).
# Same name in `en`.
BARE_BOARD_TITLES: frozenset[str] = frozenset({"administrateur", "administratrice"})
# The word of a company's board's name (« conseil d'administration », « conseil de
# surveillance »), not of a body's governing council. Same name in `en`.
COMPANY_BOARD_WORDS: frozenset[str] = frozenset({"administration", "surveillance", "fondation"})
# See en.PORTFOLIO_LINKS: « ministre des Relations | avec | le Parlement ».
PORTFOLIO_LINKS: dict[str, str] = {"relations": "avec"}
# See en.HEADLINE_PARTICIPLES: French headlines are not written in title case.
HEADLINE_PARTICIPLES: frozenset[str] = frozenset()
# See en.MEMBERS_BOARD_WORDS: « le conseil exécutif de l'Organisation, présidé par X ».
MEMBERS_BOARD_WORDS: frozenset[str] = frozenset({"exécutif", "gouverneurs", "ministres"})
OWN_KIND_TITLES: frozenset[str] = frozenset(
    {
        "recteur",
        "rectrice",
        "chancelier",
        "chancelière",
        "doyen",
        "doyenne",
        "maire",
        "mairesse",
        "préfet",
        "préfète",
    }
)
# See en.OWN_KIND_BODIES: « le recteur » de la seule université que l'article nomme.
OWN_KIND_BODIES: dict[str, frozenset[str]] = {
    "recteur": frozenset({"université"}),
    "rectrice": frozenset({"université"}),
    "chancelier": frozenset({"université"}),
    "chancelière": frozenset({"université"}),
    "doyen": frozenset({"faculté", "école"}),
    "doyenne": frozenset({"faculté", "école"}),
    "maire": frozenset({"commune", "mairie", "ville"}),
    "mairesse": frozenset({"commune", "mairie", "ville"}),
    "préfet": frozenset({"préfecture"}),
    "préfète": frozenset({"préfecture"}),
}
# Titles of a territory's head: what follows « de » is a place (« préfet de | Tône »),
# never a body. Same names in `en`.
PLACE_HEAD_TITLES: frozenset[str] = frozenset(
    {"préfet", "préfète", "préfets", "sous-préfet", "sous-préfète", "maire", "maires"}
    | {"wali", "walis"}
    | {"mairesse", "mairesses"}
)
# Titles that govern a place, named again by its kind ("the island's Governor"), the
# kinds that name it again, and those of towns among them. Same names in `fr`/`en`.
TOWN_KIND_NOUNS: frozenset[str] = frozenset(
    {"ville", "commune", "localité", "village"}
)  # kinds of towns, of PLACE_KIND_NOUNS
PLACE_GOVERNING_TITLES: frozenset[str] = PLACE_HEAD_TITLES | frozenset(
    {"gouverneur", "gouverneure", "gouverneurs"}
)
GOVERNED_PLACE_KINDS: frozenset[str] = PLACE_KIND_NOUNS | {"île"}  # « le gouverneur de l'île »
PLACE_ONLY_PREPOSITIONS: frozenset[str] = frozenset({"dans"})
# A stretch between two places names both: « entre Cavalaire et Saint-Raphaël » (the
# first word of « entre X et Y »). Same name in `en`.
BETWEEN_WORDS: frozenset[str] = frozenset({"entre"})
# Compass nouns naming a part of the place after them: « dans le sud des Andes ».
# Not « centre », which opens bodies' names (« le centre de Recherche … »).
COMPASS_NOUNS: frozenset[str] = frozenset(
    "nord sud est ouest nord-est nord-ouest sud-est sud-ouest".split()
)
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
# Words before a written date that add nothing to it ("le 3 juin", "on 3 June"). Same
# names in `en`.
DATE_LEAD_WORDS: frozenset[str] = frozenset({"le", "en"})
# Participles that put an event to come ("is scheduled for Wednesday", "est prévue
# mercredi"), though past in form. Same names in `en`.
PLANNED_WORDS: frozenset[str] = frozenset(
    {"prévu", "prévue", "prévus", "prévues", "programmé", "programmée", "attendu", "attendue"}
)
# The relative pronoun that stands for a clause's subject: "X, who succeeds Z". Same
# names in `en`.
SUBJECT_RELATIVES: frozenset[str] = frozenset({"qui"})
# Relative pronouns: a clause they open tells of something else. Same names in `en`.
RELATIVE_WORDS: frozenset[str] = frozenset(
    {"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}
)
# Words before a month named alone ("en juin", "scheduled for October"). Same names in `en`.
MONTH_LEAD_WORDS: frozenset[str] = frozenset({"en", "pour"})
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
# Words before an event noun that rank or time it, no part of its name: « la première
# réunion », « le troisième Forum des banques centrales », « la prochaine session ».
EVENT_RANK_WORDS: frozenset[str] = frozenset(
    {"premier", "première", "deuxième", "second", "seconde", "troisième", "quatrième"}
    | {"cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"}
    | {"prochain", "prochaine", "dernier", "dernière", "précédent", "précédente"}
)
WEEKDAYS: tuple[str, ...] = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)
# Words that put a bare weekday in the past or to come ("last Friday", "vendredi
# dernier"), before or after it. Same names in `en`.
PAST_WEEKDAY_WORDS: frozenset[str] = frozenset({"dernier"})
COMING_WEEKDAY_WORDS: frozenset[str] = frozenset({"prochain"})
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
# The legal "said" of decrees, before a body named again by its noun, capitalised or
# not (« directeur général de ladite Agence »). Same name in `en`.
SAID_DETERMINERS: frozenset[str] = frozenset(
    {"ledit", "ladite", "lesdits", "lesdites", "dudit", "desdits", "desdites"}
)
# Leading words dropped from names and event phrases.
DETERMINERS: frozenset[str] = (
    frozenset(
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
    | SAID_DETERMINERS
)
# A preposition fused with an article ("au Caire" = "à le Caire"): the model may
# open a place with it; never a word of a name.
# The kind of a body written as an acronym before its name (« l'ONG Jeunesse
# verte »): no word of the name.
KIND_ACRONYMS: frozenset[str] = frozenset({"ONG"})
# Words that praise a body and are never part of its name (« une Commission forte
# et indépendante »: the model reads "Commission forte" as one name).
PRAISE_WORDS: frozenset[str] = frozenset(
    {"fort", "forte", "forts", "fortes", "solide", "solides", "efficace", "efficaces"}
    | {"performant", "performante", "performants", "performantes", "crédible", "crédibles"}
)
CONTRACTED_PREPOSITIONS: frozenset[str] = frozenset({"au", "aux"})
CONJUNCTIONS: frozenset[str] = frozenset({"et", "ou"})
# Relative pronouns said of people only ("X, who retires"): none in French, where
# "qui" is said of bodies as well ("la BAD, qui finance …").
PERSON_RELATIVES: frozenset[str] = frozenset()
# Portfolio words of ministries, keyed in English, so "ministère de la Santé"
# and "Ministry of Health" of one country get one id.
# Portfolios a title names by one word (see en.SHORT_PORTFOLIOS): none in French.
SHORT_PORTFOLIOS: dict[str, str] = {}
MINISTRY_DOMAINS: dict[str, str] = {
    "douane": "customs",  # « directeur général des douanes » heads its directorate general
    "douanes": "customs",
    "impôt": "tax",
    "impôts": "tax",
    "fiscalité": "tax",
    "prospective": "foresight",  # "ministère de l'Économie, des Finances et de la Prospective"
    "catastrophe": "disaster",  # « … et de la Gestion des catastrophes »
    "catastrophes": "disaster",
    "gestion": "management",
    "risque": "risk",
    "risques": "risk",
    "marchande": "merchant",  # « Marine marchande » = "Merchant Navy" (« Marine » alone
    # is the navy, « la Marine nationale », a body)
    "consommation": "consumer",  # « ministère du Commerce … et de la Consommation »
    "approvisionnements": "supplies",
    "croissance": "growth",  # "ministère du Climat et de la Croissance verte"
    "verte": "green",
    "productions": "production",  # "… et des Productions vivrières" (Food Production)
    "vivrière": "food",
    "vivrières": "food",
    "production": "production",
    "souveraineté": "sovereignty",
    "alimentaire": "food",  # "… et de la Souveraineté alimentaire"
    "alimentation": "food",  # « ministère de l'Alimentation et de l'Agriculture » (Ghana)
    "santé": "health",
    "finances": "finance",
    "finance": "finance",
    "économie": "economy",
    "politique": "political",  # "Political Affairs", « Affaires politiques »
    "politiques": "political",
    "paix": "peace",  # "Political Affairs, Peace and Security"
    "budget": "budget",
    "portefeuille": "portfolio",  # « ministre du Portefeuille » (RDC): the state's holdings
    "plan": "planning",
    "planification": "planning",
    "aménagement": "planning",  # "Aménagement du territoire" = "Planning"
    "collectivités": "local",  # "Collectivités territoriales" = "Local Authorities"
    "territoriales": "territorial",
    "territoriale": "territorial",
    "territoires": "territorial",
    "territoire": "territorial",
    "agriculture": "agriculture",
    "élevage": "livestock",
    "pêche": "fisheries",
    "pêches": "fisheries",
    "halieutique": "fisheries",  # "Ressources animales et halieutiques" = "Animal and Fisheries
    "halieutiques": "fisheries",  # Resources"
    "animale": "animal",
    "animales": "animal",
    "promotion": "promotion",  # "Promotion de la femme" = "Promotion of Women"
    "enfant": "children",  # "Protection de l'enfant" = "Child Protection"
    "enfance": "children",
    "enfants": "children",
    "éducation": "education",
    "enseignement": "education",
    "alphabétisation": "literacy",
    "énergie": "energy",
    "pétrole": "petroleum",
    "mines": "mines",
    "eau": "water",
    "eaux": "water",  # « Eaux et Forêts »
    "hydraulique": "water",
    "irrigation": "irrigation",
    "électricité": "electricity",
    "environnement": "environment",
    "cadre": "environment",  # "ministère du Cadre de vie" (Benin): Living Environment
    "climat": "climate",
    "affaires": "affairs",
    "étrangères": "foreign",
    "extérieures": "foreign",  # « Relations extérieures » = "External Relations"
    "relations": "relations",  # « Relations avec le Parlement »
    "collèges": "colleges",  # « Collèges et Universités » (Ontario)
    "universités": "universities",
    "parlement": "parliament",
    "institutions": "institutions",
    "constitutionnelles": "constitutional",
    "extérieur": "foreign",  # « Commerce extérieur » = "Foreign Trade"
    "intérieur": "interior",
    "défense": "defence",
    "justice": "justice",
    "travail": "labour",
    "emploi": "employment",
    "fonction": "civil-service",
    "aviation": "aviation",
    "commerce": "trade",
    "industrie": "industry",
    "industries": "industry",  # « Culture et Industries créatives »
    "transports": "transport",
    "transport": "transport",  # « ministère du Transport » (Tunisia)
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
    "national": "national",  # « au Trésor national » = "for the National Treasury"
    "dialogue": "dialogue",
    "ressources": "resources",
    "hydrauliques": "water",
    "hygiène": "hygiene",
    "prévoyance": "social",
    "construction": "construction",
    "sécurité": "security",
    "durable": "sustainable",
    "transition": "transition",
    "énergétique": "energy",
    "écologique": "ecological",
    "écologie": "ecological",
    "formation": "training",
    "professionnelle": "vocational",
    "technique": "technical",
    "statistique": "statistics",
    "statistiques": "statistics",
    "investissement": "investment",
    "investissements": "investment",
    "forêts": "forests",
    "faune": "wildlife",
    "patrimoine": "heritage",
    "arts": "arts",
    "artisanat": "crafts",
    "maritime": "maritime",
    "mer": "maritime",
    "travaux": "works",
    "routes": "roads",
    "télécommunications": "telecommunications",
    "postes": "posts",
    "poste": "posts",  # « ministère de la Poste et des TIC »
    "assainissement": "sanitation",
    "minières": "mines",
    "minéraux": "mineral",
    "naturelles": "natural",
    "scientifique": "science",
    "innovation": "innovation",
    "technologie": "technology",
    "technologies": "technology",
    "décentralisation": "decentralisation",
    "gouvernance": "governance",
    "locale": "local",
    "rural": "rural",
    "anciens": "veterans",
    "combattants": "veterans",
    "armées": "armed",
    "intégration": "integration",
    "africaine": "african",
    "forces": "forces",
    "religieuses": "religious",
    "cultes": "religious",
    "trésor": "treasury",
    "terres": "lands",
    "parcs": "parks",
    "intérieures": "interior",
}
# "sa directrice, X", "son président, X": the role belongs to the organisation just named.
# Words between a possessive and its role ("its newly appointed director").
# A copula between a role and its holder ("whose director general is X").
NAMING_COPULAS: frozenset[str] = frozenset({"est", "était", "sera"})
# Subject pronouns that stand for the one person of the sentence before.
PERSONAL_PRONOUNS: frozenset[str] = frozenset({"il", "elle"})
# See en.BODY_PRONOUNS (« Elle est dirigée par X »: a person is led by no one here).
BODY_PRONOUNS: frozenset[str] = frozenset({"il", "elle"})
# See en.PREDECESSOR_NOUNS.
PERSON_POSSESSIVES: frozenset[str] = frozenset({"son", "sa"})
PREDECESSOR_NOUNS: frozenset[str] = frozenset({"prédécesseur", "prédécesseure", "prédécesseuse"})
SUCCESSOR_NOUNS: frozenset[str] = frozenset({"successeur", "successeure", "successrice"})
APPOINTED_WORDS: frozenset[str] = frozenset(
    {"nouvellement", "nouveau", "nouvelle", "nommé", "nommée", "actuel", "actuelle"}
)
# Where a programme's name stands beside its common noun: « l'initiative Alertes
# précoces pour tous » (after it; English: "the Early Warnings for All initiative").
PROGRAMME_NAME_AFTER_NOUN = True
# See en.HEAD_NOUN_LAST: « la Grande Chambre » (a hall) ends on no head.
HEAD_NOUN_LAST = False
# Small words inside a programme's name: « Alertes précoces pour tous ». Same name in `en`.
PROGRAMME_NAME_LINKS: frozenset[str] = frozenset(
    {"pour", "et", "de", "du", "des", "la", "le", "les", "l'", "d'", "en", "à", "&"}
)
# Participles that give a programme its name: « le programme, baptisé Sierra Verde, … ».
# Same name in `en`.
NAMING_PARTICIPLES: frozenset[str] = frozenset(
    {"baptisé", "baptisée", "dénommé", "dénommée", "intitulé", "intitulée", "appelé"}
    | {"appelée", "nommé", "nommée"}
)
# Words around a short name a release defines in brackets: '(ci-après « la Société »)'.
# Same name in `en`.
DEFINITION_WORDS: frozenset[str] = frozenset({"la", "le", "l'", "les", "ci-après"})
# Common nouns that stand in apposition for a named programme or initiative:
# « Mission 300, une initiative dirigée par la Banque mondiale ».
PROGRAMME_NOUNS: frozenset[str] = frozenset(
    {
        "initiative",
        "programme",
        "projet",
        "consortium",
        "coalition",
        "partenariat",
        "alliance",
        "plateforme",
        "mécanisme",
        "réseau",
        "campagne",
        "facilité",
        "fonds",
        "instrument",  # "the Global Europe instrument", a financing programme
    }
)
# Lower-case nouns of a body named after a person or a place, which French writes
# before the name (« l'hôpital national Kenyatta » = "Kenyatta National Hospital").
# See en.NAMED_FACILITY_NOUNS.
NAMED_FACILITY_NOUNS: frozenset[str] = frozenset({"hôpital", "clinique"})
# Common nouns standing for a body named before ("the agency's head").
# A company named by its common noun alone after a title (« directeur général du
# groupe »): the company the article is about.
COMPANY_NOUNS: frozenset[str] = frozenset(
    {
        "groupe",
        "société",
        "entreprise",
        "compagnie",
        "banque",
        "opérateur",
        "filiale",
        "transporteur",
        "assureur",
    }
)
# Trade words a company's name ends on: see en.COMPANY_NAME_ENDS.
COMPANY_NAME_ENDS: frozenset[str] = frozenset(
    "mining télécom télécoms télécommunications airways airlines motors holding holdings "
    "ciments assurances technologies logistique partners capital".split()
)
BODY_NOUNS: frozenset[str] = frozenset(
    {
        "union",  # "l'Union" for "l'Union africaine"
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
        "hôpital",
        "université",
        "société",
        "commission",
        "autorité",
        "caisse",
        "compagnie",
        "port",
        "bourse",  # « le siège de la Bourse »: la bourse des valeurs nommée avant
    }
)
POSSESSIVES: frozenset[str] = frozenset({"sa", "son", "ses", "leur", "leurs"})
# Names that begin like an event but name a body or a policy field.
NON_EVENT_NAMES: tuple[str, ...] = (
    "assemblée nationale",
    "assemblée législative",
    "assemblée provinciale",  # the legislatures of provinces, regions and counties
    "assemblée régionale",
    "assemblée départementale",
    "assemblée constituante",
    "assemblée générale des nations unies",
    "dialogue social",
    "mission permanente",
    "journée de travail",
    "assemblée parlementaire",  # celle du Conseil de l'Europe, de l'OTAN : des organes
    "conférence permanente",  # « Conférence permanente des ministres de l'Éducation »
    "conférence épiscopale",  # a country's bishops, as a body
    "conférence des évêques",
    "conférence des recteurs",  # « … des universités »: the rectors' body
    "conférence des présidents d'université",
)
# See en.SUCCESSION_POST_PHRASES (« X succède à Z | au poste de | directeur de Y »).
SUCCESSION_POST_PHRASES: tuple[str, ...] = ("comme", "au poste de", "en tant que")
# "nommée directrice générale de Y en remplacement de Z": Z led Y before.
REPLACEMENT_PHRASES: tuple[str, ...] = (
    "en remplacement de",
    "en remplacement du",
    "en remplacement d'",  # « en remplacement d'Alain-Claude Moussavou »
    "pour remplacer",
    "remplaçant",
    "succède à",
    "succédant à",
    "qui succède à",
    "remplace",
    "remplace à ce poste",  # « Il remplace à ce poste Mme Z »
    "remplacera à ce poste",
    "succède au",
    "succédera à",
    "succédera au",
    "a succédé à",
    "a succédé au",
    "succéder à",
    "succéder au",
    # see en.REPLACEMENT_PHRASES: « assure l'intérim depuis la démission de Z »
    "depuis la démission de",
    "depuis le départ de",
    "suite à la démission de",
    "suite au départ de",
    "après la démission de",
    "après le départ de",
)
# See en.STANDING_IN_PHRASES: « le représentant du ministre de X, M. Y ».
STANDING_IN_PHRASES: tuple[str, ...] = (
    "représentant de",
    "représentant du",
    "représentante de",
    "représentante du",
)
# Titles that are ranks right before a name (« le contrôleur général | X », a police
# officer's grade in Côte d'Ivoire or Madagascar) and heads' titles before their body
# (« contrôleur général | des douanes »). Same name in `en`.
RANKS_BEFORE_NAMES: frozenset[str] = frozenset({"contrôleur général", "contrôleuse générale"})
# See en.RANK_TITLES: « la commissaire divisionnaire X ».
RANK_TITLES: tuple[str, ...] = (
    "commissaire divisionnaire",
    "commissaire principal",
    "commissaire principale",
    "commissaire de police",
    "commissaire général de police",
    "contrôleur général de police",
    "inspecteur général de police",
)
# Phrases ending a holder's term, right before the holder (« a mis fin aux fonctions
# de | M. X, directeur général de Y »: X led Y). Same name in `en`.
DISMISSAL_PHRASES: tuple[str, ...] = (
    tuple(
        f"{verb} fin aux fonctions {prep}"
        for verb in ("mis", "met", "mettre", "mettant", "a mis")
        for prep in ("de", "du", "d'")
    )
    + ("a limogé", "limogeant", "a révoqué", "révoquant", "a relevé de ses fonctions")
    + (
        "la démission de",  # « a accepté la démission de M. X de ses fonctions de … »
        "la démission d'",
    )
)
# The office a dismissal ends, right before the holder's title, its verb further back
# (« a mis fin avec effet immédiat | aux fonctions du | directeur général, X »). Same name
# in `en`.
ENDED_OFFICE_PHRASES: tuple[str, ...] = (
    "aux fonctions de",
    "aux fonctions du",
    "aux fonctions d'",
    "la démission du",  # « après la démission du | directeur général de la compagnie, X »
    "la démission de",
    "le départ du",
    "le départ de",
)
# See en.REMOVED_FROM_PHRASES: « a relevé X | de ses fonctions de | directeur général
# de Y ».
REMOVED_FROM_PHRASES: tuple[str, ...] = (
    "de ses fonctions de",
    "de ses fonctions d'",
    "de son poste de",
    "de son poste d'",
)
REMOVAL_VERBS: frozenset[str] = frozenset(
    {"relevé", "relevée", "démis", "démise", "limogé", "limogée", "révoqué", "révoquée"}
    | {"suspendu", "suspendue", "écarté", "écartée", "déchargé", "déchargée"}
)
# Words that make a part of a place of a place's name ("Haute-Guinée", "Nord Kivu").
COMPASS_WORDS: frozenset[str] = frozenset(
    "nord sud est ouest centre central centrale haut haute hauts hautes bas basse "
    "grand grande moyen moyenne nord-est nord-ouest sud-est sud-ouest septentrional "
    "septentrionale méridional méridionale oriental orientale occidental occidentale "
    "austral australe".split()
)
# Names of a body's board, each as the one word its key reads (see en.BOARD_NAMES).
# "Conseil exécutif" is not one: the African Union's is its Executive Council.
BOARD_NAMES: dict[str, str] = {
    "conseil d'administration": "Board",
    "conseil des administrateurs": "Board",
    "conseil des gouverneurs": "Board of Governors",
    "conseil de surveillance": "Supervisory Board",
    "conseil de fondation": "Foundation Board",  # a Swiss foundation's board
    "directoire": "Management Board",  # a two-tier company's executive board
}
# Words of a board's name that give its owner's kind: the chair of a « conseil de
# fondation » chairs the foundation named before. Same name in `en`.
BOARD_OWNER_KINDS: frozenset[str] = frozenset({"fondation"})
# Company legal forms after a name: "OCP SA" is OCP (see en.LEGAL_FORMS).
LEGAL_FORMS: frozenset[str] = frozenset(
    {"sa", "s.a.", "sas", "sarl", "suarl", "snc", "inc", "ltée"}  # Quebec: « inc. », « ltée »
)
# Adjectives of continents and regions in names (see en.PLACE_ADJECTIVES).
PLACE_ADJECTIVES: dict[str, str] = {
    **{f"africain{e}": "Africa" for e in ("", "e", "s", "es")},
    **{f"europé{e}": "Europe" for e in ("en", "enne", "ens", "ennes")},
    **{f"asiatique{e}": "Asia" for e in ("", "s")},
    **{f"méditerrané{e}": "Mediterranean" for e in ("en", "enne", "ens", "ennes")},
    **{f"sahélien{e}": "Sahel" for e in ("", "ne", "s", "nes")},
    **{f"maghrébin{e}": "Maghreb" for e in ("", "e", "s", "es")},
    **{f"caribéen{e}": "Caribbean" for e in ("", "ne", "s", "nes")},
}
# Words of institutional names in English, so a body named in French and in
# English gets one key ("Bureau régional de l'OMS pour la Méditerranée orientale" =
# "WHO Regional Office for the Eastern Mediterranean"); see extractor.resolve.name_key.
NAME_WORDS: dict[str, str] = {
    "gouverneur": "governor",  # "Comité des gouverneurs des banques centrales"
    "gouverneurs": "governor",
    "historique": "historical",  # "Service historique de la Défense"
    "souverain": "sovereign",  # "Fonds souverain d'investissements stratégiques"
    "équipement": "equipment",  # "ministère de l'Équipement et de l'Eau"
    "équipements": "equipment",
    "monde": "world",  # "dans le monde" = "Global"
    "cofinancement": "co-financing",
    "compétitivité": "competitiveness",
    "concertation": "consultation",  # "Concertation nationale" = "National Consultation"
    "appliquée": "applied",  # « Faculté des sciences appliquées »
    "appliquées": "applied",
    "appliqué": "applied",
    "appliqués": "applied",
    "monnaie": "money",  # « Direction de la recherche économique et de la monnaie »
    "maire": "mayor",  # "Association des maires du Sénégal"
    "mairesse": "mayor",
    "maires": "mayor",
    "académie": "academy",
    "accréditation": "accreditation",
    "accès": "access",
    "administratif": "administrative",
    "administratifs": "administrative",
    "administration": "administration",
    "administratives": "administrative",
    "affaires": "affairs",
    "africain": "african",
    "africaine": "african",
    "africaines": "african",
    "africains": "african",
    "afrique": "africa",
    "agence": "agency",
    "agences": "agencies",
    "agricole": "agriculture",
    "agricoles": "agriculture",
    "agriculteurs": "farmers",
    "agriculture": "agriculture",
    "agronomique": "agriculture",  # "agricultural research", seldom "agronomic"
    "agronomiques": "agriculture",
    "aide": "aid",
    "aire": "area",
    "alerte": "warning",
    "alimentaire": "food",
    "alimentaires": "food",
    "alimentation": "food",
    "aliments": "food",
    "alliance": "alliance",
    "alphabétisation": "literacy",
    "ambassade": "embassy",
    "amérique": "america",
    "animale": "animal",
    "animales": "animal",
    "animaux": "animal",
    "annuel": "annual",
    "annuelle": "annual",
    "annuelles": "annual",
    "appel": "appeal",
    "apprentissage": "apprenticeship",
    "appui": "support",
    "arabe": "arab",
    "arabes": "arab",
    "arbitrage": "arbitration",
    "armée": "army",
    "armées": "armed",  # "forces armées" = "armed forces"
    "artisanale": "artisanal",
    "artisanat": "handicrafts",  # also "crafts"
    "asiatique": "asian",
    "asie": "asia",
    "asile": "asylum",
    "assainissement": "sanitation",
    "assemblée": "assembly",
    "assemblées": "assemblies",
    "association": "association",
    "assurance": "insurance",  # not "assurance": "assurance qualité" is the rarer sense
    "assurances": "insurance",
    "atlantique": "atlantic",
    "atomique": "atomic",
    "atténuation": "mitigation",
    "audiovisuel": "audiovisual",
    "audiovisuelle": "audiovisual",
    "austral": "south",  # "Afrique australe" = "Southern Africa"
    "australe": "south",
    "autonome": "autonomous",
    "autonomes": "autonomous",
    "autonomisation": "empowerment",
    "autorité": "authority",
    "autorités": "authorities",
    "aérien": "air",
    "aérienne": "air",
    "aériennes": "air",
    "aériens": "air",
    "aéroport": "airport",
    "aéroports": "airports",
    "aéroportuaire": "airport",
    "aéroportuaires": "airport",
    "bancaire": "banking",
    "bancaires": "banking",
    "banque": "bank",
    "banques": "banks",
    "barrage": "dam",
    "barrages": "dams",
    "barreau": "bar",
    "bassin": "basin",
    "bibliothèque": "library",
    "bibliothèques": "libraries",
    "bien-être": "welfare",
    "biodiversité": "biodiversity",
    "blanchiment": "laundering",
    "bleu": "blue",
    "bleue": "blue",
    "bonne": "good",
    "botanique": "botanical",
    "bras": "arm",
    "budgétaire": "budgetary",
    "budgétaires": "budgetary",
    "bureau": "office",
    "bureaux": "offices",
    "bâtiments": "buildings",
    "bétail": "livestock",
    "cacao": "cocoa",
    "cadre": "framework",
    "café": "coffee",
    "caisse": "fund",  # but "caisse d'épargne" = "savings bank"
    "caisses": "funds",
    "cap": "cape",
    "capitale": "capital",
    "caraïbes": "caribbean",
    "cartographie": "cartography",
    "cartographique": "cartographic",
    "catastrophe": "disaster",
    "catastrophes": "disaster",
    "cellule": "unit",  # sometimes "cell"
    "cellules": "units",
    # "Banque centrale", "Afrique de l'Ouest et du Centre": both "central" in English
    "central": "centre",
    "centrale": "centre",
    "centrales": "centre",
    "centraux": "centre",
    "centre": "centre",
    "centre-ouest": "west-central",
    "chambre": "chamber",
    "chambres": "chambers",
    "changement": "change",
    "changements": "change",  # "changements climatiques" = "Climate Change"
    "chargeurs": "shippers",
    "chasse": "hunting",
    "chômage": "unemployment",
    "citoyenneté": "citizenship",
    "civile": "civil",
    "civiles": "civil",
    "civils": "civil",
    "civique": "civic",
    "climat": "climate",
    "climatique": "climate",
    "climatiques": "climate",
    "clinique": "clinic",
    "cliniques": "clinics",
    "cluster": "cluster",
    "coalition": "coalition",
    "combattants": "veterans",
    "comité": "committee",
    "comités": "committees",
    "commerce": "trade",
    "commerciale": "commercial",
    "commerciales": "commercial",
    "commerciaux": "commercial",
    "commissariat": "commissioner",
    # a French "commission" is often an English "committee" ("commission des finances"
    # = "finance committee", "Commission des arbitres" = "Referees Committee"): both
    # key as one word in both languages
    "commission": "committee",
    "commissions": "committees",
    "commun": "common",
    "communal": "municipal",  # "conseil communal" = "municipal council"
    "communale": "municipal",
    "communales": "municipal",
    "communauté": "community",
    "communautaire": "community",  # "développement communautaire" = "community development"
    "communautaires": "community",
    "communautés": "communities",
    "communaux": "municipal",
    "compagnie": "company",
    "compagnies": "companies",
    "comptabilité": "accounting",
    "comptes": "accounts",  # "Cour des comptes" is also "Court of Audit"
    "comté": "county",  # a Kenyan or Liberian county: « comté de Kisumu » = "Kisumu County"
    "comtés": "county",
    "compétences": "skills",
    "concurrence": "competition",
    "confédération": "confederation",
    "conférence": "conference",
    "conseil": "council",
    "conseils": "councils",
    "consignations": "consignment",
    "consommateur": "consumer",
    "consommateurs": "consumers",
    "consortium": "consortium",
    "constitutionnel": "constitutional",
    "constitutionnelle": "constitutional",
    "consultatif": "advisory",  # "Comité consultatif" = "Advisory Committee"
    "consultative": "advisory",
    "continentale": "continental",
    "contre": "against",
    "contrôle": "control",
    "coopération": "cooperation",
    "coton": "cotton",
    "cour": "court",
    "couverture": "coverage",
    "criminalité": "crime",
    "criminelle": "criminal",
    "crise": "crisis",
    "crises": "crisis",
    "croissance": "growth",
    "croissant": "crescent",
    "croissant-rouge": "red-crescent",
    "croix": "cross",
    "croix-rouge": "red-cross",
    "culture": "culture",
    "culturel": "cultural",
    "culturelle": "cultural",
    "culturelles": "cultural",
    "culturels": "cultural",
    "cybersécurité": "cybersecurity",
    "côtier": "coastal",
    "côtière": "coastal",
    "côtières": "coastal",
    "delta": "delta",
    "dette": "debt",
    "direction": "directorate",
    "directions": "directorates",
    "division": "division",
    "domestique": "domestic",
    "domestiques": "domestic",
    "données": "data",
    "douane": "customs",
    "douanes": "customs",
    "douanier": "customs",
    "douanière": "customs",
    "douanières": "customs",
    "drogue": "drug",
    "drogues": "drugs",
    "droit": "law",  # "Faculté de droit"; the plural "droits" is "rights"
    "droits": "rights",
    "durable": "sustainable",
    "débarquement": "landing",
    "déchets": "waste",
    "défense": "defence",
    "délégation": "delegation",
    "démocratie": "democracy",
    "démocratique": "democratic",
    "démographie": "demography",
    "démographique": "demographic",
    "démographiques": "demographic",
    "département": "department",
    "départemental": "departmental",
    "départementale": "departmental",
    "départementaux": "departmental",
    "départements": "departments",
    "déplacés": "displaced",
    "dépôts": "deposit",
    "développement": "development",
    "eau": "water",
    "eaux": "water",
    "emploi": "employment",
    "emplois": "jobs",
    "employeurs": "employers",
    "enfance": "children",
    "enfant": "children",  # "Ministère de l'Enfant" = "Ministry of Children"
    "enfants": "children",
    "mère": "mother",  # « Hôpital de la mère et de l'enfant » = "Mother and Child Hospital"
    "mères": "mothers",
    "enregistrement": "registration",
    "enrichissement": "enrichment",
    "enseignement": "education",
    "entrepreneuriat": "entrepreneurship",
    "entreprise": "company",
    "entreprises": "enterprises",
    "entretien": "maintenance",
    "environnement": "environment",
    "environnemental": "environmental",
    "environnementale": "environmental",
    "environnementales": "environmental",
    "environnementaux": "environmental",
    "est": "east",
    "européen": "european",
    "européenne": "european",
    "européennes": "european",
    "européens": "european",
    "exportation": "export",
    "exportations": "export",  # "Export Promotion Agency"
    "extraordinaire": "extraordinary",
    "extrême": "far",  # "Extrême-Nord" = "Far North"
    "extérieur": "external",  # "relations extérieures"; also "foreign" (trade)
    "extérieure": "external",
    "extérieures": "external",
    "extérieurs": "external",
    "exécutif": "executive",
    "facilité": "facility",
    "faculté": "faculty",
    "facultés": "faculties",
    "familial": "family",
    "familiale": "family",
    "familiales": "family",
    "famille": "family",
    "familles": "families",
    "faune": "wildlife",
    "femme": "women",  # "Ministère de la Femme" = "Ministry of Women"
    "femmes": "women",
    "ferroviaire": "railway",
    "ferroviaires": "railway",
    "filières": "value-chains",
    "finance": "finance",
    "finances": "finance",
    "financier": "financial",
    "financiers": "financial",
    "financière": "financial",
    "financières": "financial",
    "fiscal": "tax",
    "fiscale": "tax",
    "fiscales": "tax",
    "fiscalité": "tax",  # as the English "taxation" (see en.NAME_WORDS)
    "fiscaux": "tax",
    "fleuve": "river",
    "fleuves": "rivers",
    "flore": "flora",
    "fluvial": "river",
    "fluviale": "river",
    "fluviaux": "river",
    "foncier": "land",
    "fonciers": "land",
    "foncière": "land",
    "foncières": "land",
    "fondation": "foundation",
    "fonds": "fund",
    "forestier": "forest",
    "forestiers": "forest",
    "forestière": "forest",
    "forestières": "forest",
    "formation": "training",
    "forum": "forum",
    "forêt": "forest",
    "forêts": "forests",
    "france": "france",
    "franche": "free",
    "franches": "free",
    "frontières": "borders",
    "fédérale": "federal",
    "fédérales": "federal",
    "fédération": "federation",
    "fédéraux": "federal",
    "garantie": "guarantee",
    "garde": "guard",
    "gardes": "rangers",
    "gaz": "gas",
    "genre": "gender",
    "gestion": "management",
    "globale": "global",
    "golfe": "gulf",
    "golfe-de-guinée": "gulf-of-guinea",
    "gouvernance": "governance",
    "gouvernement": "government",
    "gouvernorat": "governorate",
    "grand": "great",
    "grande": "great",
    "grands": "major",
    "greffe": "registry",
    "groupe": "group",
    "guerre": "war",
    "guinée": "guinea",
    "général": "general",
    "générale": "general",
    "générales": "general",
    "généraux": "general",
    "géographique": "geographic",
    "géologie": "geology",
    "géologique": "geological",
    "géologiques": "geological",
    "habitat": "housing",  # "Ministère de l'Habitat" = "Ministry of Housing"
    "halieutique": "fisheries",  # "ressources halieutiques" = "fisheries resources"
    "halieutiques": "fisheries",
    "handicap": "disability",
    "haut": "high",
    "haute": "high",
    "homme": "human",
    "hospitalier": "hospital",
    "hospitaliers": "hospital",
    "hospitalière": "hospital",
    "hospitalo": "hospital",  # "hospitalo-universitaire", split at the hyphen
    "humain": "human",
    "humaine": "human",
    "humaines": "human",
    "humains": "human",
    "humanitaire": "humanitarian",
    "humanitaires": "humanitarian",
    "hydraulique": "water",  # the water-supply sector ("Ministère de l'Hydraulique")
    "hydrauliques": "water",  # "ressources hydrauliques" = "water resources"
    "hydrocarbures": "hydrocarbons",
    "hydroélectrique": "hydroelectric",
    "hôpital": "hospital",
    "hôpitaux": "hospitals",
    "illicite": "illicit",
    "importation": "import",
    "importations": "import",
    "impôt": "tax",
    "impôts": "taxes",
    "inclusif": "inclusive",
    "indien": "indian",
    "industrie": "industry",
    "industriel": "industrial",
    "industrielle": "industrial",
    "industrielles": "industrial",
    "industriels": "industrial",
    "indépendance": "independence",
    "indépendant": "independent",
    "indépendante": "independent",
    "indépendantes": "independent",
    "indépendants": "independent",
    "informations": "information",
    "infrastructures": "infrastructure",
    "ingénieurs": "engineers",
    "initiative": "initiative",
    "inspection": "inspectorate",
    "institut": "institute",
    "instituts": "institutes",
    "intellectuelle": "intellectual",
    "intergouvernemental": "intergovernmental",
    "intergouvernementale": "intergovernmental",
    "interministériel": "interministerial",
    "interministérielle": "interministerial",
    "international": "international",
    "internationale": "international",
    "internationales": "international",
    "internationaux": "international",
    "intégration": "integration",
    "intérieur": "interior",  # "Ministère de l'Intérieur"; the adjective: "internal"
    "intérieure": "internal",  # "sécurité intérieure" = "internal security"
    "intérieures": "internal",
    "intérieurs": "internal",
    "investissement": "investment",
    "investissements": "investment",
    "islamique": "islamic",
    "islamiques": "islamic",
    "jardin": "garden",
    "jardins": "gardens",
    "génie": "engineering",  # "génie rural" = "rural engineering"
    "jeunes": "youth",
    "jeunesse": "youth",
    "journée": "day",
    "journées": "days",
    "judiciaire": "judicial",
    "judiciaires": "judicial",
    "juridique": "legal",
    "juridiques": "legal",
    "laboratoire": "laboratory",
    "laboratoires": "laboratories",
    "lac": "lake",
    "archipel": "archipelago",  # "archipel des Bijagos" = "Bijagos archipelago"
    "lacs": "lakes",
    "langue": "language",
    "langues": "languages",
    "latine": "latin",
    "liberté": "freedom",
    "libertés": "freedoms",
    "libre": "free",
    "circulation": "movement",  # « Libre circulation » = "Free Movement" (of persons)
    "lien": "connection",  # "Commission sur le lien social" = "Commission on Social Connection"
    "liens": "connections",
    "libération": "liberation",
    "ligue": "league",
    "locale": "local",
    "locales": "local",
    "locaux": "local",
    "logement": "housing",
    "logements": "housing",
    "logistique": "logistics",
    "loi": "law",
    "lois": "laws",
    "lutte": "fight",
    "magistrats": "magistrates",
    "magistrature": "judiciary",  # also "magistracy"
    "maladie": "health",  # "assurance maladie" = "health insurance"; "maladies" = diseases
    "maladies": "diseases",
    "marché": "market",
    "marchés": "markets",
    "marin": "marine",  # the feminine "marine" is left out: also "navy"
    "maritime": "maritime",
    "maritimes": "maritime",
    "maternité": "maternity",
    "matériaux": "materials",
    "mentale": "mental",
    "mer": "sea",
    "migration": "migration",
    "migrations": "migration",
    "militaire": "military",
    "militaires": "military",
    "mines": "mines",
    "minier": "mining",
    "miniers": "mining",
    "ministère": "ministry",
    "ministères": "ministries",
    "ministre": "minister",
    "ministres": "ministers",
    "minière": "mining",
    "minières": "mining",
    "mission": "mission",
    "mobilité": "mobility",
    "mondial": "world",
    "mondiale": "world",
    "montagne": "mountain",
    "monétaire": "monetary",
    "moyen-orient": "middle-east",
    "moyennes": "medium",
    "municipal": "municipal",
    "municipale": "municipal",
    "municipales": "municipal",
    "municipalité": "municipality",
    "municipaux": "municipal",
    "musée": "museum",
    "musées": "museums",
    "mécanisme": "mechanism",
    "mécanismes": "mechanisms",
    "médecine": "medicine",
    "génomique": "genomic",  # "Genomics Centre" = « Centre de génomique »
    "génétique": "genetic",
    "biochimie": "biochemistry",
    "biologie": "biology",
    "chimie": "chemistry",
    "médecins": "doctors",
    "médias": "media",
    "médical": "medical",
    "médicale": "medical",
    "médicament": "medicines",  # "Agence du médicament" = "Medicines Agency"
    "médicaments": "medicines",
    "méditerranée": "mediterranean",
    "mémorial": "memorial",
    "méridional": "south",
    "méridionale": "south",
    "méridionales": "south",
    "méridionaux": "south",
    "métrologie": "metrology",
    "métropolitain": "metropolitan",
    "métropolitaine": "metropolitan",
    "météorologie": "meteorology",
    "météorologique": "meteorology",  # "Service météorologique" = "Meteorological Service"
    "météorologiques": "meteorology",
    "national": "national",
    "nationale": "national",
    "nationales": "national",
    "nationaux": "national",
    "nations": "nations",
    "nature": "nature",
    "naturel": "natural",
    "naturelle": "natural",
    "naturelles": "natural",
    "naturels": "natural",
    "nord": "north",
    "normalisation": "standardisation",
    "normes": "standards",
    "nouveau": "new",
    "nouveaux": "new",
    "nouvelle": "new",
    "nouvelles": "new",
    "nucléaire": "nuclear",
    "numérique": "digital",
    "numériques": "digital",
    "nutritionnelle": "nutrition",
    "observatoire": "observatory",
    "occidental": "west",
    "occidentale": "west",
    "occidentales": "west",
    "occidentaux": "west",
    "océan": "ocean",
    "océanographique": "oceanographic",
    "office": "office",
    "olympique": "olympic",
    # sports of federations' names, as the English: « Fédération haïtienne d'athlétisme »
    "athlétisme": "athletics",
    "natation": "swimming",
    "cyclisme": "cycling",
    "escrime": "fencing",
    "aviron": "rowing",
    "voile": "sailing",
    "échecs": "chess",
    "ordinaire": "ordinary",
    "organisation": "organisation",
    "oriental": "east",
    "orientale": "east",
    "orientales": "east",
    "orientaux": "east",
    "ouest": "west",
    "pacifique": "pacific",
    "paix": "peace",
    "paludisme": "malaria",
    "parc": "park",
    "parcs": "parks",
    "parlement": "parliament",
    "parlementaire": "parliamentary",
    "parlementaires": "parliamentarians",  # the plural is mostly the noun
    "partenariat": "partnership",
    "partenariats": "partnerships",
    "participatif": "participatory",
    "participative": "participatory",
    "passerelle": "gateway",
    "pastorale": "pastoral",
    "pastoraux": "pastoral",
    "patrimoine": "heritage",
    "patronat": "employers",
    "pauvreté": "poverty",
    "permanente": "permanent",
    "permanentes": "permanent",
    "permanents": "permanent",
    "personnelles": "personal",
    "personnes": "persons",
    "petit": "small",
    "petite": "small",
    "petits": "small",
    "petites": "small",
    "pharmaceutique": "pharmaceutical",
    "pharmaceutiques": "pharmaceutical",
    "pharmacie": "pharmacy",
    "pilotage": "steering",
    "planification": "planning",
    "plateforme": "platform",
    "politique": "policy",
    "politiques": "political",
    "polytechnique": "polytechnic",
    "ponts": "bridges",
    "population": "population",
    "port": "port",
    "ports": "ports",
    "portuaire": "port",
    "portuaires": "port",
    "postale": "postal",
    "postaux": "postal",
    "poste": "post",
    "postes": "posts",
    "potable": "drinking",
    "premier": "first",
    "presse": "press",
    "primaire": "primary",
    "privé": "private",
    "privée": "private",
    "privées": "private",
    "privés": "private",
    "productions": "production",
    "produit": "product",
    "produits": "products",
    "professionnelle": "vocational",
    "programme": "programme",
    "projet": "project",
    "projets": "projects",
    "promotion": "promotion",
    "propriété": "property",
    "protégé": "protected",
    "protégée": "protected",
    "protégées": "protected",
    "protégés": "protected",
    "provinciale": "provincial",
    "provinciales": "provincial",
    "provinciaux": "provincial",
    "précoce": "early",
    "précoces": "early",  # "Alertes précoces pour tous" = "Early Warnings for All"
    "alertes": "warning",
    "tous": "all",  # "Éducation pour tous" = "Education for All"
    "toutes": "all",
    "présidence": "presidency",
    "présidentiel": "presidential",
    "présidentielle": "presidential",
    "psychiatrique": "psychiatric",
    "public": "public",
    "publics": "public",
    "publique": "public",
    "publiques": "public",
    "pédiatrique": "paediatric",
    "pénal": "criminal",
    "pénale": "criminal",
    "pénales": "criminal",
    "pénitentiaire": "prison",  # "administration pénitentiaire" = "prison administration"
    "pétrole": "petroleum",
    "pétrolier": "petroleum",
    "pétroliers": "petroleum",
    "pétrolière": "petroleum",
    "pétrolières": "petroleum",
    "pêche": "fisheries",
    "pêches": "fisheries",
    "pôle": "hub",
    "qualité": "quality",
    "radiodiffusion": "broadcasting",
    "radioélectrique": "radio",
    "radioélectriques": "radio",
    "fréquence": "frequency",
    "fréquences": "frequencies",
    "commerçant": "trader",
    "commerçants": "traders",
    "domaine": "domain",
    "domaines": "domains",
    "médiateur": "ombudsman",  # "Médiateur de la République"
    "médiatrice": "ombudsman",
    "raffinage": "refining",
    "raffinerie": "refinery",
    "rapatriés": "returnees",
    "reboisement": "reforestation",
    "recensement": "census",
    "recensements": "census",
    "recettes": "revenue",  # "Office des recettes" = "Revenue Authority"
    "recherche": "research",
    "recherches": "research",
    "religieuses": "religious",
    "religieux": "religious",
    "renouvelable": "renewable",
    "renouvelables": "renewable",
    "renseignement": "intelligence",
    "renseignements": "intelligence",
    "représentation": "representation",
    "ressources": "resources",
    "retraite": "pension",  # "Caisse de retraite" = "Pension Fund"
    "retraites": "pension",
    "riposte": "response",
    "risque": "risk",
    "risques": "risk",
    "rouge": "red",
    "rouge-mer": "red-sea",
    "route": "road",
    "routes": "roads",
    "routier": "road",
    "routiers": "road",
    "routière": "road",
    "routières": "road",
    "royale": "royal",
    "royaume": "kingdom",
    "royaux": "royal",
    "rural": "rural",
    "rurale": "rural",
    "rurales": "rural",
    "ruraux": "rural",
    "réduction": "reduction",
    "réforme": "reform",
    "réformes": "reforms",
    "réfugiés": "refugees",
    "région": "region",
    "régional": "region",
    "régionale": "region",
    "régionaux": "region",
    "régions": "regions",
    "réglementation": "regulation",
    "régulation": "regulation",
    "réponse": "response",
    "républicain": "republican",
    "républicaine": "republican",
    "république": "republic",
    "réseau": "network",
    "réseaux": "networks",
    "réserve": "reserve",
    "résilience": "resilience",
    "réunion": "meeting",
    "salon": "show",  # a trade fair: "Salon international de l'agriculture"
    "sahel": "sahel",
    "sahélien": "sahelian",
    "sahélienne": "sahelian",
    "sahéliens": "sahelian",
    "sang": "blood",
    "sanguine": "blood",
    "sanitaire": "health",
    "sanitaires": "health",
    "santé": "health",
    "scientifique": "scientific",
    "scientifiques": "scientists",
    "secondaire": "secondary",
    "secrétariat": "secretariat",
    "secteur": "sector",
    "semaine": "week",
    "septentrional": "north",
    "septentrionale": "north",
    "service": "service",
    "services": "services",
    "session": "session",
    "sida": "aids",
    "social": "social",
    "sociale": "social",
    "sociales": "social",
    "sociaux": "social",
    "société": "company",
    "sociétés": "societies",
    "soins": "care",
    "solaire": "solar",
    "solidarité": "solidarity",
    "solidarités": "solidarity",
    "sommet": "summit",
    "souveraineté": "sovereignty",
    "sous": "sub",  # "sous-préfecture", "sous-régional", split at the hyphen
    "sous-comité": "sub-committee",
    "soutien": "support",
    "spatial": "space",
    "spatiale": "space",
    "spatiales": "space",
    "sport": "sports",  # "Ministère du Sport" = "Ministry of Sports"
    "sportif": "sports",
    "sportive": "sports",
    "sportives": "sports",
    "spéciale": "special",
    "spéciales": "special",
    "spécialisé": "specialised",
    "spécialisée": "specialised",
    "spécialisées": "specialised",
    "spécialisés": "specialised",
    "spéciaux": "special",
    "stabilité": "stability",
    "statistique": "statistics",
    "statistiques": "statistics",
    "stockage": "storage",
    "stratégie": "strategy",
    "stratégique": "strategic",
    "stratégiques": "strategic",
    "stupéfiants": "narcotics",
    "sud": "south",
    "supérieur": "higher",
    "supérieure": "higher",
    "supérieures": "higher",
    "supérieurs": "higher",
    "syndicale": "union",
    "syndicat": "union",
    "syndicats": "unions",
    "sécurité": "security",
    "sénat": "senate",
    "technique": "technical",
    "techniques": "technical",
    "technologie": "technology",
    "technologies": "technology",
    "technologique": "technological",
    "technologiques": "technological",
    "terres": "lands",
    "territoire": "territory",
    "territoriale": "territory",  # as the English "territorial" (see en.NAME_WORDS)
    "territoriales": "territory",
    "territoriaux": "territory",
    "territorial": "territory",
    "terrorisme": "terrorism",
    "tourisme": "tourism",
    "touristique": "tourism",
    "touristiques": "tourism",
    "traite": "trafficking",  # "traite des personnes" = "trafficking in persons"
    "transparence": "transparency",
    "transport": "transport",
    "transports": "transport",
    "travail": "labour",
    "travailleurs": "workers",
    "travaux": "works",
    "tribunal": "tribunal",
    "tribunaux": "tribunals",
    "tropicale": "tropical",
    "trésor": "treasury",
    "trésorerie": "treasury",
    "tuberculose": "tuberculosis",
    "télécommunication": "telecommunications",
    "télécommunications": "telecommunications",
    "uni": "united",
    "unies": "united",
    "union": "union",
    "unis": "united",
    "unité": "unit",
    "unités": "units",
    "universel": "universal",
    "universelle": "universal",
    "universitaire": "university",
    "universitaires": "university",
    "université": "university",
    "universités": "universities",
    "urbain": "urban",
    "urbaine": "urban",
    "urbaines": "urban",
    "urbains": "urban",
    "urgence": "emergency",
    "urgences": "emergency",
    "vaccin": "vaccine",
    "vaccination": "immunization",
    "vaccins": "vaccines",
    "vallée": "valley",
    "vert": "green",
    "palais": "palace",
    "agraire": "agrarian",
    "agraires": "agrarian",
    "productif": "productive",
    "productive": "productive",
    "productifs": "productive",
    "subvention": "grant",
    "subventions": "grant",
    "verticale": "vertical",
    "vertical": "vertical",
    "vertes": "green",
    "verts": "green",
    "arbitres": "referees",
    "verte": "green",
    "victimes": "victims",
    "ville": "city",
    "villes": "cities",
    "vivrières": "food-crop",
    "volontaires": "volunteers",
    "volontariat": "volunteer",
    "vulnérabilité": "vulnerability",
    "vulnérables": "vulnerable",
    "vérificateur": "auditor",
    "vérité": "truth",
    "vétérinaire": "veterinary",
    "vétérinaires": "veterinary",
    "zoologique": "zoological",
    "échange": "exchange",
    "échelle": "scale",
    "école": "school",
    "écoles": "schools",
    "écologie": "ecology",
    "écologique": "ecological",
    "écologiques": "ecological",
    "économie": "economy",
    "économique": "economic",
    "économiques": "economic",
    "éducation": "education",
    "égalité": "equality",
    "élargi": "expanded",
    "élargie": "expanded",
    "électorale": "electoral",
    "électorales": "electoral",
    "électoraux": "electoral",
    "électricité": "electricity",
    "électrification": "electrification",
    "électrique": "electric",
    "électriques": "electric",
    "électronique": "electronic",
    "électroniques": "electronic",
    "élevage": "livestock",
    "énergie": "energy",
    "énergies": "energy",
    "énergétique": "energy",
    "énergétiques": "energy",
    "épargne": "savings",
    "épidémies": "epidemics",
    "épidémiologie": "epidemiology",
    "épidémiologique": "epidemiological",
    "équipe": "team",
    "sucrière": "sugar",  # « Société sucrière du Niari » = "Niari Sugar Company"
    "sucrier": "sugar",
    "équipes": "teams",
    "équité": "equity",
    "établissement": "establishment",  # "Établissement français du sang" (EFS)
    "établissements": "establishments",
    "état": "state",
    "états": "states",
    "éthique": "ethics",
    "étrangère": "foreign",
    "étrangères": "foreign",
    "études": "studies",
    "étudiants": "students",
    "île": "island",
    "îles": "islands",
    # (not in alphabetical order, added later)
    "dépôt": "deposit",
    "référence": "referral",  # "hôpital de référence"
    "producteur": "producer",
    "producteurs": "producers",
    "municipalités": "municipalities",
    "chaîne": "chain",
    "chaînes": "chains",
    "valeur": "value",
    "valeurs": "values",
    "muraille": "wall",
    "loisirs": "leisure",
    "terrestre": "land",  # "transports terrestres"
    "terrestres": "land",
    "éleveur": "breeder",
    "éleveurs": "breeders",
    "urbanisme": "urbanism",
    "mont": "mount",  # "mont Cameroun" = "Mount Cameroon"
}
# Phrases of names read as other words for their key (see en.NAME_PHRASES):
# "Société nationale des chemins de fer" = "National Railway Company".
NAME_PHRASES: dict[str, str] = {
    **BOARD_NAMES,
    "société civile": "Civil Society",  # no company: "Concertation … de la société civile"
    "maîtrise de l'énergie": "Energy Conservation",  # "Agence … pour la maîtrise de l'énergie"
    "agents de la santé": "Health Workers",  # « Syndicat national des agents de la santé »
    "agents de santé": "Health Workers",
    "chemins de fer": "Railway",
    "armée de terre": "Army",  # « l'Armée de terre sénégalaise » = "the Senegalese Army"
    "chemin de fer": "Railway",
    "marchés publics": "Procurement",
    "lutte contre": "Control",  # "Programme national de lutte contre le paludisme"
    "fonction publique": "Civil Service",
    "état civil": "Civil Registration",
    "collectivités territoriales": "Local Authorities",
    "collectivités locales": "Local Authorities",
    "mise à niveau": "Upgrading",
    "cour des comptes": "Audit Court",  # "Court of Auditors", "Court of Accounts"
    "garde des sceaux": "Seals",  # "Keeper of the Seals"
    "sécurité sanitaire": "Safety",  # "sécurité sanitaire des aliments": "food safety"
    "centre hospitalier": "Hospital",  # "Centre hospitalier universitaire": "University Hospital"
    "centre hospitalo": "Hospital",  # « Centre hospitalo-universitaire »
}
