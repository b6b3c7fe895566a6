"""A worker's secrets from its service manager (systemd LoadCredential: one file per secret in
$CREDENTIALS_DIRECTORY), read-only: what the platforms, the providers and the team login need."""

from __future__ import annotations

import pytest

from desk import secrets
from desk.team.connect import TeamAddress, password_for


@pytest.fixture
def credentials(tmp_path, monkeypatch):
    import keyring

    folder = tmp_path / "credentials"
    folder.mkdir()
    (folder / "account-3_password").write_text("imap-Ω-secret\n", encoding="utf-8")
    (folder / "account-3_refresh_token").write_text("Atzr|token", encoding="utf-8")
    (folder / "app_translation_deepl_api_key").write_text("deepl-key:fx\n", encoding="utf-8")
    (folder / "team_password").write_text("worker-password\n", encoding="utf-8")
    monkeypatch.delenv("DESK_TEAM_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    secrets.use_service_credentials(folder)
    yield folder
    keyring.set_keyring(previous)


def test_secrets_are_read_from_one_file_each_named_after_the_keyring_entry(credentials):
    password = secrets.load_secret(3, "password")
    assert password == "imap-Ω-secret" and "imap" not in repr(password)
    assert secrets.load_secret(3, "refresh_token") == "Atzr|token"
    assert secrets.load_secret(3, "lwa_client_secret") is None  # missing is missing, never looked for elsewhere
    assert secrets.load_secret(4, "password") is None
    assert secrets.load_app_secret("translation/deepl/api_key") == "deepl-key:fx"


def test_the_workers_team_password_is_the_team_password_credential(credentials):
    address = TeamAddress.parse("postgresql://worker1@db.example.com/acme")
    assert password_for(address) == "worker-password"


def test_desk_never_writes_or_removes_a_services_credentials(credentials):
    before = {p.name: p.read_bytes() for p in credentials.iterdir()}
    with pytest.raises(secrets.NoKeyring, match="refused to store"):
        secrets.store_secret(3, "password", "another")
    with pytest.raises(secrets.NoKeyring, match="refused to store"):
        secrets.store_app_secret("translation/deepl/api_key", "another")
    secrets.delete_secrets(3, ["password"])
    assert {p.name: p.read_bytes() for p in credentials.iterdir()} == before


def test_an_unreadable_credential_is_a_clear_refusal_without_its_content(credentials):
    (credentials / "account-5_password").mkdir()  # not a file: reading it fails
    with pytest.raises(secrets.NoKeyring, match="could not be read") as refusal:
        secrets.load_secret(5, "password")
    assert "imap" not in str(refusal.value)


def test_credential_names_hold_no_slash_and_no_colon():
    """systemd credential names are file names, and LoadCredential= cuts ID:PATH at the colon."""
    assert secrets.credential_name("account-12/client_secret") == "account-12_client_secret"
    assert secrets.credential_name("app/drafting/api-key") == "app_drafting_api-key"
    assert secrets.credential_name("app/team/w1@db.example.com:5432/acme") == "team_password"
