package data

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/par"
)

// RowSource yields the rows of a data set in blocks, one pass after
// another, so that a pass over data larger than memory holds one block at a
// time. Package sae's Scatter accumulates from one.
//
// The sources of this package are OpenIDXRows (one IDX file, read in
// chunks), OpenIDXShards (several IDX files, read one after another),
// NewFuncRows (any Go function that fills a block, such as a generator),
// NewDenseRows (a matrix already in memory) and GaussianSpectrumRows
// (GaussianSpectrum's distribution, generated block by block). A source
// is not safe for concurrent use.
type RowSource interface {
	// Cols returns the number of columns (features) of every row.
	Cols() int
	// Rows returns the number of rows of one pass, or -1 if it is not
	// known in advance.
	Rows() int
	// Next fills the leading rows of dst, whose number of columns is Cols,
	// with the next rows of the pass and returns how many it filled, at
	// least 1 and at most dst's number of rows. At the end of the pass it
	// returns 0 and io.EOF; any other error is a problem with the data (a
	// corrupt file) and ends the pass. It panics if dst has the wrong
	// number of columns.
	Next(dst *mat.Dense) (int, error)
	// Reset starts a new pass from the first row.
	Reset() error
}

// checkDst panics unless dst has cols columns and at least one row.
func checkDst(fn string, dst *mat.Dense, cols int) int {
	r, c := dst.Dims()
	if c != cols || r == 0 {
		panic(fmt.Sprintf("data: %s.Next: dst is %d×%d, want at least one row of %d columns", fn, r, c, cols))
	}
	return r
}

// DenseRows is a RowSource over the rows of a matrix held in memory: the
// in-memory routines' data seen as a stream, to check streamed results
// against them.
type DenseRows struct {
	x    mat.Matrix
	next int
}

// NewDenseRows returns a source of the rows of X, which it retains: do not
// modify X during a pass.
func NewDenseRows(X mat.Matrix) *DenseRows { return &DenseRows{x: X} }

// Cols returns the number of columns of the matrix.
func (d *DenseRows) Cols() int { _, c := d.x.Dims(); return c }

// Rows returns the number of rows of the matrix.
func (d *DenseRows) Rows() int { r, _ := d.x.Dims(); return r }

// Next copies the next rows of the matrix into dst (see RowSource).
func (d *DenseRows) Next(dst *mat.Dense) (int, error) {
	m, n := d.x.Dims()
	r := checkDst("DenseRows", dst, n)
	k := min(r, m-d.next)
	if k == 0 {
		return 0, io.EOF
	}
	dst.Slice(0, k, 0, n).(*mat.Dense).Copy(rowSlice(d.x, d.next, d.next+k))
	d.next += k
	return k, nil
}

// rowSlice returns rows lo…hi−1 of X, a view when X can be sliced.
func rowSlice(X mat.Matrix, lo, hi int) mat.Matrix {
	_, n := X.Dims()
	if s, ok := X.(interface {
		Slice(i, k, j, l int) mat.Matrix
	}); ok {
		return s.Slice(lo, hi, 0, n)
	}
	out := mat.NewDense(hi-lo, n, nil)
	for i := lo; i < hi; i++ {
		for j := range n {
			out.Set(i-lo, j, X.At(i, j))
		}
	}
	return out
}

// Reset starts again from the first row.
func (d *DenseRows) Reset() error { d.next = 0; return nil }

// FuncRows is a RowSource whose blocks a Go function fills: a data set
// generated on the fly, or read from a store this package does not know.
type FuncRows struct {
	cols, rows int
	fill       func(dst *mat.Dense, first int) error
	next       int
}

// NewFuncRows returns a source of rows rows of cols columns each, filled
// by fill: fill(dst, first) must set every row of dst (at most what is
// left of the pass) to the rows first, first+1, … of the data set. A
// function of the row index (a generator seeded by it, for instance) gives
// the same data on every pass and whatever the block size. An error from
// fill ends the pass with that error.
//
// It panics if cols < 1 or rows < 0.
func NewFuncRows(cols, rows int, fill func(dst *mat.Dense, first int) error) *FuncRows {
	if cols < 1 || rows < 0 {
		panic(fmt.Sprintf("data: NewFuncRows: %d rows of %d columns", rows, cols))
	}
	return &FuncRows{cols: cols, rows: rows, fill: fill}
}

// Cols returns the number of columns.
func (f *FuncRows) Cols() int { return f.cols }

// Rows returns the number of rows of a pass.
func (f *FuncRows) Rows() int { return f.rows }

// Next fills the leading rows of dst by the function (see RowSource).
func (f *FuncRows) Next(dst *mat.Dense) (int, error) {
	r := checkDst("FuncRows", dst, f.cols)
	k := min(r, f.rows-f.next)
	if k == 0 {
		return 0, io.EOF
	}
	if err := f.fill(dst.Slice(0, k, 0, f.cols).(*mat.Dense), f.next); err != nil {
		return 0, fmt.Errorf("data: FuncRows: rows %d…%d: %w", f.next, f.next+k-1, err)
	}
	f.next += k
	return k, nil
}

// Reset starts again from the first row.
func (f *FuncRows) Reset() error { f.next = 0; return nil }

// GaussianSpectrumRows is GaussianSpectrum as a stream: rows samples of a
// zero-mean Gaussian in n = len(eig) dimensions whose covariance has
// eigenvalues eig and random orthonormal eigenvectors, the columns of the
// returned n×n V (the same V as GaussianSpectrum's for the same seed). Row
// i is drawn from a generator seeded by (seed, i), so a pass gives the same
// rows whatever the block size and the number of cores; they are not
// GaussianSpectrum's rows. A block costs 2n² flops a row (a product with
// V), on every core.
//
// It returns an error as GaussianSpectrum does, and if rows < 1.
func GaussianSpectrumRows(rows int, eig []float64, seed uint64) (*FuncRows, *mat.Dense, error) {
	n := len(eig)
	if n == 0 || rows < 1 {
		return nil, nil, fmt.Errorf("data: GaussianSpectrumRows: need at least one row and one eigenvalue, have %d rows and %d eigenvalues", rows, n)
	}
	sd := make([]float64, n)
	for i, e := range eig {
		if e < 0 || math.IsNaN(e) || math.IsInf(e, 0) {
			return nil, nil, fmt.Errorf("data: GaussianSpectrumRows: eigenvalue %d is %v, want a finite value ≥ 0", i, e)
		}
		sd[i] = math.Sqrt(e)
	}
	V := randomOrthonormal(rand.New(rand.NewPCG(seed, 0x6a55)), n, n, nil)
	v := V.RawMatrix()
	var z []float64
	fill := func(dst *mat.Dense, first int) error {
		k, _ := dst.Dims()
		z = slices.Grow(z[:0], k*n)[:k*n]
		par.Split(runtime.GOMAXPROCS(0), k, func(lo, hi int) {
			var src rand.PCG
			rnd := rand.New(&src)
			for i := lo; i < hi; i++ {
				src.Seed(uint64(first+i), seed^0x6a55_5eed_0000_0000) // not V's stream (seed, 0x6a55)
				for j, s := range sd {
					z[i*n+j] = s * rnd.NormFloat64()
				}
			}
		})
		// X = Z Vᵀ.
		blas64.Gemm(blas.NoTrans, blas.Trans, 1, blas64.General{Rows: k, Cols: n, Stride: n, Data: z}, v, 0, dst.RawMatrix())
		return nil
	}
	return NewFuncRows(n, rows, fill), V, nil
}

// IDXRows is a RowSource over one IDX file, read in chunks of at most a
// block and never whole: the first dimension indexes the rows, the others
// are flattened into the columns (28×28 images give 784 columns). Raw and
// gzipped files are read, every element type; float values that are NaN or
// infinite are an error naming the row and column. A file may declare at
// most MaxIDXElements elements, the cap every IDX reader here keeps
// (ReadIDX's smaller default DefaultMaxIDXElements guards its allocation,
// which IDXRows never makes): larger data sets are sharded
// (OpenIDXShards).
type IDXRows struct {
	path       string
	f          *os.File
	br         *bufio.Reader
	done       func()
	h          idxHeader
	rows, cols int
	next       int
	raw        []byte
}

// OpenIDXRows opens the IDX file at path and reads its header. Close it
// when done.
//
// It returns the errors ReadIDXFile returns for a missing file or a
// corrupt header.
func OpenIDXRows(path string) (*IDXRows, error) {
	r := &IDXRows{path: path}
	if err := r.open(); err != nil {
		return nil, err
	}
	return r, nil
}

// open (re)opens the file and reads its header.
func (r *IDXRows) open() error {
	r.Close()
	f, err := os.Open(r.path)
	if err != nil {
		return fmt.Errorf("data: OpenIDXRows: %w", err)
	}
	br, done, _, err := openIDX(f, r.path, fileSize(f))
	if err != nil {
		f.Close()
		return err
	}
	h, err := readIDXHeader(br, r.path)
	if err != nil {
		done()
		f.Close()
		return err
	}
	cols := h.count / h.dims[0]
	if r.f != nil || r.rows != 0 && (h.dims[0] != r.rows || cols != r.cols) {
		done()
		f.Close()
		return fmt.Errorf("data: IDXRows %s: the file changed between passes", r.path)
	}
	r.f, r.br, r.done, r.h = f, br, done, h
	r.rows, r.cols, r.next = h.dims[0], cols, 0
	return nil
}

// Cols returns the product of the file's dimensions after the first.
func (r *IDXRows) Cols() int { return r.cols }

// Rows returns the file's first dimension.
func (r *IDXRows) Rows() int { return r.rows }

// Next reads and decodes the next rows into dst (see RowSource). After the
// last row it checks that nothing follows the data.
func (r *IDXRows) Next(dst *mat.Dense) (int, error) {
	want := checkDst("IDXRows", dst, r.cols)
	if r.br == nil {
		return 0, fmt.Errorf("data: IDXRows %s: read after Close", r.path)
	}
	k := min(want, r.rows-r.next)
	if k == 0 {
		if err := checkIDXEnd(r.br, r.h, r.path); err != nil {
			return 0, err
		}
		return 0, io.EOF
	}
	rowBytes := r.cols * r.h.elemSize
	r.raw = slices.Grow(r.raw[:0], k*rowBytes)[:k*rowBytes]
	if n, err := io.ReadFull(r.br, r.raw); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return 0, fmt.Errorf("data: ReadIDX %s: truncated: row %d of %d ends after %d of its %d bytes", r.path, r.next+n/rowBytes, r.rows, n%rowBytes, rowBytes)
		}
		return 0, fmt.Errorf("data: ReadIDX %s: reading row %d: %w", r.path, r.next, err)
	}
	d := dst.RawMatrix()
	for i := range k {
		row := d.Data[i*d.Stride : i*d.Stride+r.cols]
		if _, err := decodeIDX(row[:0], r.raw[i*rowBytes:(i+1)*rowBytes], r.h.typ); err != nil {
			return 0, fmt.Errorf("data: ReadIDX %s: row %d, column %d: %w", r.path, r.next+i, errIndex(err), err)
		}
	}
	r.next += k
	return k, nil
}

// Reset reopens the file for a new pass.
func (r *IDXRows) Reset() error { return r.open() }

// Close closes the file. It is safe to call more than once.
func (r *IDXRows) Close() error {
	if r.f == nil {
		return nil
	}
	r.done()
	err := r.f.Close()
	r.f, r.br, r.done = nil, nil, nil
	return err
}

// IDXShards is a RowSource over several IDX files with the same number of
// columns, read one after another in chunks (each as IDXRows): a data set
// sharded over many files, larger than memory or than one IDX file holds.
// One file is open at a time.
type IDXShards struct {
	paths      []string
	shardRows  []int
	rows, cols int
	cur        int // index of the open shard
	r          *IDXRows
}

// OpenIDXShards opens the IDX files whose names match pattern
// (filepath.Glob: "dir/*.idx" for a directory of shards), in lexical order,
// reading each header to check that every shard has the same number of
// columns and to count the rows. Close it when done.
//
// It returns an error if the pattern is malformed or matches no file, if a
// header is corrupt, or if two shards differ in their number of columns.
func OpenIDXShards(pattern string) (*IDXShards, error) {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("data: OpenIDXShards: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("data: OpenIDXShards: no file matches %q", pattern)
	}
	s := &IDXShards{paths: paths, shardRows: make([]int, len(paths))}
	for i, p := range paths {
		r, err := OpenIDXRows(p)
		if err != nil {
			return nil, err
		}
		r.Close()
		if i == 0 {
			s.cols = r.Cols()
		} else if r.Cols() != s.cols {
			return nil, fmt.Errorf("data: OpenIDXShards: %s has %d columns, %s has %d", p, r.Cols(), paths[0], s.cols)
		}
		s.shardRows[i] = r.Rows()
		s.rows += r.Rows()
	}
	return s, s.Reset()
}

// Paths returns the shards' file names in the order they are read.
func (s *IDXShards) Paths() []string { return slices.Clone(s.paths) }

// Cols returns the number of columns of every shard.
func (s *IDXShards) Cols() int { return s.cols }

// Rows returns the total number of rows of the shards.
func (s *IDXShards) Rows() int { return s.rows }

// Next reads the next rows of the current shard into dst, moving to the
// next shard at the end of one (see RowSource). A block never spans two
// shards.
func (s *IDXShards) Next(dst *mat.Dense) (int, error) {
	checkDst("IDXShards", dst, s.cols)
	for s.r != nil {
		k, err := s.r.Next(dst)
		if !errors.Is(err, io.EOF) {
			return k, err
		}
		s.r.Close()
		s.r = nil
		if s.cur+1 < len(s.paths) {
			s.cur++
			r, err := OpenIDXRows(s.paths[s.cur])
			if err != nil {
				return 0, err
			}
			if r.Rows() != s.shardRows[s.cur] || r.Cols() != s.cols {
				r.Close()
				return 0, fmt.Errorf("data: IDXShards: %s changed since it was opened", s.paths[s.cur])
			}
			s.r = r
		}
	}
	return 0, io.EOF
}

// Reset starts again from the first row of the first shard.
func (s *IDXShards) Reset() error {
	s.Close()
	r, err := OpenIDXRows(s.paths[0])
	if err != nil {
		return err
	}
	s.cur, s.r = 0, r
	return nil
}

// Close closes the open shard. It is safe to call more than once.
func (s *IDXShards) Close() error {
	if s.r == nil {
		return nil
	}
	err := s.r.Close()
	s.r = nil
	return err
}

// IDXWriter writes a two-dimensional IDX file (rows × cols) of float32 or
// float64 elements block by block, so that a data set larger than memory
// can be written as shards for OpenIDXShards.
type IDXWriter struct {
	w          *bufio.Writer
	typ        byte
	rows, cols int
	written    int
	buf        []byte
}

// NewIDXWriter writes the header of a rows×cols IDX file of element type
// typ (IDXFloat32 or IDXFloat64) to w and returns a writer for its rows.
// Flush it (or call WriteRows until every row is written, which flushes)
// before closing w.
//
// It panics if typ is another type or a size is below 1 or above the
// format's 2³²−1, and returns the error of writing the header.
func NewIDXWriter(w io.Writer, typ byte, rows, cols int) (*IDXWriter, error) {
	if typ != IDXFloat32 && typ != IDXFloat64 {
		panic(fmt.Sprintf("data: NewIDXWriter: element type 0x%02x, want IDXFloat32 or IDXFloat64", typ))
	}
	if rows < 1 || cols < 1 || int64(rows) > math.MaxUint32 || int64(cols) > math.MaxUint32 {
		panic(fmt.Sprintf("data: NewIDXWriter: %d×%d", rows, cols))
	}
	iw := &IDXWriter{w: bufio.NewWriterSize(w, 1<<20), typ: typ, rows: rows, cols: cols}
	var h [12]byte
	h[2], h[3] = typ, 2
	binary.BigEndian.PutUint32(h[4:], uint32(rows))
	binary.BigEndian.PutUint32(h[8:], uint32(cols))
	if _, err := iw.w.Write(h[:]); err != nil {
		return nil, fmt.Errorf("data: NewIDXWriter: %w", err)
	}
	return iw, nil
}

// WriteRows appends the rows of X, flushing after the last row the header
// declares. It returns an error for a value that is NaN or infinite (or
// that overflows float32), naming its row and column, and the error of
// writing; it panics if X has the wrong number of columns or more rows
// than remain.
func (iw *IDXWriter) WriteRows(X mat.Matrix) error {
	m, n := X.Dims()
	if n != iw.cols || m > iw.rows-iw.written {
		panic(fmt.Sprintf("data: IDXWriter.WriteRows: %d×%d block, %d rows of %d columns remain", m, n, iw.rows-iw.written, iw.cols))
	}
	size := idxElemSize(iw.typ)
	iw.buf = slices.Grow(iw.buf[:0], n*size)[:n*size]
	for i := range m {
		for j := range n {
			v := X.At(i, j)
			if iw.typ == IDXFloat32 {
				f := float32(v)
				if math.IsNaN(v) || math.IsInf(float64(f), 0) {
					return fmt.Errorf("data: IDXWriter.WriteRows: row %d, column %d: value %v is not finite in float32", iw.written+i, j, v)
				}
				binary.BigEndian.PutUint32(iw.buf[4*j:], math.Float32bits(f))
				continue
			}
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("data: IDXWriter.WriteRows: row %d, column %d: value %v is not finite", iw.written+i, j, v)
			}
			binary.BigEndian.PutUint64(iw.buf[8*j:], math.Float64bits(v))
		}
		if _, err := iw.w.Write(iw.buf); err != nil {
			return fmt.Errorf("data: IDXWriter.WriteRows: %w", err)
		}
	}
	iw.written += m
	if iw.written == iw.rows {
		return iw.Flush()
	}
	return nil
}

// Flush writes any buffered data to the underlying writer.
func (iw *IDXWriter) Flush() error {
	if err := iw.w.Flush(); err != nil {
		return fmt.Errorf("data: IDXWriter: %w", err)
	}
	return nil
}
