"""The event taxonomy every stage codes against, with its ACLED, PLOVER and CAMEO equivalents."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventType:
    """One event type, its family and how it maps onto the public coding schemes."""

    key: str
    label: str
    family: str
    acled: tuple[str, str]
    plover: str
    cameo: str
    is_violent: bool = False


# ACLED event_type / sub_event_type names follow the ACLED Codebook (2023); PLOVER types follow
# the PLOVER 0.5 specification (Open Event Data Alliance); CAMEO root codes follow CAMEO 1.1b3.
EVENT_TYPES: dict[str, EventType] = {
    t.key: t
    for t in (
        EventType(
            "attack",
            "armed assault",
            "violence",
            ("Violence against civilians", "Attack"),
            "ASSAULT",
            "18",
            True,
        ),
        EventType(
            "bombing",
            "bombing or explosion",
            "violence",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
            "ASSAULT",
            "18",
            True,
        ),
        EventType(
            "suicide_bombing",
            "suicide bombing",
            "violence",
            ("Explosions/Remote violence", "Suicide bomb"),
            "ASSAULT",
            "18",
            True,
        ),
        EventType("armed_clash", "armed clash", "violence", ("Battles", "Armed clash"), "FIGHT", "19", True),
        EventType(
            "arrest",
            "arrest or detention",
            "enforcement",
            ("Strategic developments", "Arrests"),
            "COERCE",
            "17",
        ),
        EventType(
            "plot_disrupted",
            "plot disrupted",
            "enforcement",
            ("Strategic developments", "Disrupted weapons use"),
            "COERCE",
            "17",
        ),
        EventType(
            "prosecution",
            "prosecution, trial or sentencing",
            "enforcement",
            ("Strategic developments", "Other"),
            "COERCE",
            "17",
        ),
        EventType(
            "legislation",
            "legislation or policy change",
            "policy",
            ("Strategic developments", "Other"),
            "CONSULT",
            "05",
        ),
        EventType(
            "military_exercise",
            "military exercise or deployment",
            "policy",
            ("Strategic developments", "Other"),
            "MOBILIZE",
            "15",
        ),
        EventType(
            "statement",
            "official statement or warning",
            "policy",
            ("Strategic developments", "Other"),
            "THREATEN",
            "01",
        ),
        EventType("protest", "protest", "mobilisation", ("Protests", "Peaceful protest"), "PROTEST", "14"),
        EventType(
            "propaganda",
            "propaganda or recruitment",
            "mobilisation",
            ("Strategic developments", "Other"),
            "THREATEN",
            "13",
        ),
        EventType(
            "foreign_fighter_travel",
            "travel of foreign fighters",
            "mobilisation",
            ("Strategic developments", "Other"),
            "MOBILIZE",
            "15",
        ),
    )
}

FAMILIES: dict[str, tuple[str, ...]] = {}
for _t in EVENT_TYPES.values():
    FAMILIES.setdefault(_t.family, ())
    FAMILIES[_t.family] = (*FAMILIES[_t.family], _t.key)


def family_of(event_type: str) -> str:
    """Return the family ("violence", "enforcement", ...) of an event type key."""
    return EVENT_TYPES[event_type].family if event_type in EVENT_TYPES else "other"
