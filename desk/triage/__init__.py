"""Offline triage of inbound customer messages: intent, language, confidence and escalation.

    >>> t = classify("Where is my order 302-1234567-1234567? Nothing for 3 weeks, I'll file an A-to-z claim!")
    >>> t.intent, t.language, t.escalate, t.escalate_reasons
    ('where_is_my_order', 'en', True, ('a_to_z',))

Everything runs in-process from data shipped in desk/triage/data (no download, no network). The
models load on first use (0.3 to 0.5 s; the pipeline and the policy check, their callers, run off the
GUI thread); importing this package is cheap. Escalated messages keep their underlying intent:
escalation is a separate flag with reason ids (escalation.REASONS).
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.triage.escalation import LEARNED, REASONS, escalation_reasons, named_reasons
from desk.triage.features import buyer_words, fold, intent_features
from desk.triage.language import UNDETERMINED, detect_language as _detect_language
from desk.triage.model import escalation_features, escalation_model, intent_model

INTENTS = (
    "where_is_my_order", "return_request", "refund_status", "size_exchange", "damaged_item", "missing_item",
    "wrong_item", "not_as_described", "cancel_order", "change_address", "product_question", "complaint",
    "invoice_request", "other",
)
# With fewer known features than this the model is guessing: cap its confidence.
_MIN_KNOWN_FEATURES = 3
_GUESS_CONFIDENCE = 0.3
_NO_EVIDENCE_CONFIDENCE = 0.1
# A message that names a problem with the goods (broken, missing, wrong, not as described), or
# another problem no macro answers (a double charge, the courier's conduct), but is read as another
# intent is a mixed message: never sure enough to be answered unseen ("the cups were missing from
# the parcel" must not get the tracking macro automatically). So is any message with an escalation
# word, even negated: "I don't want to open a dispute" does not escalate (the customer says so,
# and an agent would not hand it to a senior) but it is a risk no automatic reply should take; so is
# a message the escalation model scores at or above its risk threshold without escalating it.
GOODS_INTENTS = ("damaged_item", "missing_item", "wrong_item", "not_as_described")
_GOODS_CUES = frozenset({"k:broken", "k:missing_part", "k:wrong_item", "k:not_described", "k:ordered_got",
                         "k:listing_mismatch", "k:double_charge", "k:courier_conduct"})
_RISK_CUE = "k:esc_"  # the escalation reasons as concepts: they match negated words too
# A second request ("3ème relance", "I already wrote twice"): whatever was answered before did not
# settle it, so it is never answered unseen either.
_SECOND_REQUEST = "k:reminder"
# The simple questions a macro may answer unseen must be asked in their own words, and not beside
# another request the macro would ignore: a "where is my order" answer to "please send it to my new
# address instead" or a return label to "can I have the next size up" would be wrong.
_OWN_WORDS = {
    "where_is_my_order": frozenset({"k:tracking", "k:not_arrived", "k:shipping", "k:late", "k:on_the_way"}),
    "refund_status": frozenset({"k:refund", "k:refund_missing", "k:partial_refund"}),
    "invoice_request": frozenset({"k:invoice"}),
    "return_request": frozenset({"k:return"}),
}
_OTHER_REQUESTS = {
    "where_is_my_order": frozenset({"k:address", "k:cancel", "k:exchange"}),
    "refund_status": frozenset({"k:exchange"}),
    "invoice_request": frozenset({"k:cancel", "k:exchange"}),
    "return_request": frozenset({"k:size", "k:exchange"}),
}
_MIXED_CONFIDENCE = 0.9

__all__ = ["INTENTS", "REASONS", "UNDETERMINED", "Triage", "autoreply_threshold", "classify", "detect_language"]


@dataclass(frozen=True, slots=True)
class Triage:
    intent: str  # one of INTENTS
    language: str  # ISO 639-1, or "und"
    confidence: float  # 0..1, of the intent
    escalate: bool
    escalate_reasons: tuple[str, ...]  # ids from REASONS


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language the buyer wrote in (boilerplate and quotes ignored); "und" if none."""
    return _detect_language(buyer_words(text) or text)


def autoreply_threshold() -> float:
    """The confidence from which an intent is sure enough to be answered unseen: chosen when the model
    was trained so that wrong automatic answers stay rare (desk/triage/train.py)."""
    return intent_model().autoreply_threshold


def classify(text: str) -> Triage:
    words = buyer_words(text)
    if not any(ch.isalpha() for ch in words):  # empty, digits, punctuation, emoji: nothing to go by
        return Triage("other", UNDETERMINED, _NO_EVIDENCE_CONFIDENCE, False, ())
    folded = fold(words)
    features = intent_features(folded)
    reasons = escalation_reasons(words, folded)
    head = escalation_model()
    score = head.score(escalation_features(features))
    if score >= head.threshold and not named_reasons(folded):
        reasons = (LEARNED,)
    intent, confidence = _intent(features, risky=score >= head.risk_threshold)
    return Triage(intent, _detect_language(words), confidence, bool(reasons), reasons)


def _intent(features: list[str], *, risky: bool) -> tuple[str, float]:
    model = intent_model()
    probabilities, known = model.probabilities(features)
    if known == 0:
        return "other", _NO_EVIDENCE_CONFIDENCE
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    intent = model.intents[best]
    return intent, confidence_of(probabilities[best], known, mixed=risky or is_mixed(intent, features))


def is_mixed(intent: str, features: list[str]) -> bool:
    """Whether a message read as `intent` holds what an automatic answer would get wrong: a problem
    with the goods, an escalation word at all (negated or not), a second request, or, for a simple
    question, not its own words or another request beside it."""
    if _SECOND_REQUEST in features or any(feature.startswith(_RISK_CUE) for feature in features):
        return True
    if intent in _OWN_WORDS and (_OWN_WORDS[intent].isdisjoint(features) or not _OTHER_REQUESTS[intent].isdisjoint(features)):
        return True
    return intent not in GOODS_INTENTS and not _GOODS_CUES.isdisjoint(features)


def confidence_of(probability: float, known: int, *, mixed: bool = False) -> float:
    """The confidence reported for the best intent's calibrated probability, given how many features
    the model knew (with very few it is guessing) and whether the message is mixed (`is_mixed`)."""
    if known < _MIN_KNOWN_FEATURES:
        probability = min(probability, _GUESS_CONFIDENCE)
    if mixed:
        probability = min(probability, _MIXED_CONFIDENCE)
    return round(probability, 3)
