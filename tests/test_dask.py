"""The Dask engine: the same per-batch function on a real dask.distributed LocalCluster (2 worker processes)
gives the local engine's tables row for row, whether the driver reads the files and writes the Parquet
(dask_io='driver', for workers without a shared file system) or the workers do (dask_io='workers')."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
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


@pytest.mark.parametrize("io", ["driver", "workers"])
@pytest.mark.parametrize("corpus, actors, batch", [
    ("seeds", ACTORS, 2),
    ("eval/dev3/texts", ROOT / "eval" / "dev3" / "actors.yaml", 3),
    ("eval/dev2/texts", ROOT / "eval" / "dev2" / "actors.yaml", 4),
])
def test_dask_equals_local(cluster, tmp_path, corpus, actors, batch, io):
    path = ROOT / corpus
    local = stream.build_dataset(path, tmp_path / "local", actors=actors, batch=batch, workers=1, progress=False)
    summary = stream.build_dataset(path, tmp_path / "dask", actors=actors, batch=batch, engine="dask",
                                   scheduler=cluster.scheduler_address, dask_io=io, progress=False)
    assert summary["parts"] > 1 and summary == local
    _same(tmp_path / "local", tmp_path / "dask")


def _awkward_corpus(folder: Path) -> Path:
    """JSONL shards cut mid-file by small batches, holding an identical text in another shard, a blank record,
    a line that is not JSON and a record without an id; a CSV file, a .txt article, two files sharing a base
    name in different folders, an empty JSONL file; a manifest giving one file's outlet."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    corpus = generate(40, folder)
    lines = (corpus / "shard_0000.jsonl").read_text(encoding="utf-8").splitlines()
    (corpus / "a_extra.jsonl").write_text("\n".join([
        lines[3].replace('"a0000003"', '"copy3"'), '{"id": "blank", "text": "  "}', "{not json", "",
        lines[5].replace('"id": "a0000005", ', ""), *lines[6:9]]) + "\n", encoding="utf-8")
    (corpus / "empty.jsonl").write_bytes(b"")
    for sub in ("east", "west"):
        (corpus / sub).mkdir()
        (corpus / sub / "report.txt").write_text((ROOT / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
                                                 + f"\n\nFiled from the {sub}.", encoding="utf-8")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[1].read_text(encoding="utf-8")
    pd.DataFrame({"id": ["c1", "c2"], "text": [seed, seed.replace("the", "a")], "outlet": ["Harbour Post", None]}) \
        .to_csv(corpus / "wire.csv", index=False)
    pd.DataFrame({"file": ["empty.jsonl", "wire.csv"], "outlet": ["", "The Listed Outlet"]}) \
        .to_csv(corpus / "manifest.csv", index=False)
    return corpus


def test_workers_reading_slices_equal_the_local_engine(cluster, tmp_path):
    """Workers reading their own slices of awkward inputs give the same tables, ingest log included."""
    corpus = _awkward_corpus(tmp_path / "c")
    local = stream.build_dataset(corpus, tmp_path / "local", actors=ACTORS, batch=7, workers=1, progress=False)
    dask = stream.build_dataset(corpus, tmp_path / "dask", actors=ACTORS, batch=7, engine="dask",
                                scheduler=cluster.scheduler_address, dask_io="workers", progress=False)
    # parts are cut by lines, not articles, so their count may differ (a blank or invalid line makes one smaller)
    assert {**dask, "parts": 0} == {**local, "parts": 0} and dask["parts"] >= local["parts"] > 6
    _same(tmp_path / "local", tmp_path / "dask")
    log = stream.read_table(tmp_path / "dask", "ingest_log")
    reasons = dict(zip(log["article_id"].fillna(log["path"]), log["reason"].fillna("")))
    assert "identical text to a_extra.jsonl#copy3" in reasons["shard_0000.jsonl#a0000003"]
    assert "invalid JSON" in reasons["a_extra.jsonl:3"] and "empty" in reasons["empty.jsonl"]
    assert log["path"].eq("empty.jsonl").sum() == 1
    articles = stream.read_table(tmp_path / "dask", "articles")
    assert {"east/report.txt", "west/report.txt", "a_extra.jsonl#5"} <= set(articles["article_id"])
    assert set(articles.loc[articles["article_id"].str.startswith("wire.csv"), "outlet"]) == {"The Listed Outlet"}


def test_plan_slices_cover_every_line_once(tmp_path):
    """Tasks of about `batch` articles, JSONL files cut by lines, every line in exactly one slice."""
    corpus = _awkward_corpus(tmp_path / "c")
    tasks = list(stream.plan_slices(corpus, batch=7))
    covered: dict[str, list[int]] = {}
    for task in tasks:
        for file, rel, unique, extra, lines in task:
            n = len(Path(file).read_text(encoding="utf-8").splitlines())
            first, stop = lines or (0, None)
            covered.setdefault(rel, []).extend(range(n)[first:stop])
    for rel, found in covered.items():
        n = len((corpus / rel).read_text(encoding="utf-8").splitlines()) if rel.endswith(".jsonl") else None
        assert sorted(found) == list(range(n if n is not None else len(found))), rel
    sizes = [sum((p[4][1] if p[4] and p[4][1] is not None else 7) - (p[4][0] if p[4] else 0) for p in t
                 if p[1].endswith(".jsonl") and p[4] and p[4][1] is not None) for t in tasks]
    assert max(sizes) <= 7 and len(tasks) >= 40 // 7
    assert not [r for t in tasks for p in t for r in [p[1]] if p[1] == "manifest.csv"]


def test_a_worker_writes_its_parts_and_returns_only_keys(tmp_path):
    """process_slice (what a worker runs) writes the part's tables itself; what it sends back holds no table."""
    corpus = _awkward_corpus(tmp_path / "c")
    task = next(iter(stream.plan_slices(corpus, batch=7)))
    res = stream.process_slice(task, str(tmp_path / "out"), 3, actors=str(ACTORS), extract=True)
    assert res["part"] == 3 and len(res["ids"]) == len(res["digests"]) > 0
    assert not [v for v in res.values() if isinstance(v, pd.DataFrame)]
    for name in TABLES:
        if name != "ingest_log":
            assert (tmp_path / "out" / f"{name}.parquet" / "part-00003.parquet").exists(), name
    assert stream.read_table(tmp_path / "out", "articles")["article_id"].tolist() == res["ids"]


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
    # the workers reading their slices and writing their parts: the same again
    on_workers = stream.build_dataset(corpus, tmp_path / "workers", actors=ACTORS, engine="dask", dask_io="workers",
                                      scheduler=cluster.scheduler_address, progress=False)
    assert on_workers == local
    _same(tmp_path / "local", tmp_path / "workers")
    # both worker processes ran batches (each keeps the rules it loaded for its first batch)
    ran = client.run(_has_run)
    client.close()
    assert len(ran) == 2 and all(ran.values()), ran


@pytest.mark.parametrize("io", ["auto", "driver"])
def test_cli_engine_dask_without_a_scheduler_starts_a_local_cluster(tmp_path, io):
    """No --scheduler: the command starts its own LocalCluster of --workers processes (whose workers read and write
    the files themselves unless --dask-io driver); same quotes as local."""
    from presslens.cli import main
    assert main(["quotes", str(ROOT / "seeds"), "--format", "parquet", "--out", str(tmp_path / "local.parquet")]) == 0
    assert main(["quotes", str(ROOT / "seeds"), "--format", "parquet", "--out", str(tmp_path / "dask.parquet"),
                 "--engine", "dask", "--workers", "2", "--dask-io", io]) == 0
    import pandas as pd
    local = pd.read_parquet(tmp_path / "local.parquet")
    assert len(local) > 0
    assert_frame_equal(pd.read_parquet(tmp_path / "dask.parquet"), local)
