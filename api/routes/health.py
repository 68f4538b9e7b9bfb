"""GET /health: is the service up, what does the store hold, which models does it use."""

from __future__ import annotations

from fastapi import APIRouter

from api import package_version
from api.deps import SettingsDep, StoreDep
from api.errors import problem_responses
from api.models import Counts, Health

router = APIRouter(tags=["health"], responses=problem_responses(500, 503))


@router.get("/health", summary="Service status, store counts and model names")
def health(store: StoreDep, settings: SettingsDep) -> Health:
    counts = store.stats()
    return Health(
        status="ok",
        version=package_version(),
        counts=Counts(**{name: counts.get(name, 0) for name in Counts.model_fields}),
        models={"fr": settings.model_fr, "en": settings.model_en},
        writes_enabled=bool(settings.key_list()),
    )
