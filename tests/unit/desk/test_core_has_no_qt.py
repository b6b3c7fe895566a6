"""desk/ is the headless core: importing every module of it loads no Qt at all."""

import json
import subprocess
import sys

SCRIPT = """
import importlib, json, pkgutil, sys
import desk
names = [m.name for m in pkgutil.walk_packages(desk.__path__, "desk.")
         if ".migrations." not in m.name and not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qasync"))
print(json.dumps({"modules": len(names), "qt": qt}))
"""


def test_importing_all_of_desk_loads_no_qt():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    assert result["modules"] > 15
    assert result["qt"] == []


def test_the_start_up_path_does_not_load_the_orm_or_asyncio():
    """The first queue page is painted before SQLAlchemy (~240 ms) and asyncio load (README)."""
    script = (
        "import sys, json; import ui.app, ui.mainwindow, desk.workspace, desk.storage.queue; "
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'asyncio', 'alembic'})))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []
