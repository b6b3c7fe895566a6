"""Search over every cached message and customer: ranked hits with highlighted snippets."""

from __future__ import annotations

from desk.domain import SearchHit
from desk.search.text import highlight, query_terms
from desk.storage.db import Database

DEFAULT_LIMIT = 50


def search(db: Database, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Customers first (a name or address is the most precise thing an agent types), then messages."""
    match = db.dialect.match_parameter(query)
    if match is None:
        return []
    terms = query_terms(query)
    hits = []
    for cid, name, _, rank, conversation_id in db.fetch_all(db.dialect.customer_search_sql(5), {"match": match}):
        identities = [r[0] for r in db.fetch_all(
            "SELECT value FROM customer_identities WHERE customer_id = :id ORDER BY id", {"id": cid})]
        snippet = highlight(" · ".join([name, *identities]), terms)
        hits.append(SearchHit("customer", cid, conversation_id, name, snippet.text, snippet.highlights, rank))
    for mid, conversation_id, body, subject, rank in db.fetch_all(
        db.dialect.message_search_sql(limit), {"match": match}
    ):
        snippet = highlight(body, terms)
        hits.append(SearchHit("message", mid, conversation_id, subject, snippet.text, snippet.highlights, rank))
    return hits
