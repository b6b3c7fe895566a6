"""Why a message should go to a senior agent: chargeback, A-to-z claim, legal steps, review threats, a
demand for a manager, anger.

Keyword rules over folded text (lexicon.ESCALATION), plus shouting (several words in capitals,
"!!!"). A hit shortly after a negation in the same clause ("I am not angry", "I won't leave a bad
review") does not count, nor a Chinese or Japanese one negated before or after ("不需要找主管",
"責任者も不要です"). Wording no rule names is left to the learned escalation model
(model.EscalationModel, reason LEARNED), which `classify` consults where these rules name nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desk.triage.lexicon import (
    CJK_NEGATION_AFTER, CJK_NEGATION_BEFORE, CONCEPTS, ESCALATION, NEGATION, Concept, compile_all, has_cjk,
)

# The rules' reasons, and "learned": the escalation model (model.EscalationModel) read the message
# as one to escalate where no rule did.
LEARNED = "learned"
REASONS = (*ESCALATION, LEARNED)  # ("chargeback", "a_to_z", "legal", "bad_review", "manager", "anger", "learned")
_NEGATION_WINDOW = 16  # characters before a hit in which a negation cancels it
_CJK_WINDOW = 6
_SHOUTED_WORD = re.compile(r"\b[A-ZÄÖÜÀ-Ý]{4,}\b")
_EXCLAMATIONS = re.compile(r"[!！]{3,}")
# Where a negation's reach ends: punctuation, and the signs of a shorthand consequence ("no earbuds
# = A-to-z claim", "kein Kabel -> Rückbuchung"), where the negation is of the goods, not the threat.
_CLAUSE_END = re.compile(r"[,.;:!?，。；！？=>→—–]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, Concept], re.Pattern[str]]:
    """The reason patterns and the thanks pattern, compiled on first use (keeps import cheap)."""
    return dict(compile_all(ESCALATION)), re.compile(CONCEPTS["thanks"])


@lru_cache(maxsize=16)
def named_reasons(folded: str) -> tuple[str, ...]:
    """The reasons whose words a message names at all, negated or not ("I won't open a dispute"
    names a chargeback): features of the intent model and, unnegated, escalation reasons. Cached
    because `classify` asks for both of the same text."""
    text_has_cjk = has_cjk(folded)
    return tuple(name for name, pattern in _patterns()[0].items() if pattern.search(folded, text_has_cjk))


def escalation_reasons(original: str, folded: str) -> tuple[str, ...]:
    """Reason ids, in REASONS order, found in a message (`folded` is `features.fold(original)`)."""
    reasons, thanks = _patterns()
    found = [name for name in named_reasons(folded) if _has_unnegated_hit(reasons[name].whole, folded)]
    if "anger" not in found and _is_shouting(original) and not thanks.search(folded):
        found.append("anger")
    return tuple(sorted(found, key=REASONS.index))


def _has_unnegated_hit(pattern: re.Pattern[str], folded: str) -> bool:
    return any(not _negated(folded, hit) and not (not hit.group().isascii() and _cjk_negated(folded, hit))
               for hit in pattern.finditer(folded))


def _negated(folded: str, hit: re.Match[str]) -> bool:
    """A negation just before the hit, in the same clause: "I am not angry", but not "if it is not
    here, I will call my bank"."""
    start = max(0, hit.start() - _NEGATION_WINDOW)
    before = folded[start:hit.start()]
    if start and folded[start - 1].isalnum():
        before = before.partition(" ")[2]  # a cut word is no negation ("une" -> "ne")
    negations = list(NEGATION.finditer(before))
    return bool(negations) and not _CLAUSE_END.search(before[negations[-1].end():])


def _cjk_negated(folded: str, hit: re.Match[str]) -> bool:
    return bool(CJK_NEGATION_BEFORE.search(folded[max(0, hit.start() - _CJK_WINDOW):hit.start()])
                or CJK_NEGATION_AFTER.search(folded[hit.end():hit.end() + _CJK_WINDOW + 10]))


def _is_shouting(original: str) -> bool:
    shouted = [w for w in _SHOUTED_WORD.findall(original) if not _looks_like_code(w)]
    return len(shouted) >= 2 or bool(_EXCLAMATIONS.search(original))


def _looks_like_code(word: str) -> bool:
    """Acronyms and codes agents see all the time, not shouting (LED, USB, DHL, ASIN...)."""
    return len(word) <= 4 and word in {"ASIN", "USPS", "EMS", "SEPA", "DHL", "UPS", "FEDEX", "LED", "USB", "IBAN"}
