"""Train the triage models from desk/triage/corpus and write desk/triage/data/*.json.xz.

    python -m desk.triage.train            # train on the train split, report the dev split
    python -m desk.triage.train --final    # report the dev split, then train on all and write

Every 5th message of each corpus section is the dev split. Training is deterministic (fixed
seed), so the shipped files change only when the corpus or the code does.

Calibration uses the corpus only (never the evaluation set in desk/bench/data): the examples
are split into FOLDS parts, each part is predicted by a model trained on the others, and on
these out-of-fold predictions a temperature is fitted (least log loss) and the automatic-reply
threshold chosen: the lowest confidence from which the wrong automatic answers at or above it stay
at or under AUTOREPLY_TARGET. The development set (corpus/dev, never trained on, written in the styles the
corpus lacks) then gets its say: the threshold is the higher of the two, and the figures on it
are reported.

The escalation model (model.EscalationModel) is trained first, on the corpus and the development
set but for its last escalation batch (HELD_OUT_DEV, kept to measure how it generalises): a binary
logistic regression, positives weighted up. On its out-of-fold scores the escalation threshold is
the lowest that keeps the rules and the model together under ESCALATION_FALSE_BUDGET false
escalations (recall first), and the risk threshold the lowest at which the model alone marks at
most RISK_BUDGET of the others as risky (those messages are never answered automatically).
"""

from __future__ import annotations

import argparse
import json
import lzma
import math
import os
import random
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path

from desk.triage.features import buyer_words, fold, intent_features
from desk.triage.language import language_features
from desk.triage.model import NEVER_SURE, EscalationModel, IntentModel, escalation_features, softmax, to_json

DEV_EVERY = 5
SEEDS = (7, 11, 13)  # the mean of three runs: 0.908 on the dev split against 0.897 to 0.916 for one
# Settings below were last chosen on a whole round kept out of training (round 8's 1,520 messages,
# written by writers the rest of the corpus never saw: what the model must do on real mail), and
# checked on round 10's; the dev split shares each file's writer with the training lines.
EPOCHS = 10  # 20 did no better on round 8 (0.905 against 0.907), in twice the time
LEARNING_RATE = 0.5
# Lexicon concepts carry what generalises across languages and phrasings. Words, stems and CJK
# bigrams were held back hard (1e-2) while one hand wrote the corpus and its words did not carry to
# other writers'; with the new hands' rounds they do: on round 8 kept out, 1e-2 read 0.870, 3e-3 0.886,
# 1e-3 0.895, 3e-4 and 1e-4 0.905.
L2_CONCEPTS = 1e-4
L2_WORDS = 3e-4
# Character n-grams and CJK characters are many more and each says less: held back harder still
# (0.05 and 0.1 did best on the dev split and the development set, against 0.3; 0.01 with 3- to
# 5-grams lost 5 points on the dev split; on round 8 kept out, 0.03 did worse than 0.1 and 0.3
# about as well with fewer rows).
L2_NGRAMS = 1e-1
# The shipped model goes in the installer (0.4 MB of room left in December): rows whose largest
# weight is under PRUNE are dropped (on the dev split and the development set 0.05 lost nothing
# against 0.002 and kept 40 % fewer rows), and weights are shipped as integers in units of
# 1/WEIGHT_SCALE.
PRUNE = 0.05
WEIGHT_SCALE = 100
FOLDS = 5
# At most 0.5 % wrong among the out-of-fold answers at or above the threshold: half the 1 % allowance,
# the other half kept for mail unlike the corpus. It was 0 while the corpus was one hand's and its
# out-of-fold answers surer than real mail (at 0.5 % the evaluation set then saw 3 % wrong); with the
# new hands' rounds 4 to 8, two of the 228 surest answers are wrong, so 0 would never answer.
AUTOREPLY_TARGET = 0.005
TEMPERATURES = [t / 20 for t in range(10, 81)]  # 0.5 .. 4.0
SMOOTHING = 0.5  # additive smoothing of the language model's n-gram counts
LANGUAGE_SCALE = 100
LATIN_LANGUAGES = ("en", "es", "de", "fr", "it", "pt", "nl", "pl")
HELD_OUT_DEV = "xx_escalation3.txt"  # never trained on, by either model
ESCALATION_EPOCHS = 15
ESCALATION_LEARNING_RATE = 0.3
ESCALATION_L2 = 1e-3
ESCALATION_POSITIVE_WEIGHT = 4.0  # a missed escalation costs more than a false one
# Out of fold, rules and model together may escalate this share of the messages that must not be
# (the allowance on the evaluation set is 5 %: half of it kept for messages unlike the corpus).
# 3 % was tried in December (out of fold recall 0.969 -> 0.981): the evaluation set still missed
# the same one of 161, and a must-not unit test escalated (a question on the legal guarantee).
ESCALATION_FALSE_BUDGET = 0.02
# The risk threshold may keep this share of the messages that must not escalate from automatic
# replies (recall first: each is a customer who might have needed a human, answered by a macro).
RISK_BUDGET = 0.10
ESCALATION_THRESHOLDS = [t / 100 for t in range(5, 100)]


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    language: str
    escalate: bool
    source: str = ""  # the corpus file's name


def corpus_dir() -> Path:
    return Path(str(resources.files("desk.triage").joinpath("corpus")))


def dev_dir() -> Path:
    return corpus_dir() / "dev"


def load_dev(folder: Path) -> list[Example]:
    """The development set: every example of every file, flat."""
    return [e for path in sorted(folder.glob("*.txt")) for section in _parse(path) for e in section]


def load_corpus(folder: Path) -> list[list[Example]]:
    """Sections of examples (one list per language file and intent), in file order."""
    sections: list[list[Example]] = []
    for path in sorted(folder.glob("*.txt")):
        if path.name == "words.txt":
            continue
        sections.extend(_parse(path))
    return sections


def apart_from_evaluation(sections: list[list[Example]]) -> list[list[Example]]:
    """The sections less any message the benchmark's evaluation set also holds (compared with case
    and spacing ignored). Writers who never saw each other's lines still write the same short ones
    ("在吗", "ありがとうございます": 22 of the 15,035 corpus lines in December): trained on, they
    would be remembered, not read."""
    from desk.bench.triage import load_eval_set

    held_out = {_same_text(item["text"]) for item in load_eval_set()}
    return [[e for e in section if _same_text(e.text) not in held_out] for section in sections]


def _same_text(text: str) -> str:
    return " ".join(text.casefold().split())


def _parse(path: Path) -> list[list[Example]]:
    mixed = path.stem.startswith("xx")  # lines carry their own language: "pt Olá..."
    file_language = path.stem.partition("_")[0]  # "en_long.txt" holds English too
    sections: list[list[Example]] = []
    intent = None
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            intent = line[1:-1]
            sections.append([])
            continue
        language = file_language
        if mixed:
            language, _, line = line.partition(" ")
        escalate = line.startswith("! ")
        text = line.removeprefix("! ").replace("\\n", "\n")
        sections[-1].append(Example(text, intent, language, escalate, path.name))
    return sections


def split(sections: list[list[Example]]) -> tuple[list[Example], list[Example]]:
    train, dev = [], []
    for section in sections:
        for index, example in enumerate(section):
            (dev if index % DEV_EVERY == DEV_EVERY - 1 else train).append(example)
    return train, dev


# --- intent ---------------------------------------------------------------------------------

def example_features(text: str) -> list[str]:
    return sorted(intent_features(fold(buyer_words(text))))


def train_intent(examples: list[Example], intents: tuple[str, ...], run: Callable = map) -> IntentModel:
    """Multinomial logistic regression, AdaGrad, L2; features are present/absent. The weights are the
    mean of SEEDS runs over differently shuffled examples (one run's dev-split accuracy moved by two
    points with the seed alone), pruned after averaging."""
    return train_intents([examples], intents, run)[0]


def train_intents(example_sets: list[list[Example]], intents: tuple[str, ...], run: Callable = map) -> list[IntentModel]:
    """One model per set of examples (`train_intent`), every run of every set handed to `run` at once
    (a process pool's map keeps both cores busy)."""
    row_sets = [[(intent_only(example_features(e.text)), intents.index(e.intent)) for e in examples] for examples in example_sets]
    jobs = [(rows, seed) for rows in row_sets for seed in SEEDS]
    runs = list(run(partial(_train_one_seed, k=len(intents)), [rows for rows, _ in jobs], [seed for _, seed in jobs]))
    return [_mean_model(runs[i:i + len(SEEDS)], intents) for i in range(0, len(runs), len(SEEDS))]


def _mean_model(runs: list[tuple[list[float], dict[str, list[float]]]], intents: tuple[str, ...]) -> IntentModel:
    bias = [sum(column) / len(runs) for column in zip(*(run_bias for run_bias, _ in runs))]
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(intents))
    for _, run_weights in runs:
        for feature, row in run_weights.items():
            weights[feature] = [w + r / len(runs) for w, r in zip(weights[feature], row)]
    kept = {f: row for f, row in weights.items() if max(abs(w) for w in row) >= PRUNE}
    return IntentModel(intents, bias, kept)


def intent_only(features: list[str]) -> list[str]:
    """What the intent model reads: not the escalation reasons the rules name. Whether a customer
    asks for a manager says nothing of what about; trained on them, "third time a part is missing,
    I want a manager" read as where is my order (+0.7 points on the dev split and +0.6 on the
    development set without them). They still gate automatic replies (`names_a_reason`)."""
    return [feature for feature in features if not feature.startswith("k:esc_")]


def _train_one_seed(rows: list[tuple[list[str], int]], seed: int, k: int) -> tuple[list[float], dict[str, list[float]]]:
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    for features, _ in rows:
        for f in features:
            weights.setdefault(f, [0.0] * k)
            squares.setdefault(f, [1e-8] * k)
    bias, bias_squares = [0.0] * k, [1e-8] * k
    rows = list(rows)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(rows)
        for features, label in rows:
            scores = list(bias)
            for f in features:
                scores = [s + w for s, w in zip(scores, weights[f])]
            gradient = softmax(scores)
            gradient[label] -= 1.0
            _adagrad(bias, bias_squares, gradient, 0.0)
            for f in features:
                _adagrad(weights[f], squares[f], gradient, _l2(f))
    return bias, weights


def _l2(feature: str) -> float:
    kind = feature[:2]
    return L2_CONCEPTS if kind == "k:" else L2_NGRAMS if kind in ("n:", "u:") else L2_WORDS


def _adagrad(row: list[float], squares: list[float], gradient: list[float], l2: float) -> None:
    for c, g in enumerate(gradient):
        g += l2 * row[c]
        squares[c] += g * g
        row[c] -= LEARNING_RATE * g / math.sqrt(squares[c])


def intent_accuracy(model: IntentModel, examples: list[Example]) -> float:
    right = 0
    for e in examples:
        probabilities, _ = model.probabilities(example_features(e.text))
        right += model.intents[probabilities.index(max(probabilities))] == e.intent
    return right / len(examples)


# --- calibration ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Prediction:
    probabilities: list[float]  # uncalibrated, as the model gives them
    known: int  # how many features the model knew
    features: tuple[str, ...]
    label: int
    escalate: bool  # what the corpus says
    flagged: bool  # what the escalation rules (and the escalation model, when given) say
    risky: bool = False  # the escalation model's score is at or above its risk threshold


def out_of_fold(examples: list[Example], intents: tuple[str, ...], head: EscalationModel | None = None,
                run: Callable = map) -> list[Prediction]:
    held = [[e for i, e in enumerate(examples) if i % FOLDS == part] for part in range(FOLDS)]
    models = train_intents([[e for i, e in enumerate(examples) if i % FOLDS != part] for part in range(FOLDS)], intents, run)
    return [prediction for model, part in zip(models, held) for prediction in predict(model, part, head)]


def predict(model: IntentModel, examples: list[Example], head: EscalationModel | None = None) -> list[Prediction]:
    """`model`'s uncalibrated predictions for `examples`, with what the escalation rules and `head` say."""
    predictions = []
    for e in examples:
        features = example_features(e.text)
        probabilities, known = model.probabilities(features)
        score = head.score(escalation_features(features)) if head else 0.0
        flagged = rules_escalate(e.text) or (score >= head.threshold and not names_a_reason(features) if head else False)
        risky = head is not None and score >= head.risk_threshold
        predictions.append(Prediction(probabilities, known, tuple(features), model.intents.index(e.intent), e.escalate, flagged, risky))
    return predictions


def names_a_reason(features: list[str]) -> bool:
    """Whether the rules name an escalation reason, negated or not: then they decide, not the model."""
    return any(f.startswith("k:esc_") for f in features)


def rules_escalate(text: str) -> bool:
    from desk.triage.escalation import escalation_reasons

    words = buyer_words(text)
    return bool(escalation_reasons(words, fold(words)))


def calibrated(probabilities: list[float], temperature: float) -> list[float]:
    """The same softmax with its scores divided by `temperature` (log p differs from the score by a constant)."""
    return softmax([math.log(max(p, 1e-300)) / temperature for p in probabilities])


def fit_temperature(predictions: list[Prediction]) -> float:
    def log_loss(t: float) -> float:
        return -sum(math.log(max(calibrated(p.probabilities, t)[p.label], 1e-12)) for p in predictions)

    return min(TEMPERATURES, key=log_loss)


def choose_autoreply_threshold(predictions: list[Prediction], temperature: float, intents: tuple[str, ...]) -> float:
    """Lowest confidence from which the automatic answers among `predictions` at or above it are wrong
    at most AUTOREPLY_TARGET of the time (wrong: another intent, or a customer the corpus escalates).
    Walks down from the most confident, a whole group of equal confidences at a time; NEVER_SURE when
    no group qualifies."""
    from desk.routing.autoreply import AUTO_INTENTS
    from desk.triage import confidence_of, is_mixed

    answered: dict[float, list[int]] = defaultdict(lambda: [0, 0])  # confidence -> [count, wrong]
    for p in predictions:
        probabilities = calibrated(p.probabilities, temperature)
        best = probabilities.index(max(probabilities))
        if intents[best] in AUTO_INTENTS and not p.flagged:
            confidence = confidence_of(probabilities[best], p.known, mixed=p.risky or is_mixed(intents[best], list(p.features)))
            answered[confidence][0] += 1
            answered[confidence][1] += best != p.label or p.escalate
    threshold, count, wrong = NEVER_SURE, 0, 0
    for confidence in sorted(answered, reverse=True):
        count += answered[confidence][0]
        wrong += answered[confidence][1]
        if wrong <= AUTOREPLY_TARGET * count:
            threshold = confidence
    return threshold


def calibrate(model: IntentModel, examples: list[Example], dev: list[Example], head: EscalationModel | None = None,
              run: Callable = map) -> IntentModel:
    """Temperature from the out-of-fold predictions over `examples`; the automatic-reply threshold
    the higher of those chosen on them and on the development set `dev` (predicted by `model`).
    `head`, the escalation model, keeps what it escalates or finds risky from automatic replies."""
    predictions = out_of_fold(examples, model.intents, head, run)
    temperature = fit_temperature(predictions)
    on_corpus = choose_autoreply_threshold(predictions, temperature, model.intents)
    on_dev = choose_autoreply_threshold(predict(model, dev, head), temperature, model.intents) if dev else 0.0
    threshold = max(on_corpus, on_dev)
    print(f"calibration: temperature {temperature}, autoreply threshold {threshold:.3f} "
          f"(out-of-fold corpus {on_corpus:.3f}, development set {on_dev:.3f})")
    return IntentModel(model.intents, model.bias, model.weights, temperature=temperature, autoreply_threshold=threshold)


# --- escalation ----------------------------------------------------------------------------

def train_escalation(rows: list[tuple[list[str], bool]]) -> EscalationModel:
    """Binary logistic regression, AdaGrad, L2, over (escalation features, must escalate) rows."""
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    rows = list(rows)
    bias = base_rate_log_odds(rows)
    rng = random.Random(7)
    for _ in range(ESCALATION_EPOCHS):
        rng.shuffle(rows)
        for features, escalate in rows:
            score = bias + sum(weights[f] for f in features)
            gradient = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score)))) - escalate
            gradient *= ESCALATION_POSITIVE_WEIGHT if escalate else 1.0
            for f in features:
                g = gradient + ESCALATION_L2 * weights[f]
                squares[f] += g * g
                weights[f] -= ESCALATION_LEARNING_RATE * g / math.sqrt(squares[f])
    return EscalationModel(bias, dict(weights))


def base_rate_log_odds(rows: list[tuple[list[str], bool]]) -> float:
    """The escalation model's bias, not learned: the log-odds of an escalation in `rows`. A learned
    bias came out positive, offset by the ordinary words' negative weights, so that a message of
    words the model had never seen scored 0.6; with this one it scores the base rate (about 0.09)."""
    positives = sum(escalate for _, escalate in rows)
    return math.log(max(positives, 1) / max(len(rows) - positives, 1))


def fit_escalation(examples: list[Example]) -> EscalationModel:
    """The escalation model trained on `examples`, with thresholds chosen on out-of-fold scores."""
    features = [example_features(e.text) for e in examples]
    rows = [(escalation_features(f), e.escalate) for f, e in zip(features, examples)]
    scores = [0.0] * len(rows)
    for part in range(FOLDS):
        model = train_escalation([r for i, r in enumerate(rows) if i % FOLDS != part])
        for i in range(part, len(rows), FOLDS):
            scores[i] = model.score(rows[i][0])
    flagged = [rules_escalate(e.text) for e in examples]
    named = [names_a_reason(f) for f in features]
    threshold, risk = choose_escalation_thresholds(scores, [e.escalate for e in examples], flagged, named)
    model = train_escalation(rows)
    print(f"escalation model: threshold {threshold}, risk threshold {risk}")
    return EscalationModel(model.bias, model.weights, threshold=threshold, risk_threshold=risk)


def choose_escalation_thresholds(scores: list[float], must: list[bool], flagged: list[bool],
                                 named: list[bool]) -> tuple[float, float]:
    """The lowest score from which the rules (`flagged`) and the model (where the rules name no
    reason: `named`) together escalate at most ESCALATION_FALSE_BUDGET of the messages that must
    not; and the lowest from which the model alone marks at most RISK_BUDGET of them as risky
    (never above the first)."""
    negatives = [(s, f, n) for s, m, f, n in zip(scores, must, flagged, named) if not m]
    threshold = next((t for t in ESCALATION_THRESHOLDS
                      if sum(f or (s >= t and not n) for s, f, n in negatives) <= ESCALATION_FALSE_BUDGET * len(negatives)),
                     NEVER_SURE)
    risk = next((t for t in ESCALATION_THRESHOLDS
                 if sum(s >= t for s, _, _ in negatives) <= RISK_BUDGET * len(negatives)), NEVER_SURE)
    return threshold, min(risk, threshold)


# --- language -------------------------------------------------------------------------------

def language_texts(examples: list[Example], words_file: Path) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for e in examples:
        if e.language in LATIN_LANGUAGES:
            texts[e.language].append(buyer_words(e.text))
    for line in words_file.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            language, _, words = line.partition(" ")
            texts[language].append(words)
    return texts


def train_language(texts: dict[str, list[str]]) -> dict:
    """Naive Bayes log-probabilities over `language_features`, per Latin-script language."""
    counts = {lang: Counter(f for t in texts[lang] for f in language_features(t)) for lang in LATIN_LANGUAGES}
    vocabulary = sorted(set().union(*counts.values()))
    totals = {lang: sum(c.values()) + SMOOTHING * len(vocabulary) for lang, c in counts.items()}

    def scaled(lang: str, count: float) -> int:
        return round(math.log((count + SMOOTHING) / totals[lang]) * LANGUAGE_SCALE)

    return {
        "languages": list(LATIN_LANGUAGES),
        "scale": LANGUAGE_SCALE,
        "unseen": [scaled(lang, 0) for lang in LATIN_LANGUAGES],
        "log_probs": {f: [scaled(lang, counts[lang][f]) for lang in LATIN_LANGUAGES] for f in vocabulary},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--final", action="store_true", help="after reporting the dev split, train on everything")
    args = parser.parse_args(argv)
    with ProcessPoolExecutor(max_workers=min(len(SEEDS), os.cpu_count() or 1)) as pool:
        train, dev, dev_set = _train_and_write(args.final, pool.map)
    report(dev, "corpus dev split (after --final: trained on)" if args.final else "corpus dev split")
    report_development_set(dev_set)


def _train_and_write(final: bool, run: Callable) -> tuple[list[Example], list[Example], list[Example]]:
    """Train both models (and the language model), calibrate, write the shipped files; returns the
    train split (everything with `final`), the dev split and the development set."""
    from desk.triage import INTENTS

    folder = corpus_dir()
    train, dev = split(apart_from_evaluation(load_corpus(folder)))
    print(f"corpus: {len(train)} train, {len(dev)} dev")
    models = train_intents([train, train + dev] if final else [train], INTENTS, run)
    split_model, model = models[0], models[-1]  # with `final`, the one trained on everything is shipped
    print(f"dev intent accuracy: {intent_accuracy(split_model, dev):.3f} (train {intent_accuracy(split_model, train):.3f})")
    if final:
        train = train + dev
    dev_set = load_dev(dev_dir())
    head = fit_escalation(train + [e for e in dev_set if e.source != HELD_OUT_DEV])
    model = calibrate(model, train, dev_set, head, run)
    data = Path(str(resources.files("desk.triage").joinpath("data")))
    (data / "intent.json.xz").write_bytes(_packed(to_json(model, head, WEIGHT_SCALE)))
    language = train_language(language_texts(train, folder / "words.txt"))
    (data / "language.json.xz").write_bytes(_packed(json.dumps(language, ensure_ascii=False, separators=(",", ":"))))
    print(f"wrote {len(model.weights)} intent features, {len(language['log_probs'])} language features")
    return train, dev, dev_set


def _packed(text: str) -> bytes:
    """xz at its strongest: a quarter smaller than gzip (0.88 MB against 1.16 for both models in
    December), which the installer needs; it costs ~40 ms more to read, once, off the GUI thread."""
    return lzma.compress(text.encode(), preset=9 | lzma.PRESET_EXTREME)


def report(examples: list[Example], name: str) -> None:
    """Accuracy of `classify` as shipped (the files just written) on `examples`."""
    from desk.triage import classify
    from desk.triage.language import _model
    from desk.triage.model import forget_loaded_models

    forget_loaded_models()
    _model.cache_clear()
    results = [(classify(e.text), e) for e in examples]
    for field, same in (("intent", lambda t, e: t.intent == e.intent), ("language", lambda t, e: t.language == e.language),
                        ("escalate", lambda t, e: t.escalate == e.escalate)):
        wrong = [(t, e) for t, e in results if not same(t, e)]
        print(f"{name} {field} accuracy: {1 - len(wrong) / len(results):.3f}")
        for t, e in wrong:
            print(f"   want {getattr(e, field)!s:18} got {getattr(t, field)!s:18} {t.escalate_reasons} {e.text[:90]!r}")


def report_development_set(examples: list[Example]) -> None:
    """The figures the benchmark gives on the evaluation set, on the development set (as shipped).
    Intent accuracy leaves out the escalation lines (xx_escalation.txt), whose intent is a guess."""
    from desk.routing.autoreply import sure_enough
    from desk.triage import classify

    results = [(classify(e.text), e) for e in examples]
    with_intent = [(t, e) for t, e in results if not e.source.startswith("xx_escalation")]
    must = [t.escalate for t, e in results if e.escalate]
    must_not = [t.escalate for t, e in results if not e.escalate]
    sent = [(t, e) for t, e in results if sure_enough(t.intent, t.escalate, t.confidence)]
    print(f"development set ({len(examples)}): intent {sum(t.intent == e.intent for t, e in with_intent) / len(with_intent):.3f}, "
          f"escalation recall {sum(must) / len(must):.3f}, false escalations {sum(must_not) / len(must_not):.3f}, "
          f"automatic replies {len(sent)} of which wrong {sum(t.intent != e.intent or e.escalate for t, e in sent)}")
    held = [(t, e) for t, e in results if e.source == HELD_OUT_DEV]
    print(f"  of which {HELD_OUT_DEV} (trained on by neither model): escalated {sum(t.escalate for t, e in held if e.escalate)} "
          f"of {sum(e.escalate for _, e in held)} that must, {sum(t.escalate for t, e in held if not e.escalate)} "
          f"of {sum(not e.escalate for _, e in held)} that must not")


if __name__ == "__main__":
    main()
