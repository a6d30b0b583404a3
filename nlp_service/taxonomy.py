"""The indicator taxonomy: families, subtypes, names and descriptions in th/zh/en."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Taxonomy:
    raw: dict

    @property
    def families(self) -> list[str]:
        return [f["label"] for f in self.raw["families"]]

    def subtypes(self, family: str) -> list[str]:
        for f in self.raw["families"]:
            if f["label"] == family:
                return [s["label"] for s in f["subtypes"]]
        raise KeyError(family)

    @property
    def subtype_keys(self) -> list[str]:
        """Subtypes qualified by family: ``"scam.job_task"``."""
        return [f"{f['label']}.{s['label']}" for f in self.raw["families"] for s in f["subtypes"]]

    def severity(self, key: str) -> float:
        """Severity weight of a family (``"scam"``) or subtype (``"scam.romance"``)."""
        fam, _, sub = key.partition(".")
        for f in self.raw["families"]:
            if f["label"] == fam:
                if not sub:
                    return float(f["severity"])
                for s in f["subtypes"]:
                    if s["label"] == sub:
                        return float(s["severity"])
        raise KeyError(key)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    text = resources.files("nlp_service.resources").joinpath("taxonomy.json").read_text(encoding="utf-8")
    return Taxonomy(json.loads(text))
