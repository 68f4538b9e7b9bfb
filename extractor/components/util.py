"""Small helpers shared by our spaCy components."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span


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
        for phrase in self.by_first.get(doc[i].lower_, ()):
            n = len(phrase)
            if i + n <= len(doc) and all(doc[i + k].lower_ == phrase[k] for k in range(1, n)):
                return n
        return 0


def lower_tuples(phrases: Iterable[str], tokenizer) -> PhraseTable:
    """Tokenise lexicon phrases the way the pipeline does."""
    return PhraseTable(tuple(t.lower_ for t in tokenizer(p)) for p in phrases)


def match_at(doc: Doc, i: int, phrases: PhraseTable | Sequence[tuple[str, ...]]) -> int:
    """Length of the longest phrase that starts at token i (0 when none)."""
    if isinstance(phrases, PhraseTable):
        return phrases.match_at(doc, i)
    for phrase in sorted(phrases, key=len, reverse=True):
        n = len(phrase)
        if i + n <= len(doc) and all(doc[i + k].lower_ == phrase[k] for k in range(n)):
            return n
    return 0


def match_before(doc: Doc, end: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """Length of the longest phrase that ends right before token `end`."""
    for phrase in phrases:
        n = len(phrase)
        if end - n >= 0 and all(doc[end - n + k].lower_ == phrase[k] for k in range(n)):
            return n
    return 0


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
