"""The characters buyers write render without extra fonts (issue 11): Desk's fallback fonts draw
〜, emoji, Hangul and accented capitals where the machine has no font for them. Each case runs in
its own process, its fonts chosen by a fontconfig file, and renders offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BUYERS = ["〜", "～", "😊", "🙏", "👍", "❤", "🥰", "🥺", "📦", "안", "녕", "하", "ㅋ", "É", "Ç", "Ü", "Ø", "Ł",
          "Ş", "Ệ", "あ", "ン", "Д"]
COLOURED = ["😊", "🙏", "👍", "🥰", "📦"]


def fontconfig(tmp_path: Path, *folders: str) -> Path:
    """A fontconfig file offering only the fonts in `folders` (none: a machine with no fonts)."""
    (tmp_path / "empty").mkdir(exist_ok=True)
    dirs = "".join(f"<dir>{folder}</dir>" for folder in folders or (str(tmp_path / "empty"),))
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>{dirs}'
                      f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>', encoding="utf-8")
    return config


def rendered(config: Path, characters: list[str], *options: str) -> dict:
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "tests.helpers.glyphs", json.dumps(characters), *options],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not (ROOT / "ui" / "fonts_rc.py").exists(), reason="compiled font resources missing")
def test_what_buyers_write_renders_on_a_machine_with_no_fonts_at_all(tmp_path):
    config = fontconfig(tmp_path)
    bare = rendered(config, BUYERS + ["中"], "--without-desk-fonts")["characters"]
    assert not any(shown["glyph"] for shown in bare.values())  # the test can tell a box from a glyph
    result = rendered(config, BUYERS + ["中"])
    shown = result["characters"]
    assert {c for c in BUYERS if not shown[c]["glyph"]} == set()
    assert not shown["中"]["glyph"]  # Chinese comes from the system's fonts (the .deb recommends one)
    assert all(shown[c]["colour"] for c in COLOURED)
    assert result["families"] == ["Desk Fallback", "Desk Latin", "Desk Emoji", "Desk Symbols"]


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu").is_dir(), reason="DejaVu not installed")
def test_with_only_the_common_latin_fonts_the_rest_comes_from_desks(tmp_path):
    """A Linux desktop without CJK or emoji fonts: DejaVu draws Latin, Desk the rest, emoji in colour."""
    shown = rendered(fontconfig(tmp_path, "/usr/share/fonts/truetype/dejavu"), BUYERS)["characters"]
    assert {c for c in BUYERS if not shown[c]["glyph"]} == set()
    assert all(shown[c]["colour"] for c in COLOURED)
