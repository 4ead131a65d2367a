package sae

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// numpyCheck evaluates the reference implementations of bench/py_bench.py
// (numpy, written independently of this package) on the inputs in dir and
// prints their losses and gradients as JSON.
const numpyCheck = `
import json, sys
import numpy as np
sys.path.insert(0, sys.argv[1])
from py_bench import lae_tied_data, lae_untied_data, sparse_cost
d = sys.argv[2]
load = lambda name, shape: np.fromfile(d + "/" + name, dtype="<f8").reshape(shape)
m, n, p, ms, ns, ps = (int(v) for v in sys.argv[3:9])
x = load("x", (m, n))
f_t, g_t = lae_tied_data(load("w", (p, n)), x)
f_u, g1, g2 = lae_untied_data(load("w1", (p, n)), load("w2", (n, p)), x)
f_s, g_s = sparse_cost(load("theta", (-1,)), load("s", (ms, ns)), ps, 3e-3, 3.0, 0.1)
print(json.dumps({"tied": [f_t, g_t.ravel().tolist()],
                  "untied": [f_u, np.concatenate([g1.ravel(), g2.ravel()]).tolist()],
                  "sparse": [f_s, g_s.tolist()]}))
`

// TestAgainstNumpy checks the tied and untied linear losses (Gram form) and
// the sigmoid sparse autoencoder's cost against numpy implementations of
// the same formulas, when Debian's numpy is installed (the test command
// installs it).
func TestAgainstNumpy(t *testing.T) {
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import numpy").Run(); err != nil {
		t.Skipf("numpy not available (%v): apt-get install python3-numpy", err)
	}
	const m, n, p = 200, 20, 4
	eig := make([]float64, n)
	for i := range eig {
		eig[i] = 1 / float64(i+1)
	}
	X, _, err := data.GaussianSpectrum(m, eig, 3)
	if err != nil {
		t.Fatal(err)
	}
	X.Apply(func(_, j int, v float64) float64 { return v + 0.1*float64(j) }, X) // uncentred
	tied, err := NewLinearLoss(X, LinearConfig{Hidden: p, Tied: true})
	if err != nil {
		t.Fatal(err)
	}
	untied, err := NewLinearLoss(X, LinearConfig{Hidden: p})
	if err != nil {
		t.Fatal(err)
	}
	wt := tied.shape.initParams(nil, 0.3, 1)
	wu := untied.shape.initParams(nil, 0.3, 2)

	const ms, ns, ps = 50, 16, 7
	S := mat.NewDense(ms, ns, nil)
	S.Apply(func(i, j int, _ float64) float64 { return 0.1 + 0.8*math.Abs(math.Sin(float64(5*i+3*j+1))) }, S)
	sparse, err := NewSparseLoss(S, SparseConfig{Hidden: ps, Lambda: 3e-3, Beta: 3, Rho: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	theta := sparse.InitParams(nil, 4)

	dir := t.TempDir()
	write := func(name string, v []float64) {
		b := make([]byte, 8*len(v))
		for i, x := range v {
			binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(x))
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("x", X.RawMatrix().Data)
	write("w", wt)
	write("w1", wu[:p*n])
	write("w2", wu[p*n:])
	write("theta", theta)
	write("s", S.RawMatrix().Data)
	bench, err := filepath.Abs(filepath.Join("..", "bench"))
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"-c", numpyCheck, bench, dir}
	for _, v := range []int{m, n, p, ms, ns, ps} {
		args = append(args, fmt.Sprint(v))
	}
	out, err := exec.Command(python, args...).Output()
	if err != nil {
		t.Fatalf("numpy reference failed: %v\n%s", err, out)
	}
	var ref map[string][2]json.RawMessage
	if err := json.Unmarshal(out, &ref); err != nil {
		t.Fatalf("numpy output %q: %v", out, err)
	}
	for _, tc := range []struct {
		name   string
		obj    Objective
		params []float64
	}{
		{"tied", tied, wt},
		{"untied", untied, wu},
		{"sparse", sparse, theta},
	} {
		var wantF float64
		var wantG []float64
		if json.Unmarshal(ref[tc.name][0], &wantF) != nil || json.Unmarshal(ref[tc.name][1], &wantG) != nil {
			t.Fatalf("%s: bad numpy output %s", tc.name, out)
		}
		g := make([]float64, tc.obj.Dim())
		f := tc.obj.LossGrad(g, tc.params)
		if math.Abs(f-wantF) > 1e-11*math.Abs(wantF) {
			t.Errorf("%s: loss %v, numpy %v", tc.name, f, wantF)
		}
		if len(wantG) != len(g) {
			t.Fatalf("%s: %d gradient entries, numpy %d", tc.name, len(g), len(wantG))
		}
		if d := relErr(g, wantG); d > 1e-10 {
			t.Errorf("%s: gradient differs from numpy's by %.3g (relative); first entries %v vs %v", tc.name, d, g[:3], wantG[:3])
		}
	}
}
