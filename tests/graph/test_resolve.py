"""Cross-article resolution: what must merge, and the confusable pairs that must not."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.model import Extraction
from graph import Store
from graph.resolve import _local_norm, is_acronym, name_tokens, normalise, short_form_of
from tests.graph.conftest import add, en_extraction, fr_extraction, make_extraction

# --- name forms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("L’Organisation mondiale de la Santé", "organisation mondiale de la sante"),
        ("l'Organisation Mondiale de la SANTÉ", "Organisation mondiale de la Santé"),
        ("The World Bank", "world bank"),
        ("La Banque mondiale", "banque mondiale"),
        ("Côte d’Ivoire", "Cote d'Ivoire"),
    ],
)
def test_normalise_ignores_case_accents_apostrophes_and_articles(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)
    assert _local_norm(a) == _local_norm(b)


def test_local_norm_drops_dots_and_leading_articles() -> None:
    assert _local_norm("O.M.S.") == "oms"
    assert _local_norm("les Nations unies") == "nations unies"
    assert _local_norm("L’Union africaine") == "union africaine"


@pytest.mark.parametrize("name", ["OMS", "UNICEF", "AfDB", "IsDB", "G20", "O.M.S."])
def test_acronyms(name: str) -> None:
    assert is_acronym(name)


@pytest.mark.parametrize("name", ["Dakar", "McKinsey", "Banque mondiale", "A", "x"])
def test_not_acronyms(name: str) -> None:
    assert not is_acronym(name)


@pytest.mark.parametrize(
    "short, full, same",
    [
        ("Diallo", "Amina Diallo", True),
        ("A. Diallo", "Amina Diallo", True),
        ("Ait Taleb", "Khalid Ait Taleb", True),
        ("Taleb", "Khalid Ait Taleb", True),
        ("M. Diallo", "Amina Diallo", False),  # another initial
        ("Moussa Diallo", "Amina Diallo", False),  # a full name is not a short form
        ("Amina", "Amina Diallo", False),  # a first name is not a surname
        ("Diallo", "A. Diallo", False),  # the stored form is not a full name
        ("Diallo", "Diallo", False),
        ("Sow", "Amina Diallo-Sow", True),
        ("Diallo", "Amina Diallo-Sow", False),
    ],
)
def test_short_form_of(short: str, full: str, same: bool) -> None:
    assert short_form_of(name_tokens(short), name_tokens(full)) is same


# --- through the store ----------------------------------------------------------------


def _article(article_id: str, entities: list[dict[str, Any]], relations=()) -> Extraction:
    """One sentence naming every entity once, in order."""
    surfaces = [e.get("surface", e["name"]) for e in entities]
    text = " et ".join(surfaces) + "."
    specs = [{**{k: v for k, v in e.items() if k != "surface"}, "surfaces": [s]}
             for e, s in zip(entities, surfaces, strict=True)]  # fmt: skip
    return make_extraction(article_id, "fr", text, specs, list(relations))


def per(slug: str, name: str, surface: str | None = None) -> dict[str, Any]:
    return {"id": f"per:{slug}", "type": "PER", "name": name, "surface": surface or name}


def org(entity_id: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"id": entity_id, "type": "ORG", "name": name, **extra}


def leads(person: str, org_id: str) -> dict[str, Any]:
    return {"s": f"per:{person}", "p": "LEADS", "o": org_id}


WHO_NAMES = {"fr": "Organisation mondiale de la Santé", "en": "World Health Organization"}
WHO = org("Q7817", "World Health Organization", aliases=["OMS"], wikidata="Q7817", names=WHO_NAMES)
UNICEF = org("Q740308", "UNICEF", wikidata="Q740308")


def ids_of(store: Store, article_id: str) -> set[str]:
    return set(store.article(article_id).entities)


def test_a_surname_goes_to_the_one_stored_person(store: Store) -> None:
    add(store, fr_extraction())
    add(store, _article("s1", [per("diallo", "Diallo")]))
    assert ids_of(store, "s1") == {"per:amina-diallo"}
    assert store.entity("per:amina-diallo").articles == 2
    assert store.entity("per:diallo") is None


def test_an_initial_and_surname_goes_to_the_matching_person(store: Store) -> None:
    add(store, fr_extraction())
    add(store, _article("s1", [per("a-diallo", "A. Diallo")]))
    assert ids_of(store, "s1") == {"per:amina-diallo"}


def test_a_particle_surname_goes_to_the_full_name(store: Store) -> None:
    add(store, fr_extraction())
    add(store, _article("s1", [per("ait-taleb", "Ait Taleb")]))
    assert ids_of(store, "s1") == {"per:khalid-ait-taleb"}


def test_a_shared_organisation_picks_among_namesakes(store: Store) -> None:
    add(store, fr_extraction())  # Amina Diallo leads the WHO
    add(store, _article("m", [per("moussa-diallo", "Moussa Diallo"), UNICEF],
                        [leads("moussa-diallo", "Q740308")]))  # fmt: skip
    add(store, _article("s1", [per("diallo", "Diallo"), WHO], [leads("diallo", "Q7817")]))
    add(store, _article("s2", [per("diallo", "Diallo"), UNICEF], [leads("diallo", "Q740308")]))
    assert "per:amina-diallo" in ids_of(store, "s1")
    assert "per:moussa-diallo" in ids_of(store, "s2")


def test_an_organisation_acronym_goes_to_the_stored_organisation(store: Store) -> None:
    add(store, fr_extraction())  # the WHO with alias OMS
    add(store, _article("o1", [org("org:oms", "OMS")]))
    assert ids_of(store, "o1") == {"Q7817"}


def test_an_organisation_full_name_goes_to_the_stored_organisation(store: Store) -> None:
    add(store, _article("o0", [org("Q1", "World Food Programme", wikidata="Q1",
                                   names={"fr": "Programme alimentaire mondial"})]))  # fmt: skip
    add(store, _article("o1", [org("org:pam", "Programme Alimentaire Mondial", aliases=["PAM"])]))
    assert ids_of(store, "o1") == {"Q1"}


def test_same_name_and_country_or_no_country_merges(store: Store) -> None:
    add(store, _article("m0", [org("org:ms-ma", "ministère de la Santé", country="Q1028")]))
    add(store, _article("m1", [org("org:ms-x", "Ministère de la santé", country="Q1028")]))
    add(store, _article("m2", [org("org:ms-y", "Ministère de la Santé")]))
    assert ids_of(store, "m1") == ids_of(store, "m2") == {"org:ms-ma"}


def test_resolution_within_the_same_batch(store: Store) -> None:
    statuses = store.add_extractions(
        [(ext, ext.article.id, ext.article.text)
         for ext in (fr_extraction(), _article("s1", [per("diallo", "Diallo")]))]
    )  # fmt: skip
    assert statuses == ["ingested", "ingested"]
    assert ids_of(store, "s1") == {"per:amina-diallo"}


# Confusable pairs: (stored articles, new article, the id the new entity must keep).
CONFUSABLE = {
    "same surname, other first name": (
        [[per("amina-diallo", "Amina Diallo")]],
        [per("moussa-diallo", "Moussa Diallo")],
        "per:moussa-diallo",
    ),
    "initial of another first name": (
        [[per("amina-diallo", "Amina Diallo")]],
        [per("m-diallo", "M. Diallo")],
        "per:m-diallo",
    ),
    "surname shared by two stored people": (
        [[per("amina-diallo", "Amina Diallo"), per("moussa-diallo", "Moussa Diallo")]],
        [per("diallo", "Diallo")],
        "per:diallo",
    ),
    "initial shared by two stored people": (
        [[per("amina-diallo", "Amina Diallo"), per("aminata-diallo", "Aminata Diallo")]],
        [per("a-diallo", "A. Diallo")],
        "per:a-diallo",
    ),
    "a first name is not a surname": (
        [[per("amina-diallo", "Amina Diallo")]],
        [per("amina", "Amina")],
        "per:amina",
    ),
    "double-barrelled surname": (
        [[per("amina-diallo", "Amina Diallo")]],
        [per("fatou-diallo-sow", "Fatou Diallo-Sow")],
        "per:fatou-diallo-sow",
    ),
    "same acronym, another type": (
        [
            [
                {
                    "id": "Q974",
                    "type": "LOC",
                    "name": "République démocratique du Congo",
                    "aliases": ["RDC"],
                    "wikidata": "Q974",
                }
            ]
        ],
        [org("org:rdc", "RDC")],
        "org:rdc",
    ),  # fmt: skip
    "same name, another type": (
        [[{"id": "Q3718", "type": "LOC", "name": "Dakar", "wikidata": "Q3718"}]],
        [org("org:dakar", "Dakar")],
        "org:dakar",
    ),
    "same acronym, other full names": (
        [
            [
                org(
                    "org:association-sportive-de-casablanca",
                    "Association sportive de Casablanca",
                    aliases=["ASC"],
                )
            ]
        ],
        [
            org(
                "org:agence-de-sante-communautaire",
                "Agence de santé communautaire",
                aliases=["ASC"],
            )
        ],
        "org:agence-de-sante-communautaire",
    ),  # fmt: skip
    "same name, another country": (
        [[org("org:ministere-de-la-sante-ma", "ministère de la Santé", country="Q1028")]],
        [org("org:ministere-de-la-sante-sn", "Ministère de la Santé", country="Q1041")],
        "org:ministere-de-la-sante-sn",
    ),
    "acronym shared by two stored organisations": (
        [
            [org("org:a", "Association sportive de Casablanca", aliases=["ASC"])],
            [org("org:b", "Agence de santé communautaire", aliases=["ASC"])],
        ],
        [org("org:asc", "ASC")],
        "org:asc",
    ),  # fmt: skip
    "a person's name is not an organisation's": (
        [[org("org:fondation-diallo", "Diallo")]],
        [per("diallo", "Diallo")],
        "per:diallo",
    ),
    "knowledge-base ids are never re-resolved": (
        [[org("org:who-alliance", "World Health Organization")]],
        [WHO],
        "Q7817",
    ),
    "an id already stored stays": (
        [[org("org:pam", "PAM")], [org("Q1", "World Food Programme", aliases=["PAM"])]],
        [org("org:pam", "PAM")],
        "org:pam",
    ),
}


@pytest.mark.parametrize("case", list(CONFUSABLE), ids=list(CONFUSABLE))
def test_confusable_pairs_do_not_merge(store: Store, case: str) -> None:
    stored, new, expected = CONFUSABLE[case]
    for number, entities in enumerate(stored):
        add(store, _article(f"stored-{number}", entities))
    add(store, _article("new", new))
    assert expected in ids_of(store, "new")
    assert store.entity(expected) is not None


def test_a_shared_organisation_is_required_when_the_article_names_one(store: Store) -> None:
    add(store, fr_extraction())  # Amina Diallo, WHO
    add(store, _article("s1", [per("diallo", "Diallo"), UNICEF], [leads("diallo", "Q740308")]))
    assert "per:diallo" in ids_of(store, "s1")


# --- curators' merges and splits ---------------------------------------------------------


def test_merge_rewires_stored_articles_and_applies_to_later_ones(store: Store) -> None:
    add(store, fr_extraction())
    add(store, _article("k1", [per("k-taleb", "Kh. Taleb")]))  # not a form rule 2 knows
    assert "per:k-taleb" in ids_of(store, "k1")
    assert store.merge("per:k-taleb", "per:khalid-ait-taleb", note="same minister") == 1
    assert ids_of(store, "k1") == {"per:khalid-ait-taleb"}
    assert store.entity("per:k-taleb").id == "per:khalid-ait-taleb"
    assert store.entity("per:khalid-ait-taleb").merged_from == ["per:k-taleb"]
    assert store.entity("per:khalid-ait-taleb").articles == 2
    add(store, _article("k2", [per("k-taleb", "Kh. Taleb")]))  # a later ingest
    assert ids_of(store, "k2") == {"per:khalid-ait-taleb"}
    store.delete_article("k2")
    add(store, _article("k2", [per("k-taleb", "Kh. Taleb")]))  # and again after a delete
    assert ids_of(store, "k2") == {"per:khalid-ait-taleb"}


def test_merge_survives_reopening_the_store(store: Store) -> None:
    add(store, fr_extraction())
    store.merge("per:k-taleb", "per:khalid-ait-taleb")
    with Store(store.db_path) as reopened:
        add(reopened, _article("k1", [per("k-taleb", "Kh. Taleb")]))
        assert ids_of(reopened, "k1") == {"per:khalid-ait-taleb"}


def test_merge_follows_chains_and_refuses_nonsense(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    store.merge("per:a", "per:b")
    store.merge("per:b", "per:amina-diallo")
    add(store, _article("c1", [per("a", "Zed")]))
    assert ids_of(store, "c1") == {"per:amina-diallo"}
    with pytest.raises(ValueError):
        store.merge("per:amina-diallo", "Q7817")  # a person into an organisation
    with pytest.raises(ValueError):
        store.merge("per:a", "per:amina-diallo")  # already there
    with pytest.raises(ValueError):
        store.merge("per:amina-diallo", "per:a")  # a cycle


def test_split_moves_one_article_and_is_reapplied(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    new_id = store.split("per:amina-diallo", ["en-001"], note="a namesake")
    assert new_id != "per:amina-diallo"
    assert new_id in ids_of(store, "en-001") and "per:amina-diallo" not in ids_of(store, "en-001")
    assert store.entity("per:amina-diallo").articles == 1
    assert store.entity(new_id).type == "PER"
    assert [f.subject for f in store.leaders("OMS")] == sorted([new_id, "per:amina-diallo"])
    edited = en_extraction()
    edited.article.title = "corrected"
    assert add(store, edited) == "replaced"
    assert new_id in ids_of(store, "en-001")
    with pytest.raises(ValueError):
        store.split("per:amina-diallo", ["no-such-article"])


def test_a_body_with_an_acronym_per_language_is_one_organisation(store: Store) -> None:
    # "GCF" in English, "FVC" in French: the full names share a key in both languages
    gcf = {"id": "org:gcf-lr", "type": "ORG", "name": "Green Climate Fund",
           "aliases": ["GCF", "Green Climate Fund"], "country": "Q1014",
           "names": {"en": "Green Climate Fund"}, "surfaces": ["Green Climate Fund"]}  # fmt: skip
    fvc = {"id": "org:fvc-lr", "type": "ORG", "name": "Fonds vert pour le climat",
           "aliases": ["FVC", "Fonds vert pour le climat"], "country": "Q1014",
           "names": {"fr": "Fonds vert pour le climat"},
           "surfaces": ["Fonds vert pour le climat"]}  # fmt: skip
    add(store, make_extraction("k-en", "en", "Green Climate Fund.", [gcf], []))
    add(store, make_extraction("k-fr", "fr", "Fonds vert pour le climat.", [fvc], []))
    assert ids_of(store, "k-fr") == {"org:gcf-lr"}


def test_a_shared_full_name_key_does_not_merge_bodies_of_two_countries(store: Store) -> None:
    one = {"id": "org:cnrs-sn", "type": "ORG", "name": "National Scientific Research Centre",
           "country": "Q1041", "names": {"en": "National Scientific Research Centre"},
           "surfaces": ["National Scientific Research Centre"]}  # fmt: skip
    name = "Centre national de la recherche scientifique"
    two = {"id": "org:cnrs-cm", "type": "ORG", "name": name, "country": "Q1009",
           "names": {"fr": name}, "surfaces": [name]}  # fmt: skip
    add(store, make_extraction("c-en", "en", "National Scientific Research Centre.", [one], []))
    add(
        store,
        make_extraction("c-fr", "fr", "Centre national de la recherche scientifique.", [two], []),
    )
    assert ids_of(store, "c-fr") == {"org:cnrs-cm"}
