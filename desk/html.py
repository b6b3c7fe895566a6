"""Untrusted HTML from mail and platforms, made inert before it is stored or shown.

nh3 (the ammonia sanitiser) keeps formatting tags only: no scripts, styles, forms, iframes or
event handlers, and no remote loads — images survive only as inline `cid:` or `data:` sources.
"""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "font", "h1", "h2", "h3", "h4", "hr", "i",
    "img", "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
    "td", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "td": {"colspan", "rowspan"}}
ALLOWED_SCHEMES = {"http", "https", "mailto", "cid", "data"}


def _drop_remote_images(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if value.startswith(("cid:", "data:image/")) else None
    return value


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        attribute_filter=_drop_remote_images,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
