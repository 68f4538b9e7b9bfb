"""`newsgraph_events`: event mentions with the date and place their sentence gives.

An event is a trigger noun from the language's lexicon (réunion, sommet,
forum, summit, signing …) with its modifiers and complements ("assemblées
annuelles du Groupe de la Banque mondiale"). Weak triggers ("journée",
"session") count only when named (capitalised) or complemented. Dates are
found as text here and normalised at article level, where the publication
date is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.components.entities import INSTITUTION_KB_PREFIX
from extractor.components.util import (
    initials_fit,
    lower_tuples,
    lowers,
    match_at,
    positions,
    sentence_of,
    with_curly_apostrophes,
)
from extractor.lang import edition_acronym, get_lang_data, in_both_languages

STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "PRON"})
EVENT_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "sur", "pour", "on", "of", "for", "about"})
MAX_EVENT_TOKENS = 14
NAME_LINKS = EVENT_PREPOSITIONS | {"and", "et", "&"}  # inside a capitalised name


@dataclass
class EventMention:
    span: Span
    named: bool
    date_text: str | None = None
    date_start: int | None = None  # doc char offsets of the date expression
    place: Span | None = None
    participants: list[Span] = field(default_factory=list)
    past: bool = False  # told in the past tense: it happened by the publication date
    acronym: Span | None = None  # "(SARA)" right after the name: the same event


def _register_extensions() -> None:
    if not Doc.has_extension("events"):
        Doc.set_extension("events", default=None)


@Language.factory("newsgraph_events", assigns=["doc._.events"], requires=["doc.ents", "token.dep"])
def make_events(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp)


class EventFinder:
    def __init__(self, nlp: Language) -> None:
        _register_extensions()
        self.data = get_lang_data(nlp.lang)
        self.date_re = _date_regex(self.data)
        self.month_leads = self.data.MONTH_LEAD_WORDS
        self.meetings = lower_tuples(self.data.MEETING_BODIES, nlp.tokenizer)
        # "for a three-year term", « pour un mandat de … »: a title's time, no event's name
        self.time_phrases = lower_tuples(
            with_curly_apostrophes(self.data.TIME_PHRASES), nlp.tokenizer
        )
        self.pair_firsts = {t.split()[0] for t in self.data.EVENT_TRIGGERS if " " in t}
        self.calendar = frozenset(self.data.MONTHS) | frozenset(self.data.WEEKDAYS)
        self.venues = in_both_languages("VENUE_NOUNS")
        # the only words an event or a meeting body opens on (see __call__)
        self.first_words = (
            set(self.meetings.by_first) | set(self.data.EVENT_TRIGGERS) | self.pair_firsts
        )

    def __call__(self, doc: Doc) -> Doc:
        events: list[EventMention] = []
        taken: set[int] = set()
        for i in positions(doc, self.first_words):
            if i in taken:
                continue
            token = doc[i]
            meeting = self._meeting_body(doc, token)
            if meeting is not None:
                taken.update(range(meeting.start, meeting.end))
                events.append(self._describe(meeting, token))
                continue
            if not self._is_trigger(token) or self._ranks_or_times(doc, token.i):
                continue  # "a three-day forum": the day is its length
            if token.ent_type_ == "PER" or token.ent_kb_id_.startswith(INSTITUTION_KB_PREFIX):
                continue  # "submitted to the National Assembly": an institution, no event
            if token.ent_type_ == "ORG" and token.lower_ in self.data.OFFICE_WORDS:
                continue  # "the United Nations Mission in South Sudan": a body, no event
            if self._in_venue(doc, token):
                continue  # "Palais des congrès de Cotonou", "Cotonou Congress Centre"
            span = self._event_span(doc, token)
            if span is None or self._body_named_again(doc, span):
                continue
            span, acronym = _with_acronym(doc, span)
            taken.update(range(span.start, span.end + (3 if acronym is not None else 0)))
            events.append(self._describe(span, token))
            events[-1].acronym = acronym
        doc._.events = self._with_editions(doc, events, taken)
        return doc

    def _with_editions(
        self, doc: Doc, events: list[EventMention], taken: set[int]
    ) -> list[EventMention]:
        """A series' edition named by its acronym alone ("COP28") is an event, and the
        name right after it in commas is the same event: "at COP31, the United Nations
        Climate Change Conference in Antalya"."""
        forms = lowers(doc)  # a Token only for words ending on a digit ("cop28")
        for i in (i for i, form in enumerate(forms) if form[-1:].isdigit() and i not in taken):
            token = doc[i]
            if not edition_acronym(token.text, series_only=True):
                continue
            named = next((e for e in events if self._in_apposition(token, e.span)), None)
            if named is not None and named.acronym is None:
                named.acronym = doc[token.i : token.i + 1]
                continue
            event = self._describe(doc[token.i : token.i + 1], token)
            event.named = True
            events.append(event)
        return sorted(events, key=lambda e: e.span.start)

    def _in_apposition(self, token: Token, span: Span) -> bool:
        """'COP31, the United Nations Climate Change Conference': the span, named, opens
        (after its determiner) right after the token and a comma."""
        doc = span.doc
        start = token.i + 2
        if start >= len(doc) or doc[token.i + 1].text != ",":
            return False
        if doc[start].lower_ in self.data.DETERMINERS:
            start += 1
        return span.start == start and span[0].is_title

    def _meeting_body(self, doc: Doc, token: Token) -> Span | None:
        """'Le Conseil des ministres s'est réuni jeudi': a cabinet named as its meeting,
        unless words after it make it a body ("Conseil des ministres africains chargés
        de l'eau", "Council of Ministers of Health")."""
        n = match_at(doc, token.i, self.meetings) if token.is_title else 0
        end = token.i + n
        if not n:
            return None
        if end < len(doc) and (doc[end].pos_ == "ADJ" or doc[end].lower_ in ("of", "de")):
            return None
        return doc[token.i : end]

    def _in_venue(self, doc: Doc, token: Token) -> bool:
        """An event noun inside a venue's name: a place named by its building noun
        ('Palais', 'Centre', 'Hall') right before or after the words around it."""
        if token.ent_type_ == "LOC":
            ent = next(e for e in doc.ents if e.start <= token.i < e.end)
            return ent[0].lower_ in self.venues or ent[-1].lower_ in self.venues
        k = token.i + 1
        while k < len(doc) and k - token.i < 4 and doc[k].is_title and not doc[k].ent_type_:
            if doc[k].lower_ in self.venues:
                return True
            k += 1
        return False

    def _is_trigger(self, token: Token) -> bool:
        """An event noun, or the head of a two-word one ('table ronde', 'round table')."""
        lower = token.lower_
        if lower in self.data.EVENT_TRIGGERS:
            return True
        if lower not in self.pair_firsts:
            return False
        doc = token.doc
        pair = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < len(doc) else ""
        return pair in self.data.EVENT_TRIGGERS

    def _event_span(self, doc: Doc, trigger: Token) -> Span | None:
        if self._used_as_verb(doc, trigger) or self._names_no_event(doc, trigger):
            return None
        start = self._left_edge(trigger)
        end = self._right_edge(doc, trigger)
        named = trigger.is_title and trigger.i > sentence_of(trigger).start
        weak = trigger.lower_ in self.data.WEAK_EVENT_TRIGGERS
        if weak and not named and end == trigger.i + 1 and start == trigger.i:
            return None
        if trigger.lower_ in self.data.NAMED_EVENT_TRIGGERS and not trigger.is_title:
            return None
        return doc[start:end]

    def _body_named_again(self, doc: Doc, span: Span) -> bool:
        """The trigger's noun alone, capitalised, after a body named with it ("the
        President of the | Conference" after "the Episcopal Conference of Haiti"): that
        body again, no event."""
        if len(span) != 1 or not span[0].is_title:
            return False
        noun = span[0].lower_
        return any(
            e.label_ == "ORG" and e.end <= span.start and any(t.lower_ == noun for t in e)
            for e in doc.ents
        )

    def _used_as_verb(self, doc: Doc, trigger: Token) -> bool:
        """'FAO launch a programme' (a headline), 'visit the site': a verb, no event;
        so is a lower-case event word right after a name with no article before it
        ("WFP and UNICEF launch joint response", not "the UNICEF launch event")."""
        nxt = doc[trigger.i + 1] if trigger.i + 1 < len(doc) else None
        if trigger.pos_ == "VERB" or (nxt is not None and nxt.lower_ in ("a", "an", "the")):
            return True
        prev = doc[trigger.i - 1] if trigger.i > 0 else None
        if trigger.is_title or prev is None or prev.ent_type_ not in ("ORG", "PER"):
            return False
        if nxt is None or nxt.pos_ not in ("ADJ", "NOUN", "NUM", "PROPN"):
            return False  # the verb takes an object; not "African Union summit on …"
        name = next(e for e in doc.ents if e.start <= prev.i < e.end)
        before = doc[name.start - 1].lower_ if name.start > 0 else ""
        return before not in self.data.DETERMINERS and before not in ("'s", "’s")

    def _names_no_event(self, doc: Doc, trigger: Token) -> bool:
        """ "Assemblée nationale", "Standing | Conference of …" (the word before the
        trigger too, English putting adjectives first): a body, no event."""
        first = max(trigger.i - 1, sentence_of(trigger).start)
        texts = (doc[i : trigger.i + 8].text.lower() for i in {trigger.i, first})
        return any(text.startswith(self.data.NON_EVENT_NAMES) for text in texts)

    def _left_edge(self, trigger: Token) -> int:
        """Keep adjectives, ordinals and compounds written before the noun."""
        start = trigger.i
        while start > sentence_of(trigger).start:
            prev = trigger.doc[start - 1]
            if prev.lower_ in self.data.DETERMINERS or prev.is_punct and prev.text != "-":
                break
            if self._ranks_or_times(trigger.doc, start - 1):
                break
            if prev.is_title and prev.lower_ in self.data.HEADLINE_VERBS:
                break  # "… Council of Ministers Holds | 45th Ordinary Session"
            if (
                prev.pos_ in ("ADJ", "NUM", "PROPN")
                or prev.dep_ in ("compound", "amod", "nummod")
                or prev.text == "-"
            ):
                start -= 1
                continue
            break
        return start

    def _right_edge(self, doc: Doc, trigger: Token) -> int:
        """Adjectives and 'de/sur/of …' complements, up to a clause boundary."""
        end = trigger.i + 1
        limit = min(len(doc), sentence_of(trigger).end, trigger.i + MAX_EVENT_TOKENS)
        while end < limit:
            token = doc[end]
            # a word inside a name begun before it is no clause boundary: "Conférence
            # des Nations unies sur …" (the model reads "unies" as a verb)
            inside_name = token.ent_iob_ == "I" and token.i > trigger.i + 1
            if token.pos_ in STOP_POS and token.text not in ("-", "'") and not inside_name:
                break
            if token.pos_ == "ADV" and token.is_stop:
                break  # "opening day | also saw"; not « journée | investisseurs » (misread)
            if token.lower_ in self.data.EVENT_PARTICIPLES:
                break  # « l'assemblée générale élective | tenue samedi » ("tenue" read as a noun)
            if token.lower_ in self.data.CONJUNCTIONS:
                break
            if token.pos_ == "ADP" and token.lower_ not in EVENT_PREPOSITIONS:
                break
            if token.like_num and not (token.i + 1 < len(doc) and doc[token.i + 1].is_alpha):
                break
            if self._date_starts(doc, end):
                break  # "investor day | on 15 October", "visite | jeudi"
            if match_at(doc, end, self.time_phrases):
                break  # « président de la Conférence | pour un mandat de trois ans »
            end += 1
        while end > trigger.i + 1 and (
            doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")
            or doc[end - 1].lower_ in self.data.DETERMINERS
        ):
            end -= 1
        return _respect_entities(doc, trigger.i, end)

    def _ranks_or_times(self, doc: Doc, i: int) -> bool:
        """'first', 'troisième', 'three-day': a rank or a length. A numbered edition
        ('39th Ordinary Session') is part of the name."""
        token = doc[i]
        if token.lower_ in self.data.EVENT_RANK_WORDS:
            return True
        return token.lower_ in LENGTH_UNITS and i > 0 and doc[i - 1].text == "-"

    def _date_starts(self, doc: Doc, i: int) -> bool:
        """A date opens at token i, or after a preposition ('on', 'du', 'le')."""
        words = self.calendar
        for k in (i, i + 1):
            if k < len(doc) and (
                doc[k].lower_ in words
                or (doc[k].like_num and k + 1 < len(doc) and doc[k + 1].lower_ in words)
            ):
                return k == i or doc[i].pos_ in ("ADP", "DET")
        return False

    def _describe(self, span: Span, trigger: Token) -> EventMention:
        sent = sentence_of(trigger)
        event = EventMention(span=span, named=trigger.is_title and trigger.i > sent.start)
        match = self._nearest_date(sent, span)
        if match is not None:
            event.date_text, event.date_start = match
        event.place = self._place(sent, span)
        event.past = _told_in_past(sent, span)
        event.participants = self._participants(sent, span)
        return event

    def _nearest_date(self, sent: Span, span: Span) -> tuple[str, int] | None:
        best = None
        for m in self.date_re.finditer(sent.text):
            start = sent.start_char + m.start()
            if self._another_clause_s_month(m.group(0), sent, span, start):
                continue
            distance = (
                abs(start - span.end_char)
                if start >= span.start_char
                else 3 * abs(span.start_char - start)
            )
            if best is None or distance < best[0]:
                best = (distance, m.group(0), start)
        return (best[1], best[2]) if best else None

    def _another_clause_s_month(self, text: str, sent: Span, span: Span, start: int) -> bool:
        """A month named alone in a clause about something else dates that ("signed at
        the forum by X, who became IFC's managing director in July", "par X, devenu
        directeur général en juillet"), not the event."""
        if any(c.isdigit() for c in text) or text.split()[0].lower() not in self.month_leads:
            return False
        low, high = sorted((span.end_char, start))
        if any(t.lower_ in self.data.RELATIVE_WORDS for t in sent if low <= t.idx < high):
            return True
        month = next((t for t in sent if t.idx >= start + len(text.split()[0])), None)
        verb = _governing_verb(sent.doc[month.i : month.i + 1]) if month is not None else None
        if verb is None or verb.dep_ not in CLAUSE_ON_NOUN:
            return False
        # a participle or relative clause on another noun than the event's own, or
        # right after a person's name ("…, par X, devenu … en juillet")
        after_person = verb.i > 1 and verb.nbor(-1).text == "," and verb.nbor(-2).ent_type_ == "PER"
        return after_person or not span.start <= verb.head.i < span.end

    def _place(self, sent: Span, span: Span) -> Span | None:
        inside = [e for e in span.ents if e.label_ == "LOC"]
        if inside:
            return inside[0]
        candidates = [
            e
            for e in sent.ents
            if e.label_ == "LOC"
            and e.start > 0
            and e.doc[e.start - 1].lower_ in self.data.PLACE_PREPOSITIONS
        ]
        candidates.sort(key=lambda e: abs(e.start - span.end))
        return candidates[0] if candidates else None

    def _participants(self, sent: Span, span: Span) -> list[Span]:
        """Subjects of a participation verb whose clause names the event."""
        out = []
        for ent in sent.ents:
            if ent.label_ not in ("PER", "ORG") or (span.start <= ent.start < span.end):
                continue
            head = ent.root
            while (
                head.dep_ in ("conj", "appos", "flat", "flat:name", "compound")
                and head.head is not head
            ):
                head = head.head
            verb = head.head
            if head.dep_.startswith("nsubj") and verb.lemma_.lower() in self.data.PARTICIPATE_VERBS:
                if verb.i <= span.end and span.root.head.i in {verb.i} | {
                    t.i for t in verb.subtree
                }:
                    out.append(ent)
        return out


FUTURE_WORDS = frozenset({"will", "shall", "'ll", "wo"})


LENGTH_UNITS = frozenset({"day", "week", "month", "year", "hour"})  # "a three-day forum"


def _told_in_past(sent: Span, span: Span | None = None) -> bool:
    """The event is told in the past ("was held", "s'est tenue", "said after the
    signing ceremony"): the tense of the verb it hangs on, else of the sentence."""
    verb = _governing_verb(span) if span is not None else None
    tokens = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))] if verb else []
    if not tokens:  # finite verbs only: "…, chaired by X," tells no tense
        tokens = [
            t
            for t in sent
            if (t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm"))
            or t.tag_ == "MD"
        ]
    tenses = {t for token in tokens for t in token.morph.get("Tense")}
    planned = _planned_words()  # "is scheduled for", "est prévue" : past participles
    future = any(token.lower_ in FUTURE_WORDS or token.lower_ in planned for token in tokens)
    return "Past" in tenses and "Fut" not in tenses and not future


@lru_cache(maxsize=1)
def _planned_words() -> frozenset[str]:
    return in_both_languages("PLANNED_WORDS")


def _governing_verb(span: Span) -> Token | None:
    """The verb an event mention depends on ("told a news conference", "the ceremony
    was held"), a few steps up the parse at most."""
    token = span.root
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        if token.dep_.startswith("nsubj") or token.head is token:
            return token.head if token.head.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _with_acronym(doc: Doc, span: Span, most: int = 8) -> tuple[Span, Span | None]:
    """'Salon international de l'agriculture et des ressources animales (SARA)': an
    acronym in brackets after the event names it too, and the name runs on to the
    bracket when the acronym's initials spell the words up to it."""
    for k in range(span.end, min(len(doc) - 2, span.end + most)):
        token = doc[k]
        if token.text == "(":
            short = doc[k + 1]
            if not (_acronym_text(short.text) and doc[k + 2].text == ")"):
                return span, None
            if initials_fit(short.text, doc[span.start : k].text):
                return doc[span.start : k], doc[k + 1 : k + 2]
            if k == span.end and edition_acronym(short.text) and not short.ent_type_:
                return span, doc[k + 1 : k + 2]  # "… sur les changements climatiques (COP28)"
            if k == span.end and _opens_like(short, span) and not _paired(doc, short):
                return span, doc[k + 1 : k + 2]  # "Championnat d'Afrique des nations (CHAN)"
            # "AfriCaribbean Trade and Investment Forum (ACTIF)", an English name with
            # a French acronym: a proper name right before the bracket will do
            # (not when the acronym is a body's inside the name: "9th General Assembly of
            # the Mali Red Cross (CRM)")
            inner = _paired(doc, short) and _body_ends_at(doc, k)
            start = _proper_name_start(doc, span) if k == span.end and not inner else None
            return (doc[start:k], doc[k + 1 : k + 2]) if start is not None else (span, None)
        if (token.is_punct and token.text not in ("-", "'", "’")) or token.pos_ in ("VERB", "AUX"):
            return span, None
    return span, None


def _opens_like(short: Token, span: Span) -> bool:
    """A named event's acronym right after it opens on the name's first letter, though
    it may take letters from inside words ("CHAN" of "Championnat")."""
    return span[0].is_title and short.text[:1] == span[0].text[:1].upper()


def _paired(doc: Doc, short: Token) -> bool:
    """The acronym is a body's, paired with its long form by `newsgraph_entities`."""
    return any(pair.short.start == short.i for pair in doc._.acronyms or [])


def _body_ends_at(doc: Doc, k: int) -> bool:
    """A body the model tagged ends right before token k."""
    return any(ent.end == k and ent.label_ == "ORG" for ent in doc.ents)


def _proper_name_start(doc: Doc, span: Span, most: int = 6) -> int | None:
    """Where the capitalised name ending the span begins ("International Agriculture
    and Animal Resources Show"), if every content word of it is capitalised."""
    start = span.start
    while start > 0 and span.start - start < most:
        prev = doc[start - 1]
        if not (prev.text[:1].isupper() or prev.lower_ in NAME_LINKS):
            break
        start -= 1
    while start < span.end and not doc[start].text[:1].isupper():
        start += 1  # never open on "and", "of"
    words = [t for t in doc[start : span.end] if t.is_alpha and not t.is_stop]
    return start if words and all(t.text[:1].isupper() for t in words) else None


def _acronym_text(text: str) -> bool:
    """'SARA', 'AfCFTA', 'COP28': a capital first and at least two capitals, letters
    only but for an edition's number at the end."""
    letters = text.rstrip("0123456789")
    return letters.isalpha() and letters[:1].isupper() and sum(c.isupper() for c in letters) >= 2


def _respect_entities(doc: Doc, trigger_i: int, end: int) -> int:
    """Never cut an entity in two at the right edge."""
    for ent in doc.ents:
        if ent.start < end < ent.end and ent.start > trigger_i:
            return ent.end if ent.end - trigger_i <= MAX_EVENT_TOKENS + 6 else ent.start
    return end


# Dependencies of a verb that opens a clause on a noun ("X, devenu …", "X, who …").
CLAUSE_ON_NOUN = frozenset({"acl", "relcl", "acl:relcl"})


# English words that are also months in lower case.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})


def _date_regex(data) -> re.Pattern[str]:
    months = "|".join(sorted(data.MONTHS, key=len, reverse=True))
    days = "|".join(data.WEEKDAYS)
    relative = "|".join(re.escape(r) for r in data.RELATIVE_DATES)
    sides = "|".join(sorted(data.PAST_WEEKDAY_WORDS | data.COMING_WEEKDAY_WORDS))
    leads = "|".join(sorted(data.MONTH_LEAD_WORDS))
    forms = {m.title() for m in data.MONTHS} | (set(data.MONTHS) - AMBIGUOUS_MONTHS)
    bare_months = "|".join(sorted(forms, key=len, reverse=True))
    patterns = [
        rf"(?:(?:{days})\s+)?(?:le\s+)?\d{{1,2}}(?:er)?(?:\s*(?:-|au|et|to|and)\s*\d{{1,2}})?\s+(?:{months})(?:\s+\d{{4}})?",
        rf"(?:{months})\s+\d{{1,2}}(?!\d)(?:\s*(?:[-–]|and|to)\s*\d{{1,2}})?(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?",
        rf"(?:{months})\s+\d{{4}}",
        # a month alone after "in"/"en" ("réunira en juin", "in July"), written as a
        # month ("may" and "march" are English words in lower case)
        rf"\b(?:{leads})\s+(?-i:{bare_months})\b(?!\s*\d)",
        rf"\b(?:(?:{sides})\s+)?(?:{days})\b(?:\s+(?:{sides})\b)?",
        rf"\b(?:{relative})\b",
        r"\b\d{4}-\d{2}-\d{2}\b",
    ]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
