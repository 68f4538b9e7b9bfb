"""GET /v1/leaders, /v1/led-by, /v1/path."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_leaders_by_acronym_give_role_status_and_evidence(client: TestClient) -> None:
    response = client.get("/v1/leaders", params={"org": "OMS"})
    assert response.status_code == 200
    facts = {fact["subject"]["name"]: fact for fact in response.json()["data"]}
    assert set(facts) == {"Amina Diallo", "Pierre Martin"}
    former = facts["Pierre Martin"]
    assert (former["role"], former["status"], former["predicate"]) == (
        "directeur",
        "former",
        "LEADS",
    )
    evidence = former["evidence"][0]
    assert evidence["article_id"] == "fr-001"
    assert evidence["sentence"] == "L'ancien directeur de l'OMS, Pierre Martin, était présent."


def test_leaders_by_id_and_by_other_language_name(client: TestClient) -> None:
    by_id = client.get("/v1/leaders", params={"org": "Q7817"}).json()["data"]
    by_name = client.get("/v1/leaders", params={"org": "World Health Organization"}).json()["data"]
    assert by_id == by_name
    assert len(by_id) == 2


def test_leaders_of_unknown_org_is_404_naming_the_parameter(client: TestClient) -> None:
    response = client.get("/v1/leaders", params={"org": "Acme Widgets"})
    assert response.status_code == 404
    assert response.json()["errors"] == [
        {"detail": "no entity matches 'Acme Widgets'", "parameter": "org"}
    ]


def test_leaders_needs_org(client: TestClient) -> None:
    response = client.get("/v1/leaders")
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "org"


def test_led_by_lists_what_a_person_leads(client: TestClient) -> None:
    data = client.get("/v1/led-by", params={"person": "Khalid Ait Taleb"}).json()["data"]
    assert [fact["object"]["id"] for fact in data] == ["org:ministere-de-la-sante-ma"]
    fact = data[0]
    assert fact["role"] == "ministre de la Santé et de la Protection sociale"
    assert fact["status"] == "current"
    assert fact["evidence"][0]["article_id"] == "fr-001"
    assert fact["evidence"][0]["sentence"].startswith("Khalid Ait Taleb, ministre de la Santé")


def test_led_by_unknown_person_is_404(client: TestClient) -> None:
    response = client.get("/v1/led-by", params={"person": "Nobody Atall"})
    assert response.status_code == 404
    assert response.json()["errors"][0]["parameter"] == "person"


def test_path_crosses_articles(client: TestClient) -> None:
    body = client.get("/v1/path", params={"source": "Pierre Martin", "target": "Morocco"}).json()
    assert body["found"] is True
    assert body["source"] == {"id": "per:pierre-martin", "name": "Pierre Martin"}
    assert body["target"]["id"] == "Q1028"
    chain = ["per:pierre-martin"]
    for hop in body["hops"]:
        ends = {hop["subject"]["id"], hop["object"]["id"]}
        assert chain[-1] in ends
        chain.append((ends - {chain[-1]}).pop())
        assert hop["evidence"]
    assert chain[-1] == "Q1028"


def test_path_between_unconnected_entities(client: TestClient) -> None:
    body = client.get("/v1/path", params={"source": "Morocco", "target": "Grace Okafor"}).json()
    assert (body["found"], body["hops"]) == (False, [])


def test_path_with_unknown_target_names_it(client: TestClient) -> None:
    response = client.get("/v1/path", params={"source": "Morocco", "target": "Atlantis"})
    assert response.status_code == 404
    assert response.json()["errors"][0]["parameter"] == "target"


def test_path_max_hops_bounds(client: TestClient) -> None:
    params = {"source": "Pierre Martin", "target": "Morocco", "max_hops": 1}
    assert client.get("/v1/path", params=params).json()["found"] is False
    response = client.get("/v1/path", params={**params, "max_hops": 99})
    assert response.json()["errors"][0]["parameter"] == "max_hops"
