import pytest

from desk.accounts import CHANNEL_FIELDS, InvalidSettings, delete_account, list_accounts, save_account, validate
from desk.domain import Channel
from desk.storage.ingest import Ingestor
from tests.helpers.messages import NOW, message

MAIL = {"address": "care@lumora.example", "username": "care", "password": "pw", "imap_host": "imap.example",
        "imap_port": "993", "imap_security": "tls", "smtp_host": "smtp.example", "smtp_port": "465",
        "smtp_security": "tls"}


def test_every_channel_declares_its_secrets():
    for channel, fields in CHANNEL_FIELDS.items():
        assert any(f.kind == "secret" for f in fields), channel


def test_validation_types_values_and_names_each_problem():
    clean = validate(Channel.EMAIL, MAIL)
    assert clean["imap_port"] == 993
    with pytest.raises(InvalidSettings) as raised:
        validate(Channel.EMAIL, {**MAIL, "imap_port": "99999", "smtp_security": "ssl3", "address": ""})
    assert set(raised.value.problems) == {"imap_port", "smtp_security", "address"}


def test_a_stored_secret_need_not_be_typed_again():
    values = {k: v for k, v in MAIL.items() if k != "password"}
    with pytest.raises(InvalidSettings):
        validate(Channel.EMAIL, values)
    assert "password" not in validate(Channel.EMAIL, values, secrets_known={"password"})


def test_secrets_never_reach_the_database(db):
    with pytest.raises(ValueError, match="keyring"):
        save_account(db, Channel.EMAIL, "Care", validate(Channel.EMAIL, MAIL))


def test_accounts_are_saved_listed_and_removed_with_their_data(db):
    settings = {k: v for k, v in validate(Channel.EMAIL, MAIL).items() if k != "password"}
    account_id = save_account(db, Channel.EMAIL, "Care", settings)
    save_account(db, Channel.EMAIL, "Care desk", settings, account_id)
    [info] = list_accounts(db)
    assert (info.id, info.name, info.settings["imap_port"]) == (account_id, "Care desk", 993)
    Ingestor(db).ingest([message(account_id, "m1", "hello")], now=NOW)
    delete_account(db, account_id)
    assert list_accounts(db) == []
    assert db.fetch_all("SELECT count(*) FROM messages") == [(0,)]
    assert db.fetch_all("SELECT count(*) FROM message_fts") == [(0,)]
