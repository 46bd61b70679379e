"""Source grades and the origins rule: syndication and wire quotes collapse into one origin."""

from __future__ import annotations

from datetime import date

import pytest

from assay.assess.sources import OriginContext, cited_wires, find_origins, grade_sources

from .factory import BBC, KAZINFORM, REGISTRY, REUTERS, TENGRI, document

D = date(2016, 6, 5)


@pytest.mark.parametrize(
    ("text", "wires"),
    [
        ("Kazinform reported that gunmen attacked.", ("kazinform",)),
        ("Seven people died, according to Reuters.", ("reuters",)),
        ("ALMATY (AP) — Gunmen attacked two gun shops.", ("ap",)),
        ("ALMATY (Reuters) - Gunmen attacked.", ("reuters",)),
        ("The minister told Interfax-Kazakhstan that...", ("interfax",)),
        ("A trap was set; the soldiers fell into it.", ()),
        ("according to the AP and AFP said later", ("afp", "ap")),
    ],
)
def test_wire_quotes_are_detected(text: str, wires: tuple[str, ...]) -> None:
    assert cited_wires(text) == wires


def test_unknown_outlet_grades_f() -> None:
    from assay.model import Outlet

    stranger = Outlet("some-blog", "Some Blog")
    grades = grade_sources([document(1, BBC, D), document(2, stranger, D), document(3, BBC, D)], REGISTRY)
    assert [(g.outlet_key, g.reliability, g.documents) for g in grades] == [
        ("bbc", "B", 2),
        ("some-blog", "F", 1),
    ]
    assert grades[1].outlet_name == "Some Blog"


def _origins(docs):  # type: ignore[no-untyped-def]
    return find_origins(docs, OriginContext.build(REGISTRY, ["KZ"], docs))


def test_documents_quoting_one_wire_are_one_origin() -> None:
    docs = [
        document(1, BBC, D, "Gunmen attacked, according to Reuters."),
        document(2, TENGRI, D, "ALMATY (Reuters) — Gunmen attacked."),
        document(3, KAZINFORM, D, "Gunmen attacked gun shops."),
    ]
    origins = _origins(docs)
    assert [(o.key, o.document_ids, o.best_reliability) for o in origins] == [
        ("reuters@1", (1, 2), "A"),
        ("kazinform@3", (3,), "C"),
    ]
    reuters, kazinform = origins
    assert not reuters.is_state_affiliated and not reuters.is_domestic
    assert kazinform.is_state_affiliated and kazinform.is_domestic


def test_syndication_group_is_one_origin_led_by_its_earliest_document() -> None:
    docs = [
        document(5, TENGRI, date(2016, 6, 6), group=9),
        document(4, KAZINFORM, D, group=9),
        document(6, BBC, D),
    ]
    origins = _origins(docs)
    assert {o.key: o.document_ids for o in origins} == {"kazinform@4": (4, 5), "bbc@6": (6,)}
    assert next(o for o in origins if o.key == "kazinform@4").is_state_affiliated


def test_the_wire_itself_joins_the_origin_of_those_quoting_it() -> None:
    docs = [document(1, TENGRI, D, "Kazinform reported an attack."), document(2, KAZINFORM, D)]
    assert [o.document_ids for o in _origins(docs)] == [(1, 2)]


def test_two_stories_from_one_outlet_are_one_origin() -> None:
    assert (
        len(_origins([document(1, BBC, D), document(2, BBC, date(2016, 6, 7)), document(3, REUTERS, D)])) == 2
    )


def test_wire_keys_are_keys_of_the_shipped_registry() -> None:
    from assay.assess.sources import WIRES
    from assay.outlets import load_registry

    registry = load_registry()
    assert [k for k in WIRES if registry.get(k) is None] == []
