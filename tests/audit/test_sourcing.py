"""Sourcing rules S1–S9, each with a brief that breaks it and one that does not."""

from __future__ import annotations

from tests.audit.conftest import AuditText, kj_brief

KJ = (
    "We assess that attacks are likely (55–80%) to continue through 31 December 2017. "
    "We have moderate confidence in this judgment because two outlets agree."
)
BBC = (
    "BBC (2016) 'Gunmen attack Aktobe', BBC News, 5 June 2016. https://www.bbc.com/news/1 "
    "(accessed 1 December 2016)."
)
REUTERS = (
    "Reuters (2016) 'Gunman kills police in Almaty', Reuters, 18 July 2016. https://www.reuters.com/a/2 "
    "(accessed 1 December 2016)."
)


def test_s1_uncited_reference(audit_text: AuditText) -> None:
    brief = kj_brief(
        KJ, body="Gunmen attacked Aktobe on 5 June 2016 (BBC 2016).", references=f"{BBC}\n{REUTERS}"
    )
    assert [f.quote[:7] for f in audit_text(brief, "S1")] == ["Reuters"]
    cited = kj_brief(
        KJ, body="Gunmen attacked (BBC 2016). A gunman struck (Reuters 2016).", references=f"{BBC}\n{REUTERS}"
    )
    assert audit_text(cited, "S1") == []


def test_s2_citation_without_reference_in_author_date_and_numeric_styles(audit_text: AuditText) -> None:
    brief = kj_brief(
        KJ, body="Gunmen attacked (BBC 2016; Tass 2016). A gunman struck [2].", references=f"[1] {BBC}"
    )
    assert [f.quote for f in audit_text(brief, "S2")] == ["BBC 2016", "Tass 2016", "[2]"]
    assert audit_text(kj_brief(KJ, body="Gunmen attacked (BBC 2016).", references=BBC), "S2") == []


def test_s3_suffix_on_an_only_work_and_out_of_date_order(audit_text: AuditText) -> None:
    refs = (
        "BBC (2016b) 'A', BBC News, 1 May 2016. https://b.c/1 (accessed 1 June 2016).\n"
        "Kazinform (2016a) 'B', Kazinform, 20 June 2016. https://k.z/1 (accessed 1 July 2016).\n"
        "Kazinform (2016b) 'C', Kazinform, 5 June 2016. https://k.z/2 (accessed 1 July 2016)."
    )
    brief = kj_brief(KJ, body="X (BBC 2016b; Kazinform 2016a; Kazinform 2016b).", references=refs)
    findings = audit_text(brief, "S3")
    assert len(findings) == 2
    assert "only 2016 work" in findings[0].message
    assert "earlier than" in findings[1].message


def test_s3_suffixes_in_date_order_pass(audit_text: AuditText) -> None:
    refs = (
        "Kazinform (2016a) 'B', Kazinform, 5 June 2016. https://k.z/1 (accessed 1 July 2016).\n"
        "Kazinform (2016b) 'C', Kazinform, 20 June 2016. https://k.z/2 (accessed 1 July 2016)."
    )
    assert audit_text(kj_brief(KJ, body="X (Kazinform 2016a; Kazinform 2016b).", references=refs), "S3") == []


def test_s4_and_s5_anonymous_sources(audit_text: AuditText) -> None:
    refs = (
        "Anon. (2016a) 'A', forum post, 1 May 2016. https://f.kz/1 (accessed 1 June 2016).\n"
        "Anon. (2016b) 'B', forum post, 2 May 2016. https://f.kz/2 (accessed 1 June 2016).\n" + BBC
    )
    kj = (
        "Recruiters are likely (55–80%) active through 31 December 2017 (Anon. 2016a; Anon. 2016b). "
        "We have low confidence in this judgment because the accounts cannot be checked."
    )
    brief = kj_brief(
        kj, body="A post said so (Anon. 2016a). Another agreed (Anon. 2016b). X (BBC 2016).", references=refs
    )
    assert "2 of 3 references (67%)" in audit_text(brief, "S4")[0].message
    assert [f.quote for f in audit_text(brief, "S5")] == ["(Anon. 2016a; Anon. 2016b)"] or audit_text(
        brief, "S5"
    )[0].quote.startswith("Anon.")


def test_s4_s5_pass_with_attributed_sources(audit_text: AuditText) -> None:
    brief = kj_brief(KJ, body="X (BBC 2016). Y (Reuters 2016).", references=f"{BBC}\n{REUTERS}")
    assert audit_text(brief, "S4") == [] and audit_text(brief, "S5") == []


def test_s6_high_confidence_on_one_origin(audit_text: AuditText) -> None:
    kj = (
        "The threat level is very likely (80–95%) to stay through 30 June 2017 (BBC 2016). "
        "We have high confidence in this judgment because the decree is public."
    )
    assert len(audit_text(kj_brief(kj, body="X (BBC 2016).", references=BBC), "S6")) == 1
    two = kj.replace("(BBC 2016)", "(BBC 2016; Reuters 2016)")
    assert audit_text(kj_brief(two, body="X (BBC 2016).", references=f"{BBC}\n{REUTERS}"), "S6") == []


def test_s7_missing_citation_elements(audit_text: AuditText) -> None:
    refs = "Kloop (2016) Kloop.kg, 3 March 2016."
    findings = audit_text(kj_brief(KJ, body="X (Kloop 2016).", references=refs), "S7")
    assert findings[0].message.endswith("lacks title, url, accessed")
    assert audit_text(kj_brief(KJ, body="X (BBC 2016).", references=BBC), "S7") == []


def test_s8_source_summary(audit_text: AuditText) -> None:
    assert len(audit_text(kj_brief(KJ), "S8")) == 1
    with_summary = kj_brief(KJ) + "\n## Source summary\n\nThe judgments rest on two outlets.\n"
    assert audit_text(with_summary, "S8") == []


def test_s9_uncited_number(audit_text: AuditText) -> None:
    brief = kj_brief(
        KJ,
        body="Police arrested 40 suspects in July 2016. Officials said 12 were charged (BBC 2016).",
        references=BBC,
    )
    assert [f.quote for f in audit_text(brief, "S9")] == ["Police arrested 40 suspects in July 2016."]


def test_s6_high_confidence_on_mostly_state_owned_outlets_uses_the_outlet_registry(
    audit_text: AuditText,
) -> None:
    from assay.outlets import load_registry

    refs = (
        "Kazinform (2016) 'A', Kazinform, 5 June 2016. https://www.inform.kz/a (accessed 1 July 2016).\n"
        "Khabar (2016) 'B', Khabar 24, 6 June 2016. https://khabar.kz/b (accessed 1 July 2016).\n" + BBC
    )
    kj = (
        "The threat level is very likely (80–95%) to stay through 30 June 2017 (Kazinform 2016; Khabar 2016; "
        "BBC 2016). We have high confidence in this judgment because three outlets agree."
    )
    findings = audit_text(kj_brief(kj, references=refs), "S6", outlets=load_registry())
    assert len(findings) == 1 and "khabar, kazinform" in findings[0].message.replace(
        "kazinform, khabar", "khabar, kazinform"
    )
    balanced = kj.replace("Khabar 2016; ", "Reuters 2016; ")
    refs2 = refs.replace("Khabar (2016) 'B', Khabar 24", "Reuters (2016) 'B', Reuters").replace(
        "khabar.kz", "reuters.com"
    )
    assert audit_text(kj_brief(balanced, references=refs2), "S6", outlets=load_registry()) == []
