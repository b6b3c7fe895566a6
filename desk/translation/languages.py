"""Language codes as Desk uses them (ISO 639-1: zh, en, es, de, fr, it, ja) and "auto"."""

from __future__ import annotations

AUTO = "auto"


def base_language(code: str) -> str:
    """'zh-CN' -> 'zh', 'EN_us' -> 'en', 'auto' -> 'auto'."""
    return code.strip().replace("_", "-").split("-", 1)[0].lower()


def same_language(source: str, target: str) -> bool:
    source_base = base_language(source)
    return source_base != AUTO and source_base == base_language(target)
