"""Triage classifier on the held-out evaluation set (desk/bench/data/triage_eval.jsonl).

The set is written apart from the classifier's corpus and never used to train or tune it; only
aggregate figures come out of here. Escalation is scored as a detector (recall over the messages
that must escalate, false escalations over those that must not); automatic replies as the share
of wrong ones among the messages Desk would answer unseen (`desk.routing.autoreply.sure_enough`):
a wrong intent, or a customer who should have been escalated.
"""

from __future__ import annotations

import json
import time
from importlib import resources

TARGETS = {
    "triage_intent_accuracy": (">=", 0.92),
    "triage_language_accuracy": (">=", 0.98),
    "triage_escalation_recall": (">=", 1.0),
    "triage_false_escalation_rate": ("<=", 0.05),
    "autoreply_wrong_rate": ("<=", 0.01),
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
        **escalation_figures(results, items),
        **autoreply_figures(results, items),
        "triage_ms_per_msg": round(min(_per_message_ms(items) for _ in range(TIMING_ROUNDS)), 3),
        "triage_load_ms": round(load_ms, 1),
    }


def escalation_figures(results: list, items: list[dict]) -> dict:
    must = [r.escalate for r, i in zip(results, items) if i["escalate"]]
    must_not = [r.escalate for r, i in zip(results, items) if not i["escalate"]]
    return {"triage_escalation_recall": _share(must), "triage_false_escalation_rate": _share(must_not)}


def autoreply_figures(results: list, items: list[dict]) -> dict:
    """Wrong automatic replies among those sent, and how many of the answerable messages got one."""
    from desk.routing.autoreply import AUTO_INTENTS, sure_enough

    sent = [(r, i) for r, i in zip(results, items) if sure_enough(r.intent, r.escalate, r.confidence)]
    answerable = [i for i in items if i["intent"] in AUTO_INTENTS and not i["escalate"]]
    return {
        "autoreply_wrong_rate": _share(r.intent != i["intent"] or i["escalate"] for r, i in sent),
        "autoreply_sent": len(sent),
        "autoreply_coverage": round(len(sent) / len(answerable), 4) if answerable else 0.0,
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
