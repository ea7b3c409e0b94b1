"""Plain-text dumps: geoarticle.parse_text against trafilatura on the same inputs.

Quality on the text fixtures (expected JSON beside each) and the seed: title,
section headings, image credits, related links with categories, body recall
(share of expected paragraphs found in the extracted body) and whether the
body is clean (no share line, related header, credit line or related title).
trafilatura gets each dump wrapped as minimal HTML, one <p> per line.

Then scaling: parse time for 0.5, 1, 2 and 5 MB dumps (should grow linearly),
and the time ratio geoarticle/trafilatura on a 1 MB dump.

    python benchmarks/bench_text.py [--sizes 0.5,1,2,5] [--repeat 3]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GEOARTICLE_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_6d7372103e3a1b89.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "text"
EXAMPLE = ROOT / "src" / "geoarticle" / "data" / "example.txt"
JUNK = ("Share this", "Related articles", "Image 1:", "Image 2:", "You may also like")

sys.path.insert(0, str(ROOT / "src"))

from geoarticle.models import Figure  # noqa: E402
from geoarticle.parsers.text import parse_text  # noqa: E402


def _as_html(dump: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in dump.splitlines() if line.strip())
    return f"<html><body>\n{paras}</body></html>"


def _expected_from_fixture(path: Path) -> dict[str, Any]:
    data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    paras = [b["text"] for s in data["sections"] for b in s["blocks"] if b["type"] == "paragraph"]
    return {
        "title": data["title"],
        "headings": [s["heading"] for s in data["sections"] if s["heading"]],
        "credits": [c["credit"] for c in data["image_credits"]],
        "links": [(r["title"], tuple(r["categories"])) for r in data["related_links"]],
        "paragraphs": paras,
    }


def _expected_from_seed(text: str) -> dict[str, Any]:
    """Structural facts of the seed, computed from the file (nothing copied)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    rel = lines.index("Related articles")
    teasers = lines[rel + 1 :]
    titles = teasers[1::3]
    cats = [tuple(t[len(b) + 1 :].split(", ")) for t, b in zip(teasers[::3], titles, strict=True)]
    return {
        "title": "Pakistan and the United States",
        "headings": ["Quid Pro Quo Policy with Modest Thaw"],
        "credits": ["U.S. Department of State"] * 2,
        "links": list(zip(titles, cats, strict=True)),
        "paragraphs": [ln for ln in lines if len(ln) > 200],
    }


def _ours(dump: str) -> dict[str, Any]:
    a = parse_text(dump)
    return {
        "title": a.title,
        "headings": [s.heading for s in a.sections if s.heading],
        "credits": [c.credit for c in a.image_credits],
        "links": [(r.title, r.categories) for r in a.related_links],
        "body": "\n".join(
            b.text for s in a.sections for b in s.blocks if not isinstance(b, Figure)
        ),
    }


def _peer(dump: str) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(_as_html(dump), with_metadata=True)
    text = (doc.text or "") if doc is not None else ""
    title = (doc.title or "") if doc is not None else ""
    return {"title": title, "headings": [], "credits": [], "links": [], "body": text}


def _norm(text: str) -> str:
    return " ".join(text.split())


def _score(got: dict[str, Any], exp: dict[str, Any]) -> dict[str, float | None]:
    """1/0 per measure; None where the dump has nothing of that kind to find."""
    body = _norm(got["body"])
    found = sum(1 for p in exp["paragraphs"] if _norm(p) in body)
    titles = [t for t, _ in exp["links"]]
    clean = not any(j in body for j in JUNK) and not any(t in body for t in titles)

    def same(key: str) -> float | None:
        return float(got[key] == exp[key]) if exp[key] else None

    return {
        "title": float(got["title"] == exp["title"]),
        "headings": same("headings"),
        "credits": same("credits"),
        "links": same("links"),
        "body recall": found / len(exp["paragraphs"]) if exp["paragraphs"] else None,
        "clean body": float(clean),
    }


def _timed(func: Callable[[str], Any], dump: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(dump)
        best = min(best, time.perf_counter() - start)
    return best


def quality(repeat: int) -> None:
    """Score both extractors on the fixtures and the seed; print a table and the time ratio."""
    cases: list[tuple[str, str, dict[str, Any]]] = []
    for path in sorted(FIXTURES.glob("*.txt")):
        cases.append((path.stem, path.read_text(encoding="utf-8"), _expected_from_fixture(path)))
    if SEED.is_file():
        seed = SEED.read_text(encoding="utf-8")
        cases.append(("seed", seed, _expected_from_seed(seed)))
    else:
        print(f"(seed absent at {SEED}: scoring fixtures only)")
    totals: dict[str, dict[str, float]] = {"geoarticle": {}, "trafilatura": {}}
    counts: dict[str, int] = {}
    times = {"geoarticle": 0.0, "trafilatura": 0.0}
    for _name, dump, exp in cases:
        for who, func in (("geoarticle", _ours), ("trafilatura", _peer)):
            times[who] += _timed(func, dump, repeat)
            for k, v in _score(func(dump), exp).items():
                totals[who].setdefault(k, 0.0)
                if v is not None:
                    totals[who][k] += v
                    counts[k] = counts.get(k, 0) + (who == "geoarticle")
    n = len(cases)
    keys = list(totals["geoarticle"])
    print(f"\nQuality on {n} dumps ({n - 1 if SEED.is_file() else n} fixtures + seed)")
    print("(each measure averaged over the dumps that have something of that kind)")
    print(f"{'measure':<14}{'dumps':>6}{'geoarticle':>12}{'trafilatura':>13}")
    for k in keys:
        m = counts.get(k, 0) or 1
        g, t = totals["geoarticle"][k] / m, totals["trafilatura"][k] / m
        print(f"{k:<14}{counts.get(k, 0):>6}{g:>12.2f}{t:>13.2f}")
    ratio = times["geoarticle"] / times["trafilatura"]
    print(
        f"{'time (s)':<14}{times['geoarticle']:>12.4f}{times['trafilatura']:>13.4f}"
        f"   ratio geoarticle/trafilatura = {ratio:.3f}"
    )


def _big_dump(megabytes: float) -> str:
    """The bundled example's body repeated, with numbered headings, up to ``megabytes``."""
    text = EXAMPLE.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n\n")
    body, _, tail = rest.partition("Image 1:")
    target = int(megabytes * 1024 * 1024)
    parts = [head]
    size, i = len(head), 0
    while size < target:
        i += 1
        piece = f"Part {i} of the Series\n\n{body}"
        parts.append(piece)
        size += len(piece.encode("utf-8"))
    parts.append("Image 1:" + tail)
    return "\n\n".join(parts)


def scaling(sizes: list[float], repeat: int) -> None:
    """Parse time per size: linear growth shows as a flat seconds-per-MB column."""
    print("\nScaling (geoarticle.parsers.text.parse_text, best of", repeat, "runs)")
    print(f"{'size MB':>8}{'seconds':>10}{'s per MB':>10}{'sections':>10}")
    for mb in sizes:
        dump = _big_dump(mb)
        secs = _timed(parse_text, dump, repeat)
        article = parse_text(dump)
        real = len(dump.encode("utf-8")) / 1024 / 1024
        print(f"{real:>8.2f}{secs:>10.3f}{secs / real:>10.3f}{len(article.sections):>10}")
    dump = _big_dump(1.0)
    ours = _timed(parse_text, dump, 1)
    peer = _timed(_peer, dump, 1)
    print(
        f"1 MB dump: geoarticle {ours:.3f}s, trafilatura {peer:.3f}s, "
        f"ratio geoarticle/trafilatura = {ours / peer:.3f}"
    )


def main() -> None:
    """Run the quality table and the scaling table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.5,1,2,5", help="dump sizes in MB, comma separated")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per input (best kept)")
    ap.add_argument("--skip-scaling", action="store_true")
    args = ap.parse_args()
    quality(args.repeat)
    if not args.skip_scaling:
        scaling([float(s) for s in args.sizes.split(",")], args.repeat)


if __name__ == "__main__":
    main()
