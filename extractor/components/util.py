"""Small helpers shared by our spaCy components."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from types import ModuleType

from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER, LEMMA, LENGTH, LOWER
from spacy.tokens import Doc, Span, Token

from extractor.kb.names import strip_accents

LOWERS_KEY = "newsgraph_lowers"


def lowers(doc: Doc) -> list[str]:
    """Every token's lower-case form, read once per doc and cached on it: each
    `doc[i]` from Python builds a Token object, and the rules read these forms
    millions of times. A doc's tokens never change once it is made."""
    cached = doc.user_data.get(LOWERS_KEY)
    if cached is None or len(cached) != len(doc):
        strings = doc.vocab.strings  # as `token.lower_` reads it, without the Tokens
        cached = [strings[key] for key in doc.to_array(LOWER).reshape(-1).tolist()]
        doc.user_data[LOWERS_KEY] = cached
    return cached


def lemma_forms(doc: Doc) -> list[str]:
    """Every token's `lemma_.lower()`, from one array read. Not cached on the doc: a
    later component may still set lemmas."""
    strings = doc.vocab.strings
    return [strings[key].lower() for key in doc.to_array(LEMMA).reshape(-1).tolist()]


def positions(doc: Doc, words: Container[str], start: int = 0, end: int | None = None) -> list[int]:
    """Where tokens whose lower-case form is in `words` stand (from `start` to `end`),
    in order: rules looking for a few trigger words jump straight to them."""
    forms = lowers(doc)
    stop = len(forms) if end is None else max(0, min(end, len(forms)))
    return [i for i in range(max(0, start), stop) if forms[i] in words]


WORD_KINDS_KEY = "newsgraph_word_kinds"


def _word_kinds(doc: Doc) -> tuple[list[int], list[int]]:
    """(capitalised words, words of 3+ capitals) of a doc, from one array read."""
    cached = doc.user_data.get(WORD_KINDS_KEY)
    if cached is None:
        flags = doc.to_array([IS_TITLE, IS_ALPHA, IS_UPPER, LENGTH]).reshape(-1, 4)
        alpha = flags[:, 1] != 0
        titled = (flags[:, 0] != 0) & alpha
        caps = (flags[:, 2] != 0) & alpha & (flags[:, 3] >= 3)
        # "Trois-Rivières", "Saint-Louis": one token for the French tokenizer, not alpha
        compounds = ((flags[:, 0] != 0) & ~alpha).nonzero()[0].tolist()
        hyphenated = [i for i in compounds if _hyphenated_word(doc[i].text)]
        titled_at = sorted(titled.nonzero()[0].tolist() + hyphenated)
        cached = (titled_at, caps.nonzero()[0].tolist())
        doc.user_data[WORD_KINDS_KEY] = cached
    return cached


def _hyphenated_word(text: str) -> bool:
    parts = text.split("-")
    return len(parts) > 1 and all(part.isalpha() for part in parts)


def is_titled_word(token: Token) -> bool:
    """A capitalised word, hyphenated compounds included ("Trois-Rivières")."""
    return token.is_title and (token.is_alpha or _hyphenated_word(token.text))


def title_words(doc: Doc) -> list[int]:
    """Where the capitalised words stand (`is_title` and `is_alpha`, or hyphenated
    compounds of such words), in order."""
    return _word_kinds(doc)[0]


def caps_words(doc: Doc) -> list[int]:
    """Where the tokens with `is_upper`, `is_alpha` and 3+ characters stand, in order."""
    return _word_kinds(doc)[1]


class PhraseTable:
    """Lowercase token phrases indexed by their first token, longest first,
    so looking up the phrases at a token costs one dict access."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(set(phrases), key=len, reverse=True):
            if phrase:
                self.by_first.setdefault(phrase[0], []).append(phrase)

    def __iter__(self):
        for phrases in self.by_first.values():
            yield from phrases

    def match_at(self, doc: Doc, i: int) -> int:
        forms = lowers(doc)
        if not 0 <= i < len(forms):  # a name may end the doc: nothing follows it
            return 0
        for phrase in self.by_first.get(forms[i], ()):
            n = len(phrase)
            if i + n <= len(forms) and all(forms[i + k] == phrase[k] for k in range(1, n)):
                return n
        return 0


def lower_tuples(phrases: Iterable[str], tokenizer) -> PhraseTable:
    """Tokenise lexicon phrases the way the pipeline does; in upper and title case
    too, as the tokenizer's exceptions may split "s.e.m." and "S.E.M." differently."""
    return PhraseTable(
        _tokens(form, tokenizer) for p in phrases for form in {p, p.upper(), p[:1].upper() + p[1:]}
    )


def with_curly_apostrophes(phrases: Iterable[str]) -> list[str]:
    """Phrases as written with straight and with curly apostrophes ("conseil
    d'administration", "conseil d’administration"): the tokens differ."""
    return sorted({form for p in phrases for form in (p, p.replace("'", "’"))})


def _tokens(phrase: str, tokenizer) -> tuple[str, ...]:
    """A phrase ending in an elided word ("à la tête d'") is tokenised before a
    word, as in running text, where "d'" stays one token."""
    if not phrase.endswith(("'", "’")):
        return tuple(t.lower_ for t in tokenizer(phrase))
    return tuple(t.lower_ for t in tokenizer(phrase + "X"))[:-1]


def match_at(doc: Doc, i: int, phrases: PhraseTable | Sequence[tuple[str, ...]]) -> int:
    """Length of the longest phrase that starts at token i (0 when none)."""
    if isinstance(phrases, PhraseTable):
        return phrases.match_at(doc, i)
    forms = lowers(doc)
    for phrase in sorted(phrases, key=len, reverse=True):
        n = len(phrase)
        if i + n <= len(forms) and all(forms[i + k] == phrase[k] for k in range(n)):
            return n
    return 0


class PhraseEnds:
    """Phrases indexed by their last token, each list in the phrases' own order, so
    `match_before` only tries the phrases that can end at a token."""

    def __init__(self, phrases: Sequence[tuple[str, ...]]) -> None:
        self.phrases = list(phrases)
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        self.empty = any(not phrase for phrase in phrases)
        for phrase in phrases:
            if phrase:
                self.by_last.setdefault(phrase[-1], []).append(phrase)


def match_before(doc: Doc, end: int, phrases: Sequence[tuple[str, ...]] | PhraseEnds) -> int:
    """Length of the first phrase (of `phrases`, in order) that ends right before
    token `end`."""
    forms = lowers(doc)
    if isinstance(phrases, PhraseEnds):
        if phrases.empty or not 0 < end <= len(forms):
            return match_before(doc, end, phrases.phrases)
        phrases = phrases.by_last.get(forms[end - 1], ())
    for phrase in phrases:
        n = len(phrase)
        if end - n >= 0 and all(forms[end - n + k] == phrase[k] for k in range(n)):
            return n
    return 0


def hyphen_joins(doc: Doc, i: int) -> bool:
    """A hyphen at token i glued to the words on both sides ("Arnaud-Delmas",
    "state-owned")."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def ent_at(doc: Doc, i: int) -> Span | None:
    """The entity covering token i, if any."""
    token = doc[i]
    if not token.ent_type_:
        return None
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent
    return None


def non_overlapping(spans: Iterable[Span]) -> list[Span]:
    """Keep spans in order of preference (first wins), dropping overlaps."""
    taken: set[int] = set()
    kept: list[Span] = []
    for span in spans:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def is_capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


# Abbreviated titles whose full stop the parser may take for a sentence end ("Hon. X").
TITLE_ABBREVIATIONS = frozenset(
    {"hon", "dr", "dre", "mr", "mrs", "ms", "prof", "pr", "m", "mme", "rev", "gen", "col"}
    | {"amb", "sen", "rep", "gov", "h.e", "s.e", "s.e.m", "rt"}
)
# Punctuation that never opens a sentence.
CLOSING_PUNCT = frozenset({",", ";", ":", ")", "]", ".", "»", "”", "%"})


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, mended: a sentence never starts on closing
    punctuation, right after a comma or an opening bracket, or inside a name
    (the parser can split "… de développement, | Kwabena Osei-Mensah" or
    "Khalid | Ait Taleb"; it does not honour is_sent_start=False set before it).
    Cached on the doc."""
    cached = doc.user_data.get("newsgraph_sents")
    if cached is not None:
        return cached
    bounds: list[list[int]] = []
    for sent in doc.sents:
        first = doc[sent.start]
        glued = (
            sent.start > 0
            and (
                first.text in CLOSING_PUNCT
                or first.text[:1] == "-"
                or doc[sent.start - 1].text.endswith("-")  # "Croix- | Rouge"
                or first.text[:1].islower()  # "accord | -cadre", "… | et de la …"
                or doc[sent.start - 1].text in (",", "(", ";")
                or first.ent_iob_ == "I"
                or _after_title_abbreviation(doc, sent.start)
                or _bracket_after_legal_form(doc, sent.start)
                or _mid_clause(doc, sent.start)
            )
        )
        if bounds and glued:
            bounds[-1][1] = sent.end
        else:
            bounds.append([sent.start, sent.end])
    result = [doc[start:end] for start, end in bounds]
    doc.user_data["newsgraph_sents"] = result
    return result


def _mid_clause(doc: Doc, start: int) -> bool:
    """'Les ministres | Awa Sow (…)': the previous sentence ends on a plain word or a
    closing bracket, with no line break."""
    prev = doc[start - 1]
    if "\n" in prev.whitespace_:
        return False
    # "Reserve Bank of Australia (RBA) | Governor X": no sentence ends on a bracket, nor
    # on a number (« a élu le dimanche 9 août 2026 | Mme X au poste de … »)
    return (prev.is_alpha and prev.is_lower) or prev.text == ")" or prev.is_digit


# Company legal forms written with a stop that ends no sentence before a bracket.
LEGAL_FORM_ABBREVIATIONS = frozenset({"inc", "ltd", "corp", "co", "ltée", "s.a", "cie"})


def _bracket_after_legal_form(doc: Doc, start: int) -> bool:
    """ "Mines Boréal-Sahel inc. | (TSX : MBS), producteur …": the stop is the form's."""
    if doc[start].text != "(" or start < 2 or not doc[start - 1].text.endswith("."):
        return False
    word = doc[start - 1].text[:-1] or doc[start - 2].text
    return word.lower() in LEGAL_FORM_ABBREVIATIONS


def _after_title_abbreviation(doc: Doc, start: int) -> bool:
    """'… the Hon. | Daniel X': the previous sentence ends on a title's full stop."""
    prev = doc[start - 1] if start > 0 else None
    if prev is None or not prev.text.endswith("."):
        return False
    word = prev.text[:-1] if prev.text != "." else (doc[start - 2].text if start > 1 else "")
    return word.lower() in TITLE_ABBREVIATIONS and doc[start].is_title


def sentence_of(token) -> Span:
    """The mended sentence (see `sentences`) holding a token."""
    for sent in sentences(token.doc):
        if sent.start <= token.i < sent.end:
            return sent
    return token.sent


def untagged_name(doc: Doc, start: int, limit: int, max_words: int = 6) -> Span | None:
    """A body's name the model did not tag, from `start`: two to six capitalised
    proper nouns, or one that is an acronym or CamelCase ("CAF", "LuxDev")."""
    end = start
    while end < limit and end - start < max_words:
        token = doc[end]
        if end > start and end + 1 < limit and hyphen_joins(doc, end):
            end += 1  # "AREF Drâa | - | Tafilalet": one word the tokenizer split
            continue
        if not token.text[:1].isupper() or not (token.pos_ == "PROPN" or _acronym_like(token)):
            break  # the tagger often reads an acronym as a noun: "de l'ANP"
        if token.ent_type_:
            return None
        end += 1
    while end > start and doc[end - 1].text == "-":
        end -= 1
    if end == start:
        return None
    first = doc[start].text
    one_word_name = len(first) > 1 and (first.isupper() or any(c.isupper() for c in first[1:]))
    one_word = all(not t.whitespace_ for t in doc[start : end - 1])  # "Secretary-General"
    if one_word and not one_word_name:
        return None
    return Span(doc, start, end, label="ORG")


def _acronym_like(token) -> bool:
    """'ANP', 'SANParks': capitals after the first letter, letters only."""
    text = token.text
    return len(text) > 1 and text.isalpha() and any(c.isupper() for c in text[1:])


def initials_fit(short: str, long: str) -> bool:
    """Do the acronym's capitals appear, in order, as word starts of the long form?"""
    words = re.findall(r"[^\W\d_]+", strip_accents(long))  # "Électricité de France (EDF)"
    initials = "".join(w[0].upper() for w in words)
    # "AfDB": in mixed-case acronyms only the capitals are initials
    letters = (
        [c for c in short if c.isupper()]
        if not short.isupper()
        else [c for c in short if c.isalpha()]
    )
    return bool(words) and initials[0] == letters[0] and in_order(letters, initials)


def in_order(letters: Iterable[str], text: str) -> bool:
    """Does `text` hold these letters in this order (not necessarily side by side)?"""
    pos = 0
    for letter in letters:
        pos = text.find(letter, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def participles(lemmas: frozenset[str], endings: dict[str, str]) -> frozenset[str]:
    """The past participles of verbs by their endings: 'piloter' -> 'piloté', 'pilotée',
    'pilotés', 'pilotées' (endings {"é": "er", …}); 'steer' -> 'steered' ({"ed": ""})."""
    return frozenset(
        lemma[: len(lemma) - len(suffix)] + ending
        for lemma in lemmas
        for ending, suffix in endings.items()
        if lemma.endswith(suffix)
    )


def grade_named(span: Span, data: ModuleType) -> bool:
    """A name of a grade's words only, or of them and "Police" ("Principal Civil",
    "Divisional Police"): a rank before a title, no body."""
    words = [t.lower_ for t in span if t.is_alpha]
    grade = [w for w in words if w in data.GRADE_WORDS]
    return bool(grade) and all(w in data.GRADE_WORDS or w == "police" for w in words)
