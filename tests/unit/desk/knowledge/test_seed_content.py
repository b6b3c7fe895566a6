"""Checks the seeded knowledge-base content (desk/knowledge/seed) against the folder contract.

Content only: the seed folder is located relative to the repository, not through the desk package,
so these tests stay independent of the importer code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")
sandbox = pytest.importorskip("jinja2.sandbox")

REPO = Path(__file__).resolve().parents[4]
SEED = REPO / "desk" / "knowledge" / "seed"

LANGS = {"zh", "en", "es", "de", "fr", "it", "ja"}
KINDS = {"macro", "article", "note"}
INTENTS = {
    "where_is_my_order", "return_request", "refund_status", "size_exchange", "damaged_item", "missing_item",
    "wrong_item", "not_as_described", "cancel_order", "change_address", "product_question", "complaint",
    "invoice_request", "other",
}
MARKETS = {"US", "UK", "DE", "FR", "ES", "IT", "JP"}
CHANNELS = {"amazon", "shopify", "whatsapp", "mail"}
KEYS = {"kind", "title", "intent", "markets", "channels", "tags", "actions"}
SHARED = ("kind", "intent", "markets", "channels", "tags")
MARKET_LANG = {"US": "en", "UK": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "JP": "ja"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CJK = {"ja", "zh"}

FULL = {
    "customer_name": "Anna Weber",
    "order_id": "302-1234567-7654321",
    "order_date": "2025-03-02",
    "order_total": "€59.90",
    "carrier": "DHL",
    "tracking_number": "JJD000390007788",
    "tracking_url": "https://carrier.example/track/JJD000390007788",
    "refund_amount": "€29.95",
    "return_deadline": "2025-04-01",
    "items": ["Linen shirt, blue, M", "Canvas tote"],
    "shop_name": "Lumen Home",
    "agent_name": "Li Na",
    "market": "DE",
}
EMPTY = {key: ([] if key == "items" else "") for key in FULL}

EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")
HTML_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
ARTEFACTS = (
    "None", "  ", " ,", " .", "#.", "#,", "()", "（）", "「」", "“”", '""', ",,", "、、",
    "\n\n\n", "{{", "}}", "{%", "%}", "Undefined",
)


def _split(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path}: must start with YAML front matter"
    end = text.find("\n---\n", 4)
    assert end > 0, f"{path}: front matter is not closed with ---"
    meta = yaml.safe_load(text[4:end])
    assert isinstance(meta, dict), f"{path}: front matter must be a mapping"
    return meta, text[end + 5:]


def _entries() -> dict[str, dict[str, tuple[dict, str]]]:
    entries: dict[str, dict[str, tuple[dict, str]]] = {}
    for folder in sorted(p for p in SEED.iterdir() if p.is_dir()):
        entries[folder.name] = {f.stem: _split(f) for f in sorted(folder.glob("*.md"))}
    return entries


ENTRIES = _entries() if SEED.is_dir() else {}
SLUGS = sorted(ENTRIES)
MACROS = [(slug, lang) for slug in SLUGS for lang, (meta, _) in ENTRIES[slug].items() if meta.get("kind") == "macro"]


def _env():
    return sandbox.SandboxedEnvironment()


def test_seed_folder_exists_and_has_a_reasonable_size():
    assert SEED.is_dir(), SEED
    assert 30 <= len(SLUGS) <= 60, len(SLUGS)
    assert not [p.name for p in SEED.iterdir() if not p.is_dir()], "only slug folders belong in the seed root"


@pytest.mark.parametrize("slug", SLUGS)
def test_folder_layout(slug):
    assert SLUG_RE.match(slug), slug
    files = list((SEED / slug).iterdir())
    assert files, f"{slug}: empty entry"
    for f in files:
        assert f.is_file() and f.suffix == ".md" and f.stem in LANGS, f"{slug}: unexpected file {f.name}"


@pytest.mark.parametrize("slug", SLUGS)
def test_front_matter(slug):
    for lang, (meta, body) in ENTRIES[slug].items():
        where = f"{slug}/{lang}.md"
        assert set(meta) <= KEYS, f"{where}: unknown keys {set(meta) - KEYS}"
        assert meta.get("kind") in KINDS, where
        assert isinstance(meta.get("title"), str) and meta["title"].strip(), f"{where}: title required"
        if "intent" in meta:
            assert meta["intent"] in INTENTS, where
        if meta["kind"] == "macro":
            assert meta.get("intent") in INTENTS, f"{where}: macros need an intent"
        for key, allowed in (("markets", MARKETS), ("channels", CHANNELS)):
            value = meta.get(key)
            if value is not None:
                assert isinstance(value, list) and set(value) <= allowed, f"{where}: bad {key} {value}"
                assert len(set(value)) == len(value), f"{where}: duplicate {key}"
        tags = meta.get("tags")
        if tags is not None:
            assert isinstance(tags, list) and all(isinstance(t, str) and t for t in tags), where
        assert body.strip(), f"{where}: empty body"


@pytest.mark.parametrize("slug", SLUGS)
def test_metadata_agrees_across_languages(slug):
    by_lang = ENTRIES[slug]
    for key in SHARED:
        values = {lang: meta.get(key) or None for lang, (meta, _) in by_lang.items()}
        assert len({repr(v) for v in values.values()}) == 1, f"{slug}: {key} differs: {values}"


@pytest.mark.parametrize("slug", SLUGS)
def test_languages_per_kind(slug):
    langs = set(ENTRIES[slug])
    meta = next(iter(ENTRIES[slug].values()))[0]
    if meta["kind"] in ("article", "note"):
        assert {"zh", "en"} <= langs, f"{slug}: articles and notes are written in zh and en"
    if meta["kind"] == "note":
        assert len(meta.get("markets") or []) == 1, f"{slug}: a cultural note is about one market"
    if meta["kind"] == "macro":
        assert "en" in langs and "zh" in langs, slug
        for market in meta.get("markets") or []:
            assert MARKET_LANG[market] in langs, f"{slug}: no {MARKET_LANG[market]} text for {market}"


def _check_rendered(where: str, text: str):
    for bad in ARTEFACTS:
        assert bad not in text, f"{where}: artefact {bad!r} in:\n{text}"
    for line in text.splitlines():
        assert line == line.rstrip(), f"{where}: trailing space in {line!r}"
        assert not re.match(r"^\s*[,.;:、。，様]", line), f"{where}: line starts with punctuation {line!r}"


@pytest.mark.parametrize(("slug", "lang"), MACROS)
@pytest.mark.parametrize("values", ["full", "empty", "missing"])
def test_macro_renders_cleanly(slug, lang, values):
    _, body = ENTRIES[slug][lang]
    template = _env().from_string(body)
    context = {"full": FULL, "empty": EMPTY, "missing": {}}[values]
    text = template.render(**context).strip()
    where = f"{slug}/{lang}.md ({values})"
    _check_rendered(where, text)
    if values == "full":
        assert FULL["customer_name"] in text, f"{where}: greeting should use customer_name"
    else:
        assert FULL["customer_name"] not in text


@pytest.mark.parametrize(("slug", "lang"), MACROS)
def test_macro_length(slug, lang):
    _, body = ENTRIES[slug][lang]
    text = _env().from_string(body).render(**FULL)
    if lang in CJK:
        size = len(re.sub(r"\s", "", text))
        assert 60 <= size <= 480, f"{slug}/{lang}: {size} characters"
    else:
        words = len(text.split())
        assert 40 <= words <= 150, f"{slug}/{lang}: {words} words"


# A macro without channels is usable on every channel, Amazon included.
AMAZON_MACROS = [m for m in MACROS if "amazon" in (ENTRIES[m[0]][m[1]][0].get("channels") or CHANNELS)]


@pytest.mark.parametrize(("slug", "lang"), AMAZON_MACROS)
def test_amazon_macros_follow_messaging_rules(slug, lang):
    _, body = ENTRIES[slug][lang]
    assert "tracking_url" not in body, f"{slug}/{lang}: no links in Amazon messages"
    text = _env().from_string(body).render(**{**FULL, "tracking_url": ""})
    lowered = text.lower()
    for bad in ("http", "www.", "@", "review", "feedback", "coupon", "discount", "bewertung", "gutschein",
                "レビュー", "評価", "クーポン", "好评", "评价", "优惠"):
        assert bad not in lowered, f"{slug}/{lang}: {bad!r} is not allowed in Amazon messages"
    assert not EMOJI_RE.search(text), f"{slug}/{lang}: emoji"
    assert not HTML_RE.search(text), f"{slug}/{lang}: HTML"
    own = text
    for value in FULL.values():
        if isinstance(value, str) and value:
            own = own.replace(value, "")
    assert not re.search(r"\+?\d[\d ()-]{8,}\d", own), f"{slug}/{lang}: looks like a phone number"


@pytest.mark.parametrize(("slug", "lang"), MACROS)
def test_macro_tone_basics(slug, lang):
    _, body = ENTRIES[slug][lang]
    assert not EMOJI_RE.search(body), f"{slug}/{lang}: no emojis in macros"
    assert not HTML_RE.search(body), f"{slug}/{lang}: macros are plain text"
    if lang == "de":
        assert "!" not in body, f"{slug}/de: no exclamation marks for German buyers"
        assert not re.search(r"\b(du|dich|dir|dein\w*)\b", body, re.I), f"{slug}/de: use Sie"
    if lang == "fr":
        assert not re.search(r"\b(tu|ton|ta|tes|toi)\b", body), f"{slug}/fr: use vous"


def test_coverage():
    macro_intents = {meta["intent"] for slug in SLUGS for meta, _ in ENTRIES[slug].values() if meta["kind"] == "macro"}
    assert {"where_is_my_order", "return_request", "refund_status", "size_exchange", "damaged_item", "wrong_item",
            "invoice_request", "cancel_order", "change_address"} <= macro_intents
    metas = [next(iter(ENTRIES[s].values()))[0] for s in SLUGS]
    noted = {m["markets"][0] for m in metas if m["kind"] == "note"}
    assert noted == MARKETS
    for market in MARKETS:
        for intent in ("return_request", "invoice_request"):
            assert any(
                m["kind"] == "macro" and m.get("intent") == intent and market in (m.get("markets") or MARKETS)
                and set(m.get("channels") or CHANNELS) != {"amazon"}
                for m in metas
            ), f"no non-Amazon {intent} macro for {market}"
    assert any("size" in (m.get("tags") or []) and m["kind"] == "article" for m in metas), "size chart article"
