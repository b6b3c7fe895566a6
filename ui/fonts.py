"""The fallback fonts Desk ships (resources/fonts, built by tools/make_fallback_fonts.py), so what
buyers write renders on a machine with no extra fonts: accented letters, 〜 and other CJK
punctuation, Hangul, Kana, Greek, Cyrillic, and emoji (the most used in colour, the rest in black
and white). Chinese and Japanese ideographs come from the system's fonts.

They are registered after the first queue page is painted (parsing them costs 20-80 ms), one per
turn of the event loop; then every widget lays its text out again. The system's fonts still come
first: Desk's are only used for characters the system has no glyph for, and its emoji only when
the system has no colour emoji font of its own (Windows, macOS and most Linux desktops have one).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONTS = (":/fonts/DeskFallback-Regular.woff2", ":/fonts/DeskLatin-Regular.woff2", ":/fonts/DeskEmoji-Regular.woff2",
         ":/fonts/DeskSymbols-Regular.woff2")
EMOJI_FAMILIES = ("Desk Emoji", "Desk Symbols")
SYSTEM_EMOJI = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji", "Twitter Color Emoji",
                "JoyPixels", "EmojiOne Color", "Emoji One")


def load_font_resources() -> bool:
    """Register :/fonts (a module of its own, so start-up does not read 1.2 MB it needs later)."""
    try:
        from ui import fonts_rc  # noqa: F401 - registers :/fonts
    except ImportError:
        log.warning("compiled font resources missing (run `make setup`); no fallback fonts")
        return False
    return True


def install(path: str) -> list[str]:
    """Register one font; the families it brings (none when it cannot be read)."""
    font_id = QFontDatabase.addApplicationFont(path)
    if font_id < 0:
        log.warning("the fallback font %s could not be loaded", path)
        return []
    return QFontDatabase.applicationFontFamilies(font_id)


def use_emoji_fonts(families: list[str]) -> bool:
    """Desk's emoji fonts for emoji, unless the system has a colour emoji font of its own."""
    if any(name in SYSTEM_EMOJI for name in QFontDatabase.families()):
        return False
    for family in EMOJI_FAMILIES:
        if family in families:
            QFontDatabase.addApplicationEmojiFontFamily(family)
    return True


def relayout() -> None:
    """Lay every widget's text out again with the new fallbacks (text laid out before used boxes)."""
    app = QApplication.instance()
    if app is not None:
        app.setFont(app.font())


def install_all() -> list[str]:
    """Everything at once (the screenshot and the tests)."""
    if not load_font_resources():
        return []
    families = [family for path in FONTS for family in install(path)]
    use_emoji_fonts(families)
    relayout()
    return families


class FallbackFonts(QObject):
    """Registers the fonts one per turn of the event loop.

    Signals:
        installed(object): the families now available (a list).
    """

    installed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.families: list[str] = []
        self._waiting: list[str] = []

    def start(self) -> None:
        if not load_font_resources():
            self.installed.emit([])
            return
        self._waiting = list(FONTS)
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if self._waiting:
            self.families += install(self._waiting.pop(0))
            QTimer.singleShot(0, self, self._next)
            return
        use_emoji_fonts(self.families)
        relayout()
        self.installed.emit(self.families)
