"""Generate data/countries.json and data/cities.json, offline, from pycountry + babel.

Run from the repository root after editing one of the hand-checked TSV files:

    python -m extractor.kb.build_countries

Inputs (all in data/): countries_qid.tsv (alpha-2 -> Wikidata QID, checked by
hand), country_names.tsv (everyday alternative names and demonyms), cities.tsv
(capitals and conference cities). ISO 3166-1 gives the list of countries and
their English forms; CLDR (through babel) gives the French and English short
names. The outputs are committed so the package never needs this step at run time.
"""

from __future__ import annotations

import csv
import gettext
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale

from extractor.kb.names import is_caps_form, is_common_word, slugify

DATA = Path(__file__).with_name("data")
LANGS = ("fr", "en")
# CLDR short names that read oddly in running text; ours are what the press writes.
NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "CD": {"fr": "République démocratique du Congo", "en": "Democratic Republic of the Congo"},
    "CG": {"fr": "République du Congo", "en": "Republic of the Congo"},
    "PS": {"fr": "Palestine", "en": "Palestine"},
    "HK": {"fr": "Hong Kong", "en": "Hong Kong"},
    "MO": {"fr": "Macao", "en": "Macao"},
    "TR": {"en": "Turkey"},  # Wikidata's English label; CLDR now says "Türkiye" (kept as alias)
}
OBSERVER_STATES = frozenset({"PS", "VA"})
_PARENTHESIS = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<inner>[^()]+)\)$")


def read_tsv(name: str) -> Iterator[list[str]]:
    """Rows of a data TSV, comment lines skipped, short rows padded with ''."""
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                yield row + [""] * 6


def read_qids() -> dict[str, dict[str, Any]]:
    return {
        row[0]: {"qid": row[1] or None, "un_member": row[2] == "1"}
        for row in read_tsv("countries_qid.tsv")
    }


def read_extras() -> dict[str, dict[tuple[str, str], list[str]]]:
    """alpha2 -> (lang, kind) -> forms, from country_names.tsv."""
    extras: dict[str, dict[tuple[str, str], list[str]]] = defaultdict(lambda: defaultdict(list))
    for alpha2, lang, kind, forms, *_ in read_tsv("country_names.tsv"):
        extras[alpha2][(lang, kind)].extend(
            form.strip() for form in forms.split("|") if form.strip()
        )
    return extras


def split_parenthesis(name: str) -> tuple[str, list[str]]:
    """`Myanmar (Birmanie)` -> (`Myanmar`, [`Birmanie`])."""
    match = _PARENTHESIS.match(name)
    if not match:
        return name, []
    return match["main"], [match["inner"]]


def cldr_names(alpha2: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Canonical names per language and the CLDR variants they replace."""
    names: dict[str, str] = {}
    variants: dict[str, list[str]] = {}
    for lang in LANGS:
        raw = Locale(lang).territories.get(alpha2) or pycountry.countries.get(alpha_2=alpha2).name
        main, inner = split_parenthesis(raw)
        if lang == "en":  # CLDR's "St. Kitts & Nevis" is a label, not the name in running text
            main = re.sub(r"^St\. ", "Saint ", main.replace(" & ", " and "))
        names[lang] = NAME_OVERRIDES.get(alpha2, {}).get(lang, main)
        variants[lang] = [form for form in (raw, main, *inner) if form != names[lang]]
    return names, variants


def iso_forms(country: Any, lang: str) -> list[str]:
    """ISO 3166 names in English, or in French from pycountry's catalogue; uninverted only."""
    english = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
    if lang == "fr":
        translate = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]
        ).gettext
        english = [translate(form) if form else None for form in english]
    # "Korea, Republic of" is a catalogue order, not a name anyone writes
    return [form for form in english if form and "," not in form]


def french_plurals(forms: Iterable[str]) -> list[str]:
    """`marocain` -> `marocain`, `marocains`; forms already ending in s or x stay as they are."""
    out: list[str] = []
    for form in forms:
        out.append(form)
        if not form.endswith(("s", "x")):
            out.append(form + "s")
    return out


def unique(forms: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    skip = set(exclude)
    return [form for form in dict.fromkeys(forms) if form and form not in skip]


def country_forms(
    country: Any, names: dict[str, str], variants: dict[str, list[str]], extras: Any
) -> dict[str, Any]:
    """Aliases, acronyms and demonyms per language for one country.

    Capitalised short forms become acronyms (matched case-sensitively); those that
    are common words in lower case ("US" / "us") go to caps_only instead.
    """
    aliases, acronyms, demonyms, caps_only = {}, {}, {}, []
    for lang in LANGS:
        forms = unique(
            [*variants[lang], *iso_forms(country, lang), *extras[(lang, "alias")]], [names[lang]]
        )
        caps = [form for form in forms if is_caps_form(form)]
        caps_only += [form for form in caps if is_common_word(form)]
        acronyms[lang] = [form for form in caps if not is_common_word(form)]
        aliases[lang] = [form for form in forms if not is_caps_form(form)]
        given = extras[(lang, "demonym")]
        demonyms[lang] = unique(french_plurals(given) if lang == "fr" else given)
    return {
        "aliases": aliases,
        "acronyms": acronyms,
        "caps_only": unique(caps_only),
        "demonyms": demonyms,
    }


def country_kind(alpha2: str, info: dict[str, Any]) -> str:
    if info.get("un_member"):
        return "un-member"
    return "un-observer" if alpha2 in OBSERVER_STATES else "other"


def country_record(
    country: Any, qids: dict[str, Any], extras: Any, capitals: dict[str, str]
) -> dict[str, Any]:
    alpha2 = country.alpha_2
    info = qids.get(alpha2, {})
    names, variants = cldr_names(alpha2)
    qid = info.get("qid")
    return {
        "id": qid or f"iso:{alpha2}",
        "qid": qid,
        "type": "LOC",
        "name": names["en"],
        "names": names,
        **country_forms(country, names, variants, extras[alpha2]),
        "kind": country_kind(alpha2, info),
        "country": alpha2,
        "alpha3": country.alpha_3,
        "capital": capitals.get(alpha2),
    }


def city_records() -> list[dict[str, Any]]:
    records = []
    for qid, alpha2, english, french, aliases, role, *_ in read_tsv("cities.tsv"):
        names = {"fr": french or english, "en": english}
        extra = unique((form.strip() for form in aliases.split("|")), names.values())
        records.append(
            {
                "id": qid or f"loc:{slugify(english)}",
                "qid": qid or None,
                "type": "LOC",
                "name": english,
                "names": names,
                "aliases": {"fr": extra, "en": extra},
                "acronyms": {"fr": [], "en": []},
                "kind": role,
                "country": alpha2,
            }
        )
    return records


def capitals_of(cities: list[dict[str, Any]]) -> dict[str, str]:
    """alpha2 -> id of the first capital listed for it."""
    capitals: dict[str, str] = {}
    for city in cities:
        if city["kind"] == "capital":
            capitals.setdefault(city["country"], city["id"])
    return capitals


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    qids, extras = read_qids(), read_extras()
    cities = city_records()
    capitals = capitals_of(cities)
    countries = [country_record(c, qids, extras, capitals) for c in pycountry.countries]
    countries.sort(key=lambda record: record["country"])
    unknown = set(qids) - {record["country"] for record in countries}
    if unknown:
        raise SystemExit(f"countries_qid.tsv has codes ISO 3166-1 does not know: {sorted(unknown)}")
    ids = [record["id"] for record in (*countries, *cities)]
    duplicates = sorted({ident for ident in ids if ids.count(ident) > 1})
    if duplicates:
        raise SystemExit(f"duplicate ids (make the city names distinct): {duplicates}")
    return countries, cities


def write_json(name: str, records: list[dict[str, Any]]) -> None:
    text = json.dumps(records, ensure_ascii=False, indent=1)
    (DATA / name).write_text(text + "\n", encoding="utf-8")


def main() -> int:
    countries, cities = build()
    write_json("countries.json", countries)
    write_json("cities.json", cities)
    with_qid = sum(1 for record in countries if record["qid"])
    print(
        f"{len(countries)} countries ({with_qid} with a QID), {len(cities)} cities", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
