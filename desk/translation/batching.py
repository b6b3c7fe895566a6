"""Fitting texts into provider requests: long texts split into pieces, pieces packed into batches.

Sizes are counted in UTF-8 bytes, which is what the strictest limits count (MyMemory: 500
bytes per text) and never less than the character count others use, and it keeps a GET URL of
CJK text (9 bytes per character percent-encoded) within bounds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Each level cuts a text into consecutive segments that together cover all of it, separators
# and the whitespace after them included: lines, then sentences, then words and clauses.
_SPLIT_LEVELS = (
    re.compile(r"[^\n]*\n\s*|[^\n]+"),
    re.compile(r"[^.!?。！？;；]*[.!?。！？;；]+\s*|[^.!?。！？;；]+"),
    re.compile(r"[^\s,，、]*[\s,，、]+|[^\s,，、]+"),
)
_UNCUTTABLE = re.compile(r"\[G\d+\]|.", re.DOTALL)  # a glossary placeholder stays whole
_EDGE_SPACE = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Limits:
    text_bytes: int  # one text (or piece) at most
    batch_items: int  # texts per request
    batch_bytes: int  # all texts of one request together


def size(text: str) -> int:
    return len(text.encode("utf-8"))


def split_text(text: str, limit: int) -> list[str]:
    """Consecutive pieces of `text`, each at most `limit` bytes; joined they give `text` back."""
    return _split(text, limit, 0)


def _split(text: str, limit: int, level: int) -> list[str]:
    if size(text) <= limit:
        return [text]
    if level == len(_SPLIT_LEVELS):
        return _hard_cut(text, limit)
    parts = _SPLIT_LEVELS[level].findall(text)
    pieces: list[str] = []
    for part in parts:
        for small in _split(part, limit, level + 1):
            if pieces and size(pieces[-1]) + size(small) <= limit:
                pieces[-1] += small
            else:
                pieces.append(small)
    return pieces


def _hard_cut(text: str, limit: int) -> list[str]:
    pieces, current = [], ""
    for token in _UNCUTTABLE.findall(text):
        if current and size(current) + size(token) > limit:
            pieces.append(current)
            current = ""
        current += token
    return [*pieces, current] if current else pieces


def edges(text: str) -> tuple[str, str, str]:
    """(leading space, core, trailing space): providers strip whitespace, Desk puts it back."""
    lead, core, trail = _EDGE_SPACE.match(text).groups()
    return lead, core, trail


def pack(items: Sequence[str], limits: Limits) -> list[list[int]]:
    """Indexes of `items` grouped into requests within `limits`, in order."""
    batches: list[list[int]] = []
    batch_bytes = 0
    for index, item in enumerate(items):
        item_bytes = size(item)
        if not batches or len(batches[-1]) >= limits.batch_items or batch_bytes + item_bytes > limits.batch_bytes:
            batches.append([])
            batch_bytes = 0
        batches[-1].append(index)
        batch_bytes += item_bytes
    return batches
