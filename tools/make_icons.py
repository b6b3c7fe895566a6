"""Render resources/icons/desk.svg into the installers' icons, in build/icons/:

- desk.ico for Windows (16-256 px, PNG-compressed entries, as Windows Vista and later read them),
- desk.iconset/ and, on macOS, desk.icns made from it by `iconutil`,
- desk-256.png for anything that wants a bitmap.

Usage: python tools/make_icons.py [--out build/icons]   (offscreen: needs no display)
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "desk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONSET_SIZES = (16, 32, 128, 256, 512)  # each also at @2x, as iconutil expects


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, one ICONDIRENTRY each, then the data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def write_iconset(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for size in ICONSET_SIZES:
        (folder / f"icon_{size}x{size}.png").write_bytes(render_png(size))
        (folder / f"icon_{size}x{size}@2x.png").write_bytes(render_png(size * 2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter on a QImage wants an application
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "desk.ico").write_bytes(ico_bytes({size: render_png(size) for size in ICO_SIZES}))
    (args.out / "desk-256.png").write_bytes(render_png(256))
    iconset = args.out / "desk.iconset"
    write_iconset(iconset)
    if sys.platform == "darwin":
        subprocess.run(["iconutil", "--convert", "icns", "--output", str(args.out / "desk.icns"), str(iconset)],
                       check=True)
    print(f"icons written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
