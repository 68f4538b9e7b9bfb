"""Our spaCy components; importing this package registers their factories."""

from extractor.components import entities, events, relations, tagging

__all__ = ["entities", "events", "relations", "tagging"]
