"""Search in every language agents meet, on the demo workspace and on hand-made messages."""

import pytest

from desk.storage.ingest import Ingestor
from desk.storage.search import search
from tests.helpers.messages import NOW, message

MESSAGES = {
    "en": "Hi, my parcel still hasn't arrived. Can you check the tracking?",
    "es": "Hola, quiero devolver las zapatillas, la talla no es correcta. ¿Cómo hago la devolución?",
    "de": "Guten Tag, ich möchte eine Rücksendung anmelden, die Lampe ist beschädigt.",
    "fr": "Bonjour, je n'ai toujours pas reçu mon colis. Où en est le remboursement ?",
    "it": "Buongiorno, vorrei la fattura con partita IVA per la mia società.",
    "ja": "注文した商品がまだ届きません。返品と返金をお願いします。",
    "zh": "你好，我的快递一直没到，物流信息也查不到，我要退款。",
}


@pytest.fixture
def multilingual(db, accounts):
    Ingestor(db).ingest(
        [message(accounts["email"], lang, text, thread=lang, customer_name=f"Kunde {lang}")
         for lang, text in MESSAGES.items()],
        now=NOW,
    )
    return db


def languages_found(db, query):
    ids = {h.conversation_id for h in search(db, query) if h.kind == "message"}
    threads = dict(db.fetch_all("SELECT id, thread_key FROM conversations"))
    return {threads[i] for i in ids}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("parcel", {"en"}),
        ("PARCEL tracking", {"en"}),
        ("devolucion", {"es"}),  # without the accent
        ("devolución", {"es"}),
        ("rucksendung", {"de"}),
        ("RÜCKSENDUNG", {"de"}),
        ("beschadigt", {"de"}),
        ("recu colis", {"fr"}),
        ("fattura", {"it"}),
        ("società", {"it"}),
        ("返品", {"ja"}),
        ("返金", {"ja"}),
        ("届きません", {"ja"}),
        ("退款", {"zh"}),
        ("物流", {"zh"}),
        ("快递", {"zh"}),
        ("物流信息", {"zh"}),
        ("退", {"zh"}),  # one character
        ("品", {"ja"}),
        ("款物", set()),  # characters that are never adjacent
        ("rembourse", {"fr"}),  # as typed, half-way
    ],
)
def test_search_each_language(multilingual, query, expected):
    assert languages_found(multilingual, query) == expected


def test_hits_carry_highlighted_snippets_of_the_original_text(multilingual):
    hit = next(h for h in search(multilingual, "rucksendung") if h.kind == "message")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["Rücksendung"]
    hit = next(h for h in search(multilingual, "物流") if h.kind == "message")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["物流"]


def test_customers_are_found_by_name_and_address(db, accounts):
    Ingestor(db).ingest(
        [message(accounts["shopify"], "1", thread="m", customer_name="Zoë Dupont", customer_email="zoe@exemple.fr")],
        now=NOW,
    )
    by_name = [h for h in search(db, "zoe") if h.kind == "customer"]
    by_mail = [h for h in search(db, "exemple") if h.kind == "customer"]
    assert by_name and by_mail and by_name[0].title == "Zoë Dupont"
    assert by_name[0].conversation_id is not None


def test_more_relevant_messages_rank_first(db, accounts):
    Ingestor(db).ingest(
        [
            message(accounts["email"], "1", "refund " * 1 + "and a long story about many other things " * 5, thread="a"),
            message(accounts["email"], "2", "refund refund refund please", thread="b"),
        ],
        now=NOW,
    )
    hits = [h for h in search(db, "refund") if h.kind == "message"]
    assert [h.id for h in hits][0] == 2


def test_demo_workspace_has_hits_for_agents_common_queries(demo_db):
    for query in ("退款", "物流", "返品", "rucksendung", "remboursement", "reembolso", "rimborso", "refund"):
        assert any(h.kind == "message" for h in search(demo_db, query)), query
