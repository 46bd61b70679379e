"""Tests for .json and .jsonl record input."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from assay.collect.draft import Draft
from assay.collect.records import read_records
from assay.errors import InputError

RECORD = {
    "title": "Four detained",
    "url": "https://www.reuters.com/a",
    "outlet": "Reuters",
    "published": "2016-06-07T10:00:00Z",
    "author": "A. Reporter",
    "language": "en",
    "text": "Police in Aktobe detained four men.",
    "tags": ["arrest"],
}


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps([RECORD, {**RECORD, "text": "Second text.", "title": "Two"}]), encoding="utf-8"
    )
    drafts = read_records(path)
    assert [d.title for d in drafts if isinstance(d, Draft)] == ["Four detained", "Two"]
    first = drafts[0]
    assert isinstance(first, Draft)
    assert first.published_at == datetime(2016, 6, 7, 10, 0)
    assert (first.outlet, first.author, first.url) == ("Reuters", "A. Reporter", "https://www.reuters.com/a")
    assert first.fields == {"tags": ["arrest"]}
    assert first.origin == f"{path}[0]"


def test_single_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(RECORD), encoding="utf-8")
    assert len(read_records(path)) == 1


def test_jsonl_bad_line_kept_as_error_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    lines = [json.dumps({**RECORD, "text": f"Text {n}."}) for n in range(3)]
    lines.insert(1, "{not json")
    lines.insert(3, json.dumps({"title": "no text"}))
    lines.insert(4, "")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = read_records(path)
    drafts = [d for d in out if isinstance(d, Draft)]
    errors = [e for e in out if isinstance(e, InputError)]
    assert [d.text for d in drafts] == ["Text 0.", "Text 1.", "Text 2."]
    assert [str(e).split(": ", 1)[0] for e in errors] == [f"{path}:2", f"{path}:4"]
    assert "not valid JSON" in str(errors[0])
    assert "no 'text' string" in str(errors[1])


def test_non_object_item_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps([RECORD, 42]), encoding="utf-8")
    out = read_records(path)
    assert isinstance(out[0], Draft)
    assert isinstance(out[1], InputError) and "got int" in str(out[1])


def test_broken_json_file_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[{"text": "a"', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: not valid JSON"):
        read_records(path)


def test_non_string_metadata_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    path.write_text(
        json.dumps({"text": "Body.", "outlet": 17, "url": 3, "author": ["x"], "published": 2016}),
        encoding="utf-8",
    )
    [draft] = read_records(path)
    assert isinstance(draft, Draft)
    assert (draft.outlet, draft.url, draft.author) == ("17", "3", "x")
