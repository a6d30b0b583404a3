"""Errors raised by the store; the API maps them to ``{"error": {"code", "message"}}``."""

from __future__ import annotations


class StoreError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class NotFound(StoreError):
    status = 404
    code = "not_found"


class Conflict(StoreError):
    status = 409
    code = "conflict"


class Invalid(StoreError):
    status = 422
    code = "invalid_annotation"
