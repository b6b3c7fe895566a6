"""check_reply as the reply box uses it: whole replies, context, severities, spans."""

from __future__ import annotations

import pytest

from desk.policy import Severity, Violation, blocks_sending, check_reply

# Real replies agents send, which no rule may flag on any channel.
CLEAN_REPLIES = [
    "Hi Anna, thanks for your message. Your order 302-1234567-1234567 was shipped with DHL "
    "(tracking 00340434161234567890) on 2026-11-22. You can start a return at amazon.de/returns; "
    "the refund of 12,99 € follows within 3-5 business days. Best regards, Li",
    "Hallo Herr Müller, Ihre Bestellung 028-1234567-7654321 wurde am 22.11.2026 zugestellt. "
    "Die Rückerstattung über 1.299,00 € ist veranlasst. Mit freundlichen Grüßen",
    "Bonjour, votre colis (suivi 1Z999AA10123456784) arrivera le 24/11/2026. Cordialement.",
    "Hola, le enviamos un repuesto hoy mismo. Gracias por su paciencia.",
    "Buongiorno, il rimborso di 19,90 € è stato effettuato. Cordiali saluti.",
    "こんにちは。ご注文は11月22日に発送いたしました。お届けまで3〜5営業日かかります。",
    "您好，感谢您的耐心等待。您的订单已于2026年11月22日发出，运单号JD0146000064534986。",
]


@pytest.mark.parametrize("channel", ["amazon", "shopify", "whatsapp", "mail", "email"])
@pytest.mark.parametrize("reply", CLEAN_REPLIES)
def test_ordinary_replies_pass_every_channel(reply: str, channel: str):
    assert check_reply(reply, channel=channel, customer_language=None, window_open=True) == []


def test_violations_are_ordered_by_position_with_exact_spans_and_both_reasons():
    text = "Mail me@shop.com or call +49 30 1234567 😊"
    found = check_reply(text, channel="amazon", customer_language=None)
    assert [(v.rule_id, text[v.start:v.end]) for v in found] == [
        ("amazon.email_address", "me@shop.com"),
        ("amazon.phone_number", "+49 30 1234567"),
        ("amazon.emoji", "😊"),
    ]
    assert all(v.reason_en and v.reason_zh for v in found)
    assert [v.severity for v in found] == [Severity.BLOCK, Severity.BLOCK, Severity.WARN]


def test_amazon_blocks_what_other_channels_allow():
    text = "Write to service@myshop.com or see https://myshop.com/help <b>now</b>"
    assert blocks_sending(check_reply(text, channel="amazon", customer_language=None))
    for channel in ("shopify", "mail", "whatsapp"):
        assert check_reply(text, channel=channel, customer_language=None, window_open=True) == []


def test_patterns_of_one_rule_hitting_the_same_words_give_one_span():
    text = "Please leave us a five star review."
    found = [v for v in check_reply(text, channel="amazon", customer_language=None)
             if v.rule_id == "amazon.review_request"]
    assert [text[v.start:v.end] for v in found] == ["leave us a five star review"]


def test_the_same_incentive_only_warns_on_shopify():
    text = "Leave a review and get a 10% coupon!"
    found = check_reply(text, channel="shopify", customer_language=None)
    assert [(v.rule_id, v.severity) for v in found] == [("shopify.review_incentive", Severity.WARN)]
    assert not blocks_sending(found)


def test_blocks_sending_only_for_block_severity():
    warn = Violation("x", 0, 1, Severity.WARN, "w", "w")
    block = Violation("y", 0, 1, Severity.BLOCK, "b", "b")
    assert not blocks_sending([])
    assert not blocks_sending([warn])
    assert blocks_sending([warn, block])
    assert blocks_sending(iter([block]))


def test_an_empty_reply_is_blocked_on_every_channel():
    for channel in ("amazon", "shopify", "whatsapp", "mail"):
        found = check_reply("  ", channel=channel, customer_language="en")
        assert [(v.rule_id, v.start, v.end) for v in found] == [("common.empty", 0, 2)]


def test_whatsapp_free_text_with_a_closed_window_points_to_templates():
    found = check_reply("Hi Anna", channel="whatsapp", customer_language=None, window_open=False)
    assert [(v.rule_id, v.start, v.end) for v in found] == [("whatsapp.window_closed", 0, 7)]
    assert "template" in found[0].reason_en and "模板" in found[0].reason_zh
    assert blocks_sending(found)


def test_the_window_rule_applies_to_whatsapp_only():
    assert check_reply("Hi Anna", channel="mail", customer_language=None, window_open=False) == []


def test_whatsapp_over_the_length_limit_highlights_the_overflow():
    found = check_reply("a" * 4100, channel="whatsapp", customer_language=None, window_open=True)
    assert [(v.rule_id, v.start, v.end) for v in found] == [("whatsapp.too_long", 4096, 4100)]


class RecordingDetector:
    def __init__(self, answer: str):
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, text: str) -> str:
        self.texts.append(text)
        return self.answer


def test_a_reply_in_another_language_than_the_buyers_is_flagged_over_the_whole_text():
    detector = RecordingDetector("en")
    text = "Thank you for your message, we will send you a replacement today."
    found = check_reply(text, channel="amazon", customer_language="de-DE", detect_language=detector)
    assert [(v.rule_id, v.start, v.end) for v in found] == [("common.reply_language", 0, len(text))]
    assert detector.texts and "replacement" in detector.texts[0]


@pytest.mark.parametrize(("customer_language", "answer"), [("en-US", "en"), ("zh-CN", "zh-Hans"), ("EN", "en_GB")])
def test_regional_tags_of_the_same_language_match(customer_language: str, answer: str):
    text = "Thank you for your message, we will send you a replacement today."
    assert check_reply(text, channel="amazon", customer_language=customer_language,
                       detect_language=RecordingDetector(answer)) == []


def test_the_language_rule_is_skipped_when_it_cannot_tell():
    detector = RecordingDetector("fr")
    assert check_reply("OK, merci !", channel="amazon", customer_language="de", detect_language=detector) == []
    assert check_reply("Vielen Dank für Ihre Nachricht, wir senden heute Ersatz.", channel="amazon",
                       customer_language=None, detect_language=detector) == []
    assert detector.texts == []  # too short, or the buyer's language unknown: not even asked
    long_text = "Thank you for your message, we will send you a replacement today."
    assert check_reply(long_text, channel="amazon", customer_language="de", detect_language=None) == []


def test_a_short_cjk_reply_is_long_enough_to_tell():
    found = check_reply("您好，我们今天给您补发新的。", channel="amazon", customer_language="en",
                        detect_language=RecordingDetector("zh"))
    assert [v.rule_id for v in found] == ["common.reply_language"]


def test_a_language_chosen_for_the_reply_is_what_the_text_must_be_in():
    """The agent chose Chinese for a German buyer: Chinese text passes the language rule (Amazon
    warns that it is not the buyer's language); German text no longer matches the choice."""
    chinese = "您好，我们今天会给您补发一个新的，请注意查收。"
    found = check_reply(chinese, channel="amazon", customer_language="de", reply_language="zh",
                        detect_language=RecordingDetector("zh"))
    assert [(v.rule_id, v.severity) for v in found] == [("amazon.buyer_language", Severity.WARN)]
    german = "Vielen Dank für Ihre Nachricht, wir senden heute Ersatz."
    found = check_reply(german, channel="mail", customer_language="de", reply_language="zh",
                        detect_language=RecordingDetector("de"))
    assert [(v.rule_id, v.severity) for v in found] == [("common.reply_language", Severity.BLOCK)]


def test_messenger_contact_and_important_subjects_block_on_amazon_only():
    found = check_reply("请加我微信：kefu888", channel="amazon", customer_language=None)
    assert blocks_sending(found) and {v.rule_id for v in found} == {"amazon.messenger_contact"}
    found = check_reply("Your refund is on its way.", subject="[Important] Order 302-1234567-1234567",
                        channel="amazon", customer_language=None)
    assert [(v.rule_id, v.field, v.start, v.end) for v in found] == [("amazon.important_subject", "subject", 0, 11)]
    assert check_reply("Your refund is on its way.", subject="[Important] refund", channel="shopify",
                       customer_language=None) == []


def test_an_unknown_channel_is_a_programming_error():
    with pytest.raises(ValueError, match="telegram"):
        check_reply("hi", channel="telegram", customer_language=None)
