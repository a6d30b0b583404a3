"""Plain text from uploaded files: .txt, .pdf (pypdf), .docx (python-docx), .eml (stdlib email).

:func:`extract_text` picks the format by file extension, then by MIME type. An unknown format
raises :class:`UnsupportedFileType` (HTTP 415); a file that cannot be read as its format, or
holds no text, raises :class:`CorruptFile` (HTTP 422).
"""

from __future__ import annotations

import email
import email.policy
import io
import logging
import re
from html.parser import HTMLParser
from pathlib import PurePath

log = logging.getLogger(__name__)

MIME_TYPES = {
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "eml": "message/rfc822",
}
_EXT_ALIASES = {"text": "txt", "md": "txt", "csv": "txt", "log": "txt"}
_MIME_TO_KIND = {v: k for k, v in MIME_TYPES.items()}


class ExtractError(Exception):
    pass


class UnsupportedFileType(ExtractError):
    pass


class CorruptFile(ExtractError):
    pass


def detect_kind(filename: str | None, content_type: str | None) -> str:
    ext = PurePath(filename or "").suffix.lower().lstrip(".")
    ext = _EXT_ALIASES.get(ext, ext)
    if ext in MIME_TYPES:
        return ext
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in _MIME_TO_KIND:
        return _MIME_TO_KIND[mime]
    if mime.startswith("text/") and not ext:
        return "txt"
    shown = f".{ext}" if ext else (mime or "unknown")
    raise UnsupportedFileType(f"unsupported file type {shown}; send .txt, .pdf, .docx or .eml")


def _charset(content_type: str | None) -> str | None:
    m = re.search(r"charset=([\w.-]+)", content_type or "", re.I)
    return m.group(1) if m else None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, the declared charset, then Thai/Chinese legacy."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates = [declared] if declared else []
    candidates += ["cp874", "gb18030"]
    best, best_score = None, -1.0
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if enc == declared:
            return text
        # Prefer the reading with the most Thai or CJK letters and no control characters.
        letters = sum(1 for ch in text if "\u0e00" <= ch <= "\u0e7f" or "\u4e00" <= ch <= "\u9fff")
        bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t")
        score = (letters - 10 * bad) / max(1, len(text))
        if score > best_score:
            best, best_score = text, score
    if best is None:
        raise CorruptFile("the text file is not in UTF-8 or a known Thai/Chinese encoding")
    return best


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as e:  # noqa: BLE001 - pypdf raises many types on damaged files
        raise CorruptFile(f"could not read the PDF: {e}") from e
    return "\n\n".join(p.strip() for p in pages if p.strip())


def _docx(data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - BadZipFile, KeyError, PackageNotFoundError, ...
        raise CorruptFile(f"could not read the DOCX file: {e}") from e
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(p for p in parts if p.strip())


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "li", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html)
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


def _eml(data: bytes) -> str:
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        subject = str(msg.get("subject") or "").strip()
        body_part = msg.get_body(preferencelist=("plain", "html"))
        body = ""
        if body_part is not None:
            body = body_part.get_content()
            if body_part.get_content_type() == "text/html":
                body = html_to_text(body)
    except Exception as e:  # noqa: BLE001
        raise CorruptFile(f"could not read the e-mail: {e}") from e
    if not subject and not body.strip() and not msg.keys():
        raise CorruptFile("the file is not an e-mail message (no headers, subject or body)")
    return "\n\n".join(p for p in (subject, body.strip()) if p)


def extract_text(data: bytes, filename: str | None = None, content_type: str | None = None) -> tuple[str, str]:
    """``(text, mime)`` of an uploaded file; raises :class:`ExtractError` subclasses."""
    kind = detect_kind(filename, content_type)
    if kind == "txt":
        text = decode_text(data, _charset(content_type))
    elif kind == "pdf":
        text = _pdf(data)
    elif kind == "docx":
        text = _docx(data)
    else:
        text = _eml(data)
    text = text.replace("\x00", "")
    if not text.strip():
        raise CorruptFile(f"no text could be extracted from the {kind.upper()} file"
                          + (" (a scanned PDF needs OCR first)" if kind == "pdf" else ""))
    return text, MIME_TYPES[kind]
