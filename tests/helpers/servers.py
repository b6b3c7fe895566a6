"""Real servers for tests, started on free loopback ports with throwaway configuration."""

from __future__ import annotations

import os
import socket

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require(what: str, found: bool) -> None:
    """CI installs every server the tests use (make setup): missing there is a failure."""
    if not found:
        message = f"{what} is not installed (make setup installs it as root)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def postgres_cluster(tls=None):
    """A started throwaway PostgreSQL cluster (desk.team.cluster); the caller stops it."""
    from desk.team.cluster import ThrowawayCluster, server_binaries

    require("PostgreSQL (Debian package postgresql)", server_binaries() is not None)
    cluster = ThrowawayCluster(tls=tls)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster
