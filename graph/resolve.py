"""Cross-article entity resolution, applied to an extraction before it is stored.

Ids in an Extraction are already canonical for their article (Wikidata id or a
deterministic `<type>:<slug>`). Across articles, three rules, in order:

1. curators' merges and splits (stored, re-applied at every ingest);
2. a person known only by a short form ("Diallo", "A. Diallo", "Ait Taleb")
   goes to the one stored person whose full name ends with that form (and, if
   the article ties the person to an organisation, who is tied to it too);
3. an organisation without a knowledge-base id whose full name, or whose
   acronym when it has no full name, equals a name or alias of exactly one
   stored organisation goes to that organisation.

Never across types; an id already in the store is left alone (curators fix
those with `Store.merge`), so the result does not depend on what came later.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Protocol

from extractor.model import Entity, Extraction

KB_ID = re.compile(r"^Q[1-9][0-9]*$")
ORG_LINKS = ("LEADS", "MEMBER_OF")
# Words that start a surname rather than a first name: "Ait Taleb", "El Amrani", "van Dijk".
SURNAME_PARTICLES = frozenset(
    "abu ait al ben bin bou da de del della der des di dos du el ibn la le mac ould van von".split()
)
_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l')")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/,;:()\[\]\"«»“”]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_INITIAL = re.compile(r"^[a-z]$")


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


class StoreView(Protocol):
    """What resolution reads from the store (all look-ups go through an index)."""

    def exists(self, entity_id: str) -> bool: ...
    def merged_into(self, entity_id: str) -> str | None: ...
    def split_into(self, entity_id: str, article_id: str) -> str | None: ...
    def people_by_surname(self, surname: str) -> list[tuple[str, str]]: ...
    def linked_to(self, person_id: str, org_ids: set[str]) -> bool: ...
    def ids_by_norm(self, norm: str, type: str) -> dict[str, str | None]: ...  # id -> country


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
    if curated != entity.id or is_kb_id(entity.id) or view.exists(entity.id):
        return curated
    found = None
    if entity.type == "PER":
        found = _person(entity, extraction, mapping, view)
    elif entity.type == "ORG":
        found = _organisation(entity, view)
    return follow_merges(view, found) if found else entity.id


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


# --- rule 3: organisations by name or acronym ---------------------------------


def _organisation(entity: Entity, view: StoreView) -> str | None:
    forms = [entity.name, *entity.names.values()]
    long_forms = {normalise(form) for form in forms if not is_acronym(form)} - {""}
    if long_forms:
        # An organisation with its own full name is matched on that name only:
        # a shared acronym alone ("ASC") does not make two bodies one.
        return _single(_lookup(long_forms, entity.country, view))
    acronyms = {normalise(form) for form in [*forms, *entity.aliases] if is_acronym(form)}
    return _single(_lookup(acronyms - {""}, entity.country, view))


def _lookup(norms: Iterable[str], country: str | None, view: StoreView) -> set[str]:
    """Same-named organisations, except those of another country (two ministries of health)."""
    found: set[str] = set()
    for norm in norms:
        for entity_id, their_country in view.ids_by_norm(norm, "ORG").items():
            if country is None or their_country is None or their_country == country:
                found.add(entity_id)
    return found


def _single(ids: set[str]) -> str | None:
    return next(iter(ids)) if len(ids) == 1 else None
