"""The intent model: multinomial logistic regression over `features.intent_features`.

Weights are trained by desk/triage/train.py and shipped as data/intent.json.xz as integers; they stay
integers in memory (converting ~10k rows to floats would double the load time) and the summed
scores are divided by `scale` before the softmax.

Probabilities are calibrated: the scores are divided by a `temperature` fitted on out-of-fold
predictions over the training corpus, so a confidence of 0.9 is right about 9 times in 10 there.
`autoreply_threshold` is the confidence from which an answer may go out unseen, chosen on the same
out-of-fold predictions (train.py `choose_autoreply_threshold`).

The same file carries the escalation model: a binary logistic regression over the intent model's
features without the escalation rules' own (`escalation_features`), which catches escalation
wording the rules were not written for. Its weights are a list aligned with the intent model's
features (no second copy of the names); `threshold` is the score from which a message escalates,
`risk_threshold` (lower) the score from which it is never answered automatically.
"""

from __future__ import annotations

import json
import lzma
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


NEVER_SURE = 1.01  # an automatic-reply threshold no confidence reaches


@dataclass(frozen=True)
class IntentModel:
    intents: tuple[str, ...]
    bias: list[float]
    weights: dict[str, list[float]]
    scale: float = 1.0  # bias and weights are in units of 1/scale
    temperature: float = 1.0
    autoreply_threshold: float = NEVER_SURE  # a model trained without calibration is never sure enough

    def probabilities(self, features: list[str]) -> tuple[list[float], int]:
        """Softmax over intents, and how many of `features` the model knows."""
        scores = list(self.bias)
        known = 0
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                known += 1
                scores = [s + w for s, w in zip(scores, row)]
        divisor = self.scale * self.temperature
        if divisor != 1.0:
            scores = [s / divisor for s in scores]
        return softmax(scores), known


@dataclass(frozen=True)
class EscalationModel:
    bias: float
    weights: dict[str, float]
    scale: float = 1.0
    threshold: float = NEVER_SURE  # a model trained without a threshold escalates nothing
    risk_threshold: float = NEVER_SURE

    def score(self, features: list[str]) -> float:
        """Probability that a message with `features` (`escalation_features`) should escalate."""
        total = self.bias + sum(self.weights.get(feature, 0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total / self.scale))))


_NOT_FOR_ESCALATION = ("k:esc_", "n:", "u:")


def escalation_features(features: list[str]) -> list[str]:
    """What the escalation model reads of `features.intent_features`: neither the rules' reasons,
    so that it learns the wording around them and stays a second, independent opinion, nor the
    character grams (trained on them it escalated "I'll leave a 5 star review!"): whole words and
    concepts."""
    return [feature for feature in features if not feature.startswith(_NOT_FOR_ESCALATION)]


def softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def to_json(model: IntentModel, escalation: EscalationModel | None = None, scale: int = 1000) -> str:
    """Both models as one JSON text, weights as integers in units of 1/scale (the escalation
    model's in 1/100). The escalation weights are aligned with the intent model's rows; a feature
    only the escalation model weighs gets an intent row of zeros (skipped when loading)."""
    kept_for_escalation = set() if escalation is None else {f for f, w in escalation.weights.items() if round(w * 100)}
    names = sorted(set(model.weights) | kept_for_escalation)
    no_row = [0.0] * len(model.intents)
    extra = {} if escalation is None else {"escalation": {
        "scale": 100, "bias": round(escalation.bias * 100), "threshold": round(escalation.threshold, 4),
        "risk_threshold": round(escalation.risk_threshold, 4),
        "weights": [round(escalation.weights.get(name, 0.0) * 100) for name in names],  # aligned with "weights"
    }}
    return json.dumps({
        "intents": list(model.intents),
        "scale": scale,
        "temperature": round(model.temperature, 4),
        "autoreply_threshold": round(model.autoreply_threshold, 4),
        "bias": [round(b * scale) for b in model.bias],
        "weights": {f: [round(w * scale) for w in model.weights.get(f, no_row)] for f in names},
        **extra,
    }, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1)
def _models() -> tuple[IntentModel, EscalationModel]:
    raw = json.loads(lzma.decompress(resources.files("desk.triage").joinpath("data/intent.json.xz").read_bytes()))
    rows = {name: row for name, row in raw["weights"].items() if any(row)}  # zeros: the escalation model's alone
    intent = IntentModel(intents=tuple(raw["intents"]), bias=raw["bias"], weights=rows, scale=raw["scale"],
                         temperature=raw.get("temperature", 1.0), autoreply_threshold=raw.get("autoreply_threshold", NEVER_SURE))
    head = raw.get("escalation")
    if head is None:
        return intent, EscalationModel(0.0, {})
    weights = {name: w for name, w in zip(raw["weights"], head["weights"]) if w}
    return intent, EscalationModel(head["bias"], weights, head["scale"], head["threshold"], head["risk_threshold"])


@lru_cache(maxsize=1)
def intent_model() -> IntentModel:
    return _models()[0]


@lru_cache(maxsize=1)
def escalation_model() -> EscalationModel:
    return _models()[1]


def forget_loaded_models() -> None:
    """Read data/intent.json.xz again on next use (after training wrote it)."""
    for cached in (_models, intent_model, escalation_model):
        cached.cache_clear()
