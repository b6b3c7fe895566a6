"""What a translation request gives back: values the UI shows, and the typed failure states.

The core returns a state code plus an English sentence (for the CLI and logs); the window maps
the state to its own translated words. The original text is always kept, so a failed translation
never hides what the customer wrote.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desk.errors import DeskError


class TranslationState(enum.Enum):
    OK = "ok"
    SAME_LANGUAGE = "same_language"  # nothing to translate: `translated` is the text itself
    OFFLINE = "offline"  # no network, timeouts
    QUOTA = "quota"  # 429, DeepL 456, Microsoft 403001, MyMemory's daily limit
    AUTH = "auth"  # key refused or missing
    FAILED = "failed"  # anything else: 5xx after retries, unparseable answers, unsupported language


class TranslationError(DeskError):
    """One provider's failure, with a message that never contains a key or the request URL."""

    def __init__(self, state: TranslationState, provider: str, message: str, *, transient: bool = False,
                 retry_after: float | None = None):
        super().__init__(message)
        self.state = state
        self.provider = provider
        self.transient = transient  # worth retrying the same provider after a short wait
        self.retry_after = retry_after  # seconds the provider asked to wait (Retry-After), when it said


@dataclass(frozen=True, slots=True)
class Translation:
    text: str
    translated: str | None
    source: str
    target: str
    provider: str | None = None  # which provider answered (None: no provider was needed or none answered)
    from_cache: bool = False
    state: TranslationState = TranslationState.OK
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.translated is not None

    @property
    def shown(self) -> str:
        """What to display: the translation, or the original when there is none."""
        return self.translated if self.translated is not None else self.text


@dataclass(frozen=True, slots=True)
class ReplyTranslation:
    """An agent's reply in the customer's language, and that translation back in the agent's
    language so the agent can check the meaning before sending `translated`."""

    forward: Translation
    back: Translation | None

    @property
    def translated(self) -> str | None:
        return self.forward.translated

    @property
    def back_translation(self) -> str | None:
        return self.back.translated if self.back is not None else None

    @property
    def provider(self) -> str | None:
        return self.forward.provider

    @property
    def state(self) -> TranslationState:
        return self.forward.state
