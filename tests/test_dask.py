"""The Dask engine: the same per-batch function on a real dask.distributed LocalCluster (2 worker processes)
gives the local engine's tables row for row."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pandas.testing import assert_frame_equal

from presslens import stream

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "lib" / "presslens" / "data" / "actors" / "panjshir-2021.yaml"
TABLES = (*stream.CORPUS_TABLES, *stream.EXTRACTED)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def _same(local: Path, dask: Path) -> None:
    for name in TABLES:
        assert_frame_equal(stream.read_table(dask, name), stream.read_table(local, name), obj=name)


@pytest.mark.parametrize("corpus, actors, batch", [
    ("seeds", ACTORS, 2),
    ("eval/dev3/texts", ROOT / "eval" / "dev3" / "actors.yaml", 3),
])
def test_dask_equals_local(cluster, tmp_path, corpus, actors, batch):
    path = ROOT / corpus
    stream.build_dataset(path, tmp_path / "local", actors=actors, batch=batch, workers=1, progress=False)
    summary = stream.build_dataset(path, tmp_path / "dask", actors=actors, batch=batch, engine="dask",
                                   scheduler=cluster.scheduler_address, progress=False)
    assert summary["parts"] > 1
    _same(tmp_path / "local", tmp_path / "dask")


def test_dask_equals_local_on_dev2(cluster, eval_dir, tmp_path):
    path, actors = eval_dir / "dev2" / "texts", eval_dir / "dev2" / "actors.yaml"
    stream.build_dataset(path, tmp_path / "local", actors=actors, batch=4, workers=1, progress=False)
    stream.build_dataset(path, tmp_path / "dask", actors=actors, batch=4, engine="dask",
                         scheduler=cluster.scheduler_address, progress=False)
    _same(tmp_path / "local", tmp_path / "dask")


def test_dask_equals_local_on_2000_synthetic_articles(cluster, tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    corpus = generate(2000, tmp_path / "corpus")
    local = stream.build_dataset(corpus, tmp_path / "local", actors=ACTORS, workers=2, progress=False)
    dask = stream.build_dataset(corpus, tmp_path / "dask", actors=ACTORS, engine="dask",
                                scheduler=cluster.scheduler_address, progress=False)
    assert local == dask and local["articles"] == 2000
    _same(tmp_path / "local", tmp_path / "dask")
    workers = cluster.scheduler_info["workers"] if isinstance(cluster.scheduler_info, dict) else {}
    assert len(workers) == 2


def test_dask_without_a_scheduler_starts_a_local_cluster(tmp_path):
    summary = stream.build_dataset(ROOT / "seeds", tmp_path / "dask", actors=ACTORS, batch=3, engine="dask",
                                   workers=2, progress=False)
    assert summary["articles"] == 5
    assert len(stream.read_table(tmp_path / "dask", "claims")) > 0


def test_cli_engine_dask_writes_the_same_quotes(tmp_path):
    from presslens.cli import main
    assert main(["quotes", str(ROOT / "seeds"), "--format", "parquet", "--out", str(tmp_path / "local.parquet")]) == 0
    assert main(["quotes", str(ROOT / "seeds"), "--format", "parquet", "--out", str(tmp_path / "dask.parquet"),
                 "--engine", "dask", "--workers", "2"]) == 0
    import pandas as pd
    assert_frame_equal(pd.read_parquet(tmp_path / "dask.parquet"), pd.read_parquet(tmp_path / "local.parquet"))
