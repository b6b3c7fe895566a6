"""Cutting the quoted history off a reply for display (the full text is kept separately).

A reply ends where the client's attribution line, an Outlook header block or a trailing block
of "> " lines begins. Attribution lines are localized and often wrapped over two or three lines,
so each candidate line is also tried joined with the lines after it.
"""

from __future__ import annotations

import re

_ATTRIBUTIONS = [  # (a word the line must contain, the whole attribution line)
    (word, re.compile(pattern, re.IGNORECASE | re.DOTALL))
    for word, pattern in (
        ("wrote", r"On\b.{1,300}\bwrote\s*:"),  # en (Gmail, Apple Mail, Thunderbird)
        ("schrieb", r"Am\b.{1,300}\bschrieb\b.{0,300}:"),  # de
        ("écrit", r"Le\b.{1,300}\ba\s+écrit\s*:"),  # fr (often a no-break space before the colon)
        ("escribió", r"El\b.{1,300}\bescribió\s*:"),  # es
        ("scritto", r"Il\b.{1,300}\bha\s+scritto\s*:"),  # it
        ("escreveu", r"Em\b.{1,300}\bescreveu\s*:"),  # pt
        ("schreef", r"Op\b.{1,300}\bschreef\b.{0,300}:"),  # nl
        ("年", r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,300}[:：]"),  # ja Gmail: 2024年1月15日(月) 10:00 名前 <a@b>:
        ("書きました", r".{1,300}(?:さんは書きました|が書きました|は書きました)\s*[:：]?"),  # ja (Becky!, Thunderbird)
        ("写道", r".{0,300}于\s*\d{4}\s*年.{0,300}写道\s*[:：]"),  # zh-CN Gmail: 名字 <a@b> 于2024年1月15日周一 10:00写道：
        ("写道", r".{0,300}\d.{0,300}写道\s*[:：]"),  # zh (Thunderbird "在 2024/1/15 …, 张三 写道:", Foxmail)
        ("寫道", r".{0,300}\d.{0,300}寫道\s*[:：]"),  # zh-TW
    )
]
_SEPARATOR = re.compile(
    r"-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale"
    r"|Mensagem original|Oorspronkelijk bericht|元のメッセージ|原始邮件|原始郵件|Original)\s*-{2,}",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"(?:From|Von|De|Da|Van|差出人|发件人|寄件者)\s*[:：]\s*\S.*", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(
    r"(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Enviada em|Fecha|Inviato|Data|Verzonden|送信日時|日付|发送时间|時間|日期|寄件日期)"
    r"\s*[:：]",
    re.IGNORECASE,
)
_RULE = re.compile(r"[_\-=]{8,}")
_MAX_JOINED_LINES = 3
_MAX_ATTRIBUTION_CHARS = 400


def trim_quoted(text: str) -> str:
    """`text` without the quoted history after the reply; the whole text when nothing would remain."""
    lines = text.splitlines()
    cut = _quote_start(lines)
    if cut is None:
        return text.strip()
    while cut > 0 and (not lines[cut - 1].strip() or _RULE.fullmatch(lines[cut - 1].strip())):
        cut -= 1
    kept = "\n".join(lines[:cut]).strip()
    return kept or text.strip()


def _quote_start(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(">"):
            continue
        if _SEPARATOR.fullmatch(stripped) or _is_outlook_header(lines, index):
            return index
        end = _attribution_end(lines, index)
        # "Thanks" + "在 2024/1/15 …写道:" also matches a pattern that allows a prefix: the
        # attribution starts on the last line from which it still matches.
        if end is not None and not any(_joined_matches(lines[start:end + 1]) for start in range(index + 1, end + 1)):
            return index
    return _trailing_quote_block(lines)


def _attribution_end(lines: list[str], index: int) -> int | None:
    """Last line of an attribution starting at `index` (wrapped over up to three lines)."""
    for end in range(index, min(index + _MAX_JOINED_LINES, len(lines))):
        stripped = lines[end].strip()
        if not stripped or stripped.startswith(">"):
            return None
        if _joined_matches(lines[index:end + 1]):
            return end
    return None


def _joined_matches(lines: list[str]) -> bool:
    joined = " ".join(line.strip() for line in lines)
    if len(joined) > _MAX_ATTRIBUTION_CHARS:
        return False
    lowered = joined.lower()
    return any(word in lowered and pattern.fullmatch(joined) for word, pattern in _ATTRIBUTIONS)


def _is_outlook_header(lines: list[str], index: int) -> bool:
    if not _OUTLOOK_FROM.fullmatch(lines[index].strip()):
        return False
    return any(_OUTLOOK_SENT.match(line.strip()) for line in lines[index + 1:index + 5])


def _trailing_quote_block(lines: list[str]) -> int | None:
    """Index of the "> " block that runs to the end of the text (bottom quotes, not inline replies)."""
    start = None
    for index in range(len(lines) - 1, -1, -1):
        stripped = lines[index].strip()
        if stripped.startswith(">"):
            start = index
        elif stripped:
            break
    return start
