"""The actor dictionary: aliases, acronyms only in capitals, roles by event type."""

from __future__ import annotations

from assay.extract.actors import assign_roles, find_actors, load_actors, lookup_actor
from assay.extract.nlp import blank_pipeline


def keys(text: str) -> list[str]:
    return [h.entry.key for h in find_actors(blank_pipeline()(text))]


def test_aliases_resolve_to_one_actor() -> None:
    for alias in ("ISIS", "ISIL", "Islamic State", "Daesh", "IS"):
        assert keys(f"{alias} claimed it.") == ["isis"], alias
    for alias in ("National Security Committee", "NSC", "KNB"):
        assert keys(f"The {alias} said.") == ["knb_kz"], alias
    assert keys("CSTO troops arrived") == ["csto", "military"]
    assert keys("the Interior Ministry and Taliban") == ["interior_ministry", "taliban"]


def test_short_acronyms_match_only_in_capitals() -> None:
    assert keys("This is what it is.") == []


def test_unnamed_gunmen_are_no_actor() -> None:
    assert keys("Unidentified gunmen opened fire.") == []


def test_lookup_by_canonical_name() -> None:
    entry = lookup_actor("National Security Committee of Kazakhstan")
    assert entry is not None and entry.key == "knb_kz"
    assert lookup_actor("the Islamic State").key == "isis"  # type: ignore[union-attr]


def test_roles_follow_the_event_type() -> None:
    text = "Police detained ten members of Hizb ut-Tahrir, the KNB said."
    hits = find_actors(blank_pipeline()(text))
    actors, reporter = assign_roles(hits, "arrest", text, 0, len(text))
    assert {(a.key, a.role) for a in actors} == {
        ("police", "perpetrator"),
        ("hizb_ut_tahrir", "target"),
        ("knb_kz", "reporter"),
    }
    assert reporter == "National Security Committee of Kazakhstan"


def test_every_entry_has_a_type_and_aliases() -> None:
    for entry in load_actors().entries.values():
        assert entry.actor_type and entry.aliases, entry.key
