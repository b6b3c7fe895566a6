"""The demo's messages translated into Chinese and English by hand (data/translations/<lang>.json,
keyed "<conversation key>#<message index>"), put into the workspace's translation cache when the
demo is built: the demo shows translations side by side without reaching any provider."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

from desk.demo.data_files import demo_conversations

TRANSLATOR = "Desk demo"


def demo_translations() -> Iterator[tuple[str, str, str, str, str]]:
    """(text, source language, target language, translation, translator) for every demo message."""
    folder = resources.files("desk.demo") / "data" / "translations"
    known: dict[str, dict[str, str]] = {}
    for language in ("de", "en", "es", "fr", "it", "ja", "zh"):
        file = folder / f"{language}.json"
        if file.is_file():
            known.update(json.loads(file.read_text(encoding="utf-8")))
    for conversation in demo_conversations():
        for index, message in enumerate(conversation["messages"]):
            for target, translated in known.get(f"{conversation['key']}#{index}", {}).items():
                yield message["text"], conversation["language"], target, translated, TRANSLATOR


def seed_demo_translations(db) -> int:
    """Fill the translation cache beside the demo workspace; how many translations it holds."""
    from desk.translation.cache import TranslationCache
    from desk.translation.glossary import load_glossary
    from desk.translation.service import TranslationService
    from desk.translation.settings import load_translation_settings

    cache = TranslationCache.in_data_dir(db.path.parent)
    service = TranslationService(load_translation_settings(db), load_glossary(db), cache, executors=None)
    try:
        service.remember(demo_translations())
        return len(cache)
    finally:
        cache.close()
