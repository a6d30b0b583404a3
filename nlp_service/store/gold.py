"""Gold data: validation of analysts' corrections and their application on top of model output.

Corrections never overwrite the stored analysis; the gold view of a document is computed as
the current model output with every annotation applied in the order it was made:

* families / subtypes: the model's flagged ones, then ``family_set``/``family_clear`` and
  ``subtype_set``/``subtype_clear`` (setting a subtype also sets its family; clearing a family
  also clears its subtypes);
* entities: the model's entities, minus ``entity_remove``d spans, plus ``entity_add``ed ones,
  with ``entity_relabel`` changing the label of the entity at that span (or adding it).

Records come out in the training-samples format:
``{"id", "lang", "genre": "tipoff", "text", "families", "subtypes", "entities": [{start, end, label}]}``.
"""

from __future__ import annotations

from typing import Any, get_args

from nlp_service import schema
from nlp_service.store.errors import Invalid
from nlp_service.store.models import ANNOTATION_KINDS, Annotation, Document
from nlp_service.taxonomy import load_taxonomy

ENTITY_LABELS = set(get_args(schema.EntityLabel))
FAMILIES = ("trafficking", "scam", "smuggling")


def _int(payload: dict, name: str) -> int:
    value = payload.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"payload.{name} must be an integer")
    return value


def validate_annotation(kind: str, payload: dict[str, Any], text: str) -> dict[str, Any]:
    """The cleaned payload of a correction of ``text``; raises :class:`Invalid` (HTTP 422)."""
    if kind not in ANNOTATION_KINDS:
        raise Invalid(f"kind must be one of {', '.join(ANNOTATION_KINDS)} (got {kind!r})")
    if not isinstance(payload, dict):
        raise Invalid("payload must be an object")
    tax = load_taxonomy()
    if kind.startswith("entity_"):
        start, end = _int(payload, "start"), _int(payload, "end")
        if not 0 <= start < end <= len(text):
            raise Invalid(f"span [{start}, {end}) is not inside the text (0..{len(text)}) or is empty")
        label = payload.get("label")
        if kind != "entity_remove" or label is not None:
            if label not in ENTITY_LABELS:
                raise Invalid(f"payload.label must be one of {', '.join(sorted(ENTITY_LABELS))} (got {label!r})")
        out = {"start": start, "end": end, "text": text[start:end]}
        if label is not None:
            out["label"] = label
        return out
    if kind.startswith("family_"):
        family = payload.get("family")
        if family not in tax.families:
            raise Invalid(f"payload.family must be one of {', '.join(tax.families)} (got {family!r})")
        return {"family": family}
    subtype = payload.get("subtype")
    if isinstance(subtype, str) and "." not in subtype and payload.get("family"):
        subtype = f"{payload['family']}.{subtype}"
    if subtype not in tax.subtype_keys:
        raise Invalid(f"payload.subtype must be a taxonomy subtype such as {tax.subtype_keys[0]!r} (got {subtype!r})")
    return {"subtype": subtype}


def model_view(result: dict[str, Any] | None) -> dict[str, Any]:
    """Families, subtypes and entities as the model produced them."""
    result = result or {}
    families, subtypes = [], []
    for ind in result.get("indicators", []):
        if ind.get("flagged"):
            families.append(ind["label"])
        subtypes += [f"{ind['label']}.{s['label']}" for s in ind.get("subtypes", []) if s.get("flagged")]
    entities = [
        {"start": e["start"], "end": e["end"], "label": e["label"], "text": e.get("text", ""),
         "normalized": e.get("normalized")}
        for e in result.get("entities", [])
    ]
    return {"families": families, "subtypes": subtypes, "entities": entities}


def apply_corrections(result: dict[str, Any] | None, annotations: list[Annotation], text: str) -> dict[str, Any]:
    """The gold view (see module doc); entities keep ``text`` and model ``normalized`` data."""
    view = model_view(result)
    families, subtypes = list(view["families"]), list(view["subtypes"])
    entities = {(e["start"], e["end"]): e for e in view["entities"]}
    for ann in sorted(annotations, key=lambda a: a.id or 0):
        p = ann.payload
        if ann.kind == "family_set" and p["family"] not in families:
            families.append(p["family"])
        elif ann.kind == "family_clear":
            families = [f for f in families if f != p["family"]]
            subtypes = [s for s in subtypes if not s.startswith(p["family"] + ".")]
        elif ann.kind == "subtype_set":
            if p["subtype"] not in subtypes:
                subtypes.append(p["subtype"])
            fam = p["subtype"].split(".", 1)[0]
            if fam not in families:
                families.append(fam)
        elif ann.kind == "subtype_clear":
            subtypes = [s for s in subtypes if s != p["subtype"]]
        elif ann.kind.startswith("entity_"):
            span = (p["start"], p["end"])
            if ann.kind == "entity_remove":
                if span in entities and p.get("label") in (None, entities[span]["label"]):
                    del entities[span]
                continue
            old = entities.get(span)
            if ann.kind == "entity_relabel" and old is not None:
                entities[span] = {**old, "label": p["label"], "normalized": None}
                continue
            # entity_add (or relabel of a span the model missed): drop what it overlaps.
            for other in [k for k in entities if k[0] < span[1] and span[0] < k[1]]:
                del entities[other]
            entities[span] = {"start": span[0], "end": span[1], "label": p["label"],
                              "text": text[span[0]:span[1]], "normalized": None}
    order = {f: i for i, f in enumerate(FAMILIES)}
    return {
        "families": sorted(families, key=lambda f: order.get(f, 9)),
        "subtypes": sorted(subtypes),
        "entities": [entities[k] for k in sorted(entities)],
    }


def gold_record(doc: Document, result: dict[str, Any] | None, annotations: list[Annotation]) -> dict[str, Any]:
    gold = apply_corrections(result, annotations, doc.text)
    lang = (result or {}).get("language") or doc.language or doc.lang_hint or "und"
    return {
        "id": doc.id,
        "lang": lang,
        "genre": "tipoff",
        "text": doc.text,
        "families": gold["families"],
        "subtypes": gold["subtypes"],
        "entities": [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in gold["entities"]],
    }
