"""`desk --demo --screenshot FILE` renders the window offscreen, in English and in Chinese."""

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_screenshot_of_the_demo(tmp_path, lang, demo_dir):
    shot = tmp_path / f"shot-{lang}.png"
    result = subprocess.run(
        [sys.executable, "-m", "desk", "--demo", "--data-dir", str(demo_dir), "--lang", lang, "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 1200 and image.height() >= 700
    # A rendered window has many colours (text, channel badges); a blank one has one or two.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50
