"""The articles of the actors-and-events gold set, and annotation packets for them.

The list lives in ``benchmarks/gold/articles.tsv`` (id, split, corpus, page,
kind); the pages themselves are read in place from ``../shared``. Nothing of the
articles' text is stored in the repository.

``python benchmarks/gold_articles.py OUTDIR`` writes one plain-text packet per
article to OUTDIR (outside the repository): the page's date, title, standfirst
and body as its publisher (or the corpus) gives it, for annotators who follow
``../shared/eval/ANNOTATION.md`` without seeing geoarticle's output.
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "benchmarks" / "gold"
#: The shared scorer of actors and events, read in place.
SCORER = SHARED / "eval" / "score_events.py"
#: The seed states no date; the guide takes this one.
SEED_DATE = dt.date(2017, 11, 1)


def scorer() -> ModuleType:
    """The shared scorer (``../shared/eval/score_events.py``), imported from where it lies."""
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class GoldArticle(NamedTuple):
    """One row of ``articles.tsv``."""

    id: str
    split: str  # dev | heldout | fresh | dev2 .. dev8 | wire | wire2
    corpus: str  # seeds | fundus-dev | readability | trafilatura-eval | conll2003
    page: str  # a path under the corpus; for conll2003 "<file>#<document number>"
    kind: str  # news | ordinary

    @property
    def path(self) -> Path:
        """Where the page lies under ``../shared``."""
        if self.corpus == "seeds":
            return SHARED / "seeds" / self.page
        return SHARED / "corpora" / self.corpus / self.page

    def source(self) -> bytes:
        """The page's bytes (decompressed; for a CoNLL story, its text rebuilt as a page)."""
        if self.corpus == "conll2003":
            from wire_pages import wire_page

            return wire_page(self.page).encode("utf-8")
        data = self.path.read_bytes()
        return gzip.decompress(data) if self.page.endswith(".gz") else data

    def url(self) -> str | None:
        """The page's URL where the corpus records it."""
        if self.corpus == "fundus-dev":
            cc, name = self.page.split("/")
            info = json.loads((SHARED / "corpora" / "fundus-dev" / cc / "meta.info").read_text())
            return str(info.get(name, {}).get("url")) or None
        if self.corpus == "trafilatura-eval":
            data = json.loads(
                (SHARED / "corpora" / "trafilatura-eval" / "evaldata.json").read_text()
            )
            name = self.page.split("/")[-1].removesuffix(".gz")
            return next((u for u, d in data.items() if d.get("file") == name), None)
        return None


def articles(split: str | None = None) -> Iterator[GoldArticle]:
    """The gold articles, optionally of one split only."""
    for line in (GOLD / "articles.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            row = GoldArticle(*line.split("\t"))
            if split is None or row.split == split:
                yield row


def _fundus_version(art: GoldArticle) -> dict[str, object]:
    cc, name = art.page.split("/")
    publisher = name.split("_")[0]
    versions = json.loads(
        (SHARED / "corpora" / "fundus-dev" / cc / f"{publisher}.json").read_text()
    )
    html = art.source().decode("utf-8", "replace")
    best: dict[str, object] = {}
    for v in versions.values():
        title = str(v.get("title") or "")
        if title and title[:40] in html:
            return dict(v)
        best = best or dict(v)
    return best


def _expected_text(path: Path) -> list[str]:
    from lxml import html as lxml_html

    root = lxml_html.fromstring(path.read_bytes())
    out: list[str] = []
    for el in root.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote"):
        text = " ".join(el.text_content().split())
        if text and el.tag in ("h1", "h2", "h3", "h4"):
            out.append("## " + text)
        elif text and not any(a.tag in ("p", "li", "blockquote") for a in el.iterancestors()):
            out.append(text)
    return out


def packet(art: GoldArticle) -> str:
    """The text an annotator reads for ``art``."""
    head = [f"id: {art.id}", f"page: {art.corpus}/{art.page}"]
    url = art.url()
    if url:
        head.append(f"url: {url}")
    body: list[str] = []
    if art.corpus == "seeds":
        head.append("published: (not stated; take 2017-11-01 as the publication date)")
        body = [art.source().decode("utf-8")]
    elif art.corpus == "conll2003":
        from wire_pages import published

        head.append(f"published: {published(art.page)} (the dateline's date)")
        body = [art.source().decode("utf-8")]
    elif art.corpus == "fundus-dev":
        v = _fundus_version(art)
        head.append(f"published: {v.get('publishing_date')}")
        head.append(f"title: {v.get('title')}")
        b = v.get("body") or {}
        assert isinstance(b, dict)
        summary = list(b.get("summary") or [])
        if summary:
            body.append("[STANDFIRST]")
            body.extend(summary)
            body.append("[BODY]")
        for sec in b.get("sections") or []:
            for h in sec.get("headline") or []:
                body.append("## " + h)
            body.extend(sec.get("paragraphs") or [])
    elif art.corpus == "readability":
        meta = json.loads((art.path.parent / "expected-metadata.json").read_text())
        head.append(f"published: {meta.get('publishedTime') or '(see the text)'}")
        head.append(f"title: {meta.get('title')}")
        body = _expected_text(art.path.parent / "expected.html")
    else:
        import htmldate
        import trafilatura

        html = art.source().decode("utf-8", "replace")
        head.append(f"published: {htmldate.find_date(html, url=url) or '(see the text)'}")
        meta = trafilatura.extract_metadata(html)
        head.append(f"title: {meta.title if meta else ''}")
        body = (trafilatura.extract(html, url=url) or "").split("\n")
    return "\n".join(head) + "\n\n" + "\n\n".join(p for p in body if p.strip()) + "\n"


def main(argv: list[str]) -> int:
    """Write the packets to the directory given."""
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    if ROOT in out.parents or out == ROOT:
        print("packets hold article text: write them outside the repository")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for art in articles():
        (out / f"{art.id}.txt").write_text(packet(art), "utf-8")
        print(art.id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
