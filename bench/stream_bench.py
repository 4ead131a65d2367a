#!/usr/bin/env python3
"""The Python side of the streaming benchmark (bench/stream_bench.sh).

One streamed pass over rows generated block by block, as bench/stream does,
then the top-k covariance eigenvalues; prints one JSON line.

  stream_bench.py --mode numpy   --rows N   # numpy: S += XᵀX by blocks, then S − m x̄x̄ᵀ, eigh
  stream_bench.py --mode sklearn --rows N   # scikit-learn IncrementalPCA.partial_fit by blocks
  stream_bench.py --mode gen     --rows N   # generate only (the generator's share)
  stream_bench.py --mode idxcheck --in 'DIR/*.idx' --go-top '[...]'
      # numpy on the IDX shards bench/stream wrote: eigenvalues against the Go result

The generated rows have the distribution of bench/stream's (independent
uniform columns, x_ij = c_j (u_ij − ½) + j/n, c_j = 1 + 3j/n), not the same
numbers: numpy's generator, seeded by (seed, block).
"""
import argparse
import glob
import json
import math
import time

import numpy as np


def blocks(rows, cols, block, seed):
    c = 1 + 3 * np.arange(cols) / cols
    shift = np.arange(cols) / cols
    for b, lo in enumerate(range(0, rows, block)):
        k = min(block, rows - lo)
        rng = np.random.default_rng([seed, b])
        x = rng.random((k, cols))
        x -= 0.5
        x *= c
        x += shift
        yield x


def theory_rel(top, cols):
    want = sorted(((1 + 3 * j / cols) ** 2 / 12 for j in range(cols)), reverse=True)
    return max(abs(v - w) / want[0] for v, w in zip(top, want))


def table(paths):
    """Prints the tables of the runs in the JSON-lines files paths (comma-separated): with several
    rounds, each implementation's fastest run of each size, as bench/run.sh keeps the better round."""
    runs = [json.loads(l) for path in paths.split(",") for l in open(path) if l.strip()]
    by = {}
    for r in runs:
        key = (r["impl"], r["mode"], r["rows"])
        if key not in by or r["pass_seconds"] < by[key]["pass_seconds"]:
            by[key] = r
    runs = [r for r in runs if by[(r["impl"], r["mode"], r["rows"])] is r]
    rows = sorted({r["rows"] for r in runs if r["mode"] in ("scatter", "numpy", "sklearn")})

    def cell(r):
        if r is None:
            return "—"
        return "%.3g s (%.3g rows/s), %.0f MB" % (r["pass_seconds"], r["rows_per_s"], r["rss_kb"] / 1024)

    def ratio(a, b):
        return "%.2f" % (a["pass_seconds"] / b["pass_seconds"]) if a and b else "—"

    print("| rows m | linae `Scatter.AddRows` | numpy XᵀX by blocks | scikit-learn IncrementalPCA | "
          "generation alone: Go; numpy | accumulation (pass − generation): Go; numpy | linae / numpy | linae / sklearn | load avg (Go; numpy; sklearn) |")
    print("|---:|---|---|---|---|---|---:|---:|---|")
    for m in rows:
        g, n, s = by.get(("go", "scatter", m)), by.get(("numpy", "numpy", m)), by.get(("sklearn", "sklearn", m))
        gg, ng = by.get(("go", "gen", m)), by.get(("numpy", "gen", m))
        gen = "%s; %s" % ("%.3g s" % gg["pass_seconds"] if gg else "—", "%.3g s" % ng["pass_seconds"] if ng else "—")
        load = "; ".join("%.1f" % r["load"] if r else "—" for r in (g, n, s))
        acc = "%s; %s" % tuple("%.3g s" % (a["pass_seconds"] - b["pass_seconds"]) if a and b else "—" for a, b in ((g, gg), (n, ng)))
        print("| %d | %s | %s | %s | %s | %s | %s | %s | %s |" % (m, cell(g), cell(n), cell(s), gen, acc, ratio(g, n), ratio(g, s), load))
    print()
    print("| run | rows m | time (s) | peak RSS (MB) | top-10 eigenvalues against theory c²/12 (max abs error / λ₁) | check |")
    print("|---|---:|---:|---:|---:|---|")
    for r in runs:
        if r["mode"] in ("scatter", "numpy", "sklearn", "inmemory", "idx", "idxcheck"):
            name = {"scatter": "linae streamed (generated)", "numpy": "numpy XᵀX by blocks", "sklearn": "scikit-learn IncrementalPCA",
                    "inmemory": "linae in memory (`FitPCA`, PCAEigen)", "idx": "linae streamed from float32 IDX shards on disk",
                    "idxcheck": "numpy on the same IDX shards (whole files)"}[r["mode"]]
            check = ""
            if "go_rel_diff" in r:
                check = "Go against numpy on the same rows: max |Δλ|/λ₁ = %.1e" % r["go_rel_diff"]
            print("| %s | %d | %.3g | %.0f | %.2g | %s |" % (name, r["rows"], r["seconds"], r["rss_kb"] / 1024, r.get("theory_rel", float("nan")), check))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["numpy", "sklearn", "gen", "idxcheck"])
    ap.add_argument("--table", default="", help="print the markdown tables of stream.jsonl files (comma-separated rounds)")
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--cols", type=int, default=784)
    ap.add_argument("--block", type=int, default=2674)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--in", dest="inp", default="")
    ap.add_argument("--go-top", default="")
    a = ap.parse_args()
    if a.table:
        table(a.table)
        return
    res = {"impl": "numpy" if a.mode != "sklearn" else "sklearn", "mode": a.mode,
           "rows": a.rows, "cols": a.cols, "block": a.block}
    t0 = time.perf_counter()
    top = None
    if a.mode == "gen":
        for _ in blocks(a.rows, a.cols, a.block, a.seed):
            pass
    elif a.mode == "numpy":
        s = np.zeros((a.cols, a.cols))
        tot = np.zeros(a.cols)
        m = 0
        for x in blocks(a.rows, a.cols, a.block, a.seed):
            s += x.T @ x
            tot += x.sum(axis=0)
            m += x.shape[0]
        mean = tot / m
        cov = (s - m * np.outer(mean, mean)) / (m - 1)
        pass_s = time.perf_counter() - t0
        top = np.linalg.eigh(cov)[0][::-1][: a.k]
    elif a.mode == "sklearn":
        from sklearn.decomposition import IncrementalPCA
        ipca = IncrementalPCA(n_components=a.k, batch_size=a.block)
        for x in blocks(a.rows, a.cols, a.block, a.seed):
            ipca.partial_fit(x)
        pass_s = time.perf_counter() - t0
        top = ipca.explained_variance_
    elif a.mode == "idxcheck":
        s = None
        m = 0
        for path in sorted(glob.glob(a.inp)):
            with open(path, "rb") as f:
                head = f.read(12)
                assert head[:4] == b"\x00\x00\x0d\x02", head
                r, c = int.from_bytes(head[4:8], "big"), int.from_bytes(head[8:12], "big")
                x = np.fromfile(f, dtype=">f4", count=r * c).reshape(r, c).astype(np.float64)
            if s is None:
                s, tot = np.zeros((c, c)), np.zeros(c)
            s += x.T @ x
            tot += x.sum(axis=0)
            m += r
        mean = tot / m
        top = np.linalg.eigh((s - m * np.outer(mean, mean)) / (m - 1))[0][::-1][: a.k]
        res["rows"], res["cols"] = m, s.shape[0]
        go = json.loads(a.go_top)
        res["go_rel_diff"] = max(abs(g - p) / top[0] for g, p in zip(go, top))
        pass_s = time.perf_counter() - t0
    if a.mode == "gen":
        pass_s = time.perf_counter() - t0
    res["seconds"] = time.perf_counter() - t0
    res["pass_seconds"] = pass_s
    res["rows_per_s"] = res["rows"] / pass_s
    if top is not None:
        res["top"] = [float(v) for v in top]
        res["theory_rel"] = theory_rel(res["top"], res["cols"])
    print(json.dumps(res))


if __name__ == "__main__":
    main()
