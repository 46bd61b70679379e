"""Modality cues: denial, hypothesis, plan, attribution."""

from __future__ import annotations

import pytest

from assay.extract.modality import read_modality


def modality(sentence: str, trigger: str, *, reporter: bool = False, disruption: bool = False) -> str:
    start = sentence.index(trigger)
    return read_modality(
        sentence, start, start + len(trigger), has_reporter=reporter, is_disruption=disruption
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "reporter", "expected"),
    [
        ("Gunmen attacked a police station in Aktobe.", "attacked", False, "asserted"),
        ("Gunmen attacked a police station, police said.", "attacked", True, "reported"),
        ("The ministry denied that any attack took place.", "attack", False, "denied"),
        ("Militants could attack tourist sites.", "attack", False, "hypothetical"),
        ("The CSTO will hold joint exercises in August.", "exercises", False, "planned"),
        ("The men were planning an attack on a mall.", "attack", False, "planned"),
        ("Five men were reportedly detained.", "detained", False, "reported"),
    ],
)
def test_modality(sentence: str, trigger: str, reporter: bool, expected: str) -> None:
    assert modality(sentence, trigger, reporter=reporter) == expected


def test_a_foiled_plot_is_asserted_not_planned() -> None:
    assert modality("Police foiled a plot the men were planning.", "foiled", disruption=True) == "asserted"


def typed(sentence: str, trigger: str, event_type: str, *, reporter_at: str | None = None) -> str:
    start = sentence.index(trigger)
    at = sentence.index(reporter_at) if reporter_at else None
    return read_modality(
        sentence,
        start,
        start + len(trigger),
        has_reporter=reporter_at is not None,
        event_type=event_type,
        reporter_at=at,
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "event_type", "expected"),
    [
        # The suspects' plans are the plot's modality, not the arrest's.
        ("Guards foiled a plan to burn the depot and arrested four men.", "arrested", "arrest", "asserted"),
        ("Four men planning a raid on a bank in Khiva were detained.", "detained", "arrest", "asserted"),
        # ... but an arrest that is still to come is planned.
        ("Officers will detain the suspects at dawn.", "detain", "arrest", "planned"),
        # "would" with no condition is the future seen from the past; with "if", a hypothesis.
        ("The minister said the cabinet would outlaw the sect.", "outlaw", "legislation", "planned"),
        ("The cabinet would outlaw the sect if courts agree.", "outlaw", "legislation", "hypothetical"),
        # A journey stopped on the way is planned.
        (
            "Two men, en route to Syria, were stopped at Osh airport.",
            "en route to Syria",
            "foreign_fighter_travel",
            "planned",
        ),
        # An order to act is not the act.
        ("The governor instructed the council to ban the rally.", "ban", "legislation", "planned"),
        # The issuer of a warning is its actor.
        ("The embassy warned of possible attacks, a spokesman said.", "warned", "statement", "asserted"),
        # Attribution: "X said that", "X informs that", a trailing aside, a source heading.
        (
            "The ministry said on Monday that troops shelled the village.",
            "shelled",
            "armed_clash",
            "reported",
        ),
        ("The press service informs that two men were detained.", "detained", "arrest", "reported"),
        (
            "Guards clashed near Isfara, officials said, without giving figures.",
            "clashed",
            "armed_clash",
            "reported",
        ),
        ("MVD: three recruiters detained in Kulob.", "detained", "arrest", "reported"),
        # "allegedly" qualifies its own verb, not the arrest told before it.
        (
            "Three men were detained on Monday, allegedly on their way to Syria.",
            "detained",
            "arrest",
            "asserted",
        ),
    ],
)
def test_modality_by_type(sentence: str, trigger: str, event_type: str, expected: str) -> None:
    assert typed(sentence, trigger, event_type) == expected


def test_a_source_speaking_in_another_clause_does_not_report_this_one() -> None:
    sentence = (
        "A man stabbed two guards in Nukus; the regional governor said the attacker was a former inmate."
    )
    assert typed(sentence, "stabbed", "attack", reporter_at="regional governor") == "asserted"
    trailing = "A man stabbed two guards in Nukus; both were taken to hospital, the regional governor said."
    assert typed(trailing, "stabbed", "attack", reporter_at="regional governor") == "reported"


def test_rejected_accusations_deny_the_event() -> None:
    sentence = "Uzbekistan rejected Kyrgyz accusations that its guards had opened fire across the border."
    assert typed(sentence, "opened fire", "armed_clash") == "denied"
