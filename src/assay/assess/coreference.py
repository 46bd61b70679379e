"""Document-level coreference: undated mentions that continue a dated mention of the same document.

News writes "Gunmen attacked a police station in Aktobe on Sunday. Seven people were killed.":
the second sentence has no date of its own but reports the same event. Dates are never guessed;
instead an undated mention is attached to a dated mention of the SAME document when all hold:

* modality: both are asserted, reported or planned (denied and hypothetical mentions stay out);
* type: the same taxonomy family (or the same type outside the taxonomy);
* place: the undated mention has no place, or the anchor has a place compatible with it (the
  fusion rule: same city, same admin1, or one side only country level); a placed undated
  mention never joins a placeless anchor, which may be about somewhere else;
* counts: every count kind both report agrees within the fusion tolerance (max ≤ 3·min + 5).

Among the candidates the nearest dated mention BEFORE it in the text wins (reports give the date
first and the details after); when none precedes it, the nearest one after it. The attached
mention joins its anchor's event, adding its counts and actors but never its (missing) date.
Undated mentions with no anchor stay out of the events and are counted in the notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from assay.assess.fusion import FUSED_MODALITIES, counts_compatible, places_compatible, types_compatible
from assay.model import Mention


def _fits(undated: Mention, anchor: Mention) -> bool:
    return (
        types_compatible(undated, anchor)
        and (
            undated.place is None
            or (anchor.place is not None and places_compatible(undated.place, anchor.place))
        )
        and counts_compatible(undated, anchor)
    )


def find_anchors(mentions: Sequence[Mention]) -> dict[int, int]:
    """Map each attachable undated mention's id to the id of the dated mention it continues."""
    by_document: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.modality in FUSED_MODALITIES:
            by_document.setdefault(m.document_id, []).append(m)
    anchors: dict[int, int] = {}
    for group in by_document.values():
        dated = [m for m in group if m.date.is_dated]
        for m in group:
            if m.date.is_dated:
                continue
            fits = [d for d in dated if _fits(m, d)]
            if not fits:
                continue
            here = m.sentence.start
            before = [d for d in fits if d.sentence.start <= here]
            after = [d for d in fits if d.sentence.start > here]
            if before:
                best = max(before, key=lambda d: (d.sentence.start, d.trigger.start, -d.id))
            else:
                best = min(after, key=lambda d: (d.sentence.start, d.trigger.start, d.id))
            anchors[m.id] = best.id
    return anchors
