"""Triage classifier on the held-out evaluation set (desk/bench/data/triage_eval.jsonl).

The set is written independently of the classifier's corpus and never used to train or tune it;
only aggregate figures come out of here.
"""

from __future__ import annotations

import json
import time
from importlib import resources

TARGETS = {
    "triage_intent_accuracy": (">=", 0.92),
    "triage_language_accuracy": (">=", 0.98),
    "triage_ms_per_msg": ("<=", 5),
}
TIMING_ROUNDS = 3  # best of: the machine is shared


def load_eval_set() -> list[dict]:
    text = resources.files("desk.bench").joinpath("data/triage_eval.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def bench_triage() -> dict:
    from desk.triage import classify

    items = load_eval_set()
    load_start = time.perf_counter()
    classify("hello")  # loads the models: reported apart from the per-message cost
    load_ms = (time.perf_counter() - load_start) * 1000
    results = [classify(item["text"]) for item in items]
    return {
        "triage_messages": len(items),
        "triage_intent_accuracy": _share(r.intent == i["intent"] for r, i in zip(results, items)),
        "triage_language_accuracy": _share(r.language == i["language"] for r, i in zip(results, items)),
        "triage_escalate_accuracy": _share(r.escalate == bool(i["escalate"]) for r, i in zip(results, items)),
        "triage_ms_per_msg": round(min(_per_message_ms(items) for _ in range(TIMING_ROUNDS)), 3),
        "triage_load_ms": round(load_ms, 1),
    }


def _share(hits) -> float:
    hits = list(hits)
    return round(sum(hits) / len(hits), 4) if hits else 0.0


def _per_message_ms(items: list[dict]) -> float:
    from desk.triage import classify

    start = time.perf_counter()
    for item in items:
        classify(item["text"])
    return (time.perf_counter() - start) * 1000 / max(1, len(items))


if __name__ == "__main__":
    print(json.dumps(bench_triage(), indent=2))
