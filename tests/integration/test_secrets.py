"""Credentials in a real Secret Service keyring; a clear refusal without one, never a file."""

import pytest

from desk import secrets
from tests.helpers.secret_service import SecretService


@pytest.fixture(scope="module")
def secret_service():
    service = SecretService()
    env = service.start()
    yield env
    service.stop()


@pytest.fixture
def real_keyring(secret_service, monkeypatch):
    import keyring
    from keyring.backends import SecretService as backend

    for key, value in secret_service.items():
        monkeypatch.setenv(key, value)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend.Keyring())
    yield
    keyring.set_keyring(previous)


def test_secrets_round_trip_through_the_secret_service(real_keyring):
    secrets.store_secret(7, "password", "s3cr3t-Ω")
    assert secrets.load_secret(7, "password") == "s3cr3t-Ω"
    assert "s3cr3t" not in repr(secrets.load_secret(7, "password"))
    secrets.delete_secrets(7, ["password", "never-stored"])
    assert secrets.load_secret(7, "password") is None


def test_no_backend_is_refused_with_a_clear_message(tmp_path):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(secrets.NoKeyring, match="No usable OS keyring"):
            secrets.store_secret(1, "password", "x")
    finally:
        keyring.set_keyring(previous)
    assert not any(tmp_path.rglob("*"))  # nothing written anywhere we control
