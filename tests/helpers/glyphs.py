"""Run as a program (python -m tests.helpers.glyphs): renders each character offscreen with the
fonts fontconfig offers (FONTCONFIG_FILE decides which) plus Desk's fallback fonts, and prints
JSON: for each character whether it drew a glyph (not the missing-glyph box, not nothing) and
whether it drew colour. A box is what a character no font has draws: the rendering of a private-
use character."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def render(text: str, font):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(64, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def inked(image) -> tuple[bool, bool]:
    """(anything drawn, anything in colour)."""
    from PySide6.QtGui import QColor

    drawn = coloured = False
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            if colour.rgb() != QColor("white").rgb():
                drawn = True
                if max(colour.red(), colour.green(), colour.blue()) - min(colour.red(), colour.green(), colour.blue()) > 40:
                    coloured = True
    return drawn, coloured


def main(characters: list[str], with_desk_fonts: bool = True) -> dict:
    from PySide6.QtWidgets import QApplication

    from ui.fonts import install_all

    app = QApplication([])
    families = install_all() if with_desk_fonts else []
    font = app.font()
    font.setPixelSize(28)
    box = render("\ue000", font)
    result = {"families": families, "characters": {}}
    for character in characters:
        image = render(character, font)
        drawn, coloured = inked(image)
        result["characters"][character] = {"glyph": drawn and image != box, "colour": coloured}
    return result


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]), with_desk_fonts="--without-desk-fonts" not in sys.argv),
                     ensure_ascii=False))
