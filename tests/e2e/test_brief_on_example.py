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


def test_every_supported_number_occurs_in_its_span(chain: ChainRun) -> None:
    documents = {d.id: d for d in chain.case.documents()}
    sidecar = json.loads((chain.out / "brief" / "provenance.json").read_text(encoding="utf-8"))
    checked = 0
    for sentence in sidecar["sentences"]:
        for support in sentence.get("supports", []):
            if support.get("kind") == "derived":
                continue
            document = documents[support["document_id"]]
            span = document.text[support["start"] : support["end"]]
            assert span == support["text"], "span text must be the document's own text"
            checked += 1
    assert checked > 20


def test_title_states_a_judgment_not_a_topic(chain: ChainRun) -> None:
    assert re.search(r"\b(is|are|has|have|remain|remains|likely|unlikely)\b", chain.brief.title)
