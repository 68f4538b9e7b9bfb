import pytest

from extractor.errors import ArticleRejected
from extractor.language import detect_language, normalise_lang

FRENCH = (
    "La Fondation Atlas pour la santé rurale a inauguré mardi à Agadir un centre de "
    "formation destiné aux infirmières et aux sages-femmes de la région."
)
ENGLISH = (
    "The Atlas Foundation for Rural Health opened a training centre for nurses and "
    "midwives in Agadir on Tuesday, its director-general said."
)
GERMAN = (
    "Die Atlas-Stiftung für ländliche Gesundheit hat am Dienstag in Agadir ein "
    "Ausbildungszentrum für Krankenschwestern und Hebammen eröffnet."
)


def test_french():
    lang, prob = detect_language(FRENCH)
    assert lang == "fr"
    assert 0.9 <= prob <= 1.0


def test_english():
    lang, prob = detect_language(ENGLISH)
    assert lang == "en"
    assert 0.9 <= prob <= 1.0


def test_german_is_rejected_naming_the_language_and_probability():
    with pytest.raises(ArticleRejected) as info:
        detect_language(GERMAN)
    assert info.value.code == "E004"
    assert "'de'" in info.value.message
    assert "probability" in info.value.message


def test_detection_is_deterministic():
    short = "Merci beaucoup"
    assert len({detect_language(short) for _ in range(5)}) == 1


def test_only_the_beginning_is_read():
    # A long French opening decides, whatever follows.
    text = (FRENCH + " ") * 15 + GERMAN * 50
    assert detect_language(text)[0] == "fr"


@pytest.mark.parametrize("explicit", ["fr", "FR", "fr-FR", "fr_CA", "french", "Français", "fra"])
def test_explicit_french_wins(explicit):
    assert detect_language(ENGLISH, explicit) == ("fr", 1.0)


@pytest.mark.parametrize("explicit", ["en", "EN", "en-GB", "English", "anglais"])
def test_explicit_english_wins(explicit):
    assert detect_language(FRENCH, explicit) == ("en", 1.0)


def test_unsupported_explicit_language_names_it():
    with pytest.raises(ArticleRejected) as info:
        detect_language(FRENCH, "de-DE")
    assert info.value.code == "E004"
    assert "de-DE" in info.value.message


def test_blank_explicit_language_falls_back_to_detection():
    assert detect_language(FRENCH, "  ")[0] == "fr"


@pytest.mark.parametrize("text", ["", "   \n", "12 345 678", "2024-10-14 — 42 %"])
def test_no_letters_cannot_be_detected(text):
    with pytest.raises(ArticleRejected) as info:
        detect_language(text)
    assert info.value.code == "E005"


def test_short_text_outside_fr_en_is_undetectable_not_unsupported():
    with pytest.raises(ArticleRejected) as info:
        detect_language("OK")
    assert info.value.code == "E005"
    assert "too short" in info.value.message


def test_short_french_text_is_still_french():
    assert detect_language("Santé publique")[0] == "fr"


def test_normalise_lang_keeps_unknown_codes_recognisable():
    assert normalise_lang(" fr-BE ") == "fr"
    assert normalise_lang("DE") == "de"
