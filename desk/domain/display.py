"""What the window shows of a message body: bounded, whatever the sender wrote.

Qt's rich-text layout is superlinear in the length of a run without break opportunities (64 KiB
on one line took a second, 2 MiB minutes), in the number of lines, and explosively in nested
tables (20 levels: 90 s). So a body is shown in part: at most SHOW_CHARS characters and SHOW_LINES
lines, a break opportunity in every longer run, HTML only when it is small and shallow (else its
text), images clamped in size and number. `cut` tells the window to offer "show everything".
"""

from __future__ import annotations

import html as html_escape
import re
from dataclasses import dataclass

SHOW_CHARS = 8_000
SHOW_LINES = 200
BREAK_EVERY = 80  # characters without a space before a zero-width break opportunity is inserted
MAX_HTML_CHARS = 40_000
MAX_TABLE_DEPTH = 2  # the window wraps each message in two tables of its own
MAX_TAG_DEPTH = 30
MAX_IMAGES = 40
IMAGE_MAX_PX = 600

_LONG_RUN = re.compile(r"\S{%d,}" % (BREAK_EVERY + 1))
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
_SIZE_ATTRIBUTE = re.compile(r"""\b(width|height)\s*=\s*["']?\s*(\d+)(?:px)?\s*["']?""", re.IGNORECASE)
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base"}
_BLOCKS = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "blockquote", "pre", "hr"}


@dataclass(frozen=True, slots=True)
class ShownBody:
    html: str  # ready for the browser: escaped text or sanitised, bounded HTML
    cut: bool  # something was left out: offer "show everything"


def shown_body(text: str, html: str | None = None) -> ShownBody:
    """The part of a message the conversation view renders (HTML when it is light enough)."""
    if html:
        light = _light_html(html)
        if light is not None:
            return ShownBody(light, False)
    return shown_text(text, cut=bool(html))


def shown_text(text: str, *, cut: bool = False) -> ShownBody:
    part, was_cut = text_part(text)
    return ShownBody(html_escape.escape(breakable(part)).replace("\n", "<br>"), was_cut or cut)


def text_part(text: str, chars: int = SHOW_CHARS, lines: int = SHOW_LINES) -> tuple[str, bool]:
    """The start of `text` within the limits, and whether anything was left out."""
    part = text[:chars]
    newlines = -1
    for _ in range(lines):
        newlines = part.find("\n", newlines + 1)
        if newlines < 0:
            break
    else:
        part = part[:newlines]
    return part, len(part) < len(text)


def breakable(text: str) -> str:
    """`text` with a zero-width space in every run of more than BREAK_EVERY non-space characters."""
    return _LONG_RUN.sub(lambda run: "\u200b".join(
        run.group()[i:i + BREAK_EVERY] for i in range(0, len(run.group()), BREAK_EVERY)), text)


def _light_html(markup: str) -> str | None:
    """Sanitised HTML with images clamped, or None when it is too big or too deeply nested to lay out
    quickly (the text is shown instead)."""
    if len(markup) > MAX_HTML_CHARS:
        return None
    depth = tables = images = blocks = 0
    parts: list[str] = []
    position = 0
    for tag in _TAG.finditer(markup):
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name == "img":
            images += 1
            replacement = "" if images > MAX_IMAGES else _clamped_image(tag.group())
            parts.append(markup[position:tag.start()] + replacement)
            position = tag.end()
            continue
        blocks += name in _BLOCKS and not closing
        if blocks > SHOW_LINES:
            return None
        if name in _VOID or tag.group(3).rstrip().endswith("/"):
            continue
        depth += -1 if closing else 1
        tables += (-1 if closing else 1) if name == "table" else 0
        if depth > MAX_TAG_DEPTH or tables > MAX_TABLE_DEPTH:
            return None
    parts.append(markup[position:])
    return _breakable_html("".join(parts))


def _clamped_image(tag: str) -> str:
    return _SIZE_ATTRIBUTE.sub(lambda a: f'{a.group(1)}="{min(int(a.group(2)), IMAGE_MAX_PX)}"', tag)


def _breakable_html(markup: str) -> str:
    """Break opportunities in long text runs between tags (never inside a tag or an entity)."""
    pieces = re.split(r"(<[^>]*>|&[#a-zA-Z0-9]+;)", markup)
    return "".join(piece if piece.startswith(("<", "&")) else breakable(piece) for piece in pieces)
