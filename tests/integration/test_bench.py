"""The benchmark runs end to end on a small workspace and reports every figure with its baseline."""

import json
import subprocess
import sys

import pytest

KEYS = (
    "ingest_msgs_per_s", "ingest_ratio_vs_raw", "queue_page_ms", "queue_ratio_vs_raw", "search_p95_ms",
    "search_ratio_vs_raw", "startup_ms", "startup_ratio_vs_bare_qt", "rss_mb", "sync_msgs_per_s", "ui_max_stall_ms",
    "triage_intent_accuracy", "triage_language_accuracy", "triage_escalation_recall", "triage_ms_per_msg",
    "translate_cache_hit_ms", "kb_search_p95_ms", "open_conversation_worst_ms", "open_conversation_ui_max_stall_ms",
    "action_to_queue_ms", "action_to_queue_raw_ms", "action_to_queue_ratio_vs_raw",
)


# (ratio, figure, the baseline measured in the same run): ratio = figure / baseline
RATIOS = (
    ("ingest_ratio_vs_raw", "ingest_msgs_per_s", "ingest_raw_msgs_per_s"),
    ("queue_ratio_vs_raw", "queue_page_ms", "queue_raw_ms"),
    ("search_ratio_vs_raw", "search_p95_ms", "search_raw_p95_ms"),
    ("startup_ratio_vs_bare_qt", "startup_ms", "startup_bare_qt_ms"),
    ("action_to_queue_ratio_vs_raw", "action_to_queue_ms", "action_to_queue_raw_ms"),
)


def test_bench_prints_one_json_object_with_all_figures(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desk.bench", "--conversations", "300", "--ingest-messages", "2000",
         "--sync-messages", "500", "--data-dir", str(tmp_path / "bench"), "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(KEYS) <= set(report)
    for key in ("autoreply_wrong_rate", "triage_false_escalation_rate", "triage_escalation_recall"):
        assert isinstance(report[key], (int, float)) and 0 <= report[key] <= 1, key
    assert report["messages"] == 3000
    # Every ratio is its figure against the baseline measured in the same run.
    for ratio, figure, baseline in RATIOS:
        assert report[ratio] == pytest.approx(report[figure] / report[baseline], rel=0.02, abs=0.002), ratio
    # Accuracies are shares; times and rates are plausible for a 300-conversation workspace.
    for share in ("triage_intent_accuracy", "triage_language_accuracy"):
        assert 0.5 < report[share] <= 1, share
    assert 0 < report["queue_page_ms"] < 1000 and 0 < report["search_p95_ms"] < 5000
    assert report["ingest_msgs_per_s"] > 100 and report["sync_msgs_per_s"] > 10
    assert 50 < report["rss_mb"] < 2000
    # Each target is judged against its figure.
    assert set(report["meets_targets"]) == set(report["targets"])
    for key, target in report["targets"].items():
        op, limit = target.split()
        if key in report:
            meets = report[key] >= float(limit) if op == ">=" else report[key] <= float(limit)
            assert report["meets_targets"][key] == meets, key


TEAM_KEYS = ("team_queue_page_p95_ms", "team_queue_page_ratio_vs_raw", "team_search_p95_ms", "team_search_ratio_vs_raw",
             "team_live_update_p95_ms", "team_race_conversations")


def test_the_team_bench_starts_its_own_postgresql_and_reports_every_figure(tmp_path):
    from desk.team.cluster import server_binaries
    from tests.helpers.servers import require

    require("PostgreSQL (Debian package postgresql)", server_binaries() is not None)
    result = subprocess.run(
        [sys.executable, "-m", "desk.bench", "--team", "--conversations", "200", "--team-agents", "4",
         "--team-actions", "4", "--team-think", "0.2", "--data-dir", str(tmp_path / "bench"), "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(TEAM_KEYS) <= set(report)
    for ratio, figure, baseline in (("team_queue_page_ratio_vs_raw", "team_queue_page_p95_ms", "team_queue_page_raw_p95_ms"),
                                    ("team_search_ratio_vs_raw", "team_search_p95_ms", "team_search_raw_p95_ms")):
        if baseline in report:
            assert report[ratio] == pytest.approx(report[figure] / report[baseline], rel=0.02, abs=0.002), ratio
    assert (report["team_agents"], report["team_messages"]) == (4, 2000)
    assert report["team_double_claims"] == report["team_double_replies"] == report["team_lost_conversations"] == 0
    assert report["team_live_missed"] == 0
    assert set(report["meets_targets"]) == set(report["targets"])
