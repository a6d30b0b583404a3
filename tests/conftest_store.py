"""Fixtures for the workbench (store) tests, on SQLite and PostgreSQL.

Import from test modules: ``from tests.conftest_store import *  # noqa: F401,F403``. Each test
module gets a fresh database per backend: a SQLite file in a temporary folder, and a fresh
schema in the PostgreSQL database ``test`` on 127.0.0.1:5432 (``NLP_SERVICE_TEST_PG_URL``
overrides the server URL), dropped afterwards. PostgreSQL tests are skipped, with the reason,
only if the server cannot be reached.
"""

from __future__ import annotations

import io
import os
import uuid
from dataclasses import dataclass, field

import pytest

from nlp_service import schema

PG_CANDIDATES = [os.environ["NLP_SERVICE_TEST_PG_URL"]] if os.environ.get("NLP_SERVICE_TEST_PG_URL") else [
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://root@127.0.0.1:5432/test",
]
_IDENTIFIER_LABELS = {"PHONE", "EMAIL", "URL", "HANDLE", "BANK_ACCOUNT", "CRYPTO_WALLET", "ID_NUMBER"}
FAIL_MARKER = "__FAIL_ANALYSIS__"


class TestAnalyzer:
    """The session analyzer, plus two test hooks.

    * texts containing ``FAIL_MARKER`` raise, to test failure handling;
    * when the loaded model finds no identifiers (a model without the ``identifiers``
      component), the deterministic identifier extractor's spans are added, so cross-report
      links can be tested whatever the shipped manifest contains.
    """

    __test__ = False

    def __init__(self, inner):
        self.inner = inner
        self.calls = 0
        self.fail = False  # set True to make every analysis fail

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def analyze(self, text, doc_id=None, lang=None) -> schema.AnalysisResult:
        self.calls += 1
        if self.fail or FAIL_MARKER in text:
            raise RuntimeError("simulated model failure")
        result = self.inner.analyze(text, doc_id, lang)
        if not any(e.label in _IDENTIFIER_LABELS for e in result.entities):
            from nlp_service.components.identifiers import find_identifiers

            taken = [(e.start, e.end) for e in result.entities]
            for span in find_identifiers(text):
                if any(s < span.end and span.start < e for s, e in taken):
                    continue
                result.entities.append(schema.EntityOut(
                    start=span.start, end=span.end, text=text[span.start:span.end], label=span.label,
                    score=1.0, normalized=span.normalized, source="identifiers"))
            result.entities.sort(key=lambda e: (e.start, e.end))
        return result


def _pg_server_url() -> tuple[str | None, str]:
    import sqlalchemy as sa

    errors = []
    for url in PG_CANDIDATES:
        try:
            engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(sa.text("select 1"))
            engine.dispose()
            return url, ""
        except Exception as e:  # noqa: BLE001
            errors.append(f"{url}: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
    return None, "; ".join(errors)


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url, why = _pg_server_url()
    if url is None:
        pytest.skip(f"PostgreSQL is unreachable ({why})")
    return url


@pytest.fixture(scope="module")
def database_url(request, tmp_path_factory):
    """A fresh, empty database URL for the module's backend (``request.param``)."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('store') / 'store.db'}"
        return
    import sqlalchemy as sa

    server = request.getfixturevalue("pg_server_url")
    name = f"nlp_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{name}"'))
    try:
        yield f"{server}?options=-csearch_path%3D{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


BACKENDS = pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True, scope="module")


@dataclass
class Workbench:
    """A running app on a fresh database, with one key per role."""

    client: object
    app: object
    settings: object
    analyzer: TestAnalyzer
    keys: dict[str, str] = field(default_factory=dict)
    key_ids: dict[str, int] = field(default_factory=dict)

    def h(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[role]}"}

    def add_key(self, role: str, name: str) -> tuple[int, str]:
        from nlp_service.store.keys import create_key

        with self.app.state.sessions() as session:
            row, clear = create_key(session, name, role)
        return row.id, clear

    def submit(self, text: str, role: str = "analyst", **fields):
        return self.client.post("/v1/documents", json={"text": text, **fields}, headers=self.h(role))


def make_settings(database_url: str, tmp_path, **overrides):
    from nlp_service.config import Settings

    return Settings(data_dir=tmp_path, database_url=database_url, max_text_chars=5000,
                    background_min_chars=1000, **overrides)


@pytest.fixture(scope="module")
def workbench(database_url, analyzer, tmp_path_factory):
    from fastapi.testclient import TestClient

    from nlp_service.api.main import create_app

    settings = make_settings(database_url, tmp_path_factory.mktemp("data"))
    wrapped = TestAnalyzer(analyzer)
    app = create_app(settings=settings, analyzer=wrapped)
    with TestClient(app) as client:
        wb = Workbench(client=client, app=app, settings=settings, analyzer=wrapped)
        for role in ("submitter", "analyst", "admin"):
            wb.key_ids[role], wb.keys[role] = wb.add_key(role, f"test {role}")
        yield wb


def unique(text: str) -> str:
    """``text`` made unique (content hashes dedupe identical submissions)."""
    return f"{text} [ref {uuid.uuid4().hex[:8]}]"


# -- files ---------------------------------------------------------------------------------
def make_pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` (ASCII) in Helvetica."""
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_eml(subject: str, body: str, html: str | None = None) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "tipster@example.org"
    msg["To"] = "hotline@example.org"
    msg["Subject"] = subject
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return bytes(msg)
