"""Typed dependencies shared by the routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from nlp_service.config import Settings, get_settings
from nlp_service.pipeline import Analyzer


def get_analyzer(request: Request) -> Analyzer:
    return request.app.state.analyzer


AnalyzerDep = Annotated[Analyzer, Depends(get_analyzer)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
