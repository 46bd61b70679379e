"""Tests for .txt/.md notes: front matter, first-lines metadata, encodings and junk."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from assay.collect.notes import read_note
from assay.errors import InputError

BODY = "Police in Aktobe detained four men on Monday.\n\nThey are accused of planning an attack."


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_yaml_front_matter(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "a.md",
        "---\ntitle: Four detained in Aktobe\noutlet: BBC\n"
        "url: https://www.bbc.co.uk/news/x\npublished: 2016-06-07\nauthor: A. Reporter\n"
        "region: west\n---\n" + BODY,
    )
    [draft] = read_note(path)
    assert draft.title == "Four detained in Aktobe"
    assert draft.outlet == "BBC"
    assert draft.url == "https://www.bbc.co.uk/news/x"
    assert draft.published_at == datetime(2016, 6, 7)
    assert draft.author == "A. Reporter"
    assert draft.text.strip() == BODY
    assert draft.fields == {"region": "west"}
    assert draft.origin == str(path)


def test_first_lines_metadata(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.txt", "Title: Four detained\nSource: Reuters\nDate: 7 June 2016\n\n" + BODY)
    [draft] = read_note(path)
    assert (draft.title, draft.outlet, draft.published_at) == (
        "Four detained",
        "Reuters",
        datetime(2016, 6, 7),
    )
    assert draft.text.strip() == BODY


def test_no_metadata_takes_first_line_as_title(tmp_path: Path) -> None:
    [draft] = read_note(_write(tmp_path, "c.md", "# Detentions in Aktobe\n\n" + BODY))
    assert draft.title == "Detentions in Aktobe"
    assert draft.outlet is None and draft.published_at is None
    assert draft.text.startswith("# Detentions in Aktobe")


def test_colon_line_that_is_not_metadata_stays_text(tmp_path: Path) -> None:
    [draft] = read_note(_write(tmp_path, "d.txt", "Warning: the following is unconfirmed.\n" + BODY))
    assert draft.text.startswith("Warning: the following")


def test_bad_yaml_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.md", "---\ntitle: [unclosed\n---\n" + BODY)
    with pytest.raises(InputError, match=r"bad\.md: front matter is not valid YAML"):
        read_note(path)


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "junk.txt", bytes(range(256)) * 8)
    with pytest.raises(InputError, match=r"junk\.txt: binary data"):
        read_note(path)


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = _write(tmp_path, "u16.txt", "Title: Ақтөбе attack\n\n".encode("utf-16") + BODY.encode("utf-16-le"))
    [draft] = read_note(path)
    assert draft.title == "Ақтөбе attack"
    assert "Police in Aktobe" in draft.text


def test_cp1252_is_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "win.txt",
        "Officials said the attack was \u201cunprecedented\u201d \u2013 caf\u00e9.".encode("cp1252"),
    )
    [draft] = read_note(path)
    assert draft.text == "Officials said the attack was \u201cunprecedented\u201d \u2013 caf\u00e9."


def test_metadata_without_body_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no text after the metadata"):
        read_note(_write(tmp_path, "empty.md", "---\ntitle: x\n---\n\n"))


def test_windows_line_endings_front_matter(tmp_path: Path) -> None:
    text = "---\r\ntitle: Four detained\r\noutlet: BBC\r\n---\r\n" + BODY.replace("\n", "\r\n")
    [draft] = read_note(_write(tmp_path, "crlf.md", text.encode("utf-8")))
    assert (draft.title, draft.outlet) == ("Four detained", "BBC")
    assert "---" not in draft.text
