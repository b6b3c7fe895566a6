"""Glossary terms are kept exact both ways, whatever the provider does to the placeholders."""

from __future__ import annotations

import pytest

from desk.translation.glossary import (Glossary, load_glossary, read_workspace_glossary, seeded_concepts,
                                       write_workspace_glossary)
from desk.domain.languages import LANGUAGES as DESK_LANGUAGES


@pytest.fixture(scope="module")
def seeded():
    return load_glossary()


def round_trip(glossary, text, source, target, provider=lambda sent: sent):
    protected = glossary.protect(text, source, target)
    return protected.text, glossary.restore(provider(protected.text), protected)


def test_the_seeded_glossary_covers_every_language():
    concepts = seeded_concepts()
    assert len(concepts) >= 40
    assert all(set(c.terms) == set(DESK_LANGUAGES) for c in concepts)
    assert len({c.id for c in concepts}) == len(concepts)


def test_source_terms_become_placeholders_and_target_terms_come_back(seeded):
    sent, restored = round_trip(seeded, "My Phone Case arrived broken, I want a refund.", "en", "zh")
    assert sent == "My [G0] arrived broken, I want a [G1]."
    assert restored == "My 手机壳 arrived broken, I want a 退款."


def test_both_directions_and_cjk_without_word_boundaries(seeded):
    assert round_trip(seeded, "我要退货，请发退货标签", "zh", "de")[1] == "我要Rücksendung，请发Rücksendeetikett"
    assert round_trip(seeded, "Die Rücksendung ist unterwegs", "de", "ja")[1] == "Die 返品 ist unterwegs"
    assert round_trip(seeded, "返品リクエストを送りました", "ja", "en")[1] == "return requestを送りました"


def test_longest_term_wins_and_latin_terms_need_word_boundaries(seeded):
    assert round_trip(seeded, "a partial refund", "en", "de")[1] == "a Teilerstattung"
    assert round_trip(seeded, "size M please, not size MX", "en", "fr")[1] == "taille M please, not size MX"
    assert round_trip(seeded, "two REFUNDS", "en", "es")[1] == "two reembolso"


def test_mangled_placeholders_are_still_restored(seeded):
    for mangled in ("[ g0 ]", "[g0]", "【G0】", "［ G 0 ］"):
        assert round_trip(seeded, "refund", "en", "it", lambda sent, m=mangled: f"x {m} y")[1] == "x rimborso y"


def test_placeholder_like_text_of_the_customer_is_left_alone(seeded):
    sent, restored = round_trip(seeded, "code [G0] and refund", "en", "de")
    assert sent == "code [G0] and [G1]"
    assert restored == "code [G0] and Rückerstattung"


def test_auto_source_recognises_terms_of_every_language(seeded):
    assert round_trip(seeded, "Wo ist meine Sendungsnummer?", "auto", "en")[1] == "Wo ist meine tracking number?"
    assert seeded.protect("nothing here", "en", "de").replacements == {}


def test_a_concept_without_a_target_term_is_left_to_the_provider():
    from desk.translation.glossary import Concept

    glossary = Glossary([Concept("gadget", {"en": ("gadget",), "de": ("Gerät",)})])
    assert glossary.protect("gadget", "en", "fr").text == "gadget"
    assert glossary.protect("gadget", "en", "de").text == "[G0]"


def test_the_workspace_overrides_and_extends_the_seeded_glossary(db):
    write_workspace_glossary(db, [
        {"id": "refund", "terms": {"zh": ["退钱"]}},  # replaces the Chinese term only
        {"id": "phone_case", "disabled": True},
        {"id": "lumora_lamp", "terms": {"en": "Lumora lamp", "zh": "露莫拉台灯", "de": "Lumora-Lampe"}},
    ])
    assert read_workspace_glossary(db)[2]["id"] == "lumora_lamp"
    glossary = load_glossary(db)
    assert round_trip(glossary, "refund for my Lumora Lamp", "en", "zh")[1] == "退钱 for my 露莫拉台灯"
    assert round_trip(glossary, "phone case", "en", "zh")[1] == "phone case"
    assert round_trip(glossary, "退钱", "zh", "de")[1] == "Rückerstattung"


def test_malformed_workspace_entries_are_refused_and_a_damaged_setting_is_ignored(db):
    from desk.storage.settings import write_settings

    with pytest.raises(ValueError):
        write_workspace_glossary(db, [{"id": "x", "terms": {"en": [""]}}])
    write_settings(db, {"translation.glossary": [{"terms": "nonsense"}]})  # as a hand edit would leave it
    assert len(load_glossary(db).concepts) == len(seeded_concepts())
