"""Compile Qt assets into the ui package: resources/desk.qrc -> ui/resources_rc.py (icons, style
sheet), resources/fonts.qrc -> ui/fonts_rc.py (the fallback fonts, loaded after the first paint)
and i18n/*.ts -> ui/i18n/*.qm. Used by `make setup` and by the setuptools build (setup.py).

`python tools/build_assets.py --update-ts` refreshes the .ts catalogues from the ui/ sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "en")


def qt_tool(name: str) -> str | None:
    """A PySide6 tool next to this interpreter (a venv's bin/) or on PATH."""
    for candidate in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def update_ts() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")
                     if p.name not in ("resources_rc.py", "fonts_rc.py"))
    tool = qt_tool("pyside6-lupdate")
    for lang in LANGUAGES:
        subprocess.run([tool, *sources, "-no-obsolete", "-ts", f"i18n/desk_{lang}.ts"], cwd=ROOT, check=True)


def build() -> bool:
    rcc, lrelease = qt_tool("pyside6-rcc"), qt_tool("pyside6-lrelease")
    if not (rcc and lrelease):
        print("build_assets: PySide6 tools not found; the UI will be English without icons", file=sys.stderr)
        return False
    subprocess.run([rcc, "resources/desk.qrc", "-o", "ui/resources_rc.py"], cwd=ROOT, check=True)
    subprocess.run([rcc, "--no-compress", "resources/fonts.qrc", "-o", "ui/fonts_rc.py"], cwd=ROOT, check=True)
    out = ROOT / "ui" / "i18n"
    out.mkdir(exist_ok=True)
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=True)
    return True


if __name__ == "__main__":
    if "--update-ts" in sys.argv:
        update_ts()
    sys.exit(0 if build() else 1)
