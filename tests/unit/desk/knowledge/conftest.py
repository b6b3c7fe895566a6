"""A tiny knowledge base in several languages for the KB tests."""

import pytest

from desk.knowledge import KbEntry, KbText, save_entries

ENTRIES = [
    KbEntry("return-de", "macro", {
        "de": KbText("Rücksendung – so geht's",
                     "Hallo{% if customer_name %} {{ customer_name }}{% endif %},\n\ndie Rücksendung ist "
                     "kostenlos.{% if return_deadline %} Bitte bis {{ return_deadline }}.{% endif %}"),
        "en": KbText("Returns – how it works", "Hello {{ customer_name|default('there', true) }}, returns are free."),
    }, intent="return_request", markets=("DE",), channels=("amazon",), tags=("returns",)),
    KbEntry("return-us", "macro", {
        "en": KbText("Returns in the US", "Hi {{ customer_name }}, start your return in Your Orders."),
    }, intent="return_request", markets=("US",)),
    KbEntry("refund-status", "macro", {
        "en": KbText("Refund on its way", "Your refund{% if refund_amount %} of {{ refund_amount }}{% endif %} "
                                          "was issued for order {{ order_id }}."),
        "zh": KbText("退款进度", "您的退款{{ refund_amount }}已经处理，物流信息请看订单。"),
        "ja": KbText("返金について", "ご注文{{ order_id }}の返金手続きが完了しました。"),
    }, intent="refund_status", tags=("refunds",)),
    KbEntry("customs-duties", "article", {
        "en": KbText("Customs duties", "Import duties are paid by the buyer; we refund them only for lost parcels."),
        "fr": KbText("Droits de douane",
                     "Les droits à l'importation sont à la charge de l'acheteur, pas de remboursement."),
    }, tags=("customs",)),
    KbEntry("tracking-help", "article", {
        "en": KbText("Reading a tracking page", "A parcel in transit for ten days without a scan is probably stuck."),
        "es": KbText("Cómo leer el seguimiento", "Un paquete en tránsito diez días sin escaneo está atascado."),
    }, intent="where_is_my_order"),
    KbEntry("note-jp-politeness", "note", {
        "en": KbText("Japan: politeness", "Open with an apology for the inconvenience."),
        "ja": KbText("日本：丁寧さ", "お詫びから始めます。"),
    }, markets=("JP",)),
    KbEntry("note-any-market", "note", {"en": KbText("Every market: names", "Use the name the customer signs with.")}),
    KbEntry("note-de-formal", "note", {"en": KbText("Germany: Sie", "Always use Sie.")}, markets=("DE",)),
]


@pytest.fixture
def kb(db):
    save_entries(db, ENTRIES)
    return db
