"""Unit tests of desk.translation against the fake providers in tests/helpers/fake_translators.py."""
