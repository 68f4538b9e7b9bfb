import pytest

from extractor.normalise import iso_date, model_text, normalise_text, paragraphs


def assert_exact(text: str, pieces: list[tuple[int, str]]) -> None:
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece


# --- normalise_text ----------------------------------------------------------------


def test_line_ends_become_lf():
    assert normalise_text("a\r\nb\rc\nd") == "a\nb\nc\nd"


def test_bom_and_controls_are_removed_but_tab_and_newline_stay():
    assert normalise_text("\ufeffTitre\x00\x07\tici\x1b\n") == "Titre\tici\n"


def test_nfc_composes_accents():
    decomposed = "e\u0301te\u0301"  # "été" with combining accents
    assert normalise_text(decomposed) == "été"
    assert len(normalise_text(decomposed)) == 3


def test_no_break_spaces_are_kept():
    text = "Présidente\u00a0: Nadia\u202fBenkirane"
    assert normalise_text(text) == text


# --- model_text ----------------------------------------------------------------


def test_model_text_substitutes_one_for_one():
    text = "l’Organisation\u00a0: l‘OMS ʼ « Santé »\u202f!"
    result = model_text(text)
    assert result == "l'Organisation : l'OMS ' « Santé » !"
    assert len(result) == len(text)


def test_model_text_spells_letters_without_decomposition_with_their_base_letter():
    # the models tag "Sorensen" a person, not "Sørensen"
    text = "Lars Henrik Sørensen, Łukasz Kowalski, Đorđe Ðukić"
    result = model_text(text)
    assert result == "Lars Henrik Sorensen, Lukasz Kowalski, Dorde Dukić"  # ć decomposes
    assert len(result) == len(text)


def test_model_text_keeps_offsets_of_every_character():
    text = normalise_text("L’OMS et l’Unicef\u00a0: deux agences.")
    result = model_text(text)
    start = text.index("Unicef")
    assert result[start : start + 6] == "Unicef"


# --- paragraphs ----------------------------------------------------------------


def test_paragraphs_split_on_single_and_blank_lines_and_skip_empty_ones():
    text = "Titre\n\nPremier paragraphe.\nDeuxième paragraphe.\n\n\n  \nFin."
    pieces = paragraphs(text, max_chars=1000)
    assert [p for _, p in pieces] == [
        "Titre",
        "Premier paragraphe.",
        "Deuxième paragraphe.",
        "Fin.",
    ]
    assert_exact(text, pieces)


def test_paragraphs_strip_surrounding_whitespace_with_exact_offsets():
    text = "  \t Indented line.  \n\u00a0Next one\u00a0"
    pieces = paragraphs(text, max_chars=1000)
    assert pieces == [(4, "Indented line."), (22, "Next one")]
    assert_exact(text, pieces)


def test_long_paragraph_is_cut_at_sentence_ends_and_nothing_is_lost():
    sentence = "La commission a publié son rapport annuel. "
    text = "Intro.\n" + sentence * 10 + "Fin"
    pieces = paragraphs(text, max_chars=100)
    assert all(len(p) <= 100 for _, p in pieces)
    assert all(p.endswith(".") for _, p in pieces[:-1])
    assert_exact(text, pieces)
    # Nothing but whitespace between the pieces is dropped.
    assert "".join(p for _, p in pieces).replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_question_and_exclamation_marks_end_sentences_too():
    text = "Qui dirige l'OMS ? " * 3 + "Le directeur général ! " * 3
    pieces = paragraphs(text, max_chars=40)
    assert_exact(text, pieces)
    assert all(p[-1] in "?!" for _, p in pieces)


def test_paragraph_without_sentence_end_is_cut_at_a_space():
    text = " ".join(["mot"] * 50)
    pieces = paragraphs(text, max_chars=30)
    assert all(len(p) <= 30 for _, p in pieces)
    assert all(not p.startswith(" ") and not p.endswith(" ") for _, p in pieces)
    assert_exact(text, pieces)
    assert sum(p.count("mot") for _, p in pieces) == 50


def test_paragraph_without_any_space_is_cut_hard_but_kept_whole():
    text = "x" * 95
    pieces = paragraphs(text, max_chars=40)
    assert [len(p) for _, p in pieces] == [40, 40, 15]
    assert_exact(text, pieces)


def test_paragraphs_of_empty_text():
    assert paragraphs("", max_chars=10) == []
    assert paragraphs("\n \n\t\n", max_chars=10) == []


def test_paragraphs_need_a_positive_limit():
    with pytest.raises(ValueError):
        paragraphs("texte", max_chars=0)


# --- iso_date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-14", "2024-10-14"),
        ("2024-10-14T08:00:00Z", "2024-10-14"),
        ("14 octobre 2024", "2024-10-14"),
        ("1er mars 2023", "2023-03-01"),
        ("October 14, 2024", "2024-10-14"),
        ("14/10/2024", "2024-10-14"),
        ("2024-02-30", None),
        ("octobre 2024", None),
        ("hier", None),
        ("n'importe quoi", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_a_name_after_n_apostrophe_stays_one_word_for_the_model():
    from extractor.normalise import NAME_APOSTROPHE, model_text

    text = "Gervais N’Guessan vit à N'Djamena ; il n'a rien dit."
    read = model_text(text)
    assert len(read) == len(text)
    assert f"N{NAME_APOSTROPHE}Guessan" in read and f"N{NAME_APOSTROPHE}Djamena" in read
    assert "n'a" in read  # the elided "ne" is left alone


@pytest.mark.parametrize(
    ("piece", "dateline"),
    [
        ("CASABLANCA, 8 janvier 2027 – Le conseil a nommé X.", "CASABLANCA, 8 janvier 2027 –"),
        ("GENEVA (Reuters), 3 March 2025 — The WHO said.", "GENEVA (Reuters), 3 March 2025 —"),
        ("POINTE-NOIRE, le 2 mai 2026 – La SNPC annonce.", "POINTE-NOIRE, le 2 mai 2026 –"),
        ("Accra, le 2 septembre 2025 – CARE annonce.", "Accra, le 2 septembre 2025 –"),
        ("Port Louis, 27 March 2026 – Ms X was elected.", "Port Louis, 27 March 2026 –"),
        (
            "Fredericton (N.B.), October 6, 2025 – The Speaker.",
            "Fredericton (N.B.), October 6, 2025 –",
        ),
    ],
)
def test_a_dateline_is_a_piece_of_its_own_and_offsets_are_kept(piece, dateline):
    from extractor.normalise import without_dateline

    (first, head), (second, rest) = without_dateline(10, piece)
    assert (first, head) == (10, dateline)
    assert piece[second - 10 :] == rest and rest[0].isupper()


@pytest.mark.parametrize(
    "piece",
    [
        "Le conseil a nommé X – une première.",  # no town in capitals first
        "DAKAR – Le conseil a nommé X.",  # no date: too short to be sure
        "CASABLANCA, 8 janvier 2027 –",  # nothing after the dateline
        "Le Conseil, réuni le 3 mars 2024 – a décidé.",  # a subject, no town
        "Accra, mardi – CARE annonce.",  # a town in title case needs its date
    ],
)
def test_a_paragraph_without_a_dateline_stays_whole(piece):
    from extractor.normalise import without_dateline

    assert without_dateline(0, piece) == [(0, piece)]


def _opens_with_minister(line: str) -> bool:
    return line.startswith(("Le Ministre", "The Minister"))


@pytest.mark.parametrize("gap", ["\n\n", "\n", "\n  \n"])
def test_a_signature_s_title_and_name_lines_are_one_piece_with_offsets_kept(gap):
    from extractor.normalise import joined_signatures

    text = (
        f"Le Conseil a siégé.\n\nLe Ministre de la Communication, Porte-parole{gap}Alioune Ndour\n"
    )
    pieces = joined_signatures(text, paragraphs(text, 1000), _opens_with_minister)
    spaces = " " * (len(gap) - 1)
    assert pieces[-1] == (
        21,
        f"Le Ministre de la Communication, Porte-parole,{spaces}Alioune Ndour",
    )
    assert len(pieces) == 2 and len(pieces[-1][1]) == len(text.rstrip()) - 21


@pytest.mark.parametrize(
    "text",
    [
        "Le Ministre de la Communication a parlé.\n\nAlioune Ndour",  # a sentence, no title line
        "The Minister of Health\n\nThe meeting ended at noon.",  # no name under it
        "Le Conseil des ministres\n\nAlioune Ndour",  # no title
        "The Minister of Health\n\nAlioune Ndour 2025",
    ],
)
def test_lines_that_are_no_signature_stay_apart(text):
    from extractor.normalise import joined_signatures

    pieces = paragraphs(text, 1000)
    assert joined_signatures(text, pieces, _opens_with_minister) == pieces
