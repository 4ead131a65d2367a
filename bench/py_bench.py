#!/usr/bin/python3
"""Python side of linae's side-by-side benchmarks.

Run with Debian's /usr/bin/python3 (python3-numpy, python3-scipy,
python3-sklearn and, optionally, python3-torch); bench/run.sh installs them
and runs this after the Go side, which exports the shared inputs (UFLDL
patches, initial parameters) so that both sides start from the same numbers.

Each benchmark does the same computation as the Go benchmark of the same
group and variant (see bench/cmd/run.go) and writes the same JSON fields.
The reference implementations are written the way a user of these libraries
would write them: vectorised numpy with hand-derived gradients, SciPy's
L-BFGS-B, scikit-learn's PCA, and PyTorch autograd on CPU.
"""

import argparse
import gzip
import json
import os
import platform
import statistics
import struct
import sys
import time

import numpy as np


def load_mnist(mnist_dir):
    """MNIST training images as a float64 60000x784 array scaled to [0, 1],
    read from the same IDX files as data.LoadMNIST."""
    path = os.path.join(mnist_dir, "train-images-idx3-ubyte.gz")
    with gzip.open(path, "rb") as f:
        raw = f.read()
    magic, n, rows, cols = struct.unpack(">IIII", raw[:16])
    if magic != 0x803:
        sys.exit(f"{path}: not an IDX ubyte 3-D file (magic {magic:#x})")
    x = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(n, rows * cols)
    return x.astype(np.float64) / 255.0


def timeit(runs, f):
    """Median and minimum wall time over runs, and f's extra result of the
    median run."""
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        extra = f()
        samples.append((time.perf_counter() - t0, extra))
    samples.sort(key=lambda s: s[0])
    return samples[len(samples) // 2][0], samples[0][0], samples[len(samples) // 2][1]


def timeit_each(runs, reps, f):
    """timeit for a call too short to time alone: each run times reps calls
    of f; median and minimum per call."""
    def many():
        for _ in range(reps):
            f()
    med, mn, _ = timeit(runs, many)
    return med / reps, mn / reps, None


# GRAM_REPS calls of a sub-millisecond Gram-form evaluation make one timed
# run, and UFLDL_REPS calls of a UFLDL sparse-autoencoder evaluation (the Go
# side does the same).
GRAM_REPS = 100
UFLDL_REPS = 20

RESULTS = []


def add(group, variant, impl, med, mn, runs, gflop=0.0, iters=0, evals=0, note=""):
    r = {"group": group, "variant": variant, "impl": impl, "median_s": med, "min_s": mn,
         "runs": runs, "gflop": gflop}
    if iters:
        r["iters"], r["evals"] = iters, evals
    if note:
        r["note"] = note
    RESULTS.append(r)
    line = f"{group:22s} {variant:10s} {impl:12s} median {med:9.4f} s  min {mn:9.4f} s"
    if gflop:
        line += f"  {gflop / med:6.2f} GFLOP/s"
    if iters:
        line += f"  iters {iters} evals {evals}"
    print(line, file=sys.stderr, flush=True)


def want(args, group):
    import re
    return not args.only or re.search(args.only, group) is not None


# ---------------------------------------------------------------- linear AE

def lae_tied_data(w, x):
    """Sum of squared residuals of the tied AE x -> W^T W x on the rows of
    x, and its gradient (p x n)."""
    h = x @ w.T
    r = h @ w - x
    f = np.einsum("ij,ij->", r, r)
    g = 2.0 * (h.T @ r + (r @ w.T).T @ x)
    return f, g


def lae_untied_data(w1, w2, x):
    h = x @ w1.T
    r = h @ w2.T - x
    f = np.einsum("ij,ij->", r, r)
    g2 = 2.0 * (r.T @ h)
    g1 = 2.0 * ((r @ w2).T @ x)
    return f, g1, g2


def lae_tied_gram(w, c, trc):
    """The same loss from C = X^T X: tr((W^TW - I) C (W^TW - I))."""
    m = w @ c          # p x n
    p_ = m @ w.T       # W C W^T
    q = w @ w.T
    f = np.einsum("ij,ij->", p_, q) - 2.0 * np.trace(p_) + trc
    g = 2.0 * (q @ m + p_ @ w - 2.0 * m)
    return f, g


def lae_untied_gram(w1, w2, c, trc):
    m1 = w1 @ c         # p x n
    k = m1 @ w1.T       # W1 C W1^T
    s = w2.T @ w2
    f = np.einsum("ij,ij->", s, k) - 2.0 * np.einsum("ij,ji->", m1, w2) + trc
    g2 = 2.0 * (w2 @ k - m1.T)
    g1 = 2.0 * (s @ m1 - (c @ w2).T)
    return f, g1, g2


# --------------------------------------------------------------- sparse AE

def sigmoid(z):
    # exp overflow for very negative z gives inf and 1/(1+inf) = 0: correct.
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def sparse_unpack(theta, n, p):
    w1 = theta[: p * n].reshape(p, n)
    w2 = theta[p * n: 2 * p * n].reshape(n, p)
    b1 = theta[2 * p * n: 2 * p * n + p]
    b2 = theta[2 * p * n + p:]
    return w1, w2, b1, b2


def sparse_cost(theta, x, p, lam, beta, rho):
    """The UFLDL sparseAutoencoderCost, vectorised, samples as rows."""
    m, n = x.shape
    w1, w2, b1, b2 = sparse_unpack(theta, n, p)
    a2 = sigmoid(x @ w1.T + b1)
    a3 = sigmoid(a2 @ w2.T + b2)
    rhat = a2.mean(axis=0)
    d = a3 - x
    kl = np.sum(rho * np.log(rho / rhat) + (1 - rho) * np.log((1 - rho) / (1 - rhat)))
    f = 0.5 / m * np.einsum("ij,ij->", d, d) + 0.5 * lam * (np.sum(w1 * w1) + np.sum(w2 * w2)) + beta * kl
    d3 = d * a3 * (1 - a3)
    sp = beta * (-rho / rhat + (1 - rho) / (1 - rhat))
    d2 = (d3 @ w2 + sp) * a2 * (1 - a2)
    g = np.concatenate([
        (d2.T @ x / m + lam * w1).ravel(),
        (d3.T @ a2 / m + lam * w2).ravel(),
        d2.mean(axis=0),
        d3.mean(axis=0),
    ])
    return f, g


def torch_sparse_cost(torch, theta, x, n, p, lam, beta, rho):
    w1 = theta[: p * n].view(p, n)
    w2 = theta[p * n: 2 * p * n].view(n, p)
    b1 = theta[2 * p * n: 2 * p * n + p]
    b2 = theta[2 * p * n + p:]
    a2 = torch.sigmoid(x @ w1.T + b1)
    a3 = torch.sigmoid(a2 @ w2.T + b2)
    rhat = a2.mean(0)
    kl = torch.sum(rho * torch.log(rho / rhat) + (1 - rho) * torch.log((1 - rho) / (1 - rhat)))
    m = x.shape[0]
    return 0.5 / m * ((a3 - x) ** 2).sum() + 0.5 * lam * ((w1 ** 2).sum() + (w2 ** 2).sum()) + beta * kl


# ------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mnist", required=True, help="directory of the MNIST IDX files")
    ap.add_argument("--data", required=True, help="directory the Go side exported its inputs to")
    ap.add_argument("--out", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--longruns", type=int, default=3)
    ap.add_argument("--only", default="")
    ap.add_argument("--mnist-iters", type=int, default=10)
    ap.add_argument("--ufldl-iters", type=int, default=400)
    ap.add_argument("--dgemm", type=int, default=2000)
    ap.add_argument("--no-torch", action="store_true")
    args = ap.parse_args()

    try:
        if args.no_torch:
            raise ImportError("disabled by --no-torch")
        import torch
        torch.set_num_threads(os.cpu_count() or 1)
        torch.set_default_dtype(torch.float64)
    except ImportError as e:
        torch = None
        print(f"PyTorch not available ({e}): its columns are skipped", file=sys.stderr)
    import scipy
    import scipy.optimize
    import sklearn
    from sklearn.decomposition import PCA
    try:
        from threadpoolctl import threadpool_info
        # architecture: the kernel set OpenBLAS chose for this processor
        # (Haswell = AVX2, SkylakeX/Cooperlake = AVX-512), or the one
        # OPENBLAS_CORETYPE forced.
        blas = ", ".join(f"{i['internal_api']} {i.get('version')} ({i.get('architecture', 'unknown')} kernels, "
                         f"{i['num_threads']} threads)"
                         for i in threadpool_info() if i["user_api"] == "blas")
    except ImportError:
        blas = "unknown"
    info = (f"Python {platform.python_version()}, numpy {np.__version__}, SciPy {scipy.__version__}, "
            f"scikit-learn {sklearn.__version__}, BLAS {blas}; "
            + (f"PyTorch {torch.__version__} CPU, {torch.get_num_threads()} threads" if torch else "PyTorch not installed: its column is empty"))
    RESULTS.append({"group": "_info", "variant": "", "impl": "python", "median_s": 0, "min_s": 0, "runs": 0, "gflop": 0, "note": info})
    print(info, file=sys.stderr)
    R, L = args.runs, args.longruns

    if want(args, "dgemm"):
        n = args.dgemm
        rng = np.random.default_rng(1)
        a, b = rng.random((n, n)), rng.random((n, n))
        a @ b
        med, mn, _ = timeit(R, lambda: a @ b)
        add("dgemm", str(n), "numpy", med, mn, R, 2 * n ** 3 / 1e9)
        if torch:
            ta, tb = torch.from_numpy(a), torch.from_numpy(b)
            ta @ tb
            med, mn, _ = timeit(R, lambda: ta @ tb)
            add("dgemm", str(n), "torch", med, mn, R, 2 * n ** 3 / 1e9)
        del a, b

    X = load_mnist(args.mnist)
    m, n = X.shape

    def np_pca(k):
        mean = X.mean(axis=0)
        xc = X - mean
        c = xc.T @ xc / (m - 1)
        vals, vecs = np.linalg.eigh(c)
        return vals[::-1][:k], vecs[:, ::-1][:, :k].T

    if want(args, "pca_full"):
        med, mn, _ = timeit(L, lambda: PCA(n_components=784, svd_solver="full").fit(X))
        add("pca_full", "784", "sklearn", med, mn, L, note="svd_solver='full' (LAPACK SVD of the data)")
        med, mn, _ = timeit(L, lambda: np_pca(784))
        add("pca_full", "784", "numpy", med, mn, L, note="eigh of XcᵀXc/(m−1)")
    if want(args, "pca30_exact"):
        med, mn, _ = timeit(L, lambda: PCA(n_components=30, svd_solver="full").fit(X))
        add("pca30_exact", "30", "sklearn", med, mn, L, note="svd_solver='full'")
        med, mn, _ = timeit(L, lambda: np_pca(30))
        add("pca30_exact", "30", "numpy", med, mn, L, note="eigh of XcᵀXc/(m−1)")
    if want(args, "pca30_rand"):
        med, mn, _ = timeit(L, lambda: PCA(n_components=30, svd_solver="randomized", random_state=0).fit(X))
        add("pca30_rand", "30", "sklearn", med, mn, L, note="svd_solver='randomized' (7 power iterations, LU)")

    p = 30
    if any(want(args, g) for g in ("lae_tied_grad", "lae_untied_grad", "lae_tied_train")):
        xc = X - X.mean(axis=0)
        wt = np.fromfile(os.path.join(args.data, "w_tied.f64"), dtype="<f8").reshape(p, n)
        wu = np.fromfile(os.path.join(args.data, "w_untied.f64"), dtype="<f8")
        w1, w2 = wu[: p * n].reshape(p, n), wu[p * n:].reshape(n, p)
        c = xc.T @ xc
        trc = np.trace(c)
        flops = 10 * m * n * p / 1e9
        if torch:
            txc, tc = torch.from_numpy(xc), torch.from_numpy(c)

        def torch_grad(params, lossf):
            ps = [torch.tensor(q, requires_grad=True) for q in params]
            f = lossf(*ps)
            f.backward()
            return f.item()

        if want(args, "lae_tied_grad"):
            med, mn, _ = timeit_each(R, GRAM_REPS, lambda: lae_tied_gram(wt, c, trc))
            add("lae_tied_grad", "gram", "numpy", med, mn, R, note="hand-written Gram form from C = XᵀX")
            med, mn, _ = timeit(R, lambda: lae_tied_data(wt, xc))
            add("lae_tied_grad", "data", "numpy", med, mn, R, flops)
            if torch:
                gram = lambda w: torch.einsum("ij,ij->", w @ tc @ w.T, w @ w.T) - 2 * torch.trace(w @ tc @ w.T) + trc
                data = lambda w: ((txc @ w.T @ w - txc) ** 2).sum()
                torch_grad([wt], gram)
                med, mn, _ = timeit_each(R, GRAM_REPS, lambda: torch_grad([wt], gram))
                add("lae_tied_grad", "gram", "torch", med, mn, R, note="autograd")
                med, mn, _ = timeit(R, lambda: torch_grad([wt], data))
                add("lae_tied_grad", "data", "torch", med, mn, R, flops, note="autograd")
        if want(args, "lae_untied_grad"):
            med, mn, _ = timeit_each(R, GRAM_REPS, lambda: lae_untied_gram(w1, w2, c, trc))
            add("lae_untied_grad", "gram", "numpy", med, mn, R)
            med, mn, _ = timeit(R, lambda: lae_untied_data(w1, w2, xc))
            add("lae_untied_grad", "data", "numpy", med, mn, R, flops)
            if torch:
                def gram(a, b):
                    m1 = a @ tc
                    return torch.einsum("ij,ij->", b.T @ b, m1 @ a.T) - 2 * torch.einsum("ij,ji->", m1, b) + trc
                data = lambda a, b: ((txc @ a.T @ b.T - txc) ** 2).sum()
                med, mn, _ = timeit_each(R, GRAM_REPS, lambda: torch_grad([w1, w2], gram))
                add("lae_untied_grad", "gram", "torch", med, mn, R, note="autograd")
                med, mn, _ = timeit(R, lambda: torch_grad([w1, w2], data))
                add("lae_untied_grad", "data", "torch", med, mn, R, flops, note="autograd")

        if want(args, "lae_tied_train"):
            cov_vals = np.linalg.eigvalsh(c)  # ascending: eigenvalues of Xcᵀ Xc
            floor = np.sum(cov_vals[: n - p])

            class Reached(Exception):
                pass

            def scipy_train():
                cc = xc.T @ xc
                tr = np.trace(cc)
                st = {"it": 0, "ev": 0}

                def fg(v):
                    st["ev"] += 1
                    f, g = lae_tied_gram(v.reshape(p, n), cc, tr)
                    return f, g.ravel()

                def cb(v):
                    st["it"] += 1
                    f, _ = lae_tied_gram(v.reshape(p, n), cc, tr)
                    if (f - floor) / floor <= 1e-3:
                        raise Reached

                try:
                    scipy.optimize.minimize(fg, wt.ravel(), jac=True, method="L-BFGS-B", callback=cb,
                                            options={"maxiter": 5000, "maxcor": 15, "ftol": 0, "gtol": 0})
                except Reached:
                    return st["it"], st["ev"]
                raise SystemExit("scipy tied LAE did not reach 1e-3 of the PCA floor")

            med, mn, (it, ev) = timeit(L, scipy_train)
            add("lae_tied_train", "gram", "scipy", med, mn, L, iters=it, evals=ev,
                note="L-BFGS-B on the numpy Gram form, incl. forming XᵀX")
            if torch:
                def torch_train():
                    tcc = txc.T @ txc
                    tr = torch.trace(tcc)
                    w = torch.tensor(wt, requires_grad=True)
                    opt = torch.optim.LBFGS([w], lr=1, max_iter=1, history_size=15, line_search_fn="strong_wolfe",
                                            tolerance_grad=0, tolerance_change=0)
                    ev = [0]

                    def loss():
                        m_ = w @ tcc @ w.T
                        return torch.einsum("ij,ij->", m_, w @ w.T) - 2 * torch.trace(m_) + tr

                    def closure():
                        ev[0] += 1
                        opt.zero_grad()
                        f = loss()
                        f.backward()
                        return f

                    for it in range(1, 5001):
                        opt.step(closure)
                        with torch.no_grad():
                            if (loss().item() - floor) / floor <= 1e-3:
                                return it, ev[0]
                    raise SystemExit("torch tied LAE did not reach 1e-3 of the PCA floor")

                med, mn, (it, ev) = timeit(L, torch_train)
                add("lae_tied_train", "gram", "torch", med, mn, L, iters=it, evals=ev,
                    note="torch.optim.LBFGS (strong Wolfe) on the Gram form, autograd")
        del xc

    patches = np.fromfile(os.path.join(args.data, "patches.f64"), dtype="<f8").reshape(10000, 64)
    cases = [("sparse_ufldl", patches, 25, 1e-4, 3.0, 0.01, args.ufldl_iters, UFLDL_REPS),
             ("sparse_mnist", np.ascontiguousarray(X[:10000]), 196, 3e-3, 3.0, 0.1, args.mnist_iters, 1)]
    for name, x, hid, lam, beta, rho, iters, reps in cases:
        if not (want(args, name + "_grad") or want(args, name + "_train")):
            continue
        mm, nn = x.shape
        theta0 = np.fromfile(os.path.join(args.data, f"theta_{name}.f64"), dtype="<f8")
        flops = 10 * mm * nn * hid / 1e9
        variant = f"{nn}-{hid}-{nn}"
        if torch:
            tx = torch.from_numpy(x)

            def tgrad(th):
                t = torch.tensor(th, requires_grad=True)
                f = torch_sparse_cost(torch, t, tx, nn, hid, lam, beta, rho)
                f.backward()
                return f.item()
        if want(args, name + "_grad"):
            sparse_cost(theta0, x, hid, lam, beta, rho)
            per_call = f"per call, {reps} calls a run" if reps > 1 else ""
            med, mn, _ = timeit_each(R, reps, lambda: sparse_cost(theta0, x, hid, lam, beta, rho))
            add(name + "_grad", variant, "numpy", med, mn, R, flops, note=per_call)
            if torch:
                tgrad(theta0)
                med, mn, _ = timeit_each(R, reps, lambda: tgrad(theta0))
                add(name + "_grad", variant, "torch", med, mn, R, flops, note="; ".join(s for s in (per_call, "autograd") if s))
        if want(args, name + "_train"):
            def scipy_train():
                st = {"ev": 0}

                def fg(v):
                    st["ev"] += 1
                    return sparse_cost(v, x, hid, lam, beta, rho)

                res = scipy.optimize.minimize(fg, theta0, jac=True, method="L-BFGS-B",
                                              options={"maxiter": iters, "maxcor": 15, "ftol": 0, "gtol": 0,
                                                       "maxfun": 100 * iters})
                return res.nit, st["ev"]

            med, mn, (it, ev) = timeit(L, scipy_train)
            add(name + "_train", f"{iters} iters", "scipy", med, mn, L, flops * ev, it, ev,
                note="L-BFGS-B, memory 15, numpy cost")
            if torch:
                def torch_train():
                    t = torch.tensor(theta0, requires_grad=True)
                    opt = torch.optim.LBFGS([t], lr=1, max_iter=iters, max_eval=100 * iters, history_size=15,
                                            line_search_fn="strong_wolfe", tolerance_grad=0, tolerance_change=0)
                    ev = [0]

                    def closure():
                        ev[0] += 1
                        opt.zero_grad()
                        f = torch_sparse_cost(torch, t, tx, nn, hid, lam, beta, rho)
                        f.backward()
                        return f

                    opt.step(closure)
                    return opt.state[opt._params[0]]["n_iter"], ev[0]

                med, mn, (it, ev) = timeit(L, torch_train)
                add(name + "_train", f"{iters} iters", "torch", med, mn, L, flops * ev, it, ev,
                    note="torch.optim.LBFGS (strong Wolfe), autograd")

    tmp = args.out + ".tmp"
    with open(tmp, "w") as f:
        json.dump(RESULTS, f, indent=2)
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
