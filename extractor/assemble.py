"""From the docs of one article to its `Extraction`: a pure function.

Components work one paragraph (doc) at a time; this module joins them: it
maps offsets back into the article text, resolves the article's mentions to
entities (knowledge base, acronyms, people's short names, implicit
ministries), and turns relation and event candidates into `Relation`s.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.components.entities import OF_WORDS
from extractor.components.util import sentences
from extractor.kb import KBEntry, load_kb, normalise_name
from extractor.kb.patterns import ARTICLES
from extractor.kb.places import is_town, town_country
from extractor.lang import edition_acronym
from extractor.model import Article
from extractor.readers import guess_title

GOVERNMENT_PREFIX = "gov:"
INSTITUTION_PREFIX = "inst:"  # a country's institution: "inst:presidency:Q1041"


@dataclass
class RawMention:
    text: str
    start: int
    end: int
    sentence: int
    type: str
    kb_id: str = ""
    implicit: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class Sentences:
    """Sentence index and text of every character offset of the article."""

    bounds: list[tuple[int, int]] = field(default_factory=list)

    def index_of(self, offset: int) -> int:
        for i, (start, end) in enumerate(self.bounds):
            if start <= offset < end:
                return i
        return max(0, len(self.bounds) - 1)


def slug(text: str) -> str:
    norm = normalise_name(text)
    return re.sub(r"[^a-z0-9]+", "-", norm).strip("-")[:80] or "x"


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


class ArticleAssembler:
    """Collects the mentions and candidates of one article's docs."""

    def __init__(self, article: Article, docs: Sequence[tuple[int, Doc]]) -> None:
        self.article = article
        self.text = article.text
        self.lang = article.lang or "en"
        self.kb = load_kb()
        self.sentences = Sentences()
        self.mentions: dict[tuple[int, int], RawMention] = {}
        self.acronyms: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.events: list[RawMention] = []
        self.candidates: list[tuple[int, object]] = []
        for offset, doc in docs:
            self._read_doc(offset, doc)
        self._event_acronyms_alone()
        self._drop_headline_strays()
        self._add_repeated_forms()

    # --- reading docs ------------------------------------------------------
    def _read_doc(self, offset: int, doc: Doc) -> None:
        first = len(self.sentences.bounds)
        for sent in sentences(doc):
            self.sentences.bounds.append((offset + sent.start_char, offset + sent.end_char))
        for ent in doc.ents:
            self._mention(offset, ent, ent.label_, ent.kb_id_)
        for owner in doc._.owners or []:  # "… of the African Development Bank Group"
            self._mention(offset, owner, owner.label_, owner.kb_id_)
        for pair in doc._.acronyms or []:
            self.acronyms.append(
                (span_offsets(offset, pair.short), span_offsets(offset, pair.long))
            )
        for event in doc._.events or []:
            self._event(offset, event)
        for candidate in doc._.relations or []:
            self.candidates.append((offset, candidate))
            self._mark_led(offset, candidate)
        del first

    def _drop_headline_strays(self) -> None:
        """A headline in title case reads its common words as names ("Coffee-Cocoa
        Council Maintains Farm-Gate Cocoa Price" a body, "Solar Mini-Grids" a
        person): a name of it that the body never uses, nor the knowledge base knows,
        is none. A person stays when the body names them by their last word."""
        end = title_case_headline_end(self.text, self.article.title)
        if end is None:
            return
        body = self.text[end:]
        people = {
            w
            for m in self.mentions.values()
            if m.type == "PER" and m.start >= end
            for w in m.text.split()
        }
        for key, mention in list(self.mentions.items()):
            if mention.start < end and not mention.kb_id and not _used_in(body, mention, people):
                del self.mentions[key]

    def _mark_led(self, offset: int, candidate) -> None:
        """A body a title leads ("Julaya's CEO"): its type outvotes the model's
        elsewhere in the article ("the fintech Julaya" read as a person)."""
        if candidate.predicate != "LEADS" or candidate.object is None:
            return
        mention = self.mentions.get(span_offsets(offset, candidate.object))
        if mention is None or mention.type != "ORG" or is_town(mention.text):
            return  # "the Port of Rotterdam's CEO": the town stays a place
        mention.extra["led"] = True

    def _mention(
        self, offset: int, span: Span, label: str, kb_id: str = "", implicit: bool = False
    ) -> RawMention:
        start, end = span_offsets(offset, span)
        existing = self.mentions.get((start, end))
        if existing is not None:
            return existing
        mention = RawMention(
            text=self.text[start:end],
            start=start,
            end=end,
            sentence=self.sentences.index_of(start),
            type=label,
            kb_id=kb_id or "",
            implicit=implicit,
        )
        owner = _possessive_owner(span) or _owner_after_acronym(span) or _place_after(span)
        if owner:
            mention.extra["owner"] = owner
        body = (_possessive_body(span) or _body_after(span)) if label == "ORG" else ""
        if body:
            mention.extra["owner_id"] = body
        self.mentions[(start, end)] = mention
        return mention

    def _event(self, offset: int, event) -> None:
        start, end = span_offsets(offset, event.span)
        mention = RawMention(
            text=self.text[start:end],
            start=start,
            end=end,
            sentence=self.sentences.index_of(start),
            type="EVENT",
        )
        mention.extra = {
            "named": event.named,
            "past": event.past,
            "date_text": event.date_text,
            "place": span_offsets(offset, event.place) if event.place is not None else None,
            "participants": [span_offsets(offset, p) for p in event.participants],
        }
        self.events.append(mention)
        if edition_acronym(mention.text):  # "COP31": an event, the model's body or not
            self.mentions.pop((start, end), None)
        if event.acronym is not None:  # "(SARA)": another name of the same event
            short = span_offsets(offset, event.acronym)
            if edition_acronym(event.acronym.text):
                mention.extra["edition"] = event.acronym.text
            self.mentions.pop(short, None)  # the model may have tagged it as a body
            alias = RawMention(self.text[short[0] : short[1]], *short, mention.sentence, "EVENT")
            alias.extra = {**mention.extra, "long_form": mention.text}
            self.events.append(alias)

    def _event_acronyms_alone(self) -> None:
        """ "Le CHAN réunira …" after "Championnat d'Afrique des nations (CHAN)": an
        event's acronym alone, which the model took for a body, is the event."""
        named = {e.text: e for e in self.events if e.extra.get("long_form")}
        for key, mention in list(self.mentions.items()):
            event = named.get(mention.text)
            if event is None or mention.type != "ORG" or mention.kb_id:
                continue
            del self.mentions[key]
            alias = RawMention(mention.text, *key, mention.sentence, "EVENT")
            alias.extra = {**event.extra, "date_text": None, "place": None, "participants": []}
            self.events.append(alias)

    def _first_names(self) -> list[str]:
        """Given names that one person of the article bears and no other name opens."""
        people: dict[str, set[str]] = defaultdict(set)
        openers: set[str] = set()
        for m in self.mentions.values():
            words = m.text.split()
            if m.type == "PER" and len(words) >= 2:
                people[words[0]].add(m.text.split()[-1])
            elif m.type != "PER":
                openers.add(words[0] if words else "")
        return [
            first
            for first, surnames in people.items()
            if len(surnames) == 1
            and first not in openers
            and _plain_first_name(first, self.lang, self.kb)
        ]

    def _add_repeated_forms(self) -> None:
        """Acronyms and names found once are found everywhere in the article
        (the model can miss a later 'OMS' another paragraph)."""
        forms: dict[str, RawMention] = {}
        for mention in list(self.mentions.values()):
            if mention.type in ("ORG", "LOC") and (mention.kb_id or mention.text.isupper()):
                forms.setdefault(mention.text, mention)
            elif mention.type == "ORG" and (_titled_name(mention.text) or _brand(mention.text)):
                # "Sahel Power" read later as a place; "Safaricom" the model missed once
                forms.setdefault(mention.text, mention)
            elif mention.type == "PER" and len(mention.text.split()) >= 2:
                surname = mention.text.split()[-1]  # "M. Abdi" after "Hassan Abdi"
                if len(surname) > 2 and surname[0].isupper():
                    forms.setdefault(surname, RawMention(surname, 0, 0, 0, "PER"))
                if (particled := _particled_surname(mention.text)) is not None:
                    forms.setdefault(particled, RawMention(particled, 0, 0, 0, "PER"))
                # "Mme Al Harthi" after the model missed "Fatma bint Ali Al Harthi"
                forms.setdefault(mention.text, RawMention(mention.text, 0, 0, 0, "PER"))
        for mention in self._long_forms():  # « Caisse nationale | de prévoyance sociale » cut
            forms.setdefault(mention.text, mention)
        for first_name in self._first_names():  # "Kwabena brings …" after "Kwabena Owusu-Darko"
            forms.setdefault(first_name, RawMention(first_name, 0, 0, 0, "PER"))
        bare = self._body_nouns_named()  # "the Fund" after "the Green Climate Fund"
        for noun in bare:
            forms.setdefault(noun, RawMention(noun, 0, 0, 0, "ORG"))
        forms = {form: model for form, model in forms.items() if len(form) >= 2}
        if not forms:
            return
        taken = bytearray(len(self.text))  # characters already in a mention (1) or event (2)
        for start, end in [(e.start, e.end) for e in self.events]:
            taken[start:end] = b"\x02" * (end - start)
        for start, end in [(m.start, m.end) for m in self.mentions.values()]:
            taken[start:end] = b"\x01" * (end - start)
        for s, e, form in whole_word_occurrences(self.text, forms):
            model = forms[form]
            if form in bare and not self._determined(s):
                continue  # "Fund managers": a word of the sentence
            # a body noun may stand inside an event's name: "the Assembly of | the Union"
            if model.type == "ORG" and form not in bare and self._replace_inside(s, e, taken):
                pass  # the whole name again, over a shorter mention the model made of it
            elif 1 in taken[s:e] or (form not in bare and any(taken[s:e])):
                continue
            if model.type == "PER":
                s = self._name_start_before(s, taken)
            self.mentions[(s, e)] = RawMention(
                self.text[s:e], s, e, self.sentences.index_of(s), model.type, model.kb_id
            )
            taken[s:e] = b"\x01" * (e - s)

    def _long_forms(self) -> list[RawMention]:
        """The bodies' names the article defines an acronym for: written in full, they
        are the name wherever the model cut them short."""
        found = []
        for _short, (start, end) in self.acronyms:
            mention = self.mentions.get((start, end))
            if mention is not None and mention.type == "ORG" and " " in mention.text:
                found.append(mention)
        return found

    def _replace_inside(self, start: int, end: int, taken: bytearray) -> bool:
        """Drop the mentions strictly inside [start, end) ("Sahel" of "Sahel Power",
        a body the article named whole before), if only such mentions overlap it and
        none is a known body."""
        if 2 in taken[start:end] or 1 not in taken[start:end]:
            return False
        overlapping = [k for k in self.mentions if k[0] < end and start < k[1]]
        inside = [
            k for k in overlapping if start <= k[0] and k[1] <= end and (k[0], k[1]) != (start, end)
        ]
        if len(inside) != len(overlapping):
            return False
        if any(self.mentions[k].type == "ORG" and self.mentions[k].kb_id for k in inside):
            return False  # "IsDB | Group Chairman": the known body stays itself
        for k in inside:
            del self.mentions[k]
        return True

    def _body_nouns_named(self) -> set[str]:
        """The capitalised body nouns ("Fund", "Fondation") inside the names of the
        article's bodies: after a determiner, one alone stands for such a body
        (the resolver finds which)."""
        nouns = bare_body_nouns()
        return {
            word
            for m in self.mentions.values()
            if m.type == "ORG"
            for name in mention_names(m, self.kb, self.lang)
            if " " in name
            for word in name.split()
            if word[:1].isupper() and not word.isupper() and word.lower() in nouns
        }

    def _determined(self, start: int) -> bool:
        """A determiner right before the character at `start` ("the | Fund",
        "l'|Alliance", "du | Conseil")."""
        before = self.text[max(0, start - 5) : start]
        return bool(_DETERMINER_BEFORE.search(before))

    def _name_start_before(self, start: int, taken: bytearray) -> int:
        """'Fatma bint Ali | Al Harthi': a surname found again, with given names and
        particles before it that no mention holds, starts where those begin."""
        best = start
        words = list(re.finditer(r"\S+", self.text[max(0, start - 60) : start]))
        for found in reversed(words[-5:]):
            word, at = found.group(), max(0, start - 60) + found.start()
            if any(taken[at : at + len(word)]):
                break
            if word.lower() in NAME_PARTICLES:
                continue
            if not _plain_name_word(word, self.lang, self.kb):
                break
            best = at
        return best


def mention_names(m: RawMention, kb, lang: str) -> list[str]:
    """A mention's text, and a known body's name in the article's language: the
    'FAO' of "the Organization would …" is the Food and Agriculture Organization."""
    entry = kb.get(m.kb_id) if m.kb_id else None
    if entry is None or entry.type != "ORG":
        return [m.text]
    return [m.text, entry.names.get(lang, entry.name)]


def whole_word_occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where the forms stand as whole words (no letter, digit or hyphen touching them),
    scanned left to right with the longest form first at each position, as a regex
    alternation would: (start, end, form). str.find per form is several times faster
    than one alternation of an article's few dozen forms."""
    found: list[tuple[int, int, str]] = []
    for form in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if not _joins(text, start - 1) and not _joins(text, end):
                found.append((start, end, form))
            start = text.find(form, start + 1)
    found.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
    kept: list[tuple[int, int, str]] = []
    for hit in found:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def title_case_headline_end(text: str, title: str | None) -> int | None:
    """Where the article's headline ends, when it opens the text in title case
    ("Coffee-Cocoa Council Maintains Farm-Gate Cocoa Price"); None otherwise."""
    headline = (title or guess_title(text) or "").strip()
    start = len(text) - len(text.lstrip())
    if not headline or not text.startswith(headline, start):
        return None
    if headline.endswith("."):
        return None  # a dateline's first sentence, no headline
    words = [w for w in _LETTER_WORDS.findall(headline) if len(w) > 3]
    # title case leaves only short links in lower case ("with", "from"); not
    # "Sonatel Group appoints a new Chief Executive Officer"
    lower = any(w[0].islower() for w in words if len(w) > 4)
    return start + len(headline) if len(words) >= 3 and not lower else None


_LETTER_WORDS = re.compile(r"[^\W\d_]+")


def _used_in(body: str, mention: RawMention, people_words: set[str]) -> bool:
    """The body names the headline's mention again: its whole text, or, for a person,
    a person by the same last word ("Owusu-Darko"; not "Suspends Horizon" for the
    body's "Horizon TV")."""
    last = mention.text.rsplit(" ", 1)[-1]
    return bool(whole_word_occurrences(body, [mention.text])) or (
        mention.type == "PER" and last in people_words
    )


def _particled_surname(name: str) -> str | None:
    """'de La Salle' of 'Hélène de La Salle', 'von der Leyen' of 'Ursula von der
    Leyen': the surname with the particles that open it, as 'Mme de La Salle' writes it."""
    words = name.split()
    for k in range(1, len(words) - 1):
        if words[k] in NAME_PARTICLES:  # lower-case: "De" may open a sentence's name
            return " ".join(words[k:])
    return None


def _joins(text: str, i: int) -> bool:
    """Whether the character at i would glue a form to a longer word."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


# "the | Fund", "la | Banque", "du | Conseil", "l'|Alliance"
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ll]es?|[Ll]a|[Dd]u|[Aa]u|[Dd]es)\s+|\b[LlDd]['’])$"
)


@lru_cache(maxsize=1)
def bare_body_nouns() -> frozenset[str]:
    """Body nouns of both languages that stand alone for a named body ("the Bank",
    "la Fondation"); ministries and governments have rules of their own."""
    from extractor.lang import in_both_languages

    nouns = in_both_languages("ORG_HEAD_WORDS", "BODY_NOUNS")
    return frozenset(n.lower() for n in nouns) - _OWN_RULE_NOUNS


_OWN_RULE_NOUNS = frozenset({"ministry", "ministère", "government", "gouvernement"})


def _brand(text: str) -> bool:
    """One capitalised word of four letters or more, no stop word ("Safaricom",
    "Ecobank"): a company's name wherever the article writes it so."""
    from extractor.kb.names import is_common_word

    return (
        len(text) >= 4
        and text.isalpha()
        and text[0].isupper()
        and text[1:].islower()
        and not is_common_word(text)
    )


def _titled_name(text: str) -> bool:
    """A name of two or more capitalised words ("Sahel Power", "Aide et Action")."""
    words = text.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


# Lower-case words inside people's names: "Fatma bint Ali", "Sid'Ahmed Ould Bouh".
NAME_PARTICLES = frozenset("bin bint ben ibn ould ag al el de da das do dos du van von der".split())


def _plain_name_word(word: str, lang: str, kb) -> bool:
    """A capitalised word that can be part of a person's name: no stop word, title,
    role, month or known name, and no punctuation after it."""
    from extractor.lang import get_lang_data

    data = get_lang_data(lang)
    lowered = word.lower().rstrip(".")
    return (
        word[:1].isupper()
        and all(c.isalpha() or c in "-'’" for c in word)
        and _plain_first_name(word.split("-")[0].split("'")[-1] or word, lang, kb)
        and lowered not in data.HONORIFICS
        and not any(piece in _role_words(lang) for piece in lowered.split("-"))
    )


@lru_cache(maxsize=4)
def _role_words(lang: str) -> frozenset[str]:
    from extractor.lang import get_lang_data

    heads = get_lang_data(lang).ROLE_HEADS
    return frozenset(w for role in heads for w in role.replace("-", " ").split())


def _plain_first_name(word: str, lang: str, kb) -> bool:
    """A word that can only be a given name here: capitalised, three letters or more,
    no stop word, month, day or known name."""
    from extractor.kb.names import is_common_word

    calendar = _calendar(lang)
    return (
        len(word) >= 3
        and word.isalpha()
        and word.istitle()
        and not is_common_word(word)
        and word.lower() not in calendar
        and kb.lookup(word) is None
        and not kb.is_demonym(word)
    )


@lru_cache(maxsize=4)
def _calendar(lang: str) -> frozenset[str]:
    """Month and day names: capitalised words that are no given names."""
    from extractor.lang import get_lang_data

    data = get_lang_data(lang)
    return frozenset(data.MONTHS) | frozenset(data.WEEKDAYS)


def _possessive_owner(span: Span) -> str:
    """ "China's | Ministry of Ecology": the place whose body the name is, kept
    apart from the name (the place is a mention of its own)."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].text not in ("'s", "’s") or doc[i - 2].ent_type_ != "LOC":
        return ""
    place = next((e for e in doc.ents if e.end == i - 1), None)  # "Burkina Faso", whole
    return place.text if place is not None else doc[i - 2].text


# The words that tie a body's name to the place that follows it ("l'Autorité … (FDA)
# du Liberia", "… (PIF) d’Arabie saoudite"); an article may come between.
_OF_WORDS = OF_WORDS | {"d’"}


def _place_after(span: Span) -> str:
    """ "ministère de la Santé | de Madagascar": a place named right after a body's
    name, tied to it by "of" (for resolution to say whether it is a country)."""
    doc, i = span.doc, span.end
    if span.label_ != "ORG" or i + 1 >= len(doc) or doc[i].lower_ not in _OF_WORDS:
        return ""
    place = next((e for e in doc.ents if e.start in (i + 1, i + 2)), None)
    if (
        place is None
        or place.label_ != "LOC"
        or (place.start == i + 2 and doc[i + 1].pos_ != "DET")
    ):
        return ""
    return place.text


def _owner_after_acronym(span: Span) -> str:
    """ "Autorité de développement forestier (FDA) | du Liberia": the place a name is
    tied to right after the acronym it defines, as a possessive names it before
    ("Liberia's Forestry Development Authority (FDA)"). Whether it is a country is
    for resolution to say."""
    doc, i = span.doc, span.end
    if i + 4 > len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return ""
    j = i + 3
    if doc[j].lower_ not in _OF_WORDS:
        return ""
    j += 1 + int(j + 1 < len(doc) and doc[j + 1].lower_ in ARTICLES)
    place = next((e for e in doc.ents if e.start == j and e.label_ == "LOC"), None)
    return place.text if place is not None else ""


def _possessive_body(span: Span) -> str:
    """ "UNEP's | Africa Office": the known body whose unit the name is (its id), kept
    apart from the name as the text writes it (the body is a mention of its own)."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].text not in ("'s", "’s"):
        return ""
    body = next((e for e in doc.ents if e.end == i - 1 and e.label_ == "ORG"), None)
    return body.kb_id_ if body is not None and body.kb_id_.startswith("Q") else ""


def _body_after(span: Span) -> str:
    """ "Comité de politique monétaire | de la BCEAO": the known body named right after
    a unit's name and its 'of' (its id), as "the BCEAO's Monetary Policy Committee"
    names it before."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in _OF_WORDS:
        return ""
    j = i + 1 + int(doc[i + 1].lower_ in ARTICLES)
    body = next((e for e in doc.ents if e.start == j and e.label_ == "ORG"), None)
    return body.kb_id_ if body is not None and body.kb_id_.startswith("Q") else ""


def span_offsets(offset: int, span: Span) -> tuple[int, int]:
    end = span.end_char - _sentence_stop(span)
    return (offset + span.start_char, offset + end)


def _sentence_stop(span: Span) -> int:
    """1 when the span's last token carries the sentence's full stop, else 0: the
    tokenizer splits it off after a capital ("la KfW."), not off the abbreviations it
    knows ("… with Acme Ltd." at a sentence's end); "U.S." keeps its dots."""
    last = span[-1] if len(span) else None
    if last is None or len(last.text) < 3 or not last.text.endswith("."):
        return 0
    if "." in last.text[:-1] or not last.text[:-1].isalpha():
        return 0
    doc = span.doc
    if last.i + 1 == len(doc) or last.is_sent_end is True:
        return 1
    following = doc[last.i + 1].text[:1]  # the parser reads "KfW." as an abbreviation
    return int(bool(last.whitespace_) and (following.isupper() or following in '«"“'))


def dominant_country(
    mentions: list[RawMention],
    kb,
    text: str | None = None,
    among: frozenset[str] | None = None,
) -> KBEntry | None:
    """The country an article is about: its most named country, cities counted for
    theirs, and a country that only qualifies a name ("U.S. Agency …") as one; or the
    most named of the countries `among` (ids), if given."""
    votes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.type != "LOC":
            continue
        entry = kb.get(mention.kb_id) if mention.kb_id else kb.lookup(mention.text)
        if entry is None:
            entry = _town_as_entry(mention.text, kb)  # "Varennes", "Daloa": towns count too
        if entry is None or entry.type != "LOC":
            continue
        city = is_city(entry) or entry.kind == "region"  # a town or province counts for its country
        country = kb.country_by_alpha2(entry.country) if city and entry.country else entry
        if country is None or is_city(country) or country.kind == "region":
            continue
        if among is not None and country.qid not in among:
            continue
        # a country as the modifier of a body's name ("the U.S. President's Malaria
        # Initiative", "Swiss Agency for …") says little of what the article is about
        modifier = text is not None and _modifies_a_name(text, mention.end)
        # the country sending an embassy or an ambassador is not the one it is in
        sender = text is not None and _sends_envoy(text, mention.start)
        votes[country.qid] += 1 if city or modifier or sender else 2
        first_seen.setdefault(country.qid, mention.start)
    if not votes:
        return None
    best = max(votes, key=lambda q: (votes[q], -first_seen[q]))
    return kb.get(best)


def _sends_envoy(text: str, start: int) -> bool:
    """The place right after an embassy's or an ambassador's 'of' ("Embassy of | Japan",
    « l'ambassadeur du | Japon au Togo »)."""
    return _envoy_before_pattern().search(text[max(0, start - 40) : start]) is not None


@lru_cache(maxsize=1)
def _envoy_before_pattern() -> re.Pattern[str]:
    from extractor.lang import in_both_languages

    nouns = in_both_languages("EMBASSY_NOUNS", "AMBASSADOR_ROLES")
    words = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    links = "|".join(re.escape(w) for w in sorted(OF_WORDS | set(ARTICLES), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?:\s+|\b)(?:(?:{links})\s*)+$", re.IGNORECASE)


def _modifies_a_name(text: str, end: int) -> bool:
    """A capitalised word right after the place: "U.S. President's …", "Swiss Agency";
    not "Senegal, …", "Senegal on Tuesday", "Tonga's minister"."""
    after = text[end : end + 2]
    return after[:1] == " " and after[1:2].isupper()


CITY_KINDS = frozenset({"city", "capital"})


def _town_as_entry(name: str, kb) -> KBEntry | None:
    """A GeoNames town the knowledge base does not hold, as a city of its country."""
    code = town_country(name)
    country = kb.country_by_alpha2(code) if code else None
    if country is None:
        return None
    return KBEntry(
        qid="", type="LOC", name=name, names={}, aliases=(), acronyms=(), kind="city", country=code
    )


def is_city(entry: KBEntry) -> bool:
    return entry.kind in CITY_KINDS


def group_by(items, key) -> dict:
    out: dict = defaultdict(list)
    for item in items:
        out[key(item)].append(item)
    return out
