from datetime import date

import pytest

from desk.accounts import (
    CHANNEL_FIELDS,
    InvalidSettings,
    account_warnings,
    delete_account,
    list_accounts,
    save_account,
    secret_fields,
    validate,
)
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


SHOP = {**MAIL, "shop_domain": "lumora.myshopify.com"}


def test_a_new_shopify_account_uses_the_client_credentials_grant_with_both_secrets():
    with pytest.raises(InvalidSettings) as raised:
        validate(Channel.SHOPIFY, SHOP)
    assert set(raised.value.problems) == {"client_id", "client_secret"}
    clean = validate(Channel.SHOPIFY, {**SHOP, "client_id": "id", "client_secret": "shpss_x"})
    assert clean["shopify_auth"] == "client_credentials" and "admin_access_token" not in clean
    assert {"client_id", "client_secret", "admin_access_token"} <= set(secret_fields(Channel.SHOPIFY))


def test_a_legacy_shopify_app_needs_only_its_static_token():
    with pytest.raises(InvalidSettings) as raised:
        validate(Channel.SHOPIFY, {**SHOP, "shopify_auth": "static_token"})
    assert set(raised.value.problems) == {"admin_access_token"}
    clean = validate(Channel.SHOPIFY, {**SHOP, "shopify_auth": "static_token", "admin_access_token": "shpat_1"})
    assert clean["admin_access_token"] == "shpat_1"


def test_new_amazon_accounts_default_to_orders_2026_and_v0_accounts_are_warned_with_the_deadline(db):
    amazon = {**MAIL, "lwa_client_id": "amzn1.application-oa2-client.x", "lwa_client_secret": "s",
              "refresh_token": "Atzr|x"}
    assert validate(Channel.AMAZON, amazon)["orders_api"] == "2026-01-01"
    settings = {k: v for k, v in validate(Channel.AMAZON, amazon).items() if k not in secret_fields(Channel.AMAZON)}
    current = save_account(db, Channel.AMAZON, "US", settings)
    legacy = save_account(db, Channel.AMAZON, "EU", settings | {"orders_api": "v0"})
    assert account_warnings(db, current, today=date(2026, 12, 8)) == []
    [warning] = account_warnings(db, legacy, today=date(2026, 12, 8))
    assert (warning.kind, warning.deadline) == ("orders_api_v0", date(2027, 3, 27))
    assert "2027-03-27" in warning.message and "in 109 days" in warning.message


def test_a_notice_sync_stores_is_a_warning_until_sync_clears_it(db):
    from desk.connectors.base import VERSION_NOTICE, SyncBatch
    from desk.sync.store import SyncStore

    settings = {k: v for k, v in validate(Channel.SHOPIFY, {**SHOP, "client_id": "i", "client_secret": "s"}).items()
                if k not in secret_fields(Channel.SHOPIFY)}
    account_id = save_account(db, Channel.SHOPIFY, "Shop", settings)
    store = SyncStore(db)
    store.apply(account_id, "main", SyncBatch(cursor={}, notices={VERSION_NOTICE: "answered with 2026-01"}))
    [warning] = account_warnings(db, account_id)
    assert (warning.kind, warning.message) == (VERSION_NOTICE, "answered with 2026-01") and warning.since
    store.apply(account_id, "main", SyncBatch(cursor={}, notices={VERSION_NOTICE: None}))
    assert account_warnings(db, account_id) == []
