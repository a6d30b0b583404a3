import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

import pytest  # noqa: E402

from nlp_service.config import get_settings  # noqa: E402


@pytest.fixture(scope="session")
def analyzer():
    """The shipped default model, loaded once for the whole test session."""
    from nlp_service.pipeline import Analyzer

    return Analyzer(get_settings().model_path)


@pytest.fixture(scope="session")
def client(analyzer):
    from fastapi.testclient import TestClient

    from nlp_service.api.main import create_app

    with TestClient(create_app(analyzer=analyzer)) as c:
        yield c
