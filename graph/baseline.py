"""Plain spaCy, for comparison: the trained NER alone, labels mapped to ours,
every surface form its own entity, no relations. What the product adds is
measured against this."""

from __future__ import annotations

from functools import lru_cache

from extractor.lang import get_lang_data
from extractor.model import Article, Entity, Extraction, Mention
from extractor.normalise import model_text, paragraphs


@lru_cache(maxsize=2)
def _plain_nlp(lang: str):
    import spacy

    from extractor.pipeline import configure_ops, model_name
    from extractor.settings import get_settings

    settings = get_settings()
    configure_ops(settings.ops)
    return spacy.load(model_name(lang, settings))


def baseline_extraction(article: Article) -> Extraction:
    lang = article.lang or "en"
    nlp = _plain_nlp(lang)
    labels = get_lang_data(lang).LABEL_MAP
    entities: dict[tuple[str, str], Entity] = {}
    pieces = paragraphs(model_text(article.text), 20_000)
    for (offset, _), doc in zip(pieces, nlp.pipe(text for _, text in pieces), strict=True):
        for ent in doc.ents:
            label = labels.get(ent.label_)
            if label is None:
                continue
            start, end = offset + ent.start_char, offset + ent.end_char
            text = article.text[start:end]
            entity = entities.setdefault(
                (label, text), Entity(id=f"{label.lower()}:{text}", type=label, name=text)
            )
            entity.mentions.append(Mention(text, start, end, 0))
    return Extraction(article=article, entities=list(entities.values()))


def baseline_extractions(articles: list[Article]) -> dict[str, Extraction]:
    return {a.id: baseline_extraction(a) for a in articles}
