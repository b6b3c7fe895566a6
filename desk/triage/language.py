"""Language of a customer message: script rules for CJK and others, a character n-gram model for Latin.

Kana means Japanese, Hangul Korean, Han alone Chinese (unless it uses Japanese-only character
forms such as 発/対/払). Latin-script text is scored by a naive Bayes model over character
1-3-grams and whole words, trained on the corpus in desk/triage/corpus (see train.py) and shipped
as data/language.json.xz. Other scripts map to their main language (Cyrillic -> ru, Greek -> el...).
"""

from __future__ import annotations

import json
import lzma
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

UNDETERMINED = "und"  # ISO 639-2 "undetermined": no letters to go by
MAX_SCORED_CHARS = 400  # the language is settled long before; keeps long mails cheap

_KANA = re.compile("[\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile("[a-zA-Z\u00c0-\u024f]")
_OTHER_SCRIPTS = (  # (letters, language)
    (re.compile("[\u0400-\u04ff]"), "ru"),
    (re.compile("[\u0370-\u03ff]"), "el"),
    (re.compile("[\u0600-\u06ff]"), "ar"),
    (re.compile("[\u0590-\u05ff]"), "he"),
    (re.compile("[\u0e00-\u0e7f]"), "th"),
)
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
# Shinjitai forms Chinese does not use (it writes 发 对 价 广 图 应 县 变 卖 续 气 ...).
_JAPANESE_ONLY_HAN = re.compile("[発対価広図応県変売続気払込届様円済駅帰読辺込楽歳戻証単検択]")
_WORD = re.compile(r"[^\W\d_]+")
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\b\d{3}-\d{7}-\d{7}\b")


@dataclass(frozen=True)
class _NgramModel:
    languages: tuple[str, ...]
    log_probs: dict[str, list[int]]  # feature -> log P(feature | language) * scale, per language
    unseen: list[int]  # the same for a feature the language never showed


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`'s language, or "und" when it has no letters."""
    text = _NOISE.sub(" ", text[: MAX_SCORED_CHARS * 4])
    cjk = _cjk_language(text)
    if cjk:
        return cjk
    latin = len(_LATIN.findall(text))
    other = max(((len(p.findall(text)), lang) for p, lang in _OTHER_SCRIPTS), default=(0, ""))
    if other[0] > latin:
        return "uk" if other[1] == "ru" and _UKRAINIAN.search(text) else other[1]
    if latin == 0:
        return UNDETERMINED
    return latin_language(text)


def _cjk_language(text: str) -> str | None:
    kana, han, hangul = len(_KANA.findall(text)), len(_HAN.findall(text)), len(_HANGUL.findall(text))
    cjk = kana + han + hangul
    # One CJK character carries about as much as three Latin letters: a Chinese message naming
    # an "LED Desk Lamp" is still Chinese, an English one quoting 退款 is still English.
    if cjk == 0 or cjk * 3 < len(_LATIN.findall(text)):
        return None
    if hangul > kana + han:
        return "ko"
    if kana >= 2 or (kana and kana * 20 >= han):
        return "ja"
    return "ja" if _JAPANESE_ONLY_HAN.search(text) else "zh"


def latin_language(text: str) -> str:
    """The most likely Latin-script language of `text` under the n-gram model."""
    model = _model()
    totals = [0.0] * len(model.languages)
    for feature in language_features(text[:MAX_SCORED_CHARS]):
        row = model.log_probs.get(feature, model.unseen)
        totals = [t + p for t, p in zip(totals, row)]
    return model.languages[max(range(len(totals)), key=totals.__getitem__)]


def language_features(text: str) -> list[str]:
    """Whole words (twice: they are the strongest cue on short texts) and their 1-3-grams."""
    features = []
    for word in _WORD.findall(text.lower()):
        features += (f"w:{word}", f"w:{word}")
        padded = f" {word} "
        for n in (1, 2, 3):
            features.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return features


@lru_cache(maxsize=1)
def _model() -> _NgramModel:
    raw = json.loads(lzma.decompress(resources.files("desk.triage").joinpath("data/language.json.xz").read_bytes()))
    # The shipped values are log-probabilities times `scale`, as integers. Only the argmax of their
    # sums matters, which scaling does not change: they are used as they are (no conversion pass).
    return _NgramModel(languages=tuple(raw["languages"]), log_probs=raw["log_probs"], unseen=raw["unseen"])
