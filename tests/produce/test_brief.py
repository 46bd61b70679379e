"""The brief model: structure, estimative wording, citations resolved both ways, determinism."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from tests.produce.conftest import NOW

from assay.model import Brief
from assay.produce import build_brief
from assay.produce.phrasing import has_estimative_term, has_hedge


@pytest.fixture(scope="module")
def brief(config, assessment, documents, mentions) -> Brief:
    return build_brief(config, assessment, documents, mentions, now=NOW)


def _sentences(brief: Brief):
    for section in brief.sections:
        for paragraph in section.paragraphs:
            yield from paragraph.sentences


def test_title_states_the_bottom_line_owned_and_with_its_band(brief: Brief) -> None:
    assert brief.title == (
        "We judge it likely (55–80%) that support for ISIS is not rising across Central "
        "Asia through 31 December 2017"
    )
    assert brief.question == "How popular is ISIS in Central Asia?"
    assert (brief.desk, brief.author, brief.banner, brief.cutoff) == (
        "Central Asia desk",
        "assay tests",
        "",
        "30 August 2016",
    )


def test_each_key_judgment_prints_band_then_confidence_in_a_separate_sentence(brief: Brief) -> None:
    roles = [(s.group, s.role) for s in brief.key_judgments]
    assert roles == [("J1", "judgment"), ("J1", "confidence"), ("J2", "judgment"), ("J2", "confidence")]
    first, confidence, second, _ = brief.key_judgments
    assert "it likely (55–80%) that support for ISIS is not rising" in first.text
    assert (
        "very likely (80–95%) that attacks in Kazakhstan will remain rare events through 31 December 2017"
        in second.text
    )
    assert confidence.text.startswith(
        "We have moderate confidence in this judgment because independent origins"
    )
    for sentence in brief.key_judgments:
        if sentence.role == "confidence":
            assert not has_estimative_term(sentence.text)
        else:
            assert "confidence" not in sentence.text
        assert not has_hedge(sentence.text)


def test_body_uses_no_likelihood_words_and_no_hedges(brief: Brief) -> None:
    for sentence in _sentences(brief):
        assert not has_estimative_term(sentence.text), sentence.text
        assert not has_hedge(sentence.text), sentence.text
        assert not re.search(r"\bit (?:is|can be) (?:assessed|believed|stated)", sentence.text, re.I)


def test_sections_are_in_order(brief: Brief) -> None:
    assert [s.title for s in brief.sections] == [
        "Scope",
        "Discussion",
        "Alternative explanations",
        "Outlook and indicators",
        "Assumptions and gaps",
        "Source summary statement",
    ]
    assert [f"{f.number} {f.key}" for f in brief.figures] == ["1 timeline", "2 rates", "3 map"]
    assert [t.key for t in brief.appendices] == ["events", "ach", "grades"]


def test_discussion_is_chronological_and_states_the_conflicting_counts(brief: Brief) -> None:
    discussion = next(s for s in brief.sections if s.key == "discussion")
    openings = [p.sentences[0].text for p in discussion.paragraphs[:6]]
    assert [o.split(",")[0] for o in openings] == [
        "On 2 March 2015",
        "On 5 June 2016",
        "On 10 June 2016",
        "On 18 July 2016",
        "On 30 August 2016",
        "At an unreported date",
    ]
    conflict = next(s for s in _sentences(brief) if dict(s.tags).get("conflict") == "killed")
    # Outlets giving one value are listed best-graded first (EurasiaNet B before Kazinform C).
    assert conflict.text == (
        "Sources conflict on the number killed: EurasiaNet and Kazinform give 7; BBC "
        "gives at least 8 (Lillis 2016; Kazinform 2016a; BBC 2016)."
    )
    trend = " ".join(s.text for s in _sentences(brief) if s.group == "attacks")
    assert "0 events in the baseline window (1 January 2015 to 31 December 2015) and 3 in the recent" in trend
    assert "3.4 times the baseline rate (credible interval 0.9 to 15.2)" in trend


def test_every_citation_resolves_and_every_reference_is_cited(brief: Brief) -> None:
    keys = {r.key for r in brief.references}
    cited: set[str] = set()
    for sentence in [*brief.key_judgments, *_sentences(brief)]:
        for citation in sentence.citations:
            assert citation.key in keys
            cited.add(citation.key)
    for table in brief.appendices:
        for row in table.rows:
            for cell in row:
                inner = re.fullmatch(r"\((.+)\)", cell)
                if inner and table.key == "events":
                    cited.update(inner.group(1).split("; "))
    assert cited == keys
    assert {
        "Kazinform 2016a",
        "Kazinform 2016b",
        "Kazinform 2016c",
        "Anon. n.d.",
        "Tengrinews 2016",
        "Lillis 2016",
        "BBC 2016",
    } <= keys


def test_source_summary_gives_state_and_unattributed_shares(brief: Brief) -> None:
    text = " ".join(
        s.text for s in next(x for x in brief.sections if x.key == "sources").paragraphs[2].sentences
    )
    assert "supplied 4 of the 9 documents (44%)" in text
    assert "supplied 1 of the 9 documents (11%)" in text


def test_same_inputs_give_the_same_brief(config, assessment, documents, mentions, brief: Brief) -> None:
    again = build_brief(config, assessment, documents, mentions, now=NOW)
    assert again == brief


def test_judgment_words_follow_the_number_not_the_stored_term(
    config, assessment, documents, mentions
) -> None:
    wrong = replace(assessment.judgments[0], term="almost certain", band=(95, 99), probability=0.5)
    changed = replace(assessment, judgments=(wrong, *assessment.judgments[1:]))
    text = build_brief(config, changed, documents, mentions, now=NOW).key_judgments[0].text
    assert "there is a roughly even chance (45–55%) that support for ISIS" in text
