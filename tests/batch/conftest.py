"""Fixtures for batch tests: invented articles written as files, JSONL and WARC."""

from __future__ import annotations

import gzip
import io
import json
import uuid
from pathlib import Path

import pytest

#: Original prose about invented places; nothing here comes from a real article.
ARTICLES = [
    (
        "Harbour talks resume in Velmora",
        "Delegates from Velmora and the Ostrian Federation met at the harbour office on Monday "
        "to settle a dispute over fishing quotas that has idled two fleets since spring.",
    ),
    (
        "Drought council names new chair",
        "The regional drought council of Kessany chose a hydrologist as its chair, promising "
        "weekly reports on reservoir levels and a review of irrigation permits.",
    ),
    (
        "Border crossing reopens after floods",
        "Engineers cleared the last of the debris from the Tarn valley road, and customs posts "
        "on both sides reopened to freight lorries late on Thursday evening.",
    ),
]


def html_page(title: str, body: str) -> str:
    """A small page around an invented article."""
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>{body}</p><p>{body[::-1].capitalize()}.</p></article></body></html>"
    )


def text_dump(title: str, body: str) -> str:
    """The same article as a plain-text dump."""
    return f"{title}\n\n{body}\n\nA second paragraph follows the first one here.\n"


def write_jsonl(path: Path, rows: list[object], *, gz: bool = False) -> Path:
    """``rows`` as JSON lines (strings are written as they are, for broken lines)."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def write_warc(path: Path, responses: list[tuple[str, int, str, bytes]]) -> Path:
    """A WARC written with FastWARC (the chosen library): (uri, status, content type, payload).

    Each record is its own gzip member when ``path`` ends in ``.gz``; a request
    record precedes every response, as crawlers write them.
    """
    warc = pytest.importorskip("fastwarc.warc")
    with open(path, "wb") as out:
        for uri, status, ctype, payload in responses:
            for rtype, block in (
                (warc.WarcRecordType.request, f"GET / HTTP/1.1\r\nHost: {uri}\r\n\r\n".encode()),
                (
                    warc.WarcRecordType.response,
                    f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\n"
                    f"Content-Length: {len(payload)}\r\n\r\n".encode()
                    + payload,
                ),
            ):
                rec = warc.WarcRecord()
                rec.init_headers(record_type=rtype, record_urn=f"uuid:{uuid.uuid4()}".encode())
                rec.headers["WARC-Target-URI"] = uri
                kind = "request" if rtype == warc.WarcRecordType.request else "response"
                rec.headers["Content-Type"] = f"application/http; msgtype={kind}"
                rec.set_bytes_content(block)
                buf = io.BytesIO()
                rec.write(buf)
                out.write(gzip.compress(buf.getvalue()) if path.suffix == ".gz" else buf.getvalue())
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with HTML, text, gzip, JSONL and WARC inputs (11 records, 3 bad, 2 WARC responses ignored)."""
    root = tmp_path / "in"
    (root / "pages" / "sub").mkdir(parents=True)
    (t0, b0), (t1, b1), (t2, b2) = ARTICLES
    (root / "pages" / "a.html").write_text(html_page(t0, b0), encoding="utf-8")
    (root / "pages" / "sub" / "b.txt").write_text(text_dump(t1, b1), encoding="utf-8")
    (root / "pages" / "c.html.gz").write_bytes(gzip.compress(html_page(t2, b2).encode()))
    (root / "pages" / "empty.txt").write_bytes(b"")  # fails: nothing to parse
    (root / "pages" / "style.css").write_text("p { color: red }")  # not included
    write_jsonl(
        root / "export.jsonl.gz",
        [
            {"html": html_page(t0, b0), "url": "https://news.example/a", "id": "a1"},
            {"text": text_dump(t1, b1), "published": "2024-05-02T10:00:00Z", "id": 2},
            "",
            "{not json",
            {"title": "no body field"},
            {"text": text_dump(t2, b2)},
        ],
        gz=True,
    )
    write_warc(
        root / "crawl.warc.gz",
        [
            ("https://news.example/v", 200, "text/html; charset=utf-8", html_page(t0, b0).encode()),
            ("https://news.example/logo.png", 200, "image/png", b"\x89PNG\r\n"),
            ("https://news.example/gone", 404, "text/html", b"<p>not here</p>"),
            ("https://news.example/k", 200, "text/html", html_page(t1, b1).encode()),
        ],
    )
    return root
