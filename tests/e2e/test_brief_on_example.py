"""The example brief: every format written, audits clean, and every traced number is in its source span."""

from __future__ import annotations

import json
import re

from tests.e2e.conftest import ChainRun

from assay.audit import audit_file


def test_all_formats_and_sidecar_written(chain: ChainRun) -> None:
    for kind in ("md", "html", "pdf", "docx"):
        assert chain.paths[kind].is_file() and chain.paths[kind].stat().st_size > 1000
    assert (chain.out / "brief" / "provenance.json").is_file()


def test_produced_brief_audits_with_no_errors_or_warnings(chain: ChainRun) -> None:
    for kind in ("md", "html", "docx", "pdf"):
        report = audit_file(
            chain.paths[kind],
            standard=chain.case.config.case.standard,
            documents=chain.case.documents(),
            outlets=chain.case.outlets,
            settings=chain.case.config.audit,
        )
        serious = [
            f"{f.rule} {f.severity}: {f.message} [{f.quote}]"
            for f in report.findings
            if f.severity in ("error", "warning")
        ]
        assert serious == [], f"{kind}: {serious}"


NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "twenty": 20,
}
MONTHS = (
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
)


def _numbers(text: str) -> set[int]:
    found = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text)}
    found |= {NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in NUMBER_WORDS}
    return found


def test_every_supported_number_occurs_in_its_span(chain: ChainRun) -> None:
    documents = {d.id: d for d in chain.case.documents()}
    sidecar = json.loads((chain.out / "brief" / "provenance.json").read_text(encoding="utf-8"))
    checked = 0
    for sentence in sidecar["sentences"]:
        cited = {c["document_id"] for c in sentence["citations"]}
        for support in sentence.get("supports", []):
            if support["kind"] != "span":
                continue
            assert support["document_id"] in cited, f"{sentence['id']} rests on an uncited document"
            document = documents[support["document_id"]]
            span = document.text[support["start"] : support["end"]]
            assert span == support["text"], "a support's text must be the document's own text"
            value = support["value"].lower()
            # Years may come from the report's own date; days, months and counts must be in the span.
            wanted = {n for n in _numbers(value) if not 1900 <= n <= 2100}
            assert wanted <= _numbers(span), (sentence["id"], value, span)
            assert all(m in span.lower() for m in MONTHS if m in value), (sentence["id"], value, span)
            checked += 1
    assert checked >= 20


def test_title_states_a_judgment_not_a_topic(chain: ChainRun) -> None:
    assert re.search(r"\b(is|are|has|have|remain|remains|likely|unlikely)\b", chain.brief.title)
