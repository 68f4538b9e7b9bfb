"""English knowledge: role words, honorifics, event nouns, verb lexicons.

`fr.py` exports the same names. All words are lowercase; multi-word entries
are matched token by token on the lowercase form.
"""

from __future__ import annotations

# Model labels (en_core_web_* are OntoNotes-style) onto the project's types.
LABEL_MAP: dict[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "EVENT",
}
RECLASSIFIABLE_LABELS: frozenset[str] = frozenset({"NORP", "WORK_OF_ART", "LAW", "PRODUCT"})

HONORIFICS: tuple[str, ...] = (
    "mr justice",  # a judge: "Mr Justice (Rtd) Emmanuel Amoako"
    "mrs justice",
    "madam justice",
    "lady justice",
    "(rtd)",  # retired, after a title: "Maj. Gen. (Rtd) X", "Mr Justice (Rtd) X"
    "(rtd.)",
    "(retd)",
    "(retd.)",
    "(retired)",
    "magistrate",
    "engineer",
    "senator",
    "judge",
    "justice",  # a judge's title: "Hon. Justice X", "Justice X of the Supreme Court"
    "councillor",
    "ambassador",
    "his majesty king",
    "her majesty queen",
    "his majesty",
    "her majesty",
    "majesty king",
    "majesty queen",
    "majesty",
    "premier",
    "treasurer",
    "his royal highness",
    "her royal highness",
    "his excellency",
    "her excellency",
    "h.e.",
    "h.e",
    "king",
    "queen",
    "prince",
    "princess",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dr",
    "dr.",
    "engr",  # "Engr Olusegun Bakare": an engineer's title in Nigeria and Ghana
    "engr.",
    "eng.",  # Kenya's: "Eng. Faith Kamau"
    "eng",
    "ing.",  # an engineer's title (Ghana): "Ing. Mawuli Agbeko"
    "prof",
    "prof.",
    "professor emeritus",  # "Professor Emeritus Kofi Amoako-Atta"
    "emeritus professor",
    "emeritus",  # the model may leave "Professor" out of the name and keep "Emeritus"
    "professor",
    "the hon.",
    "the hon",
    "hon.",
    "hon",
    "the honourable",
    "honourable",
    "honorable",
    "rt hon",
    "rt. hon.",
    "sir",
    "dame",
    "lord",
    "lady",
    "sheikh",
    "imam",  # clergy before a name: "Imam Souleymane Diakité", "Reverend Pastor X"
    "reverend",
    "rev.",
    "pastor",
    "bishop",
    "archbishop",
    "cardinal",
    "monsignor",
    "colonel",
    "lieutenant colonel",
    "lieutenant-colonel",
    "brigadier general",
    "brigadier",
    "brig. gen.",  # the ranks' abbreviations: "Brig. Gen. Ahmad Al-Zoubi"
    "brig.",
    "maj. gen.",
    "lt. gen.",
    "lt. col.",
    "col.",
    "gen.",
    "capt.",
    "major general",
    "lieutenant general",
    "rear admiral",
    "divisional commissioner",  # a police rank, no commissioner of a body
    "chief superintendent",
    "comptroller-general",  # "Comptroller-General X", a customs chief's title as a name's
    "police controller general",  # Madagascar's police ranks, « contrôleur général de police »
    "controller general of police",
    "vice admiral",
    "admiral",
    "captain",
    "major",
    "general",
    "president",
    "minister",
    "governor",  # "Governor Abdelkerim said …"
    "the late",
    "late",
)

ROLE_HEADS: dict[str, tuple[str, str]] = {
    "permanent secretary": ("secretary_general", "LEADS"),
    "perpetual secretary": ("secretary_general", "LEADS"),  # an academy's
    "principal secretary": ("secretary_general", "LEADS"),
    "ambassador": ("other_head", "LEADS"),
    "ambassadors": ("other_head", "LEADS"),
    "country director": ("director", "LEADS"),
    "country manager": ("director", "LEADS"),  # heads a bank's country office
    "director-president": ("director", "LEADS"),
    "boss": ("chief_executive", "LEADS"),
    "founder and chief executive": ("chief_executive", "LEADS"),
    "founder and ceo": ("chief_executive", "LEADS"),
    "president of the republic": ("head_of_state", "LEADS"),
    "head of state": ("head_of_state", "LEADS"),
    "king": ("head_of_state", "LEADS"),
    "queen": ("head_of_state", "LEADS"),
    "prime minister": ("head_of_government", "LEADS"),
    "head of government": ("head_of_government", "LEADS"),
    "mayor": ("mayor", "LEADS"),
    "lord mayor": ("mayor", "LEADS"),
    "burgomaster": ("mayor", "LEADS"),
    "resident representative": ("director", "LEADS"),
    "chief representative": ("director", "LEADS"),  # JICA's, KOICA's head in a country
    "resident coordinator": ("director", "LEADS"),  # of the UN system in a country
    "country representative": ("director", "LEADS"),
    "rector": ("director", "LEADS"),
    "vice-chancellor": ("director", "LEADS"),
    "chancellor": ("chair", "LEADS"),  # a university's titular head; a government's
    "governor": ("other_head", "LEADS"),
    "commander-in-chief": ("other_head", "LEADS"),  # of a police force, an army
    "commander": ("other_head", "LEADS"),  # « commandant »: a force's, a unit's
    "prefect": ("other_head", "LEADS"),  # « préfet »
    "wali": ("other_head", "LEADS"),  # a Moroccan or Algerian region's governor
    "comptroller-general": ("director", "LEADS"),  # of a customs or immigration service
    "comptroller general": ("director", "LEADS"),
    "minister": ("minister", "LEADS"),
    "ministers": ("minister", "LEADS"),
    "secretary of state": ("minister", "LEADS"),
    "secretary": ("minister", "LEADS"),
    "minister of state": ("minister", "LEADS"),
    "cabinet secretary": ("minister", "LEADS"),
    "minister delegate": ("minister", "LEADS"),  # « ministre délégué »
    "chief executive officer": ("chief_executive", "LEADS"),
    "chief executive": ("chief_executive", "LEADS"),
    "ceo": ("chief_executive", "LEADS"),
    "managing partner": ("chief_executive", "LEADS"),  # of a fund manager, a law firm
    "managing director": ("director", "LEADS"),
    "director-general": ("director", "LEADS"),
    "director general": ("director", "LEADS"),
    "executive director": ("director", "LEADS"),
    "director": ("director", "LEADS"),
    "administrator": ("director", "LEADS"),
    "high commissioner": ("director", "LEADS"),
    "delegate general": ("director", "LEADS"),  # « délégué général »: of a festival, of
    "general delegate": ("director", "LEADS"),  # a government's delegation abroad
    "secretary-general": ("secretary_general", "LEADS"),
    "general secretary": ("secretary_general", "LEADS"),
    "secretary general": ("secretary_general", "LEADS"),
    "executive secretary": ("secretary_general", "LEADS"),
    "first president": ("chair", "LEADS"),  # of a court of cassation, of appeal
    "president": ("chair", "LEADS"),
    "presidents": ("chair", "LEADS"),
    "chair": ("chair", "LEADS"),
    "chairman": ("chair", "LEADS"),
    "chairwoman": ("chair", "LEADS"),
    "chairperson": ("chair", "LEADS"),
    "speaker": ("chair", "LEADS"),  # of a parliament: « président de l'Assemblée »
    "head": ("other_head", "LEADS"),
    "chief": ("other_head", "LEADS"),
    "coordinator": ("other_head", "LEADS"),
    "registrar": ("other_head", "LEADS"),  # of a registry, a court's registry
    # titles that are their own office (TITLE_OFFICES)
    "ombudsman": ("other_head", "LEADS"),
    "mediator of the republic": ("other_head", "LEADS"),
    "public protector": ("other_head", "LEADS"),
    "citizen protector": ("other_head", "LEADS"),
    "auditor general": ("other_head", "LEADS"),
    "auditor-general": ("other_head", "LEADS"),
    "attorney general": ("other_head", "LEADS"),
    "attorney-general": ("other_head", "LEADS"),
    "solicitor general": ("other_head", "LEADS"),
    "solicitor-general": ("other_head", "LEADS"),
    "director of public prosecutions": ("other_head", "LEADS"),
    "founder": ("other_head", "LEADS"),
    # a commissioner heads a portfolio of the commission: the gold's LEADS
    "commissioner": ("other_head", "LEADS"),
    "commissioners": ("other_head", "LEADS"),
    "vice-president": ("member", "MEMBER_OF"),
    "vice president": ("member", "MEMBER_OF"),
    "vice-chair": ("member", "MEMBER_OF"),
    "member": ("member", "MEMBER_OF"),
    "members": ("member", "MEMBER_OF"),
    "representative": ("member", "MEMBER_OF"),
    "head of mission": ("member", "MEMBER_OF"),
    "chief of mission": ("member", "MEMBER_OF"),  # the IOM's head in a country
    "mission chief": ("member", "MEMBER_OF"),  # the IMF's « chef de mission »
    "trade commissioner": ("member", "MEMBER_OF"),  # an embassy's, not its head
    "spokesperson": ("member", "MEMBER_OF"),
    "spokesman": ("member", "MEMBER_OF"),
    "spokeswoman": ("member", "MEMBER_OF"),
    "adviser": ("member", "MEMBER_OF"),
    "keeper of the seals": ("member", "MEMBER_OF"),  # the justice minister's second title
    "advisor": ("member", "MEMBER_OF"),
    "chief economist": ("member", "MEMBER_OF"),
    # officers under the chief executive: members of the body, not its head
    "chief financial officer": ("member", "MEMBER_OF"),
    "chief operating officer": ("member", "MEMBER_OF"),
    "chief risk officer": ("member", "MEMBER_OF"),
    "chief technology officer": ("member", "MEMBER_OF"),
    "chief information officer": ("member", "MEMBER_OF"),
    "chief investment officer": ("member", "MEMBER_OF"),
    "chief of staff": ("member", "MEMBER_OF"),
    # an army's commander (a minister's or a president's chief of staff is no head)
    "chief of general staff": ("other_head", "LEADS"),
    "chief of the general staff": ("other_head", "LEADS"),
    "dean": ("director", "LEADS"),  # of a faculty or school
    "provost": ("director", "LEADS"),  # of a college, a university's academic head
    "board member": ("board_member", "MEMBER_OF"),
}

# Titles that are common nouns in lower case: "the Speaker of the Assembly" heads it, "a
# speaker at the meetings" does not.
TITLE_CASE_ROLES: frozenset[str] = frozenset({"speaker"})
ROLE_SUFFIXES: frozenset[str] = frozenset({"general", "-", "designate", "elect"})
DEPUTY_WORDS: frozenset[str] = frozenset(
    {"deputy", "vice", "assistant", "associate", "alternate"}  # "Alternate Executive Director"
)
# An acting or interim head leads the body meanwhile: status current.
INTERIM_WORDS: frozenset[str] = frozenset({"acting", "interim"})
# Words before a title that belong to it: "national coordinator", "executive president".
ROLE_PREFIXES: frozenset[str] = frozenset(
    {"national", "executive", "group", "special", "subregional", "sub-regional", "founding"}
    | {"coordinating"}  # "its National Coordinating Director"
)  # "Group CEO", "Special Representative", "Subregional Coordinator"
# Words of a replacement still to come ("She will succeed Z, Rector since 2018",
# "is to replace Z"): the one replaced holds his apposed title until then. Same name
# in `fr`.
FUTURE_WORDS: frozenset[str] = frozenset({"will", "shall", "to"})
# The word before an infinitive ("appoints X to | head | Y"). Same name in `fr`/`en`.
INFINITIVE_MARKERS: frozenset[str] = frozenset({"to"})  # "to head"
# Words saying a title is held now, before it ("X, current Chairperson of the AU").
# Same name in `fr`.
CURRENT_WORDS: frozenset[str] = frozenset({"current", "sitting", "incumbent"})
# A post a sentence says its subject holds now ("X is currently Managing Director of
# A"): not the one "He succeeds Z" after it speaks of. Same name in `fr`.
PRESENT_ADVERBS: frozenset[str] = frozenset({"currently", "presently"})
FORMER_WORDS: frozenset[str] = frozenset(
    {"former", "outgoing", "ex", "ex-", "then", "late", "retiring"}
)
# See fr.ELECTED_PARTICIPLES: English puts "-elect" after the title.
ELECTED_PARTICIPLES: frozenset[str] = frozenset()
DESIGNATE_WORDS: frozenset[str] = frozenset(
    {
        "incoming",
        "designate",
        "future",
        "next",
        "elect",
        "president-elect",
        "nominee",
    }
)
ROLE_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "at", "in"})
# Words between a title and its portfolio, no part of its name (see fr.CHARGED_WORDS).
# Phrases between a title's noun and its portfolio ("Minister Delegate | in charge of |
# Investment"). Same name in `fr`/`en`.
# The word that attaches a title to another's ("Secretary of State | to | the Minister",
# « auprès du ministre »). Same name in `fr`/`en`.
ATTACHED_TITLE_WORDS: frozenset[str] = frozenset({"to"})
CHARGE_PHRASES: tuple[str, ...] = ("in charge of", "responsible for")
CHARGED_WORDS: frozenset[str] = frozenset({"responsible"})
CHARGE_PHRASES: tuple[str, ...] = ("in charge of", "responsible for")  # see fr.CHARGE_PHRASES
COPULA_LINKS: frozenset[str] = frozenset(
    {
        "took",
        "takes",
        "taken",
        "take",
        "taking",
        "over",
        "re-elected",
        "newly",
        "is",
        "was",
        "has",
        "had",
        "been",
        "be",
        "will",
        "became",
        "becomes",
        "become",
        "would",
        "shall",
        "named",
        "appointed",
        "elected",
        "as",
        "serve",  # "X will serve as Director General of Y"
        "act",  # "directed that X act as Director-General of Y"
        "acts",
        "serves",
        "served",
        "serving",
        "up",  # "X will take up her post as …", "took up his duties as"
        "duties",
        "functions",
        "role",
        "acting",  # "X is acting as interim Director General of Y"
        "currently",
        "the",
        "new",
        "its",
        "their",
        "who",
        "recently",
        "also",
        "now",
        "re",
        "-",
        "reappointed",
        "confirmed",
        "nominated",
        "in",  # "X, in his capacity as Minister of …"
        "his",
        "her",
        "capacity",
        "post",
        "position",
        "office",  # "X took office as / assumed office as Director-General of Y"
        "assumed",
        "assumes",
        "assume",
        "assuming",
        "sworn",  # "X was sworn in as President of Y"
        "held",  # "X held the post of Minister of Finance" (POST_NOUNS)
        "holds",
        "holding",
        "installed",  # "X was officially installed as Director General of Y"
        "officially",
        "thus",  # "X was thus installed as …"
        "formally",
    }
)
# Phrases that put a title in time and end its complement ("Chair of the Board | at the
# close of the AGM", "présidente du conseil | à l'issue de l'assemblée"). Same names in `fr`.
TIME_PHRASES: tuple[str, ...] = (
    "at the close of",
    "at the end of",
    "following the",
    "after the",
    "until the",
    "for the period",
    "for a period",
    "for a term",
)
# Nouns of a title's term, no body it leads ("President for a second term", "présidente
# pour un mandat de trois ans"). Same names in `fr`.
TERM_WORDS: frozenset[str] = frozenset({"term", "terms", "mandate"})
# Verbs whose object is then given a role: "a nommé X directrice générale de Y".
APPOINTING_VERBS: frozenset[str] = frozenset(
    {
        "appointed",
        "appoint",
        "appoints",
        "named",
        "names",
        "name",
        "elected",
        "elect",
        "elects",
        "designated",
        "reappointed",
        "installed",  # "installed General X as Commander-in-Chief of the Police"
        "installs",
    }
)
# Verbs of a headline in title case, capitalised inside what the model tagged as one
# name: "Lualaba Copper Mining | Appoints | X as CEO", "UNHCR and CNARR | Open | New …".
# Same names in `fr`.
HEADLINE_VERBS: frozenset[str] = frozenset(
    {
        "appoints",
        "names",
        "elects",
        "opens",
        "open",
        "launches",
        "launch",
        "signs",
        "sign",
        "holds",
        "hold",
        "joins",
        "join",
        "concludes",
        "conclude",
        "welcomes",
        "inaugurate",
        "inaugurates",
        "raises",
        "keeps",
        "announces",
        "approves",
        "hosts",
        "unveils",
        "completes",
        "receives",
        "renews",
        "extends",
        "installs",
        "swears",
        "dismisses",
        "grants",
        "invests",
        "releases",
        "publishes",
        "submits",
        "revokes",
        "presents",
        "present",
        "visits",
        "hands",
        "appoint",
        "elect",
    }
)
# Participles of a headline in title case the model may tag with the name before them:
# "Romuald Hounkpatin | Elected | President of …". Same name in `fr`.
HEADLINE_PARTICIPLES: frozenset[str] = frozenset(
    {"elected", "re-elected", "appointed", "reappointed", "named", "sworn", "installed"}
)
# Nouns of a time adverbial between a participle and its agent ("présidé cette année par").
TIME_NOUNS: frozenset[str] = frozenset({"year", "month", "week", "quarter", "time", "season"})
# Words that make a time noun a past time: "last month". Same name in `fr`.
LAST_WORDS: frozenset[str] = frozenset({"last", "past"})
# Words opening a duration ("for two years"). Same name in `fr`.
DURATION_WORDS: frozenset[str] = frozenset({"for"})
# A present perfect's auxiliaries: a term told with one goes on ("has served for two
# years as"). Same name in `fr` (its passé composé tells a past term).
PERFECT_AUXILIARIES: frozenset[str] = frozenset({"has", "have", "'s", "'ve"})
# Adverbs that put a past tense's lead before now ("He previously headed OCRTIS"). Same
# name in `fr`.
PAST_ADVERBS: frozenset[str] = frozenset({"previously", "formerly", "earlier", "once"})
# Phrases before a title that put it in the past: "X, until recently head of Y".
FORMER_PHRASES: tuple[str, ...] = (
    "until recently",
    "until now",
    "until then",
    "previously",
    "formerly",
)
# Words written in capitals that name no body: "le PDG", "the CEO", "the AGM".
CAPS_WORDS: frozenset[str] = frozenset(
    {
        "ceo",
        "cfo",
        "coo",
        "agm",
        "usd",
        "eur",
        "gdp",
        "vat",
        "ngo",
        "sme",
        "ict",
        "covid",
        "aids",
        "hiv",
    }
)
# Phrases opening a sentence on a body whose bare titles follow ("Du côté de l'INRS, …").
FRONTED_ORG_PHRASES: tuple[str, ...] = ("for", "at", "within", "on behalf of")
# Bodies' names the model reads as places (see fr.MOVEMENT_NAMES).
MOVEMENT_NAMES: frozenset[str] = frozenset({"red cross", "red crescent"})
# Capitalised adjectives of rank opening a body's name (see fr.RANK_ADJECTIVES):
# English names capitalise every word, which the model tags.
RANK_ADJECTIVES: frozenset[str] = frozenset()
# Words of a civil servant's or a police officer's grade ("Principal Civil Administrator",
# "Divisional Police Commissioner"): a name of them alone is no body. Same name in `fr`.
GRADE_WORDS: frozenset[str] = frozenset({"principal", "civil", "divisional", "senior"})
# Lower-case administrations' nouns and their levels (see fr.UNIT_LEVELS): English
# names capitalise them ("Regional Directorate of Public Health").
UNIT_LEVELS: dict[str, frozenset[str]] = {}
# Lower-case nouns of a body written before its name (see fr.NAMED_FACILITY_NOUNS):
# English puts them after it, capitalised ("Kenyatta National Hospital").
NAMED_FACILITY_NOUNS: frozenset[str] = frozenset()
# Title nouns a name may follow with no comma, after their portfolio or body
# ("Commissioner for Trade Bongani Magagula"): untagged capitalised words there
# are a person's name.
TITLE_NOUNS_BEFORE_NAMES: frozenset[str] = frozenset(
    "commissioner minister director secretary governor ambassador administrator "
    "coordinator president chairperson chair representative mayor".split()
)
# A body's functions a title names after its 'of' ("Director of Operations, X"): no
# body's name, though capitalised. A word after a head's title and its 'of' that is
# none of these, no glossary word and unknown, with the holder apposed, is the body
# ("the Director General of Gécamines, Placide Nkala Basadilua").
OFFICE_FUNCTIONS: frozenset[str] = frozenset(
    "operations cabinet marketing sales procurement audit compliance logistics security "
    "protocol communication communications resources engineering treasury accounts "
    "services programs programmes projects insurance".split()
)
# Adjectives naming a function inside a body, before a head's title ("its Medical and
# Scientific Director"): never a body's name on their own. Same name in `fr` (after
# the title there: « directeur médical »).
FUNCTION_ADJECTIVES: frozenset[str] = frozenset(
    "medical scientific technical financial commercial administrative legal operational "
    "academic clinical editorial artistic national regional coordinating managing "
    "executive".split()
)
# Endings of abstract nouns ("Prevention", "Procurement", "Security"): a function or a
# domain, not a body's one-word name.
ABSTRACT_SUFFIXES: tuple[str, ...] = (
    "tion", "sion", "ment", "ance", "ence", "ity", "ing", "ics", "ure", "ship", "ness",
)  # fmt: skip
# Words citing a source before its name ("according to ANACIM"): a word in capitals
# after them names a body.
SOURCE_WORDS: tuple[str, ...] = ("according to",)
# Words that end a period in the past: "who led CAF until 2024" held the post before.
# Words that open a time span after a name: "… Programme | since 2019".
SINCE_WORDS: frozenset[str] = frozenset({"since"})
UNTIL_WORDS: frozenset[str] = frozenset({"until", "till"})
# The auxiliary of a pluperfect ("had headed"). Same name in `fr`.
PAST_AUXILIARIES: frozenset[str] = frozenset({"had"})
BEFORE_WORDS: frozenset[str] = frozenset({"before", "prior"})  # "Before joining the Court, …"
# The word opening a period's first year. Same name in `fr`/`en`.
PERIOD_START_WORDS: frozenset[str] = frozenset({"from"})  # "from 2019 to 2024"
# A length of time ("for four years", « pendant quatre ans »). Same names in `fr`/`en`.
DURATION_PREPOSITIONS: frozenset[str] = frozenset({"for", "during"})
TIME_UNITS: frozenset[str] = frozenset({"year", "years", "month", "months", "decade", "decades"})
PERIOD_END_LINKS: frozenset[str] = frozenset(
    {"to", "until", "and"}
)  # "from 2022 to 2024", "between … and …"
# Object relative pronouns: the verb's subject may come after it ("que dirige X").
OBJECT_RELATIVES: frozenset[str] = frozenset({"whom"})
# Links that say the person has left the role: "X, who stepped down as chair of Y".
LEAVING_LINKS: frozenset[str] = frozenset(
    {"stepped", "steps", "stepping", "down", "resigned", "resigns", "retired", "retires", "quit"}
)
# See fr.INTERIM_VERBS: English says "acting" or "interim" in the title instead.
INTERIM_VERBS: frozenset[str] = frozenset()
INTERIM_GIVING_VERBS: frozenset[str] = frozenset({"entrust"})
LEAD_VERBS: frozenset[str] = frozenset(
    {"lead", "head", "chair", "direct", "run", "preside", "co-chair", "helm", "co-lead"}
    | {"co-led", "co-head"}  # one token each (JOINED_VERB_FORMS): "co-led" has no rule lemma
    # "steered by", "spearheaded by" (French "piloté par")
    | {"steer", "spearhead"}
)
PASSIVE_AGENT: str = "by"
# Past participles' endings and what makes their verb's lemma: "steered" -> "steer".
PARTICIPLE_ENDINGS: dict[str, str] = {"ed": "", "d": ""}
# Participles before "by" whose agent is a person (bodies are "led", not "chaired").
CHAIRED_WORDS: frozenset[str] = frozenset({"chaired", "co-chaired", "headed", "co-headed"})
# Hyphenated verb forms kept as one token (see pipeline.keep_joined_verbs). Same name
# in `fr` (« coprésidé » is one word).
JOINED_VERB_FORMS: tuple[str, ...] = tuple(
    f"co-{verb}" for verb in ("chaired", "chair", "chairs", "chairing", "led", "leads", "lead")
) + ("co-headed", "co-heads", "co-head")
HEAD_OF_PHRASES: tuple[str, ...] = (
    (
        "at the head of",
        "at the helm of",
        "the helm of",
        "the reins of",  # "who takes the reins of the Faculty", « prend les rênes de »
        "in charge of",
        "to head",  # "was appointed to head the agency", "Appointed in March to head Y, X …"
    )
    + tuple(
        # "who has held the chairmanship of ASEAN since 2024", "took over the leadership of"
        f"{verb} the {office} of"
        for verb in (
            "holds",
            "held",
            "hold",
            "assumed",
            "assumes",
            "assume",
            "took over",
            "takes over",
            "take over",
        )
        for office in (
            "presidency",
            "chairmanship",
            "chair",
            "leadership",
            "directorship",
            "rotating presidency",  # "took over the rotating chairmanship of the AU"
            "rotating chairmanship",
            "interim presidency",
            "interim leadership",
        )
    )
    + tuple(
        # "was re-elected to the presidency of the federation", "named to the helm of"
        f"{participle} to the {office} of"
        for participle in ("appointed", "elected", "re-elected", "reelected", "named", "promoted")
        for office in ("presidency", "chairmanship", "leadership", "directorship", "helm", "head")
    )
)
# Body nouns a body's name holds, so that the noun alone names it again
# ("the hospital's director", "head of the bank"): the last body named with it. Not "institution" or
# "company", which name any. Same name in `fr`.
# See fr.DETERMINED_PREPOSITIONS: English writes the article apart.
DETERMINED_PREPOSITIONS: frozenset[str] = frozenset()
# Nouns that name any body again ("elected X President of the institution"): the body
# named last before. Same name in `fr`.
GENERIC_BODY_NOUNS: frozenset[str] = frozenset(
    {"institution", "organisation", "organization", "body"}
)
ANAPHOR_NOUNS: frozenset[str] = frozenset(
    {
        "hospital",
        "bank",
        "fund",
        "university",
        "agency",
        "coalition",
        "alliance",
        "federation",
        "union",
        "commission",
        "programme",
        "initiative",
        "organisation",
        "organization",
        "authority",
        "foundation",
        "institute",
        "centre",
        "center",
        "port",  # "the port's Director General" after "the Autonomous Port of Cotonou"
        "court",  # "the President of the Court" after "the Constitutional Court"
        "council",
        "tribunal",
        "assembly",
        "ministry",  # "the Secretary General of the Ministry", its general secretariat
        "network",  # "the network's Executive Director" after "the West Africa Network …"
        "association",
        "chamber",  # "the chamber's President" after "the Chamber of Commerce …"
        "committee",
        "school",
        "laboratory",
        "parliament",
        "library",  # "former Director of the Library" after its full name
        "museum",
        "conference",  # "the President of the Conference" after "the Episcopal Conference"
        "confederation",  # "Secretary General of the confederation" after its full name
        "cooperative",
        "festival",  # "the festival's General Delegate" after "the … Film Festival"
    }
)
# Phrases before a title its sentence's subject holds ("X chaired the talks in his
# capacity as Chairman of Y"). Same name in `fr`.
CAPACITY_PHRASES: tuple[str, ...] = (
    "in his capacity as",
    "in her capacity as",
    "in its capacity as",
    "in their capacity as",
    "in my capacity as",
)
# Determiners of a body named again by its noun alone ("the coalition", « cette
# coalition »). Same name in `fr`/`en`.
ANAPHOR_DETERMINERS: frozenset[str] = frozenset({"the", "this", "these"})
# The words an office or a predecessor is given to (« confié … à X », « succédé à Z »)
# and the ones before a year (« en 2025 »). Same names in `fr`/`en`.
RECIPIENT_WORDS: frozenset[str] = frozenset({"to"})
YEAR_PREPOSITIONS: frozenset[str] = frozenset({"in"})
# An office given to someone named after the body: "entrusted the interim presidency of
# the FMF | to X". Same name in `fr`.
ENTRUSTED_OFFICE_PHRASES: tuple[str, ...] = tuple(
    f"{verb} the {office} of"
    for verb in ("entrusted", "entrusts", "entrust", "handed", "hands")
    for office in ("presidency", "interim presidency", "leadership", "chairmanship")
)
# Nouns of a post before "of" and its title ("held the post of Minister"). Same name
# in `fr`.
POST_NOUNS: frozenset[str] = frozenset({"post", "position", "office", "role", "duties"})
# Offices given to someone as a passive's subject ("Executive leadership has been
# entrusted to X"). Same name in `fr`.
GIVEN_OFFICE_NOUNS: frozenset[str] = frozenset(
    {"leadership", "presidency", "chairmanship", "management", "helm"}
)
# An office named after the one a successor replaces: "X, who succeeded Z | to the
# presidency of | Y". Only after a successor. Same name in `fr`.
SUCCESSION_OFFICE_PHRASES: tuple[str, ...] = tuple(
    f"to the {office} of" for office in ("presidency", "chairmanship", "leadership", "helm")
)
# A post held with no body named after it: the body the article is about ("X is
# acting as interim Director General until further notice"). Same name in `fr`.
HELD_OFFICE_PHRASES: tuple[str, ...] = tuple(
    f"{verb} {office}"  # "is acting as", "will act as", "is serving as interim head"
    for verb in ("acting as", "act as", "acts as", "serving as", "serve as", "serves as")
    for office in (
        "interim director general",
        "interim director-general",
        "acting director general",
        "interim chief executive",
        "interim president",
        "acting president",
        "interim head",
        "acting head",
    )
) + (
    "acting in the role",  # "X, Director of Y, had been acting in the role"
    "acting in the post",
    "serving in an acting capacity",
    "served in an acting capacity",
)
# See fr.OWN_OFFICES: "The Board elected X to its chair" ("as its Chair" is a title
# with a possessive, read as one).
OWN_OFFICES: tuple[str, ...] = ("to its chair", "to its chairmanship", "to its presidency") + (
    tuple(f"as its {title}" for title in ("chair", "chairperson", "chairman", "president"))
)
OWN_OFFICE_VERBS: frozenset[str] = frozenset(
    {"elected", "re-elected", "appointed", "named", "designated"}
)
# See fr.WHOSE_OFFICE_PHRASES; English says "whose Director General is X" or "led
# by X" (the roles' and the passive's rules).
WHOSE_OFFICE_PHRASES: tuple[str, ...] = ()
WHOSE_WORDS: frozenset[str] = frozenset({"whose"})
# The same, said of one who has left the post: status former.
LEFT_HEAD_OF_PHRASES: tuple[str, ...] = tuple(
    f"{verb} {office} of"
    for verb in ("stepped down from", "steps down from", "resigned from", "left", "relinquished")
    for office in ("the presidency", "the chairmanship", "the leadership", "the helm")
)
UNDER_LEADERSHIP_PHRASES: tuple[str, ...] = (
    "under the leadership of",
    "under the direction of",
    "under the chairmanship of",
    "under the presidency of",
    "under the auspices of",
    "under the stewardship of",  # "which has been under the stewardship of Ms X since"
)
MINISTRY_ROLES: frozenset[str] = frozenset(
    {
        "minister",
        "ministers",
        "minister delegate",
        "minister of state",  # "Minister of State for Planning": a rank without a portfolio
        "secretary of state",
        "cabinet secretary",
        "secretary",
    }
)
# Adjectives that name a commissioner's commission: "European Commissioner for Energy".
# Same name in `fr`.
# The titles a commission's adjective may qualify. Same name in `fr`.
COMMISSIONER_ROLES: frozenset[str] = frozenset({"commissioner", "commissioners"})
# The department a commissioner's portfolios name ("Commissioner for Political Affairs,
# Peace and Security" heads the commission's "Department of Political Affairs, …").
COMMISSION_DEPARTMENT: str = "Department of {domain}"
COMMISSION_NOUNS: frozenset[str] = frozenset({"commission"})  # the body of commissioners
COMMISSION_ADJECTIVES: dict[str, str] = {"european": "European Commission"}
# Minister's titles only before a portfolio: "the Secretary of Health" heads the
# Department of Health, "the secretary of the association" nothing. Same name in `fr`.
PORTFOLIO_ROLES: frozenset[str] = frozenset({"secretary"})
# Titles that are a rank, not the head of a body: "X, Minister of State, …".
# A title that heads its body only when the body is a military one ("Chief of Staff of the
# Senegalese Army"; a minister's chief of staff is a member of the cabinet). Same names in `fr`.
STAFF_ROLES: frozenset[str] = frozenset({"chief of staff"})
MILITARY_WORDS: frozenset[str] = frozenset({"army", "armed", "navy", "gendarmerie"})
RANK_ROLES: frozenset[str] = frozenset({"minister of state"})
# Roles that head an organisation's presence in one country when a country follows
# ("UNICEF Representative in Niger", "MSF Head of Mission in Mali"); a
# "representative" of anything else is a member.
REGIONAL_WORDS: frozenset[str] = frozenset(
    {"regional", "subregional", "sub-regional"}
)  # a regional director heads an office
# None in English: "Director of Communications" names a function as often as "CEO
# of Safaricom" a company. Same name in `fr`.
COMPANY_NAME_PREPOSITIONS: frozenset[str] = frozenset()
# A plain director of a body in a country heads its office there (« le directeur de
# l'AFD au Sénégal »); see roles._country_head.
DIRECTOR_WORDS: frozenset[str] = frozenset({"director"})
# The unit a plain director of a function heads ("Director of Financial Stability at
# the BCEAO"): its name, keyed with « Direction de la stabilité financière ». Same
# name in `fr`.
DIRECTORATE: str = "Directorate {domain}"
# A director general of a function heads its directorate general ("the Director General
# of Customs", of "the Directorate General of Customs (DGD)"). Same names in `fr`.
GENERAL_DIRECTOR_WORDS: frozenset[str] = frozenset({"director general", "director-general"})
GENERAL_DIRECTORATE: str = "Directorate General {domain}"
# Nouns of a body's premises, which a director's 'of' names as the body ("director of
# the facility"), never a function. Same name in `fr`.
SITE_NOUNS: frozenset[str] = frozenset(
    {"facility", "establishment", "institution", "site", "centre", "center", "school"}
)
# Endings of the words of a function's name that are no proper name ("Financial",
# "Structured", "Stability"), with ABSTRACT_SUFFIXES. Same name in `fr`.
DOMAIN_WORD_ENDINGS: tuple[str, ...] = ("al", "ic", "ed", "ive", "ary", "ies", "ment", "ments")
# The noun that names the article's own country after a country role's body ("WHO
# Representative | in the country"). Same name in `fr`.
HOST_COUNTRY_NOUNS: frozenset[str] = frozenset({"country"})
COUNTRY_ROLES: frozenset[str] = frozenset(
    {
        "country director",
        "country manager",
        "resident representative",
        "chief representative",
        "resident coordinator",
        "country representative",
        "representative",
        "head of mission",
        "chief of mission",
        "mission chief",
    }
)
# A director "of operations" of a body for a country heads its office there (country
# director). Same name in `fr`.
# What a ministry's or a presidency's secretary-general heads. Same name in `fr`.
GENERAL_SECRETARIAT: str = "General Secretariat"
# A body's presence in a place, led by a verb's subject: "who heads the UNDP office in
# Lagos", "qui dirige le bureau de l'UNICEF à Dakar". Same names in `fr`.
OFFICE_WORDS: frozenset[str] = frozenset({"office", "bureau", "mission"})
OPERATIONS_WORDS: frozenset[str] = frozenset({"operations"})
# "X et Y, respectively ministre de A et ministre de B": names and roles pair up in order.
RESPECTIVELY: frozenset[str] = frozenset({"respectively"})
# Venues and sites: a name they open or close is a place ("Table Mountain National Park").
FACILITY_NOUNS: frozenset[str] = frozenset(
    {"palace", "park", "stadium", "airport", "bridge", "memorial", "hotel", "hôtel"}
)
# Buildings where events are held: an event noun before one names the venue
# ("Cotonou Congress Centre", "Palais des congrès").
# Nouns of a body's seat: the body after them is where a meeting sits, not what it is
# ("met at the headquarters of the Bank, under the chairmanship of X"). Same names in `fr`.
SEAT_NOUNS: frozenset[str] = frozenset({"headquarters", "premises", "seat"})
VENUE_NOUNS: frozenset[str] = FACILITY_NOUNS | frozenset(
    {"centre", "center", "hall", "hotel", "arena", "auditorium"}
)
# Kinds of place around a name that make it a place ("the Tillabéri region", "the town of Djibo").
# Lower-case nouns whose complement is the town they stand in ("the port of
# Pointe-Noire"); capitalised, they open a body's name ("Port autonome de …").
HARBOUR_NOUNS: frozenset[str] = frozenset({"port", "harbour", "harbor"})
# Nouns of products a name may stand beside: "the Kilimo Bora app" names no person
# (products are none of our types). Same name in `fr`.
PRODUCT_NOUNS: frozenset[str] = frozenset({"app", "application", "software", "smartphone"})
# Participles said of an event after its name, never part of it ("the general assembly
# | held on Saturday"). Same name in `fr`.
EVENT_PARTICIPLES: frozenset[str] = frozenset(
    {"held", "organised", "organized", "scheduled", "chaired", "hosted", "devoted"}
)
# Indefinite articles opening an apposition that says what a name is: "X, a research
# consortium". Same name in `fr`.
INDEFINITE_ARTICLES: frozenset[str] = frozenset({"a", "an"})
# Lower-case nouns for the states or peoples of a region, no part of its name:
# "the countries of the | Sahel", "the monarchies of the | Gulf". Same name in `fr`.
MEMBER_NOUNS: frozenset[str] = frozenset(
    {"countries", "monarchies", "states", "nations", "peoples", "economies", "capitals"}
)
# Kinds of place that name places only before a list of them ("the departments of
# Mayo-Boneye, Kabbia and Mayo-Lémié"): "the Health department" is a body.
PLACE_LIST_NOUNS: frozenset[str] = frozenset({"departments"})
# What follows a nationality in the plural to name its nationals abroad, a ministry's
# portfolio ("Minister of Foreign Affairs and Tunisians Abroad"), no place.
ABROAD_PHRASES: tuple[str, ...] = ("abroad", "overseas", "in the diaspora", "of the diaspora")
# Words that qualify a kind of place before its name ("the Urban Municipality
# of | Toamasina", « la commune rurale de | Tessékéré »), no name themselves.
PLACE_KIND_ADJECTIVES: frozenset[str] = frozenset({"urban", "rural"})
PLACE_KIND_NOUNS: frozenset[str] = frozenset(
    {
        "regions",
        "provinces",
        "cities",
        "towns",
        "villages",
        "districts",
        "counties",
        "governorates",
        "municipalities",
        "prefectures",
        "region",
        "province",
        "city",
        "town",
        "village",
        "district",
        "county",
        "governorate",
        "municipality",
        "prefecture",
        "neighbourhood",
        "neighborhood",
        "neighbourhoods",
        "neighborhoods",
        "commune",  # a francophone country's municipality: "the commune of Matoto"
        "communes",
    }
)
# Nouns of natural features, part of the place's name: before it ("Lake Chad",
# "Mount Cameroon", "Gulf of Guinea") or after it ("Niger River", "Senegal River
# valley", "Congo Basin"). See fr.FEATURE_NOUNS.
FEATURE_NOUNS_BEFORE: frozenset[str] = frozenset(
    # "Mont Faron", "Mont Cameroun": English keeps the French names of mountains
    "lake mount mont gulf cape bay island islands sea ocean".split()
)
# Compass words as francophone regions keep them in English ("North Kivu" is ISO's
# "Nord-Kivu").
COMPASS_IN_FRENCH: dict[str, str] = {
    "north": "nord",
    "south": "sud",
    "east": "est",
    "west": "ouest",
    "upper": "haut",
    "lower": "bas",
}
FEATURE_NOUNS_AFTER: frozenset[str] = frozenset(
    "river valley basin delta forest desert plateau lagoon estuary falls lake".split()
)
FEATURE_NOUNS_OF: frozenset[str] = frozenset({"valley"})  # see fr.FEATURE_NOUNS_OF
# Heads of an embassy or a delegation ("the Ambassador of Senegal to France").
GOODWILL_WORDS: frozenset[str] = frozenset({"goodwill"})  # goodwill ambassadors lead nothing
# Words opening a title that name no body before it ("Special Representative X").
TITLE_OPENERS: frozenset[str] = frozenset(
    {"special", "senior", "principal", "permanent", "resident", "high", "chief", "lead"}
)
HOST_PREPOSITIONS: frozenset[str] = frozenset({"to", "in"})  # the country an ambassador is sent to
# A sender's mission an ambassador may head by name ("Head of the Delegation of the EU to …").
EMBASSY_NOUNS: frozenset[str] = frozenset({"embassy", "delegation"})
AMBASSADOR_ROLES: frozenset[str] = frozenset({"ambassador", "ambassadors"})
# Titles of a country's envoy when a country follows them ("High Commissioner of Canada
# to Cameroon", a Commonwealth ambassador; not the "High Commissioner for Refugees").
ENVOY_ROLES: frozenset[str] = frozenset(
    {"high commissioner", "delegate general", "general delegate"}
)
# Titles that are their own office, a country's ("the Mediator of the Republic, X",
# "Auditor General of Kenya"): the office's key, the same in `fr`, and its name.
TITLE_OFFICES: dict[str, str] = {
    "ombudsman": "ombudsman",
    "mediator of the republic": "ombudsman",
    "public protector": "ombudsman",
    "citizen protector": "ombudsman",
    "auditor general": "auditor-general",
    "auditor-general": "auditor-general",
    "attorney general": "attorney-general",
    "attorney-general": "attorney-general",
    "solicitor general": "solicitor-general",
    "solicitor-general": "solicitor-general",
    "director of public prosecutions": "public-prosecutions",
}
TITLE_OFFICE_NAMES: dict[str, str] = {
    "ombudsman": "Office of the Ombudsman",
    "auditor-general": "Office of the Auditor General",
    "attorney-general": "Office of the Attorney General",
    "solicitor-general": "Office of the Solicitor General",
    "public-prosecutions": "Office of the Director of Public Prosecutions",
}
# The ministry of "les ministres A (Santé publique), B (…)", named from its bracket.
BRACKETED_MINISTRY: str = "Ministry of {domain}"
MINISTRY_WORD: str = "ministry"
# The words before a body where someone replaces another ("replaces Z | at | the
# Ministry of Finance"). Same name in `fr`.
AT_BODY_WORDS: frozenset[str] = frozenset({"at"})
# Titles holding a capitalised word that names nothing: "Minister of Justice, Keeper
# of the Seals". Same name in `fr`.
TITLE_PHRASES: tuple[str, ...] = ("keeper of the seals", "lord privy seal")
# Capitalised, a government department of the kind a ministry is: "the Department of
# State" the model left untagged. Same name in `fr`.
DEPARTMENT_WORDS: frozenset[str] = frozenset({"department"})
GOVERNMENT_WORDS: frozenset[str] = frozenset({"government"})
# Levels of a government between its noun and its place ("gouvernement provincial du
# Lualaba", "Provincial Government of …"). Same name in both languages.
GOVERNMENT_LEVELS: frozenset[str] = frozenset(
    {"provincial", "regional", "state", "county", "federal", "royal", "local"}
)
# Levels that name a country's own government alone ("le gouvernement royal").
NATIONAL_GOVERNMENT_LEVELS: frozenset[str] = frozenset({"royal", "federal"})
# A country's institutions, named without the country: the article's country's
# (or the one named right after: "National Assembly of Mali"). Same keys in `fr`.
NATIONAL_INSTITUTIONS: dict[str, str] = {
    "presidency of the republic": "presidency",
    "presidency": "presidency",
    "office of the prime minister": "prime-minister-office",
    "prime minister's office": "prime-minister-office",
    "national assembly": "national-assembly",
    "senate": "senate",
    "supreme court": "supreme-court",
    "constitutional court": "constitutional-court",
    "constitutional council": "constitutional-council",
    "council of state": "council-of-state",  # the highest administrative court
    "court of cassation": "court-of-cassation",
    "court of auditors": "court-of-auditors",
    "audit court": "court-of-auditors",
    "economic, social and environmental council": "economic-social-council",
    "economic and social council": "economic-social-council",
    "house of commons": "house-of-commons",  # Canada's, the United Kingdom's
    "house of representatives": "house-of-representatives",  # Morocco's, Nigeria's …
    "national police": "national-police",
    "national gendarmerie": "national-gendarmerie",
}
INSTITUTION_NAMES: dict[str, str] = {
    "presidency": "Presidency of the Republic",
    "prime-minister-office": "Office of the Prime Minister",
    "national-assembly": "National Assembly",
    "senate": "Senate",
    "supreme-court": "Supreme Court",
    "constitutional-court": "Constitutional Court",
    "constitutional-council": "Constitutional Council",
    "council-of-state": "Council of State",
    "court-of-cassation": "Court of Cassation",
    "court-of-auditors": "Court of Auditors",
    "economic-social-council": "Economic, Social and Environmental Council",
    "house-of-commons": "House of Commons",
    "house-of-representatives": "House of Representatives",
    "national-police": "National Police",
    "national-gendarmerie": "National Gendarmerie",
}
HEAD_OF_STATE_ROLES: frozenset[str] = frozenset(
    {
        "president of the republic",
        "head of state",
        "king",
        "queen",
        "prime minister",
        "head of government",
    }
)
# A unit noun that, bare after a title's preposition (« chef d'équipe », "head of team"),
# names a function, not a body. Same name in `fr`/`en`.
CREW_NOUNS: frozenset[str] = frozenset({"team", "crew"})
UNIT_WORDS: frozenset[str] = frozenset(
    {
        "department",
        "division",
        "directorate",
        "bureau",
        "office",
        "unit",
        "service",
        "programme",
        "program",
        "commission",
        "committee",
        "secretariat",
        "agency",
        "institute",
        "centre",
        "center",
        "fund",
        "council",
        "delegation",
        "mission",
        "initiative",
        "alliance",
        "coalition",
        "group",
        "team",
        "hub",
        "platform",
        "network",
        "observatory",
        "board",  # "Chair of its board of directors", as « conseil »
    }
)
ORG_HEAD_WORDS: frozenset[str] = UNIT_WORDS | frozenset(
    {
        "lab",
        "labs",
        "library",  # "the National Library of Haiti" is an institution
        "police",  # "the Haitian National Police", "Director General of the National Police"
        "inspectorate",
        "faculty",
        "academy",
        "college",
        "hospital",
        "clinic",
        "chamber",
        "museum",
        "confederation",
        "organization",
        "organisation",
        "bank",
        "union",
        "ministry",
        "federation",
        "association",
        "society",
        "foundation",
        "authority",
        "company",
        "corporation",
        "court",
        "tribunal",
        "parliament",
        "senate",
        "government",
        "university",
        "school",
        "laboratory",
        "board",
        "conference",
        "community",
        "league",
        "forum",
        "partnership",
        "trust",
        "institution",
    }
)
EVENT_TRIGGERS: frozenset[str] = frozenset(
    {
        "hearing",
        "hearings",
        "meeting",
        "meetings",
        "summit",
        "summits",
        "forum",
        "forums",
        "assembly",
        "assemblies",
        "conference",
        "conferences",
        "launch",
        "visit",
        "signing",
        "ceremony",
        "election",
        "elections",
        "session",
        "workshop",
        "colloquium",
        "seminar",
        "congress",
        "roundtable",
        "round table",
        "dialogue",
        "consultation",
        "consultations",
        "inauguration",
        "day",
        "fair",
        "symposium",
        "retreat",
        "negotiations",
        "cop",
        "mission",
        "talks",
        "briefing",
        "webcast",
        "webinar",
        "cup",  # "Coupe d'Afrique des nations", "World Cup": named only
        "championship",
        "week",
        "festival",
        "exhibition",
        "show",
        "side event",
    }
)
WEAK_EVENT_TRIGGERS: frozenset[str] = frozenset(
    {
        "hearing",
        "hearings",
        "day",
        "mission",
        "dialogue",
        "session",
        "retreat",
        "consultation",
        "consultations",
        "assembly",
        "fair",
        "talks",
        "launch",
        "week",
        "show",
        "exhibition",
    }
)
# Event nouns that name an event only when capitalised: "Africa Climate Week", not "next week".
NAMED_EVENT_TRIGGERS: frozenset[str] = frozenset(
    {
        "week",
        "cup",
        "championship",
        "show",
    }
)
# A government's cabinet named as its meeting, an event when nothing follows that makes
# it a body of its own: "The Council of Ministers met on Thursday".
MEETING_BODIES: tuple[str, ...] = ("council of ministers",)
PARTICIPATE_VERBS: frozenset[str] = frozenset(
    {
        "participate",
        "attend",
        "take",
        "join",
        "gather",
        "bring",
        "host",
        "organize",
        "organise",
        "open",
        "close",
        "chair",
        "co-chair",
        "address",
        "convene",
    }
)
ANNOUNCE_VERBS: frozenset[str] = frozenset({"announce", "unveil", "publish", "present"})
LAUNCH_VERBS: frozenset[str] = frozenset({"launch", "inaugurate", "create", "establish", "set"})
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at"})
# Prepositions after which one capitalised word is a place, never a person ("in Sion";
# French « à » also gives to people). Same name in `fr`.
# A country's departments of portfolios are its ministries ("South Africa's Department
# of Health"; « département » names a territory in French). Same name in `fr`.
DEPARTMENT_HEADS: frozenset[str] = frozenset({"department"})
# See fr.COVER_PREPOSITIONS ("Director for West Africa").
COVER_PREPOSITIONS: frozenset[str] = frozenset({"for"})
# See fr.OWN_KIND_TITLES ("the outgoing Rector").
# See fr.BARE_BOARD_TITLES ("Mr X director").
BARE_BOARD_TITLES: frozenset[str] = frozenset({"director"})
# See fr.COMPANY_BOARD_WORDS ("Board of Directors").
COMPANY_BOARD_WORDS: frozenset[str] = frozenset({"directors", "supervisory", "foundation"})
# The words of a board of member states or governors, whose chair heads no body ("the
# Executive Board of the Organization, chaired by X"). Same name in `fr`.
MEMBERS_BOARD_WORDS: frozenset[str] = frozenset({"executive", "council", "governors"})
OWN_KIND_TITLES: frozenset[str] = frozenset(
    {"rector", "vice-chancellor", "chancellor", "dean", "mayor", "prefect"}
)
# The nouns of the kind of body each of OWN_KIND_TITLES heads: "the Vice-Chancellor"
# of the one university an article names. Same name in `fr`.
OWN_KIND_BODIES: dict[str, frozenset[str]] = {
    "rector": frozenset({"university"}),
    "chancellor": frozenset({"university"}),
    "dean": frozenset({"faculty", "school"}),
    "mayor": frozenset({"municipality", "commune", "city", "town"}),
    "prefect": frozenset({"prefecture"}),
}
# Titles of a territory's head: what follows "of" is a place ("Prefect of | Tône"), never
# a body. Same names in `fr`.
PLACE_HEAD_TITLES: frozenset[str] = frozenset(
    {"prefect", "prefects", "sub-prefect", "mayor", "mayors", "wali", "walis"}
)
# Titles that govern a place, named again by its kind ("the island's Governor"), the
# kinds that name it again, and those of towns among them. Same names in `fr`/`en`.
TOWN_KIND_NOUNS: frozenset[str] = frozenset(
    {"city", "town", "municipality", "village"}
)  # kinds of towns, of PLACE_KIND_NOUNS
PLACE_GOVERNING_TITLES: frozenset[str] = PLACE_HEAD_TITLES | frozenset({"governor", "governors"})
GOVERNED_PLACE_KINDS: frozenset[str] = PLACE_KIND_NOUNS | {"island"}  # "the island's Governor"
PLACE_ONLY_PREPOSITIONS: frozenset[str] = frozenset({"in"})
# The first word of "between X and Y", two places when one is (see fr.BETWEEN_WORDS).
BETWEEN_WORDS: frozenset[str] = frozenset({"between"})
# Compass nouns naming a part of the place after them ("the south of the Andes").
COMPASS_NOUNS: frozenset[str] = frozenset(
    "north south east west north-east north-west south-east south-west".split()
)
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "say",
        "state",
        "declare",
        "add",
        "explain",
        "note",
        "stress",
        "emphasize",
        "emphasise",
        "underline",
        "welcome",
        "tell",
        "conclude",
        "remark",
    }
)
# Words before a written date that add nothing to it ("le 3 juin", "on 3 June"). Same
# names in `fr`.
DATE_LEAD_WORDS: frozenset[str] = frozenset({"the", "on", "in"})
# Participles that put an event to come ("is scheduled for Wednesday", "est prévue
# mercredi"), though past in form. Same names in `fr`.
PLANNED_WORDS: frozenset[str] = frozenset({"scheduled", "planned", "expected", "due", "slated"})
# The relative pronoun that stands for a clause's subject: "X, who succeeds Z". Same
# names in `fr`.
SUBJECT_RELATIVES: frozenset[str] = frozenset({"who"})
# Relative pronouns: a clause they open tells of something else. Same names in `fr`.
RELATIVE_WORDS: frozenset[str] = frozenset({"who", "whom", "whose", "which"})
# Words before a month named alone ("en juin", "scheduled for October"). Same names in `fr`.
MONTH_LEAD_WORDS: frozenset[str] = frozenset({"in", "for"})
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
# Words before an event noun that rank or time it, no part of its name: "the first
# meeting", "the third Africa-CARICOM Summit", "a three-day forum".
EVENT_RANK_WORDS: frozenset[str] = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "next", "last", "previous", "upcoming", "latest", "forthcoming"}
)
WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
# Words that put a bare weekday in the past or to come ("last Friday", "vendredi
# dernier"), before or after it. Same names in `fr`.
PAST_WEEKDAY_WORDS: frozenset[str] = frozenset({"last"})
COMING_WEEKDAY_WORDS: frozenset[str] = frozenset({"next"})
# Relative date words that dateparser understands in this language.
RELATIVE_DATES: tuple[str, ...] = (
    "today",
    "yesterday",
    "tomorrow",
    "next week",
    "last week",
    "next month",
    "last month",
    "next year",
)
# The legal "said" of decrees, before a body named again by its noun, capitalised or
# not ("Director General of the aforementioned Agency"). Same name in `fr`.
SAID_DETERMINERS: frozenset[str] = frozenset({"aforementioned", "aforesaid"})
DETERMINERS: frozenset[str] = (
    frozenset(
        {
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
            "our",
        }
    )
    | SAID_DETERMINERS
)
# Prepositions fused with an article (French "au", "aux"): none in English.
# The kind of a body written as an acronym before its name ("the NGO Green
# Youth"): no word of the name.
KIND_ACRONYMS: frozenset[str] = frozenset({"NGO"})
# Words that praise a body and are never part of its name ("a strong and independent
# Commission"; see fr.PRAISE_WORDS).
PRAISE_WORDS: frozenset[str] = frozenset(
    {"strong", "stronger", "solid", "effective", "efficient", "credible", "robust"}
)
CONTRACTED_PREPOSITIONS: frozenset[str] = frozenset()
CONJUNCTIONS: frozenset[str] = frozenset({"and", "or"})
# Relative pronouns said of people only ("Jean-Claude Ah-Kong, who retires").
PERSON_RELATIVES: frozenset[str] = frozenset({"who", "whom"})
# Portfolio words of ministries, keyed in English (see fr.MINISTRY_DOMAINS).
# Portfolios a title names by one word: the "Foreign Minister" is the Minister of Foreign
# Affairs.
SHORT_PORTFOLIOS: dict[str, str] = {"foreign": "Foreign Affairs"}
MINISTRY_DOMAINS: dict[str, str] = {
    w: w
    for w in (
        "health finance economy budget planning agriculture livestock fisheries education literacy "
        "energy petroleum mines water irrigation electricity environment climate affairs foreign "
        "interior justice labour employment trade industry transport digital communication "
        "solidarity social protection action women family youth sports culture tourism research "
        "higher population humanitarian cooperation development housing urban infrastructure "
        "public basic national dialogue resources "
        "construction mineral minerals natural science technology security home works roads lands "
        "communications telecommunications digital sanitation hygiene veterans armed forces "
        "treasury revenue vocational training technical sustainable transition fisheries forestry "
        "forests wildlife parks tourism arts heritage internal external religious investment "
        "investments planning statistics ecological innovation decentralisation territorial "
        "governance local rural maritime posts crafts integration african sovereignty production "
        "green growth food animal promotion political peace"
    ).split()
} | {
    "defense": "defence",
    "defence": "defence",
    "consumer": "consumer",  # "Consumer Affairs" = « Consommation »
    "supplies": "supplies",  # « Approvisionnements »
    "child": "children",  # "Child Protection" = « Protection de l'enfant »
    "children": "children",
    "labor": "labour",
    "welfare": "social",
    "hydraulic": "water",
    "service": "civil-service",  # "Civil Service", "Public Service"
    "aviation": "aviation",  # "Civil Aviation": "civil" alone is no portfolio
    "finances": "finance",
    "customs": "customs",  # "Director General of Customs" heads its directorate general
    "portfolio": "portfolio",  # "Minister of Portfolio" (DRC): the state's holdings
    "tax": "tax",
    "taxes": "tax",
    "taxation": "tax",
    "transportation": "transport",  # "Ministry of Transportation"
    "economic": "economy",
    "primary": "basic",
    "hydraulics": "water",
    "investments": "investment",
    "minerals": "mineral",
    "forestry": "forests",
    "communications": "communication",
    "internal": "interior",
    "home": "interior",
    "external": "foreign",
    "sea": "maritime",
    "decentralization": "decentralisation",
    "ecology": "ecological",
    "handicrafts": "crafts",
    "scientific": "science",  # "Higher Education and Scientific Research"
    "foresight": "foresight",  # "Economy, Finance and Foresight"
    "disaster": "disaster",  # "Humanitarian Action and Disaster Management"
    "disasters": "disaster",
    "management": "management",
    "risk": "risk",  # "Disaster Risk Management"
    "risks": "risk",
    "merchant": "merchant",  # "Civil Aviation and Merchant Navy" = « Marine marchande »
    "relations": "relations",  # "Relations with Parliament" = « Relations avec le Parlement »
    "colleges": "colleges",  # "Colleges and Universities" (Ontario)
    "universities": "universities",
    "parliament": "parliament",
    "institutions": "institutions",  # "… with Constitutional Institutions"
    "constitutional": "constitutional",
}
# A portfolio's word and the link its complement takes ("Minister of Relations | with |
# Parliament"), which no other title's complement runs over. Same name in `fr`.
PORTFOLIO_LINKS: dict[str, str] = {"relations": "with"}
# "its director general, X", "their chair, X": the role belongs to the organisation just named.
# Words between a possessive and its role ("its newly appointed director").
# A copula between a role and its holder ("whose director general is X").
NAMING_COPULAS: frozenset[str] = frozenset({"is", "was", "will"})
# Subject pronouns that stand for the one person of the sentence before.
PERSONAL_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
# A body's pronoun as a passive's subject ("It is chaired by X"). Same name in `fr`.
BODY_PRONOUNS: frozenset[str] = frozenset({"it"})
# "his predecessor, Z", « son prédécesseur, Z »: a person's possessive and the noun
# naming who held his post before him. Same names in `fr`.
PERSON_POSSESSIVES: frozenset[str] = frozenset({"his", "her"})
PREDECESSOR_NOUNS: frozenset[str] = frozenset({"predecessor"})
# "the outgoing Commissioner General, Ms R, … to her successor, Mr A": A holds what R
# left. Same name in `fr`.
SUCCESSOR_NOUNS: frozenset[str] = frozenset({"successor"})
APPOINTED_WORDS: frozenset[str] = frozenset(
    {"newly", "appointed", "recently", "new", "current", "incoming", "outgoing", "interim"}
)
# Where a programme's name stands beside its common noun: "the Early Warnings for
# All initiative" (before it; French: "l'initiative Alertes précoces pour tous").
PROGRAMME_NAME_AFTER_NOUN = False
# Where a body's name puts its head noun: last in English ("Congo-Ocean Railway
# Operating Company"), first in French (« Société d'exploitation … »). Same name in `fr`.
HEAD_NOUN_LAST = True
# Small words inside a programme's name: "Early Warnings for All". Same name in `fr`.
PROGRAMME_NAME_LINKS: frozenset[str] = frozenset(
    {"for", "and", "of", "by", "the", "to", "in", "on", "&"}
)
# Participles that give a programme its name: "the programme, named Sierra Verde, …".
# Same name in `fr`.
NAMING_PARTICIPLES: frozenset[str] = frozenset({"named", "called", "dubbed", "entitled", "titled"})
# Words around a short name a release defines in brackets: '("the Group")',
# '(hereinafter "Acme")'. Same name in `fr`.
DEFINITION_WORDS: frozenset[str] = frozenset({"the", "hereinafter"})
# Common nouns that stand in apposition for a named programme or initiative:
# "Mission 300, an initiative led by the World Bank".
PROGRAMME_NOUNS: frozenset[str] = frozenset(
    {
        "initiative",
        "programme",
        "program",
        "project",
        "consortium",
        "coalition",
        "partnership",
        "alliance",
        "platform",
        "mechanism",
        "network",
        "campaign",
        "facility",
        "fund",
        "instrument",  # "the Global Europe instrument", a financing programme
    }
)
# Common nouns standing for a body named before ("the agency's head").
# A company named by its common noun alone after a title ("chief executive of the
# group"): the company the article is about.
COMPANY_NOUNS: frozenset[str] = frozenset(
    {"group", "company", "firm", "bank", "operator", "subsidiary", "airline", "carrier", "insurer"}
)
# Trade words a company's name ends on ("Endeavour Mining", "Kenya Airways"): such a name
# read as a person's is a company.
COMPANY_NAME_ENDS: frozenset[str] = frozenset(
    "mining telecom telecoms telecommunications airways airlines motors holdings petroleum "
    "cement resources technologies pharmaceuticals logistics minerals insurance partners "
    "capital".split()
)
BODY_NOUNS: frozenset[str] = frozenset(
    {
        "union",  # "l'Union" for "l'Union africaine"
        "company",
        "utility",
        "firm",
        "group",
        "agency",
        "bank",
        "fund",
        "organisation",
        "organization",
        "institution",
        "federation",
        "operator",
        "regulator",
        "body",
        "charity",
        "university",
        "council",
        "hospital",
        "port",
        "court",
        "commission",
        "authority",
        "exchange",  # "the Exchange's headquarters": the stock exchange named before
    }
)
POSSESSIVES: frozenset[str] = frozenset({"its", "their"})
# Names that begin like an event but name a body or a policy field.
NON_EVENT_NAMES: tuple[str, ...] = (
    "national assembly",
    "legislative assembly",
    "provincial assembly",  # the legislatures of provinces, regions and counties
    "regional assembly",
    "county assembly",
    "constituent assembly",
    "general assembly of the united nations",
    "social dialogue",
    "permanent mission",
    "working day",
    "parliamentary assembly",  # the Council of Europe's, NATO's: bodies
    "standing conference",  # "Standing Conference of the Ministers of Education"
    "permanent conference",
    "episcopal conference",  # a country's bishops, as a body
    "bishops' conference",
    "bishops’ conference",
    "conference of bishops",
    "conference of catholic bishops",
    "conference of rectors",
)
# Phrases before a title whose holder is not the one named after it ("the
# representative of the Minister of X, Mr Y": Y represents the minister; not "on behalf
# of the Minister of X, Mr Y", who is the minister). Same name in `fr`.
STANDING_IN_PHRASES: tuple[str, ...] = ("representative of", "representatives of")
# Ranks holding a title's word, no title of a body ("Divisional Commissioner X"); also
# in HONORIFICS. Same name in `fr`.
RANK_TITLES: tuple[str, ...] = (
    "divisional commissioner",
    "chief superintendent",
    "police controller general",
    "controller general of police",
)
# See fr.RANKS_BEFORE_NAMES; in English "Comptroller-General X" is the holder's title.
RANKS_BEFORE_NAMES: frozenset[str] = frozenset()
# See fr.DISMISSAL_PHRASES: "terminated the appointment of | Mr X as Director General".
DISMISSAL_PHRASES: tuple[str, ...] = tuple(
    f"{verb} {what} of"
    for verb in ("terminated", "terminating", "ended", "ending", "revoked", "revoking")
    for what in ("the appointment", "the appointments", "the functions", "the duties")
) + ("dismissed", "dismissing", "sacked", "removed from office", "the resignation of")
# See fr.ENDED_OFFICE_PHRASES ("terminated with immediate effect | the appointment of |
# the Managing Director, X").
ENDED_OFFICE_PHRASES: tuple[str, ...] = (
    "the appointment of",
    "the functions of",
    "the resignation of",  # "after the resignation of | the airline's CEO, X"
    "the departure of",
)
# What a holder is removed from (by one of REMOVAL_VERBS), between his name and the
# title he held: "removed X | from his post as | Managing Director of Y", "X was
# relieved | from his duties as …" (status former). Same names in `fr`.
REMOVED_FROM_PHRASES: tuple[str, ...] = tuple(
    f"from {pronoun} {what} as"
    for pronoun in ("his", "her")
    for what in ("post", "position", "duties", "functions", "office")
)
REMOVAL_VERBS: frozenset[str] = frozenset(
    {"removed", "relieved", "dismissed", "suspended", "sacked", "ousted", "discharged"}
)
# The words between a replaced holder and the post he held ("X succeeds Z | as | head of
# Y", « X succède à Z | au poste de | directeur de Y »). Same name in `fr`.
SUCCESSION_POST_PHRASES: tuple[str, ...] = ("as",)
# "appointed managing director of Y to replace Z", "X succeeds Z as head of Y".
REPLACEMENT_PHRASES: tuple[str, ...] = (
    "to replace",
    "replacing",
    "replaces",
    "succeeds",
    "succeeding",
    "succeeded",
    "succeed",
    "replaced",
    "took over from",
    "take over from",
    "in succession to",
    "taking over from",
    "takes over from",
    # the holder before an interim: "acting Managing Director since the resignation of Z"
    "since the resignation of",
    "since the departure of",
    "following the resignation of",
    "following the departure of",
)
# Words that make a part of a place of a place's name ("Northern Nigeria").
COMPASS_WORDS: frozenset[str] = frozenset(
    "north south east west northern southern eastern western central upper lower "
    "greater north-east north-west south-east south-west northeast northwest southeast "
    "southwest mid middle rural coastal".split()
)
# Names of a body's board, each as the one word its key reads (see fr.BOARD_NAMES):
# "Executive Board of the IMF" = "Conseil d'administration du FMI".
BOARD_NAMES: dict[str, str] = {
    "board of executive directors": "Board",
    "board of directors": "Board",
    "executive board": "Board",
    "board of governors": "Board of Governors",
    "governing council": "Board of Governors",  # IFAD's, UN-Habitat's: its members' body
    "board of trustees": "Board of Trustees",
    "supervisory board": "Supervisory Board",
    "foundation board": "Foundation Board",  # a Swiss foundation's « conseil de fondation »
    "management board": "Management Board",  # « directoire »
}
# See fr.BOARD_OWNER_KINDS ("Chair of the Foundation Board": the foundation's).
BOARD_OWNER_KINDS: frozenset[str] = frozenset({"foundation"})
# Company legal forms after a name: "OCP SA" is OCP ("OCP SA" = "OCP").
LEGAL_FORMS: frozenset[str] = frozenset(
    {"plc", "ltd", "limited", "inc", "llc", "corp", "sa", "ag", "nv", "bv"}
)
# Adjectives of continents and regions in names, as the place's English name in the
# knowledge base: "NDB Africa Regional Centre" = "Centre régional africain de la NDB".
PLACE_ADJECTIVES: dict[str, str] = {
    "african": "Africa",
    "european": "Europe",
    "asian": "Asia",
    "mediterranean": "Mediterranean",
    "sahelian": "Sahel",
    "maghrebi": "Maghreb",
    "caribbean": "Caribbean",
}
# Spelling variants of institutional words, mapped to one form (see fr.NAME_WORDS).
NAME_WORDS: dict[str, str] = {
    "bureau": "office",  # as the French "bureau"
    "safety": "security",  # « sécurité routière » = "road safety"
    "hydraulic": "water",  # « l'hydraulique » is the water-supply sector (see fr.NAME_WORDS)
    "hydraulics": "water",  # "Directorate of Hydraulics" = « Direction de l'hydraulique »
    "territorial": "territory",  # "Territorial Administration" = « … du territoire »
    "taxation": "tax",  # "Directorate General of Taxation" = « … des impôts »
    "organising": "organisation",  # "Local Organising Committee" = "Comité local d'organisation"
    "organizing": "organisation",
    "center": "centre",
    "central": "centre",  # "West and Central Africa" = "l'Afrique de l'Ouest et du Centre"
    "oriental": "east",  # "Oriental Region" is the French "Région de l'Oriental"
    # compass adjectives as their nouns: "Western and Central Africa" (WFP) =
    # "West and Central Africa" = "l'Afrique de l'Ouest et du Centre"
    "advancement": "promotion",  # "Ministry for the Advancement of Women"
    "coordinating": "coordination",
    "commission": "committee",  # see fr.NAME_WORDS
    "commissions": "committees",
    "crafts": "handicraft",  # "Chambre de commerce, d'industrie et d'artisanat"
    "agronomic": "agriculture",  # "agronomique"
    "farming": "agriculture",  # "agriculture familiale" = "family farming"
    "young": "youth",  # "jeunes entrepreneurs" = "young entrepreneurs"
    "meteorological": "meteorology",  # "météorologie" and "météorologique" alike
    "agricultural": "agriculture",  # "agricole" and "de l'agriculture" alike
    "forestry": "forest",  # "Office national des forêts" = "National Forestry Office"
    "western": "west",
    "eastern": "east",
    "southern": "south",
    "northern": "north",
    "regional": "region",  # "Regional Council" = "Conseil de la Région"
    "defense": "defence",
    "immunisation": "immunization",
    "labor": "labour",
    "organization": "organisation",
    "program": "programme",
    "centers": "centres",
    "dialog": "dialogue",
    "decentralization": "decentralisation",
    "harmonization": "harmonisation",
    "mobilization": "mobilisation",
    "modernization": "modernisation",
    "organizations": "organisations",
    "pediatric": "paediatric",
    "privatization": "privatisation",
    "programs": "programmes",
    "specialized": "specialised",
    "stabilization": "stabilisation",
    "standardization": "standardisation",
    "theater": "theatre",
    # Two usual English words for one French word: "Chamber of Commerce" but "Ministry
    # of Trade" (both "commerce"), "Superior Court" and "Higher Council" (both "supérieur"),
    # "Regulatory Authority" (an "autorité de régulation").
    "commerce": "trade",
    "consultative": "advisory",  # "Consultative Committee" = "Advisory Committee" ("consultatif")
    "regulatory": "regulation",
    "superior": "higher",
    "magistracy": "judiciary",  # "Conseil supérieur de la magistrature"
    "child": "children",  # "Protection de l'enfant" = "Child Protection"
    # French feature nouns kept in English names: "Cap Bon", "Mont Faron", "Lac Rose"
    "cap": "cape",
    "mont": "mount",
    "lac": "lake",
    "global": "world",  # "Global Fund" = "Fonds mondial", "Global Alliance" = "Alliance mondiale"
    "upper": "high",  # "Upper Guinea" = "Haute-Guinée"
    "greater": "great",  # "Greater Tunis" = "Grand Tunis", "Greater Accra" = "Grand Accra"
    "standing": "permanent",  # "Standing Conference" = "Conférence permanente"
    "transportation": "transport",
    # « élargi »: "Extended Credit Facility" (« Facilité élargie de crédit »), "Enlarged Bureau"
    "extended": "expanded",
    "enlarged": "expanded",
    "power": "energy",  # "Electric Power Company" = "Société … d'énergie électrique"
    "sub-committee": "sub-committee",  # one word, as the French "sous-comité"
    "subcommittee": "sub-committee",
    "co-financing": "co-financing",
    "cofinancing": "co-financing",
}
# Phrases of names read as other words for their key (see fr.NAME_PHRASES).
NAME_PHRASES: dict[str, str] = {
    **BOARD_NAMES,
    "to fight": "Control",  # "Global Fund to Fight AIDS" = "… de lutte contre le sida"
    # "University Hospital Centre" = « Centre hospitalier universitaire »
    "hospital centre": "Hospital",
    "hospital center": "Hospital",
    "energy conservation": "Energy Conservation",
    "public procurement": "Procurement",
    "urban planning": "Urbanism",
    "livestock farmers": "Breeders",
    "livestock breeders": "Breeders",
    "court of auditors": "Audit Court",  # "Cour des comptes"
    "court of accounts": "Audit Court",
    "keeper of the seals": "Seals",  # "garde des Sceaux"
    "fight against": "Control",  # "lutte contre"
    "social insurance": "Social Security",  # "Caisse nationale de sécurité sociale"
    "red cross": "Croix-Rouge",  # one key word, as "Croix-Rouge" keys
    "red crescent": "Croissant-Rouge",
    # a "syndicat" ("Confédération syndicale internationale")
    "trade union": "Union",
    "trade unions": "Unions",
}
