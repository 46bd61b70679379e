"""Citation keys in the wild: lower-case particles, domains, digits, brackets, "et al.", "n.d."."""

from __future__ import annotations

import pytest
from tests.audit.conftest import AuditText, kj_brief

from assay.audit.citations import find_citations, strip_citations


def _keys(text: str, known: frozenset[str] = frozenset()) -> list[tuple[str, str, str]]:
    return [(c.author, c.year, c.suffix) for c in find_citations(text, known)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arrests rose (bne IntelliNews 2016).", [("bne IntelliNews", "2016", "")]),
        ("Cells were broken up (prokuratura.tj 2015).", [("prokuratura.tj", "2015", "")]),
        (
            "Fighters left (de Waal 2015; van Dijk 2016b).",
            [("de Waal", "2015", ""), ("van Dijk", "2016", "b")],
        ),
        ("Police struck (24.kg 2015).", [("24.kg", "2015", "")]),
        ("Groups split (van der Berg et al. 2016a).", [("van der Berg et al.", "2016", "a")]),
        (
            "Leaflets circulated (Anon. n.d.; UN [OCHA] 2016).",
            [("Anon.", "n.d.", ""), ("UN [OCHA]", "2016", "")],
        ),
        (
            "The cell was named (al-Rashid 2014; d'Estaing 2014).",
            [("al-Rashid", "2014", ""), ("d'Estaing", "2014", "")],
        ),
        ("Readers were warned (iStories 2016, p. 4).", [("iStories", "2016", "")]),
        ("It spread (see de Waal 2015).", [("de Waal", "2015", "")]),
    ],
)
def test_lower_case_and_unusual_keys_are_citations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Attacks doubled (in Kazakhstan 2015).",
        "The window (between 1 January 2014 and 31 December 2015) is long.",
        "Arrests rose (up 20% on 2015).",
        "Cases peaked (since 2015).",
        "The count (mid 2015) rose.",
    ],
)
def test_asides_with_a_year_are_not_citations(text: str) -> None:
    assert _keys(text) == []


def test_narrative_citations_keep_particles_and_domains() -> None:
    assert _keys("As Frans de Waal (2015) and prokuratura.tj (2015) note, cells formed.") == [
        ("de Waal", "2015", ""),
        ("prokuratura.tj", "2015", ""),
    ]


def test_reference_list_vouches_for_a_bare_lower_case_key() -> None:
    known = frozenset({"eurasianet", "bne intellinews"})
    assert _keys("Arrests rose (eurasianet 2016).") == []
    assert _keys("Arrests rose (eurasianet 2016).", known) == [("eurasianet", "2016", "")]
    assert _keys("As bne IntelliNews (2016) reported, arrests rose.", known) == [
        ("bne IntelliNews", "2016", "")
    ]


def test_stripping_removes_keys_the_sentence_cites() -> None:
    text = "On 4 September 2015, arrests were reported (RFE/RL 2015e; prokuratura.tj 2015)."
    assert strip_citations(text, find_citations(text)) == "On 4 September 2015, arrests were reported ."


KJ = (
    "We assess that attacks are likely (55–80%) to continue through 31 December 2017. "
    "We have moderate confidence in this judgment because two outlets agree."
)
REFS = "\n".join(
    f"{head} 'Report', {outlet}, 5 June 2015. https://example.org/{n} (accessed 1 December 2016)."
    for n, (head, outlet) in enumerate(
        [
            ("bne IntelliNews (2016)", "bne IntelliNews"),
            ("prokuratura.tj (2015)", "prokuratura.tj"),
            ("de Waal, F. (2015)", "Foreign Affairs"),
            ("van Dijk, J. (2016)", "Journal of Conflict"),
            ("24.kg (2015)", "24.kg"),
            ("RFE/RL (2015e)", "RFE/RL"),
        ]
    )
)
BODY = (
    "On 4 September 2015, arrests by the Interior Ministry were reported in Dushanbe "
    "(RFE/RL 2015e; prokuratura.tj 2015). Fighters left in 2016 (bne IntelliNews 2016; van Dijk 2016). "
    "Recruiters paid 300 dollars (de Waal 2015). Police killed two men on 16 July 2015 (24.kg 2015)."
)


def test_lower_case_keys_are_matched_and_their_sentences_count_as_cited(audit_text: AuditText) -> None:
    findings = audit_text(kj_brief(KJ, body=BODY, references=REFS), None)
    assert [f.rule for f in findings if f.rule in {"S1", "S2", "S9"}] == []


def test_two_authors_are_cited_by_both_surnames_and_three_by_et_al(audit_text: AuditText) -> None:
    refs = (
        "Service, R. K. and Service, R. T. (2015) 'Kyrgyz killed in Syria', RFE/RL, 2 February 2015. "
        "https://example.org/a (accessed 1 December 2016).\n"
        "Smith, J., Jones, K. and Doe, A. (2016) 'Returnees', Survival, 3 March 2016. "
        "https://example.org/b (accessed 1 December 2016)."
    )
    body = (
        "Fighters left in 2015 (Service and Service 2015). Returnees came back in 2016 (Smith et al. 2016)."
    )
    findings = audit_text(kj_brief(KJ, body=body, references=refs), None)
    assert [f.rule for f in findings if f.rule in {"S1", "S2"}] == []
    wrong = "Fighters left in 2015 (Service 2015). Returnees came back in 2016 (Smith et al. 2016)."
    findings = audit_text(kj_brief(KJ, body=wrong, references=refs), None)
    assert sorted(f.rule for f in findings if f.rule in {"S1", "S2"}) == ["S1", "S2"]
