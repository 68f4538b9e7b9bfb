"""Resolve one article's mentions to entities with canonical ids.

Order of evidence: the knowledge base (Wikidata ids, any language or
acronym), acronym definitions in the article, people's short names
("Ait Taleb", "M. Diallo" -> the full name met in the article), then the
normalised name (accent, case and article insensitive). Never across types.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.assemble import (
    GOVERNMENT_PREFIX,
    INSTITUTION_PREFIX,
    RawMention,
    mention_names,
    short_hash,
    slug,
)
from extractor.components.util import initials_fit
from extractor.kb import KBEntry, KnowledgeBase, normalise_name
from extractor.kb.names import government_name, singular
from extractor.kb.places import (
    place_country,
    speaks_english_and_french,
    subdivision_code,
    subdivision_in,
    subdivision_names,
)
from extractor.model import Entity, Mention


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class Cluster:
    mentions: list[RawMention] = field(default_factory=list)
    type: str = ""
    kb_id: str = ""


class MentionResolver:
    def __init__(
        self,
        mentions: list[RawMention],
        acronyms,
        kb: KnowledgeBase,
        lang: str,
        article_id: str,
        country=None,
    ) -> None:
        self.country = country  # the article's country, scoping national bodies
        self.kb = kb
        self.lang = lang
        self.article_id = article_id
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.acronyms = acronyms
        self.known_acronyms: dict[str, str] = {}  # set with the clusters
        self.countries: dict[str, KBEntry] = {}  # national bodies' ids -> their country
        defined = self._apply_definitions()
        self._vote_types(defined)
        self._link_kb(set(defined))

    def _definitions(self) -> dict[str, RawMention]:
        """The short forms this article defines ("Namibian Ports Authority (Namport)"),
        by text, with the mention in the brackets; and their long forms, with theirs
        (the title's "Ivoire Agro-Industries", tagged as a place, is the company)."""
        by_key = {m.key: m for m in self.mentions}
        found: dict[str, RawMention] = {}
        for short, long in self.acronyms:
            if short in by_key and long in by_key and by_key[short].type == by_key[long].type:
                found.setdefault(by_key[short].text, by_key[short])
                found.setdefault(by_key[long].text, by_key[long])
        return found

    def _apply_definitions(self) -> dict[str, str]:
        """The article's own definition of a short form beats the model's tag of its
        other mentions ("Namport would invest" as a place) and a knowledge-base body
        of the same acronym ("Deposit and Consignment Fund (CDC)" is no US CDC).
        Returns the defined forms' types, by normalised text, for the vote."""
        defined = self._definitions()
        for m in self.mentions:
            model = defined.get(m.text)
            if model is not None and m.type != "EVENT" and m.kb_id != model.kb_id:
                m.type, m.kb_id = model.type, model.kb_id
        return {normalise_name(text): m.type for text, m in defined.items()}

    def _vote_types(self, defined: dict[str, str]) -> None:
        """One type per surface form in an article: the majority of its mentions,
        unless the article defines the form."""
        votes: dict[str, Counter[str]] = {}
        for m in self.mentions:
            if m.type != "EVENT":
                votes.setdefault(normalise_name(m.text), Counter())[m.type] += (
                    1 if not m.kb_id else 3
                ) + (2 if m.extra.get("led") else 0)
        kb_forms = {normalise_name(m.text) for m in self.mentions if m.kb_id}
        for full in self._names_of_people_met_short(kb_forms):
            votes[full]["PER"] += 2  # "Lucía Mamani Condori" (ORG?) after "Ms Mamani" (PER)
        for part in self._name_parts() - kb_forms:
            if part in votes:
                # a first name or surname met in a full name here; a surname of several
                # words ("Solheim-Baptiste") outweighs every other tag of it
                votes[part]["PER"] += 2 if " " not in part else 1 + sum(votes[part].values())
        for norm, type_ in defined.items():
            if norm in votes:
                votes[norm][type_] += 1 + sum(votes[norm].values())
        companies = {n for n in votes if " " in n and n.rsplit(" ", 1)[1] in _legal_forms()}
        # "Bénin Connect SA" is a company, and so is the bare "Mines Boréal-Sahel" of a
        # release that names « Mines Boréal-Sahel inc. »
        for norm in companies | ({n.rsplit(" ", 1)[0] for n in companies} & votes.keys()):
            votes[norm]["ORG"] += 1 + sum(votes[norm].values())
        for m in self.mentions:
            if m.type != "EVENT" and not m.kb_id:
                m.type = _most_common_type(votes[normalise_name(m.text)])
        self._places_named_like_people(kb_forms)

    def _places_named_like_people(self, kb_forms: set[str]) -> None:
        """'Maurice' (Mauritius) tagged as a person, and left out of the knowledge
        base's patterns as a first name: a place when no person here bears that name."""
        parts = self._name_parts()
        for m in self.mentions:
            norm = normalise_name(m.text)
            if m.type != "PER" or m.kb_id or " " in norm or norm in parts | kb_forms:
                continue
            entry = self.kb.lookup(m.text)
            if entry is not None and entry.type == "LOC":
                m.type, m.kb_id = "LOC", entry.qid

    def type_home_places(self) -> None:
        """'Atacora', 'Tandjilé', 'Puno' tagged as a person or a body in an article about
        their own country: a town or region of it (GeoNames towns, ISO 3166-2), when it
        is no body's or person's name here and no common word of names."""
        code = self.country.country if self.country is not None else None
        if not code:
            return
        parts = self._name_parts()
        for m in self.mentions:
            norm = normalise_name(m.text)
            if m.type not in ("PER", "ORG") or m.kb_id or norm in parts:
                continue
            if m.text.isupper() and len(m.text) < 5:
                continue  # an acronym; "TOULON" in a dateline is long enough to be a town
            if len(norm.split()) > 3 or norm in _common_name_words(self.lang):
                continue
            if place_country(m.text) == code:
                m.type = "LOC"

    def _names_of_people_met_short(self, kb_forms: set[str]) -> set[str]:
        """Longer non-PER forms of which a person's mention is a short form."""
        from extractor.lang import get_lang_data

        heads = get_lang_data(self.lang).ORG_HEAD_WORDS
        short = {tuple(_words(m.text)) for m in self.mentions if m.type == "PER"}
        found = set()
        for m in self.mentions:
            norm = normalise_name(m.text)
            longer = _words(m.text)
            if m.type not in ("ORG", "LOC") or norm in kb_forms or not 2 <= len(longer) <= 5:
                continue
            if any(w in heads for w in longer) or not all(w[:1].isupper() for w in m.text.split()):
                continue
            if any(
                len(s) < len(longer) and _person_short_form(list(s), longer) for s in short if s
            ):
                found.add(norm)
        return found

    def _name_parts(self) -> set[str]:
        """First names and surnames of the article's multi-word person names."""
        parts: set[str] = set()
        for m in self.mentions:
            words = normalise_name(m.text).split()
            if m.type == "PER" and len(words) >= 2:
                parts.add(words[0])
                # every surname the name ends on ("Echeverría Solís" of "Juan Pablo
                # Echeverría Solís"), and the first of a double one ("Beltrán" of
                # "Liliana Beltrán Rojas")
                parts.update(" ".join(words[k:]) for k in range(1, len(words)))
                if len(words) >= 3:
                    parts.add(words[1])
        common = _common_name_words(self.lang)  # "Group" of a body the model took for one
        return {p for p in parts if not all(w in common for w in p.split())}

    def _link_kb(self, defined: set[str]) -> None:
        for m in self.mentions:
            if m.kb_id or m.type not in ("ORG", "LOC") or normalise_name(m.text) in defined:
                continue  # a form the article defines is what it says it is
            entry = self.kb.lookup(m.text)
            if entry is not None and entry.type == m.type:
                m.kb_id = entry.qid

    def clusters(self) -> list[Cluster]:
        uf = UnionFind()
        by_key = {m.key: m for m in self.mentions}
        for m in self.mentions:
            uf.find(m.key)
        self._union_same(uf)
        self._union_acronyms(uf, by_key)
        defined = {by_key[short].text for short, _ in self.acronyms if short in by_key}
        self._union_short_names(uf, defined)
        groups: dict = {}
        for m in self.mentions:
            groups.setdefault(uf.find(m.key), []).append(m)
        clusters = [self._cluster(ms) for ms in groups.values()]
        self.known_acronyms = _known_acronyms(clusters)
        return clusters

    def _union_same(self, uf: UnionFind) -> None:
        first: dict[tuple[str, str], RawMention] = {}
        for m in self.mentions:
            key = (m.type, "kb:" + m.kb_id) if m.kb_id else (m.type, normalise_name(m.text))
            if m.type == "EVENT" or not key[1] or self._named_body(m) is not None:
                continue  # each "the Committee" joins its own body, not its namesakes
            if key in first:
                uf.union(first[key].key, m.key)
            else:
                first[key] = m

    def _union_acronyms(self, uf: UnionFind, by_key) -> None:
        for short, long in self.acronyms:
            if short in by_key and long in by_key and by_key[short].type == by_key[long].type:
                uf.union(short, long)
                self._union_form(uf, by_key[short])

    def _union_form(self, uf: UnionFind, model: RawMention) -> None:
        for m in self.mentions:
            if m.text == model.text and m.type == model.type:
                uf.union(m.key, model.key)

    def _union_short_names(self, uf: UnionFind, defined: set[str]) -> None:
        """'Ait Taleb' / 'A. Diallo' / 'Commission' -> the one longer name they end or
        start; a short name the article defines ('("the Group")') is that body's only."""
        for m in self.mentions:
            if m.type not in ("PER", "ORG", "LOC") or m.kb_id or m.text in defined:
                continue
            target = self._longer_form(m) if m.type != "LOC" else None
            target = target or self._named_body(m) or self._place_named_by(m)
            if target is not None:
                uf.union(m.key, target.key)
                m.type = target.type

    def _place_named_by(self, m: RawMention) -> RawMention | None:
        """ "recalled that Taï, a World Heritage site": one word the model took for a
        person, no one's name in the article, and the name the one place whose longer
        name ends on it ("Taï National Park", « parc national de Taï ») goes by."""
        words = _words(m.text)
        if m.type != "PER" or len(words) != 1 or not m.text[:1].isupper():
            return None
        if any(
            o.type == "PER" and o is not m and words[0] in _words(o.text) for o in self.mentions
        ):
            return None  # "Mandela" of "Nelson Mandela"
        places = {
            normalise_name(o.text): o
            for o in self.mentions
            if o.type == "LOC" and len(_words(o.text)) > 1 and words[0] in _words(o.text)
        }
        return next(iter(places.values())) if len(places) == 1 else None

    def _named_body(self, m: RawMention) -> RawMention | None:
        """'la Banque', 'the Fund', "l'Organisation": a capitalised body noun alone
        stands for the nearest body named before with that noun in its name (or,
        when none is, the only one after)."""
        words = _words(m.text)
        nouns = _body_nouns(self.lang) | _company_nouns(self.lang)
        if len(words) != 1 or not m.text[:1].isupper() or words[0] not in nouns:
            return None
        named = [
            o
            for o in self.mentions
            if o.type == "ORG"
            and _words(o.text) != words  # the noun itself, or its other mentions
            and any(
                _names_with_noun(name, words[0]) for name in mention_names(o, self.kb, self.lang)
            )
            and not _board_owner(o.text, m.text)
        ]
        # "l'Union" is the Union africaine, not the Commission de l'Union africaine
        headed = [o for o in named if self._headed_by(o, words[0])]
        named = headed or named
        before = [o for o in named if o.start < m.start]
        if before:
            return max(before, key=lambda o: o.start)
        if not named and m.type == "ORG" and words[0] in _company_nouns(self.lang) - SUBSIDIARY:
            return self._company_before(m)  # "the Group's CEO" of "Atlantis Logistics"
        return named[0] if len({normalise_name(o.text) for o in named}) == 1 else None

    def _company_before(self, m: RawMention) -> RawMention | None:
        """The body of the article's own (none the knowledge base knows, no inner
        unit or board) named last before a company's noun no body's name holds."""
        before = [
            o
            for o in self.mentions
            if o.type == "ORG" and not o.kb_id and o.end <= m.start and len(_words(o.text)) > 1
            and not unit_named(o.text) and not _board_names().search(o.text)
        ]  # fmt: skip
        if not before:
            return None
        last = max(before, key=lambda o: o.start)
        if _words(m.text)[0] not in GROUP_NOUNS:
            return last
        # "the Group" after "Atlantis Logistics" and "Atlantis Logistics Cameroon": the parent
        parents = [o for o in before if _words(last.text)[: len(_words(o.text))] == _words(o.text)]
        return min(parents, key=lambda o: len(o.text))

    def _headed_by(self, m: RawMention, noun: str) -> bool:
        """Is the body noun the head of one of the mention's names: the first body noun
        of a French name, the last before any "of" of an English one ("African Union",
        "Bank of Ghana"; not "African Union Commission")."""
        nouns = _body_nouns(self.lang)
        for name in mention_names(m, self.kb, self.lang):
            words = _words(name)
            if self.lang == "en":
                words = words[: words.index("of")] if "of" in words else words
                words = words[::-1]
            if next((w for w in words if w in nouns), None) == noun:
                return True
        return False

    def _longer_form(self, m: RawMention) -> RawMention | None:
        words = _words(m.text)
        if m.type == "ORG":
            words = words[: len(words) - _legal_tail(words)]  # "OCP SA" is "OCP", of "OCP
            # Group" as much; "Sanaga Assurances S.A." is "Sanaga Assurances"
        if not words:
            return None
        found: dict[str, RawMention] = {}
        known_too = False  # a known body's name opens with the words too
        for other in self.mentions:
            if other.type != m.type or other.text == m.text:
                continue
            longer = _words(other.text)
            if len(longer) <= len(words):
                continue
            if m.type == "PER" and _person_short_form(words, longer):
                found.setdefault(" ".join(longer), other)
            elif m.type == "ORG" and self._short_org(words, longer):
                if other.kb_id:
                    known_too = known_too or not _owned_by(other.text, m.text)
                elif not _owned_by(other.text, m.text):
                    found.setdefault(" ".join(longer), other)
        if known_too and len(words) == 1:
            return None  # "the Bank" after "Bank of Ghana" and "Bank Workers Union": its head's
        if len(found) > 1 and m.type == "PER":
            return _fullest_name(found)  # "Okafor" of "Ngozi Okafor" = "Ngozi Adaeze Okafor"
        return next(iter(found.values())) if len(found) == 1 else None

    def _short_org(self, short: list[str], longer: list[str]) -> bool:
        """'Commission' of 'Commission de l'Union africaine', 'Kenya Red Cross' of
        'Kenya Red Cross Society', 'Leaders Coalition' of 'Health Works Leaders
        Coalition'; not 'Health Works', another name the coalition's opens with."""
        from extractor.relate import is_ministry

        nouns = _body_nouns(self.lang)
        if longer[: len(short)] == short:
            rest = longer[len(short) :]
            generic = all(w in SAME_BODY_WORDS or w in _legal_forms() for w in rest)
            generic = generic or "".join(rest) in _legal_forms()  # "S.A." as "s a"
            generic = generic or self._seat(rest)  # "Université Cheikh Anta Diop | de Dakar"
            generic = generic or self._host(short, rest)  # "Embassy of Japan | in Togo"
            generic = generic or self._owner(rest)  # "Commission sur le lien social | de l'OMS"
            # a body noun alone ("Commission"), a ministry named by its first portfolio
            # ("ministère de la Jeunesse"); not a parent's name ("Sonatel" of "Sonatel
            # Ventures")
            bare = len(short) == 1 and short[0] in nouns
            return bare or generic or is_ministry(" ".join(short))
        if longer[-len(short) :] == short and all(
            w in SAME_BODY_WORDS for w in longer[: -len(short)]
        ):
            return True  # "Groupe OCP"
        if len(longer) > len(short) and longer[-len(short) - 1] in _OWNER_LINKS:
            return False  # "Makerere University" owns the "Council of Makerere University"
        return len(short) >= 2 and longer[-len(short) :] == short and short[-1] in nouns

    def _owner(self, rest: list[str]) -> bool:
        """'de l'OMS', 'of the WHO': a known body the name ends on, its owner (the
        body named with its owner and without it is one: see `unit_key`)."""
        return self._named_after(rest, ("de", "du", "des", "d", "of"), "ORG", caps=True)

    def _host(self, short: list[str], rest: list[str]) -> bool:
        """An embassy named once with the country it is in and once without: one."""
        from extractor.lang import get_lang_data

        data = get_lang_data(self.lang)
        links = tuple(normalise_name(w) for w in data.HOST_PREPOSITIONS)
        return (
            bool(short)
            and short[0] in _embassy_nouns(self.lang)
            and self._named_after(rest, links, "LOC")
        )

    def _seat(self, rest: list[str]) -> bool:
        """'de Dakar', 'of Dakar': the place a body's name ends on ('Ecobank | Ghana',
        a place with no 'of', names a branch)."""
        return self._named_after(rest, ("de", "du", "d", "of"), "LOC")

    def _named_after(
        self, rest: list[str], links: tuple[str, ...], type_: str, caps: bool = False
    ) -> bool:
        """Do the words after a link ('de', 'of') name a known entry of this type? With
        `caps`, one word is also read as an acronym (the words come lower-cased)."""
        if not rest or rest[0] not in links:
            return False
        words = [w for w in rest if w not in KEY_STOP_WORDS]
        if not words:
            return False
        entry = self.kb.lookup(" ".join(words))
        if entry is None and caps and len(words) == 1:
            entry = self.kb.lookup_caps(words[0].upper())
        return entry is not None and entry.type == type_

    def anchored(self, cluster: Cluster) -> bool:
        """False for a body noun alone ('le Conseil', 'the Fund') that no body named
        in the article owns: it names nothing one could look up."""
        if cluster.kb_id or cluster.type != "ORG":
            return True
        nouns = _body_nouns(self.lang)
        return not all(
            len(words := _words(m.text)) == 1 and words[0] in nouns for m in cluster.mentions
        )

    def _cluster(self, mentions: list[RawMention]) -> Cluster:
        kb_ids = Counter(m.kb_id for m in mentions if m.kb_id)
        types = Counter(m.type for m in mentions)
        return Cluster(
            mentions=mentions,
            type=types.most_common(1)[0][0],
            kb_id=kb_ids.most_common(1)[0][0] if kb_ids else "",
        )

    # --- entities ------------------------------------------------------------
    def entity(self, cluster: Cluster) -> Entity:
        forms = [m.text for m in cluster.mentions if not m.implicit]
        name, names, wikidata, entity_id = self._identity(cluster, forms)
        return Entity(
            id=entity_id,
            type=cluster.type,
            name=name,
            names=names,
            aliases=sorted(set(forms)),
            wikidata=wikidata,
            mentions=[
                Mention(m.text, m.start, m.end, m.sentence)
                for m in sorted(cluster.mentions, key=lambda m: m.start)
                if not m.implicit
            ],
            country=self._country_of(cluster, entity_id),
        )

    def _country_of(self, cluster: Cluster, entity_id: str) -> str | None:
        """The country (QID) of a body whose id names it: a government or institution
        ("gov:Q1041", "inst:presidency:*") or a national body scoped by the article's
        country ("org:ministry-health-ma"). Cross-article resolution never joins
        bodies of two countries."""
        if cluster.kb_id.startswith((GOVERNMENT_PREFIX, INSTITUTION_PREFIX)):
            national = self._national_qid(cluster.kb_id)
            if national and "-" in national:  # a province's government: "CA-QC"
                country = self.kb.country_by_alpha2(national.split("-")[0])
                return country.qid if country is not None else None
            return national
        country = self.countries.get(entity_id)
        return country.qid if country is not None and not cluster.kb_id else None

    def _national_qid(self, kb_id: str) -> str | None:
        """The country a government's or institution's id names ("gov:Q1041",
        "inst:presidency:Q1019"); "*" is the article's country. None for other ids
        or when no country is known."""
        if not kb_id.startswith((GOVERNMENT_PREFIX, INSTITUTION_PREFIX)):
            return None
        qid = kb_id.rsplit(":", 1)[-1]
        if qid != "*":
            return qid
        return self.country.qid if self.country is not None else None

    def _identity(
        self, cluster: Cluster, forms: list[str]
    ) -> tuple[str, dict[str, str], str | None, str]:
        national = self._national_qid(cluster.kb_id)
        if national and cluster.kb_id.startswith(INSTITUTION_PREFIX):
            key = cluster.kb_id.split(":")[1]
            institution = self._institution(key, national)
            if institution is not None:
                return institution
        elif national:
            return self._government(national, forms)
        if cluster.kb_id.startswith("iso:") and (names := subdivision_names(cluster.kb_id[4:])):
            return names.get(self.lang, names["en"]), names, None, cluster.kb_id
        entry = self.kb.get(cluster.kb_id) if cluster.kb_id else None
        if entry is not None:
            return (
                entry.name,
                dict(entry.names),
                entry.qid if entry.qid.startswith("Q") else None,
                entry.qid,
            )
        name = self._canonical_form(cluster, forms)
        return name, {self.lang: name}, None, self._local_id(cluster, name, forms)

    def _local_id(self, cluster: Cluster, name: str, forms: list[str]) -> str:
        """National bodies are per country; a defined acronym names a body in
        both languages ("BNGRC"), ministries by their portfolio words."""
        prefix = cluster.type.lower()
        if cluster.type == "LOC":
            # a region's ISO 3166-2 code is the same in both languages: "Cap-Occidental"
            # and "Western Cape" are ZA-WC
            code = self._subdivision(name, forms)
            key = None if code else name_key(name, self.lang, self.kb, self.known_acronyms)
            return f"iso:{code}" if code else f"loc:{key or slug(name)}"
        if cluster.type != "ORG":
            return f"{prefix}:{slug(name)}"
        name, forms = self._without_legal_form(name), list(map(self._without_legal_form, forms))
        name = _without_group_word(name, forms)  # "Sonatel Group" = "Sonatel" = « groupe Sonatel »
        if (brand := _defined_brand(forms)) is not None:
            return f"org:{slug(brand)}"
        scoped = self._scoped_id(cluster, name, forms)
        if scoped is not None:
            entity_id, country = scoped
            self.countries[entity_id] = country
            return entity_id
        if (embassy := embassy_key(name, self.kb)) is not None:
            return f"org:{embassy}"
        acronym = self._international_acronym(cluster, name, forms)
        if acronym:
            return f"org:{slug(acronym)}"
        if (owner := _unit_owner(cluster, name)) is not None:
            return f"org:{unit_key(name, owner, self.lang, self.kb)}"
        key = name_key(name, self.lang, self.kb, self.known_acronyms)
        if key is not None and (owner := self._possessive_country(cluster)) is not None:
            # "Burkina Faso's Telecommunications Regulatory Authority" keys as
            # "Autorité de régulation des télécommunications du Burkina Faso"
            key = "-".join(sorted(set(key.split("-")) | {owner.qid.lower()}))
        if key is None and is_bare_board(name):
            # a board named without its body is this article's company's, not
            # every company's: "the Board of Directors"
            return f"{prefix}:{slug(name)}-{short_hash(self.article_id)}"
        return f"{prefix}:{key or self._body_noun_key(name) or slug(name)}"

    def _body_noun_key(self, name: str) -> str | None:
        """A body named by its capitalised noun alone keys as that noun in English
        (« le Conseil » = "the Council"), as its longer names do."""
        words = _words(strip_determiner(name))
        if len(words) != 1 or normalise_name(words[0]) not in _body_nouns(self.lang):
            return None
        parts = name_key_parts(words[0], self.lang, self.kb)
        return next(iter(parts)) if len(parts) == 1 else None

    def _subdivision(self, name: str, forms: list[str]) -> str | None:
        """A place's ISO 3166-2 code by any of its forms, its kind noun dropped
        ("région de Tambacounda"), an English compass word in French ("North Kivu"
        is Nord-Kivu); never for a sea or a river ("mer Rouge" is no governorate)."""
        names = [name, *forms]
        if any(w in WATER_WORDS for n in names for w in normalise_name(n).split()):
            return None
        bare = [_without_place_kind(n) for n in names]
        variants = [_french_compass(n) for n in bare] if self.lang == "en" else []
        found = next((c for c in map(subdivision_code, names + bare + variants) if c), None)
        return found or self._subdivision_of_country(names + bare + variants)

    def _subdivision_of_country(self, names: list[str]) -> str | None:
        """A region's name several countries use, in the article's country ("la région
        du Nord" of a Cameroonian release, "the North Region" of its English one)."""
        code = self.country.country if self.country is not None else None
        if not code:
            return None
        return next((c for c in (subdivision_in(n, code) for n in names) if c), None)

    def _without_legal_form(self, name: str) -> str:
        """'OCP SA', 'Marula Telecom Group plc': the name without its company form."""
        words = name.split()
        if len(words) > 1 and words[-1].lower().replace(".", "").strip(",") in _legal_forms():
            return " ".join(words[:-1]).rstrip(",")
        return name

    def _scoped_id(
        self, cluster: Cluster, name: str, forms: list[str]
    ) -> tuple[str, KBEntry] | None:
        """A national body's id and country: a ministry (of the country its name
        gives, "ministère chinois de …", "China's Ministry of …", or the article's),
        or a body the article defines by an acronym ("ONEE (Office national de
        l'électricité …)" and a bare "ONEE" in the other language)."""
        from extractor.relate import is_ministry, ministry_key

        country = self.country
        key = ministry_key(name, self.lang) or self._department_key(cluster, name)
        if key or is_ministry(name):
            owners = [m.extra["owner"] for m in cluster.mentions if "owner" in m.extra]
            country = self._country_named_in(" ".join([name, *owners])) or country
            key = key or name_key(name, self.lang, self.kb) or slug(name)
        elif (acronym := self._defined_acronym(forms)) and not self._owned_abroad(
            cluster, name, forms
        ):
            # "Agence nationale de la statistique du Mali (INSTAT)" is Mali's
            # whatever country the article is about, as "Mali's … (INSTAT)" is
            country = self._own_country(cluster, name) or country
            key = self._bilingual_key(acronym, forms, country) or slug(acronym)
        elif _national(name) and not self._international(name, forms):
            # "Agence nationale de l'aviation civile" of Benin, of Togo; not the
            # "Global Alliance of National Human Rights Institutions". The country
            # is the scope, not a word of the key: "Institut national de la
            # statistique du Mali" = "Mali's National Institute of Statistics"
            bare, named = self._country_at_end(name)
            named = named or self._possessive_country(cluster) or self._country_named_in(name)
            country = named or country
            key = _without_country(name_key(bare, self.lang, self.kb, self.known_acronyms), country)
        return (f"org:{key}-{_scope(country)}", country) if key and country else None

    def _department_key(self, cluster: Cluster, name: str) -> str | None:
        """ "South Africa's Department of Forestry, Fisheries and the Environment",
        "Canada's Department of Finance": a country's department of portfolios only is
        its ministry (« ministère des Forêts, de la Pêche et de l'Environnement »); not
        a body's department named without a country ("the Department of Agriculture,
        Rural Development, …" of the AU Commission)."""
        from extractor.lang import get_lang_data
        from extractor.relate import ministry_key, only_portfolios

        words = normalise_name(name).split()
        heads = get_lang_data(self.lang).DEPARTMENT_HEADS
        if len(words) < 3 or words[0] not in heads or words[1] != "of":
            return None
        if self._own_country(cluster, name) is None:
            return None
        ministry = " ".join(["ministry", *words[1:]])
        return ministry_key(ministry, "en") if only_portfolios(ministry, "en") else None

    def _bilingual_key(self, acronym: str, forms: list[str], country: KBEntry | None) -> str | None:
        """A body of a country that speaks English and French has a name, and often an
        acronym, in each ("Canadian Institutes of Health Research (CIHR)", « Instituts
        de recherche en santé du Canada (IRSC) »): its long form's key, the same in both
        languages, is its id. Elsewhere the body's one acronym stays in the other
        language's text ("Morocco's National Office of Electricity … (ONEE)") and is
        its id."""
        code = (country.country or "") if country is not None else ""
        longs = [f for f in forms if len(_words(f)) > 1 and self._spelled_by(acronym, f)]
        if not code or not longs or not speaks_english_and_french(code):
            return None
        key = name_key(max(longs, key=len), self.lang, self.kb, self.known_acronyms)
        return _without_country(key, country)

    def _spelled_by(self, acronym: str, long: str) -> bool:
        """Does the acronym spell the long form, in its own words or in those of its
        key ("Banque centrale des Seychelles (CBS)": Central, Bank, Seychelles)? An
        acronym that spells neither is a name of its own, the same in both languages."""
        if initials_fit(acronym, long):
            return True
        initials = Counter(
            self._key_initial(part) for part in name_key_parts(long, self.lang, self.kb)
        )
        letters = Counter(c for c in acronym.upper() if c.isalpha())
        return bool(letters) and letters == initials

    def _key_initial(self, part: str) -> str:
        """A key part's first letter; a known entry's ("q1042") is its English name's."""
        entry = self.kb.get(part.upper()) if re.fullmatch(r"q\d+", part) else None
        return (entry.name if entry is not None else part)[:1].upper()

    def _own_country(self, cluster: Cluster, name: str) -> KBEntry | None:
        """The country a body's name ends on, a possessive names before it, or its
        name's nationality ("Canadian Institutes of …", "Agence spatiale algérienne")."""
        found = self._country_at_end(name)[1] or self._possessive_country(cluster)
        return found or self._nationality_in(name)

    def _nationality_in(self, name: str) -> KBEntry | None:
        """The first country a word of the name names or is the nationality of
        ("U.S. President's …", "Initiative … américaine")."""
        for word in name.split():
            entry = self.kb.lookup(word.removesuffix("'s").removesuffix("’s"))
            if entry is not None:
                if entry.is_country:
                    return entry
                continue  # "Niger Basin": a name, no nationality
            if normalise_name(word) not in COMMON_WORD_DEMONYMS:
                country = self.kb.country_of_demonym(word)
                if country is not None:
                    return country
        return None

    def _possessive_country(self, cluster: Cluster) -> KBEntry | None:
        """The country a possessive names before the body ("Burkina Faso's …")."""
        for owner in (m.extra["owner"] for m in cluster.mentions if "owner" in m.extra):
            entry = self.kb.lookup(owner, self.lang)
            if entry is not None and entry.is_country:
                return entry
        return None

    def _country_at_end(self, name: str) -> tuple[str, KBEntry | None]:
        """ "Institut national de la statistique | du Mali": the name before the
        country it ends on, and that country (else the name and None)."""
        for link in _OF_LINK.finditer(name):
            tail = name[link.end() :].strip()
            entry = self.kb.lookup(tail, self.lang) if tail[:1].isupper() else None
            if entry is not None and entry.is_country:
                return name[: link.start()].strip(), entry
        return name, None

    def _owned_abroad(self, cluster: Cluster, name: str, forms: list[str]) -> bool:
        """A body of the world or of a region, or one an international body owns ("the
        European Commission's Humanitarian Aid Office (ECHO)"): no national body."""
        owners = [m.extra["owner"] for m in cluster.mentions if "owner" in m.extra]
        owner_ids = [m.extra["owner_id"] for m in cluster.mentions if "owner_id" in m.extra]
        if self._possessive_country(cluster) is not None:
            return False  # "Canada's International Development Research Centre (IDRC)"
        return self._international(name, forms + owners) or any(
            self._is_supranational(ident.lower()) for ident in owner_ids
        )

    def _defined_acronym(self, forms: list[str]) -> str | None:
        acronyms = sorted({f for f in forms if f.isupper() and 2 <= len(f) <= 10})
        if acronyms and (
            any(len(_words(f)) > 1 for f in forms) or all(f in acronyms for f in forms)
        ):
            return acronyms[0]
        return None

    def _international_acronym(self, cluster: Cluster, name: str, forms: list[str]) -> str | None:
        """ "African Ministers' Council on Water (AMCOW)": a body of a continent or of
        the world keeps its acronym as its id in every article and language."""
        acronym = self._defined_acronym(forms)
        return acronym if acronym and self._owned_abroad(cluster, name, forms) else None

    def _international(self, name: str, forms: list[str]) -> bool:
        """A long form naming a continent or region, the world, or an international
        body it belongs to ("Office d'aide humanitaire de la Commission européenne
        (ECHO)"): no national body."""
        for form in [name, *forms]:
            if len(_words(form)) < 2:
                continue
            parts = name_key_parts(form, self.lang, self.kb)
            if parts & INTERNATIONAL_PARTS or any(self._is_supranational(p) for p in parts):
                return True
        return False

    def _is_supranational(self, part: str) -> bool:
        """A region's part, or a body of the knowledge base that has no country."""
        ident = part.upper() if part[:1] == "q" else part.replace("loc-", "loc:", 1)
        entry = self.kb.get(ident)
        if entry is None:
            return False
        if entry.type == "ORG":
            return entry.country is None
        return entry.type == "LOC" and entry.kind == "region"

    def _country_named_in(self, name: str) -> KBEntry | None:
        """A country a body's name gives by its adjective or its name."""
        for word in _KEY_WORD.findall(_ELISION.sub("", name)):
            entry = self.kb.country_of_demonym(word) if word[:1].islower() else None
            entry = entry or (self.kb.lookup(word) if word[:1].isupper() else None)
            if entry is not None and entry.type == "LOC" and entry.kind not in NO_COUNTRY_KINDS:
                return entry
        return None

    def _canonical_form(self, cluster: Cluster, forms: list[str]) -> str:
        """The longest form (acronyms lose to long forms), determiners dropped."""
        candidates = [f for f in forms if not f.isupper()] or forms
        best = max(candidates, key=lambda f: (len(_words(f)), len(f)))
        return strip_determiner(best)

    def _institution(
        self, key: str, country_qid: str
    ) -> tuple[str, dict[str, str], str | None, str] | None:
        """'présidence de la République' of Senegal: 'Presidency of the Republic
        (Senegal)', one id in both languages; None when the country is unknown."""
        from extractor.lang import get_lang_data

        country = self.kb.get(country_qid)
        if country is None:
            return None
        names = {
            lang: f"{get_lang_data(lang).INSTITUTION_NAMES[key]} "
            f"({country.names.get(lang, country.name)})"
            for lang in ("en", "fr")
        }
        return names["en"], names, None, f"org:{key}-{slug(country.names.get('en', country.name))}"

    def _government(
        self, country_qid: str, forms: list[str]
    ) -> tuple[str, dict[str, str], str | None, str]:
        country = self.kb.get(country_qid)
        region = subdivision_names(country_qid) if country is None else {}
        en = country.names.get("en", country.name) if country else region.get("en", country_qid)
        fr = country.names.get("fr", en) if country else region.get("fr", en)
        name = government_name(en)
        names = {"en": name, "fr": f"Gouvernement ({fr})"}
        if self.lang == "fr" and forms:
            names["fr"] = strip_determiner(max(forms, key=len))
        return name, names, None, f"org:government-{slug(en)}"


def strip_determiner(text: str) -> str:
    lowered = text.lower()
    for det in ("l'", "l’", "le ", "la ", "les ", "the "):
        if lowered.startswith(det) and len(text) > len(det) + 1:
            return text[len(det) :].strip()
    return text.strip()


# A company's noun for the parent of the subsidiaries an article names.
GROUP_NOUNS = frozenset({"group", "groupe"})
# A subsidiary's noun names another company than the one before ("Filiale de la compagnie").
SUBSIDIARY = frozenset({"subsidiary", "filiale"})
# Nouns of a body's inner units: "who led the company" after "its Transmission and
# Dispatching Department" is the company's head, not the department's.
INNER_UNIT_NOUNS = frozenset(
    {"department", "division", "directorate", "unit", "service", "département", "direction"}
    | {"unité", "sous-direction"}
)


def unit_named(name: str) -> bool:
    """A name of a body's inner unit ("Transmission and Dispatching Department")."""
    return bool(INNER_UNIT_NOUNS & set(name.lower().split()))


def _owned_by(text: str, owner: str) -> bool:
    """ "Hydro-Québec's Center of Excellence" is Hydro-Québec's unit, not Hydro-Québec."""
    return text.startswith((owner + "'s", owner + "’s"))


def _board_owner(text: str, noun: str) -> bool:
    """'Bank' in 'Board of Directors of the Bank Group' names the board's owner,
    not the board."""
    board = _board_names().search(text)
    return board is not None and noun.lower() not in board.group(0).lower()


def _names_with_noun(text: str, noun: str) -> bool:
    """A name of several words, one of them the body noun or the noun in the other
    language's spelling ("The Institute" after "the Institut Pasteur de Dakar")."""
    words = _words(text)
    if len(words) < 2:
        return False
    english = _key_words("en+fr")
    return noun in words or english.get(noun, noun) in {english.get(w, w) for w in words}


def _words(text: str) -> list[str]:
    return list(_word_tuple(text))


@lru_cache(maxsize=65536)  # the resolver asks for the same mentions' words many times
def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(w for w in normalise_name(text).replace(".", " ").split() if w)


def _person_short_form(short: list[str], longer: list[str]) -> bool:
    """Surname suffix ('ait taleb' of 'khalid ait taleb'), initial + surname
    ('a diallo' of 'amina diallo'), or a lone first word ('tedros', 'liu')."""
    if longer[-len(short) :] == short:
        return True
    if len(longer) >= 3 and longer[1 : 1 + len(short)] == short:
        return True  # first surname of a double one: "Ospina" of "Valentina Ospina Gaitán"
    if len(longer) == 4 and longer[2 : 2 + len(short)] == short:
        return True  # after two given names: "Quintero" of "Hernán Darío Quintero Ospina"
    if len(short) >= 2 and longer[: len(short)] == short:
        return True  # given names: "Ahmad Faizal" of "Ahmad Faizal bin Hashim"
    if len(short) == 2 and len(longer) >= 3 and [longer[0], longer[-1]] == short:
        return True  # first and last names: "Ngozi Okafor" of "Ngozi Adaeze Okafor"
    if (
        len(short) >= 2
        and len(short[0]) == 1
        and longer[0].startswith(short[0])
        and longer[-len(short) + 1 :] == short[1:]
    ):
        return True
    # a lone first word: a given name used as address ("Tedros", "Fergal"), or a family
    # name written first ("Liu" of "Liu Wenhua"); the caller takes it only when one
    # person of the article has it
    return len(short) == 1 and longer[0] == short[0] and len(short[0]) >= 3


def _fullest_name(found: dict[str, RawMention]) -> RawMention | None:
    """The longest of several names, when every other is a short form of it: one
    person ("Ngozi Okafor", "Ngozi Adaeze Okafor"), not two ("Awa Ndiaye", "Moussa
    Ndiaye")."""
    fullest = max(found, key=lambda name: len(name.split()))
    words = fullest.split()
    others = [name.split() for name in found if name != fullest]
    return found[fullest] if all(_person_short_form(o, words) for o in others) else None


def event_id(name: str, named: bool, article_id: str, lang: str, kb: KnowledgeBase) -> str:
    """Named events are shared across articles and languages ("Forum africain de
    l'eau" = "African Water Forum"); described ones stay per article."""
    if not named:
        return f"event:{slug(name)}-{short_hash(article_id)}"
    return f"event:{name_key(name, lang, kb) or slug(name)}"


# Words a name's key leaves out in either language.
KEY_STOP_WORDS = frozenset(
    "a à au aux avec d dans de des du en et l la le les par pour sur "
    "and at by for in of on the to with".split()
)
_ELISION = re.compile(r"\b[ldLD]['’](?=\w)|['’]s\b")  # "l'Afrique", "UNDP's"
_KEY_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
# An ordinal is its number in every language: "29th" = "29e" = "29ème" = "1er" = "1st".
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th|e|er|re|ère|eme|ème|ᵉ)$", re.IGNORECASE)


NO_COUNTRY_KINDS = frozenset({"city", "capital", "region"})
# Words after a company's name that name the same company ("Bank of Ireland Group
# plc"); "Sonatel Foundation" is another body.
# The words before an owner's name ending a unit's ("Council of | the | X University").
_OWNER_LINKS = frozenset({"of", "de", "du", "des", "d", "the", "la", "le", "l"})
SAME_BODY_WORDS = frozenset(
    {"group", "groupe", "society", "holding", "holdings", "corporation", "company", "compagnie"}
)
GROUP_WORDS = frozenset({"group", "groupe"})
# Name key parts of bodies of the world, not of one country.
INTERNATIONAL_PARTS = frozenset({"international", "world", "global", "worldwide", "united-nations"})


NATIONAL_WORDS = frozenset({"national", "nationale", "nationaux", "nationales"})


# "of"/"de" and its determiner, before the place a body's name may end on.
_OF_LINK = re.compile(r"\b(?:(?:of|des|du|de)\b|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?")


def _defined_brand(forms: list[str]) -> str | None:
    """ "Société nationale d'électricité du Sénégal (Senelec)" and "Senegal's national
    electricity company (Senelec)": a company's one-word name, no word of the long
    form it defines, is its id in every language and article (the long forms are
    translations, the brand is not)."""
    longs = [f for f in forms if len(_words(f)) > 1]
    words = {w for f in longs for w in _words(f)}
    brands = sorted(
        f
        for f in forms
        if len(_words(f)) == 1
        and len(f) >= 4
        and f[:1].isupper()
        and f[1:].isalpha()
        and f[1:].islower()  # "Senelec"; not "RNCan", an acronym in mixed case
        and _words(f)[0] not in words
        and _words(f)[0] not in _body_nouns("en") | _body_nouns("fr")  # "the Institute"
    )
    return brands[0] if longs and brands else None


def _without_group_word(name: str, forms: list[str]) -> str:
    """ "Sonatel Group", "Groupe OCP": a company's name with its group word, when the
    article also names it without ("Sonatel"): the same company, keyed as that name
    in both languages (« le groupe Sonatel » keeps the word out in lower case)."""
    words = name.split()
    if len(words) < 2:
        return name
    for rest, word in ((words[:-1], words[-1]), (words[1:], words[0])):
        bare = " ".join(rest)
        if word.lower() in SAME_BODY_WORDS and any(f == bare for f in forms):
            return bare
        if word.lower() in GROUP_WORDS and len(rest) == 1 and _is_acronym_word(bare):
            return bare  # "OCP Group" = « le groupe OCP », named so alone
    return name


def _is_acronym_word(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _without_country(key: str | None, country: KBEntry | None) -> str | None:
    """A key without the country it is scoped by: "Institut national de la
    statistique du Mali" keys as "Mali's National Institute of Statistics"."""
    if key is None or country is None:
        return key
    parts = [p for p in key.split("-") if p != country.qid.lower()]
    return "-".join(parts) if len(parts) > 1 else key


@lru_cache(maxsize=1)
def _place_kind_pattern() -> re.Pattern[str]:
    """ "région de | Tambacounda", "Kédougou | region": a place's kind noun around it."""
    from extractor.lang import in_both_languages

    kinds = "|".join(sorted(map(re.escape, in_both_languages("PLACE_KIND_NOUNS")), key=len))
    return re.compile(
        rf"^(?:{kinds})\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)"
        rf"|\s+(?:{kinds})$",
        re.IGNORECASE,
    )


# Waters whose names are also regions' ("mer Rouge", "Red Sea" is a governorate of
# Egypt and a state of Sudan): named with the noun, the water.
WATER_WORDS = frozenset({"mer", "sea", "ocean", "fleuve", "river", "golfe", "gulf"})


def _without_place_kind(name: str) -> str:
    return _place_kind_pattern().sub("", name).strip()


def _french_compass(name: str) -> str:
    """ "North Kivu" -> "Nord Kivu": francophone regions keep their French compass
    word in English's ISO names."""
    from extractor.lang import get_lang_data

    first, _, rest = name.partition(" ")
    french = get_lang_data("en").COMPASS_IN_FRENCH.get(first.lower())
    return f"{french} {rest}" if french and rest else name


def _national(name: str) -> bool:
    """A body its name calls national: one per country."""
    return any(w in NATIONAL_WORDS for w in _words(name))


def _scope(country: KBEntry | None) -> str | None:
    return (country.country or country.qid).lower() if country is not None else None


def _known_acronyms(clusters: list[Cluster]) -> dict[str, str]:
    """Acronyms the article ties to a known body ("BID" after "Banque islamique de
    développement"): inside longer names they key as that body ("Groupe de la BID"),
    even where the acronym alone is ambiguous (BID is also the Inter-American Bank)."""
    return {
        m.text: cluster.kb_id
        for cluster in clusters
        if cluster.kb_id and cluster.type == "ORG"
        for m in cluster.mentions
        if m.text.isupper() and 2 <= len(m.text) <= 10 and " " not in m.text
    }


def name_key(
    name: str, lang: str, kb: KnowledgeBase, acronyms: Mapping[str, str] | None = None
) -> str | None:
    """One key for a body's or a place's name in French and in English: its content
    words in English (the language's NAME_WORDS), known names as their knowledge-
    base ids, sorted. 'Banque de réserve du Vanuatu' and 'Reserve Bank of Vanuatu'
    are both 'Q686-bank-reserve'. None for names of fewer than two words."""
    parts = name_key_parts(name, lang, kb, acronyms)
    office = _country_office(parts, kb)
    if office is not None:
        return office
    return "-".join(sorted(parts)) if len(parts) > 1 else None


# Words of a body's office in a country, once keyed ("bureau pays" = "Country Office").
COUNTRY_OFFICE_PARTS = frozenset({"office", "country", "pay"})


def _country_office(parts: set[str], kb: KnowledgeBase) -> str | None:
    """'WHO Country Office in Morocco', "bureau de l'OMS au Maroc": the key of the
    office a title's holder heads ("représentant de l'OMS au Maroc"), body then country."""
    if "office" not in parts:
        return None
    rest = [kb.get(part.upper()) for part in parts - COUNTRY_OFFICE_PARTS]
    if len(rest) != 2 or None in rest:
        return None
    body = next((e for e in rest if e is not None and e.type == "ORG"), None)
    place = next((e for e in rest if e is not None and e.type == "LOC"), None)
    if body is None or place is None or not place.is_country:
        return None
    return f"office-{body.qid.lower()}-{place.qid.lower()}"


# Words that open an embassy's or a delegation's name, in both languages.
EMBASSY_WORDS = {
    "ambassade": "embassy",
    "embassy": "embassy",
    "délégation": "delegation",
    "delegation": "delegation",
}
HOST_PREPOSITIONS = frozenset({"au", "aux", "en", "à", "in", "to", "auprès"})


def embassy_id(sending: KBEntry, host: KBEntry | None) -> str:
    """'embassy-q142-q1041': France's embassy in Senegal, not Senegal's in France."""
    kind = "delegation" if sending.type == "ORG" else "embassy"
    return f"{kind}-{sending.qid.lower()}-{host.qid.lower() if host else 'x'}"


def embassy_key(name: str, kb: KnowledgeBase) -> str | None:
    """An embassy's or a delegation's name as its (sending, host) pair, in that
    order: 'Ambassade d'Algérie en Tunisie', 'French Embassy in Tunisia'."""
    words = _KEY_WORD.findall(_ELISION.sub("", name))
    head = next((i for i, w in enumerate(words[:3]) if w.lower() in EMBASSY_WORDS), None)
    if head is None:
        return None
    where = next((i for i in range(head + 1, len(words)) if words[i] in HOST_PREPOSITIONS), None)
    sending = _first_known(words[:head] + words[head + 1 : where], kb)
    host = _first_known(words[where + 1 :], kb) if where is not None else None
    if sending is None or where is not None and host is None:
        return None
    return embassy_id(sending, host)


def _first_known(words: list[str], kb: KnowledgeBase) -> KBEntry | None:
    """The first country (by its name or its adjective) or known body in the words."""
    for i, word in enumerate(words):
        for size in (4, 3, 2, 1):
            entry = kb.lookup(" ".join(words[i : i + size])) if word[:1].isupper() else None
            if entry is not None and entry.type in ("ORG", "LOC"):
                return entry
        country = kb.country_of_demonym(word)
        if country is not None:
            return country
    return None


def _unit_owner(cluster: Cluster, name: str) -> str | None:
    """The known body a unit's name follows as a possessive ("UNEP's | Africa Office"),
    so the unit keys as when named with it ("Bureau Afrique du PNUE")."""
    owners = {m.extra["owner_id"] for m in cluster.mentions if "owner_id" in m.extra}
    if len(owners) != 1 or not set(_words(name)) & _unit_words():
        return None
    return owners.pop()


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    from extractor.lang import in_both_languages

    return frozenset(normalise_name(w) for w in in_both_languages("UNIT_WORDS"))  # as _words


def unit_key(name: str, owner_id: str, lang: str, kb: KnowledgeBase) -> str:
    """A unit named without its owner ("le Pôle régional" of the BID) keys as the
    unit named with it ("IsDB Regional Hub"): the name's parts and the owner's id."""
    owner = owner_id.lower().replace(":", "-")
    return "-".join(sorted(name_key_parts(name, lang, kb) | {owner}))


def name_key_parts(
    name: str, lang: str, kb: KnowledgeBase, acronyms: Mapping[str, str] | None = None
) -> set[str]:
    parts: set[str] = set()
    # both glossaries, the article's language last: an English text keeps French
    # names ("Université de Sherbrooke", "Palais Rénovation") and a French text
    # English ones ("Hydro-Québec Center")
    lang = "en+fr" if lang == "fr" else "fr+en"
    phrased = _phrase_pattern("NAME_PHRASES").sub(_phrase_word, name)
    words = [_ORDINAL.sub(r"\1", w) for w in _KEY_WORD.findall(_ELISION.sub("", phrased))]
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        country = kb.country_of_demonym(pair) if i + 1 < len(words) else None
        if country is not None:  # "South African" = "sud-africains"
            parts.add(country.qid.lower())
            i += 2
            continue
        known = _known_name_at(words, i, kb) if i + 1 < len(words) else None
        if known is not None:  # "Union européenne" = "European Union" = Q458
            parts.add(known[0])
            i += known[1]
            continue
        if acronyms and words[i] in acronyms:
            parts.add(acronyms[words[i]].lower().replace(":", "-"))
        else:
            _add_key_part(parts, words[i], lang, kb, split=True)
        i += 1
    return {singular(part) for part in parts}


def is_bare_board(name: str) -> bool:
    """'the Board of Directors', 'Conseil d'administration': a board named without
    its body, which is the article's company's."""
    return _board_names().fullmatch(name.strip()) is not None


def ends_with_board_of(text: str) -> bool:
    """'… The Board of Directors of ', « Le conseil d'administration de »: text ending
    on a board's name and the link to its body, the next name being that body."""
    return _board_of_link().search(text) is not None


@lru_cache(maxsize=1)
def _board_of_link() -> re.Pattern[str]:
    names = _board_names().pattern
    return re.compile(
        rf"{names}\s+(?:of|de|du|des|d['’])(?:\s*(?:the|la|le|l['’]))?\s*$", re.IGNORECASE
    )


def _board_names() -> re.Pattern[str]:
    """The names of boards of both languages ("Board of Directors"); the pattern is
    cached by `_phrase_pattern`."""
    return _phrase_pattern("BOARD_NAMES")


@lru_cache(maxsize=1)
def _feature_nouns() -> frozenset[str]:
    """Nouns of natural features in both languages, as keys read them ("cap", "mont")."""
    from extractor.lang import in_both_languages

    return frozenset(map(normalise_name, in_both_languages("FEATURE_NOUNS_BEFORE")))


@lru_cache(maxsize=2)
def _phrase_pattern(table: str) -> re.Pattern[str]:
    """One pattern for a phrase table of both languages, longest phrases first."""
    names = sorted(_phrase_table(table), key=len, reverse=True)
    pattern = "|".join(re.escape(n).replace("'", "['’]") for n in names)
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


@lru_cache(maxsize=2)
def _phrase_table(table: str) -> dict[str, str]:
    from extractor.lang import SUPPORTED, get_lang_data

    return {k: v for lang in SUPPORTED for k, v in getattr(get_lang_data(lang), table).items()}


def _phrase_word(match: re.Match[str]) -> str:
    """'Board of Directors', "conseil d'administration", 'lutte contre': the words
    a name's key reads for the phrase."""
    return _phrase_table("NAME_PHRASES")[match.group(0).lower().replace("’", "'")]


# The longest knowledge-base name read inside a longer name, in words: "Groupe de la
# Banque africaine de développement" (7) inside its board's name.
KNOWN_NAME_WORDS = 7


def _known_name_at(words: list[str], i: int, kb: KnowledgeBase) -> tuple[str, int] | None:
    """A knowledge-base name of two to KNOWN_NAME_WORDS words at word i, the
    first capitalised: its id and its length."""
    if not words[i][:1].isupper():
        return None
    for size in range(min(KNOWN_NAME_WORDS, len(words) - i), 1, -1):
        entry = _lookup_elided(words[i : i + size], kb)
        # not a region: "West and Central Africa" = "Afrique de l'Ouest et du Centre"
        # only word by word
        if entry is not None and entry.type in ("ORG", "LOC") and entry.kind != "region":
            return entry.qid.lower().replace(":", "-"), size
    return None


def _lookup_elided(words: list[str], kb: KnowledgeBase) -> KBEntry | None:
    """A knowledge-base name from its key words, the elided article the words lost
    put back before a vowel ("Commission de | Union africaine" is "Commission de
    l'Union africaine")."""
    entry = kb.lookup(" ".join(words))
    if entry is None and len(words) == 2 and words[1][:1].lower() in _VOWELS:
        entry = kb.lookup(f"{words[0]} d'{words[1]}")  # "Côte | Ivoire": Côte d'Ivoire
    if entry is not None or "de" not in words[1:-1]:
        return entry
    restored = [
        f"l'{w}" if k and words[k - 1] == "de" and w[:1].lower() in _VOWELS else w
        for k, w in enumerate(words)
    ]
    return kb.lookup(" ".join(restored)) if restored != words else None


_VOWELS = frozenset("aeiouyéèêàâîôûh")


# Nationalities that are also common words of names: "Pôle régional" is a hub.
COMMON_WORD_DEMONYMS = frozenset({"pole", "poles"})


def _add_key_part(parts: set[str], word: str, lang: str, kb: KnowledgeBase, split: bool) -> None:
    """One word of a name as its key part: a knowledge-base id, its English form,
    or itself; a compound no table knows, word by word ("sud-africains")."""
    plain = normalise_name(word)
    if not plain or plain in KEY_STOP_WORDS:
        return
    words = _key_words(lang)
    # a feature noun names no place alone: "Cap Bon" is no "Le Cap" (Cape Town)
    entry = kb.lookup(word) if word[:1].isupper() and plain not in _feature_nouns() else None
    short = word.isupper() or any(c.isupper() for c in word[1:])  # "OMS", "IsDB"
    country = (
        kb.country_of_demonym(word)
        if entry is None and not short and plain not in COMMON_WORD_DEMONYMS
        else None
    )
    # a known body's one-word name no glossary holds: "Afreximbank", as its acronym is
    named = entry is not None and entry.type == "ORG" and word.istitle() and plain not in words
    if entry is not None and (entry.type == "LOC" or short or named):
        parts.add(entry.qid.lower().replace(":", "-"))  # "Vanuatu", "OMS" = "WHO"
    elif country is not None:
        parts.add(country.qid.lower())  # "marocaine" = "Moroccan" = "Maroc"
    elif (place := _place_of_adjective(plain, lang, kb)) is not None:
        parts.add(place)  # "africain" = "Africa" = Q15
    elif plain in words:
        parts.add(words[plain])
    elif split and "-" in word:
        for piece in word.split("-"):
            _add_key_part(parts, piece, lang, kb, split=False)
    else:
        parts.add(plain.replace(" ", "-"))


def _place_of_adjective(word: str, lang: str, kb: KnowledgeBase) -> str | None:
    """A continent's or region's adjective ("africaine", "Asian") as the place's key."""
    place = _place_adjectives(lang).get(word)
    entry = kb.lookup(place) if place else None
    return entry.qid.lower().replace(":", "-") if entry is not None else None


@lru_cache(maxsize=4)
def _place_adjectives(lang: str) -> dict[str, str]:
    from extractor.lang import get_lang_data

    table: dict[str, str] = {}
    for part in lang.split("+"):
        adjectives = get_lang_data(part).PLACE_ADJECTIVES
        table.update({normalise_name(k): v for k, v in adjectives.items()})
    return table


@lru_cache(maxsize=4)
def _embassy_nouns(lang: str) -> frozenset[str]:
    from extractor.lang import get_lang_data

    return frozenset(normalise_name(w) for w in get_lang_data(lang).EMBASSY_NOUNS)


def _legal_tail(words: list[str]) -> int:
    """How many last words of a name are its company form: "sa", "plc", and letters
    written with stops ("S.A." as "s a", "S.A.R.L." as "s a r l"), leaving one word."""
    if len(words) > 1 and words[-1] in _legal_forms():
        return 1
    letters = 0
    while letters < len(words) - 1 and len(words[-1 - letters]) == 1:
        letters += 1
    for n in range(letters, 1, -1):
        if "".join(words[-n:]) in _legal_forms():
            return n
    return 0


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    from extractor.lang import in_both_languages

    return in_both_languages("LEGAL_FORMS")


@lru_cache(maxsize=4)
def _common_name_words(lang: str) -> frozenset[str]:
    """Body nouns and glossary words: names no region takes ("Est", "Centre")."""
    from extractor.lang import get_lang_data

    data = get_lang_data(lang)
    words = data.ORG_HEAD_WORDS | set(getattr(data, "NAME_WORDS", {}))
    return frozenset(normalise_name(w) for w in words)


def _body_nouns(lang: str) -> frozenset[str]:
    """Nouns a body is named by ("Banque", "Fund"), normalised."""
    return _normalised_words(lang, "ORG_HEAD_WORDS", "BODY_NOUNS")


def _company_nouns(lang: str) -> frozenset[str]:
    """Nouns a company is named again by ("the Group", « la Société »), normalised."""
    return _normalised_words(lang, "COMPANY_NOUNS")


@lru_cache(maxsize=8)
def _normalised_words(lang: str, *tables: str) -> frozenset[str]:
    """A language's word tables, as `normalise_name` spells their words."""
    from extractor.lang import get_lang_data

    data = get_lang_data(lang)
    return frozenset(normalise_name(w) for table in tables for w in getattr(data, table))


@lru_cache(maxsize=4)
def _key_words(lang: str) -> dict[str, str]:
    from extractor.lang import get_lang_data

    words: dict[str, str] = {}
    for part in lang.split("+"):  # "en+fr": the French table over the English one
        data = get_lang_data(part)
        words.update({normalise_name(k): v for k, v in getattr(data, "NAME_WORDS", {}).items()})
    return words


# On a tie of the mentions' types, the first of these: a name read once as a body and
# once as a place or a person (a title-case headline's "Teranga Mobile :") is a body's.
TYPE_TIE_ORDER = ("ORG", "EVENT", "PER", "LOC")


def _most_common_type(types: Counter[str]) -> str:
    top = max(types.values())
    tied = [t for t, n in types.items() if n == top]
    return min(tied, key=lambda t: TYPE_TIE_ORDER.index(t) if t in TYPE_TIE_ORDER else 99)
