"""Tests for RSS/Atom feed parsing."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.conftest import FIXTURES

from assay.collect.feeds import looks_like_feed, parse_feed
from assay.errors import InputError

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <entry>
    <title>Arrests in Shymkent</title>
    <link href="https://example.org/shymkent"/>
    <updated>2016-07-01T08:00:00Z</updated>
    <author><name>Desk</name></author>
    <content type="html">&lt;p&gt;Police in &lt;b&gt;Shymkent&lt;/b&gt; arrested two men
      &amp;amp; seized weapons.&lt;/p&gt;</content>
  </entry>
</feed>"""


def test_rss_entries_with_links_and_summaries() -> None:
    content = (FIXTURES / "feed.xml").read_text(encoding="utf-8").replace("{base}", "https://wire.example")
    entries = parse_feed(content.encode("utf-8"), "feed.xml")
    assert [e.link for e in entries] == [
        "https://wire.example/pages/aktobe.html",
        "https://wire.example/pages/almaty.html",
        "https://wire.example/missing/osh.html",
    ]
    first = entries[0].summary
    assert first.title == "Suicide bombing kills three in Aktobe"
    assert first.text.startswith("A suicide bombing outside a police checkpoint in Aktobe")
    assert first.published_at == datetime(2016, 6, 6, 9, 30)
    assert first.site_name == "Central Asia Wire"
    assert first.kind == "feed-summary"
    assert first.origin == "feed.xml#1"


def test_atom_content_is_stripped_of_tags() -> None:
    assert looks_like_feed(ATOM)
    [entry] = parse_feed(ATOM, "atom.xml")
    assert entry.link == "https://example.org/shymkent"
    assert " ".join(entry.summary.text.split()) == "Police in Shymkent arrested two men & seized weapons."
    assert "<" not in entry.summary.text
    assert entry.summary.author == "Desk"


def test_looks_like_feed_rejects_html() -> None:
    assert not looks_like_feed(b"<!doctype html><html><body>feed me</body></html>")


def test_not_a_feed_is_one_error() -> None:
    with pytest.raises(InputError, match=r"junk\.xml: not a readable RSS/Atom feed"):
        parse_feed(b"this is not xml at all <<<", "junk.xml")
