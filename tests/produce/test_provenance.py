"""Walk provenance.json: every number and date in every sentence occurs (normalised) in a cited span."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.produce.conftest import NOW

from assay.produce import build_brief, render_brief

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}
VALUE = re.compile(
    r"\d{1,3}–\d{1,3}%|\d{1,2} (?:"
    + "|".join(MONTHS)
    + r") \d{4}|(?<![\w.])\d(?:[\d,]*\d)?(?:\.\d+)?%?(?!\w)|"
    r"\b(?:" + "|".join(WORDS) + r")\b",
    re.IGNORECASE,
)


def _normal_numbers(text: str) -> set[float]:
    found = {float(m.replace(",", "")) for m in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", text)}
    return found | {float(WORDS[w.lower()]) for w in re.findall(r"[A-Za-z]+", text) if w.lower() in WORDS}


def _occurs(value: str, text: str) -> bool:
    date = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", value)
    if date:
        day, month = date.group(1), date.group(2)
        return bool(re.search(rf"\b{day} {month}\b|\b{month} {day}\b", text, re.IGNORECASE))
    if value.lower() in WORDS:
        return float(WORDS[value.lower()]) in _normal_numbers(text)
    return float(value.rstrip("%").replace(",", "")) in _normal_numbers(text)


@pytest.fixture(scope="module")
def sidecar(config, assessment, documents, mentions, tmp_path_factory) -> dict:
    brief = build_brief(config, assessment, documents, mentions, now=NOW)
    out = tmp_path_factory.mktemp("prov")
    path = render_brief(brief, out, formats=("md",))["provenance"]
    return json.loads(Path(path).read_text(encoding="utf-8"))


def test_every_value_in_every_sentence_is_supported(sidecar: dict, documents) -> None:
    checked_spans = 0
    for sentence in sidecar["sentences"]:
        text = sentence["text"]
        if sentence["citations"]:
            cite = " (" + "; ".join(c["key"] for c in sentence["citations"]) + ")."
            assert text.endswith(cite), text
            text = text[: -len(cite)]
        values = VALUE.findall(text)
        supports = sentence["supports"]
        assert sorted(values) == sorted(s["value"] for s in supports), sentence["id"]
        cited = {c["document_id"] for c in sentence["citations"]}
        for support in supports:
            if support["kind"] != "span":
                assert support["inputs"], (sentence["id"], support)
                continue
            assert support["document_id"] in cited, (sentence["id"], support)
            source = documents[support["document_id"]].text
            assert source[support["start"] : support["end"]] == support["text"]
            assert _occurs(support["value"], support["text"]), (sentence["id"], support)
            checked_spans += 1
    assert checked_spans >= 10


def test_hand_checked_supports(sidecar: dict) -> None:
    by_text = {s["text"]: s for s in sidecar["sentences"]}
    conflict = next(s for t, s in by_text.items() if t.startswith("Reports differ on the death toll"))
    # Counts print in words under ten; each word is traced to the span that states it ("8" ↔ "eight").
    assert [(s["value"], s["document_id"], s["text"]) for s in conflict["supports"]] == [
        ("seven", 5, "seven"),
        ("eight", 4, "At least 8"),
    ]
    aktobe = next(s for t, s in by_text.items() if t.startswith("On 5 June 2016, gunmen"))
    assert aktobe["supports"][0]["value"] == "5 June 2016"
    assert aktobe["supports"][0]["text"] in ("June 5", "Sunday, 5 June", "5 June")
    judgment = sidecar["sentences"][0]
    assert judgment["supports"][0]["value"] == "55–80%" and judgment["supports"][0]["kind"] == "standard"
    assert judgment["supports"][1] == {
        "value": "31 December 2017",
        "kind": "judgment",
        "document_id": 0,
        "start": 0,
        "end": 0,
        "text": "",
        "inputs": ["judgment J1 statement and time frame"],
    }
