"""Finding entries: search as the agent types, suggestions for the open conversation, a market's notes.

Search uses the message search's rules (desk.search.text): diacritics folded, CJK runs as bigrams
so 1- and 2-character Chinese/Japanese queries match, Latin words as prefixes. A title match
weighs four times a body match (the kb_fts rank function, see desk.storage.dialects.sqlite).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desk.knowledge.context import kb_channel
from desk.knowledge.entries import LANGUAGES, KbDoc, pick_language, plain_text, split_codes
from desk.search.text import highlight, index_text, query_terms
from desk.storage.db import Database

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class KbHit:
    slug: str
    kind: str
    language: str
    title: str
    title_highlights: Spans  # [start, end) within title
    snippet: str  # of the body, template syntax removed
    highlights: Spans  # [start, end) within snippet
    score: float  # higher is better; comparable within one result list only


def _hit(slug: str, kind: str, language: str, title: str, body: str, terms: list[str], score: float) -> KbHit:
    title_marks = highlight(title, terms, width=len(title) + 1).highlights
    snippet = highlight(plain_text(body), terms)
    return KbHit(slug, kind, language, title, title_marks, snippet.text, snippet.highlights, score)


def search(db: Database, query: str, *, language: str | None = None, kind: str | None = None,
           limit: int = 20) -> list[KbHit]:
    """Entries matching every word of `query` (the last one as a prefix), best first, each once:
    in its best-matching language, or only in `language` when given."""
    match = db.dialect.match_parameter(query)
    if match is None:
        return []
    params = {"match": match} | ({"language": language} if language else {}) | ({"kind": kind} if kind else {})
    # Up to one row per language of an entry, so `limit` distinct entries survive the de-duplication.
    sql = db.dialect.kb_search_sql(limit * len(LANGUAGES), language=bool(language), kind=bool(kind))
    terms = query_terms(query)
    hits: dict[str, KbHit] = {}
    for slug, entry_kind, text_language, title, body, rank in db.fetch_all(sql, params):
        if slug not in hits:
            hits[slug] = _hit(slug, entry_kind, text_language, title, body, terms, -rank)
            if len(hits) == limit:
                break
    return list(hits.values())


# --- suggestions for the open conversation --------------------------------------------------------

INTENT_WEIGHT = 3.0  # triage's intent is the strongest signal...
TEXT_WEIGHT = 2.0  # ...then what the customer wrote (relevance relative to the best candidate)
SAME_LANGUAGE = 1.0  # the entry has a text in the customer's language
ENGLISH_FALLBACK = 0.3  # it has at least English, which the agent can adapt
MARKET_SPECIFIC = 0.5  # written for this very market rather than for all
CHANNEL_SPECIFIC = 0.3
MACRO_BONUS = 0.2  # at equal fit, a ready reply saves more time than an article
MIN_RELEVANCE = 0.25  # below this share of the best match, a text-only match is noise ("the", "are")
RELEVANCE_ROWS = 200
MAX_TERMS = 32
# Frequent words of 3+ letters that say nothing about what a message is about.
STOPWORDS = frozenset("""
    the and are you your for this that with was have has not but can will from please thanks thank hello
    how what who why
    der die das und ist ich nicht mit ein eine einen mein meine bitte danke hallo sie wir
    les des une est pas que qui pour avec mon vous nous merci bonjour
    los las una por con para que mis gracias hola usted
    che non per una con gli mio mia grazie buongiorno
""".split())


def _stem(word: str) -> str:
    """A crude stem for prefix matching ("returned" -> "return", "Rücksendung" -> "Rücksendu"),
    good enough to let inflected words in a message find the KB's words."""
    return word if len(word) <= 5 else word[: max(5, len(word) - 2)]


def relevance_terms(text: str) -> list[str]:
    """The searchable terms of a customer's message: word stems and CJK bigrams, each once."""
    terms: list[str] = []
    for term in query_terms(text):
        tokens = index_text(term).split()
        if len(tokens) > 1:  # a CJK run: its bigrams (its last character alone says little)
            terms.extend(t for t in tokens if len(t) == 2)
        elif len(term) >= 3 and term.casefold() not in STOPWORDS:  # shorter ones: articles, pronouns
            terms.append(_stem(term))
    return list(dict.fromkeys(terms))[:MAX_TERMS]


def _relevance(db: Database, text: str) -> dict[int, float]:
    """Entry id -> how well its best text matches `text` (higher is better, > 0)."""
    query = db.dialect.kb_relevance_query(relevance_terms(text), RELEVANCE_ROWS)
    if query is None:
        return {}
    best: dict[int, float] = {}
    for entry_id, relevance in db.fetch_all(*query):
        best[entry_id] = max(best.get(entry_id, 0.0), float(relevance))
    return best


@dataclass(frozen=True, slots=True)
class _Candidate:
    id: int
    slug: str
    kind: str
    intent: str | None
    markets: tuple[str, ...]
    channels: tuple[str, ...]
    texts: dict[str, tuple[str, str]]  # language -> (title, body)


def _candidates(db: Database, entry_ids: Iterable[int]) -> list[_Candidate]:
    ids = ",".join(str(int(i)) for i in entry_ids)
    if not ids:
        return []
    rows = db.fetch_all(
        "SELECT e.id, e.slug, e.kind, e.intent, e.markets, e.channels, t.language, t.title, t.body "
        f"FROM kb_entries e JOIN kb_texts t ON t.entry_id = e.id WHERE e.id IN ({ids}) ORDER BY e.id")
    found: dict[int, _Candidate] = {}
    for entry_id, slug, kind, intent, markets, channels, language, title, body in rows:
        candidate = found.setdefault(entry_id, _Candidate(
            entry_id, slug, kind, intent, split_codes(markets), split_codes(channels), {}))
        candidate.texts[language] = (title, body)
    return list(found.values())


def _fits(allowed: tuple[str, ...], value: str | None) -> bool:
    return not allowed or value is None or value in allowed


def _language_fit(candidate: _Candidate, language: str) -> float:
    if language in candidate.texts:
        return SAME_LANGUAGE
    return ENGLISH_FALLBACK if "en" in candidate.texts else 0.0


def _score(candidate: _Candidate, relevance: float, intent: str | None, language: str, market: str | None,
           channel: str | None) -> float:
    return (
        (INTENT_WEIGHT if intent and candidate.intent == intent else 0.0)
        + TEXT_WEIGHT * relevance
        + _language_fit(candidate, language)
        + (MARKET_SPECIFIC if market and market in candidate.markets else 0.0)
        + (CHANNEL_SPECIFIC if channel and channel in candidate.channels else 0.0)
        + (MACRO_BONUS if candidate.kind == "macro" else 0.0)
    )


def suggest(db: Database, *, text: str, intent: str | None, language: str, market: str | None = None,
            channel: str | None = None, limit: int = 5) -> list[KbHit]:
    """Macros and articles for the open conversation, best first: `text` is the customer's last
    message, `intent` triage's verdict, `language` the customer's. Entries written only for other
    markets or channels are left out; notes are not suggested (see notes_for_market)."""
    channel = kb_channel(channel) if channel else None
    relevance = _relevance(db, text)
    top = max(relevance.values(), default=0.0) or 1.0
    intent_ids = {row[0] for row in db.fetch_all(
        "SELECT id FROM kb_entries WHERE intent = :intent AND kind <> 'note'", {"intent": intent})} if intent else set()
    scored = []
    for candidate in _candidates(db, set(relevance) | intent_ids):
        if candidate.kind == "note" or not _fits(candidate.markets, market) or not _fits(candidate.channels, channel):
            continue
        share = relevance.get(candidate.id, 0.0) / top
        if candidate.id in intent_ids or share >= MIN_RELEVANCE:
            scored.append((_score(candidate, share, intent, language, market, channel), candidate))
    scored.sort(key=lambda pair: (-pair[0], pair[1].slug))
    terms = relevance_terms(text)
    hits = []
    for score, candidate in scored[:limit]:
        shown = pick_language(candidate.texts, language)
        title, body = candidate.texts[shown]
        hits.append(_hit(candidate.slug, candidate.kind, shown, title, body, terms, round(score, 4)))
    return hits


# --- cultural notes ---------------------------------------------------------------------------------

def notes_for_market(db: Database, market: str, language: str) -> list[KbDoc]:
    """Cultural notes for `market` (those written for it first, then those for every market), each
    in `language`, else English, else another language it has."""
    rows = db.fetch_all(
        "SELECT e.slug, e.markets, t.language, t.title, t.body FROM kb_entries e "
        "JOIN kb_texts t ON t.entry_id = e.id WHERE e.kind = 'note' ORDER BY e.slug")
    texts: dict[str, dict[str, tuple[str, str]]] = {}
    markets: dict[str, tuple[str, ...]] = {}
    for slug, joined_markets, text_language, title, body in rows:
        markets[slug] = split_codes(joined_markets)
        texts.setdefault(slug, {})[text_language] = (title, body)
    fitting = sorted((slug for slug in texts if _fits(markets[slug], market)), key=lambda s: (not markets[s], s))
    notes = []
    for slug in fitting:
        shown = pick_language(texts[slug], language)
        notes.append(KbDoc(slug, "note", shown, *texts[slug][shown]))
    return notes
