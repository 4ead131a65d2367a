package data

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// encodeIDX is an independent IDX writer for the tests: header, then the
// values converted to type t, big-endian.
func encodeIDX(t byte, dims []int, vals []float64) []byte {
	var b bytes.Buffer
	b.Write([]byte{0, 0, t, byte(len(dims))})
	for _, d := range dims {
		binary.Write(&b, binary.BigEndian, uint32(d))
	}
	for _, v := range vals {
		switch t {
		case IDXUbyte:
			b.WriteByte(uint8(v))
		case IDXSbyte:
			b.WriteByte(byte(int8(v)))
		case IDXInt16:
			binary.Write(&b, binary.BigEndian, int16(v))
		case IDXInt32:
			binary.Write(&b, binary.BigEndian, int32(v))
		case IDXFloat32:
			binary.Write(&b, binary.BigEndian, float32(v))
		case IDXFloat64:
			binary.Write(&b, binary.BigEndian, v)
		default:
			panic("bad type")
		}
	}
	return b.Bytes()
}

func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// idxCase is a small array of each type, with values at the ends of the
// type's range.
type idxCase struct {
	name string
	typ  byte
	dims []int
	vals []float64
}

func idxCases() []idxCase {
	return []idxCase{
		{"ubyte", IDXUbyte, []int{2, 3}, []float64{0, 1, 127, 128, 254, 255}},
		{"sbyte", IDXSbyte, []int{5}, []float64{-128, -1, 0, 1, 127}},
		{"int16", IDXInt16, []int{2, 2}, []float64{-32768, -1, 300, 32767}},
		{"int32", IDXInt32, []int{1, 2, 2}, []float64{math.MinInt32, -70000, 70000, math.MaxInt32}},
		{"float32", IDXFloat32, []int{3}, []float64{-1.5, 0.1 * 3, 3.4e38}},
		{"float64", IDXFloat64, []int{2, 1, 1, 2}, []float64{-math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi, -0.1}},
	}
}

func TestReadIDXRoundTrip(t *testing.T) {
	for _, c := range idxCases() {
		want := append([]float64(nil), c.vals...)
		if c.typ == IDXFloat32 {
			for i, v := range want {
				want[i] = float64(float32(v))
			}
		}
		raw := encodeIDX(c.typ, c.dims, c.vals)
		for _, gz := range []bool{false, true} {
			in := raw
			if gz {
				in = gzipBytes(raw)
			}
			got, err := ReadIDX(bytes.NewReader(in))
			if err != nil {
				t.Fatalf("%s gzip=%v: %v", c.name, gz, err)
			}
			if got.Type != c.typ {
				t.Errorf("%s: type 0x%02x, want 0x%02x", c.name, got.Type, c.typ)
			}
			if fmt.Sprint(got.Dims) != fmt.Sprint(c.dims) {
				t.Errorf("%s: dims %v, want %v", c.name, got.Dims, c.dims)
			}
			if len(got.Data) != len(want) {
				t.Fatalf("%s: %d values, want %d", c.name, len(got.Data), len(want))
			}
			for i := range want {
				if got.Data[i] != want[i] {
					t.Errorf("%s gzip=%v: value %d is %v, want %v", c.name, gz, i, got.Data[i], want[i])
				}
			}
		}
	}
}

// TestReadIDXLarge crosses the reader's chunk boundary with every element
// size.
func TestReadIDXLarge(t *testing.T) {
	for _, typ := range []byte{IDXUbyte, IDXInt16, IDXInt32, IDXFloat64} {
		n := 70001
		vals := make([]float64, n)
		for i := range vals {
			vals[i] = float64(i % 100)
		}
		got, err := ReadIDX(bytes.NewReader(gzipBytes(encodeIDX(typ, []int{n}, vals))))
		if err != nil {
			t.Fatal(err)
		}
		for i := range vals {
			if got.Data[i] != vals[i] {
				t.Fatalf("type 0x%02x: value %d is %v, want %v", typ, i, got.Data[i], vals[i])
			}
		}
	}
}

func TestReadIDXFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.idx.gz")
	if err := os.WriteFile(good, gzipBytes(encodeIDX(IDXInt16, []int{2}, []float64{-5, 5})), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := ReadIDXFile(good)
	if err != nil || x.Data[0] != -5 || x.Data[1] != 5 {
		t.Fatalf("ReadIDXFile = %v, %v", x, err)
	}
	bad := filepath.Join(dir, "short.idx")
	b := encodeIDX(IDXUbyte, []int{10}, make([]float64, 10))
	if err := os.WriteFile(bad, b[:len(b)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = ReadIDXFile(bad)
	if err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "truncated: expected 10 bytes of data, got 7") {
		t.Errorf("truncated file: error %v, want the file name and the byte counts", err)
	}
	_, err = ReadIDXFile(filepath.Join(dir, "missing"))
	if err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing file: error %v", err)
	}
}

func TestReadIDXErrors(t *testing.T) {
	good := encodeIDX(IDXUbyte, []int{2, 2}, []float64{1, 2, 3, 4})
	nan32 := encodeIDX(IDXFloat32, []int{3}, []float64{1, 2, 3})
	binary.BigEndian.PutUint32(nan32[len(nan32)-4:], math.Float32bits(float32(math.NaN())))
	inf64 := encodeIDX(IDXFloat64, []int{2}, []float64{1, math.Inf(1)})
	corruptGz := gzipBytes(good)
	corruptGz[len(corruptGz)-6] ^= 0xff // the CRC-32
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "empty input"},
		{"short magic", []byte{0, 0, 8}, "truncated header: expected 4 magic bytes, got 3"},
		{"bad magic", []byte{1, 2, 8, 1, 0, 0, 0, 1, 0}, "bad magic 01 02 08 01"},
		{"text", []byte("hello world"), "bad magic 68 65 6c 6c"},
		{"unknown type", []byte{0, 0, 0x0a, 1, 0, 0, 0, 1, 0}, "unknown type code 0x0a"},
		{"no dims", []byte{0, 0, 8, 0}, "zero dims: the header declares 0 dimensions"},
		{"zero size", []byte{0, 0, 8, 2, 0, 0, 0, 3, 0, 0, 0, 0}, "zero dims: dimension 1 of 2 has size 0"},
		{"short dims", []byte{0, 0, 8, 3, 0, 0, 0, 3, 0, 0}, "truncated header: expected 12 bytes of dimension sizes, got 6"},
		{"too big", []byte{0, 0, 8, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, "would hold more than 2147483648 elements"},
		{"just too big", encodeIDX(IDXUbyte, []int{1 << 16, 1<<15 + 1}, nil), "would hold more than"},
		{"truncated", good[:len(good)-1], "truncated: expected 4 bytes of data, got 3"},
		{"truncated int32", encodeIDX(IDXInt32, []int{3}, []float64{1, 2})[:14], "truncated: expected 12 bytes of data, got 6"},
		{"header only", good[:12], "truncated: expected 4 bytes of data, got 0"},
		{"trailing", append(append([]byte(nil), good...), 9, 9), "trailing garbage: 2 bytes after the 4 bytes of data"},
		{"gzip truncated", gzipBytes(good)[:15], "data: ReadIDX"},
		{"gzip trailing", gzipBytes(append(append([]byte(nil), good...), 7)), "trailing garbage: 1 bytes"},
		{"gzip bad crc", corruptGz, "checksum"},
		{"gzip bad header", []byte{0x1f, 0x8b, 0, 0}, "bad gzip stream"},
		{"nan", nan32, "element 2: value NaN is not finite"},
		{"inf", inf64, "element 1: value +Inf is not finite"},
	}
	for _, tc := range tests {
		got, err := ReadIDX(bytes.NewReader(tc.in))
		if err == nil {
			t.Errorf("%s: no error, got %+v", tc.name, got)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q does not contain %q", tc.name, err, tc.want)
		}
	}
}

// FuzzReadIDX checks that no input makes ReadIDX panic or return an
// inconsistent array, and that what it accepts survives re-encoding.
func FuzzReadIDX(f *testing.F) {
	for _, c := range idxCases() {
		f.Add(encodeIDX(c.typ, c.dims, c.vals))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		x, err := ReadIDX(bytes.NewReader(b))
		if err != nil {
			if x != nil {
				t.Fatal("non-nil result with an error")
			}
			return
		}
		n := 1
		for _, d := range x.Dims {
			if d <= 0 {
				t.Fatalf("dimension %d accepted", d)
			}
			n *= d
		}
		if n != len(x.Data) {
			t.Fatalf("dims %v but %d values", x.Dims, len(x.Data))
		}
		for i, v := range x.Data {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("value %d is %v", i, v)
			}
		}
		y, err := ReadIDX(bytes.NewReader(encodeIDX(x.Type, x.Dims, x.Data)))
		if err != nil {
			t.Fatalf("re-encoded array rejected: %v", err)
		}
		for i := range x.Data {
			if x.Data[i] != y.Data[i] {
				t.Fatalf("value %d changed from %v to %v on re-encoding", i, x.Data[i], y.Data[i])
			}
		}
	})
}

var writeCorpus = flag.Bool("write-fuzz-corpus", false, "rewrite testdata/fuzz/FuzzReadIDX")

// TestWriteFuzzCorpus regenerates the committed seed corpus when run with
// -write-fuzz-corpus: a valid file of each type, gzipped ones, a truncated
// one and one with a bad magic number.
func TestWriteFuzzCorpus(t *testing.T) {
	if !*writeCorpus {
		t.Skip("run with -write-fuzz-corpus to regenerate testdata/fuzz/FuzzReadIDX")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzReadIDX")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	seeds := map[string][]byte{}
	for _, c := range idxCases() {
		seeds["valid_"+c.name] = encodeIDX(c.typ, c.dims, c.vals)
	}
	u := encodeIDX(IDXUbyte, []int{2, 2, 2}, []float64{0, 1, 2, 3, 252, 253, 254, 255})
	seeds["gzip_ubyte"] = gzipBytes(u)
	seeds["gzip_int16"] = gzipBytes(encodeIDX(IDXInt16, []int{3}, []float64{-2, 0, 2}))
	seeds["truncated_ubyte"] = u[:len(u)-3]
	seeds["truncated_gzip"] = gzipBytes(u)[:20]
	seeds["trailing_ubyte"] = append(append([]byte(nil), u...), 0xaa)
	seeds["bad_magic"] = []byte{0x12, 0x34, 8, 1, 0, 0, 0, 1, 0}
	seeds["huge_dims"] = []byte{0, 0, 0x0e, 3, 0, 0, 0x10, 0, 0, 0, 0x10, 0, 0, 0, 0, 0x7f}
	for name, b := range seeds {
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%+q)\n", b)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The number of elements a header declares is checked against the reader's
// limit before any data are read: the error names the dimensions, the count
// and the limit, and a raised limit accepts the file.
func TestReadIDXElementLimit(t *testing.T) {
	small := encodeIDX(IDXUbyte, []int{3, 4}, make([]float64, 12))
	_, err := IDXReader{MaxElements: 11}.Read(bytes.NewReader(small))
	if err == nil || !strings.Contains(err.Error(), "dimensions [3 4] declare 12 elements") || !strings.Contains(err.Error(), "limit of 11") {
		t.Errorf("12 elements, limit 11: error %v, want the declared dimensions, count and limit", err)
	}
	if x, err := (IDXReader{MaxElements: 12}).Read(bytes.NewReader(small)); err != nil || len(x.Data) != 12 {
		t.Errorf("12 elements, limit 12: %v, %v", x, err)
	}
	// Beyond the default limit: a header alone is refused for its size,
	// not read as a truncated file, and a raised limit gets to the data.
	over := DefaultMaxIDXElements + 1
	header := encodeIDX(IDXUbyte, []int{over}, nil)
	for _, in := range [][]byte{header, gzipBytes(header)} {
		_, err := ReadIDX(bytes.NewReader(in))
		want := fmt.Sprintf("declare %d elements", over)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "IDXReader.MaxElements") {
			t.Errorf("default limit: error %v, want it to mention %q and how to raise the limit", err, want)
		}
		_, err = IDXReader{MaxElements: over}.Read(bytes.NewReader(in))
		if err == nil || !strings.Contains(err.Error(), "truncated") {
			t.Errorf("raised limit: error %v, want truncated", err)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "big.idx")
	if err := os.WriteFile(path, header, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadIDXFile(path); err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "limit") {
		t.Errorf("ReadIDXFile beyond the default limit: error %v", err)
	}
	if _, err := (IDXReader{MaxElements: -1}).Read(bytes.NewReader(small)); err == nil || !strings.Contains(err.Error(), "MaxElements") {
		t.Errorf("negative MaxElements: error %v", err)
	}
}

// A gzip stream cannot inflate to more than 1032 times its size, so a small
// gzipped file whose header promises far more is refused before anything
// is allocated for the data.
func TestReadIDXGzipBound(t *testing.T) {
	header := encodeIDX(IDXUbyte, []int{1 << 26}, nil)
	in := gzipBytes(header)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := ReadIDX(bytes.NewReader(in))
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%d bytes of gzip", len(in))) {
		t.Errorf("error %v, want it to name the %d bytes of gzip input", err, len(in))
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("%d bytes allocated for a %d-byte input", alloc, len(in))
	}
}
