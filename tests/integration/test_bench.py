"""The benchmark runs end to end on a small workspace and reports every figure with its baseline."""

import json
import subprocess
import sys

KEYS = (
    "ingest_msgs_per_s", "ingest_ratio_vs_raw", "queue_page_ms", "queue_ratio_vs_raw", "search_p95_ms",
    "search_ratio_vs_raw", "startup_ms", "startup_ratio_vs_bare_qt", "rss_mb", "sync_msgs_per_s", "ui_max_stall_ms",
    "triage_intent_accuracy", "triage_language_accuracy", "triage_ms_per_msg", "translate_cache_hit_ms",
    "kb_search_p95_ms", "open_conversation_worst_ms", "open_conversation_ui_max_stall_ms", "action_to_queue_ms",
    "action_to_queue_raw_ms", "action_to_queue_ratio_vs_raw",
)


def test_bench_prints_one_json_object_with_all_figures(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desk.bench", "--conversations", "300", "--ingest-messages", "2000",
         "--sync-messages", "500", "--data-dir", str(tmp_path / "bench"), "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for key in KEYS:
        assert isinstance(report[key], (int, float)) and report[key] > 0, key
    assert set(report["meets_targets"]) == set(report["targets"])
    assert report["messages"] == 3000
