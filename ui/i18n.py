"""Interface language: Qt Linguist catalogues compiled to .qm inside the ui package."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Desk's catalogue and Qt's own for `lang` (e.g. "zh_CN", "en"), or the system's language."""
    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)
    installed = []
    with resources.as_file(resources.files("ui") / "i18n") as folder:
        for name, directory in (("desk", str(folder)), ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", directory):
                app.installTranslator(translator)
                installed.append(translator)
            elif name == "desk" and locale.language() != QLocale.Language.English:
                log.warning("no Desk translation for %s in %s", locale.name(), directory)
    return installed
