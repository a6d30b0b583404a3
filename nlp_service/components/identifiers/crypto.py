"""Crypto wallet addresses (BTC, ETH, TRON), reported only when their checksum verifies.

* BTC legacy (1..., 3...) and TRON (T...): base58check via ``base58`` (version byte 0x00/0x05
  for BTC, 0x41 for TRON; 25 bytes decoded).
* BTC segwit (bc1...): BIP-173 bech32 for witness v0, BIP-350 bech32m for v1+ (taproot). The
  polymod is ``stdnum.bitcoin.bech32_checksum``; stdnum itself only knows bech32, so the
  bech32m constant check is done here.
* ETH (0x + 40 hex): mixed case must satisfy EIP-55 (keccak-256 from pycryptodome); all-lower
  or all-upper carries no checksum, so it is accepted with a lower score.

USDT rides on all three chains (mostly TRC-20 in scam reports), so ``token`` is "USDT" when a
USDT cue is near the address.
"""

from __future__ import annotations

import re

import base58
from Crypto.Hash import keccak
from stdnum.bitcoin import bech32_checksum

from ._common import TIER_VALID, Cand, Hits, Lexicon

_B58 = "1-9A-HJ-NP-Za-km-z"
_BASE58_ADDR = re.compile(rf"(?<![0-9A-Za-z])[13T][{_B58}]{{25,34}}(?![0-9A-Za-z])")
_BECH32_ADDR = re.compile(r"(?<![0-9A-Za-z])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![0-9A-Za-z])")
_ETH_ADDR = re.compile(r"(?<![0-9A-Za-z])0[xX][0-9a-fA-F]{40}(?![0-9A-Za-z])")

USDT_CUES = Lexicon(["usdt", "tether", "泰达币", "泰達幣", "泰达", "u币", "u幣", "ยูเอสดีที"])

_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3


def _base58_chain(addr: str) -> str | None:
    try:
        raw = base58.b58decode_check(addr)  # raises ValueError on a bad checksum
    except ValueError:
        return None
    if len(raw) != 21:
        return None
    version = raw[0]
    if addr[0] == "T" and version == 0x41 and len(addr) == 34:
        return "TRON"
    if addr[0] == "1" and version == 0x00 or addr[0] == "3" and version == 0x05:
        return "BTC"
    return None


def _convertbits(data: list[int], frombits: int, tobits: int) -> list[int] | None:
    """BIP-173 regrouping of 5-bit words into bytes, rejecting non-zero padding."""
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits >= frombits or (acc << (tobits - bits)) & maxv:
        return None
    return out


def segwit_valid(addr: str) -> bool:
    """BIP-173/BIP-350 validation of a mainnet "bc1" address."""
    if addr.lower() != addr and addr.upper() != addr:
        return False  # mixed case is invalid by definition
    addr = addr.lower()
    if not 14 <= len(addr) <= 90:
        return False
    data = [_BECH32_CHARSET.find(c) for c in addr[3:]]
    if any(d < 0 for d in data):
        return False
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    const = bech32_checksum(hrp + data)
    witver = data[0]
    if const != (_BECH32_CONST if witver == 0 else _BECH32M_CONST):
        return False
    prog = _convertbits(data[1:-6], 5, 8)
    if prog is None or witver > 16 or not 2 <= len(prog) <= 40:
        return False
    return witver != 0 or len(prog) in (20, 32)


def eip55_state(addr: str) -> str | None:
    """'checksummed' when mixed case verifies, 'plain' for single-case, None when it fails."""
    body = addr[2:]
    if body == body.lower() or body == body.upper():
        return "plain"
    h = keccak.new(digest_bits=256, data=body.lower().encode("ascii")).hexdigest()
    for ch, nib in zip(body, h):
        if ch.isalpha() and ch.isupper() != (int(nib, 16) >= 8):
            return None
    return "checksummed"


def _cand(m: re.Match[str], chain: str, score: float, address: str, usdt: Hits) -> Cand:
    token = "USDT" if usdt.near(m.start(), m.end(), 60, 40) else None
    return Cand(m.start(), m.end(), "CRYPTO_WALLET", score,
                {"chain": chain, "address": address, "token": token}, tier=TIER_VALID)


def find(text: str) -> list[Cand]:
    out: list[Cand] = []
    usdt = USDT_CUES.scan(text)
    for m in _BASE58_ADDR.finditer(text):
        chain = _base58_chain(m.group())
        if chain:
            out.append(_cand(m, chain, 0.99, m.group(), usdt))
    for m in _BECH32_ADDR.finditer(text):
        if segwit_valid(m.group()):
            out.append(_cand(m, "BTC", 0.99, m.group().lower(), usdt))
    for m in _ETH_ADDR.finditer(text):
        state = eip55_state(m.group())
        if state is not None:
            score = 0.99 if state == "checksummed" else 0.93
            out.append(_cand(m, "ETH", score, "0x" + m.group()[2:], usdt))
    return out
