"""Reply macros: Jinja2 templates rendered in a sandbox with the conversation's and order's data.

A KB folder may come from anyone on the team, so templates run in an ImmutableSandboxedEnvironment
(no attributes starting with "_", no mutating calls) that fails loudly instead of rendering an
empty string, without `range` (the only way to loop longer than the order's items), and with a
cap on the output and on what `*` may repeat. Values are formatted for the reply's language before
the template sees them, so templates only place strings. Jinja2 is imported on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from functools import lru_cache

from desk.knowledge.entries import KbError, load_entry
from desk.storage.db import Database

MAX_OUTPUT = 20_000  # characters; a reply is a few hundred


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217


@dataclass(frozen=True, slots=True)
class MacroContext:
    """What a macro may say about the open conversation; every value may be missing."""

    customer_name: str = ""
    order_id: str = ""
    order_date: date | None = None
    order_total: Money | None = None
    carrier: str = ""
    tracking_number: str = ""
    tracking_url: str = ""
    refund_amount: Money | None = None
    return_deadline: date | None = None
    items: tuple[str, ...] = ()
    shop_name: str = ""
    agent_name: str = ""
    market: str = ""  # KB market code: US, UK, DE, FR, ES, IT, JP

    def variables(self, language: str) -> dict[str, object]:
        """The template variables, dates and amounts written the way `language` writes them."""
        values: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(
            order_date=format_date(self.order_date, language, self.market),
            return_deadline=format_date(self.return_deadline, language, self.market),
            order_total=format_money(self.order_total, language),
            refund_amount=format_money(self.refund_amount, language),
            items=list(self.items),
        )
        return values


VARIABLES = frozenset(f.name for f in fields(MacroContext))

# A context with every value, for checking templates when they are imported or saved.
SAMPLE_CONTEXT = MacroContext(
    customer_name="Alex Example", order_id="302-0000000-0000000", order_date=date(2026, 3, 1),
    order_total=Money(Decimal("1234.50"), "EUR"), carrier="DHL", tracking_number="JJD000000000000000000",
    tracking_url="https://example.invalid/track", refund_amount=Money(Decimal("34.99"), "EUR"),
    return_deadline=date(2026, 4, 1), items=("Item one", "Item two"), shop_name="Example Shop",
    agent_name="Li Na", market="DE",
)


# --- formatting -----------------------------------------------------------------------------------

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥"}
_NO_DECIMALS = {"JPY", "KRW"}


def format_date(value: date | None, language: str, market: str = "") -> str:
    if value is None:
        return ""
    if language in ("zh", "ja"):
        return f"{value.year}年{value.month}月{value.day}日"
    if language == "de":
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    if language in ("fr", "es", "it"):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if market == "US":
        return f"{_MONTHS_EN[value.month - 1]} {value.day}, {value.year}"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def format_money(value: Money | None, language: str) -> str:
    """"€1,234.50" in English, Chinese and Japanese; "1.234,50 €" in German, Spanish and Italian;
    "1 234,50 €" in French. Currencies without a symbol here keep their code ("CHF 12.00")."""
    if value is None:
        return ""
    places = 0 if value.currency in _NO_DECIMALS else 2
    english = f"{value.amount:,.{places}f}"
    symbol = _SYMBOLS.get(value.currency)
    if language in ("de", "es", "it", "fr"):
        thousands = " " if language == "fr" else "."
        number = english.replace(",", "\0").replace(".", ",").replace("\0", thousands)
        return f"{number} {symbol or value.currency}"
    return f"{symbol}{english}" if symbol else f"{value.currency} {english}"


# --- the sandbox ----------------------------------------------------------------------------------

def _repeated_length(left: object, right: object) -> int:
    """How long `left * right` would be when it repeats a string or list (0 otherwise)."""
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, (str, list, tuple)) and isinstance(times, int):
            return len(sequence) * times
    return 0


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import ChainableUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

    class MacroEnvironment(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**"})

        def unsafe_undefined(self, obj, attribute):
            # The stock sandbox returns an Undefined that renders as "": refuse instead, so a
            # template reaching for Python internals is reported, not silently blanked.
            raise SecurityError(f"access to {attribute!r} of a {type(obj).__name__} is not allowed")

        def call_binop(self, context, operator, left, right):
            if operator == "**" or _repeated_length(left, right) > MAX_OUTPUT:
                raise SecurityError(f"the operation {operator} on these values is not allowed in a macro")
            return super().call_binop(context, operator, left, right)

    # Plain-text output (autoescape off); a missing value or item renders empty instead of failing.
    env = MacroEnvironment(autoescape=False, undefined=ChainableUndefined, keep_trailing_newline=False)
    for name in ("range", "lipsum", "cycler", "joiner"):
        env.globals.pop(name, None)
    return env


@lru_cache(maxsize=256)
def _compiled(body: str):
    return _environment().from_string(body)


@lru_cache(maxsize=1024)
def template_problem(body: str, lines_before: int = 0) -> str | None:
    """Why a macro body cannot be used (syntax, unknown variable, refused operation), or None.
    Renders it with no values and with all of them, so most runtime failures show up here."""
    from jinja2 import TemplateSyntaxError, meta

    env = _environment()
    try:
        parsed = env.parse(body)
    except TemplateSyntaxError as exc:
        return f"template syntax error on line {exc.lineno + lines_before}: {exc.message}"
    if unknown := meta.find_undeclared_variables(parsed) - VARIABLES - set(env.globals):
        return f"unknown template variable {', '.join(sorted(unknown))} (known: {', '.join(sorted(VARIABLES))})"
    template = env.from_string(parsed)
    for context in (MacroContext(), SAMPLE_CONTEXT):
        try:
            _render(template, context.variables("en"))
        except Exception as exc:  # noqa: BLE001 - anything a template does wrong is reported, see render_template
            return f"the template fails: {getattr(exc, 'message', None) or exc}"
    return None


def _render(template, variables: dict[str, object]) -> str:
    parts, length = [], 0
    for chunk in template.generate(variables):
        length += len(chunk)
        if length > MAX_OUTPUT:
            raise ValueError(f"the reply would be longer than {MAX_OUTPUT} characters")
        parts.append(chunk)
    return "".join(parts).strip()


def render_template(name: str, body: str, context: MacroContext, language: str) -> str:
    """`body` rendered for `context`; any template failure becomes a KbError naming `name`."""
    try:
        return _render(_compiled(body), context.variables(language))
    # A template is data from a shared folder: whatever it raises (syntax, sandbox refusal, a
    # TypeError from adding a string to a number...) is that entry's fault, never a crash.
    except Exception as exc:  # noqa: BLE001
        message = getattr(exc, "message", None) or str(exc)
        raise KbError(f"The macro {name!r} could not be filled in: {message}.") from None


def render_macro(db: Database, slug: str, language: str, context: MacroContext) -> str:
    """The reply text of macro `slug` in `language` for `context`."""
    entry = load_entry(db, slug)
    if entry is None:
        raise KbError(f"The knowledge base has no entry {slug!r}.")
    if entry.kind != "macro":
        raise KbError(f"{slug!r} is an {entry.kind}, not a macro: it cannot be inserted as a reply.")
    if language not in entry.texts:
        raise KbError(f"The macro {slug!r} has no {language!r} text (it has {', '.join(sorted(entry.texts))}).")
    return render_template(f"{slug}/{language}", entry.texts[language].body, context, language)
