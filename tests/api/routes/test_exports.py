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
