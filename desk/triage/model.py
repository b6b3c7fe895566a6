"""The intent model: multinomial logistic regression over `features.intent_features`.

Weights are trained by desk/triage/train.py and shipped as data/intent.json as integers; they stay
integers in memory (converting ~10k rows to floats would double the load time) and the summed
scores are divided by `scale` before the softmax.

Probabilities are calibrated: the scores are divided by a `temperature` fitted on out-of-fold
predictions over the training corpus, so a confidence of 0.9 is right about 9 times in 10 there.
`autoreply_threshold` is the confidence from which an answer may go out unseen, chosen on the same
out-of-fold predictions (train.py `choose_autoreply_threshold`).
"""

from __future__ import annotations

import json
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


def softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def to_json(model: IntentModel, scale: int = 1000) -> str:
    return json.dumps({
        "intents": list(model.intents),
        "scale": scale,
        "temperature": round(model.temperature, 4),
        "autoreply_threshold": round(model.autoreply_threshold, 4),
        "bias": [round(b * scale) for b in model.bias],
        "weights": {f: [round(w * scale) for w in row] for f, row in sorted(model.weights.items())},
    }, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1)
def intent_model() -> IntentModel:
    raw = json.loads(resources.files("desk.triage").joinpath("data/intent.json").read_text("utf-8"))
    return IntentModel(intents=tuple(raw["intents"]), bias=raw["bias"], weights=raw["weights"], scale=raw["scale"],
                       temperature=raw.get("temperature", 1.0), autoreply_threshold=raw.get("autoreply_threshold", NEVER_SURE))
