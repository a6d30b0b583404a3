"""Risk score and priority band: what an analyst should read first.

    threat     = max over families f of  score_f * severity_f
                 where severity_f is the taxonomy severity of the most severe *flagged*
                 subtype of f (child exploitation, arms, forced criminality weigh 1.0), or the
                 family's own severity when no subtype is flagged. Unflagged families count
                 at half their score, so a near miss still lifts the score a little.
    actionable = min(1, 0.2 per distinct phone / wallet / bank account / handle / ID number
                 + 0.05 per distinct place), what investigators can act on at once.
    risk       = threat * (0.7 + 0.3 * actionable), plus 0.1 when two or more families are
                 flagged (e.g. trafficking into scam compounds), capped at 1.

Bands: critical >= 0.75, high >= 0.5, medium >= 0.25, else low. A text with no flagged
family cannot rise above medium.
"""

from __future__ import annotations

from nlp_service.doc import Doc, Risk
from nlp_service.taxonomy import load_taxonomy

ACTIONABLE = {"PHONE", "CRYPTO_WALLET", "BANK_ACCOUNT", "HANDLE", "ID_NUMBER", "EMAIL"}
BANDS = ((0.75, "critical"), (0.5, "high"), (0.25, "medium"), (0.0, "low"))


def band(score: float) -> str:
    for threshold, name in BANDS:
        if score >= threshold:
            return name
    return "low"


def assess_risk(doc: Doc) -> Risk:
    tax = load_taxonomy()
    threat = 0.0
    reasons: list[str] = []
    flagged_families = 0
    for ind in doc.indicators:
        flagged_subs = [s for s in ind.subtypes if s.flagged]
        if flagged_subs:
            top = max(flagged_subs, key=lambda s: tax.severity(f"{ind.label}.{s.label}"))
            severity = tax.severity(f"{ind.label}.{top.label}")
        else:
            top, severity = None, tax.severity(ind.label)
        weight = 1.0 if ind.flagged else 0.5
        threat = max(threat, ind.score * severity * weight)
        if ind.flagged:
            flagged_families += 1
            what = f"{ind.label}" + (f" ({top.label})" if top else "")
            reasons.append(f"{what} score {ind.score:.2f}")
    keys = {(e.label, doc.norm[e.start:e.end]) for e in doc.entities if e.label in ACTIONABLE}
    places = {doc.norm[e.start:e.end] for e in doc.entities if e.label == "LOCATION"}
    actionable = min(1.0, 0.2 * len(keys) + 0.05 * len(places))
    score = threat * (0.7 + 0.3 * actionable)
    if flagged_families >= 2:
        score += 0.1
    score = min(1.0, score)
    if flagged_families == 0:
        score = min(score, 0.49)
    if keys:
        reasons.append(f"{len(keys)} actionable identifier(s)")
    return Risk(score=score, priority=band(score), reasons=reasons)
