"""Quoted history is cut for display in every language the desk serves; the reply itself stays."""

import pytest

from desk.connectors.mail.quoting import trim_quoted

QUOTE = "> Ihre Bestellung wurde versandt.\n> Mit freundlichen Grüßen\n> Shop"


@pytest.mark.parametrize(
    ("reply", "attribution"),
    [
        ("Where is my parcel?", "On Mon, Jan 15, 2024 at 10:00 AM Shop Team <shop@example.com> wrote:"),
        ("Where is my parcel?", "On Mon, Jan 15, 2024 at 10:00 AM Shop Team <\nshop@example.com> wrote:"),  # wrapped
        ("Wo ist mein Paket?", "Am 15.01.2024 um 10:00 schrieb Shop Team <shop@example.com>:"),
        ("Wo ist mein Paket?", "Am Mo., 15. Jan. 2024 um 10:00 Uhr schrieb Shop Team <shop@example.com>:"),
        ("Où est mon colis ?", "Le lun. 15 janv. 2024 à 10:00, Shop Team <shop@example.com> a écrit\u00a0:"),
        ("¿Dónde está mi paquete?", "El lun, 15 ene 2024 a las 10:00, Shop Team (<shop@example.com>) escribió:"),
        ("Dov'è il mio pacco?", "Il giorno lun 15 gen 2024 alle ore 10:00 Shop Team <shop@example.com> ha scritto:"),
        ("荷物はどこですか？", "2024年1月15日(月) 10:00 Shop Team <shop@example.com>:"),
        ("荷物はどこですか？", "山田太郎 さんは書きました:"),
        ("我的包裹在哪里？", "Shop Team <shop@example.com> 于2024年1月15日周一 10:00写道："),
        ("我的包裹在哪里？", "在 2024/1/15 10:00, Shop Team 写道:"),
        ("我的包裹在哪裡？", "Shop Team <shop@example.com> 於 2024年1月15日 週一 上午10:00寫道："),
    ],
)
def test_attribution_line_and_quote_are_cut(reply, attribution):
    text = f"{reply}\n\nThanks\n\n{attribution}\n{QUOTE}\n"
    assert trim_quoted(text) == f"{reply}\n\nThanks"


@pytest.mark.parametrize(
    "history",
    [
        "-----Original Message-----\nFrom: Shop <shop@example.com>\nSent: Monday, January 15, 2024 10:00 AM\n"
        "To: Jane\nSubject: Your order\n\nYour order shipped.",
        "________________________________\nFrom: Shop <shop@example.com>\nSent: Monday, January 15, 2024 10:00\n"
        "To: Jane\nSubject: Your order\n\nYour order shipped.",
        "________________________________\nVon: Shop <shop@example.com>\nGesendet: Montag, 15. Januar 2024 10:00\n"
        "An: Jane\nBetreff: Ihre Bestellung\n\nIhre Bestellung wurde versandt.",
        "De : Shop <shop@example.com>\nEnvoyé : lundi 15 janvier 2024 10:00\nÀ : Jane\nObjet : Votre commande",
        "De: Shop <shop@example.com>\nEnviado: lunes, 15 de enero de 2024 10:00\nPara: Jane\nAsunto: Su pedido",
        "Da: Shop <shop@example.com>\nInviato: lunedì 15 gennaio 2024 10:00\nA: Jane\nOggetto: Il suo ordine",
        "差出人: Shop <shop@example.com>\n送信日時: 2024年1月15日 10:00\n宛先: Jane\n件名: ご注文",
        "发件人: Shop <shop@example.com>\n发送时间: 2024年1月15日 10:00\n收件人: Jane\n主题: 您的订单",
        "------------------ 原始邮件 ------------------\n发件人: \"Shop\"<shop@example.com>\n发送时间: 2024年1月15日",
        "-----Ursprüngliche Nachricht-----\nVon: Shop\nGesendet: Montag",
    ],
)
def test_outlook_style_history_is_cut(history):
    assert trim_quoted(f"Please refund me.\n\n{history}") == "Please refund me."


def test_trailing_quote_block_without_attribution_is_cut():
    assert trim_quoted(f"Still nothing arrived.\n\n{QUOTE}\n\n") == "Still nothing arrived."


def test_inline_replies_between_quotes_are_kept():
    text = "> When did you order?\nOn Monday.\n> Which colour?\nRed, size M."
    assert trim_quoted(text) == text


def test_a_mail_that_is_only_a_quote_keeps_everything():
    text = "On Mon, Jan 15, 2024 at 10:00 AM Shop <shop@example.com> wrote:\n> Your order shipped."
    assert trim_quoted(text) == text


def test_sentences_that_merely_mention_writing_are_kept():
    text = "On Monday I wrote: the box was damaged.\nAm Montag schrieb ich Ihnen bereits.\nPlease answer."
    assert trim_quoted(text) == text


def test_a_from_line_without_a_date_line_is_not_a_header_block():
    text = "From: my neighbour, who took the parcel.\nShe still has it."
    assert trim_quoted(text) == text
