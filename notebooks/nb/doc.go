// Package nb is what every notebook of the project does besides its
// science: name the notebook, check claims, record the numbers its text
// quotes, save figures, stop a cell at the first error. It is compiled into
// the notebook kernel, so a notebook imports it like the science packages:
//
//	import "github.com/linae/linae/notebooks/nb"
//
//	nb.Start("02-equivalence-with-pca") // first cell: names the results file, clears it
//	full := nb.Full()                    // LINAE_FULL=1: the full-size settings
//
//	pca, err := sae.FitPCA(&Xc, 50, sae.PCASettings{})
//	nb.Must(err)
//	nb.Check("p = 20: subspace distance to PCA", dist, "<", 1e-4)
//	nb.Value("variance explained by 50 components", 100*floats.Sum(pca.VarianceRatios), "percent")
//	nb.Save(fig, "02-mnist-spectrum") // shown inline, written to notebooks/figures/02-mnist-spectrum.png
//	x := nb.Floats(res.History.Iteration) // iteration numbers as a plot's X values
//
// Check prints one human-readable line per claim,
//
//	CHECK p = 20: subspace distance to PCA: 2.1e-07 < 0.0001 PASS
//
// and, like Value and Save, records it in the notebook's results file.
//
// # Results file
//
// The results file is where the write-up takes its numbers from and what
// scripts/run_notebooks.py checks after a run. It is
// out/results/NOTEBOOK.json below the project root (the nearest directory at
// or above the working directory that holds go.mod, else the working
// directory), or NOTEBOOK.json in $LINAE_RESULTS_DIR when that is set. Jupyter
// does not tell a kernel which notebook it runs, hence the explicit name
// given to Start.
//
// Start replaces the file with an empty record; every Check, Value and Save
// rewrites it whole, atomically (a temporary file renamed over it), so that
// a crash or an interrupt loses nothing recorded before it and a reader
// never sees half a file. A name recorded again (a cell run twice) replaces
// its earlier entry in place.
//
// The file is indented JSON with a fixed key order (the order below; the
// values object sorted by name):
//
//	{
//	  "schema": "linae-notebook-results",
//	  "version": 1,
//	  "notebook": "02-equivalence-with-pca",
//	  "full": false,
//	  "claims": [
//	    {
//	      "name": "p = 20: subspace distance to PCA",
//	      "value": 2.1e-07,
//	      "comparison": "<",
//	      "bound": 0.0001,
//	      "pass": true
//	    }
//	  ],
//	  "values": {
//	    "variance explained by 50 components": {
//	      "value": 82.5,
//	      "description": "percent"
//	    }
//	  },
//	  "figures": [
//	    {
//	      "name": "02-mnist-spectrum",
//	      "path": "notebooks/figures/02-mnist-spectrum.png"
//	    }
//	  ]
//	}
//
// The fields:
//
//   - schema, version: what the file is; version changes only when a field
//     changes meaning or is removed (adding a field keeps it).
//   - notebook: the name given to Start.
//   - full: whether the run used the full-size settings (LINAE_FULL).
//   - claims: every claim checked, in the order first checked. value is the
//     measured number, comparison one of "<", "<=", ">", ">=", bound the
//     tolerance, pass whether value comparison bound held.
//   - values: every number the text quotes, by name: its value and a
//     description (with its unit).
//   - figures: every figure saved, in the order first saved: its name and
//     its path relative to the project root, with forward slashes.
//
// Numbers are written in full float64 precision (the CHECK line rounds to
// four digits). JSON has no NaN or infinity: those are written as the
// strings "NaN", "+Inf" and "-Inf" (see Number); a NaN claim never passes.
//
// Results and ReadResults read the file back in Go.
package nb
