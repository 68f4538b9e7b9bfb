"""networkx node-link JSON (`edges="links"`, what d3 and networkx.node_link_graph read)."""

from __future__ import annotations

import json
from itertools import chain
from typing import BinaryIO

import networkx as nx

from graph.exports._common import check_lang, flat_copy, write_text


def write_nodelink(G: nx.MultiDiGraph, out: BinaryIO, *, lang: str = "en") -> None:
    """Write G as node-link JSON (UTF-8, not ASCII-escaped); node `label` is in `lang`."""
    data = nx.node_link_data(flat_copy(G, check_lang(lang)), edges="links")
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    write_text(out, chain(encoder.iterencode(data), ["\n"]))
