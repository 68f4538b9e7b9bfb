"""GET /v1/export."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.models import ExportFormat

exports = pytest.importorskip("graph.exports")
if not hasattr(exports, "export_graph"):
    pytest.skip("graph.exports.export_graph is not written yet", allow_module_level=True)


def test_formats_match_graph_exports() -> None:
    assert {f.value for f in ExportFormat} == set(exports.FORMATS)


@pytest.mark.parametrize("fmt", [f.value for f in ExportFormat])
def test_export_is_an_attachment_of_the_right_type(client: TestClient, fmt: str) -> None:
    response = client.get("/v1/export", params={"format": fmt})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(exports.MEDIA_TYPES[fmt])
    disposition = response.headers["content-disposition"]
    assert disposition == f'attachment; filename="newsgraph{exports.FILE_SUFFIX[fmt]}"'
    assert len(response.content) > 0


def test_gexf_export_holds_the_graph(client: TestClient) -> None:
    body = client.get("/v1/export", params={"format": "gexf"}).text
    assert "Q7817" in body and "per:khalid-ait-taleb" in body


def _graph_of(body: bytes):
    import io

    import networkx as nx

    return nx.read_gexf(io.BytesIO(body))


def test_export_filters_by_predicate_and_type(client: TestClient, store) -> None:
    whole = _graph_of(client.get("/v1/export", params={"format": "gexf"}).content)
    leads = client.get("/v1/export", params={"format": "gexf", "predicate": "LEADS"})
    assert leads.status_code == 200, leads.text
    part = _graph_of(leads.content)
    assert 0 < part.number_of_edges() < whole.number_of_edges()
    assert {d["label"] for _, _, d in part.edges(data=True)} == {"LEADS"}
    people = _graph_of(client.get("/v1/export", params={"format": "gexf", "type": "PER"}).content)
    assert people.number_of_nodes() < whole.number_of_nodes()


def test_export_ego_network_and_bad_ego(client: TestClient, store) -> None:
    ego = next(iter(store.graph().nodes))
    response = client.get("/v1/export", params={"format": "json", "ego": ego, "radius": 1})
    assert response.status_code == 200, response.text
    assert ego in {n["id"] for n in response.json()["nodes"]}
    bad = client.get("/v1/export", params={"format": "gexf", "ego": "no-such-entity"})
    assert bad.status_code == 422
    assert bad.headers["content-type"].startswith("application/problem+json")
    assert "no-such-entity" in bad.text
