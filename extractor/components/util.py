"""Small helpers shared by our spaCy components."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span


def lower_tuples(phrases: Iterable[str], tokenizer) -> list[tuple[str, ...]]:
    """Tokenise lexicon phrases the way the pipeline does, longest first."""
    seqs = {tuple(t.lower_ for t in tokenizer(p)) for p in phrases}
    return sorted(seqs, key=len, reverse=True)


def match_at(doc: Doc, i: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """Length of the longest phrase that starts at token i (0 when none)."""
    for phrase in phrases:
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
