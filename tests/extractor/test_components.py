"""Our spaCy components on blank pipelines and hand-made docs (no trained model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import extractor.components  # noqa: F401  (registers the factories)
from extractor.components.util import initials_fit
from extractor.resolve import _person_short_form, _words


@pytest.fixture(scope="module")
def blank_fr():
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsgraph_entities")
    nlp.add_pipe("newsgraph_relations")
    return nlp


@pytest.fixture(scope="module")
def blank_en():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsgraph_entities")
    nlp.add_pipe("newsgraph_relations")
    return nlp


def run(nlp, words: list[str], ents: list[str], spaces: list[bool] | None = None):
    """A hand-made doc with the model's entities, through our components only."""
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def run_untagged(nlp, words: str):
    """`run` on space-separated words the model tagged nothing in."""
    tokens = words.split()
    return run(nlp, tokens, ["O"] * len(tokens))


@pytest.mark.parametrize(
    ("short", "long", "fits"),
    [
        ("OMS", "Organisation mondiale de la Santé", True),
        ("PNUD", "Programme des Nations unies pour le développement", True),
        ("AfDB", "African Development Bank", True),
        ("FMI", "Banque mondiale", False),
    ],
)
def test_acronym_initials(short, long, fits):
    assert initials_fit(short, long) is fits


def test_acronym_definition_is_typed_and_linked_to_the_knowledge_base(blank_fr):
    doc = blank_fr("Le Programme alimentaire mondial (PAM) aide le Niger.")
    pairs = doc._.acronyms
    assert [(p.short.text, p.long.text) for p in pairs] == [
        ("PAM", "Programme alimentaire mondial")
    ]
    assert pairs[0].short.label_ == "ORG" and pairs[0].short.kb_id_ == pairs[0].long.kb_id_ != ""


def test_acronym_before_its_long_form(blank_en):
    doc = blank_en(
        "The BNGRC (Bureau National de Gestion des Risques et des Catastrophes) will act."
    )
    assert [(p.short.text, p.long.text) for p in doc._.acronyms] == [
        ("BNGRC", "Bureau National de Gestion des Risques et des Catastrophes")
    ]


@pytest.mark.parametrize(
    ("text", "long"),
    [
        # an enumeration with commas, the initials spelling the acronym
        (
            "La Faculté de médecine, de pharmacie et d'odontologie (FMPO) ouvre.",
            "Faculté de médecine, de pharmacie et d'odontologie",
        ),
        # a plural head noun
        (
            "Les Instituts de recherche en santé du Canada (IRSC) financent.",
            "Instituts de recherche en santé du Canada",
        ),
        # capitalised words around lower-case stop words: a proper name
        (
            "La Haute Autorité pour la Bonne Gouvernance (HABG) a signé.",
            "Haute Autorité pour la Bonne Gouvernance",
        ),
        # stop words do not count against the long form's length
        (
            "avec le Conseil de recherches en sciences naturelles et en génie du Canada (CRSNG).",
            "Conseil de recherches en sciences naturelles et en génie du Canada",
        ),
        # a noun that names a body in running text heads its long form
        ("Le Port autonome de San-Pedro (PASP) recrute.", "Port autonome de San-Pedro"),
    ],
)
def test_untagged_long_forms_of_acronyms(blank_fr, text, long):
    pairs = [(p.short.label_, p.long.text) for p in blank_fr(text)._.acronyms]
    assert pairs == [("ORG", long)]


def test_a_long_form_the_model_cut_before_its_lower_case_words_runs_to_the_bracket(blank_fr):
    words = (
        "et l' Agence malienne pour le développement de l' énergie domestique et l' "
        "électrification rurale ( AMADER ) ont signé"
    ).split()
    assert _pairs_after_cut_body(blank_fr, words) == {("AMADER", " ".join(words[2:15]))}


def test_a_cut_long_form_needs_the_acronym_s_letters(blank_fr):
    # thirteen words: past the reach of a long form read without letters
    words = (
        "et l' Agence malienne pour le suivi et l' évaluation des grands projets du pays "
        "( ZYX ) ont signé"
    ).split()
    assert not any(short == "ZYX" for short, _ in _pairs_after_cut_body(blank_fr, words))


@pytest.mark.parametrize(("acronym", "paired"), [("GWSP", True), ("KLMN", False)])
def test_an_english_acronym_of_a_french_name_the_model_cut_runs_to_the_bracket(
    blank_fr, acronym: str, paired: bool
):
    # Global Water Security and Sanitation Partnership: its initials in English
    words = (
        "et l' Partenariat mondial pour la sécurité de l' eau et l' assainissement "
        f"( {acronym} ) a signé"
    ).split()
    long = " ".join(words[2:13])
    assert ((acronym, long) in _pairs_after_cut_body(blank_fr, words)) is paired


def _pairs_after_cut_body(nlp, words: list[str]) -> set[tuple[str, str]]:
    """Acronym pairs where the model tagged only the two words after "et l'"."""
    doc = run(nlp, words, ["O", "O", "B-ORG", "I-ORG"] + ["O"] * (len(words) - 4))
    return {(p.short.text, p.long.text) for p in doc._.acronyms}


def test_a_comma_ends_a_long_form_whose_initials_do_not_fit(blank_fr):
    doc = blank_fr("Selon la Banque mondiale, les pays pauvres (PPTE) souffrent.")
    assert [p.long.text for p in doc._.acronyms] == []


def test_a_title_the_model_took_for_a_person_does_not_hide_the_long_form(blank_fr):
    words = "Il est nommé Directeur général de la Société nationale d' électricité du Sénégal"
    words_list = [*words.split(), "(", "SENELEC", ")", "."]
    ents = ["O"] * 3 + ["B-PER"] + ["I-PER"] * 9 + ["O", "B-ORG", "O", "O"]
    doc = run(blank_fr, words_list, ents)
    assert [(p.short.text, p.long.text) for p in doc._.acronyms] == [
        ("SENELEC", "Société nationale d' électricité du Sénégal")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "LOMÉ, Togo, 10 March 2026 – The board met.",
        "LOMÉ, 10 March 2026 – The board met.",
    ],
)
def test_a_dateline_may_name_the_country_before_the_date(blank_en, text):
    first = blank_en(text).ents[0]
    assert (first.text, first.label_, first.kb_id_) == ("LOMÉ", "LOC", "Q3792")


def test_a_dateline_may_end_on_a_dash_after_its_country(blank_en):
    first = blank_en("DAKAR, Senegal — The board met.").ents[0]
    assert (first.text, first.label_, first.kb_id_) == ("DAKAR", "LOC", "Q3718")
    # capitals then a comma, with neither date nor dash: an ordinary sentence
    first = blank_en("WHO, Senegal and Mali met.").ents[0]
    assert (first.text, first.label_) == ("WHO", "ORG")


@pytest.mark.parametrize(
    ("nlp_name", "text", "agency"),
    [
        ("blank_fr", "DAKAR, 12 mars 2025 (APS) – Le Sénégal a lancé un programme.", "APS"),
        ("blank_en", "LONDON, March 3 (Reuters) - The bank raised rates.", "Reuters"),
    ],
)
def test_a_dateline_s_news_agency_in_brackets_is_a_body(request, nlp_name, text, agency):
    ents = request.getfixturevalue(nlp_name)(text).ents
    assert (agency, "ORG") in [(e.text, e.label_) for e in ents]


def test_brackets_after_a_date_with_no_dash_name_no_agency(blank_en):
    ents = blank_en("DAKAR, 12 March 2025 (see annex) the board met.").ents
    assert [e.text for e in ents] == ["DAKAR"]


def test_a_dateline_s_province_code_is_that_province(blank_en):
    ents = blank_en("OTTAWA, ON, October 14, 2025 – The minister spoke.").ents
    assert [(e.text, e.label_, e.kb_id_) for e in ents[:2]] == [
        ("OTTAWA", "LOC", "Q1930"),
        ("ON", "LOC", "iso:CA-ON"),
    ]
    # no such code in the town's country: nothing
    assert [e.text for e in blank_en("OTTAWA, XQ, October 14, 2025 – The minister spoke.").ents][
        :1
    ] == ["OTTAWA"]


def test_honorifics_are_stripped_and_titled_misc_becomes_a_person(blank_fr):
    words = ["Sa", "Majesté", "le", "Roi", "Mohammed", "VI", "a", "reçu", "M.", "Diallo", "."]
    ents = [
        "B-MISC",
        "I-MISC",
        "I-MISC",
        "I-MISC",
        "I-MISC",
        "I-MISC",
        "O",
        "O",
        "B-PER",
        "I-PER",
        "O",
    ]
    doc = run(blank_fr, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == [("Mohammed VI", "PER"), ("Diallo", "PER")]


@pytest.mark.parametrize(
    ("nlp", "words"),
    [
        ("fr", "Awa Ba , ministre de la Justice , garde des Sceaux , a dit".split()),
        ("en", "Awa Ba , Minister of Justice , Keeper of the Seals , said".split()),
    ],
)
def test_a_capitalised_word_inside_a_title_is_no_place(request, nlp, words):
    pipeline = request.getfixturevalue(f"blank_{nlp}")
    seals = words.index("Sceaux" if nlp == "fr" else "Seals")
    ents = ["O"] * len(words)
    ents[seals] = "B-LOC"
    assert all(text not in ("Sceaux", "Seals") for text, _ in _ents(pipeline, words, ents))


def test_portfolio_words_after_and_read_as_a_person_are_no_name(blank_en):
    words = "the Minister of Climate and Green Growth , Sander Kuipers , said".split()
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert _ents(blank_en, words, ents) == [("Sander Kuipers", "PER")]


def test_a_role_is_never_an_organisation(blank_fr):
    words = ["Le", "ministre", "de", "la", "Santé", "est", "arrivé", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert list(run(blank_fr, words, ents).ents) == []


def test_apposition_after_the_name_gives_leads_with_role(blank_fr):
    words = [
        "Amina",
        "Sow",
        ",",
        "directrice",
        "générale",
        "de",
        "l'",
        "OMS",
        ",",
        "a",
        "parlé",
        ".",
    ]
    ents = ["B-PER", "I-PER", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"]
    doc = run(blank_fr, words, ents)
    leads = [c for c in doc._.relations if c.predicate == "LEADS"]
    assert len(leads) == 1
    assert (leads[0].subject.text, leads[0].object.text) == ("Amina Sow", "OMS")
    assert leads[0].role == "directrice générale de l' OMS"
    assert leads[0].role_class == "director" and leads[0].status == "current"


def test_former_title_before_the_name(blank_en):
    words = [
        "The",
        "former",
        "president",
        "of",
        "the",
        "World",
        "Bank",
        ",",
        "John",
        "Mbeki",
        ",",
        "spoke",
        ".",
    ]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = run(blank_en, words, ents)
    leads = [c for c in doc._.relations if c.predicate == "LEADS"]
    assert [(c.subject.text, c.object.text, c.status) for c in leads] == [
        ("John Mbeki", "World Bank", "former")
    ]


def test_deputy_is_a_member_not_a_leader(blank_en):
    words = ["Ana", "Lima", ",", "deputy", "director", "of", "UNICEF", ",", "said", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "O", "O", "O"]
    doc = run(blank_en, words, ents)
    assert [c.predicate for c in doc._.relations] == ["MEMBER_OF"]


def test_coordinated_ministers_get_one_ministry_each(blank_fr):
    words = [
        "les",
        "ministres",
        "de",
        "la",
        "Santé",
        "et",
        "des",
        "Finances",
        ",",
        "Ali",
        "Ba",
        "et",
        "Awa",
        "Fall",
        ".",
    ]
    ents = ["O"] * 9 + ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O"]
    doc = run(blank_fr, words, ents)
    leads = sorted(
        (c.subject.text, c.implicit.name) for c in doc._.relations if c.predicate == "LEADS"
    )
    assert leads == [("Ali Ba", "ministère de la Santé"), ("Awa Fall", "ministère des Finances")]


@pytest.mark.parametrize(
    ("short", "long", "same"),
    [
        ("Ait Taleb", "Khalid Ait Taleb", True),
        ("A. Diallo", "Amina Diallo", True),
        ("Diallo", "Amina Diallo", True),
        ("Diallo", "Amina Sow", False),
        ("B. Diallo", "Amina Diallo", False),
        ("Fergal", "Fergal Brennan", True),  # a given name used as address
        ("Liu", "Liu Wenhua", True),  # a family name written first
        ("Al", "Al Harthi", False),  # too short to stand for anyone
        ("Quintero", "Hernán Darío Quintero Ospina", True),  # first of two surnames
    ],
)
def test_person_short_forms(short, long, same):
    assert _person_short_form(_words(short), _words(long)) is same


def test_an_organisation_noun_makes_a_tagged_place_an_organisation(blank_fr):
    words = ["L'", "Université", "de", "Bangui", "a", "signé", "."]
    ents = ["O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O"]
    doc = run(blank_fr, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == [("Université de Bangui", "ORG")]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (["in", "the", "Tillabéri", "region", "."], ["O", "O", "B-ORG", "O", "O"], "Tillabéri"),
        (["in", "Zagora", "province", "."], ["O", "B-LOC", "I-LOC", "O"], "Zagora"),
        (["the", "town", "of", "Djibo", "."], ["O", "O", "O", "B-PERSON", "O"], "Djibo"),
    ],
)
def test_a_kind_of_place_around_a_name_makes_it_a_place(blank_en, words, ents, expected):
    doc = run(blank_en, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == [(expected, "LOC")]


def test_a_hyphenated_surname_after_a_title_is_kept_whole(blank_en):
    doc = Doc(
        blank_en.vocab,
        words=["Ms", "Sophie", "Arnaud", "-", "Delmas", "spoke", "."],
        spaces=[True, True, False, False, True, False, False],
        pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
    )
    for _name, proc in blank_en.pipeline:
        doc = proc(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Sophie Arnaud-Delmas", "PER")]


def test_accented_initials_and_word_like_short_names_pair_with_their_long_form(blank_fr):
    doc = blank_fr(
        "Elle a travaillé chez EDF (Électricité de France). L'Institut national de la santé "
        "et de la recherche médicale (Inserm) recrute."
    )
    doc = Doc(
        blank_fr.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]
    )
    ents = ["O"] * len(doc)
    start = next(t.i for t in doc if t.text == "Institut")
    end = next(t.i for t in doc if t.text == "médicale") + 1
    ents[start] = "B-ORG"
    for i in range(start + 1, end):
        ents[i] = "I-ORG"
    doc = run(blank_fr, [t.text for t in doc], ents)
    pairs = {(p.short.text, p.long.text) for p in doc._.acronyms}
    assert ("EDF", "Électricité de France") in pairs
    assert ("Inserm", "Institut national de la santé et de la recherche médicale") in pairs


def test_an_acronym_read_as_a_noun_is_an_untagged_name(blank_fr):
    from extractor.components.util import untagged_name

    doc = Doc(blank_fr.vocab, words=["de", "l'", "ANP", ",", "la", "banque"])
    for token in doc:
        token.pos_ = "NOUN"  # what the French tagger often says of an acronym
    span = untagged_name(doc, 2, len(doc))
    assert span is not None and span.text == "ANP" and span.label_ == "ORG"
    assert untagged_name(doc, 5, len(doc)) is None  # a lower-case noun is no name


def test_no_sentence_ends_on_a_bracket_without_a_line_break(blank_en):
    from extractor.components.util import sentences

    words = ["Reserve", "Bank", "(", "RBA", ")", "Governor", "Ann", "Lee", "spoke", "."]
    starts = [True] + [False] * 4 + [True] + [False] * 4  # the parser's split
    doc = Doc(blank_en.vocab, words=words, sent_starts=starts)
    assert [s.text for s in sentences(doc)] == [doc.text.strip()]


def test_a_person_tagged_name_ending_on_a_body_word_is_an_organisation(blank_en):
    doc = run(
        blank_en,
        ["Kwame", "Boateng", "University", "signed", "."],
        ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("Kwame Boateng University", "ORG")]


@pytest.mark.parametrize(
    ("words", "label"),
    [
        (["Orabank", "Togo", "signed", "."], "ORG"),  # a company's subsidiary
        (["Ecobank", "Côte", "d'", "Ivoire", "signed", "."], "ORG"),
        (["Tom", "Holland", "signed", "."], "PER"),  # a country's name people bear
    ],
)
def test_a_person_tagged_name_ending_on_a_country_is_a_body(blank_en, words, label):
    tags = ["B-PERSON"] + ["I-PERSON"] * (len(words) - 3) + ["O", "O"]
    doc = run(blank_en, words, tags)
    assert [(e.text, e.label_) for e in doc.ents] == [(" ".join(words[:-2]), label)]


@pytest.mark.parametrize(
    ("last", "tag", "expected"),
    [
        ("Boina", "B-GPE", [("Ahmed Said Boina", "PER")]),  # no place the base knows
        ("Dakar", "B-GPE", [("Ahmed Said", "PER"), ("Dakar", "LOC")]),  # a known town
    ],
)
def test_an_unknown_place_right_after_a_person_s_name_is_its_last_word(
    blank_en, last, tag, expected
):
    words = ["Mr.", "Ahmed", "Said", last, "spoke", "."]
    tags = ["O", "B-PERSON", "I-PERSON", tag, "O", "O"]
    doc = run(blank_en, words, tags)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_a_nationality_before_a_name_is_neither_a_place_nor_part_of_the_name(blank_fr):
    words = ["que", "dirige", "la", "Norvégienne", "Ingrid", "Halvorsen", "."]
    ents = ["O", "O", "O", "B-LOC", "B-PER", "I-PER", "O"]
    doc = run(blank_fr, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ingrid Halvorsen", "PER")]


def test_a_title_and_its_complement_tagged_as_a_person_are_no_name(blank_fr):
    words = ["au", "président", "de", "la", "Cour", ",", "Gunnar", "Eiriksson", "."]
    ents = ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "O"]
    doc = run(blank_fr, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == [("Gunnar Eiriksson", "PER")]


def test_a_word_in_capitals_after_an_article_is_a_body_and_never_a_town(blank_fr, blank_en):
    doc = run(
        blank_fr,
        ["La", "HABG", "était", "représentée", "par", "le", "PDG", "."],
        ["O"] * 8,
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("HABG", "ORG")]  # "le PDG" is a title
    # "Kemri" is a town; "KEMRI" in running text is the institute
    doc = run(blank_en, ["KEMRI", ",", "whose", "head", "spoke"], ["B-PERSON", "O", "O", "O", "O"])
    assert [(e.text, e.label_) for e in doc.ents] == [("KEMRI", "ORG")]


def test_a_name_a_person_s_relative_pronoun_follows_is_a_person(blank_en):
    words = ["She", "takes", "over", "from", "Jean", "Ah-Kong", ",", "who", "retires", "."]
    ents = ["O"] * 4 + ["B-ORG", "I-ORG"] + ["O"] * 4
    assert [(e.text, e.label_) for e in run(blank_en, words, ents).ents] == [
        ("Jean Ah-Kong", "PER")
    ]
    words = ["She", "thanked", "the", "World", "Bank", ",", "who", "paid", "."]
    ents = ["O"] * 3 + ["B-ORG", "I-ORG"] + ["O"] * 4
    assert [(e.text, e.label_) for e in run(blank_en, words, ents).ents] == [("World Bank", "ORG")]


@pytest.mark.parametrize(
    ("words", "ents", "label"),
    [
        (
            ["Court", ",", "chaired", "by", "Kodjo", "Agbéwonou", ","],
            ["O"] * 4 + ["B-ORG", "I-ORG", "O"],
            "PER",
        ),
        (
            ["coalition", "led", "by", "Kodjo", "Agbéwonou", ","],
            ["O"] * 3 + ["B-ORG", "I-ORG", "O"],
            "ORG",
        ),
        (
            ["forum", "chaired", "by", "World", "Bank", "."],
            ["O"] * 3 + ["B-ORG", "I-ORG", "O"],
            "ORG",
        ),
    ],
)
def test_a_name_that_chairs_is_a_person(blank_en, words, ents, label):
    assert [e.label_ for e in run(blank_en, words, ents).ents] == [label]


def _pairs(nlp, words: list[str], ents: list[str]) -> set[tuple[str, str, str]]:
    doc = run(nlp, words, ents)
    return {(p.short.text, p.long.text, p.short.kb_id_) for p in doc._.acronyms}


@pytest.mark.parametrize(
    ("words", "ents", "pair"),
    [  # a short name from the body's other language, after a tagged body
        (
            ["L'", "Agence", "marocaine", "pour", "l'", "énergie", "durable", "(", "Masen", ")"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O"],
            ("Masen", "Agence marocaine pour l' énergie durable"),
        ),
        (  # a two-word name whose letters the short name takes in order
            ["par", "Hydrogen", "Oman", "(", "Hydrom", ")", "."],
            ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O"],
            ("Hydrom", "Hydrogen Oman"),
        ),
    ],
)
def test_a_bracketed_short_name_after_a_body_is_its_short_name(blank_fr, words, ents, pair):
    assert (*pair, "") in _pairs(blank_fr, words, ents)


@pytest.mark.parametrize(
    "short",
    ["Rabat", "Maroc", "Tahiri"],  # a place; a word not opening any of the name's words
)
def test_a_bracketed_place_or_unrelated_word_is_no_short_name(blank_fr, short):
    words = ["L'", "Agence", "marocaine", "pour", "l'", "énergie", "durable", "(", short, ")"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert _pairs(blank_fr, words, ents) == set()


def test_a_national_acronym_defined_for_another_body_is_not_the_kb_namesake(blank_en):
    words = ["the", "Deposit", "and", "Consignment", "Fund", "(", "CDC", ")", "said"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O"]
    assert _pairs(blank_en, words, ents) == {("CDC", "Deposit and Consignment Fund", "")}


def test_a_world_body_s_acronym_defined_for_another_body_is_not_the_kb_namesake(blank_en):
    words = ["the", "African", "Water", "Facility", "(", "AWF", ")", "approved"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O"]
    # AWF is also the African Wildlife Foundation: one shared word of three is not its name
    assert _pairs(blank_en, words, ents) == {("AWF", "African Water Facility", "")}


def test_an_untagged_long_form_of_a_kb_acronym_s_namesake_is_not_the_kb_body(blank_en):
    words = ["under", "the", "Resilience", "and", "Sustainability", "Facility", "(", "RSF", ")"]
    ents = ["O"] * len(words)  # RSF is also Reporters Without Borders: no word in common
    pairs = _pairs(blank_en, words, ents)
    assert pairs == {("RSF", "Resilience and Sustainability Facility", "")}


def test_a_kb_acronym_after_its_own_name_keeps_its_id(blank_en):
    words = ["the", "Centers", "for", "Disease", "Control", "and", "Prevention", "(", "CDC", ")"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    kb_id = "org:centers-for-disease-control-and-prevention-us"
    assert {p[2] for p in _pairs(blank_en, words, ents)} == {kb_id}


def test_an_acronym_with_its_country_in_brackets_pairs_with_its_long_form(blank_fr):
    words = ["La", "Caisse", "des", "dépôts", "et", "consignations", "du", "Bénin", "(", "CDC"]
    words += ["Bénin", ")", "recrute"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    ents += ["O", "O"]
    pairs = _pairs(blank_fr, words, ents)
    assert {(p[0], p[1]) for p in pairs} == {
        ("CDC Bénin", "Caisse des dépôts et consignations du Bénin")
    }


@pytest.mark.parametrize(
    ("words", "ents", "label"),
    [
        (["camp", "in", "Ménaka", "opened"], ["O", "O", "B-PERSON", "O"], "LOC"),  # Mali's region
        (["bureau", "au", "Cap-Occidental", "."], ["O", "O", "B-ORG", "O"], "LOC"),
        (["Ménaka", "said", "so"], ["B-PERSON", "O", "O"], "PER"),  # no place word before
    ],
)
def test_a_region_after_a_place_preposition_is_a_place(blank_en, blank_fr, words, ents, label):
    nlp = blank_fr if "au" in words else blank_en
    doc = run(nlp, words, ents)
    assert [e.label_ for e in doc.ents] == [label]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (  # the model starts a place at the second portfolio
            ["du", "ministère", "de", "l'", "Agriculture", "et", "de", "l'", "Élevage", "depuis"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O"],
            "ministère de l' Agriculture et de l' Élevage",
        ),
        (  # and a name of its own after ", du"
            ["Le", "ministère", "de", "l'", "Agriculture", ",", "du", "Développement", "et"]
            + ["des", "Productions", ",", "la", "FAO"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-MISC", "O"]
            + ["O", "B-ORG", "O", "O", "B-ORG"],
            "ministère de l' Agriculture , du Développement et des Productions",
        ),
        (  # the model tagged nothing; a portfolio word in lower case goes on
            ["Le", "ministère", "de", "la", "Transition", "énergétique", "a", "signé"],
            ["O"] * 8,
            "ministère de la Transition énergétique",
        ),
    ],
)
def test_a_ministry_s_name_runs_over_all_its_portfolios(blank_fr, words, ents, expected):
    doc = run(blank_fr, words, ents)
    assert expected in [e.text for e in doc.ents if e.label_ == "ORG"]


def test_a_known_body_after_a_ministry_is_not_a_portfolio(blank_fr):
    words = ["Le", "ministère", "de", "la", "Santé", ",", "de", "la", "Banque", "mondiale"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG"]
    doc = run(blank_fr, words, ents)
    assert [e.text for e in doc.ents] == ["ministère de la Santé", "Banque mondiale"]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (  # a designation after the body's acronym
            ["a", "UNESCO", "World", "Heritage", "site"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
            [("UNESCO", "Q7809")],
        ),
        (  # a unit of the body keeps its whole name
            ["the", "WHO", "Regional", "Office", "said"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
            [("WHO Regional Office", "")],
        ),
        (  # so does a country office
            ["UNICEF", "Madagascar", "said"],
            ["B-ORG", "I-ORG", "O"],
            [("UNICEF Madagascar", "")],
        ),
    ],
)
def test_a_known_body_with_capitalised_modifiers_is_the_body(blank_en, words, ents, expected):
    doc = run(blank_en, words, ents)
    assert [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "ORG"] == expected


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["Le", "Gouvernement", "a", "nommé", "M.", "Ba", "."], True),
        (["Gouvernement", ":", "le", "remaniement"], False),  # a headline's first word
        (["Le", "Conseil", "a", "félicité", "le", "Gouvernement", "."], True),
        (["un", "gouvernement", "de", "transition"], False),  # a common noun
    ],
)
def test_the_capitalised_government_is_the_article_country_s(blank_fr, words, found):
    doc = run(blank_fr, words, ["O"] * len(words))
    governments = [e for e in doc.ents if e.kb_id_ == "gov:*"]
    assert bool(governments) is found


@pytest.mark.parametrize(
    ("words", "regions"),
    [
        (
            ["in", "the", "Drâa", "-", "Tafilalet", ",", "Souss", "-", "Massa", "and", "Oriental"]
            + ["regions", "."],
            ["Drâa-Tafilalet", "Souss-Massa", "Oriental"],
        ),
        (["a", "camp", "in", "Ménaka", "."], ["Ménaka"]),
        (["Oriental", "carpets", "sell", "."], []),  # no kind of place, no preposition
    ],
)
def test_an_untagged_region_with_a_kind_of_place_around_is_a_place(blank_en, words, regions):
    doc = Doc(
        blank_en.vocab,
        words=words,
        spaces=[w != "-" and n != "-" for w, n in zip(words, [*words[1:], ""], strict=True)],
    )
    for _name, proc in blank_en.pipeline:
        doc = proc(doc)
    assert [e.text for e in doc.ents if e.label_ == "LOC"] == regions


@pytest.mark.parametrize(
    ("lang", "words", "expected"),
    [
        (
            "fr",
            ["par", "la", "présidence", "de", "la", "République", "."],
            [("présidence de la République", "inst:presidency:*")],
        ),
        (
            "fr",
            ["l'", "Assemblée", "nationale", "du", "Mali", "a", "voté"],
            [("Assemblée nationale du Mali", "inst:national-assembly:Q912")],
        ),
        ("fr", ["la", "Primature", "a", "dit"], [("Primature", "inst:prime-minister-office:*")]),
        (
            "en",
            ["the", "Prime", "Minister", "'s", "Office", "said"],
            [("Prime Minister 's Office", "inst:prime-minister-office:*")],
        ),
        # the country named after, without the comma that follows it
        (
            "fr",
            "le rapport de la Cour des comptes du Sénégal , publié hier".split(),
            [("Cour des comptes du Sénégal", "inst:court-of-auditors:Q1041")],
        ),
        (
            "en",
            "the Economic , Social and Environmental Council said".split(),
            [("Economic , Social and Environmental Council", "inst:economic-social-council:*")],
        ),
        # a nationality beside the name gives the country
        ("fr", "le Sénat ivoirien a voté".split(), [("Sénat ivoirien", "inst:senate:Q1008")]),
        ("en", "the Ivorian Senate voted".split(), [("Ivorian Senate", "inst:senate:Q1008")]),
        ("en", "the Senate voted".split(), [("Senate", "inst:senate:*")]),
        ("en", ["during", "his", "presidency", "."], []),  # a common noun
        ("en", ["a", "national", "assembly", "of", "farmers"], []),
    ],
)
def test_a_country_s_institution_is_found_with_its_country(
    blank_fr, blank_en, lang, words, expected
):
    doc = run(blank_fr if lang == "fr" else blank_en, words, ["O"] * len(words))
    assert [(e.text, e.kb_id_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("words", "pair"),
    [
        (  # a head noun after one adjective
            ["La", "Haute", "Autorité", "de", "l'", "audiovisuel", "et", "de", "la"]
            + ["communication", "(", "HAAC", ")", "a", "dit"],
            ("HAAC", "Haute Autorité de l' audiovisuel et de la communication"),
        ),
        (  # a French name in an English text, its initial accented
            ["the", "École", "polytechnique", "fédérale", "de", "Lausanne", "(", "EPFL", ")"],
            ("EPFL", "École polytechnique fédérale de Lausanne"),
        ),
    ],
)
def test_an_untagged_long_form_with_a_head_noun_of_either_language(blank_en, words, pair):
    doc = run(blank_en, words, ["O"] * len(words))
    assert pair in {(p.short.text, p.long.text) for p in doc._.acronyms}


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (
            ["mayor", "of", "Recife", ",", "Carolina", "Siqueira", ",", "said"],
            ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
            [("Recife", "LOC"), ("Carolina Siqueira", "PER")],
        ),
        (
            ["in", "Lomé", ",", "Togo", "."],
            ["O", "B-GPE", "I-GPE", "I-GPE", "O"],
            [("Lomé", "LOC"), ("Togo", "LOC")],
        ),
    ],
)
def test_no_person_or_place_name_holds_a_comma(blank_en, words, ents, expected):
    doc = run(blank_en, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_a_word_opening_a_role_ends_no_name(blank_en):
    words = ["Ecobank", "names", "Kwabena", "Owusu", "Group", "Chief", "Executive", "Officer"]
    ents = ["B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    doc = run(blank_en, words, ents)
    assert "Kwabena Owusu" in [e.text for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (
            ["et", "de", "l'", "Économie", "et", "des", "Finances", ","],
            ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [],
        ),
        (["le", "Trésor", "a", "payé"], ["O", "B-ORG", "O", "O"], ["Trésor"]),  # a body
    ],
)
def test_a_portfolio_alone_names_no_body(blank_fr, words, ents, expected):
    doc = run(blank_fr, words, ents)
    assert [e.text for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (["a", "campus", "in", "Sion", "opened"], ["O", "O", "O", "B-PERSON", "O"], "LOC"),
        (
            ["a", "role", "in", "Sall", "'s", "cabinet"],
            ["O", "O", "O", "B-PERSON", "O", "O"],
            "PER",
        ),
    ],
)
def test_one_capitalised_word_read_as_a_person_after_in_is_a_place(blank_en, words, ents, expected):
    doc = run(blank_en, words, ents)
    assert [e.label_ for e in doc.ents] == [expected]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["dans", "les", "régions", "Ihosy", ",", "Iakora"], ["Ihosy", "Iakora"]),
        (["dans", "la", "région", "Centre", ",", "Iakora"], ["Iakora"]),  # a body's, maybe
    ],
)
def test_the_first_name_after_a_plural_kind_of_place_is_a_place(blank_fr, words, expected):
    ents = ["O"] * (len(words) - 1) + ["B-LOC"]
    assert [e.text for e in run(blank_fr, words, ents).ents if e.label_ == "LOC"] == expected


def test_a_parliament_named_after_its_region_is_one_name(blank_fr):
    words = ["Le", "président", "du", "Parlement", "de", "Wallonie", ",", "André", "Lemaire"]
    ents = ["O", "O", "O", "B-ORG", "O", "B-LOC", "O", "B-PER", "I-PER"]
    doc = run(blank_fr, words, ents)
    assert "Parlement de Wallonie" in [e.text for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["tenue", "à", "Daloa", "mardi"], [("Daloa", "LOC")]),
        (["signé", "en", "Mai", "2025"], []),  # a month, not a town
        (["Le", "Conseil", "de", "l'", "Europe", "relative"], [("Conseil de l' Europe", "ORG")]),
    ],
)
def test_untagged_towns_and_known_bodies_in_longer_spans(blank_fr, words, expected):
    ents = ["O"] * len(words)
    if "Conseil" in words:
        ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]
    doc = run(blank_fr, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (
            ["President", "of", "Mozambique", "Joaquim", "Matsinhe", "said"],
            ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
            [("Mozambique", "LOC"), ("Joaquim Matsinhe", "PER")],
        ),
        (
            ["Treasurer", "Daniel", "Whitcombe", "said"],
            ["B-PERSON", "I-PERSON", "I-PERSON", "O"],
            [("Daniel Whitcombe", "PER")],
        ),
        (  # a body named after its country keeps it
            ["the", "Kenya", "Red", "Cross", "said"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
            [("Kenya Red Cross", "ORG")],
        ),
    ],
)
def test_a_title_or_a_country_opens_no_person_s_name(blank_en, words, ents, expected):
    doc = run(blank_en, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("lang", "words", "ents", "label"),
    [
        (
            "fr",
            ["au", "Palais", "des", "Nations", "."],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
            "LOC",
        ),
        (
            "en",
            ["Table", "Mountain", "National", "Park", "rangers"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            "LOC",
        ),
        (
            "en",
            ["Hélène", "de", "La", "Salle", "said"],
            ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"],
            "PER",
        ),
    ],
)
def test_a_venue_s_name_is_a_place(blank_fr, blank_en, lang, words, ents, label):
    doc = run(blank_fr if lang == "fr" else blank_en, words, ents)
    assert [e.label_ for e in doc.ents] == [label]


def _ents(nlp, words: list[str], ents: list[str]) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run(nlp, words, ents).ents]


def test_a_day_after_of_is_no_part_of_a_body_s_name(blank_fr):
    words = ["Le", "Comité", "de", "suivi", "du", "jeudi", "a", "siégé", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert _ents(blank_fr, words, ents) == [("Comité de suivi", "ORG")]
    # a capitalised date is part of a proper name
    words = ["Le", "Mouvement", "du", "Mars", "a", "siégé", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert _ents(blank_fr, words, ents) == [("Mouvement du Mars", "ORG")]


def test_a_known_place_before_a_comma_names_no_body(blank_en):
    words = ["Benin", "or", "Madagascar", ",", "Provence", "would", "fall", "."]
    ents = ["B-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert ("Madagascar", "LOC") in _ents(blank_en, words, ents)
    words = ["University", "of", "Nantes", ",", "Faculty", "of", "Law", "said", "."]
    ents = ["B-ORG"] + ["I-ORG"] * 6 + ["O", "O"]
    assert _ents(blank_en, words, ents) == [("University of Nantes , Faculty of Law", "ORG")]


def test_the_government_whose_role_follows_is_the_article_s(blank_en):
    words = ["Minister", "of", "Trade", ",", "Government", "Spokesperson", ",", "Ali", "Ba"]
    ents = ["O"] * 7 + ["B-PERSON", "I-PERSON"]
    doc = run(blank_en, words, ents)
    assert ("Government", "gov:*") in [(e.text, e.kb_id_) for e in doc.ents]
    words = ["Government", "bonds", "rose", "."]
    assert run(blank_en, words, ["O"] * 4).ents == ()


def test_a_nationality_before_a_minister_s_title_is_the_ministry_s_country(blank_en):
    words = ["by", "the", "Ivorian", "Minister", "of", "Health", ",", "Mr", "Ali", "Ba", "."]
    ents = ["O", "O", "B-NORP"] + ["O"] * 5 + ["B-PERSON", "I-PERSON", "O"]
    doc = run(blank_en, words, ents)
    leads = [c for c in doc._.relations if c.predicate == "LEADS"]
    assert [(c.subject.text, c.implicit.kind, c.implicit.demonym) for c in leads] == [
        ("Ali Ba", "ministry", "Ivorian")
    ]


def test_an_untagged_unit_of_a_tagged_body_is_one_organisation(blank_fr):
    words = ["assuré", "par", "le", "Pôle", "régional", "de", "la", "BID", "à", "Dakar", "."]
    ents = ["O"] * 7 + ["B-ORG", "O", "B-LOC", "O"]
    pos = ["VERB", "ADP", "DET", "NOUN", "ADJ", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(blank_fr.vocab, words=words, ents=ents, pos=pos)
    for _name, proc in blank_fr.pipeline:
        doc = proc(doc)
    # the hub sits in Dakar: the place is not part of its name (an office's is)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Pôle régional de la BID", "ORG"),
        ("Dakar", "LOC"),
    ]
    # a capitalised unit noun opening a sentence, with no body after it, is left alone
    assert _ents(blank_fr, ["Le", "Pôle", "est", "ouvert", "."], ["O"] * 5) == []


def _pos_ents(nlp, words: list[str], ents: list[str], pos: list[str]) -> list[tuple[str, str]]:
    doc = Doc(nlp.vocab, words=words, ents=ents, pos=pos)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_unit_named_by_a_lower_case_complement_runs_to_its_body(blank_fr):
    words = ["par", "le", "Centre", "d'", "investissement", "de", "la", "FAO", "."]
    pos = ["ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "DET", "PROPN", "PUNCT"]
    # the model's one-word place on the noun alone gives way to the unit
    ents = ["O", "O", "B-LOC", "O", "O", "O", "O", "B-ORG", "O"]
    assert _pos_ents(blank_fr, words, ents, pos) == [("Centre d' investissement de la FAO", "ORG")]
    # no body after the complement: nothing ("le Centre de santé de Kaolack" is a place's)
    words = ["au", "Centre", "de", "santé", "de", "Kaolack", "."]
    pos = ["ADP", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"]
    ents = ["O"] * 5 + ["B-LOC", "O"]
    assert _pos_ents(blank_fr, words, ents, pos) == [("Kaolack", "LOC")]
    # a committee so named is a working group, not a standing unit
    words = ["le", "Comité", "de", "pilotage", "de", "la", "FAO", "."]
    pos = ["DET", "NOUN", "ADP", "NOUN", "ADP", "DET", "PROPN", "PUNCT"]
    ents = ["O"] * 6 + ["B-ORG", "O"]
    assert _pos_ents(blank_fr, words, ents, pos) == [("FAO", "ORG")]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (  # the model cuts an English ministry's name at "and"
            "the Ministry of Higher Education and Scientific Research said".split(),
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"],
            [("Ministry of Higher Education and Scientific Research", "ORG")],
        ),
        (  # a company after "and" is no portfolio
            "the Ministry of Finance and Ecobank said".split(),
            ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"],
            [("Ministry of Finance", "ORG"), ("Ecobank", "ORG")],
        ),
        (  # nor is a body that names its country
            "the Department of Finance and Global Affairs Canada said".split(),
            ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
            [("Department of Finance", "ORG"), ("Global Affairs Canada", "ORG")],
        ),
        (  # a named university and its town
            "at Cheikh Anta Diop University of Dakar .".split(),
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O"],
            [("Cheikh Anta Diop University of Dakar", "ORG")],
        ),
        (  # an English unit and the body after "of", not the town it sits in
            "the Agronomic Research Centre of the University of Ouagadougou in Bobo".split(),
            ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
            + ["B-GPE"],
            [
                ("Agronomic Research Centre of the University of Ouagadougou", "ORG"),
                ("Bobo", "LOC"),
            ],
        ),
        (  # a secretariat named after its body
            "the ECOWAS Executive Secretariat said".split(),
            ["O", "B-ORG", "O", "O", "O"],
            [("ECOWAS Executive Secretariat", "ORG")],
        ),
        (  # a body's name the model cut at its "and", a common word read as a person
            "the National Agency of Statistics and Demography said".split(),
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "O"],
            [("National Agency of Statistics and Demography", "ORG")],
        ),
        (
            "the Municipal Development and Solidarity Fund paid".split(),
            ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"],
            [("Municipal Development and Solidarity Fund", "ORG")],
        ),
        (  # two bodies
            "the OPEC Fund and Arab Coordination Group paid".split(),
            ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
            [("OPEC Fund", "ORG"), ("Arab Coordination Group", "ORG")],
        ),
        (  # a body and a person
            "the National Agency of Statistics and Amadou Ba said".split(),
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"],
            [("National Agency of Statistics", "ORG"), ("Amadou Ba", "PER")],
        ),
        (  # a body the model left untagged (or read as a facility) before its place
            "At the Autonomous Port of Cotonou , he spoke".split(),
            ["O", "B-FAC", "I-FAC", "I-FAC", "O", "B-GPE", "O", "O", "O"],
            [("Autonomous Port of Cotonou", "ORG")],
        ),
        (  # a body noun with no capitalised word before it
            "At the Port of Cotonou , he spoke".split(),
            ["O", "O", "O", "O", "B-GPE", "O", "O", "O"],
            [("Cotonou", "LOC")],
        ),
        (  # a name the model missed after a title and its portfolio
            "the bloc 's Commissioner for Trade Bongani Magagula said that talks went well".split(),
            ["O"] * 13,
            [("Bongani Magagula", "PER")],
        ),
        (  # not in a headline written in title case
            "The Minister For Trade Also Said That Talks Went Well".split(),
            ["O"] * 10,
            [],
        ),
        (  # a title's country read into its holder's name, particles included
            "WFP Country Director for Niger Margot van der Velden signed".split(),
            ["B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"]
            + ["I-PERSON", "O"],
            [("WFP", "ORG"), ("Niger", "LOC"), ("Margot van der Velden", "PER")],
        ),
        (  # a rank adjective before a body noun opens a body, not a title
            "President of the High Council of Local Authorities Awa Ba".split(),
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
            [("High Council of Local Authorities", "ORG")],
        ),
        (  # the model's body ended on its head noun runs on over "of" and common words
            "the High Council of Local Authorities met".split(),
            ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
            [("High Council of Local Authorities", "ORG")],
        ),
        (  # not over a known name (the country is joined, if at all, by its own rule)
            "the Central Bank of Togo met".split(),
            ["O", "B-ORG", "I-ORG", "O", "B-GPE", "O"],
            [("Central Bank", "ORG"), ("Togo", "LOC")],
        ),
        (  # a personal title inside a body the model tagged: a person after it
            "the Director for Africa Dr Mariam Cisse spoke".split(),
            ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("Africa", "LOC"), ("Mariam Cisse", "PER")],
        ),
        (  # a rank is no personal title
            "the State General Reserve Fund paid".split(),
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("State General Reserve Fund", "ORG")],
        ),
        (  # an embassy, with its host country
            "The Embassy of Japan in Senegal gave it".split(),
            ["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O"],
            [("Embassy of Japan in Senegal", "ORG")],
        ),
        (  # a source cited by its acronym
            "According to ANACIM , it will rain".split(),
            ["O"] * 7,
            [("ANACIM", "ORG")],
        ),
        (  # a company's branch the model read as a person
            "MTN Côte d'Ivoire launched it".split(),
            ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
            [("MTN Côte d'Ivoire", "ORG")],
        ),
        (  # a company's name in brackets after its description
            "Senegal 's national electricity company ( Senelec ) said".split(),
            ["B-GPE"] + ["O"] * 8,
            [("Senegal", "LOC"), ("Senelec", "ORG")],
        ),
        (  # nor a day, nor a known place
            "the company ( Monday ) and the bank ( Dakar ) said".split(),
            ["O"] * 12,
            [("Dakar", "LOC")],
        ),
        (
            "the Research Centre in Varennes".split(),
            ["O", "B-ORG", "I-ORG", "O", "B-GPE"],
            [("Research Centre", "ORG"), ("Varennes", "LOC")],
        ),
    ],
)
def test_english_names_the_model_cuts_before_and_or_of(blank_en, words, ents, expected):
    assert _ents(blank_en, words, ents) == expected


def test_a_ministry_s_last_portfolio_read_with_its_country_is_split_there(blank_fr):
    words = "le ministère de l' Économie et de la Prospective du Burkina Faso a".split()
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "CCONJ", "ADP", "DET", "PROPN", "ADP"]
    pos += ["PROPN", "PROPN", "AUX"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-LOC", "I-LOC"]
    ents += ["I-LOC", "I-LOC", "O"]
    assert _pos_ents(blank_fr, words, ents, pos) == [
        ("ministère de l' Économie et de la Prospective", "ORG"),
        ("Burkina Faso", "LOC"),
    ]


def test_a_body_opened_by_a_rank_adjective_runs_over_its_complement(blank_fr):
    words = "par le Haut Conseil des collectivités territoriales , hier".split()
    pos = ["ADP", "DET", "ADJ", "NOUN", "ADP", "NOUN", "ADJ", "PUNCT", "ADV"]
    assert _pos_ents(blank_fr, words, ["O"] * 9, pos) == [
        ("Haut Conseil des collectivités territoriales", "ORG")
    ]


def test_a_ministry_s_name_ends_before_the_verb_s_object_the_model_ran_into(blank_fr):
    words = "remis au ministère de la Santé publique des médicaments et des masques .".split()
    pos = ["VERB", "ADP", "NOUN", "ADP", "DET", "PROPN", "ADJ", "ADP", "NOUN", "CCONJ", "ADP"]
    pos += ["NOUN", "PUNCT"]
    ents = ["O", "O", "B-ORG"] + ["I-ORG"] * 9 + ["O"]
    assert _pos_ents(blank_fr, words, ents, pos) == [("ministère de la Santé publique", "ORG")]


def test_a_nationality_after_a_body_s_name_is_the_body_s(blank_fr):
    words = "la Croix-Rouge malagasy a mobilisé".split()
    pos = ["DET", "PROPN", "ADJ", "AUX", "VERB"]
    # the model reads the movement's name as a place
    ents = ["O", "B-LOC", "O", "O", "O"]
    assert _pos_ents(blank_fr, words, ents, pos) == [("Croix-Rouge malagasy", "ORG")]
    # not a place's: "le Nord malien" stays a region
    words = "dans le Nord malien hier".split()
    pos = ["ADP", "DET", "PROPN", "ADJ", "ADV"]
    ents = ["O", "O", "B-LOC", "O", "O"]
    assert _pos_ents(blank_fr, words, ents, pos) == [("Nord", "LOC")]


def test_a_compass_word_coordinated_after_a_region_is_no_unit(blank_fr):
    words = "la Division Afrique de l' Ouest et du Centre du FIDA ,".split()
    pos = ["DET", "NOUN", "PROPN", "ADP", "DET", "PROPN", "CCONJ", "ADP", "NOUN", "ADP"]
    pos += ["PROPN", "PUNCT"]
    # the model reads "Centre du FIDA" as a place of its own
    ents = ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "B-LOC", "I-LOC"]
    ents += ["I-LOC", "O"]
    assert _pos_ents(blank_fr, words, ents, pos) == [
        ("Division Afrique de l' Ouest et du Centre du FIDA", "ORG")
    ]


@pytest.mark.parametrize(
    ("words", "ents", "label"),
    [
        (  # the next sentence's "She" is the name's
            ["It", "went", "to", "Voahangy", "Rajaonarison", ".", "She", "led", "it", "."],
            ["O"] * 3 + ["B-ORG", "I-ORG"] + ["O"] * 5,
            "PER",
        ),
        (  # "He" is the person named first, not the company
            ["Juma", "Hassan", "runs", "Sawa", "Money", ".", "He", "spoke", "."],
            ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
            "ORG",
        ),
        (  # a body's noun among the words
            ["It", "went", "to", "Sawa", "Bank", ".", "She", "led", "it", "."],
            ["O"] * 3 + ["B-ORG", "I-ORG"] + ["O"] * 5,
            "ORG",
        ),
    ],
)
def test_a_name_the_next_sentence_calls_he_or_she_is_a_person(blank_en, words, ents, label):
    labels = dict(_ents(blank_en, words, ents))
    assert labels[" ".join(words[3:5])] == label


def test_the_treasury_is_a_body_never_a_place(blank_fr):
    words = ["la", "Direction", "générale", "du", "Trésor", "."]
    ents = ["O", "O", "O", "O", "B-LOC", "O"]
    assert ("Trésor", "ORG") in _ents(blank_fr, words, ents)


def test_a_translated_long_form_may_run_over_many_capitalised_words(blank_en):
    words = (
        "It launched the Food Crop Value Chain Resilience Support Programme ( PARFIV ) .".split()
    )
    pairs = _pairs(blank_en, words, ["O"] * len(words))
    assert ("PARFIV", "Food Crop Value Chain Resilience Support Programme", "") in pairs


@pytest.mark.parametrize(
    ("words", "unit", "long"),
    [
        (
            "la Chambre des mines de la Fédération des entreprises du Congo ( FEC ) .",
            "Chambre des mines",
            "Fédération des entreprises du Congo",
        ),
        (
            "le Conseil d' administration de l' Agence de développement municipal ( ADM ) .",
            "Conseil d' administration",
            "Agence de développement municipal",
        ),
    ],
)
def test_an_acronym_s_long_form_inside_a_unit_s_name_is_split_off(blank_fr, words, unit, long):
    tokens = words.split()
    first = tokens.index(unit.split()[0])
    close = tokens.index("(")
    ents = (
        ["O"] * first + ["B-ORG"] + ["I-ORG"] * (close - first - 1) + ["O"] * (len(tokens) - close)
    )
    doc = run(blank_fr, tokens, ents)
    assert [(e.text, e.label_) for e in doc.ents][:2] == [(unit, "ORG"), (long, "ORG")]
    assert {(p.short.text, p.long.text) for p in doc._.acronyms} == {(tokens[close + 1], long)}


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # the country's abbreviation untagged, the body found (here as the model cut it)
        (
            "and the U.S. Centers for Disease Control and Prevention ( CDC ) signed".split(),
            ["O", "O", "O"] + ["B-ORG"] + ["I-ORG"] * 5 + ["O", "B-ORG", "O", "O"],
            ("U.S. Centers for Disease Control and Prevention", "ORG"),
        ),
        # the abbreviation tagged as the country, and a role's possessive
        (
            "involve the U.S. President 's Malaria Initiative ( PMI ) and".split(),
            ["O", "O", "B-GPE", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O"],
            ("U.S. President 's Malaria Initiative", "ORG"),
        ),
        (
            "funded by the UK Foreign Office this year".split(),
            ["O", "O", "O", "B-GPE", "B-ORG", "I-ORG", "O", "O"],
            ("UK Foreign Office", "ORG"),
        ),
    ],
)
def test_a_country_s_abbreviation_after_the_is_part_of_a_body_s_name(
    blank_en, words, ents, expected
):
    found = _ents(blank_en, words, ents)
    assert expected in found
    assert not any(text in ("U.S.", "UK") for text, _ in found)


@pytest.mark.parametrize(
    ("words", "ents"),
    [
        # no determiner before: a country's body in a list, not one name
        ("with U.S. Agency officials".split(), ["O", "B-GPE", "B-ORG", "O"]),
        # a full country name stays a place
        ("the Nigeria Police Force said".split(), ["O", "B-GPE", "B-ORG", "I-ORG", "O"]),
        # a possessive that is no role's: the bank's own board is another name
        ("the Bank 's Malaria Initiative".split(), ["O", "O", "O", "B-ORG", "I-ORG"]),
    ],
)
def test_no_prefix_joins_a_body_s_name_without_its_conditions(blank_en, words, ents):
    found = _ents(blank_en, words, ents)
    assert not any(text.startswith(("U.S.", "Nigeria", "Bank")) and label == "ORG"
                   and len(text.split()) > 2 for text, label in found)  # fmt: skip


def test_the_acronym_of_a_body_named_after_its_country_s_abbreviation(blank_en):
    words = "and the U.S. Centers for Disease Control and Prevention ( CDC ) said".split()
    ents = ["O", "O", "B-ORG"] + ["I-ORG"] * 6 + ["O", "B-ORG", "O", "O"]
    doc = run(blank_en, words, ents)
    assert {(p.short.text, p.long.text) for p in doc._.acronyms} == {
        ("CDC", "U.S. Centers for Disease Control and Prevention")
    }


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("said the U.S. Department of State on Monday".split(), "U.S. Department of State"),
        ("and the Department of Health announced".split(), "Department of Health"),
    ],
)
def test_an_untagged_government_department_is_a_body(blank_en, words, expected):
    assert (expected, "ORG") in _ents(blank_en, words, ["O"] * len(words))


@pytest.mark.parametrize(
    "words",
    [
        "in the department of Health".split(),  # lower case: no name
        "in the Department of Loreto".split(),  # a place: Peru's departments
    ],
)
def test_a_department_lower_case_or_of_a_place_is_no_untagged_body(blank_en, words):
    assert not [t for t, label in _ents(blank_en, words, ["O"] * len(words)) if label == "ORG"]


def test_an_office_of_a_body_or_a_modifier_is_no_unit_of_its_own(blank_en):
    words = "the U.S. Centers for Disease Control and Prevention ( CDC ) said".split()
    ents = ["O", "B-ORG"] + ["I-ORG"] * 6 + ["O"] * 4
    doc = run(blank_en, words, ents)
    assert "U.S." not in [e.text for e in doc.ents]


def test_an_untagged_ministry_may_carry_its_country_s_adjective(blank_fr):
    words = "et le ministère chinois de l' Écologie et de l' Environnement ont signé .".split()
    assert _ents(blank_fr, words, ["O"] * len(words)) == [
        ("ministère chinois de l' Écologie et de l' Environnement", "ORG")
    ]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # only the country tagged: the brand before it names the branch
        (
            "presented by Ali Ba , Chief Executive Officer of Orange Côte d'Ivoire , said".split(),
            ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 5 + ["O", "B-GPE", "I-GPE", "O", "O"],
            ("Orange Côte d'Ivoire", "ORG"),
        ),
        # the whole tagged as a place
        (
            "with Telkom Kenya and others".split(),
            ["O", "B-GPE", "I-GPE", "O", "O"],
            ("Telkom Kenya", "ORG"),
        ),
        # a part of the country, a country of two words, a town: places
        (
            "in Northern Nigeria and others".split(),
            ["O", "B-GPE", "I-GPE", "O", "O"],
            ("Northern Nigeria", "LOC"),
        ),
        (
            "visited Equatorial Guinea last week".split(),
            ["O", "O", "B-GPE", "O", "O"],
            ("Equatorial Guinea", "LOC"),
        ),
        (
            "the port of Port Sudan reopened".split(),
            ["O", "O", "O", "B-GPE", "I-GPE", "O"],
            ("Port Sudan", "LOC"),
        ),
    ],
)
def test_a_name_before_a_country_is_the_branch_of_a_body_there(blank_en, words, ents, expected):
    assert expected in _ents(blank_en, words, ents)


def test_a_body_that_a_person_heads_in_an_object_relative(blank_fr):
    words = "piloté par l' ONFP , que dirige Souleymane Diallo .".split()
    ents = ["O", "O", "O", "B-ORG", "O", "O", "O", "B-PER", "I-PER", "O"]
    doc = run(blank_fr, words, ents)
    leads = [(c.subject.text, c.object.text) for c in doc._.relations if c.predicate == "LEADS"]
    assert leads == [("Souleymane Diallo", "ONFP")]


def test_a_name_after_a_role_s_portfolio_is_a_person(blank_en):
    words = "African Union Commissioner for Agriculture Moses Vilakati recalled .".split()
    ents = ["B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert ("Moses Vilakati", "PER") in _ents(blank_en, words, ents)
    words = "a grant to the Agriculture Development Fund today .".split()
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert ("Agriculture Development Fund", "ORG") in _ents(blank_en, words, ents)


def test_a_body_noun_tagged_alone_takes_its_lower_case_topic(blank_fr):
    words = "La Commission sur le lien social de l' OMS , composée de experts , siège .".split()
    ents = ["O", "B-ORG"] + ["O"] * 6 + ["B-ORG"] + ["O"] * 7
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "ADJ", "ADP", "DET", "PROPN", "PUNCT"]
    pos += ["VERB", "ADP", "NOUN", "PUNCT", "VERB", "PUNCT"]
    doc = Doc(blank_fr.vocab, words=words, ents=ents, pos=pos)
    for _name, proc in blank_fr.pipeline:
        doc = proc(doc)
    # the topic, then the body it belongs to, as for units
    assert [e.text for e in doc.ents][0] == "Commission sur le lien social de l' OMS"
    # a verb ends it: "la Commission a décidé de …"
    words = "La Commission a décidé de publier .".split()
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "VERB", "PUNCT"]
    doc = Doc(blank_fr.vocab, words=words, ents=["O", "B-ORG"] + ["O"] * 5, pos=pos)
    for _name, proc in blank_fr.pipeline:
        doc = proc(doc)
    assert [e.text for e in doc.ents] == ["Commission"]


def test_a_known_body_in_brackets_owns_the_acronym_before_it(blank_en):
    words = "financing from CAF ( Development Bank of Latin America and the Caribbean ) .".split()
    pairs = _pairs(blank_en, words, ["O"] * len(words))
    # CAF is also the football confederation: the article says which body it is
    assert pairs == {("CAF", "Development Bank of Latin America and the Caribbean", "Q2614129")}
    words = "help from UNICEF ( the United Nations Children 's Fund ) .".split()
    assert {long for _, long, _ in _pairs(blank_en, words, ["O"] * len(words))} == {
        "United Nations Children 's Fund"
    }


def test_a_bracketed_long_form_may_give_a_letter_inside_a_word(blank_fr):
    words = (
        "L' ARECOMS ( Autorité de régulation et de contrôle des marchés des substances "
        "minérales stratégiques ) fixera un prix ."
    ).split()
    pairs = _pairs(blank_fr, words, ["O"] * len(words))
    assert {(short, long[:30]) for short, long, _ in pairs} == {
        ("ARECOMS", "Autorité de régulation et de c")
    }


def test_a_name_after_a_title_runs_on_over_its_hyphen(blank_en):
    words = "in Lomé . Mr Nkontchou - Messi , who chaired it , left .".split()
    spaces = [True, False, True, True, False, False, False, True, True, True, False, True, True]
    ents = ["O", "B-GPE", "O", "O", "B-GPE"] + ["O"] * 8
    doc = Doc(blank_en.vocab, words=words[:13], spaces=spaces, ents=ents)
    for _name, proc in blank_en.pipeline:
        doc = proc(doc)
    assert ("Nkontchou-Messi", "PER") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (  # a title, a comma and a name tagged as one body
            "headed by its National Coordinator , Haja Andriamanantena .".split(),
            ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("Haja Andriamanantena", "PER")],
        ),
        (  # an article between two capitalised words starts a second name
            "launched in Diamniadio the Artisanal Fisheries Programme .".split(),
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("Diamniadio", "LOC"), ("Artisanal Fisheries Programme", "ORG")],
        ),
    ],
)
def test_a_role_or_an_article_inside_a_tagged_name_splits_it(blank_en, words, ents, expected):
    assert _ents(blank_en, words, ents) == expected


def test_a_preposition_s_article_stays_inside_a_french_name(blank_fr):
    words = "la Compagnie des Bauxites de Guinée a signé .".split()
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert _ents(blank_fr, words, ents) == [("Compagnie des Bauxites de Guinée", "ORG")]


def test_a_body_noun_of_either_language_keeps_a_name_a_body(blank_en):
    words = "Director of the Institut Pasteur de Dakar , who hailed it .".split()
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    assert ("Institut Pasteur de Dakar", "ORG") in _ents(blank_en, words, ents)


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (
            (
                "Le commissaire de l' Union africaine chargé de l' Agriculture , "
                "Bongani Magagula , a parlé ."
            ).split(),
            [
                "O",
                "O",
                "O",
                "O",
                "B-ORG",
                "I-ORG",
                "O",
                "O",
                "O",
                "B-LOC",
                "O",
                "B-LOC",
                "I-LOC",
                "O",
                "O",
                "O",
                "O",
            ],
            ("Bongani Magagula", "PER"),
        ),
        (  # no role before the comma: a place stays a place
            "Il a visité Abidjan , Bouaké , Korhogo et Man .".split(),
            ["O", "O", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "O"],
            ("Bouaké", "LOC"),
        ),
    ],
)
def test_a_name_set_off_by_a_comma_after_a_role_is_its_holder(blank_fr, words, ents, expected):
    assert expected in _ents(blank_fr, words, ents)


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (
            "the Tanora Miasa programme started .".split(),
            ["O", "B-PERSON", "I-PERSON", "O", "O", "O"],
            "ORG",
        ),
        (
            "le programme Noor Douar démarre .".split(),
            ["O", "O", "B-LOC", "I-LOC", "O", "O"],
            "ORG",
        ),
        (
            "the Ghana programme started .".split(),
            ["O", "B-GPE", "O", "O", "O"],
            "LOC",
        ),  # a place's
    ],
)
def test_a_name_next_to_a_programme_noun_is_the_programme(
    blank_en, blank_fr, words, ents, expected
):
    nlp = blank_fr if words[0] == "le" else blank_en
    assert [label for _, label in _ents(nlp, words, ents)] == [expected]


def test_cached_token_forms_and_positions_match_the_tokens():
    from extractor.components.util import (
        caps_words,
        is_titled_word,
        lowers,
        positions,
        title_words,
    )

    nlp = spacy.blank("fr")
    doc = nlp("Le ministère de la Santé (OMS) a reçu M. Dupont-Durand, de l'UNESCO, et ÉTAT.")
    assert lowers(doc) == [t.lower_ for t in doc]
    assert lowers(doc) is lowers(doc)  # read once per doc
    assert positions(doc, {"(", "de"}) == [t.i for t in doc if t.lower_ in ("(", "de")]
    assert positions(doc, {"de"}, 3, 9) == []
    assert positions(doc, {"(", ")"}, 0, len(doc) - 2) == [5, 7]
    assert positions(doc, {"le"}, 0, -1) == []  # an end before the start finds nothing
    assert title_words(doc) == [t.i for t in doc if is_titled_word(t)]
    assert caps_words(doc) == [t.i for t in doc if t.is_upper and t.is_alpha and len(t) >= 3]
    empty = nlp("")
    assert (lowers(empty), title_words(empty), caps_words(empty)) == ([], [], [])


def test_hyphenated_compounds_of_capitalised_words_are_title_words():
    from spacy.tokens import Doc

    from extractor.components.util import title_words

    words = ["à", "Trois-Rivières", ",", "Bobo-Dioulasso", "et", "Port-au-Prince", "-", "X-2"]
    doc = Doc(spacy.blank("fr").vocab, words=words)
    assert title_words(doc) == [1, 3]  # "Port-au-Prince" is no title-case word


def test_phrases_indexed_by_their_last_word_match_as_the_plain_list():
    from extractor.components.util import PhraseEnds, match_before

    doc = spacy.blank("en")("until recently the head , until then head")
    phrases = [("until", "recently", "the"), ("until", "then"), ("recently", "the"), ("then",)]
    ends = PhraseEnds(phrases)
    for end in range(len(doc) + 1):
        assert match_before(doc, end, ends) == match_before(doc, end, phrases)
    assert match_before(doc, 3, ends) == 3 and match_before(doc, 7, ends) == 2
    with_empty = [*phrases[:1], (), *phrases[1:]]  # an empty phrase stops the search
    assert match_before(doc, 7, PhraseEnds(with_empty)) == match_before(doc, 7, with_empty) == 0


def test_phrases_indexed_by_their_first_word_match_as_the_plain_list_to_the_doc_s_end():
    from extractor.components.util import PhraseTable, match_at

    doc = spacy.blank("en")("led by the head of the bank")
    phrases = [("head", "of"), ("head", "of", "the"), ("bank",), ("the",)]
    table = PhraseTable(phrases)
    for start in range(len(doc) + 1):  # a name may end the doc: nothing follows it
        assert match_at(doc, start, table) == match_at(doc, start, phrases)
    assert match_at(doc, 3, table) == 3 and match_at(doc, len(doc), table) == 0


def test_a_unit_named_after_its_body_runs_over_the_region_it_covers(blank_en):
    words = ["at", "the", "WFP", "Regional", "Bureau", "for", "Western", "and", "Central"]
    words += ["Africa", "."]
    ents = ["O", "O", "B-ORG"] + ["O"] * 5 + ["B-LOC", "I-LOC", "O"]
    assert _ents(blank_en, words, ents) == [
        ("WFP Regional Bureau for Western and Central Africa", "ORG")
    ]
    # the model tagged the body, then the rest of the unit's name apart
    words = ["Director", "of", "the", "UNICEF", "Eastern", "and", "Southern", "Africa"]
    words += ["Regional", "Office", "."]
    ents = ["O", "O", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert _ents(blank_en, words, ents) == [
        ("UNICEF Eastern and Southern Africa Regional Office", "ORG")
    ]


def test_a_body_followed_by_no_unit_noun_stays_itself(blank_en):
    words = ["the", "UNICEF", "Madagascar", "team", "and", "WHO", "Regional", "Director", "."]
    ents = ["O", "B-ORG", "B-LOC", "O", "O", "B-ORG", "O", "O", "O"]
    # "UNICEF Madagascar" is the body's branch there; "team" is no unit noun
    assert _ents(blank_en, words, ents) == [("UNICEF Madagascar", "ORG"), ("WHO", "ORG")]


def test_a_team_covers_the_place_after_for_not_the_place_it_sits_in(blank_en):
    words = ["the", "UNAIDS", "Regional", "Support", "Team", "for", "West", "and"]
    words += ["Central", "Africa", "."]
    ents = ["O", "B-ORG"] + ["O"] * 6 + ["B-LOC", "I-LOC", "O"]
    assert _ents(blank_en, words, ents) == [
        ("UNAIDS Regional Support Team for West and Central Africa", "ORG")
    ]
    words = ["the", "United", "Nations", "Country", "Team", "in", "Timor-Leste", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O"]
    assert _ents(blank_en, words, ents) == [
        ("United Nations Country Team", "ORG"),
        ("Timor-Leste", "LOC"),
    ]


def test_an_office_s_region_runs_over_its_coordinated_parts(blank_fr):
    words = ["le", "Bureau", "régional", "de", "l'", "UNICEF", "pour", "l'", "Afrique"]
    words += ["orientale", "et", "australe", ","]
    ents = ["O"] + ["B-ORG"] + ["I-ORG"] * 8 + ["O", "O", "O"]
    assert _ents(blank_fr, words, ents) == [
        ("Bureau régional de l' UNICEF pour l' Afrique orientale et australe", "ORG")
    ]
    words = ["le", "Bureau", "régional", "du", "HCR", "pour", "l'", "Afrique", "de", "l'"]
    words += ["Ouest", "et", "du", "Centre", "a", "dit", "."]
    ents = ["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "B-LOC", "I-LOC", "I-LOC"]
    ents += ["I-LOC", "O", "O", "O", "O", "O", "O"]
    assert _ents(blank_fr, words, ents) == [
        ("Bureau régional du HCR pour l' Afrique de l' Ouest et du Centre", "ORG")
    ]


def test_a_body_s_board_is_one_organisation_named_with_its_body(blank_en):
    words = ["The", "Board", "of", "Directors", "of", "the", "African", "Development"]
    words += ["Bank", "Group", "approved", "it", "."]
    ents = ["O"] * 6 + ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert _ents(blank_en, words, ents) == [
        ("Board of Directors of the African Development Bank Group", "ORG")
    ]
    words = ["The", "IMF", "'s", "Executive", "Board", "met", "."]
    assert _ents(blank_en, words, ["O", "B-ORG"] + ["O"] * 5) == [("IMF 's Executive Board", "ORG")]
    # an acronym after the body is the body's: the board stays apart
    words = ["the", "Board", "of", "Directors", "of", "the", "Municipal", "Development"]
    words += ["Agency", "(", "ADM", ")", "."]
    ents = ["O"] * 6 + ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]
    assert _ents(blank_en, words, ents)[:2] == [
        ("Board of Directors", "ORG"),
        ("Municipal Development Agency", "ORG"),
    ]
    # a board in lower case is no name
    assert _ents(blank_en, ["a", "board", "of", "directors", "."], ["O"] * 5) == []


@pytest.mark.parametrize(
    ("words", "ents", "body"),
    [
        (
            "Ana Ba , Chair of the Board of Directors of the Municipal Development Agency ,",
            "B-PERSON I-PERSON O O O O O O O O O B-ORG I-ORG I-ORG O",
            "Municipal Development Agency",
        ),
        ("Ana Ba , Chair of the ETI Board , said", "B-PERSON I-PERSON O O O O B-ORG O O O", "ETI"),
        # a body named with a board word is itself
        (
            "Ana Ba , chair of the Future Fund Board of Guardians , said",
            "B-PERSON I-PERSON O O O O B-ORG I-ORG I-ORG I-ORG I-ORG O O",
            "Future Fund Board of Guardians",
        ),
    ],
)
def test_the_chair_of_a_body_s_board_chairs_the_body(blank_en, words, ents, body):
    doc = run(blank_en, words.split(), ents.split())
    leads = [c for c in doc._.relations if c.predicate == "LEADS"]
    assert [(c.subject.text, c.object.text) for c in leads] == [("Ana Ba", body)]


def test_a_name_ending_on_a_continent_is_no_person(blank_en):
    words = ["Smart", "Africa", "will", "provide", "it", "."]
    assert _ents(blank_en, words, ["B-PERSON", "I-PERSON", "O", "O", "O", "O"]) == [
        ("Smart Africa", "ORG")
    ]
    words = ["Chad", "Smith", "will", "provide", "it", "."]
    assert _ents(blank_en, words, ["B-PERSON", "I-PERSON", "O", "O", "O", "O"]) == [
        ("Chad Smith", "PER")
    ]


def test_a_province_s_government_is_a_body_of_that_province(blank_fr, blank_en):
    doc = run(blank_fr, ["le", "gouvernement", "du", "Québec", "a", "signé"], ["O"] * 6)
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("gouvernement du Québec", "gov:iso:CA-QC")]
    doc = run(blank_en, ["the", "Government", "of", "Ontario", "signed"], ["O"] * 5)
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("Government of Ontario", "gov:iso:CA-ON")]


def test_a_known_network_and_its_seat_name_a_member_of_its_own(blank_fr):
    words = ["analysés", "par", "l'", "Institut", "Pasteur", "de", "Dakar", "."]
    assert _ents(blank_fr, words, ["O"] * 6 + ["B-LOC", "O"]) == [
        ("Institut Pasteur de Dakar", "ORG")
    ]
    # an intergovernmental body and a place: two names
    words = ["la", "Banque", "mondiale", "de", "Dakar", "."]
    assert _ents(blank_fr, words, ["O"] * 4 + ["B-LOC", "O"]) == [
        ("Banque mondiale", "ORG"),
        ("Dakar", "LOC"),
    ]


def test_a_name_opening_on_the_second_of_two_compass_words_opens_on_the_first(blank_en):
    words = ["by", "the", "West", "and", "Central", "Africa", "Division", "of", "IFAD", "."]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert _ents(blank_en, words, ents) == [("West and Central Africa Division of IFAD", "ORG")]


def test_a_region_runs_over_its_coordinated_compass_parts(blank_fr, blank_en):
    words = ["les", "pays", "d'", "Afrique", "de", "l'", "Ouest", "et", "du", "Centre", "."]
    ents = ["O", "O", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O"]
    assert _ents(blank_fr, words, ents) == [("Afrique de l' Ouest et du Centre", "LOC")]
    words = ["in", "Western", "and", "Central", "Africa", "."]
    assert _ents(blank_en, words, ["O", "O", "O", "B-LOC", "I-LOC", "O"]) == [
        ("Western and Central Africa", "LOC")
    ]
    # two places, a region and a noun, two regions named in full: apart
    words = ["between", "Europe", "and", "Africa", "."]
    assert _ents(blank_en, words, ["O", "B-LOC", "O", "B-LOC", "O"]) == [
        ("Europe", "LOC"),
        ("Africa", "LOC"),
    ]
    words = ["à", "Dakar", "et", "dans", "l'", "est", "du", "pays", "."]
    assert _ents(blank_fr, words, ["O", "B-LOC"] + ["O"] * 7) == [("Dakar", "LOC")]
    words = ["the", "Eastern", "Mediterranean", "and", "North", "Africa", "."]
    ents = ["O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "O"]
    assert _ents(blank_en, words, ents) == [
        ("Eastern Mediterranean", "LOC"),
        ("North Africa", "LOC"),
    ]


def test_a_known_body_inside_a_unit_s_name_is_given_as_its_owner(blank_en, blank_fr):
    words = ["The", "Board", "of", "Directors", "of", "the", "African", "Development"]
    words += ["Bank", "Group", "met", "."]
    doc = run(blank_en, words, ["O"] * 6 + ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    assert [(e.text, e.kb_id_) for e in doc._.owners] == [
        ("African Development Bank Group", "Q340195")
    ]
    words = ["le", "Bureau", "régional", "du", "HCR", "pour", "l'", "Afrique", "a", "dit"]
    doc = run(blank_fr, words, ["O"] + ["B-ORG"] + ["I-ORG"] * 6 + ["O", "O"])
    assert [e.text for e in doc._.owners] == ["HCR"]
    # a network inside its member's name is no owner
    words = ["l'", "Institut", "Pasteur", "de", "Dakar", "a", "dit"]
    assert run(blank_fr, words, ["O"] * 4 + ["B-LOC", "O", "O"])._.owners == []


def test_a_board_is_found_with_either_apostrophe(blank_fr):
    for apostrophe in ("'", "’"):
        words = [
            "le",
            "Conseil",
            f"d{apostrophe}",
            "administration",
            "de",
            "la",
            "BOAD",
            "a",
            "dit",
        ]
        assert _ents(blank_fr, words, ["O"] * 9) == [
            (f"Conseil d{apostrophe} administration de la BOAD", "ORG")
        ]


def test_a_feature_noun_makes_a_country_s_name_another_place(blank_fr, blank_en):
    words = ["les", "pêcheurs", "du", "lac", "Tchad", "et", "du", "fleuve", "Niger", "."]
    assert _ents(blank_fr, words, ["O"] * 10) == [("lac Tchad", "LOC"), ("fleuve Niger", "LOC")]
    words = ["in", "the", "Senegal", "River", "valley", "and", "Lake", "Chad", "."]
    ents = ["O", "O", "B-LOC", "I-LOC", "O", "O", "O", "O", "O"]
    assert _ents(blank_en, words, ents) == [
        ("Senegal River valley", "LOC"),
        ("Lake Chad", "LOC"),
    ]
    # the country alone, and a body named after a feature, stay what they are
    assert _ents(blank_fr, ["le", "Tchad", "a", "signé", "."], ["O"] * 5) == [("Tchad", "LOC")]
    words = ["the", "Kenya", "Forest", "Service", "said", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert _ents(blank_en, words, ents) == [("Kenya Forest Service", "ORG")]


def test_a_language_is_no_name(blank_en):
    words = ["broadcast", "in", "Hausa", ",", "Zarma", "and", "Fulfulde", "."]
    ents = ["O", "O", "B-GPE", "O", "B-PERSON", "O", "B-PERSON", "O"]
    assert _ents(blank_en, words, ents) == []
    # a person or a town of a language's name, alone or after "in", stays
    words = ["Mr", "Kim", "spoke", "in", "Lomé", "."]
    assert _ents(blank_en, words, ["O", "B-PERSON", "O", "O", "B-GPE", "O"]) == [
        ("Kim", "PER"),
        ("Lomé", "LOC"),
    ]


def test_a_mixed_case_acronym_of_the_knowledge_base_is_found(blank_en):
    doc = run(blank_en, ["Senegal", ":", "AfDB", "approves", "loan"], ["B-GPE"] + ["O"] * 4)
    assert [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "ORG"] == [("AfDB", "Q340195")]


def test_an_accented_acronym_defined_for_a_place_tagged_name_is_a_body(blank_fr):
    """'Côte d'Ivoire Énergies (CI-Énergies)', the long form tagged as a place."""
    words = ["par", "la", "Côte", "d'Ivoire", "Énergies", "(", "CI", "-", "Énergies", ")", "."]
    ents = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O", "O", "O"]
    spaces = [True, True, True, True, True, False, False, False, False, False, False]
    doc = run(blank_fr, words, ents, spaces)
    assert [(p.short.text, p.long.text, p.long.label_) for p in doc._.acronyms] == [
        ("CI-Énergies", "Côte d'Ivoire Énergies", "ORG")
    ]


def test_a_defined_acronym_of_a_known_place_stays_a_place(blank_fr):
    words = ["en", "République", "démocratique", "du", "Congo", "(", "RDC", ")", "."]
    ents = ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O"]
    doc = run(blank_fr, words, ents)
    assert {e.label_ for e in doc.ents} == {"LOC"}


def test_a_dateline_s_year_and_dash_are_no_part_of_a_name(blank_fr):
    words = ["ABIDJAN", ",", "30", "septembre", "2025", "-", "Ivoire", "Agro-Industries"]
    words += ["annonce", "."]
    ents = ["B-LOC", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    doc = run(blank_fr, words, ents)
    assert "Ivoire Agro-Industries" in {e.text for e in doc.ents}


def test_a_currency_is_no_body(blank_fr):
    words = ["20", "milliards", "de", "francs", "CFA", "pour", "le", "Sénégal"]
    doc = run(blank_fr, words, ["O", "O", "O", "O", "B-ORG", "O", "O", "B-LOC"])
    assert "CFA" not in {e.text for e in doc.ents}


@pytest.mark.parametrize(
    ("words", "ents", "name"),
    [
        (["Director", "of", "Ghana", "Gas", "said"], ["O", "O", "B-GPE", "O", "O"], "Ghana Gas"),
        (["flights", "of", "Kenya", "Airways", "resumed"], ["O", "O", "B-GPE", "O", "O"],
         "Kenya Airways"),
    ],
)  # fmt: skip
def test_a_capitalised_word_after_a_country_ends_a_body_s_name(blank_en, words, ents, name):
    doc = run(blank_en, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == [(name, "ORG")]


@pytest.mark.parametrize(
    "words",
    [
        ["in", "Mali", "Friday", "morning"],
        ["the", "Senegal", "Forum", "opened"],
        ["the", "Niger", "Delta", "region"],
    ],
)
def test_a_day_an_event_or_a_feature_after_a_country_makes_no_body(blank_en, words):
    doc = run(blank_en, words, ["O", "B-GPE", "O", "O"])
    assert "ORG" not in {e.label_ for e in doc.ents}


@pytest.mark.parametrize(
    ("words", "ents", "pair"),
    [
        # an unknown body's acronym, its name translated in the brackets
        (
            "goes to the ANME ( National Agency for Energy Conservation ) , which pays".split(),
            ["O"] * 3 + ["B-ORG", "O", "B-ORG"] + ["I-ORG"] * 4 + ["O"] * 4,
            ("ANME", "National Agency for Energy Conservation"),
        ),
        # an acronym spelling the portfolios after the body noun the model tagged
        (
            (
                "by the Department of Agriculture , Rural Development , Blue Economy "
                "and Sustainable Environment ( ARBE ) , headed"
            ).split(),
            ["O", "O", "B-ORG"] + ["I-ORG"] * 5 + ["O"] * 11,
            (
                "ARBE",
                "Department of Agriculture , Rural Development , Blue Economy and "
                "Sustainable Environment",
            ),
        ),
    ],
)
def test_long_forms_read_around_what_the_model_tagged(blank_en, words, ents, pair):
    doc = run(blank_en, words, ents)
    assert pair in {(p.short.text, p.long.text) for p in doc._.acronyms}


def test_a_slash_stays_inside_a_long_form(blank_fr):
    words = (
        "et l' Autorité de Régulation des Télécommunications / TIC de Côte d' Ivoire "
        "( ARTCI ) ont signé"
    ).split()
    doc = run(blank_fr, words, ["O", "O", "B-ORG"] + ["I-ORG"] * 3 + ["O"] * 12)
    assert ("ARTCI", " ".join(words[2:13])) in {(p.short.text, p.long.text) for p in doc._.acronyms}


@pytest.mark.parametrize(
    "words",
    [
        "the CEO ( Chief Executive Officer ) said".split(),
        "the UNICEF ( New York ) office".split(),
    ],
)
def test_a_bracket_after_an_acronym_glosses_it_only_as_a_body_s_name(blank_en, words):
    doc = run(blank_en, words, ["O"] * len(words))
    assert doc._.acronyms == []


def test_a_first_name_tagged_with_the_title_before_it_opens_the_person_s_name(blank_en):
    words = "hosted by National Registrar Hernán Darío Quintero Ospina , who".split()
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    doc = run(blank_en, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == [("Hernán Darío Quintero Ospina", "PER")]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [("Lavallée", "Singh", True), ("Tunisia", "Italy", False)],
)
def test_two_names_glued_by_a_hyphen_are_one_unless_known_apart(
    blank_en, first: str, second: str, joined: bool
):
    words = ["said", "Minister", first, "-", second, "."]
    spaces = [True, True, False, False, False, False]
    doc = run(blank_en, words, ["O", "O", "B-GPE", "O", "B-PERSON", "O"], spaces)
    assert ([(e.text, e.label_) for e in doc.ents] == [(f"{first}-{second}", "PER")]) is joined


@pytest.mark.parametrize(
    ("words", "short"),
    [
        ('Acme Holdings Group plc ( " the Group " ) today announced'.split(), "Group"),
        ("Acme Holdings Group plc ( hereinafter “ Acme ” ) today announced".split(), "Acme"),
    ],
)
def test_a_short_name_defined_in_quotes_is_the_body_s(blank_en, words, short):
    doc = run(blank_en, words, ["B-ORG"] + ["I-ORG"] * 3 + ["O"] * (len(words) - 4))
    pairs = {(p.short.text, p.long.text) for p in doc._.acronyms}
    assert (short, "Acme Holdings Group plc") in pairs


def test_quoted_words_in_brackets_after_no_body_define_nothing(blank_en):
    words = 'the word ( " Group " ) is short'.split()
    doc = run(blank_en, words, ["O"] * len(words))
    assert doc._.acronyms == []


def test_a_person_named_by_a_feature_noun_is_a_place(blank_en):
    words = "the coast of Cap Bon , east of Tunis".split()
    doc = run(blank_en, words, ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert ("Cap Bon", "LOC") in [(e.text, e.label_) for e in doc.ents]


def test_a_long_form_the_model_cut_at_its_and_is_joined(blank_en):
    words = "The National Office for Veterans and Victims of War ( ONaCVG ) , headed".split()
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 5
    doc = run(blank_en, words, ents)
    pairs = {(p.short.text, p.long.text) for p in doc._.acronyms}
    assert pairs == {("ONaCVG", "National Office for Veterans and Victims of War")}


def test_an_unknown_acronym_after_known_bodies_is_none_of_theirs(blank_en):
    words = "co-chaired by the West African Development Bank and Afreximbank ( ACCP ) .".split()
    doc = run(blank_en, words, ["O"] * len(words))
    assert doc._.acronyms == []
    assert "West African Development Bank and Afreximbank" not in [e.text for e in doc.ents]


def test_a_title_case_headline_opens_no_programme_name(blank_en):
    words = "Ministers Unveil Youth Green Jobs programme Across Coastal Towns".split()
    doc = run(blank_en, words, ["O"] * len(words))
    assert not any(e.label_ == "ORG" for e in doc.ents)
    words = "Ministers unveiled the Youth Green Jobs programme across coastal towns .".split()
    doc = run(blank_en, words, ["O"] * len(words))
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Youth Green Jobs"]


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        ("Le gouvernement provincial du Lualaba a signé.", "gouvernement provincial du Lualaba",
         "gov:iso:CD-LU"),
        ("Le gouvernement royal a adopté le plan.", "gouvernement royal", "gov:*"),
    ],
)  # fmt: skip
def test_a_government_s_level_is_part_of_its_name(blank_fr, text, name, kb_id):
    assert (name, kb_id) in [(e.text, e.kb_id_) for e in blank_fr(text).ents]


def test_the_federal_government_is_the_article_s_country_s(blank_en):
    doc = blank_en("The federal government adopted the plan.")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("federal government", "gov:*")]


def test_participles_are_built_from_lemmas_and_endings():
    from extractor.components.util import participles

    french = participles(frozenset({"piloter", "conduire"}), {"é": "er", "ées": "er"})
    assert french == {"piloté", "pilotées"}  # "conduire" takes no such ending
    assert "steered" in participles(frozenset({"steer"}), {"ed": "", "d": ""})


@pytest.fixture(scope="module")
def events_fr():
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsgraph_events")
    return nlp


def _events(nlp, words: list[str], ents: list[str], pos: list[str]) -> list[tuple[str, str]]:
    doc = Doc(nlp.vocab, words=words, ents=ents, pos=pos)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return [(e.span.text, e.acronym.text if e.acronym else "") for e in doc._.events]


def test_an_event_s_name_runs_over_a_word_inside_a_name_and_takes_its_edition(events_fr):
    words = "lors de la Conférence des Nations unies sur les changements climatiques ( COP28 ) ."
    pos = "ADV ADP DET NOUN ADP PROPN VERB ADP DET NOUN ADJ PUNCT PROPN PUNCT PUNCT"
    ents = ["O"] * 5 + ["B-ORG", "I-ORG"] + ["O"] * 8
    found = _events(events_fr, words.split(), ents, pos.split())
    name = "Conférence des Nations unies sur les changements climatiques"
    assert found == [(name, "COP28")]


def test_a_series_edition_alone_is_an_event_and_names_the_event_after_it(events_fr):
    words = "présenté à la COP31 , la Conférence des Nations unies , puis à la COP32 ."
    pos = "VERB ADP DET PROPN PUNCT DET NOUN ADP PROPN ADJ PUNCT ADV ADP DET PROPN PUNCT"
    ents = ["O"] * 7 + ["B-ORG", "I-ORG"] + ["O"] * 7
    found = _events(events_fr, words.split(), ents, pos.split())
    assert found == [("Conférence des Nations unies", "COP31"), ("COP32", "")]
    # a number after capitals of no event series is no event
    words = "le G20 et le A350 ."
    assert (
        _events(events_fr, words.split(), ["O"] * 6, "DET PROPN CCONJ DET PROPN PUNCT".split())
        == []
    )


@pytest.mark.parametrize(
    ("nlp_name", "words", "ministry", "country"),
    [
        (
            "blank_fr",
            "le ministère de la Santé publique de Madagascar a signé .",
            "ministère de la Santé publique",
            "Madagascar",
        ),
        ("blank_en", "the Ministry of Health of Ghana signed .", "Ministry of Health", "Ghana"),
    ],
)
def test_a_ministry_s_country_after_its_name_is_a_place_of_its_own(
    request, nlp_name, words, ministry, country
):
    nlp = request.getfixturevalue(nlp_name)
    tokens = words.split()
    end = tokens.index(country) + 1
    ents = ["O", "B-ORG"] + ["I-ORG"] * (end - 2) + ["O"] * (len(tokens) - end)
    assert _ents(nlp, tokens, ents) == [(ministry, "ORG"), (country, "LOC")]
    # a body that is no ministry keeps the country it is named with
    bank = "la Banque centrale de Mauritanie a signé .".split()
    assert _ents(nlp, bank, ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["O"] * 3) == [
        ("Banque centrale de Mauritanie", "ORG")
    ]


def test_a_body_named_after_a_person_may_end_on_a_word_of_titles(blank_fr, blank_en):
    words = ["L'", "Université", "Mohammed", "Premier", "a", "signé", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert _ents(blank_fr, words, ents) == [("Université Mohammed Premier", "ORG")]
    # a body's title is no body: "the Commission Chairperson spoke"
    words = ["the", "Commission", "Chairperson", "spoke", "."]
    assert _ents(blank_en, words, ["O", "B-ORG", "I-ORG", "O", "O"]) == []


def test_a_headline_s_words_read_into_a_known_place_are_no_part_of_it(blank_fr, blank_en):
    words = ["Alertes", "précoces", "au", "Sahel", ":", "l'", "OMM", "agit"]
    ents = ["B-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "B-ORG", "O"]
    assert ("Sahel", "LOC") in _ents(blank_fr, words, ents)
    # a name of capitalised words around its preposition stays whole
    words = ["Saint-Louis", "du", "Sénégal", "accueille", "."]
    assert _ents(blank_fr, words, ["B-LOC", "I-LOC", "I-LOC", "O", "O"])[0][0] == (
        "Saint-Louis du Sénégal"
    )
    words = ["Early", "warnings", "in", "the", "Sahel", "work", "."]
    ents = ["B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O"]
    assert _ents(blank_en, words, ents) == [("Sahel", "LOC")]


def test_a_name_after_a_title_of_several_complements_is_a_person(blank_en):
    text = (
        "The agency, led by Special Representative of the Secretary-General for Disaster Risk "
        "Reduction Aiko Tanaka-Reyes, presented a regional assessment showing that only half of "
        "the countries in the region have early warning systems."
    )
    assert [(e.text, e.label_) for e in blank_en(text).ents] == [("Aiko Tanaka-Reyes", "PER")]


def test_a_named_event_s_acronym_may_take_letters_inside_its_words(events_fr):
    words = "du Championnat d' Afrique des nations ( CHAN ) à Rabat ."
    pos = "ADP NOUN ADP PROPN ADP NOUN PUNCT PROPN PUNCT ADP PROPN PUNCT"
    found = _events(events_fr, words.split(), ["O"] * 12, pos.split())
    assert found == [("Championnat d' Afrique des nations", "CHAN")]
    # a lower-case event and an acronym of other letters: the acronym is not the event's
    words = "une réunion des partenaires ( ONU ) à Rabat ."
    pos = "DET NOUN ADP NOUN PUNCT PROPN PUNCT ADP PROPN PUNCT"
    assert [a for _, a in _events(events_fr, words.split(), ["O"] * 10, pos.split())] == [""]


def test_a_body_s_name_cut_at_its_for_is_one_name(blank_en):
    words = "by the Togolese Agency for Rural Electrification and Renewable Energy , headed".split()
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["B-ORG"] + ["I-ORG"] * 4 + ["O", "O"]
    assert _ents(blank_en, words, ents) == [
        ("Togolese Agency for Rural Electrification and Renewable Energy", "ORG")
    ]
    # a known body after "for" is another body
    words = "the Support Agency for UNICEF said".split()
    ents = ["O", "B-ORG", "I-ORG", "O", "B-ORG", "O"]
    assert [t for t, _ in _ents(blank_en, words, ents)] == ["Support Agency", "UNICEF"]


def test_a_name_in_commas_after_a_title_and_its_charge_is_a_person(blank_en):
    text = (
        "The Minister Delegate in charge of Investment, Karim Zidane, attended the ceremony "
        "with the other members of the delegation in the morning."
    )
    assert [(e.text, e.label_) for e in blank_en(text).ents] == [("Karim Zidane", "PER")]
    # capitalised words after the comma that no comma or "and" closes are no name
    text = (
        "The Minister Delegate in charge of Investment, Karim Zidane Holdings Limited Group "
        "attended the ceremony with the other members of the delegation in the morning."
    )
    assert [e.label_ for e in blank_en(text).ents if e.label_ == "PER"] == []


def _places_of(doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "LOC"}


def _untagged_names(blank_fr, blank_en, lang: str, words: str, label: str) -> set[str]:
    """The names of one label our components find in words the model tagged nothing in."""
    doc = run_untagged(blank_fr if lang == "fr" else blank_en, words)
    return {e.text for e in doc.ents if e.label_ == label}


@pytest.mark.parametrize(
    ("lang", "words", "place"),
    [
        ("fr", "Ils ont débarqué entre Cavalaire et Saint-Raphaël .", "Cavalaire"),
        ("en", "The road between Kaolack and Ndiosmone reopened .", "Ndiosmone"),
        ("fr", "Il pleut dans le sud des Andes .", "Andes"),
        ("en", "It rains in the north of the Altiplano .", "Altiplano"),
    ],
)
def test_stretches_and_compass_nouns_tie_untagged_names_to_places(
    blank_fr, blank_en, lang, words, place
):
    assert place in _untagged_names(blank_fr, blank_en, lang, words, "LOC")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "The dispute between Acme and Zorblat ended ."),  # no known place on either side
        ("fr", "Il ouvre le centre de Recherche ."),  # « centre » opens bodies' names
    ],
)
def test_no_place_from_a_stretch_or_a_compass_noun_alone(blank_fr, blank_en, lang, words):
    assert not _untagged_names(blank_fr, blank_en, lang, words, "LOC")


def test_a_name_the_model_ended_on_and_runs_over_the_capitalised_words_after_it(blank_en):
    words = "at the Memorial of the Provence Landing and Liberation on Mont Faron .".split()
    ents = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC"] + ["O"] * 5
    places = _places_of(run(blank_en, words, ents))
    assert places == {"Memorial of the Provence Landing and Liberation", "Mont Faron"}


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Il concerne le projet ELMED , piloté par la STEG .", {"ELMED"}),
        ("Il concerne le projet UE , piloté par la STEG .", set()),  # a known body's acronym
        ("Il concerne le projet X , piloté par la STEG .", set()),  # too short for a name
    ],
)
def test_a_name_in_capitals_after_a_french_programme_noun_is_the_programme(blank_fr, words, found):
    doc = run_untagged(blank_fr, words)
    new = {e.text for e in doc.ents if e.label_ == "ORG" and not e.kb_id_}  # "UE" stays the EU
    assert new - {"STEG"} == found


@pytest.mark.parametrize(
    ("words", "ents", "place"),
    [
        ("dans la vallée du fleuve Niger .", "O O O O B-LOC I-LOC O", "vallée du fleuve Niger"),
        ("dans le bassin du Congo .", "O O O O B-LOC O", "Congo"),  # the basin is read as its place
    ],
)
def test_a_valley_of_a_place_is_a_place_of_its_own(blank_fr, words, ents, place):
    doc = run(blank_fr, words.split(), ents.split())
    assert _places_of(doc) == {place}


def test_words_in_capitals_filling_brackets_after_a_body_noun_name_that_body(blank_en):
    words = "monitored by the Directorate - General for the Gulf ( DG MENA ) , headed by Ann Lee ."
    doc = run_untagged(blank_en, words)
    assert "DG MENA" in {e.text for e in doc.ents if e.label_ == "ORG"}


@pytest.mark.parametrize(
    ("words", "ents"),
    [
        ("run by the Rural Programme ( AGRO RURAL ) .", "O O O B-ORG I-ORG O O O O O"),
        ("prices rose in the country ( US GDP ) .", "O O O O O O O O O O"),  # no body named
    ],
)
def test_no_body_of_its_own_from_capitals_in_brackets(blank_en, words, ents):
    doc = run(blank_en, words.split(), ents.split())
    assert not any(e.text in ("AGRO RURAL", "US GDP") for e in doc.ents)


def test_a_name_ended_on_and_never_runs_over_a_name_of_its_own(blank_en):
    words = "The University of Yaoundé I and Canada 's Research Centre signed .".split()
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "B-GPE", "O"] + ["O"] * 4
    bodies = {e.text for e in run(blank_en, words, ents).ents if e.label_ == "ORG"}
    assert not any("Canada" in name for name in bodies)


@pytest.mark.parametrize(
    ("lang", "words", "name"),
    [
        ("fr", "Le port et le groupe danois Keldsen ont signé .", "Keldsen"),
        ("en", "He praised the Keldsen group for its work .", "Keldsen"),
        ("en", "The deal was signed with the bank Ecobank in March .", "Ecobank"),
    ],
)
def test_capitalised_words_beside_a_company_noun_name_the_company(
    blank_fr, blank_en, lang, words, name
):
    assert name in _untagged_names(blank_fr, blank_en, lang, words, "ORG")


@pytest.mark.parametrize(
    "words",
    [
        "He met the Africa group in March .",  # a known place
        "He joined the group in March .",  # no name
    ],
)
def test_no_company_from_a_company_noun_alone(blank_en, words):
    doc = run_untagged(blank_en, words)
    assert not [e for e in doc.ents if e.label_ == "ORG"]


def test_a_law_headed_by_a_body_noun_before_its_of_is_a_body(blank_en):
    words = "The Telecommunications Regulatory Authority of Ruritania fined them .".split()
    ents = ["B-LAW"] + ["I-LAW"] * 5 + ["O", "O", "O"]
    bodies = {e.text for e in run(blank_en, words, ents).ents if e.label_ == "ORG"}
    assert "Telecommunications Regulatory Authority of Ruritania" in bodies


def test_a_place_the_model_ran_on_into_an_amount_ends_before_its_currency(blank_en):
    words = "launched in Abuja a USD 500 million fund .".split()
    ents = ["O", "O", "B-GPE", "I-GPE", "I-GPE", "I-GPE", "I-GPE", "O", "O"]
    assert _places_of(run(blank_en, words, ents)) == {"Abuja"}


def test_a_currency_code_before_an_amount_names_no_body(blank_en):
    words = "They signed a CAD 2.5 million agreement .".split()
    doc = run(blank_en, words, ["O"] * len(words))
    assert not [e for e in doc.ents if e.label_ == "ORG"]


def test_a_body_cut_on_a_lower_case_word_before_a_person_is_named_after_that_person(blank_fr):
    words = "Il dirigeait le Centre hospitalier universitaire Sylvanus Olympio .".split()
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER", "O"]
    doc = run(blank_fr, words, ents)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Centre hospitalier universitaire Sylvanus Olympio", "ORG")
    ]


def test_a_body_begun_after_its_and_starts_on_the_word_before_it(blank_en):
    words = "The Peace and Security Council met .".split()
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O"]
    assert {e.text for e in run(blank_en, words, ents).ents} == {"Peace and Security Council"}


def test_a_first_name_and_a_word_read_as_a_body_after_a_title_s_place_are_its_holder(blank_en):
    words = "said MSF Head of Mission in Niger Anna Kowalska .".split()
    # the first name untagged, the surname read as a body
    ents = ["O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O", "B-ORG", "O"]
    pos = ["VERB", "PROPN", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(blank_en.vocab, words=words, ents=ents, pos=pos)
    for _name, proc in blank_en.pipeline:
        doc = proc(doc)
    assert ("Anna Kowalska", "PER") in {(e.text, e.label_) for e in doc.ents}


def test_for_and_a_place_end_an_untagged_body_s_name_in_a_role() -> None:
    from extractor.components.roles import _covers_place
    from extractor.lang import fr

    nlp = spacy.blank("fr")
    doc = nlp("du Responsable pays de la Banque pour le Cameroun , M. Kwame")
    doc.ents = [doc.char_span(doc.text.index("Cameroun"), doc.text.index(" ,"), label="LOC")]
    covers = [t.text for t in doc if _covers_place(t, fr)]
    assert covers == ["pour"]
    doc.ents = []
    assert not any(_covers_place(t, fr) for t in doc)  # no place after it: part of the name


def test_an_acronym_runs_over_a_hyphen_and_capitals_written_together() -> None:
    from extractor.components.entities import _hyphened_caps_end

    nlp = spacy.blank("fr")
    joined, spaced = nlp("de l'APEX-CI a signé"), nlp("de l'APEX - CI a signé")
    first = [t.text for t in joined].index("APEX")
    assert joined[first : _hyphened_caps_end(joined, first)].text == "APEX-CI"
    first = [t.text for t in spaced].index("APEX")
    assert spaced[first : _hyphened_caps_end(spaced, first)].text == "APEX"


def test_an_untagged_name_runs_over_a_hyphen_inside_a_word() -> None:
    from extractor.components.util import untagged_name

    nlp = spacy.blank("en")
    words = ["of", "AREF", "Drâa", "-", "Tafilalet", ",", "the", "Secretary", "-", "General"]
    spaces = [True, True, False, False, False, True, True, False, False, False]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "PROPN"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos)
    name = untagged_name(doc, 1, 5)
    assert name is not None and name.text == "AREF Drâa-Tafilalet"
    assert untagged_name(doc, 7, 10) is None  # one hyphenated word, no acronym: a title
