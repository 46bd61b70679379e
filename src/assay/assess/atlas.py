"""Country outlines decoded from the bundled world-atlas TopoJSON (Natural Earth 1:110m, public domain)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import pycountry

Ring = list[tuple[float, float]]


@lru_cache(maxsize=1)
def _topology() -> dict:  # type: ignore[type-arg]
    text = resources.files("assay.assess").joinpath("data/countries-110m.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def decode_arcs(
    arcs: list[list[list[int]]], scale: tuple[float, float], translate: tuple[float, float]
) -> list[Ring]:
    """Undo TopoJSON's delta encoding and quantisation: every arc as (lon, lat) points."""
    out = []
    for arc in arcs:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        out.append(points)
    return out


def stitch_ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    """Join arcs into one ring; a negative index ~i means arc i reversed; shared endpoints appear once."""
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


@lru_cache(maxsize=1)
def country_rings() -> dict[str, tuple[Ring, ...]]:
    """Outer and inner rings of every country, keyed by ISO 3166-1 numeric code ('398' for KZ)."""
    topo = _topology()
    transform = topo["transform"]
    scale, translate = transform["scale"], transform["translate"]
    arcs = decode_arcs(topo["arcs"], (scale[0], scale[1]), (translate[0], translate[1]))
    rings: dict[str, tuple[Ring, ...]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if code is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings[str(code)] = tuple(stitch_ring(r, arcs) for polygon in polygons for r in polygon)
    return rings


def numeric_code(alpha2: str) -> str | None:
    """ISO 3166-1 numeric code for an alpha-2 code, as world-atlas spells it ('398')."""
    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.numeric if country else None


def outlines_for(alpha2_codes: list[str]) -> dict[str, tuple[Ring, ...]]:
    """Rings of the named countries that the atlas has, keyed by alpha-2 code."""
    rings = country_rings()
    found = {}
    for code in alpha2_codes:
        numeric = numeric_code(code)
        if numeric and numeric in rings:
            found[code.upper()] = rings[numeric]
    return found
