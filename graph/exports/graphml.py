"""GraphML through networkx's lxml writer, after flattening.

Three fixes over a plain `write_graphml_lxml(G, named_key_ids=True)` call:
- values are flattened first (lists and None make networkx raise);
- edge ids are the unique subject|predicate|object ids: the store keys edges by
  predicate alone, and readers such as Gephi drop an edge whose id repeats;
- with named key ids, a name used by nodes and edges alike ("articles") would
  give two <key> elements the same id; the second scope gets "edge_articles"
  as its key id, while `attr.name` keeps the real name readers show.
"""

from __future__ import annotations

from typing import Any, BinaryIO

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriterLxml

from graph.exports._common import check_lang, flat_copy


class _UniqueKeyWriter(GraphMLWriterLxml):  # type: ignore[misc]  # networkx is untyped
    """networkx's streaming lxml writer, with key ids unique across scopes."""

    def get_key(self, name: str, attr_type: str, scope: str, default: Any) -> str:
        keys_key = (name, attr_type, scope)
        if keys_key not in self.keys and name in self.keys.values():
            key_id = f"{scope}_{name}"
            self.keys[keys_key] = key_id
            element = self.myElement(
                "key", {"id": key_id, "for": scope, "attr.name": name, "attr.type": attr_type}
            )
            self.xml.insert(0, element)
            return key_id
        return str(super().get_key(name, attr_type, scope, default))


def write_graphml(G: nx.MultiDiGraph, out: BinaryIO, *, lang: str = "en") -> None:
    """Write G as GraphML; node `label` is the name in `lang`."""
    flat = flat_copy(G, check_lang(lang), edge_ids=True)
    writer = _UniqueKeyWriter(out, graph=flat, encoding="utf-8", named_key_ids=True)
    writer.dump()
