"""A macro's values from the conversation, its customer, account and order; carriers' tracking pages."""

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desk.domain.records import OrderItemRecord, OrderRecord, RefundRecord, ShipmentRecord
from desk.knowledge import KbError, macro_context, render_macro
from desk.knowledge.context import return_window_days
from desk.knowledge.tracking import tracking_url
from desk.storage.ingest import Ingestor
from desk.storage.orders import upsert_orders
from tests.helpers.messages import NOW, message

ORDER_ID = "302-1234567-7654321"


def conversation(db, account_id, **fields):
    Ingestor(db).ingest([message(account_id, "m1", f"Wo ist {ORDER_ID}?", customer_name="Jonas Weber",
                                 order_external_id=ORDER_ID, **fields)], now=NOW)
    return db.fetch_all("SELECT id FROM conversations")[0][0]


def add_order(db, account_id, *, shipments, refunds=()):
    record = OrderRecord(
        account_id=account_id, external_id=ORDER_ID, status="shipped", currency="EUR", total=Decimal("69.98"),
        placed_at=NOW - timedelta(days=20),
        items=[OrderItemRecord("LM-LAMP", "LED Desk Lamp", 1, Decimal("34.99")),
               OrderItemRecord("LM-MUG", "Ceramic Mug", 1, Decimal("34.99"))],
        shipments=list(shipments), refunds=list(refunds))
    with db.engine.begin() as conn:
        upsert_orders(conn, [record])


def set_marketplace(db, account_id, marketplace):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE accounts SET settings_json = ? WHERE id = ?",
                             (json.dumps({"marketplace": marketplace}), account_id))


def test_the_context_comes_from_the_conversation_and_its_order(db, accounts):
    amazon = accounts["amazon"]
    set_marketplace(db, amazon, "A1PA6795UKMFR9")  # amazon.de
    cid = conversation(db, amazon)
    delivered = NOW - timedelta(days=4)
    add_order(db, amazon,
              shipments=[ShipmentRecord("DHL Paket", "JJD0003900072", "delivered", NOW - timedelta(days=8), delivered)],
              refunds=[RefundRecord(Decimal("34.99"), "damaged", "completed", NOW),
                       RefundRecord(Decimal("10.00"), "goodwill", "rejected", NOW)])
    context = macro_context(db, cid, agent_name="Li Na")
    assert (context.customer_name, context.order_id, context.shop_name, context.agent_name, context.market) == (
        "Jonas Weber", ORDER_ID, "amazon test", "Li Na", "DE")
    assert context.order_date == (NOW - timedelta(days=20)).date()
    assert context.items == ("LED Desk Lamp", "Ceramic Mug")
    assert (context.carrier, context.tracking_number) == ("DHL Paket", "JJD0003900072")
    assert context.tracking_url == "https://www.dhl.com/global-en/home/tracking.html?tracking-id=JJD0003900072&submit=1"
    assert context.refund_amount.amount == Decimal("34.99")  # the rejected refund does not count
    assert context.return_deadline == delivered.date() + timedelta(days=30)
    variables = context.variables("de")
    assert (variables["order_total"], variables["refund_amount"]) == ("69,98 €", "34,99 €")


def test_a_tracking_page_the_platform_gave_is_kept(db, accounts):
    shop = accounts["shopify"]
    cid = conversation(db, shop, customer_country="FR")
    own = "https://lumora.aftership.com/JJD1"
    add_order(db, shop, shipments=[ShipmentRecord("Colissimo", "6A123", "in_transit", NOW, tracking_url=own)])
    context = macro_context(db, cid)
    assert (context.tracking_url, context.market, context.return_deadline) == (own, "FR", None)


def test_without_an_order_only_the_people_are_known(db, accounts):
    cid = conversation(db, accounts["whatsapp"], customer_country="GB")
    context = macro_context(db, cid, agent_name="Sofia")
    assert (context.customer_name, context.market, context.order_id, context.order_total, context.items) == (
        "Jonas Weber", "UK", "", None, ())


def test_a_macro_renders_for_a_real_conversation(kb, accounts):
    cid = conversation(kb, accounts["amazon"])
    add_order(kb, accounts["amazon"], shipments=[], refunds=[RefundRecord(Decimal("5"), "late", "completed", NOW)])
    assert render_macro(kb, "refund-status", "en", macro_context(kb, cid)) == (
        f"Your refund of €5.00 was issued for order {ORDER_ID}.")


def test_a_vanished_conversation_is_a_clear_error(db):
    with pytest.raises(KbError, match="Conversation 99 no longer exists"):
        macro_context(db, 99)


def test_the_return_window_never_drops_below_the_eu_minimum(monkeypatch):
    from desk.knowledge import context

    assert return_window_days("amazon", "DE") == 30
    monkeypatch.setitem(context.RETURN_DAYS, ("shopify", "DE"), 7)
    monkeypatch.setitem(context.RETURN_DAYS, ("shopify", "US"), 7)
    assert (return_window_days("shopify", "DE"), return_window_days("shopify", "US")) == (14, 7)


@pytest.mark.parametrize("carrier, number, market, url", [
    ("UPS", "1Z999AA10123456784", "", "https://www.ups.com/track?tracknum=1Z999AA10123456784"),
    ("USPS", "9400100000000000000000", "US",
     "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000"),
    ("FedEx Ground", "61290912345", "", "https://www.fedex.com/fedextrack/?trknbr=61290912345"),
    ("Deutsche Post", "RR123456789DE", "DE",
     "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=RR123456789DE"),
    ("Royal Mail", "AB123456789GB", "UK", "https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB"),
    ("Hermes", "H100", "UK", "https://www.evri.com/track/parcel/H100"),
    ("Hermes", "H100", "DE", "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#H100"),
    ("La Poste", "6A1", "FR", "https://www.laposte.fr/outils/suivre-vos-envois?code=6A1"),
    ("Poste Italiane", "RR1IT", "IT", "https://www.poste.it/cerca/index.html#/risultati-spedizioni/RR1IT"),
    ("Yamato (JA)", "4000-1234", "JP", "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=4000-1234"),
    ("Japan Post (EN)", "EJ1JP", "JP",
     "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=EJ1JP&locale=ja"),
    ("SF Express", "SF14", "", "https://www.sf-express.com/chn/en/waybill/waybill-detail/SF14"),
    ("4PX", "4PX1", "", "https://track.4px.com/#/result/0/4PX1"),
    ("YunExpress", "YT1", "", "https://www.yuntrack.com/parcelTracking?id=YT1"),
    ("DPD", "a b/c", "", "https://tracking.dpd.de/status/en_US/parcel/a%20b%2Fc"),  # the number is quoted
    ("Some Local Courier", "X1", "", ""),
    ("DHL", "   ", "", ""),
])
def test_tracking_pages_of_common_carriers(carrier, number, market, url):
    assert tracking_url(carrier, number, market) == url
