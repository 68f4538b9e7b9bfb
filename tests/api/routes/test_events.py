"""GET /v1/events."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

FORUM = "event:forum-regional-sur-la-sante"


def event_ids(client: TestClient, **params: str) -> list[str]:
    response = client.get("/v1/events", params=params)
    assert response.status_code == 200, response.text
    return [event["id"] for event in response.json()["data"]]


def test_all_events(client: TestClient) -> None:
    assert event_ids(client) == [FORUM]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"place": "Marrakech"}, [FORUM]),
        ({"place": "loc:marrakech"}, [FORUM]),
        ({"place": "Morocco"}, []),
        ({"place": "Atlantis"}, []),
        ({"participant": "Khalid Ait Taleb"}, [FORUM]),
        ({"participant": "Grace Okafor"}, []),
        ({"from": "2024-10-01", "to": "2024-10-31"}, [FORUM]),
        ({"from": "2024-10"}, [FORUM]),
        ({"to": "2024-10"}, [FORUM]),
        ({"from": "2024-10-15"}, []),
        ({"to": "2023"}, []),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert event_ids(client, **params) == expected


def test_bad_date_names_the_parameter(client: TestClient) -> None:
    response = client.get("/v1/events", params={"from": "last week"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "from"
