"""Quality gate: body extraction may not fall below its floors on the shared corpora.

Like trafilatura's ``tests/eval_gate.py``: every page of ``trafilatura-eval`` (990),
``readability`` (130) and ``fundus-dev`` (127) is parsed and scored as
``benchmarks/corpora.py`` describes (the benchmark prints the same figures beside its
peers). Scores are deterministic given the corpus and the code, so the floors are the
measured values rounded down. The digests pin each corpus: a changed corpus moves the
scores and must be measured and pinned again on purpose
(``GEOARTICLE_GATE_REPORT=1 python -m pytest tests/parsers/html/test_quality_gate.py -s``
prints the figures and digests).

Raise a floor when extraction improves; lower one only on purpose, in a commit whose
message (and ``CHANGELOG.md``) says which and why. The tests skip when ``../shared`` is
absent (a fresh clone has none of it).
"""

from __future__ import annotations

import os
import statistics
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from geoarticle.models import Article
from geoarticle.parsers.html import parse_html

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
import corpora  # noqa: E402  (read from benchmarks/, beside the scripts that use it)

CORPORA = Path(os.environ.get("GEOARTICLE_SHARED", ROOT.parent / "shared")) / "corpora"
REPORT = bool(os.environ.get("GEOARTICLE_GATE_REPORT"))

DIGESTS = {
    "trafilatura-eval": "075ef08796d4b80d",
    "readability": "cd29c6e2822eb444",
    "fundus-dev": "54801779db017318",
}

FLOORS: dict[str, dict[str, float]] = {
    "trafilatura-eval": {"f1": 0.951, "precision": 0.944, "recall": 0.958},
    "readability": {"f1": 0.975, "headings kept": 0.896},
    "fundus-dev": {
        "f1 mean": 0.974,
        "f1 mean, held out": 0.965,
        "paragraphs found": 0.989,
        "headlines found": 0.999,
        "pages under 0.65 (at most)": 1.0,
    },
}


def _corpus(name: str) -> Path:
    path = CORPORA / name
    if not path.is_dir():
        pytest.skip(f"{path} is not present")
    digest = corpora.digest(name, CORPORA)
    if not REPORT:
        assert digest == DIGESTS[name], (
            f"{name} changed (digest {digest}): measure it and pin digest and floors again"
        )
    return path


def _text(art: Article) -> str:
    """The article's text as a reader sees it: the standfirst, then the body."""
    if art.summary and art.source_of("summary") == "text":
        return art.summary + "\n\n" + art.body_text
    return art.body_text


def _parse(source: bytes, url: str | None = None) -> Article | None:
    try:
        return parse_html(source, url=url)
    except ValueError:  # ParseError: the page holds no document
        return None


def _check(name: str, scores: dict[str, float]) -> None:
    if REPORT:
        print(f"\n{name} (digest {corpora.digest(name, CORPORA)}):")
        for key, value in scores.items():
            print(f"  {key}: {value:.4f}")
        return
    failed = []
    for key, floor in FLOORS[name].items():
        value = scores[key]
        worse = value > floor if "at most" in key else value < floor
        if worse:
            failed.append(f"{key} {value:.4f} (floor {floor:.4f})")
    assert not failed, f"{name} below its floors: " + "; ".join(failed)


def test_trafilatura_eval() -> None:
    root = _corpus("trafilatura-eval")
    tp = fp = fn = 0
    for page in corpora.traf_pages(root):
        art = _parse(page.source)
        text = _text(art) if art is not None else ""
        found = sum(s in text for s in page.with_)
        tp += found
        fn += len(page.with_) - found
        fp += sum(s in text for s in page.without)
    p, r = tp / (tp + fp), tp / (tp + fn)
    _check("trafilatura-eval", {"f1": 2 * p * r / (p + r), "precision": p, "recall": r})


def test_readability() -> None:
    root = _corpus("readability")
    f1s, kept, with_heads = [], 0, 0
    for page in corpora.read_pages(root):
        art = _parse(page.source)
        f1s.append(corpora.token_f1(_text(art) if art else "", page.expected)[2])
        if page.headings:
            with_heads += 1
            ours = {corpora.joined(s.heading) for s in art.sections if s.heading} if art else set()
            title = corpora.joined(art.title) if art else ""
            found = sum(
                corpora.joined(h) in ours or (len(h) > 8 and corpora.joined(h) in title)
                for h in page.headings
            )
            kept += found >= 0.8 * len(page.headings)
    _check("readability", {"f1": statistics.mean(f1s), "headings kept": kept / with_heads})


def _fundus(root: Path) -> Iterator[tuple[corpora.FundusPage, Article | None]]:
    for page in corpora.fundus_pages(root):
        yield page, _parse(page.source, page.url)


def test_fundus_dev() -> None:
    root = _corpus("fundus-dev")
    f1s, held, paras, heads = [], [], [0, 0], [0, 0]
    for page, art in _fundus(root):
        text = _text(art) if art is not None else ""
        f1 = corpora.token_f1(text, page.expected_text)[2]
        f1s.append(f1)
        if page.heldout:
            held.append(f1)
        found, total = corpora.found_share(page.paragraphs, text)
        paras[0] += found
        paras[1] += total
        headings = [s.heading for s in art.sections if s.heading] if art else []
        found, total = corpora.heads_share(page.headlines, headings)
        heads[0] += found
        heads[1] += total
    _check(
        "fundus-dev",
        {
            "f1 mean": statistics.mean(f1s),
            "f1 mean, held out": statistics.mean(held),
            "paragraphs found": paras[0] / paras[1],
            "headlines found": heads[0] / heads[1],
            "pages under 0.65 (at most)": float(sum(f < 0.65 for f in f1s)),
        },
    )
