"""A plain-text rendering of an HTML mail body, for mail that has no text/plain part.

Only for search, previews and quote trimming: the HTML itself is kept and sanitised elsewhere.
Blockquotes come out as "> " lines so the same quote trimming works for HTML-only mail.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIPPED = {"script", "style", "head", "title", "template", "noscript"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tr", "ul",
}
_SPACES = re.compile(r"[ \t\r\n\f\u200b]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []  # (blockquote depth, text)
        self._line: list[str] = []
        self._line_depth = 0
        self._quote_depth = 0
        self._skip_depth = 0
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self._break()
        if tag == "blockquote":
            self._quote_depth += 1
        elif tag == "pre":
            self._pre_depth += 1
        elif tag == "td" or tag == "th":
            self._line.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self._break()
        if tag == "blockquote":
            self._quote_depth = max(0, self._quote_depth - 1)
        elif tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if not self._line:
            self._line_depth = self._quote_depth
        if self._pre_depth:
            first, *rest = data.split("\n")
            self._line.append(first)
            for piece in rest:
                self._break()
                self._line_depth = self._quote_depth
                self._line.append(piece)
        else:
            self._line.append(_SPACES.sub(" ", data))

    def _break(self) -> None:
        text = "".join(self._line).strip()
        self._line = []
        if text or (self.lines and self.lines[-1][1]):
            self.lines.append((self._line_depth, text))
        self._line_depth = self._quote_depth

    def text(self) -> str:
        self._break()
        rendered = [("> " * depth + line).rstrip() if line else ">" * depth for depth, line in self.lines]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(rendered)).strip()


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # HTMLParser gives up on some malformed markup
        return _SPACES.sub(" ", re.sub(r"<[^>]*>", " ", html)).strip()
    return collector.text()
