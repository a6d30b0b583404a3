"""What the service knows: labels (taxonomy and entity types) and loaded models."""

from __future__ import annotations

from typing import get_args

from fastapi import APIRouter, Depends

from nlp_service import schema
from nlp_service.api.auth import open_analyze_access
from nlp_service.api.deps import AnalyzerDep
from nlp_service.taxonomy import load_taxonomy

router = APIRouter(prefix="/v1", tags=["meta"], dependencies=[Depends(open_analyze_access)])


@router.get("/labels", operation_id="list_labels")
def labels() -> dict:
    return {"indicators": load_taxonomy().raw, "entities": list(get_args(schema.EntityLabel))}


@router.get("/models", operation_id="list_models")
def models(analyzer: AnalyzerDep) -> dict:
    info = analyzer.info()
    return {"data": [info], "count": 1, "active": {"name": info["name"], "version": info["version"]}}
