"""Text as read, text as the model sees it, and paragraphs with exact offsets.

Three layers, each with one promise:
- `normalise_text` gives the article text that every character offset points into.
- `model_text` gives what spaCy reads: the same length, one-for-one substitutions,
  so an offset in one is the same offset in the other.
- `paragraphs` cuts the text into pieces spaCy can take, each with its offset.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Line breaks other than LF that some editors and converters leave behind.
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
# C0 controls except TAB and LF, DEL, the C1 block, and the BOM / zero-width
# no-break space: none of them carries meaning in an article.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f\x80-\x9f\ufeff]")

# One character for one character: apostrophes, spaces and hyphens that the
# pipelines were trained on in their ASCII form.
_MODEL_MAP = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark (French typographic apostrophe)
        "\u2018": "'",  # left single quotation mark
        "\u02bc": "'",  # modifier letter apostrophe
        "\u201b": "'",  # single high-reversed-9 quotation mark
        "\u2032": "'",  # prime, sometimes typed for an apostrophe
        "\u00b4": "'",  # acute accent, ditto
        "\u00a0": " ",  # no-break space (French spacing before ; : ! ? »)
        "\u202f": " ",  # narrow no-break space
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u200a": " ",  # hair space
        "\u2002": " ",  # en space
        "\u2003": " ",  # em space
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2212": "-",  # minus sign
    }
    # Latin letters with no Unicode decomposition, rare in the models' training text:
    # "Sørensen", "Łukasz", "Đorđević" read as names once spelt with their base letter
    | {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i"}
)

# A sentence end inside a paragraph: final punctuation, optional closing
# quotes or brackets, then whitespace. The cut goes after the whitespace.
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Return the text "as read": NFC, LF line ends, no BOM and no control characters.

    No-break spaces are kept: offsets point into this text, and French
    typography uses them.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    return _CONTROLS.sub("", text)


# "N'Guessan", "N'Djamena", "N'Dour": a capital N and an apostrophe before a capital
# start a West African name, not the elided "ne" the French tokenizer splits off.
_NAME_APOSTROPHE = re.compile(r"(?<![^\W\d_])N['’](?=[A-Z])")
NAME_APOSTROPHE = "\u02bc"  # MODIFIER LETTER APOSTROPHE: a letter, so the name stays one token


def model_text(text: str) -> str:
    """Return what spaCy reads: `text` with one-for-one character substitutions."""
    result = text.translate(_MODEL_MAP)
    if "N'" in result:
        result = _NAME_APOSTROPHE.sub("N" + NAME_APOSTROPHE, result)
    assert len(result) == len(text), "model_text must keep every offset"
    return result


def paragraphs(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Split `text` into (offset, paragraph) pieces with text[offset:offset+len(p)] == p.

    A paragraph is a non-blank line, stripped of surrounding whitespace. A paragraph
    longer than `max_chars` is cut at a sentence end near the limit (else at a space,
    else hard); nothing is dropped except whitespace between pieces.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    pieces: list[tuple[int, str]] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = _strip_span(text, match.start(), match.end())
        if start < end:
            pieces.extend(_chunks(text, start, end, max_chars))
    return pieces


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _chunks(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, str]]:
    """Cut text[start:end] into pieces of at most `max_chars` characters."""
    pieces: list[tuple[int, str]] = []
    while end - start > max_chars:
        cut = _cut_point(text, start, start + max_chars)
        piece_start, piece_end = _strip_span(text, start, cut)
        if piece_start < piece_end:
            pieces.append((piece_start, text[piece_start:piece_end]))
        start, _ = _strip_span(text, cut, end)
    if start < end:
        pieces.append((start, text[start:end]))
    return pieces


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to cut text[start:...] so the piece ends before `limit`.

    The last sentence end in the last two thirds of the window wins; then the
    last space before a word (never before "!" or "?" in French spacing); then
    the last sentence end anywhere; then a hard cut at the limit.
    """
    window = text[start:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    spaces = [m.end() for m in _SPACE.finditer(window) if _word_at(text, start + m.end())]
    third = len(window) // 3
    for candidates in ([e for e in ends if e >= third], spaces, ends):
        if candidates:
            return start + candidates[-1]
    return limit


def _word_at(text: str, index: int) -> bool:
    return index < len(text) and text[index].isalnum()


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


def iso_date(value: str | None) -> str | None:
    """Return `value` as an ISO date (YYYY-MM-DD), or None when it names no full date.

    ISO strings take a fast path; "14 octobre 2024", "October 14, 2024" or
    "14/10/2024" go through dateparser (day first). Relative dates ("hier")
    and partial ones ("octobre 2024") give None: a publication date must be exact.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    match = _ISO_DATE.match(value)
    if match:
        return _valid_iso(*match.groups())
    return _parse_date(value)


def _valid_iso(year: str, month: str, day: str) -> str | None:
    from datetime import date

    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _parse_date(value: str) -> str | None:
    import dateparser  # slow to import; most inputs never need it

    settings = {
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    parsed = dateparser.parse(value, languages=["fr", "en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


# "CASABLANCA, 8 janvier 2027 – ", "GENEVA (Reuters), 3 March 2025 — ": a release's
# dateline, a town in capitals and a date, up to its dash.
_DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' .\-]{1,40}(?:\([^)\n]{1,30}\))?,[^–—\n]{4,40}?\s[–—]\s+"
)


_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# "Accra, le 2 septembre 2025 – ", "Geneva, 3 March 2025 — ": a town in title case, so
# a month's name and a year too
_TITLED_DATELINE = re.compile(
    r"(?!(?:Le|La|Les|L'|L’|The|Un|Une|A|An|Ce|This)\b)"  # a town, not a subject
    r"[A-ZÀ-ÖØ-Þ][\w'’.\-]+(?:[ -][\w'’.\-]+){0,3}(?:\s*\([^)\n]{1,30}\))?,"
    rf"[^–—\n]{{0,30}}?\b(?:{_MONTHS})\b[^–—\n]{{0,12}}?\b\d{{4}}\s*[–—]\s+"
)


def without_dateline(offset: int, piece: str) -> list[tuple[int, str]]:
    """A paragraph opening on a dateline as two pieces, the dateline and the rest: the
    parser reads the town as a second subject of the lead sentence's verb otherwise
    (« CASABLANCA, … – Le conseil … a nommé X »). Offsets are kept."""
    match = _DATELINE.match(piece) or _TITLED_DATELINE.match(piece)
    if match is None or match.end() >= len(piece):
        return [(offset, piece)]
    dateline = piece[: match.end()].rstrip()
    return [(offset, dateline), (offset + match.end(), piece[match.end() :])]


# A name line under a signature: two to six capitalised words ("Alioune Ndour",
# "Dr Awa NDIAYE"), nothing else.
_SIGNED_NAME = re.compile(r"(?:[^\W\d_][\w'’.-]*\s){1,5}[^\W\d_][\w'’-]*")


def joined_signatures(
    text: str, pieces: list[tuple[int, str]], opens_with_title: Callable[[str], bool]
) -> list[tuple[int, str]]:
    """A release signed with a title line and the name under it ("Le Ministre de la
    Communication, Porte-parole du Gouvernement" / "Alioune Ndour") as one piece, the
    title apposed to the name: the line break between them read as a comma (the
    model reads the two lines as unrelated otherwise). Offsets are kept: `text` is the
    pieces' text, and the joined piece is its slice with the break replaced."""
    out: list[tuple[int, str]] = []
    for offset, piece in pieces:
        if out and _signed_name(piece) and _signing_title(out[-1][1], opens_with_title):
            start, title = out[-1]
            gap = text[start + len(title) : offset]
            # a title line that ends on its own comma ("Le Secrétaire général du
            # Gouvernement,") needs no second one
            comma = "" if title.endswith(",") else ","
            out[-1] = (start, title + comma + " " * (len(gap) - len(comma)) + piece)
        else:
            out.append((offset, piece))
    return out


def _signed_name(piece: str) -> bool:
    words = piece.split()
    return bool(_SIGNED_NAME.fullmatch(piece)) and all(w[0].isupper() for w in words)


def _signing_title(piece: str, opens_with_title: Callable[[str], bool]) -> bool:
    """A short line with no sentence end that opens with a title."""
    return len(piece.split()) <= 25 and piece[-1] not in '.:;!?»"”)' and opens_with_title(piece)
