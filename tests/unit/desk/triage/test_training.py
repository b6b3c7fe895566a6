"""The corpus parses, the shipped models load through importlib.resources, and training works."""

from __future__ import annotations

import subprocess
import sys

from desk.triage import INTENTS
from desk.triage.train import Example, corpus_dir, load_corpus, split, train_intent, train_language


def test_corpus_covers_every_intent_in_the_main_languages():
    examples = [e for section in load_corpus(corpus_dir()) for e in section]
    assert len(examples) >= 500
    for language in ("en", "es", "de", "fr", "it", "ja", "zh"):
        covered = {e.intent for e in examples if e.language == language}
        assert covered == set(INTENTS), language
    assert {e.intent for e in examples} == set(INTENTS)


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
