"""Reasoning rules R1–R6, each with a brief that breaks it and one that does not."""

from __future__ import annotations

from tests.audit.conftest import AuditText, kj_brief

KJ = (
    "We assess that attacks are likely (55–80%) to continue through 31 December 2017. "
    "We have moderate confidence in this judgment because two outlets agree."
)


def test_r1_r2_r3_missing_alternatives_assumptions_indicators(audit_text: AuditText) -> None:
    bare = kj_brief(KJ)
    assert [f.rule for f in audit_text(bare, None) if f.rule in {"R1", "R2", "R3"}] == ["R1", "R2", "R3"]
    full = kj_brief(
        KJ,
        body="An alternative explanation is local grievance. We assume official figures are "
        "complete. Indicators: new raids.",
    )
    assert [f.rule for f in audit_text(full, None) if f.rule in {"R1", "R2", "R3"}] == []


REGION_BODY = (
    "Kazakh police arrested 49 people (BBC 2016). Gunmen attacked Aktobe in Kazakhstan (BBC 2016). "
    "Kazakhstan reported 79 convictions (BBC 2016)."
)


def test_r4_region_question_answered_from_one_country(audit_text: AuditText) -> None:
    brief = "Question: Will militancy in Central Asia rise in 2017?\n\n" + kj_brief(KJ, body=REGION_BODY)
    findings = audit_text(brief, "R4")
    assert len(findings) == 1 and "Kazakhstan" in findings[0].message


def test_r4_passes_when_evidence_spans_the_region(audit_text: AuditText) -> None:
    body = REGION_BODY + " Kyrgyz police detained 9 men in Osh (BBC 2016)."
    brief = "Question: Will militancy in Central Asia rise in 2017?\n\n" + kj_brief(KJ, body=body)
    assert audit_text(brief, "R4") == []


def test_r5_how_much_answered_with_a_direction(audit_text: AuditText) -> None:
    growing = (
        "We assess that support for ISIS is likely (55–80%) growing. We have low confidence in this "
        "judgment because data are thin."
    )
    brief = "Question: How popular is ISIS in Kazakhstan?\n\n" + kj_brief(growing)
    assert len(audit_text(brief, "R5")) == 1
    level = growing.replace("growing", "confined to a small minority but growing")
    assert audit_text("Question: How popular is ISIS in Kazakhstan?\n\n" + kj_brief(level), "R5") == []


def test_r6_attitude_claim_backed_only_by_arrests(audit_text: AuditText) -> None:
    kj = (
        "We assess that support for ISIS is likely (55–80%) growing through 2017. We have low confidence in "
        "this judgment because data are thin."
    )
    assert len(audit_text(kj_brief(kj, body="Police arrested 49 people (BBC 2016)."), "R6")) == 1
    polled = "Police arrested 49 people (BBC 2016). A 2016 survey found 2% approval of ISIS (BBC 2016)."
    assert audit_text(kj_brief(kj, body=polled), "R6") == []
