"""Is a mail that claims to come from a platform (Amazon's relay, Shopify) really from it?

Anyone can write `From: Jane <th6wqr1vf6dr43f@marketplace.amazon.com>`. Such a mail is believed
only when it passes authentication, by either of:

- the agent's own mail server: the topmost `Authentication-Results` header whose authserv-id is
  one configured for the account (RFC 8601 §5: headers with another id, or below it, may have been
  written by the sender) says `dmarc=pass`, or `dkim=pass` for a signing domain aligned with From
  and belonging to the platform; a trusted server saying anything else is final;
- a DKIM signature Desk verifies itself (dkimpy) whose `d=` is the platform's domain, aligned with
  From, with the key looked up in DNS.

Everything else is unverified: desk.connectors.mail.parse then marks the message so, keeps it out
of the buyer's order conversation, and desk.routing.autoreply never answers it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message

from desk.connectors.mail.headers import raw_headers

log = logging.getLogger(__name__)

# Domains (and their subdomains) whose mail speaks for a platform.
_PLATFORMS = {
    "amazon": re.compile(r"(?:^|\.)amazon\.(?:[a-z]{2,3}|com?\.[a-z]{2})$"),
    "shopify": re.compile(r"(?:^|\.)shopify\.com$"),
}
_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^\s*([a-z0-9_-]+)\s*=\s*([a-z]+)", re.IGNORECASE)
_PROPERTY = re.compile(r"\b(header\.[a-z]+)\s*=\s*\"?([^\s;\"]+)", re.IGNORECASE)

DnsLookup = Callable[..., bytes | None]  # dkimpy's dnsfunc: (name: bytes, timeout=...) -> TXT record


@dataclass(frozen=True, slots=True)
class MailTrust:
    """What an account believes: its mail server's authserv-ids, and whether Desk verifies DKIM itself
    (`dkim_dns` looks DKIM keys up; None: no own verification)."""

    authserv_ids: tuple[str, ...] = ()
    dkim_dns: DnsLookup | None = None


NO_TRUST = MailTrust()


def dns_lookup(name: bytes, timeout: float = 5) -> bytes | None:
    """DKIM key records from DNS (dnspython through dkimpy); None when there is none or no answer."""
    from dkim.dnsplug import get_txt

    try:
        return get_txt(name, timeout=timeout)
    except Exception:  # offline, NXDOMAIN, timeout: the signature cannot be verified
        return None


def account_trust(authserv_ids: tuple[str, ...], verify_dkim: bool = True) -> MailTrust:
    return MailTrust(tuple(authserv_ids), dns_lookup if verify_dkim else None)


def platform_of(address: str) -> str | None:
    """"amazon" or "shopify" when `address` is at one of their domains, else None."""
    domain = address.rpartition("@")[2].strip().lower().rstrip(".")
    return next((name for name, pattern in _PLATFORMS.items() if pattern.search(domain)), None)


def is_authentic(raw: bytes, msg: Message, sender: str, trust: MailTrust) -> bool:
    """Whether the platform mail from `sender` passed authentication (see the module docstring)."""
    platform = platform_of(sender)
    if platform is None:
        return False
    from_domain = sender.rpartition("@")[2].lower()
    verdict = _server_verdict(msg, from_domain, platform, trust.authserv_ids)
    if verdict is not None:
        return verdict
    return trust.dkim_dns is not None and _dkim_verifies(raw, msg, from_domain, platform, trust.dkim_dns)


def _server_verdict(msg: Message, from_domain: str, platform: str, authserv_ids: tuple[str, ...]) -> bool | None:
    """The trusted server's word: True (pass), False (it checked and did not pass), None (no word)."""
    trusted = {server.strip().lower() for server in authserv_ids if server.strip()}
    for header in raw_headers(msg, "Authentication-Results"):
        server, results = _results(header)
        if server not in trusted:
            continue
        for method, result, props in results:
            if method == "dmarc" and result == "pass" and props.get("header.from", from_domain) == from_domain:
                return True
            signer = props.get("header.d") or props.get("header.i", "").rpartition("@")[2]
            if method == "dkim" and result == "pass" and _aligned(signer.lower(), from_domain, platform):
                return True
        return False
    return None


def _results(header: str) -> tuple[str, list[tuple[str, str, dict[str, str]]]]:
    """(authserv-id, [(method, result, properties)]) of one Authentication-Results value."""
    parts = _COMMENT.sub(" ", header).split(";")
    server = parts[0].split()[0].lower() if parts[0].split() else ""
    results = []
    for part in parts[1:]:
        found = _RESULT.match(part)
        if found:
            props = {key.lower(): value.lower() for key, value in _PROPERTY.findall(part)}
            results.append((found.group(1).lower(), found.group(2).lower(), props))
    return server, results


def _aligned(signer: str, from_domain: str, platform: str) -> bool:
    """The signing domain is the platform's and From is that domain or below it (relaxed alignment)."""
    signer = signer.strip().rstrip(".")
    return bool(signer) and platform_of(f"x@{signer}") == platform and (
        from_domain == signer or from_domain.endswith("." + signer))


def _dkim_verifies(raw: bytes, msg: Message, from_domain: str, platform: str, dns: DnsLookup) -> bool:
    import dkim

    signatures = raw_headers(msg, "DKIM-Signature")
    for index, signature in enumerate(signatures):
        signer = re.search(r"(?:^|;)\s*d\s*=\s*([^\s;]+)", signature)
        if signer is None or not _aligned(signer.group(1).lower(), from_domain, platform):
            continue
        try:
            if dkim.DKIM(raw, timeout=5).verify(idx=index, dnsfunc=dns):
                return True
        except Exception as error:  # dkimpy raises for broken signatures and failed look-ups alike
            log.info("DKIM signature %d of a %s mail not verified: %s", index, platform, type(error).__name__)
    return False
