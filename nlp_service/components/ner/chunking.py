"""Split long text into chunks for sequence models without ever dropping text.

``chunks(text)`` returns ``(start, end)`` windows covering ``text``. Windows prefer sentence
boundaries; a stretch with no boundary longer than ``max_len`` is cut into overlapping
windows. :func:`merge` keeps, for overlapping windows, only entities that start in a window's
*core* (its part not shared with the neighbour's core), and then drops overlaps by score.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[。！？!?；;…\n]+[”’\"')）」』]*|\.(?=\s)|\s{2,}")
_WS = re.compile(r"\s+")

Window = tuple[int, int, int, int]  # start, end, core_start, core_end


def _pieces(text: str, lang: str) -> list[tuple[int, int]]:
    cuts = [m.end() for m in _BOUNDARY.finditer(text)]
    if lang == "th":  # Thai marks sentence/phrase ends with a space
        cuts += [m.end() for m in _WS.finditer(text)]
    cuts = sorted({c for c in cuts if 0 < c < len(text)})
    out, prev = [], 0
    for c in cuts + [len(text)]:
        if c > prev:
            out.append((prev, c))
            prev = c
    return out


def chunks(text: str, lang: str = "", max_len: int = 400, overlap: int = 60) -> list[Window]:
    n = len(text)
    if n <= max_len:
        return [(0, n, 0, n)]
    windows: list[Window] = []
    cur_s = cur_e = 0
    for s, e in _pieces(text, lang):
        if e - s > max_len:  # no boundary: flush, then overlapping windows
            if cur_e > cur_s:
                windows.append((cur_s, cur_e, cur_s, cur_e))
            step = max_len - overlap
            starts = list(range(s, e - overlap, step)) or [s]
            for k, ws in enumerate(starts):
                we = min(ws + max_len, e)
                if k == len(starts) - 1:
                    we = e
                cs = s if k == 0 else ws + overlap // 2
                ce = e if k == len(starts) - 1 else ws + step + overlap // 2
                windows.append((ws, we, cs, ce))
            cur_s = cur_e = e
            continue
        if e - cur_s > max_len and cur_e > cur_s:
            windows.append((cur_s, cur_e, cur_s, cur_e))
            cur_s = s
        cur_e = e
    if cur_e > cur_s:
        windows.append((cur_s, cur_e, cur_s, cur_e))
    return windows


def merge(per_window: list[tuple[Window, list[tuple[int, int, str, float]]]]) -> list[tuple[int, int, str, float]]:
    """Combine window predictions (already in text offsets); de-duplicate overlaps."""
    cand = []
    for (ws, we, cs, ce), ents in per_window:
        for s, e, lab, sc in ents:
            if cs <= s < ce:
                cand.append((s, e, lab, sc))
    cand.sort(key=lambda x: -x[3])
    kept: list[tuple[int, int, str, float]] = []
    for s, e, lab, sc in cand:
        if all(e <= ks or s >= ke for ks, ke, _, _ in kept):
            kept.append((s, e, lab, sc))
    kept.sort()
    return kept
