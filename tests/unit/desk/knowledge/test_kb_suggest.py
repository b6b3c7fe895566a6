"""Suggestions for the open conversation: intent, then the customer's words, language and fit."""

from desk.knowledge import suggest


def suggested(db, **kwargs):
    return [h.slug for h in suggest(db, **kwargs)]


def test_the_triage_intent_comes_first(kb):
    hits = suggest(kb, text="Hello", intent="refund_status", language="en")
    assert hits[0].slug == "refund-status" and hits[0].kind == "macro"


def test_the_customers_words_find_entries_without_an_intent(kb):
    assert suggested(kb, text="Who pays the customs duties on this?", intent=None, language="en") == ["customs-duties"]


def test_inflected_words_and_chinese_bigrams_match(kb):
    assert "tracking-help" in suggested(kb, text="My parcels are stuck in transit", intent="other", language="en")
    assert suggested(kb, text="我的退款什么时候到？", intent=None, language="zh")[0] == "refund-status"


def test_text_relevance_orders_entries_of_the_same_intent(kb):
    # Without the text, return-de would come first (same score, then by slug).
    hits = suggested(kb, text="How do I start the return? In Your Orders?", intent="return_request", language="en")
    assert hits[:2] == ["return-us", "return-de"]


def test_entries_for_other_markets_or_channels_are_left_out(kb):
    for_us = suggested(kb, text="return", intent="return_request", language="en", market="US", channel="shopify")
    assert "return-us" in for_us and "return-de" not in for_us
    on_shopify_de = suggested(kb, text="return", intent="return_request", language="de", market="DE", channel="shopify")
    assert "return-de" not in on_shopify_de


def test_desk_channel_names_are_mapped(kb):
    # A conversation's channel "email" is the KB's "mail": an amazon-only macro does not fit it.
    assert "return-de" not in suggested(kb, text="return", intent="return_request", language="de", market="DE",
                                        channel="email")


def test_the_customers_language_is_shown_else_english(kb):
    hits = {h.slug: h for h in suggest(kb, text="返金", intent="refund_status", language="ja")}
    assert hits["refund-status"].language == "ja"
    hits = {h.slug: h for h in suggest(kb, text="refund", intent="refund_status", language="it")}
    assert hits["refund-status"].language == "en"


def test_an_entry_in_the_customers_language_beats_one_without(kb):
    # Both return macros fit the intent; only return-de speaks German.
    assert suggested(kb, text="", intent="return_request", language="de")[:2] == ["return-de", "return-us"]


def test_notes_are_not_suggested_and_nothing_fits_nothing(kb):
    assert all(h.kind != "note" for h in suggest(kb, text="apology politeness", intent=None, language="en"))
    assert suggest(kb, text="", intent=None, language="en") == []
