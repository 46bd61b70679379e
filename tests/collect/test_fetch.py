"""Tests for the fetcher against a real loopback HTTP server: redirects, caps, timeouts, types."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.conftest import BIG_BODY, WebServer

from assay.collect.fetch import Fetcher, FetchPolicy
from assay.errors import FetchRefused, InputError


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    client = Fetcher(
        FetchPolicy(allow_private=True, read_timeout=0.5, connect_timeout=1.0, max_bytes=100_000)
    )
    yield client
    client.close()


def test_page_is_fetched(fetcher: Fetcher, web_server: WebServer) -> None:
    fetched = fetcher.fetch(web_server.url("/pages/aktobe.html"))
    assert fetched.content_type == "text/html"
    assert "Suicide bombing kills three in Aktobe" in fetched.text


def test_three_redirects_are_followed(fetcher: Fetcher, web_server: WebServer) -> None:
    fetched = fetcher.fetch(web_server.url("/hop/3"))
    assert fetched.url == web_server.url("/pages/aktobe.html")


def test_redirects_up_to_the_limit_are_followed(fetcher: Fetcher, web_server: WebServer) -> None:
    assert fetcher.fetch(web_server.url("/hop/5")).url == web_server.url("/pages/aktobe.html")


def test_seven_redirects_are_refused(fetcher: Fetcher, web_server: WebServer) -> None:
    with pytest.raises(FetchRefused, match="more than 5 redirects"):
        fetcher.fetch(web_server.url("/hop/7"))


def test_declared_oversized_body_is_refused(fetcher: Fetcher, web_server: WebServer) -> None:
    assert len(BIG_BODY) > 100_000
    with pytest.raises(FetchRefused, match="exceeds the 100,000-byte cap"):
        fetcher.fetch(web_server.url("/big"))


def test_undeclared_oversized_body_is_cut_off(fetcher: Fetcher, web_server: WebServer) -> None:
    with pytest.raises(FetchRefused, match="body exceeds the 100,000-byte cap"):
        fetcher.fetch(web_server.url("/big-undeclared"))


def test_slow_endpoint_times_out(fetcher: Fetcher, web_server: WebServer) -> None:
    with pytest.raises(InputError, match="timed out"):
        fetcher.fetch(web_server.url("/slow"))


def test_wrong_content_type_is_refused(fetcher: Fetcher, web_server: WebServer) -> None:
    with pytest.raises(FetchRefused, match="'application/octet-stream' is not a web page or feed"):
        fetcher.fetch(web_server.url("/binary"))


def test_not_found_is_an_input_error(fetcher: Fetcher, web_server: WebServer) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        fetcher.fetch(web_server.url("/missing"))


def test_loopback_refused_without_allow_private(web_server: WebServer) -> None:
    strict = Fetcher(FetchPolicy())
    try:
        with pytest.raises(FetchRefused, match="loopback"):
            strict.fetch(web_server.url("/pages/aktobe.html"))
    finally:
        strict.close()


def test_connection_refused_is_an_input_error() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = Fetcher(FetchPolicy(allow_private=True, connect_timeout=1.0))
    try:
        with pytest.raises(InputError, match="request failed"):
            client.fetch(f"http://127.0.0.1:{port}/")
    finally:
        client.close()


def test_declared_charset_is_used(fetcher: Fetcher, web_server: WebServer) -> None:
    fetched = fetcher.fetch(web_server.url("/cp1251"))
    assert fetched.charset == "windows-1251"
    assert "Взрыв в Актобе: погибли три человека." in fetched.text


def test_charset_in_the_page_is_used_without_a_header_charset(
    fetcher: Fetcher, web_server: WebServer
) -> None:
    assert "Взрыв в Актобе." in fetcher.fetch(web_server.url("/cp1251-meta")).text
