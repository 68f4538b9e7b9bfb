"""The article-level resolver (extractor.resolve.MentionResolver), on hand-made mentions."""

from __future__ import annotations

import pytest

from extractor.assemble import RawMention
from extractor.kb import load_kb
from extractor.kb.places import place_country, subdivision_code, subdivision_countries
from extractor.resolve import MentionResolver


def _resolver(mentions: list[RawMention], country: str, lang: str = "fr") -> MentionResolver:
    kb = load_kb()
    resolver = MentionResolver(mentions, [], kb, lang, "t-1")
    resolver.country = kb.country_by_alpha2(country)
    return resolver


def test_subdivisions_are_shipped_data_with_their_country() -> None:
    assert place_country("Atacora") == "BJ"
    assert place_country("Tandjilé") == "TD"
    assert len(subdivision_countries()) > 4000


def test_subdivisions_are_known_by_their_english_and_french_names() -> None:
    assert subdivision_code("Western Cape") == subdivision_code("Cap-Occidental") == "ZA-WC"
    assert subdivision_code("Colombie-Britannique") == "CA-BC"
    assert subdivision_code("Tarfaya") == "MA-TAF"  # its "(EH-partial)" note dropped
    assert subdivision_code("Sud") is None  # a name of several countries' regions


def test_a_region_has_one_id_in_both_languages() -> None:
    ids = []
    for text, lang in (("Western Cape", "en"), ("Cap-Occidental", "fr")):
        resolver = MentionResolver(
            [RawMention(text, 0, len(text), 0, "LOC")], [], load_kb(), lang, "t"
        )
        ids += [resolver.entity(cluster).id for cluster in resolver.clusters()]
    assert ids == ["iso:ZA-WC", "iso:ZA-WC"]


def test_a_region_of_the_article_s_country_tagged_as_a_person_is_a_place() -> None:
    atacora = RawMention("Atacora", 10, 17, 0, "PER")
    resolver = _resolver([atacora], "BJ")
    resolver.type_home_places()
    assert atacora.type == "LOC"


def test_a_region_of_another_country_keeps_its_tag() -> None:
    atacora = RawMention("Atacora", 10, 17, 0, "ORG")
    resolver = _resolver([atacora], "SN")
    resolver.type_home_places()
    assert atacora.type == "ORG"


def test_a_person_bearing_a_place_s_name_stays_a_person() -> None:
    full = RawMention("Jean Atacora", 0, 12, 0, "PER")
    short = RawMention("Atacora", 40, 47, 1, "PER")
    resolver = _resolver([full, short], "BJ")
    resolver.type_home_places()
    assert short.type == "PER"


def test_a_common_word_of_names_is_never_taken_for_a_region() -> None:
    east = RawMention("Est", 10, 13, 0, "ORG")  # Burkina Faso's "Est" region
    resolver = _resolver([east], "BF")
    resolver.type_home_places()
    assert east.type == "ORG"


def _typed(*items: tuple[str, str]) -> list[RawMention]:
    """One mention per (text, type), one sentence each, in order."""
    mentions, start = [], 0
    for i, (text, type_) in enumerate(items):
        mentions.append(RawMention(text, start, start + len(text), i, type_))
        start += len(text) + 10
    return mentions


def _bodies(texts: list[str]) -> list[RawMention]:
    """One organisation mention per text, one sentence each, in order."""
    return _typed(*((text, "ORG") for text in texts))


def _cluster_of(resolver: MentionResolver, text: str) -> set[str]:
    cluster = next(c for c in resolver.clusters() if any(m.text == text for m in c.mentions))
    return {m.text for m in cluster.mentions}


def test_a_capitalised_body_noun_alone_is_the_nearest_body_named_before() -> None:
    mentions = [
        RawMention("Banque mondiale", 0, 15, 0, "ORG"),
        RawMention("Banque de Maurice", 30, 47, 1, "ORG"),
        RawMention("Banque", 80, 86, 2, "ORG"),
    ]
    resolver = _resolver(mentions, "MU")
    assert _cluster_of(resolver, "Banque") == {"Banque de Maurice", "Banque"}


@pytest.mark.parametrize(
    ("lang", "texts", "bare", "headed"),
    [
        ("fr", ["Union africaine", "Commission de l'Union africaine"], "Union", "Union africaine"),
        ("en", ["African Union", "African Union Commission"], "Union", "African Union"),
        ("en", ["Bank of Ghana", "Bank Workers Union"], "Bank", "Bank of Ghana"),
    ],
)
def test_a_body_noun_alone_is_the_body_it_heads_not_one_it_owns(lang, texts, bare, headed):
    """'l'Union' after the Commission de l'Union africaine is the Union, nearer or not."""
    mentions = [RawMention(t, 40 * i, 40 * i + len(t), i, "ORG") for i, t in enumerate(texts)]
    mentions.append(RawMention(bare, 200, 200 + len(bare), 5, "ORG"))
    resolver = _resolver(mentions, "KE", lang)
    assert _cluster_of(resolver, bare) == {headed, bare}


def test_each_body_noun_alone_joins_its_own_body_not_its_namesakes() -> None:
    mentions = [
        RawMention("CAF Executive Committee", 0, 23, 0, "ORG"),
        RawMention("Committee", 60, 69, 1, "ORG"),
        RawMention("CAF Referees Committee", 100, 122, 2, "ORG"),
        RawMention("Committee", 160, 169, 3, "ORG"),
    ]
    resolver = _resolver(mentions, "EG", lang="en")
    clusters = [{m.start for m in c.mentions} for c in resolver.clusters()]
    assert sorted(map(sorted, clusters)) == [[0, 60], [100, 160]]


def test_a_possessive_owner_is_not_its_unit() -> None:
    mentions = [
        RawMention("Hydro-Québec", 0, 12, 0, "ORG"),
        RawMention("Hydro-Québec's Center of Excellence", 40, 75, 1, "ORG"),
        RawMention("Hydro-Québec", 120, 132, 2, "ORG"),
    ]
    resolver = _resolver(mentions, "CA", lang="en")
    assert _cluster_of(resolver, "Hydro-Québec") == {"Hydro-Québec"}


def test_a_body_noun_with_no_body_named_stays_alone() -> None:
    mentions = [RawMention("Fonds", 0, 5, 0, "ORG"), RawMention("Afreximbank", 20, 31, 1, "ORG")]
    resolver = _resolver(mentions, "EG")
    assert _cluster_of(resolver, "Fonds") == {"Fonds"}


def test_a_surname_of_several_words_met_in_a_full_name_is_that_person() -> None:
    mentions = [
        RawMention("Ingrid Solheim-Baptiste", 0, 23, 0, "PER"),
        RawMention("Solheim-Baptiste", 50, 66, 1, "ORG"),
        RawMention("Solheim-Baptiste", 90, 106, 2, "ORG"),
    ]
    resolver = _resolver(mentions, "MR", lang="en")
    assert {m.type for m in mentions} == {"PER"}
    assert len(_cluster_of(resolver, "Solheim-Baptiste")) == 2


def test_a_town_in_capitals_of_a_dateline_is_a_place_an_acronym_is_not() -> None:
    town = RawMention("TOULON", 0, 6, 0, "ORG")
    acronym = RawMention("DAX", 40, 43, 1, "ORG")  # a town of France too
    resolver = _resolver([town, acronym], "FR")
    resolver.type_home_places()
    assert (town.type, acronym.type) == ("LOC", "ORG")


def test_a_short_form_the_article_defines_keeps_its_type_everywhere() -> None:
    long = RawMention("Namibian Ports Authority", 0, 24, 0, "ORG")
    short = RawMention("Namport", 26, 33, 0, "ORG")
    later = [RawMention("Namport", 90, 97, 1, "LOC"), RawMention("Namport", 150, 157, 2, "LOC")]
    resolver = MentionResolver([long, short, *later], [(short.key, long.key)], load_kb(), "en", "t")
    assert {m.type for m in later} == {"ORG"}
    assert _cluster_of(resolver, "Namport") == {"Namibian Ports Authority", "Namport"}


def test_an_acronym_the_article_defines_is_not_the_knowledge_base_s_namesake() -> None:
    long = RawMention("Deposit and Consignment Fund", 0, 28, 0, "ORG")
    short = RawMention("CDC", 30, 33, 0, "ORG")
    us_cdc = "org:centers-for-disease-control-and-prevention-us"
    later = RawMention("CDC", 90, 93, 1, "ORG", kb_id=us_cdc)
    resolver = MentionResolver([long, short, later], [(short.key, long.key)], load_kb(), "en", "t")
    assert (short.kb_id, later.kb_id) == ("", "")
    cluster = next(c for c in resolver.clusters() if long in c.mentions)
    assert later in cluster.mentions


def test_a_company_s_one_word_name_is_its_id_whatever_long_form_defines_it() -> None:
    long = RawMention("Société nationale d'électricité du Sénégal", 0, 42, 0, "ORG")
    short = RawMention("Senelec", 44, 51, 0, "ORG")
    resolver = MentionResolver([long, short], [(short.key, long.key)], load_kb(), "fr", "t")
    english = MentionResolver([RawMention("Senelec", 0, 7, 0, "ORG")], [], load_kb(), "en", "u")
    assert _ids(resolver) == _ids(english) == {"org:senelec"}
    # an acronym in mixed case keeps its long form's key
    long = RawMention("Ressources naturelles Canada", 0, 28, 0, "ORG")
    short = RawMention("RNCan", 30, 35, 0, "ORG")
    resolver = MentionResolver([long, short], [(short.key, long.key)], load_kb(), "fr", "t")
    assert _ids(resolver) != {"org:rncan"}


def test_an_undefined_acronym_keeps_its_knowledge_base_link() -> None:
    cdc = RawMention("CDC", 0, 3, 0, "ORG")
    MentionResolver([cdc], [], load_kb(), "en", "t")
    assert cdc.kb_id == "org:centers-for-disease-control-and-prevention-us"


def test_the_government_is_that_of_the_article_s_country() -> None:
    government = RawMention("Gouvernement", 10, 22, 0, "ORG", kb_id="gov:*")
    resolver = _resolver([government], "SN")
    assert [resolver.entity(c).id for c in resolver.clusters()] == ["org:government-senegal"]
    alone = MentionResolver(
        [RawMention("Gouvernement", 10, 22, 0, "ORG", kb_id="gov:*")], [], load_kb(), "fr", "t"
    )
    assert [alone.entity(c).id for c in alone.clusters()] == [
        "org:government"
    ]  # no country known: the noun, in English as in "the Government"


def test_an_institution_has_one_id_in_both_languages() -> None:
    ids = []
    for text, lang in (("présidence de la République", "fr"), ("Presidency of the Republic", "en")):
        mention = RawMention(text, 0, len(text), 0, "ORG", kb_id="inst:presidency:*")
        resolver = _resolver([mention], "MG", lang=lang)
        ids += [
            (resolver.entity(c).id, resolver.entity(c).names["fr"]) for c in resolver.clusters()
        ]
    assert ids == [("org:presidency-madagascar", "Présidence de la République (Madagascar)")] * 2


def test_a_body_noun_no_body_owns_makes_no_entity() -> None:
    alone = RawMention("Conseil", 0, 7, 0, "ORG")
    owned = [
        RawMention("Conseil national du café", 20, 44, 1, "ORG"),
        RawMention("Conseil", 60, 67, 2, "ORG"),
    ]
    resolver = _resolver([alone], "CI")
    assert [resolver.anchored(c) for c in resolver.clusters()] == [False]
    resolver = _resolver(owned, "CI")
    assert [resolver.anchored(c) for c in resolver.clusters()] == [True]


def test_forms_are_found_as_whole_words_longest_first() -> None:
    import re

    from extractor.assemble import whole_word_occurrences

    text = "L'OMS et l'OMS-Togo, avec OMSA et la Banque mondiale ; la Banque, OMS."
    forms = ["OMS", "Banque mondiale", "Banque"]
    found = whole_word_occurrences(text, forms)
    assert [form for _, _, form in found] == ["OMS", "Banque mondiale", "Banque", "OMS"]
    pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    as_regex = [
        (m.start(), m.end(), m.group())
        for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text)
    ]
    assert found == as_regex  # the alternation it replaces, hit for hit


def _ids(resolver: MentionResolver) -> set[str]:
    return {resolver.entity(cluster).id for cluster in resolver.clusters()}


def test_a_ministry_is_the_country_s_its_name_gives_or_else_the_article_s() -> None:
    text = "ministère chinois de l'Écologie et de l'Environnement"
    resolver = _resolver([RawMention(text, 0, len(text), 0, "ORG")], "ZA")
    assert _ids(resolver) == {"org:ministry-ecological-environment-cn"}
    owned = RawMention("Ministry of Ecology and Environment", 8, 43, 0, "ORG")
    owned.extra["owner"] = "China"  # "China's Ministry of …"
    assert _ids(_resolver([owned], "ZA", lang="en")) == {"org:ministry-ecological-environment-cn"}
    plain = RawMention("Ministry of Ecology and Environment", 8, 43, 0, "ORG")
    assert _ids(_resolver([plain], "ZA", lang="en")) == {"org:ministry-ecological-environment-za"}


def test_a_ministry_of_an_unknown_portfolio_is_still_its_country_s() -> None:
    text = "ministère de la Solidarité rurale"  # no portfolio word the lexicon knows
    ids = [_ids(_resolver([RawMention(text, 0, len(text), 0, "ORG")], cc)) for cc in ("BJ", "TG")]
    assert ids[0] != ids[1]
    assert all(next(iter(i)).endswith(cc) for i, cc in zip(ids, ("-bj", "-tg"), strict=True))


def test_a_possessive_place_before_a_name_is_its_owner() -> None:
    import spacy
    from spacy.tokens import Doc

    from extractor.assemble import _possessive_owner

    words = ["and", "China", "'s", "Ministry", "of", "Ecology", "signed"]
    ents = ["O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    assert _possessive_owner(doc[3:6]) == "China"
    assert _possessive_owner(doc[1:2]) == ""


def test_a_company_s_legal_form_is_no_part_of_its_id() -> None:
    ids = [
        _ids(_resolver([RawMention(text, 0, len(text), 0, "ORG")], "MA", lang="en"))
        for text in ("Marula Telecom Group plc", "Marula Telecom Group")
    ]
    assert ids[0] == ids[1]


def test_a_shorter_name_joins_a_longer_one_only_as_its_head_or_generic_prefix() -> None:
    texts = [
        "Health Works Leaders Coalition",
        "Leaders Coalition",
        "Health Works",
        "Bank of Ireland Group plc",
        "Bank of Ireland",
    ]
    mentions = _bodies(texts)
    resolver = _resolver(mentions, "IE", lang="en")
    assert _cluster_of(resolver, "Leaders Coalition") == {
        "Health Works Leaders Coalition",
        "Leaders Coalition",
    }
    assert _cluster_of(resolver, "Health Works") == {"Health Works"}  # the initiative
    assert _cluster_of(resolver, "Bank of Ireland") == {
        "Bank of Ireland",
        "Bank of Ireland Group plc",
    }


def test_a_surname_of_several_words_or_a_first_surname_tagged_as_a_body_is_the_person() -> None:
    mentions = _typed(
        ("Juan Pablo Echeverría Solís", "PER"),
        ("Echeverría Solís", "ORG"),
        ("Liliana Beltrán Rojas", "PER"),
        ("Beltrán", "ORG"),
    )
    resolver = _resolver(mentions, "CO", lang="en")
    resolver._vote_types({})
    assert [m.type for m in mentions] == ["PER"] * 4
    assert _cluster_of(resolver, "Beltrán") == {"Liliana Beltrán Rojas", "Beltrán"}


def test_a_body_noun_in_a_name_the_model_took_for_a_person_stays_a_body() -> None:
    mentions = [
        RawMention("Nigerian Exchange Group", 0, 23, 0, "PER"),
        RawMention("Group", 60, 65, 1, "ORG"),
    ]
    resolver = _resolver(mentions, "NG", lang="en")
    resolver._vote_types({})
    assert mentions[1].type == "ORG"


def test_a_province_by_its_code_has_its_names_and_iso_id() -> None:
    on = RawMention("ON", 8, 10, 0, "LOC", kb_id="iso:CA-ON")
    resolver = _resolver([on], "CA", lang="en")
    entity = resolver.entity(resolver.clusters()[0])
    assert (entity.id, entity.name, entity.names["fr"]) == ("iso:CA-ON", "Ontario", "Ontario")


def test_a_country_that_only_qualifies_a_name_counts_less_than_the_dateline_s() -> None:
    from extractor.assemble import dominant_country

    for text, expected in (
        ("DAKAR, 18 March – The U.S. President's Malaria Initiative will help.", "SN"),
        ("DAKAR, 18 March – Talks with the U.S. ended.", "US"),  # named on its own
    ):
        at = text.index("U.S.")
        mentions = [RawMention("DAKAR", 0, 5, 0, "LOC"), RawMention("U.S.", at, at + 4, 0, "LOC")]
        country = dominant_country(mentions, load_kb(), text)
        assert country is not None and country.country == expected


def test_a_parent_s_name_is_not_its_subsidiary_or_foundation() -> None:
    texts = ["Sonatel Ventures", "Sonatel", "Sonatel Foundation", "Ecobank Group", "Ecobank"]
    mentions = _bodies(texts)
    resolver = _resolver(mentions, "SN", lang="en")
    assert _cluster_of(resolver, "Sonatel") == {"Sonatel"}
    assert _cluster_of(resolver, "Ecobank") == {"Ecobank", "Ecobank Group"}  # the same company


def test_a_company_s_legal_form_and_its_group_word_name_the_same_company() -> None:
    resolver = _resolver(_bodies(["OCP Group", "OCP SA", "Sonatel Ventures", "Sonatel SA"]), "MA")
    assert _cluster_of(resolver, "OCP SA") == {"OCP SA", "OCP Group"}
    assert _cluster_of(resolver, "Sonatel SA") == {"Sonatel SA"}
    french = _resolver(_bodies(["Groupe Sonatel", "Sonatel"]), "SN", lang="fr")
    assert _cluster_of(french, "Sonatel") == {"Sonatel", "Groupe Sonatel"}


@pytest.mark.parametrize(("name", "lang"), [("OCP Group", "en"), ("Groupe OCP", "fr")])
def test_an_acronym_s_group_keys_as_the_acronym_in_both_languages(name: str, lang: str) -> None:
    resolver = _resolver(_bodies([name]), "NG", lang=lang)
    assert resolver.entity(resolver.clusters()[0]).id == "org:ocp"


def test_an_event_noun_alone_is_the_one_longer_event_holding_it() -> None:
    from extractor.relate import _bare_events_joined

    def m(text: str, start: int) -> RawMention:
        return RawMention(text, start, start + len(text), 0, "EVENT")

    groups = {
        "forum africain de l'eau": [m("Forum africain de l'eau", 0)],
        "forum": [m("forum", 80)],
        "sommet de dakar": [m("Sommet de Dakar", 120)],
        "réunion": [m("réunion", 160)],
    }
    joined = _bare_events_joined(groups)
    assert [x.text for x in joined["forum africain de l'eau"]] == [
        "Forum africain de l'eau",
        "forum",
    ]
    assert "réunion" in joined  # no longer event holds it
    two = {"summit on water": [m("summit on water", 0)], "dakar summit": [m("Dakar Summit", 40)]}
    two["summit"] = [m("summit", 90)]
    assert "summit" in _bare_events_joined(two)  # two summits: none is taken
    # the end of a named event's name is that event
    named = {
        "eu-asean ministerial meeting": [m("EU-ASEAN Ministerial Meeting", 0)],
        "ministerial meeting": [m("ministerial meeting", 90)],
    }
    assert list(_bare_events_joined(named)) == ["eu-asean ministerial meeting"]


def test_a_body_s_name_and_the_same_name_with_its_seat_are_one() -> None:
    texts = [
        "Université Cheikh Anta Diop de Dakar",
        "Université Cheikh Anta Diop",
        "Ecobank Ghana",
        "Ecobank",
    ]
    mentions = _bodies(texts)
    resolver = _resolver(mentions, "SN")
    assert len(_cluster_of(resolver, "Université Cheikh Anta Diop")) == 2
    assert _cluster_of(resolver, "Ecobank") == {"Ecobank"}  # Ecobank Ghana is a branch


def test_a_board_named_without_its_body_is_its_article_s_own() -> None:
    def board_id(article_id: str) -> set[str]:
        resolver = MentionResolver(_bodies(["Board of Directors"]), [], load_kb(), "en", article_id)
        return _ids(resolver)

    assert board_id("a-1") != board_id("a-2")
    # named with its body, a board is that body's in every article and language
    one = _ids(_resolver(_bodies(["IMF Executive Board"]), "KE", "en"))
    other = _ids(_resolver(_bodies(["Conseil d'administration du FMI"]), "SN"))
    assert one == other == {"org:board-q7804"}


def test_a_body_noun_alone_never_stands_for_the_board_its_body_owns() -> None:
    resolver = _resolver(
        _bodies(["Board of Directors of the African Development Bank Group", "Bank"]), "CI", "en"
    )
    assert len(_ids(resolver)) == 2


def test_a_province_s_government_has_one_id_in_both_languages_and_its_country() -> None:
    fr = RawMention("gouvernement du Québec", 0, 22, 0, "ORG", kb_id="gov:iso:CA-QC")
    en = RawMention("Government of Quebec", 0, 20, 0, "ORG", kb_id="gov:iso:CA-QC")
    french, english = _resolver([fr], "FR"), _resolver([en], "US", "en")
    assert _ids(french) == _ids(english) == {"org:government-quebec"}
    entity = english.entity(english.clusters()[0])
    assert (entity.name, entity.country) == ("Government of Quebec", "Q16")


def test_a_national_body_is_its_country_s() -> None:
    benin = _ids(_resolver(_bodies(["Agence nationale de l'aviation civile"]), "BJ"))
    togo = _ids(_resolver(_bodies(["Agence nationale de l'aviation civile"]), "TG"))
    english = _ids(_resolver(_bodies(["National Civil Aviation Agency"]), "BJ", "en"))
    assert benin == english != togo
    # a body of national bodies from many countries is no country's
    alliance = "Global Alliance of National Human Rights Institutions"
    assert _ids(_resolver(_bodies([alliance]), "CM", "en")) == _ids(
        _resolver(_bodies([alliance]), "KE", "en")
    )


def test_a_region_named_with_its_kind_noun_is_its_subdivision() -> None:
    french = _ids(_resolver(_typed(("région de Tambacounda", "LOC")), "SN"))
    english = _ids(_resolver(_typed(("Tambacounda Region", "LOC")), "SN", "en"))
    assert french == english == {"iso:SN-TC"}
    # a Kenyan county
    french = _ids(_resolver(_typed(("comté de Turkana", "LOC")), "KE"))
    english = _ids(_resolver(_typed(("Turkana County", "LOC")), "KE", "en"))
    assert french == english == {"iso:KE-43"}
    # an English compass word before a francophone region's name
    french = _ids(_resolver(_typed(("province du Nord-Kivu", "LOC")), "CD"))
    english = _ids(_resolver(_typed(("North Kivu", "LOC")), "CD", "en"))
    assert french == english == {"iso:CD-NK"}


def test_a_natural_feature_is_no_subdivision_of_its_name() -> None:
    french = _ids(_resolver(_typed(("mer Rouge", "LOC")), "EG"))
    english = _ids(_resolver(_typed(("Red Sea", "LOC")), "SD", "en"))
    assert french == english and not any(i.startswith("iso:") for i in french)


def test_a_national_body_s_country_is_its_scope_however_the_name_gives_it() -> None:
    french = _ids(_resolver(_bodies(["Institut national de la statistique du Mali"]), "SN"))
    english = RawMention("National Institute of Statistics", 0, 32, 0, "ORG")
    english.extra["owner"] = "Mali"  # "Mali's | National Institute of Statistics"
    assert (
        french == _ids(_resolver([english], "SN", "en")) == {"org:institute-national-statistic-ml"}
    )


def test_a_country_s_possessive_keys_as_the_name_s_country() -> None:
    french = _ids(
        _resolver(_bodies(["Autorité de régulation des télécommunications du Burkina Faso"]), "BF")
    )
    english = RawMention("Telecommunications Regulatory Authority", 0, 39, 0, "ORG")
    english.extra["owner"] = "Burkina Faso"
    assert french == _ids(_resolver([english], "BF", "en"))
    # a city's possessive is no country's
    city = RawMention("Telecommunications Regulatory Authority", 0, 39, 0, "ORG")
    city.extra["owner"] = "Dakar"
    assert _ids(_resolver([city], "SN", "en")) != french


def test_a_body_noun_alone_stands_for_a_known_body_named_by_its_acronym() -> None:
    mentions = [
        RawMention("World Meteorological Organization", 0, 33, 0, "ORG", kb_id="Q170424"),
        RawMention("FAO", 50, 53, 1, "ORG", kb_id="Q82151"),
        RawMention("Organization", 80, 92, 2, "ORG"),
    ]
    resolver = _resolver(mentions, "NE", "en")
    assert _cluster_of(resolver, "Organization") == {"FAO", "Organization"}


def test_a_body_named_with_and_without_its_known_owner_is_one() -> None:
    texts = ["Commission sur le lien social de l'OMS", "Commission sur le lien social"]
    resolver = _resolver(_bodies(texts), "MA")
    assert _cluster_of(resolver, "Commission sur le lien social") == set(texts)
    # two owners: the short name is neither's
    two = ["Bureau régional de l'OMS", "Bureau régional de l'UNICEF", "Bureau régional"]
    resolver = _resolver(_bodies(two), "SN")
    assert _cluster_of(resolver, "Bureau régional") == {"Bureau régional"}
    # a name ending on words that name no known body stays another body
    other = ["Banque africaine de développement", "Banque africaine"]
    assert _cluster_of(_resolver(_bodies(other), "CI"), "Banque africaine") == {"Banque africaine"}


@pytest.mark.parametrize(
    ("name", "lang", "key"),
    [
        ("WHO Country Office in Morocco", "en", "office-q7817-q1028"),
        ("bureau de l'OMS au Maroc", "fr", "office-q7817-q1028"),
        ("bureau pays du PNUD au Mali", "fr", "office-q161718-q912"),
    ],
)
def test_a_body_s_office_in_a_country_keys_as_a_title_s_office(name, lang, key):
    from extractor.resolve import name_key

    assert name_key(name, lang, load_kb()) == key


def test_a_regional_office_keeps_its_name_key():
    from extractor.resolve import name_key

    # its sorted parts, the region word kept: no country office
    assert name_key("WHO Regional Office for Africa", "en", load_kb()) == "office-q15-q7817-region"


@pytest.mark.parametrize(
    ("lang", "place"), [("fr", "parc national de Taï"), ("en", "Taï National Park")]
)
def test_one_word_taken_for_a_person_is_the_place_whose_name_it_gives(lang, place):
    mentions = [
        RawMention(place, 0, len(place), 0, "LOC"),
        RawMention("Taï", 100, 103, 2, "PER"),
    ]
    assert _cluster_of(_resolver(mentions, "CI", lang), "Taï") == {place, "Taï"}


def test_a_surname_of_a_person_the_article_names_stays_a_person():
    mentions = [
        RawMention("Nelson Mandela", 0, 14, 0, "PER"),
        RawMention("Mandela Bay", 40, 51, 1, "LOC"),
        RawMention("Mandela", 100, 107, 2, "PER"),
    ]
    resolver = _resolver(mentions, "ZA", "en")
    assert "Mandela Bay" not in _cluster_of(resolver, "Mandela")


def test_a_region_name_several_countries_use_is_the_article_country_s():
    from extractor.kb.places import subdivision_code, subdivision_in

    assert subdivision_code("Nord") is None  # Cameroon's, Burkina Faso's, France's …
    assert subdivision_in("Nord", "CM") == "CM-NO"
    assert subdivision_in("Savanes", "TG") == "TG-S"
    assert subdivision_in("Savanes", "SN") is None
    assert subdivision_in("Atacora", "BJ") == "BJ-AK"  # a unique name, in its own country
    assert subdivision_in("Atacora", "TG") is None


@pytest.mark.parametrize(("text", "lang"), [("région du Nord", "fr"), ("North Region", "en")])
def test_a_shared_region_name_keys_in_the_article_s_country(text, lang):
    resolver = _resolver([RawMention(text, 0, len(text), 0, "LOC")], "CM", lang)
    assert [resolver.entity(c).id for c in resolver.clusters()] == ["iso:CM-NO"]


def test_the_country_sending_an_envoy_counts_less_than_the_one_it_is_in() -> None:
    from extractor.assemble import dominant_country

    text = "L'ambassade du Japon et l'ambassadeur du Japon au Togo ont signé à Lomé."
    places = [("Japon", text.index("Japon")), ("Japon", text.rindex("Japon"))]
    places += [("Togo", text.index("Togo")), ("Lomé", text.index("Lomé"))]
    mentions = [RawMention(t, s, s + len(t), 0, "LOC") for t, s in places]
    country = dominant_country(mentions, load_kb(), text)
    assert country is not None and country.country == "TG"


@pytest.mark.parametrize(
    ("lang", "short", "long"),
    [
        ("en", "Embassy of Japan", "Embassy of Japan in Togo"),
        ("fr", "ambassade du Japon", "ambassade du Japon au Togo"),
    ],
)
def test_an_embassy_named_with_and_without_its_host_is_one(lang: str, short: str, long: str):
    resolver = _resolver(_bodies([short, long]), "TG", lang=lang)
    assert _cluster_of(resolver, short) == {short, long}
