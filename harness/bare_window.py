"""The start-up baseline: a bare PySide6 window, shown and painted once, then exit
(python -m harness.bare_window; run by python -m desk.bench beside the app's own start-up)."""

import json

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitAfterPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


if __name__ == "__main__":
    app = QApplication([])
    window = QMainWindow()
    label = QLabel("bare window", window)
    window.setCentralWidget(label)
    watcher = QuitAfterPaint()
    label.installEventFilter(watcher)
    window.resize(1440, 860)
    window.show()
    app.exec()
    print(json.dumps({"shown": True}), flush=True)
