"""Risk: severity of what was flagged, plus what investigators can act on, into priority bands."""

from nlp_service.doc import Doc, EntitySpan, IndicatorResult, LabelScore
from nlp_service.risk import assess_risk, band


def _doc(indicators, entities=()):
    d = Doc(text="x" * 40, norm="0123456789" * 4)
    d.indicators = indicators
    d.entities = list(entities)
    return d


def _ind(label, score, flagged, subs=()):
    return IndicatorResult(label, score, flagged, [LabelScore(s, sc, fl) for s, sc, fl in subs])


def test_bands():
    assert [band(x) for x in (0.0, 0.25, 0.5, 0.75, 1.0)] == ["low", "medium", "high", "critical", "critical"]


def test_nothing_flagged_is_low_and_capped_below_high():
    r = assess_risk(_doc([_ind("scam", 0.45, False), _ind("trafficking", 0.01, False), _ind("smuggling", 0.0, False)]))
    assert r.priority in ("low", "medium") and r.score < 0.5
    assert r.reasons == []


def test_severity_of_subtype_orders_cases():
    child = assess_risk(_doc([_ind("trafficking", 0.9, True, [("child_exploitation", 0.9, True)])]))
    contraband = assess_risk(_doc([_ind("smuggling", 0.9, True, [("contraband", 0.9, True)])]))
    assert child.score > contraband.score
    assert "child_exploitation" in child.reasons[0]


def test_actionable_identifiers_raise_risk_and_two_families_add():
    base = [_ind("scam", 0.9, True, [("investment_crypto", 0.8, True)])]
    ids = [EntitySpan(0, 10, "PHONE", 0.97, "identifiers"), EntitySpan(10, 20, "CRYPTO_WALLET", 0.99, "identifiers")]
    plain, with_ids = assess_risk(_doc(base)), assess_risk(_doc(base, ids))
    assert with_ids.score > plain.score
    both = assess_risk(_doc(base + [_ind("trafficking", 0.9, True, [("forced_criminality", 0.9, True)])], ids))
    assert both.priority == "critical"
    assert 0.0 <= both.score <= 1.0
