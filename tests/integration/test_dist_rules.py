"""What packaging/freeze_rules.py keeps in the frozen Desk, and the icons tools/make_icons.py makes
for the Windows and macOS installers (fast: no PyInstaller build)."""

from __future__ import annotations

import struct
import subprocess
import sys

import pytest
from PySide6.QtGui import QImageReader

from tests.conftest import ROOT
from tests.helpers.packaging import packaging_module

pytestmark = pytest.mark.frozen


rules = packaging_module("freeze_rules")
LANGUAGES = {"zh_CN", "en"}


@pytest.mark.parametrize("destination", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/qsvg.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "ui/i18n/desk_zh_CN.qm",
])
def test_what_desk_uses_is_kept(destination):
    assert rules.keep_frozen_file(destination, LANGUAGES)


@pytest.mark.parametrize("destination", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/designer_zh_CN.qm",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6\\Qt6WebEngineCore.dll",
    "desk/bench/data/triage_eval.jsonl",
    "desk\\bench\\data\\triage_eval.jsonl",
])
def test_what_desk_does_not_use_is_left_out(destination):
    assert not rules.keep_frozen_file(destination, LANGUAGES)


def test_package_data_follows_the_globs_in_pyproject(tmp_path):
    (tmp_path / "desk" / "extra" / "data").mkdir(parents=True)
    (tmp_path / "desk" / "extra" / "data" / "rules.json").write_text("{}")
    (tmp_path / "desk" / "extra" / "data" / "notes.txt").write_text("not declared")
    found = rules.package_data(tmp_path, {"desk": ["extra/data/*.json", "missing/*"]})
    assert found == [(str(tmp_path / "desk/extra/data/rules.json"), "desk/extra/data")]


def test_desk_languages_come_from_the_compiled_catalogues():
    assert rules.desk_languages(ROOT) >= {"zh_CN", "en"}


def test_make_icons_writes_a_multi_size_ico_and_an_iconset(tmp_path, qapp):
    # qapp: Qt's image plugins must load under the test session's one QApplication; loaded before
    # it exists, a later test crashed inside Qt's event processing.
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "make_icons.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    ico = (tmp_path / "desk.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    reader = QImageReader(str(tmp_path / "desk.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.append(reader.read().width())
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    iconset = sorted(p.name for p in (tmp_path / "desk.iconset").iterdir())
    assert "icon_512x512@2x.png" in iconset and len(iconset) == 10
