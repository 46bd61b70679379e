"""Events named only as the object of a condemnation or a reaction are references, not reports."""

from __future__ import annotations

from tests.extract.conftest import make_doc

from assay.extract import get_extractor


def coded(text: str) -> list[tuple[str, str]]:
    found = get_extractor("rules.v1").extract(make_doc(text, "2016-06-07"), countries=())
    return [(m.event_type, m.trigger.text) for m in found]


def test_condemned_bombing_is_a_reference() -> None:
    text = "The foreign ministry condemned in the harshest words the cowardly car bombing in Kabul on Friday."
    assert coded(text) == [("statement", "condemned")]


def test_an_attack_told_beside_a_condemnation_is_still_coded() -> None:
    # Only the noun after the condemnation is a reference; an act told of its own is reported.
    text = "Gunmen opened fire on a bus in Peshawar on Friday; the governor condemned the attack."
    assert coded(text) == [("attack", "opened fire on"), ("statement", "condemned")]


def test_a_device_found_or_being_made_is_no_bombing() -> None:
    text = "Police detained two men in Osh who were assembling an improvised explosive device in a garage."
    assert [t for t, _ in coded(text)] == ["arrest"]


def test_a_device_that_went_off_is_a_bombing() -> None:
    text = "An improvised explosive device went off near a police station in Osh, wounding two officers."
    assert [t for t, _ in coded(text)] == ["bombing"]

