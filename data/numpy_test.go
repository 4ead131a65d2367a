package data

import (
	"bytes"
	"encoding/json"
	"math"
	"os/exec"
	"sort"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// python is the system interpreter with Debian's numpy (apt-get install
// python3-numpy); another python3 may come first on PATH.
const python = "/usr/bin/python3"

// numpyEigScript reads the gzipped IDX training images with gzip and
// numpy.frombuffer alone (no shared code with ReadIDX), scales them by
// 1/255 and prints the 50 largest eigenvalues of the covariance (ddof=1)
// of the first 10000 images as JSON.
const numpyEigScript = `
import gzip, json, sys
import numpy as np
with gzip.open(sys.argv[1], "rb") as f:
    b = f.read()
assert b[:4] == b"\x00\x00\x08\x03", b[:4]
n, r, c = (int.from_bytes(b[4 + 4*i:8 + 4*i], "big") for i in range(3))
X = np.frombuffer(b, dtype=np.uint8, offset=16).reshape(n, r*c)[:10000].astype(np.float64) / 255
C = np.cov(X, rowvar=False, ddof=1)
ev = np.linalg.eigvalsh(C)[::-1][:50]
print(json.dumps([float(v) for v in ev]))
`

// TestMNISTPCAAgainstNumpy cross-checks the whole path (IDX reading,
// scaling, covariance, gonum's EigenSym) against numpy on the same files.
func TestMNISTPCAAgainstNumpy(t *testing.T) {
	if err := exec.Command(python, "-c", "import numpy").Run(); err != nil {
		t.Skipf("%s with numpy is not available (%v): apt-get install python3-numpy to run this cross-check", python, err)
	}
	dir, err := MNISTDir()
	if err != nil {
		t.Skipf("MNIST not available: %v", err)
	}
	imgPath, err := findMNISTFile(dir, "train-images-idx3-ubyte")
	if err != nil {
		t.Fatal(err)
	}
	// numpy (with Debian's reference BLAS, np.cov takes several seconds)
	// runs while Go computes its side.
	cmd := exec.Command(python, "-c", numpyEigScript, imgPath)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()

	m, err := LoadMNIST(dir, "train", 10000)
	if err != nil {
		t.Fatal(err)
	}
	// Covariance computed here, independently of the package's whitening.
	r, c := m.Images.Dims()
	xc := mat.DenseCopyOf(m.Images)
	for j := 0; j < c; j++ {
		var s float64
		for i := 0; i < r; i++ {
			s += xc.At(i, j)
		}
		s /= float64(r)
		for i := 0; i < r; i++ {
			xc.Set(i, j, xc.At(i, j)-s)
		}
	}
	var cov mat.SymDense
	cov.SymOuterK(1/float64(r-1), xc.T())
	var eig mat.EigenSym
	if !eig.Factorize(&cov, false) {
		t.Fatal("EigenSym failed")
	}
	got := eig.Values(nil)
	sort.Sort(sort.Reverse(sort.Float64Slice(got)))

	if err := cmd.Wait(); err != nil {
		t.Fatalf("numpy script failed: %v\n%s", err, stderr.Bytes())
	}
	var want []float64
	if err := json.Unmarshal(stdout.Bytes(), &want); err != nil || len(want) != 50 {
		t.Fatalf("numpy output %q: %v", stdout.Bytes(), err)
	}

	var worst float64
	for i, w := range want {
		rel := math.Abs(got[i]-w) / w
		worst = max(worst, rel)
		if rel > 1e-8 {
			t.Errorf("eigenvalue %d: gonum %.15g, numpy %.15g, relative difference %.2g", i, got[i], w, rel)
		}
	}
	t.Logf("top 50 covariance eigenvalues of 10000 MNIST training images: λ1 = %.10g, λ50 = %.10g; max relative difference gonum vs numpy %.3g", got[0], got[49], worst)
}
