"""Cross-article entity resolution, applied to an extraction before it is stored.

Ids in an Extraction are already canonical for their article (Wikidata id or a
deterministic `<type>:<slug>`). Across articles, three rules, in order:

1. curators' merges and splits (stored, re-applied at every ingest);
2. a person known only by a short form ("Diallo", "A. Diallo", "Ait Taleb")
   goes to the one stored person whose full name ends with that form (and, if
   the article ties the person to an organisation, who is tied to it too);
3. a person with a full name goes to the stored person of the same name after
   accent, hyphen and apostrophe normalisation, unless the contexts conflict:
   both lead, currently, organisations that are surely different (two distinct
   knowledge-base ids, or bodies of two different countries). A namesake in
   conflict gets its own id, `<id>@<organisation id>`, which later articles
   tying the name to that organisation reach too;
4. an organisation without a knowledge-base id whose full name, or whose
   acronym when it has no full name, equals a name or alias of exactly one
   stored organisation goes to that organisation; an acronym only when it was
   seen in an article of the same language ("BAD" in French is the African
   Development Bank, not whatever "BAD" stands for in English); a stored id
   whose country differs from the article's body gets `<id>@<country>`;
5. spelling variants (rapidfuzz): a full-named person, or an organisation
   without a knowledge-base id, whose name is a close variant of exactly one
   stored entity's of the same type goes to it; see `is_variant` for the
   guards, and `_compatible_*` for the context ones.

Never across types; an organisation or short-named person whose id is already
in the store is left alone (curators fix those with `Store.merge`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import Levenshtein

from extractor.model import Entity, Extraction

KB_ID = re.compile(r"^Q[1-9][0-9]*$")
ORG_LINKS = ("LEADS", "MEMBER_OF")
# Spelling variants: token-sort ratio at least this, and few edits in all.
FUZZY_MIN_RATIO = 92.0
FUZZY_MAX_EDITS = 2
FUZZY_MIN_LENGTH = 8  # shorter names give unstable ratios ("Sall"/"Salt")
# Words that start a surname rather than a first name: "Ait Taleb", "El Amrani", "van Dijk".
SURNAME_PARTICLES = frozenset(
    "abu ait al ben bin bou da de del della der des di dos du el ibn la le mac ould van von".split()
)
_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l')")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/,;:()\[\]\"«»“”]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_INITIAL = re.compile(r"^[a-z]$")


@lru_cache(maxsize=65536)  # the same names come back article after article
def _local_norm(name: str) -> str:
    """Casefold, no accents, one apostrophe, no dots, single spaces, no leading article."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = _SEPARATORS.sub(" ", text.replace(".", "")).strip()
    return _LEADING_ARTICLE.sub("", text).strip()


def _pick_norm() -> Callable[[str], str]:
    """The knowledge base's normalisation when it is there: one key for the whole project."""
    try:
        from extractor.kb.names import normalise_name
    except ImportError:
        return _local_norm
    return normalise_name


normalise: Callable[[str], str] = _pick_norm()


def is_kb_id(entity_id: str) -> bool:
    return bool(KB_ID.match(entity_id))


@lru_cache(maxsize=65536)
def is_acronym(name: str) -> bool:
    """'OMS', 'UNICEF', 'AfDB', 'G20': one word, mostly capitals."""
    word = name.strip().replace(".", "")
    letters = [char for char in word if char.isalpha()]
    upper = sum(char.isupper() for char in letters)
    if not (2 <= len(word) <= 12) or " " in word or not letters or not word[0].isupper():
        return False
    return upper == len(letters) or (upper >= 2 and upper * 2 >= len(letters))


def name_tokens(name: str) -> list[str]:
    return _local_norm(name).replace("'", " ").split()


def is_full_name(tokens: list[str]) -> bool:
    """A first name then a surname: 'Amina Diallo', not 'A. Diallo' or 'Ait Taleb'."""
    return len(tokens) >= 2 and not _INITIAL.match(tokens[0]) and tokens[0] not in SURNAME_PARTICLES


def short_form_of(short: list[str], full: list[str]) -> bool:
    """Whether `short` ('diallo', 'a diallo', 'ait taleb') names the person `full`."""
    if not short or not is_full_name(full):
        return False
    if _INITIAL.match(short[0]):
        rest = short[1:]
        same_surname = bool(rest) and len(rest) < len(full) and full[-len(rest) :] == rest
        return same_surname and full[0].startswith(short[0])
    surname_only = len(short) == 1 or short[0] in SURNAME_PARTICLES
    return surname_only and len(short) < len(full) and full[-len(short) :] == short


def surname_key(name: str) -> str | None:
    """The index key of a stored person: last token of a full name, else None."""
    tokens = name_tokens(name)
    return tokens[-1] if is_full_name(tokens) else None


class Tie(NamedTuple):
    """A person's link to an organisation, as the store or the article states it."""

    org: str
    predicate: str  # LEADS | MEMBER_OF
    status: str | None
    country: str | None  # the organisation's


class Candidate(NamedTuple):
    """A stored entity a spelling variant may belong to."""

    id: str
    name: str
    wikidata: str | None
    country: str | None


class StoreView(Protocol):
    """What resolution reads from the store (all look-ups go through an index)."""

    def exists(self, entity_id: str) -> bool: ...
    def merged_into(self, entity_id: str) -> str | None: ...
    def split_into(self, entity_id: str, article_id: str) -> str | None: ...
    def people_by_surname(self, surname: str) -> list[tuple[str, str]]: ...
    def linked_to(self, person_id: str, org_ids: set[str]) -> bool: ...
    # id -> country; with `lang`, only names seen in articles of that language
    def ids_by_norm(
        self, norm: str, type: str, lang: str | None = None
    ) -> dict[str, str | None]: ...
    # organisation id -> country, for a key of a full name (see `org_keys`)
    def ids_by_key(self, key: str) -> dict[str, str | None]: ...
    def ties_of(self, person_id: str) -> list[Tie]: ...
    def country_of(self, entity_id: str) -> str | None: ...
    # people whose surname, organisations whose name, is within `max_edits` of `key`
    def fuzzy_candidates(
        self, type: str, key: str, max_edits: int, name_length: int | None = None
    ) -> list[Candidate]: ...


def follow_merges(view: StoreView, entity_id: str) -> str:
    seen = {entity_id}
    while (target := view.merged_into(entity_id)) is not None and target not in seen:
        seen.add(target)
        entity_id = target
    return entity_id


def resolve_ids(extraction: Extraction, view: StoreView) -> dict[str, str]:
    """Map every entity id of the extraction to its id in the store."""
    article_id = extraction.article.id
    mapping: dict[str, str] = {}
    others = [e for e in extraction.entities if e.type != "PER"]
    people = [e for e in extraction.entities if e.type == "PER"]
    for entity in others + people:  # people last: rule 2 looks at their resolved organisations
        target = _resolve_one(entity, extraction, mapping, view)
        split = view.split_into(target, article_id)
        mapping[entity.id] = follow_merges(view, split) if split else target
    return mapping


def _resolve_one(
    entity: Entity, extraction: Extraction, mapping: dict[str, str], view: StoreView
) -> str:
    curated = follow_merges(view, entity.id)
    if curated != entity.id or is_kb_id(entity.id):
        return curated
    if entity.type == "PER" and is_full_name(name_tokens(entity.name)):
        return follow_merges(view, _full_named(entity, extraction, mapping, view))
    if view.exists(entity.id):
        return _same_id(entity, view)
    found = None
    if entity.type == "PER":
        found = _person(entity, extraction, mapping, view)
    elif entity.type == "ORG":
        lang = extraction.article.lang
        found = _organisation(entity, view, lang) or _variant_organisation(entity, view)
    return follow_merges(view, found) if found else entity.id


def _same_id(entity: Entity, view: StoreView) -> str:
    """A stored id stays, unless it names a body of another country: two national
    commissions of the same name get one id from the extractor when it has no acronym."""
    stored = view.country_of(entity.id) if entity.type == "ORG" else None
    if entity.country and stored and entity.country != stored:
        return f"{entity.id}@{entity.country}"
    return entity.id


# --- rule 2: people's short names ---------------------------------------------


def _person(
    entity: Entity, extraction: Extraction, mapping: dict[str, str], view: StoreView
) -> str | None:
    short = name_tokens(entity.name)
    if not short or is_full_name(short):
        return None
    named = dict(view.people_by_surname(short[-1]))
    named.update(_article_people(extraction, short[-1], entity.id))
    candidates = {pid for pid, name in named.items() if short_form_of(short, name_tokens(name))}
    candidates.discard(entity.id)
    orgs = _orgs_of(entity.id, extraction, mapping)
    if orgs:
        candidates = {pid for pid in candidates if _tied(pid, orgs, extraction, mapping, view)}
    return candidates.pop() if len(candidates) == 1 else None


def _article_people(extraction: Extraction, surname: str, own_id: str) -> dict[str, str]:
    """Full-named people of the same article: two Diallos there make 'Diallo' ambiguous."""
    return {
        e.id: e.name
        for e in extraction.entities
        if e.type == "PER" and e.id != own_id and surname_key(e.name) == surname
    }


def _orgs_of(entity_id: str, extraction: Extraction, mapping: dict[str, str]) -> set[str]:
    return {
        mapping.get(r.object, r.object)
        for r in extraction.relations
        if r.subject == entity_id and r.predicate in ORG_LINKS
    }


def _tied(
    person_id: str,
    orgs: set[str],
    extraction: Extraction,
    mapping: dict[str, str],
    view: StoreView,
) -> bool:
    if _orgs_of(person_id, extraction, mapping) & orgs:
        return True
    return view.linked_to(person_id, orgs)


# --- rule 3: full-named people, and namesakes ------------------------------------


def _full_named(
    entity: Entity, extraction: Extraction, mapping: dict[str, str], view: StoreView
) -> str:
    same = set(view.ids_by_norm(normalise(entity.name), "PER"))
    if view.exists(entity.id):
        same.add(entity.id)
    if not same:
        return _variant_person(entity, extraction, mapping, view) or entity.id
    ties = _article_ties(entity.id, extraction, mapping)
    # `conflicting` needs a body the article says the person leads: without one, the
    # stored ties are not read
    heads = any(_heads(tie) for tie in ties)
    fitting = sorted(pid for pid in same if not (heads and conflicting(ties, view.ties_of(pid))))
    orgs = {tie.org for tie in ties}
    tied = [pid for pid in fitting if orgs and _tied(pid, orgs, extraction, mapping, view)]
    if len(tied) == 1:
        return tied[0]
    if entity.id in fitting or len(fitting) > 1:
        return entity.id  # its own id, or several namesakes fit: keep it apart
    if fitting:
        return fitting[0]
    return namesake_id(entity.id, ties)


def namesake_id(entity_id: str, ties: list[Tie]) -> str:
    """The id of a namesake in conflict: the same for every article tying it to that body."""
    return f"{entity_id}@{min(tie.org for tie in ties if _heads(tie))}"


def conflicting(article: list[Tie], stored: list[Tie]) -> bool:
    """Both currently lead bodies, none shared, and two of them surely differ."""
    ours = [tie for tie in article if _heads(tie)]
    theirs = [tie for tie in stored if _heads(tie)]
    if not ours or not theirs or {t.org for t in ours} & {t.org for t in theirs}:
        return False
    return any(_surely_different(a, b) for a in ours for b in theirs)


def _heads(tie: Tie) -> bool:
    # A former or designate head may well lead something else now: no conflict.
    return tie.predicate == "LEADS" and tie.status in (None, "current")


def _surely_different(a: Tie, b: Tie) -> bool:
    if a.org == b.org:
        return False
    if is_kb_id(a.org) and is_kb_id(b.org):
        return True
    return a.country is not None and b.country is not None and a.country != b.country


def _article_ties(person_id: str, extraction: Extraction, mapping: dict[str, str]) -> list[Tie]:
    countries = {e.id: e.country for e in extraction.entities}
    return [
        Tie(
            org=mapping.get(r.object, r.object),
            predicate=r.predicate,
            status=r.status,
            country=_mapped(countries.get(r.object), mapping),
        )
        for r in extraction.relations
        if r.subject == person_id and r.predicate in ORG_LINKS
    ]


def _mapped(entity_id: str | None, mapping: dict[str, str]) -> str | None:
    return mapping.get(entity_id, entity_id) if entity_id else None


# --- rule 4: organisations by name or acronym ---------------------------------


def _organisation(entity: Entity, view: StoreView, lang: str | None = None) -> str | None:
    forms = [entity.name, *entity.names.values()]
    long_forms = {normalise(form) for form in forms if not is_acronym(form)} - {""}
    if long_forms:
        # An organisation with its own full name is matched on that name only:
        # a shared acronym alone ("ASC") does not make two bodies one.
        same_name = _single(_lookup(long_forms, entity.country, view))
        return same_name or _by_key(entity, view, lang)
    acronyms = {normalise(form) for form in [*forms, *entity.aliases] if is_acronym(form)}
    return _single(_lookup(acronyms - {""}, entity.country, view, lang))


def org_keys(entity: Entity, lang: str | None) -> set[str]:
    """Keys of an organisation's full names that are the same in French and English
    ("Fonds vert pour le climat" = "Green Climate Fund"); none for knowledge-base ids,
    which are language-neutral already."""
    if entity.type != "ORG" or is_kb_id(entity.id) or lang is None:
        return set()
    forms = {(name_lang, name) for name_lang, name in entity.names.items()}
    forms |= {(lang, alias) for alias in [entity.name, *entity.aliases]}
    keys = {_full_name_key(name, name_lang) for name_lang, name in forms if " " in name.strip()}
    return {key for key in keys if key}


@lru_cache(maxsize=50_000)
def _full_name_key(name: str, lang: str) -> str | None:
    """`name_key` of a full name (the same bodies come back article after article)."""
    from extractor.kb import load_kb
    from extractor.resolve import name_key

    return None if is_acronym(name) else name_key(name, lang, load_kb())


def _by_key(entity: Entity, view: StoreView, lang: str | None) -> str | None:
    """The one stored organisation, of a compatible country, that shares a full-name key."""
    found: set[str] = set()
    for key in org_keys(entity, lang):
        for entity_id, their_country in view.ids_by_key(key).items():
            if _compatible_countries(entity.country, their_country):
                found.add(entity_id)
    return _single(found)


def _lookup(
    norms: Iterable[str], country: str | None, view: StoreView, lang: str | None = None
) -> set[str]:
    """Same-named organisations, except those of another country (two ministries of health)."""
    found: set[str] = set()
    for norm in norms:
        for entity_id, their_country in view.ids_by_norm(norm, "ORG", lang).items():
            if country is None or their_country is None or their_country == country:
                found.add(entity_id)
    return found


# --- rule 5: spelling variants ------------------------------------------------------


def is_variant(a: str, b: str, person: bool) -> bool:
    """Whether two different names are spellings of one ('Ghebreyesus'/'Gebreyesus').

    Token-sort ratio >= FUZZY_MIN_RATIO, the same number of words, each differing
    word with the same first letter, at most FUZZY_MAX_EDITS edits in all, no
    differing number; for people no word that extends the other ('Paul'/'Paula',
    'Jean'/'Jeanne', 'Amina'/'Aminata' are other people, not misspellings).
    """
    left, right = sorted(name_tokens(a)), sorted(name_tokens(b))
    if left == right or len(left) != len(right) or min(len(a), len(b)) < FUZZY_MIN_LENGTH:
        return False
    if fuzz.token_sort_ratio(" ".join(left), " ".join(right)) < FUZZY_MIN_RATIO:
        return False
    edits = 0
    for x, y in zip(left, right, strict=True):
        if x == y:
            continue
        if x[0] != y[0] or _has_digit(x) or _has_digit(y):
            return False
        if person and (x.startswith(y) or y.startswith(x)):
            return False
        edits += Levenshtein.distance(x, y)
    return edits <= FUZZY_MAX_EDITS


def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


def _variant_person(
    entity: Entity, extraction: Extraction, mapping: dict[str, str], view: StoreView
) -> str | None:
    surname = name_tokens(entity.name)[-1]
    ties = _article_ties(entity.id, extraction, mapping)
    orgs = {tie.org for tie in ties}
    stored = view.fuzzy_candidates("PER", surname, FUZZY_MAX_EDITS, len(entity.name))
    found = {
        c.id
        for c in _close(entity.name, stored)
        if c.id != entity.id
        and _same_surname_initial(entity.name, c.name)
        and is_variant(entity.name, c.name, person=True)
        and _compatible_ids(entity.wikidata, c.wikidata)
        and _compatible_person(c.id, ties, orgs, extraction, mapping, view)
    }
    return _single(found)


def _same_surname_initial(a: str, b: str) -> bool:
    first, second = name_tokens(a), name_tokens(b)
    return bool(first and second) and first[-1][0] == second[-1][0]


def _compatible_person(
    person_id: str,
    ties: list[Tie],
    orgs: set[str],
    extraction: Extraction,
    mapping: dict[str, str],
    view: StoreView,
) -> bool:
    """Same organisation context when both sides have one; never conflicting."""
    stored = view.ties_of(person_id)
    if conflicting(ties, stored):
        return False
    if not orgs or not stored:
        return True
    return _tied(person_id, orgs, extraction, mapping, view)


def _variant_organisation(entity: Entity, view: StoreView) -> str | None:
    if entity.wikidata:
        return None  # spelling variants are for organisations the knowledge base lacks
    forms = {f for f in [entity.name, *entity.names.values()] if not is_acronym(f)}
    found: set[str] = set()
    for form in forms:
        norm = normalise(form)
        if len(norm) < FUZZY_MIN_LENGTH:
            continue
        stored = view.fuzzy_candidates("ORG", norm, FUZZY_MAX_EDITS)
        found |= {
            c.id
            for c in _close(form, stored)
            if c.id != entity.id
            and _compatible_countries(entity.country, c.country)
            and is_variant(form, c.name, person=False)
        }
    return _single(found)


def near_keys(key: str, keys: list[str], max_edits: int) -> list[str]:
    """The keys within `max_edits` edits of `key` (rapidfuzz's C++ loop)."""
    hits = process.extract(
        key, keys, scorer=Levenshtein.distance, score_cutoff=max_edits, limit=None
    )
    return [hit for hit, _, _ in hits]


def _close(name: str, candidates: list[Candidate]) -> list[Candidate]:
    """A loose first cut in rapidfuzz's C++ (accents kept, so below the real threshold);
    `is_variant` then judges the few left."""
    hits = process.extract(
        name,
        [c.name for c in candidates],
        scorer=fuzz.token_sort_ratio,
        processor=utils.default_process,
        score_cutoff=FUZZY_MIN_RATIO - 12,
        limit=None,
    )
    return [candidates[index] for _, _, index in hits]


def _compatible_ids(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _compatible_countries(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _single(ids: set[str]) -> str | None:
    return next(iter(ids)) if len(ids) == 1 else None
