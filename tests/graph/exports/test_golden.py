"""Every format, byte for byte, against the checked-in files in golden/.

Zip formats are compared member by member (names, order, bytes, modes): the
members are what readers see, and compressed bytes may differ between zlib builds.
After a deliberate change, rewrite the files with
    NEWSGRAPH_UPDATE_GOLDEN=1 python -m pytest tests/graph/exports/test_golden.py
and review the diff.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from graph.exports import FORMATS

from .fixtures import GOLDEN, build_graph, export_bytes

UPDATE = bool(os.environ.get("NEWSGRAPH_UPDATE_GOLDEN"))
FILES = {
    "graph.gexf": ("gexf", {}),
    "graph-1.2draft.gexf": ("gexf", {"version": "1.2draft"}),
    "graph-fr.gexf": ("gexf", {"lang": "fr"}),
    "graph.graphml": ("graphml", {}),
    "graph.json": ("json", {}),
    "graph.ttl": ("rdf", {}),
    "graph.jsonld": ("jsonld", {}),
}
ZIPS = {"csv": "csv", "neo4j": "neo4j"}
EXECUTABLE = {"import.sh"}


def test_every_format_has_a_golden_file():
    assert {fmt for fmt, _ in FILES.values()} | set(ZIPS.values()) == set(FORMATS)


@pytest.mark.parametrize("name", sorted(FILES))
def test_file_matches_golden(name):
    fmt, options = FILES[name]
    data = export_bytes(build_graph(), fmt, **options)
    path = GOLDEN / name
    if UPDATE:
        path.write_bytes(data)
    assert data == path.read_bytes()


@pytest.mark.parametrize("folder", sorted(ZIPS))
def test_zip_members_match_golden(folder):
    archive = zipfile.ZipFile(io.BytesIO(export_bytes(build_graph(), ZIPS[folder])))
    names = archive.namelist()
    if UPDATE:
        _rewrite(GOLDEN / folder, archive)
    assert names == (GOLDEN / folder / "ORDER").read_text().split()
    for info in archive.infolist():
        assert archive.read(info) == (GOLDEN / folder / info.filename).read_bytes(), info.filename
        mode = 0o100755 if info.filename in EXECUTABLE else 0o100644
        assert (info.external_attr >> 16, info.date_time) == (mode, (1980, 1, 1, 0, 0, 0))


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_graph_same_bytes(fmt):
    assert export_bytes(build_graph(), fmt) == export_bytes(build_graph(), fmt)


def _rewrite(folder: Path, archive: zipfile.ZipFile) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / "ORDER").write_text("\n".join(archive.namelist()) + "\n")
    for info in archive.infolist():
        (folder / info.filename).write_bytes(archive.read(info))
