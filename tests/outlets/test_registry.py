"""Tests for the outlet registry: shipped entries, identification and case overrides."""

from __future__ import annotations

from collections import Counter
from typing import get_args

import pytest

from assay.errors import CaseError
from assay.model import Outlet, Ownership, Reliability
from assay.outlets import DEFAULT_RATIONALE, OutletRegistry, load_registry


@pytest.fixture(scope="module")
def registry() -> OutletRegistry:
    return load_registry()


def test_registry_ships_at_least_110_outlets(registry: OutletRegistry) -> None:
    assert len(registry) >= 110
    assert len(list(registry)) == len(registry)


def test_every_entry_is_valid(registry: OutletRegistry) -> None:
    for outlet in registry:
        assert isinstance(outlet, Outlet)
        assert outlet.ownership in get_args(Ownership), outlet.key
        assert outlet.reliability in get_args(Reliability), outlet.key
        assert outlet.reliability != "A", f"{outlet.key}: A is never a default for a publisher"
        assert outlet.rationale.strip() and outlet.rationale != DEFAULT_RATIONALE, outlet.key
        assert len(outlet.country) == 2 and outlet.country.isupper(), outlet.key
        assert outlet.name.strip(), outlet.key


def test_no_domain_is_claimed_twice(registry: OutletRegistry) -> None:
    claims = Counter(domain for outlet in registry for domain in outlet.domains)
    assert [domain for domain, count in claims.items() if count > 1] == []


def test_the_required_outlets_are_present(registry: OutletRegistry) -> None:
    for key in ("reuters", "ap", "afp", "tass", "xinhua", "bbc", "rferl", "azattyq", "ozodlik",
                "kazinform", "khabar", "knb-kz", "us-state-department", "acled", "start-gtd"):
        assert registry.get(key) is not None, key
    assert registry.get("no-such-outlet") is None


@pytest.mark.parametrize(
    "url", ["https://www.bbc.co.uk/news/world-asia", "https://bbc.com/russian/news", "http://news.bbc.co.uk/2/hi/asia"]
)
def test_bbc_domains_and_subdomains_identify_bbc(registry: OutletRegistry, url: str) -> None:
    assert registry.identify(url=url).key == "bbc"


@pytest.mark.parametrize("name", ["BBC", "BBC News", "bbc news", "B.B.C. News", "bbc.com"])
def test_bbc_names_identify_bbc(registry: OutletRegistry, name: str) -> None:
    assert registry.identify(outlet=name).key == "bbc"
    assert registry.identify(site_name=name).key == "bbc"


def test_kazinform_by_name_and_url_is_one_outlet(registry: OutletRegistry) -> None:
    by_name = registry.identify(outlet="Kazinform")
    by_long_name = registry.identify(site_name="Kazinform International News Agency")
    by_url = registry.identify(url="https://www.inform.kz/en/article_a1234")
    assert by_name.key == by_long_name.key == by_url.key == "kazinform"
    assert by_url.reliability == "D"


def test_host_prefixes_ports_and_case_are_ignored(registry: OutletRegistry) -> None:
    assert registry.identify(url="HTTPS://M.Reuters.com:443/world/").key == "reuters"
    assert registry.identify(url="https://amp.theguardian.com/world/x").key == "guardian"
    assert registry.identify(url="ru.sputnik.kz/20240101/x.html").key == "sputnik"


def test_most_specific_registered_domain_wins(registry: OutletRegistry) -> None:
    assert registry.identify(url="https://ctc.westpoint.edu/sentinel").key == "ctc-west-point"
    assert registry.identify(url="https://www.knb.gov.kz/ru/news").key == "knb-kz"
    assert registry.identify(url="https://www.gov.kz/memleket").key == "gov-kz"


def test_url_wins_over_a_conflicting_name(registry: OutletRegistry) -> None:
    assert registry.identify(url="https://tass.com/world/1", site_name="Reuters").key == "tass"


def test_unknown_domain_gets_an_ungraded_outlet(registry: OutletRegistry) -> None:
    outlet = registry.identify(url="https://www.example.org/story/1")
    assert outlet == Outlet(key="example-org", name="example.org", domains=("example.org",))
    assert outlet.reliability == "F"
    assert outlet.ownership == "unknown"
    assert outlet.rationale == DEFAULT_RATIONALE


def test_unknown_outlet_keeps_its_site_name_and_is_deterministic(registry: OutletRegistry) -> None:
    first = registry.identify(url="https://news.example.org/a", site_name="Example Daily")
    second = registry.identify(url="https://news.example.org/b", site_name="Example Daily")
    assert first == second
    assert (first.key, first.name, first.reliability) == ("news-example-org", "Example Daily", "F")
    by_name = registry.identify(outlet="Steppe Herald")
    assert (by_name.key, by_name.name, by_name.domains) == ("steppe-herald", "Steppe Herald", ())
    assert registry.identify().key == "unknown"


def test_case_override_replaces_a_grade() -> None:
    registry = load_registry([{"key": "bbc", "reliability": "C", "rationale": "Case-specific downgrade."}])
    bbc = registry.get("bbc")
    assert bbc is not None
    assert (bbc.reliability, bbc.rationale) == ("C", "Case-specific downgrade.")
    assert registry.identify(url="https://www.bbc.co.uk/news").reliability == "C"
    shipped = load_registry().get("bbc")
    assert shipped is not None and shipped.reliability == "B"


def test_case_adds_an_outlet_identified_by_domain_and_name() -> None:
    registry = load_registry([{
        "key": "example", "name": "Example Daily", "domains": ["example.org"], "country": "KZ",
        "ownership": "independent", "reliability": "C",
        "rationale": "Small independent daily with a mixed record.",
    }])
    assert len(registry) == len(load_registry()) + 1
    assert registry.identify(url="https://www.example.org/x").key == "example"
    assert registry.identify(site_name="EXAMPLE DAILY").reliability == "C"


@pytest.mark.parametrize(
    ("override", "words"),
    [
        ({"key": "bbc", "reliability": "Z", "rationale": "x"},
         ["'bbc'", "reliability 'Z'", "A, B, C, D, E, F"]),
        ({"key": "bbc", "reliability": "D"}, ["'bbc'", "rationale"]),
        ({"key": "bbc", "ownership": "public"}, ["'bbc'", "ownership 'public'", "state-owned"]),
        ({"key": "new-outlet", "name": "New", "country": "INT"},
         ["'new-outlet'", "country 'INT'", "alpha-2"]),
        ({"key": "new-outlet"}, ["'new-outlet'", "name"]),
        ({"key": "new-outlet", "name": "New", "grade": "B"},
         ["'new-outlet'", "unknown field(s) grade"]),
        ({"key": "new-outlet", "name": "New", "domains": ["https://new.kz/"]},
         ["'new-outlet'", "bare registered domain"]),
        ({"key": "new-outlet", "name": "New", "domains": ["bbc.com"]},
         ["'new-outlet'", "'bbc'", "bbc.com"]),
    ],
)
def test_malformed_override_raises_case_error_naming_the_key(
    override: dict[str, object], words: list[str]
) -> None:
    with pytest.raises(CaseError) as caught:
        load_registry([override])
    for word in words:
        assert word in str(caught.value)


def test_override_without_a_key_says_how_to_fix_it() -> None:
    with pytest.raises(CaseError, match="add key"):
        load_registry([{"name": "Nameless"}])
