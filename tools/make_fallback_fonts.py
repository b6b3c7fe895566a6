"""Build the fallback fonts Desk ships (resources/fonts/), so what buyers write renders on a machine
with no extra fonts: accented capitals, the wave dash 〜 and other CJK punctuation, Hangul, Kana
and emoji. Chinese and Japanese ideographs are left to the system (Windows and macOS have them;
the .deb recommends fonts-wqy-microhei | fonts-noto-cjk): the common Hanzi alone weigh 1.5 MB.

    pip install '.[fonts]'            # fonttools and brotli (WOFF2)
    apt-get download fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji fonts-symbola   # or installed
    python tools/make_fallback_fonts.py [--from FOLDER]    # FOLDER holds their .ttc/.ttf files

Writes (ui/fonts.py registers them at start; README "Installers" has their sizes):
  resources/fonts/DeskFallback-Regular.woff2  from Noto Sans CJK KR (SIL OFL 1.1): Latin and
      Latin-1, general punctuation, CJK symbols and punctuation (〜), fullwidth forms, Hiragana and
      Katakana, the 2,350 Hangul syllables of KS X 1001 (what Korean text uses) and the
      compatibility jamo (ㅋㅋ, ㅠㅠ).
  resources/fonts/DeskLatin-Regular.woff2  from Noto Sans (SIL OFL 1.1): the accented letters the
      CJK font lacks (Latin Extended-A/B and Additional: Ł, Ř, Ş, Vietnamese), Greek, Cyrillic.
  resources/fonts/DeskEmoji-Regular.woff2  from Noto Color Emoji (SIL OFL 1.1): in colour, the emoji
      people use most (faces, hands, hearts, parcels, ticks...; COMMON_EMOJI). Each colour emoji
      costs ~2.5 KB: the whole set would take 3 MB more than the bundle's budget allows.
  resources/fonts/DeskSymbols-Regular.woff2  from Symbola ("free for any use; may be modified and
      redistributed"): every other emoji and symbol up to Unicode 9, in black and white.
As the OFL asks of modified versions, the fonts carry their own names (Noto Sans CJK reserves
"Source"); the licences are in resources/fonts/LICENSES.md.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
CJK_FILE = "NotoSansCJK-Regular.ttc"
CJK_KOREAN = 1  # the face of the collection whose Hangul and punctuation are Korean-shaped
EMOJI_FILE = "NotoColorEmoji.ttf"
SYMBOLA_FILE = "Symbola_hint.ttf"
SEARCH = (Path("/usr/share/fonts"),)

TEXT_RANGES = [
    (0x20, 0x7E), (0xA0, 0xFF),  # Latin, Latin-1 Supplement (a machine with no font at all has none)
    (0x2000, 0x206F), (0x20A0, 0x20BF), (0x2100, 0x214F),  # punctuation, currency, letterlike symbols
    (0x2190, 0x21FF), (0x2460, 0x24FF), (0x25A0, 0x25FF),  # arrows, enclosed numbers, shapes
    (0x3000, 0x303F), (0x3040, 0x30FF), (0x3130, 0x318F),  # CJK punctuation (〜), Kana, compatibility jamo
    (0xFF00, 0xFFEF),  # fullwidth forms
]
LATIN_FILE = "NotoSans-Regular.ttf"
LATIN_RANGES = [  # what Noto Sans CJK lacks: Polish Ł, Czech Ř, Turkish Ş, Vietnamese, Greek, Cyrillic
    (0x100, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF),
]

# In colour: the emoji people use most (the faces, hands, hearts and everyday symbols of Unicode's
# emoji frequency list, and what shopping and delivery messages carry), and the skin-tone swatches.
COMMON_EMOJI = [
    *range(0x1F600, 0x1F650),  # emoticons 😀-🙏
    0x1F970, 0x1F973, 0x1F974, 0x1F975, 0x1F976, 0x1F97A, 0x1F929, 0x1F914, 0x1F917, 0x1F923, 0x1F92D, 0x1F92F,
    0x1F92C, 0x1F910, 0x1F911, 0x1F912, 0x1F915, 0x1F920, 0x1F921, 0x1F922, 0x1F924, 0x1F925, 0x1F927, 0x1F928,
    0x1F92A, 0x1F92B, 0x1F92E, 0x1F971, 0x1F972, 0x1F978, 0x1FAE0, 0x1FAE1, 0x1FAE2, 0x1FAE3, 0x1FAE4,
    0x1F44D, 0x1F44E, 0x1F44C, 0x1F44F, 0x1F44B, 0x1F44A, 0x1F450, 0x1F440, 0x1F91D, 0x1F91E, 0x1F91F, 0x1F919,
    0x1F918, 0x1F90C, 0x1F90F, 0x1FAF6, 0x261D, 0x270A, 0x270B, 0x270C, 0x1F4AA, 0x1F932,  # hands, eyes
    0x2764, 0x1F9E1, 0x1F49B, 0x1F49A, 0x1F499, 0x1F49C, 0x1F5A4, 0x1F90D, 0x1F90E, 0x1F494, 0x1F495, 0x1F496,
    0x1F497, 0x1F498, 0x1F49E, 0x1F49D, 0x1F48B,  # hearts
    0x2705, 0x274C, 0x2714, 0x2757, 0x2753, 0x203C, 0x26A0, 0x1F6AB, 0x2B50, 0x1F31F, 0x2728, 0x1F525, 0x1F4AF,
    0x1F4A2, 0x1F4A4, 0x1F4A5, 0x1F4A6, 0x1F4A9, 0x1F4AC, 0x1F389, 0x1F38A, 0x1F381, 0x1F382, 0x1F388, 0x1F3C6,
    0x1F4E6, 0x1F69A, 0x1F6D2, 0x1F6CD, 0x2708, 0x1F3E0, 0x1F4B0, 0x1F4B3, 0x1F4B5, 0x1F4B8, 0x1F9FE,
    0x1F4E7, 0x1F4DE, 0x1F4F1, 0x1F4F7, 0x1F4DD, 0x1F4C5, 0x1F50D, 0x1F517, 0x1F6A8, 0x23F0, 0x23F3, 0x231B,
    0x2600, 0x1F308, 0x1F338, 0x1F339, 0x1F490, 0x1F33A, 0x1F340, 0x1F197, 0x1F195, 0x263A, 0x2615,
    *range(0x1F3FB, 0x1F400),  # skin-tone swatches
]
SYMBOL_RANGES = [  # emoji and pictographs (monochrome); arrows, shapes and dingbats are in common fonts
    (0x2600, 0x27BF), (0x1F1E6, 0x1F1FF), (0x1F300, 0x1F5FF), (0x1F600, 0x1F64F), (0x1F680, 0x1F6FF),
    (0x1F900, 0x1F9FF),
]


def hangul_ks_x_1001() -> list[int]:
    """The precomposed Hangul syllables of KS X 1001 (EUC-KR rows 0xB0-0xC8): what Korean text uses."""
    found = []
    for high in range(0xB0, 0xC9):
        for low in range(0xA1, 0xFF):
            try:
                char = bytes([high, low]).decode("euc_kr")
            except UnicodeDecodeError:
                continue
            if "\uac00" <= char <= "\ud7a3":
                found.append(ord(char))
    return found


def find(name: str, folders: list[Path]) -> Path:
    for folder in folders:
        for path in folder.rglob(name):
            return path
    raise SystemExit(f"{name} not found in {', '.join(map(str, folders))}: install or download its Debian package")


def subset_font(font, codepoints: list[int], *, layout: bool):
    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["*"] if layout else []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.name_languages = [0x409]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    return font


def rename(font, family: str, postscript: str) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    for name_id, text in ((1, family), (2, "Regular"), (3, f"{postscript};desk"), (4, f"{family} Regular"),
                          (6, postscript)):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)
    if "CFF " in font:
        font["CFF "].cff.fontNames = [postscript]


def text_font(source: Path) -> bytes:
    from fontTools.ttLib import TTFont

    font = TTFont(source, fontNumber=CJK_KOREAN)
    codepoints = [c for start, end in TEXT_RANGES for c in range(start, end + 1)] + hangul_ks_x_1001()
    subset_font(font, codepoints, layout=True)
    rename(font, "Desk Fallback", "DeskFallback-Regular")
    return _saved(font)


def latin_font(source: Path) -> bytes:
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    subset_font(font, [c for start, end in LATIN_RANGES for c in range(start, end + 1)], layout=True)
    rename(font, "Desk Latin", "DeskLatin-Regular")
    return _saved(font)


def emoji_font(source: Path) -> bytes:
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    subset_font(font, COMMON_EMOJI, layout=False)  # sequences (flags, families) show as their parts
    rename(font, "Desk Emoji", "DeskEmoji-Regular")
    return _saved(font)


def symbols_font(source: Path) -> bytes:
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    colour = set(COMMON_EMOJI)
    wanted = [c for start, end in SYMBOL_RANGES for c in range(start, end + 1) if c not in colour]
    subset_font(font, wanted, layout=False)
    rename(font, "Desk Symbols", "DeskSymbols-Regular")
    return _saved(font)


def _saved(font) -> bytes:
    """As WOFF2 (brotli; Qt reads it): half the size on disk, and the bundle's budget is tight."""
    font.flavor = "woff2"
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="folders", type=Path, action="append", help="folder holding the source fonts")
    args = parser.parse_args()
    folders = args.folders or list(SEARCH)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (("DeskFallback-Regular.woff2", text_font(find(CJK_FILE, folders))),
                       ("DeskLatin-Regular.woff2", latin_font(find(LATIN_FILE, folders))),
                       ("DeskEmoji-Regular.woff2", emoji_font(find(EMOJI_FILE, folders))),
                       ("DeskSymbols-Regular.woff2", symbols_font(find(SYMBOLA_FILE, folders)))):
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
