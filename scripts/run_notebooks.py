#!/usr/bin/python3
"""Execute the project's notebooks headless through the Go kernel and report.

Runs each notebook with nbclient (Debian's python3-nbclient) against the
installed kernelspec, shows progress cell by cell, writes the executed
notebooks to the output folder, and ends with a table of every CHECK line the
notebooks printed. Exits non-zero when a cell errors or a check fails.

Usage: run_notebooks.py [--kernel NAME] [--out DIR] [--timeout S] NOTEBOOK...
"""

import argparse
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

SAVED = re.compile(r"^saved (?P<path>\S+\.png)\s*$")
CHECK = re.compile(r"^CHECK (?P<name>.+): (?P<detail>\S+ \S+ \S+)\s+(?P<result>PASS|FAIL)\s*$")


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


def outputs_text(cell):
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            yield out.get("text", "")
        elif out.get("output_type") in ("execute_result", "display_data"):
            yield out.get("data", {}).get("text/plain", "")


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
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("notebooks", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    checks = []  # (notebook, name, detail, result)
    failures = []
    figures = []  # (notebook, path)
    for path in args.notebooks:
        label = os.path.splitext(os.path.basename(path))[0]
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
        saved_before = len(figures)
        for cell in nb.cells:
            for o in cell.get("outputs", []):
                if "image/png" in o.get("data", {}):
                    inline += 1
                if o.get("output_type") == "error":
                    failures.append(f"{label}: error output: {o.get('ename')}: {o.get('evalue')}")
            for text in outputs_text(cell):
                for line in text.splitlines():
                    m = CHECK.match(line.strip())
                    if m:
                        checks.append((label, m["name"], m["detail"], m["result"]))
                    m = SAVED.match(line.strip())
                    if m:
                        figures.append((label, os.path.join(os.path.dirname(os.path.abspath(path)), m["path"])))
        if inline < len(figures) - saved_before:
            failures.append(f"{label}: {len(figures) - saved_before} figures saved but only {inline} shown inline")
        print(f"{label}: done in {time.time() - start:.1f} s, {inline} inline figures, executed copy in {out}", flush=True)

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
        print("ERROR: no checks were printed")
    sys.exit(1 if failed or failures or not checks else 0)


if __name__ == "__main__":
    main()
