"""The network guard: refuse URLs whose host resolves to loopback, private, link-local or multicast space."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from assay.errors import FetchRefused


def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused(f"cannot resolve host {host!r} ({exc})") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def _why_refused(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    checks = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("unspecified", address.is_unspecified),
    )
    return next((name for name, hit in checks if hit), None)


def check_url(url: str, *, allow_private: bool = False) -> str | None:
    """Raise FetchRefused unless the URL is http(s) and every address its host resolves to is public.

    Returns the vetted address the request must then connect to (None with allow_private), so a
    second DNS answer cannot swap in a private address between the check and the connection.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"{url}: only http and https URLs can be fetched")
    if not parts.hostname:
        raise FetchRefused(f"{url}: no host name in the URL")
    if allow_private:
        return None
    addresses = _addresses(parts.hostname)
    for address in addresses:
        reason = _why_refused(address)
        if reason:
            raise FetchRefused(
                f"{url}: refused, {parts.hostname} resolves to {reason} address {address}; "
                "pass --allow-private to fetch from local or internal hosts"
            )
    return str(addresses[0])


def pin_request(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """The URL rewritten to connect to `address`, with the Host header and TLS server name of the original."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    headers = {"Host": parts.netloc.rsplit("@", 1)[-1]}
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    return parts._replace(netloc=netloc).geturl(), headers, extensions
