"""Keeps the test process on the loopback interface: names other than local ones do not resolve
and connections to other addresses fail as "network unreachable" (what an offline agent sees)."""

from __future__ import annotations

import errno
import ipaddress
import socket

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def _local(host) -> bool:
    if host is None or host in LOCAL_NAMES or host == "":
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return str(host).endswith(".localhost")


def confine_to_loopback() -> None:
    real_getaddrinfo, real_connect, real_connect_ex = socket.getaddrinfo, socket.socket.connect, socket.socket.connect_ex

    def getaddrinfo(host, *args, **kwargs):
        if not _local(host if not isinstance(host, bytes) else host.decode()):
            raise socket.gaierror(socket.EAI_NONAME, f"tests never reach the internet ({host})")
        return real_getaddrinfo(host, *args, **kwargs)

    def refuse(sock, address) -> bool:
        return sock.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0])

    def connect(sock, address):
        if refuse(sock, address):
            raise OSError(errno.ENETUNREACH, f"tests never reach the internet ({address[0]})")
        return real_connect(sock, address)

    def connect_ex(sock, address):
        return errno.ENETUNREACH if refuse(sock, address) else real_connect_ex(sock, address)

    socket.getaddrinfo = getaddrinfo
    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
