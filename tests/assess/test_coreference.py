"""Document-level coreference: undated mentions join the dated mention they continue."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assay.assess.coreference import find_anchors
from assay.assess.fusion import fuse_mentions
from assay.assess.sources import OriginContext
from assay.model import Span

from .factory import AKTOBE, ALMATY, BBC, REGISTRY, document, mention


def at(m, offset: int):  # type: ignore[no-untyped-def]
    """The mention with its sentence starting at a text offset."""
    return replace(m, sentence=Span(offset, offset + 10, "sentence"))


def test_undated_mentions_attach_to_the_nearest_preceding_dated_mention_of_their_family() -> None:
    mentions = [
        at(mention(1, 1, "attack", date(2016, 6, 5), AKTOBE, counts=(("killed", 7),)), 0),
        at(mention(2, 1, "attack", None, None, counts=(("killed", 7),)), 50),  # "Seven were killed."
        at(mention(3, 1, "bombing", None, AKTOBE), 80),  # same family, same place
        at(mention(4, 1, "arrest", None, AKTOBE), 90),  # no dated enforcement mention
        at(mention(5, 1, "attack", None, ALMATY), 100),  # another city: not the same event
        at(mention(6, 1, "attack", None, None, counts=(("killed", 40),)), 110),  # 40 > 3·7 + 5
        at(mention(7, 2, "attack", None, None), 0),  # another document
        at(mention(8, 1, "attack", None, None, modality="denied"), 120),
    ]
    assert find_anchors(mentions) == {2: 1, 3: 1}
    # A placed undated mention does not join a placeless dated one (it may be elsewhere).
    placeless = [
        at(mention(1, 1, "attack", date(2016, 6, 5), None), 0),
        at(mention(2, 1, "attack", None, ALMATY), 9),
    ]
    assert find_anchors(placeless) == {}


def test_preceding_anchor_wins_and_a_following_one_is_used_only_when_none_precedes() -> None:
    mentions = [
        at(mention(1, 1, "attack", None, None), 0),
        at(mention(2, 1, "attack", date(2016, 6, 5), AKTOBE), 40),
        at(mention(3, 1, "attack", None, None), 60),
        at(mention(4, 1, "attack", date(2016, 7, 18), AKTOBE), 90),
        at(mention(5, 1, "attack", None, None), 120),
    ]
    assert find_anchors(mentions) == {1: 2, 3: 2, 5: 4}


def test_attached_mentions_add_counts_and_actors_but_not_dates() -> None:
    docs = {1: document(1, BBC, date(2016, 6, 6))}
    dated = at(mention(1, 1, "attack", date(2016, 6, 5), AKTOBE), 0)
    undated = at(mention(2, 1, "attack", None, None, counts=(("killed", 7),)), 50)
    context = OriginContext.build(REGISTRY, ("KZ",), list(docs.values()))
    (event,) = fuse_mentions([dated, undated], docs, context, find_anchors([dated, undated]))
    assert event.mention_ids == (1, 2)
    assert (event.date.start, event.date.precision) == (date(2016, 6, 5), "day")
    assert [(c.kind, c.value) for c in event.counts] == [("killed", 7)]
    # Without the anchors the undated mention is left out, as before.
    (alone,) = fuse_mentions([dated, undated], docs, context)
    assert alone.mention_ids == (1,) and alone.counts == ()
