"""The corpus parses, the shipped models load through importlib.resources, and training works."""

from __future__ import annotations

import subprocess
import sys

from desk.triage import INTENTS
from desk.triage.model import NEVER_SURE
from desk.triage.train import (
    AUTOREPLY_TARGET, Example, Prediction, apart_from_evaluation, calibrated, choose_autoreply_threshold, corpus_dir, example_features, fit_temperature, load_corpus, split,
    train_intent, train_language,
)


def test_corpus_covers_every_intent_in_the_main_languages():
    examples = [e for section in load_corpus(corpus_dir()) for e in section]
    assert len(examples) >= 500
    for language in ("en", "es", "de", "fr", "it", "ja", "zh"):
        covered = {e.intent for e in examples if e.language == language}
        assert covered == set(INTENTS), language
    assert {e.intent for e in examples} == set(INTENTS)


def test_training_never_sees_a_message_of_the_evaluation_set():
    from desk.bench.triage import load_eval_set

    evaluated = load_eval_set()[0]["text"]
    kept = Example("  " + evaluated.upper() + " ", "other", "en", False)
    written_apart = Example("a message no evaluation holds, 305-1234567-7654321", "other", "en", False)
    assert apart_from_evaluation([[kept, written_apart], [kept]]) == [[written_apart], []]


def test_dev_split_is_disjoint_from_train():
    train, dev = split(load_corpus(corpus_dir()))
    assert dev and not set(map(id, dev)) & set(map(id, train))
    assert len(dev) * 4 < len(train)


def test_training_learns_a_small_task():
    examples = [
        Example("please cancel my order", "cancel_order", "en", False),
        Example("cancel it please", "cancel_order", "en", False),
        Example("I need an invoice for my company", "invoice_request", "en", False),
        Example("send me the VAT invoice", "invoice_request", "en", False),
    ]
    model = train_intent(examples, INTENTS)
    probabilities, known = model.probabilities(["k:cancel"])
    assert known == 1
    assert model.intents[probabilities.index(max(probabilities))] == "cancel_order"
    assert all(len(row) == len(INTENTS) for row in model.weights.values())
    language = train_language({"en": ["the order"], "de": ["die Bestellung"], **{k: ["x"] for k in ("es", "fr", "it", "pt", "nl", "pl")}})
    assert language["languages"][0] == "en" and " t" in language["log_probs"]


def test_import_is_light_and_models_load_lazily():
    code = (
        "import sys, desk.triage\n"
        "assert 'desk.triage.train' not in sys.modules\n"
        "from desk.triage.model import intent_model\n"
        "assert intent_model.cache_info().currsize == 0\n"
        "desk.triage.classify('hi')\n"
        "assert intent_model.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_temperature_softens_an_overconfident_model():
    # Always 0.99 sure, right only 70 % of the time: the fitted temperature must bring it down.
    predictions = [Prediction([0.99, 0.01], 10, (), 0 if i % 10 < 7 else 1, False, False) for i in range(100)]
    temperature = fit_temperature(predictions)
    assert temperature > 1.5
    assert 0.6 < calibrated([0.99, 0.01], temperature)[0] < 0.85


def test_autoreply_threshold_is_the_lowest_with_few_enough_wrong_answers_above_it():
    intents = ("where_is_my_order", "complaint")
    asked = ("k:tracking",)  # the question in its own words
    right = [Prediction([p, 1 - p], 10, asked, 0, False, False) for p in (0.99, 0.98, 0.97)]
    wrong = Prediction([0.96, 0.04], 10, asked, 1, False, False)  # a complaint read as where-is-my-order
    escalated = Prediction([0.995, 0.005], 10, asked, 0, True, True)  # flagged by the rules: never answered
    threshold = choose_autoreply_threshold([*right, wrong, escalated], 1.0, intents)
    assert threshold == 0.97
    mixed = Prediction([0.999, 0.001], 10, ("k:tracking", "k:missing_part"), 0, False, False)  # capped below the threshold
    unasked = Prediction([0.999, 0.001], 10, ("k:thanks",), 1, False, False)  # no words of the question: capped too
    assert choose_autoreply_threshold([mixed, unasked, *right, wrong], 1.0, intents) == 0.97
    assert choose_autoreply_threshold([wrong], 1.0, intents) == NEVER_SURE  # nothing sure enough
    tied = Prediction([0.97, 0.03], 10, asked, 1, False, False)  # wrong, as sure as a right one
    assert choose_autoreply_threshold([*right, tied], 1.0, intents) == 0.98
    # One wrong answer among the surest is no reason to answer nothing when enough right ones follow.
    assert AUTOREPLY_TARGET == 0.005
    sure_but_wrong = Prediction([0.999, 0.001], 10, asked, 1, False, False)
    many = [Prediction([0.95, 0.05], 10, asked, 0, False, False)] * 199
    assert choose_autoreply_threshold([sure_but_wrong, *many], 1.0, intents) == 0.95  # 1 wrong in 200
    assert choose_autoreply_threshold([sure_but_wrong, *many[:150]], 1.0, intents) == NEVER_SURE  # 1 in 151


def test_escalation_training_learns_a_small_task_and_round_trips_through_the_model_file():
    import json

    from desk.triage.model import IntentModel, to_json
    from desk.triage.train import train_escalation

    rows = [(["w:scam", "w:parcel"], True), (["w:thieves"], True), (["w:parcel", "w:thanks"], False),
            (["w:parcel"], False), (["w:size"], False)] * 10
    head = train_escalation(rows)
    assert head.score(["w:scam"]) > 0.5 > head.score(["w:parcel", "w:thanks"])
    intent = IntentModel(("a", "b"), [0.0, 0.0], {"w:parcel": [0.1, 0.0], "w:scam": [0.0, 0.2]})
    raw = json.loads(to_json(intent, head))
    names = list(raw["weights"])  # the escalation weights follow this order
    assert names[:2] == ["w:parcel", "w:scam"]
    assert raw["escalation"]["weights"][1] == round(head.weights["w:scam"] * 100)
    # a feature only the escalation model weighs is shipped with it, on an intent row of zeros
    thieves = names.index("w:thieves")
    assert raw["weights"]["w:thieves"] == [0, 0]
    assert raw["escalation"]["weights"][thieves] == round(head.weights["w:thieves"] * 100) != 0


def test_escalation_thresholds_are_recall_first_within_their_budgets():
    from desk.triage.train import ESCALATION_FALSE_BUDGET, RISK_BUDGET, choose_escalation_thresholds

    negatives = 100
    scores = [0.9, 0.6, 0.4, 0.2] + [0.5] * 2 + [0.3] * 8 + [0.2] * 5 + [0.01] * (negatives - 15)
    must = [True] * 4 + [False] * negatives
    flagged, named = [False] * len(must), [False] * len(must)
    # The premises: two negatives fit the false budget, ten the risk budget.
    assert ESCALATION_FALSE_BUDGET * negatives == 2 and RISK_BUDGET * negatives == 10
    assert choose_escalation_thresholds(scores, must, flagged, named) == (0.31, 0.21)
    flagged[-1] = flagged[-2] = True  # the rules already spend the false budget: the threshold rises
    assert choose_escalation_thresholds(scores, must, flagged, named) == (0.51, 0.21)
    flagged[-1] = flagged[-2] = False
    named[6:14] = [True] * 8  # the rules name a reason (negated) in the eight at 0.3: the model leaves them be
    assert choose_escalation_thresholds(scores, must, flagged, named) == (0.21, 0.21)
    everything = [False] * 4 + [True] * negatives  # the rules alone break the budget: the model escalates nothing
    assert choose_escalation_thresholds(scores, must, everything, named) == (NEVER_SURE, 0.21)


def test_the_intent_model_does_not_read_escalation_reasons():
    examples = [
        Example("where is my parcel, I want a manager", "where_is_my_order", "en", True),
        Example("where is my parcel", "where_is_my_order", "en", False),
        Example("a part is missing from the box", "missing_item", "en", False),
    ]
    model = train_intent(examples, INTENTS)
    assert "k:esc_manager" in example_features(examples[0].text)
    assert not [feature for feature in model.weights if feature.startswith("k:esc_")]
