"""graphology-gexf (the reader of Gephi Lite and sigma.js) reads our GEXF.

Needs node and `npm ci` in tests/graph/exports/js; skipped otherwise.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .fixtures import ORG, PER, export_bytes

JS = Path(__file__).parent / "js"
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(
    NODE is None or not (JS / "node_modules" / "graphology-gexf").is_dir(),
    reason="needs node and `npm ci` in tests/graph/exports/js",
)


def read_with_graphology(path: Path) -> dict:
    done = subprocess.run(
        [str(NODE), str(JS / "read_gexf.js"), str(path)],
        capture_output=True,
        check=True,
        text=True,
        timeout=60,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("version", ["1.3", "1.2draft"])
def test_graphology_reads_nodes_edges_colours_and_attributes(graph, tmp_path, version):
    path = tmp_path / "graph.gexf"
    path.write_bytes(export_bytes(graph, "gexf", version=version))
    result = read_with_graphology(path)
    assert (result["type"], result["multi"]) == ("directed", True)
    assert (result["order"], result["size"]) == (4, 4)
    org = result["nodes"][ORG]
    assert org["label"] == "World Health Organization"
    assert (org["color"], org["mentions"], org["entity_type"]) == ("rgb(0,114,178)", 12, "ORG")
    leads = result["edges"][f"{PER}|LEADS|{ORG}"]
    assert (leads["source"], leads["target"]) == (PER, ORG)
    assert leads["attributes"]["predicate"] == "LEADS"
    assert leads["attributes"]["weight"] == 3
    assert leads["attributes"]["confidence"] == 0.9
