"""Memory of notebook 04's scan on cached tables, step by step, and the size of what it keeps
(`bench/bench_bias_memory.py CORPUS [DATA_DIR]`; build the tables first with `presslens run --corpus CORPUS`).

Prints the process's resident and peak memory after the slim corpus, the quote and claim tables and the
part-by-part scan (queries.bias_parts + bias.scan_counts, as the notebook does), then each kept table's rows
and deep size."""
import resource
import sys

import psutil

import presslens.run
from presslens import bias, queries

PROC = psutil.Process()


def mb() -> str:
    return f"rss {PROC.memory_info().rss / 2**20:.0f} MB, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"


def main(corpus: str, data_dir: str | None = None) -> None:
    tables = presslens.run.build_tables(corpus, data_dir=data_dir)
    lexicon = bias.load_lexicons(None, actors=tables.actors)
    print("tables", mb(), flush=True)
    scanned = queries.bias_corpus(tables, texts=False)
    print("slim corpus", mb(), flush=True)
    quotes = queries.frame(tables, "quotes", queries.BIAS_QUOTE_COLUMNS)
    claims = queries.frame(tables, "claims", queries.BIAS_CLAIM_COLUMNS)
    print("quotes + claims", mb(), flush=True)
    found = {}
    counts = bias.scan_counts(queries.bias_parts(tables), quotes, claims, lexicons=lexicon,
                              wire=bias.wire_paragraphs(scanned), found=found)
    print("counts", mb(), flush=True)
    for name, df in [("articles", scanned.articles), ("paragraphs", scanned.paragraphs), ("removed", scanned.removed),
                     ("quotes", quotes), ("claims", claims), ("labels", found["labels"]),
                     ("verification", found["verification"]), ("num", counts.num), ("den", counts.den),
                     ("den_side", counts.den_side)]:
        print(f"{name}: {len(df)} rows {df.memory_usage(deep=True).sum() / 2**20:.0f} MB")


if __name__ == "__main__":
    main(*sys.argv[1:])
