"""Engine, sessions and programmatic alembic migrations."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from nlp_service.config import Settings

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for SQLite the folder is created and WAL + foreign keys are on."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    return engine


def engine_from_settings(settings: Settings) -> Engine:
    if not settings.database_url:
        Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    return make_engine(settings.effective_database_url)


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


@contextmanager
def _migration_lock(engine: Engine):
    """Serialise migrations of several processes starting at once (uvicorn --workers N)."""
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        import fcntl

        with open(f"{engine.url.database}.migrate.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield None
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return
    yield "postgresql" if engine.dialect.name == "postgresql" else None


def migrate(engine: Engine, revision: str = "head") -> None:
    """``alembic upgrade head`` on ``engine`` (idempotent; run at every start-up)."""
    from alembic import command

    cfg = alembic_config(engine)
    with _migration_lock(engine) as kind, engine.begin() as conn:
        if kind == "postgresql":  # held until this transaction ends
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7233891)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def open_store(settings: Settings) -> tuple[Engine, sessionmaker[Session]]:
    """Engine + session factory for ``settings``, with the schema migrated to head."""
    engine = engine_from_settings(settings)
    migrate(engine)
    return engine, session_factory(engine)
