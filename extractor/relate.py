"""Turn an article's resolved mentions and candidates into entities and relations."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from itertools import combinations

from extractor.assemble import (
    ArticleAssembler,
    RawMention,
    bare_body_nouns,
    dominant_country,
    is_city,
    short_hash,
    slug,
    span_offsets,
)
from extractor.components.relations import PRONOUN_HOLDER, Candidate
from extractor.components.roles import ImplicitOrg
from extractor.dates import month_in_time, normalise_date
from extractor.kb import KBEntry, normalise_name
from extractor.kb.names import government_name, singular
from extractor.lang import board_nouns, edition_acronym, get_lang_data, own_kind_nouns
from extractor.model import Entity, Extraction, Mention, Relation
from extractor.readers import guess_title
from extractor.resolve import (
    MentionResolver,
    embassy_id,
    ends_with_board_of,
    event_id,
    is_bare_board,
    name_key,
    strip_determiner,
    unit_key,
    unit_named,
)

# Bodies that are never "the body the article is about" for a bare title.
CONTEXT_EXCLUDED_IDS = ("org:ministry-", "org:government-", "gov:", "org:presidency-")


def _names_one(name: str) -> bool:
    """A body's own name, not a bare body noun: "Ecobank", "OMS", "Banque mondiale";
    not "le Conseil", "the Bank"."""
    words = strip_determiner(name).split()
    if len(words) > 1 or name.isupper():
        return True
    return bool(words) and words[0].lower() not in bare_body_nouns()


# The id of a body's office in a country: "org:office-q7817-q1028" (WHO in Morocco).
OFFICE_ID_RE = re.compile(r"^org:office-(q\d+)-(q\d+)$")
# "Minister of Public Works | (MINTP)": an acronym in brackets right after a portfolio
BRACKETED_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*\)")


class ExtractionBuilder:
    def __init__(self, asm: ArticleAssembler) -> None:
        self.asm = asm
        self.kb = asm.kb
        self.article = asm.article
        self.lang = asm.lang
        self.entities: dict[str, Entity] = {}
        self.by_offsets: dict[tuple[int, int], str] = {}
        self.relations: list[Relation] = []
        self._stated: dict[tuple[str, str, str, int], Relation] = {}
        self._country: KBEntry | None = None
        self._country_done = False

    def build(self) -> Extraction:
        resolver = MentionResolver(
            list(self.asm.mentions.values()),
            self.asm.acronyms,
            self.kb,
            self.lang,
            self.article.id,
        )
        # counted once the resolver has voted each form's type ("Maurice" is a place)
        resolver.country = self.article_country()
        resolver.type_home_places()
        unanchored = set()
        for cluster in resolver.clusters():
            entity = self._add_entity(resolver.entity(cluster), [m.key for m in cluster.mentions])
            if not resolver.anchored(cluster):
                unanchored.add(entity.id)
        self._events()
        successions: list[tuple[int, Candidate]] = []
        for offset, candidate in self.asm.candidates:
            if candidate.predicate == "SUCCEEDS":
                successions.append((offset, candidate))
            else:
                self._candidate(offset, candidate)
        for offset, candidate in successions:
            self._predecessor(offset, candidate)
        self._drop_unrelated(unanchored)
        self._offices()
        self._located_in()
        self._cooccurrence()
        return Extraction(
            article=self.article, entities=list(self.entities.values()), relations=self.relations
        )

    # --- entities ------------------------------------------------------------
    def _drop_unrelated(self, entity_ids: set[str]) -> None:
        """Entities that name nothing one could look up ('le Conseil' that no body
        owns) are kept only where a relation says who leads or belongs to them."""
        related = {r.subject for r in self.relations} | {r.object for r in self.relations}
        for entity_id in entity_ids - related:
            self.entities.pop(entity_id, None)
        self.by_offsets = {k: v for k, v in self.by_offsets.items() if v in self.entities}
        for entity in self.entities.values():  # an event's participants among them
            entity.participants = [p for p in entity.participants if p in self.entities]

    def _add_entity(self, entity: Entity, keys: list[tuple[int, int]]) -> Entity:
        existing = self.entities.get(entity.id)
        if existing is None:
            self.entities[entity.id] = entity
            existing = entity
        else:
            seen = {(m.start, m.end) for m in existing.mentions}
            existing.mentions += [m for m in entity.mentions if (m.start, m.end) not in seen]
            existing.aliases = sorted(set(existing.aliases) | set(entity.aliases))
            existing.mentions.sort(key=lambda m: m.start)
        for key in keys:
            self.by_offsets[key] = existing.id
        return existing

    def _named_ministry(self, name: str, entity_id: str) -> str | None:
        """'le ministre de la Santé publique' heads the 'ministère de la Santé
        publique, de la Population et des Affaires sociales' the article names: the
        one ministry of the same country whose portfolios open with the title's."""
        scope = entity_id.rsplit("-", 1)[-1]
        own = portfolios(name, self.lang)
        if not own or not only_portfolios(name, self.lang):
            return None  # "Minister of Education and Merit" is not "… of Education"
        found = [
            e.id
            for e in self.entities.values()
            if e.type == "ORG"
            and e.id != entity_id
            and e.id.startswith("org:ministry-")
            and e.id.endswith(f"-{scope}")
            and portfolios(e.name, self.lang)[: len(own)] == own
        ]
        return found[0] if len(found) == 1 else None

    def _named_alike(self, name: str) -> str | None:
        """ "the Director General of Customs" heads the "Directorate General of Customs
        (DGD)" the article names, however that one is keyed (by its acronym here)."""
        wanted = normalise_name(name)
        found = {
            e.id
            for e in self.entities.values()
            if e.type == "ORG" and any(normalise_name(n) == wanted for n in (e.name, *e.aliases))
        }
        return found.pop() if len(found) == 1 else None

    def _salient_org(self) -> str | None:
        """The organisation the article is about: named at least three times and twice
        as often as any other; no ministry or government, whose heads have titles of
        their own, no bare body noun ("le Conseil") and no board named alone (the
        company's own: "the Board")."""
        counts = sorted(((len(e.mentions), e.id) for e in self._context_bodies()), reverse=True)
        if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[1][0] * 2 > counts[0][0]):
            return None
        return counts[0][1]

    def _context_bodies(self) -> list[Entity]:
        return [
            e
            for e in self.entities.values()
            if e.type == "ORG"
            and not e.id.startswith(CONTEXT_EXCLUDED_IDS)
            and not is_ministry(e.name)  # one keyed by no portfolio: « ministère de l'Ashanti »
            and _names_one(e.name)  # a name, not "le Conseil"
            and not is_bare_board(e.name)  # the company's own: "the Board"
        ]

    def _first_body(self) -> str | None:
        """A short release's company, named twice or more and first of all, as often
        as any other ("Safaricom on Thursday announced … said Group Chief Executive
        Officer X")."""
        bodies = self._context_bodies()
        if not bodies:
            return None
        first = min(bodies, key=lambda e: min(m.start for m in e.mentions))
        others = [len(e.mentions) for e in bodies if e is not first]
        return first.id if len(first.mentions) > max(others, default=1) else None

    def _board_owner_kind(self, board) -> str | None:
        """The owner's kind a board's name gives ("Foundation Board", « conseil de
        fondation »: BOARD_OWNER_KINDS)."""
        kinds = get_lang_data(self.lang).BOARD_OWNER_KINDS
        return next((t.lower_ for t in board if t.lower_ in kinds), None)

    def _own_kind_title(self, title) -> bool:
        """ "le recteur sortant": a title heading one kind of body (see OWN_KIND_TITLES),
        whose body a release's first company is not; "M. X administrateur", "Mr X
        director": a board's member as often as a head (BARE_BOARD_TITLES)."""
        from extractor.lang import get_lang_data

        data = get_lang_data(self.lang)
        words = [t.lower_ for t in title if t.is_alpha]
        return bool(set(words) & data.OWN_KIND_TITLES) or words in (
            [w] for w in data.BARE_BOARD_TITLES
        )

    def _own_kind_body(self, title) -> str | None:
        """The one body of the kind a title heads that the article names ("the
        Vice-Chancellor": its one university, OWN_KIND_BODIES)."""
        nouns = own_kind_nouns(get_lang_data(self.lang), (t.text for t in title))
        bodies = [
            e.id for e in self._context_bodies() if nouns & set(e.name.lower().split())
        ]  # fmt: skip
        return bodies[0] if len(bodies) == 1 else None

    def _board_company_before(self, before: int) -> str | None:
        """ "The Board of Directors of Sahel Power SA has appointed … The Board also
        reappointed X as Chairman of the Board", « Le conseil d'administration de Sahel
        Power SA … »: a board named alone is the one named last with its company, and
        its chair chairs that company (the body named right after a board's name)."""
        text = self.article.text
        owned = [
            (m.start, e.id)
            for e in self.entities.values()
            if e.type == "ORG"
            for m in e.mentions
            if m.end <= before and ends_with_board_of(text[max(0, m.start - 60) : m.start])
        ]
        return max(owned)[1] if owned else None

    def _antecedent(self, noun: str, before: int) -> str | None:
        """The body named last before `before` whose name holds the noun ("the
        coalition" after "the Coalition for the Elimination of …"): one word of its
        names, singular or not, in either language's spelling."""
        wanted = {normalise_name(noun), singular(normalise_name(noun))}
        # « du ministère » stands for a ministry, which no other noun does
        excluded = tuple(p for p in CONTEXT_EXCLUDED_IDS if not _names_ministry(p, wanted))
        best: tuple[int, str] | None = None
        for entity in self.entities.values():
            if entity.type != "ORG" or entity.id.startswith(excluded):
                continue
            names = {entity.name, *entity.names.values(), *entity.aliases}
            words = {singular(w) for n in names for w in normalise_name(n).split()}
            if not words & wanted or not _names_one(entity.name) or is_bare_board(entity.name):
                continue  # a bare "Coalition" is no antecedent of "the coalition", nor a
                # bare "Board of Directors" of "the Board" (its company is, below)
            starts = [m.start for m in entity.mentions if m.end <= before]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), entity.id)
        if best is None and self._company_noun(noun):
            # "the airline's CEO": not a body named only as someone's past post before it
            found = self._last_company(before, past=True, unless_held=True)
            return self._described_as(noun, before) or found
        if best is None and noun.lower() in get_lang_data(self.lang).GENERIC_BODY_NOUNS:
            return self._last_body(before)  # "President of the institution": the one before
        if self._board_noun(noun):
            # « qui présidait le conseil » after « président du conseil d'administration
            # de l'ART »: the company whose board was named; else the article's company
            found = self._board_company_before(before)
            return found or (best[1] if best else self._last_company(before, past=True))
        return best[1] if best is not None else None

    def _body_named(self, form: str) -> str | None:
        """The organisation the article names with exactly this form elsewhere."""
        found = [
            e.id
            for e in self.entities.values()
            if e.type == "ORG" and any(m.text == form and not m.implicit for m in e.mentions)
        ]
        return found[0] if len(found) == 1 else None

    def _board_subject(self, office) -> bool:
        """ "The Board of Directors … elected as its Chair X" (the board itself stands
        for the office), « le conseil … a porté à sa présidence »: an office the board
        gives as its own (a possessive), a board's word before it in its sentence."""
        from extractor.lang import get_lang_data

        if self._board_noun(office[0].text):
            return True  # "the Board of Directors … elected as its Chair X": the board's
        if not any(t.lower_ in get_lang_data(self.lang).POSSESSIVES for t in office):
            return False
        before = office.doc[office.sent.start : office.start]
        return any(self._board_noun(t.text) for t in before)

    def _last_body(self, before: int) -> str | None:
        """The organisation named last before `before` (no ministry or government)."""
        named = [
            (m.start, e.id) for e in self._context_bodies() for m in e.mentions if m.end <= before
        ]
        return max(named)[1] if named else None

    def _board_noun(self, noun: str) -> bool:
        """ "board", « conseil »: the first word of a board's name."""
        return noun.lower() in board_nouns(get_lang_data(self.lang))

    def _described_as(self, noun: str, before: int) -> str | None:
        """ "Bénin Connect SA, Benin's second-largest mobile operator, …": the body an
        apposition describes with the noun, named last before (over any body named
        later that the noun does not describe)."""
        # the mention may leave out a legal form before the comma ("Bénin Connect | SA,")
        apposed = re.compile(
            rf"(?: [\w.]+)?,[^,.;()]{{0,60}}\b{re.escape(noun)}s?\b", re.IGNORECASE
        )
        named = [
            (m.start, e.id)
            for e in self._context_bodies()
            for m in e.mentions
            if m.end <= before and apposed.match(self.article.text, m.end)
        ]
        return max(named)[1] if named else None

    def _company_noun(self, noun: str) -> bool:
        return noun.lower() in get_lang_data(self.lang).COMPANY_NOUNS

    def _last_company(
        self, before: int, past: bool = False, unless_held: bool = False
    ) -> str | None:
        """ "who had led the operator": the body of the article's own named last before,
        none the knowledge base knows (companies are not in it); with `past`, none told
        as someone's past post (a board named alone after "X, former director general of
        the CNPS" is not the CNPS's), with `unless_held` unless someone holds it now."""
        leads = [r for r in self.relations if r.predicate == "LEADS"]
        past_posts = {r.object for r in leads if r.status == "former"} if past else set()
        if unless_held:
            past_posts -= {r.object for r in leads if r.status != "former"}
        named = [
            (max(starts), e.id)
            for e in self._context_bodies()
            if not e.wikidata and not unit_named(e.name) and e.id not in past_posts
            for starts in [[m.start for m in e.mentions if m.end <= before]]
            if starts
        ]
        return max(named)[1] if named else None

    def _entity_at(self, offset: int, span) -> str | None:
        return self.by_offsets.get(span_offsets(offset, span))

    def article_country(self) -> KBEntry | None:
        if not self._country_done:
            mentions = list(self.asm.mentions.values())
            self._country = dominant_country(mentions, self.kb, self.article.text)
            self._country_done = True
        return self._country

    def _implicit_entity(self, offset: int, implicit: ImplicitOrg) -> str | None:
        start, end = span_offsets(offset, implicit.span)
        if implicit.kind in ("country", "government"):
            entry = self._named_country(implicit) or (
                None if implicit.demonym or implicit.country else self.article_country()
            )
            if entry is None:
                return None
            if implicit.kind == "country":
                return self._kb_entity(entry, start, end)
            return self._government_entity(entry, start, end)
        if implicit.kind == "title_office":
            entry = self._named_country(implicit) or self.article_country()
            return self._title_office_entity(implicit.name, entry, start, end) if entry else None
        if implicit.kind == "embassy":
            return self._embassy_entity(offset, implicit, start, end)
        if implicit.kind == "office":
            return self._office_entity(offset, implicit, start, end)
        if implicit.kind == "context":
            owner_kind = self._board_owner_kind(implicit.span)
            if owner_kind is not None:  # "Chair of the Foundation Board": the foundation's
                return self._antecedent(owner_kind, start)
            found = self._salient_org() or self._board_company_before(start)
            own_kind = self._own_kind_title(implicit.span)
            found = found or (
                self._own_kind_body(implicit.span) if own_kind else self._first_body()
            )
            if found is None and any(self._company_noun(t.text) for t in implicit.span):
                found = self._last_company(start)  # « directeur général du groupe »
            if found is None and self._board_subject(implicit.span):
                # « Le conseil d'administration a porté à sa présidence Mme X, ancienne
                # directrice de la BHS »: the company named before, not her past one
                found = self._last_company(start, past=True)
            return found
        if implicit.kind == "anaphor":  # "The coalition is co-chaired by …"
            return self._antecedent(implicit.name, start)
        if implicit.kind == "named":  # "Director General of | Masen" untagged there
            return self._body_named(implicit.name)
        if implicit.kind == "body":  # a known body named by a title's adjective
            body = self.kb.lookup(implicit.name)
            return self._kb_entity(body, start, end) if body is not None else None
        name = _capitalise(strip_determiner(implicit.name))
        country = self._implicit_country(offset, implicit)
        if implicit.kind in ("unit", "directorate") and implicit.parent is not None:
            # an owner not found: the unit stays the article's own
            parent = (
                self._entity_at(offset, implicit.parent)
                or self._noun_antecedent(implicit.parent, start)
                or short_hash(self.article.id)
            )
            entity_id = f"org:{unit_key(name, parent, self.lang, self.kb)}"
        else:
            scope = (
                country.country.lower()
                if country is not None and country.country
                else (country.qid.lower() if country else short_hash(self.article.id))
            )
            key = ministry_key(name, self.lang) or self._unit_name_key(implicit, name)
            entity_id = f"org:{key or slug(name)}-{scope}"
            entity_id = self._named_ministry(name, entity_id) or entity_id
        if implicit.kind in UNIT_KINDS:
            entity_id = self._named_alike(name) or entity_id
        mention = self._implicit_mention(start, end)
        entity = Entity(
            id=entity_id,
            type="ORG",
            name=name,
            names={self.lang: name},
            aliases=[],
            mentions=[mention],
            country=country.qid if country is not None else None,
        )
        added = self._add_entity(entity, [(start, end)])
        if implicit.kind == "ministry":
            self._absorb_acronym(added, end)
        return added.id

    def _absorb_acronym(self, ministry: Entity, end: int) -> None:
        """ "the Minister of Public Works (MINTP)": the acronym bracketed right after the
        portfolio a ministry was read from names that ministry, here and wherever the
        article uses it again (its mentions join the ministry's)."""
        match = BRACKETED_ACRONYM_RE.match(self.article.text, end)
        acronym_id = self.by_offsets.get(match.span(1)) if match else None
        acronym = self.entities.get(acronym_id) if acronym_id else None
        if match is None or acronym is None or acronym.id == ministry.id:
            return
        if (
            acronym.type != "ORG"
            or acronym.wikidata
            or {m.text for m in acronym.mentions} != {match.group(1)}
        ):
            return  # a known body, or one the article names in full too
        seen = {(m.start, m.end) for m in ministry.mentions}
        ministry.mentions += [m for m in acronym.mentions if (m.start, m.end) not in seen]
        ministry.mentions.sort(key=lambda m: m.start)
        ministry.aliases = sorted(set(ministry.aliases) | {match.group(1)})
        del self.entities[acronym.id]
        self.by_offsets = {
            k: ministry.id if v == acronym.id else v for k, v in self.by_offsets.items()
        }
        renamed = {acronym.id: ministry.id}
        for relation in self.relations:
            relation.subject = renamed.get(relation.subject, relation.subject)
            relation.object = renamed.get(relation.object, relation.object)
        for entity in self.entities.values():  # an event's participants
            entity.participants = [renamed.get(p, p) for p in entity.participants]

    def _unit_name_key(self, implicit: ImplicitOrg, name: str) -> str | None:
        """A unit with no owner named keys by its words in either language ("Department
        of Political Affairs, Peace and Security" = « Département (Affaires politiques,
        à la Paix et à la Sécurité) »)."""
        return name_key(name, self.lang, self.kb) if implicit.kind in UNIT_KINDS else None

    def _named_country(self, implicit: ImplicitOrg) -> KBEntry | None:
        """The country a title names by its adjective ("French") or its name."""
        if implicit.demonym:
            return self._demonym_country(implicit.demonym)
        return self.kb.lookup(implicit.country.text) if implicit.country is not None else None

    def _demonym_country(self, demonym: str) -> KBEntry | None:
        """The country of a nationality; of one several countries share (« congolais »),
        the one the article names most (Brazzaville counts for the Republic of the Congo)."""
        entry = self.kb.country_of_demonym(demonym)
        if entry is not None:
            return entry
        candidates = frozenset(c.qid for c in self.kb.countries_of_demonym(demonym))
        if not candidates:
            return None
        mentions = list(self.asm.mentions.values())
        return dominant_country(mentions, self.kb, self.article.text, among=candidates)

    def _embassy_entity(
        self, offset: int, implicit: ImplicitOrg, start: int, end: int
    ) -> str | None:
        """One id per (sending, host) pair in every language: 'Embassy of Senegal in France'."""
        sending = self._named_country(implicit)  # "the French Ambassador to Senegal"
        if sending is None:
            return None
        host = self.kb.lookup(implicit.parent.text) if implicit.parent is not None else None
        names = {
            "en": embassy_name(sending, host, "en"),
            "fr": embassy_name(sending, host, "fr"),
        }
        # the id of an explicit "Ambassade de France au Sénégal" / "Delegation of the
        # European Union to Senegal" (extractor.resolve.embassy_key)
        entity_id = f"org:{embassy_id(sending, host)}"
        country = sending.qid if sending.type == "LOC" else None
        return self._named_body(entity_id, names, country, start, end)

    def _office_entity(
        self, offset: int, implicit: ImplicitOrg, start: int, end: int
    ) -> str | None:
        """A body's office in a country ('représentant de l'OMS au Cameroun'): one id per
        (body, country) in both languages, PART_OF the body."""
        if implicit.parent is None or implicit.country is None:
            return None
        parent_id = self._entity_at(offset, implicit.parent)
        parent_id = parent_id or self._noun_antecedent(implicit.parent, start)
        country = self.kb.lookup(implicit.country.text) or self._host_country(implicit.country)
        # a region the knowledge base does not hold: "l'Afrique de l'Ouest et du Centre"
        place = None if country is not None else self._entity_at(offset, implicit.country)
        if parent_id is None or (country is None and place not in self.entities):
            return None
        parent = self.entities.get(parent_id)
        own = parent.names if parent is not None else {}
        body = {lang: own.get(lang) or implicit.parent.text for lang in ("en", "fr")}
        where = self._place_names(country, place)
        names = {
            "en": f"{body['en']} office in {where['en']}",
            "fr": f"Bureau ({body['fr']}) — {where['fr']}",
        }
        place_id = country.qid if country is not None else str(place)
        entity_id = f"org:office-{slug(parent_id)}-{slug(place_id).lower()}"
        return self._named_body(entity_id, names, country.qid if country else None, start, end)

    def _host_country(self, place) -> KBEntry | None:
        """ "Representative of WHO | in the country": the article's country."""
        nouns = get_lang_data(self.lang).HOST_COUNTRY_NOUNS
        return self.article_country() if place.text.lower() in nouns else None

    def _noun_antecedent(self, noun, before: int) -> str | None:
        """The body named before that a bare noun stands for ("Country Manager of the
        Bank for …", « secrétaire général du ministère »); None for a name."""
        if len(noun) != 1 or not noun[0].is_alpha or noun[0].ent_type_:
            return None
        return self._antecedent(noun.text.lower(), before)

    def _place_names(self, entry: KBEntry | None, place_id: str | None) -> dict[str, str]:
        """A place's name in both languages, from the knowledge base or the article."""
        if entry is not None:
            return {lang: entry.names.get(lang, entry.name) for lang in ("en", "fr")}
        place = self.entities[str(place_id)]
        return {lang: place.names.get(lang, place.name) for lang in ("en", "fr")}

    def _named_body(
        self, entity_id: str, names: dict[str, str], country: str | None, start: int, end: int
    ) -> str:
        """An organisation the text names only through a role, with its names in both
        languages (a government, an embassy, an office); the first mention is kept."""
        if entity_id not in self.entities:
            entity = Entity(
                id=entity_id,
                type="ORG",
                name=names["en"],
                names=names,
                mentions=[self._implicit_mention(start, end)],
                country=country,
            )
            self._add_entity(entity, [(start, end)])
        return entity_id

    def _implicit_mention(self, start: int, end: int) -> Mention:
        """The role words an implicit organisation was read from (not a name mention)."""
        text = self.article.text[start:end]
        return Mention(text, start, end, self.asm.sentences.index_of(start), implicit=True)

    def _title_office_entity(self, office: str, country: KBEntry, start: int, end: int) -> str:
        """A country's office a title names ("Office of the Ombudsman (Senegal)"), one id
        in both languages."""
        en = country.names.get("en", country.name)
        where = {"en": en, "fr": country.names.get("fr", en)}
        names = {
            lang: f"{get_lang_data(lang).TITLE_OFFICE_NAMES[office]} ({where[lang]})"
            for lang in ("en", "fr")
        }
        return self._named_body(f"org:{office}-{slug(en)}", names, country.qid, start, end)

    def _government_entity(self, country: KBEntry, start: int, end: int) -> str:
        en = country.names.get("en", country.name)
        entity_id = f"org:government-{slug(en)}"
        names = {"en": government_name(en), "fr": f"Gouvernement ({country.names.get('fr', en)})"}
        return self._named_body(entity_id, names, country.qid, start, end)

    def _implicit_country(self, offset: int, implicit: ImplicitOrg) -> KBEntry | None:
        """A ministry's country, and a directorate's with no owner named: the one the
        title names, else the article's."""
        if implicit.kind not in ("ministry", "directorate"):
            return None
        if implicit.country is not None:
            entry = self.kb.lookup(implicit.country.text)
            if entry is not None and entry.type == "LOC":
                return entry
        if implicit.demonym:
            entry = self._demonym_country(implicit.demonym)
            if entry is not None or self.kb.countries_of_demonym(implicit.demonym):
                return entry  # a Congolese minister in an article naming no Congo: none
        return self.article_country()

    def _kb_entity(self, entry: KBEntry, start: int, end: int) -> str:
        if entry.qid in self.entities:
            return entry.qid
        mention = self._implicit_mention(start, end)
        entity = Entity(
            id=entry.qid,
            type=entry.type,
            name=entry.name,
            names=dict(entry.names),
            aliases=[],
            mentions=[mention],
            wikidata=entry.qid if entry.qid.startswith("Q") else None,
        )
        return self._add_entity(entity, [(start, end)]).id

    # --- relations -----------------------------------------------------------
    def _relation(
        self,
        subject: str,
        predicate: str,
        obj: str,
        sentence: int,
        rule: str,
        confidence: float,
        **extra,
    ) -> None:
        start, end = (
            self.asm.sentences.bounds[sentence]
            if self.asm.sentences.bounds
            else (0, len(self.article.text))
        )
        # one fact a sentence states once, though two rules read it (the acronym and the
        # long form, a title and an own office): the more confident rule's
        key = (subject, predicate, obj, sentence)
        same = self._stated.get(key)
        if same is not None and same.confidence >= confidence:
            return
        if same is not None:
            self.relations.remove(same)
        self.relations.append(
            Relation(
                subject=subject,
                predicate=predicate,
                object=obj,
                evidence=self.article.text[start:end],
                start=start,
                end=end,
                rule=rule,
                confidence=confidence,
                sentence=sentence,
                **extra,
            )
        )
        self._stated[key] = self.relations[-1]

    def _candidate(self, offset: int, c: Candidate) -> None:
        subject = self._side(offset, c.subject, c.implicit if c.predicate == "PART_OF" else None)
        obj = self._entity_at(offset, c.object) if c.object is not None else None
        sentence = self.asm.sentences.index_of(offset + c.sentence.start_char)
        if c.subject.label_ == PRONOUN_HOLDER:
            subject = self._person_before(sentence)
        if obj is None:
            obj = self._former_title_body(c, subject, sentence)
        if obj is None and c.implicit is not None and c.predicate != "PART_OF":
            obj = self._implicit_entity(offset, c.implicit)
        if subject is None or obj is None or subject == obj:
            return
        from extractor.lang import ROLE_CLASS_PROPERTY

        self._relation(
            subject,
            c.predicate,
            obj,
            sentence,
            c.rule,
            c.confidence,
            role=c.role,
            role_class=c.role_class,
            wikidata_property=ROLE_CLASS_PROPERTY.get(c.role_class or ""),
            status=c.status,
        )

    def _predecessor(self, offset: int, c: Candidate) -> None:
        """ "He succeeds Z": Z led before what the successor was last given to lead in a
        sentence before (one said with no "currently", PRESENT_ADVERBS); "He" is the
        one person the sentence before names."""
        sentence = self.asm.sentences.index_of(offset + c.sentence.start_char)
        before = self._entity_at(offset, c.subject)
        successor = self._entity_at(offset, c.object) if c.object is not None else None
        if successor is None and c.role:  # "The new Rector replaces Z"
            successor = self._holder_of_title(c.role, sentence)
        elif successor is None:
            successor = self._only_person_in(sentence - 1)
        if before is None or successor is None or before == successor:
            return
        leads = self._last_posts_before(sentence, lambda r: r.subject == successor)
        if not leads or self._post_told(before, sentence, {r.object for r in leads}):
            return
        told = {w.lower() for r in leads for w in re.findall(r"\w+", r.evidence)}
        if told & get_lang_data(self.lang).PRESENT_ADVERBS:
            return  # "X is currently Managing Director of A. He takes over from Z"
        for r in leads:
            self._relation(before, "LEADS", r.object, sentence, c.rule, c.confidence,
                           role=r.role, role_class=r.role_class,
                           wikidata_property=r.wikidata_property, status="former")  # fmt: skip

    def _post_told(self, person: str, sentence: int, posts: set[str]) -> bool:
        """The sentence tells a post the person held, or one of `posts`: "He succeeds Z,
        who led A until 2020" (not a new post: "Z, who moves to head B")."""
        return any(
            r.subject == person and r.sentence == sentence
            and (r.status == "former" or r.object in posts)
            for r in self.relations
        )  # fmt: skip

    def _last_posts_before(self, sentence: int, held: Callable[[Relation], bool]) -> list[Relation]:
        """The current LEADS facts `held` picks in the last sentence before `sentence`
        that has any."""
        posts = [
            r
            for r in self.relations
            if r.predicate == "LEADS" and r.status != "former" and r.sentence < sentence
            and held(r)
        ]  # fmt: skip
        last = max((r.sentence for r in posts), default=None)
        return [r for r in posts if r.sentence == last]

    def _former_title_body(self, c: Candidate, subject: str | None, sentence: int) -> str | None:
        """ "… in place of the outgoing Director General, Z": a former holder's title with
        no body named is the body its last holder told leads, unless the sentence gave Z
        a post already."""
        context = c.implicit is not None and c.implicit.kind == "context"
        if not context or c.status != "former" or not c.role or self._leads_in(subject, sentence):
            return None
        return self._body_of_title_before(c.role, sentence)

    def _leads_in(self, subject: str | None, sentence: int) -> bool:
        """The sentence already gave this subject a LEADS fact."""
        return any(
            r.predicate == "LEADS" and r.subject == subject and r.sentence == sentence
            for r in self.relations
        )

    def _body_of_title_before(self, title: str, sentence: int) -> str | None:
        """The one body the last current holder of a title told up to `sentence` leads:
        "Prof. X, Acting Director General of the CHU. … the outgoing Director General,
        Prof. Z" (Z led the CHU); « X, recteur de l'UNIKIN, a succédé à Z, rectrice de
        2019 à 2025 »."""
        bodies = {r.object for r in self._title_posts_before(title, sentence + 1)}
        return bodies.pop() if len(bodies) == 1 else None

    def _holder_of_title(self, title: str, sentence: int) -> str | None:
        """The one holder of the last current LEADS before `sentence` with the title
        ("Rector" of "Rector of the University of Dschang")."""
        holders = {r.subject for r in self._title_posts_before(title, sentence)}
        return holders.pop() if len(holders) == 1 else None

    def _title_posts_before(self, title: str, sentence: int) -> list[Relation]:
        """The last current LEADS before `sentence` whose title has the title's last word."""
        word = title.split()[-1].lower()
        return self._last_posts_before(sentence, lambda r: word in (r.role or "").lower().split())

    def _person_before(self, sentence: int) -> str | None:
        """A paragraph-opening pronoun's antecedent: the one person the last sentence
        before that names any names ("… the economist X has died. | Called into
        government in 1994, he …"), looking back over at most one sentence naming no one."""
        for before in range(sentence - 1, max(sentence - 3, -1), -1):
            if self._people_in(before):
                return self._only_person_in(before)
        return None

    def _people_in(self, sentence: int) -> set[str]:
        return {
            e.id
            for e in self.entities.values()
            if e.type == "PER" and any(m.sentence == sentence for m in e.mentions)
        }

    def _only_person_in(self, sentence: int) -> str | None:
        """The one person a sentence names, if it names exactly one, one who only
        chairs its meeting aside ("meeting under the chairmanship of Ms Y, the Board
        appointed Mr X …. He succeeds Z")."""
        people = self._people_in(sentence)
        presiding = {
            r.subject
            for r in self.relations
            if r.sentence == sentence and r.rule.startswith("under_leadership")
        }
        people = people - presiding or people
        return people.pop() if len(people) == 1 else None

    def _side(self, offset: int, span, implicit: ImplicitOrg | None) -> str | None:
        found = self._entity_at(offset, span)
        if found is None and implicit is not None:
            return self._implicit_entity(offset, implicit)
        return found

    # --- events --------------------------------------------------------------
    def _lead_date(self) -> str | None:
        """The day named by a weekday in the release's opening sentence, if any."""
        if not self.article.published:
            return None
        sentence = _opening_sentence(self.article.text, self.article.title)
        days = "|".join(get_lang_data(self.lang).WEEKDAYS)
        found = re.search(rf"\b({days})\b", sentence, re.IGNORECASE)
        return normalise_date(found.group(1), self.lang, self.article.published) if found else None

    def _events(self) -> None:
        groups: dict[str, list[RawMention]] = defaultdict(list)
        for mention in self.asm.events:
            name = mention.extra.get("long_form") or mention.text  # an acronym joins its name
            edition = mention.extra.get("edition")  # two COPs may share their long name
            key = strip_determiner(name) + (f" {edition}" if edition else "")
            groups[key.lower()].append(mention)
        for mentions in _bare_events_joined(groups).values():
            self._event_entity(mentions)

    def _event_entity(self, mentions: list[RawMention]) -> None:
        named = any(m.extra.get("named") for m in mentions)
        name = strip_determiner(max((m.text for m in mentions), key=len))
        edition = _edition_of(mentions)
        entity = Entity(
            id=f"event:{slug(edition)}"
            if edition
            else event_id(name, named, self.article.id, self.lang, self.kb),
            type="EVENT",
            name=name,
            names={self.lang: name},
            aliases=sorted({m.text for m in mentions}),
            mentions=[Mention(m.text, m.start, m.end, m.sentence) for m in mentions],
        )
        entity = self._add_entity(entity, [m.key for m in mentions])
        for m in mentions:
            self._event_facts(entity, m)

    def _event_facts(self, entity: Entity, m: RawMention) -> None:
        if entity.date is None and m.extra.get("date_text"):
            text, published, past = (
                m.extra["date_text"],
                self.article.published,
                bool(m.extra.get("past")),
            )
            date = normalise_date(text, self.lang, published, past)
            entity.date = month_in_time(date, text, published, past)
            if entity.date:
                self._relation(
                    entity.id, "HELD_ON", entity.date, m.sentence, "event_date_in_sentence", 0.8
                )
        if entity.date is None and not m.extra.get("date_text") and m.extra.get("past"):
            # "The signing ceremony was held …" with no date: the day the release's
            # opening sentence gives ("a lancé lundi …"), else the day of the release
            entity.date = self._lead_date() or self.article.published
            if entity.date:
                self._relation(
                    entity.id,
                    "HELD_ON",
                    entity.date,
                    m.sentence,
                    "event_past_publication_date",
                    0.6,
                )
        place = self.by_offsets.get(m.extra["place"]) if m.extra.get("place") else None
        if entity.place is None and place is not None:
            entity.place = place
            self._relation(entity.id, "HELD_IN", place, m.sentence, "event_place_in_sentence", 0.8)
        for key in m.extra.get("participants", []):
            participant = self.by_offsets.get(key)
            if participant and participant not in entity.participants:
                entity.participants.append(participant)
                self._relation(
                    participant, "PARTICIPATES_IN", entity.id, m.sentence, "participation_verb", 0.7
                )

    def _offices(self) -> None:
        """A body's office in a country, however named ("WHO Country Office in Morocco",
        "le bureau de l'OMS au Maroc"), is PART_OF that body and in that country."""
        stated = {(r.subject, r.object) for r in self.relations if r.predicate == "PART_OF"}
        for entity in list(self.entities.values()):
            found = OFFICE_ID_RE.match(entity.id)
            if found is None or not entity.mentions:
                continue
            # a unit's key lists its parts sorted ("office-q15-q182016": Africa, UNEP)
            entries = [self.kb.get(part.upper()) for part in found.groups()]
            body = next((e.qid for e in entries if e is not None and e.type == "ORG"), None)
            place = next((e for e in entries if e is not None and e.type == "LOC"), None)
            if body is None or place is None:
                continue
            if place.is_country:
                entity.country = entity.country or place.qid
            if body in self.entities and (entity.id, body) not in stated:
                sentence = entity.mentions[0].sentence
                self._relation(entity.id, "PART_OF", body, sentence, "office_of_body", 0.8)

    def _located_in(self) -> None:
        for entity in list(self.entities.values()):
            entry = self.kb.get(entity.id) if entity.type == "LOC" else None
            country = None
            if entry is not None and is_city(entry) and entry.country:
                country = self.kb.country_by_alpha2(entry.country)
            elif entity.type == "ORG" and entity.country:
                country = self.kb.get(entity.country)
            if country is not None and country.qid in self.entities and entity.mentions:
                rule = "kb_city_country" if entity.type == "LOC" else "implicit_ministry_country"
                self._relation(
                    entity.id, "LOCATED_IN", country.qid, entity.mentions[0].sentence, rule, 0.9
                )

    def _cooccurrence(self) -> None:
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for entity in self.entities.values():
            for m in entity.mentions:
                if not m.implicit:
                    by_sentence[m.sentence].add(entity.id)
        weights: dict[tuple[str, str], list[int]] = defaultdict(list)
        for sentence, ids in sorted(by_sentence.items()):
            for a, b in combinations(sorted(ids), 2):
                weights[(a, b)].append(sentence)
        for (a, b), sentences in sorted(weights.items()):
            self._relation(
                a, "MENTIONED_WITH", b, sentences[0], "same_sentence", 1.0, weight=len(sentences)
            )


def ministry_key(name: str, lang: str) -> str | None:
    """'ministère de la Santé et de l'Action sociale' and 'Ministry of Health and
    Social Action' -> 'ministry-health-action-social': one id in both languages."""
    from extractor.kb import normalise_name

    words = normalise_name(name).split()
    if words in (["tresor"], ["treasury"]):
        return "treasury"  # the Treasury is a country's, as its ministries are
    head = ministry_head(words)
    if head is None:
        return None
    plain = _ministry_domains(lang)
    # a portfolio in the plural is the same one: « des Solidarités », "of Transports"
    found = {plain.get(w) or plain.get(singular(w)) for w in words[head + 1 :]} - {None}
    if "foreign" in found:
        found.add("affairs")  # the "Foreign Minister" is the Minister of Foreign Affairs
        found.discard("relations")  # "External Relations" = "Foreign Affairs"
    else:  # "Consumer Affairs" = « Consommation », "Digital Affairs" = « Numérique »
        found.discard("affairs")
    if "civil-service" in found:
        found.discard("public")  # « Fonction publique » = "Civil Service" = "Public Service"
    keys = sorted(key for key in found if key)
    return "ministry-" + "-".join(keys) if keys else None


def ministry_head(words: list[str]) -> int | None:
    """Where 'ministère'/'ministry' stands among a normalised name's first three words
    ("Federal Ministry of Finance", "China's Ministry of …")."""
    return next((i for i, w in enumerate(words[:3]) if w in ("ministere", "ministry")), None)


def is_ministry(name: str) -> bool:
    """'ministère du Cadre de vie', "China's Ministry of …": a ministry, whatever
    its portfolio."""
    from extractor.kb import normalise_name

    return ministry_head(normalise_name(name).split()) is not None


def portfolios(name: str, lang: str) -> list[str]:
    """A ministry's portfolios in the order its name gives them."""
    from extractor.kb import normalise_name

    plain = _ministry_domains(lang) | _ministry_domains("en" if lang == "fr" else "fr")
    found = [plain[w] for w in normalise_name(name).split() if w in plain]
    return list(dict.fromkeys(found))


def only_portfolios(name: str, lang: str) -> bool:
    """Every content word of the name is a portfolio ('de la Santé publique')."""
    from extractor.kb import normalise_name
    from extractor.resolve import KEY_STOP_WORDS

    plain = _ministry_domains(lang)
    words = [w for w in normalise_name(name).split() if w not in KEY_STOP_WORDS]
    return all(w in plain or w in ("ministere", "ministry") for w in words)


@lru_cache(maxsize=4)
def _ministry_domains(lang: str) -> dict[str, str]:
    from extractor.kb import normalise_name
    from extractor.lang import get_lang_data

    return {normalise_name(k): v for k, v in get_lang_data(lang).MINISTRY_DOMAINS.items()}


def _bare_events_joined(groups: dict[str, list[RawMention]]) -> dict[str, list[RawMention]]:
    """'le forum' after 'le Forum africain de l'eau', 'the launch' after 'the launch of
    a microcredit service': an event noun alone is the one longer event of the article
    that holds it (none when two do); so is the start of one longer event's name
    (the headline's "un forum national" of the "Forum national sur la nutrition"), and
    its end ("the ministerial meeting" of the "EU-ASEAN Ministerial Meeting")."""
    for name in sorted(groups, key=len):
        holders = [other for other in groups if other != name and _holds(other, name)]
        if len(holders) == 1:
            groups[holders[0]] += groups.pop(name)
    return groups


def _edition_of(mentions: list[RawMention]) -> str | None:
    """The edition's acronym one of an event's mentions is ("COP28"), if any."""
    return next((m.text for m in mentions if edition_acronym(m.text)), None)


def _holds(longer: str, name: str) -> bool:
    if " " not in name:
        return name in longer.split()
    return longer.startswith(name + " ") or longer.endswith(" " + name)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def embassy_name(sending: KBEntry, host: KBEntry | None, lang: str) -> str:
    """'Embassy of Senegal in France' / 'Ambassade (Sénégal) — France'; a body such
    as the EU has a delegation."""
    body = sending.type == "ORG"
    kind = {"en": "Delegation" if body else "Embassy", "fr": "Délégation" if body else "Ambassade"}
    own = sending.names.get(lang, sending.name)
    where = f" — {host.names.get(lang, host.name)}" if host is not None else ""
    if lang == "en":
        where = f" in {host.names.get('en', host.name)}" if host is not None else ""
        return f"{kind['en']} of {'the ' if body else ''}{own}{where}"
    return f"{kind['fr']} ({own}){where}"


def _opening_sentence(text: str, title: str | None) -> str:
    """The first sentence of the body (the headline skipped), up to its first full stop."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    headline = title or guess_title(text)
    if len(paragraphs) > 1 and headline and paragraphs[0] == headline.strip():
        paragraphs = paragraphs[1:]
    return re.split(r"(?<=[.!?])\s", paragraphs[0], maxsplit=1)[0] if paragraphs else ""


# Implicit units keyed by their words ("Department of Political Affairs …", "Directorate
# of Financial Stability").
UNIT_KINDS = frozenset({"unit", "directorate"})


def _names_ministry(prefix: str, nouns: set[str]) -> bool:
    """The ministries' ids and a ministry's noun ("ministry", « ministère »)."""
    return prefix == "org:ministry-" and bool(nouns & {"ministry", "ministere"})
