"""The serving-time TF-IDF transform must equal scikit-learn's on the shipped vectoriser."""

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from nlp_service.components.indicators.model import IndicatorModel
from nlp_service.components.indicators.vectorize import CharNgramTfidf
from nlp_service.config import get_settings

EDGE = ["", "   ", "a", "ab", "abc de", "x\n\n\ty  z", "รับสมัครงานที่เมียวดี โทร", "刷单返利，日赚500元",
        "Job OFFER in Bangkok!!", "🙂🙂 🙂", "a" * 5000, "zzzzqqqq"]


@pytest.fixture(scope="module")
def shipped():
    m = IndicatorModel.load(get_settings().model_path / "indicators")
    return m.vectorizer, CharNgramTfidf(m.vectorizer)


def _same(vec, fast, texts):
    want = vec.transform(texts)
    got = fast.transform(texts)
    assert got.shape == want.shape
    assert np.array_equal(got.indptr, want.indptr)
    assert np.array_equal(got.indices, want.indices)
    np.testing.assert_allclose(got.data, want.data, rtol=1e-5, atol=1e-7)


def test_equal_on_edge_cases_and_batches(shipped):
    vec, fast = shipped
    assert fast.exact
    _same(vec, fast, EDGE)
    _same(vec, fast, [EDGE[0]])
    assert fast.transform([]).shape == (0, fast.n_features)  # scikit-learn refuses 0 rows


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab cDE\n\t1เมีย刷单 ")), max_size=60), min_size=1, max_size=5))
def test_equal_on_arbitrary_text(shipped, texts):
    vec, fast = shipped
    _same(vec, fast, texts)


def test_other_settings_fall_back_to_sklearn():
    vec = TfidfVectorizer(analyzer="word").fit(["alpha beta gamma", "beta gamma delta"])
    fast = CharNgramTfidf(vec)
    assert not fast.exact
    np.testing.assert_allclose(fast.transform(["beta gamma"]).toarray(), vec.transform(["beta gamma"]).toarray())


def test_non_sublinear_without_idf_matches():
    docs = ["aa bb aa", "bb cc", "aa"]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=False, use_idf=False).fit(docs)
    _same(vec, CharNgramTfidf(vec), docs + ["", "aaa aa"])
