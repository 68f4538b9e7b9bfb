"""KBEntry: one organisation, country or city of the knowledge base, built from its JSON record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The kinds build_countries gives countries and territories.
COUNTRY_KINDS = frozenset({"un-member", "un-observer", "other"})


@dataclass(frozen=True)
class KBEntry:
    """An entity the project knows in advance.

    `qid` is the entry's id: a Wikidata QID when one is known for sure, else a
    deterministic id (`iso:XX` for countries, `loc:<slug>` for cities,
    `org:<slug>` for organisations). `names` holds the canonical name per
    language; `aliases` and `acronyms` mix both languages. `caps_only` are short
    forms matched only in capitals because in lower case they are common words
    ("WHO" / "who", "UN" / "un").
    """

    qid: str
    type: str
    name: str
    names: dict[str, str]
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    kind: str
    country: str | None
    demonyms: tuple[str, ...] = ()
    caps_only: tuple[str, ...] = ()

    def __hash__(self) -> int:  # names is a dict; the id alone identifies an entry
        return hash(self.qid)

    @property
    def is_country(self) -> bool:
        """A country or territory (CLDR), not a city, a region or a body."""
        return self.type == "LOC" and self.kind in COUNTRY_KINDS

    @property
    def wikidata(self) -> str | None:
        """The Wikidata QID, or None when the entry has only a deterministic id."""
        return self.qid if self.qid.startswith("Q") else None

    def forms(self) -> tuple[str, ...]:
        """Every full-name form (names and aliases) in both languages."""
        return _unique((*self.names.values(), *self.aliases))


def entry_from_record(record: dict[str, Any]) -> KBEntry:
    """Turn one JSON record (organisations.json, countries.json, cities.json) into a KBEntry.

    The data files already keep stop-word acronyms apart under `caps_only`
    (tests/extractor/test_kb.py checks it), so loading needs no spaCy import.
    """
    names = dict(record["names"])
    aliases = _flatten(record.get("aliases"))
    return KBEntry(
        qid=record.get("id") or record["qid"],
        type=record["type"],
        name=record["name"],
        names=names,
        aliases=_unique((*aliases, *_variants((*names.values(), *aliases)))),
        acronyms=_flatten(record.get("acronyms")),
        kind=record.get("kind", ""),
        country=record.get("country"),
        demonyms=_flatten(record.get("demonyms")),
        caps_only=_unique(record.get("caps_only", ())),
    )


# An owner's name before a body's is written whole or short in English: "United
# Nations Economic Commission for Africa" is also the "UN Economic Commission …".
OWNER_ABBREVIATIONS: dict[str, str] = {
    "United Nations ": "UN ",
    "African Union ": "AU ",
    "European Union ": "EU ",
}


def _variants(forms: tuple[str, ...]) -> tuple[str, ...]:
    return _ampersand_variants(forms) + _owner_variants(forms)


def _owner_variants(forms: tuple[str, ...]) -> tuple[str, ...]:
    """'UN Economic Commission for Africa' for 'United Nations Economic Commission
    for Africa', and back (the body's own name after the owner's: two words or more)."""
    out = []
    for form in forms:
        for whole, short in OWNER_ABBREVIATIONS.items():
            for this, other in ((whole, short), (short, whole)):
                rest = form[len(this) :]
                if form.startswith(this) and len(rest.split()) >= 2:
                    out.append(other + rest)
    return tuple(out)


def _ampersand_variants(forms: tuple[str, ...]) -> tuple[str, ...]:
    """'Fondation Bill & Melinda Gates' for 'Fondation Bill et Melinda Gates', and
    back: names are written with either."""
    out = []
    for form in forms:
        for word in (" et ", " and "):
            if word in form:
                out.append(form.replace(word, " & "))
        if " & " in form:
            out += [form.replace(" & ", " et "), form.replace(" & ", " and ")]
    return tuple(out)


def caps_forms_of(entry: KBEntry) -> tuple[str, ...]:
    """Acronyms and caps-only forms: matched case-sensitively, never normalised."""
    return tuple(form for form in (*entry.acronyms, *entry.caps_only) if form)


def _flatten(value: dict[str, list[str]] | list[str] | None) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, dict):
        return _unique(form for forms in value.values() for form in forms)
    return _unique(value)


def _unique(forms: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(form for form in forms if form))


__all__ = ["KBEntry", "caps_forms_of", "entry_from_record"]
