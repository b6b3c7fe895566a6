"""Product and policy terms, kept exact in both directions of every translation.

Each concept has its terms per language (the first is the one written into translations, the
others are variants recognised in source texts). Before a text goes to a provider its source
terms become placeholders like "[G0]", which providers pass through untranslated; afterwards each
placeholder becomes the concept's term in the target language. Providers sometimes respace or
re-case such tokens ("[ g0 ]", "【G0】"), so restoring accepts those forms.

Desk ships a seeded glossary (data/glossary.json); a workspace overrides or extends it through
its settings (desk.settings.GLOSSARY_ENTRIES).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desk.translation.languages import AUTO, base_language

_PLACEHOLDER_SEEN = re.compile(r"[\[［【]\s*g\s*(\d+)\s*[\]］】]", re.IGNORECASE)
# Latin-script terms must not match inside a longer word ("size M" not in "size MX"); CJK has no
# word boundaries, so a CJK edge needs none.
_LATIN_WORD_CHAR = r"[0-9A-Za-z\u00C0-\u024F]"


def placeholder(index: int) -> str:
    return f"[G{index}]"


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    terms: Mapping[str, tuple[str, ...]]  # language -> (written term, *recognised variants)

    def term(self, language: str) -> str | None:
        variants = self.terms.get(base_language(language))
        return variants[0] if variants else None


@dataclass(frozen=True, slots=True)
class Protected:
    """A text as sent to a provider, and what each of its placeholders becomes afterwards."""

    text: str
    replacements: Mapping[int, str] = field(default_factory=dict)


def _normal(term: str) -> str:
    return " ".join(term.split()).casefold()


def _is_latin(char: str | None) -> bool:
    return char is not None and re.match(_LATIN_WORD_CHAR, char) is not None


def _terms_pattern(terms: Iterable[str]) -> str:
    """One regex for all terms, shaped as a trie: Python's re tries alternatives one by one at
    every position, so a flat alternation of ~450 terms costs ~0.6 ms per message; a trie lets
    each position fail on its first character. Longer terms win (children before an end)."""
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for char in " ".join(term.split()).lower():
            node = node.setdefault(char, {})
        node[""] = {}  # a term ends here
    return _trie_pattern(trie, None)


def _trie_pattern(node: dict[str, Any], previous: str | None) -> str:
    branches = []
    for char, child in node.items():
        if char:
            piece = r"\s+" if char == " " else re.escape(char)
            if previous is None and _is_latin(char):
                piece = f"(?<!{_LATIN_WORD_CHAR})" + piece
            branches.append(piece + _trie_pattern(child, char))
    if "" in node:
        branches.append(f"(?!{_LATIN_WORD_CHAR})" if _is_latin(previous) else "")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class Glossary:
    def __init__(self, concepts: Iterable[Concept]):
        self.concepts = tuple(concepts)
        self._matchers: dict[tuple[str, str], tuple[re.Pattern[str] | None, dict[str, str]]] = {}

    def protect(self, text: str, source: str, target: str) -> Protected:
        pattern, target_terms = self._matcher(source, target)
        if pattern is None:
            return Protected(text)
        taken = [int(m.group(1)) for m in _PLACEHOLDER_SEEN.finditer(text)]
        next_index = max(taken, default=-1) + 1  # never reuse a number the text already shows
        replacements: dict[int, str] = {}

        def swap(match: re.Match[str]) -> str:
            index = next_index + len(replacements)
            replacements[index] = target_terms[_normal(match.group(0))]
            return placeholder(index)

        return Protected(pattern.sub(swap, text), replacements)

    @staticmethod
    def restore(translated: str, protected: Protected) -> str:
        if not protected.replacements:
            return translated
        return _PLACEHOLDER_SEEN.sub(
            lambda m: protected.replacements.get(int(m.group(1)), m.group(0)), translated)

    def _matcher(self, source: str, target: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        key = (base_language(source), base_language(target))
        if key not in self._matchers:
            self._matchers[key] = self._build_matcher(*key)
        return self._matchers[key]

    def _build_matcher(self, source: str, target: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        target_terms: dict[str, str] = {}
        for concept in self.concepts:
            written = concept.term(target)
            if written is None:
                continue
            languages = concept.terms if source == AUTO else (source,)
            for language in languages:
                for variant in concept.terms.get(language, ()):
                    target_terms.setdefault(_normal(variant), written)
        if not target_terms:
            return None, target_terms
        return re.compile(_terms_pattern(target_terms), re.IGNORECASE), target_terms


# --- loading and storing ------------------------------------------------------------------------


def concepts_from_json(entries: Sequence[Mapping[str, Any]]) -> list[Concept]:
    """Checked concepts from [{"id": ..., "terms": {"en": ["refund", ...], "zh": "退款"}}]."""
    concepts = []
    for entry in entries:
        concept_id = entry.get("id")
        terms = entry.get("terms", {})
        if not isinstance(concept_id, str) or not concept_id or not isinstance(terms, Mapping):
            raise ValueError(f"A glossary entry needs an id and terms by language: {entry!r}")
        concepts.append(Concept(concept_id, _checked_terms(concept_id, terms)))
    return concepts


def _checked_terms(concept_id: str, terms: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    checked = {}
    for language, value in terms.items():
        variants = [value] if isinstance(value, str) else value
        if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            raise ValueError(f"Glossary entry {concept_id!r}: terms for {language!r} must be non-empty text.")
        if variants:
            checked[base_language(language)] = tuple(" ".join(v.split()) for v in variants)
    return checked


def merged(seeded: Sequence[Concept], overrides: Sequence[Mapping[str, Any]]) -> list[Concept]:
    """The seeded concepts with the workspace's entries applied: same id replaces the languages it
    names, "disabled": true removes the concept, a new id adds one."""
    by_id = {c.id: c for c in seeded}
    for concept, entry in zip(concepts_from_json(overrides), overrides):
        if entry.get("disabled"):
            by_id.pop(concept.id, None)
        elif concept.id in by_id:
            by_id[concept.id] = Concept(concept.id, {**by_id[concept.id].terms, **concept.terms})
        else:
            by_id[concept.id] = concept
    return list(by_id.values())


@cache
def seeded_concepts() -> tuple[Concept, ...]:
    from importlib.resources import files

    raw = json.loads(files("desk.translation").joinpath("data/glossary.json").read_text(encoding="utf-8"))
    return tuple(concepts_from_json(raw["concepts"]))


def read_workspace_glossary(db) -> list[dict[str, Any]]:
    """The workspace's own entries (overrides and additions), as stored."""
    from desk import settings

    return settings.get(db, settings.GLOSSARY_ENTRIES)


def write_workspace_glossary(db, entries: Sequence[Mapping[str, Any]]) -> None:
    from desk import settings

    concepts_from_json(entries)  # refuse a malformed entry before anything is written
    settings.put(db, settings.GLOSSARY_ENTRIES, [dict(e) for e in entries])


def load_glossary(db=None) -> Glossary:
    """The glossary in force: seeded, with the workspace's entries applied when a db is given."""
    overrides = read_workspace_glossary(db) if db is not None else []
    try:
        return Glossary(merged(seeded_concepts(), overrides))
    except ValueError:  # a hand-edited setting: the seeded glossary, never a crash
        return Glossary(seeded_concepts())


def glossary_table(db) -> list[Concept]:
    """Every concept in force, seeded and the workspace's own, for editing."""
    return list(load_glossary(db).concepts)


def save_glossary_table(db, edited: Sequence[Concept]) -> None:
    """Store what an agent edited as the workspace's entries: a seeded concept whose terms changed
    is overridden, one left out (or emptied) is disabled, a new id is added."""
    seeded = {c.id: c for c in seeded_concepts()}
    entries: list[dict[str, Any]] = []
    kept = set()
    for concept in edited:
        terms = {language: list(variants) for language, variants in concept.terms.items() if variants}
        if not terms:
            continue
        kept.add(concept.id)
        if concept.id not in seeded or dict(seeded[concept.id].terms) != {k: tuple(v) for k, v in terms.items()}:
            entries.append({"id": concept.id, "terms": terms})
    entries.extend({"id": concept_id, "terms": {}, "disabled": True} for concept_id in seeded if concept_id not in kept)
    write_workspace_glossary(db, entries)
