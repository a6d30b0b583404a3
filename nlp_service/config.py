"""All configuration in one place: environment variables prefixed ``NLP_SERVICE_``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NLP_SERVICE_", env_file=".env", extra="ignore")

    # Which model folder the pipeline loads (a manifest.json inside it names the components).
    model_path: Path = REPO_ROOT / "models" / "default"
    # Longest text accepted, in characters; longer requests get HTTP 413.
    max_text_chars: int = 1_000_000
    # Most documents in one /v1/analyze/batch request.
    max_batch_size: int = 256
    host: str = "127.0.0.1"
    port: int = 8000
    # Where the embedded store and other state live.
    data_dir: Path = REPO_ROOT / "data"
    database_url: str | None = None  # default: SQLite file in data_dir
    log_level: str = "info"
    # Workbench (nlp_service.store). With open_analyze true (the default, for a single-user
    # install) /v1/analyze, /v1/analyze/batch, /v1/tokenize, /v1/labels and /v1/models need no
    # API key; set NLP_SERVICE_OPEN_ANALYZE=false to require a key (any role) for them too.
    # Every other /v1 route always needs `Authorization: Bearer <key>`.
    open_analyze: bool = True
    # Submitted documents with more characters than this are analysed in a background task.
    background_min_chars: int = 200_000
    # Re-analyse documents left status=queued (e.g. by a crash) when the server starts.
    sweep_on_startup: bool = True

    # Trained model versions are written under models_dir (one folder each); the active one is
    # recorded in data_dir/active_model.json by `nlp-service models promote`. With nothing
    # promoted, model_path (the shipped default) is served.
    models_dir: Path | None = None  # default: data_dir / "models"
    # How often a running server checks whether another model was promoted (seconds).
    model_poll_seconds: float = 2.0

    # Bulk jobs (nlp_service/jobs/README.md): "inprocess" = a runner thread in each API process;
    # "celery" = `nlp-service worker` processes fed through broker_url (Redis or amqp://), PostgreSQL store.
    job_backend: str = "inprocess"
    broker_url: str = "redis://127.0.0.1:6379/0"
    job_queue: str = "nlp-jobs"
    job_batch_size: int = 8  # documents per analyze_many call
    job_chunk_size: int = 32  # items per Celery task
    job_lease_seconds: float = 120.0  # a claimed item not finished by then is taken again (its processor died)
    job_max_attempts: int = 3  # claims of one item before it is failed as a poison pill
    job_poll_seconds: float = 2.0  # in-process runner: how often to look for work from other processes
    job_visibility_timeout: int = 3600  # Redis broker: unacknowledged tasks are redelivered after this

    @property
    def effective_models_dir(self) -> Path:
        return self.models_dir or self.data_dir / "models"

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'nlp_service.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
