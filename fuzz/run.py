"""Fuzz every target in turn for a time budget, restarting after each crash.

    python fuzz/run.py --seconds 600            # html, text, textparse and loads, 10 minutes each
    python fuzz/run.py --seconds 60 html        # one target

libFuzzer stops at the first crash; this runner starts it again on the same corpus until the
target's budget is spent, so one run collects every distinct crasher. Crashers land in
``fuzz/artifacts/<target>/``, libFuzzer's output in ``fuzz/artifacts/<target>.log``; the summary
(executions, seconds, crashes, coverage and when it last grew) is printed at the end.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = {"html": "html", "text": "text", "textparse": "text", "loads": "json"}
_COVERAGE = re.compile(r"^#(\d+)\s+\w+\s+cov: (\d+)", re.MULTILINE)
_EXECUTED = re.compile(r"^stat::number_of_executed_units:\s+(\d+)", re.MULTILINE)


def _fuzz(
    target: str, seconds: int, timeout: int, rss_mb: int, max_len: int
) -> tuple[int, float, list[str], tuple[int, int]]:
    art = HERE / "artifacts" / target
    art.mkdir(parents=True, exist_ok=True)
    corpus = HERE / "corpus" / CORPUS[target]
    log = HERE / "artifacts" / f"{target}.log"
    runs, crashes, start = 0, [], time.monotonic()
    coverage = (0, 0)  # (edges, executions when the last new edge was found)
    with log.open("a", encoding="utf-8") as out:
        while (left := seconds - (time.monotonic() - start)) > 5:
            before = set(art.iterdir())
            cmd = [
                sys.executable, str(HERE / "harness.py"), target, str(corpus),
                f"-max_total_time={int(left)}", f"-timeout={timeout}", f"-rss_limit_mb={rss_mb}",
                f"-artifact_prefix={art}/", "-print_final_stats=1",
            ]  # fmt: skip
            if max_len:
                cmd.append(f"-max_len={max_len}")
            if (HERE / f"{CORPUS[target]}.dict").is_file():
                cmd.append(f"-dict={HERE / (CORPUS[target] + '.dict')}")
            proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
            out.write(proc.stderr)
            for execs, cov in _COVERAGE.findall(proc.stderr):
                if int(cov) > coverage[0]:
                    coverage = (int(cov), runs + int(execs))
            runs += sum(int(n) for n in _EXECUTED.findall(proc.stderr))
            new = sorted(str(p.name) for p in set(art.iterdir()) - before)
            crashes.extend(new)
            if proc.returncode == 0 or not new:
                break
    return runs, time.monotonic() - start, crashes, coverage


def main() -> None:
    """Parse options and fuzz each named target."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="*", default=list(CORPUS), choices=list(CORPUS))
    ap.add_argument("--seconds", type=int, default=600, help="budget per target")
    ap.add_argument("--timeout", type=int, default=10, help="seconds one input may take")
    ap.add_argument("--rss-limit-mb", type=int, default=4096)
    ap.add_argument("--max-len", type=int, default=0, help="longest input (0: libFuzzer's choice)")
    args = ap.parse_args()
    rows = []
    for target in args.targets:
        runs, secs, crashes, (cov, last) = _fuzz(
            target, args.seconds, args.timeout, args.rss_limit_mb, args.max_len
        )
        rows.append((target, runs, secs, crashes))
        print(
            f"{target}: {runs} executions in {secs:.0f} s, {len(crashes)} crasher(s); "
            f"coverage {cov} edges, the last new one at execution {last}",
            flush=True,
        )
        for name in crashes:
            print(f"    fuzz/artifacts/{target}/{name}")
    total = sum(r[1] for r in rows)
    print(f"total: {total} executions in {sum(r[2] for r in rows):.0f} s")


if __name__ == "__main__":
    main()
