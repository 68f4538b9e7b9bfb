"""Role phrases: "directrice générale de l'OMS", "former Minister of Health".

A role phrase is a role head from the language's lexicon, with its status
words (ancien, future, outgoing …), deputy words, and its complement ("de la
Santé", "of the World Bank"). The complement names what the role leads: an
entity, or an implicit organisation (a ministry, a department) built from
the role's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from spacy.tokens import Doc, Span, Token

from extractor.acronyms import TERMS_KEY
from extractor.components.entities import FOR_WORDS, OF_WORDS, caps_word, only_place_kind
from extractor.components.util import (
    PhraseEnds,
    PhraseTable,
    grade_named,
    hyphen_joins,
    lower_tuples,
    lowers,
    match_at,
    match_before,
    untagged_name,
    with_curly_apostrophes,
)
from extractor.kb.entry import COUNTRY_KINDS
from extractor.kb.names import singular
from extractor.lang import board_nouns

BOUNDARY_WORDS = frozenset(
    {"qui", "que", "dont", "où", "who", "which", "that", "whose", "where", "since", "depuis"}
)
MAX_COMPLEMENT = 16
# Nouns naming the kind of body or place before its name: no function inside it.
KIND_NOUNS = frozenset(
    {
        "ong",
        "ngo",
        "province",
        "région",
        "region",
        "state",
        "état",
        "ville",
        "city",
        "county",
        "district",
        "municipalité",
        "municipality",
        "commune",
        "territoire",
        "territory",
        "pays",
        "country",
        "entreprise",
        "firme",
        "firm",
        "compagnie",
        "société",
        "start-up",
        "startup",
    }
)
# Heads only a body has: "Julaya's CEO" makes Julaya a body, not a person.
BODY_HEAD_CLASSES = frozenset({"chief_executive", "director", "chair"})
# Heads whose title alone, with no complement, may name the body the sentence is about.
CONTEXT_ROLE_CLASSES = frozenset(
    {"chair", "director", "chief_executive", "secretary_general", "other_head"}
)
# A company's board: its chair leads the company itself. Besides the languages'
# BOARD_NAMES, a board named by its noun alone ("the ETI Board").
BOARD_NOUNS = ("board",)
# A board's noun as a clause's subject, in either language ("the board of X", « le conseil »).
SUBJECT_BOARD_NOUNS = (*BOARD_NOUNS, "conseil")


# Bodies whose secretary-general heads their services, not the body itself.
CIVIL_SERVICE_BODIES = frozenset(
    {"ministry", "ministère", "department", "présidence", "presidency"}
    | {"gouvernement", "government"}  # « Secrétaire général du Gouvernement »
)


@dataclass
class ImplicitOrg:
    """An organisation the text names only through a role ("ministre de la Santé")."""

    name: str
    kind: str  # ministry | unit | country | government | embassy | office | title_office
    span: Span  # the words it was built from
    parent: Span | None = None  # the larger body of a unit ("à l'OMS")
    country: Span | None = None  # a country named in the phrase
    demonym: str | None = None  # "ministre marocain de …"


# Titles a region's council or its administration has: "the X region, its Chief Executive
# Officer" is the body's named before, never the region's.
REGION_HEADS: frozenset[str] = frozenset({"chair", "other_head", "mayor"})


@dataclass
class Role:
    start: int  # first token of the role head (status words excluded)
    end: int  # end of the whole phrase, complement included
    head_end: int
    text: str
    role_class: str
    predicate: str
    status: str
    plural: bool
    org: Span | None = None
    implicit: ImplicitOrg | None = None
    domains: list[Span] | None = None  # coordinated complements ("de la Santé et des Finances")

    @property
    def span_start(self) -> int:
        return self.start


class RoleFinder:
    def __init__(self, data: ModuleType, tokenizer, kb) -> None:
        self.data = data
        self.kb = kb
        self.phrases = sorted(
            {tuple(t.lower_ for t in tokenizer(role)): role for role in data.ROLE_HEADS}.items(),
            key=lambda item: len(item[0]),
            reverse=True,
        )
        self.phrase_keys = PhraseTable(p for p, _ in self.phrases)
        self.boards = lower_tuples(
            with_curly_apostrophes((*data.BOARD_NAMES, *BOARD_NOUNS)), tokenizer
        )
        self.board_words = frozenset(w for board in self.boards for w in board)
        self.board_nouns = board_nouns(data) | frozenset(BOARD_NOUNS)  # "board", « conseil »
        self.charges = lower_tuples(data.CHARGE_PHRASES, tokenizer)  # "in charge of"
        self.lookup = dict(self.phrases)
        self.titles = {h for h in data.HONORIFICS if " " not in h}
        self.ranks = lower_tuples(data.RANK_TITLES, tokenizer)  # "Divisional Commissioner X"
        self.calendar = frozenset(data.MONTHS) | frozenset(data.WEEKDAYS)
        self.fronted = PhraseTable(
            tuple(t.lower_ for t in tokenizer(p)) for p in data.FRONTED_ORG_PHRASES
        )
        # the words a role's status may open on, before its title ("ancien", "deputy")
        self.status_words = (
            data.CURRENT_WORDS
            | data.FORMER_WORDS
            | data.DESIGNATE_WORDS
            | data.DEPUTY_WORDS
            | data.INTERIM_WORDS
            | data.ROLE_PREFIXES
            | data.REGIONAL_WORDS
        )
        self.former_phrases = sorted(
            (tuple(t.lower_ for t in tokenizer(p)) for p in data.FORMER_PHRASES),
            key=len,
            reverse=True,
        )
        self.former_ends = PhraseEnds(self.former_phrases)
        self.time_openers = lower_tuples(with_curly_apostrophes(data.TIME_PHRASES), tokenizer)
        self.complement_adps = data.ROLE_PREPOSITIONS | data.PLACE_PREPOSITIONS
        self._previous_role: Role | None = None  # the title before, while `find` builds one

    def find(self, sent: Span) -> list[Role]:
        roles: list[Role] = []
        firsts, forms = self.phrase_keys.by_first, lowers(sent.doc)
        i = sent.start
        while i < sent.end:
            n = match_at(sent.doc, i, self.phrase_keys) if forms[i] in firsts else 0
            titled = self._titled_body(sent.doc, i, i + n) if n else None
            if (
                n
                and sent.doc[i].ent_type_ not in ("PER",)
                and (titled is not None or not _inside_named_org(sent.doc, i, i + n))
                and not (sent.doc[i].is_lower and forms[i] in self.data.TITLE_CASE_ROLES)
                and not self._infinitive(sent, i)
            ):
                self._previous_role = roles[-1] if roles else None
                role = self._build(sent, i, i + n)
                if titled is not None:
                    role.org, role.implicit, role.domains = titled, None, None
                    role.end = role.head_end = max(role.end, titled.end)
                if (
                    self._portfolio_missing(role, forms[i : i + n])
                    or self._in_rank(sent, i, i + n)
                    or self._rank_before_name(sent, i, i + n)
                ):
                    i += n  # "the secretary of the association", "Divisional | Commissioner
                    continue  # X": no title here
                roles.append(role)
                i = role.head_end
            else:
                i += 1
        return roles

    def _infinitive(self, sent: Span, i: int) -> bool:
        """ "appoints X to | head | Kalia Africa": a title's word as a verb is no title."""
        token = sent.doc[i]
        before = sent.doc[i - 1] if i > sent.start else None
        return (
            before is not None
            and before.lower_ in self.data.INFINITIVE_MARKERS
            and token.is_lower
            and token.tag_ == "VB"
        )

    def _in_rank(self, sent: Span, start: int, end: int) -> bool:
        """A title's words inside a rank (RANK_TITLES: « commissaire divisionnaire »,
        "Divisional Commissioner")."""
        for k in range(max(sent.start, start - 2), start + 1):
            n = match_at(sent.doc, k, self.ranks)
            if n and k + n >= end:
                return True
        return False

    def _rank_before_name(self, sent: Span, start: int, end: int) -> bool:
        """A title that is a rank when a name follows it (RANKS_BEFORE_NAMES: « le
        contrôleur général | Serge N'Guessan », a police officer's grade) and a head's
        title when its body does (« contrôleur général | des douanes »)."""
        words = " ".join(t.lower_ for t in sent.doc[start:end])
        if words not in self.data.RANKS_BEFORE_NAMES or end >= sent.end:
            return False
        after = sent.doc[end]
        return after.ent_type_ == "PER" or (after.is_title and after.lower_ not in OF_WORDS)

    def _org_of_coordinated_title(self, sent: Span, role: Role) -> None:
        """ "the ILO Assistant Director-General | and | Regional Director for Africa": a
        second title joined to one whose body is named has that body too."""
        previous = self._previous_role
        if role.org is not None or role.implicit is not None or previous is None:
            return
        k = self._status_start(sent.doc, role.start) - 1
        if k <= sent.start or previous.end != k or sent.doc[k].lower_ not in self.data.CONJUNCTIONS:
            return
        if previous.org is not None and previous.org.label_ == "ORG":
            role.org = previous.org

    def _titled_body(self, doc: Doc, start: int, end: int) -> Span | None:
        """'UN High Commissioner for Refugees | Lars Henrik Sørensen': a known body
        named by its head's title (after the name of the body that appoints it, if
        any) is the body that title leads."""
        ent = next((e for e in doc.ents if e.start <= start and end < e.end), None)
        if ent is None or ent.label_ != "ORG" or not ent.kb_id_:
            return None
        if doc[end].lower_ not in self.data.ROLE_PREPOSITIONS:
            return None  # "Presidential Council": a body, no title
        prefix = doc[ent.start : start]
        if len(prefix) and not self._known_as(prefix.text, "ORG"):
            return None
        return ent

    def _known_as(self, text: str, kind: str) -> bool:
        """The knowledge base knows the name as a body ("ORG") or a place ("LOC")."""
        entry = self.kb.lookup(text)
        return entry is not None and entry.type == kind

    def _portfolio_missing(self, role: Role, words: list[str]) -> bool:
        """A word that is a minister's title only before a portfolio ("Secretary of
        National Defense", "secretary of finance") names no ministry without one."""
        if self.lookup.get(tuple(words)) not in self.data.PORTFOLIO_ROLES:
            return False
        if role.implicit is None or role.implicit.kind != "ministry":
            return True
        domains = self.data.MINISTRY_DOMAINS
        return not any(t.lower_ in domains for t in role.implicit.span)

    def _build(self, sent: Span, start: int, head_end: int) -> Role:
        doc = sent.doc
        key = self.lookup[tuple(t.lower_ for t in doc[start:head_end])]
        role_class, predicate = self.data.ROLE_HEADS[key]
        title_end = head_end
        head_end = self._suffixes(doc, head_end, sent.end)
        first_deputy = self._is_deputy(doc, start, title_end, head_end)  # "vice-Premier | ministre"
        head_end = self._coordinated_head(
            doc, head_end, sent.end, "member" if first_deputy else role_class
        )
        status = self._status(doc, start, head_end)
        if first_deputy:  # a second title joined is a head's ("President and | Vice-Chancellor")
            role_class, predicate = "member", "MEMBER_OF"
        role = Role(
            start=start,
            end=head_end,
            head_end=head_end,
            text="",
            role_class=role_class,
            predicate=predicate,
            status=status,
            plural=key.endswith("s") and not key.endswith("ss"),
        )
        if key in self.data.RANK_ROLES and not self._portfolio_follows(doc, head_end, sent.end):
            role.role_class, role.predicate = "member", "MEMBER_OF"  # a rank, no body of its own
        self._complement(sent, role, key)
        self._named_company_after(sent, role)
        if key in self.data.STAFF_ROLES and self._military(role):
            role.role_class, role.predicate = "other_head", "LEADS"  # "… of the Army"
        if key in self.data.AMBASSADOR_ROLES and role.implicit is None:
            self._embassy(sent, role)
        self._left_org(sent, role)
        if not self._whose_org(sent, role):
            # a 'dont'/'whose' clause names its body right before it, found or not:
            # never the sentence's subject or the last body named
            self._possessive_org(sent, role)
            self._body_noun_complement(sent, role)
            self._bracketed_org(sent, role)
            self._subject_org(sent, role)
            self._fronted_org(sent, role)
        self._mayor_city(sent, role)
        if key in self.data.PLACE_GOVERNING_TITLES:
            self._place_named_by_kind(sent, role)
        self._commission(sent, role)
        self._context_country(sent, role)
        self._title_office(sent, role, key)
        self._org_of_coordinated_title(sent, role)
        self._country_head(sent, role, key)
        self._possessive_country(sent, role)
        self._civil_service_head(role)
        self._board_before_title(role)
        if key in self.data.ENVOY_ROLES and role.org is not None and role.org.label_ == "LOC":
            role.org = None  # "Quebec's Delegate General in Dakar" heads no place
        role.text = doc[self._status_start(doc, start) : role.end].text
        return role

    def _military(self, role: Role) -> bool:
        """A title's body an army, a navy, armed forces (MILITARY_WORDS in its name)."""
        return role.org is not None and any(t.lower_ in self.data.MILITARY_WORDS for t in role.org)

    def _portfolio_follows(self, doc: Doc, end: int, limit: int) -> bool:
        """ "Minister of State | for Planning", "… | in charge of Planning", « ministre
        d'État | chargé du Plan »: a rank's title with a portfolio is a minister's."""
        if end >= limit:
            return False
        word = doc[end].lower_
        return (
            word in self.data.CHARGED_WORDS
            or word in FOR_WORDS
            or bool(match_at(doc, end, self.charges))
        )

    def _suffixes(self, doc: Doc, end: int, limit: int) -> int:
        if end + 2 < limit and doc[end].text == "(" and doc[end + 2].text == ")":
            if doc[end + 1].is_upper:  # "président-directeur général (PDG) de …"
                end += 3
        while end < limit and doc[end].lower_ in self.data.ROLE_SUFFIXES:
            if doc[end].lower_ in ("par", "en") and not (
                end + 1 < limit and doc[end + 1].lower_ in ("intérim", "exercice")
            ):
                break
            end += 1
        return end

    def _coordinated_head(self, doc: Doc, end: int, limit: int, first_class: str) -> int:
        """'President and Chief Executive Officer of FinDev Canada', 'présidente et
        directrice générale de …': the two titles share the complement. A minister's
        title after one of another kind has its own portfolio: "Deputy Prime Minister
        and | Minister of Justice", « vice-président et | ministre de la Justice »."""
        if end + 1 >= limit or doc[end].lower_ not in self.data.CONJUNCTIONS:
            return end
        second = doc[end + 1]
        n = (
            match_at(doc, end + 1, self.phrase_keys)
            if second.lower_ in self.phrase_keys.by_first
            else 0
        )
        if not n or second.ent_type_ == "PER":
            return end
        key = self.lookup[tuple(t.lower_ for t in doc[end + 1 : end + 1 + n])]
        role_class, predicate = self.data.ROLE_HEADS[key]
        deputy = second.lower_ in self.data.DEPUTY_WORDS or second.lower_.startswith("vice")
        if deputy and predicate != "LEADS":
            return end  # "President and | Vice-President": a head's title of its own only
        if role_class == "minister" and first_class != "minister":
            return end
        return self._suffixes(doc, end + 1 + n, limit)

    def _status_start(self, doc: Doc, start: int) -> int:
        j = start
        while True:
            j = self._status_words_start(doc, j)
            n = match_before(doc, j, self.former_ends)  # "X, until recently head of Y"
            if not n:
                return j
            j -= n

    def _status_words_start(self, doc: Doc, start: int) -> int:
        j, forms = start, lowers(doc)
        if j > 1 and forms[j - 1] in self.data.CONJUNCTIONS and doc[j - 2].is_title:
            # "the Commission's | Secretary and | Chief Executive Officer": a title that
            # needs a portfolio, without one, is the second title's first part
            if self.lookup.get((forms[j - 2],)) in self.data.PORTFOLIO_ROLES:
                j -= 2
        # only "-" has "-" as its lower-case form: the test on the text, without a Token
        while j > 0 and (forms[j - 1] in self.status_words or forms[j - 1] == "-"):
            if doc[j - 1].ent_iob_ == "I":  # "World Bank Group | President": the name's own
                break
            j -= 1
        return j

    def _status(self, doc: Doc, start: int, end: int) -> str:
        if match_before(doc, self._status_words_start(doc, start), self.former_ends):
            return "former"
        words = {t.lower_ for t in doc[max(0, start - 3) : end]}
        words |= {t.lower_.rstrip("-") for t in doc[max(0, start - 3) : end]}
        if words & self.data.FORMER_WORDS:
            return "former"
        before = {t.lower_ for t in doc[max(0, start - 3) : start]}
        inside = {t.lower_ for t in doc[start:end]}
        # « a été élue | présidente » holds the post; « la présidente élue » is to take it
        if (inside | before - self.data.ELECTED_PARTICIPLES) & self.data.DESIGNATE_WORDS:
            return "designate"
        return "current"

    def _demonym_after(self, token: Token) -> bool:
        """A nationality adjective after a title; the model may tag a rare lower-case one
        as a proper noun ("le président nigérian")."""
        if token.pos_ == "ADJ":
            return bool(self.kb.countries_of_demonym(token.text))
        return token.is_lower and self.kb.is_demonym(token.text)

    def _demonym_before(self, sent: Span, start: int) -> str | None:
        """'the Ivorian Minister of Health': a country's adjective, capitalised, right
        before the title (English puts it there, French after)."""
        if start <= sent.start:
            return None
        token = sent.doc[start - 1]
        return token.text if self._is_demonym(token) else None

    def _is_deputy(self, doc: Doc, start: int, head: int, end: int) -> bool:
        """'deputy director', 'directeur adjoint', 'vice-' before the title (the
        title's own words are the lexicon's: 'vice-chancellor' heads a university)."""
        before = [t.lower_ for t in doc[max(0, start - 2) : start]]
        while any(w in self.data.CONJUNCTIONS or w == "," for w in before):
            before.pop(0)  # "Vice-President and | Minister of Justice": the first title's
        words = before + [t.lower_ for t in doc[head:end]]
        return any(w in self.data.DEPUTY_WORDS or w.startswith("vice") for w in words)

    # --- what the role leads ---------------------------------------------
    def _complement(self, sent: Span, role: Role, key: str) -> None:
        doc = sent.doc
        j = role.head_end
        demonym, demonym_at = self._demonym_before(sent, role.start), role.start - 1
        if j < sent.end and self._demonym_after(doc[j]):
            demonym, demonym_at = doc[j].text, j  # "ministre marocain de la Santé"
            j += 1
        if key in self.data.COUNTRY_ROLES and (of := self._of_after_place(sent, j)) is not None:
            j = of  # "Representative | in Cameroon | of the IRD": the body; its office there
        if j >= sent.end or doc[j].lower_ not in self.data.ROLE_PREPOSITIONS:
            if demonym is not None:  # "le président sénégalais", "the Senegalese President"
                role.end = max(j, role.end)
                if key in self.data.HEAD_OF_STATE_ROLES or role.role_class == "chair":
                    where = doc[demonym_at : demonym_at + 1]
                    # "the Tunisian Prime Minister" heads its government, as "the Prime
                    # Minister of Tunisia" does; a president heads the country
                    kind = "government" if role.role_class == "head_of_government" else "country"
                    role.implicit = ImplicitOrg(
                        name=demonym, kind=kind, span=where, demonym=demonym
                    )
                    role.role_class = (
                        "head_of_state" if role.role_class == "chair" else role.role_class
                    )
            return
        ministry = key in self.data.MINISTRY_ROLES
        if j + 1 < sent.end and doc[j + 1].lower_ in self.data.INDEFINITE_ARTICLES:
            return  # "managing director of | a | Yopougon building materials firm": none named
        # a commissioner's portfolios list as a minister's: "for Fisheries and Oceans"
        portfolios = ministry or key in self.data.COMMISSIONER_ROLES
        end = self._complement_end(doc, j, sent.end, role.plural or portfolios)
        if ministry:
            end = self._before_name(doc, j, end)  # "Minister of Construction Pham Duc Thang"
        if key in self.data.AMBASSADOR_ROLES or (
            key in self.data.ENVOY_ROLES and self._country_first(doc[j:end])
        ):
            self._embassy(sent, role, doc[j:end])
            return
        if key in self.data.ENVOY_ROLES and self._place_first(doc[j:end]):
            return  # "Quebec's Delegate General | in Dakar": a mission, not the place's head
        complement = doc[j:end]
        role.end = end
        role.domains = self._domains(complement)
        if (unit := self._directorate_of(key, complement)) is not None:
            role.implicit = unit  # "Director of Financial Stability (at the BCEAO)"
            return
        ents = [e for e in complement.ents if e.label_ in ("ORG", "LOC") or e.label_ == "PER"]
        first_ent = _first_org(complement, ents)
        unit = self._unit(complement)
        if unit is not None and unit.kind == "board":
            role.org = unit.parent  # the chair of a company's board chairs the company
        elif unit is not None and self._mission_of_sender(unit):
            # "chef de la délégation de l'Union européenne | au Niger": the embassy kind
            role.implicit = ImplicitOrg(
                name=unit.name,
                kind="embassy",
                span=unit.span,
                # the place right after the sender ("… l'Union européenne | au Niger")
                parent=self._place_after_host_word(doc, unit.parent.end, sent.end)
                or self._host_after(sent, role),
                country=unit.parent,
            )
        elif unit is not None and (
            self._bare_board(unit)
            or self._bare_company(unit)
            or (role.role_class == "chair" and self._bare_board_noun(unit))
        ):
            # "président du conseil d'administration", "directeur général du groupe": of
            # the company the article is about
            role.implicit = ImplicitOrg(name="", kind="context", span=unit.span)
        elif unit is not None:
            role.implicit = unit
        elif key in self.data.MINISTRY_ROLES and not _starts_with_ent(
            complement, first_ent, self.data
        ):
            role.implicit = self._ministry(complement, demonym)
        elif portfolios and not ministry and (charge := self._charge_after(complement, first_ent)):
            # « commissaire de l'Union africaine | chargé de l'Agriculture »: the body's
            # department of those portfolios
            role.implicit = self._department(charge)
            role.implicit.parent = first_ent
        elif self._department_named(role, complement, first_ent, portfolios and not ministry):
            # "AU Commissioner for | Economic Development, Trade …": the commission's
            # department of those portfolios, no body of that name
            role.implicit = self._department(complement)
            # "AU | Commissioner", or the commission named before in the paragraph
            role.implicit.parent = self._org_just_before(sent, role) or self._commission_before(
                sent.doc, role.start
            )
        elif role.role_class == "head_of_government" and self._country_ent(first_ent):
            # "Prime Minister of Grenada": the government of Grenada, named by the title
            # as the bare "le Premier ministre" names it
            role.implicit = _government_of(first_ent, doc[role.start : end])
        elif (
            first_ent is not None
            and first_ent.label_ == "LOC"
            and key in self.data.HEAD_OF_STATE_ROLES | {"président", "présidente", "president"}
            # the place first: « président de | l'Université de La Réunion » is no head of state
            and first_ent.start == complement.start + _determiners(complement, self.data)
        ):
            role.org = first_ent
            if role.role_class == "chair":
                role.role_class = "head_of_state"
        elif first_ent is not None and (unit := self._possessive_unit(complement, first_ent)):
            role.implicit = unit  # "Director of the IMF's African Department"
        elif (named := _headed_name(complement, first_ent, self.data)) is not None:
            role.org = named  # "Directeur général de la Société nationale d'électricité"
        elif first_ent is None and not ministry:
            role.org = _unknown_name(complement, self.data)  # "président de la CAF"
            if role.org is None and key in self.data.PLACE_HEAD_TITLES:
                role.org = _untagged_place(complement, self.data)  # « mairesse des | Cayes »
            if role.org is None and self._company_head(role, key):
                role.org = self._one_word_company(complement)  # « directeur général d'Eneo, »
            if role.org is None and self._company_head(role, key):
                role.implicit = self._name_named_before(complement)
        elif first_ent.label_ == "LOC" and (
            named := _name_through_place(complement, first_ent, self.data)
        ):
            role.org = named  # "directrice générale de la Croix-Rouge de Belgique"
        elif first_ent is not None and self._covered_region(complement, first_ent):
            # "directeur pour l'Afrique de l'Ouest": of a body named elsewhere, or right
            # after the region: "Regional Director for West Africa | of the World Bank"
            if (owner := self._owner_after_region(complement, first_ent)) is not None:
                role.implicit = _office_of(doc[role.start : role.end], owner, first_ent)
        elif first_ent is not None and (noun := self._board_owner_noun(first_ent, complement)):
            role.implicit = anaphor(noun)  # "président du conseil d'administration du port"
        elif first_ent is not None and self._tagged_bare_board(first_ent, complement):
            # "Chairman of the Board of Directors" the model tagged, no owner named: of
            # the company the article is about, as the untagged one is
            role.implicit = ImplicitOrg(name="", kind="context", span=first_ent)
        elif first_ent is not None:
            role.org = (
                self._board_of(first_ent, complement)
                or self._untagged_possessor(first_ent, complement)
                or first_ent
            )
            if self._function_within(complement, first_ent) and role.predicate == "LEADS":
                # "coordonnatrice des opérations d'urgence de la FAO": she runs a
                # function of the body, she does not lead it
                role.role_class, role.predicate = "member", "MEMBER_OF"

    def _directorate_of(self, key: str, complement: Span) -> ImplicitOrg | None:
        """The directorate a director heads, or the directorate general a director
        general heads, named by its function (« directeur général des douanes »)."""
        if key in self.data.DIRECTOR_WORDS:
            return self._directorate(complement, self.data.DIRECTORATE)
        if key in self.data.GENERAL_DIRECTOR_WORDS:
            return self._directorate(complement, self.data.GENERAL_DIRECTORATE)
        return None

    def _directorate(self, complement: Span, form: str) -> ImplicitOrg | None:
        """A plain director's function, named by common words after the title's
        preposition ("of | Financial Stability", « de la | stabilité financière », « des
        Pêches maritimes »), up to its owner ("at the BCEAO", « de la BCEAO »): the
        directorate he heads, a unit of that owner (or of the article's country)."""
        doc = complement.doc
        if len(complement) < 2:
            return None
        start = complement.start + 1  # past the title's preposition
        determined = complement[0].lower_ in self.data.DETERMINED_PREPOSITIONS  # « des »
        if start < complement.end and doc[start].lower_ in self.data.DETERMINERS:
            start, determined = start + 1, True
        end = self._domain_end(complement, start)
        end = self._coordinated_domain_end(doc, end, complement.sent.end)
        domain = doc[start:end]
        if not self._function_words(domain, determined):
            return None
        # « Direction | de la stabilité financière », "Directorate | of Financial Stability"
        name = form.format(domain=doc[complement.start : end].text)
        owner = self._owner_after_domain(complement, end)
        return ImplicitOrg(name=name, kind="directorate", span=domain, parent=owner)

    def _coordinated_domain_end(self, doc: Doc, end: int, limit: int) -> int:
        """Past 'and' and the function words after it, which the title's complement
        may have left out ("Director of Exploration | and Production")."""
        heads = self.data.ORG_HEAD_WORDS | self.data.BODY_NOUNS | self.data.COMPANY_NOUNS
        if end + 1 >= limit or doc[end].lower_ not in self.data.CONJUNCTIONS:
            return end
        k = end + 1
        while k < limit and doc[k].is_title and self._domain_word(doc[k], heads):
            k += 1
        return k if k > end + 1 else end

    def _domain_end(self, complement: Span, start: int) -> int:
        """Where a function's words stop: a comma, an owner's link or any name."""
        doc, links = complement.doc, self.data.ROLE_PREPOSITIONS | self.data.PLACE_PREPOSITIONS
        k = start
        while k < complement.end and doc[k].text not in (",", "(", ";"):
            if doc[k].lower_ in links and self._owner_after_domain(complement, k) is not None:
                break
            place_link = doc[k].lower_ in self.data.PLACE_PREPOSITIONS
            if place_link and self._body_noun_after(doc, k + 1, complement.end):
                break  # « de la coopération | au ministère »: the body named before
            k += 1
        return k

    def _past_determiners(self, doc: Doc, k: int, limit: int) -> int:
        while k < limit and doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        return k

    def _body_noun_after(self, doc: Doc, k: int, limit: int) -> bool:
        k = self._past_determiners(doc, k, limit)
        return k < limit and self._body_noun(doc[k])

    def _owner_after_domain(self, complement: Span, k: int) -> Span | None:
        """The body right after the link at k ("| at the BCEAO", « | de la BCEAO »)."""
        links = self.data.ROLE_PREPOSITIONS | self.data.PLACE_PREPOSITIONS
        return self._org_after_link(complement, k, links)

    def _org_after_link(self, complement: Span, k: int, links: frozenset[str]) -> Span | None:
        """The body the complement names right after one of `links` at k, past its
        determiners."""
        doc = complement.doc
        if k >= complement.end or doc[k].lower_ not in links:
            return None
        k = self._past_determiners(doc, k + 1, complement.end)
        return next((e for e in complement.ents if e.start == k and e.label_ == "ORG"), None)

    def _function_words(self, domain: Span, determined: bool) -> bool:
        """Common words of a function, one to five: in English capitalised ("Financial
        Stability"; "director of competitions" names no unit), in French after an
        article (« de la stabilité financière »; « directeur de cabinet » is a post);
        no body's noun, no name the knowledge base knows, no acronym, no office
        function alone ("Operations")."""
        links = self.data.CONJUNCTIONS | self.data.ROLE_PREPOSITIONS | self.data.DETERMINERS
        words = [t for t in domain if t.lower_ not in links and t.text != "-"]
        if not 0 < len(words) <= 5 or any(t.ent_type_ in ("PER", "LOC") for t in domain):
            return False
        if self.data.HEAD_NOUN_LAST and not all(t.is_title for t in words):
            return False
        if not self.data.HEAD_NOUN_LAST and not determined:
            return False
        if len(words) == 1 and words[0].lower_ == "cabinet":
            return False  # "Director of Cabinet": a chief of staff
        if any(t.lower_ in self.data.OPERATIONS_WORDS for t in words):
            return False  # « directeur des opérations de la Banque mondiale pour … »: an
            # office's (see _operations)
        if self.kb.lookup(domain.text) is not None:
            return False
        heads = self.data.ORG_HEAD_WORDS | self.data.BODY_NOUNS | self.data.COMPANY_NOUNS
        heads = heads | self.data.ANAPHOR_NOUNS | self.data.SITE_NOUNS  # « l'établissement »
        return all(self._domain_word(t, heads) for t in words)

    def _domain_word(self, token: Token, heads: frozenset[str]) -> bool:
        lower = token.lower_
        if lower in heads or token.is_upper or not token.is_alpha:
            return False
        endings = self.data.ABSTRACT_SUFFIXES + self.data.DOMAIN_WORD_ENDINGS
        return any(
            form in self.data.MINISTRY_DOMAINS
            or form.endswith(endings)
            or form in self.data.OFFICE_FUNCTIONS
            or form in self.data.FUNCTION_ADJECTIVES
            for form in (lower, singular(lower))  # « Pêches maritimes »
        )

    def _department_named(
        self, role: Role, complement: Span, first_ent: Span | None, commissioner: bool
    ) -> bool:
        """A commissioner's complement of portfolios only, none of them a body's name
        (the model may tag "Political Affairs"); not a commission's adjective's
        commissioner ("European Commissioner for Energy" is the Commission's: see
        _commission)."""
        if not commissioner or (first_ent is not None and not self._only_portfolios(first_ent)):
            return False
        doc, adjectives = complement.doc, self.data.COMMISSION_ADJECTIVES
        around = [doc[k].lower_ for k in (role.start - 1, role.head_end) if 0 <= k < len(doc)]
        return not any(w in adjectives for w in around) and self._only_portfolios(complement)

    def _charge_after(self, complement: Span, body: Span | None) -> Span | None:
        """The portfolios a charge gives after the body's name ("of the AU | in charge of
        Agriculture", « de l'Union africaine | chargé de l'Agriculture »)."""
        if body is None or body.label_ != "ORG" or body.end >= complement.end:
            return None
        doc, k = complement.doc, body.end
        n = match_at(doc, k, self.charges) or int(doc[k].lower_ in self.data.CHARGED_WORDS)
        rest = doc[k + n : complement.end]
        return rest if n and len(rest) and self._only_portfolios(rest) else None

    def _commission_before(self, doc: Doc, end: int) -> Span | None:
        """The last body named before `end` whose name holds a commissioner's body noun
        ("the ECOWAS Commission", « la Commission de la CEDEAO »)."""
        nouns = self.data.COMMISSION_NOUNS
        bodies = [e for e in doc.ents if e.label_ == "ORG" and e.end <= end]
        return next(
            (e for e in reversed(bodies) if nouns & set(lowers(doc)[e.start : e.end])), None
        )

    def _only_portfolios(self, span: Span) -> bool:
        """Portfolio words only, with their links ("for Agriculture, Environment and
        Water Resources", « chargée de l'Agriculture, … et des Ressources en eau »)."""
        data = self.data
        links = data.DETERMINERS | data.ROLE_PREPOSITIONS | data.PLACE_PREPOSITIONS
        links = links | data.CONJUNCTIONS | data.CHARGED_WORDS
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in links]
        return bool(words) and all(w in data.MINISTRY_DOMAINS for w in words)

    def _department(self, complement: Span) -> ImplicitOrg:
        """The department a commissioner's portfolios name ("for | Political Affairs,
        Peace and Security"), from its first capitalised word on."""
        doc = complement.doc
        start = next((t.i for t in complement if t.is_title), complement.start)
        domains = doc[start : complement.end]
        name = self.data.COMMISSION_DEPARTMENT.format(domain=domains.text)
        return ImplicitOrg(name=name, kind="unit", span=domains)

    def _owner_after_region(self, complement: Span, region: Span) -> Span | None:
        """The body named right after a covered region ("for West Africa | of the
        World Bank")."""
        return self._org_after_link(complement, region.end, OF_WORDS)

    def _covered_region(self, complement: Span, first_ent: Span) -> bool:
        """ "Director for West Africa", « directeur pour l'Afrique de l'Ouest »: a place
        right after 'for' is the region a head covers, never the body he leads (also
        after the body's noun: « directrice de la fondation | pour l'Afrique »)."""
        if first_ent.label_ != "LOC":
            return False
        doc, k = complement.doc, first_ent.start
        while k > complement.start and doc[k - 1].lower_ in self.data.DETERMINERS:
            k -= 1
        return k > complement.start and doc[k - 1].lower_ in self.data.COVER_PREPOSITIONS

    def _embassy(self, sent: Span, role: Role, complement: Span | None = None) -> None:
        """'ambassadeur du Sénégal en France', "Japan's Ambassador to Viet Nam", 'EU
        Ambassador to Indonesia': the head of the sender's embassy (or delegation)."""
        doc = sent.doc
        if complement is not None:
            role.end = complement.end
        words = {t.lower_ for t in doc[max(sent.start, role.start - 2) : role.end + 3]}
        if words & self.data.GOODWILL_WORDS:
            return  # "ambassadeur de bonne volonté de l'UNICEF": no embassy
        inside = [e for e in complement.ents if e.label_ in ("LOC", "ORG")] if complement else []
        # a sender's acronym in brackets is no host: « de l'Union européenne (UE) | à … »
        inside = [e for e in inside if not _bracketed(e)]
        if inside and inside[0].start == complement.start + _determiners(complement, self.data):
            if any(t.lower_ in self.data.EMBASSY_NOUNS for t in inside[0]):
                # "Ambassador and Head of the Delegation of the EU to …", "… of the
                # European Union Delegation to Mauritania"
                role.org = inside[0]
                return
        if complement and complement[0].lower_ in self.data.HOST_PREPOSITIONS:
            # "Ambassador | to Senegal": the complement names the host
            host, sending = (inside[0] if inside else None), self._sender_before(sent, role)
        else:
            sending = inside[0] if inside else self._sender_before(sent, role)
            host = inside[1] if len(inside) > 1 else self._host_after(sent, role)
        # "the French Ambassador to Senegal": the sender by its adjective
        demonym = self._demonym_before(sent, role.start) if sending is None else None
        if demonym is None and (sending is None or not self._may_send(sending)):
            return
        role.implicit = ImplicitOrg(
            name=doc[role.head_end : role.end].text,
            kind="embassy",
            span=doc[role.start : role.end],
            parent=host,
            country=sending,
            demonym=demonym,
        )

    def _place_first(self, complement: Span) -> bool:
        """The complement's first name is a place's."""
        first = next((e for e in complement.ents if e.label_ in ("LOC", "ORG")), None)
        return first is not None and first.label_ == "LOC"

    def _country_first(self, complement: Span) -> bool:
        """The complement's first name is a country's ("High Commissioner | of Canada to
        Cameroon"; not "for Refugees")."""
        first = next((e for e in complement.ents if e.label_ in ("LOC", "ORG")), None)
        return self._place_first(complement) and self._country_ent(first)

    def _mission_of_sender(self, unit: ImplicitOrg) -> bool:
        """A delegation or an embassy of a country or of a body that sends them."""
        return (
            unit.span[0].lower_ in self.data.EMBASSY_NOUNS
            and unit.parent is not None
            and self._may_send(unit.parent)
        )

    def _sender_before(self, sent: Span, role: Role) -> Span | None:
        doc = sent.doc
        j = self._status_start(doc, role.start)
        if j > sent.start and doc[j - 1].lower_ in ("'s", "’s"):
            j -= 1
        return next((e for e in doc.ents if e.end == j and e.label_ in ("LOC", "ORG")), None)

    def _host_after(self, sent: Span, role: Role) -> Span | None:
        place = self._place_after_host_word(sent.doc, role.end, sent.end)
        if place is not None:
            role.end = place.end
        return place

    def _place_after_host_word(self, doc: Doc, k: int, limit: int) -> Span | None:
        """The place a host preposition at k names ("| au Niger", "| to Senegal"), past
        the sender's bracketed acronym (« l'Union européenne | (UE) | en Mauritanie »)."""
        if k + 2 < limit and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        if k >= limit or doc[k].lower_ not in self.data.HOST_PREPOSITIONS:
            return None
        k += 1
        while k < limit and doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        return next((e for e in doc.ents if e.start == k and e.label_ == "LOC"), None)

    def _may_send(self, ent: Span) -> bool:
        """Countries send ambassadors; of bodies, only unions (EU, AU) have delegations."""
        entry = self.kb.lookup(ent.text)
        if entry is None:
            return False
        if entry.type == "LOC":
            return entry.kind not in ("city", "capital", "region")
        return "union" in entry.name.lower()

    def _possessive_unit(self, complement: Span, ent: Span) -> ImplicitOrg | None:
        doc = complement.doc
        if ent.label_ != "ORG" or ent.end + 1 >= complement.end:
            return None
        if doc[ent.end].lower_ not in ("'s", "’s"):
            return None
        span = doc[ent.end + 1 : complement.end]
        if not any(t.lower_ in self.data.UNIT_WORDS for t in span):
            return None
        return ImplicitOrg(name=span.text, kind="unit", span=span, parent=ent)

    def _before_name(self, doc: Doc, start: int, end: int) -> int:
        """Where a portfolio ends and a person's name begins: two or more capitalised
        words that are no portfolio words, at the end of the complement."""
        domains = {w.lower() for w in self.data.MINISTRY_DOMAINS}
        k = end
        while k > start and doc[k - 1].is_title and doc[k - 1].lower_ not in domains:
            k -= 1
        if doc[k - 1].lower_ in self.data.CONJUNCTIONS:
            return end  # "of Foreign Affairs and | Malians Abroad": a portfolio, no name
        if end < len(doc) and doc[end].text == "," and self._person_at(doc, end + 1):
            return end  # "… and Promotion of | Productive Sectors |, Sidi X": the name apposed
        if end - k >= 2 and k > start + 1:
            first = k + (doc[k].lower_ in self.data.DETERMINERS)  # "of | The Gambia"
            return k if doc[first].ent_type_ not in ("ORG", "LOC") else end
        return end

    @staticmethod
    def _person_at(doc: Doc, i: int) -> bool:
        return i < len(doc) and doc[i].ent_type_ == "PER" and doc[i].ent_iob_ == "B"

    def _board_of(self, ent: Span, complement: Span) -> Span | None:
        """The body whose board a role's complement names: its chair chairs the
        body. "Conseil d'administration de l'Agence X" and 'IMF Executive Board'
        tagged as one name; 'the Board of Directors | of the Agency (ADM)' as two."""
        board = self._board_phrase(ent)
        if board is None:
            return None
        doc, links = ent.doc, self.data.ROLE_PREPOSITIONS | self.data.DETERMINERS
        if board.start > ent.start:  # "IMF('s) | Executive Board", "ETI | Board"
            end = board.start - (doc[board.start - 1].lower_ in ("'s", "’s"))
            owner = doc[ent.start : end]
            # not a body named so: "Future Fund Board of Guardians"
            known = owner.text.isupper() or self.kb.lookup(owner.text) is not None
            return Span(doc, ent.start, end, label="ORG") if len(owner) and known else None
        k = board.end
        while k < complement.end and doc[k].lower_ in links:
            k += 1
        if k < ent.end:
            return Span(doc, k, ent.end, label="ORG")
        after = next((e for e in complement.ents if e.start == k and k > ent.end), None)
        if after is None and ent.end <= k < complement.end:
            return self._untagged_owner(doc, k, complement.end)
        return after if after is not None and after.label_ == "ORG" else None

    def _owner_noun_after(self, name: Span, board: Span) -> Span | None:
        """The lower-case body noun a board's name ends on (« conseil d'administration
        du | port »): the body it stands for, named before."""
        doc, k = name.doc, board.end
        while k < name.end and doc[k].lower_ in self.data.ROLE_PREPOSITIONS | self.data.DETERMINERS:
            k += 1
        end = name.end  # « de l'entreprise | publique »: its adjectives after it
        while end - 1 > k and end - k <= 3 and doc[end - 1].is_lower and doc[end - 1].pos_ == "ADJ":
            end -= 1
        described = self._described_noun_after(k, name)  # "of the | mining | group"
        if described is not None:
            return described if self._company_noun(described[0]) else None
        return doc[k : k + 1] if k == end - 1 and self._company_noun(doc[k]) else None

    def _described_noun_after(self, k: int, complement: Span) -> Span | None:
        """ "of the | mining | group" ending the complement: its company noun, the words
        before it describing it (English puts them first)."""
        doc = complement.doc
        while (
            k < complement.end
            and doc[k].lower_ in self.data.ROLE_PREPOSITIONS | self.data.DETERMINERS
        ):
            k += 1
        words = doc[k : complement.end]
        if not self.data.HEAD_NOUN_LAST or not 1 < len(words) <= 3:
            return None
        if all(t.is_lower and t.pos_ in ("ADJ", "NOUN") for t in words):
            return words[-1:]
        return None

    def _board_owner_noun(self, ent: Span, complement: Span) -> Span | None:
        """ "conseil d'administration du | port", "the | port's | Board of Directors": a
        board whose body is named again by its lower-case noun, the body named before."""
        owner = self._board_of(ent, complement)
        if owner is None:
            owner = self._possessive_before_board(ent, complement)
        if owner is None and self._board_phrase(ent) is not None:
            owner = self._described_noun_after(ent.end, complement)  # "Board of the mining group"
        return (
            owner
            if owner is not None and len(owner) == 1 and self._company_noun(owner[0])
            else None
        )

    def _company_noun(self, token: Token) -> bool:
        """A body's or a company's lower-case noun standing for one named before."""
        nouns = self.data.BODY_NOUNS | self.data.COMPANY_NOUNS
        return token.is_lower and token.lower_ in nouns

    def _possessive_before_board(self, ent: Span, complement: Span) -> Span | None:
        """ "of the | port | 's Board of Directors": the word owning a tagged board."""
        doc, k = ent.doc, ent.start
        if self._board_phrase(ent) is None or k - 2 < complement.start:
            return None
        if doc[k - 1].lower_ not in ("'s", "’s"):
            return None
        return doc[k - 2 : k - 1]

    def _untagged_possessor(self, ent: Span, complement: Span) -> Span | None:
        """ "the Chair of | ANStat | 's Board of Directors": an untagged name owning a
        tagged board is its body."""
        owner = self._possessive_before_board(ent, complement)
        if owner is None or owner.ents or not (owner[0].is_alpha and owner[0].text[0].isupper()):
            return None
        return Span(owner.doc, owner.start, owner.end, label="ORG")

    def _tagged_bare_board(self, ent: Span, complement: Span) -> bool:
        """A board the model tagged, named alone, no owner after it or inside it."""
        board = self._board_phrase(ent)
        if board is None or (board.start, board.end) != (ent.start, ent.end):
            return False
        return (
            self._board_of(ent, complement) is None
            and self._possessor(complement) is None
            and self._untagged_possessor(ent, complement) is None
        )

    def _owner_after_board(self, complement: Span, board: Span) -> Span | None:
        doc, k = complement.doc, board.end
        if k >= complement.end or doc[k].lower_ not in OF_WORDS:
            return None
        k += 1
        determined = k < complement.end and doc[k].lower_ in self.data.DETERMINERS
        while k < complement.end and doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        if k >= complement.end:
            return None
        if determined and doc[k].ent_type_ == "LOC" and caps_word(doc[k]):
            return Span(doc, k, k + 1, label="ORG")  # "de la | FES": no town (Fès), an acronym
        return self._untagged_owner(doc, k, complement.end)

    def _untagged_owner(self, doc: Doc, k: int, limit: int) -> Span | None:
        """'the Board of Directors of | Nexans': proper nouns the model left untagged
        (or took for a nationality) after a board are its company."""
        end = k
        while end < limit and end - k < 4 and doc[end].pos_ == "PROPN" and _named(doc[end]):
            end += 1  # "of | Nexans", "of | LCM"
        if end == k or doc[k:end].ents:
            return None
        if self.kb.lookup(doc[k:end].text) is not None:
            return None
        return Span(doc, k, end, label="ORG")

    def _country_ent(self, ent: Span | None) -> bool:
        entry = self.kb.lookup(ent.text) if ent is not None and ent.label_ == "LOC" else None
        return entry is not None and entry.is_country

    def _company_head(self, role: Role, key: str) -> bool:
        """A title that heads a company or an agency, never a place or a school."""
        return (
            role.role_class in ("chief_executive", "director")
            and key not in self.data.OWN_KIND_TITLES
        )

    def _named_company_after(self, sent: Span, role: Role) -> None:
        """ "CEO of the group's Gambian subsidiary, | Teranga Mobile Gambia", « directeur
        général de la filiale gambienne du groupe, | Teranga Mobile Gambia »: a company's
        noun ending the complement and the company's name apposed to it."""
        doc, end = sent.doc, role.end
        if role.org is not None or end + 1 >= sent.end or doc[end].text != ",":
            return
        nouns = [t for t in doc[role.head_end : end] if t.lower_ in self.data.COMPANY_NOUNS]
        named = next((e for e in sent.ents if e.start == end + 1 and e.label_ == "ORG"), None)
        if not nouns or named is None or not nouns[-1].is_lower:
            return
        last = doc[end - 1]
        if last.i != nouns[-1].i and not (last.is_lower and last.pos_ == "ADJ"):
            return  # the noun must end the complement (its adjectives after it, in French)
        role.org, role.implicit, role.end = named, None, named.end

    def _one_word_company(self, complement: Span) -> Span | None:
        """« directeur général d'Eneo »: the whole complement is one capitalised proper
        noun the model left untagged and the KB does not know, right after the
        preposition (a company's name; one word alone is too weak a sign under other
        titles, and after an article: « directrice des Opérations »)."""
        if not len(complement) or complement[0].lower_ not in self.data.COMPANY_NAME_PREPOSITIONS:
            return None
        return self._one_word_name(complement)

    def _name_named_before(self, complement: Span) -> ImplicitOrg | None:
        """ "Director General of | Masen" (English "of" + one capitalised word, which
        may be a function: "Director of Finance"): the body of that exact name, if the
        article names one (found at article level)."""
        if not len(complement) or complement[0].lower_ not in OF_WORDS:
            return None
        word = self._one_word_name(complement)
        return ImplicitOrg(name=word.text, kind="named", span=word) if word is not None else None

    def _one_word_name(self, complement: Span) -> Span | None:
        doc = complement.doc
        start = complement.start + 1  # right after the preposition: no article
        if complement.end != start + 1:
            return None
        token = doc[start]
        if token.pos_ != "PROPN" or not token.is_title or not token.is_alpha:
            return None
        if self.kb.lookup(token.text) is not None or self.kb.is_demonym(token.text):
            return None
        return Span(doc, start, start + 1, label="ORG")

    def _bare_board(self, unit: ImplicitOrg) -> bool:
        """A board named alone, its whole name a board's ("the Board", "conseil
        d'administration")."""
        board = self._board_phrase(unit.span)
        return unit.parent is None and board is not None and len(board) == len(unit.span)

    def _bare_board_noun(self, unit: ImplicitOrg) -> bool:
        """A board's noun alone in lower case (« président du | conseil », "chair of the
        | board"): the board of the company the article is about."""
        words = [t for t in unit.span if t.lower_ not in self.data.DETERMINERS]
        return (
            unit.parent is None
            and len(words) == 1
            and words[0].is_lower
            and words[0].lower_ in self.board_nouns
        )

    def _bare_company(self, unit: ImplicitOrg) -> bool:
        """A company named by its lower-case common noun alone ("du groupe"); not one
        its words describe (« du groupe minier », "of the mining group"): the company
        named before as such."""
        words = [t for t in unit.span if t.lower_ not in self.data.DETERMINERS]
        return (
            unit.parent is None
            and len(words) == 1
            and words[0].is_lower
            and words[0].lower_ in self.data.COMPANY_NOUNS
            and not self._described_noun(words[0])
        )

    def _described_noun(self, noun: Token) -> bool:
        doc, k = noun.doc, noun.i + (-1 if self.data.HEAD_NOUN_LAST else 1)
        return 0 <= k < len(doc) and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN")

    def _board_phrase(self, ent: Span) -> Span | None:
        """Where a board's name ("Board of Directors", "conseil d'administration")
        stands in an entity."""
        for i in range(ent.start, ent.end):
            n = self.boards.match_at(ent.doc, i)
            if n and i + n <= ent.end:
                return ent.doc[i : i + n]
        return None

    def _title_follows(self, doc: Doc, k: int, limit: int) -> bool:
        """A second title opens at k, after at most one capitalised word."""
        forms = lowers(doc)
        for i in (k, k + 1):
            if (
                i < limit
                and forms[i] in self.phrase_keys.by_first
                and match_at(doc, i, self.phrase_keys)
            ):
                return i == k or doc[k].is_title
        return False

    def _complement_end(self, doc: Doc, j: int, limit: int, plural: bool = False) -> int:
        end = j
        while end < limit:
            token = doc[end]
            if (
                token.ent_type_
                and end > j
                and doc[end - 1].ent_iob_ != ""
                and token.ent_iob_ == "I"
            ):
                end += 1  # a name runs to its end, however long
                continue
            if self._acronym_after_name(doc, end, limit):
                end += 3  # "… des réfugiés et des rapatriés | (CNARR)", however long the name
                continue
            if end >= j + MAX_COMPLEMENT and not self._portfolio_list(doc, j, end):
                break
            if (
                token.text == ","
                # "A, B and C": after the "and", a comma ends the list
                and not any(w in self.data.CONJUNCTIONS for w in lowers(doc)[j:end])
                and end + 1 < limit
                and self._enumerates(doc[end + 1], plural, doc[j])
                and self._list_goes_on(doc, end + 1, limit)
            ):
                end += (
                    1  # "ministre de la Fonction publique, du Travail …", "of Investment, Trade …"
                )
                continue
            if token.is_punct and token.text not in ("-", "'", "(", ")"):
                break
            if token.text == "(" and not (end + 2 < len(doc) and doc[end + 2].text == ")"):
                break
            if token.lower_ in self.data.ROLE_PREPOSITIONS and doc[end - 1].ent_type_ == "ORG":
                end += 1  # "commissaire de l'Union africaine | chargé de l'Agriculture"
                continue
            opening = end == j and token.lower_ in self.data.ROLE_PREPOSITIONS  # "chargée de"
            if (
                (
                    token.pos_ in ("VERB", "AUX")
                    and not opening
                    and not (end >= 2 and hyphen_joins(doc, end - 1))
                )
                or token.text in BOUNDARY_WORDS
                or token.lower_ == "to"
            ):
                break  # a participle in a compound stays: "state-owned"
            if token.lower_ in self.calendar or (token.like_num and not token.ent_type_):
                break  # "… of Sonatel in January", "… de la FAO depuis 2021", "du jeudi"
            if end > j and self.time_openers.match_at(doc, end):
                break  # "Chair of the Board | at the close of the Annual General Meeting"
            if (
                token.pos_ == "ADP"
                and not token.ent_type_
                and token.lower_ not in self.complement_adps
                and self.data.PORTFOLIO_LINKS.get(doc[end - 1].lower_) != token.lower_
            ):
                break  # "president of the IFRC on Tuesday"
            if token.ent_type_ == "PER" and end > j + 1:
                break
            if token.pos_ == "SCONJ" and end > j:
                break  # "acting Minister of Mines | until a substantive appointment is made"
            if token.lower_ in self.data.CONJUNCTIONS and self._title_follows(doc, end + 1, limit):
                break  # "Minister of Finance | and Coordinating Minister of the Economy"
            if token.lower_ in self.data.CONJUNCTIONS:
                nxt = doc[end + 1] if end + 1 < limit else None
                domain = plural and nxt is not None and self._enumerates(nxt, plural)
                if (
                    not domain
                    and not _coordinated_adjective(doc, end, limit)
                    and (
                        nxt is None
                        or nxt.lower_
                        not in self.data.ROLE_PREPOSITIONS
                        | {
                            "the",
                            "la",
                            "le",
                            "les",
                            "l'",
                        }
                    )
                ):
                    break
            end += 1
        while end > j and (
            doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") or doc[end - 1].text in ("(", "-")
        ):
            end -= 1
        return end

    def _function_within(self, complement: Span, ent: Span) -> bool:
        """Common nouns between the role's preposition and the body it names, which
        they do not describe: "des opérations d'urgence | de la FAO", not "of state-owned
        electricity distributor | Kenya Power"."""
        links = self.data.ROLE_PREPOSITIONS | self.data.DETERMINERS | self.data.PLACE_PREPOSITIONS
        if ent.start > complement.start and complement.doc[ent.start - 1].lower_ not in links:
            return False  # the nouns right before the name describe it
        # "l'ONG Pact", "la province du Lualaba", "du directoire de Nexans" (its board)
        kinds = self.data.ORG_HEAD_WORDS | KIND_NOUNS | self.board_words
        # « du comté de | Garissa », "of the Rural Municipality of | Tessékéré"
        kinds = kinds | self.data.PLACE_KIND_NOUNS | self.data.PLACE_KIND_ADJECTIVES
        between = [t for t in complement if t.i < ent.start and t.lower_ not in links]
        return any(
            (t.pos_ == "NOUN" or self._capitalised_function(t))
            and not t.ent_type_
            and t.lower_ not in kinds
            for t in between
        )

    def _capitalised_function(self, token) -> bool:
        """ "Head of | Cooperation | of the EU", "Director of | Communication | of
        UNICEF": a function or a domain the tagger read as a proper noun."""
        word = token.lower_
        return token.pos_ == "PROPN" and (
            word in self.data.MINISTRY_DOMAINS or word in self.data.OFFICE_FUNCTIONS
        )

    def _portfolio_list(self, doc: Doc, start: int, end: int) -> bool:
        """Only portfolios so far, with their links and commas (« de l'Agriculture, de la
        Pêche maritime, du Développement rural et des Eaux et Forêts »): such a list
        may run past the usual length, up to twice it."""
        links = self.data.DETERMINERS | self.data.CONJUNCTIONS | self.data.ROLE_PREPOSITIONS
        return end < start + 2 * MAX_COMPLEMENT and all(
            t.lower_ in self.data.MINISTRY_DOMAINS or t.lower_ in links or t.text == ","
            for t in doc[start:end]
        )

    def _list_goes_on(self, doc: Doc, i: int, limit: int) -> bool:
        """After 'A,' a list needs its 'and'/'et' before the next comma ("A, B and C"),
        or a run of portfolios, each set off by its comma ("Agriculture, | Maritime
        Fisheries, Rural Development, Water and Forests")."""
        links = self.data.DETERMINERS | self.data.ROLE_PREPOSITIONS
        portfolios = True  # the words so far are all portfolio words and their links
        for token in doc[i : min(limit, i + 12)]:
            if token.lower_ in self.data.CONJUNCTIONS:
                return True
            if token.text == "," and portfolios:
                continue
            if token.is_punct or token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PER":
                return False  # « président du COSIM, de | Mgr X et de … »: people listed
            portfolios = portfolios and (
                token.lower_ in self.data.MINISTRY_DOMAINS or token.lower_ in links
            )
        return False

    def _acronym_after_name(self, doc: Doc, end: int, limit: int) -> bool:
        """An acronym in brackets right after a name ends: "… (CNARR)"."""
        return (
            end + 2 < limit
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and end > 0
            and doc[end - 1].ent_iob_ in ("B", "I")
            and doc[end + 1].ent_type_ == "ORG"
        )

    def _enumerates(self, token, portfolios: bool, opening=None) -> bool:
        """Does this token go on a list of portfolios ("du Travail", "Trade", or the
        preposition the list opened with: « à l'Eau, | à l'Assainissement »)?"""
        if token.lower_ in ("du", "des", "de"):
            return True
        to_words = ("à", "au", "aux")  # « aux Affaires politiques, | à la Paix … »
        if opening is not None and token.lower_ in to_words and opening.lower_ in to_words:
            return True
        return (
            portfolios
            and token.is_title
            and not token.ent_type_ == "PER"
            and token.lower_ not in self.titles
        )

    def _domains(self, complement: Span) -> list[Span]:
        """Split 'de la Santé et des Finances' / 'of Health and Finance' at conjunctions."""
        parts, start = [], complement.start
        for token in complement:
            if (
                token.lower_ in self.data.CONJUNCTIONS
                and token.i + 1 < complement.end
                and not token.ent_type_
            ):
                parts.append(complement.doc[start : token.i])
                start = token.i + 1
        parts.append(complement.doc[start : complement.end])
        return [p for p in parts if len(p)]

    def _unit(self, complement: Span) -> ImplicitOrg | None:
        """'directeur du département des déterminants sociaux … à l'OMS'."""
        skipped = self.data.ROLE_PREPOSITIONS | self.data.DETERMINERS | self.data.POSSESSIVES
        words = [t for t in complement if t.lower_ not in skipped]
        if not words or words[0].lower_ not in self.data.UNIT_WORDS or words[0].ent_type_:
            return None
        if words[0].lower_ in self.data.CREW_NOUNS and words[0].i == complement.start + 1:
            return None  # « cheffe d'| équipe chargée de … »: a function, no body
        after = words[0].i + 1
        if after < complement.end and complement.doc[after].lower_ in ("'s", "’s"):
            return None  # "head of the coalition's Scientific Advisory Panel": its owner
        parent = None
        end = complement.end
        for ent in complement.ents:
            if ent.label_ == "ORG" and ent.start > words[0].i:
                parent = ent
                end = _strip_trailing_link(complement.doc, ent.start, words[0].i, self.data)
                break
        if parent is not None and parent.start == words[0].i + 1:
            if words[0].lower_ in self.data.COMPANY_NOUNS:
                return None  # "du groupe | Sahel Agro": the group is the company named
        name_span = _without_term_acronym(complement.doc[words[0].i : end])
        board = self._board_phrase(name_span)
        at_start = board is not None and board.start == name_span.start
        if at_start and parent is None:
            parent = self._possessor(complement)  # "of its board of directors"
            parent = parent or self._owner_after_board(complement, board)  # "Board of | LCM"
            noun = self._owner_noun_after(name_span, board) if parent is None else None
            if noun is not None:
                return anaphor(noun)  # « conseil d'administration du | port »
        if parent is None and len(name_span) == 1 and self._anaphor_noun(name_span[0]):
            return anaphor(name_span)  # « la directrice exécutive du | réseau »
        kind = "board" if at_start and parent is not None else "unit"
        return ImplicitOrg(name=name_span.text, kind=kind, span=name_span, parent=parent)

    def _anaphor_noun(self, token: Token) -> bool:
        """A body's noun in lower case, or after a decree's "said", that names the one
        of that noun named before (« de ladite Agence »)."""
        said = token.i > 0 and token.nbor(-1).lower_ in self.data.SAID_DETERMINERS
        return (token.is_lower or said) and token.lower_ in self.data.ANAPHOR_NOUNS

    def _ministry(self, complement: Span, demonym: str | None) -> ImplicitOrg:
        words = [t.i for t in complement if t.lower_ not in self.data.ROLE_PREPOSITIONS]
        words = [i for i in words if complement.doc[i].lower_ not in self.data.DETERMINERS]
        first_word = words[0] if words else complement.start
        # a place at the start is a portfolio ("ministre de l'Europe et des Affaires …")
        country = next(
            (e for e in complement.ents if e.label_ == "LOC" and e.start > first_word), None
        )
        end = complement.end
        if country is not None:
            end = _strip_trailing_link(complement.doc, country.start, complement.start, self.data)
        start = complement.start
        if start < end and complement.doc[start].lower_ in self.data.CHARGED_WORDS:
            start += 1  # "chargée | de l'Énergie"
        elif start < end and (n := match_at(complement.doc, start, self.charges)):
            start += n - 1  # "in charge | of Planning", as "of Planning"
        # "Minister of Public Works | (MINTP)": the ministry's acronym is no portfolio
        end = next((t.i for t in complement.doc[start:end] if t.text == "("), end)
        domain = complement.doc[start:end]
        name = f"{self.data.MINISTRY_WORD} {domain.text}".strip()
        return ImplicitOrg(
            name=name, kind="ministry", span=domain, country=country, demonym=demonym
        )

    def _is_demonym(self, token: Token) -> bool:
        """A country's adjective, capitalised ("Ivorian"; "Congolese", two countries')."""
        return token.is_title and bool(self.kb.countries_of_demonym(token.text))

    def _portfolio_word(self, token: Token) -> bool:
        """A word of a portfolio named before its minister: "Health Minister", "the
        finance minister"."""
        if token.is_title and token.pos_ in ("PROPN", "NOUN"):
            return True
        return token.is_lower and token.lower_ in self.data.MINISTRY_DOMAINS

    def _portfolio_before(self, sent: Span, last: Token) -> ImplicitOrg | None:
        """The ministry of the portfolio words ending at `last`; a nationality opening
        them is the ministry's country ("Senegalese Finance Minister"), no portfolio."""
        doc, start = sent.doc, last.i
        while start > sent.start and self._portfolio_word(doc[start - 1]):
            start -= 1
        demonym = None
        if self._is_demonym(doc[start]):
            demonym, start = doc[start].text, start + 1
        elif start > sent.start and self._is_demonym(doc[start - 1]):
            demonym = doc[start - 1].text  # "the Senegalese | finance minister"
        if start > last.i:
            return None  # "the Senegalese minister": a nationality, no portfolio
        domain = doc[start : last.i + 1]
        portfolio = domain.text if domain[0].is_title else domain.text.title()
        portfolio = self.data.SHORT_PORTFOLIOS.get(portfolio.lower(), portfolio)
        return ImplicitOrg(
            name=f"{self.data.MINISTRY_WORD.title()} of {portfolio}",
            kind="ministry",
            span=domain,
            demonym=demonym,
        )

    def _whose_org(self, sent: Span, role: Role) -> bool:
        """ "L'IITA, dont le directeur …": the body the relative word hangs on. True
        when the role is in such a clause."""
        if role.org is not None or role.implicit is not None:
            return False
        doc = sent.doc
        j = self._status_start(doc, role.start)
        while j > sent.start and doc[j - 1].lower_ in self.data.DETERMINERS:
            j -= 1
        j = self._past_named_holder(sent, j)  # "dont | M. X est | le directeur général"
        if j > sent.start and doc[j - 1].lower_ in WHOSE_WORDS:
            role.org = _org_before_relative(doc, j - 1, sent.start)
            return True
        if j - 1 > sent.start and doc[j - 1].lower_ == "which" and doc[j - 2].lower_ in OF_WORDS:
            role.org = _org_before_relative(doc, j - 2, sent.start)  # "of which X is"
            return True
        return False

    def _past_named_holder(self, sent: Span, j: int) -> int:
        """Where « M. X est » ends before a title, read back from j past the copula,
        the name and its titles (else j)."""
        doc = sent.doc
        if j - 2 <= sent.start or doc[j - 1].lower_ not in self.data.NAMING_COPULAS:
            return j
        holder = next((e for e in doc.ents if e.end == j - 1), None)
        # a name the model may have typed a body ("of which | Ousseynou Faye | is")
        if holder is None or holder.label_ not in ("PER", "ORG") or holder.kb_id_:
            return j
        k = holder.start
        while k > sent.start and doc[k - 1].lower_ in self.titles:
            k -= 1
        return k

    def _possessive_org(self, sent: Span, role: Role) -> None:
        """'… (SENA) will train jobseekers; its director general, X': the
        organisation named last before the role, in the paragraph. A board named
        alone after the title is the possessor's ("The company's Chairman of the
        Board", "Its Chairman of the Board")."""
        if role.org is not None or (role.implicit is not None and not self._unowned_board(role)):
            return
        kept, role.implicit = role.implicit, None
        self._possessive_owner(sent, role)
        if role.org is None and role.implicit is None:
            role.implicit = kept

    def _unowned_board(self, role: Role) -> bool:
        """The title's body a board with no owner named ("Chairman of | the Board")."""
        implicit = role.implicit
        return (
            implicit is not None
            and implicit.kind in ("unit", "context")
            and self._bare_board(implicit)
        )

    def _possessive_owner(self, sent: Span, role: Role) -> None:
        doc = sent.doc
        j = self._status_start(doc, role.start)
        while j > 0 and doc[j - 1].lower_ in self.data.APPOINTED_WORDS:
            j -= 1  # "its newly appointed director"
        region = next((e for e in doc.ents if e.end == j and e.label_ == "LOC"), None)
        if region is not None and self._owned_region(doc, region):
            j = region.start  # "the foundation's | Africa Director"
        noun = None
        if j > 1 and doc[j - 1].lower_ in ("'s", "’s") and self._anaphoric_noun(doc[j - 2]):
            j -= 1  # "the agency's head", "the company's board chairman"
            noun = doc[j - 1 : j]
        elif j == 0 or doc[j - 1].lower_ not in self.data.POSSESSIVES:
            return
        before = [e for e in doc.ents if e.label_ == "ORG" and e.end <= j - 1]
        if noun is not None and self._by_noun(role, before, noun):
            return
        region = self._region_before(sent, j - 1) if role.role_class in REGION_HEADS else None
        if region is not None and (not before or region.start > before[-1].start):
            role.org = region  # "la région de X, représentée par son président, Y"
            return
        if not before:
            if role.role_class in CONTEXT_ROLE_CLASSES:
                # '"…," its Secretary General, X, said' after a quote: no body named
                # before in the paragraph, the one the article is about
                role.implicit = ImplicitOrg(name="", kind="context", span=doc[j - 1 : j])
            return
        # "Son président, …" opening a sentence: the body the last sentence was about
        # (its subject: "La BOAD, institution … de l'UEMOA, a engagé …"), not the last
        # one it named
        subject = self._previous_subject(sent) if j - 1 == sent.start else None
        if subject is not None:
            role.org = subject
        else:  # "Le Conseil d'administration du Groupe …, son président": the Group's
            role.org = self._last_body(before)
        self._bare_board_to_context(role)

    def _bare_board_to_context(self, role: Role) -> None:
        """ "The Board of Directors elected X as its Chair": a board named alone, its
        owner unnamed, is the company's the article is about (as "the Board" is)."""
        board = self._board_phrase(role.org) if role.org is not None else None
        if role.org is not None and board is not None and len(board) == len(role.org):
            role.implicit = ImplicitOrg(name="", kind="context", span=role.org)
            role.org = None

    def _board_before_title(self, role: Role) -> None:
        """ "Pharmalys Maroc | Board | Chair X": a board named alone before a chair's
        title is the company's named right before it, else the article's company
        ("chaired by Board Chairman X"); "EDM-SA Board | Chairman X" the one it names."""
        board = role.org
        if board is None or role.role_class != "chair" or board.end != role.start:
            return
        phrase = self._board_phrase(board)
        if phrase is None or phrase.end != board.end:
            return
        doc = board.doc
        if phrase.start > board.start:  # "EDM-SA Board | Chairman X": the name inside
            role.org = Span(doc, board.start, phrase.start, label="ORG")
            return
        owner = next((e for e in doc.ents if e.end == board.start and e.label_ == "ORG"), None)
        role.org = owner
        if owner is None:
            role.implicit = ImplicitOrg(name="", kind="context", span=board)

    def _possessor(self, complement: Span) -> Span | None:
        """The body a possessive in the complement stands for ("of | its | board",
        « de | son | conseil »): the last one named before it."""
        if not any(t.lower_ in self.data.POSSESSIVES for t in complement[:3]):
            return None
        doc = complement.doc
        before = [e for e in doc.ents if e.label_ == "ORG" and e.end <= complement.start]
        return self._last_body(before) if before else None

    def _last_body(self, before: list[Span]) -> Span:
        """The last body named, or the company a board named last belongs to."""
        return self.board_s_body(before[-1]) or before[-1]

    def _owned_region(self, doc: Doc, region: Span) -> bool:
        """A region right after a body noun's possessive: "the foundation's | Africa"."""
        k = region.start
        return k > 1 and doc[k - 1].lower_ in ("'s", "’s") and self._body_noun(doc[k - 2])

    def _by_noun(self, role: Role, before: list[Span], noun: Span) -> bool:
        """'the hospital's CEO', « directeur de l'hôpital »: the last body before whose
        name holds the noun; none in the paragraph, the one named before in the
        article (an anaphor, found at article level; a company's noun, "the group's
        CEO", the company named last). False for other nouns ("institution")."""
        word = noun.text.lower()
        nouns = self.data.ANAPHOR_NOUNS | self.data.COMPANY_NOUNS  # "the group's CEO"
        if word not in nouns and singular(word) not in nouns:
            return False
        forms = {word, singular(word)}
        named = [e for e in before if forms & _word_forms(e)]
        owner = self._owner_of_board(named[-1], forms) if named else None
        if owner is not None:
            # "The Council of Makerere University has appointed X as Vice-Chancellor of
            # the University": the university, named so elsewhere, not its council
            role.implicit = ImplicitOrg(name=owner.text, kind="named", span=owner)
        elif named:
            role.org = named[-1]
        else:
            role.implicit = anaphor(noun)
        return True

    def _owner_of_board(self, body: Span, forms: set[str]) -> Span | None:
        """The owner's name after a board's or a one-word body's ("Council of | Makerere
        University") when the noun is the owner's, not the board's."""
        board = self._board_phrase(body)
        if board is None and body[0].lower_ in self.data.ORG_HEAD_WORDS:
            board = body[:1]  # "Council", « Conseil »
        if board is None or board.start != body.start or forms & _word_forms(board):
            return None
        k = board.end
        if k >= body.end or body.doc[k].lower_ not in OF_WORDS:
            return None
        k += 1
        while k < body.end and body.doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        owner = body.doc[k : body.end]
        return owner if len(owner) > 1 and forms & _word_forms(owner) else None

    def _region_before(self, sent: Span, end: int) -> Span | None:
        """The last place of the sentence before `end` named as a region ("la région de
        X", "the X region"): a region's council has a president."""
        doc, kinds = sent.doc, self.data.PLACE_KIND_NOUNS
        places = [e for e in sent.ents if e.label_ == "LOC" and e.end <= end]
        if not places:
            return None
        place, k = places[-1], places[-1].start - 1
        while k > sent.start and doc[k].lower_ in self.data.DETERMINERS | {"de", "du", "of"}:
            k -= 1
        after = doc[place.end].lower_ if place.end < len(doc) else ""
        return place if doc[k].lower_ in kinds or after in kinds else None

    def _previous_subject(self, sent: Span) -> Span | None:
        """The body that is the subject of the sentence before `sent`."""
        doc = sent.doc
        if sent.start == 0:
            return None
        previous = doc[sent.start - 1].sent
        subject = root_subject(previous)
        if subject is not None and subject.dep_ in ("nsubjpass", "nsubj:pass"):
            subject = root_agent(previous) or subject  # "The PRIJ will be financed | by the
            # BOAD. Its President, …": the doer, the passive's subject what it acts on
        ent = _ent_at(previous, subject.i) if subject is not None else None
        return ent if ent is not None and ent.label_ == "ORG" else None

    def _body_noun_complement(self, sent: Span, role: Role) -> None:
        """'X, président de l'institution', 'head of the bank': the common noun
        stands for the organisation named last before it."""
        if role.org is not None or role.implicit is not None:
            return
        doc, j = sent.doc, role.head_end
        region = next((e for e in doc.ents if e.start == j and e.label_ == "LOC"), None)
        if region is not None:
            j = region.end  # "le directeur | Afrique | de la fondation"
        if j + 2 >= sent.end or doc[j].lower_ not in self.data.ROLE_PREPOSITIONS:
            return
        k = j + 1
        while k < sent.end and doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        determined = k > j + 1 or doc[j].lower_ in self.data.DETERMINED_PREPOSITIONS
        if not determined or k >= sent.end or not self._anaphoric_noun(doc[k]):
            return  # "director of | bank" names no bank; « directeur du | port » does
        if k + 1 < sent.end and doc[k + 1].is_alpha and not doc[k + 1].is_punct:
            after = doc[k + 1]
            time_or_place = after.pos_ == "ADP" and after.lower_ not in OF_WORDS  # "… from 1 July"
            if after.lower_ not in BOUNDARY_WORDS and not time_or_place:
                return  # "de la banque centrale": a name goes on
        before = [e for e in doc.ents if e.label_ == "ORG" and e.end <= role.start]
        if self._by_noun(role, before, doc[k : k + 1]):
            role.end = max(role.end, k + 1)
        elif before:
            role.org = before[-1]
            role.end = max(role.end, k + 1)

    def _bracketed_org(self, sent: Span, role: Role) -> None:
        """'X (chair, Committee on Public Health)': the body after the title's comma."""
        if role.org is not None or role.implicit is not None:
            return
        doc, j = sent.doc, role.end
        start = self._status_start(doc, role.start)
        if start <= sent.start or doc[start - 1].text != "(":
            return
        if j + 2 >= sent.end or doc[j].text != ",":
            return
        ent = next((e for e in doc.ents if e.start == j + 1 and e.label_ == "ORG"), None)
        if ent is not None and ent.end < sent.end and doc[ent.end].text == ")":
            role.org = ent
            role.end = ent.end

    def _subject_org(self, sent: Span, role: Role) -> None:
        """'The OIA said X would take over as president', "L'Université … a confirmé
        que M. X, recteur par intérim, …": a head's title with no complement heads
        the organisation the sentence is about, when that is its subject."""
        if role.org is not None or role.implicit is not None:
            return
        if role.role_class not in CONTEXT_ROLE_CLASSES or self._has_complement(sent, role):
            return  # "directrice des compétitions" names a function, not the subject's body
        if self._qualified(sent, role):
            return
        subject = self._board_clause_subject(sent, role) or root_subject(sent)
        subject = subject if subject is not None else self._opening_word(sent)
        if subject is None or subject.i >= role.start:
            return
        ent = _ent_at(sent, _before_bracket(sent, subject.i))
        if ent is None and self._company_noun(subject):  # « La société | Orange Mali annonce »
            ent = _ent_at(sent, subject.i + 1) if subject.i + 1 < sent.end else None
            ent = ent if ent is not None and ent.start == subject.i + 1 else None
        if ent is None and subject.lower_ in SUBJECT_BOARD_NOUNS:  # "the board of X"
            ent = self._board_owner_before(sent, subject)  # "X's board (of directors)"
            ent = ent or next(
                (e for e in sent.ents if e.label_ == "ORG" and e.start > subject.i), None
            )
            ent = ent if ent is not None and ent.start <= subject.i + 6 else None
        if ent is None or ent.label_ != "ORG" or sent.doc[ent.end].text == ",":
            return  # not "said X, Group CEO": X is the holder, whatever its tag
        if self._agent_title_after_body(sent, role, ent):
            return  # "The Reserve is managed by the RAAF, headed by Executive Director X"
        owner = self.board_s_body(ent)
        if owner is not None and self._known_as(owner.text, "LOC"):
            # "the Board of Directors of its Burkina Faso | subsidiary, Faso Mobile SA"
            k = ent.end + sent.doc[ent.end].is_lower  # past "subsidiary"
            owner = _ent_at(sent, k + 1) if k + 1 < sent.end and sent.doc[k].text == "," else None
            if owner is None or owner.label_ != "ORG":
                return
        role.org = owner or ent  # the board appoints the body's head
        self._bare_board_to_context(role)

    def _board_clause_subject(self, sent: Span, role: Role) -> Token | None:
        """A board the subject of the clause a title is in ("X Group announces that the
        Board of Directors of Faso Mobile … has appointed Mr Y as | CEO"): it appoints
        its company's head, not the main clause's subject's."""
        token = sent.doc[role.start]
        while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
            token = token.head
        subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
        if subject is None:
            return None
        # "the Board …, meeting in Ouagadougou, | has appointed": the parse may make the
        # participle the subject; the board opens it
        first = subject.left_edge.i
        opening = sent.doc[first : min(first + 3, subject.right_edge.i + 1)]
        return next((t for t in opening if t.lower_ in SUBJECT_BOARD_NOUNS), None)

    def _agent_title_after_body(self, sent: Span, role: Role, subject: Span) -> bool:
        """The title of a passive's agent ("headed by | Executive Director X") with
        another body named between it and the sentence's subject: that body's head."""
        by = self.passive_agent_before(sent, role)
        return by is not None and any(
            e.label_ == "ORG" and subject.end <= e.start and e.end <= by for e in sent.ents
        )

    def passive_agent_before(self, sent: Span, role: Role) -> int | None:
        """Where the 'by'/« par » a title is the agent of stands ("installed by | the
        Minister of …"), past the title's determiners; None when no such word."""
        doc, k = sent.doc, self._status_start(sent.doc, role.start)
        while k > sent.start and doc[k - 1].lower_ in self.data.DETERMINERS:
            k -= 1
        by = k - 1
        return by if by >= sent.start and doc[by].lower_ == self.data.PASSIVE_AGENT else None

    def _board_owner_before(self, sent: Span, board: Token) -> Span | None:
        """ "Ecobank's | board of directors": the body whose board it is."""
        doc, k = sent.doc, board.i
        while k > sent.start and doc[k - 1].is_lower and doc[k - 1].pos_ == "ADJ":
            k -= 1  # "Ecobank's new board"
        if k - 2 < sent.start or doc[k - 1].lower_ not in ("'s", "’s"):
            return None
        return next((e for e in sent.ents if e.end == k - 1 and e.label_ == "ORG"), None)

    def _opening_word(self, sent: Span) -> Token | None:
        """The sentence's first word after its determiners, standing for its subject
        when the parse found none ("Le Conseil d'administration d'Orange … a nommé")."""
        k = _after_dateline(sent)
        while k < sent.end and sent.doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        return sent.doc[k] if k < sent.end else None

    def board_s_body(self, ent: Span) -> Span | None:
        """The body named inside a board's name ("Board of Directors of | Ecobank")."""
        if self._board_phrase(ent) is None:
            return None
        owners = ent.doc._.owners or []
        return next((o for o in owners if ent.start <= o.start and o.end <= ent.end), None)

    def _fronted_org(self, sent: Span, role: Role) -> None:
        """'Du côté de l'INRS, la directrice générale, Mme X, …', 'For INRS, Director
        General X …': a bare head's title names the body the sentence opens on."""
        if role.org is not None or role.implicit is not None:
            return
        if role.role_class not in CONTEXT_ROLE_CLASSES or self._has_complement(sent, role):
            return
        if self._qualified(sent, role):
            return
        doc = sent.doc
        n = match_at(doc, sent.start, self.fronted)
        if not n:
            return
        j = sent.start + n
        while j < role.start and doc[j].lower_ in self.data.DETERMINERS:
            j += 1
        ent = next((e for e in doc.ents if e.start == j and e.label_ == "ORG"), None)
        if ent is not None and ent.end < role.start and doc[ent.end].text == ",":
            role.org = ent

    def _qualified(self, sent: Span, role: Role) -> bool:
        """'administrateur économique et financier', 'directeur technique': an adjective
        the title does not take as its own makes it a trade or a function, not the
        head of the body the sentence is about."""
        j = role.head_end
        return j < sent.end and sent.doc[j].is_lower and sent.doc[j].pos_ == "ADJ"

    def _has_complement(self, sent: Span, role: Role) -> bool:
        """A complement after the title, not its term ("President for a second term")."""
        j = role.head_end
        if j + 1 >= sent.end or sent.doc[j].lower_ not in self.data.ROLE_PREPOSITIONS:
            return False
        return not any(t.lower_ in self.data.TERM_WORDS for t in sent.doc[j + 1 : j + 5])

    def _anaphoric_noun(self, token) -> bool:
        """A body's common noun, or one written with its capital ("the President of the
        | Council", « le président de la | Cour »)."""
        return self._body_noun(token) or (
            token.is_title and token.lower_ in self.data.ANAPHOR_NOUNS
        )

    def _body_noun(self, token) -> bool:
        nouns = self.data.ORG_HEAD_WORDS | self.data.BODY_NOUNS | self.data.COMPANY_NOUNS
        return token.is_lower and token.lower_ in nouns  # "of the subsidiary", "du port"

    def _possessor_word(self, sent: Span, role: Role) -> Token | None:
        """The word of a possessive right before the title ("the agency's | Chief …")."""
        doc, j = sent.doc, self._status_start(sent.doc, role.start)
        if j - 2 < sent.start or doc[j - 1].lower_ not in ("'s", "’s"):
            return None
        return doc[j - 2]

    def _possessive_noun(self, sent: Span, role: Role) -> Span | None:
        """The body's noun in a possessive right before the title ("the agency's")."""
        word = self._possessor_word(sent, role)
        return sent.doc[word.i : word.i + 1] if word and self._anaphoric_noun(word) else None

    def _country_head(self, sent: Span, role: Role, key: str) -> None:
        """'représentant du HCR au Niger', "UNHCR's Representative in Niger", 'MSF
        Head of Mission in Mali': the head of a body's presence in a country."""
        words = {t.lower_ for t in sent.doc[max(sent.start, role.start - 1) : role.head_end]}
        regional = role.role_class == "director" and bool(words & self.data.REGIONAL_WORDS)
        regional = regional or self._operations(sent, role, key)
        plain = key in self.data.DIRECTOR_WORDS and not regional  # « le directeur de l'AFD
        plain = plain and key not in self.data.COUNTRY_ROLES  # au Sénégal »
        if key not in self.data.COUNTRY_ROLES and not regional and not plain:
            return  # "directeur régional de l'UNICEF pour l'Afrique de l'Ouest": an office too
        body = role.org if role.org is not None and role.org.label_ == "ORG" else None
        if not plain:
            body = body or self._org_just_before(sent, role) or self._appointing_body(sent, role)
        if body is None and role.implicit is not None and role.implicit.kind == "anaphor":
            body = role.implicit.span  # « Responsable pays de la Banque | pour le Cameroun »
        if body is None and key in self.data.COUNTRY_ROLES:
            body = self._possessive_noun(sent, role)  # "The agency's | Chief Representative"
        if body is None:
            return
        place = self._country_after(sent, max(body.end, role.head_end))
        if place is None and body.start > role.head_end:
            place = self._country_after(sent, role.head_end)  # "Representative in Cameroon of"
            place = place if place is not None and place.end < body.start else None
        if plain and (place is None or not self._right_after(body, place)):
            return  # a director's body and a country further on: no office
        if place is not None:
            role.end = max(role.end, place.end)
            if not self._is_deputy(sent.doc, role.start, role.start, role.head_end):
                role.role_class, role.predicate = "director", "LEADS"
            else:  # « représentante résidente adjointe »: the office's member
                role.role_class, role.predicate = "member", "MEMBER_OF"
            # the head of the body's office in that country, not of the body itself
            role.org = None
            role.implicit = _office_of(sent.doc[role.start : role.end], body, place)

    def _appointing_body(self, sent: Span, role: Role) -> Span | None:
        """ "UNDP has appointed X as Resident Representative in Burkina Faso", « Le PNUD
        a nommé X représentante résidente au Burkina Faso »: the body whose verb
        appoints its own representative."""
        doc = sent.doc
        verbs = self.data.APPOINTING_VERBS
        for token in doc[sent.start : role.start]:
            if token.lower_ not in verbs:
                continue
            verb = token if token.pos_ == "VERB" else token.head
            subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
            ent = next(
                (e for e in sent.ents if subject is not None and e.start <= subject.i < e.end), None
            )
            if ent is not None and ent.label_ == "ORG":
                return ent
        return None

    def _operations(self, sent: Span, role: Role, key: str) -> bool:
        """'directeur des opérations de la Banque mondiale pour le Ghana': the country
        director, as a director of operations for a country is called in French."""
        if self.data.ROLE_HEADS.get(key, ("", ""))[0] != "director":
            return False
        complement = sent.doc[role.head_end : role.end]
        return any(t.lower_ in self.data.OPERATIONS_WORDS for t in complement)

    def _civil_service_head(self, role: Role) -> None:
        """The secretary-general of a ministry or of the presidency runs its general
        secretariat under the minister or president, who leads the body itself: he
        leads that unit of it (unlike the UN's or a party's, who lead the body)."""
        anaphoric = role.implicit is not None and role.implicit.kind == "anaphor"
        owner = role.implicit.span if anaphoric and role.implicit else role.org
        if role.role_class != "secretary_general" or owner is None:
            return
        first = next((t.lower_ for t in owner if t.lower_ not in self.data.DETERMINERS), "")
        if first in CIVIL_SERVICE_BODIES:
            doc = owner.doc
            role.implicit = ImplicitOrg(
                name=self.data.GENERAL_SECRETARIAT,
                kind="unit",
                span=doc[role.start : role.end],
                parent=owner,  # « du ministère » named before: its antecedent's
            )
            role.org = None

    def _possessive_country(self, sent: Span, role: Role) -> None:
        """ "Canada's Minister of Finance": the ministry is Canada's."""
        if role.implicit is None or role.implicit.kind != "ministry" or role.implicit.country:
            return
        doc = sent.doc
        j = self._status_start(doc, role.start)
        if j - 1 > sent.start and doc[j - 1].lower_ in ("'s", "’s"):
            owner = next((e for e in doc.ents if e.end == j - 1 and e.label_ == "LOC"), None)
            role.implicit.country = owner

    def _org_just_before(self, sent: Span, role: Role) -> Span | None:
        doc = sent.doc
        j = self._status_start(doc, role.start)
        if j > sent.start and doc[j - 1].lower_ in ("'s", "’s"):
            j -= 1
        else:
            j = self._before_whose(doc, j, sent.start)
        return next((e for e in doc.ents if e.end == j and e.label_ == "ORG"), None)

    def _company_before_whose(self, doc: Doc, j: int, first: int) -> int:
        """ "The Maersk group, whose | Director …": where the company named before its
        lower-case noun and the relative word ends (else j)."""
        k = self._before_whose(doc, j, first)
        if k == j or k - 2 <= first:
            return j
        noun = doc[k - 1]
        if (
            noun.is_lower
            and noun.lower_ in self.data.COMPANY_NOUNS
            and doc[k - 2].ent_type_ == "ORG"
        ):
            return k - 1
        return j

    def _before_whose(self, doc: Doc, j: int, first: int) -> int:
        """ "The IOM, whose | Chief of Mission …", « l'OIM, dont le | chef … »: where
        the body the relative word stands for ends (else j)."""
        k = j
        while k > first and doc[k - 1].lower_ in self.data.DETERMINERS:
            k -= 1
        if k - 1 <= first or doc[k - 1].lower_ not in WHOSE_WORDS:
            return j
        k -= 1
        k -= doc[k - 1].text == ","
        k -= doc[k - 1].text == ")"  # "… Agency (IOM) | , whose"
        return k

    def _right_after(self, body: Span, place: Span) -> bool:
        """The place right after the body's name, its bracketed acronym and one
        preposition between ("de l'AFD (AFD) | au | Sénégal"), a country (no town)."""
        doc, k = body.doc, body.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        while k < place.start and doc[k].lower_ in self.data.DETERMINERS:
            k += 1
        entry = self.kb.lookup(place.text)
        return place.start - k <= 2 and entry is not None and entry.kind in COUNTRY_KINDS

    def _of_after_place(self, sent: Span, j: int) -> int | None:
        """Where the "of" after a place right after a title stands ("Representative | in
        Cameroon | of the IRD"), if it does."""
        place = self._country_after(sent, j) if j < sent.end else None
        if place is None or place.start > j + 2 or place.end >= sent.end:
            return None
        return place.end if sent.doc[place.end].lower_ in OF_WORDS else None

    def _country_after(self, sent: Span, k: int) -> Span | None:
        """'au Niger' / 'in Niger' / 'for Viet Nam' within a few tokens of k."""
        doc, places = sent.doc, self.data.PLACE_PREPOSITIONS | {"in", "for", "pour"}
        for i in range(k, min(sent.end - 1, k + 5)):
            if doc[i].lower_ not in places:
                continue
            j = i + 1
            while j < sent.end and doc[j].lower_ in self.data.DETERMINERS:
                j += 1
            if j > i + 1 and j < sent.end and doc[j].lower_ in self.data.HOST_COUNTRY_NOUNS:
                return Span(doc, j, j + 1, label="LOC")  # "in the country": the article's
            return next((e for e in doc.ents if e.start == j and e.label_ == "LOC"), None)
        return None

    def _mayor_city(self, sent: Span, role: Role) -> None:
        """'the city's mayor, X', 'la maire de la ville': the city named last."""
        if role.role_class != "mayor" or role.org is not None or role.implicit is not None:
            return
        places = [e for e in sent.doc.ents if e.label_ == "LOC" and e.end <= role.start]
        cities = [e for e in places if self._city_like(e)]
        if cities:
            role.org = cities[-1]

    def _place_named_by_kind(self, sent: Span, role: Role) -> None:
        """ "the island's Governor", « le gouverneur de l'île », "the region's Prefect": the
        place named last before, in the sentence, named again by its kind."""
        doc = sent.doc
        k = self._status_start(doc, role.start)
        possessor = self._possessor_word(sent, role)
        kind_before = possessor is not None and possessor.lower_ in self.data.GOVERNED_PLACE_KINDS
        words = [t for t in doc[role.head_end : role.end] if t.is_alpha]
        kind_after = bool(words) and words[-1].lower_ in self.data.GOVERNED_PLACE_KINDS
        kind_after = kind_after and all(
            t.lower_ in self.data.ROLE_PREPOSITIONS | self.data.DETERMINERS for t in words[:-1]
        )
        if not (kind_before or kind_after) or role.implicit is not None:
            return
        if role.org is not None and not kind_after:
            return
        places = [e for e in sent.ents if e.label_ == "LOC" and e.end <= k]
        kind = possessor if possessor is not None and kind_before else words[-1]
        if kind.lower_ not in self.data.TOWN_KIND_NOUNS and len(places) > 1:
            # "the island's Governor" after "in Anjouan … in Mutsamudu": a known region,
            # never a town; two places unknown to the knowledge base are left alone
            places = [e for e in places if not self._city_like(e)]
        if places:
            role.org, role.implicit = places[-1], None

    def _city_like(self, ent: Span) -> bool:
        entry = self.kb.lookup(ent.text)
        return entry is None or entry.kind in ("city", "capital")

    def _commission(self, sent: Span, role: Role) -> None:
        """'European Commissioner for Energy', 'commissaire européenne à l'Énergie':
        the commission an adjective of the title names (a known body), also where the
        adjective alone was taken for the body."""
        adjectives = self.data.COMMISSION_ADJECTIVES
        if role.implicit is not None or (
            role.org is not None
            and role.org.text.lower() not in adjectives
            and not role.start < role.org.start < role.end  # a portfolio the model tagged
        ):
            return
        doc = sent.doc
        head = doc[role.start : role.head_end]
        if head.text.lower() not in self.data.COMMISSIONER_ROLES:
            return
        before = doc[role.start - 1] if role.start > sent.start else None
        after = doc[role.head_end] if role.head_end < sent.end else None
        if before is not None and before.lower_ in adjectives:
            word, start = before.lower_, before.i  # "European Commissioner for …"
            role.start = start  # the adjective opens the title: "X, European Commissioner"
        elif after is not None and after.lower_ in adjectives:
            word, start = after.lower_, role.start  # "commissaire européenne à …"
            role.end = max(role.end, self._complement_end(doc, after.i + 1, sent.end))
        else:
            return
        role.org = None
        role.implicit = ImplicitOrg(name=adjectives[word], kind="body", span=doc[start : role.end])

    def _context_country(self, sent: Span, role: Role) -> None:
        """'le Premier ministre, X' with no country named: the article's country."""
        if role.org is not None or role.implicit is not None:
            return
        if role.role_class in ("head_of_state", "head_of_government"):
            kind = "country" if role.role_class == "head_of_state" else "government"
            role.implicit = ImplicitOrg(
                name="", kind=kind, span=sent.doc[role.start : role.head_end]
            )

    def _title_office(self, sent: Span, role: Role, key: str) -> None:
        """ "the Mediator of the Republic, X", "Auditor General of Kenya", « le Protecteur
        du citoyen »: a title that is its own office heads that office, the country's it
        names or the article's (TITLE_OFFICES); one of a body named is that body's."""
        office = self.data.TITLE_OFFICES.get(key)
        if office is None or role.implicit is not None:
            return
        country = role.org if role.org is not None and role.org.label_ == "LOC" else None
        if role.org is not None and country is None:
            return  # "the Auditor General of the Bank": the Bank's
        role.org = None
        title = sent.doc[role.start : role.head_end]
        role.implicit = ImplicitOrg(name=office, kind="title_office", span=title, country=country)

    def _left_org(self, sent: Span, role: Role) -> None:
        """'WHO Director-General X', "UNICEF's Executive Director X", 'Health Minister X',
        'Reserve Bank of Australia (RBA) Governor X'. "IFC's director for West Africa":
        the possessive body wins over the region."""
        regional = (
            role.org is not None
            and role.org.label_ == "LOC"
            and role.role_class
            not in (
                "head_of_state",
                "head_of_government",
                "mayor",
            )
        )
        if (role.org is not None and not regional) or role.implicit is not None:
            return
        doc = sent.doc
        j = self._status_start(doc, role.start)
        possessive = j > sent.start and doc[j - 1].lower_ in ("'s", "’s")
        if possessive:
            j -= 1
        if not possessive:
            j = self._company_before_whose(doc, j, sent.start)
        if not possessive and j - 3 > sent.start and doc[j - 1].text == ")":
            opening = next((k for k in range(j - 2, j - 5, -1) if doc[k].text == "("), None)
            j = opening if opening is not None and opening > sent.start else j  # "RBA (…)"
        prev = doc[j - 1] if j > sent.start else None
        if prev is None or (regional and not possessive and prev.ent_type_ != "ORG"):
            return  # "the AfDB | Director General for West Africa": the Bank's, as "AfDB's"
        if prev.lower_ in self.data.GOODWILL_WORDS:
            return  # "UNICEF Goodwill Ambassador X" leads nothing
        for ent in doc.ents:
            if possessive and ent.end == prev.i + 1 and ent.label_ == "PER" and len(ent) == 1:
                if role.predicate == "LEADS" and role.role_class in BODY_HEAD_CLASSES:
                    # "Julaya's founder and CEO, X": one word owning a head is a body
                    ent = Span(doc, ent.start, ent.end, label="ORG")
            if ent.end == prev.i + 1 and ent.label_ == "LOC" and self._owned_region(doc, ent):
                return  # "the foundation's | Africa | Director": the foundation's, below
            if ent.end == prev.i + 1 and ent.label_ in (("ORG",) if regional else ("ORG", "LOC")):
                if len(ent) == 1 and ent[0].lower_ in self.data.ORG_HEAD_WORDS and not possessive:
                    return  # "Group CEO", "Board chair": a word, not a name ("the Bank's" is)
                if role.role_class == "head_of_government" and self._country_ent(ent):
                    # "Mali's Prime Minister": the government, as "Premier ministre du Mali"
                    role.implicit = _government_of(ent, doc[role.start : role.end])
                    return
                role.org = ent
                if role.status == "current":  # "Outgoing | Moov Africa Togo | CEO X"
                    role.status = self._status(doc, ent.start, role.head_end)
                return
        if regional:
            if possessive and prev.is_title and prev.lower_ in self.data.ORG_HEAD_WORDS:
                if not prev.ent_type_:  # "the Bank's | Director General for West Africa"
                    role.org = Span(doc, prev.i, prev.i + 1, label="ORG")
            return
        if role.role_class == "minister" and self._portfolio_word(prev):
            role.implicit = self._portfolio_before(sent, prev)
        elif (
            role.role_class != "minister"
            and _proper_name_token(prev)
            and prev.lower_ not in self.titles  # "His Majesty | King X": no body
            and prev.lower_ not in self.data.TITLE_OPENERS  # "Special | Representative X"
            and prev.lower_ not in self.data.FUNCTION_ADJECTIVES  # "Medical | Director X"
            and not prev.like_num  # "its First | Deputy Speaker": a rank, no body
            and prev.lower_ not in self.data.DEPUTY_WORDS  # "Alternate | Executive Director"
        ):
            start = _untagged_name_start(doc, prev.i, sent.start)
            name = doc[start : prev.i + 1]
            # "Senegalese | director X": a nationality, no body
            nationality = len(name) == 1 and self.kb.is_demonym(prev.text)
            if not doc[start].ent_type_ and not grade_named(name, self.data) and not nationality:
                role.org = Span(doc, start, prev.i + 1, label="ORG")


def _untagged_name_start(doc: Doc, last: int, limit: int) -> int:
    """Where a name the model did not tag, ending at `last`, starts: up to three
    more proper-name words before it ("Safaricom | CEO X"), a hyphenated one counting
    as one ("EDM-SA | Board Chairman X")."""
    start, words = last, 0
    while start > limit and words < 3:
        if _proper_name_token(doc[start - 1]):
            start -= 1
        elif (
            start - 1 > limit
            and hyphen_joins(doc, start - 1)
            and _proper_name_token(doc[start - 2])
        ):
            start -= 2
        else:
            break
        words += 1
    return start


def _word_forms(span: Span) -> set[str]:
    """The span's words in lower case, as written and in the singular."""
    return {form for t in span for form in (t.lower_, singular(t.lower_))}


def anaphor(noun: Span) -> ImplicitOrg:
    """A body named again by its noun ("the hospital"): the one of that noun named
    before, found at article level."""
    return ImplicitOrg(name=noun.text.lower(), kind="anaphor", span=noun)


def _office_of(title: Span, body: Span, place: Span) -> ImplicitOrg:
    """A body's office in a place, which the title's holder heads."""
    return ImplicitOrg(name=title.text, kind="office", span=title, parent=body, country=place)


def _government_of(country: Span, title: Span) -> ImplicitOrg:
    """The government a head of government's title names by its country."""
    return ImplicitOrg(name=country.text, kind="government", span=title, country=country)


def _proper_name_token(token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper) and not token.ent_type_


def _without_term_acronym(span: Span) -> Span:
    """A name without the bracketed acronym the article defines for a title after it
    (« conseil d'administration | (PCA) » of « président du conseil … (PCA) »)."""
    doc = span.doc
    terms = doc.user_data.get(TERMS_KEY, ())
    if len(span) > 3 and span[-1].text == ")" and span[-3].text == "(" and span[-2].text in terms:
        return doc[span.start : span.end - 3]
    return span


def _bracketed(ent: Span) -> bool:
    """The name stands alone in brackets: "(UE)"."""
    doc = ent.doc
    return (
        ent.start > 0
        and ent.end < len(doc)
        and doc[ent.start - 1].text == "("
        and doc[ent.end].text == ")"
    )


def _first_org(complement: Span, ents: list[Span]) -> Span | None:
    """The first organisation or place of a complement; in "of Indonesia's
    National Disaster Management Agency" the possessive country is skipped."""
    doc = complement.doc
    for ent in ents:
        if ent.label_ not in ("ORG", "LOC"):
            continue
        possessive = ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s")
        if ent.label_ == "LOC" and possessive and any(e.start > ent.end for e in ents):
            continue
        if (
            ent.label_ == "LOC"
            and _modifier_place(doc, ent)
            and any(e.start > ent.end for e in ents)
        ):
            continue  # "Director of the | Dakar|-based Africa Office of the IFJ"
        return ent
    return None


def _modifier_place(doc: Doc, ent: Span) -> bool:
    """A place glued by a hyphen to a lower-case word ("Dakar-based", "Nairobi-headquartered"):
    an adjective of the noun after it."""
    k = ent.end
    return k + 1 < len(doc) and hyphen_joins(doc, k) and doc[k + 1].is_lower


# Relative words for a body's own ("the IOM, whose chief …", « l'OIM, dont le chef … »).
WHOSE_WORDS = frozenset({"whose", "dont"})


def root_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main verb."""
    return next((c for c in sent.root.children if c.dep_.startswith("nsubj")), None)


def root_agent(sent: Span) -> Token | None:
    """The agent of a sentence's passive main verb ("financed by | the Bank", « financé
    par | la Banque »): the noun after "by", or the one French marks as the agent."""
    for child in sent.root.children:
        if child.dep_ == "obl:agent":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


DATELINE_DASHES = frozenset({"–", "—", "-", "--"})


def _after_dateline(sent: Span) -> int:
    """Where a release's first sentence starts after its dateline ("MONTRÉAL, le 24 mars
    2026 – | Mines …"): a town in capitals, a comma, then a dash within ten words."""
    doc = sent.doc
    if not (
        doc[sent.start].is_upper and sent.start + 1 < sent.end and doc[sent.start + 1].text == ","
    ):
        return sent.start
    limit = min(sent.end - 1, sent.start + 12)
    dash = next((k for k in range(sent.start + 2, limit) if doc[k].text in DATELINE_DASHES), None)
    return sent.start if dash is None else dash + 1


def _before_bracket(sent: Span, i: int) -> int:
    """The word before the bracket token i is in ("Mines X inc. | (TSX: MBS)": the
    parse may take the bracket's word for the subject), else i."""
    doc = sent.doc
    for k in range(i - 1, max(sent.start, i - 4) - 1, -1):
        if doc[k].text == ")":
            return i
        if doc[k].text == "(":
            return k - 1 - (doc[k - 1].text == ".") if k - 1 > sent.start else i
    return i


def _ent_at(sent: Span, i: int) -> Span | None:
    """The sentence's entity covering token i."""
    return next((e for e in sent.ents if e.start <= i < e.end), None)


def _org_before_relative(doc: Doc, j: int, floor: int) -> Span | None:
    """The organisation a 'dont'/'whose' clause hangs on: 'L'IITA, dont le directeur …',
    '… Education Cannot Wait (ECW), dont la directrice …' (the long form first)."""
    fallback = None
    k = j - 1
    while k >= floor and j - k < 28:
        token = doc[k]
        if token.text == ")":  # step over "(ACRONYM)", keeping it as a fallback
            opening = next(
                (i for i in range(k - 1, max(floor - 1, k - 18), -1) if doc[i].text == "("), None
            )
            if opening is None:
                return None
            fallback = next(
                (e for e in doc.ents if opening < e.start < k and e.label_ == "ORG"), None
            )
            k = opening - 1
            continue
        if token.ent_type_ == "ORG":
            return next(e for e in doc.ents if e.start <= k < e.end)
        if token.ent_type_ == "LOC" and (seat := _seat_start(doc, k, floor)) is not None:
            k = seat  # "X University | in Daloa | , whose president": the seat's town
            continue
        if not token.ent_type_ and token.is_upper and token.is_alpha and len(token) >= 3:
            return Span(doc, k, k + 1, label="ORG")  # "KEMRI, whose director general is …"
        if not token.is_punct:
            break
        k -= 1
    return fallback


# Prepositions between a body and the town it sits in ("University in Daloa").
SEAT_PREPOSITIONS = frozenset({"in", "at", "à", "au"})


def _seat_start(doc: Doc, k: int, floor: int) -> int | None:
    """Where to look on from a place ending at k named as a body's seat: the token
    before its preposition, when that one ends a body's name (else None)."""
    place = next(e for e in doc.ents if e.start <= k < e.end)
    j = place.start - 1
    if j - 1 < floor or doc[j].lower_ not in SEAT_PREPOSITIONS or doc[j - 1].ent_type_ != "ORG":
        return None
    return j - 1


def _determiners(complement: Span, data: ModuleType) -> int:
    """How many prepositions and determiners open a complement ("of the | …")."""
    n = 0
    links = data.ROLE_PREPOSITIONS | data.DETERMINERS
    while n < len(complement) and complement[n].lower_ in links:
        n += 1
    return n


def _inside_named_org(doc: Doc, start: int, end: int) -> bool:
    """A role word inside an organisation's name ("Conseil présidentiel") is no role."""
    for ent in doc.ents:
        if ent.label_ in ("ORG", "LOC") and ent.start < start and end <= ent.end:
            return True
    return False


def _headed_name(complement: Span, first_ent: Span | None, data: ModuleType) -> Span | None:
    """An organisation's name the model did not tag, opened by a capitalised
    organisation noun ("Société nationale d'électricité du Sénégal", "Caisse des
    dépôts"): it runs to the end of the complement or to its bracketed acronym."""
    doc = complement.doc
    start = complement.start + _determiners(complement, data)
    if start >= complement.end or doc[start].ent_type_:
        return None
    first = doc[start]
    if not (first.is_title and first.lower_ in data.ORG_HEAD_WORDS) or first.lower_ in (
        data.UNIT_WORDS
    ):
        return None
    if first_ent is not None and first_ent.label_ == "ORG":
        return None  # "Banque mondiale" and its kind were tagged: that name wins
    end = next((t.i for t in doc[start : complement.end] if t.text == "("), complement.end)
    end = next((t.i for t in doc[start + 1 : end] if _covers_place(t, data)), end)
    return Span(doc, start, end, label="ORG") if end - start >= 2 else None


def _covers_place(token: Token, data: ModuleType) -> bool:
    """ "de la Banque | pour le Cameroun": 'for' and a place name what a post covers,
    not the body's name."""
    doc, k = token.doc, token.i + 1
    while k < len(doc) and doc[k].lower_ in data.DETERMINERS and k - token.i < 3:
        k += 1
    return (
        token.lower_ in FOR_WORDS
        and k < len(doc)
        and doc[k].ent_iob_ == "B"
        and doc[k].ent_type_ == "LOC"
    )


def _name_through_place(complement: Span, place: Span, data: ModuleType) -> Span | None:
    """An untagged capitalised name running into the place it is of: 'Croix-Rouge
    de Belgique', 'Banque centrale du Congo'."""
    doc = complement.doc
    k = place.start
    while k > complement.start and doc[k - 1].lower_ in ("de", "du", "des", "d'", "of", "the"):
        k -= 1
    start = k
    while start > complement.start and not doc[start - 1].ent_type_:
        token = doc[start - 1]
        capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
        if not (capitalised or token.text == "-"):
            break
        start -= 1
    while start < k and doc[start].text == "-":
        start += 1
    if start == k or k == place.start or only_place_kind(doc[start:k], data):
        return None  # "the Urban Municipality | of Toamasina": the place, no body's name
    return Span(doc, start, place.end, label="ORG")


def _unknown_name(complement: Span, data: ModuleType) -> Span | None:
    """A body the model did not tag, right after the role's preposition ("de la CAF",
    "of ANADER")."""
    doc = complement.doc
    start = complement.start + _determiners(complement, data)
    if start < complement.end - 1 and doc[start].text in data.KIND_ACRONYMS:
        start += 1  # "of the NGO | Green Youth"
    return untagged_name(doc, start, complement.end)


def _untagged_place(complement: Span, data: ModuleType) -> Span | None:
    """The place a territory's head governs, the model left untagged: one to three
    capitalised words right after the preposition (« maire des | Cayes »)."""
    doc = complement.doc
    start = complement.start + _determiners(complement, data)
    end = start
    while end < complement.end and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == start or doc[start:end].ents:
        return None
    return Span(doc, start, end, label="LOC")


def _starts_with_ent(complement: Span, ent: Span | None, data: ModuleType) -> bool:
    if ent is None or ent.label_ != "ORG":
        return False
    if all(t.lower_ in data.MINISTRY_DOMAINS for t in ent if t.is_alpha):
        return False  # "Cabinet Secretary for Health" with "Health" tagged ORG: a portfolio
    lead = [t for t in complement if t.i < ent.start]
    return all(t.lower_ in data.ROLE_PREPOSITIONS or t.lower_ in data.DETERMINERS for t in lead)


def _strip_trailing_link(doc: Doc, ent_start: int, floor: int, data: ModuleType) -> int:
    """End of a name before its 'à l'/de l'/of the' link to a larger body."""
    end = ent_start
    while end > floor + 1 and (
        doc[end - 1].lower_ in data.ROLE_PREPOSITIONS
        or doc[end - 1].lower_ in data.DETERMINERS
        or doc[end - 1].lower_ in data.PLACE_PREPOSITIONS
    ):
        end -= 1
    return end


def _coordinated_adjective(doc: Doc, i: int, limit: int) -> bool:
    """The conjunction at i joins two adjectives of one portfolio: "des Infrastructures
    maritimes | et portuaires", "des Ressources animales | et halieutiques"."""
    return (
        0 < i < limit - 1
        and doc[i - 1].pos_ == "ADJ"
        and doc[i + 1].pos_ == "ADJ"
        and doc[i + 1].is_lower
        and not doc[i + 1].ent_type_
    )


def _named(token: Token) -> bool:
    """A word of a proper name: capitalised, or an acronym in capitals."""
    return token.is_title or (token.is_upper and token.is_alpha and len(token) >= 2)
