#!/usr/bin/python3
"""Execute the project's notebooks headless through the Go kernel and report.

Runs each notebook with nbclient (Debian's python3-nbclient) against the
installed kernelspec, shows progress cell by cell, writes the executed
notebooks to the output folder, and ends with a table of every claim the
notebooks checked and every figure they saved, read from the results file
each notebook writes through package nb (RESULTS/NOTEBOOK.json; the schema is
in notebooks/README.md and in `go doc ./notebooks/nb`). Exits non-zero when a
cell errors, a check fails, a saved figure is not a real PNG, or a notebook
leaves no results file or one without claims.

Usage: run_notebooks.py [--kernel NAME] [--out DIR] [--results DIR] [--timeout S] NOTEBOOK...
"""

import argparse
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

SCHEMA, VERSION = "linae-notebook-results", 1


class ProgressClient(NotebookClient):
    """An nbclient client that prints one line per executed code cell."""

    def __init__(self, nb, label, **kw):
        super().__init__(nb, **kw)
        self.label = label
        self.code_cells = sum(1 for c in nb.cells if c.cell_type == "code")
        self.done = 0
        self.t0 = time.time()

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        if cell.cell_type != "code":
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        self.done += 1
        start = time.time()
        first = (cell.source.strip().splitlines() or [""])[0][:60]
        print(f"  [{self.label}] cell {self.done}/{self.code_cells}: {first}", flush=True)
        try:
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        finally:
            print(f"  [{self.label}]   {time.time() - start:5.1f} s (total {time.time() - self.t0:5.1f} s)", flush=True)


def project_root(start):
    """The nearest directory at or above start holding go.mod, as package nb finds it."""
    d = os.path.abspath(start)
    while True:
        if os.path.exists(os.path.join(d, "go.mod")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return os.path.abspath(start)
        d = parent


def number(v):
    """A results-file number: JSON numbers, or "NaN", "+Inf", "-Inf" as strings."""
    return float(v)


def read_results(path, label):
    """Returns (results, None) or (None, why the file cannot be used)."""
    try:
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
    except FileNotFoundError:
        return None, f"no results file {path}: does its first cell call nb.Start(\"{label}\")?"
    except (OSError, ValueError) as e:
        return None, f"results file {path} cannot be read: {e}"
    if not isinstance(r, dict) or r.get("schema") != SCHEMA or r.get("version") != VERSION:
        return None, f"results file {path} is not {SCHEMA} version {VERSION}"
    if r.get("notebook") != label:
        return None, f"results file {path} is for notebook {r.get('notebook')!r}"
    if not r.get("claims"):
        return None, f"results file {path} records no claim"
    return r, None


def figure_problem(path):
    """Returns why path is not a real, non-blank PNG image, or None."""
    from PIL import Image

    try:
        with Image.open(path) as im:
            if im.format != "PNG":
                return f"not a PNG but {im.format}"
            w, h = im.size
            if w < 50 or h < 50:
                return f"only {w}x{h} pixels"
            lo_hi = im.convert("L").getextrema()
            if lo_hi[0] == lo_hi[1]:
                return f"blank: every pixel is {lo_hi[0]}"
    except Exception as e:  # missing, truncated, not an image
        return f"cannot be read: {e}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", default="linae-go")
    ap.add_argument("--out", default="out/notebooks")
    ap.add_argument("--results", default="out/results")
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("notebooks", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    results_dir = os.path.abspath(args.results)
    # The kernel inherits the environment: package nb writes the results there.
    os.environ["LINAE_RESULTS_DIR"] = results_dir

    checks = []  # (notebook, name, detail, result)
    failures = []
    figures = []  # (notebook, path)
    for path in args.notebooks:
        label = os.path.splitext(os.path.basename(path))[0]
        results_file = os.path.join(results_dir, label + ".json")
        # A file left by an earlier run must not stand in for this one's.
        if os.path.exists(results_file):
            os.remove(results_file)
        nb = nbformat.read(path, as_version=4)
        print(f"{label}: executing {sum(1 for c in nb.cells if c.cell_type == 'code')} code cells", flush=True)
        client = ProgressClient(
            nb, label,
            kernel_name=args.kernel,
            timeout=args.timeout,
            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
        )
        start = time.time()
        try:
            client.execute()
        except CellExecutionError as e:
            msg = str(e).strip().splitlines()
            failures.append(f"{label}: a cell raised an error: {msg[-1] if msg else e}")
        except Exception as e:  # the kernel died, timed out, ...
            failures.append(f"{label}: execution stopped: {type(e).__name__}: {e}")
        out = os.path.join(args.out, os.path.basename(path))
        nbformat.write(nb, out)
        inline = 0
        for cell in nb.cells:
            for o in cell.get("outputs", []):
                if "image/png" in o.get("data", {}):
                    inline += 1
                if o.get("output_type") == "error":
                    failures.append(f"{label}: error output: {o.get('ename')}: {o.get('evalue')}")
        r, problem = read_results(results_file, label)
        saved = 0
        if problem:
            failures.append(f"{label}: {problem}")
        else:
            for c in r["claims"]:
                detail = f"{number(c['value']):.4g} {c['comparison']} {number(c['bound']):.4g}"
                checks.append((label, c["name"], detail, "PASS" if c["pass"] else "FAIL"))
            root = project_root(os.path.dirname(os.path.abspath(path)))
            for f in r.get("figures", []):
                figures.append((label, os.path.join(root, f["path"])))
            saved = len(r.get("figures", []))
        if inline < saved:
            failures.append(f"{label}: {saved} figures saved but only {inline} shown inline")
        print(f"{label}: done in {time.time() - start:.1f} s, {inline} inline figures, executed copy in {out}, results in {results_file}", flush=True)

    for nb, fig in figures:
        problem = figure_problem(fig)
        checks.append((nb, "figure " + os.path.basename(fig), problem or "a real, non-blank PNG", "FAIL" if problem else "PASS"))
    print()
    w = max([len(n) for _, n, _, _ in checks] + [5])
    print(f"{'notebook':<28} {'check':<{w}} {'result':<6} detail")
    for nb, name, detail, result in checks:
        print(f"{nb:<28} {name:<{w}} {result:<6} {detail}")
    failed = [c for c in checks if c[3] != "PASS"]
    print(f"\n{len(checks)} checks, {len(checks) - len(failed)} passed, {len(failed)} failed")
    for f in failures:
        print("ERROR:", f)
    if not checks:
        print("ERROR: no checks were recorded")
    sys.exit(1 if failed or failures or not checks else 0)


if __name__ == "__main__":
    main()
