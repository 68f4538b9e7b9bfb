"""GET/POST/DELETE /v1/articles."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph import Store

TEXT = "La Banque mondiale a annoncé un nouveau programme à Dakar."


def test_article_with_its_entities_and_relations(client: TestClient) -> None:
    article = client.get("/v1/articles/fr-001").json()
    assert (article["lang"], article["title"], article["published"]) == (
        "fr", "Forum santé", "2024-10-14",
    )  # fmt: skip
    assert "per:khalid-ait-taleb" in article["entities"]
    assert "per:pierre-martin|LEADS|Q7817" in article["relations"]
    assert article["text"].startswith("Khalid Ait Taleb, ministre")
    assert len(article["content_hash"]) == 64


def test_missing_article_is_404(client: TestClient) -> None:
    response = client.get("/v1/articles/zz-404")
    assert response.status_code == 404
    assert response.json()["errors"][0]["parameter"] == "article_id"


def test_list_articles(client: TestClient) -> None:
    data = client.get("/v1/articles").json()["data"]
    assert [article["id"] for article in data] == ["en-001", "fr-001"]


def test_post_one_article(client: TestClient, fresh_store: Store, auth: dict) -> None:
    body = {"id": "fr-900", "text": TEXT, "lang": "fr", "published": "2025-02-01"}
    response = client.post("/v1/articles", json=body, headers=auth)
    assert response.status_code == 200, response.text
    assert response.json() == {"ingested": 1, "unchanged": 0, "replaced": 0, "rejected": []}
    stored = client.get("/v1/articles/fr-900").json()
    assert (stored["text"], stored["published"], stored["source"]) == (
        TEXT, "2025-02-01", "request:0",
    )  # fmt: skip


def test_post_is_idempotent_and_replaces_changed_text(
    client: TestClient, fresh_store: Store, auth: dict
) -> None:
    body = {"id": "fr-901", "text": TEXT}
    client.post("/v1/articles", json=body, headers=auth)
    again = client.post("/v1/articles", json=body, headers=auth).json()
    changed = client.post("/v1/articles", json={**body, "text": TEXT + " Fin."}, headers=auth)
    assert (again["unchanged"], again["ingested"]) == (1, 0)
    assert changed.json()["replaced"] == 1


def test_post_batch_reports_rejections_without_stopping(
    client: TestClient, fresh_store: Store, auth: dict
) -> None:
    batch = [
        {"id": "b-1", "text": TEXT},
        {"id": "b-2", "text": "Der Vorstand hat heute entschieden.", "lang": "de"},
        {"id": "b-1", "text": TEXT + " Bis."},
        {"text": "   "},
        {"text": "An article without an id.", "lang": "en", "url": "https://example.org/x"},
    ]
    report = client.post("/v1/articles", json=batch, headers=auth).json()
    assert report["ingested"] == 2
    codes = {(r["source"], r["code"]) for r in report["rejected"]}
    assert codes == {("request:1", "E004"), ("request:2", "E011"), ("request:3", "E001")}
    assert all(r["reason"] for r in report["rejected"])
    assert fresh_store.stats()["articles"] == 4  # 2 from the corpus, 2 new


def test_article_without_id_gets_a_stable_derived_id(
    client: TestClient, fresh_store: Store, auth: dict
) -> None:
    body = {"text": TEXT, "url": "https://example.org/release"}
    first = client.post("/v1/articles", json=body, headers=auth).json()
    second = client.post("/v1/articles", json=body, headers=auth).json()
    assert (first["ingested"], second["unchanged"]) == (1, 1)


def test_post_names_the_bad_field(client: TestClient, auth: dict) -> None:
    response = client.post("/v1/articles", json=[{"text": TEXT}, {"title": "x"}], headers=auth)
    assert response.status_code == 422
    assert response.json()["errors"] == [{"detail": "Field required", "pointer": "#/1/text"}]


def test_post_rejects_unknown_fields_and_bad_json(client: TestClient, auth: dict) -> None:
    typo = client.post("/v1/articles", json={"text": TEXT, "titel": "x"}, headers=auth)
    assert typo.json()["errors"][0]["pointer"] == "#/titel"
    broken = client.post("/v1/articles", content=b"{not json", headers=auth)
    assert broken.status_code == 422
    assert broken.json()["errors"][0]["pointer"] == "#/"
    scalar = client.post("/v1/articles", json="text", headers=auth)
    assert scalar.status_code == 422


def test_batch_over_the_limit_is_422(client: TestClient, auth: dict) -> None:
    batch = [{"text": f"article {n}"} for n in range(101)]  # page_size_max is 100 in tests
    response = client.post("/v1/articles", json=batch, headers=auth)
    assert response.status_code == 422
    assert "at most 100 articles" in response.json()["detail"]


def test_delete_article(client: TestClient, fresh_store: Store, auth: dict) -> None:
    response = client.delete("/v1/articles/en-001", headers=auth)
    assert response.json() == {"id": "en-001", "deleted": True}
    assert client.get("/v1/articles/en-001").status_code == 404
    assert client.get("/v1/entities/Q1028").status_code == 404  # only en-001 mentioned it
    assert client.get("/v1/entities/Q7817").json()["articles"] == 1
    assert client.delete("/v1/articles/en-001", headers=auth).status_code == 404


def test_delete_needs_a_key(client: TestClient, fresh_store: Store) -> None:
    assert client.delete("/v1/articles/en-001").status_code == 401
    assert fresh_store.article("en-001") is not None
