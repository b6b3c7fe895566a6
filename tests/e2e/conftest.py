"""End-to-end tests drive the real window: the UI tests' fixtures (a workspace per test, a window)."""

from tests.unit.ui.conftest import make_workspace, window  # noqa: F401 - fixtures shared with the UI tests
