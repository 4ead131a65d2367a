package data

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"

	"github.com/linae/linae/internal/numeric"
)

// IDX element type codes, the third byte of an IDX file's magic number.
const (
	IDXUbyte   byte = 0x08 // unsigned 8-bit integer
	IDXSbyte   byte = 0x09 // signed 8-bit integer
	IDXInt16   byte = 0x0B // big-endian signed 16-bit integer
	IDXInt32   byte = 0x0C // big-endian signed 32-bit integer
	IDXFloat32 byte = 0x0D // big-endian IEEE 754 single precision
	IDXFloat64 byte = 0x0E // big-endian IEEE 754 double precision
)

// MaxIDXElements caps the number of elements any IDX file may declare, for
// every reader of this package (IDXReader.MaxElements cannot raise it). The
// header is checked against it before anything is allocated, so that a
// corrupt or hostile size field gives an error rather than an out-of-memory
// crash.
const MaxIDXElements = 1 << 31

// DefaultMaxIDXElements is the number of elements ReadIDX, ReadIDXFile and
// LoadMNIST accept: 2^27, whose float64 values take 1 GiB. MNIST's
// training images are 47,040,000. IDXReader.MaxElements raises it.
const DefaultMaxIDXElements = 1 << 27

// gzipMaxRatio bounds how many bytes one byte of a gzip (deflate) stream
// can inflate to: a match of 258 bytes takes at least 2 bits.
const gzipMaxRatio = 1032

// IDXReader reads IDX files (see ReadIDX) with a limit on their size.
// ReadIDX and ReadIDXFile are its methods with the zero value.
type IDXReader struct {
	// MaxElements is the largest number of elements a file's header may
	// declare, at most MaxIDXElements; 0 means DefaultMaxIDXElements. The
	// values are returned as float64, 8 bytes each whatever the file's
	// type, so a file of n elements needs 8n bytes; it is checked before
	// anything is allocated for the data.
	MaxElements int
}

// maxElements returns the limit r sets, or an error for a negative one.
func (r IDXReader) maxElements() (int, error) {
	switch {
	case r.MaxElements < 0:
		return 0, fmt.Errorf("data: IDXReader: MaxElements = %d, want a value ≥ 1 (0 for the default %d)", r.MaxElements, DefaultMaxIDXElements)
	case r.MaxElements == 0:
		return DefaultMaxIDXElements, nil
	}
	return min(r.MaxElements, MaxIDXElements), nil
}

// checkIDXSize returns an error if the header h declares more than limit
// elements or, when bound ≥ 0, more bytes of data than a gzip stream of
// gzipSize bytes can inflate to (bound).
func checkIDXSize(h idxHeader, limit int, gzipSize, bound int64, name string) error {
	if h.count > limit {
		return fmt.Errorf("data: ReadIDX%s: dimensions %v declare %d elements (%.3g GB as float64), more than the limit of %d (IDXReader.MaxElements raises it)",
			where(name), h.dims, h.count, float64(h.count)*8/1e9, limit)
	}
	if want := int64(h.count) * int64(h.elemSize); bound >= 0 && want > bound {
		return fmt.Errorf("data: ReadIDX%s: truncated: dimensions %v declare %d bytes of data, more than %d bytes of gzip can hold (at most %d)",
			where(name), h.dims, want, gzipSize, bound)
	}
	return nil
}

// IDX is the content of an IDX file (the format of the MNIST distribution):
// an n-dimensional array stored in C order. Every element type is widened to
// float64, which represents all of them exactly.
type IDX struct {
	// Type is the element type code from the header (IDXUbyte, …).
	Type byte
	// Dims are the sizes of the dimensions, outermost first.
	Dims []int
	// Data holds the product of Dims elements in C (row-major) order.
	Data []float64
}

// idxHeader is a parsed IDX header.
type idxHeader struct {
	typ      byte
	dims     []int
	count    int // product of dims
	elemSize int
}

// idxElemSize returns the size in bytes of an element of type code t, or 0
// if t is not a valid code.
func idxElemSize(t byte) int {
	switch t {
	case IDXUbyte, IDXSbyte:
		return 1
	case IDXInt16:
		return 2
	case IDXInt32, IDXFloat32:
		return 4
	case IDXFloat64:
		return 8
	}
	return 0
}

// where formats the file name for an error message, or nothing.
func where(name string) string {
	if name == "" {
		return ""
	}
	return " " + name
}

// inputSize returns size if it is known (≥ 0), else the length of r if r
// tells it (a bytes.Reader, a strings.Reader), else −1.
func inputSize(r io.Reader, size int64) int64 {
	if size < 0 {
		if l, ok := r.(interface{ Len() int }); ok {
			size = int64(l.Len())
		}
	}
	return size
}

// gzipBound returns, for an input of size bytes (−1 if unknown) that openIDX
// found to be gzip (avail < 0), the most bytes it can inflate to, and −1
// otherwise: a raw input's size is avail, which readIDXData checks.
func gzipBound(avail, size int64) int64 {
	if avail >= 0 || size < 0 {
		return -1
	}
	return gzipMaxRatio * size
}

// openIDX wraps r in a buffered reader, transparently decompressing it when
// it starts with the gzip magic bytes 0x1f 0x8b. The returned closer must be
// called when reading is done. size is the input's length when known (else
// -1); avail is then an upper bound on the bytes the returned reader can
// deliver (-1 if unknown, as for gzip).
func openIDX(r io.Reader, name string, size int64) (br *bufio.Reader, done func(), avail int64, err error) {
	size = inputSize(r, size)
	br = bufio.NewReaderSize(r, 1<<16)
	magic, err := br.Peek(2)
	if len(magic) == 0 {
		if err == nil || err == io.EOF {
			return nil, nil, 0, fmt.Errorf("data: ReadIDX%s: empty input", where(name))
		}
		return nil, nil, 0, fmt.Errorf("data: ReadIDX%s: %w", where(name), err)
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("data: ReadIDX%s: bad gzip stream: %w", where(name), err)
		}
		// The decompressed size is unknown: let the data buffer grow.
		return bufio.NewReaderSize(zr, 1<<16), func() { zr.Close() }, -1, nil
	}
	return br, func() {}, size, nil
}

// readIDXHeader reads and validates the magic number and the dimensions.
func readIDXHeader(r io.Reader, name string) (idxHeader, error) {
	var h idxHeader
	var magic [4]byte
	n, err := io.ReadFull(r, magic[:])
	if err != nil {
		if n == 0 && (err == io.EOF || err == io.ErrUnexpectedEOF) {
			return h, fmt.Errorf("data: ReadIDX%s: empty input", where(name))
		}
		if err == io.ErrUnexpectedEOF {
			return h, fmt.Errorf("data: ReadIDX%s: truncated header: expected 4 magic bytes, got %d", where(name), n)
		}
		return h, fmt.Errorf("data: ReadIDX%s: reading header: %w", where(name), err)
	}
	if magic[0] != 0 || magic[1] != 0 {
		return h, fmt.Errorf("data: ReadIDX%s: bad magic % x: an IDX file starts with 00 00 <type> <ndims>", where(name), magic[:])
	}
	h.typ = magic[2]
	h.elemSize = idxElemSize(h.typ)
	if h.elemSize == 0 {
		return h, fmt.Errorf("data: ReadIDX%s: unknown type code 0x%02x in magic % x (want 08, 09, 0b, 0c, 0d or 0e)", where(name), h.typ, magic[:])
	}
	nd := int(magic[3])
	if nd == 0 {
		return h, fmt.Errorf("data: ReadIDX%s: zero dims: the header declares 0 dimensions", where(name))
	}
	buf := make([]byte, 4*nd)
	n, err = io.ReadFull(r, buf)
	if err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return h, fmt.Errorf("data: ReadIDX%s: truncated header: expected %d bytes of dimension sizes, got %d", where(name), 4*nd, n)
		}
		return h, fmt.Errorf("data: ReadIDX%s: reading header: %w", where(name), err)
	}
	h.dims = make([]int, nd)
	h.count = 1
	for i := range h.dims {
		d := binary.BigEndian.Uint32(buf[4*i:])
		if d == 0 {
			return h, fmt.Errorf("data: ReadIDX%s: zero dims: dimension %d of %d has size 0", where(name), i, nd)
		}
		if uint64(h.count)*uint64(d) > MaxIDXElements {
			return h, fmt.Errorf("data: ReadIDX%s: dimensions %v would hold more than %d elements", where(name), dimsOf(buf), MaxIDXElements)
		}
		h.dims[i] = int(d)
		h.count *= int(d)
	}
	return h, nil
}

// dimsOf decodes all the sizes in buf for an error message.
func dimsOf(buf []byte) []uint32 {
	d := make([]uint32, len(buf)/4)
	for i := range d {
		d[i] = binary.BigEndian.Uint32(buf[4*i:])
	}
	return d
}

// readIDXData reads count elements of h's type. The raw bytes are
// collected first, in a buffer that grows as they arrive (unless avail, an
// upper bound on the bytes the input holds, shows that the header's promise
// can be kept), and the float64 result is allocated only once they are all
// there: a header promising more than the input holds costs no more memory
// than the input itself.
func readIDXData(r io.Reader, h idxHeader, count int, avail int64, name string) ([]float64, error) {
	want := count * h.elemSize
	c := want
	if c > 1<<20 && (avail < 0 || int64(want) > avail) {
		c = 1 << 20
	}
	raw := make([]byte, 0, c)
	for len(raw) < want {
		if len(raw) == cap(raw) {
			raw = slices.Grow(raw, min(cap(raw), want-len(raw)))
		}
		n, err := io.ReadFull(r, raw[len(raw):min(cap(raw), want)])
		raw = raw[:len(raw)+n]
		if err != nil {
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return nil, fmt.Errorf("data: ReadIDX%s: truncated: expected %d bytes of data, got %d", where(name), want, len(raw))
			}
			return nil, fmt.Errorf("data: ReadIDX%s: reading data after %d of %d bytes: %w", where(name), len(raw), want, err)
		}
	}
	out, err := decodeIDX(make([]float64, 0, count), raw, h.typ)
	if err != nil {
		return nil, fmt.Errorf("data: ReadIDX%s: element %d: %w", where(name), errIndex(err), err)
	}
	return out, nil
}

// nonFiniteError reports a NaN or infinite value at element i.
type nonFiniteError struct {
	i int
	v float64
}

func (e nonFiniteError) Error() string {
	return fmt.Sprintf("value %v is not finite", e.v)
}

func errIndex(err error) int {
	var nf nonFiniteError
	if errors.As(err, &nf) {
		return nf.i
	}
	return 0
}

// decodeIDX appends the elements in b, of type t, to out.
func decodeIDX(out []float64, b []byte, t byte) ([]float64, error) {
	switch t {
	case IDXUbyte:
		for _, v := range b {
			out = append(out, float64(v))
		}
	case IDXSbyte:
		for _, v := range b {
			out = append(out, float64(int8(v)))
		}
	case IDXInt16:
		for i := 0; i+2 <= len(b); i += 2 {
			out = append(out, float64(int16(binary.BigEndian.Uint16(b[i:]))))
		}
	case IDXInt32:
		for i := 0; i+4 <= len(b); i += 4 {
			out = append(out, float64(int32(binary.BigEndian.Uint32(b[i:]))))
		}
	case IDXFloat32:
		for i := 0; i+4 <= len(b); i += 4 {
			v := float64(math.Float32frombits(binary.BigEndian.Uint32(b[i:])))
			if !numeric.IsFinite(v) {
				return out, nonFiniteError{i / 4, v}
			}
			out = append(out, v)
		}
	case IDXFloat64:
		for i := 0; i+8 <= len(b); i += 8 {
			v := math.Float64frombits(binary.BigEndian.Uint64(b[i:]))
			if !numeric.IsFinite(v) {
				return out, nonFiniteError{i / 8, v}
			}
			out = append(out, v)
		}
	}
	return out, nil
}

// ReadIDX reads an IDX file (raw, or gzip-compressed as MNIST is
// distributed: gzip is recognised by its magic bytes 1f 8b) of any element
// type. The whole input must be one IDX array of at most
// DefaultMaxIDXElements elements; IDXReader reads larger ones.
//
// It never panics on bad input. It returns an error, naming the problem and
// the offending bytes or sizes, for: empty input, a bad magic number, an
// unknown type code, zero dimensions, sizes whose product exceeds the limit
// (checked before allocating; the error names the declared dimensions),
// truncated data (for gzip input of known size, such as a file or a
// bytes.Reader, also before reading when the header declares more than the
// input can inflate to), bytes after the data, a corrupt gzip stream, and
// NaN or infinite values in float data (the project never lets a NaN pass
// silently). The bytes of the data are collected as they arrive, so a
// header that declares more than the input holds costs no more memory than
// the input itself.
func ReadIDX(r io.Reader) (*IDX, error) { return IDXReader{}.Read(r) }

// ReadIDXFile is ReadIDX on the named file; its errors include the name.
func ReadIDXFile(path string) (*IDX, error) { return IDXReader{}.ReadFile(path) }

// Read is ReadIDX with the limit r.MaxElements; it returns an error if
// that is negative.
func (r IDXReader) Read(in io.Reader) (*IDX, error) {
	return r.read(in, "", -1)
}

// ReadFile is ReadIDXFile with the limit r.MaxElements.
func (r IDXReader) ReadFile(path string) (*IDX, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("data: ReadIDXFile: %w", err)
	}
	defer f.Close()
	return r.read(f, path, fileSize(f))
}

// fileSize returns the size of a regular file, or -1.
func fileSize(f *os.File) int64 {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return -1
	}
	return fi.Size()
}

// read reads the IDX array in, whose size is given (or -1 if unknown) for
// the bounds on what it can hold.
func (r IDXReader) read(in io.Reader, name string, size int64) (*IDX, error) {
	limit, err := r.maxElements()
	if err != nil {
		return nil, err
	}
	size = inputSize(in, size)
	br, done, avail, err := openIDX(in, name, size)
	if err != nil {
		return nil, err
	}
	defer done()
	h, err := readIDXHeader(br, name)
	if err != nil {
		return nil, err
	}
	if err := checkIDXSize(h, limit, size, gzipBound(avail, size), name); err != nil {
		return nil, err
	}
	d, err := readIDXData(br, h, h.count, avail, name)
	if err != nil {
		return nil, err
	}
	if err := checkIDXEnd(br, h, name); err != nil {
		return nil, err
	}
	return &IDX{Type: h.typ, Dims: h.dims, Data: d}, nil
}

// checkIDXEnd returns an error unless r is at its end (after which a gzip
// reader has also verified its checksum).
func checkIDXEnd(r *bufio.Reader, h idxHeader, name string) error {
	extra, err := r.Discard(1 << 20)
	if err == io.EOF && extra == 0 {
		return nil
	}
	if extra > 0 {
		more := ""
		if err == nil {
			more = " or more"
		}
		return fmt.Errorf("data: ReadIDX%s: trailing garbage: %d%s bytes after the %d bytes of data that dimensions %v declare", where(name), extra, more, h.count*h.elemSize, h.dims)
	}
	return fmt.Errorf("data: ReadIDX%s: after the data: %w", where(name), err)
}
