"""Index and query text for full-text search in every language agents meet.

SQLite's unicode61 tokenizer folds case and diacritics for Latin, Greek and Cyrillic scripts, but
it keeps a whole run of Chinese or Japanese characters as one token, and trigram cannot find
two-character words (toolchain.md). So before indexing, every run of Han/Kana/Hangul characters
is rewritten as overlapping bigrams followed by its last character alone:

    我要退款  ->  我要 要退 退款 款

Every CJK character then starts a token: a one-character query is a prefix query (退*), a
two-character query is a token (退款) and a longer one is a phrase of bigrams ("退款 款申 申请").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_CJK = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\u31f0-\u31ff\uac00-\ud7af"  # Katakana extensions, Hangul syllables
    "\U00020000-\U0002fa1f"  # Han extensions B..
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
# A CJK run, or a run of other letters/digits (without CJK: "iPhone退款" is two terms, as indexed).
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+", re.UNICODE)
_IS_CJK = re.compile(f"[{_CJK}]")


def normalise(text: str) -> str:
    """NFKC (full-width Latin, half-width Katakana) and the folds unicode61 does not do."""
    return unicodedata.normalize("NFKC", text).replace("ß", "ss").replace("ẞ", "ss")


def _bigrams(run: str) -> str:
    if len(run) == 1:
        return run
    return " ".join([run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]])


def index_text(text: str) -> str:
    """The text handed to the FTS index for `text`."""
    return _CJK_RUN.sub(lambda m: f" {_bigrams(m.group())} ", normalise(text))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def query_terms(query: str) -> list[str]:
    """The words and CJK runs of a query, normalised; what highlighting looks for."""
    return _TOKEN.findall(normalise(query))


def query_phrases(query: str) -> list[tuple[str, bool]]:
    """What every engine searches for: each term of a query as (phrase text, match as a prefix?).

    Latin words match as prefixes, so a query typed half-way ("rucksend") already finds
    "Rücksendung"; a CJK character alone is a prefix of the bigrams it starts; longer CJK runs are
    phrases of bigrams, as indexed."""
    phrases = []
    for term in query_terms(query):
        if _IS_CJK.match(term) and len(term) > 1:
            phrases.append((" ".join(term[i : i + 2] for i in range(len(term) - 1)), False))
        else:
            phrases.append((term, True))
    return phrases


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what an agent typed, or None when nothing is searchable.
    All terms must match (implicit AND)."""
    parts = [f"{_quote(phrase)}*" if prefix else _quote(phrase) for phrase, prefix in query_phrases(query)]
    return " ".join(parts) or None


# --- highlighting -----------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """One character case- and accent-folded (remembered: a search folds the text of 50 hits
    per keystroke, and text repeats its characters)."""
    if ch.isascii():
        return ch.casefold()
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.casefold().replace("ß", "ss")


def _folded_with_map(text: str) -> tuple[str, Sequence[int]]:
    """`text` case- and accent-folded, and for each folded character its index in `text`."""
    if text.isascii():  # one character each
        return text.casefold(), range(len(text))
    folded = [_fold_char(ch) for ch in text]
    lengths = list(map(len, folded))
    if min(lengths) == max(lengths) == 1:  # no ß -> ss, no ligature, no lone combining mark
        return "".join(folded), range(len(text))
    return "".join(folded), [i for i, n in enumerate(lengths) for _ in range(n)]


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) spans within text


def highlight(text: str, terms: list[str], width: int = 160) -> Snippet:
    """A window of `text` around the first match, with every match of `terms` marked.

    Works on the original text (not the bigram index text), folding case and accents the same
    way the index does, so "rucksendung" highlights "Rücksendung".
    """
    folded, origin = _folded_with_map(text)
    needles = sorted({f for t in terms if (f := _folded_with_map(t)[0])}, key=len, reverse=True)
    spans: list[tuple[int, int]] = []
    for needle in needles:
        for m in re.finditer(re.escape(needle), folded):
            start, end = origin[m.start()], origin[m.end() - 1] + 1
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
    spans.sort()
    first = spans[0][0] if spans else 0
    lo = max(0, min(first - width // 3, len(text) - width))
    hi = min(len(text), lo + width)
    window = text[lo:hi]
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    shift = len(prefix) - lo
    shown = tuple((s + shift, e + shift) for s, e in spans if s >= lo and e <= hi)
    return Snippet(prefix + window.replace("\n", " ") + suffix, shown)
