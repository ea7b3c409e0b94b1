"""Fill fuzz/corpus/{html,text,json} from the project's own fixtures (never from ../shared)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import geoarticle

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"


def _put(kind: str, data: bytes) -> None:
    folder = CORPUS / kind
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def main() -> None:
    """Copy fixtures into the corpus folders, and add their JSON dumps."""
    fixtures = ROOT / "tests" / "fixtures"
    for path in sorted(fixtures.rglob("*.html")):
        _put("html", path.read_bytes())
    texts = [*sorted(fixtures.rglob("*.txt")), ROOT / "src" / "geoarticle" / "data" / "example.txt"]
    for path in texts:
        data = path.read_bytes()
        _put("text", data)
        try:
            article = geoarticle.parse_text(data.decode("utf-8"))
        except geoarticle.GeoArticleError:
            continue
        _put("json", geoarticle.dumps(article, indent=None).encode("utf-8"))
    for kind in ("html", "text", "json"):
        print(kind, len(list((CORPUS / kind).iterdir())) if (CORPUS / kind).exists() else 0)


if __name__ == "__main__":
    main()
