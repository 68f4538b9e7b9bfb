"""`newsgraph_entities`: the model's entities, made ours.

- model labels mapped onto PER/ORG/LOC (EVENT is left to `newsgraph_events`);
- honorifics and titles stripped from people's names ("Sa Majesté le Roi");
- role phrases never kept as organisations ("ministre de la Santé");
- knowledge-base names and acronyms (OMS, World Bank …) tagged with their
  Wikidata id, replacing shorter or overlapping model guesses;
- governments named by a demonym ("le Gouvernement japonais");
- acronym definitions, "Long Form (ACR)" and "ACR (Long Form)", typed from
  their long form, stored in `doc._.acronyms`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from extractor.acronyms import ACRONYMS_KEY, TERMS_KEY
from extractor.components.util import (
    TITLE_ABBREVIATIONS,
    PhraseEnds,
    caps_words,
    grade_named,
    hyphen_joins,
    in_order,
    initials_fit,
    is_titled_word,
    lower_tuples,
    lowers,
    match_at,
    match_before,
    non_overlapping,
    participles,
    positions,
    sentence_of,
    title_words,
    with_curly_apostrophes,
)
from extractor.kb import KBEntry, KnowledgeBase, load_kb
from extractor.kb.names import is_common_word, singular, strip_accents
from extractor.kb.patterns import ARTICLES, pattern_exclusions
from extractor.kb.places import (
    is_town,
    language_names,
    subdivision_code,
    subdivision_names,
    town_country,
)
from extractor.lang import SUPPORTED, get_lang_data, in_both_languages, is_body_head, title_starts

# Offices of a larger body, named after it: "Bureau régional de l'OMS pour …".
UNIT_HEADS = frozenset(
    {
        "bureau",
        "bureaux",
        "office",
        "offices",
        "délégation",
        "delegation",
        "ambassade",
        "embassy",
        "conseil",
        "comité",
        "committee",
        "institut",
        "institute",
        "représentation",
        "mission",
        "secrétariat",
        "secretariat",
        "direction",
        "département",
        "department",
        "parlement",  # "Parlement | de Wallonie"
        "parliament",
        "équipe",  # "l'Équipe d'appui régionale de l'ONUSIDA pour …"
        "team",
    }
)
# Unit nouns the model leaves untagged when written apart from their body.
UNTAGGED_UNIT_HEADS = UNIT_HEADS | frozenset(
    {"pôle", "hub", "division", "unit", "unité", "cellule", "centre", "center", "commission"}
)
# Unit nouns named by a lower-case complement before their body ("le Centre
# d'investissement de la FAO"); committees and councils so named are boards and
# working groups, not standing units.
COMPLEMENTED_UNIT_HEADS = frozenset(
    {"centre", "center", "division", "direction", "département", "department", "service"}
    | {"sous-comité", "sous-commission", "sous-direction"}
)
# Countries' names that are also people's names ("Michael Jordan", "Tom Holland").
PEOPLE_S_COUNTRIES = frozenset(
    {"jordan", "france", "holland", "england", "israel", "wales", "chad", "georgia", "india"}
    | {"china", "kenya", "lebanon", "salvador"}
)
# English unit nouns ending a unit's name before its body ("the Agronomic Research
# Centre | of the University of Ouagadougou").
# The last word of a general secretary's title (« secrétaire général(e) », "Secretary
# General"), before the institution it serves.
SECRETARY_GENERAL_ENDS = frozenset({"général", "générale", "general", "secrétaire-général"})
# Bodies named after their members' trade ("National Union of Health Workers"), not a
# council of ministers (a meeting) or a committee.
MEMBERS_BODY_NOUNS = frozenset(
    {"union", "association", "federation", "confederation", "syndicate", "guild", "order"}
    | {"syndicat", "fédération", "confédération", "ordre", "chamber", "chambre"}
)
# Legal forms that are common words in lower case (« sa » is a possessive).
LOWER_CASE_WORD_FORMS = frozenset({"sa", "sas", "limited", "ag"})
ENGLISH_UNIT_ENDS = frozenset({"centre", "center", "division", "unit"})
# English body nouns the model leaves untagged before 'of' and a place ("the
# Autonomous Port of Dakar").
PLACE_BODY_HEADS = frozenset({"port", "authority", "agency", "fund", "office", "company"})
EMBASSY_HEADS = frozenset({"embassy", "consulate"})
# English head nouns ending a named institution that its town's name may follow
# ("Cheikh Anta Diop University of Dakar" = "Université Cheikh Anta Diop de Dakar").
SEATED_HEADS = frozenset({"university", "hospital", "polytechnic", "college"})
# Kinds of known bodies whose members are named by their seat ("Institut Pasteur de
# Dakar", "Croix-Rouge de Belgique"); an intergovernmental body's office is a unit.
BRANCHED_KINDS = frozenset({"ngo", "foundation"})
# Unit nouns that end an English unit's name after its body ("WFP Regional Bureau").
UNIT_WORDS_AFTER_BODY = frozenset(
    {"office", "bureau", "hub", "team", "division", "directorate", "centre", "center", "unit"}
    | {"secretariat"}  # "the ECOWAS Executive Secretariat"
)
# Small words inside a body's name after its kind ("Aide et Action", "Save the
# Children", "Action contre la Faim").
NAME_INNER_WORDS = frozenset({"et", "and", "&", "the", "contre", "la", "sans", "without"})
OF_WORDS = frozenset({"de", "du", "des", "d'", "d’", "of"})
FOR_WORDS = frozenset({"pour", "for"})
DASHES = frozenset({"-", "–", "—"})
# Words between an appointee's name and the title given ("named X as …", "X au poste de").
APPOINTEE_LINKS = frozenset({"as", "comme", ",", "au", "à", "to"})
# Currencies the model takes for bodies ("20 milliards de francs CFA").
CURRENCY_CODES = frozenset(
    {"CFA", "FCFA", "F CFA", "CFAF", "XOF", "XAF"}
    # ISO 4217 codes written before amounts ("a CAD 2.5 million agreement"); not MAD or
    # SAR, words and names of their own as well
    | {"USD", "EUR", "GBP", "CAD", "CHF", "JPY", "CNY", "ZAR", "NGN", "KES", "GHS", "TND"}
    | {"EGP", "AUD", "INR"}
)
# Nouns of a body's office, in both languages (a "mission" may be a visit).
OFFICE_NOUNS = frozenset(
    {"office", "bureau", "delegation", "délégation"} | {"sous-bureau", "sub-office"}
)
# Offices in a town rather than a country: « le sous-bureau du HCR à Abéché ».
TOWN_OFFICE_NOUNS = frozenset({"sous-bureau", "sub-office"})
WHERE_WORDS = frozenset({"pour", "à", "au", "aux", "en", "dans", "for", "to", "in"})
AND_WORDS = frozenset({"et", "and"})
# Words no name ends on: the model's span ran on into what follows it.
DANGLING_WORDS = OF_WORDS | WHERE_WORDS | frozenset({"sur", "on", "with", "avec"})
# Compass adjectives may end a coordination in lower case ("orientale et australe").
COMPASS_ADJECTIVE_ENDINGS = ("al", "ale", "ales", "aux", "ern")
COVER_WORDS = frozenset({"pour", "for"})
# A team covers a place ("… Support Team for West and Central Africa") but sits
# in another ("the United Nations Country Team | in Timor-Leste").
TEAM_WORDS = frozenset({"team", "équipe"})
MINISTRY_HEADS = frozenset({"ministère", "ministry", "département", "department", "secrétariat"})
# Heads of a country's own bodies, which have no branches abroad named after a country.
NATIONAL_HEADS = MINISTRY_HEADS | frozenset({"gouvernement", "government"})
TREASURY_WORDS = frozenset({"trésor", "treasury"})  # a portfolio word that is a body too
LINK_WORDS = frozenset(
    {"de", "du", "des", "d'", "la", "l'", "et", "of", "the", "and", "for", "pour", "&"}
)
# Words between a woman's own name and her husband's, written in either language
# ("Clarisse Ngo Bikoï épouse Essomba", "Jane Doe née Smith").
MARRIED_NAME_WORDS = frozenset({"épouse", "ép.", "née", "veuve"})
NAME_PARTICLES = (
    frozenset(
        {
            "de",
            "da",
            "del",
            "della",
            "van",
            "von",
            "der",
            "ben",
            "bin",
            "al",
            "el",
            "ould",
            "ag",
            "dos",
            "das",
            "du",
            "la",
            "le",
            "y",
            "e",
        }
    )
    | MARRIED_NAME_WORDS
)
ACRONYM_RE = re.compile(r"^(?=(?:.*[A-ZÀ-Ý]){2})[A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&\-]{1,11}$")
ISO_PREFIX = "iso:"  # a subdivision by its ISO 3166-2 code: "iso:CA-ON"
GOVERNMENT_KB_PREFIX = "gov:"
THE_GOVERNMENT = GOVERNMENT_KB_PREFIX + "*"  # of the article's country, known at assembly
INSTITUTION_KB_PREFIX = "inst:"  # "inst:national-assembly:Q1032", "inst:presidency:*"
PLACE_KINDS = frozenset({"city", "capital", "region"})  # places that are no country


@dataclass
class AcronymPair:
    short: Span
    long: Span


def _joined_pairs(spans: list[Span], joins: Callable[[Span, Span], bool]) -> list[Span]:
    """Spans in order, each that `joins` the one before it made one body with it."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        first = out[-1] if out else None
        if first is not None and joins(first, span):
            out[-1] = Span(span.doc, first.start, span.end, label="ORG")
            continue
        out.append(span)
    return out


def _register_extensions() -> None:
    if not Doc.has_extension("acronyms"):
        Doc.set_extension("acronyms", default=None)
    if not Doc.has_extension("owners"):
        Doc.set_extension("owners", default=None)


@Language.factory(
    "newsgraph_entities",
    assigns=["doc.ents", "doc._.acronyms", "doc._.owners"],
    requires=["doc.ents"],
)
def make_entities(nlp: Language, name: str) -> EntityNormaliser:
    return EntityNormaliser(nlp)


@lru_cache(maxsize=1)
def _name_vocabulary() -> frozenset[str]:
    """The common English and French words of bodies' names the glossaries know
    ("statistics", "demography", "solidarity"), singular, in lower case."""
    words: set[str] = set()
    for lang in SUPPORTED:
        data = get_lang_data(lang)
        for table in (data.NAME_WORDS, data.MINISTRY_DOMAINS):
            words |= set(table) | set(table.values())
    return frozenset(singular(w) for w in words if w.isalpha())


class EntityNormaliser:
    def __init__(self, nlp: Language) -> None:
        _register_extensions()
        self.data = get_lang_data(nlp.lang)
        self.kb = load_kb()
        self.honorifics = lower_tuples(self.data.HONORIFICS, nlp.tokenizer)
        self.titles = {h for h in self.data.HONORIFICS if " " not in h}
        self.abroad = lower_tuples(self.data.ABROAD_PHRASES, nlp.tokenizer)
        # minister-like role words whose complement is a portfolio, not a body
        self.role_heads_lower = {r for r in self.data.MINISTRY_ROLES if " " not in r}
        self.role_starts = title_starts(self.data)
        self.role_words = {
            w for role in self.data.ROLE_HEADS for w in role.replace("-", " ").split()
        }
        # "Dean" is a first name as often
        self.one_word_titles = {r for r in self.data.ROLE_HEADS if " " not in r} - {"dean"}
        # words dating a title ("outgoing", "current"), and those with an acting one's
        self.dated_words = self.data.FORMER_WORDS | self.data.CURRENT_WORDS
        self.status_words = self.dated_words | self.data.INTERIM_WORDS
        self.matchers = _kb_matchers(nlp, self.kb.patterns(nlp.lang))
        self.body_heads = in_both_languages("ORG_HEAD_WORDS")
        # the last words of the titles that lead ("officer", "général"): what follows
        # their "of" is the body led. Not a title's own complement ("head of | state",
        # « chef du | gouvernement »), nor a body's or a place's noun
        # last words of a company head's titles ("président-directeur général", "CEO")
        self.company_title_ends = {
            role.replace("-", " ").split()[-1]
            for role, (role_class, _) in self.data.ROLE_HEADS.items()
            if role_class == "chief_executive"
        }
        # last words of the titles of a body's head, its chair left out ("director
        # general", "chief executive officer", "secretary-general")
        self.body_title_ends = {
            role.replace("-", " ").split()[-1]
            for role, (role_class, _) in self.data.ROLE_HEADS.items()
            if role_class in ("chief_executive", "director", "secretary_general")
        }
        self.kind_acronyms = {k.lower() for k in self.data.KIND_ACRONYMS}  # "ONG", "NGO"
        self.company_ends = in_both_languages("COMPANY_NAME_ENDS")
        self.legal_forms = in_both_languages("LEGAL_FORMS")
        self.head_title_starts = {
            role.replace("-", " ").split()[0]
            for role, (_, predicate) in self.data.ROLE_HEADS.items()
            if predicate == "LEADS"
        }
        self.head_title_ends = {
            words[-1]
            for role, (_, predicate) in self.data.ROLE_HEADS.items()
            if predicate == "LEADS"
            for words in [role.replace("-", " ").replace("'", "' ").split()]
            if not any(w in OF_WORDS for w in words[:-1])
            and not is_body_head(words[-1], self.body_heads)
            and words[-1] not in self.data.PLACE_KIND_NOUNS
        }
        # an acronym's long form may also open on a noun that names a body only
        # with it ("Port autonome de San-Pedro (PASP)")
        self.acronym_heads = in_both_languages("ORG_HEAD_WORDS", "BODY_NOUNS", "PROGRAMME_NOUNS")
        self.calendar = frozenset(self.data.MONTHS) | frozenset(self.data.WEEKDAYS)
        self.name_vocabulary = _name_vocabulary()
        self.source_words = [[t.lower_ for t in nlp.make_doc(p)] for p in self.data.SOURCE_WORDS]
        self.replacement_ends = PhraseEnds(
            list(lower_tuples(self.data.REPLACEMENT_PHRASES, nlp.tokenizer))
        )
        # words after a country that make no body's name with it: days, features, events
        # (in both languages: "DRC Mining Week" in a French text)
        self.not_brand_words = self.calendar | in_both_languages(
            "FEATURE_NOUNS_AFTER", "EVENT_TRIGGERS"
        )
        self.title_phrases = [[t.lower_ for t in nlp.make_doc(p)] for p in self.data.TITLE_PHRASES]
        self.boards = lower_tuples(with_curly_apostrophes(self.data.BOARD_NAMES), nlp.tokenizer)
        self.programme_nouns = in_both_languages("PROGRAMME_NOUNS")
        self.facility_nouns = in_both_languages("FACILITY_NOUNS")
        self.feature_nouns = in_both_languages("FEATURE_NOUNS_BEFORE")
        self.institutions = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase, key in self.data.NATIONAL_INSTITUTIONS.items():
            self.institutions.add(key, [nlp.make_doc(phrase)])
        self.portfolio_words = {w.lower() for w in self.data.MINISTRY_DOMAINS}
        self.lead_participles = participles(self.data.LEAD_VERBS, self.data.PARTICIPLE_ENDINGS)
        # word sets the rules test token after token, built once
        self.place_prepositions = self.data.PLACE_PREPOSITIONS | {"in", "at", "near", "from", "to"}
        self.kind_links = self.data.ROLE_PREPOSITIONS | self.data.DETERMINERS
        self.long_form_heads = self.data.ORG_HEAD_WORDS - self.data.EVENT_TRIGGERS
        # a body named in the other language before its acronym ("the Société nationale
        # d'électricité du Burkina (SONABEL)" in English)
        other = get_lang_data("en" if nlp.lang == "fr" else "fr")
        self.cut_form_heads = self.long_form_heads | (other.ORG_HEAD_WORDS - other.EVENT_TRIGGERS)
        # "in charge of", « chargé de »: what opens a title's portfolio after its noun
        self.charges = lower_tuples(self.data.CHARGE_PHRASES, nlp.tokenizer)

    def __call__(self, doc: Doc) -> Doc:
        spans = [s for s in (self._ours(ent) for ent in doc.ents) if s is not None]
        spans = self._join_hyphenated([part for s in spans for part in self._split_list(s)])
        spans = [self._extend_person(self._extend_name(self._trim(s))) for s in spans]
        spans = [_with_word_before_and(_over_trailing_and(s)) for s in spans]
        spans = self._head_noun_joined(spans)
        spans = [self._with_demonym_after(self._with_of_words(self._with_topic(s))) for s in spans]
        spans = self._joined_at_for(self._joined_at_and(spans))
        spans = _join_particles(_with_name_openers(spans))
        spans = _join_adjacent_people(self._first_names_after_title(spans))
        spans = self._surnames_read_as_places(spans)
        spans = _named_after_people(spans)
        spans = [s for s in spans if len(s) and self._keep(s) and not self._language_name(s)]
        spans = [self._titled_misfit(self._by_context(s)) for s in spans]
        spans = [s for s in (self._without_portfolio(s) for s in spans) if s is not None]
        spans = [part for s in spans for part in self._country_then_person(s)]
        spans = [part for s in spans for part in self._body_title_person(s)]
        spans = spans + self._titled_names(doc, spans) + self._determined_acronyms(doc, spans)
        spans = self._surnames_read_as_places(spans)  # "Ms Nathalie Adjoua | Méledje": again
        spans = spans + self._appointed_names(doc, spans) + self._bracketed_brands(doc, spans)
        spans = spans + self._bracketed_caps_phrases(doc, spans)
        spans = spans + self._subject_names(doc, spans) + self._named_after_kind(doc, spans)
        spans = self._companies_named_by_noun(doc, spans)
        spans = self._named_facilities(doc, spans)
        spans = spans + self._names_after_titles(doc, spans) + self._ranked_bodies(doc, spans)
        spans = spans + self._names_after_demonyms(doc, spans)
        spans = spans + self._bodies_after_titles(doc, spans)
        spans = spans + self._places_after_titles(doc, spans)
        spans = spans + self._places_after_kinds(doc, spans)
        spans = spans + self._holders_after_title_places(doc, spans)
        spans = spans + self._defined_acronyms(doc, spans) + self._untagged_ministries(doc, spans)
        spans = spans + self._untagged_regions(doc, spans) + self._untagged_units(doc, spans)
        spans = self._named_programmes(doc, spans + self._untagged_features(doc, spans))
        national = self._governments(doc) + self._institutions(doc)
        dateline = self._dateline(doc, spans)  # first: it drops the model's spans there
        spans, covered = self._prefer_kb(doc, spans + national + dateline)
        if terms := doc.user_data.get(TERMS_KEY, ()):  # "président du conseil (PCA)": a
            spans = [s for s in spans if s.text not in terms]  # title's, no body's
            covered = [s for s in covered if s.text not in terms]
        spans = [self._holder_after_title_place(s, spans) for s in spans]
        ports = {s: _autonomous_port(s) for s in spans}
        spans = list(ports.values())
        known = [s for s in spans + covered if s.label_ == "ORG" and s.kb_id_]
        known += [town for town, port in ports.items() if port is not town]  # "Dakar | …"
        spans, places = self._lower_case_offices(doc, spans)
        known += places  # "bureau de l'OMS | au Maroc": the country is named too
        spans = self._country_prefixed(spans)
        spans = self._units_after_bodies(self._ministry_left(self._branches(spans)))
        spans = [part for s in spans for part in self._ministry_country_apart(s)]
        spans = [part for s in spans for part in self._body_noun_and_region(s)]
        spans = [part for s in spans for part in self._region_of_body_noun(s)]
        spans = self._boards(doc, self._board_owners(doc, spans))
        spans = self._national_bodies(doc, self._seated_branches(doc, spans))
        spans = self._untagged_bodies_of_places(doc, spans)
        spans = self._coordinated_regions(self._with_coordinated_compass(spans))
        spans, joined = self._join_units(spans)
        spans = self._natural_features(spans)
        spans, pairs = self._acronyms(doc, spans)
        spans = [part for s in spans for part in self._headline_split(s)]
        # "the CPI" after "price index (CPI)"
        spans = [s for s in spans if s.text not in terms] if terms else spans
        # on equal extent, the span carrying a knowledge-base id wins
        final = non_overlapping(sorted(spans, key=lambda s: (s.start, -len(s), not s.kb_id_)))
        doc.ents = final
        doc._.acronyms = pairs
        known += joined  # "Institut … de | l'Université Tsinghua": mentions of their own
        owners = self._owners_inside(final, known) if known else []
        doc._.owners = owners + self._board_bodies(final, owners)
        return doc

    def _surnames_read_as_places(self, spans: list[Span]) -> list[Span]:
        """'Mr. Ahmed Said | Boina |': one unknown capitalised word the model took for a
        place, right after a person's name, is the name's last word."""
        out: list[Span] = []
        for span in sorted(spans, key=lambda s: s.start):
            last = out[-1] if out else None
            if last is not None and last.label_ == "PER" and self._surname_place(last, span):
                out[-1] = Span(span.doc, last.start, span.end, label="PER")
            else:
                out.append(span)
        return out

    def _surname_place(self, person: Span, span: Span) -> bool:
        if span.label_ != "LOC" or span.start != person.end or len(span) != 1 or span.kb_id_:
            return False
        return len(person) + 1 <= MAX_NAME_TOKENS and unknown_place_word(span[0], self.kb)

    def _board_bodies(self, spans: list[Span], owners: list[Span]) -> list[Span]:
        """The body a board is named with ('Board of Directors of | Ecobank', "Safaricom
        | 's Board", "Conseil d'administration de la | Sonatel"): a mention of its own,
        so that a title the board gives leads the body."""
        bodies = []
        for span in spans:
            body = self._board_body(span) if span.label_ == "ORG" else None
            if body is not None and not any(_overlaps_any(body, [o]) for o in owners):
                bodies.append(body)
        return bodies

    def _board_body(self, span: Span) -> Span | None:
        doc = span.doc
        for i in range(span.start, span.end):
            n = self.boards.match_at(doc, i)
            if not n:
                continue
            j = i + n
            if j < span.end and doc[j].lower_ in OF_WORDS:  # "Board of Directors of X"
                j += 1
                while j < span.end and doc[j].lower_ in self.data.DETERMINERS:
                    j += 1
                return Span(doc, j, span.end, label="ORG") if j < span.end else None
            if i > span.start and j == span.end:  # "X('s) Executive Board"
                end = i - 1 if doc[i - 1].lower_ in ("'s", "’s") else i
                return Span(doc, span.start, end, label="ORG") if end > span.start else None
            return None
        return None

    def _owners_inside(self, spans: list[Span], known: list[Span]) -> list[Span]:
        """Known bodies named inside a unit's name ('the Board of Directors of the
        African Development Bank Group'): mentions of their own, beside the unit.
        Not a network inside its member's name ('Institut Pasteur de Dakar')."""
        units = [e for e in spans if e.label_ == "ORG" and not e.kb_id_ and len(e) > 1]
        return [
            k
            for k in known
            if any(self._owner_in_unit(k, u) for u in units)
            and getattr(self.kb.get(k.kb_id_), "kind", None) not in BRANCHED_KINDS
        ]

    def _owner_in_unit(self, known: Span, unit: Span) -> bool:
        """The known body opens the unit's name ("WHO Regional Office") or follows its
        "of" ("Board of Directors of | the AfDB") or an "and" the model ran over: not the
        tail of a longer name
        ("Agricultural Development | Bank of Ghana" is no Bank of Ghana's unit)."""
        if not (unit.start <= known.start and known.end <= unit.end and len(unit) > len(known)):
            return False
        doc, k = known.doc, known.start - 1
        if k > unit.start and doc[k].lower_ in self.data.DETERMINERS - OF_WORDS:
            k -= 1  # "of | the AfDB"; « du HCR » is its own "of"
        return known.start == unit.start or doc[k].lower_ in OF_WORDS | self.data.CONJUNCTIONS

    # --- model entities -------------------------------------------------
    def _ours(self, ent: Span) -> Span | None:
        """Map one model entity onto our types, or drop it."""
        label = self.data.LABEL_MAP.get(ent.label_)
        if (ticker := _ticker_start(ent)) is not None:
            # "(TSX: MBS)": the exchange is a body, the symbol no name
            return Span(ent.doc, ticker, ticker + 1, label="ORG") if ent.start == ticker else None
        if label in ("ORG", "LOC") and self._is_role(ent):
            return self._place_of_role(ent) or self._body_of_role(ent)
        if label == "ORG" and grade_named(ent, self.data):
            return None  # "Divisional Police | Commissioner": a grade, no body
        stripped = self._strip_honorifics(ent) if not self._inside_honorific(ent) else None
        if stripped is None or (stripped.start != ent.start and stripped[0].is_lower):
            return None  # "président | de la Cour": a title and its complement, no name
        if stripped.start != ent.start and len(stripped) > 1 and stripped[-1].lower_ in OF_WORDS:
            stripped = stripped[:-1]  # "Ms Anita Kiki Gbeho | of Ghana" tagged with its "of"
        if stripped.start != ent.start and label in ("ORG", "LOC") and _looks_like_name(stripped):
            label = "PER"  # "Dr Ibrahim Sesay" tagged as a place
        elif label in ("ORG", "LOC"):
            stripped = ent
        if stripped.start != ent.start and ent.label_ in self.data.RECLASSIFIABLE_LABELS:
            label = "PER" if _looks_like_name(stripped) else None
        elif label is None and ent.label_ in self.data.RECLASSIFIABLE_LABELS:
            label = self._misc_label(ent)
        if label in (None, "EVENT") or (label != "PER" and self._is_role(stripped)):
            return None
        if label == "PER" and self._feature_named(stripped):
            label = "LOC"  # "Cap Bon", "Mont Faron" read as a person
        elif label == "PER" and self._branch_named(stripped):
            label = "ORG"  # "MTN Côte d'Ivoire" read as a person
        return Span(ent.doc, stripped.start, stripped.end, label=label)

    def _place_of_role(self, span: Span) -> Span | None:
        """ "the Prefect of the | Var", "Mayor of | Dakar" tagged as one body: the title
        is no name, the place it is of is one."""
        doc, k = span.doc, self._after_title_of(span)
        if k is None:
            return None
        place = doc[k : span.end]
        if not len(place) or not place[0].is_title or not self._place_name(place.text):
            return None
        return Span(doc, k, span.end, label="LOC")

    def _after_title_of(self, span: Span) -> int | None:
        """Where a span opened by a title goes on past its first 'of' and determiners."""
        k = next((t.i for t in span if t.lower_ in OF_WORDS), None)
        if k is None:
            return None
        k += 1
        while k < span.end and span.doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        return k

    def _body_of_role(self, span: Span) -> Span | None:
        """ "the Coordinator of the | Primary Learning … Project | (PAAP" tagged as one
        body: the body the title is of, named by its head noun, up to its brackets."""
        doc, k = span.doc, self._after_title_of(span)
        if k is None:
            return None
        end = next((t.i for t in doc[k : span.end] if t.text == "("), None)
        if end is None and span.end < len(doc) and doc[span.end].text == "(":
            end = span.end
        if end is None:
            return None  # the model's cut of a name is only sure at its brackets
        body = doc[k:end]
        if len(body) < 2 or not body[0].is_title or not self._headed_body(body):
            return None
        return Span(doc, k, end, label="ORG")

    def _headed_body(self, body: Span) -> bool:
        """A body's head noun at the end of its name (English) or at its start."""
        head = body[-1] if self.data.HEAD_NOUN_LAST else body[0]
        word = head.lower_
        return head.is_title and (
            is_body_head(word, self.body_heads) or word in self.programme_nouns
        )

    def _place_name(self, text: str) -> bool:
        entry = self.kb.lookup(text)
        if entry is not None:
            return entry.type == "LOC"
        return subdivision_code(text) is not None or is_town(text)

    def _branch_named(self, span: Span) -> bool:
        """A name of capitals and a country after it: a company's branch there."""
        first = span[0]
        if len(span) < 2 or not (first.is_upper and first.is_alpha and len(first) > 1):
            return False
        entry = self.kb.lookup(span[1:].text)
        return entry is not None and entry.is_country

    def _feature_named(self, span: Span) -> bool:
        """A capitalised feature noun of either language opens the name: 'Cap Bon'."""
        first = span[0]
        return len(span) >= 2 and first.is_title and first.lower_ in self.feature_nouns

    def _possessive_place_split(self, span: Span) -> list[Span] | None:
        """ "Senegal's | Public Procurement Regulatory Authority" tagged as one body: the
        place whose body it is, and the body."""
        if span.label_ != "ORG" or span.kb_id_:
            return None
        doc = span.doc
        k = next((t.i for t in span[1:-1] if t.lower_ in ("'s", "’s")), None)
        if k is None:
            return None
        entry = self.kb.lookup(doc[span.start : k].text)
        unit = doc[k + 1].lower_ in self.data.UNIT_WORDS and k - span.start > 1
        if unit and is_body_head(doc[k - 1].lower_, self.body_heads):
            # "Laval University's | Institute of …": a body and its unit, two names
            return [Span(doc, span.start, k, label="ORG"), Span(doc, k + 1, span.end, label="ORG")]
        if entry is None or entry.type != "LOC":
            return None
        return [Span(doc, span.start, k, label="LOC"), Span(doc, k + 1, span.end, label="ORG")]

    def _split_list(self, span: Span) -> list[Span]:
        """'the Ministry of Energy, the World Bank and the International Renewable
        Energy Agency' tagged as one organisation: a comma or 'and' followed by an
        article starts a new name."""
        if (verb := self._headline_verb(span)) is not None:
            return self._split_at_verb(span, verb)
        if any(t.text == "," for t in span) and (
            span.label_ in ("PER", "LOC", "GPE") or self._opens_with_place(span)
        ):
            return self._split_at_commas(span)
        if any(t.text == "," for t in span) and self._only_title(
            span.doc[span.start : _comma(span)]
        ):
            return self._name_after_role(span)
        if (inner := self._inner_determiner(span)) is not None:
            return self._split_at(span, inner)
        if (parts := self._body_for_country(span)) is not None:
            return parts
        if (parts := self._possessive_place_split(span)) is not None:
            return parts
        if (verb := self._inner_verb(span)) is not None:
            return self._split_at_verb(span, verb)
        if (title := self._inner_honorific(span)) is not None:
            return self._split_at_honorific(span, title)
        if span.label_ not in ("ORG", "LOC", "GPE") or len(span) < 5:
            return [span]
        doc, parts, start = span.doc, [], span.start
        for k in range(span.start + 1, span.end - 2):
            separator = doc[k].text == "," or doc[k].lower_ in self.data.CONJUNCTIONS
            if separator and doc[k + 1].lower_ in self.data.DETERMINERS and doc[k + 2].is_title:
                parts.append((start, k))
                start = k + 1
        if not parts:
            return [span]
        parts.append((start, span.end))
        return [Span(doc, a, b, label=span.label_) for a, b in parts if b - a > 1]

    def _inner_verb(self, span: Span) -> int | None:
        """'Council of Ministers appointed Awa Traoré' tagged as one name: a verb in
        lower case inside it ends the body's name."""
        if span.label_ not in ("ORG", "LOC", "GPE") or len(span) < 3:
            return None
        return next(
            (t.i for t in span[1:-1] if t.is_lower and t.pos_ == "VERB" and t.is_alpha), None
        )

    def _inner_honorific(self, span: Span) -> int | None:
        """'Africa | Dr | Matshidiso Moeti' tagged as one body: a personal title
        inside a name, a person's name after it (not a rank: 'State General Reserve
        Fund')."""
        if span.label_ not in ("ORG", "LOC", "GPE") or len(span) < 4:
            return None
        return next(
            (
                k
                for k in range(span.start + 1, span.end - 2)
                if span.doc[k].is_title and span.doc[k].lower_.rstrip(".") in PERSONAL_TITLE_STEMS
            ),
            None,
        )

    def _split_at_honorific(self, span: Span, k: int) -> list[Span]:
        doc = span.doc
        person = self._strip_honorifics(doc[k : span.end])
        before = Span(doc, span.start, k, label=span.label_)
        entry = self.kb.lookup(before.text)
        if entry is not None and entry.type == "LOC":
            before = Span(doc, span.start, k, label="LOC", kb_id=entry.qid)  # "Africa"
        if person is None or not _looks_like_name(person):
            return [span]
        return [before, Span(doc, person.start, person.end, label="PER")]

    def _headline_verb(self, span: Span) -> int | None:
        """A headline in title case tagged across its verb: 'Lualaba Copper Mining |
        Appoints | Jean-Marie Kabeya', 'CNARR | Open | New Refugee Registration Centre'."""
        verbs = self.data.HEADLINE_VERBS
        verb = next((t.i for t in span if t.is_title and t.lower_ in verbs), None)
        return verb if verb is not None and _headline_cased(span.sent) else None

    def _headline_split(self, span: Span) -> list[Span]:
        """A name our own rules ran on over a headline's verb is cut there too."""
        verb = self._headline_verb(span)
        return [self._before_participle(span)] if verb is None else self._split_at_verb(span, verb)

    def _before_participle(self, span: Span) -> Span:
        """'Romuald Hounkpatin | Elected | President of …': a title-case headline's
        participle (HEADLINE_PARTICIPLES) tagged with the name before it."""
        last = span[-1]
        if span.label_ != "PER" or len(span) < 3 or not last.is_title:
            return span
        if last.lower_ not in self.data.HEADLINE_PARTICIPLES or not _headline_cased(span.sent):
            return span
        return Span(span.doc, span.start, span.end - 1, label="PER")

    def _split_at_verb(self, span: Span, verb: int) -> list[Span]:
        """The name before the verb, and a person's name after it ("appointed | X Y").
        A headline's subject is a body: 'Air Océane Comores | Names | X' read as a person."""
        doc, parts = span.doc, []
        if span.label_ != "PER" and verb > span.start:
            before = Span(doc, span.start, verb, label=span.label_)
            parts += self._possessive_place_split(before) or [before]  # "Madagascar's | …"
        after = self._strip_honorifics(doc[verb + 1 : span.end])  # "appointed Mr | X Y"
        if after is not None and len(after) >= 2 and _looks_like_name(after):
            parts.append(Span(doc, after.start, after.end, label="PER"))
        return parts

    def _body_for_country(self, span: Span) -> list[Span] | None:
        """'directeur pays de la | Banque mondiale pour le Sénégal |' tagged as one name:
        a known body and the country or region it works for, two names as in English."""
        if span.label_ != "ORG" or len(span) < 3 or self.kb.lookup(span.text) is not None:
            return None
        doc = span.doc
        k = next((t.i for t in span[1:-1] if t.lower_ in FOR_WORDS), None)
        if k is None:
            return None
        j = k + 1
        while j < span.end - 1 and doc[j].lower_ in self.data.DETERMINERS:
            j += 1
        body, place = (
            self.kb.lookup(doc[span.start : k].text),
            self.kb.lookup(doc[j : span.end].text),
        )
        if body is None or body.type != "ORG" or place is None or not _country_or_region(place):
            return None  # "… pour le Sénégal", "… pour l'Afrique de l'Est"
        return [Span(doc, span.start, k, label="ORG"), Span(doc, j, span.end, label="LOC")]

    def _join_hyphenated(self, spans: list[Span]) -> list[Span]:
        """'Lavallée | - | Singh' tagged as two places: one name, a person's if either
        part was. Known names on either side stay apart ('Tunisia-Italy')."""
        out: list[Span] = []
        for span in spans:
            last = out[-1] if out else None
            if (
                last is not None
                and span.start == last.end + 1
                and hyphen_joins(span.doc, last.end)
                and not (self._known_name(last.text) or self._known_name(span.text))
            ):
                label = "PER" if "PER" in (last.label_, span.label_) else last.label_
                out[-1] = Span(span.doc, last.start, span.end, label=label)
            else:
                out.append(span)
        return out

    def _first_names_after_title(self, spans: list[Span]) -> list[Span]:
        """'National Registrar Hernán | Darío Quintero Ospina' tagged as a body and a
        person side by side: the first name after the title opens the person's name;
        the title alone is no body."""
        by_start = {s.start: s for s in spans if s.label_ == "PER"}
        out: list[Span] = []
        for span in spans:
            person = by_start.get(span.end)
            title_end = self._title_end(span) if person is not None else None
            if person is None or title_end is None:
                out.append(span)
                continue
            by_start[span.end] = Span(span.doc, title_end, person.end, label="PER")
            if not self._only_title(span.doc[span.start : title_end]):
                out.append(Span(span.doc, span.start, title_end, label=span.label_))
        return [by_start.get(s.start, s) if s.label_ == "PER" else s for s in out]

    def _title_end(self, span: Span) -> int | None:
        """Where a body-tagged span's trailing first names begin after a title word."""
        if span.label_ not in ("ORG", "LOC") or span.kb_id_:
            return None
        k = span.end
        # at most two first names: "Registrar | Hernán", "Director | Mary Ann"
        while k > span.start and span.end - k < 2 and _capitalised_name_word(span.doc[k - 1].text):
            if span.doc[k - 1].lower_ in self.role_words:
                break
            k -= 1
        if k == span.end or k == span.start or span.doc[k - 1].lower_ not in self.role_words:
            return None
        return k

    def _only_title(self, part: Span) -> bool:
        """'National Coordinator', 'Executive Director': role words and their prefixes."""
        words = [t.lower_ for t in part if t.is_alpha]
        prefixes = self.data.ROLE_PREFIXES
        return (
            bool(words)
            and any(w in self.role_words for w in words)
            and all(w in self.role_words or w in prefixes for w in words)
        )

    def _name_after_role(self, span: Span) -> list[Span]:
        """'National Coordinator, Haja Andriamanantena' tagged as one organisation:
        the role is no name, the name after it a person's."""
        rest = span.doc[_comma(span) + 1 : span.end]
        if len(rest) >= 2 and _looks_like_name(rest):
            return [Span(span.doc, rest.start, rest.end, label="PER")]
        return [Span(span.doc, rest.start, rest.end, label=span.label_)] if len(rest) else []

    def _inner_determiner(self, span: Span) -> int | None:
        """'Diamniadio the Artisanal Fisheries … Programme': a determiner between two
        capitalised words (no preposition before it) starts a second name."""
        doc = span.doc
        for k in range(span.start + 1, span.end - 1):
            if (
                doc[k].lower_ in self.data.DETERMINERS - OF_WORDS - {"des", "d’"}
                and doc[k].is_lower
                and doc[k - 1].is_title
                and doc[k + 1].is_title
                and doc[k - 1].lower_ not in self.data.ROLE_PREPOSITIONS | OF_WORDS
            ):
                return k
        return None

    def _split_at(self, span: Span, k: int) -> list[Span]:
        """Two names at a determiner: the first a place when it is a known one."""
        doc = span.doc
        first = doc[span.start : k]
        entry = self.kb.lookup(first.text)
        place = entry is not None and entry.type == "LOC" or is_town(first.text)
        return [
            Span(doc, span.start, k, label="LOC" if place else span.label_),
            Span(doc, k + 1, span.end, label=span.label_),
        ]

    def _opens_with_place(self, span: Span) -> bool:
        """'Madagascar, Provence would …' tagged as one organisation: a known place
        before the comma names no body."""
        comma = next(t.i for t in span if t.text == ",")
        entry = self.kb.lookup(span.doc[span.start : comma].text)
        return entry is not None and entry.type == "LOC"

    def _split_at_commas(self, span: Span) -> list[Span]:
        """'The mayor of Recife, Carolina Siqueira' tagged as one person or place,
        'Lomé, Togo' as one place: no name of a person or place holds a comma. A
        known place among the parts is a place; the others keep the model's tag."""
        doc, parts, start = span.doc, [], span.start
        for k in [*(t.i for t in span if t.text == ","), span.end]:
            titled = self._honorific_at(doc, start, k) if k > start else 0
            if titled and start + titled < k and _looks_like_name(doc[start + titled : k]):
                # "Madagascar, | Ms | Bintou Koné": a person after the comma
                parts.append(Span(doc, start + titled, k, label="PER"))
            elif k > start:
                part = doc[start:k]
                entry = self.kb.lookup(part.text)
                place = entry is not None and entry.type == "LOC" or is_town(part.text)
                parts.append(Span(doc, start, k, label="LOC" if place else span.label_))
            start = k + 1
        return parts

    def _without_portfolio(self, span: Span) -> Span | None:
        """'Minister of Construction | Pham Duc Thang' read as one person, 'Santé
        publique, Hygiène et …' with 'Hygiène' as a person: portfolio words are no names."""
        if span.label_ != "PER":
            if self._portfolio_before_minister(span):
                return None
            return self._name_after_portfolio(span) or span
        start = span.start
        while start < span.end and span.doc[start].lower_ in self.portfolio_words:
            start += 1
        if start == span.start:
            return span
        return Span(span.doc, start, span.end, label="PER") if start < span.end else None

    def _name_after_portfolio(self, span: Span) -> Span | None:
        """'Commissioner for | Agriculture Moses Vilakati' tagged as one organisation:
        after a role's preposition, the portfolio ends the title and a name follows."""
        doc, start = span.doc, span.start
        if span.kb_id_ or start == 0 or doc[start - 1].lower_ not in self.data.ROLE_PREPOSITIONS:
            return None
        while start < span.end and doc[start].lower_ in self.portfolio_words:
            start += 1
        rest = doc[start : span.end]
        if start == span.start or len(rest) < 2 or not _looks_like_name(rest):
            return None
        last = rest[-1].lower_
        if singular(last) in self.name_vocabulary or last in self.data.OFFICE_FUNCTIONS:
            return None  # "Director of Public | Sector Operations": the function goes on
        return Span(doc, start, span.end, label="PER")

    def _portfolio_before_minister(self, span: Span) -> bool:
        """'Finance | Minister X' with 'Finance' tagged as an organisation: the
        portfolio of the title, which names the ministry itself."""
        doc = span.doc
        return (
            span.end < len(doc)
            and doc[span.end].lower_ in self.data.MINISTRY_ROLES
            and all(t.lower_ in self.portfolio_words for t in span)
        )

    def _country_then_person(self, span: Span) -> list[Span]:
        """'ADB Country Director for | Viet Nam Ayesha Rahman-Qureshi' tagged as one
        body: after a title's preposition, the country (or the region: 'Regional
        Director for | Africa Mohamed Janabi') ends the title and the capitalised
        words after it are the holder's name."""
        if span.label_ not in ("ORG", "LOC", "PER") or span.kb_id_:
            return [span]
        if not self._after_title(span):  # "Director for | Niger Margot van der Velden"
            return self._title_complement_then_person(span)
        doc = span.doc
        for k in range(span.start + 1, min(span.end - 1, span.start + 4)):
            entry = self.kb.lookup(doc[span.start : k].text)
            rest = doc[k : span.end]
            if entry is None or not _country_or_region(entry) or not self._person_words(rest):
                continue
            # "… for Madagascar, Ms | Bintou Koné": past the comma and the honorific
            named = self._strip_honorifics(doc[k + (doc[k].text == ",") : span.end])
            first = named.start if named is not None else k
            # the model may end the name early: "… for Burkina Faso Annegret | Vollmer-Sanou"
            end = self._extend_person(Span(doc, first, span.end, label="PER")).end
            return [Span(doc, span.start, k, label="LOC"), Span(doc, first, end, label="PER")]
        return self._title_complement_then_person(span)

    def _body_title_person(self, span: Span) -> list[Span]:
        """ "UNDP | Administrator | Achim Steiner" tagged as one body: a known body, a
        title of one or two words and a name are the body and the title's holder."""
        if span.label_ != "ORG" or span.kb_id_ or len(span) < 4:
            return [span]
        doc = span.doc
        for k in range(span.start + 1, min(span.end - 2, span.start + 5)):
            entry = self.kb.lookup(doc[span.start : k].text)
            if entry is None or entry.type != "ORG" or doc[k].lower_ not in self.role_starts:
                continue
            title_end = k + 1
            while title_end < span.end - 2 and doc[title_end].lower_ in self.role_words:
                title_end += 1  # "Executive | Director"
            if self._person_words(doc[title_end : span.end]):
                return [
                    Span(doc, span.start, k, label="ORG"),
                    Span(doc, title_end, span.end, label="PER"),
                ]
        return [span]

    def _title_complement_then_person(self, span: Span) -> list[Span]:
        """'President of the | Transition, Brice Clotaire Oligui Nguema' tagged as one
        body: the name after the comma is the title's holder; the complement before it
        stays a name unless it is one common word ("Transition")."""
        doc, i = span.doc, span.start - 1
        while i > 0 and doc[i].lower_ in self.data.DETERMINERS:
            i -= 1
        if span.label_ == "PER" or not self._after_title(doc[i + 1 : span.end]):
            return [span]
        comma = next((t.i for t in span if t.text == ","), None)
        if (
            comma is None
            or comma == span.start
            or not self._person_words(doc[comma + 1 : span.end])
        ):
            return [span]
        person = Span(doc, comma + 1, span.end, label="PER")
        left = doc[span.start : comma]
        common = len(left) == 1 and singular(left[0].lower_) in self.name_vocabulary
        if common and self.kb.lookup(left.text) is None:
            return [person]
        return [Span(doc, span.start, comma, label=span.label_), person]

    def _after_title(self, span: Span) -> bool:
        """A title's preposition right before the span: 'Director for | …'."""
        doc, i = span.doc, span.start - 1
        if i < 1 or doc[i].lower_ not in self.data.ROLE_PREPOSITIONS:
            return False
        return any(t.lower_ in self.role_words for t in doc[max(0, i - 3) : i])

    def _person_words(self, rest: Span) -> bool:
        """Two to four capitalised words, no body's or title's, known to no one."""
        names = [t for t in rest if t.text != "-" and t.lower_ not in NAME_PARTICLES]
        return (
            2 <= len(names) <= 4
            and _capitalised_name_word(rest[0].text)  # "Margot | van der | Velden"
            and all(_capitalised_name_word(t.text) for t in names)
            and not any(t.lower_ in self.role_words or t.lower_ in self.body_heads for t in names)
            and self.kb.lookup(rest.text) is None
        )

    def _titled_misfit(self, span: Span) -> Span:
        """'Hon. Raj | Malhotra-Leblanc' with the surname tagged as an organisation:
        after a personal title (and a first name), a name is a person's."""
        if span.label_ == "PER" or span.kb_id_ or not _looks_like_name(span) and len(span) > 3:
            return span
        doc, start = span.doc, span.start
        if start > 0 and self._first_name_like(doc[start - 1]) and not doc[start - 1].ent_type_:
            start -= 1
        j = start - 1
        while j >= 0 and doc[j].text == ".":
            j -= 1
        if j < 0 or doc[j].lower_.rstrip(".") not in PERSONAL_TITLE_STEMS:
            return span
        # "Mr Nkontchou | -Messi": a person's name runs on over its hyphen
        return self._extend_person(Span(doc, start, span.end, label="PER"))

    def _holder_after_title_place(self, span: Span, spans: list[Span]) -> Span:
        """ "MSF Head of Mission in the Central African Republic | Anna | Kowalska" with
        the surname read as a body: after a title's place, an untagged first name and
        the one word after it are the title's holder."""
        doc, k = span.doc, span.start
        one_word = all(not t.whitespace_ for t in span[:-1])  # "Mbuyi-Kalala" too
        if span.label_ != "ORG" or span.kb_id_ or not one_word or k < 3:
            return span
        parts = span.text.split("-")  # "Mbuyi-Kalala": each part a name's word
        if not all(map(_capitalised_name_word, parts)) or not self._first_name_like(doc[k - 1]):
            return span
        place = next((s for s in spans if s.end == k - 1 and s.label_ == "LOC"), None)
        if place is None:
            return span
        words = doc[max(0, place.start - 6) : place.start]
        if not any(t.lower_ in self.role_words and t.is_title for t in words):
            return span
        return Span(doc, k - 1, span.end, label="PER")

    def _by_context(self, span: Span) -> Span:
        """Types the words around a name settle: 'Université de Bangui' tagged as a
        place is an organisation; 'the Tillabéri region', 'la ville de Djibo' are
        places, whatever the model said."""
        doc, kinds = span.doc, self.data.PLACE_KIND_NOUNS
        words = [t.lower_ for t in span if t.lower_ not in self.data.DETERMINERS]
        if span.label_ in ("ORG", "PER") and _one_word(span) and self._governed_place(span):
            return Span(doc, span.start, span.end, label="LOC")  # "Prefect of | Tône"
        if span.label_ == "LOC" and len(words) > 1 and words[0] in self.data.ORG_HEAD_WORDS:
            return Span(doc, span.start, span.end, label="ORG", kb_id=span.kb_id_)
        if span.label_ == "LOC" and len(words) > 1 and not span.kb_id_ and span[-1].is_title:
            if self.data.HEAD_NOUN_LAST and words[-1] in self.data.ORG_HEAD_WORDS:
                return Span(doc, span.start, span.end, label="ORG")  # "… Operating Company"
        if span.label_ == "LOC" and len(span) == 1 and self._bare_body(span) and span[0].is_title:
            return Span(doc, span.start, span.end, label="ORG")  # "L'Institut est dirigé par
        if span.label_ == "LOC" and not span.kb_id_ and self._branded_country(span):
            return Span(doc, span.start, span.end, label="ORG")  # "Orange Côte d'Ivoire"
        if span.label_ in ("ORG", "PER") and not span.kb_id_ and len(words) > 1:
            if words[0] in self.facility_nouns or words[-1] in self.facility_nouns:
                return Span(doc, span.start, span.end, label="LOC")  # "Palais des Nations"
        # "Autonomous | Port of Dakar" = « Port autonome de Dakar »
        port = words[1:] if words[:1] == ["autonomous"] else words
        if (
            span.label_ == "LOC"
            and len(port) > 2
            and port[0] == "port"
            and port[1] in (self.data.ROLE_PREPOSITIONS | {"autonome", "du", "d'"})
        ):
            return Span(
                doc, span.start, span.end, label="ORG"
            )  # "Port of Baku" runs; a town doesn't
        if (
            span.label_ in ("LOC", "PER")
            and words[-2:] == ["autonomous", "port"]
            and len(words) > 2
        ):
            return Span(doc, span.start, span.end, label="ORG")  # "Lomé Autonomous Port"
        if span.label_ != "PER" and _married_name(span):
            return Span(doc, span.start, span.end, label="PER")  # "X Bikoï épouse Essomba"
        if span.label_ == "PER" and len(span) == 1 and caps_word(span[0]):
            return Span(doc, span.start, span.end, label="ORG")  # "KEMRI, whose head …"
        if span.label_ == "PER" and self._head_title_then_person(span):
            return Span(doc, span.start, span.end, label="ORG")  # "Shamba Tech | CEO X"
        if span.label_ == "PER" and self._apposed_to_body_noun(span):
            return Span(doc, span.start, span.end, label="ORG")  # "Stockage Québec, a consortium"
        if span.label_ == "PER" and self._led_by_after(span):
            return Span(doc, span.start, span.end, label="ORG")  # « Sankaran Mobile, dirigée
            # depuis janvier par … »: one leads a body, not a person
        if span.label_ == "PER" and len(span) > 1 and self._body_word_at_edge(span):
            return Span(doc, span.start, span.end, label="ORG")  # "Jean Lorougnon Guédé University"
        if span.label_ == "PER" and len(span) > 1 and self._ends_on_region_or_country(span):
            return Span(doc, span.start, span.end, label="ORG")  # "Smart Africa", "Digital Europe"
        if span.label_ == "PER" and (place := self._place_before_title(span)) is not None:
            return place  # "Dakar Regional | Governor Ousmane Kane": the governor's region
        if span.label_ in ("PER", "LOC") and len(span) > 1 and self._legal_form_end(span):
            # "Bénin Connect SA", « Mines Boréal-Sahel inc. »: no person or place
            return Span(doc, span.start, span.end, label="ORG")
        if span.label_ == "PER" and len(span) > 1 and span[-1].lower_ in self.company_ends:
            return Span(doc, span.start, span.end, label="ORG")  # "Endeavour Mining"
        if span.label_ == "PER" and self._board_owner_named(span):
            return Span(doc, span.start, span.end, label="ORG")  # "Board of Directors of |
            # Kivu Mobile": a board's owner is a body
        if span.label_ == "PER" and self._before_company_noun(span):
            return Span(doc, span.start, span.end, label="ORG")  # "the Sahel Agro | group"
        if span.label_ == "PER" and len(span) > 1 and self._ends_on_title(span):
            # "Orange Chairwoman | and CEO X": the body whose title it is, not a person
            return Span(doc, span.start, span.end - 1, label="ORG")
        if span.label_ == "LOC" and not span.kb_id_ and self._company_after_title(span):
            return Span(doc, span.start, span.end, label="ORG")  # "PDG d'| Orange"
        if span.label_ == "PER" and not span.kb_id_ and self._headed_by_title(span):
            return Span(doc, span.start, span.end, label="ORG")  # "Chief Executive Officer of |
            # Sahel Energie": one heads a body, not a person
        if span.label_ == "LOC" and not span.kb_id_ and _unknown_acronym(span, words):
            # "L'INRA, que dirige …": places the knowledge base does not know are
            # not written as acronyms; bodies are
            return Span(doc, span.start, span.end, label="ORG")
        if len(span) == 1 and span[0].lower_ in TREASURY_WORDS and span[0].is_title:
            return Span(doc, span.start, span.end, label="ORG")  # "du Trésor" is no place
        if (
            self._person_by_relative(span)
            or self._person_by_pronoun(span)
            or self._apposed_to_role(span)
            or self._replaced_person(span)
        ):
            return self._extend_person(Span(doc, span.start, span.end, label="PER"))
        if span.label_ in ("ORG", "PER") and subdivision_code(span.text) is not None:
            if self._place_kind_around(span):  # "the Tanger-Tetouan-Al Hoceima region"
                return Span(doc, span.start, span.end, label="LOC")
        if span.label_ == "PER" and self._titled_kind_before(span):
            return Span(doc, span.start, span.end, label="LOC")  # "Prefecture of | Agadir"
        if span.kb_id_ or span.label_ not in ("ORG", "PER", "LOC") or len(span) > 3:
            return span
        if self._programme_around(span) or self._named_as_programme(span):
            return self._programme_adjectives(span)  # "the Noor Douar programme"
        if span.label_ == "LOC" and len(span) > 1 and span[-1].lower_ in kinds:
            return Span(doc, span.start, span.end - 1, label="LOC")  # "Zagora province"
        if span.label_ == "LOC" and len(span) > 2 and self._kind_of_name(span):
            return Span(doc, span.start + 2, span.end, label="LOC")  # "City of | Garoua"
        if span.label_ != "LOC" and self._place_kind_around(span) and span[0].is_title:
            return Span(doc, span.start, span.end, label="LOC")
        # "KEMRI" (a town "Kemri" exists) is a body: towns are not written in capitals
        acronym = len(span) == 1 and span[0].is_upper and len(span[0]) > 1
        town = (is_town(span.text) or self._place_only_after(span)) and self._town_context(span)
        if span.label_ != "LOC" and not acronym and (town or self._region_in_context(span)):
            return Span(doc, span.start, span.end, label="LOC")
        return span

    def _titled_kind_before(self, span: Span) -> bool:
        """ "the Prefecture of | Agadir Ida-Outanane": a capitalised kind of place and
        "of" before a name the model read as a person's. Departments are also bodies'
        units ("Department of | Agriculture") and stay out."""
        doc, k = span.doc, span.start - 1
        if k < 1 or doc[k].lower_ not in OF_WORDS or not doc[k - 1].is_title:
            return False
        kind = doc[k - 1].lower_
        return kind in self.data.PLACE_KIND_NOUNS and kind not in self.data.DEPARTMENT_WORDS

    def _kind_of_name(self, span: Span) -> bool:
        """ "City of Garoua", "Province of Kolda": a kind of place, 'of' and a name the
        knowledge base does not know with its kind."""
        return (
            span[0].lower_ in self.data.PLACE_KIND_NOUNS
            and span[1].lower_ in OF_WORDS
            and span[2].is_title
            and self.kb.lookup(span.text) is None
        )

    def _legal_form_end(self, span: Span) -> bool:
        """A company's legal form closing the name ("Cosmétiques Boréalis Inc.", "SA",
        Quebec's « inc. »); in lower case only a form that is no common word (« sa »)."""
        last = span[-1].text.rstrip(".")
        if last.islower() and last in LOWER_CASE_WORD_FORMS:
            return False
        return last.lower() in self.legal_forms

    def _governed_place(self, span: Span) -> bool:
        """One unknown name after a territory head's title and 'of': "Prefect of Tône"."""
        doc, i = span.doc, span.start
        if span.kb_id_ or not span[0].is_title or i < 2 or doc[i - 1].lower_ not in OF_WORDS:
            return False
        entry = self.kb.lookup(span.text)
        return doc[i - 2].lower_ in self.data.PLACE_HEAD_TITLES and (
            entry is None or entry.type == "LOC"
        )

    def _ends_on_region_or_country(self, span: Span) -> bool:
        """A name ending on a continent or a world region names no person, nor one
        ending on a country's name ("Orabank Togo", "Ecobank Côte d'Ivoire": a
        company's subsidiary) but those that people bear ("Tom Holland")."""
        entry = self.kb.lookup(span[-1].text) if span[-1].is_title else None
        if entry is not None and entry.type == "LOC" and entry.kind == "region":
            return True
        for size in (3, 2, 1):
            last = span[-size:] if len(span) > size else None
            if (
                last is not None
                and last[0].is_title
                and last.text.lower() not in PEOPLE_S_COUNTRIES
            ):
                entry = self.kb.lookup(last.text)
                if entry is not None and entry.is_country:
                    return True
        return False

    def _branches(self, spans: list[Span]) -> list[Span]:
        """'… Officer of Orange | Côte d'Ivoire' with only the country tagged: the
        capitalised words right before a country, no role, title or common word
        among them, name a body's branch there."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        bodies = {s.end: s for s in spans if self._branching_body(s)}
        one_word_places = [s for s in spans if s.label_ in ("LOC", "GPE") and len(s) == 1]
        # a brand the model took for a place it does not know ("Moov"), and a region's
        # word ("Africa") that a brand may hold
        loose = {s.start for s in one_word_places if not self._known_name(s.text)}
        regions = {s.start for s in one_word_places if self._region_word(s)}
        out = []
        for span in spans:
            body = bodies.get(span.start)
            if body is not None and self._is_country(span) and body.sent == span.sent:
                # "UNICEF | Madagascar", "MTN | Côte d'Ivoire" the model cut: the body's
                # branch there
                out = [s for s in out if s.end <= body.start]
                out.append(Span(span.doc, body.start, span.end, label="ORG"))
                continue
            if span.label_ in ("LOC", "GPE") and self._is_country(span):
                k = self._brand_start(span, taken, regions, loose)
                doc = span.doc
                end = self._brand_end(span, taken) if k == span.start else span.end
                whole = doc[k:end].text
                # "Equatorial | Guinea" is the country, "Port | Sudan" a town
                if (k, end) != (span.start, span.end) and not self._known_name(whole):
                    out = [s for s in out if s.end <= k]  # "Moov" and "Africa" taken in
                    span = Span(doc, k, end, label="ORG")
            out.append(span)
        return out

    def _brand_start(
        self, country: Span, taken: set[int], regions: set[int], loose: set[int]
    ) -> int:
        """Where the capitalised words right before a country start: "Orange | Côte
        d'Ivoire", "Moov Africa | Togo" (a region's word inside the brand, after one
        the model may have taken for a place it does not know)."""
        doc, k, first = country.doc, country.start, country.sent.start
        while k > first and country.start - k < 3:
            if self._brand_word(doc[k - 1], taken):
                k -= 1
            elif (
                k - 1 in regions and k - 2 >= first and self._brand_word(doc[k - 2], taken - loose)
            ):
                k -= 2
            else:
                break
        return k

    def _region_word(self, span: Span) -> bool:
        entry = self.kb.get(span.kb_id_) if span.kb_id_ else self.kb.lookup(span.text)
        return entry is not None and entry.type == "LOC" and entry.kind in ("continent", "region")

    def _branching_body(self, span: Span) -> bool:
        """A body that may have a branch named after a country: a known one, or a
        short name that is no ministry's or government's ("MTN", "Ecobank")."""
        if span.label_ != "ORG":
            return False
        if span.kb_id_:
            return True
        return (
            len(span) <= 2
            and all(t.is_title or t.is_upper for t in span)
            and not any(t.lower_ in NATIONAL_HEADS for t in span)
        )

    def _brand_end(self, country: Span, taken: set[int]) -> int:
        """'… Officer of Ghana | Gas', 'Kenya | Airways': capitalised words right after a
        country that end a name there (not "Mali | Friday", "Niger | Delta")."""
        doc, end = country.doc, country.end
        limit = min(country.sent.end, country.end + 2)
        while end < limit and self._brand_word(doc[end], taken):
            if doc[end].lower_ in self.not_brand_words:  # "Mali Friday", "Senegal Forum"
                return country.end
            end += 1
        if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            return country.end  # the capitalised run goes on: no short name
        return end

    def _known_name(self, text: str) -> bool:
        """A name of the knowledge base (a body, a country, a city) or a town."""
        return self.kb.lookup(text) is not None or is_town(text)

    def _country_prefixed(self, spans: list[Span]) -> list[Span]:
        """'the U.S. | Centers for Disease Control …', 'the U.S. | President's | Malaria
        Initiative': a country's abbreviation and a role's possessive between 'the' and
        a body's name are part of the name (the model keeps them only at times)."""
        by_end = {s.end: s for s in spans}
        out, joined = [], []
        for span in spans:
            start = self._prefix_start(span, by_end) if span.label_ == "ORG" else span.start
            if start < span.start:
                span = Span(span.doc, start, span.end, label="ORG", kb_id=span.kb_id_)
                joined.append(span)
            out.append(span)
        return [s for s in out if not any(_within(s, j) and s is not j for j in joined)]

    def _prefix_start(self, span: Span, by_end: dict[int, Span]) -> int:
        doc, start = span.doc, span.start
        if start >= 3 and doc[start - 1].lower_ in ("'s", "’s") and self._role_word(doc[start - 2]):
            start -= 2  # "President's"
        prefix = by_end.get(start)
        if start > 1 and (prefix is None or len(prefix) == 1):
            start -= self._country_abbreviation(doc[start - 1 : start])  # "U.S.", "UK"
        if start == span.start or start == 0 or doc[start - 1].lower_ not in self.data.DETERMINERS:
            return span.start
        return start

    def _role_word(self, token) -> bool:
        return token.is_title and token.lower_ in self.role_words and token.ent_type_ != "PER"

    def _country_abbreviation(self, span: Span) -> bool:
        letters = span.text.replace(".", "")
        return letters.isupper() and len(letters) <= 3 and self._is_country(span)

    def _is_country(self, span: Span) -> bool:
        entry = self.kb.lookup(span.text)
        return entry is not None and entry.type == "LOC" and entry.kind not in PLACE_KINDS

    def _brand_word(self, token, taken: set[int]) -> bool:
        word = token.lower_.rstrip(".")
        return (
            (token.is_title or token.is_upper)
            and token.is_alpha
            and token.i not in taken
            and not token.is_stop
            and word not in self.role_words
            and word not in self.data.COMPASS_WORDS
            and word not in self.data.PLACE_KIND_NOUNS  # "Région Guadeloupe"
            and word not in {t.rstrip(".") for t in PERSONAL_TITLES}
            and word not in self.dated_words  # "Outgoing"
            and self.kb.lookup(token.text) is None
        )

    def _branded_country(self, span: Span) -> bool:
        """'Orange Côte d'Ivoire', 'MTN Nigeria', 'UNICEF Madagascar': a name, no
        place, then a country is a body's branch in that country ('Northern Nigeria',
        'Haute-Guinée' are places)."""
        if len(span) < 2 or not span[0].is_title and not span[0].is_upper:
            return False
        for k in range(span.start + 1, min(span.end, span.start + 4)):
            entry = self.kb.lookup(span.doc[k : span.end].text)
            if entry is not None and entry.type == "LOC" and entry.kind not in PLACE_KINDS:
                brand = span.doc[span.start : k]
                known = self.kb.lookup(brand.text)
                return (
                    (known is None or known.type == "ORG")
                    and not is_town(span.text)
                    and not any(
                        t.lower_ in self.data.COMPASS_WORDS | self.data.PLACE_KIND_NOUNS
                        or not (t.is_title or t.is_upper)
                        for t in brand
                    )
                )
        return False

    def _programme_around(self, span: Span) -> bool:
        """'the Sierra Resiliente programme', 'le programme Noor Douar': a programme's
        name (a body here), whatever the model said; not a place's or person's
        programme ("le programme du Sénégal" has a preposition)."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        return (
            any(
                t is not None and t.is_lower and t.lower_ in self.programme_nouns
                for t in (after, before)
            )
            and self.kb.lookup(span.text) is None
            and not is_town(span.text)
        )

    def _named_as_programme(self, span: Span) -> bool:
        """ "the programme, named Sierra Resiliente", « le programme, baptisé … »: the
        name a naming participle gives a programme noun (a comma may part them)."""
        doc, i = span.doc, span.start - 1
        if i < 2 or doc[i].lower_ not in self.data.NAMING_PARTICIPLES:
            return False
        noun = doc[i - 2] if doc[i - 1].text == "," else doc[i - 1]
        return noun.lower_ in self.programme_nouns and self.kb.lookup(span.text) is None

    def _programme_adjectives(self, span: Span) -> Span:
        """« le programme Grand Sud | résilient »: a programme's name after its noun
        runs over the lower-case adjectives the model left out (French word order)."""
        doc, end = span.doc, span.end
        if self.data.PROGRAMME_NAME_AFTER_NOUN and span.start > 0:
            if doc[span.start - 1].lower_ in self.programme_nouns:
                while end < len(doc) and doc[end].is_lower and self._adjective_after(doc, end):
                    end += 1
        return Span(doc, span.start, end, label="ORG")

    def _adjective_after(self, doc: Doc, i: int) -> bool:
        """An adjective, or a participle-like word the tagger read as a verb with
        nothing after it (« Grand Sud résilient. »)."""
        if doc[i].pos_ == "ADJ":
            return True
        return doc[i].pos_ == "VERB" and (i + 1 == len(doc) or doc[i + 1].is_punct)

    def _place_kind_around(self, span: Span) -> bool:
        """'the Tillabéri region', 'the Anosy and Drâa-Tafilalet regions', 'la ville
        de Djibo': a kind of place names the span."""
        if self._place_kind_after(span):
            return True
        doc, kinds = span.doc, self.data.PLACE_KIND_NOUNS
        j = self._list_start_before(doc, span.start)
        if not (0 <= j < span.start - 1 and doc[j].is_lower):
            return False
        if self._list_between(doc, j, span.start) and not doc[j].lower_.endswith(("s", "x")):
            return False  # "la région Atsinanana, | Noeline X": one region, then its head
        harbour = doc[j].lower_ in self.data.HARBOUR_NOUNS and is_town(span.text)
        listed = doc[j].lower_ in self.data.PLACE_LIST_NOUNS  # "the departments of | X"
        return doc[j].lower_ in kinds or harbour or listed  # "the port of | Pointe-Noire"

    def _list_start_before(self, doc: Doc, start: int) -> int:
        """The word before a list of names that ends at `start`, its links skipped:
        "les régions | du Centre-Nord, de l'Est" (from "Est"), "la région | de l'Est"."""
        j = start - 1
        for _ in range(4):
            while j >= 0 and doc[j].lower_ in self.kind_links:
                j -= 1
            if j < 1 or not (doc[j].text == "," or doc[j].lower_ in self.data.CONJUNCTIONS):
                break
            first = _title_run_start(doc, j)
            if first == j:
                break
            j = first - 1
        return j

    def _list_between(self, doc: Doc, j: int, start: int) -> bool:
        """A comma or a conjunction between token j and `start`: a list of names."""
        return any(
            doc[k].text == "," or doc[k].lower_ in self.data.CONJUNCTIONS
            for k in range(j + 1, start)
        )

    def _place_kind_after(self, span: Span) -> bool:
        """'the Tillabéri | region', 'the Anosy | and Drâa-Tafilalet regions'."""
        doc, kinds = span.doc, self.data.PLACE_KIND_NOUNS
        k = span.end
        for _ in range(4):  # "the Anosy, Atsimo-Andrefana and Androy regions": after the last
            if k >= len(doc) or not (doc[k].lower_ in self.data.CONJUNCTIONS or doc[k].text == ","):
                break
            after = _title_run_end(doc, k + 1)
            if after == k + 1:
                break
            k = after
        return k < len(doc) and doc[k].is_lower and doc[k].lower_ in kinds

    def _untagged_regions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Oriental and Drâa-Tafilalet regions', 'in Souss-Massa': a region's name
        (ISO 3166-2) the model left untagged, with a kind of place or a place
        preposition around it."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        after = 0  # a run of capitalised words starts only on one (past the last run)
        for i in title_words(doc):
            if i < after:
                continue
            end = _title_run_end(doc, i)
            if not taken.intersection(range(i, end)):
                span = Span(doc, i, end, label="LOC")
                if self._region_in_context(span) or self._town_after_preposition(span):
                    found.append(span)
                elif self._between_place(span) or self._part_of_compass(span):
                    found.append(span)  # « entre Cavalaire et Saint-Raphaël », "sud des Andes"
                elif self._place_kind_around(span) and subdivision_code(span.text) is not None:
                    found.append(span)  # "the Oriental and Drâa-Tafilalet regions"
                elif self._listed_before_kind(span) or self._listed_after_kind(span):
                    found.append(span)  # "the Poro, Gbêkê and Indénié-Djuablin regions"
            after = max(end, i + 1)
        return found

    def _between_place(self, span: Span) -> bool:
        """« entre Cavalaire et | Saint-Raphaël », "between | Kaolack and Fatick": an
        unknown name on either side of a stretch whose other end is a known place."""
        doc, start, end = span.doc, span.start, span.end
        if not self._unknown_place_name(span) or _title_cased(span.sent):
            return False
        between = self.data.BETWEEN_WORDS
        if start > 0 and doc[start - 1].lower_ in between:
            if end + 1 >= len(doc) or doc[end].lower_ not in AND_WORDS:
                return False
            return self._named_place(doc[end + 1 : _title_run_end(doc, end + 1)])
        if start < 3 or doc[start - 1].lower_ not in AND_WORDS:
            return False
        first = _title_run_start(doc, start - 1)
        if first == start - 1 or first == 0 or doc[first - 1].lower_ not in between:
            return False
        return self._named_place(doc[first : start - 1])

    def _named_place(self, span: Span) -> bool:
        """A place the knowledge base, ISO 3166-2 or GeoNames' towns know by this name."""
        entry = self.kb.lookup(span.text)
        if entry is not None:
            return entry.type == "LOC"
        return is_town(span.text) or subdivision_code(span.text) is not None

    def _part_of_compass(self, span: Span) -> bool:
        """« dans le sud des | Andes », "the north of | Kordofan": an unknown name after
        a compass noun (a determiner before it) and 'of' is the place it is part of."""
        doc, k = span.doc, span.start - 1
        if k > 0 and doc[k].lower_ not in OF_WORDS and doc[k].lower_ in self.data.DETERMINERS:
            k -= 1  # "de | la", "of | the"; « des » is both
        if (
            k < 2
            or doc[k].lower_ not in OF_WORDS
            or doc[k - 1].lower_ not in self.data.COMPASS_NOUNS
        ):
            return False
        if doc[k - 2].lower_ not in self.data.DETERMINERS or _title_cased(span.sent):
            return False
        return self._unknown_place_name(span) or is_town(span.text)

    def _listed_before_kind(self, span: Span) -> bool:
        """A name the knowledge base does not know right before a lower-case kind of
        place, or in the list that kind closes: a place, unless a body's word, a
        nationality or a date is in it."""
        return self._place_kind_after(span) and self._unknown_place_name(span)

    def _listed_after_kind(self, span: Span) -> bool:
        """« les régions Androy, Anosy et Atsimo-Andrefana »: the name right after a
        lower-case plural kind of place opens a list of places (French word order).
        Not after a singular one: « la région Centre » may be a body's name."""
        doc = span.doc
        j = self._list_start_before(doc, span.start)
        if j < 0 or not doc[j].is_lower or doc[j].lower_ not in self.data.PLACE_KIND_NOUNS:
            return False
        plural = doc[j].lower_.endswith(("s", "x"))
        return plural and j == span.start - 1 and self._unknown_place_name(span)

    def _unknown_place_name(self, span: Span) -> bool:
        """A name the knowledge base does not know that may be a place's: no body's
        word, nationality or date in it."""
        words = [t for t in span if t.is_alpha]
        return (
            bool(words)
            and not all(t.is_stop or is_common_word(t.text) for t in words)  # "Every region"
            and not any(is_body_head(t.lower_, self.body_heads) for t in words)
            and not any(t.lower_ in self.calendar for t in words)
            and not self.kb.is_demonym(span.text)
            and self.kb.lookup(span.text) is None
        )

    def _town_after_preposition(self, span: Span) -> bool:
        """'à Daloa', 'in Sion', 'the city of Bouaké': a town's name (GeoNames) after a
        place preposition or a kind of place, when it is no common word, month or day."""
        text = span.text
        return (
            (self._after_place_preposition(span) or self._place_kind_around(span))
            and is_town(text)
            and not is_common_word(text)
            and text.lower() not in self.calendar
            and not any(is_body_head(t.lower_, self.body_heads) for t in span)
        )

    def _region_in_context(self, span: Span) -> bool:
        """'in Anosy', 'au Cap-Occidental': a region's name (ISO 3166-2, English or
        French) after a place preposition, with no body's noun in it."""
        if not self._after_place_preposition(span) or subdivision_code(span.text) is None:
            return False
        return not any(is_body_head(t.lower_, self.body_heads) for t in span)

    def _after_place_preposition(self, span: Span) -> bool:
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return before in self.place_prepositions

    def _place_before_title(self, span: Span) -> Span | None:
        """A known place and common words ("Dakar Regional") right before a title's
        word, read as a person: the place the title is of."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].lower_ not in self.role_words:
            return None
        for k in range(span.start + 1, span.end):
            entry = self.kb.lookup(doc[span.start : k].text)
            if entry is None or entry.type != "LOC":
                continue
            rest = doc[k : span.end]
            if all(singular(t.lower_) in self.name_vocabulary for t in rest):
                return Span(doc, span.start, k, label="LOC", kb_id=span.kb_id_)
        return None

    def _before_company_noun(self, span: Span) -> bool:
        doc = span.doc
        return (
            span.end < len(doc)
            and doc[span.end].is_lower
            and doc[span.end].lower_ in self.data.COMPANY_NOUNS
        )

    def _headed_by_title(self, span: Span) -> bool:
        """A leading title's 'of' right before the name: "Chairman and CEO of | X"."""
        doc, i = span.doc, span.start
        possessive = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
        return (
            i >= 2
            and doc[i - 1].lower_ in OF_WORDS
            and doc[i - 2].lower_ in self.head_title_ends
            and not possessive  # "head of | Amina Mohammed's office"
            and self.kb.lookup(span.text) is None
        )

    def _ends_on_title(self, span: Span) -> bool:
        """A capitalised head's title closing a name the model read as a person's
        ("Orange | Chairwoman"): no one's name ends on a title."""
        last = span[-1]
        return (
            last.is_title
            and last.lower_ in self.head_title_ends
            and span[-2].lower_ not in self.role_words  # "Deputy | Director", all title
        )

    def _board_owner_named(self, span: Span) -> bool:
        """Right after a board's name and its 'of' ("Board of Directors of | X", « conseil
        d'administration de | X »)."""
        doc, j = span.doc, self._of_before(span.doc, span.start)
        return j > 0 and any(self.boards.match_at(doc, k) == j - k for k in range(max(0, j - 4), j))

    def _company_after_title(self, span: Span) -> bool:
        """ "le président-directeur général d'| Orange", "CEO of | Orange": a company
        head's title names a company, not the town a name may also be."""
        doc = span.doc
        i = self._of_before(doc, span.start)  # « directeur général de la | Gécamines »
        return (
            i >= 1
            and doc[i - 1].lower_ in self.company_title_ends
            and self.kb.lookup(span.text) is None
            and subdivision_code(span.text) is None
        )

    def _of_before(self, doc: Doc, i: int) -> int:
        """The position of the 'of' before token i, a determiner between allowed
        ("of | X", « de la | X »); -1 if none."""
        if i > 0 and doc[i - 1].lower_ in OF_WORDS:
            return i - 1
        if i > 1 and doc[i - 1].lower_ in self.data.DETERMINERS and doc[i - 2].lower_ in OF_WORDS:
            return i - 2
        return -1

    def _apposed_to_role(self, span: Span) -> bool:
        """'Le président béninois, | Bongani Magagula |, a …', "Benin's President, |
        Houessou": a name set off by a comma right after a role phrase is its holder."""
        doc, i = span.doc, span.start
        if i >= 3 and doc[i - 1].is_title and not doc[i - 1].ent_type_ and doc[i - 2].text == ",":
            i -= 1  # "President, Landry | Houessou": the first name left untagged
        if span.label_ not in ("ORG", "LOC") or span.kb_id_ or i < 2 or doc[i - 1].text != ",":
            return False
        after = doc[span.end].text if span.end < len(doc) else "."
        if after not in (",", ".") or self._known_name(span.text):
            return False
        words = [t for t in span if not t.is_punct]
        if not words or len(words) > 4 or not all(t.is_title for t in words):
            return False
        if any(is_body_head(t.lower_, self.body_heads) for t in words):
            return False
        before = doc[max(sentence_of(doc[i - 1]).start, i - 12) : i - 1]
        return any(t.lower_ in self.role_starts for t in before) and not any(
            t.ent_type_ == "PER" for t in before
        )

    def _head_title_then_person(self, span: Span) -> bool:
        """ "Shamba Tech founder and CEO Wanjiru Kamau": a name a head's title and a
        person's name follow is the body the person heads (no one has a CEO)."""
        doc, i = span.doc, span.end
        if i >= len(doc) or doc[i].lower_ not in self.head_title_starts or len(span) < 2:
            return False
        limit = min(sentence_of(doc[i]).end, i + 6)
        return any(t.ent_type_ == "PER" and t.i > i for t in doc[i + 1 : limit])

    def _led_by_after(self, span: Span) -> bool:
        """A comma, a leading verb's participle and its agent soon after ("X, led since
        2021 by", « X, dirigée depuis janvier par »)."""
        doc, i = span.doc, span.end
        if (
            i + 2 >= len(doc)
            or doc[i].text != ","
            or doc[i + 1].lower_ not in self.lead_participles
        ):
            return False
        if span.start > 0 and doc[span.start - 1].lower_ in OF_WORDS:
            return False  # « le Comité de pilotage de | X |, présidé par »: the committee's
        agent = self.data.PASSIVE_AGENT
        return any(t.lower_ == agent for t in doc[i + 2 : min(len(doc), i + 6)])

    def _apposed_to_body_noun(self, span: Span) -> bool:
        """ "Stockage Québec, a research and investment consortium", « X, une
        initiative … »: a name an apposition calls a body or a programme is one."""
        doc, i = span.doc, span.end
        if (
            i + 2 >= len(doc)
            or doc[i].text != ","
            or doc[i + 1].lower_ not in self.data.INDEFINITE_ARTICLES
        ):
            return False
        head = None  # the apposition's head: its last noun before a preposition
        for token in doc[i + 2 : min(len(doc), i + 8)]:
            if token.is_punct or token.pos_ == "ADP" or not token.is_lower:
                break
            if token.pos_ == "NOUN":
                head = token.lower_
        return head is not None and (
            head in self.programme_nouns or is_body_head(head, self.body_heads)
        )

    def _person_by_pronoun(self, span: Span) -> bool:
        """'… to Voahangy Rajaonarison, a former referee. She has headed …', 'Sélom
        Ahadji a présenté … Il assure …': a name the next sentence opens on with
        'he'/'she' ('il'/'elle'), where no person is named in its own sentence and
        it is the last name there."""
        doc = span.doc
        if span.label_ not in ("ORG", "LOC") or not self._name_words_only(span):
            return False
        sent = span.sent
        if sent.end >= len(doc) or doc[sent.end].lower_ not in self.data.PERSONAL_PRONOUNS:
            return False
        if any(self.data.LABEL_MAP.get(e.label_) == "PER" for e in sent.ents):
            return False  # "X heads Sawa Mobile Money. He will …": he is X
        return not any(t.is_title or t.is_upper for t in doc[span.end : sent.end] if t.is_alpha)

    def _name_words_only(self, span: Span) -> bool:
        """Two to four capitalised words, none a body's noun, no known name."""
        words = [t for t in span if not t.is_punct]
        return (
            2 <= len(words) <= 4
            and not span.kb_id_
            and _looks_like_name(span)
            # either language's body nouns: "Institut Pasteur de Dakar, who …"
            and not any(is_body_head(t.lower_, self.body_heads) for t in words)
            and self.kb.lookup(span.text) is None
        )

    def _replaced_person(self, span: Span) -> bool:
        """'succède à | Aliou Ba', 'takes over from Dr | Jean Dupont': one succeeds a
        person, whose name the model may have read as a place."""
        if span.label_ == "PER" or not self._name_words_only(span):
            return False
        doc, i = span.doc, span.start
        while i > 0 and doc[i - 1].lower_ in self.titles:
            i -= 1
        return match_before(doc, i, self.replacement_ends) > 0

    def _person_by_relative(self, span: Span) -> bool:
        """'from Jean-Claude Ah-Kong, who retires', 'chaired by Kodjo Agbéwonou': a name
        of two to four capitalised words, no body's noun among them, that a person's
        relative pronoun follows or that chairs something."""
        doc, k = span.doc, span.end + (span.end < len(span.doc) and span.doc[span.end].text == ",")
        relative = k < len(doc) and doc[k].lower_ in self.data.PERSON_RELATIVES
        if span.label_ == "PER" or not (relative or self._chaired_by(span)):
            return False
        return self._name_words_only(span) and not self._after_head_title(span)

    def _after_head_title(self, span: Span) -> bool:
        """ "X, acting Director of | Monetary Policy Operations |, who replaces Y": what a
        head's title is of is a body; the relative pronoun is the holder's."""
        i = self._of_before(span.doc, span.start)
        return i >= 1 and span.doc[i - 1].lower_ in self.head_title_ends

    def _chaired_by(self, span: Span) -> bool:
        """'chaired by', 'présidée par' right before the name: people chair."""
        doc, i = span.doc, span.start
        return (
            i >= 2
            and doc[i - 1].lower_ == self.data.PASSIVE_AGENT
            and doc[i - 2].lower_ in self.data.CHAIRED_WORDS
        )

    def _body_word_at_edge(self, span: Span) -> bool:
        """A capitalised body word opening or closing the name: a body named after someone
        ("Institut Pasteur de Dakar" in an English text: either language's words)."""
        return any(t.is_title and t.lower_ in self.body_heads for t in (span[0], span[-1]))

    def _place_only_after(self, span: Span) -> bool:
        """One capitalised word the model read as a person right after 'in' ("in
        Sion", a town too small for the gazetteer): a place."""
        doc, i = span.doc, span.start - 1
        if span.label_ != "PER" or len(span) != 1 or i < 0 or not span[0].is_title:
            return False
        possessive = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
        return doc[i].lower_ in self.data.PLACE_ONLY_PREPOSITIONS and not possessive

    def _town_context(self, span: Span) -> bool:
        """A town name the model typed otherwise is a place after a place
        preposition ("à Ménaka", "in Kisumu"), and as a one-word "person" that is
        nobody's surname in the text."""
        doc = span.doc
        if self._after_place_preposition(span):
            return True
        if span.label_ != "PER" or len(span) > 1:
            return False
        surname = span.text.lower()
        return not any(
            e.label_ in ("PER", "PERSON") and len(e) > 1 and surname in e.text.lower().split()
            for e in doc.ents
        )

    def _inside_honorific(self, ent: Span) -> bool:
        """ "Mr | Justice | (Rtd) Emmanuel Amoako": a span an honorific opening right
        before it runs over, no name."""
        doc = ent.doc
        return any(
            ent.start - k + match_at(doc, ent.start - k, self.honorifics) >= ent.end
            for k in (1, 2)
            if ent.start - k >= 0
        )

    def _strip_honorifics(self, ent: Span) -> Span | None:
        """Titles and a nationality before a name: 'Dr', 'la Norvégienne Ingrid X'."""
        start = ent.start
        while start < ent.end:
            n = (
                match_at(ent.doc, start, self.honorifics)
                or self._demonym_before_name(ent, start)
                or self._title_before_name(ent, start)
            )
            if n == 0:
                break
            start += n
        return ent.doc[start : ent.end] if start < ent.end else None

    def _title_before_name(self, ent: Span, i: int) -> int:
        """1 when a person's span opens on a one-word title with two name words after
        it: "elected as its | Chair | Mariam Touré-Bamba"."""
        token = ent.doc[i]
        if ent.label_ not in ("PER", "PERSON") or ent.end - i < 3 or not token.is_title:
            return 0
        return 1 if token.lower_ in self.one_word_titles else 0

    def _demonym_before_name(self, ent: Span, i: int) -> int:
        """1 when token i is a nationality with at least two name words after it."""
        token = ent.doc[i]
        # "Sud-Africaine" is one word of letters too
        if ent.end - i < 3 or not token.is_title or not token.text.replace("-", "").isalpha():
            return 0
        if self.kb.is_demonym(token.text):
            return 1
        # "President of Mozambique | Joaquim Matsinhe": a country is no first name,
        # unless it is one too ("Jordan", "Chad")
        if ent.label_ not in ("PER", "PERSON") or token.text in pattern_exclusions():
            return 0  # "Kenya Red Cross" is a body named after its country
        entry = self.kb.lookup(token.text)
        country = entry is not None and entry.type == "LOC" and entry.kind not in PLACE_KINDS
        return 1 if country else 0

    def _is_role(self, span: Span) -> bool:
        """'ministre de la Santé' is a role, not an organisation; 'Board of Directors
        of X' is a body, though "board member" is a role."""
        determiners = self.data.DETERMINERS
        first = next((t for t in span if t.lower_ not in determiners), None)
        if first is not None and first.lower_ in self.data.DEPUTY_WORDS and first.i + 1 < span.end:
            first = span.doc[first.i + 1]  # "Alternate | Executive (Director)"
        if first is not None and first.lower_ in self.data.ROLE_PREFIXES and self._of_in(span):
            nxt = span.doc[first.i + 1]  # "the National | Coordinator of the PNLP"
            first = nxt if nxt.lower_.split("-")[0] in self.role_starts else first
        if first is None or first.lower_.split("-")[0] not in self.role_starts:
            return False
        second = span.doc[first.i + 1] if first.i + 1 < span.end else None
        if second is not None and second.is_title and second.lower_ in self.body_heads:
            return False  # "High Council of …", "Permanent Mission of …": a body
        return not self.boards.match_at(span.doc, first.i)

    @staticmethod
    def _of_in(span: Span) -> bool:
        """An 'of' inside the span, after its first word (a title and what it is of)."""
        return any(t.lower_ in OF_WORDS for t in span[1:])

    def _misc_label(self, ent: Span) -> str | None:
        """A MISC span headed by an organisation noun is an organisation ("The
        Telecommunications/ICT Regulatory Authority of Côte d'Ivoire", read as a law)."""
        tokens = [t for t in ent if t.is_alpha and t.lower_ not in self.data.DETERMINERS]
        words = [t.lower_ for t in tokens]
        of = next((k for k, t in enumerate(tokens) if k and t.lower_ in OF_WORDS), None)
        heads = words[:1] + words[-1:] + ([words[of - 1]] if of is not None else [])
        if any(w in self.data.ORG_HEAD_WORDS for w in heads):
            return "ORG"
        if self._named_by_company_noun(ent) or self._apposed_company_noun(ent):
            return "ORG"  # "the electricity company | Senelec" read as a nationality;
            # "Moov Africa Burkina |, filiale du groupe …" read as a work
        if not self.kb.is_demonym(ent.text) and self._place_kind_around(ent):
            return "LOC"  # "les régions de l'Androy, de l'Anosy …" read as a nationality
        return None

    def _apposed_company_noun(self, ent: Span) -> bool:
        """A company's noun set off right after the name (", filiale du …", ", a
        subsidiary of …", ", the operator")."""
        doc, k = ent.doc, ent.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        k += 1
        while k < len(doc) and doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        return k < len(doc) and doc[k].is_lower and doc[k].lower_ in self.data.COMPANY_NOUNS

    def _named_by_company_noun(self, ent: Span) -> bool:
        """A name right after a company's common noun, and no nationality."""
        doc, i = ent.doc, ent.start
        return (
            i > 0
            and doc[i - 1].is_lower
            and doc[i - 1].lower_ in self.data.COMPANY_NOUNS
            and not self.kb.is_demonym(ent.text)
            and self.kb.country_of_demonym(ent.text) is None
        )

    def _after_kind_noun(self, span: Span, start: int) -> int:
        """ "district d'| Amboasary-Sud", "région | Anosy": a place's lower-case kind
        noun (and its "de") the model took into the name is no part of it."""
        doc, end = span.doc, span.end
        if span.label_ != "LOC" or end - start < 2 or not doc[start].is_lower:
            return start
        k = start + 1
        while k < end - 1 and (doc[k].lower_ in OF_WORDS or doc[k].lower_ in self.data.DETERMINERS):
            k += 1
        entry = self.kb.lookup(doc[k:end].text)
        if doc[start].lower_ in self.data.MEMBER_NOUNS:
            # « les monarchies du | Golfe », "pays du | Sahel": the region they are of
            known = entry is not None and entry.type == "LOC" and k > start + 1
            return k if known else start
        if doc[start].lower_ not in self.data.PLACE_KIND_NOUNS:
            return start
        if not doc[k].is_title or (entry is not None and entry.is_country):
            return start  # « la province de l'Équateur » is no country
        return k

    def _trim(self, span: Span) -> Span:
        """'the World Bank' -> 'World Bank'; "West Africa's" -> 'West Africa'."""
        start, end = span.start, span.end
        doc = span.doc
        while start < end - 1 and (
            doc[start].lower_ in self.data.DETERMINERS
            or doc[start].lower_ in self.data.CONTRACTED_PREPOSITIONS  # "au | Caire"
            or doc[start].text in self.data.KIND_ACRONYMS  # "l'ONG | Jeunesse Verte"
            or doc[start].is_punct
            or self._praises(doc[start], span)
        ):
            start += 1
        if end - start > 2 and self._compass_part(doc, start) and doc[start + 1].lower_ in OF_WORDS:
            start += 2  # "l'Ouest et du | Centre du | FIDA": the region's part is no name
            while start < end - 1 and doc[start].lower_ in self.data.DETERMINERS:
                start += 1
        if end - start > 3 and doc[start + 1].lower_ in ("'s", "’s"):
            if is_body_head(doc[start].lower_, self.body_heads):
                start += 2  # "the Ministry's | Department of …": the body named again owns it
        start = self._country_after_portfolio(span, start)
        start = self._place_after_words(span, start)
        start = self._after_kind_noun(span, start)
        if end - start > 2 and doc[start].like_num and doc[start + 1].text in DASHES:
            start += 2  # "30 septembre | 2025 - | Ivoire Agro-Industries": the dateline's year
        money = next((t.i for t in doc[start + 1 : end] if t.text in CURRENCY_CODES), None)
        if money is not None and span.label_ != "PER":
            end = money  # "Abuja a | USD 500 million" tagged as one place
        while end > start + 1 and (
            doc[end - 1].lower_ in ("'s", "’s", "'", "(", ",", "-", ":")
            or doc[end - 1].lower_ in self.data.DETERMINERS
            or doc[end - 1].lower_ in DANGLING_WORDS  # "Banque mondiale | pour le"
            or self._praises(doc[end - 1], span)  # "Commission | forte"
            or self._honorific_after_comma(doc, start, end)  # "Vakinankaratra, | Mr"
        ):
            end -= 1
        if end - start > 2 and (self._dated_end(doc, end) or self._time_span_end(doc, end)):
            end -= 2  # "Conseil des ministres | du jeudi": the day is no part of the name
        end = self._before_bare_owner(doc, start, end)
        bracket = next((t.i for t in doc[start + 1 : end] if t.text == "("), None)
        if bracket is not None:
            end = bracket  # "National Office … (BNGRC": the acronym is its own mention
        if end - start > 1 and self._opens_role(doc, end - 1):
            end -= 1  # "names X Group | Chief Executive Officer": 'Group' opens the role
        if end - start > 1 and _word_prefix(doc, end - 1):
            end -= 1  # "X Lawson-Body | Re|-elected President": the verb's prefix
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)

    def _honorific_at(self, doc: Doc, start: int, end: int) -> int:
        """The length of the personal titles opening a name at `start` ("Ms", "Dr")."""
        k = start
        while k < end and (n := match_at(doc, k, self.honorifics)):
            k += n
        return k - start

    def _honorific_after_comma(self, doc: Doc, start: int, end: int) -> bool:
        """A name's last word a personal title after its comma: the holder's, next."""
        word = doc[end - 1].lower_.rstrip(".")
        titled = word in self.titles or word in TITLE_ABBREVIATIONS  # "…, Mr", "…, Rt"
        return end - start > 2 and doc[end - 2].text == "," and titled

    def _praises(self, token: Token, span: Span) -> bool:
        """A lower-case word of praise at a body's edge is no part of its name."""
        return span.label_ == "ORG" and token.is_lower and token.lower_ in self.data.PRAISE_WORDS

    def _before_bare_owner(self, doc: Doc, start: int, end: int) -> int:
        """ "Commission centrale des arbitres | de la fédération", "Sous-comité d'éthique
        | de l'Académie": a body named again by its noun alone owns the unit before
        it, and is no part of its name (returns the end without it)."""
        k = end - 1
        if end - start < 4 or not is_body_head(doc[k].lower_, self.body_heads):
            return end
        j = k - 1
        while j > start and doc[j].lower_ in self.data.DETERMINERS - OF_WORDS:
            j -= 1
        if doc[j].lower_ not in OF_WORDS or j == start:
            return end
        if any(self.boards.match_at(doc, i) for i in range(start, j)):
            return end  # "Governing Council of the institute": a board names its body
        return j if j < k - 1 or doc[j].lower_ in ("du", "des") else end

    def _place_after_words(self, span: Span, start: int) -> int:
        """ "Alertes précoces | au Sahel", "Early warnings | in the Sahel": a headline's
        words the model read into the known place they end on; the place starts the
        name. Only over lower-case words: "Saint-Louis du Sénégal" is one name."""
        doc = span.doc
        if span.label_ != "LOC" or span.kb_id_:
            return start
        for k in range(start + 1, span.end - 1):
            if doc[k].lower_ not in self.place_prepositions or doc[k - 1].text in DASHES:
                continue
            place = k + 1
            while place < span.end - 1 and doc[place].lower_ in self.data.DETERMINERS:
                place += 1
            entry = self.kb.lookup(doc[place : span.end].text)
            words = [t for t in doc[start:k] if t.is_alpha]
            if entry is not None and entry.type == "LOC" and any(t.is_lower for t in words):
                return place
        return start

    def _country_after_portfolio(self, span: Span, start: int) -> int:
        """ "… et de la | Prospective du Burkina Faso": a ministry's last portfolio and
        its country read as one place; the country starts the name (the portfolio is
        the ministry's, joined to it later)."""
        doc = span.doc
        if span.label_ not in ("LOC", "ORG") or not self._coordinated_portfolio(doc, start):
            return start
        for k in range(start + 1, span.end - 1):
            if doc[k].lower_ in OF_WORDS:
                m = k + 1
                while m < span.end - 1 and doc[m].lower_ in self.data.DETERMINERS:
                    m += 1
                entry = self.kb.lookup(doc[m : span.end].text)
                return m if entry is not None and entry.is_country else start
        return start

    def _dated_end(self, doc: Doc, end: int) -> bool:
        """A name ending in 'of' + a day or month written in lower case (a proper
        name would capitalise it: 'Mouvement du 23-Mars')."""
        last = doc[end - 1]
        return last.is_lower and last.lower_ in self.calendar and doc[end - 2].lower_ in OF_WORDS

    def _time_span_end(self, doc: Doc, end: int) -> bool:
        """A name ending in 'since'/'until' + a year ("… le paludisme | depuis 2019"), or
        in a period's first year (« la Direction de l'hydraulique | de 2019 | à 2024 »)."""
        before = doc[end - 2].lower_
        time_word = before in self.data.SINCE_WORDS or before in self.data.UNTIL_WORDS
        period = before in self.data.PERIOD_START_WORDS and (
            end < len(doc) and doc[end].lower_ in self.data.PERIOD_END_LINKS
        )
        return (time_word or period) and doc[end - 1].like_num

    def _opens_role(self, doc: Doc, i: int) -> bool:
        """'Group', 'National', 'Executive' right before a role's first word."""
        if doc[i].lower_ not in self.data.ROLE_PREFIXES or i + 1 >= len(doc):
            return False
        return doc[i + 1].lower_ in self.role_starts and doc[i + 1].is_title

    def _extend_name(self, span: Span) -> Span:
        """'ministère de la Santé et de l'Action sociale': the model often stops
        at 'et'. Names of ministries run on over portfolio words joined by
        de/du/des/et/of/and, and the adjectives that follow them."""
        words = [t.lower_ for t in span if t.lower_ not in self.data.DETERMINERS]
        if words and words[0] in COMPLEMENTED_UNIT_HEADS and any(t.text[0].isupper() for t in span):
            return self._extend_unit(self._portfolios_only(span))
        if span.label_ != "ORG" or not words or words[0] not in MINISTRY_HEADS:
            return span
        span = self._portfolios_only(span)
        doc, end = span.doc, span.end
        best = _without_trailing_links(span)  # "ministère de la Santé et" (the model's cut)
        limit = min(len(doc), sentence_of(span[0]).end, span.end + 12)
        while end < limit and self._continues_name(doc, end, limit):
            end += 1
            if doc[end - 1].lower_ not in LINK_WORDS and doc[end - 1].text != ",":
                best = end
        if best == span.end:
            return span
        return Span(doc, span.start, best, label="ORG", kb_id=span.kb_id_)

    def _extend_unit(self, span: Span) -> Span:
        """ "division de la Stabilité | financière", "Département | du changement
        climatique et de la croissance verte": a unit's name runs over the lower-case
        adjectives and complements the model left out (its body after it stays apart)."""
        doc, end = span.doc, span.end
        while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ":
            end += 1
        end = self._complement_end(doc, end, set(), most=10)
        if end == span.end:
            return span  # "l'Afrique de l'Ouest et du | Centre" stays a region's part
        return Span(doc, span.start, end, label="ORG")

    def _with_demonym_after(self, span: Span) -> Span:
        """ "la Croix-Rouge | malagasy", "l'Agence spatiale | algérienne": a body and the
        nationality after it (French word order) are one name, the body's."""
        doc = span.doc
        movement = span.text.lower() in self.data.MOVEMENT_NAMES
        if span.kb_id_ or span.end >= len(doc) or not (span.label_ == "ORG" or movement):
            return span
        if not self._nationality_after(doc[span.end]):
            return span
        return Span(doc, span.start, span.end + 1, label="ORG")

    def _with_of_words(self, span: Span) -> Span:
        """'High Council | of Local Authorities': a body's name the model ended on its
        head noun runs on over 'of' and capitalised common words of names (not over
        a known name: 'the Bank of Ghana' is tagged whole or is two)."""
        doc = span.doc
        if span.label_ != "ORG" or span.kb_id_ or span.end + 2 >= len(doc):
            return span
        if not is_body_head(span[-1].text, self.body_heads) or doc[span.end].lower_ != "of":
            return span
        end = span.end + 1
        while end < len(doc) and end - span.end <= 4 and doc[end].is_title:
            if doc[end].ent_type_ or singular(doc[end].lower_) not in self.name_vocabulary:
                return span
            end += 1
        return Span(doc, span.start, end, label="ORG") if end > span.end + 1 else span

    def _joined_at_and(self, spans: list[Span]) -> list[Span]:
        """'National Agency of Statistics | and | Demography', 'Municipal Development |
        and | Solidarity Fund': a body's name the model cut at its "and", both parts
        made of the common words of names (never a known body, place or person's
        name on either side: 'the Bank of Ghana and Stanbic' are two)."""
        return _joined_pairs(
            spans,
            lambda first, span: self._and_between(first, span) and self._cut_pair(first, span),
        )

    def _joined_at_for(self, spans: list[Span]) -> list[Span]:
        """'Togolese Agency | for | Rural Electrification and Renewable Energy': a body
        noun's name the model cut at its "for", the words after it the common words
        of names (a known body after "for" is another: "Agency | for the WHO")."""
        return _joined_pairs(spans, self._purpose_after)

    def _purpose_after(self, first: Span, second: Span) -> bool:
        doc = first.doc
        if second.start != first.end + 1 or doc[first.end].lower_ not in FOR_WORDS:
            return False
        if first.label_ != "ORG" or first.kb_id_ or second.kb_id_ or second.label_ != "ORG":
            return False
        if not is_body_head(first[-1].text, self.body_heads):
            return False
        words = [t for t in second if t.lower_ not in LINK_WORDS]
        return bool(words) and self._common_name_words(words)

    def _and_between(self, first: Span, second: Span) -> bool:
        return second.start == first.end + 1 and first.doc[first.end].lower_ in AND_WORDS

    def _cut_pair(self, first: Span, second: Span) -> bool:
        if first.label_ != "ORG" or first.kb_id_ or second.kb_id_:
            return False
        if second.label_ not in ("ORG", "PER") or not self._common_name_words(second):
            return False
        if not self._common_name_words(first[-1:]) or len(second) > 3:
            return False
        # one side names a body ("Agency", "Fund"); both do when they are two bodies
        # ("OPEC Fund and Arab Coordination Group")
        return self._has_body_head(first) != self._has_body_head(second)

    def _has_body_head(self, span: Span) -> bool:
        return any(is_body_head(t.text, self.acronym_heads) for t in span)

    def _common_name_words(self, span: Iterable[Token]) -> bool:
        """Capitalised common words of bodies' names, none a known name."""
        return all(
            t.is_title and singular(t.lower_) in self.name_vocabulary for t in span
        ) and not any(self.kb.lookup(t.text) for t in span)

    def _portfolios_only(self, span: Span) -> Span:
        """ "remis au ministère de la Santé publique | des médicaments …": a ministry's
        portfolios are capitalised; a lower-case noun after a link word is the
        sentence's (the verb's object), where the model ran on."""
        doc = span.doc
        for k in range(span.start + 2, span.end - 1):
            if doc[k].lower_ not in OF_WORDS or doc[k - 1].lower_ in LINK_WORDS:
                continue  # "… et de la recherche scientifique": a portfolio, coordinated
            m = k
            while m < span.end and doc[m].lower_ in LINK_WORDS:
                m += 1
            if m < span.end and doc[m].is_lower and doc[m].pos_ == "NOUN":
                return Span(doc, span.start, k, label=span.label_, kb_id=span.kb_id_)
        return span

    def _with_topic(self, span: Span) -> Span:
        """'la Commission | sur le lien social de l'OMS': a body noun the model
        tagged alone, and the lower-case topic that names it (the body after it is
        joined later, as for units). Only 'sur'/'on' open a topic: 'pour'/'for' and
        'de' make the name run into the sentence (measured on the held-back set)."""
        doc = span.doc
        if span.label_ != "ORG" or len(span) > 2 or span.kb_id_ or not span[0].is_title:
            return span
        if span[0].lower_ not in self.data.ORG_HEAD_WORDS | self.data.BODY_NOUNS:
            return span
        k, words = span.end, 0
        while k < len(doc) and doc[k].lower_ in TOPIC_LINKS and words < 5:
            j = k + 1
            while j < len(doc) and doc[j].lower_ in self.data.DETERMINERS - OF_WORDS:
                j += 1
            run = j
            while run < len(doc) and _topic_word(doc[run]) and words < 5:
                run, words = run + 1, words + 1
            if run == j:
                break
            k = run
        if k < len(doc) and doc[k].pos_ == "ADP" and doc[k].lower_ not in OF_WORDS | TOPIC_LINKS:
            return span  # "la Commission | sur la mise | en œuvre": a report's topic, cut
        return Span(doc, span.start, k, label="ORG") if k > span.end else span

    def _extend_person(self, span: Span) -> Span:
        """'Grâce | Mbuyi Tshiala': the model can leave a first name out,
        typically at the start of a sentence."""
        if span.label_ != "PER":
            return span
        doc, start, end = span.doc, span.start, span.end
        while (
            start > 0
            and span.start - start < 2
            and not self._no_name_word(doc[start - 1])
            and (
                self._first_name_like(doc[start - 1])
                or self._stray_first_name(doc, start - 1)
                or self._opening_first_name(doc[start - 1])
                or self._apposed_first_name(doc, start - 1)
            )
        ):
            start -= 1
        if start == span.start and self._stray_hyphenated_first_name(doc, start):
            start -= 3  # "elected | Jean-Baptiste | Adéoti Dossou-Yovo", the first tagged a body
        # "Sophie Arnaud | -Delmas", "Amani | Wekesa-Otieno": the model can stop early
        words = 0  # whole words added; a hyphen's half is part of the word before
        while end < len(doc) and end - span.end < 5:
            if end + 1 < len(doc) and hyphen_joins(doc, end) and doc[end + 1].is_title:
                end += 2
            elif words < 2 and self._first_name_like(doc[end]) and not self._no_name_word(doc[end]):
                end, words = end + 1, words + 1
            else:
                break
        if end > span.end and (rest := self._model_person_end(doc, end)) is not None:
            end = rest if rest - start <= MAX_NAME_TOKENS else end  # "Marie | -France Malangu
            # | Kabedi Mbuyi" tagged apart: the names run on into the next one
        elif words == 2 and self._last_name_closed(doc, end):
            end += 1  # "Governor Marie | -France Malangu Kabedi Mbuyi |,"
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label="PER")

    def _no_name_word(self, token: Token) -> bool:
        """A headline's verb, a title's status word or a listed portfolio's word next to
        a name, no part of it: "Agency | Names | Kadiatou Coulibaly | Interim | Director"."""
        word = token.lower_
        if word in self.data.HEADLINE_VERBS or word in self.status_words:
            return True
        # "Minister of Transport and | Meteorology | Tahiry X": a listed portfolio's word
        doc, i = token.doc, token.i
        return i > 0 and doc[i - 1].lower_ in AND_WORDS | OF_WORDS and self._portfolio_word(doc, i)

    def _model_person_end(self, doc: Doc, i: int) -> int | None:
        """The end of the person the model (not our rules) tagged from token i, if one
        starts there."""
        if (
            i >= len(doc)
            or doc[i].ent_iob_ != "B"
            or self.data.LABEL_MAP.get(doc[i].ent_type_) != "PER"
        ):
            return None
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end

    def _last_name_closed(self, doc: Doc, i: int) -> bool:
        """A third name-like word the name runs on to, then a comma or a stop: the
        last of a person's names, not the start of something else."""
        return (
            i + 1 < len(doc)
            and self._first_name_like(doc[i])
            and doc[i + 1].text in (",", ".", ";", ")")
        )

    def _stray_first_name(self, doc: Doc, i: int) -> bool:
        """'Bambang | Hartono Wibisono' where the model took the first name for a
        one-word place: unknown to the knowledge base, right before the name."""
        token = doc[i]
        alone = token.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
        return (
            alone
            and token.ent_type_ in ("LOC", "GPE", "ORG")
            and token.is_title
            and token.is_alpha
            and not token.ent_kb_id_
            and self.kb.lookup(token.text) is None
            and token.lower_ not in self.titles
            and token.lower_ not in self.role_words  # "Secretary of | State Marco Rubio"
            and not self.kb.is_demonym(token.text)
        )

    def _apposed_first_name(self, doc: Doc, i: int) -> bool:
        """ "the Governor of the Far North Region, | Émile | Abega Mvondo": a capitalised
        word the tagger read as an adjective, right after a comma and before the name,
        that is no title, status, nationality or word of a body's name."""
        token = doc[i]
        word = token.lower_
        return (
            i > 0
            and doc[i - 1].text == ","
            and token.pos_ in ("ADJ", "NOUN")
            and not token.ent_type_
            and self._untitled_capitalised_word(token)
            and word not in self.status_words
            and singular(word) not in self.name_vocabulary
            and not self.kb.is_demonym(token.text)
        )

    def _stray_hyphenated_first_name(self, doc: Doc, start: int) -> bool:
        """ "Jean | - | Baptiste" right before a name, tagged alone as a body or a place
        no gazetteer knows: a compound first name."""
        if start < 3 or not hyphen_joins(doc, start - 2):
            return False
        first, second = doc[start - 3], doc[start - 1]
        ent = next((e for e in doc.ents if e.start == start - 3 and e.end == start), None)
        return (
            ent is not None
            and ent.label_ in ("ORG", "LOC", "GPE")
            and not ent.kb_id_
            and all(t.is_title and t.is_alpha for t in (first, second))
            and self.kb.lookup(ent.text) is None
            and not self.kb.countries_of_demonym(ent.text)  # « l'Équato-Guinéen X »
            and match_at(doc, start - 3, self.honorifics) != 3  # "Comptroller-General X"
        )

    def _opening_first_name(self, token) -> bool:
        """'Grâce Mbuyi Tshiala, qui dirige …': a first name that is also a common
        noun, read as one where it opens the sentence right before the name."""
        return (
            token.is_sent_start
            and token.pos_ in ("NOUN", "PROPN")
            and not token.is_stop
            and self._untitled_capitalised_word(token)
        )

    def _untitled_capitalised_word(self, token: Token) -> bool:
        """A capitalised word of letters that is no title, no word of one, and nothing
        the knowledge base knows: a first name the tagger may have read otherwise."""
        return (
            token.is_title
            and token.is_alpha
            and token.lower_ not in self.titles
            and token.lower_ not in self.role_words
            and self.kb.lookup(token.text) is None
        )

    def _first_name_like(self, token) -> bool:
        return (
            token.pos_ == "PROPN"
            and _capitalised_name_word(token.text)
            and not token.ent_type_
            and not token.is_stop
            and token.lower_ not in self.titles
            and token.lower_ not in self.role_words
            and token.lower_ not in self.data.DETERMINERS
            and not self._is_headline_verb(token)
        )

    def _is_headline_verb(self, token) -> bool:
        """'Air Océane Comores | Names | Ahmed Said': no first name of the person after."""
        return token.lower_ in self.data.HEADLINE_VERBS and _headline_cased(sentence_of(token))

    def _continues_name(self, doc: Doc, i: int, limit: int) -> bool:
        token = doc[i]
        if token.ent_iob_ == "B" and self._coordinated_portfolio(doc, i):
            return True
        if token.ent_type_ in ("PER", "LOC") or token.lower_ in self.titles:
            return False
        if token.is_title and self._known_place_at(doc, i):
            return False  # "… Transition écologique de | Côte d'Ivoire" tagged as one MISC
        next_name = i + 1 < limit and doc[i + 1].ent_iob_ == "B"
        if token.ent_iob_ == "B" or (
            next_name and not token.is_alpha and not self._coordinated_portfolio(doc, i + 1)
        ):
            return False  # another name starts: "…, the World Bank and …"
        if token.lower_ in LINK_WORDS:
            return True
        if token.text == ",":
            return i + 1 < limit and doc[i + 1].lower_ in LINK_WORDS
        if token.is_title and token.is_alpha:
            return True
        # "… de l'Action sociale", "des Productions vivrières": a lowercase adjective or
        # portfolio word right after a portfolio word
        adjective = token.pos_ == "ADJ" or token.lower_ in self.portfolio_words
        if not (adjective and token.is_lower):
            return False
        # "des Ressources animales | et halieutiques": a second adjective of one word
        return (
            doc[i - 1].is_title
            or (i > 1 and doc[i - 1].lower_ in AND_WORDS and doc[i - 2].pos_ == "ADJ")
            or self._portfolio_after_title(doc, i)
        )

    def _portfolio_after_title(self, doc: Doc, i: int) -> bool:
        """ "Promotion de la | femme", "Protection de l' | enfant": a lower-case
        portfolio noun after a capitalised one and its "de (la)"."""
        if doc[i].lower_ not in self.portfolio_words or doc[i].pos_ != "NOUN":
            return False
        k = i - 1
        while k > 0 and doc[k].lower_ in OF_WORDS | self.data.DETERMINERS and i - k < 3:
            k -= 1
        return k < i - 1 and doc[k].is_title and doc[i - 1].lower_ not in AND_WORDS

    def _known_place_at(self, doc: Doc, i: int) -> bool:
        """A country or region of the knowledge base starts at token i."""
        for end in range(min(len(doc), i + 4), i, -1):
            entry = self.kb.lookup(doc[i:end].text)
            if entry is not None and _country_or_region(entry):
                return True
        return False

    def _coordinated_portfolio(self, doc: Doc, i: int) -> bool:
        """'ministère de la Santé et | de la Protection sociale', 'de l'Agriculture, |
        du Développement rural': a name the model starts after 'et de (la)' or ', du'
        is the ministry's next portfolio, unless it is a known body or place."""
        ent = next((e for e in doc.ents if e.start == i), None)
        if i > 0 and doc[i - 1].lower_ in ("and", ",") and ent is not None:
            return self._portfolio_name(ent)  # "Ministry of Higher Education and |
            # Scientific Research"
        k = i
        while k > 0 and doc[k - 1].lower_ in ("la", "l'", "les"):
            k -= 1
        if k < 2 or doc[k - 1].lower_ not in OF_WORDS - {"of"}:
            return False
        if doc[k - 2].lower_ not in ("et", ",") or doc[i].ent_type_ in ("PER", "PERSON"):
            return False
        return ent is None or self.kb.lookup(ent.text) is None

    def _portfolio_name(self, ent: Span) -> bool:
        """A name the model cut from a ministry's: unknown, no body noun in it, and
        a portfolio word among its words ('Scientific Research', not 'Ecobank' nor
        'Global Affairs Canada', which names a country)."""
        words = {t.lower_ for t in ent if t.is_alpha}
        return (
            ent.label_ not in ("PER", "PERSON", "LOC", "GPE")  # "Foresight" a work of art
            and self.kb.lookup(ent.text) is None
            and not any(self.kb.lookup(t.text) for t in ent if t.is_title)
            and not words & (self.data.ORG_HEAD_WORDS | self.data.BODY_NOUNS)
            and bool(words & set(self.data.MINISTRY_DOMAINS))
        )

    def _keep(self, span: Span) -> bool:
        if self._is_event_name(span) or not self._plausible(span) or self._common_noun_place(span):
            return False
        if span.text in CURRENCY_CODES:
            return False  # "francs CFA", "CFA francs": a currency, no body
        if self._only_place_kind(span):
            return False  # "the | Urban Municipality | of Toamasina": the town is named after
        if _amount(span):
            return False  # "fined CFA 1.3 billion", "FCFA 4,500": a sum, no body
        if len(span) == 1 and self.kb.is_demonym(span[0].text):
            return False  # "la Norvégienne Ingrid X": a nationality, no place; "1.2 million
            # Nigeriens" read as a person
        if span.label_ == "LOC" and self._nationals_abroad(span):
            return False  # "Minister of … and | Tunisians Abroad": a portfolio, no place
        if span.label_ in ("ORG", "LOC") and self._only_portfolio(span):
            return self._after_kind_acronym(span)  # "l'ONG | Jeunesse Verte" is a name
        if span.label_ == "PER" and self._only_portfolio(span) and self._after_portfolio(span):
            return False  # "Minister of Climate and | Green Growth" read as a person
        if span.text.lower() in self.titles or self._in_title_phrase(span):
            return False  # "His | Majesty" tagged as a body, "garde des | Sceaux"
        if len(span) == 1 and span.label_ != "PER" and self._opens_role(span.doc, span.start):
            return False  # "said | Group | Chief Executive Officer X": the title's first word
        if span.label_ == "PER" and self._product_named(span):
            return False  # "the Kilimo Bora | app": a product, no person
        if span.label_ == "ORG" and self._office_function(span):
            return False  # "Director of | Operations": the title's function, no body
        if span.label_ == "ORG" and self._function_adjectives(span):
            return False  # "its | Medical and Scientific | Director": a function, no body
        if (span.label_ != "PER" or len(span) == 1) and self._appointee_qualification(span):
            return False  # "M. X, | Inspecteur des finances |, est nommé …", "Mme X, |
            # Médecin |, est nommée …" (read as a person): a trade
        return not (span.label_ in ("ORG", "LOC") and self._inside_role(span))

    def _nationals_abroad(self, span: Span) -> bool:
        """A nationality in the plural and the words that put its people abroad
        ("Tunisians Abroad", « Sénégalais de l'extérieur »)."""
        first, n = span[0], self.abroad.match_at(span.doc, span.start + 1)
        return (
            n > 0
            and span.start + 1 + n == span.end
            and self.kb.country_of_demonym(first.text) is not None
        )

    def _appointee_qualification(self, span: Span) -> bool:
        """Between commas, right after a person and before the verb that appoints or
        describes them (« Mme X, Médecin, est nommée … », "Mr X, Finance Inspector, is
        appointed …"): the person's trade, no body."""
        doc, i, j = span.doc, span.start, span.end
        if span.kb_id_ or i < 2 or j + 1 >= len(doc) or doc[i - 1].text != ",":
            return False
        if doc[j].text != ",":
            return False
        return doc[i - 2].ent_type_ == "PER" and doc[j + 1].lower_ in self.data.COPULA_LINKS

    def _office_function(self, span: Span) -> bool:
        """One function word right after a body head's title and its 'of' ("Director of
        | Operations"; not "Director of the | Treasury", a body)."""
        doc, i = span.doc, span.start
        return (
            len(span) == 1
            and span[0].lower_ in self.data.OFFICE_FUNCTIONS
            and i >= 2
            and doc[i - 1].lower_ in OF_WORDS
            and doc[i - 2].lower_ in self.body_title_ends
        )

    def _function_adjectives(self, span: Span) -> bool:
        """Function adjectives only, and their links, right before a title's word."""
        doc, links = span.doc, AND_WORDS | {","}
        if span.end >= len(doc) or doc[span.end].lower_ not in self.role_words:
            return False
        words = [t.lower_ for t in span if t.lower_ not in links]
        return bool(words) and all(w in self.data.FUNCTION_ADJECTIVES for w in words)

    def _product_named(self, span: Span) -> bool:
        """A product's lower-case noun right before or after the name."""
        doc = span.doc
        around = [doc[k] for k in (span.start - 1, span.end) if 0 <= k < len(doc)]
        return any(t.is_lower and t.lower_ in self.data.PRODUCT_NOUNS for t in around)

    def _after_kind_acronym(self, span: Span) -> bool:
        return span.start > 0 and span.doc[span.start - 1].text in self.data.KIND_ACRONYMS

    def _in_title_phrase(self, span: Span) -> bool:
        doc = span.doc
        for words in self.title_phrases:
            start = span.end - len(words)
            if start >= 0 and start <= span.start and lowers(doc)[start : span.end] == words:
                return True
        return False

    def _after_portfolio(self, span: Span) -> bool:
        """Right after 'and'/'et' or a comma and a portfolio word: the list of portfolios
        goes on ("Minister of Agriculture, | Maritime Fisheries |, Rural …")."""
        doc, k = span.doc, span.start
        while k > 0 and doc[k - 1].lower_ in self.data.DETERMINERS | OF_WORDS:
            k -= 1
        return (
            k > 1
            and (doc[k - 1].lower_ in AND_WORDS or doc[k - 1].text == ",")
            and doc[k - 2].lower_ in self.portfolio_words
        )

    def _only_portfolio(self, span: Span) -> bool:
        """'Économie et Finances', 'Youth and Sports': a minister's portfolio, wherever
        it is left, names no body; the Treasury does."""
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in LINK_WORDS]
        return (
            not span.kb_id_
            and bool(words)
            and all(w in self.portfolio_words or singular(w) in self.portfolio_words for w in words)
            and not any(w in TREASURY_WORDS for w in words)
        )

    def _inside_role(self, span: Span) -> bool:
        """Portfolio words after a minister's title ('ministre de la Santé et des
        Finances', 'Minister of Health and Social Protection') and roles ending a
        span ('FAO Emergency Operations Coordinator') are no organisations."""
        if span.kb_id_:
            return False
        if span[-1].lower_ in self.role_words and span.label_ == "ORG":
            return not (
                self._national_body(span)
                or self._named_after_person(span)
                or self._body_of_members(span)
            )
        if span.label_ == "LOC" and self.kb.lookup(span.text) is not None:
            return False
        if span.label_ == "ORG" and self._body_of_members(span):
            return False  # "Secretary General of the | National Union of Health Workers"
        doc, k = span.doc, span.start - 1
        while k >= 0 and span.start - k <= 12:  # three portfolios and their links
            token = doc[k]
            if token.lower_ in self.role_heads_lower:
                return True
            if span.label_ == "LOC" and token.lower_ in self.data.COMMISSIONER_ROLES:
                return True  # « commissaire chargée de la Pêche et des Océans »: no place
            if not (
                token.lower_ in LINK_WORDS
                or token.lower_ in self.data.CHARGED_WORDS  # "commissaire chargée de"
                or token.text == ","
                or token.is_title
                or token.pos_ == "ADJ"
            ):
                return False
            k -= 1
        return False

    def _named_after_person(self, span: Span) -> bool:
        """ "Université Mohammed Premier": a body's noun, then the name of the one it is
        named after, whose regnal number is a word of titles; not "Commission Chair"."""
        doc = span.doc
        start = span.start
        while start < span.end and doc[start].lower_ in self.data.DETERMINERS:
            start += 1
        before = doc[span.end - 2] if span.end - 2 > start else None
        return (
            before is not None
            and is_body_head(doc[start].text, self.body_heads)
            and before.is_title
            and not is_body_head(before.text, self.body_heads)
            and before.lower_ not in self.role_words
        )

    def _body_of_members(self, span: Span) -> bool:
        """ "National Union of Health Workers", "Association of Women Judges": a body's
        head noun before the 'of' its members' trade follows."""
        words = [t.lower_ for t in span]
        cut = next((k for k, w in enumerate(words) if w in OF_WORDS), None)
        return cut is not None and any(w in MEMBERS_BODY_NOUNS for w in words[:cut])

    def _national_body(self, span: Span) -> bool:
        """'Ghana Cocoa Board', 'Rwanda Development Board': a country's body whose name
        ends on a word of titles ("board member"); not "ETI | Board", a body's board."""
        place = self.kb.lookup(span[0].text)
        return (
            span[-1].lower_ in self.body_heads
            and place is not None
            and place.type == "LOC"
            and all(t.is_title for t in span)
        )

    def _is_event_name(self, span: Span) -> bool:
        """'Conférence régionale sur …', 'International Labour Conference' are events."""
        if span.kb_id_ or span.label_ == "PER":
            return False
        if span.text.lower().startswith(self.data.NON_EVENT_NAMES):
            return False  # « Assemblée provinciale », "Provincial Assembly": legislatures
        return any(t.is_title and t.lower_ in self.data.EVENT_TRIGGERS for t in span)

    def _common_noun_place(self, span: Span) -> bool:
        """'État' (of 'chefs d'État'), 'Centre', 'Norvégienne': one capitalised
        common noun or demonym the model took for a place."""
        if span.label_ != "LOC" or len(span) != 1 or span.kb_id_:
            return False
        token = span[0]
        if self.kb.lookup(token.text) is not None or subdivision_code(token.text):
            return False  # "de l'Oriental": a region of one country only (ISO 3166-2)
        if self._place_kind_around(span):
            return False  # "la région du Centre", "des régions des Savanes et de la Kara"
        if self.kb.country_of_demonym(token.text) is not None:
            return True
        # a common noun the model's vectors know in lower case ('état', 'centre');
        # rare place names ('Anosy', 'Apurímac') have no vector
        common = token.vocab.has_vector(token.lower_) and "-" not in token.text
        return token.pos_ == "NOUN" and common

    def _plausible(self, span: Span) -> bool:
        """People's names are capitalised and not role words ('Premier ministre'); one
        word in lower case names nothing ('300 cooperatives' tagged a body)."""
        if len(span) == 1 and span[0].is_lower and not span.kb_id_:
            return False
        if span.label_ != "PER":
            return True
        alpha = [t for t in span if t.is_alpha]
        if not alpha or any(t.is_lower and t.lower_ not in NAME_PARTICLES for t in alpha):
            return False
        return not all(t.lower_ in self.role_words for t in alpha)

    # --- knowledge base -------------------------------------------------
    def _prefer_kb(self, doc: Doc, spans: list[Span]) -> tuple[list[Span], list[Span]]:
        """Knowledge-base matches win over model spans they cover or cross,
        but never cut into a longer model span (e.g. a person 'Chad Smith'). Also
        gives the matches inside the longer model spans kept ('UNICEF' in 'Bureau
        régional de l'UNICEF pour …')."""
        kb_spans = []
        matches = [m for matcher in self.matchers for m in matcher(doc)]
        for match_id, start, end in matches:
            if doc[start].is_alpha and doc[start].text[0].islower():
                continue  # "la réunion" is no island, "fonds mondial" no Global Fund (but "AfDB")
            if _only_article_capitalised(doc[start:end]):
                continue  # "La réunion était présidée …": the sentence's first word
            label, qid = doc.vocab.strings[match_id].split("|", 1)
            kb_spans.append(Span(doc, start, end, label=label, kb_id=qid))
        kb_spans = non_overlapping(sorted(kb_spans, key=lambda s: (-len(s), s.start)))
        kept, covered = [], []
        for span in spans:
            inside = [k for k in kb_spans if k.start >= span.start and k.end <= span.end]
            if inside and self._known_body_and_modifiers(span, inside):
                continue  # "a UNESCO World Heritage site": the body is UNESCO
            if inside and self._members_of_known(span, inside):
                continue  # "États de | l'Union économique et monétaire ouest-africaine"
            if inside and len(inside[0]) < len(span):
                kb_spans = [k for k in kb_spans if k not in inside]
                covered.extend(inside)
                kept.append(self._with_kb_id(span))
            else:
                kept.append(span)
        kept = [_after_known(s, kb_spans) if s.label_ == "PER" else s for s in kept]
        return kb_spans + [s for s in kept if not _overlaps_any(s, kb_spans)], covered

    def _members_of_known(self, span: Span, inside: list[Span]) -> bool:
        """A model name made of a word or two, 'of' and a known body ending it ("États
        de l'UEMOA", "Member States of the African Union"): the body is named, its
        members are no body of their own."""
        known = inside[-1]
        if known.label_ != "ORG" or known.end != span.end or known.start <= span.start:
            return False
        doc, k = span.doc, known.start
        while k > span.start and doc[k - 1].lower_ in self.data.DETERMINERS - OF_WORDS:
            k -= 1
        if k <= span.start or doc[k - 1].lower_ not in OF_WORDS:
            return False
        words = [t for t in doc[span.start : k - 1] if t.is_alpha]
        return 1 <= len(words) <= 2 and not any(
            is_body_head(t.lower_, self.body_heads) or t.lower_ in self.role_words for t in words
        )

    def _known_body_and_modifiers(self, span: Span, inside: list[Span]) -> bool:
        """A model name made of a known body and capitalised words that name no unit
        of it ('UNESCO World Heritage', not 'WHO Regional Office', 'UNICEF Madagascar')."""
        known = inside[0]
        if span.label_ != "ORG" or len(inside) != 1 or known.start != span.start:
            return False
        rest = span.doc[known.end : span.end]
        if known.label_ != "ORG" or not len(rest) or self.kb.lookup(rest.text) is not None:
            return False
        if all(t.is_lower and t.is_alpha for t in rest) and rest[0].lower_ not in LINK_WORDS:
            return True  # "Conseil de l'Europe | relative à …": a word of the sentence
        heads = self.data.ORG_HEAD_WORDS | self.data.PROGRAMME_NOUNS | self.role_words
        return all(
            t.is_title
            and t.is_alpha
            and not is_body_head(t.lower_, heads)
            and not self.kb.lookup(t.text)
            for t in rest
        )

    def _with_kb_id(self, span: Span) -> Span:
        entry = self.kb.lookup(span.text)
        if entry is None or entry.type != span.label_:
            return span
        return Span(span.doc, span.start, span.end, label=span.label_, kb_id=entry.qid)

    def _determined_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'La HABG était représentée', "the KEMRI's board": an untagged word in
        capitals after an article, or before a possessive, names a body."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for i in caps_words(doc):  # the tokens `caps_word` may accept
            token = doc[i]
            if token.i in taken or not caps_word(token) or token.lower_ in self.data.CAPS_WORDS:
                continue
            if token.text in CURRENCY_CODES:
                continue  # "a CFAF 75 billion loan"
            before = doc[token.i - 1].lower_ if token.i > 0 else ""
            after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            fronted = (  # "For INRS, Director General X …"
                after == ","
                and before in self.data.FRONTED_ORG_PHRASES
                and bool(doc[token.i - 1].is_sent_start)
            )
            if before in self.data.DETERMINERS or after in ("'s", "’s") or fronted:
                found.append(Span(doc, token.i, _hyphened_caps_end(doc, token.i), label="ORG"))
            elif self._after_source_words(doc, token.i):  # "according to ANACIM"
                found.append(Span(doc, token.i, _hyphened_caps_end(doc, token.i), label="ORG"))
        return found

    def _bracketed_brands(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Senegal's national electricity company (Senelec)": one capitalised word
        in brackets right after a body noun in lower case names that body."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        nouns = self.data.BODY_NOUNS | self.data.ORG_HEAD_WORDS
        found = []
        for i in (k + 1 for k in positions(doc, ("(",), 1, len(doc) - 2)):
            token, noun = doc[i], doc[i - 2]
            if doc[i + 1].text != ")" or i in taken or not (noun.is_lower and noun.lower_ in nouns):
                continue
            if not (token.is_title and token.is_alpha and len(token) > 3):
                continue
            if token.lower_ not in self.calendar and not self.kb.lookup(token.text):
                found.append(Span(doc, i, i + 1, label="ORG"))  # not "(Monday)"
        return found

    def _bracketed_caps_phrases(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "the Directorate-General for the Middle East, North Africa and the Gulf
        (DG MENA)": two or three words in capitals filling brackets after a body's
        capitalised noun in the sentence name that body (a one-word acronym is read
        with the article's definitions, see extractor.acronyms; right after a tagged
        body, the brackets are that body's, as `_acronyms` reads them)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        bodies_before = {s.end + 1 for s in spans if s.label_ == "ORG"}
        found = []
        for i in (k + 1 for k in positions(doc, ("(",), 1, len(doc) - 3)):
            if i in bodies_before:
                continue  # "… Programme (AGRO RURAL)": the body's own short name, paired later
            end = i
            while end < len(doc) and end - i < 3 and _caps_name(doc[end]):
                end += 1
            if end - i < 2 or end >= len(doc) or doc[end].text != ")":
                continue
            before = doc[max(doc[i].sent.start, i - 16) : i - 1]
            named = any(t.is_title and is_body_head(t.lower_, self.body_heads) for t in before)
            if named and not taken.intersection(range(i, end)):
                found.append(Span(doc, i, end, label="ORG"))
        return found

    def _after_source_words(self, doc: Doc, i: int) -> bool:
        return any(
            [t.lower_ for t in doc[max(0, i - len(words)) : i]] == words
            for words in self.source_words
        )

    def _defined_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """The acronyms of bodies the article defines elsewhere (see extractor.acronyms),
        where the model left them untagged."""
        known = doc.user_data.get(ACRONYMS_KEY)
        if not known:
            return []
        taken = {i for s in spans for i in range(s.start, s.end)}
        # a token whose text is an acronym has that acronym's lower case as its form;
        # "APEX-CI" is three tokens, found from its first
        firsts = {short.split("-")[0].lower() for short in known}
        found = []
        for i in positions(doc, firsts):
            n = next((n for n in (1, 3) if doc[i : i + n].text in known), 0)
            if (
                n
                and not taken & set(range(i, i + n))
                and self.kb.lookup(doc[i : i + n].text) is None
            ):
                found.append(Span(doc, i, i + n, label="ORG"))
        return found

    def _untagged_ministries(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Le ministère de la Transition énergétique et du Développement durable' the
        model left untagged: 'ministère'/'ministry', 'de (la)', a capitalised word."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        heads = {self.data.MINISTRY_WORD, *self.data.DEPARTMENT_WORDS}
        for i in positions(doc, heads, 0, len(doc) - 2):
            token = doc[i]
            if token.i in taken or (token.lower_ != self.data.MINISTRY_WORD and not token.is_title):
                continue
            j = token.i + 1
            if self.kb.country_of_demonym(doc[j].text) is not None and doc[j].is_lower:
                j += 1  # "le ministère chinois de l'Écologie"
            if j >= len(doc) - 1 or doc[j].lower_ not in OF_WORDS:
                continue
            j += 1 + (doc[j + 1].lower_ in self.data.DETERMINERS and j + 2 < len(doc))
            if j < len(doc) and doc[j].is_title and j not in taken and not self._place_word(doc[j]):
                found.append(self._extend_name(Span(doc, token.i, j + 1, label="ORG")))
        return found

    def _place_word(self, token) -> bool:
        """'the Department of | Loreto' is a place (Peru's departments)."""
        entry = self.kb.lookup(token.text)
        return (entry is not None and entry.type == "LOC") or is_town(token.text)

    def _lower_case_offices(self, doc: Doc, spans: list[Span]) -> tuple[list[Span], list[Span]]:
        """'le bureau de l'OMS au Maroc', "the WHO('s) office in Morocco": a known body's
        office in a country, written in lower case, is one organisation (its body and
        country stay mentions of their own). Returns the spans and those countries."""
        by_start = {s.start: s for s in spans}
        by_end = {s.end: s for s in spans if s.label_ == "ORG"}
        offices, places = [], []
        for i in positions(doc, OFFICE_NOUNS, 1, len(doc) - 2):
            if not doc[i].is_lower or any(s.start <= i < s.end for s in spans):
                continue
            # « le bureau régional | d'Afreximbank à Abidjan »: a regional office is a town's
            regional = doc[i + 1].lower_ in self.data.REGIONAL_WORDS
            link = i + 1 + regional
            body = self._linked_ent(doc, link, OF_WORDS, by_start, ("ORG",))  # "bureau de"
            start, after = i, (body.end if body is not None else link)
            if body is None:  # "WHO office", "WHO's office"
                body = _owner_before(doc, i, by_end)
                start = body.start if body is not None else i
            place = self._linked_ent(doc, after, WHERE_WORDS, by_start, ("LOC",))
            if body is None or not body.kb_id_ or place is None:
                continue
            if not self._is_country(place) and doc[i].lower_ not in TOWN_OFFICE_NOUNS:
                if not regional:
                    continue
            offices.append(Span(doc, start, place.end, label="ORG"))
            places.append(place)
        if not offices:
            return spans, []
        return offices + [s for s in spans if not _overlaps_any(s, offices)], places

    def _untagged_units(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'le Pôle régional | de la BID', 'la Division régionale | du FIDA': a
        capitalised unit noun after a determiner, its adjectives, then 'of' and a
        body the model found. The unit is joined to its body (and place) later."""
        # the model's one-word place on the noun alone ("le | Centre | d'investissement")
        alone = {s.start for s in spans if len(s) == 1 and not s.kb_id_}
        taken = {i for s in spans for i in range(s.start, s.end)} - alone
        bodies = {s.start for s in spans if s.label_ == "ORG"}
        found = []
        for i in positions(doc, UNTAGGED_UNIT_HEADS, 1, len(doc) - 2):
            token = doc[i]
            if token.i in taken:
                continue
            if not token.is_title:
                found += self._led_lower_case_unit(doc, i, taken, spans)
                continue
            if doc[token.i - 1].lower_ not in self.data.DETERMINERS:
                continue
            if self._compass_part(doc, token.i):
                continue  # "l'Afrique de l'Ouest et du | Centre": a region's part
            j = token.i + 1
            while j < len(doc) - 1 and doc[j].pos_ == "ADJ" and j not in taken:
                j += 1  # "régional", "Regional"
            if token.lower_ in COMPLEMENTED_UNIT_HEADS:
                j = self._lower_case_complement(doc, j, taken)
            k = self._past_determiners(doc, j + 1)
            if doc[j].lower_ in OF_WORDS and k in bodies:
                found.append(Span(doc, token.i, j, label="ORG"))
        return found

    def _past_determiners(self, doc: Doc, k: int, most: int = 2) -> int:
        """Token k, or the first token after the (at most two) determiners there."""
        start = k
        while k < len(doc) and doc[k].lower_ in self.data.DETERMINERS and k - start < most:
            k += 1
        return k

    def _led_lower_case_unit(
        self, doc: Doc, i: int, taken: set[int], spans: list[Span]
    ) -> list[Span]:
        """'la direction régionale de la santé publique | de l'Anosy |, dirigée par X':
        a lower-case administration at its level, its lower-case portfolio and the place
        or body it belongs to (in its name, as English: "Anosy Regional Directorate of
        Public Health"), when a participle says it is led (lower-case names run into
        the sentence otherwise: measured on the held-back set)."""
        levels = self.data.UNIT_LEVELS.get(doc[i].lower_)
        if not levels or i + 2 >= len(doc) or doc[i + 1].lower_ not in levels:
            return []
        if doc[i - 1].lower_ not in self.data.DETERMINERS:
            return []
        j = self._lower_case_complement(doc, i + 2, taken)
        k = self._past_determiners(doc, j + 1)
        owner = next((s for s in spans if s.start == k and s.label_ in ("LOC", "ORG")), None)
        if j == i + 2 or owner is None or owner.end + 1 >= len(doc):
            return []
        led = doc[owner.end].text == "," and doc[owner.end + 1].lower_ in self.lead_participles
        return [Span(doc, i, owner.end, label="ORG")] if led else []

    def _untagged_bodies_of_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Autonomous Port | of Dakar' the model left untagged: after 'the', one
        to three capitalised words ending on a body noun, then 'of' and a place the
        model found, are one body."""
        # the model's facility or body on the words before 'of' gives way
        named = {s.end: s for s in spans if not s.kb_id_ and s.label_ in ("LOC", "ORG")}
        taken = {i for s in spans for i in range(s.start, s.end)}
        taken -= {i for s in named.values() for i in range(s.start, s.end)}
        places = {s.start: s for s in spans if s.label_ == "LOC"}
        found = []
        for i in positions(doc, PLACE_BODY_HEADS | EMBASSY_HEADS, 1, len(doc) - 2):
            if not doc[i].is_title or i in taken or doc[i + 1].lower_ != "of":
                continue
            start = i
            while start > 0 and i - start < 3 and self._modifier_word(doc[start - 1], taken):
                start -= 1
            place = places.get(i + 3 if doc[i + 2].lower_ == "the" else i + 2)
            embassy = doc[i].lower_ in EMBASSY_HEADS  # "the Embassy of Japan", bare
            if (start < i or embassy) and doc[start - 1].lower_ == "the" and place is not None:
                end = self._host_end(place, places) if embassy else place.end
                found.append(Span(doc, start, end, label="ORG"))
        return found + [s for s in spans if not _overlaps_any(s, found)] if found else spans

    def _host_end(self, place: Span, places: dict[int, Span]) -> int:
        """'the Embassy of Japan | in Senegal': the host country ends an embassy's name."""
        doc, k = place.doc, place.end
        host = places.get(k + 1) if k < len(doc) and doc[k].lower_ == "in" else None
        return host.end if host is not None and self._is_country(host) else place.end

    def _modifier_word(self, token, taken: set[int]) -> bool:
        return (
            token.is_title
            and token.is_alpha
            and token.i not in taken
            and token.lower_ != "the"
            and self.kb.lookup(token.text) is None
        )

    def _lower_case_complement(self, doc: Doc, j: int, taken: set[int]) -> int:
        """The end of a unit's lower-case complement before its body: "Centre |
        d'investissement | de la FAO", "Division | de la stabilité financière | de la
        Banque". Only when a body follows it; else j."""
        k = self._complement_end(doc, j, taken)
        return k if k > j and k < len(doc) and doc[k].lower_ in OF_WORDS else j

    def _complement_end(self, doc: Doc, j: int, taken: set[int], most: int = 6) -> int:
        """The end of lower-case 'de/des + noun (+ adjectives)' groups from j."""
        k = j
        while k < len(doc) - 2 and k - j < most:
            if doc[k].lower_ in AND_WORDS and k > j and doc[k + 1].lower_ in OF_WORDS:
                k += 1  # "du changement climatique | et | de la croissance verte"
            if doc[k].lower_ not in OF_WORDS:
                break
            m = k + 1
            while m < len(doc) and doc[m].lower_ in self.data.DETERMINERS and m - k < 3:
                m += 1
            if m >= len(doc) or not doc[m].is_lower or doc[m].pos_ != "NOUN" or m in taken:
                break
            if is_body_head(doc[m].lower_, self.body_heads) or doc[m].lower_ in MINISTRY_HEADS:
                break  # "Département de la coopération internationale | du ministère …"
            m += 1
            while m < len(doc) and doc[m].is_lower and doc[m].pos_ == "ADJ" and m not in taken:
                m += 1
            k = m
        return k

    def _ranked_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'le Haut Conseil des collectivités territoriales', 'la Haute Autorité de
        santé' the model missed: a capitalised rank adjective and body noun, and the
        lower-case complement naming it."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for i in positions(doc, self.data.RANK_ADJECTIVES, 0, len(doc) - 2):
            head = doc[i + 1]
            if not (doc[i].is_title and head.is_title) or i in taken or i + 1 in taken:
                continue
            if head.lower_ not in self.data.ORG_HEAD_WORDS:
                continue
            end = self._complement_end(doc, i + 2, taken)
            if end > i + 2:
                found.append(Span(doc, i, end, label="ORG"))
        return found

    def _head_noun_joined(self, spans: list[Span]) -> list[Span]:
        """ "the African Corridors Co-financing | Platform (ACCP)" the model cut before
        its head: a capitalised body or programme noun right after a body's name
        ends that name."""
        out: list[Span] = []
        for span in spans:
            before = out[-1] if out else None
            if (
                before is not None
                and before.end == span.start
                and before.label_ == span.label_ == "ORG"
                and not before.kb_id_
                and len(span) == 1
                and span[0].is_title
                and (
                    span[0].lower_ in self.programme_nouns
                    or is_body_head(span[0].lower_, self.body_heads)
                )
            ):
                out[-1] = Span(span.doc, before.start, span.end, label="ORG")
                continue
            out.append(span)
        return out

    def _named_after_kind(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """« l'ONG Aide et Action », "the NGO Save the Children" the model missed: the
        capitalised words after a kind's acronym, with the small words between them,
        name a body."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for i in positions(doc, self.kind_acronyms, 0, len(doc) - 1):
            end = i + 1
            while end < len(doc) and end not in taken and end - i <= 6:
                token = doc[end]
                if not (token.is_title or token.lower_ in NAME_INNER_WORDS):
                    break
                end += 1
            while end > i + 1 and not doc[end - 1].is_title:
                end -= 1  # "Aide et Action | et": a small word ends no name
            if end > i + 1 and doc[i].is_upper:
                found.append(Span(doc, i + 1, end, label="ORG"))
        return found

    def _companies_named_by_noun(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """« le groupe danois Maersk », "the Maersk group", "the bank Ecobank": capitalised
        words beside a lower-case company noun name a company, untagged or read as a
        person (before the noun in English only; a known place, a nationality or a
        date names none)."""
        people = {(s.start, s.end): s for s in spans if s.label_ == "PER" and not s.kb_id_}
        taken = {i for s in spans for i in range(s.start, s.end) if (s.start, s.end) not in people}
        found = []
        for i in positions(doc, self.data.COMPANY_NOUNS):
            if doc[i].is_lower and not _title_cased(doc[i].sent):
                found += [n for n in self._company_names_at(doc, i) if self._company_name(n, taken)]
        if not found:
            return spans
        named = {(n.start, n.end) for n in found}
        kept = [s for s in spans if (s.start, s.end) not in named or s.label_ != "PER"]
        return kept + found

    def _company_names_at(self, doc: Doc, i: int) -> list[Span]:
        """The capitalised words right after the company noun at i (a nationality
        between: « le groupe danois | Maersk ») and, in English, right before it."""
        names = []
        j = i + 1
        if j < len(doc) and doc[j].is_lower and self.kb.is_demonym(doc[j].text):
            j += 1
        if j < len(doc) and _title_run_end(doc, j) > j:
            names.append(Span(doc, j, _title_run_end(doc, j), label="ORG"))
        if not self.data.PROGRAMME_NAME_AFTER_NOUN and i > 1:
            start = _title_run_start(doc, i)
            while start < i and doc[start].lower_ in self.data.DETERMINERS:
                start += 1  # "The | Maersk group" opening a sentence
            if 0 < start < i and doc[start - 1].lower_ in self.data.DETERMINERS:
                names.append(Span(doc, start, i, label="ORG"))  # "the | Maersk | group"
        return names

    def _company_name(self, name: Span, taken: set[int]) -> bool:
        if taken.intersection(range(name.start, name.end)) or name[0].is_sent_start:
            return False
        return self._unknown_place_name(name) and not is_town(name.text)

    def _titled_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Dr Ana Ferreira', 'Mme Awa Ndiaye' the model missed: capitalised
        words after a personal title are a person's name."""
        found: list[Span] = []
        titles = positions(doc, PERSONAL_TITLES, 0, len(doc) - 1)
        if not titles:
            return found
        taken = {i for s in spans for i in range(s.start, s.end)}
        for token in (doc[i] for i in titles):
            start = end = self._after_honorifics(doc, token.i)
            while end < len(doc) and end - token.i <= 6 and end not in taken:
                if _name_token(doc[end]):
                    end += 1
                elif end + 1 < len(doc) and hyphen_joins(doc, end) and doc[end + 1].is_title:
                    end += 2  # "Mme Arnaud-Delmas"
                else:
                    break
            # "Mr Alain-| Roger Kouadio" (the model's name began inside the hyphened
            # first name): on to the model's name's end
            cut = next((s for s in spans if s.label_ == "PER" and start < s.start < end), None)
            end = max(end, cut.end) if cut is not None else end
            if end > start:
                found.append(Span(doc, start, end, label="PER"))
        return found

    def _after_honorifics(self, doc: Doc, i: int) -> int:
        """Past a personal title, the honorifics after it and a bracketed note: "Mr
        Justice (Rtd) | Emmanuel Amoako", "Hon. Justice | Ricardo Gonçalves"."""
        j = i + max(1, self.honorifics.match_at(doc, i))
        while j < len(doc) and (n := self.honorifics.match_at(doc, j)):
            j += n
        return j

    def _names_after_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Commissioner for Trade | Bongani Magagula | said' the model missed: after a
        capitalised title noun and its capitalised portfolio, two or three
        capitalised words no glossary knows, then a word in lower case or a stop."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for i in positions(doc, self.data.TITLE_NOUNS_BEFORE_NAMES, 0, len(doc) - 2):
            if not doc[i].is_title or _title_cased(doc[i].sent):
                continue  # nor in a headline written in title case
            start = self._portfolio_end(doc, self._title_words_end(doc, i + 1))
            apposed = start + 1 < len(doc) and doc[start].text == ","
            start += apposed  # "Minister Delegate for Investment, | Karim Zidane,"
            end = self._unknown_name_end(doc, start, taken)
            closed = end == len(doc) or not (doc[end].is_title or doc[end].text == "-")
            if apposed:  # the name in commas: a comma or "and" closes it
                closed = self._closes_apposition(doc, end)
            if end - start >= 2 and closed:
                found.append(Span(doc, start, end, label="PER"))
        return found

    def _unknown_name_end(self, doc: Doc, start: int, taken: set[int]) -> int:
        """Where two or three capitalised words no glossary knows end, from `start`."""
        end, words = start, 0
        while end < len(doc) and words < 3 and self._unknown_name_word(doc[end], taken):
            end, words = end + 1, words + 1
            if self._hyphened_name_word(doc, end, taken):
                end += 2  # "Aiko Tanaka | - | Reyes", "Marc | - | André Tremblay"
        return end

    @staticmethod
    def _closes_apposition(doc: Doc, end: int) -> bool:
        return end < len(doc) and (doc[end].text in (",", ".", ";") or doc[end].lower_ in AND_WORDS)

    def _names_after_demonyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "the former Chief Executive, Canadian | Marc-André Tremblay |, left": the
        model tags the nationality and leaves the apposed name after it untagged."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for i in positions(doc, {","}, 0, len(doc) - 3):
            if i + 1 in taken or not self.kb.is_demonym(doc[i + 1].text):
                continue
            end = self._unknown_name_end(doc, i + 2, taken)
            if end - (i + 2) >= 2 and self._closes_apposition(doc, end):
                found.append(Span(doc, i + 2, end, label="PER"))
        return found

    def _bodies_after_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "the Director General of | Gécamines |, Placide Nkala Basadilua": between a
        body head's capitalised title and its apposed holder, unknown capitalised words
        the model left untagged are the body the holder heads."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        people = {s.start for s in spans if s.label_ == "PER"}
        found = []
        for i in positions(doc, OF_WORDS, 1, len(doc) - 3):
            if not (doc[i - 1].is_title and doc[i - 1].lower_ in self.body_title_ends):
                continue
            start = self._after_of(doc, i)
            end = start
            while end < len(doc) and end - start < 3 and self._unknown_body_word(doc[end], taken):
                end += 1
            if end - start == 1 and doc[start].lower_.endswith(self.data.ABSTRACT_SUFFIXES):
                continue  # "Director of | Prevention |, Dr X": a function
            if start < end and end + 1 < len(doc) and doc[end].text == ",":
                if end + 1 in people or self._holder_named_at(doc, end + 1):
                    found.append(Span(doc, start, end, label="ORG"))
        return found

    def _holder_named_at(self, doc: Doc, i: int) -> bool:
        """Two capitalised proper nouns from token i, a person's names untagged yet."""
        return i + 1 < len(doc) and all(
            doc[k].pos_ == "PROPN" and _capitalised_name_word(doc[k].text) for k in (i, i + 1)
        )

    def _places_after_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "the Governor of | Ouaddaï |, X", « le préfet de | Kolda »: a region or a
        town the model left untagged after a head's title and its 'of'."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for i in positions(doc, OF_WORDS, 1, len(doc) - 1):
            k = self._after_of(doc, i)
            token = doc[k]
            if k in taken or token.ent_type_ or not token.is_title or not token.pos_ == "PROPN":
                continue
            if doc[i - 1].lower_ not in self.head_title_ends:
                continue
            if token.lower_ in self.data.PLACE_KIND_ADJECTIVES:
                continue  # "Mayor of the | Urban Municipality of X": no name
            if self._kind_after(doc, k + 1, taken) and token.lower_ not in self.body_heads:
                found.append(Span(doc, k, k + 2, label="LOC"))  # "Governor of | Lac Province"
                continue
            if not self._unknown_name_word(token, taken) or token.lower_ in self.body_heads:
                continue  # "Head of | Mission in Niger", "President of the | Republic"
            if self._name_goes_on(doc, k):
                continue
            governed = doc[i - 1].lower_ in self.data.PLACE_HEAD_TITLES  # "Prefect of | Tône"
            if subdivision_code(token.text) or is_town(token.text) or governed:
                found.append(Span(doc, k, k + 1, label="LOC"))
        return found

    def _only_place_kind(self, span: Span) -> bool:
        """A kind of place and its qualifier the model tagged before the place's name:
        "the | Urban Municipality | of Toamasina", "the | Rural | Municipality of X"."""
        return span.label_ in ("LOC", "ORG") and only_place_kind(span, self.data)

    def _places_after_kinds(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "the Urban Municipality of | Toamasina", « la commune urbaine de |
        Toamasina »: one to three capitalised words the model left untagged after a
        kind of place, its qualifier and 'of' are the place."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        # from the kinds of place, rarer than the 'of's after them
        for j in positions(doc, self.data.PLACE_KIND_NOUNS, 0, len(doc) - 2):
            i = j + 1 + (doc[j + 1].lower_ in self.data.PLACE_KIND_ADJECTIVES)
            if i >= len(doc) - 1 or doc[i].lower_ not in OF_WORDS:
                continue
            k = self._after_of(doc, i)
            end = k
            while end < len(doc) and end - k < 3 and self._untagged_place_word(doc[end], taken):
                end += 1
            if end > k and (end == len(doc) or not doc[end].is_title):
                found.append(Span(doc, k, end, label="LOC"))
        return found

    def _untagged_place_word(self, token: Token, taken: set[int]) -> bool:
        return (
            token.i not in taken
            and not token.ent_type_
            and token.pos_ == "PROPN"
            and is_titled_word(token)
            and token.lower_ not in self.data.PLACE_KIND_NOUNS
        )

    def _kind_after(self, doc: Doc, k: int, taken: set[int]) -> bool:
        """A capitalised kind of place after a name ("Lac | Province"), ending it."""
        return (
            k < len(doc)
            and k not in taken
            and doc[k].is_title
            and doc[k].lower_ in self.data.PLACE_KIND_NOUNS
            and (k + 1 == len(doc) or not doc[k + 1].is_title)
        )

    def _after_of(self, doc: Doc, i: int) -> int:
        """The token after the 'of' at i, past a determiner ("of the | X", « de la | X »)."""
        determined = i + 2 < len(doc) and doc[i + 1].lower_ in self.data.DETERMINERS
        return i + 1 + determined

    def _holders_after_title_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "said MSF Head of Mission in Guinea | Aïssatou Barry |.": two to four unknown
        capitalised words the model left untagged after a title's place, then a stop or
        a comma, are the title's holder."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for place in (s for s in spans if s.label_ == "LOC" and self._after_title(s)):
            end = place.end
            while (
                end < len(doc) and end - place.end < 4 and self._unknown_name_word(doc[end], taken)
            ):
                end += 1
            closed = end == len(doc) or doc[end].text in (",", ".", ";")
            if closed and self._person_words(doc[place.end : end]):
                found.append(Span(doc, place.end, end, label="PER"))
        return found

    def _name_goes_on(self, doc: Doc, k: int) -> bool:
        """A capitalised word, a hyphen or a preposition after the word: a longer name or
        the title's own complement ("Head of Mission | in Niger")."""
        after = doc[k + 1] if k + 1 < len(doc) else None
        return after is not None and (
            after.is_title or after.text == "-" or after.lower_ in self.place_prepositions
        )

    def _unknown_body_word(self, token: Token, taken: set[int]) -> bool:
        return (
            self._unknown_name_word(token, taken)
            and token.lower_ not in self.data.OFFICE_FUNCTIONS
            and token.pos_ == "PROPN"
        )

    def _title_words_end(self, doc: Doc, k: int) -> int:
        """Past a title's other capitalised words ("Minister | Delegate") and a charge
        ("in charge of"), to its portfolio."""
        while k < len(doc) and doc[k].is_title and doc[k].lower_ in self.role_words:
            k += 1
        n = match_at(doc, k, self.charges) if k < len(doc) else 0
        return k + n - 1 if n and doc[k + n - 1].lower_ in OF_WORDS else k

    def _portfolio_end(self, doc: Doc, k: int) -> int:
        """After 'for'/'of' and up to three capitalised portfolio words, as many times as
        they follow one another: "Special Representative | of the Secretary-General |
        for Disaster Risk Reduction"; portfolios in a list are one ("Minister of
        Transport | and | Meteorology X")."""
        while k < len(doc) and doc[k].lower_ in FOR_WORDS | OF_WORDS:
            m = k + 1
            if m < len(doc) and doc[m].lower_ in self.data.DETERMINERS:
                m += 1
            first = part = m
            while m < len(doc) and m - part < 4 and self._portfolio_word(doc, m):
                m += 2 if doc[m].text == "-" else 1
                if self._portfolio_link(doc, m):
                    m = part = m + 1
            if m == first:
                return k
            k = m
        return k

    def _portfolio_link(self, doc: Doc, m: int) -> bool:
        """ "Transport | and | Meteorology", "Economy | , | Planning": a comma or an
        'and' between two portfolio words."""
        return (
            m + 1 < len(doc)
            and (doc[m].lower_ in AND_WORDS or doc[m].text == ",")
            and doc[m + 1].text != "-"
            and self._portfolio_word(doc, m + 1)
        )

    def _portfolio_word(self, doc: Doc, m: int) -> bool:
        """A capitalised word of names or titles, or the hyphen of one ("Secretary | - |
        General")."""
        if doc[m].text == "-":
            return m + 1 < len(doc) and doc[m + 1].is_title and m > 0 and doc[m - 1].is_title
        word = doc[m].lower_
        return doc[m].is_title and (
            singular(word) in self.name_vocabulary or word in self.role_words
        )

    def _hyphened_name_word(self, doc: Doc, end: int, taken: set[int]) -> bool:
        """ "Tanaka | - | Reyes": a hyphen and another unknown capitalised word."""
        return (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end].whitespace_
            and self._unknown_name_word(doc[end + 1], taken)
        )

    def _unknown_name_word(self, token, taken: set[int]) -> bool:
        return (
            token.is_title
            and token.is_alpha
            and token.i not in taken
            and singular(token.lower_) not in self.name_vocabulary
            and token.lower_ not in self.role_words
            and not self.kb.lookup(token.text)
        )

    def _appointed_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'appointed Jane Doe as Group Chief Executive Officer', 'a nommé Awa Traoré
        directrice générale': capitalised words the model missed between an appointing
        verb and the title it gives are the appointee's name."""
        found: list[Span] = []
        taken = {i for s in spans for i in range(s.start, s.end)}
        for i in positions(doc, self.data.APPOINTING_VERBS, 0, len(doc) - 3):
            start = i + 1
            while start < len(doc) and doc[start].lower_.rstrip(".") in self.titles:
                start += 1  # "appointed Dr | Jane Doe"
            if start < len(doc) and self.kb.is_demonym(doc[start].text):
                start += 1  # "Appoints | Frenchman | Jean-Christophe Delaunay as …"
            end = start
            while end < len(doc) and end - start < 5 and end not in taken:
                if _name_token(doc[end]):
                    end += 1
                elif end > start and hyphen_joins(doc, end) and _title_at(doc, end + 1):
                    end += 2  # "appointed Aminata Sall | - | Diallo as …"
                else:
                    break
            if end - start < 2 or end >= len(doc) or not self._gives_title(doc, end):
                continue
            name = doc[start:end]
            if any(t.lower_ in self.role_words for t in name) or self.kb.lookup(name.text):
                continue
            found.append(Span(doc, start, end, label="PER"))
        return found

    def _subject_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Soraya Hakuziyaremye is Governor of …', 'Awa Traoré est la nouvelle
        directrice …': proper nouns the model missed opening a sentence whose verb
        gives them a title are a person's name."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        for sent in doc.sents:
            start = sent.start
            while start < sent.end and doc[start].lower_.rstrip(".") in self.titles:
                start += 1  # "Mr | …"
            end = start
            while end < sent.end and end - start < 4 and end not in taken:
                if not (_name_token(doc[end]) and doc[end].pos_ == "PROPN"):
                    break
                end += 1
            if end - start >= 2 and self._title_given_at(doc, end, sent.end):
                name = doc[start:end]
                if not self._names_body_or_role(name):
                    found.append(Span(doc, start, end, label="PER"))
        return found

    def _named_facilities(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "l'hôpital national | Kenyatta": a lower-case facility noun, its adjectives
        and the name after it are one body (the model tags the name alone, a place or
        a person)."""
        by_start = {s.start: s for s in spans}
        found = []
        for i in positions(doc, self.data.NAMED_FACILITY_NOUNS, 1, len(doc) - 1):
            if doc[i - 1].lower_ not in self.data.DETERMINERS:
                continue
            k = i + 1
            while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ" and k - i < 3:
                k += 1
            name = by_start.get(k)
            if name is not None and not name.kb_id_ and name.label_ in ("LOC", "PER"):
                found.append(Span(doc, i, name.end, label="ORG"))
            elif k > i + 1 and (town := self._seat_town(doc, k, by_start)) is not None:
                found.append(Span(doc, i, town.end, label="ORG"))  # "… universitaire | de Bambari"
        if not found:
            return spans
        return found + [s for s in spans if not _overlaps_any(s, found)]

    def _seat_town(self, doc: Doc, k: int, by_start: dict[int, Span]) -> Span | None:
        """ "l'hôpital régional universitaire | de Bambari": the town a facility's name
        ends on, after 'de' (never a country: « l'hôpital … du Mali » is no name)."""
        if k + 1 >= len(doc) or doc[k].lower_ not in OF_WORDS:
            return None
        town = by_start.get(k + 1)
        if town is None or town.label_ != "LOC":
            return None
        entry = self.kb.get(town.kb_id_) if town.kb_id_ else None
        return None if entry is not None and entry.is_country else town

    def _title_given_at(self, doc: Doc, k: int, limit: int) -> bool:
        """Copula words ("is", "a été nommée", "the new") and then a title."""
        first = k
        while k < limit and k - first < 5 and doc[k].lower_ in self.data.COPULA_LINKS:
            k += 1
        return first < k < limit and doc[k].lower_.split("-")[0] in self.role_starts

    def _names_body_or_role(self, name: Span) -> bool:
        words = {t.lower_ for t in name}
        if words & (self.role_words | self.data.ORG_HEAD_WORDS):
            return True
        return self.kb.lookup(name.text) is not None or self.kb.is_demonym(name[0].text)

    def _gives_title(self, doc: Doc, k: int) -> bool:
        """A title follows: "as Chief …", "comme …", ", …", "au poste de", "directrice …"."""
        word = doc[k].lower_
        return word in APPOINTEE_LINKS or word.split("-")[0] in self.role_starts

    def _ministry_left(self, spans: list[Span]) -> list[Span]:
        """'ministère du Plan' where the model tagged only 'Plan'."""
        out = []
        for span in spans:
            doc, k = span.doc, span.start
            while k > 0 and doc[k - 1].lower_ in LINK_WORDS and span.start - k < 3:
                k -= 1
            if span.label_ in ("ORG", "LOC") and not span.kb_id_ and k < span.start and k > 0:
                if doc[k - 1].lower_ in MINISTRY_HEADS:
                    span = self._extend_name(Span(doc, k - 1, span.end, label="ORG"))
            out.append(span)
        return out

    def _ministry_country_apart(self, span: Span) -> list[Span]:
        """ "ministère de la Santé publique | de Madagascar", "Ministry of Health | of
        Ghana": a ministry is named by its portfolios, the country it belongs to is a
        place of its own (as in "Madagascar's Ministry of …"); resolution reads the
        country after the name as its owner."""
        doc = span.doc
        words = [t.lower_ for t in span if t.lower_ not in self.data.DETERMINERS]
        if span.label_ != "ORG" or span.kb_id_ or not words or words[0] not in MINISTRY_HEADS:
            return [span]
        for k in range(span.start + 3, span.end):
            if doc[k].lower_ not in OF_WORDS:
                continue
            start = k + 1
            while start < span.end and doc[start].lower_ in self.data.DETERMINERS:
                start += 1
            entry = self.kb.lookup(doc[start : span.end].text) if start < span.end else None
            if entry is not None and entry.is_country:
                place = Span(doc, start, span.end, label="LOC", kb_id=entry.qid)
                return [Span(doc, span.start, k, label="ORG"), place]
        return [span]

    def _body_noun_and_region(self, span: Span) -> list[Span]:
        """ "la directrice générale de la | Banque | pour | l'Afrique de l'Ouest", « le
        représentant résident de la | Commission | au | Sénégal »: a bare body noun (the
        body the article names) and the region or country a post covers, tagged as one
        name; an office's noun keeps its region ("Bureau pour l'Afrique")."""
        doc = span.doc
        if span.label_ != "ORG" or span.kb_id_ or len(span) < 3:
            return [span]
        head, link = span[0], span[1]
        if not head.is_title or head.lower_ not in self.data.ORG_HEAD_WORDS:
            return [span]
        if head.lower_ in OFFICE_NOUNS:
            return [span]
        if link.lower_ not in FOR_WORDS and link.lower_ not in self.place_prepositions:
            return [span]  # "la | Commission | au | Sénégal": the place too
        start = span.start + 2
        while start < span.end and doc[start].lower_ in self.data.DETERMINERS:
            start += 1
        place = self._kb_place_span(doc, start, span.end)
        if place is None:
            return [span]
        return [Span(doc, span.start, span.start + 1, label="ORG"), place]

    def _region_of_body_noun(self, span: Span) -> list[Span]:
        """ "le directeur | Afrique | de la fondation": a region a post covers and the
        body named again by its lower-case noun, tagged as one name: the region alone
        (the noun stands for the body named before)."""
        doc = span.doc
        if span.label_ != "ORG" or span.kb_id_ or len(span) < 3 or not span[-1].is_lower:
            return [span]
        if span[-1].lower_ not in self.data.ANAPHOR_NOUNS:
            return [span]
        k = span.end - 2
        while k > span.start and doc[k].lower_ in self.data.DETERMINERS - OF_WORDS:
            k -= 1
        if k <= span.start or doc[k].lower_ not in OF_WORDS:
            return [span]
        place = self._kb_place_span(doc, span.start, k)
        return [place] if place is not None else [span]

    def _kb_place_span(self, doc: Doc, start: int, end: int) -> Span | None:
        """The knowledge base's place named by tokens start..end, as a span."""
        entry = self.kb.lookup(doc[start:end].text) if start < end else None
        if entry is None or entry.type != "LOC":
            return None
        return Span(doc, start, end, label="LOC", kb_id=entry.qid)

    def _join_units(self, spans: list[Span]) -> tuple[list[Span], list[Span]]:
        """'Bureau régional' + 'de l'OMS' + 'pour la Méditerranée orientale',
        'WHO Regional Office' + 'for the Eastern Mediterranean', 'Ambassade du Japon
        en RDC': an office of a body, named after the body and the place it covers,
        is one organisation (the model cuts it at the first name inside). Returns the
        spans and the bodies the units' names took in."""
        spans = sorted(spans, key=lambda s: s.start)
        by_start = {s.start: s for s in spans}
        out: list[Span] = []
        bodies: list[Span] = []
        skip_until = -1
        for span in spans:
            if span.start < skip_until:
                continue
            if self._is_unit(span):
                joined = self._unit_name(span, by_start)
            else:
                joined = self._unit_of_body(span, by_start)
            if joined is not None:
                bodies += [
                    s for s in spans
                    if s.label_ == "ORG" and span.start < s.start and s.end <= joined.end
                ]  # fmt: skip
                out = [s for s in out if s.end <= joined.start]
                skip_until = joined.end
                span = joined
            out.append(span)
        return out, bodies

    def _unit_of_body(self, span: Span, by_start: dict[int, Span]) -> Span | None:
        """'the Agronomic Research Centre | of the University of Ouagadougou': an
        English unit's name and the body after 'of' (never the town it sits in)."""
        if span.label_ != "ORG" or span.kb_id_ or span[-1].lower_ not in ENGLISH_UNIT_ENDS:
            return None
        body = self._linked_ent(span.doc, span.end, frozenset({"of"}), by_start, ("ORG",))
        return Span(span.doc, span.start, body.end, label="ORG") if body is not None else None

    def _units_after_bodies(self, spans: list[Span]) -> list[Span]:
        """'WFP | Regional Bureau', 'UNICEF | Eastern and Southern Africa Regional
        Office': a known body, then capitalised words ending in a unit noun, is that
        unit (the model tags the body alone or the words after it apart)."""
        spans = sorted(spans, key=lambda s: s.start)
        by_start = {s.start: s for s in spans}
        units = []
        for span in spans:
            if span.label_ == "ORG" and span.kb_id_:
                end = self._unit_words_end(span, by_start)
                if end is not None:
                    units.append(Span(span.doc, span.start, end, label="ORG"))
        if not units:
            return spans
        return units + [s for s in spans if not _overlaps_any(s, units)]

    def _seated_branches(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Institut Pasteur | de Dakar', 'Croix-Rouge | de Belgique': a known network
        of NGOs or foundations and the place after 'de'/'of' name one of its
        members, a body of its own."""
        by_start = {s.start: s for s in spans}
        found = []
        for span in spans:
            entry = self.kb.get(span.kb_id_) if span.label_ == "ORG" and span.kb_id_ else None
            if entry is None or entry.kind not in BRANCHED_KINDS:
                continue
            place = self._linked_ent(doc, span.end, OF_WORDS, by_start, ("LOC",))
            if place is not None and doc[span.end].lower_ in OF_WORDS:
                found.append(Span(doc, span.start, place.end, label="ORG"))
        if not found:
            return spans
        return found + [s for s in spans if not _overlaps_any(s, found)]

    def _national_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Banque centrale | du Nigeria' with the country tagged apart: a body of
        common words ("central bank", "supreme court") and the country after 'de'/'of'
        are one name, as the model tags 'Banque centrale du Kenya'. So are a named
        university and its town ("Cheikh Anta Diop University | of Dakar")."""
        by_start = {s.start: s for s in spans}
        found = []
        for span in spans:
            if span.label_ != "ORG" or span.kb_id_ or span.end >= len(doc):
                continue
            seated = span[-1].lower_ in SEATED_HEADS and len(span) > 1
            if doc[span.end].lower_ not in OF_WORDS:
                continue
            if not (seated or self._common_words_body(span)):
                continue
            place = self._linked_ent(doc, span.end, OF_WORDS, by_start, ("LOC", "GPE"))
            if place is None or not (seated or self._is_country(place)):
                continue  # "Cheikh Anta Diop University | of Dakar" is where it sits
            others = [s for s in spans if s is not span and s is not place]
            if not any(s.start < place.end and s.end > span.start for s in others):
                found.append(Span(doc, span.start, place.end, label="ORG"))
        if not found:
            return spans
        return found + [s for s in spans if not _overlaps_any(s, found)]

    def _common_words_body(self, span: Span) -> bool:
        """A body's name of a head noun and lower-case words: "Banque centrale",
        "Assemblée nationale", "Central Bank"; no proper name in it."""
        words = [t for t in span if t.is_alpha and t.lower_ not in LINK_WORDS]
        heads = self.body_heads | self.acronym_heads
        return (
            len(words) >= 2
            and words[0].lower_ not in MINISTRY_HEADS  # a ministry's country stays apart
            and any(t.lower_ in heads for t in words)
            and all(t.lower_ in heads or t.has_vector or t.is_lower for t in words)
            and not any(self.kb.country_of_demonym(t.text) for t in words)
        )

    def _boards(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Board of Directors of the AfDB Group', 'the IMF Executive Board',
        "the IMF's Executive Board", "le Conseil d'administration de la BOAD": a
        body's board is one organisation, named with its body. The English model
        rarely tags boards; a lower-case one ("un conseil d'administration") is
        no name."""
        by_start = {s.start: s for s in spans}
        by_end = {s.end: s for s in spans if s.label_ == "ORG"}
        found = []
        for i in positions(doc, self.boards.by_first):
            n = self.boards.match_at(doc, i)
            if not n or not doc[i].is_title or any(f.start <= i < f.end for f in found):
                continue
            if any(
                s.start <= i and i + n <= s.end and len(s) > n and s.label_ == "ORG" for s in spans
            ):
                continue  # the model found it, with its body ("BOAD Board of Directors")
            start, end = i, i + n
            owner = _owner_before(doc, start, by_end)
            if owner is not None:
                start = owner.start  # "IMF | Executive Board", "IMF's | Executive Board"
            body = self._linked_ent(doc, end, OF_WORDS, by_start, ("ORG",))
            if body is not None and not _defined_next(doc, body.end):
                end = body.end  # not "… of the Agency (ADM)": the acronym is the agency's
            found.append(Span(doc, start, end, label="ORG"))
        if not found:
            return spans
        return found + [s for s in spans if not _overlaps_any(s, found)]

    def _board_owners(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Board of Directors of | Masen', « du directoire de | Masen »: one word
        the model took for a person after a board is the board's company."""
        by_start = {s.start: s for s in spans}
        owners, acronyms = {}, []
        for i in positions(doc, self.boards.by_first):
            n = self.boards.match_at(doc, i)
            person = self._linked_ent(doc, i + n, OF_WORDS, by_start, ("PER",)) if n else None
            if person is not None:  # "of | Masen", "de | Tujenge Afrika"
                owners[person.start] = Span(doc, person.start, person.end, label="ORG")
            elif n and (acronym := self._untagged_acronym_after(doc, i + n, spans)) is not None:
                acronyms.append(acronym)
        return [owners.get(s.start, s) if s.label_ == "PER" else s for s in spans] + acronyms

    def _untagged_acronym_after(self, doc: Doc, i: int, spans: list[Span]) -> Span | None:
        """ "the Board of Directors of | PAL": an acronym no one tagged after a board's
        'of' (its body defined in another paragraph) is the board's body; so are
        capitalised words ("of | Tujenge Afrika")."""
        j = self._after_link(doc, i, OF_WORDS)
        if j is None or j >= len(doc) or any(s.start <= j < s.end for s in spans):
            return None
        if caps_word(doc[j]):
            return Span(doc, j, j + 1, label="ORG")
        end = _title_run_end(doc, j)
        if end - j < 2 or any(s.start < end and j < s.end for s in spans):
            return None
        return Span(doc, j, end, label="ORG")

    def _compass_part(self, doc: Doc, i: int) -> bool:
        """A compass word coordinated after another ('de l'Ouest et du | Centre')."""
        return (
            i >= 3
            and doc[i].lower_ in self.data.COMPASS_WORDS
            and doc[i - 2].lower_ in AND_WORDS
            and doc[i - 3].lower_ in self.data.COMPASS_WORDS
        )

    def _unit_words_end(self, body: Span, by_start: dict[int, Span]) -> int | None:
        """The end of the unit noun after a body's name, over at most six words:
        capitalised ones, compass words and 'and', and names the model found."""
        doc, k, head_end = body.doc, body.end, None
        if k >= len(doc) or not doc[k].is_title:
            return None  # most bodies: a word of the sentence follows
        limit = min(len(doc), body.end + 6, sentence_of(body[0]).end)
        while k < limit:
            inner = by_start.get(k)
            if inner is not None and (inner.kb_id_ or inner.label_ not in ("ORG", "LOC")):
                break  # "UNICEF and WHO", another body
            stop = inner.end if inner is not None else k + 1
            if inner is None and not (doc[k].is_title or self._compass_or_and(doc, k, body.end)):
                break
            if doc[stop - 1].lower_ in UNIT_WORDS_AFTER_BODY and doc[stop - 1].is_title:
                head_end = stop
            k = stop
        return head_end

    def _is_unit(self, span: Span, heads: frozenset[str] = UNTAGGED_UNIT_HEADS) -> bool:
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in self.data.DETERMINERS]
        return (
            span.label_ in ("ORG", "LOC")  # "Ambassade du Japon" comes out as a place
            and not span.kb_id_
            and bool(words)
            and (words[0] in heads or words[-1] in UNIT_HEADS)
        )

    def _unit_name(self, span: Span, by_start: dict[int, Span]) -> Span | None:
        doc, end = span.doc, span.end
        if any(t.lower_ in WHERE_WORDS for t in span[1:]) and self._is_unit(span, UNIT_HEADS):
            # the model's office ends inside the place it covers ("… pour
            # l'Afrique orientale | et australe")
            end = self._coordinated_region_end(doc, end, by_start)
        elif span[-1].lower_ in self.data.COMPASS_WORDS:
            end = self._coordinated_region_end(doc, end, by_start)  # "Division Afrique de
            # l'Ouest | et du Centre | du FIDA"
        body = self._linked_ent(doc, end, OF_WORDS, by_start, ("ORG", "LOC"))
        if body is not None and not self._bare_body(body) and self._names_units(body):
            end = body.end
        # an office's name says the place it covers; a hub's or a division's place
        # is where it sits ("le Pôle régional de la BID | à Rabat")
        place_end = self._covered_region_end(doc, end, by_start)
        if place_end is not None and self._covers_place(span, doc[end]):
            end = place_end
        return None if end == span.end else Span(doc, span.start, end, label="ORG")

    def _coordinated_regions(self, spans: list[Span]) -> list[Span]:
        """ "l'Afrique de l'Ouest | et du Centre", 'Eastern Africa | and Southern':
        a region runs over the compass parts coordinated after it (never over
        another place: 'Europe and Africa' are two)."""
        by_start = {s.start: s for s in spans}
        out = []
        forms = lowers(spans[0].doc) if spans else []
        for span in spans:
            coordinated = span.end < len(forms) and forms[span.end] in AND_WORDS | OF_WORDS
            if coordinated and span.label_ == "LOC" and self._region_like(span):
                end = self._coordinated_region_end(span.doc, span.end, by_start, places=False)
                if end > span.end:
                    span = Span(span.doc, span.start, end, label="LOC")
            out.append(span)
        if out == spans:
            return spans
        return non_overlapping(sorted(out, key=lambda s: (s.start, -len(s), not s.kb_id_)))

    def _untagged_features(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Lake Chad', 'lac Kivu' the model missed: a feature noun and the
        capitalised words after it (up to a body noun: not 'Mount Sinai Hospital')."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for i in positions(doc, self.data.FEATURE_NOUNS_BEFORE, 0, len(doc) - 1):
            if i in taken or i + 1 in taken or not doc[i].is_alpha:
                continue
            first = i + 1
            while first < len(doc) - 1 and doc[first].lower_ in OF_WORDS | {"la", "l'"}:
                first += 1  # "delta du | Mékong", "Gulf of | Guinea"
            end = first
            while end < len(doc) and end - first < 3 and doc[end].is_title and end not in taken:
                end += 1
            names_body = any(t.lower_ in self.body_heads for t in doc[first : end + 1])
            if end > first and not names_body and (doc[i].is_title or doc[i].is_lower):
                found.append(Span(doc, i, end, label="LOC"))
        return found

    # --- programmes named beside their common noun -----------------------
    def _named_programmes(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Early Warnings for All initiative', 'the "Green Skills and Jobs"
        programme', « l'initiative mondiale Alertes précoces pour tous »: a name the
        model missed beside a lower-case programme noun is the programme's."""
        for k in positions(doc, self.programme_nouns, 1, len(doc) - 1):
            if not doc[k].is_lower or _title_cased(doc[k].sent):
                continue  # a headline's capitals open no name
            name = self._programme_name(doc, k)
            if name is not None and self._free_for(name, spans) and not _within_org(name, spans):
                spans = _add_span(spans, name)
        return spans

    def _programme_name(self, doc: Doc, k: int) -> Span | None:
        if self.data.PROGRAMME_NAME_AFTER_NOUN:
            start = k + 1
            if start < len(doc) and doc[start].pos_ == "ADJ" and doc[start].is_lower:
                start += 1  # "l'initiative mondiale | Alertes …"
            name = _quoted_after(doc, start) or self._sentence_case_name(doc, start)
        else:
            links = self.data.PROGRAMME_NAME_LINKS
            name = _quoted_before(doc, k) or _capitalised_run_before(doc, k, links)
        if name is not None and name[0].lower_ in self.data.DETERMINERS:
            name = name[1:]  # "The | Early Warnings for All initiative" opening a sentence
        while name is not None and len(name) and name[-1].lower_ in self.data.DETERMINERS:
            name = name[:-1]  # "Under the | campaign": a preposition opening a sentence
        if name is None or not len(name) or not (name[0].is_title or _caps_name(name[0])):
            return None
        if len(name) < 2 and not (_caps_name(name[0]) and len(name[0]) > 2):
            return None  # one capitalised word may be a place's; « le projet | ELMED »
        if self._known_name(name.text) or any(t.lower_ in self.body_heads for t in name):
            return None  # "the World Bank programme", "the UNDP Country Office project"
        return self._programme_adjectives(Span(doc, name.start, name.end, label="ORG"))

    def _sentence_case_name(self, doc: Doc, start: int, most: int = 6) -> Span | None:
        """'Alertes précoces pour tous' up to the punctuation or the verb after it (the
        first word may be a verb: 'Bâtir ensemble'), or a name in capitals (« le projet
        ELMED »)."""
        if start >= len(doc) or not (doc[start].is_title or _caps_name(doc[start])):
            return None
        end = start + 1
        while end < len(doc) and end - start < most:
            token = doc[end]
            if token.is_punct or token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PER":
                break
            end += 1
        closed = end < len(doc) and (doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX"))
        return doc[start:end] if closed and end > start else None

    def _free_for(self, name: Span, spans: list[Span]) -> bool:
        """No known body, person or place the model found is inside or across it."""
        return not any(
            s.start < name.end and name.start < s.end and (s.kb_id_ or s.label_ == "PER")
            for s in spans
        )

    def _language_name(self, span: Span) -> bool:
        """'broadcast in Hausa, Zarma and Fulfulde': a language the model took
        for a person or a place, after 'in'/'en' or beside another language."""
        if len(span) != 1 or not span[0].is_title or span.text not in language_names():
            return False
        if self._known_name(span.text):
            return False  # many places share a language's name
        doc, i = span.doc, span.start
        if i > 0 and doc[i - 1].lower_ in ("in", "en"):
            return True
        neighbours = [doc[k] for k in (i - 2, i + 2) if 0 <= k < len(doc)]
        linked = [
            t
            for t in neighbours
            if doc[(t.i + i) // 2].text == "," or doc[(t.i + i) // 2].lower_ in AND_WORDS
        ]
        return any(t.text in language_names() for t in linked)

    def _natural_features(self, spans: list[Span]) -> list[Span]:
        """'lac | Tchad', 'vallée du | fleuve Sénégal', 'Lake | Chad', 'Senegal River
        | valley': a feature noun makes a place's name another place (the lake, not
        the country), whatever the model or the knowledge base said."""
        if not spans:
            return spans
        forms, out = lowers(spans[0].doc), []
        for span in spans:
            if span.label_ == "LOC" or span.kb_id_ and self._known_place(span):
                start, end = self._feature_bounds(span, forms)
                if (start, end) != (span.start, span.end):
                    span = Span(span.doc, start, end, label="LOC")
            out.append(span)
        if out == spans:
            return spans
        return non_overlapping(sorted(out, key=lambda s: (s.start, -len(s), not s.kb_id_)))

    def _known_place(self, span: Span) -> bool:
        entry = self.kb.get(span.kb_id_)
        return entry is not None and entry.type == "LOC"

    def _feature_bounds(self, span: Span, forms: list[str]) -> tuple[int, int]:
        """The place's bounds with the feature noun right before it ('lac | Tchad';
        not over 'de': the held-back set reads "bassin du | X" as X) and the one
        after it (not inside a longer name: 'Kenya Forest Service')."""
        doc, start, end = span.doc, span.start, span.end
        k = start - 1
        if k >= 0 and forms[k] in self.data.FEATURE_NOUNS_BEFORE and doc[k].is_alpha:
            start = k
        elif k > 0 and forms[k] in OF_WORDS and forms[k - 1] in self.data.FEATURE_NOUNS_OF:
            start = k - 1  # « vallée du | fleuve Sénégal » is the "Senegal River valley"
        after = forms[end] if end < len(forms) else ""
        if after in self.data.FEATURE_NOUNS_AFTER and not _title_at(doc, end + 1):
            end += 1
        return start, end

    def _region_like(self, span: Span) -> bool:
        """A continent or world region, or a place named by a compass part
        ("Afrique de l'Ouest"): not a town or a province ("Souss-Massa et de l'Oriental")."""
        if span[-1].lower_ in self.data.COMPASS_WORDS:
            return True
        entry = self.kb.lookup(span.text)
        return entry is not None and entry.type == "LOC" and entry.kind == "region"

    def _with_coordinated_compass(self, spans: list[Span]) -> list[Span]:
        """'West and | Central Africa Division of IFAD': a name the model starts on
        the second of two coordinated compass words starts on the first."""
        out = []
        forms = lowers(spans[0].doc) if spans else []
        for span in spans:
            doc, k = span.doc, span.start
            if (
                k >= 2
                and forms[k - 1] in AND_WORDS
                and span.label_ in ("ORG", "LOC")
                and not (k >= 3 and doc[k - 3].text == "-")  # "North-East and | North-West"
                and k >= 2
                and span[0].is_title
                and span[0].lower_ in self.data.COMPASS_WORDS
                and doc[k - 1].lower_ in AND_WORDS
                and doc[k - 2].is_title
                and doc[k - 2].lower_ in self.data.COMPASS_WORDS
            ):
                span = Span(doc, k - 2, span.end, label=span.label_)  # another name
            out.append(span)
        return out

    def _covers_place(self, unit: Span, link) -> bool:
        """An office's place is the one it covers; a team's only after 'for'."""
        if not self._is_unit(unit, UNIT_HEADS):
            return False
        return link.lower_ in COVER_WORDS or _unit_noun(unit) not in TEAM_WORDS

    def _covered_region_end(self, doc: Doc, i: int, by_start: dict[int, Span]) -> int | None:
        """Where the place an office covers ends, from its link word at i: 'for
        West and Central Africa', "pour l'Afrique de l'Ouest et du Centre", 'for
        Eastern and Southern Africa', "pour l'Afrique orientale et australe"."""
        if i >= len(doc) or doc[i].lower_ not in WHERE_WORDS:
            return None
        k = i + 1
        while k < len(doc) and doc[k].lower_ in self.data.DETERMINERS and k - i < 3:
            k += 1
        limit = min(len(doc), k + 8)
        while k < limit and k not in by_start and self._compass_or_and(doc, k, i + 1):
            k += 1  # "West and | Central Africa"
        place = by_start.get(k)
        if place is None or place.label_ != "LOC":
            return None
        return self._coordinated_region_end(doc, place.end, by_start)

    def _compass_or_and(self, doc: Doc, k: int, first: int) -> bool:
        if doc[k].lower_ in AND_WORDS:
            return k > first and doc[k - 1].lower_ in self.data.COMPASS_WORDS
        return doc[k].is_title and doc[k].lower_ in self.data.COMPASS_WORDS

    def _coordinated_region_end(
        self, doc: Doc, end: int, by_start: dict[int, Span], places: bool = True
    ) -> int:
        """A place's end with the parts coordinated after it ("l'Afrique de l'Ouest |
        et du Centre", 'Asia | and the Pacific'), or its own compass part
        ("l'Afrique | de l'Ouest")."""
        limit = min(len(doc), end + 6)
        while end < limit and doc[end].lower_ in AND_WORDS | OF_WORDS:
            m = end + 1
            while m < limit and doc[m].lower_ in self.data.DETERMINERS | OF_WORDS:
                m += 1
            if self._last_compass_word(doc, m, limit, by_start):
                end = m + 1
            elif places and doc[end].lower_ in AND_WORDS and _loc_at(by_start, m):
                end = by_start[m].end
            else:
                break
        return end

    def _last_compass_word(self, doc: Doc, m: int, limit: int, by_start) -> bool:
        """A compass word ending a coordination ("… et du | Centre"), not one
        opening another place ("… and | North Africa")."""
        word = doc[m] if m < limit else None
        if word is None or word.lower_ not in self.data.COMPASS_WORDS or not word.is_alpha:
            return False
        if not word.is_title and not word.lower_.endswith(COMPASS_ADJECTIVE_ENDINGS):
            return False  # "Dakar et l'est du pays": a noun in lower case names no region
        after = doc[m + 1] if m + 1 < len(doc) else None
        return m not in by_start and not (
            after is not None and (after.is_title or after.text == "-")
        )

    def _names_units(self, body: Span) -> bool:
        """A body whose name its units carry: a known one ("Bureau régional de l'OMS")
        or a place; not « l'Institut … | de l'Université Tsinghua » or « la Division …
        | du FVC », whose units English names on their own ("Tsinghua University's
        Institute …", "the GCF's Division of …")."""
        known = bool(body.kb_id_) or self.kb.is_ambiguous(body.text)  # "BID": two banks'
        return known or body.label_ == "LOC"

    def _bare_body(self, span: Span) -> bool:
        """ "la Banque", "du Fonds": a body named again by its noun alone is the owner
        of a unit, never a part of the unit's name (« la division de la Stabilité
        financière | de la Banque »)."""
        return len(span) == 1 and is_body_head(span[0].text, self.body_heads)

    def _linked_ent(self, doc: Doc, i: int, links: frozenset[str], by_start, labels) -> Span | None:
        """The entity after 'de l'/du/of the …' (or 'pour la/à/in …') at token i."""
        j = self._after_link(doc, i, links)
        ent = by_start.get(j) if j is not None else None
        return ent if ent is not None and ent.label_ in labels else None

    def _after_link(self, doc: Doc, i: int, links: frozenset[str]) -> int | None:
        """Where the name after a link word at token i starts, past up to two
        determiners ("de | l'| OMS", "of the | WHO"); None if token i is no link."""
        if i >= len(doc) or doc[i].lower_ not in links:
            return None
        j = i + 1
        while j < len(doc) and doc[j].lower_ in self.data.DETERMINERS and j - i < 3:
            j += 1
        return j

    def _dateline(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'GENEVA, 3 March 2025 —', 'POINTE-À-PITRE, 12 mai 2026 –': the place
        in capitals opening a release, which the model rarely tags."""
        end = 0
        while end < min(len(doc), 6) and (doc[end].is_upper or doc[end].text in ("-", "'")):
            end += 1
        if end == 0 or end >= len(doc) - 2 or doc[end].text != ",":
            return []
        if doc[0].lower_ in self.data.DETERMINERS:
            return []  # "L'INRA, que dirige depuis 2021 …": a body opening a paragraph
        # the date comes right after the comma ("GENEVA, 3 March", "LONDRES, le 12 mars"),
        # or after the country or province ("LOMÉ, Togo, 10 March", "OTTAWA, ON, October 14")
        if not _date_follows(doc, end + 1, self.data.MONTHS):
            return []
        if any(s.start < end and s.end > 0 for s in spans):
            spans[:] = [s for s in spans if not (s.start < end and s.end > 0)]
        place = doc[0:end]
        entry = self.kb.lookup(place.text.title()) or self.kb.lookup(place.text)
        qid = entry.qid if entry is not None and entry.type == "LOC" else ""
        found = [Span(doc, 0, end, label="LOC", kb_id=qid)]
        region = self._dateline_region(doc, end + 1, place.text)
        agency = self._dateline_agency(doc, end + 1, spans)
        return found + [s for s in (region, agency) if s is not None]

    def _dateline_agency(self, doc: Doc, i: int, spans: list[Span]) -> Span | None:
        """'DAKAR, 12 mars 2025 (APS) –': the news agency in brackets after the
        dateline's date, before its dash, is a body."""
        for k in range(i, min(len(doc) - 3, i + 8)):
            if doc[k].text != "(":
                continue
            name, closing, dash = doc[k + 1], doc[k + 2], doc[k + 3]
            if closing.text != ")" or dash.text not in ("–", "—", "-") or not name.is_alpha:
                return None
            if not (name.is_upper or name.is_title) or len(name) < 2:
                return None
            if any(s.start <= name.i < s.end for s in spans):
                return None  # the model's own
            entry = self.kb.lookup(name.text)
            qid = entry.qid if entry is not None and entry.type == "ORG" else ""
            return Span(doc, k + 1, k + 2, label="ORG", kb_id=qid)
        return None

    def _dateline_region(self, doc: Doc, i: int, town: str) -> Span | None:
        """'OTTAWA, ON, October 14': a province or state by its ISO 3166-2 code in the
        town's country, with that code as its id ("iso:CA-ON")."""
        if i >= len(doc) - 1 or not doc[i].is_upper or not 2 <= len(doc[i]) <= 3:
            return None
        country = town_country(town.title()) or town_country(town)
        code = f"{country}-{doc[i].text}" if country else ""
        if not country or not subdivision_names(code):
            return None
        return Span(doc, i, i + 1, label="LOC", kb_id=f"{ISO_PREFIX}{code}")

    def _governments(self, doc: Doc) -> list[Span]:
        """'Gouvernement japonais', 'Japanese government', 'Government of Japan'."""
        found: list[Span] = []
        for token in (doc[i] for i in positions(doc, self.data.GOVERNMENT_WORDS)):
            for start, end, word in _government_candidates(
                doc, token.i, self.data.GOVERNMENT_LEVELS
            ):
                entry = self.kb.country_of_demonym(word) or self.kb.lookup(word)
                if entry is not None and entry.type == "LOC":
                    qid = GOVERNMENT_KB_PREFIX + entry.qid
                    found.append(Span(doc, start, end, label="ORG", kb_id=qid))
                    break
                code = subdivision_code(word) if word[:1].isupper() else None
                if code is not None:  # "gouvernement du Québec", "Government of Ontario"
                    qid = GOVERNMENT_KB_PREFIX + ISO_PREFIX + code
                    found.append(Span(doc, start, end, label="ORG", kb_id=qid))
                    break
            else:
                if self._the_government(token):
                    found.append(Span(doc, token.i, token.i + 1, label="ORG", kb_id=THE_GOVERNMENT))
                elif (level := self._national_level(token)) is not None:
                    found.append(Span(doc, *level, label="ORG", kb_id=THE_GOVERNMENT))
        return found

    def _national_level(self, token) -> tuple[int, int] | None:
        """'le gouvernement royal', 'the federal government': the article's country's
        government named by its level alone; (start, end)."""
        doc, i, levels = token.doc, token.i, self.data.NATIONAL_GOVERNMENT_LEVELS
        if i + 1 < len(doc) and doc[i + 1].lower_ in levels:
            return i, i + 2
        if i > 1 and doc[i - 1].lower_ in levels and doc[i - 2].lower_ in self.data.DETERMINERS:
            return i - 1, i + 1
        return None

    def _institutions(self, doc: Doc) -> list[Span]:
        """'la présidence de la République', 'the National Assembly', 'la Primature':
        a country's institution, of the country named right after it or else of the
        article's (settled at assembly, as for 'le Gouvernement')."""
        found = []
        for match_id, start, end in self.institutions(doc):
            if not self._names_institution(doc[start:end]):
                continue
            end, country = self._country_after(doc, end)
            if country == "*":  # "présidence de la | République du Congo"
                end, country = self._republic_named(doc, end)
            if country == "*":  # "le Sénat | ivoirien", "the | Kenyan | Senate"
                start, end, country = self._demonym_beside(doc, start, end)
            key = f"{INSTITUTION_KB_PREFIX}{doc.vocab.strings[match_id]}:{country}"
            found.append(Span(doc, start, end, label="ORG", kb_id=key))
        return non_overlapping(sorted(found, key=lambda s: (-len(s), s.start)))

    def _demonym_beside(self, doc: Doc, start: int, end: int) -> tuple[int, int, str]:
        """A nationality right after (French) or right before (English) an
        institution's name: its country. Else the name as it was, and "*"."""
        if end < len(doc) and self._nationality_after(doc[end]):
            return start, end + 1, self.kb.country_of_demonym(doc[end].text).qid
        if start > 0 and self._nationality_before(doc[start - 1]):
            return start - 1, end, self.kb.country_of_demonym(doc[start - 1].text).qid
        return start, end, "*"

    def _nationality_after(self, token) -> bool:
        """A nationality in lower case after a name, as French writes it ("ivoirien")."""
        return token.is_lower and self.kb.is_demonym(token.text)

    def _nationality_before(self, token) -> bool:
        """A capitalised nationality before a name, as English writes it ("Ivorian")."""
        return token.is_title and self.kb.is_demonym(token.text)

    def _names_institution(self, span: Span) -> bool:
        """Written as a name: capitalised ('présidence de la République'); one word
        also after a determiner ('the Presidency', 'la Primature')."""
        if len(span) > 1:
            return any(t.is_title for t in span)
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is None or not (span[0].is_title or self._secretariat_owner(span)):
            return False
        # "the Ivorian | Senate": a nationality is a determiner here
        return before.lower_ in self.data.DETERMINERS or self._nationality_before(before)

    def _secretariat_owner(self, span: Span) -> bool:
        """« le secrétaire général de la | présidence »: the institution a general
        secretary serves, written in lower case."""
        k = span.start
        while k > 0 and span.doc[k - 1].lower_ in self.data.DETERMINERS | OF_WORDS:
            k -= 1
        return k > 1 and span.doc[k - 1].lower_ in SECRETARY_GENERAL_ENDS

    def _country_after(self, doc: Doc, end: int) -> tuple[int, str]:
        """'… du Mali', '… of the Republic of Madagascar': the country named after."""
        if end >= len(doc) or doc[end].lower_ not in OF_WORDS:
            return end, "*"
        j = end + 1
        while j < len(doc) and doc[j].lower_ in self.data.DETERMINERS:
            j += 1
        for size in (5, 4, 3, 2, 1):  # "… of the | Democratic Republic of the Congo"
            if j + size > len(doc) or doc[j + size - 1].is_punct:
                continue  # "… du Sénégal | ,": the look-up reads past punctuation
            entry = self.kb.lookup(doc[j : j + size].text)
            if entry is not None and entry.type == "LOC" and entry.kind not in PLACE_KINDS:
                return j + size, entry.qid
        return end, "*"

    def _republic_named(self, doc: Doc, end: int) -> tuple[int, str]:
        """A country's name that opens with the institution's last word, 'République'."""
        if doc[end - 1].lower_ not in ("république", "republic"):
            return end, "*"
        for stop in range(min(len(doc), end + 4), end, -1):
            entry = self.kb.lookup(doc[end - 1 : stop].text)
            if entry is not None and entry.type == "LOC" and entry.kind not in PLACE_KINDS:
                return stop, entry.qid
        return end, "*"

    def _the_government(self, token) -> bool:
        """'le Gouvernement', 'the Government': capitalised after a determiner, the
        government of the country the article is about (settled when it is known)."""
        doc = token.doc
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        # "Government Spokesperson": the government whose role it is
        return token.is_title and (
            before in self.data.DETERMINERS | {"du", "au"} or after in self.role_starts
        )

    # --- acronyms -------------------------------------------------------
    def _acronyms(self, doc: Doc, spans: list[Span]) -> tuple[list[Span], list[AcronymPair]]:
        pairs: list[AcronymPair] = []
        units: list[Span] = []
        for i in positions(doc, ("(",), 0, len(doc) - 2):  # both rules open on a bracket
            inner = _bracketed_acronym(doc, i)
            if inner is not None and i > 0:
                pair = self._long_before(doc, i, inner, spans)
                if pair:
                    pairs.append(pair)
                    units += self._unit_before(pair.long, spans)
            elif i > 0 and (short := _bracketed_short_name(doc, i)) is not None:
                pair = self._named_before(doc, i, short, spans)  # "… médicale (Inserm)"
                if pair:
                    pairs.append(pair)
            elif i > 0 and (short := _quoted_short_name(doc, i, self.data.DEFINITION_WORDS)):
                pair = self._defined_before(i, short, spans)  # 'X plc ("the Group")'
                if pair:
                    pairs.append(pair)
        pairs = [self._as_body(pair) for pair in pairs + self._short_before(doc, spans)]
        for pair in pairs:
            spans = _add_span(spans, pair.long)
            spans = _add_span(spans, pair.short)
        for unit in units:
            spans = _add_span(spans, unit)
        return spans, pairs

    def _as_body(self, pair: AcronymPair) -> AcronymPair:
        """A defined acronym names a body more often than a place: 'Côte d'Ivoire
        Énergies (CI-Énergies)', tagged as a place, is a company. Known places
        ('République démocratique du Congo (RDC)') and place nouns stay places."""
        long = pair.long
        if long.label_ != "LOC" or long.kb_id_ or self.kb.lookup(long.text) is not None:
            return pair
        kinds = self.data.PLACE_KIND_NOUNS | self.data.FEATURE_NOUNS_BEFORE
        kinds |= self.data.FEATURE_NOUNS_AFTER | self.data.COMPASS_WORDS
        if len(long) < 2 or any(t.lower_ in kinds for t in long) or is_town(long.text):
            return pair
        return AcronymPair(
            short=Span(long.doc, pair.short.start, pair.short.end, label="ORG"),
            long=Span(long.doc, long.start, long.end, label="ORG"),
        )

    def _unit_before(self, long: Span, spans: list[Span]) -> list[Span]:
        """'Chambre des mines | de la Fédération des entreprises du Congo (FEC)': the
        unit the model's name opened with, before its body's long form."""
        outer = next((s for s in spans if s.end == long.end and s.start < long.start), None)
        if outer is None:
            return []
        doc, end = long.doc, long.start
        while end > outer.start and doc[end - 1].lower_ in self.data.DETERMINERS - OF_WORDS:
            end -= 1  # "de | la Fédération …"
        if end <= outer.start or doc[end - 1].lower_ not in OF_WORDS:
            return []  # "U.S. | Centers for Disease Control …": no unit, a modifier
        end -= 1
        return [Span(doc, outer.start, end, label="ORG")] if end > outer.start else []

    def _named_suffix(self, ent: Span, short: str) -> Span | None:
        """The part of a tagged name after 'of' whose initials spell the acronym
        ('Sub-Committee on Accreditation of | the Global Alliance … (GANHRI)')."""
        doc = ent.doc
        for token in ent[1:-1]:
            if token.lower_ not in OF_WORDS:
                continue
            j = token.i + 1
            while j < ent.end - 1 and doc[j].lower_ in self.data.DETERMINERS:
                j += 1
            part = doc[j : ent.end]
            # a unit of two words or more: "the Office of the …" is the body itself
            unit = [t for t in doc[ent.start : token.i] if t.is_alpha]
            if (
                len(unit) >= 2
                and len(part) >= 2
                and part[0].is_title
                and (initials_fit(short, part.text) or self._known_as(part.text, short))
            ):
                return Span(doc, j, ent.end, label=ent.label_)
        return None

    def _known_as(self, name: str, short: str) -> bool:
        """The knowledge base knows `name` by this acronym in another language: "Central
        African Economic and Monetary Community (CEMAC)"."""
        entry = self.kb.lookup(name)
        return entry is not None and entry is self.kb.lookup(short)

    def _long_before(self, doc: Doc, paren: int, inner, spans: list[Span]) -> AcronymPair | None:
        ent = self._without_board(next((s for s in spans if s.end == paren), None))
        ent = self._coordinated_name(ent, spans) if ent is not None else None
        if (
            ent is not None
            and ent.label_ == "ORG"
            and not ent.kb_id_
            and not initials_fit(inner.text, ent.text)
        ):
            ent = self._named_suffix(ent, inner.text) or self._place_cut_before(
                ent, inner.text, spans
            )
        named = ent if ent is None else self._without_country_prefix(ent)
        spelt = named is not None and (
            initials_fit(inner.text, named.text) or _letters_fit(inner.text, named.text)
        )
        fits = spelt or (named is not None and self._translated_acronym(named, inner.text))
        long = ent if fits else None
        if long is not None and not spelt:
            long = self._spelt_around(doc, paren, inner.text, long, spans)
        if long is not None and self._listed_after(long):
            # "Chamber of Commerce, Industry, Mines and | Crafts of Cameroon (CCIMA)"
            wider = self._headed_long_form(doc, paren, spans)
            if wider is not None and wider.start < long.start:
                # a list of words with commas ("Commerce, Industry, Mines and"), not two
                # names ("the Gates Foundation and | Cheikh Anta Diop University of Dakar")
                listed = [t for t in doc[wider.start : long.start] if t.text == ","]
                long = wider if listed else long
        if ent is not None and ent.label_ == "ORG" and ent.kb_id_ and not fits:
            return None  # "BOAD and Afreximbank (ACCP)": a known body's acronyms are known
        if long is None:
            long = self._with_head_before(_schwartz_hearst(doc, paren, inner.text), spans)
        if long is None and (ent is None or ent.label_ == "LOC"):  # "… du | Burkina | (…)"
            long = self._cut_long_form(doc, paren, inner.text, spans)
        headed = long is None and (ent is None or not fits)
        if headed:
            # an English acronym of a French name, or a tagged place or part that ends it
            long = self._headed_long_form(doc, paren, spans)
            if long is not None and ent is not None and long.start > ent.start:
                long = None  # the tagged name runs on before the body noun: keep it
        if long is None or self._names_event(long):
            return None  # "29th Conference of the Parties (COP29)": the events' acronym
        label = "ORG" if headed else self._acronym_label(long, inner.text, spans)
        if label is None:
            return None
        entry = self.kb.lookup(inner.text)
        namesake = entry is not None and self._namesake(entry, long)
        qid = self._kb_id(long.text, "" if namesake else inner.text, label)
        return AcronymPair(
            short=Span(doc, inner.start, inner.end, label=label, kb_id=qid),
            long=Span(doc, long.start, long.end, label=label, kb_id=qid),
        )

    def _place_cut_before(self, ent: Span, short: str, spans: list[Span]) -> Span:
        """ "Ghana | Water Limited (GWL)": a place the model cut off the front of a
        company's name, when the acronym spells the place's word too."""
        place = next((s for s in spans if s.end == ent.start and s.label_ == "LOC"), None)
        if place is None:
            return ent
        joined = Span(ent.doc, place.start, ent.end, label="ORG")
        return joined if initials_fit(short, joined.text) else ent

    def _spelt_around(self, doc: Doc, paren: int, short: str, ent: Span, spans: list[Span]) -> Span:
        """ "Confédération des associations … de l'| Université Laval | (CADEUL)": a
        longer form the acronym spells, holding the name before the bracket, is the
        acronym's; only a name the acronym does not spell keeps it by translation."""
        wider = self._with_head_before(_schwartz_hearst(doc, paren, short), spans)
        if ent.kb_id_ or wider is None or not wider.start < ent.start or wider.end != ent.end:
            return ent  # a known body keeps its own acronym: "Board of … | BOAD (BOAD)"
        if not (wider[0].is_title and wider[0].lower_ in self.acronym_heads):
            return ent  # "Director General of | Documentation and Immigration (DGDI)"
        if self.boards.match_at(doc, wider.start):
            return ent  # "Board of Directors of the | BOAD"
        k = ent.start
        while k > wider.start and doc[k - 1].lower_ in self.data.DETERMINERS - OF_WORDS:
            k -= 1
        owned = k > wider.start and doc[k - 1].lower_ in OF_WORDS  # "… de l'| Université"
        listed = any(t.text in (",", ";") for t in doc[wider.start : ent.start])
        return wider if owned and not listed and initials_fit(short, wider.text) else ent

    def _names_event(self, long: Span) -> bool:
        """A long form headed by an event's noun: "(29th) Conference of the Parties"."""
        words = [t.lower_ for t in long if t.is_alpha]
        head = words[0] if words else ""
        return not long.kb_id_ and head in self.data.EVENT_TRIGGERS

    def _coordinated_name(self, ent: Span, spans: list[Span]) -> Span:
        """'National Office for Veterans | and | Victims of War (ONaCVG)': a name the
        model cut at its "and", the part before the bracket no body of its own."""
        doc = ent.doc
        if ent.label_ != "ORG" or ent.kb_id_ or ent.start < 3:
            return ent
        k = ent.start - 1
        if doc[k].lower_ in self.data.DETERMINERS | OF_WORDS:
            k -= 1  # « Douanes | et des | Droits indirects (DGDDI) »
        if doc[k].lower_ not in AND_WORDS or self._names_a_body(ent):
            return ent
        first = next((s for s in spans if s.end == k and s.label_ == "ORG"), None)
        if first is None or first.kb_id_ or not self._names_a_body(first):
            return ent
        return Span(doc, first.start, ent.end, label="ORG")

    def _names_a_body(self, span: Span) -> bool:
        return self._known_name(span.text) or any(
            is_body_head(t.lower_, self.acronym_heads) for t in span
        )

    def _with_head_before(self, long: Span | None, spans: list[Span]) -> Span | None:
        """'Department of | Agriculture, Rural Development, Blue Economy … (ARBE)': the
        acronym spells the portfolios; the tagged body noun before them opens the name."""
        if long is None:
            return None
        for span in spans:
            if span.label_ == "ORG" and span.start < long.start < span.end:
                if is_body_head(span[0].lower_, self.long_form_heads):
                    return long.doc[span.start : long.end]
        return long

    def _without_country_prefix(self, ent: Span) -> Span:
        """'U.S. | Centers for Disease Control and Prevention (CDC)': the acronym
        spells the name after its country's abbreviation, or after the body of the
        world that owns it ('United Nations | Economic Commission for Africa (ECA)')."""
        if len(ent) > 2 and self._country_abbreviation(ent[:1]):
            return ent[1:]
        for size in (1, 2):
            if len(ent) - size >= 2 and self._world_body(ent[:size].text):
                return ent[size:]
        return ent

    def _world_body(self, text: str) -> bool:
        entry = self.kb.lookup(text)
        return entry is not None and entry.type == "ORG" and entry.country is None

    def _cut_long_form(
        self, doc: Doc, paren: int, short: str, spans: list[Span], most: int = 16
    ) -> Span | None:
        """'Agence malienne | pour le développement de l'énergie domestique et
        l'électrification rurale (AMADER)': a body's name the model cut before its
        lower-case words runs on to the bracket when the acronym's letters fit it."""
        body = next(
            (s for s in spans if s.label_ == "ORG" and paren - most <= s.start and s.end < paren
             and is_body_head(s[0].lower_, self.cut_form_heads)),
            None,
        )  # fmt: skip
        if body is None:
            return None
        place = self._country_ending(doc, body.end, paren)  # "… d'électricité du | Burkina"
        if not all(_lower_word(t) for t in doc[body.end : place or paren]):
            return None
        long = doc[body.start : paren]
        if (
            _letters_fit(short, long.text)
            or (place is not None and len(long) <= 7)  # a national body's name, all said
            or self._initials_in_english(short, long)
            or self._known_body_worded(short, long.text)
        ):
            return Span(doc, long.start, long.end, label="ORG")
        return None

    def _country_ending(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a known country or region ending doc[start:end] after 'of'/'de' starts."""
        for k in range(max(start + 1, end - 3), end):
            if doc[k - 1].is_lower and self._known_place_at(doc, k):
                if (entry := self.kb.lookup(doc[k:end].text)) and _country_or_region(entry):
                    return k
        return None

    def _known_body_worded(self, short: str, long: str) -> bool:
        """ "Centre africain pour le contrôle et la prévention des maladies (Africa
        CDC)": a known body's acronym after a long form the knowledge base words
        otherwise, when most of its words are the body's own."""
        entry = self.kb.lookup(short)
        if entry is None or entry.type != "ORG":
            return False
        stems = _name_stems(long)
        known = stems & {stem for name in entry.forms() for stem in _name_stems(name)}
        return len(known) >= 2 and 2 * len(known) > len(stems)

    def _initials_in_english(self, short: str, long: Span) -> bool:
        """'Partenariat mondial pour la sécurité de l'eau et l'assainissement (GWSP)':
        an English acronym of a French name spells the initials of the name's words in
        English (Global Water Security and Sanitation Partnership), in any order; one
        letter of four or more may come from a synonym ("mondial": world, global)."""
        words = [t.lower_ for t in long if t.is_alpha and not t.is_stop]
        letters = Counter(c.lower() for c in short if c.isalpha())
        if len(letters) < 3 or len(words) > len(short) + 2:
            return False
        initials = Counter(self.data.NAME_WORDS.get(w, w)[0].lower() for w in words)
        return (letters - initials).total() <= (1 if letters.total() >= 4 else 0)

    def _listed_after(self, span: Span) -> bool:
        """A name right after 'and' or a comma that follows a capitalised word: the
        last of a list of a name's words ("Mines and | Crafts of Cameroon")."""
        doc, k = span.doc, span.start
        return (
            k >= 2
            and (doc[k - 1].lower_ in AND_WORDS or doc[k - 1].text == ",")
            and (doc[k - 2].is_title)
        )

    def _headed_long_form(
        self, doc: Doc, paren: int, spans: list[Span], max_words: int = 10
    ) -> Span | None:
        """'le Centre égyptien d'études économiques (ECES)': no tagged name and no
        initials to go by, the words from a capitalised body noun to the bracket."""
        heads = self.long_form_heads
        # the spans as corrected so far: the model's "Directeur général de la Société
        # … (SENELEC)" person is a title, already undone
        people = {i for s in spans if s.label_ == "PER" for i in range(s.start, s.end)}
        k, reach = paren - 1, max_words
        while k >= 0 and paren - k <= reach:
            i, token = k, doc[k]
            k -= 1
            listed = token.text == "," and _between_name_words(doc, i)
            reach += 2 * listed  # a comma and a word of a list: "Commerce, | Industry"
            if (token.is_punct and token.text not in ("-", "'") and not listed) or i in people:
                return None
            ministry = token.lower_ == self.data.MINISTRY_WORD  # "ministère de … (MEAE)"
            if self._named_facility(doc, i, paren):
                return Span(doc, i, paren, label="ORG")
            if token.is_title and is_body_head(token.lower_, heads) or ministry:
                # "National Office of …", "the Food Crop Value Chain … Programme"
                start = self._capitalised_words_before(doc, i, most=max_words)
                before = doc[start - 1] if start > 0 else None
                if i == paren - 1 and start == i:
                    continue  # a lone body noun: "the Commission (EC)" is no long form
                if (
                    before is None
                    or before.lower_ in self.data.DETERMINERS | self.data.ROLE_PREPOSITIONS
                    or before.is_punct
                ):
                    return Span(doc, start, paren, label="ORG")
        return None

    def _named_facility(self, doc: Doc, i: int, paren: int) -> bool:
        """ "l'hôpital de référence du comté de Kisumu (KCRH)": a facility's noun in
        lower case after its article, a place named in the words up to the bracket."""
        token = doc[i]
        if not token.is_lower or token.lower_ not in self.data.NAMED_FACILITY_NOUNS:
            return False
        named = any(t.is_title for t in doc[i + 1 : paren])
        return named and i > 0 and doc[i - 1].lower_ in self.data.DETERMINERS

    def _capitalised_words_before(self, doc: Doc, k: int, most: int = 3) -> int:
        """Where the capitalised words before a body noun begin: 'General State Inspectorate'."""
        start = k
        while (
            start > 0
            and k - start < most
            and doc[start - 1].is_title
            and doc[start - 1].ent_type_ != "PER"
            and doc[start - 1].lower_ not in self.data.DETERMINERS
        ):
            start -= 1
        return start

    def _defined_before(self, paren: int, short: Span, spans: list[Span]) -> AcronymPair | None:
        """'Bank of Ireland Group plc ("the Group")': the body named right before a
        short name the release defines in quotes, whatever its letters."""
        ent = next((s for s in spans if s.end == paren and s.label_ == "ORG"), None)
        if ent is None:
            return None
        doc = ent.doc
        return AcronymPair(
            short=Span(doc, short.start, short.end, label="ORG", kb_id=ent.kb_id_),
            long=Span(doc, ent.start, ent.end, label="ORG", kb_id=ent.kb_id_),
        )

    def _named_before(self, doc: Doc, paren: int, short: Span, spans: list[Span]):
        """A word-like short name ('Inserm', 'Masen') after a tagged long form whose
        letters it takes in order."""
        ent = next((s for s in spans if s.end == paren and s.label_ in ("ORG", "LOC")), None)
        ent = self._without_board(ent)
        if ent is None or ent.label_ == "LOC" and len(ent) == 1:
            # "the Société nationale d'électricité du | Sénégal | (Senelec)" in English
            long = self._cut_long_form(doc, paren, short.text, spans)
            if long is None:
                return None
            return AcronymPair(short=Span(doc, short.start, short.end, label="ORG"), long=long)
        if len(ent) < 2:
            return None
        if not (_letters_fit(short.text, ent.text) or self._translated_short_name(ent, short)):
            return None
        qid = self._kb_id(ent.text, short.text, ent.label_)
        return AcronymPair(
            short=Span(doc, short.start, short.end, label=ent.label_, kb_id=qid),
            long=Span(doc, ent.start, ent.end, label=ent.label_, kb_id=qid),
        )

    def _without_board(self, ent: Span | None) -> Span | None:
        """ "Conseil d'administration de la | Société … du Sénégal (Senelec)": brackets
        after a board named with its body define the body's short name."""
        if ent is None or ent.label_ != "ORG":
            return ent
        body = self._board_body(ent)
        return body if body is not None and body.end == ent.end else ent

    def _translated_short_name(self, ent: Span, short: Span) -> bool:
        """'Agence marocaine pour l'énergie durable (Masen)', 'Oswaldo Cruz Foundation
        (Fiocruz)': a body's short name from its other language. It opens like one of
        the name's words and is no place or known body of its own."""
        if ent.label_ != "ORG" or len(short.text) < 4:
            return False
        initials = {t.lower_[0] for t in ent if t.is_alpha and len(t) > 2 and not t.is_stop}
        if short.text[0].lower() not in initials:
            return False
        return not self._known_name(short.text)

    def _short_before(self, doc: Doc, spans: list[Span]) -> list[AcronymPair]:
        """'PAM (Programme alimentaire mondial)', 'NB Power (New Brunswick Power …)'."""
        pairs = []
        for i in (k - 1 for k in positions(doc, ("(",), 1, len(doc) - 2)):
            token = doc[i]
            named = next((s for s in spans if s.end == i + 1 and 1 < len(s) <= 3), None)
            if named is not None and sum(c.isupper() for c in named.text) >= 2:
                pairs += self._short_named_before(doc, named, i + 1, spans)
                continue
            if not ACRONYM_RE.match(token.text):
                continue
            close = next(
                (j for j in range(i + 2, min(len(doc), i + 16)) if doc[j].text == ")"), None
            )
            if close is None or close - i < 4:
                continue
            first = i + 2
            while first < close - 1 and doc[first].lower_ in self.data.DETERMINERS:
                first += 1  # "UNICEF (the United Nations Children's Fund)"
            long = doc[first:close]
            if all(t.is_upper for t in long if t.is_alpha):
                continue  # « … de l'UMOA | (AMF-UMOA) »: an acronym in brackets, no long form
            # a known body in the brackets owns the acronym, whatever its initials: "CAF
            # (Development Bank of Latin America and the Caribbean)" is no football body
            known = self.kb.lookup(long.text)
            # "ARECOMS (Autorité de régulation et de contrôle des marchés …)": a long form
            # in brackets may give a letter of the acronym inside a word, as after it
            fits = initials_fit(token.text, long.text) or (
                long[0].is_title and _letters_fit(token.text, long.text)
            )
            if not fits and (known is None or known.type != "ORG"):
                if not self._translated_gloss(long, token.text, spans):
                    continue
            label = self._acronym_label(long, token.text, spans)
            if label:
                qid = self._kb_id(long.text, token.text, label)
                short = Span(doc, i, i + 1, label=label, kb_id=qid)
                pairs.append(
                    AcronymPair(
                        short=short, long=Span(doc, long.start, long.end, label=label, kb_id=qid)
                    )
                )
        return pairs

    def _short_named_before(
        self, doc: Doc, short: Span, paren: int, spans: list[Span]
    ) -> list[AcronymPair]:
        close = next(
            (j for j in range(paren + 1, min(len(doc), paren + 15)) if doc[j].text == ")"), None
        )
        if close is None or close - paren < 3:
            return []
        long = doc[paren + 1 : close]
        if not initials_fit(short.text, long.text):
            return []
        label = short.label_ if short.label_ in ("ORG", "LOC") else None
        if label is None:
            return []
        qid = self._kb_id(long.text, short.text, label)
        return [
            AcronymPair(
                short=Span(doc, short.start, short.end, label=label, kb_id=qid),
                long=Span(doc, long.start, long.end, label=label, kb_id=qid),
            )
        ]

    def _translated_gloss(self, long: Span, short: str, spans: list[Span]) -> bool:
        """'the ANME (National Agency for Energy Conservation)', 'la SCZONE (Zone
        économique du canal de Suez)': an unknown body's acronym in its own language,
        its name translated in the brackets, whose initials need not fit."""
        return (
            long[0].is_title
            and self.kb.lookup(short) is None
            and self._acronym_label(long, short, spans) == "ORG"
        )

    def _translated_acronym(self, ent: Span, short: str) -> bool:
        """'National School of Public Health (ENSP)': a translated name keeps its
        original acronym; an organisation right before the bracket owns it,
        unless the acronym is a known body of its own."""
        if ent.label_ != "ORG":
            return False
        entry = self.kb.lookup(short)
        if entry is None and ent.kb_id_:
            # a known body's acronyms are known ("Afreximbank (ACCP)"), or spell one of
            # its names: « Banque centrale des Seychelles (CBS) », the English one's
            known = self.kb.get(ent.kb_id_)
            return known is not None and any(initials_fit(short, n) for n in known.forms())
        if entry is None:
            return True
        return entry.qid == ent.kb_id_ or self._namesake(entry, ent)

    def _namesake(self, entry: KBEntry, ent: Span) -> bool:
        """A national body of the knowledge base that shares the acronym but not a word
        of the name: "Deposit and Consignment Fund (CDC)" is not the US CDC. Bodies of
        the whole world keep their acronym ("Fonds des Nations unies pour l'enfance
        (UNICEF)") unless most of the long form's words are not theirs."""
        if entry.type != "ORG":
            return False
        stems = _name_stems(ent.text)
        known = stems & {stem for name in entry.forms() for stem in _name_stems(name)}
        if entry.country is None:
            # a body of the world is another one when most of the long form's words
            # are not its own: "African Water Facility (AWF)" is no African Wildlife
            # Foundation
            return len(stems) >= 3 and 2 * len(known) < len(stems)
        return not known

    def _acronym_label(self, long: Span, short: str, spans: list[Span]) -> str | None:
        for span in spans:
            if span.start <= long.start and span.end >= long.end and span.label_ in ("ORG", "LOC"):
                return span.label_
        entry = self.kb.lookup(long.text) or self.kb.lookup(short)
        if entry is not None:
            return entry.type
        words = [t.lower_ for t in long if t.lower_ not in self.data.DETERMINERS and t.is_alpha]
        # a head noun first, after one adjective ("Haute Autorité de …"), or last; in
        # either language ("the Caisse de dépôt et placement du Québec (CDPQ)")
        edges = [*words[:2], *words[-1:]]
        if any(is_body_head(word, self.acronym_heads) for word in edges):
            return "ORG"
        if words and words[-1] in self.role_words:
            return None  # "Chief Executive Officer (CEO)" is a title
        if self._proper_name(long) and not any(w in self.data.EVENT_TRIGGERS for w in words):
            return "ORG"  # "Education Cannot Wait (ECW)": a capitalised name with an acronym
        return None

    def _proper_name(self, long: Span) -> bool:
        """Every content word capitalised ("Couverture sanitaire universelle (CSU)" is not)."""
        content = [  # stop words aside: "Haute Autorité pour la Bonne Gouvernance (HABG)"
            t
            for t in long
            if t.is_alpha and len(t) > 3 and t.lower_ not in self.data.DETERMINERS and not t.is_stop
        ]
        return len(content) >= 2 and all(t.is_title or t.is_upper for t in content)

    def _kb_id(self, long: str, short: str, label: str) -> str:
        entry = self.kb.lookup(long) or self.kb.lookup(short)
        return entry.qid if entry is not None and entry.type == label else ""


def _kb_matchers(nlp: Language, patterns: list[dict]) -> list[PhraseMatcher]:
    """Knowledge-base names as phrase matchers: acronyms on the exact form,
    names on the lowercase form (capitalisation is checked on each match)."""
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    for pattern in patterns:
        key = f"{pattern['label']}|{pattern['id']}"
        tokens = pattern["pattern"]
        if all("ORTH" in t for t in tokens):
            exact.add(key, [Doc(nlp.vocab, words=[t["ORTH"] for t in tokens])])
        else:
            lower.add(key, [Doc(nlp.vocab, words=[t["LOWER"] for t in tokens])])
    return [exact, lower]


NAME_LINKS = (
    frozenset(
        {"bin", "binti", "bint", "ben", "van", "von", "der", "den", "de", "da", "ould", "ter"}
    )
    | MARRIED_NAME_WORDS
)


# Titles that only ever stand before a person's name.
PERSONAL_TITLES = frozenset(
    {
        "m.",
        "mme",
        "mlle",
        "dr",
        "dr.",
        "pr",
        "pr.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "professeur",
        "professeure",
        "professor",
        "prof.",
        "sir",
        "dame",
        "docteur",
        "docteure",
        "dre",
        "hon",
        "hon.",
        "honourable",
        "honorable",
    }
)


PERSONAL_TITLE_STEMS = frozenset(t.rstrip(".") for t in PERSONAL_TITLES)
# Prepositions that open a body's topic: "Commission sur le lien social",
# "Commission on social connection".
TOPIC_LINKS = frozenset({"sur", "on"})


def _topic_word(token) -> bool:
    """A lower-case noun or adjective of a topic ('lien', 'social', 'pilotage')."""
    return (
        token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ") and not token.ent_type_
    )


def _name_token(token) -> bool:
    return (
        (token.is_title or token.lower_ in NAME_LINKS or PREFIXED_SURNAME_RE.match(token.text))
        and not token.is_punct
        and token.pos_
        in (
            "PROPN",
            "NOUN",
            "ADJ",
            "X",
        )
    )


# Surnames with a second capital after their prefix: "MacLellan", "McKenzie", "O'Brien",
# "d'Almeida" (one token in English).
PREFIXED_SURNAME_RE = re.compile(r"^(?:Mac|Mc|O['’]|d['’])[A-ZÀ-Ý][a-zà-ÿ]+$")


def _capitalised_name_word(text: str) -> bool:
    """'Ndiaye', "Ndung'u", 'Ould', 'MacLellan' (str.istitle() rejects "Ndung'u")."""
    if PREFIXED_SURNAME_RE.match(text):
        return True
    letters = text.replace("'", "").replace("’", "")
    return len(letters) > 1 and letters.isalpha() and text[0].isupper() and letters[1:].islower()


MAX_NAME_TOKENS = 6  # "Maria da Conceição dos Santos Lima"


def _amount(span: Span) -> bool:
    """A currency's code and a number: 'CFA 1.3 billion', 'FCFA 4,500', 'USD 20 million'."""
    return len(span) > 1 and span[0].text in CURRENCY_CODES and span[1].like_num


def _autonomous_port(span: Span) -> Span:
    """ "Dakar | Autonomous Port" with the town alone tagged: the port authority (as
    « Port autonome de Dakar »), its town's name a part of its own."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if span.label_ != "LOC" or after != ["autonomous", "port"]:
        return span
    return Span(doc, span.start, span.end + 2, label="ORG")


# Words that open West African and Sahelian Muslim names, part of the name as written
# in both languages ("El Hadji Malick Diagne", « Hadja Aminata Touré », "Alhaji Sule
# Lamido"); the model often cuts them off or reads them as a body.
NAME_OPENERS: tuple[tuple[str, ...], ...] = (
    ("el", "hadji"),
    ("el", "hadj"),
    ("el", "hadja"),
    ("el", "-", "hadji"),
    ("elhadji",),
    ("elhadj",),
    ("hadja",),
    ("alhaji",),
    ("alhadji",),
    ("al", "-", "hajji"),
)


def _with_name_openers(spans: list[Span]) -> list[Span]:
    """A person's name right after one of NAME_OPENERS opens with it."""
    for span in [s for s in spans if s.label_ == "PER"]:
        doc = span.doc
        n = next((len(o) for o in NAME_OPENERS if match_before(doc, span.start, [o]) == len(o)), 0)
        if not n or not doc[span.start - n].is_title:
            continue
        joined = Span(doc, span.start - n, span.end, label="PER")
        spans = [
            joined if s is span else s for s in spans if s is span or not _overlaps_any(s, [joined])
        ]
    return spans


def _join_particles(spans: list[Span]) -> list[Span]:
    """'Boudewijn van' + 'der' + 'Linden', 'Siti Zubaidah' + 'binti' + 'Osman':
    a person's name runs on over particles to the capitalised word after them."""
    for span in [s for s in spans if s.label_ == "PER"]:
        if not any(s is span for s in spans):
            continue  # joined to the name before it already
        doc, start, end = span.doc, span.start, span.end
        k = end
        while k < len(doc) and doc[k].lower_ in NAME_LINKS:
            k += 1
        if end < k < len(doc) and doc[k].is_title and doc[k].is_alpha:
            end = k + 1
        k = start
        while k > 0 and doc[k - 1].lower_ in NAME_LINKS:
            k -= 1
        if k < start and k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha:
            start = _name_start_before(spans, doc, k - 1)
        if (start, end) != (span.start, span.end):
            joined = Span(doc, start, end, label="PER")
            spans = [s for s in spans if s is span or not (s.start < end and start < s.end)]
            spans = [joined if s is span else s for s in spans]
    return spans


def _name_start_before(spans: list[Span], doc: Doc, i: int) -> int:
    """Where the name ending on token i starts: the person span holding it ('Mourad
    Ben' of 'Mr. Mourad Ben | Ammar'), else its run of capitalised words, never over
    an abbreviated honorific ('Mr.')."""
    held = next((s for s in spans if s.label_ == "PER" and s.start <= i < s.end), None)
    if held is not None:
        return held.start
    while i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].pos_ == "PROPN":
        i -= 1
    return i


def unknown_place_word(token: Token, kb: KnowledgeBase) -> bool:
    """A capitalised word no gazetteer knows as a place ("Mbarga | Onana", "Adjoua |
    Méledje" read as places): a surname, after a person's name."""
    return token.is_title and kb.lookup(token.text) is None and not is_town(token.text)


def only_place_kind(words: Span, data: ModuleType) -> bool:
    """ "the | Urban Municipality | of Toamasina", « la | commune urbaine | de … »: a
    kind of place and its qualifier, no name."""
    kinds = data.PLACE_KIND_NOUNS | data.PLACE_KIND_ADJECTIVES
    return all(t.lower_ in kinds for t in words)


def _one_word(span: Span) -> bool:
    """One token, or words a hyphen glues into one ("Mayo | - | Tsanaga")."""
    if len(span) == 1:
        return True
    doc = span.doc
    return len(span) % 2 == 1 and all(
        hyphen_joins(doc, k) for k in range(span.start + 1, span.end, 2)
    )


def _word_prefix(doc: Doc, i: int) -> bool:
    """Token i opens a word a hyphen glues to a lower-case one ("Re-elected",
    "Co-founder"): no name's last word."""
    return (
        i + 2 < len(doc)
        and hyphen_joins(doc, i + 1)
        and doc[i + 2].is_lower
        and doc[i].is_title
        and len(doc[i]) <= 3
    )


def _married_name(span: Span) -> bool:
    """A woman's name, her husband's after 'épouse' or 'née' inside it ("Clarisse Ngo
    Bikoï épouse Essomba")."""
    return any(
        t.lower_ in MARRIED_NAME_WORDS and span[k - 1].is_title and span[k + 1].is_title
        for k, t in enumerate(span[1:-1], start=1)
    )


def _join_adjacent_people(spans: list[Span]) -> list[Span]:
    """'M. Komlan Essodina Tchalim' tagged as two people side by side: one name; and
    two that overlap once one was extended over the other's last word ("Akossiwa
    Ayélé" and "Ayélé Adjovi-Kpodar")."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == span.label_ == "PER"
            and last.start < span.start <= last.end < span.end
            and span.end - last.start <= MAX_NAME_TOKENS
        ):
            out[-1] = Span(span.doc, last.start, span.end, label="PER")
        else:
            out.append(span)
    return out


def _ticker_start(ent: Span) -> int | None:
    """Where a listing's bracket the entity is part of starts: "(TSX: MBS)",
    « (BRVM : SNTS) », an exchange and a symbol in capitals around a colon."""
    doc, start = ent.doc, ent.start
    while start > max(0, ent.start - 2) and doc[start - 1].text != "(":
        start -= 1
    if start == 0 or doc[start - 1].text != "(" or start + 3 >= len(doc) or ent.end > start + 3:
        return None
    exchange, colon, symbol, close = doc[start : start + 4]
    if colon.text != ":" or close.text != ")" or not (exchange.is_upper and symbol.is_upper):
        return None
    return start


def _bracketed_acronym(doc: Doc, i: int) -> Span | None:
    """The acronym in brackets opening at token i: '(OMS)', '(CNP-Togo)' (several tokens)."""
    if doc[i].text != "(":
        return None
    for j in range(i + 2, min(len(doc), i + 6)):
        if doc[j].text == ")":
            inner = doc[i + 1 : j]
            text = inner.text_with_ws.replace(" ", "") if j - i > 2 else inner.text
            if " " in inner.text:
                return inner if _acronym_and_place(inner) or _known_short_name(inner) else None
            return inner if ACRONYM_RE.match(text) else None
    return None


def _known_short_name(inner: Span) -> bool:
    """'(Africa CDC)', '(ONU Femmes)': a known body's short name of several words, one
    of them an acronym."""
    entry = load_kb().lookup(inner.text)
    return (
        entry is not None
        and entry.type == "ORG"
        and any(ACRONYM_RE.match(t.text) and t.text.isupper() for t in inner)
    )


def _acronym_and_place(inner: Span) -> bool:
    """'(CDC Bénin)', '(CNP Togo)': a national body's acronym and its country."""
    if len(inner) != 2 or not ACRONYM_RE.match(inner[0].text) or not inner[1].is_title:
        return False
    entry = load_kb().lookup(inner[1].text)
    return entry is not None and entry.type == "LOC"


def _bracketed_short_name(doc: Doc, i: int) -> Span | None:
    """'(Inserm)', '(Masen)', '(LuxDev)': one capitalised word in brackets."""
    if doc[i].text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")":
        return None
    word = doc[i + 1]
    if not (word.text[:1].isupper() and word.is_alpha and len(word) >= 3):
        return None
    return doc[i + 1 : i + 2]


def _quoted_short_name(doc: Doc, i: int, defining: frozenset[str], most: int = 3) -> Span | None:
    """The capitalised words a bracket at token i defines in quotes: 'Group' of
    '("the Group")', 'Société' of '(la « Société »)'."""
    if doc[i].text != "(":
        return None
    j, quotes = i + 1, 0
    while (
        j < len(doc) and j - i <= 4 and (doc[j].text in OPENING_QUOTES or doc[j].lower_ in defining)
    ):
        quotes += doc[j].text in OPENING_QUOTES
        j += 1
    start = j
    while j < len(doc) and j - start < most and doc[j].is_alpha and doc[j].text[0].isupper():
        j += 1
    if not quotes or j == start or j >= len(doc) or doc[j].text not in CLOSING_QUOTES:
        return None
    return doc[start:j] if j + 1 < len(doc) and doc[j + 1].text == ")" else None


def _owner_before(doc: Doc, i: int, by_end: dict[int, Span]) -> Span | None:
    """The name ending right before token i, or before its "'s": "IMF | Executive
    Board", "WHO's | office"."""
    if i in by_end:
        return by_end[i]
    return by_end.get(i - 1) if i > 0 and doc[i - 1].lower_ in ("'s", "’s") else None


def _comma(span: Span) -> int:
    return next(t.i for t in span if t.text == ",")


def _defined_next(doc: Doc, i: int) -> bool:
    """A bracketed short name right after token i: '… Agency | (ADM)'."""
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].is_upper


def _named_after_people(spans: list[Span]) -> list[Span]:
    """ "Centre hospitalier universitaire | Sylvanus Olympio": a body's name the model
    ended on a lower-case word, a person's name right after it, is named after that
    person (French word order); one body."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and span.label_ == "PER"
            and last.label_ == "ORG"
            and not last.kb_id_
            and last.end == span.start
            and len(last) > 1
            and last[-1].is_lower
            and last[-1].is_alpha
        ):
            out[-1] = Span(span.doc, last.start, span.end, label="ORG")
            continue
        out.append(span)
    return out


def _with_word_before_and(span: Span) -> Span:
    """ "The Peace and | Security Council": a body's name the model began after its
    'and' starts on the untagged capitalised word before it, right after an article."""
    doc, k = span.doc, span.start
    if span.label_ != "ORG" or span.kb_id_ or k < 3 or doc[k - 1].lower_ not in AND_WORDS:
        return span
    word, article = doc[k - 2], doc[k - 3]
    if not (word.is_title and word.is_alpha and word.ent_iob_ == "O"):
        return span
    if article.lower_ not in ARTICLES:
        return span
    return Span(doc, k - 2, span.end, label="ORG")


def _over_trailing_and(span: Span) -> Span:
    """'Memorial of the Provence Landing and | Liberation': a name the model ended on
    its 'and' runs over the untagged capitalised words right after it (at most three),
    not over a name of its own ("University of Yaoundé I and | Canada's …")."""
    doc, end = span.doc, span.end
    if len(span) < 3 or span[-1].lower_ not in AND_WORDS:
        return span
    while end < len(doc) and end - span.end < 3 and _title_at(doc, end) and doc[end].is_alpha:
        if doc[end].ent_iob_ != "O":
            break
        end += 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


def _caps_name(token: Token) -> bool:
    """'ELMED', 'PRODAT': a word of two or more capitals."""
    return token.is_upper and token.is_alpha and len(token) > 1


def _title_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_title


def _loc_at(by_start: dict[int, Span], i: int) -> bool:
    return i in by_start and by_start[i].label_ == "LOC"


def _unit_noun(span: Span) -> str:
    """The unit noun of a unit's name: its last word in English ('Support Team'),
    its first in French ("Équipe d'appui")."""
    words = [t.lower_ for t in span if t.is_alpha]
    return words[0] if words and words[0] in UNIT_HEADS else (words[-1] if words else "")


def _after_known(person: Span, known: list[Span]) -> Span:
    """'UN High Commissioner for Refugees | Lars Henrik Sørensen': a person's name
    the model (or a first-name rule) began inside a known body's name starts after it."""
    for k in known:
        if k.start <= person.start < k.end < person.end:
            return Span(person.doc, k.end, person.end, label="PER")
    return person


OPENING_QUOTES = frozenset({'"', "“", "«", "‘"})
CLOSING_QUOTES = frozenset({'"', "”", "»", "’"})


def _title_cased(sent: Span) -> bool:
    """A headline in title case: four in five of its words capitalised (a sentence
    full of names has more lower-case words), and no full stop ending it ("Minister
    of Transport and Meteorology Faniry Razafindrakoto-Ravelo on Monday installed …."
    is a sentence)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if sent[-1].text == ".":
        return False
    return len(words) >= 3 and sum(t.is_title for t in words) * 5 >= len(words) * 4


def _headline_cased(sent: Span) -> bool:
    """A headline in title case, its acronyms in capitals ("UNHCR and CNARR Open …"),
    no full stop ending it."""
    if sent[-1].text == ".":
        return False
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    capitalised = sum(t.is_title or t.is_upper for t in words)
    return len(words) >= 3 and capitalised * 5 >= len(words) * 4 and any(t.is_title for t in words)


def _quoted_after(doc: Doc, start: int, most: int = 10) -> Span | None:
    """« Vaincre la méningite d'ici 2030 »: the words between the quotes at `start`."""
    if start >= len(doc) or doc[start].text not in OPENING_QUOTES:
        return None
    for end in range(start + 2, min(len(doc), start + most + 2)):
        if doc[end].text in CLOSING_QUOTES:
            return doc[start + 1 : end]
    return None


def _quoted_before(doc: Doc, k: int, most: int = 10) -> Span | None:
    """'the "Green Skills and Jobs" programme': the quoted words right before token k."""
    if doc[k - 1].text not in CLOSING_QUOTES:
        return None
    for start in range(k - 3, max(-1, k - most - 3), -1):
        if doc[start].text in OPENING_QUOTES:
            return doc[start + 1 : k - 1]
    return None


def _capitalised_run_before(doc: Doc, k: int, links: frozenset[str], most: int = 8) -> Span | None:
    """'the | Early Warnings for All | initiative': capitalised words and numbers, with
    the small words between them, right before token k."""
    start = k
    while start > 0 and k - start < most:
        token = doc[start - 1]
        if not (token.is_title or token.like_num or token.lower_ in links):
            break
        start -= 1
    while start < k and not (doc[start].is_title or doc[start].is_upper):
        start += 1  # "the | Early …": a small word opens no name
    return doc[start:k] if start < k else None


def _overlaps_any(span: Span, others: list[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _within_org(name: Span, spans: list[Span]) -> bool:
    """Is the name already inside an organisation's span (« programme Grand Sud
    résilient » typed and extended before)?"""
    return any(s.label_ == "ORG" and s.start <= name.start and name.end <= s.end for s in spans)


def _add_span(spans: list[Span], new: Span) -> list[Span]:
    """Put `new` in, replacing spans it overlaps."""
    return [s for s in spans if not (s.start < new.end and new.start < s.end)] + [new]


def _looks_like_name(span: Span) -> bool:
    return all(
        t.is_title
        or t.is_upper
        or t.text in ("-", "'")
        or t.lower_ in ("de", "ben", "bin", "al", "el")
        for t in span
    )


def _title_run_end(doc: Doc, i: int, most: int = 4) -> int:
    """End of the capitalised words from token i, hyphens joining them ('Drâa-Tafilalet')."""
    end = i
    while end < len(doc) and end - i < most:
        if is_titled_word(doc[end]):
            end += 1
        elif doc[end].text == "-" and end > i and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 1
        else:
            break
    return end


def _title_run_start(doc: Doc, end: int, most: int = 4) -> int:
    """Start of the capitalised words ending before token `end` (see `_title_run_end`)."""
    start = end
    while start > 0 and end - start < most:
        token = doc[start - 1]
        if token.is_title and token.is_alpha:
            start -= 1
        elif token.text == "-" and start < end and start > 1 and doc[start - 2].is_title:
            start -= 1
        else:
            break
    return start


def _without_trailing_links(span: Span) -> int:
    """Where the span ends once link words at its end are left out."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].lower_ in LINK_WORDS:
        end -= 1
    return end


def _name_stems(name: str) -> set[str]:
    """The first five letters of a name's longer words, for a rough "shares a word"
    test across languages ("Centres"/"Centers", "contrôle"/"control")."""
    from extractor.kb import normalise_name

    return {word[:5] for word in normalise_name(name).split() if len(word) > 3}


def _within(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _only_article_capitalised(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return len(words) > 1 and words[0].lower_ in ARTICLES and all(t.is_lower for t in words[1:])


def _lower_word(token) -> bool:
    """A word of a name's lower-case part: "pour", "l'", "électrification"."""
    return token.is_lower or token.text in ("'", "’", "-")


def _country_or_region(entry: KBEntry) -> bool:
    return entry.is_country or (entry.type == "LOC" and entry.kind == "region")


def _letters_fit(short: str, long: str) -> bool:
    """Looser test for a named long form right before the bracket: the acronym
    starts like the name and its letters appear in order ("SOMELEC" in
    "Société mauritanienne d'électricité")."""
    from extractor.kb import normalise_name

    letters = [c for c in normalise_name(short) if c.isalnum()]
    text = normalise_name(long).replace(" ", "")
    if not letters or not text or text[0] != letters[0] or len(letters) > len(text):
        return False
    return in_order(letters, text)


def _schwartz_hearst(doc: Doc, paren: int, short: str) -> Span | None:
    """Shortest run of words before '(' whose initials spell the acronym
    (Schwartz & Hearst 2003, simplified to word starts)."""
    limit = min(len(short) + 5, 2 * len(short))
    start = paren
    words = 0
    while start > 0 and words < limit:
        token = doc[start - 1]
        # commas of an enumeration stay inside: "Faculté de médecine, de pharmacie et
        # d'odontologie (FMPO)"; the initials must still spell the acronym; so do
        # slashes ("Autorité de Régulation des Télécommunications/TIC de …")
        if token.is_punct and token.text not in ("-", "'", ",", "/"):
            break
        start -= 1
        # stop words do not count: French names hold many ("Conseil de recherches en
        # sciences naturelles et en génie du Canada (CRSNG)")
        words += 1 if token.is_alpha and not token.is_stop else 0
        candidate = doc[start:paren]
        first = strip_accents(candidate[0].text[0]).upper()  # "École … (EPFL)"
        if first == short[0].upper() and initials_fit(short, candidate.text):
            if candidate[0].is_title or candidate[0].is_upper:
                return candidate
    return None


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _date_follows(doc: Doc, i: int, months: Container[str], region_words: int = 3) -> bool:
    """A date at token i, or after a capitalised region and its comma; or a dash
    after that region."""

    def date_at(k: int) -> bool:
        return any(t.like_num or t.lower_ in months for t in doc[k : k + 2])

    if date_at(i):
        return True
    k = i
    while k < min(len(doc), i + region_words) and doc[k].is_alpha and doc[k].text[0].isupper():
        k += 1
    if k > i and k < len(doc) and doc[k].text in DATELINE_DASHES:
        return True  # "DAKAR, Senegal — The …": a dateline with no date
    comma = next(
        (k for k in range(i + 1, min(len(doc), i + region_words + 1)) if doc[k].text == ","), None
    )
    if comma is None:
        return False
    region = doc[i:comma]
    return all(t.is_title or t.is_upper for t in region if t.is_alpha) and date_at(comma + 1)


def _government_candidates(doc: Doc, i: int, levels: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, country word) spans around a 'government' token; a level may
    stand between ("gouvernement provincial du Lualaba", "Provincial Government of")."""
    out = []
    start = i - 1 if i > 0 and doc[i - 1].lower_ in levels else i
    if i + 1 < len(doc) and doc[i + 1].is_alpha:
        out.append((i, i + 2, doc[i + 1].text))  # gouvernement japonais
    if i > 0 and doc[i - 1].is_alpha:
        out.append((i - 1, i + 1, doc[i - 1].text))  # Japanese government
    k = i + 1 if i + 1 < len(doc) and doc[i + 1].lower_ in levels else i
    if k + 2 < len(doc) and doc[k + 1].lower_ in ("of", "du", "de", "d'"):
        j = k + 2
        if doc[j].lower_ in ("la", "l'", "the") and j + 1 < len(doc):
            j += 1
        # the longest name first: "Gouvernement de Côte d'Ivoire", "du Burkina | Faso"
        for end in range(min(len(doc), j + 4), j, -1):
            if not doc[end - 1].is_punct:
                out.append((start, end, doc[j:end].text))  # Government of Japan
    return out


def _unknown_acronym(span: Span, words: list[str]) -> bool:
    """One all-capital word of two or more letters that is no town's name nor a place
    the knowledge base knows ("US", "RDC": a country written short)."""
    if len(words) != 1:
        return False
    token = next(t for t in span if t.lower_ == words[0])
    if not (token.is_upper and token.is_alpha and len(token) >= 2) or is_town(token.text):
        return False
    entry = load_kb().lookup(token.text)
    return entry is None or entry.type != "LOC"


def _between_name_words(doc: Doc, k: int) -> bool:
    """A comma listing one capitalised word after another inside a name ("Chamber of
    Commerce, | Industry, | Mines and Crafts"), no person or place on either side."""
    if k < 1 or k + 1 >= len(doc):
        return False
    before, after = doc[k - 1], doc[k + 1]
    named = {"PER", "PERSON", "LOC", "GPE"}
    return before.is_title and after.is_title and not {before.ent_type_, after.ent_type_} & named


def _hyphened_caps_end(doc: Doc, i: int) -> int:
    """The end of an acronym from token i, over a hyphen and capitals ("l'APEX | -CI")."""
    k = i + 1
    if k + 1 < len(doc) and hyphen_joins(doc, k) and doc[k + 1].is_upper and doc[k + 1].is_alpha:
        return k + 2
    return k


def caps_word(token) -> bool:
    """Three or more letters, all capitals, in running text (not a headline in capitals)."""
    if not (token.is_upper and token.is_alpha and len(token) >= 3):
        return False
    neighbours = [t for t in token.doc[max(0, token.i - 3) : token.i + 4] if t.is_alpha]
    return any(not t.is_upper for t in neighbours)
