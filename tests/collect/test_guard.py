"""Tests for the SSRF guard: private, loopback, link-local and multicast targets are refused."""

from __future__ import annotations

import pytest

from assay.collect.guard import check_url
from assay.errors import FetchRefused


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://localhost:8080/x", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "(private|unspecified)"),
        ("http://2130706433/", "loopback"),  # 127.0.0.1 written as one integer
    ],
)
def test_internal_targets_are_refused(url: str, reason: str) -> None:
    with pytest.raises(FetchRefused, match=f"resolves to {reason} address.*--allow-private"):
        check_url(url)


@pytest.mark.parametrize("url", ["ftp://example.org/file", "file:///etc/passwd", "gopher://x/"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchRefused, match="only http and https"):
        check_url(url, allow_private=True)


def test_url_without_host_is_refused() -> None:
    with pytest.raises(FetchRefused, match="no host name"):
        check_url("http:///path")


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://10.1.2.3/", "http://[::1]/"])
def test_allow_private_passes(url: str) -> None:
    check_url(url, allow_private=True)


def test_public_ip_literal_passes_without_fetching() -> None:
    check_url("http://93.184.216.34/page")
    check_url("https://[2606:2800:220:1:248:1893:25c8:1946]/page")


def test_unresolvable_host_is_refused() -> None:
    with pytest.raises(FetchRefused, match="cannot resolve host"):
        check_url("http://no-such-host.invalid/")


def test_pinned_request_connects_to_the_vetted_address_with_the_original_host() -> None:
    from assay.collect.guard import pin_request

    url, headers, extensions = pin_request("https://news.example.org:8443/a/b?c=1", "93.184.216.34")
    assert url == "https://93.184.216.34:8443/a/b?c=1"
    assert headers == {"Host": "news.example.org:8443"}
    assert extensions == {"sni_hostname": "news.example.org"}
    url, headers, extensions = pin_request("http://example.org/x", "2606:2800:220:1::1")
    assert url == "http://[2606:2800:220:1::1]/x"
    assert headers == {"Host": "example.org"} and extensions == {}
