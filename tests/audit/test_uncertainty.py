"""Uncertainty rules U1–U11, each with a brief that breaks it and one that does not."""

from __future__ import annotations

from tests.audit.conftest import AuditText, kj_brief

SEPARATE = (
    "We assess that attacks in Aktobe are likely (55–80%) to continue through 31 December 2017. "
    "We have moderate confidence in this judgment because two independent outlets agree."
)


def test_central_rule_flags_confidence_and_likelihood_in_one_sentence(audit_text: AuditText) -> None:
    findings = audit_text(kj_brief("We assess with high confidence that X is likely."), "U3")
    assert len(findings) == 1
    assert findings[0].severity == "error"
    assert findings[0].quote == "We assess with high confidence that X is likely."
    assert "own sentence" in findings[0].suggestion


def test_central_rule_passes_likelihood_and_confidence_in_separate_sentences(audit_text: AuditText) -> None:
    brief = kj_brief(
        "X is likely (55–80%). We have moderate confidence in this judgment because two "
        "independent outlets agree."
    )
    assert audit_text(brief, "U3") == []
    assert audit_text(brief, "U4") == []
    assert audit_text(brief, "U5") == []


def test_u1_off_scale_term_suggests_nearest_icd203_term(audit_text: AuditText) -> None:
    findings = audit_text(kj_brief("We judge it highly likely that attacks continue through 2017."), "U1")
    assert [f.quote for f in findings] == ["highly likely"]
    assert "very likely (80–95%)" in findings[0].suggestion


def test_u1_passes_the_same_term_on_the_phia_scale(audit_text: AuditText) -> None:
    brief = kj_brief("We judge it highly likely (80–90%) that attacks continue through 2017.")
    assert audit_text(brief, "U1", standard="phia") == []
    assert audit_text(kj_brief(SEPARATE), "U1") == []


def test_u2_mixed_rows_without_disclaimer(audit_text: AuditText) -> None:
    brief = kj_brief("A is likely (55–80%) by 2017.", "B is improbable (20–45%) by 2017.")
    assert len(audit_text(brief, "U2")) == 1


def test_u2_mixed_rows_with_disclaimer_pass(audit_text: AuditText) -> None:
    brief = kj_brief(
        "A is likely (55–80%) by 2017.",
        "B is improbable (20–45%) by 2017.",
        body="We use the two rows of ICD 203 estimative terms interchangeably.",
    )
    assert audit_text(brief, "U2") == []


def test_u4_confidence_standing_in_for_likelihood(audit_text: AuditText) -> None:
    assert len(audit_text(kj_brief("We assess with high confidence that ISIS cells are active."), "U4")) == 1
    assert audit_text(kj_brief(SEPARATE), "U4") == []


def test_u4_keys_on_a_judgment_made_with_confidence_not_on_a_that_in_its_reason(
    audit_text: AuditText,
) -> None:
    made = kj_brief("With high confidence, we assess that ISIS cells are active in Aktobe.")
    assert len(audit_text(made, "U4")) == 1
    reason = kj_brief(
        "We judge it likely (55–80%) that arrests continue through 31 December 2017. We have moderate "
        "confidence in this judgment: it rests on 51 events, but the judgment assumes that the rate persists."
    )
    assert audit_text(reason, "U4") == []


def test_u5_likelihood_without_confidence(audit_text: AuditText) -> None:
    assert len(audit_text(kj_brief("Attacks are likely (55–80%) to continue through 2017."), "U5")) == 1
    assert audit_text(kj_brief(SEPARATE), "U5") == []


def test_u5_blanket_confidence_statement_covers_all_judgments(audit_text: AuditText) -> None:
    brief = kj_brief(
        "A is likely (55–80%) by 2017.",
        "B is unlikely (20–45%) by 2017.",
        "We have low confidence in these judgments because reporting is thin.",
    )
    assert audit_text(brief, "U5") == []


def test_u6_likelihood_words_on_evidence_quality(audit_text: AuditText) -> None:
    brief = kj_brief(SEPARATE, body="The video is likely conclusive. The site is probably reliable.")
    assert [f.quote for f in audit_text(brief, "U6")] == ["likely conclusive", "probably reliable"]
    assert audit_text(kj_brief(SEPARATE, body="The site is usually reliable (B2)."), "U6") == []


def test_u7_hedges_in_key_judgments_but_not_the_month_may(audit_text: AuditText) -> None:
    assert [f.quote for f in audit_text(kj_brief("Attacks could spread to Almaty."), "U7")] == ["could"]
    brief = kj_brief(
        "Attacks that began in May 2016 are likely (55–80%) to continue through 2017. "
        "We have low confidence in this judgment because reporting is thin."
    )
    assert audit_text(brief, "U7") == []


def test_u8_band_contradicting_term(audit_text: AuditText) -> None:
    findings = audit_text(kj_brief("Attacks are likely (80–95%) to continue through 2017."), "U8")
    assert len(findings) == 1
    assert "55–80%" in findings[0].suggestion and "very likely (80–95%)" in findings[0].suggestion
    assert audit_text(kj_brief(SEPARATE), "U8") == []


def test_u9_title_and_key_judgment_stated_as_fact(audit_text: AuditText) -> None:
    brief = kj_brief("ISIS recruitment in prisons has doubled.", title="ISIS is winning recruits in prisons")
    quotes = [f.quote for f in audit_text(brief, "U9")]
    assert quotes == ["ISIS is winning recruits in prisons", "ISIS recruitment in prisons has doubled."]


def test_u9_topic_title_and_qualified_judgment_pass(audit_text: AuditText) -> None:
    assert audit_text(kj_brief(SEPARATE, title="Aktobe: outlook for 2017"), "U9") == []


def test_u10_impersonal_judgment(audit_text: AuditText) -> None:
    brief = kj_brief(SEPARATE, body="It can be stated that the group is weakened (BBC 2016).")
    assert [f.quote for f in audit_text(brief, "U10")] == ["It can be stated that"]
    assert audit_text(kj_brief(SEPARATE, body="We assess that the group is weakened."), "U10") == []


def test_u11_forecast_without_absolute_time_frame(audit_text: AuditText) -> None:
    brief = kj_brief("Attacks are likely (55–80%) to continue in the coming months (BBC 2016).")
    assert len(audit_text(brief, "U11")) == 1, "a citation's year is not a time frame"
    assert audit_text(kj_brief(SEPARATE), "U11") == []
