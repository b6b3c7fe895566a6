"""What goes into the frozen Desk and what stays out (used by packaging/desk.spec).

Plain functions over PyInstaller's (destination, source, kind) entries, so the rules can be read
and tested apart from a build.
"""

from __future__ import annotations

import glob
import re
from pathlib import Path, PurePosixPath

# Python packages the app never imports at run time (test and build tools, other Qt bindings,
# Qt modules Desk does not use). PyInstaller would otherwise follow optional imports into them.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3", "ensurepip", "venv",
    "pytest", "_pytest", "pytestqt", "pytest_timeout", "hypothesis", "setuptools", "pkg_resources", "pip",
    "wheel", "IPython", "jedi", "psycopg", "psycopg_binary", "PyInstaller", "readline", "curses",
    "pygments", "rich",  # only httpx's command-line tool wants them
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.oracle", "sqlalchemy.dialects.mssql",  # SQLite, PostgreSQL only
    "PyQt5", "PyQt6", "PySide2", "shiboken2",
    *(f"PySide6.{module}" for module in (
        "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuick3D", "QtQuickTest",
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
        "QtPdf", "QtPdfWidgets", "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech",
        "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
        "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtDesigner", "QtUiTools", "QtHelp",
        "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort", "QtSerialBus",
        "QtOpenGL", "QtOpenGLWidgets", "QtSql", "QtTest", "QtXml", "QtConcurrent", "QtPrintSupport",
        "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtHttpServer", "QtNetworkAuth", "QtSvgWidgets",
        "QtAxContainer",
    )),
]

# Qt plugins by folder, by file stem (without "lib" and extension). Platforms: offscreen and
# minimal (screenshots, support), xcb and wayland (Linux desktops), windows, cocoa. Input
# contexts matter: Chinese agents type through ibus/fcitx (compose is the fallback).
KEPT_PLUGINS = {
    "platforms": {"qoffscreen", "qminimal", "qxcb", "qwayland", "qwindows", "qcocoa", "qdirect2d"},
    "platformthemes": {"qxdgdesktopportal"},  # gtk3 would drag the whole GTK stack into the bundle
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg", "qjpeg", "qico", "qgif", "qicns"},
    "iconengines": {"qsvgicon"},
    "xcbglintegrations": {"qxcb-egl-integration", "qxcb-glx-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server"},
    "styles": None,  # Windows' and macOS' native styles: all of them
}

# Qt libraries only the dropped plugins and modules use (plugins pull them in as dependencies).
UNUSED_QT_LIBRARIES = re.compile(
    r"Qt6(Qml|Quick|Labs|Lottie|Pdf|VirtualKeyboard|Designer|Help|Sql|Test|UiTools|Multimedia|WebEngine|"
    r"WebChannel|WebSockets|Charts|Graphs|DataVisualization|3D|Bluetooth|Positioning|Sensors|Serial|"
    r"WaylandCompositor|WaylandEgl|WlShell|EglFs|OpenGLWidgets|ShaderTools|Concurrent|PrintSupport|Xml)",
    re.IGNORECASE,
)

QT_TRANSLATIONS = "qtbase"  # Qt's own strings in its dialogs; ui/i18n.py loads only this catalogue

# Desk's package data that only developers use: the benchmark's evaluation set (python -m desk.bench
# runs from a source checkout, never from the installer, which has no room to spare).
DEVELOPER_DATA = PurePosixPath("desk/bench/data")


def package_data(root: Path, declared: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(source file, destination folder) for each file matched by pyproject's package-data globs."""
    found = []
    for package, patterns in declared.items():
        base = root / package.replace(".", "/")
        for pattern in patterns:
            for match in sorted(glob.glob(str(base / pattern))):
                path = Path(match)
                if path.is_file():
                    found.append((str(path), str(path.parent.relative_to(root))))
    return found


def desk_languages(root: Path) -> set[str]:
    """The languages Desk ships a catalogue for (ui/i18n/desk_<lang>.qm)."""
    return {p.stem.removeprefix("desk_") for p in (root / "ui" / "i18n").glob("desk_*.qm")}


def keep_frozen_file(destination: str, languages: set[str]) -> bool:
    """Whether a collected file (by its path inside the bundle) belongs in Desk's bundle."""
    path = PurePosixPath(destination.replace("\\", "/"))
    parts = path.parts
    if path.is_relative_to(DEVELOPER_DATA):
        return False
    if len(parts) >= 3 and parts[-3] == "plugins":
        return _keep_plugin(parts[-2], path.name)
    if "translations" in parts and path.suffix == ".qm" and "PySide6" in parts:
        return any(path.stem == f"{QT_TRANSLATIONS}_{lang}" for lang in languages)
    return not UNUSED_QT_LIBRARIES.search(path.name)


def select_binaries(binaries: list, languages: set[str]) -> list:
    """The binaries to keep, less the system libraries that only dropped plugins linked to
    (the GTK theme plugin alone brings GTK, cairo and pango)."""
    kept = [entry for entry in binaries if keep_frozen_file(entry[0], languages)]
    dropped = [entry for entry in binaries if not keep_frozen_file(entry[0], languages)]
    available = {_library_name(dest): src for dest, src, _kind in binaries}
    # What the program itself loads: Python extensions, Qt's libraries and kept plugins.
    roots = [entry for entry in kept if entry[2] == "EXTENSION" or entry[0].replace("\\", "/").startswith("PySide6/")]
    needed = {_library_name(entry[0]) for entry in roots} | _linked_closure(roots, available)
    only_for_dropped = _linked_closure(dropped, available) - needed
    return [entry for entry in kept if _library_name(entry[0]) not in only_for_dropped]


def _library_name(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name.lower()


def _linked_closure(entries: list, available: dict[str, str]) -> set[str]:
    """Names of the collected libraries that `entries` link to, directly or not."""
    from PyInstaller.depend.bindepend import get_imports

    seen: set[str] = set()
    pending = [src for _dest, src, _kind in entries]
    while pending:
        for name, _path in get_imports(pending.pop()):
            library = _library_name(name)
            if library in available and library not in seen:
                seen.add(library)
                pending.append(available[library])
    return seen


def _keep_plugin(kind: str, filename: str) -> bool:
    if kind not in KEPT_PLUGINS:
        return False
    kept = KEPT_PLUGINS[kind]
    stem = filename.split(".")[0].removeprefix("lib")
    return kept is None or stem in kept


def version(pyproject: dict) -> str:
    return pyproject["project"]["version"]


def bundle_icon(root: Path, platform: str) -> str | None:
    """The app icon made by tools/make_icons.py (Windows .ico, macOS .icns); Linux uses the SVG."""
    suffix = {"win32": "ico", "darwin": "icns"}.get(platform)
    if suffix is None:
        return None
    icon = root / "build" / "icons" / f"desk.{suffix}"
    if not icon.exists():
        raise SystemExit(f"{icon} is missing: run tools/make_icons.py before PyInstaller")
    return str(icon)


def info_plist(app_version: str) -> dict:
    return {
        "CFBundleName": "Desk",
        "CFBundleDisplayName": "Desk",
        "CFBundleShortVersionString": app_version,
        "CFBundleVersion": app_version,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow dark mode
        "LSMinimumSystemVersion": "12.0",
        "NSHumanReadableCopyright": "MIT licence",
    }
