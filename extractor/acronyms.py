"""Acronyms an article defines for a body, found in its raw text before the pipeline.

The pipeline reads one paragraph at a time, so a body defined as "Haute Autorité
pour la bonne gouvernance (HABG)" in one paragraph is a bare "HABG" the model may
not tag in the next. `defined_acronyms` reads the article's definitions of bodies
("Long form (ACR)" and "ACR (long form)", the long form naming a body, not an
event) and `extract` hands them to every paragraph's doc (`ACRONYMS_KEY`).
"""

from __future__ import annotations

import re

from extractor.lang import get_lang_data, is_body_head, title_starts

ACRONYMS_KEY = "newsgraph_acronyms"
TERMS_KEY = "newsgraph_terms"  # the acronyms an article defines for terms, not bodies
_SHORT = r"[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*(?:-[A-Z][A-Za-z0-9]*)?"
_AFTER_LONG = re.compile(rf"((?:[\w'’-]+[ ]+){{1,10}})\(({_SHORT})\)")
_BEFORE_LONG = re.compile(rf"\b({_SHORT})[ ]+\(([^()]{{3,120}})\)")
_WORD = re.compile(r"[\w'’-]+")
# `_AFTER_LONG` read from every character is slow (each try runs over up to ten
# words); it can only match inside a run of its word and space characters that a
# bracketed acronym closes, so `after_long_forms` tries it there alone.
_BRACKETED_SHORT = re.compile(rf"\({_SHORT}\)")
_RUN = re.compile(r"[\w'’\- ]+")


def defined_acronyms(text: str, lang: str | None) -> frozenset[str]:
    """The acronyms `text` defines for a body: "… Bonne gouvernance (HABG)", "PAM (Programme …)"."""
    return article_definitions(text, lang)[0]


def article_definitions(text: str, lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The acronyms `text` defines for bodies, and those it defines for terms in lower
    case ("consumer price index (CPI)": no body that shares the acronym), in one pass."""
    if "(" not in text or lang is None:
        return frozenset(), frozenset()
    data = get_lang_data(lang)
    bodies, terms = set(), set()
    for long, short in after_long_forms(text):
        spelled = _spelled_words(long, short)
        if spelled and spelled[0].split("-")[0] in title_starts(data):
            terms.add(short)  # « président du conseil d'administration (PCA) »: a title's
        elif _names_body(long, data):
            bodies.add(short)
        elif spelled:
            terms.add(short)
    for short, long in _BEFORE_LONG.findall(text):
        if _names_body(long, data):
            bodies.add(short)
    return frozenset(bodies), frozenset(terms - bodies)


# Small words a term's acronym skips: "indice des prix à la consommation (IPC)".
_TERM_LINKS = frozenset("de des du d la le les l à au aux et of the and for on in".split())


def _spelled_words(long: str, short: str) -> list[str]:
    """The lower-case words ending the long form that spell the acronym, a letter a
    word ("consumer price index (CPI)"); none if they do not."""
    words = [re.split(r"['’]", w)[-1] for w in _WORD.findall(long)]  # « l'indice »
    words = [w for w in words if w and w.lower() not in _TERM_LINKS]
    last = words[-len(short) :] if len(words) >= len(short) else []
    spelled = all(w.islower() for w in last) and "".join(w[0] for w in last) == short.lower()
    return last if last and spelled else []


def after_long_forms(text: str) -> list[tuple[str, str]]:
    """`_AFTER_LONG.findall(text)`, the same pairs in the same order, faster: no match
    holds a character outside its words, spaces and final "(ACR)", so each match lies
    in the run of such characters ending at a bracketed acronym, and starts where a
    search from the run's start finds it."""
    run_starts = {run.end(): run.start() for run in _RUN.finditer(text)}
    found = []
    for bracket in _BRACKETED_SHORT.finditer(text):
        start = run_starts.get(bracket.start())
        match = _AFTER_LONG.search(text, start, bracket.end()) if start is not None else None
        if match is not None:
            found.append(match.groups())
    return found


def _names_body(long: str, data) -> bool:
    """A long form with a body's noun in it and no event's."""
    words = {w.lower().split("'")[-1].split("’")[-1] for w in _WORD.findall(long)}
    heads = data.ORG_HEAD_WORDS
    return any(is_body_head(w, heads) for w in words) and not words & data.EVENT_TRIGGERS
