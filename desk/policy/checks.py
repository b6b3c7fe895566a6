"""Built-in checks: rules a regular expression cannot say well (context, exclusions, counting).

A table names one with `check = "<name>"`; each takes the rule, the reply and its context and
yields the violations. Parameters come from the rule's `params`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desk.policy.model import Rule, Violation


@dataclass(frozen=True, slots=True)
class ReplyContext:
    customer_language: str | None
    window_open: bool | None
    detect_language: Callable[[str], str] | None
    reply_language: str | None = None  # the language chosen for this reply (default: the customer's)


Check = Callable[[Rule, str, ReplyContext], Iterator[Violation]]

# A lower-case TLD is required for a bare domain, so "Thanks.It works" is no link; file names
# such as "invoice.pdf" or "photo.jpg" are not on this list either.
_TLDS = (
    "com|net|org|info|biz|io|co|me|ly|gl|to|shop|store|online|site|top|xyz|app|link|club|vip|"
    "cn|de|fr|es|it|jp|uk|eu|us|ca|au|mx|nl|be|at|ch|pl|se|br|in|ru|hk|tw|kr|sg|ae|tr|pt|ie|dk|no|fi|cz"
)
# ASCII-only look-arounds: Python's \w/\b treat Han and Kana as word characters, so "访问shop.com的"
# would otherwise hide the domain.
_LINK = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'()\[\]{}（）「」【】、，。]+"
    r"|(?<![A-Za-z0-9@._%+-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:" + _TLDS + r")"
    r"(?![A-Za-z0-9-])(?:[/?#][^\s<>\"'()\[\]{}（）「」【】、，。]*)?"
)
_HOST = re.compile(r"^(?:[a-z]+://)?(?:[^@/?#]*@)?([^/:?#]+)", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?"


def external_link(rule: Rule, text: str, _context: ReplyContext) -> Iterator[Violation]:
    allowed = re.compile(rule.params["allowed_host"], re.IGNORECASE)
    for match in _LINK.finditer(text):
        link = match.group().rstrip(_TRAILING_PUNCTUATION)
        host = _HOST.match(link)
        if host is None or not allowed.search(host.group(1).lower()):
            yield rule.violation(match.start(), match.start() + len(link))


# A run of digits with the separators phone numbers are written with (spaces, dots, hyphens,
# slashes, brackets, full-width and typographic dashes), optionally starting with "+" or "(".
# Look-arounds are ASCII for the same reason as above ("电话13800138000").
_DIGIT_RUN = re.compile(
    r"(?<![A-Za-z0-9_+/.\-\uff0d])(?:\+\s?|\()?\d(?:[\d ().\-/\u2010-\u2015\uff0d]*\d)?"
    r"(?![A-Za-z0-9_\-\uff0d])"
)
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")


def phone_number(rule: Rule, text: str, _context: ReplyContext) -> Iterator[Violation]:
    for match in _DIGIT_RUN.finditer(text):
        if _looks_like_phone(match.group(), rule.params):
            yield rule.violation(match.start(), match.end())


def _looks_like_phone(candidate: str, params: Mapping[str, Any]) -> bool:
    """International numbers ("+49 …", "0049 …") by digit count; national ones need separators in
    phone-like groups, except mainland Chinese mobiles (11 digits from 13x–19x), written unbroken.
    Order ids (3-7-7 = 17 digits), tracking numbers (long digit runs), dates and prices fail."""
    digits = sum(ch.isdigit() for ch in candidate)
    if digits > params["max_digits"] or any(_DATE.fullmatch(token) for token in candidate.split()):
        return False
    if candidate.startswith("+") or candidate.startswith("00"):
        return digits >= params["min_international_digits"]
    if candidate.isdigit():
        return _CN_MOBILE.fullmatch(candidate) is not None
    groups = [g for g in re.split(r"[^\d]+", candidate) if g]
    return digits >= params["min_national_digits"] and len(groups) >= 2 and max(map(len, groups)) <= 8


# Han, Kana and Hangul carry a word each; counting them three times makes "too short to tell"
# mean about the same amount of text in every script.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_NOT_PROSE = re.compile(r"https?://\S+|\S+@\S+|\d[\d\-./]*")


def language_mismatch(rule: Rule, text: str, context: ReplyContext) -> Iterator[Violation]:
    """The text is not in the language chosen for the reply (the customer's unless chosen otherwise)."""
    expected = _primary_language(context.reply_language or context.customer_language)
    if not expected or context.detect_language is None:
        return
    prose = _NOT_PROSE.sub(" ", text)
    weight = sum(ch.isalpha() for ch in prose) + 2 * len(_CJK.findall(prose))
    if weight < rule.params["min_letters"]:
        return
    detected = _primary_language(context.detect_language(prose))
    if detected and detected != "und" and detected != expected:
        yield rule.violation(0, len(text))


def not_buyer_language(rule: Rule, text: str, context: ReplyContext) -> Iterator[Violation]:
    """The agent chose to reply in another language than the customer's."""
    chosen, customer = _primary_language(context.reply_language), _primary_language(context.customer_language)
    if chosen and customer and chosen != customer:
        yield rule.violation(0, len(text))


def _primary_language(tag: str | None) -> str:
    """"en-US" -> "en", "zh_Hans" -> "zh"."""
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0] if tag else ""


def window_closed(rule: Rule, text: str, context: ReplyContext) -> Iterator[Violation]:
    if context.window_open is False:
        yield rule.violation(0, len(text))


def empty(rule: Rule, text: str, _context: ReplyContext) -> Iterator[Violation]:
    if not text.strip():
        yield rule.violation(0, len(text))


def too_long(rule: Rule, text: str, _context: ReplyContext) -> Iterator[Violation]:
    limit = rule.params["max_chars"]
    if len(text) > limit:
        yield rule.violation(limit, len(text))


CHECKS: dict[str, Check] = {
    "external_link": external_link,
    "phone_number": phone_number,
    "language_mismatch": language_mismatch,
    "not_buyer_language": not_buyer_language,
    "window_closed": window_closed,
    "empty": empty,
    "too_long": too_long,
}
