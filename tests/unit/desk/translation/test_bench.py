"""The benchmark's translation figures are produced (their targets are checked by the benchmark)."""

from desk.bench.translation import TARGETS, bench_translation


def test_bench_reports_the_cache_hit_figures_and_its_baseline():
    figures = bench_translation(entries=300, lookups=60)
    assert set(TARGETS) <= set(figures)
    assert figures["translate_cache_hit_ms"] > 0 and figures["translate_cache_hit_bare_ms"] > 0
    assert figures["translate_cache_hit_ratio"] > 0
