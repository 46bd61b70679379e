"""Tests for saved web pages: trafilatura main text and metadata."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

from assay.collect.pages import draft_from_html, read_page
from assay.errors import InputError


def test_saved_page_gives_article_text_and_metadata() -> None:
    [draft] = read_page(FIXTURES / "pages" / "aktobe.html")
    assert draft.title == "Suicide bombing kills three in Aktobe"
    assert draft.site_name == "Steppe Herald"
    assert draft.author == "Dana Seitkali"
    assert draft.published_at == datetime(2016, 6, 6)
    assert "explosive belt" in draft.text
    # Navigation and footer boilerplate are not article text.
    assert "All rights reserved" not in draft.text
    assert "Sport" not in draft.text


def test_url_is_kept_when_given() -> None:
    html = (FIXTURES / "pages" / "almaty.html").read_text(encoding="utf-8")
    draft = draft_from_html(html, "https://tienshan.example/a", url="https://tienshan.example/a")
    assert draft.url == "https://tienshan.example/a"
    assert draft.origin == "https://tienshan.example/a"


def test_text_without_tags_is_refused() -> None:
    with pytest.raises(InputError, match=r"x\.html: does not look like HTML"):
        draft_from_html("just words", "x.html")


def test_page_without_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.html: no article text"):
        read_page(path)


def test_reading_the_same_page_twice_gives_the_same_text() -> None:
    path = FIXTURES / "pages" / "almaty.html"
    first = read_page(path)[0].text
    for _ in range(3):
        assert read_page(path)[0].text == first
