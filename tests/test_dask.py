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
    """One real LocalCluster (2 worker processes) for the module: starting one costs seconds of imports."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def _forget() -> None:
    stream._WORKER_STATE.clear()


def _has_run() -> bool:
    return "rules" in stream._WORKER_STATE


def _same(local: Path, dask: Path) -> None:
    for name in TABLES:
        assert_frame_equal(stream.read_table(dask, name), stream.read_table(local, name), obj=name)


@pytest.mark.parametrize("corpus, actors, batch", [
    ("seeds", ACTORS, 2),
    ("eval/dev3/texts", ROOT / "eval" / "dev3" / "actors.yaml", 3),
    ("eval/dev2/texts", ROOT / "eval" / "dev2" / "actors.yaml", 4),
])
def test_dask_equals_local(cluster, tmp_path, corpus, actors, batch):
    path = ROOT / corpus
    stream.build_dataset(path, tmp_path / "local", actors=actors, batch=batch, workers=1, progress=False)
    summary = stream.build_dataset(path, tmp_path / "dask", actors=actors, batch=batch, engine="dask",
                                   scheduler=cluster.scheduler_address, progress=False)
    assert summary["parts"] > 1
    _same(tmp_path / "local", tmp_path / "dask")


def test_dask_equals_local_on_2000_synthetic_articles(cluster, tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    corpus = generate(2000, tmp_path / "corpus")
    # the local build in this process (its imports and registry are loaded already): the same tables as a pool's
    local = stream.build_dataset(corpus, tmp_path / "local", actors=ACTORS, workers=1, progress=False)
    client = distributed.Client(cluster)
    client.run(_forget)
    dask = stream.build_dataset(corpus, tmp_path / "dask", actors=ACTORS, engine="dask",
                                scheduler=cluster.scheduler_address, progress=False)
    assert local == dask and local["articles"] == 2000 and local["wire_paragraphs"] > 0
    _same(tmp_path / "local", tmp_path / "dask")
    # both worker processes ran batches (each keeps the rules it loaded for its first batch)
    ran = client.run(_has_run)
    client.close()
    assert len(ran) == 2 and all(ran.values()), ran


def test_cli_engine_dask_without_a_scheduler_starts_a_local_cluster(tmp_path):
    """No --scheduler: the command starts its own LocalCluster of --workers processes; same quotes as local."""
    from presslens.cli import main
    assert main(["quotes", str(ROOT / "seeds"), "--format", "parquet", "--out", str(tmp_path / "local.parquet")]) == 0
    assert main(["quotes", str(ROOT / "seeds"), "--format", "parquet", "--out", str(tmp_path / "dask.parquet"),
                 "--engine", "dask", "--workers", "2"]) == 0
    import pandas as pd
    local = pd.read_parquet(tmp_path / "local.parquet")
    assert len(local) > 0
    assert_frame_equal(pd.read_parquet(tmp_path / "dask.parquet"), local)
