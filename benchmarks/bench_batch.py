"""Batch throughput, scaling and memory, plus the WARC-library choice.

Inputs are the readability and trafilatura-eval pages in ../shared, repeated
(as symlinks in a temporary folder, nothing copied into the repo) to
``--records`` (default 20,000). Each configuration runs in a fresh child
process so that its peak RSS is its own:

* records/second for the local engine with 1 and 2 workers, and Dask with 2;
* peak RSS (driver and largest worker) for 1,000 and ``--records`` records;
* ``--warc``: FastWARC against warcio reading the same generated WARC files.

    /work/venv/bin/python benchmarks/bench_batch.py --records 2000
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GEOARTICLE_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"


def corpus_pages() -> list[Path]:
    """The corpus pages, readability sources first (sorted)."""
    pages = sorted(CORPORA.glob("readability/*/source.html"))
    pages += sorted(CORPORA.glob("trafilatura-eval/html/*.html.gz"))
    return pages


def make_folder(pages: list[Path], n: int, where: Path) -> Path:
    """A folder of ``n`` symlinks cycling over ``pages``."""
    folder = where / f"pages-{n}"
    folder.mkdir()
    for i in range(n):
        page = pages[i % len(pages)]
        suffix = ".html.gz" if page.name.endswith(".gz") else ".html"
        (folder / f"{i:06d}{suffix}").symlink_to(page)
    return folder


def child(args: argparse.Namespace) -> None:
    """One measured run (in its own process); prints a JSON line."""
    from geoarticle.batch import run_to_file

    start = time.perf_counter()
    summary = run_to_file(
        [args.folder],
        args.out,
        overwrite=True,  # each configuration writes the same file
        workers=args.workers,
        engine=args.engine,
        durable=True,
    )
    elapsed = time.perf_counter() - start
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "records": summary.records,
                "ok": summary.ok,
                "errors": summary.errors,
                "seconds": elapsed,
                "driver_kib": self_rss,
                "worker_kib": child_rss,
            }
        )
    )


def measure(folder: Path, out: Path, engine: str, workers: int) -> dict[str, float]:
    """Run one configuration in a child process and read back its figures."""
    cmd = [
        sys.executable,
        __file__,
        "--child",
        "--folder",
        str(folder),
        "--out",
        str(out),
        "--engine",
        engine,
        "--workers",
        str(workers),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def throughput(pages: list[Path], n: int, tmp: Path, engines: list[str], memory: bool) -> None:
    """Records/second and peak RSS per configuration (``memory``: only 2 local workers)."""
    big = make_folder(pages, n, tmp)
    small = make_folder(pages, min(1000, n), tmp) if n > 1000 else big
    configs = [("local", 2, big)] if memory else [("local", 1, big), ("local", 2, big)]
    if "dask" in engines and not memory:
        configs.append(("dask", 2, big))
    if small is not big:
        configs.append(("local", 2, small))
    rows = []
    base = None
    for engine, workers, folder in configs:
        r = measure(folder, tmp / "out.jsonl", engine, workers)
        rate = r["records"] / r["seconds"]
        if engine == "local" and workers == 1:
            base = rate
        rows.append((engine, workers, r, rate))
    print(f"\n== throughput and memory ({len(pages)} distinct pages, default pipeline) ==")
    print(
        f"{'engine':<7} {'workers':>7} {'records':>8} {'errors':>6} {'seconds':>8} "
        f"{'rec/s':>7} {'x 1 worker':>10} {'driver MiB':>10} {'worker MiB':>10}"
    )
    for engine, workers, r, rate in rows:
        ratio = f"{rate / base:.2f}" if base else "-"
        print(
            f"{engine:<7} {workers:>7} {r['records']:>8,.0f} {r['errors']:>6,.0f} "
            f"{r['seconds']:>8.1f} {rate:>7.1f} {ratio:>10} "
            f"{r['driver_kib'] / 1024:>10.1f} {r['worker_kib'] / 1024:>10.1f}"
        )


def write_warc(pages: list[Path], n: int, path: Path, gz: bool) -> None:
    """A WARC of ``n`` HTML responses, written with warcio (neutral for both readers)."""
    import gzip

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for i in range(n):
            page = pages[i % len(pages)]
            data = page.read_bytes()
            if page.name.endswith(".gz"):
                data = gzip.decompress(data)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            rec = writer.create_warc_record(
                f"https://example.org/{i}",
                "response",
                payload=io.BytesIO(data),
                http_headers=headers,
            )
            writer.write_record(rec)


def warc_choice(pages: list[Path], n: int, tmp: Path) -> None:
    """FastWARC against warcio: records/second reading every payload of the same files."""
    from geoarticle.batch.warc import available_backends, iter_warc_responses

    print(f"\n== WARC readers ({n} response records, payloads read) ==")
    print(f"{'file':<14} {'MiB':>6} {'library':<9} {'seconds':>8} {'rec/s':>8} {'MiB/s':>7}")
    for gz in (True, False):
        path = tmp / ("bench.warc.gz" if gz else "bench.warc")
        write_warc(pages, n, path, gz)
        size = path.stat().st_size / 2**20
        seen: dict[str, list[int]] = {}
        for backend in available_backends():
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                lengths = [
                    len(r.payload or b"")
                    for r in iter_warc_responses(str(path), max_payload=2**26, backend=backend)
                ]
                best = min(best, time.perf_counter() - start)
            seen[backend] = lengths
            print(
                f"{path.name:<14} {size:>6.1f} {backend:<9} {best:>8.3f} "
                f"{len(lengths) / best:>8.0f} {size / best:>7.1f}"
            )
        if len({tuple(v) for v in seen.values()}) > 1:
            print("  !! the libraries disagree on the payloads")


def main() -> None:
    """Parse options; run the parts asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000, help="records per run")
    parser.add_argument("--engines", default="local,dask", help="engines to time")
    parser.add_argument("--warc", action="store_true", help="only compare the WARC libraries")
    parser.add_argument(
        "--memory", action="store_true", help="only 2 local workers, at 1,000 and --records"
    )
    parser.add_argument("--warc-records", type=int, default=2000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    pages = corpus_pages()
    if not pages:
        print(f"skipped: no corpora under {CORPORA}")
        return
    print(f"cpus: {os.cpu_count()}  (shared with other work while measured)")
    with tempfile.TemporaryDirectory(prefix="geoarticle-bench-") as tmpdir:
        tmp = Path(tmpdir)
        if args.warc:
            warc_choice(pages, args.warc_records, tmp)
        else:
            throughput(pages, args.records, tmp, args.engines.split(","), args.memory)


if __name__ == "__main__":
    main()
