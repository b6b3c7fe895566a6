"""Every action an agent can take from the keyboard, declared once: its id and default key.

The window (ui/actions.py) names each id in the agent's language and binds it; the agent may
rebind any of them in Settings (the setting keys.bindings holds only what differs from these
defaults). Two actions never share a key: `conflicts` says which do, and the setting refuses them.

Keys are written as Qt writes them in its portable form ("Ctrl+K", "Shift+E", "Return", "/");
`normalise` reads the usual spellings ("ctrl+k", "escape") the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Shortcut:
    id: str
    key: str  # the default key ("" for none: reachable through the command palette)
    group: str  # "navigate", "conversation", "window": how the cheat sheet groups them


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("next", "J", "navigate"),
    Shortcut("previous", "K", "navigate"),
    Shortcut("extend_down", "Shift+J", "navigate"),
    Shortcut("extend_up", "Shift+K", "navigate"),
    Shortcut("toggle_selection", "X", "navigate"),
    Shortcut("open", "Return", "navigate"),
    Shortcut("back_to_queue", "Esc", "navigate"),
    Shortcut("search", "Ctrl+F", "navigate"),
    Shortcut("next_view", "]", "navigate"),
    Shortcut("previous_view", "[", "navigate"),
    Shortcut("reply", "R", "conversation"),
    Shortcut("note", "N", "conversation"),
    Shortcut("macro", "/", "conversation"),
    Shortcut("resolve", "E", "conversation"),
    Shortcut("reopen", "Shift+E", "conversation"),
    Shortcut("pending", "P", "conversation"),
    Shortcut("snooze", "S", "conversation"),
    Shortcut("assign", "A", "conversation"),
    Shortcut("assign_me", "I", "conversation"),
    Shortcut("tag", "T", "conversation"),
    Shortcut("merge", "M", "conversation"),
    Shortcut("linked", "L", "conversation"),
    Shortcut("no_response", "", "conversation"),
    Shortcut("clear_escalation", "", "conversation"),
    Shortcut("undo", "Ctrl+Z", "conversation"),
    Shortcut("palette", "Ctrl+K", "window"),
    Shortcut("cheat_sheet", "?", "window"),
    Shortcut("save_view", "", "window"),
    Shortcut("delete_view", "", "window"),
    Shortcut("tag_colours", "", "window"),
    Shortcut("refresh", "F5", "window"),
    Shortcut("accounts", "", "window"),
    Shortcut("settings", "Ctrl+,", "window"),
)
BY_ID: dict[str, Shortcut] = {s.id: s for s in SHORTCUTS}

MODIFIERS = ("Ctrl", "Alt", "Shift", "Meta")
_MODIFIER_NAMES = {"ctrl": "Ctrl", "control": "Ctrl", "alt": "Alt", "shift": "Shift", "meta": "Meta", "cmd": "Meta"}
_KEY_NAMES = {
    "return": "Return", "enter": "Enter", "esc": "Esc", "escape": "Esc", "space": "Space", "tab": "Tab",
    "backspace": "Backspace", "del": "Del", "delete": "Del", "ins": "Ins", "insert": "Ins", "up": "Up",
    "down": "Down", "left": "Left", "right": "Right", "home": "Home", "end": "End", "pgup": "PgUp",
    "pageup": "PgUp", "pgdown": "PgDown", "pagedown": "PgDown",
}


class BadKey(ValueError):
    """A key that cannot be read."""


def normalise(key: str) -> str:
    """One spelling per key: modifiers in Qt's order, letters upper-case ("ctrl+k" -> "Ctrl+K").
    "" stays "" (no key). Sequences ("Ctrl+K, Ctrl+C") are read part by part."""
    key = key.strip()
    if not key:
        return ""
    return ", ".join(_one(part.strip()) for part in key.split(", ") if part.strip())


def _one(combo: str) -> str:
    if combo == "+":
        names, last = [], "+"
    elif combo.endswith("++"):
        names, last = combo[:-2].split("+"), "+"
    else:
        *names, last = combo.split("+")
    modifiers = set()
    for name in names:
        modifier = _MODIFIER_NAMES.get(name.strip().lower())
        if modifier is None:
            raise BadKey(f"unknown modifier {name!r} in {combo!r}")
        modifiers.add(modifier)
    last = last.strip()
    if not last:
        raise BadKey(f"no key in {combo!r}")
    if len(last) == 1:
        name = last.upper()
    elif last.lower() in _KEY_NAMES:
        name = _KEY_NAMES[last.lower()]
    elif last[0] in "fF" and last[1:].isdigit():
        name = "F" + last[1:]
    else:
        raise BadKey(f"unknown key {last!r}")
    return "+".join([m for m in MODIFIERS if m in modifiers] + [name])


def bindings(overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every action's key: the defaults, with the agent's own choices over them."""
    chosen = {s.id: s.key for s in SHORTCUTS}
    for action, key in (overrides or {}).items():
        if action in chosen:
            chosen[action] = normalise(key)
    return chosen


def conflicts(keys: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(first action, second action, key) for every key two actions share."""
    seen: dict[str, str] = {}
    found = []
    for action, key in keys.items():
        if not key:
            continue
        key = normalise(key)
        if key in seen:
            found.append((seen[key], action, key))
        else:
            seen[key] = action
    return found


def problem(overrides) -> str | None:
    """Why these overrides cannot be stored (the setting's check), or None."""
    if not isinstance(overrides, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in overrides.items()):
        return "action -> key"
    if unknown := sorted(set(overrides) - set(BY_ID)):
        return f"unknown action(s) {', '.join(unknown)}"
    try:
        clashes = conflicts(bindings(overrides))
    except BadKey as error:
        return str(error)
    if clashes:
        return "; ".join(f"{a} and {b} both use {key}" for a, b, key in clashes)
    return None
