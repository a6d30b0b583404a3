"""Liveness and readiness probes (no authentication)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["health"])


@router.get("/healthz", operation_id="healthz")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", operation_id="readyz")
def readyz(request: Request):
    analyzer = getattr(request.app.state, "analyzer", None)
    if analyzer is None:
        return JSONResponse(status_code=503, content={"status": "loading"})
    return {"status": "ready", "model": {"name": analyzer.name, "version": analyzer.version}}
