"""KnowledgeBase: indexes over the KB entries and the look-ups the extractor needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from extractor.kb.entry import KBEntry, caps_forms_of
from extractor.kb.names import normalise_name, strip_elision

ANY_LANG = "*"
Index = dict[str, set[str]]


class KnowledgeBase:
    """Organisations, countries and cities, found by id, name, acronym or demonym.

    Name look-ups ignore case, accents, punctuation and one leading article;
    acronyms match only as written ("OMS", never "oms"). A form shared by two
    entries is ambiguous and resolves to nothing, with one exception: a country
    wins over its own capital of the same name (Luxembourg, Djibouti).
    """

    def __init__(
        self,
        organisations: Iterable[KBEntry] = (),
        countries: Iterable[KBEntry] = (),
        cities: Iterable[KBEntry] = (),
    ) -> None:
        self._by_id: dict[str, KBEntry] = {}
        self._countries: dict[str, KBEntry] = {}
        self._city_ids: set[str] = set()
        self._names: dict[str, Index] = defaultdict(lambda: defaultdict(set))
        self._caps: Index = defaultdict(set)
        self._demonyms: Index = defaultdict(set)
        for entry in organisations:
            self._add(entry)
        for entry in countries:
            self._add(entry)
            self._add_official_variants(entry)
            if entry.country:
                self._countries[entry.country] = entry
        for entry in cities:
            self._add(entry)
            self._city_ids.add(entry.qid)

    def _add(self, entry: KBEntry) -> None:
        if entry.qid in self._by_id:
            raise ValueError(f"two knowledge-base entries share the id {entry.qid}")
        self._by_id[entry.qid] = entry
        for lang, name in entry.names.items():
            self._index_name(name, entry.qid, lang)
        for alias in entry.aliases:
            self._index_name(alias, entry.qid, ANY_LANG)
        for form in caps_forms_of(entry):
            self._caps[form].add(entry.qid)
        for demonym in entry.demonyms:
            self._demonyms[normalise_name(demonym)].add(entry.qid)

    def _add_official_variants(self, entry: KBEntry) -> None:
        """ISO's official names keep an article the press drops: "Republic of the
        Niger" is written "Republic of Niger", "Democratic Republic of the Congo"
        "Democratic Republic of Congo"."""
        for name in [*entry.names.values(), *entry.aliases]:
            if " of the " in name:
                self._index_name(name.replace(" of the ", " of ", 1), entry.qid, ANY_LANG)
        # the state named by its adjective: « République tunisienne », "Togolese Republic"
        for demonym in entry.demonyms:
            form = f"{demonym} Republic" if demonym[:1].isupper() else f"République {demonym}"
            self._index_name(form, entry.qid, ANY_LANG)

    def _index_name(self, form: str, ident: str, lang: str) -> None:
        key = normalise_name(form)
        if key:
            self._names[lang][key].add(ident)
            self._names[ANY_LANG][key].add(ident)

    # -- look-ups ---------------------------------------------------------------

    def get(self, qid: str) -> KBEntry | None:
        return self._by_id.get(qid)

    def entries(self) -> list[KBEntry]:
        return list(self._by_id.values())

    def lookup(self, text: str, lang: str | None = None) -> KBEntry | None:
        """The entry a mention names, or None if unknown or ambiguous.

        `lang` ("fr" or "en") prefers that language's canonical names, so "Mexico"
        in French is the city and in English the country.
        """
        text = text.strip()
        for form in dict.fromkeys((text, strip_elision(text))):
            if form in self._caps:
                return self._resolve(self._caps[form])
        key = normalise_name(text)
        in_lang = self._names.get(lang or ANY_LANG, {}).get(key)
        if in_lang:
            return self._resolve(in_lang)
        return self._resolve(self._names[ANY_LANG].get(key, set()))

    def lookup_caps(self, form: str) -> KBEntry | None:
        """The entry an acronym names, exactly as written; None if unknown or shared."""
        return self._resolve(self._caps.get(form, set()))

    def lookup_name(self, text: str) -> KBEntry | None:
        """The entry a full name or alias names (normalised, any language)."""
        return self._resolve(self._names[ANY_LANG].get(normalise_name(text), set()))

    def patterns(self, lang: str = "fr") -> list[dict[str, Any]]:
        """spaCy EntityRuler patterns (label ORG/LOC, id = entry id) for a `lang` pipeline."""
        from extractor.kb.patterns import build_patterns

        return build_patterns(self, lang)

    def country_by_alpha2(self, code: str) -> KBEntry | None:
        return self._countries.get(code.strip().upper())

    def country_of_demonym(self, word: str) -> KBEntry | None:
        """`japonais`, `Japanese`, `sud-africaines` -> the country entry."""
        return self._resolve(self._demonyms.get(normalise_name(word), set()))

    def countries_of_demonym(self, word: str) -> list[KBEntry]:
        """Every country a nationality may name: `congolais` -> both Congos (which one,
        the article tells)."""
        ids = sorted(self._demonyms.get(normalise_name(word), set()))
        return [self._by_id[i] for i in ids]

    def is_demonym(self, word: str) -> bool:
        """A nationality ("Norvégienne", "Omani") that is no name of its own."""
        return bool(self.countries_of_demonym(word)) and self.lookup(word) is None

    def city_country(self, text: str) -> KBEntry | None:
        """The country entry of the city `text` names (`Marrakech` -> Morocco)."""
        ids = self._names[ANY_LANG].get(normalise_name(text), set()) & self._city_ids
        countries = {self._by_id[ident].country for ident in ids}
        if len(countries) != 1:
            return None
        code = countries.pop()
        return self.country_by_alpha2(code) if code else None

    def is_ambiguous(self, text: str) -> bool:
        """True when `text` is a known form shared by entries the KB cannot tell apart."""
        ids = self._caps.get(text.strip()) or self._names[ANY_LANG].get(normalise_name(text))
        return bool(ids) and self._resolve(ids) is None

    def _resolve(self, ids: set[str]) -> KBEntry | None:
        if len(ids) == 1:
            return self._by_id[next(iter(ids))]
        countries = [self._by_id[i] for i in ids if i not in self._city_ids and self._is_country(i)]
        if len(countries) != 1:
            return None
        country = countries[0]
        others = ids - {country.qid}
        if all(i in self._city_ids and self._by_id[i].country == country.country for i in others):
            return country
        return None

    def _is_country(self, ident: str) -> bool:
        entry = self._by_id[ident]
        return entry.country is not None and self._countries.get(entry.country) is entry

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, qid: object) -> bool:
        return qid in self._by_id
