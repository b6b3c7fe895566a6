"""The catalogues: every string translated to Chinese, compiled, and loaded by --lang."""

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[3]


def test_every_chinese_string_is_translated():
    tree = ET.parse(ROOT / "i18n" / "desk_zh_CN.ts")
    messages = list(tree.iter("message"))
    assert len(messages) >= 20
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), message.find("source").text
        assert (translation.text or "").strip() or "".join(f.text or "" for f in translation).strip()


def test_catalogues_match_the_sources():
    """Every tr() string in ui/ is in the catalogue (run `make update-ts` after changing strings)."""
    import ast

    sources = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                sources.add(node.args[0].value)  # adjacent literals are one string, as lupdate reads them
    catalogue = {m.find("source").text for m in ET.parse(ROOT / "i18n" / "desk_zh_CN.ts").iter("message")}
    assert sources <= catalogue, sources - catalogue


def test_chinese_catalogue_is_used_for_zh_cn(qapp):
    from PySide6.QtCore import QLocale

    before = QLocale()
    translators = install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("Views", "Open") == "待处理"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("Views", "Open") == "Open"


def test_a_team_that_does_not_open_is_said_in_the_agents_language_with_the_details_below(qapp):
    from PySide6.QtCore import QLocale

    from desk.errors import StorageUnavailable
    from desk.team.connect import TeamAuthFailed
    from ui.app import opening_error_text

    refused = TeamAuthFailed("The team server refused the login nora: password authentication failed.")
    before = QLocale()
    translators = install_translators(qapp, "zh_CN")
    try:
        text = opening_error_text(refused)
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(before)
    assert text.startswith("团队服务器拒绝了此登录") and text.endswith(str(refused))
    full_disk = StorageUnavailable("Desk cannot write to /data: No space left on device.")
    assert opening_error_text(full_disk) == str(full_disk)  # no words of its own: the core's sentence
