package nb_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/linae/linae/notebooks/nb"
)

// A notebook names itself in its first cell, then checks its claims and
// records the numbers its text quotes; every call rewrites the results file.
func Example() {
	dir, err := os.MkdirTemp("", "nb-example")
	nb.Must(err)
	defer os.RemoveAll(dir)
	// Outside scripts/run_notebooks.py, the file goes to out/results/ in the
	// project; here, to a temporary directory.
	os.Setenv("LINAE_RESULTS_DIR", dir)
	defer os.Unsetenv("LINAE_RESULTS_DIR")

	nb.Start("00-example")
	nb.Check("gradient check (relative error)", 3.2e-11, "<", 1e-9)
	nb.Value("PCA floor", 52.25, "squared error summed over the images")

	b, err := os.ReadFile(filepath.Join(dir, "00-example.json"))
	nb.Must(err)
	fmt.Print(string(b))
	// Output:
	// CHECK gradient check (relative error): 3.2e-11 < 1e-09 PASS
	// {
	//   "schema": "linae-notebook-results",
	//   "version": 1,
	//   "notebook": "00-example",
	//   "full": false,
	//   "claims": [
	//     {
	//       "name": "gradient check (relative error)",
	//       "value": 3.2e-11,
	//       "comparison": "<",
	//       "bound": 1e-9,
	//       "pass": true
	//     }
	//   ],
	//   "values": {
	//     "PCA floor": {
	//       "value": 52.25,
	//       "description": "squared error summed over the images"
	//     }
	//   },
	//   "figures": []
	// }
}
