"""Probability scales: each standard's words, their numeric bands, and the lookups between them."""

from __future__ import annotations

from dataclasses import dataclass

from assay.errors import unknown_name


@dataclass(frozen=True, slots=True)
class Band:
    """One step of a scale: its words (first is preferred) and its probability range in percent."""

    terms: tuple[str, ...]
    low: int
    high: int

    @property
    def term(self) -> str:
        """The preferred word for this band."""
        return self.terms[0]

    @property
    def label(self) -> str:
        """The band as printed beside the word, e.g. '55–80%'."""
        return f"{self.low:02d}–{self.high:02d}%" if self.low < 10 else f"{self.low}–{self.high}%"

    @property
    def midpoint(self) -> float:
        """The band's centre as a probability in [0, 1]."""
        return (self.low + self.high) / 200.0


@dataclass(frozen=True, slots=True)
class Standard:
    """An estimative-language standard: one or more rows of words over the same bands."""

    key: str
    title: str
    source: str
    rows: tuple[tuple[Band, ...], ...]
    gaps_allowed: bool = False

    @property
    def bands(self) -> tuple[Band, ...]:
        """The preferred row."""
        return self.rows[0]

    def all_terms(self) -> dict[str, tuple[int, Band]]:
        """Every term of every row, lower-cased, with its row index and band."""
        out: dict[str, tuple[int, Band]] = {}
        for index, row in enumerate(self.rows):
            for band in row:
                for term in band.terms:
                    out.setdefault(term.lower(), (index, band))
        return out

    def band_for(self, probability: float) -> Band:
        """The band whose range holds the probability (nearest band when it falls in a gap)."""
        pct = probability * 100.0
        row = self.bands
        for band in row:
            if band.low <= pct <= band.high:
                return band
        return min(row, key=lambda b: min(abs(pct - b.low), abs(pct - b.high)))

    def term_for(self, probability: float) -> str:
        """The preferred word for a probability."""
        return self.band_for(probability).term

    def lookup(self, term: str) -> Band | None:
        """The band a term belongs to on this standard, or None when the term is not on it."""
        found = self.all_terms().get(term.lower().strip())
        return found[1] if found else None


def _row(*steps: tuple[tuple[str, ...], int, int]) -> tuple[Band, ...]:
    return tuple(Band(terms, low, high) for terms, low, high in steps)


# ICD 203 §D.6.e(2)(a), 2015 as amended 2022: two rows of words over seven bands; no 0 or 100 step.
ICD203 = Standard(
    key="icd203",
    title="ICD 203 (US Intelligence Community Directive 203, Analytic Standards)",
    source="ICD 203 §D.6.e(2)(a), 2 Jan 2015, amended 21 Dec 2022",
    rows=(
        _row((("almost no chance",), 1, 5), (("very unlikely",), 5, 20), (("unlikely",), 20, 45),
             (("roughly even chance",), 45, 55), (("likely",), 55, 80), (("very likely",), 80, 95),
             (("almost certain", "almost certainly"), 95, 99)),
        _row((("remote",), 1, 5), (("highly improbable",), 5, 20), (("improbable",), 20, 45),
             (("roughly even odds",), 45, 55), (("probable", "probably"), 55, 80),
             (("highly probable",), 80, 95), (("nearly certain",), 95, 99)),
    ),
)

# UK Professional Head of Intelligence Assessment probability yardstick (2025 edition); the
# bands have deliberate gaps.
PHIA = Standard(
    key="phia",
    title="UK PHIA Probability Yardstick",
    source="Professional Head of Intelligence Assessment, Probability Yardstick (2025)",
    rows=(
        _row((("remote chance",), 0, 5), (("highly unlikely",), 10, 20), (("unlikely",), 25, 35),
             (("realistic possibility",), 40, 50), (("likely", "probably", "probable"), 55, 75),
             (("highly likely",), 80, 90), (("almost certain",), 95, 100)),
    ),
    gaps_allowed=True,
)

# NATO AJP-2.1 usage.
NATO = Standard(
    key="nato",
    title="NATO AJP-2.1 estimative terms",
    source="NATO AJP-2.1 (usage as commonly transcribed)",
    rows=(
        _row((("highly unlikely",), 0, 10), (("unlikely",), 10, 40), (("even chance",), 40, 60),
             (("likely",), 60, 90), (("highly likely",), 90, 100)),
    ),
)

_STANDARDS: dict[str, Standard] = {s.key: s for s in (ICD203, PHIA, NATO)}


def standard_names() -> tuple[str, ...]:
    """Names of every registered standard."""
    return tuple(sorted(_STANDARDS))


def get_standard(name: str) -> Standard:
    """Look up a standard by its registered name ('icd203', 'phia', 'nato')."""
    try:
        return _STANDARDS[name.lower()]
    except KeyError:
        raise unknown_name("standard", name, list(_STANDARDS)) from None
