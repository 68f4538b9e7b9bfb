"""The bilingual knowledge base: its data files, look-ups and EntityRuler patterns."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP_WORDS

from extractor.kb import DATA_FILES, KBEntry, KnowledgeBase, load_kb, normalise_name, read_records
from extractor.kb.names import is_caps_form

DATA = Path(__file__).parents[2] / "extractor" / "kb" / "data"
ID_PATTERN = re.compile(r"^(Q\d+|iso:[A-Z]{2}|loc:[a-z0-9-]+|org:[a-z0-9-]+)$")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def ruler(kb: KnowledgeBase, lang: str) -> spacy.language.Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("entity_ruler").add_patterns(kb.patterns(lang))
    return nlp


# -- look-ups -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "OMS",
        "WHO",
        "l'OMS",
        "l’OMS",
        "Organisation mondiale de la Santé",
        "World Health Organization",
        "l'organisation mondiale de la sante",
        "L’ORGANISATION MONDIALE DE LA SANTÉ",
    ],
)
def test_every_form_of_who_resolves_to_q7817(kb: KnowledgeBase, text: str) -> None:
    entry = kb.lookup(text)
    assert entry is not None and entry.qid == "Q7817"
    assert entry.name == "World Health Organization"
    assert entry.names == {
        "fr": "Organisation mondiale de la Santé",
        "en": "World Health Organization",
    }


def test_world_bank_and_world_bank_group_are_distinct(kb: KnowledgeBase) -> None:
    bank = kb.lookup("Banque mondiale")
    group = kb.lookup("Groupe de la Banque mondiale")
    assert bank is not None and group is not None
    assert (bank.name, bank.qid) == ("World Bank", "Q7164")
    assert kb.lookup("la Banque Mondiale") is bank
    assert kb.lookup("BM") is bank
    assert group.name == "World Bank Group" and group.qid != bank.qid
    assert kb.lookup("World Bank Group") is group


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Pacifique", "Pacific"),
        ("Sahel central", "Central Sahel"),
        ("région du Golfe", "Gulf region"),
        ("bassin du Congo", "Congo Basin"),
        ("Océanie", "Oceania"),
    ],
)
def test_world_regions_have_one_entry_in_both_languages(
    kb: KnowledgeBase, french: str, english: str
) -> None:
    entry = kb.lookup(french)
    assert entry is not None and entry.type == "LOC" and entry.kind == "region"
    assert kb.lookup(english) is entry


@pytest.mark.parametrize("text", ["Maroc", "Morocco", "le Maroc", "Royaume du Maroc"])
def test_morocco_in_both_languages(kb: KnowledgeBase, text: str) -> None:
    entry = kb.lookup(text)
    assert entry is not None and entry.qid == "Q1028" and entry.type == "LOC"
    assert kb.country_by_alpha2("ma") is entry


@pytest.mark.parametrize("word", ["japonais", "japonaise", "Japonaises", "Japanese", "nippon"])
def test_demonyms_resolve_to_japan(kb: KnowledgeBase, word: str) -> None:
    entry = kb.country_of_demonym(word)
    assert entry is not None and entry.qid == "Q17" and entry.name == "Japan"


def test_government_phrase_resolves_through_its_demonym(kb: KnowledgeBase) -> None:
    for phrase, qid in [("le Gouvernement japonais", "Q17"), ("the Japanese government", "Q17")]:
        found = {entry.qid for w in phrase.split() if (entry := kb.country_of_demonym(w))}
        assert found == {qid}
    assert kb.country_of_demonym("sud-africaines").qid == "Q258"
    assert kb.country_of_demonym("Gouvernement") is None


def test_city_country(kb: KnowledgeBase) -> None:
    marrakech = kb.lookup("Marrakech")
    assert marrakech is not None and marrakech.qid == "Q101625" and marrakech.country == "MA"
    assert kb.city_country("Marrakech").qid == "Q1028"
    assert kb.city_country("Genève").qid == "Q39"
    assert kb.city_country("Addis-Abeba") is kb.city_country("Addis Ababa") is kb.lookup("Éthiopie")
    assert kb.city_country("Maroc") is None  # a country, not a city


def test_acronyms_are_case_sensitive(kb: KnowledgeBase) -> None:
    assert kb.lookup("oms") is None
    assert kb.lookup("who") is None
    assert kb.lookup("WHO").qid == "Q7817"
    assert kb.lookup("US").qid == "Q30"
    assert kb.lookup("us") is None


@pytest.mark.parametrize("text", ["BID", "Congo", "ECA", "IOC", "ISA", "Corée"])
def test_ambiguous_forms_return_none(kb: KnowledgeBase, text: str) -> None:
    assert kb.lookup(text) is None
    assert kb.is_ambiguous(text)


def test_bid_is_shared_by_two_development_banks(kb: KnowledgeBase) -> None:
    owners = {entry.name for entry in kb.entries() if "BID" in entry.acronyms}
    assert owners == {"Islamic Development Bank", "Inter-American Development Bank"}
    assert kb.lookup("IsDB").qid == "Q41230"
    assert kb.lookup("IDB").qid == "Q1153087"


def test_country_wins_over_its_capital_of_the_same_name(kb: KnowledgeBase) -> None:
    assert kb.lookup("Luxembourg").kind == "un-member"
    assert kb.lookup("Djibouti").qid == "Q977"
    assert kb.lookup("Mexico", lang="fr").name == "Mexico City"
    assert kb.lookup("Mexico", lang="en").name == "Mexico"


def test_unknown_text_returns_none(kb: KnowledgeBase) -> None:
    assert kb.lookup("Health Works Leaders Coalition") is None
    assert kb.lookup("") is None
    assert kb.get("Q0") is None
    assert kb.get("Q7817") is kb.lookup("OMS")


def test_normalise_name() -> None:
    assert (
        normalise_name("L’Organisation Mondiale-de la Santé") == "organisation mondiale de la sante"
    )
    assert normalise_name("  The   Gambia ") == "gambia"
    assert normalise_name("Côte d’Ivoire") == normalise_name("Cote d'Ivoire") == "cote d ivoire"
    assert normalise_name("les États-Unis") == "etats unis"
    assert normalise_name("La") == "la"  # a lone article is a name, not an article


def test_kb_is_loaded_once_and_not_at_import() -> None:
    code = "import extractor.kb as kb; print(kb.load_kb.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
    assert load_kb() is load_kb()


def test_entries_are_hashable_by_id(kb: KnowledgeBase) -> None:
    entry = kb.lookup("OMS")
    assert entry in {entry} and isinstance(entry, KBEntry)
    assert entry.wikidata == "Q7817"
    assert kb.lookup("Pyongyang").wikidata is None


# -- EntityRuler patterns -------------------------------------------------------------


def test_patterns_tag_french_text(kb: KnowledgeBase) -> None:
    nlp = ruler(kb, "fr")
    text = (
        "Étienne Krug, directeur à l'OMS, a salué la Banque africaine de développement "
        "et le Groupe de la Banque mondiale à Marrakech, au Maroc."
    )
    found = {(ent.text, ent.label_, ent.ent_id_) for ent in nlp(text).ents}
    assert ("OMS", "ORG", "Q7817") in found
    assert ("Banque africaine de développement", "ORG", "Q340195") in found
    assert ("Groupe de la Banque mondiale", "ORG", "Q320863") in found
    assert ("Marrakech", "LOC", "Q101625") in found
    assert ("Maroc", "LOC", "Q1028") in found


def test_patterns_skip_common_words_and_ambiguous_forms(kb: KnowledgeBase) -> None:
    fr = ruler(kb, "fr")
    ents = fr("Il y a un accord au sommet de la BID et de la ligue. UN AU EU").ents
    assert [ent.text for ent in ents] == []
    en = ruler(kb, "en")
    found = {(ent.text, ent.ent_id_) for ent in en("Who is at the WHO? A turkey in Turkey.").ents}
    assert found == {("WHO", "Q7817"), ("Turkey", "Q43")}


def test_multiword_names_need_their_capital(kb: KnowledgeBase) -> None:
    nlp = ruler(kb, "fr")
    text = "La réunion a créé un fonds mondial ; le Fonds mondial était à la Réunion."
    found = [(ent.text, ent.ent_id_) for ent in nlp(text).ents]
    assert found == [("Fonds mondial", kb.lookup("Fonds mondial").qid), ("la Réunion", "Q17070")]


def test_patterns_are_well_formed(kb: KnowledgeBase) -> None:
    patterns = kb.patterns("fr")
    assert len(patterns) > 1000
    for pattern in patterns:
        assert pattern["label"] in {"ORG", "LOC"}
        assert kb.get(pattern["id"]) is not None
        assert all(set(token) <= {"LOWER", "ORTH", "IS_LOWER"} for token in pattern["pattern"])


# -- the data files -------------------------------------------------------------------


def test_every_entry_has_both_names_and_a_unique_id(kb: KnowledgeBase) -> None:
    ids = [record["id"] for name in DATA_FILES for record in read_records(name)]
    assert len(ids) == len(set(ids)) == len(kb)
    for entry in kb.entries():
        assert entry.names.get("fr") and entry.names.get("en"), entry.qid
        assert ID_PATTERN.match(entry.qid), entry.qid
        assert entry.type in {"ORG", "LOC"}


def test_no_acronym_is_a_frequent_word(kb: KnowledgeBase) -> None:
    stop = FR_STOP_WORDS | EN_STOP_WORDS
    for entry in kb.entries():
        for acronym in entry.acronyms:
            assert acronym.replace(".", "").lower() not in stop, (entry.name, acronym)
        for form in entry.caps_only:
            assert is_caps_form(form), (entry.name, form)


def test_coverage(kb: KnowledgeBase) -> None:
    organisations = read_records("organisations.json")
    countries = read_records("countries.json")
    cities = read_records("cities.json")
    assert len(organisations) >= 120
    un_members = [c for c in countries if c["kind"] == "un-member"]
    assert len(un_members) == 193 and all(c["qid"] for c in un_members)
    both = [c for c in countries if c["demonyms"]["fr"] and c["demonyms"]["en"]]
    assert len(both) >= 60
    assert sum(c["kind"] == "capital" for c in cities) >= 180
    assert sum(c["kind"] == "city" for c in cities) >= 60
    for city in cities:
        assert kb.country_by_alpha2(city["country"]) is not None, city["name"]


def test_qid_table_matches_generated_countries() -> None:
    with (DATA / "countries_qid.tsv").open(encoding="utf-8") as handle:
        rows = [
            row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")
        ]
    by_code = {record["country"]: record for record in read_records("countries.json")}
    assert len(rows) == len({row[0] for row in rows})
    for alpha2, qid, *_ in rows:
        assert re.fullmatch(r"Q\d+", qid)
        assert by_code[alpha2]["qid"] == qid
    without = [c for c in by_code.values() if not c["qid"]]
    assert all(c["id"] == f"iso:{c['country']}" for c in without)


def test_build_script_generates_every_country_offline() -> None:
    from extractor.kb.build_countries import build

    countries, cities = build()
    codes = {record["country"] for record in countries}
    assert {"MA", "JP", "US", "FR", "CD"} <= codes and len(codes) >= 249
    japan = next(record for record in countries if record["country"] == "JP")
    assert japan["names"] == {"fr": "Japon", "en": "Japan"} and japan["qid"] == "Q17"
    assert any(city["id"] == "Q101625" for city in cities)


@pytest.mark.parametrize(
    ("country", "name"),
    [
        ("Senegal", "Government of Senegal"),
        ("Republic of the Congo", "Government of the Republic of the Congo"),
        ("Netherlands", "Government of the Netherlands"),
        ("United Kingdom", "Government of the United Kingdom"),
        ("Solomon Islands", "Government of the Solomon Islands"),
    ],
)
def test_government_names_take_the_article_english_uses(country: str, name: str) -> None:
    from extractor.kb.names import government_name

    assert government_name(country) == name


def test_town_names_are_shipped_data_and_ignore_accents_and_case() -> None:
    from extractor.kb.places import is_town, town_names

    assert len(town_names()) > 30_000
    assert is_town("Djibo") and is_town("TILLABÉRI") and is_town("Tillaberi")
    assert not is_town("Organisation mondiale de la Santé")


def test_a_town_counts_for_the_country_of_its_largest_namesake() -> None:
    from extractor.kb.places import town_country

    assert town_country("Montréal") == "CA"
    assert town_country("Daloa") == "CI"
    assert town_country("Organisation mondiale de la Santé") is None


def test_everyday_country_names_resolve_to_the_country() -> None:
    from extractor.kb import load_kb

    kb = load_kb()
    assert kb.lookup("Centrafrique").qid == kb.lookup("République centrafricaine").qid == "Q929"
    assert kb.lookup("Guinée-Conakry").qid == kb.lookup("Guinea").qid


def test_two_names_in_apposition_are_matched_one_by_one(kb: KnowledgeBase) -> None:
    from extractor.kb.patterns import build_patterns

    forms: dict[str, set[str]] = {}
    for pattern in build_patterns(kb, "fr"):
        words = " ".join(t.get("LOWER") or t.get("ORTH") for t in pattern["pattern"])
        forms.setdefault(pattern["id"], set()).add(words.lower())
    gavi = forms["org:gavi-the-vaccine-alliance"]
    assert {"gavi", "alliance du vaccin"} <= gavi
    assert not any("," in form for form in gavi)  # not "Gavi, l'Alliance du vaccin"
    assert any(", la science" in form for form in forms["Q7809"])  # an enumeration is one name


def test_names_are_known_with_and_without_an_ampersand() -> None:
    kb = load_kb()
    gates = kb.lookup("Bill & Melinda Gates Foundation")
    assert gates is not None
    assert kb.lookup("Fondation Bill & Melinda Gates") is gates
    assert kb.lookup("Bill and Melinda Gates Foundation") is gates


def test_language_names_come_from_iso_639() -> None:
    from extractor.kb.places import language_names

    names = language_names()
    assert {"Hausa", "Zarma", "Swahili", "Fulfulde", "Quechua"} <= names
    assert "Language" not in names


def test_letters_without_a_decomposition_lose_their_accent_too():
    from extractor.kb.names import normalise_name, strip_accents

    assert strip_accents("Sørensen, Łódź, Cœur, Straße") == "Sorensen, Lodz, Coeur, Strasse"
    assert normalise_name("Søren Brandt") == normalise_name("Soren Brandt")


def test_a_body_named_after_its_owner_is_found_with_the_owner_short_or_whole():
    from extractor.kb.entry import entry_from_record

    entry = entry_from_record(
        {
            "id": "Q1",
            "type": "ORG",
            "name": "United Nations Economic Commission for Africa",
            "names": {"en": "United Nations Economic Commission for Africa"},
            "aliases": {"en": ["AU Peace and Security Council", "UN Women"]},
        }
    )
    assert "UN Economic Commission for Africa" in entry.aliases
    assert "African Union Peace and Security Council" in entry.aliases
    assert "United Nations Women" not in entry.aliases  # one word: the body's own name


def test_the_knowledge_base_finds_a_un_body_by_its_short_owner():
    kb = load_kb()
    assert kb.lookup("UN Economic Commission for Africa", "en").qid == "Q1144508"


@pytest.mark.parametrize(
    ("alpha2", "bilingual"),
    [("CA", True), ("CM", True), ("MU", True), ("SC", True), ("VU", True)]
    + [("MG", False), ("RW", False), ("SN", False), ("GH", False), ("FR", False)],
)
def test_countries_that_speak_english_and_french_come_from_cldr(alpha2, bilingual):
    from extractor.kb.places import speaks_english_and_french

    assert speaks_english_and_french(alpha2) is bilingual


@pytest.mark.parametrize(
    ("name", "qid"),
    [
        ("Republic of Niger", "Q1032"),  # ISO: "Republic of the Niger"
        ("Republic of the Niger", "Q1032"),
        ("Democratic Republic of Congo", "Q974"),
        ("Republic of Guinea", "Q1006"),
    ],
)
def test_a_country_s_official_name_may_drop_its_article(kb: KnowledgeBase, name, qid):
    entry = kb.lookup(name)
    assert entry is not None and entry.qid == qid


@pytest.mark.parametrize(
    ("form", "qid"),
    [
        ("République tunisienne", "Q948"),
        ("la République togolaise", "Q945"),
        ("Togolese Republic", "Q945"),
        ("the Gabonese Republic", "Q1000"),
    ],
)
def test_a_state_named_by_its_adjective_is_the_country(form, qid):
    entry = load_kb().lookup(form.removeprefix("la ").removeprefix("the "))
    assert entry is not None and entry.qid == qid


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        (["OECS", "OECO", "Organisation des États de la Caraïbe orientale"],
         "Organisation of Eastern Caribbean States"),
        (["ICGLR", "CIRGL", "Conférence internationale sur la région des Grands Lacs"],
         "International Conference on the Great Lakes Region"),
        (["WAMA", "AMAO", "Agence monétaire de l'Afrique de l'Ouest"],
         "West African Monetary Agency"),
        (["ECOWAS Parliament", "Parlement de la CEDEAO", "Parliament of ECOWAS"],
         "ECOWAS Parliament"),
    ],
)  # fmt: skip
def test_regional_bodies_are_one_entry_under_each_language_s_acronym(
    kb: KnowledgeBase, forms: list[str], name: str
) -> None:
    assert {getattr(kb.lookup(form), "name", None) for form in forms} == {name}


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        (["CBN", "Banque centrale du Nigeria", "Central Bank of Nigeria"],
         "Central Bank of Nigeria"),
        (["BRH", "Banque de la République d'Haïti"], "Bank of the Republic of Haiti"),
        (["BCT", "Banque centrale de Tunisie"], "Central Bank of Tunisia"),
        (["COBAC", "Commission bancaire de l'Afrique centrale"],
         "Central African Banking Commission"),
        (["NGX", "Nigerian Stock Exchange", "Bourse du Nigeria"], "Nigerian Exchange"),
        (["ANSD", "Agence nationale de la statistique et de la démographie"],
         "National Agency of Statistics and Demography"),
        (["Statistique Canada", "Statistics Canada", "StatCan"], "Statistics Canada"),
        (["MINURSO", "Mission des Nations unies pour l'organisation d'un référendum au Sahara "
          "occidental"], "United Nations Mission for the Referendum in Western Sahara"),
        (["UNIFIL", "FINUL", "Force intérimaire des Nations unies au Liban"],
         "United Nations Interim Force in Lebanon"),
    ],
)  # fmt: skip
def test_central_banks_exchanges_statistics_offices_and_un_missions_are_one_entry_each(
    kb: KnowledgeBase, forms: list[str], name: str
) -> None:
    assert {getattr(kb.lookup(form), "name", None) for form in forms} == {name}


@pytest.mark.parametrize(
    "form", ["Institut national de la statistique", "National Bureau of Statistics", "INS"]
)
def test_a_statistics_office_name_several_countries_share_is_no_entry(
    kb: KnowledgeBase, form: str
) -> None:
    assert kb.lookup(form) is None
