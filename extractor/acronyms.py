"""Acronyms an article defines for a body, found in its raw text before the pipeline.

The pipeline reads one paragraph at a time, so a body defined as "Haute Autorité
pour la bonne gouvernance (HABG)" in one paragraph is a bare "HABG" the model may
not tag in the next. `defined_acronyms` reads the article's definitions of bodies
("Long form (ACR)" and "ACR (long form)", the long form naming a body, not an
event) and `extract` hands them to every paragraph's doc (`ACRONYMS_KEY`).
"""

from __future__ import annotations

import re

from extractor.lang import get_lang_data, is_body_head

ACRONYMS_KEY = "newsgraph_acronyms"
_SHORT = r"[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*(?:-[A-Z][A-Za-z0-9]*)?"
_AFTER_LONG = re.compile(rf"((?:[\w'’-]+[ ]+){{1,10}})\(({_SHORT})\)")
_BEFORE_LONG = re.compile(rf"\b({_SHORT})[ ]+\(([^()]{{3,120}})\)")
_WORD = re.compile(r"[\w'’-]+")


def defined_acronyms(text: str, lang: str | None) -> frozenset[str]:
    """The acronyms `text` defines for a body: "… Bonne gouvernance (HABG)", "PAM (Programme …)"."""
    if "(" not in text or lang is None:
        return frozenset()
    data = get_lang_data(lang)
    found = set()
    for long, short in _AFTER_LONG.findall(text):
        if _names_body(long, data):
            found.add(short)
    for short, long in _BEFORE_LONG.findall(text):
        if _names_body(long, data):
            found.add(short)
    return frozenset(found)


def _names_body(long: str, data) -> bool:
    """A long form with a body's noun in it and no event's."""
    words = {w.lower().split("'")[-1].split("’")[-1] for w in _WORD.findall(long)}
    heads = data.ORG_HEAD_WORDS
    return any(is_body_head(w, heads) for w in words) and not words & data.EVENT_TRIGGERS
