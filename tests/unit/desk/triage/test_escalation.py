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
    # round 3: chat spellings, polite requests for someone senior, card schemes, the bank asked for
    # the money, gendarmes, plural star counts, Amazon told
    ("en", "manager", "get me ur supervisor pls"),
    ("en", "manager", "Kindly forward this to your line manager or team leader."),
    ("en", "manager", "Would it be possible to have a senior member of staff look at this?"),
    ("de", "manager", "ich will mit dem zuständigen Chef reden"),
    ("it", "manager", "Mi passi il suo superiore."),
    ("it", "manager", "voglio parlare con il manager"),
    ("en", "chargeback", "i'll do a chargback"),
    ("en", "chargeback", "I've already started a dispute with Visa."),
    ("en", "chargeback", "I will ask PayPal to step in."),
    ("es", "chargeback", "Llamaré al banco para que me devuelvan el dinero."),
    ("de", "chargeback", "Ich hole mir das Geld über die Bank zurück."),
    ("fr", "chargeback", "je vais demander un remboursement à ma banque"),
    ("it", "chargeback", "Chiederò lo storno alla mia banca."),
    ("fr", "legal", "J'appelle les gendarmes."),
    ("en", "legal", "If this is not fixed by Friday I will sue you."),
    ("it", "legal", "Contatterò un legale."),
    ("en", "bad_review", "I'll give you zero stars"),
    ("en", "bad_review", "I will be writing a review about this experience, and it won't be pretty."),
    ("es", "bad_review", "Les voy a poner una pésima valoración."),
    ("de", "bad_review", "ich werde es überall im Netz schreiben"),
    ("it", "bad_review", "Lo scriverò su tutti i social."),
    ("en", "a_to_z", "Amazon will hear from me."),
    ("de", "a_to_z", "Ich wende mich an Amazon."),
    ("fr", "a_to_z", "Je vais me plaindre à Amazon."),
    # round 3, second batch: the press and consumer magazines, "I know my rights", other
    # marketplaces, legal-expense insurance, the idiom for going to court, veiled threats
    ("en", "bad_review", "I'm contacting Which? and BBC Watchdog about this."),
    ("en", "bad_review", "I'll contact the press, journalists love stories like this."),
    ("en", "a_to_z", "I'll be raising a claim through eBay's money back guarantee."),
    ("en", "anger", "I'll get my money back one way or another."),
    ("es", "legal", "Conozco mis derechos como consumidor y los voy a hacer valer."),
    ("es", "a_to_z", "Me voy a quejar a Amazon de ustedes."),
    ("de", "legal", "Ich schalte meine Rechtsschutzversicherung ein."),
    ("de", "bad_review", "Das melde ich der Stiftung Warentest und der Presse."),
    ("de", "a_to_z", "Ich werde Sie bei eBay melden."),
    ("fr", "a_to_z", "Je vais vous signaler à eBay."),
    ("fr", "bad_review", "Je vais raconter ça partout sur Facebook."),
    ("it", "legal", "Conosco i miei diritti, mi rivolgerò alle associazioni dei consumatori."),
    ("it", "bad_review", "Scriverò a Striscia la notizia."),
    ("ja", "legal", "出るところに出ます。"),
    ("ja", "legal", "しかるべきところに相談します。"),
    ("zh", "legal", "我要打12345热线投诉。"),
    # told lies
    ("en", "anger", "You lied about the delivery date twice now."),
    ("es", "anger", "Me habéis mentido con el seguimiento, ya está bien."),
    ("de", "anger", "Sie haben mich schon zweimal angelogen."),
    ("fr", "anger", "Et mon remboursement ? Vous m'avez menti trois fois."),
    ("it", "anger", "Mi avete mentito sulla data di consegna."),
    ("ja", "anger", "発送済みと嘘をつかれました。"),
    ("zh", "anger", "你们客服一直在骗我，说早就发货了。"),
    # a negation of the goods, not of the threat
    ("en", "a_to_z", "Empty box, no earbuds = A-to-z claim tonight."),
    ("de", "chargeback", "Kein Kabel -> Rückbuchung über die Bank."),
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
    # round 3: the same new words in a harmless sense
    "Our team leader asked me to order 20 more for the office.",
    "I paid with my Visa card, has the payment gone through?",
    "Ma banque a bien reçu le remboursement, merci.",
    "La garantie légale de conformité s'applique-t-elle à ce produit ?",
    "Great product, five stars from me!",
    "Il mio capo vuole altri due pezzi.",
    "Nel pacco ci sono la bolla e le sue cose di un'altra persona.",  # Italian "sue" is "her"
    "以前から何度も利用しています。追跡番号を教えてください。",  # "many times" as a loyal customer
    "Ich brauche eine Rechnung mit meiner USt-IdNr. DE123456789.",  # digits are no 12345 hotline
    "Please press the button twice to pair the headphones, is that right?",
    "I'm not saying you lied, maybe the courier got it wrong.",
    "Non dico che mi avete mentito, forse è colpa del corriere.",
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


@pytest.mark.parametrize("text", [
    "I saw your ad on Facebook, do you ship to Canada?",
    "Os vi en Facebook, ¿enviáis a Canarias?",
    "Je vous ai découverts sur Facebook, vous livrez en Belgique ?",
])
def test_the_rules_do_not_read_a_social_network_named_in_passing_as_going_public(text):
    # The rules only: the learned model, recall first within its false-escalation budget, may still
    # escalate such a message (it does the English one: a known false escalation).
    from desk.triage.escalation import escalation_reasons
    from desk.triage.features import fold

    assert escalation_reasons(text, fold(text)) == ()
