"""Framing sections: the scope of the answer, and the assumptions and gaps it rests on."""

from __future__ import annotations

import re

from assay.produce.draft import Draft, make_draft
from assay.produce.material import Material
from assay.produce.phrasing import country_name, is_plain, join_list, strip_stop

_ATTITUDE = re.compile(
    r"\b(popular|popularity|support|sympathy|sympathies|appeal|attitudes?|opinion|"
    r"approval|backing)\b",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"^\s*(how (much|many|popular|strong|widespread|far)|to what (extent|degree))", re.IGNORECASE
)


def _countries_with_events(material: Material) -> list[str]:
    codes = {e.place.country_code for e in material.assessment.events if e.place and e.place.country_code}
    return sorted(codes)


def scope_drafts(material: Material) -> list[list[Draft]]:
    """Say what the question covers and what the evidence covers, so the answer matches its scope."""
    case = material.config.case
    scope = case.region or join_list([country_name(c) for c in case.countries]) or "the case's area"
    named = join_list([country_name(c) for c in case.countries])
    first = f"This brief answers the case question for {scope}"
    if case.region and named:
        first += f", which the case defines as {named}"
    # The period's dates stay out: an uncited date is an audit finding, and the title states them.
    first += ", over the case period" if case.start or case.end else ", over the period the reporting covers"
    drafts = [make_draft(first, is_factual=False, role="scope")]
    # Listed by name, as a reader scans them, not by ISO code.
    covered = sorted(_countries_with_events(material), key=country_name)
    missing = [c for c in case.countries if c not in covered]
    if covered:
        text = f"The collected reporting describes events in {join_list([country_name(c) for c in covered])}"
        if missing:
            text += (
                f" and none in {join_list([country_name(c) for c in missing], 'or')}, so the judgments "
                "rest on the former and say nothing directly about the latter"
            )
        drafts.append(make_draft(text, is_factual=False, role="scope"))
    if _DEGREE.search(case.question):
        drafts.append(
            make_draft(
                "The question asks about degree, so the discussion gives the size of each change as rates "
                "and ratios with their intervals, not only its direction",
                is_factual=False,
                role="scope",
            )
        )
    return [drafts]


def assumptions_drafts(material: Material) -> list[list[Draft]]:
    """The assumptions the judgments rest on and the gaps in the evidence."""
    assumptions = [
        make_draft(
            "We assume that the collected reporting reflects the events that took place in the "
            "case's area and period; events no outlet reported are missing from every count",
            is_factual=False,
            role="assumption",
        ),
        make_draft(
            "We assume that outlets reported each type of event at a steady rate across the "
            "compared windows, so that changes in counts reflect changes in events rather than "
            "in coverage",
            is_factual=False,
            role="assumption",
        ),
    ]
    gaps: list[Draft] = []
    if _ATTITUDE.search(material.config.case.question):
        gaps.append(
            make_draft(
                "A key gap: the source base holds no direct measure of attitudes, such as an opinion poll or "
                "survey, so the judgments about support rest on proxies (attacks, arrests, propaganda and "
                "travel) that measure activity and state action rather than attitudes",
                is_factual=False,
                role="gap",
            )
        )
    if any(e.date.start is None for e in material.assessment.events):
        gaps.append(
            make_draft(
                "Some reported events carry no usable date and are left out of the trend comparisons",
                is_factual=False,
                role="gap",
            )
        )
    missing = [c for c in material.config.case.countries if c not in _countries_with_events(material)]
    if missing:
        gaps.append(
            make_draft(
                f"We found no reporting on {join_list([country_name(c) for c in missing], 'or')}; "
                "silence there is a gap in collection, not evidence that nothing happened",
                is_factual=False,
                role="gap",
            )
        )
    for note in material.assessment.notes:
        if is_plain(note) and not re.search(r"\d", note):
            gaps.append(
                make_draft(strip_stop(note), fallback=("assessment notes",), is_factual=False, role="gap")
            )
    if not gaps:
        gaps.append(
            make_draft(
                "We found no gap beyond the limits of open reporting described in the source "
                "summary statement",
                is_factual=False,
                role="gap",
            )
        )
    return [assumptions, gaps]
