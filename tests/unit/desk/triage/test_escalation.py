"""Escalation by category in each of the seven languages, with must-not pairs naming the same words
(negated, or in a harmless sense), and the rule that a negated escalation word never gets an
automatic reply."""

from __future__ import annotations

import pytest

from desk.triage import autoreply_threshold, classify

MUST = [
    # manager or supervisor
    ("en", "manager", "Put me through to your supervisor right now."),
    ("en", "manager", "i want to talk to a manger, not another bot"),
    ("es", "manager", "Quiero hablar con un superior, esto no puede seguir así."),
    ("de", "manager", "Ich möchte bitte mit Ihrem Vorgesetzten sprechen."),
    ("fr", "manager", "Passez-moi votre supérieur hiérarchique."),
    ("it", "manager", "Voglio parlare con il vostro responsabile."),
    ("ja", "manager", "責任者の方と話させてください。"),
    ("zh", "manager", "让你们领导出来处理一下。"),
    # chargeback, bank, card or PayPal dispute
    ("en", "chargeback", "I'm calling my bank to contest the charge."),
    ("en", "chargeback", "gonna open a paypal claim if this isnt sorted"),
    ("es", "chargeback", "Voy a reclamar el cargo a mi banco."),
    ("de", "chargeback", "Ich widerrufe die Lastschrift über meine Bank."),
    ("fr", "chargeback", "Je vais ouvrir un litige PayPal."),
    ("it", "chargeback", "Farò il disconoscimento dell'addebito con la banca."),
    ("ja", "chargeback", "カード会社に連絡して支払いを取り消してもらいます。"),
    ("zh", "chargeback", "再不处理我就找银行拒付。"),
    # lawyers and consumer authorities
    ("en", "legal", "You'll be hearing from my solicitor and trading standards."),
    ("es", "legal", "Os voy a denunciar en la OCU."),
    ("de", "legal", "Ich schalte die Verbraucherzentrale ein."),
    ("fr", "legal", "Je vais faire un signalement à la DGCCRF."),
    ("it", "legal", "Mi rivolgo al Codacons."),
    ("ja", "legal", "消費生活センターに相談します。"),
    ("zh", "legal", "我要打12315投诉。"),
    # bad reviews, social media
    ("en", "bad_review", "Leaving a one star review and posting this on Facebook."),
    ("es", "bad_review", "Os pongo una reseña negativa."),
    ("de", "bad_review", "Ich werde eine negative Bewertung schreiben."),
    ("fr", "bad_review", "Je vais laisser un avis négatif."),
    ("it", "bad_review", "Lascerò una recensione negativa."),
    ("ja", "bad_review", "星1のレビューをつけます。"),
    ("zh", "bad_review", "我要给差评。"),
    # A-to-z claims, reports to Amazon
    ("en", "a_to_z", "Filing an A to Z claim today."),
    ("es", "a_to_z", "Abriré una reclamación de la garantía de la A a la Z."),
    ("de", "a_to_z", "Ich stelle einen Antrag auf die A-bis-z-Garantie."),
    ("fr", "a_to_z", "Je fais une réclamation au titre de la garantie A à Z."),
    ("it", "a_to_z", "Apro una richiesta di garanzia dalla A alla Z."),
    ("ja", "a_to_z", "マーケットプレイス保証を申請します。"),
    ("zh", "a_to_z", "我要向亚马逊投诉。"),
    # anger, insults, repeated reminders
    ("en", "anger", "you people are useless, third email about this"),
    ("es", "anger", "Sois unos estafadores."),
    ("de", "anger", "Zum dritten Mal: das ist eine Frechheit."),
    ("fr", "anger", "3ème relance, c'est inadmissible."),
    ("it", "anger", "Siete dei ladri, è una vergogna."),
    ("ja", "anger", "何度も問い合わせています。いい加減にしてください。"),
    ("zh", "anger", "你们就是骗子，太离谱了。"),
]


@pytest.mark.parametrize(("language", "reason", "text"), MUST, ids=[f"{lang}-{reason}-{i}" for i, (lang, reason, _) in enumerate(MUST)])
def test_each_category_escalates_in_each_language(language, reason, text):
    result = classify(text)
    assert result.escalate, text
    assert reason in result.escalate_reasons, (text, result.escalate_reasons)


MUST_NOT = [
    "No need for a supervisor, the tracking number is enough.",
    "My manager loved the mugs, thanks!",
    "I won't open a dispute, just tell me when it ships.",
    "My bank says the refund has not arrived yet, can you check?",
    "Great product, I'll leave a 5 star review!",
    "No necesito hablar con ningún superior, solo el número de seguimiento.",
    "Mi jefe quedó encantado con el pedido.",
    "Keine Sorge, ich will keinen Streit mit PayPal, nur die Sendungsnummer.",
    "Sehr zufrieden, gebe gerne eine gute Bewertung!",
    "Je ne compte pas ouvrir de litige, je veux juste mon numéro de suivi.",
    "Ma banque me dit que le remboursement n'est pas encore arrivé.",
    "Non voglio fare nessuna contestazione, solo sapere dove è il pacco.",
    "La mia banca dice che il rimborso non è ancora arrivato.",
    "上司も喜んでいました。ありがとうございます。",
    "カード会社に確認しましたが、まだ返金が反映されていません。",
    "不用找经理，告诉我物流单号就行。",
    "质量很好，给你们好评。",
    "Hi, quick one - could you change the address to 4 Rose Court before it ships?",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_the_same_words_negated_or_harmless_do_not_escalate(text):
    result = classify(text)
    assert not result.escalate, (text, result.escalate_reasons)


@pytest.mark.parametrize("text", [
    "I won't open a dispute, just tell me where my order is.",
    "No need for a supervisor, just tell me where my parcel is, thanks.",
    "Je ne compte pas ouvrir de litige, où en est mon colis ?",
])
def test_a_negated_escalation_word_is_never_answered_automatically(text):
    result = classify(text)
    assert not result.escalate
    assert result.confidence < autoreply_threshold(), (text, result)
