import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
# Tests never write into the checkout's data/ folder: the store, promoted models and
# anything else stateful live in a throw-away directory for the session.
if "NLP_SERVICE_DATA_DIR" not in os.environ:
    import tempfile

    os.environ["NLP_SERVICE_DATA_DIR"] = tempfile.mkdtemp(prefix="nlp-service-tests-")

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
