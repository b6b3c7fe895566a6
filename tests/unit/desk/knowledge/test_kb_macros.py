"""Macros rendered in a sandbox: values formatted per language, missing values, refused templates."""

from datetime import date
from decimal import Decimal

import pytest

from desk.knowledge import KbEntry, KbError, KbText, MacroContext, Money, render_macro, save_entry
from desk.knowledge.macros import format_date, format_money, render_template, template_problem

ORDER = MacroContext(customer_name="Jonas Weber", order_id="302-1234567-7654321",
                     refund_amount=Money(Decimal("1234.5"), "EUR"), return_deadline=date(2026, 12, 3), market="DE")


def test_a_macro_is_filled_in_with_the_conversations_values(kb):
    text = render_macro(kb, "return-de", "de", ORDER)
    assert text == "Hallo Jonas Weber,\n\ndie Rücksendung ist kostenlos. Bitte bis 03.12.2026."


def test_missing_values_leave_no_trace(kb):
    assert render_macro(kb, "return-de", "de", MacroContext()) == "Hallo,\n\ndie Rücksendung ist kostenlos."
    assert render_macro(kb, "return-de", "en", MacroContext()) == "Hello there, returns are free."
    assert render_macro(kb, "refund-status", "en", MacroContext()) == "Your refund was issued for order ."


def test_amounts_and_dates_are_written_the_languages_way():
    amount = Money(Decimal("1234.5"), "EUR")
    assert [format_money(amount, lang) for lang in ("en", "de", "fr", "zh")] == [
        "€1,234.50", "1.234,50 €", "1 234,50 €", "€1,234.50"]
    assert format_money(Money(Decimal("3499"), "JPY"), "ja") == "¥3,499"
    assert format_money(Money(Decimal("12"), "CHF"), "en") == "CHF 12.00"
    day = date(2026, 3, 9)
    assert format_date(day, "en", "US") == "March 9, 2026"
    assert format_date(day, "en", "UK") == "9 March 2026"
    assert [format_date(day, lang) for lang in ("de", "it", "ja")] == ["09.03.2026", "09/03/2026", "2026年3月9日"]


def test_items_can_be_listed():
    body = "{% for item in items %}- {{ item }}\n{% endfor %}{{ items|length }} item(s)"
    assert render_template("t", body, MacroContext(items=("Lamp", "Mug")), "en") == "- Lamp\n- Mug\n2 item(s)"


@pytest.mark.parametrize("body", [
    "{{ ''.__class__.__mro__ }}",
    "{{ customer_name.__class__.__base__.__subclasses__() }}",
    "{{ items.__len__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ 'x' * 100000000 }}",
    "{{ 9 ** 999999 }}",
    "{% for i in range(10) %}{% endfor %}",
])
def test_templates_reaching_outside_the_sandbox_are_refused_with_a_clear_error(body):
    with pytest.raises(KbError, match="The macro 'evil' could not be filled in"):
        render_template("evil", body, MacroContext(customer_name="x"), "en")


def test_a_list_given_to_a_template_cannot_be_changed():
    with pytest.raises(KbError, match="unsafe|not allowed|append"):
        render_template("t", "{{ items.append('x') }}", MacroContext(items=("a",)), "en")


def test_runtime_and_syntax_errors_name_the_entry():
    with pytest.raises(KbError, match="'broken'.*"):
        render_template("broken", "{{ 1 + customer_name }}", MacroContext(customer_name="x"), "en")
    with pytest.raises(KbError, match="'broken'"):
        render_template("broken", "{% if %}", MacroContext(), "en")


def test_a_reply_cannot_grow_without_bound():
    loops = "{% for a in items %}{% for b in items %}{% for c in items %}"
    body = loops + "x" * 900 + "{% endfor %}{% endfor %}{% endfor %}"
    with pytest.raises(KbError, match="longer than"):
        render_template("t", body, MacroContext(items=tuple("abc")), "en")


def test_template_problems_are_found_before_saving(db):
    assert "syntax error on line 1" in template_problem("{% if customer_name %}Hi")
    assert "unknown template variable custmer_name" in template_problem("Hi {{ custmer_name }}")
    assert "fails" in template_problem("{{ ''.__class__ }}")
    assert template_problem("{% if items %}{{ items|join(', ') }}{% endif %}") is None
    bad = KbEntry("bad-macro", "macro", {"en": KbText("Bad", "{% for %}")})
    with pytest.raises(KbError, match="bad-macro: en: template syntax error"):
        save_entry(db, bad)


def test_only_macros_in_an_existing_language_are_rendered(kb):
    with pytest.raises(KbError, match="no entry 'nope'"):
        render_macro(kb, "nope", "en", MacroContext())
    with pytest.raises(KbError, match="article, not a macro"):
        render_macro(kb, "customs-duties", "en", MacroContext())
    with pytest.raises(KbError, match="has no 'fr' text \\(it has de, en\\)"):
        render_macro(kb, "return-de", "fr", MacroContext())
