package data

import (
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// drain reads one pass of src in blocks of the given size and returns the
// rows read and the sizes of the blocks.
func drain(t *testing.T, src RowSource, block int) (*mat.Dense, []int) {
	t.Helper()
	if err := src.Reset(); err != nil {
		t.Fatal(err)
	}
	n := src.Cols()
	buf := mat.NewDense(block, n, nil)
	var rows []float64
	var sizes []int
	for {
		k, err := src.Next(buf)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if k < 1 || k > block {
			t.Fatalf("Next returned %d rows for a block of %d", k, block)
		}
		sizes = append(sizes, k)
		for i := range k {
			rows = append(rows, buf.RawRowView(i)...)
		}
	}
	if len(rows) == 0 {
		return nil, sizes
	}
	return mat.NewDense(len(rows)/n, n, rows), sizes
}

// TestIDXRowsEveryType reads every element type, raw and gzipped, in
// blocks of one and of three rows, against ReadIDX, over two passes.
func TestIDXRowsEveryType(t *testing.T) {
	dir := t.TempDir()
	for _, c := range idxCases() {
		raw := encodeIDX(c.typ, c.dims, c.vals)
		for _, gz := range []bool{false, true} {
			in := raw
			if gz {
				in = gzipBytes(raw)
			}
			path := filepath.Join(dir, c.name+".idx")
			if err := os.WriteFile(path, in, 0o644); err != nil {
				t.Fatal(err)
			}
			want, err := ReadIDXFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, err := OpenIDXRows(path)
			if err != nil {
				t.Fatalf("%s gzip=%v: %v", c.name, gz, err)
			}
			if r.Rows() != c.dims[0] || r.Rows()*r.Cols() != len(want.Data) {
				t.Fatalf("%s: %d×%d, dims %v", c.name, r.Rows(), r.Cols(), c.dims)
			}
			for pass, block := range []int{1, 3} {
				got, _ := drain(t, r, block)
				if !mat.Equal(got, mat.NewDense(r.Rows(), r.Cols(), want.Data)) {
					t.Errorf("%s gzip=%v pass %d: %v, want %v", c.name, gz, pass, got.RawMatrix().Data, want.Data)
				}
			}
			r.Close()
			if err := r.Close(); err != nil {
				t.Errorf("second Close: %v", err)
			}
		}
	}
}

// TestIDXRowsErrors checks that a truncated file, a NaN and bytes after the
// data end the pass with an error naming them, and that a corrupt header
// fails at open.
func TestIDXRowsErrors(t *testing.T) {
	dir := t.TempDir()
	vals := make([]float64, 5*4)
	for i := range vals {
		vals[i] = float64(i)
	}
	nan := append([]float64(nil), vals...)
	nan[3*4+2] = math.NaN()
	good := encodeIDX(IDXFloat32, []int{5, 4}, vals)
	cases := []struct {
		name string
		b    []byte
		want string
	}{
		{"truncated", good[:len(good)-6], "truncated: row 4 of 5"},
		{"nan", encodeIDX(IDXFloat32, []int{5, 4}, nan), "row 3, column 2: value NaN is not finite"},
		{"garbage", append(append([]byte(nil), good...), 1, 2, 3), "trailing garbage: 3 bytes"},
		{"gzip nan", gzipBytes(encodeIDX(IDXFloat64, []int{5, 4}, nan)), "row 3, column 2"},
	}
	for _, c := range cases {
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, c.b, 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := OpenIDXRows(path)
		if err != nil {
			t.Fatalf("%s: open: %v", c.name, err)
		}
		buf := mat.NewDense(2, 4, nil)
		for err == nil {
			_, err = r.Next(buf)
		}
		r.Close()
		if errors.Is(err, io.EOF) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	path := filepath.Join(dir, "header")
	os.WriteFile(path, []byte{0, 0, 0x0d, 2, 0, 0}, 0o644)
	if _, err := OpenIDXRows(path); err == nil || !strings.Contains(err.Error(), "truncated header") {
		t.Errorf("corrupt header: error %v", err)
	}
	if _, err := OpenIDXRows(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing file: no error")
	}
}

// TestIDXWriterShards writes a matrix as three float64 shards (and as one
// float32 file) with IDXWriter, and reads them back with OpenIDXShards and
// OpenIDXRows: the same rows, bit for bit (to float32 rounding).
func TestIDXWriterShards(t *testing.T) {
	dir := t.TempDir()
	const m, n = 23, 5
	X := mat.NewDense(m, n, nil)
	for i := range m {
		for j := range n {
			X.Set(i, j, math.Sin(float64(i*n+j))*1e3)
		}
	}
	bounds := []int{0, 10, 11, m}
	for s := range 3 {
		f, err := os.Create(filepath.Join(dir, "shard-"+string(rune('a'+s))+".idx"))
		if err != nil {
			t.Fatal(err)
		}
		lo, hi := bounds[s], bounds[s+1]
		w, err := NewIDXWriter(f, IDXFloat64, hi-lo, n)
		if err != nil {
			t.Fatal(err)
		}
		// Two calls for the first shard: a block at a time.
		if s == 0 {
			if err := w.WriteRows(X.Slice(lo, lo+4, 0, n)); err != nil {
				t.Fatal(err)
			}
			lo += 4
		}
		if err := w.WriteRows(X.Slice(lo, hi, 0, n)); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	sh, err := OpenIDXShards(filepath.Join(dir, "shard-*.idx"))
	if err != nil {
		t.Fatal(err)
	}
	defer sh.Close()
	if sh.Rows() != m || sh.Cols() != n || len(sh.Paths()) != 3 {
		t.Fatalf("shards: %d×%d in %d files", sh.Rows(), sh.Cols(), len(sh.Paths()))
	}
	for _, block := range []int{4, 100} {
		got, sizes := drain(t, sh, block)
		if !mat.Equal(got, X) {
			t.Errorf("block %d: rows differ", block)
		}
		if block == 100 && len(sizes) != 3 {
			t.Errorf("block %d: blocks %v, want one per shard", block, sizes)
		}
	}

	var b bytes.Buffer
	w, err := NewIDXWriter(&b, IDXFloat32, m, n)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteRows(X); err != nil {
		t.Fatal(err)
	}
	idx, err := ReadIDX(&b)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range X.RawMatrix().Data {
		if idx.Data[i] != float64(float32(v)) {
			t.Fatalf("float32 element %d: %v, want %v", i, idx.Data[i], float32(v))
		}
	}
	X.Set(2, 3, math.Inf(1))
	w, _ = NewIDXWriter(io.Discard, IDXFloat64, m, n)
	if err := w.WriteRows(X); err == nil || !strings.Contains(err.Error(), "row 2, column 3") {
		t.Errorf("Inf: error %v", err)
	}

	os.WriteFile(filepath.Join(dir, "shard-z.idx"), encodeIDX(IDXFloat64, []int{2, 3}, make([]float64, 6)), 0o644)
	if _, err := OpenIDXShards(filepath.Join(dir, "shard-*.idx")); err == nil || !strings.Contains(err.Error(), "3 columns") {
		t.Errorf("mismatched shard: error %v", err)
	}
	if _, err := OpenIDXShards(filepath.Join(dir, "none-*")); err == nil {
		t.Error("no match: no error")
	}
}

// TestGaussianSpectrumRows checks that the generated rows do not depend on
// the block size, that V is GaussianSpectrum's, and that the sample
// covariance approaches V diag(eig) Vᵀ.
func TestGaussianSpectrumRows(t *testing.T) {
	eig := []float64{9, 4, 1, 0.25, 0}
	const m = 20000
	src, V, err := GaussianSpectrumRows(m, eig, 7)
	if err != nil {
		t.Fatal(err)
	}
	_, V0, _ := GaussianSpectrum(1, eig, 7)
	if !mat.Equal(V, V0) {
		t.Error("V differs from GaussianSpectrum's")
	}
	a, _ := drain(t, src, 1000)
	b, _ := drain(t, src, 333)
	if !mat.Equal(a, b) {
		t.Error("rows depend on the block size")
	}
	var cov mat.SymDense
	cov.SymOuterK(1/float64(m), a.T())
	var want mat.Dense
	want.Mul(V, mat.NewDiagDense(len(eig), eig))
	want.Mul(&want, V.T())
	for i := range eig {
		for j := range eig {
			// The standard error of a covariance entry is about
			// √(λ_max² /m) = 0.064.
			if d := math.Abs(cov.At(i, j) - want.At(i, j)); d > 0.3 {
				t.Errorf("cov[%d,%d] = %.3f, want %.3f", i, j, cov.At(i, j), want.At(i, j))
			}
		}
	}
	if _, _, err := GaussianSpectrumRows(10, []float64{1, -1}, 1); err == nil {
		t.Error("negative eigenvalue: no error")
	}
}

// TestDenseAndFuncRows checks the in-memory and function sources, and
// that an error of the function ends the pass with it.
func TestDenseAndFuncRows(t *testing.T) {
	X := mat.NewDense(7, 2, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
	got, sizes := drain(t, NewDenseRows(X), 3)
	if !mat.Equal(got, X) || len(sizes) != 3 {
		t.Errorf("DenseRows: %v in blocks %v", got, sizes)
	}
	f := NewFuncRows(2, 7, func(dst *mat.Dense, first int) error {
		r, _ := dst.Dims()
		for i := range r {
			dst.SetRow(i, X.RawRowView(first+i))
		}
		return nil
	})
	if got, _ := drain(t, f, 4); !mat.Equal(got, X) {
		t.Errorf("FuncRows: %v", got)
	}
	bad := NewFuncRows(2, 7, func(dst *mat.Dense, first int) error {
		if first > 0 {
			return errors.New("disk on fire")
		}
		return nil
	})
	buf := mat.NewDense(4, 2, nil)
	bad.Next(buf)
	if _, err := bad.Next(buf); err == nil || !strings.Contains(err.Error(), "rows 4…6: disk on fire") {
		t.Errorf("FuncRows error: %v", err)
	}
}
