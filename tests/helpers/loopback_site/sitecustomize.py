"""Imported at start-up by every Python process the tests start (tests/conftest.py puts this
folder first on PYTHONPATH): `desk worker`, `desk sync` and the rest never reach the internet
either. Loaded by path: a child's sys.path need not hold the repository."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_desk_tests_network", Path(__file__).parent.parent / "network.py")
_network = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_network)
_network.confine_to_loopback()
