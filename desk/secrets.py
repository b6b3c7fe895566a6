"""The only module that touches credentials: the OS keyring, through `keyring`.

The database keeps account ids and non-secret settings; passwords, tokens and app secrets live in
the keyring under the service "Desk" and a name "account-<id>/<field>". With no usable backend
(a headless Linux without a Secret Service, or a plain-text file backend) Desk says so and refuses:
it never falls back to a file. Calls block (D-Bus, Keychain): run them on an executor.

A team's worker running as a service reads its secrets from the service manager instead
(`use_service_credentials`: systemd's LoadCredential), read-only.
"""

from __future__ import annotations

from desk.errors import DeskError

SERVICE = "Desk"
# Backends that would keep secrets in a file or nowhere; never acceptable.
REFUSED_BACKENDS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class NoKeyring(DeskError):
    pass


class SecretRedacted(str):
    """A secret that prints as *** in reprs, logs and tracebacks; str() content is unchanged."""

    def __repr__(self) -> str:
        return "'***'"


def use_session_keyring() -> None:
    """Hold secrets in this process's memory only: for the demo's sandbox credentials, which
    are random per run. Nothing is written anywhere; everything is gone when Desk exits."""
    import keyring
    import keyring.errors
    from keyring.backend import KeyringBackend

    class SessionKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self._values: dict[tuple[str, str], str] = {}

        def set_password(self, service: str, username: str, password: str) -> None:
            self._values[(service, username)] = password

        def get_password(self, service: str, username: str) -> str | None:
            return self._values.get((service, username))

        def delete_password(self, service: str, username: str) -> None:
            if self._values.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError(username)

    keyring.set_keyring(SessionKeyring())


CREDENTIALS_ENV = "CREDENTIALS_DIRECTORY"  # set by systemd when a unit has LoadCredential= lines
TEAM_PASSWORD_CREDENTIAL = "team_password"


def credential_name(name: str) -> str:
    """The file a secret is in under $CREDENTIALS_DIRECTORY: its keyring name with "/" as "_"
    (account-3/password: account-3_password; app/translation/deepl/api_key:
    app_translation_deepl_api_key). A worker has one team login, so its password (keyring name
    app/team/LOGIN@HOST:PORT/DB, which no credential name could hold) is team_password."""
    if name.startswith("app/team/"):
        return TEAM_PASSWORD_CREDENTIAL
    return name.replace("/", "_")


def use_service_credentials(folder) -> None:
    """A worker's secrets from its service manager, read-only: systemd's LoadCredential puts each in
    a file of $CREDENTIALS_DIRECTORY (memory-backed, readable by the service alone), named by
    `credential_name`. Desk never writes them; a secret missing there is missing, not looked for
    anywhere else (an account without its credentials shows "auth failed" and why)."""
    from pathlib import Path

    import keyring
    import keyring.errors
    from keyring.backend import KeyringBackend

    root = Path(folder)

    class ServiceCredentials(KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            try:
                return (root / credential_name(username)).read_text(encoding="utf-8").rstrip("\r\n")
            except FileNotFoundError:
                return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("a worker's credentials are set in its service, not by Desk")

        def delete_password(self, service: str, username: str) -> None:
            raise keyring.errors.PasswordDeleteError("a worker's credentials are removed from its service")

    keyring.set_keyring(ServiceCredentials())


def ensure_keyring() -> None:
    """Raise NoKeyring now, before anything else is written, when secrets could not be stored."""
    _backend()


def _backend():
    import keyring

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    candidates = chained if chained else [backend]
    usable = [b for b in candidates if not type(b).__module__.startswith(REFUSED_BACKENDS)]
    if not usable or getattr(backend, "priority", 1) <= 0:
        raise NoKeyring(
            "No usable OS keyring is available (on Linux: GNOME Keyring or KWallet through the Secret "
            "Service). Desk keeps credentials only in the OS keyring, so it cannot store this one."
        )
    return backend


def account_secret_name(account_id: int, field: str) -> str:
    """The keyring name of an account's secret."""
    return f"account-{account_id}/{field}"


def store_secret(account_id: int, field: str, value: str) -> None:
    backend = _backend()
    try:
        backend.set_password(SERVICE, account_secret_name(account_id, field), value)
    except Exception as exc:  # backend errors may echo arguments: never chain them
        raise NoKeyring(f"The OS keyring refused to store {field} for account {account_id} ({type(exc).__name__}).") from None


def load_secret(account_id: int, field: str) -> SecretRedacted | None:
    backend = _backend()
    try:
        value = backend.get_password(SERVICE, account_secret_name(account_id, field))
    except Exception as exc:
        raise NoKeyring(f"The OS keyring could not be read ({type(exc).__name__}).") from None
    return None if value is None else SecretRedacted(value)


def delete_secrets(account_id: int, fields: list[str]) -> None:
    import keyring.errors

    backend = _backend()
    for field in fields:
        try:
            backend.delete_password(SERVICE, account_secret_name(account_id, field))
        except keyring.errors.PasswordDeleteError:
            pass


# App-level secrets (not tied to an account, e.g. a translation provider's API key): "app/<name>".


def store_app_secret(name: str, value: str) -> None:
    backend = _backend()
    try:
        backend.set_password(SERVICE, f"app/{name}", value)
    except Exception as exc:  # backend errors may echo arguments: never chain them
        raise NoKeyring(f"The OS keyring refused to store {name} ({type(exc).__name__}).") from None


def load_app_secret(name: str) -> SecretRedacted | None:
    backend = _backend()
    try:
        value = backend.get_password(SERVICE, f"app/{name}")
    except Exception as exc:
        raise NoKeyring(f"The OS keyring could not be read ({type(exc).__name__}).") from None
    return None if value is None else SecretRedacted(value)


def delete_app_secret(name: str) -> None:
    import keyring.errors

    try:
        _backend().delete_password(SERVICE, f"app/{name}")
    except keyring.errors.PasswordDeleteError:
        pass
