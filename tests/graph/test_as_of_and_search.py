"""Store queries: "as of" a date on relations and leaders; search across languages."""

from __future__ import annotations

import pytest

from graph import Store
from tests.graph.conftest import WHO, add, en_extraction, fr_extraction, make_extraction

PIERRE = {"id": "per:pierre-martin", "type": "PER", "name": "Pierre Martin"}
AMINA = {"id": "per:amina-diallo", "type": "PER", "name": "Amina Diallo"}
GRACE = {"id": "per:grace-okafor", "type": "PER", "name": "Grace Okafor"}


def _article(article_id: str, published: str | None, text: str, people: list[dict], leads: list):
    entities = [{**p, "surfaces": [p["name"]]} for p in people]
    entities.append({**WHO, "aliases": ["OMS"], "surfaces": ["OMS"]})
    relations = [{"s": s, "p": "LEADS", "o": "Q7817", **extra} for s, extra in leads]
    return make_extraction(article_id, "fr", text, entities, relations, published=published)


@pytest.fixture
def history(store: Store) -> Store:
    """Pierre Martin heads the WHO in 2018; in 2019 he is former and Amina Diallo heads it;
    an undated article says Grace Okafor does."""
    add(
        store,
        _article(
            "a-2018",
            "2018-05-01",
            "Pierre Martin dirige l'OMS.",
            [PIERRE],
            [("per:pierre-martin", {"role": "directeur général", "status": "current"})],
        ),
    )
    add(
        store,
        _article(
            "a-2019",
            "2019-03-01",
            "Pierre Martin, ancien directeur, et Amina Diallo, directrice de l'OMS.",
            [PIERRE, AMINA],
            [
                ("per:pierre-martin", {"role": "ancien directeur", "status": "former"}),
                ("per:amina-diallo", {"role": "directrice", "status": "current"}),
            ],
        ),
    )
    add(
        store,
        _article(
            "a-undated",
            None,
            "Grace Okafor dirige l'OMS.",
            [GRACE],
            [("per:grace-okafor", {"role": "directrice", "status": "current"})],
        ),
    )
    return store  # fmt: skip


def leader_ids(store: Store, as_of: str | None) -> list[str]:
    return [fact.subject for fact in store.leaders("OMS", as_of=as_of)]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2018-04-30", []),  # nothing attested yet
        ("2018-05-01", ["per:pierre-martin"]),  # on the day counts
        ("2018-12-31", ["per:pierre-martin"]),  # the later 'former' has not happened yet
        ("2018", ["per:pierre-martin"]),  # a year means its last day
        ("2019-02", ["per:pierre-martin"]),
        ("2019-03-01", ["per:amina-diallo"]),  # superseded by 'former' that day
        ("2019-06-01", ["per:amina-diallo"]),
        ("2030", ["per:amina-diallo"]),  # undated evidence never counts
    ],
)
def test_leaders_as_of(history: Store, as_of: str, expected: list[str]) -> None:
    assert leader_ids(history, as_of) == expected


def test_leaders_without_date_keep_everyone_current_first(history: Store) -> None:
    assert leader_ids(history, None)[-1] == "per:pierre-martin"  # former last
    assert set(leader_ids(history, None)) == {
        "per:pierre-martin", "per:amina-diallo", "per:grace-okafor"
    }  # fmt: skip


def test_as_of_gives_role_status_and_evidence_of_that_day(history: Store) -> None:
    (fact,) = history.leaders("Q7817", as_of="2018-12-31")
    assert (fact.role, fact.status) == ("directeur général", "current")
    assert [ev.article_id for ev in fact.evidence] == ["a-2018"]
    now = next(f for f in history.leaders("Q7817") if f.subject == "per:pierre-martin")
    assert (now.status, len(now.evidence)) == ("former", 2)


def test_led_by_as_of(history: Store) -> None:
    assert [f.object for f in history.led_by("Pierre Martin", as_of="2018-06")] == ["Q7817"]
    assert history.led_by("Pierre Martin", as_of="2019-06") == []


def test_relations_as_of_filters_and_pages(history: Store) -> None:
    then = history.relations("Q7817", predicate="LEADS", as_of="2019-06-01")
    assert [r.subject for r in then] == ["per:amina-diallo"]
    early = history.relations("Q7817", as_of="2018-06-01", limit=1)
    assert [r.subject for r in early] == ["per:pierre-martin"]
    after = history.cursor("relations", early[-1].id)
    assert history.relations("Q7817", as_of="2018-06-01", after=after) == []


# --- search ---------------------------------------------------------------------------


@pytest.fixture
def both_languages(store: Store) -> Store:
    add(store, fr_extraction())
    add(store, en_extraction())
    text = "The World Bank approved the loan."
    bank = {"id": "Q7164", "type": "ORG", "name": "World Bank", "wikidata": "Q7164",
            "surfaces": ["World Bank"]}  # fmt: skip
    add(store, make_extraction("en-002", "en", text, [bank]))
    return store


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("oms", "Q7817"),  # acronym, lower case
        ("OMS", "Q7817"),
        ("who", "Q7817"),  # the English acronym, lower case
        ("Organisation Mondiale de la Sante", "Q7817"),  # no accent, other case
        ("organisation mondiale de la santé", "Q7817"),
        ("l'Organisation mondiale de la Santé", "Q7817"),  # leading article
        ("sante mondiale", "Q7817"),  # words in any order
        ("World Health", "Q7817"),
        ("banque mondiale", "Q7164"),  # stored in English only: the knowledge base knows it
        ("Banque Mondiale", "Q7164"),
        ("world bank", "Q7164"),
    ],
)
def test_search_ignores_case_accents_and_language(both_languages: Store, q: str, expected: str):
    found = [record.id for record in both_languages.find_entities(q)]
    assert found[:1] == [expected], found


def test_search_by_kb_name_still_respects_type(both_languages: Store) -> None:
    assert both_languages.find_entities("banque mondiale", type="PER") == []


def test_search_of_unknown_name_finds_nothing(both_languages: Store) -> None:
    assert both_languages.find_entities("Acme Widgets") == []
