"""The analysts' web page: ``GET /`` (index.html) and ``GET /ui/<file>`` (its static assets).

Plain HTML + vanilla JS, no build step; every asset is served from this folder (no CDN). The
page talks to the JSON API with the analyst's key (``Authorization: Bearer``).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from nlp_service.api.errors import ApiError

WEB_DIR = Path(__file__).resolve().parent
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
          ".ico": "image/x-icon"}
# The page loads nothing from elsewhere: same-origin scripts, styles, images and API calls only.
_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                               "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

router = APIRouter(tags=["web"], include_in_schema=False)


def _file(name: str) -> FileResponse:
    path = (WEB_DIR / name).resolve()
    if path.parent != WEB_DIR or path.suffix not in _TYPES or not path.is_file():
        raise ApiError(404, "not_found", f"no page asset {name!r}")
    return FileResponse(path, media_type=_TYPES[path.suffix], headers=_HEADERS)


@router.get("/")
def index() -> FileResponse:
    return _file("index.html")


@router.get("/ui/{name}")
def asset(name: str) -> FileResponse:
    return _file(name)
