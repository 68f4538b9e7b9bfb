"""`newsgraph evaluate`: quality figures against gold annotations (DESIGN.md).

Entity mentions are compared as distinct (surface form, type) pairs per
article; events match leniently (one phrase contains the other) since their
extent is a matter of taste. A LEADS fact matches when the leader matches one
of the subject's names and the organisation one of the object's names, or
(for implicit organisations such as "ministre de la Santé") when the content
words agree. `--baseline` runs plain spaCy NER on the same gold.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.kb import load_kb, normalise_name
from extractor.model import Article, Extraction

STOP = frozenset(
    "de du des d la le les l et of the and for a à au aux en in on sur pour ministre ministere "
    "ministry minister ministres ministers".split()
)
TYPES = ("PER", "ORG", "LOC", "EVENT")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Totals:
    by_type: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    leads: Score = field(default_factory=Score)
    rules: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    alias_pairs: int = 0
    alias_merged: int = 0
    shared: int = 0
    same_id: int = 0
    gold_events: int = 0
    events_found: int = 0
    events_dated: int = 0
    events_date_right: int = 0
    status_right: int = 0
    status_total: int = 0


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{number}: malformed JSON: {err.msg}") from err
    return records


_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


def _norm(text: str) -> str:
    return normalise_name(text.replace("’", "'"))


def _content(text: str) -> set[str]:
    return {w for w in _norm(text).split() if w not in STOP and len(w) > 1}


# --- extraction views -------------------------------------------------------
def predicted_mentions(extraction: Extraction) -> set[tuple[str, str]]:
    return {
        (m.text.strip(), e.type) for e in extraction.entities for m in e.mentions if not m.implicit
    }


def _names(entity) -> set[str]:
    forms = {
        entity.name,
        *entity.names.values(),
        *entity.aliases,
        *(m.text for m in entity.mentions),
    }
    return {_norm(f) for f in forms if f}


def score_mentions(gold: dict[str, Any], predicted: set[tuple[str, str]], totals: Totals) -> None:
    gold_set = {(e["text"].strip(), e["type"]) for e in gold.get("entities", [])}
    for etype in TYPES:
        g = {t for t, ty in gold_set if ty == etype}
        p = {t for t, ty in predicted if ty == etype}
        matched = _match_events(g, p) if etype == "EVENT" else {(t, t) for t in g & p}
        tp = len(matched)
        totals.by_type[etype].add(
            Score(
                tp=tp,
                fp=len(p) - len({b for _, b in matched}),
                fn=len(g) - len({a for a, _ in matched}),
            )
        )


def _match_events(gold: set[str], predicted: set[str]) -> set[tuple[str, str]]:
    pairs, used = set(), set()
    for g in sorted(gold):
        ng = _norm(g)
        for p in sorted(predicted - used):
            np_ = _norm(p)
            if (
                ng
                and np_
                and (ng in np_ or np_ in ng)
                and ng.split()[0:1]
                and set(ng.split()) & set(np_.split())
            ):
                pairs.add((g, p))
                used.add(p)
                break
    return pairs


def score_leads(gold: dict[str, Any], extraction: Extraction, totals: Totals) -> None:
    entities = {e.id: e for e in extraction.entities}
    predicted = {(r.subject, r.object): r for r in extraction.relations if r.predicate == "LEADS"}
    gold_leads = gold.get("leads", [])
    matched_gold: set[int] = set()
    kb = load_kb()
    surfaces = gold_surfaces(gold)
    for (subject, obj), relation in predicted.items():
        s, o = entities.get(subject), entities.get(obj)
        hit = None
        for i, lead in enumerate(gold_leads):
            if (
                i not in matched_gold
                and s
                and o
                and _leader_matches(lead, s)
                and _org_matches(lead, o, kb, surfaces)
            ):
                hit = i
                break
        totals.rules[relation.rule]["tp" if hit is not None else "fp"] += 1
        if hit is not None:
            matched_gold.add(hit)
            totals.status_total += 1
            totals.status_right += int(
                (relation.status or "current") == gold_leads[hit].get("status", "current")
            )
    totals.leads.add(
        Score(
            tp=len(matched_gold),
            fp=len(predicted) - len(matched_gold),
            fn=len(gold_leads) - len(matched_gold),
        )
    )


def _leader_matches(lead: dict[str, Any], entity) -> bool:
    gold = _norm(lead["leader"])
    names = _names(entity)
    if gold in names:
        return True
    kb_entry = load_kb().lookup(lead["leader"])
    return kb_entry is not None and kb_entry.qid == entity.id


def gold_surfaces(gold: dict[str, Any]) -> dict[str, set[str]]:
    """Every canonical name of the gold's entities -> the forms the article writes it
    in ("National Civil Aviation Agency (Benin)" -> « Agence nationale de l'aviation
    civile », "ANAC"), as the gold annotates them."""
    surfaces: dict[str, set[str]] = defaultdict(set)
    for entity in gold.get("entities", []):
        if entity.get("canonical"):
            surfaces[_norm(entity["canonical"])].add(_norm(entity["text"]))
    return surfaces


def _org_matches(
    lead: dict[str, Any], entity, kb, surfaces: dict[str, set[str]] | None = None
) -> bool:
    names = _names(entity)
    org = lead.get("org") or ""
    # the gold's own entities say which forms of the article name its canonical body
    # (« ancien président du conseil » after « … de l'Agence nationale de l'aviation
    # civile (ANAC) »: the agency, by the gold's canonical name alone)
    if surfaces and names & surfaces.get(_norm(org), set()):
        return True
    # the gold's canonical name may carry a qualifier no text writes: "National Civil
    # Aviation Agency (Benin)", "Benin Electric Power Company (SBEE)"
    wanted = [org, _QUALIFIER.sub("", org), lead.get("org_mention") or ""]
    if any(_norm(w) in names for w in wanted if w):
        return True
    entry = kb.lookup(lead.get("org") or "")
    if entry is not None and entry.qid == entity.id:
        return True
    mention = _content(lead.get("org_mention") or "")
    return bool(mention) and any(
        mention <= _content(n) or (_content(n) and _content(n) <= mention) for n in names
    )


Owners = dict[str, set[str]]  # surface form -> ids of the entities it was resolved to


def owners_of(extraction: Extraction) -> Owners:
    owner: Owners = defaultdict(set)
    for entity in extraction.entities:
        for m in entity.mentions:
            owner[m.text.strip()].add(entity.id)
    return owner


def score_aliases(gold: dict[str, Any], owner: Owners, totals: Totals) -> None:
    for a, b in gold.get("aliases", []):
        totals.alias_pairs += 1
        totals.alias_merged += int(bool(owner.get(a.strip(), set()) & owner.get(b.strip(), set())))


def score_events(gold: dict[str, Any], extraction: Extraction, totals: Totals) -> None:
    events = [e for e in extraction.entities if e.type == "EVENT"]
    for event in gold.get("events", []):
        totals.gold_events += 1
        found = next(
            (e for e in events if _match_events({event["text"]}, {m.text for m in e.mentions})),
            None,
        )
        if found is None:
            continue
        totals.events_found += 1
        if event.get("date"):
            totals.events_dated += 1
            totals.events_date_right += int(
                bool(found.date)
                and found.date.startswith(event["date"][:7])
                and (len(event["date"]) < 10 or found.date == event["date"])
            )


def ids_by_canonical(gold: dict[str, Any], owner: Owners) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for e in gold.get("entities", []):
        if e["type"] != "EVENT":
            out[e["canonical"]] |= owner.get(e["text"].strip(), set())
    return out


def score_pairs(
    golds: dict[str, dict[str, Any]], ids: dict[str, dict[str, set[str]]], totals: Totals
) -> None:
    seen = set()
    for gid, gold in golds.items():
        other = gold.get("pair")
        if not other or other not in golds or (other, gid) in seen:
            continue
        seen.add((gid, other))
        for canonical in set(ids[gid]) & set(ids[other]):
            totals.shared += 1
            totals.same_id += int(bool(ids[gid][canonical] & ids[other][canonical]))


# --- running ------------------------------------------------------------------
def _articles(golds: Iterable[dict[str, Any]], articles_dir: Path) -> list[Article]:
    out = []
    for gold in golds:
        path = articles_dir / f"{gold['id']}.txt"
        if not path.exists():
            raise FileNotFoundError(f"article text not found: {path}")
        out.append(
            Article(
                id=gold["id"],
                text=path.read_text(encoding="utf-8"),
                lang=gold.get("lang"),
                source=str(path),
            )
        )
    return out


def stored_owners(extractions: dict[str, Extraction]) -> dict[str, dict[str, set[str]]]:
    """Surface form -> stored entity ids, per article, after ingesting every
    extraction into a fresh in-memory store: what a user of the graph sees,
    cross-article resolution included."""
    from extractor.readers import content_hash
    from graph import open_store

    store = open_store(":memory:")
    try:
        for extraction in extractions.values():
            article = extraction.article
            store.add_extraction(extraction, content_hash(article), article.text)
        owners: dict[str, dict[str, set[str]]] = {}
        for article_id in extractions:
            owner: Owners = defaultdict(set)
            for text, _, _, entity_id in store.article_mentions(article_id):
                owner[text.strip()].add(entity_id)
            owners[article_id] = owner
        return owners
    finally:
        store.close()


def score_stored(
    golds: list[dict[str, Any]], owners: dict[str, dict[str, set[str]]], totals: Totals
) -> None:
    """Alias merges and FR/EN same ids measured on the store's entities."""
    for gold in golds:
        score_aliases(gold, owners[gold["id"]], totals)
    ids = {gold["id"]: ids_by_canonical(gold, owners[gold["id"]]) for gold in golds}
    score_pairs({g["id"]: g for g in golds}, ids, totals)


def _merge_report(t: Totals) -> dict[str, Any]:
    return {
        "aliases": {
            "pairs": t.alias_pairs,
            "merged": t.alias_merged,
            "share": _share(t.alias_merged, t.alias_pairs),
        },
        "bilingual": {
            "shared_entities": t.shared,
            "same_id": t.same_id,
            "share": _share(t.same_id, t.shared),
        },
    }


def run(golds: list[dict[str, Any]], extractions: dict[str, Extraction]) -> dict[str, Any]:
    totals = Totals()
    ids: dict[str, dict[str, set[str]]] = {}
    for gold in golds:
        extraction = extractions[gold["id"]]
        score_mentions(gold, predicted_mentions(extraction), totals)
        score_leads(gold, extraction, totals)
        score_aliases(gold, owners_of(extraction), totals)
        score_events(gold, extraction, totals)
        ids[gold["id"]] = ids_by_canonical(gold, owners_of(extraction))
    score_pairs({g["id"]: g for g in golds}, ids, totals)
    report = _report(len(golds), totals)
    stored = Totals()
    score_stored(golds, stored_owners(extractions), stored)
    report["stored"] = _merge_report(stored)
    return report


def _report(n: int, t: Totals) -> dict[str, Any]:
    overall = Score()
    for score in t.by_type.values():
        overall.add(score)
    return {
        "articles": n,
        "entities": {
            "overall": overall.as_dict(),
            "by_type": {k: v.as_dict() for k, v in t.by_type.items()},
        },
        "leads": t.leads.as_dict() | {"status_accuracy": _share(t.status_right, t.status_total)},
        **_merge_report(t),
        "events": {
            "gold": t.gold_events,
            "found": t.events_found,
            "dated": t.events_dated,
            "date_right": t.events_date_right,
        },
        "rules": {rule: dict(c) for rule, c in sorted(t.rules.items())},
    }


def _share(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def evaluate(
    gold_path: str | Path, articles_dir: str | Path, baseline: bool = False
) -> dict[str, Any]:
    """Extract every gold article and score it; with baseline, plain spaCy too."""
    from extractor import extract_article

    golds = load_gold(gold_path)
    articles = _articles(golds, Path(articles_dir))
    report = run(golds, {a.id: extract_article(a) for a in articles})
    report["gold"] = str(gold_path)
    if baseline:
        from graph.baseline import baseline_extractions

        report["baseline"] = run(golds, baseline_extractions(articles))
    return report


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table: ours, and plain spaCy beside it when measured."""
    base = report.get("baseline")
    lines = [f"gold: {report.get('gold', '')}  articles: {report['articles']}", ""]
    lines.append(
        f"{'measure':<28}{'P':>7}{'R':>7}{'F1':>7}"
        + (f"{'base P':>9}{'base R':>8}{'base F1':>9}" if base else "")
    )
    rows = [("entities (all)", report["entities"]["overall"], base and base["entities"]["overall"])]
    rows += [
        (f"  {k}", v, base and base["entities"]["by_type"][k])
        for k, v in report["entities"]["by_type"].items()
    ]
    rows.append(("LEADS", report["leads"], base and base["leads"]))
    for label, ours, theirs in rows:
        line = f"{label:<28}{ours['precision']:>7.3f}{ours['recall']:>7.3f}{ours['f1']:>7.3f}"
        if theirs:
            line += f"{theirs['precision']:>9.3f}{theirs['recall']:>8.3f}{theirs['f1']:>9.3f}"
        lines.append(line)
    lines.append("")
    for key, label in (
        ("aliases", "alias pairs merged"),
        ("bilingual", "FR/EN shared entities, same id"),
    ):
        ours = report[key]
        hits = ours.get("merged", ours.get("same_id"))
        total = ours.get("pairs", ours.get("shared_entities"))
        text = f"{label:<34}{_pct(ours['share'])}  ({hits}/{total})"
        if base:
            text += f"   baseline {_pct(base[key]['share'])}"
        lines.append(text)
        stored = report.get("stored", {}).get(key)
        if stored:
            lines.append(f"{'  in the store (across articles)':<34}{_pct(stored['share'])}")
    ev = report["events"]
    lines.append(
        f"{'events found':<34}{ev['found']}/{ev['gold']}, "
        f"dates right {ev['date_right']}/{ev['dated']}"
    )
    lines.append(f"{'LEADS status right':<34}{_pct(report['leads']['status_accuracy'])}")
    lines.append("")
    lines.append("LEADS hits per rule (true / false):")
    for rule, counts in report["rules"].items():
        lines.append(f"  {rule:<44}{counts.get('tp', 0):>4} / {counts.get('fp', 0)}")
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"
