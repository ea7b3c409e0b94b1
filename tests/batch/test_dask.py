"""The Dask engine on a LocalCluster writes the same bytes as the local engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoarticle.batch import run_to_file

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")


def test_dask_local_cluster_matches_local_engine(corpus: Path, tmp_path: Path) -> None:
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_to_file([corpus], str(local), workers=1, engine="local", annotate=False)
    summary = run_to_file(
        [corpus], str(dask), workers=1, engine="dask", chunk_size=3, annotate=False
    )
    assert summary.records == 11
    assert summary.errors == 3
    assert sorted(dask.read_bytes().splitlines()) == sorted(local.read_bytes().splitlines())


def test_dask_workers_build_the_same_pipeline(corpus: Path, tmp_path: Path) -> None:
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    options = {"pipeline": "actors,stamp", "plugins": ["tests.batch.steps:plugin"]}
    run_to_file([corpus], str(local), workers=1, engine="local", **options)
    run_to_file([corpus], str(dask), workers=1, engine="dask", chunk_size=4, **options)
    assert sorted(dask.read_bytes().splitlines()) == sorted(local.read_bytes().splitlines())
    assert b'"plugged:' in dask.read_bytes()
