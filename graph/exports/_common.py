"""What every export shares: the attribute schema, flattening, labels, dates and colours.

The store's graph promises flat values (no None, no lists), but a graph built in a
notebook may not keep that promise, and None or list values crash or corrupt most
writers (networkx's GEXF and GraphML writers among them). Every export therefore
reads nodes and edges through `node_record` / `edge_record`, which always return
str, int or float values with the declared types.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, BinaryIO

import networkx as nx

Value = str | int | float

ENTITY_TYPES = ("PER", "ORG", "LOC", "EVENT")
PREDICATES = (
    "LEADS",
    "MEMBER_OF",
    "PART_OF",
    "LOCATED_IN",
    "PARTICIPATES_IN",
    "HELD_IN",
    "HELD_ON",
    "ANNOUNCED",
    "LAUNCHED",
    "MENTIONED_WITH",
)
LANGS = ("en", "fr")

# (attribute, python type) in output order; `label` is left out on purpose: every
# export writes the label in the requested language in its own label slot.
NODE_FIELDS: tuple[tuple[str, type], ...] = (
    ("entity_type", str),
    ("name_fr", str),
    ("name_en", str),
    ("wikidata", str),
    ("mentions", int),
    ("articles", int),
    ("first_seen", str),
    ("last_seen", str),
)
EDGE_FIELDS: tuple[tuple[str, type], ...] = (
    ("predicate", str),
    ("weight", int),
    ("articles", int),
    ("role", str),
    ("role_class", str),
    ("status", str),
    ("evidence", str),
    ("first_date", str),
    ("last_date", str),
    ("confidence", float),
)
NODE_KNOWN = frozenset(name for name, _ in NODE_FIELDS) | {"label"}
EDGE_KNOWN = frozenset(name for name, _ in EDGE_FIELDS)
DATE_FIELDS = frozenset({"first_seen", "last_seen", "first_date", "last_date"})

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE: dict[str, tuple[int, int, int]] = {
    "PER": (230, 159, 0),
    "ORG": (0, 114, 178),
    "LOC": (0, 158, 115),
    "EVENT": (204, 121, 167),
}
OTHER_COLOUR = (153, 153, 153)

# Characters XML 1.0 cannot carry at all (lxml refuses them; lone surrogates are
# not even UTF-8); CSV and JSON get
# the same clean-up so that every format says the same thing.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$")


def text(value: Any) -> str:
    """Any value as one clean string: None -> "", lists joined by "; ", dicts as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value if value.isprintable() else _XML_ILLEGAL.sub("", value)
    if isinstance(value, bool | int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    if isinstance(value, Mapping):
        return text(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return "; ".join(text(item) for item in items)
    if isinstance(value, dt.date):
        return value.isoformat()
    return text(str(value))


def integer(value: Any) -> int:
    """An int whatever arrives (bad or missing values count as 0)."""
    if isinstance(value, bool):
        return int(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0
    return int(number) if math.isfinite(number) else 0


def real(value: Any) -> float:
    """A finite float whatever arrives (bad or missing values count as 0.0)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def iso_date(value: Any) -> str:
    """The YYYY-MM-DD part of a date, datetime or ISO string; "" when there is none."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    match = _ISO_DATE.match(text(value).strip())
    if not match:
        return ""
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return ""


def coerce(name: str, kind: type, value: Any) -> Value:
    if kind is int:
        return integer(value)
    if kind is float:
        return real(value)
    return iso_date(value) if name in DATE_FIELDS else text(value)


def node_record(data: Mapping[str, Any], extras: Iterable[str] = ()) -> dict[str, Value]:
    """The declared node attributes, typed, then any extra ones as strings."""
    record = {name: coerce(name, kind, data.get(name)) for name, kind in NODE_FIELDS}
    record["entity_type"] = str(record["entity_type"]).upper()
    record.update((key, text(data.get(key))) for key in extras)
    return record


def edge_record(key: Any, data: Mapping[str, Any], extras: Iterable[str] = ()) -> dict[str, Value]:
    """The declared edge attributes, typed; the predicate falls back to the edge key."""
    record = {name: coerce(name, kind, data.get(name)) for name, kind in EDGE_FIELDS}
    record["predicate"] = predicate_of(key, data)
    record.update((name, text(data.get(name))) for name in extras)
    return record


def predicate_of(key: Any, data: Mapping[str, Any]) -> str:
    """The `predicate` attribute, else a string key (integer keys are networkx's own)."""
    fallback = text(key) if isinstance(key, str) else ""
    return text(data.get("predicate")) or fallback or "RELATED_TO"


def edge_id(u: Any, v: Any, key: Any) -> str:
    """Same form as the store's RelationRecord.id: subject|predicate|object."""
    return f"{text(u)}|{text(key)}|{text(v)}"


def node_label(node: Any, data: Mapping[str, Any], lang: str) -> str:
    """The name in `lang`, else the canonical label, else the other name, else the id."""
    other = "fr" if lang == "en" else "en"
    for value in (data.get(f"name_{lang}"), data.get("label"), data.get(f"name_{other}")):
        label = " ".join(text(value).split())
        if label:
            return label
    return text(node)


def extra_keys(items: Iterable[Mapping[str, Any]], known: frozenset[str]) -> tuple[str, ...]:
    """Attribute names beyond the declared ones, sorted (one pass over the items)."""
    found: set[str] = set()
    for data in items:
        found.update(str(key) for key in data if key not in known)
    return tuple(sorted(found))


def node_extras(G: nx.MultiDiGraph) -> tuple[str, ...]:
    return extra_keys((data for _, data in G.nodes(data=True)), NODE_KNOWN)


def edge_extras(G: nx.MultiDiGraph) -> tuple[str, ...]:
    return extra_keys((data for *_, data in G.edges(keys=True, data=True)), EDGE_KNOWN)


def unique_columns(base: Iterable[str], extras: Iterable[str]) -> list[str]:
    """Extra names, suffixed with "_" where they would repeat a name of `base`.

    Compared case-insensitively, as Gephi compares column names.
    """
    seen = {column.lower() for column in base}
    columns = []
    for name in extras:
        column = name
        while column.lower() in seen:
            column += "_"
        seen.add(column.lower())
        columns.append(column)
    return columns


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown label language {lang!r}; expected one of {', '.join(LANGS)}")
    return lang


def colour(entity_type: str) -> tuple[int, int, int]:
    return PALETTE.get(entity_type, OTHER_COLOUR)


def node_size(mentions: int) -> float:
    """Grows with the log of the mentions, so a few famous nodes do not hide the rest."""
    return round(5.0 + 5.0 * math.log1p(max(mentions, 0)), 2)


def flat_copy(G: nx.MultiDiGraph, lang: str, *, edge_ids: bool = False) -> nx.MultiDiGraph:
    """A copy of G whose every value is a str, int or float, label in `lang`.

    With `edge_ids`, edge keys become the unique subject|predicate|object ids
    (GraphML readers such as Gephi drop edges whose id repeats).
    """
    H = nx.MultiDiGraph()
    H.graph.update((text(k), text(v)) for k, v in G.graph.items())
    extras = node_extras(G)
    for node, data in G.nodes(data=True):
        # update() rather than keyword arguments: an attribute may be called "key"
        H.add_node(text(node))
        H.nodes[text(node)].update(label=node_label(node, data, lang), **node_record(data, extras))
    extras = edge_extras(G)
    for u, v, key, data in G.edges(keys=True, data=True):
        new_key = H.add_edge(text(u), text(v), key=edge_id(u, v, key) if edge_ids else key)
        H[text(u)][text(v)][new_key].update(edge_record(key, data, extras))
    return H


def write_text(out: BinaryIO, chunks: Iterable[str], size: int = 1 << 16) -> None:
    """Write str chunks as UTF-8 in blocks of about `size` characters."""
    buffer: list[str] = []
    pending = 0
    for chunk in chunks:
        buffer.append(chunk)
        pending += len(chunk)
        if pending >= size:
            out.write("".join(buffer).encode("utf-8"))
            buffer, pending = [], 0
    out.write("".join(buffer).encode("utf-8"))
