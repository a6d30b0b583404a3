"""Analysis and tokenisation of texts sent in the request."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from nlp_service import schema
from nlp_service.api.auth import open_analyze_access
from nlp_service.api.deps import AnalyzerDep, SettingsDep
from nlp_service.api.errors import ApiError
from nlp_service.jsonl import LANG_HINTS

router = APIRouter(prefix="/v1", tags=["analyze"], dependencies=[Depends(open_analyze_access)])


def _check(req: schema.AnalyzeRequest, max_chars: int) -> None:
    if len(req.text) > max_chars:
        raise ApiError(413, "text_too_large", f"text has {len(req.text)} characters; the limit is {max_chars}")
    if req.lang not in LANG_HINTS:
        raise ApiError(422, "invalid_lang", f"lang must be one of th, zh, en (got {req.lang!r})")


# Single texts go through the micro-batcher (nlp_service.api.batching): requests arriving
# together are analysed as one batch in one worker thread, keeping the event loop free.
# The other endpoints are plain `def`, which FastAPI runs in its thread pool.
@router.post("/analyze", response_model=schema.AnalysisResult, operation_id="analyze")
async def analyze(req: schema.AnalyzeRequest, request: Request, settings: SettingsDep) -> schema.AnalysisResult:
    _check(req, settings.max_text_chars)
    return await request.app.state.batcher.analyze(req)


@router.post("/analyze/batch", response_model=schema.BatchResult, operation_id="analyze_batch")
def analyze_batch(req: schema.BatchRequest | list[schema.AnalyzeRequest], analyzer: AnalyzerDep,
                  settings: SettingsDep) -> schema.BatchResult:
    docs = req.documents if isinstance(req, schema.BatchRequest) else req
    if len(docs) > settings.max_batch_size:
        raise ApiError(413, "batch_too_large", f"{len(docs)} documents; the limit is {settings.max_batch_size}")
    for d in docs:
        _check(d, settings.max_text_chars)
    results = analyzer.analyze_many(docs)
    return schema.BatchResult(data=results, count=len(results))


@router.post("/tokenize", response_model=schema.TokenizeResult, operation_id="tokenize")
def tokenize(req: schema.AnalyzeRequest, analyzer: AnalyzerDep, settings: SettingsDep) -> schema.TokenizeResult:
    _check(req, settings.max_text_chars)
    return analyzer.tokenize(req.text, req.id, req.lang)
