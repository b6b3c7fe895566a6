from hypothesis import given, settings
from hypothesis import strategies as st

from desk.search.text import highlight, index_text, match_expression, query_terms


def test_cjk_runs_become_bigrams_and_a_last_unigram():
    assert index_text("我要退款").split() == ["我要", "要退", "退款", "款"]
    assert index_text("返品") .split() == ["返品", "品"]


def test_latin_text_is_left_to_the_tokenizer_but_sharp_s_is_folded():
    assert index_text("Rücksendung Straße").split() == ["Rücksendung", "Strasse"]


def test_full_width_and_half_width_forms_are_normalised():
    assert index_text("ＡＢＣ ｷｬﾝｾﾙ").split() == ["ABC", "キャ", "ャン", "ンセ", "セル", "ル"]


def test_query_forms():
    assert match_expression("退") == '"退"*'
    assert match_expression("退款") == '"退款"'
    assert match_expression("退款申请") == '"退款 款申 申请"'
    assert match_expression("rucksend") == '"rucksend"*'
    assert match_expression("order 物流") == '"order"* "物流"'


def test_queries_with_fts_syntax_are_quoted_not_interpreted():
    assert match_expression('"NEAR(a b)" OR x*') == '"NEAR"* "a"* "b"* "OR"* "x"*'
    assert match_expression("!!! ...") is None


def test_highlight_folds_case_and_accents_on_the_original_text():
    snippet = highlight("Ich möchte eine RÜCKSENDUNG anmelden.", query_terms("rucksendung"))
    start, end = snippet.highlights[0]
    assert snippet.text[start:end] == "RÜCKSENDUNG"


def test_highlight_marks_every_occurrence_and_windows_long_text():
    text = "x " * 200 + "退款 please, 退款 now"
    snippet = highlight(text, query_terms("退款"))
    assert snippet.text.startswith("…")
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["退款", "退款"]


def test_mixed_latin_and_cjk_queries_split_like_the_index():
    assert query_terms("iPhone退款") == ["iPhone", "退款"]
    assert match_expression("123号") == '"123"* "号"*'


def test_highlight_maps_back_through_folds_that_change_length():
    """ß folds to two letters, a lone combining mark to none: spans still cover the original."""
    from desk.search.text import highlight

    text = "Die Straße \u0301und STRASSE, ﬁne Rücksendung"
    snippet = highlight(text, ["strasse", "fine", "rucksendung"], width=200)
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["Straße", "STRASSE", "ﬁne", "Rücksendung"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAßẞéÉöÖﬁ退款 \u0301\u0308x")), max_size=30),
       st.text(alphabet=st.sampled_from(list("aßéöﬁ退x")), min_size=1, max_size=4))
def test_every_highlight_folds_to_what_was_searched(text, term):
    from desk.search.text import _folded_with_map, highlight

    needle = _folded_with_map(term)[0]
    for start, end in highlight(text, [term], width=200).highlights:
        assert needle in _folded_with_map(text[start:end])[0]
