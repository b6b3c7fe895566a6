"""Translation of customer messages and agent replies (no Qt): providers, cache, glossary.

deep-translator and httpx load on first provider use, not on import.
"""

from desk.translation.model import ReplyTranslation, Translation, TranslationError, TranslationState

__all__ = ["ReplyTranslation", "Translation", "TranslationError", "TranslationState"]
