"""translate_cache_hit_ms: p95 of TranslationService.cached() hits (glossary protection, key hash,
SQLite read, glossary restore) on a cache of 10,000 translations, against a bare sqlite3
primary-key lookup of the same rows in the same run (translate_cache_hit_ratio)."""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGETS = {"translate_cache_hit_ms": ("<=", 1)}

_TEMPLATES = (
    "Hello, order {i}: my phone case arrived broken and I want a refund. Where is the return label?",
    "Hallo, Bestellung {i}: die Sendungsnummer funktioniert nicht, bitte um Rückerstattung.",
    "Bonjour, commande {i} : le câble de charge ne marche pas, je voudrais un remboursement.",
    "订单{i}：手机壳坏了，我要退货，请告诉我物流单号。",
    "注文{i}：画面保護フィルムが届きません。返金をお願いします。",
)


def _p95_ms(call: Callable[[str], object], texts: list[str]) -> float:
    timings = []
    for text in texts:
        start = time.perf_counter()
        call(text)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.quantiles(timings, n=20)[18]


def bench_translation(entries: int = 10_000, lookups: int = 2_000) -> dict:
    from desk.executors import Executors
    from desk.translation.cache import CachedAnswer, TranslationCache, cache_key
    from desk.translation.glossary import load_glossary
    from desk.translation.service import TranslationService
    from desk.translation.settings import TranslationSettings

    texts = [_TEMPLATES[i % len(_TEMPLATES)].format(i=i) for i in range(entries)]
    glossary = load_glossary()
    with tempfile.TemporaryDirectory() as tmp:
        cache = TranslationCache(Path(tmp) / "translations.sqlite3")
        sent = {text: glossary.protect(text, "auto", "zh").text for text in texts}
        cache.put_many((cache_key("auto", "zh", s), CachedAnswer(f"译文 {s}", "deepl")) for s in sent.values())
        service = TranslationService(TranslationSettings(), glossary, cache, Executors())
        sample = random.Random(7).choices(texts, k=lookups)
        assert all(service.cached(t, "auto", "zh") is not None for t in sample[:50])  # hits, not misses

        bare = sqlite3.connect(cache.path)
        keys = {t: cache_key("auto", "zh", sent[t]) for t in sample}
        bare_ms = _p95_ms(lambda t: bare.execute("SELECT translated FROM translations WHERE key = ?",
                                                 (keys[t],)).fetchone(), sample)
        desk_ms = _p95_ms(lambda t: service.cached(t, "auto", "zh"), sample)
        bare.close()
        service.close()
    return {
        "translate_cache_hit_ms": round(desk_ms, 4),
        "translate_cache_hit_bare_ms": round(bare_ms, 4),
        "translate_cache_hit_ratio": round(desk_ms / bare_ms, 2),
    }


if __name__ == "__main__":
    print(bench_translation())
