"""Fuzzy matching for the command palette and the pickers: "rslv" finds "Resolve", "解决" finds
"解决会话", whichever of an item's names (the agent's language and English) matches best."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


def score(query: str, text: str) -> float | None:
    """How well `query` matches `text` (higher is better), None when it does not: its characters
    must appear in order (spaces in the query are ignored, case too). A whole substring scores
    above scattered characters, earlier and at a word start above later."""
    wanted = "".join(query.lower().split())
    if not wanted:
        return 0.0
    text = text.lower()
    at = text.find(wanted)
    if at >= 0:
        return 1000.0 - at + (50 if _word_start(text, at) else 0)
    total, position, previous = 0.0, -1, -2
    for char in wanted:
        position = text.find(char, position + 1)
        if position < 0:
            return None
        total += 10 if position == previous + 1 else 6 if _word_start(text, position) else 1
        previous = position
    return total - len(text) * 0.01


def _word_start(text: str, position: int) -> bool:
    return position == 0 or not text[position - 1].isalnum()


def best(query: str, names: Sequence[str]) -> float | None:
    scores = [s for s in (score(query, name) for name in names if name) if s is not None]
    return max(scores) if scores else None


def rank(query: str, items: Iterable[tuple[T, Sequence[str]]]) -> list[T]:
    """The items whose names match `query`, best first (ties keep their order)."""
    scored = []
    for index, (item, names) in enumerate(items):
        found = best(query, names)
        if found is not None:
            scored.append((-found, index, item))
    return [item for _, _, item in sorted(scored, key=lambda entry: entry[:2])]
