"""Typed dependencies shared by the routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from nlp_service.config import Settings, get_settings
from nlp_service.pipeline import Analyzer


# Dependencies that only read app state are `async def`: FastAPI runs a plain `def` dependency
# in its thread pool, a thread hop per request that, under load, also has to win the GIL from
# the analysis thread.
async def get_analyzer(request: Request) -> Analyzer:
    return request.app.state.analyzer


async def get_app_settings(request: Request) -> Settings:
    """The settings this app was created with (``create_app(settings)``), else the environment's."""
    return getattr(request.app.state, "settings", None) or get_settings()


AnalyzerDep = Annotated[Analyzer, Depends(get_analyzer)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
