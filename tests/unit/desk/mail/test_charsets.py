"""Charsets as mail really declares them: right, wrong, broken or not at all."""

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.connectors.mail.charsets import decode_text
from desk.connectors.mail.headers import decode_header_text

JAPANESE = "お世話になっております。注文した商品①がまだ届きません。返品できますか？"
CHINESE = "你好，我的包裹什么时候到？退款申请已经提交了，请尽快处理。谢谢！"
CHINESE_GBK_ONLY = "镕基和喆、堃字在GB2312里没有。"  # characters only GBK/GB18030 have
FRENCH = "Bonjour, où est ma commande ? Merci d'avance — café, crème, « déçu »"
GERMAN = "Grüße, die Rücksendung ist unterwegs. Maß: 3 €"


@pytest.mark.parametrize(
    ("text", "codec", "declared"),
    [
        (JAPANESE.replace("①", "1"), "iso2022_jp", "ISO-2022-JP"),
        (JAPANESE.replace("①", "1"), "shift_jis", "Shift_JIS"),
        (JAPANESE, "cp932", "Shift_JIS"),  # ① is a Windows (CP932) extension of Shift_JIS
        (JAPANESE.replace("①", "1"), "euc_jp", "EUC-JP"),
        (CHINESE, "gb2312", "GB2312"),
        (CHINESE_GBK_ONLY, "gbk", "GB2312"),  # declared GB2312, really GBK: decoded as GB18030
        (CHINESE_GBK_ONLY, "gbk", "gbk"),
        (CHINESE, "gb18030", "GB18030"),
        (FRENCH, "cp1252", "windows-1252"),
        (FRENCH, "cp1252", "ISO-8859-1"),  # "Latin-1" with curly quotes and € is really Windows-1252
        (GERMAN, "cp1252", "iso-8859-1"),
        (GERMAN, "utf-8", "utf-8"),
        (CHINESE, "utf-8", "UTF-8"),
    ],
)
def test_declared_charsets_decode_real_samples(text, codec, declared):
    assert decode_text(text.encode(codec), declared) == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (JAPANESE, "cp932"),
        (JAPANESE.replace("①", "1"), "iso2022_jp"),
        (CHINESE, "gb18030"),
        (CHINESE_GBK_ONLY, "gbk"),
        (FRENCH, "cp1252"),
        (GERMAN, "utf-8"),
    ],
)
def test_missing_declarations_are_guessed(text, codec):
    assert decode_text(text.encode(codec), None) == text


@pytest.mark.parametrize(("text", "codec"), [
    ("こんにちは。注文した商品がまだ届いていません。返金をお願いします。", "euc_jp"),  # older Japanese mailers
    ("您好，我的包裹到現在還沒有收到，請盡快處理退款。", "big5"),  # Taiwan and Hong Kong
    ("안녕하세요, 주문한 상품이 아직 도착하지 않았습니다. 환불해 주세요.", "euc_kr"),
    ("Καλησπέρα, το δέμα μου δεν έχει φτάσει ακόμα. Πού βρίσκεται;", "iso8859_7"),
    ("Grüße, das Paket ist noch nicht angekommen. Bitte erstatten Sie den Betrag für Größe M.", "cp1252"),
])
def test_undeclared_text_in_other_code_pages_is_detected(text, codec):
    assert decode_text(text.encode(codec), None) == text


@pytest.mark.parametrize(
    ("text", "codec", "wrong_label"),
    [
        (GERMAN, "utf-8", "iso-8859-1"),  # UTF-8 labelled Latin-1
        (FRENCH, "cp1252", "utf-8"),  # Windows-1252 labelled UTF-8
        (CHINESE, "gbk", "utf-8"),  # GBK labelled UTF-8
        (JAPANESE.replace("①", "1"), "iso2022_jp", "us-ascii"),  # JIS labelled ASCII, as old mailers do
        (FRENCH, "cp1252", "x-no-such-charset"),  # a label Python does not know
        (GERMAN, "utf-8", '"utf-8"'),  # quoted label
    ],
)
def test_wrong_or_unknown_labels_fall_back_sensibly(text, codec, wrong_label):
    assert decode_text(text.encode(codec), wrong_label) == text


def test_invalid_bytes_in_declared_utf8_become_replacement_characters():
    data = GERMAN.encode("utf-8") + b"\xe2\x82"  # a cut three-byte sequence at the end
    decoded = decode_text(data, "utf-8")
    assert decoded.startswith(GERMAN)
    assert decoded.endswith("\ufffd")


def test_invalid_bytes_in_declared_shift_jis_keep_the_japanese():
    data = JAPANESE.encode("cp932") + b"\x81"  # a lone lead byte
    decoded = decode_text(data, "shift_jis")
    assert decoded.startswith(JAPANESE)


@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "gb2312", "shift_jis", "iso-2022-jp",
                                                   "iso-8859-1", "us-ascii", "bogus", "utf-16", ""]))
@settings(max_examples=300, deadline=None)
def test_decode_text_never_raises(data, declared):
    assert isinstance(decode_text(data, declared), str)


class TestHeaders:
    def test_encoded_words_in_several_charsets(self):
        value = "=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?= =?gb2312?B?xOO6ww==?= and =?utf-8?q?caf=C3=A9?="
        assert decode_header_text(value) == "こんにちは你好 and café"

    def test_a_character_split_across_two_encoded_words_is_joined(self):
        data = "返品について".encode()
        first, second = base64.b64encode(data[:4]).decode(), base64.b64encode(data[4:]).decode()
        assert decode_header_text(f"=?UTF-8?B?{first}?=\r\n =?UTF-8?B?{second}?=") == "返品について"

    def test_raw_eight_bit_headers_are_decoded(self):
        raw_utf8 = "Rücksendung 退款".encode().decode("ascii", "surrogateescape")
        assert decode_header_text(raw_utf8) == "Rücksendung 退款"
        raw_sjis = JAPANESE.encode("cp932").decode("ascii", "surrogateescape")
        assert decode_header_text(raw_sjis) == JAPANESE

    def test_gb2312_header_with_gbk_characters(self):
        word = base64.b64encode(CHINESE_GBK_ONLY.encode("gbk")).decode()
        assert decode_header_text(f"=?GB2312?B?{word}?=") == CHINESE_GBK_ONLY

    def test_broken_encoded_words_stay_as_written(self):
        assert decode_header_text("=?utf-8?B?***?= text") == "=?utf-8?B?***?= text"
        assert decode_header_text("=?x-unknown?Q?caf=E9?=") == "café"

    def test_missing_base64_padding_is_tolerated(self):
        assert decode_header_text("=?utf-8?B?w6TDtsO8?=") == "äöü"
        assert decode_header_text("=?utf-8?B?w6TDtsO8LnR4dA?=") == "äöü.txt"
