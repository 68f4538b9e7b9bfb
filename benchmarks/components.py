"""Where the time goes inside spaCy: each pipeline component timed on the same docs.

    python benchmarks/components.py              # corpus paragraphs x2, 3 repeats
    python benchmarks/components.py --copies 1 --repeat 1

Both languages' pipelines as the extractor runs them (trained components, our
stand-ins and our own components), one process. The corpus's paragraphs are
tokenized once, then every component runs over all of them in turn with `pipe`
(batch 64), as `nlp.pipe` would; the table gives each component's median seconds
and its share of the pipeline. Building the extraction and storing it come after
spaCy and are not in this table (see ingest.py for the end-to-end ratio).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

BATCH_SIZE = 64


def paragraphs(lang: str, copies: int) -> list[str]:
    """Every non-blank line of the corpus's articles in one language, `copies` times."""
    lines: list[str] = []
    for path in sorted((ROOT / "corpus").glob(f"{lang}-*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines * copies


def time_components(lang: str, texts: list[str]) -> dict[str, float]:
    """Seconds per component (the tokenizer first) over `texts`, one pass."""
    from extractor.pipeline import get_nlp

    nlp = get_nlp(lang)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    timings["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=BATCH_SIZE))
        else:
            docs = [component(doc) for doc in docs]
        timings[name] = time.perf_counter() - start
    return timings


def report(lang: str, runs: list[dict[str, float]]) -> str:
    medians = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    total = sum(medians.values())
    own = sum(s for name, s in medians.items() if name.startswith("newsgraph_"))
    rows = [f"{lang}: {total:.2f} s in all, our components and stand-ins {own / total:.0%}"]
    rows += [f"  {name:<24} {s:6.2f} s  {s / total:6.1%}" for name, s in medians.items()]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2, help="corpus paragraphs, repeated")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from extractor.pipeline import configure_ops

    print(f"thinc ops: {configure_ops('auto')}; batch {BATCH_SIZE}; medians of {args.repeat}")
    for lang in ("fr", "en"):
        texts = paragraphs(lang, args.copies)
        time_components(lang, texts[:50])  # warm: model load, first-call caches
        runs = [time_components(lang, texts) for _ in range(args.repeat)]
        print(f"{len(texts)} paragraphs")
        print(report(lang, runs))


if __name__ == "__main__":
    main()
