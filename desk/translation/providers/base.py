"""What every provider offers the service, and the failures they all share.

A provider's `translate` is blocking (it runs on an executor thread) and sends exactly one
request: a batch for the APIs that take one, a single text for the others (batch_items == 1).
Failures are raised as TranslationError built after the library's exception has been handled,
so neither its message (which may hold a URL) nor its context travels with it.
"""

from __future__ import annotations

from typing import Protocol

from desk.translation.batching import Limits
from desk.translation.model import TranslationError, TranslationState

LABELS = {
    "google": "Google Translate",
    "deepl": "DeepL",
    "microsoft": "Microsoft Translator",
    "libre": "LibreTranslate",
    "mymemory": "MyMemory",
}


class Provider(Protocol):
    name: str
    limits: Limits

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        """Translations of `texts`, in order; `source` may be "auto". One request."""

    def close(self) -> None: ...


def offline(name: str, timed_out: bool = False) -> TranslationError:
    reason = "did not answer in time" if timed_out else "could not be reached; check the network connection"
    return TranslationError(TranslationState.OFFLINE, name, f"{LABELS[name]} {reason}.", transient=True)


def refused_key(name: str) -> TranslationError:
    return TranslationError(TranslationState.AUTH, name,
                            f"{LABELS[name]} refused the API key. Check the key in the translation settings.")


def missing_key(name: str) -> TranslationError:
    return TranslationError(TranslationState.AUTH, name,
                            f"No API key for {LABELS[name]} is stored. Add it in the translation settings.")


def too_many_requests(name: str, retry_after: float | None = None) -> TranslationError:
    return TranslationError(TranslationState.QUOTA, name,
                            f"{LABELS[name]} is receiving too many requests; try again in a moment.", transient=True,
                            retry_after=retry_after)


def quota_used_up(name: str) -> TranslationError:
    return TranslationError(TranslationState.QUOTA, name,
                            f"The {LABELS[name]} quota is used up for now; translations resume when it renews.")


def server_error(name: str, status: int, retry_after: float | None = None) -> TranslationError:
    return TranslationError(TranslationState.FAILED, name,
                            f"{LABELS[name]} had a server error (HTTP {status}).", transient=True, retry_after=retry_after)


def bad_answer(name: str, what: str = "an answer Desk cannot read") -> TranslationError:
    return TranslationError(TranslationState.FAILED, name, f"{LABELS[name]} sent {what}.")


def refused_request(name: str, status: int, detail: str = "") -> TranslationError:
    return TranslationError(TranslationState.FAILED, name,
                            f"{LABELS[name]} refused the request (HTTP {status}{detail}).")


def status_failure(name: str, status: int, retry_after: float | None = None) -> TranslationError:
    """The usual meaning of an HTTP status across these APIs; `retry_after` from its Retry-After header."""
    if status in (401, 403):
        return refused_key(name)
    if status == 456:  # DeepL: character quota of the billing period exceeded
        return quota_used_up(name)
    if status in (429, 529):  # 529: DeepL's "too many requests" under load
        return too_many_requests(name, retry_after)
    if status >= 500:
        return server_error(name, status, retry_after)
    return refused_request(name, status)


def check_count(name: str, translated: list[str], expected: int) -> list[str]:
    if len(translated) != expected or not all(isinstance(t, str) for t in translated):
        raise bad_answer(name, f"{len(translated)} translations for {expected} texts")
    return translated
