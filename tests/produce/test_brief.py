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
    # The ISO time frame is written out, once.
    assert second.text == (
        "We judge it very likely (80–95%) that attacks in Kazakhstan will remain rare events between "
        "1 January and 31 December 2017."
    )
    # Strongest reasons first, in prose, counts under ten in words; the score line and neutral
    # reasons are not printed.
    assert confidence.text.startswith(
        "We have moderate confidence in this judgment: three of four events rest on an origin graded A or "
        "B and the typical event rests on two independent origins of reporting, but four of nine documents "
        "come from "
        "state-owned or state-affiliated outlets ("
    )
    low = brief.key_judgments[3].text
    assert low.startswith(
        "We have low confidence in this judgment: only two events bear on it and one of two events "
        "carries conflicting counts, although two of two events rest on an origin graded A or B"
    )
    assert "score" not in confidence.text + low and "·" not in confidence.text
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


def test_discussion_groups_events_by_country_and_year_in_date_order(brief: Brief) -> None:
    discussion = next(s for s in brief.sections if s.key == "discussion")
    leads = [p.sentences[0].text.split(" (")[0] for p in discussion.paragraphs[:3]]
    assert leads == [
        "The 2015 reporting on Kyrgyzstan concerns law enforcement",
        "The 2016 reporting on Kazakhstan concerns armed violence and law enforcement",
        "The 2016 reporting on Kyrgyzstan concerns armed violence",
    ]
    dated = [s.text.split(",")[0] for s in _sentences(brief) if s.text.startswith("On ")]
    assert dated == [
        "On 2 March 2015",
        "On 5 June 2016",
        "On 10 June 2016",
        "On 18 July 2016",
        "On 30 August 2016",
    ]
    text = " ".join(s.text for p in discussion.paragraphs for s in p.sentences)
    # The undated leaflet stays in the event table, out of the chronology.
    assert "Shymkent" not in text and "unreported date" not in text
    assert "According to Kazinform, nine people were arrested (Kazinform 2016b)." in text
    assert "gunmen carried out an armed attack in Almaty, Kazakhstan" in text
    conflict = next(s for s in _sentences(brief) if dict(s.tags).get("conflict") == "killed")
    # Outlets giving one value are listed best-graded first (EurasiaNet B before Kazinform C).
    assert conflict.text == (
        "Reports differ on the death toll: EurasiaNet and Kazinform give seven; BBC "
        "gives at least eight (Lillis 2016; Kazinform 2016a; BBC 2016)."
    )


def test_trends_are_one_paragraph_counting_only_the_case_period(brief: Brief) -> None:
    discussion = next(s for s in brief.sections if s.key == "discussion")
    trend = " ".join(s.text for s in discussion.paragraphs[-1].sentences)
    # The undated event is outside the period count: one dated event in 2015, four in 2016.
    assert trend.startswith(
        "Within the case period the collected reporting yields one event in 2015 and four in 2016"
    )
    assert "measuring each rate per day of calendar time" in trend
    assert (
        "Attacks went from zero in the baseline to three in the recent window, a rate ratio of 3.40 "
        "(90% credible interval 0.90–15.20; 93% of the posterior on an increase)"
    ) in trend
    assert sum(1 for p in discussion.paragraphs if "rate ratio" in " ".join(s.text for s in p.sentences)) == 1


def test_references_hold_exactly_the_works_cited_in_prose(brief: Brief) -> None:
    keys = {r.key for r in brief.references}
    cited: set[str] = set()
    for sentence in [*brief.key_judgments, *_sentences(brief)]:
        for citation in sentence.citations:
            assert citation.key in keys
            cited.add(citation.key)
    assert cited == keys
    # The event table names each event's reporting by the same keys, or by outlet and date when
    # the work is not in the reference list.
    events = next(t for t in brief.appendices if t.key == "events")
    for row in events.rows:
        for item in row[-1].split("; "):
            assert item in keys or re.fullmatch(r".+, (\d{1,2} \w+ \d{4}|undated)", item), item
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
    # Counts under ten in words, the share in brackets in digits.
    assert "supplied four of the nine documents (44%)" in text
    assert "supplied one of the nine documents (11%)" in text


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
